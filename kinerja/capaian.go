package kinerja

import (
	"math"
	"math/bits"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/tetap"
	"github.com/shopspring/decimal"
)

// Opsi holds the rules a Pemda applies when scoring. The zero value is the
// default: the Permendagri 86/2017 scale, capaian rounded half up to two
// decimals, no cap, (2T − R)/T for negative polarity, efficiency thresholds
// ±5 points, "far from target" at 200 % and 25 %, a capaian above the top
// band of the scale given the top predikat (no cap), and a target of 0
// scored as "tidak dapat dihitung" (TargetNol).
type Opsi struct {
	Skala          Skala           // predikat scale; empty means SkalaPermendagri86
	Bulat          *anggaran.Bulat // precision of capaian and computed realisasi; nil: anggaran.BulatBawaan (2 decimals, half up)
	Batas          *Batas          // optional floor and cap of capaian; nil: none
	RumusNegatif   RumusNegatif    // formula for negative indicators that do not choose; RumusBawaan: DuaTMinusR
	Efisiensi      *Ambang         // efficiency thresholds; nil: +5 / −5
	Wajar          *Ambang         // capaian above Atas or below Bawah is flagged; nil: 200 / 25
	SemuaIndikator bool            // aggregate every indicator with a capaian, not only the IKU
	TargetNol      TargetNol       // how a target of 0 is scored; zero value TargetNolTidakDihitung
}

// TargetNol is the rule for a target of 0, where R / T has no value.
type TargetNol int

const (
	// TargetNolTidakDihitung (the default, the zero value): a target of 0
	// gives no capaian, whatever the polarity; the reviu reports it
	// (kinerja/target-nol).
	TargetNolTidakDihitung TargetNol = iota
	// TargetNolNegatifTercapai: for a negative-polarity indicator
	// ("kasus gizi buruk", target 0 cases), a realisasi of 0 achieves the
	// target: capaian 100 %. Any realisasi above 0, and any positive-
	// polarity indicator with target 0, still gives no capaian.
	TargetNolNegatifTercapai
)

// Batas is a floor (Bawah) and a cap (Atas) on capaian, either may be nil.
// Many Pemda cap at 0–200 %.
type Batas struct {
	Bawah *decimal.Decimal
	Atas  *decimal.Decimal
}

// Ambang is a pair of thresholds in percentage points.
type Ambang struct {
	Atas  decimal.Decimal
	Bawah decimal.Decimal
}

func (o Opsi) bulat() anggaran.Bulat { return o.Bulat.Berlaku() }

// rumusBerlaku returns the formula a negative indicator that chose rn is
// scored by: rn, or o.RumusNegatif when rn is RumusBawaan, or DuaTMinusR
// when that is RumusBawaan too.
func (o *Opsi) rumusBerlaku(rn RumusNegatif) RumusNegatif {
	if rn == RumusBawaan {
		rn = o.RumusNegatif
	}
	if rn == RumusBawaan {
		rn = DuaTMinusR
	}
	return rn
}

func (o Opsi) skala() Skala {
	if len(o.Skala.Pita) == 0 {
		return SkalaPermendagri86()
	}
	return o.Skala
}

func (o Opsi) efisiensi() Ambang {
	if o.Efisiensi != nil {
		return *o.Efisiensi
	}
	return Ambang{Atas: decimal.NewFromInt(5), Bawah: decimal.NewFromInt(-5)}
}

func (o Opsi) wajar() Ambang {
	if o.Wajar != nil {
		return *o.Wajar
	}
	return Ambang{Atas: decimal.NewFromInt(200), Bawah: decimal.NewFromInt(25)}
}

// Capaian is the achievement of an indicator in percent, or the reason it
// cannot be computed ("tidak dapat dihitung"). Its values are results,
// not to be changed through the pointers: without a floor or cap Nilai
// and SebelumBatas point to one decimal, and [Compute] makes the values
// of many capaian in shared blocks.
type Capaian struct {
	Nilai        *decimal.Decimal // rounded, floor/cap applied; nil: tidak dapat dihitung
	SebelumBatas *decimal.Decimal // rounded, before floor/cap; nil with Nilai
	// Tepat is the capaian before rounding (truncated to 12 decimals),
	// floor/cap applied; nil with Nilai. Means are taken of it, so
	// that the mean of a sasaran does not add up rounding errors.
	Tepat  *decimal.Decimal
	Alasan string // why Nilai is nil, in Bahasa Indonesia
}

// Dibatasi reports whether the floor or the cap changed the value.
func (c Capaian) Dibatasi() bool {
	return c.Nilai != nil && c.SebelumBatas != nil && !c.Nilai.Equal(*c.SebelumBatas)
}

func tidakDapat(alasan string) Capaian { return Capaian{Alasan: alasan} }

var (
	seratus = decimal.NewFromInt(100)
	dua     = decimal.NewFromInt(2)
)

// ComputeCapaian returns the capaian of realisasi r against target t
// (DOMAIN §2), rounded as o says, then floored and capped when o.Batas is
// set:
//
//  1. positive polarity: R / T × 100;
//  2. negative polarity, by rn (RumusBawaan takes o.RumusNegatif, then
//     DuaTMinusR): (2T − R) / T × 100, or T / R × 100; NilaiAkhir is
//     computed as DuaTMinusR on the realisasi the caller passes (the last
//     period's, see [Compute]).
//
// A missing target or realisasi, a target of 0 (and, for T / R, a
// realisasi of 0) give no number but a reason: "tidak dapat dihitung";
// except that under [TargetNolNegatifTercapai] a negative-polarity
// indicator with target 0 and realisasi 0 achieves 100 %.
// A negative target or realisasi is refused the same way ("target
// negatif" / "realisasi negatif"): the counts and percentages of a SAKIP
// indicator cannot be below zero, so a minus sign is a typing error, and
// a capaian computed from it (−787,30 %, or 225 % under 2T − R) would be
// meaningless; [Check] reports the figure as kinerja/angka-negatif.
// Multiplication happens before division, so no precision is lost before
// the one rounding.
func ComputeCapaian(t, r *decimal.Decimal, pol Polaritas, rn RumusNegatif, o Opsi) Capaian {
	return computeCapaian(t, r, pol, rn, &o, nil)
}

// computeCapaian is ComputeCapaian making its values with m (nil: one by
// one).
func computeCapaian(t, r *decimal.Decimal, pol Polaritas, rn RumusNegatif, o *Opsi, m *pembuat) Capaian {
	c, _ := capaianDengan(t, r, pol, rn, o, m)
	return c
}

// angkaTetap is a [Capaian]'s Nilai and Tepat as the int64 counts of
// 10^-Desimal and 10^-desimalTepat they are, when ada: what [Compute]
// reads back (the predikat, the change, the means) without reading the
// decimals it made.
type angkaTetap struct {
	nilai, tepat int64
	ada          bool
}

// capaianDengan is computeCapaian also returning the capaian in int64
// when it was computed in int64 without floor or cap.
func capaianDengan(t, r *decimal.Decimal, pol Polaritas, rn RumusNegatif, o *Opsi, m *pembuat) (Capaian, angkaTetap) {
	switch {
	case t == nil:
		return tidakDapat("target tidak ada"), angkaTetap{}
	case r == nil:
		return tidakDapat("realisasi tidak ada"), angkaTetap{}
	case t.IsZero() && pol == Negatif && r.IsZero() && o.TargetNol == TargetNolNegatifTercapai:
		v := seratus
		return Capaian{Nilai: &v, SebelumBatas: &v, Tepat: &v}, angkaTetap{}
	case t.IsZero():
		return tidakDapat("target 0: capaian tidak dapat dihitung"), angkaTetap{}
	case t.IsNegative():
		return tidakDapat("target negatif: capaian tidak dapat dihitung"), angkaTetap{}
	case r.IsNegative():
		return tidakDapat("realisasi negatif: capaian tidak dapat dihitung"), angkaTetap{}
	}
	b := o.bulat()
	if pol == Negatif {
		rn = o.rumusBerlaku(rn)
		if rn == TBagiR && r.IsZero() {
			return tidakDapat("realisasi 0: rumus T/R tidak dapat dihitung"), angkaTetap{}
		}
	}
	if c, at, ok := capaianTetap(*t, *r, pol, rn, b, o.Batas, m); ok {
		return c, at
	}
	bagian, total := *r, *t
	if pol == Negatif {
		switch rn {
		case TBagiR:
			bagian, total = *t, *r
		default: // DuaTMinusR, NilaiAkhir
			bagian = t.Mul(dua).Sub(*r)
		}
	}
	// One division: the capaian truncated to desimalTepat decimals, then
	// rounded as o says. Truncating first never moves a value across a
	// rounding boundary at fewer decimals, so v is the capaian rounded
	// directly.
	tepat, ok := anggaran.Persen(bagian, total, desimalTepat, anggaran.BulatPotong)
	if !ok {
		return tidakDapat("pembagi 0: capaian tidak dapat dihitung"), angkaTetap{}
	}
	v := b.Aturan.Round(tepat, b.Desimal)
	if b.Desimal >= desimalTepat {
		v, _ = anggaran.Persen(bagian, total, b.Desimal, b.Aturan)
	}
	mentah := v
	if o.Batas != nil {
		v, tepat = o.Batas.terapkan(v), o.Batas.terapkan(tepat)
	}
	return Capaian{Nilai: &v, SebelumBatas: &mentah, Tepat: &tepat}, angkaTetap{}
}

// capaianTetap is ComputeCapaian's arithmetic in int64 (internal/tetap)
// for a target and realisasi whose coefficients fit, the usual case: the
// same one division truncated to desimalTepat decimals, the same
// rounding, the same decimals as results, with a few allocations instead
// of dozens. It reports false, for the decimal way, when a value or the
// quotient does not fit or the rounding is not 0 to 11 decimals. Without
// a floor or cap it returns the values in int64 too.
func capaianTetap(t, r decimal.Decimal, pol Polaritas, rn RumusNegatif, b anggaran.Bulat, batas *Batas, m *pembuat) (Capaian, angkaTetap, bool) {
	if b.Desimal < 0 || b.Desimal >= desimalTepat {
		return Capaian{}, angkaTetap{}, false
	}
	e := min(t.Exponent(), r.Exponent())
	tn, ok1 := tetap.Hitung(t, e)
	rv, ok2 := tetap.Hitung(r, e)
	if !ok1 || !ok2 {
		return Capaian{}, angkaTetap{}, false
	}
	bagian, total := rv, tn
	if pol == Negatif {
		switch rn {
		case TBagiR:
			bagian, total = tn, rv
		default: // DuaTMinusR, NilaiAkhir
			dt, ok := tetap.Tambah(tn, tn)
			if !ok {
				return Capaian{}, angkaTetap{}, false
			}
			if bagian, ok = tetap.Kurang(dt, rv); !ok {
				return Capaian{}, angkaTetap{}, false
			}
		}
	}
	potong := b.Aturan == anggaran.BulatPotong
	tepat, ok := tetap.Bagi(bagian, total, desimalTepat+2, true)
	if !ok {
		return Capaian{}, angkaTetap{}, false
	}
	v, ok := tetap.Bulat(tepat, desimalTepat, b.Desimal, potong)
	if !ok {
		return Capaian{}, angkaTetap{}, false
	}
	if batas == nil {
		// Without a floor or cap the value before it is the value: one
		// decimal for both pointers, as an [Agregat]'s.
		n := m.dua()
		n.v, n.t = m.desimal(v, -b.Desimal), m.desimal(tepat, -desimalTepat)
		return Capaian{Nilai: &n.v, SebelumBatas: &n.v, Tepat: &n.t}, angkaTetap{v, tepat, true}, true
	}
	n := m.tiga() // one allocation (or none) for the three pointers
	n.v, n.t = m.desimal(v, -b.Desimal), m.desimal(tepat, -desimalTepat)
	n.m = n.v
	n.v, n.t = batas.terapkan(n.v), batas.terapkan(n.t)
	return Capaian{Nilai: &n.v, SebelumBatas: &n.m, Tepat: &n.t}, angkaTetap{}, true
}

// tigaNilai holds the three values a [Capaian] points to.
type tigaNilai struct{ v, m, t decimal.Decimal }

// duaNilai holds the two values of a [Capaian] without floor or cap.
type duaNilai struct{ v, t decimal.Decimal }

// desimalTepat is the precision of [Capaian].Tepat: far below any printed
// decimal, so that a mean of Tepat rounds as the exact mean does.
const desimalTepat = 12

// terapkan floors and caps v.
func (b *Batas) terapkan(v decimal.Decimal) decimal.Decimal {
	if b.Bawah != nil && v.LessThan(*b.Bawah) {
		v = *b.Bawah
	}
	if b.Atas != nil && v.GreaterThan(*b.Atas) {
		v = *b.Atas
	}
	return v
}

// RealisasiRumus returns pembilang × pengali / penyebut rounded as o says,
// the realisasi implied by the formula parts, and false when a part is
// missing or negative (a typing error, see [ComputeCapaian]) or the
// penyebut is 0.
func RealisasiRumus(pembilang, penyebut *decimal.Decimal, pengali decimal.Decimal, o Opsi) (decimal.Decimal, bool) {
	return realisasiRumus(pembilang, penyebut, pengali, &o, nil)
}

// realisasiRumus is RealisasiRumus making its value with m (nil: alone).
func realisasiRumus(pembilang, penyebut *decimal.Decimal, pengali decimal.Decimal, o *Opsi, m *pembuat) (decimal.Decimal, bool) {
	if pembilang == nil || penyebut == nil || penyebut.IsZero() || pembilang.IsNegative() || penyebut.IsNegative() {
		return decimal.Zero, false
	}
	b := o.bulat()
	if v, ok := rumusTetap(*pembilang, *penyebut, pengali, b, m); ok {
		return v, true
	}
	return bagi(pembilang.Mul(pengali), *penyebut, b.Desimal, b.Aturan), true
}

// rumusTetap is RealisasiRumus's arithmetic in int64 (internal/tetap):
// p × m / q rounded to b.Desimal decimals as [bagi] rounds, when the
// coefficients, their product and the scaled quotient fit; false
// otherwise.
func rumusTetap(p, q, m decimal.Decimal, b anggaran.Bulat, mk *pembuat) (decimal.Decimal, bool) {
	cp, ok1 := tetap.Koefisien(p)
	cq, ok2 := tetap.Koefisien(q)
	cm, ok3 := tetap.Koefisien(m)
	if !ok1 || !ok2 || !ok3 || cq == 0 || b.Desimal < 0 {
		return decimal.Decimal{}, false
	}
	hi, lo := bits.Mul64(uint64(cp), uint64(max(cm, -cm)))
	if cp < 0 || cm == math.MinInt64 || hi != 0 || lo > math.MaxInt64 {
		return decimal.Decimal{}, false
	}
	pm := int64(lo)
	if cm < 0 {
		pm = -pm
	}
	// p·m·10^(ep+em) / (q·10^eq) at 10^-D: (p·m / q) · 10^(ep+em−eq+D).
	k := p.Exponent() + m.Exponent() - q.Exponent() + b.Desimal
	for ; k < 0; k++ {
		h, l := bits.Mul64(uint64(max(cq, -cq)), 10)
		if h != 0 || l > math.MaxInt64 {
			return decimal.Decimal{}, false
		}
		if cq < 0 {
			cq = -int64(l)
		} else {
			cq = int64(l)
		}
	}
	v, ok := tetap.Bagi(pm, cq, k, b.Aturan == anggaran.BulatPotong)
	if !ok {
		return decimal.Decimal{}, false
	}
	return mk.desimal(v, -b.Desimal), true
}

// pembuat makes the values of one [Compute] in blocks (internal/tetap):
// a few allocations for thousands of decimals and the structs that point
// to them. A nil *pembuat makes each value alone.
type pembuat struct {
	angka     tetap.Pabrik
	tigaBlok  tetap.Blok[tigaNilai]
	duaBlok   tetap.Blok[duaNilai]
	ubahBlok  tetap.Blok[perubahanNilai]
	kotakBlok tetap.Blok[decimal.Decimal]
}

func (m *pembuat) desimal(n int64, e int32) decimal.Decimal {
	if m == nil {
		return decimal.New(n, e)
	}
	return m.angka.New(n, e)
}

func (m *pembuat) tiga() *tigaNilai {
	if m == nil {
		return new(tigaNilai)
	}
	return m.tigaBlok.Baru()
}

func (m *pembuat) dua() *duaNilai {
	if m == nil {
		return new(duaNilai)
	}
	return m.duaBlok.Baru()
}

func (m *pembuat) ubah() *perubahanNilai {
	if m == nil {
		return new(perubahanNilai)
	}
	return m.ubahBlok.Baru()
}

// kotak returns a pointer to a copy of d.
func (m *pembuat) kotak(d decimal.Decimal) *decimal.Decimal {
	var k *decimal.Decimal
	if m == nil {
		k = new(decimal.Decimal)
	} else {
		k = m.kotakBlok.Baru()
	}
	*k = d
	return k
}

// bagi divides n by d (d ≠ 0) to the given decimals under rule p.
func bagi(n, d decimal.Decimal, desimal int32, p anggaran.Pembulatan) decimal.Decimal {
	if p == anggaran.BulatPotong {
		q, _ := n.QuoRem(d, desimal)
		return q
	}
	return n.DivRound(d, desimal)
}
