package kinerja

import (
	"cmp"
	"slices"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/tetap"
	"github.com/shopspring/decimal"
)

// SumberAnggaran gives the pagu and realisasi of a program, kegiatan or
// sub kegiatan by its official code ("1.06.02", "1.06.02.2.01",
// "1.06.02.2.01.01"), false when it does not know the code. anggaran's
// computed tree implements it.
type SumberAnggaran interface {
	PaguRealisasi(kode string) (pagu, realisasi decimal.Decimal, ok bool)
}

// Hasil is everything [Compute] derives for one reporting year: the score
// of every indicator in every year up to it, the aggregates per sasaran
// and for the dinas, and the findings of [Check].
type Hasil struct {
	Tahun     int              // reporting year
	Skala     string           // name of the predikat scale used
	Desimal   int32            // decimals of capaian (from Opsi)
	Indikator []HasilIndikator // in the order of Dokumen.Indikator
	Sasaran   []Agregat        // in the order of Dokumen.Sasaran
	Dinas     Agregat          // the whole dinas
	Temuan    []Temuan         // findings, in a stable order
}

// HasilIndikator is the score of one indicator.
type HasilIndikator struct {
	Indeks      int // position in Dokumen.Indikator, as in the path "indikator[i]"
	ID          string
	Nomor       string
	Nama        string
	Satuan      string
	Sasaran     string
	IKU         bool
	Polaritas   Polaritas
	Rumus       RumusNegatif // formula used when Polaritas is Negatif
	Tahun       []Skor       // one per year of data up to the reporting year, ascending
	TargetAkhir *Angka       // Renstra end target
	Kemajuan    Capaian      // the latest realisasi against TargetAkhir, same formula as capaian
}

// Pada returns the score of year t, or nil.
func (h *HasilIndikator) Pada(t int) *Skor {
	if h == nil {
		return nil
	}
	for i := range h.Tahun {
		if h.Tahun[i].Tahun == t {
			return &h.Tahun[i]
		}
	}
	return nil
}

// Skor is an indicator's score in one year.
type Skor struct {
	Tahun            int
	Indeks           int              // position in Indikator.Tahun, as in "tahun[j]"
	Target           *Angka           // as reported
	Realisasi        *Angka           // as reported (the official figure)
	RealisasiDipakai *decimal.Decimal // the realisasi scored: reported, or the last period's for NilaiAkhir (points into the document, as Target does)
	RealisasiRumus   *decimal.Decimal // implied by the formula parts, rounded as Opsi says; nil when unknown
	Capaian          Capaian          // from the reported realisasi
	Predikat         string           // of Capaian.Nilai; "" when it has none
	Perubahan        *Perubahan       // against the previous year with data; nil for the first
}

// Perubahan is the change of an indicator from an earlier year.
type Perubahan struct {
	DariTahun int
	Realisasi *decimal.Decimal // realisasi now − then (points for a percentage); nil when either is missing or negative
	Capaian   *decimal.Decimal // capaian now − then; nil when either is missing
	Arah      string           // "membaik", "memburuk", "tetap" (by polarity), "" when unknown
}

// Agregat is the capaian of a sasaran or of the dinas: the mean of its
// indicators' capaian (after floor and cap), and its efficiency.
type Agregat struct {
	ID        string
	Uraian    string
	Jumlah    int        // indicators in the mean
	Capaian   Capaian    // the mean, rounded as Opsi says
	Predikat  string     // of the mean
	Efisiensi *Efisiensi // nil when no SumberAnggaran was given or no code serves it
}

// Efisiensi compares capaian with the share of the budget spent
// (penyerapan, DOMAIN §4): selisih = capaian − penyerapan, in points.
type Efisiensi struct {
	Kode       []string         // codes summed (an ancestor replaces its descendants)
	Hilang     []string         // codes the source did not know
	Pagu       decimal.Decimal  // sum of pagu
	Realisasi  decimal.Decimal  // sum of realisasi
	Penyerapan *decimal.Decimal // realisasi / pagu × 100, rounded as Opsi says; nil when pagu is 0
	Selisih    *decimal.Decimal // capaian − penyerapan; nil when either is missing
	Kelas      string           // "efisien", "cukup efisien" or "tidak efisien"; "" when Selisih is nil
}

// Compute scores the document for reporting year tahun (0: d.Tahun): the
// capaian and predikat of every indicator in every year up to tahun, the
// change from the previous year, the progress toward the Renstra end
// target, the mean capaian per sasaran and for the dinas (IKU only unless
// o.SemuaIndikator; the floor/cap is applied to each indicator before the
// mean), and, when sumber is not nil, the efficiency per sasaran. The
// findings of [Check] are in Hasil.Temuan. Compute does not modify d; a
// nil d is an empty document.
func Compute(d *Dokumen, tahun int, o Opsi, sumber SumberAnggaran) *Hasil {
	if d == nil {
		d = &Dokumen{}
	}
	h := skor(d, tahun, o, sumber)
	h.Temuan = periksa(d, h, o)
	return h
}

// skor is Compute without the findings: the scores and aggregates.
func skor(d *Dokumen, tahun int, o Opsi, sumber SumberAnggaran) *Hasil {
	if tahun == 0 {
		tahun = d.Tahun
	}
	sk := skalaSeragam(o.skala(), o.bulat().Desimal)
	st := buatSkalaTetap(sk, o.bulat().Desimal)
	h := &Hasil{Tahun: tahun, Skala: sk.Nama, Desimal: o.bulat().Desimal, Indikator: make([]HasilIndikator, len(d.Indikator))}
	m := &pembuat{}
	as := aturanSkor{tahun: tahun, o: &o, kemajuan: Opsi{Bulat: o.Bulat, RumusNegatif: o.RumusNegatif}, des: o.bulat().Desimal, st: st, m: m}
	// The indicators' scores are carved from blocks, each slice capped at
	// its own length.
	var blok []Skor
	sisa := 0 // the years of the indicators not yet scored
	for i := range d.Indikator {
		sisa += len(d.Indikator[i].Tahun)
	}
	kini := make([]capaianKini, len(d.Indikator)) // for the means
	for i := range d.Indikator {
		ind := &d.Indikator[i]
		if len(blok) < len(ind.Tahun) || blok == nil {
			// A block of some 28 KB (less when fewer years remain),
			// written while it is still in the cache from being zeroed;
			// never nil: an indicator without data has an empty Tahun.
			blok = make([]Skor, max(len(ind.Tahun), min(ukuranBlokSkor, sisa)))
		}
		sisa -= len(ind.Tahun)
		hi := &h.Indikator[i]
		kini[i] = capaianKini{skorIndikator(hi, ind, i, &as, blok), ind.IKU}
		blok = blok[len(hi.Tahun):]
	}
	// The sasaran's indicators and PK codes, grouped by sasaran ID (a
	// sasaran listed twice gets the same groups).
	slot := make(map[string]int, len(d.Sasaran))
	for _, s := range d.Sasaran {
		if _, ada := slot[s.ID]; !ada {
			slot[s.ID] = len(slot)
		}
	}
	per := kelompokkan(len(slot), len(h.Indikator), func(i int) (int, int, bool) {
		j, ada := slot[h.Indikator[i].Sasaran]
		return j, i, ada
	})
	var pkPer [][]string
	if pk := d.PerjanjianKinerja; sumber != nil && (pk.Tahun == 0 || pk.Tahun == tahun) {
		pkPer = kelompokkan(len(slot), len(pk.Baris), func(i int) (int, string, bool) {
			b := &pk.Baris[i]
			j, ada := slot[b.Sasaran]
			return j, b.SubKegiatan, ada && b.SubKegiatan != ""
		})
	}
	semuaIndeks := make([]int, len(h.Indikator))
	for i := range semuaIndeks {
		semuaIndeks[i] = i
	}
	var semua ringkasan           // every sasaran's codes, for the dinas
	baca := map[string]kodeBaca{} // every code text read, as read
	for _, s := range d.Sasaran {
		j := slot[s.ID]
		a := rataRata(h, tahun, o, sk, per[j], kini)
		a.ID, a.Uraian = s.ID, s.Uraian
		if sumber != nil {
			var pk []string
			if pkPer != nil {
				pk = pkPer[j]
			}
			r := ringkas(s.Anggaran, pk, baca)
			a.Efisiensi = efisiensi(r, a.Capaian, sumber, o)
			semua.lain = append(semua.lain, r.lain...)
		}
		h.Sasaran = append(h.Sasaran, a)
	}
	h.Dinas = rataRata(h, tahun, o, sk, semuaIndeks, kini)
	h.Dinas.Uraian = "Dinas"
	if sumber != nil {
		// The dinas's codes are the union of the sasaran's, every text
		// read once (baca), reduced: the same as reducing the union of
		// their reduced lists, or of their lists.
		semua.sah = make([]kodeTeks, 0, len(baca))
		for _, b := range baca {
			if b.sah {
				semua.sah = append(semua.sah, b.kt)
			}
		}
		semua.ringkas()
		h.Dinas.Efisiensi = efisiensi(semua, h.Dinas.Capaian, sumber, o)
	}
	return h
}

// ringkasan is the reduced list of a sasaran's budget codes before it is
// joined ([ringkas]): the official codes kept, in order, each with its
// official form, and the other texts.
type ringkasan struct {
	sah  []kodeTeks
	lain []string
}

// kodeTeks is a code and its official form.
type kodeTeks struct {
	k anggaran.Kode
	s string
}

// kodeBaca is a code text as read: its code and official form when sah.
type kodeBaca struct {
	kt  kodeTeks
	sah bool
}

// ringkas reads the codes of kode and pk and reduces them: duplicates (the
// same code in two spellings, such as a four-digit sub kegiatan "0006"
// and "06") and codes under another listed code go, the rest are in
// official form in the order of a budget table ([anggaran.Kode.Compare]);
// text that is not an official code is kept as written (without
// duplicates, sorted, after the codes) so that the [SumberAnggaran]
// reports it as unknown. Each text is read once into baca, which the
// sasaran of one Compute share (the PK rows of a sasaran often name the
// same sub kegiatan).
func ringkas(kode, pk []string, baca map[string]kodeBaca) ringkasan {
	r := ringkasan{sah: make([]kodeTeks, 0, len(kode)+len(pk))}
	for _, l := range [2][]string{kode, pk} {
		for _, s := range l {
			b, ada := baca[s]
			if !ada {
				k, err := anggaran.ParseKode(s)
				if b.sah = err == nil; b.sah {
					b.kt = kodeTeks{k, k.String()}
				}
				baca[s] = b
			}
			if b.sah {
				r.sah = append(r.sah, b.kt)
			} else {
				r.lain = append(r.lain, s)
			}
		}
	}
	r.ringkas()
	return r
}

// kelompokkan puts the values of positions 0..n−1 in groups 0..g−1, in
// order, from one block: ambil gives a position's group and value, and
// false to leave it out.
func kelompokkan[T any](g, n int, ambil func(i int) (int, T, bool)) [][]T {
	jumlah := make([]int, g+1)
	for i := range n {
		if j, _, ok := ambil(i); ok {
			jumlah[j+1]++
		}
	}
	for j := 1; j <= g; j++ {
		jumlah[j] += jumlah[j-1]
	}
	blok := make([]T, jumlah[g])
	out := make([][]T, g)
	for j := range out {
		out[j] = blok[jumlah[j]:jumlah[j]:jumlah[j+1]]
	}
	for i := range n {
		if j, v, ok := ambil(i); ok {
			out[j] = append(out[j], v)
		}
	}
	return out
}

// ringkas sorts r's codes in the order of a budget table and drops
// duplicates and codes under another listed code, and sorts the other
// texts without duplicates ([ringkas]).
func (r *ringkasan) ringkas() {
	slices.SortFunc(r.sah, func(a, b kodeTeks) int { return a.k.Compare(b.k) })
	out := r.sah[:0]
	for i, kt := range r.sah {
		if i > 0 && out[len(out)-1].k.Contains(kt.k) {
			continue
		}
		out = append(out, kt)
	}
	r.sah = out
	slices.Sort(r.lain)
	r.lain = slices.Compact(r.lain)
}

// kode returns the reduced list: the codes' official forms, then the
// other texts.
func (r ringkasan) kode() []string {
	out := make([]string, 0, len(r.sah)+len(r.lain))
	for _, kt := range r.sah {
		out = append(out, kt.s)
	}
	return append(out, r.lain...)
}

// skorIndikator scores indicator ind (position i) into hi, its scores
// carved from the front of blok (which has room for all of ind.Tahun);
// hi and blok must be zero. It
// returns the capaian of year tahun in int64 when it has one so (for the
// means). The values it made are not read back: what the next year's
// change needs of this one is carried in int64 (jejak).
func skorIndikator(hi *HasilIndikator, ind *Indikator, i int, as *aturanSkor, blok []Skor) angkaTetap {
	tahun, o, st, m := as.tahun, as.o, as.st, as.m
	// hi and blok are zero (fresh from make): the fields are set one by
	// one, not by assigning a struct, which would clear them again (with
	// write barriers while the collector runs).
	hi.Indeks, hi.ID, hi.Nomor, hi.Nama, hi.Satuan = i, ind.ID, ind.Nomor, ind.Nama, ind.Satuan
	hi.Sasaran, hi.IKU, hi.Polaritas, hi.TargetAkhir = ind.Sasaran, ind.IKU, ind.Polaritas, ind.TargetAkhir
	if ind.Polaritas == Negatif {
		hi.Rumus = o.rumusBerlaku(ind.RumusNegatif)
	}
	var terakhir *decimal.Decimal
	var kini angkaTetap
	adaKini := false
	var lalu, ini jejak
	hi.Tahun = blok[:0:len(ind.Tahun)]
	for j := range ind.Tahun {
		dt := &ind.Tahun[j]
		if dt.Tahun > tahun {
			break
		}
		n := len(hi.Tahun)
		hi.Tahun = hi.Tahun[:n+1]
		s := &hi.Tahun[n]
		s.Tahun, s.Indeks, s.Target, s.Realisasi = dt.Tahun, j, dt.Target, dt.Realisasi
		s.RealisasiDipakai = realisasiDipakai(dt, hi.Rumus)
		if ind.Rumus != nil {
			if v, ok := realisasiRumus(nilaiP(dt.Pembilang), nilaiP(dt.Penyebut), ind.Rumus.Pengali, o, m); ok {
				s.RealisasiRumus = m.kotak(v)
			}
		}
		var at angkaTetap
		s.Capaian, at = capaianDengan(nilaiP(dt.Target), s.RealisasiDipakai, ind.Polaritas, hi.Rumus, o, m)
		ini = jejak{capaian: at}
		if r := s.RealisasiDipakai; r != nil {
			ini.realisasi, ini.adaRealisasi = tetap.Koefisien(*r)
			ini.eksp = r.Exponent()
		}
		if s.Capaian.Nilai != nil {
			if at.ada && st.siap && st.des == as.des {
				s.Predikat = st.predikatN(at.nilai)
			} else {
				s.Predikat = st.predikat(*s.Capaian.Nilai)
			}
		}
		if n > 0 {
			s.Perubahan = ubah(&hi.Tahun[n-1], s, ind.Polaritas, m, &lalu, &ini, -as.des)
		}
		if s.RealisasiDipakai != nil {
			terakhir = s.RealisasiDipakai
		}
		if s.Tahun == tahun && !adaKini { // the score Pada(tahun) finds
			kini, adaKini = at, true
		}
		lalu = ini
	}
	hi.Tahun = hi.Tahun[:len(hi.Tahun):len(hi.Tahun)]
	switch {
	case ind.TargetAkhir == nil:
		hi.Kemajuan = tidakDapat("target akhir Renstra tidak ada")
	case terakhir == nil:
		hi.Kemajuan = tidakDapat("realisasi tidak ada")
	default:
		hi.Kemajuan = computeCapaian(&ind.TargetAkhir.Nilai, terakhir, ind.Polaritas, hi.Rumus, &as.kemajuan, m)
	}
	return kini
}

// aturanSkor is what skorIndikator scores by: the reporting year, the
// rules (and those of the progress, without floor or cap), the decimals
// of capaian, the scale in int64 and the maker of values.
type aturanSkor struct {
	tahun    int
	o        *Opsi
	kemajuan Opsi
	des      int32
	st       *skalaTetap
	m        *pembuat
}

// capaianKini is what the means read of an indicator: whether it is an
// IKU, and its capaian of the reporting year in int64 when known (ada:
// the score Pada finds has a capaian, whose Tepat is tepat).
type capaianKini struct {
	angkaTetap
	iku bool
}

// ukuranBlokSkor is the number of [Skor] in a block of skor (28 KB).
const ukuranBlokSkor = 256

// jejak is what the change of the next year needs of a year's score, in
// int64: the realisasi scored (its coefficient and exponent, when the
// coefficient fits) and the capaian.
type jejak struct {
	realisasi    int64
	eksp         int32
	adaRealisasi bool
	capaian      angkaTetap
}

// nilaiP returns a pointer to a's value (in the document, as Skor.Target
// refers to the document's Angka), nil for a missing a.
// realisasiDipakai is the realisasi a year is scored by: the reported
// one, or under NilaiAkhir the last period's that is given (nil when
// there is none).
func realisasiDipakai(dt *DataTahun, rn RumusNegatif) *decimal.Decimal {
	if rn == NilaiAkhir {
		for k := len(dt.RealisasiPeriode) - 1; k >= 0; k-- {
			if dt.RealisasiPeriode[k] != nil {
				return nilaiP(dt.RealisasiPeriode[k])
			}
		}
	}
	return nilaiP(dt.Realisasi)
}

func nilaiP(a *Angka) *decimal.Decimal {
	if a == nil {
		return nil
	}
	return &a.Nilai
}

// skalaSeragam returns sk with every band bound written at des decimals
// when that keeps its value (66 as 66.00), so that [Skala.Predikat]
// compares a capaian rounded to des decimals without rescaling (which
// allocates); the predikat are the same. sk itself is not changed.
func skalaSeragam(sk Skala, des int32) Skala {
	if des < 0 || des > 18 {
		return sk
	}
	out := sk
	out.Pita = make([]Pita, len(sk.Pita))
	bounds := make([]decimal.Decimal, 0, 2*len(sk.Pita))
	seragam := func(d *decimal.Decimal) *decimal.Decimal {
		if d == nil || d.Exponent() < -des {
			return d
		}
		n, ok := tetap.Hitung(*d, -des)
		if !ok {
			return d
		}
		bounds = append(bounds, decimal.New(n, -des))
		return &bounds[len(bounds)-1]
	}
	for i, p := range sk.Pita {
		out.Pita[i] = Pita{Bawah: seragam(p.Bawah), Atas: seragam(p.Atas), Predikat: p.Predikat}
	}
	return out
}

// skalaTetap is a scale whose band bounds are counts of 10^-des in
// int64, so that the predikat of a capaian at des decimals (every
// capaian of one Compute) is found by comparing integers, as
// [Skala.Predikat] compares the decimals. siap is false when a bound is
// not such a count (finer, or too large); predikat then asks the scale.
type skalaTetap struct {
	sk   Skala
	des  int32
	siap bool
	pita []pitaTetap
}

// pitaTetap is a [Pita] with its bounds in int64.
type pitaTetap struct {
	bawah, atas       int64
	adaBawah, adaAtas bool
	predikat          string
}

func buatSkalaTetap(sk Skala, des int32) *skalaTetap {
	st := &skalaTetap{sk: sk, des: des, siap: true, pita: make([]pitaTetap, len(sk.Pita))}
	batas := func(d *decimal.Decimal) (int64, bool) {
		if d == nil {
			return 0, false
		}
		n, ok := tetap.Hitung(*d, -des)
		st.siap = st.siap && ok
		return n, true
	}
	for i, p := range sk.Pita {
		pt := &st.pita[i]
		pt.bawah, pt.adaBawah = batas(p.Bawah)
		pt.atas, pt.adaAtas = batas(p.Atas)
		pt.predikat = p.Predikat
	}
	return st
}

// predikat returns the predikat of x as st.sk.Predikat does ("" when x
// lies in no band).
func (st *skalaTetap) predikat(x decimal.Decimal) string {
	n, ok := int64(0), false
	if st.siap {
		n, ok = tetap.Hitung(x, -st.des)
	}
	if !ok {
		p, _ := st.sk.Predikat(x)
		return p
	}
	return st.predikatN(n)
}

// predikatN returns the predikat of n × 10^-des; st.siap must hold.
func (st *skalaTetap) predikatN(n int64) string {
	i := pitaKe(len(st.pita), st.sk.TutupAtas, func(i int, atas bool) (int, bool) {
		p := &st.pita[i]
		if atas {
			return cmp.Compare(n, p.atas), p.adaAtas
		}
		return cmp.Compare(n, p.bawah), p.adaBawah
	})
	if i < 0 {
		return ""
	}
	return st.pita[i].predikat
}

// penjumlah adds decimals as decimal.Add from decimal.Zero does (the sum
// at the finest exponent, and at most 0), in int64 while the values and
// the sum fit (internal/tetap), with decimals from the first that does
// not. The zero value is the empty sum.
type penjumlah struct {
	n    int64
	e    int32
	desi bool // the sum is in d
	d    decimal.Decimal
}

func (j *penjumlah) tambah(x decimal.Decimal) {
	if c, ok := tetap.Koefisien(x); ok {
		j.tambahTetap(c, x.Exponent())
		return
	}
	if !j.desi {
		j.d, j.desi = decimal.New(j.n, j.e), true
	}
	j.d = j.d.Add(x)
}

// tambahTetap adds x × 10^ex as tambah adds its decimal.
func (j *penjumlah) tambahTetap(x int64, ex int32) {
	if !j.desi {
		e := min(j.e, ex)
		n, okn := skalaKe(j.n, j.e, e)
		v, okv := skalaKe(x, ex, e)
		if okn && okv {
			if s, ok := tetap.Tambah(n, v); ok {
				j.n, j.e = s, e
				return
			}
		}
		j.d, j.desi = decimal.New(j.n, j.e), true
	}
	j.d = j.d.Add(decimal.New(x, ex))
}

// hasil returns the sum.
func (j *penjumlah) hasil() decimal.Decimal {
	if j.desi {
		return j.d
	}
	return decimal.New(j.n, j.e)
}

// skalaKe returns n × 10^dari as a count of 10^ke (ke ≤ dari), when it
// fits.
func skalaKe(n int64, dari, ke int32) (int64, bool) {
	if dari <= ke {
		return n, true
	}
	return tetap.KaliPangkat10(n, int64(dari)-int64(ke))
}

// kurang returns a − b, in int64 at the finer exponent of the two when
// both fit (as decimal.Sub gives it), else with decimals.
func (m *pembuat) kurang(a, b decimal.Decimal) decimal.Decimal {
	x, okx := tetap.Koefisien(a)
	y, oky := tetap.Koefisien(b)
	if okx && oky {
		d, _ := m.kurangTetap(x, a.Exponent(), y, b.Exponent(), a, b)
		return d
	}
	return a.Sub(b)
}

// perubahanNilai holds a [Perubahan] with the two values it points to:
// one allocation.
type perubahanNilai struct {
	p    Perubahan
	r, c decimal.Decimal
}

// ubah returns the change from lalu to kini; jl and jk are their values
// in int64 where known, and des the exponent of a capaian in int64.
func ubah(lalu, kini *Skor, pol Polaritas, m *pembuat, jl, jk *jejak, des int32) *Perubahan {
	pn := m.ubah()
	pn.p.DariTahun = lalu.Tahun
	p := &pn.p
	if lalu.RealisasiDipakai != nil && kini.RealisasiDipakai != nil {
		c, ada := 0, false
		if jl.adaRealisasi && jk.adaRealisasi {
			if jl.realisasi >= 0 && jk.realisasi >= 0 {
				pn.r, c = m.kurangTetap(jk.realisasi, jk.eksp, jl.realisasi, jl.eksp, *kini.RealisasiDipakai, *lalu.RealisasiDipakai)
				ada = true
			}
		} else if !lalu.RealisasiDipakai.IsNegative() && !kini.RealisasiDipakai.IsNegative() {
			pn.r = m.kurang(*kini.RealisasiDipakai, *lalu.RealisasiDipakai)
			c, ada = pn.r.Sign(), true
		}
		if ada {
			p.Realisasi = &pn.r
			switch {
			case c == 0:
				p.Arah = "tetap"
			case (c > 0) == (pol == Positif):
				p.Arah = "membaik"
			default:
				p.Arah = "memburuk"
			}
		}
	}
	if lalu.Capaian.Nilai != nil && kini.Capaian.Nilai != nil {
		if d, ok := tetap.Kurang(jk.capaian.nilai, jl.capaian.nilai); ok && jl.capaian.ada && jk.capaian.ada {
			pn.c = m.desimal(d, des) // both at des, as kurang would find them
		} else {
			pn.c = m.kurang(*kini.Capaian.Nilai, *lalu.Capaian.Nilai)
		}
		p.Capaian = &pn.c
	}
	return p
}

// kurangTetap is [pembuat.kurang] of a = x × 10^ex and b = y × 10^ey
// (their decimals), also returning the sign of the difference.
func (m *pembuat) kurangTetap(x int64, ex int32, y int64, ey int32, a, b decimal.Decimal) (decimal.Decimal, int) {
	e := min(ex, ey)
	if x, ok := skalaKe(x, ex, e); ok {
		if y, ok := skalaKe(y, ey, e); ok {
			if d, ok := tetap.Kurang(x, y); ok {
				return m.desimal(d, e), cmp.Compare(d, 0)
			}
		}
	}
	d := a.Sub(b)
	return d, d.Sign()
}

// rataRata averages the capaian in year tahun of the indicators at the
// given positions (IKU only unless o.SemuaIndikator). The mean is taken of
// the unrounded indicator capaian (Capaian.Tepat, floored and capped) and
// rounded once, as Opsi says: a mean of rounded capaian adds up their
// rounding errors.
//
// kini holds each indicator's IKU mark and capaian of year tahun in
// int64 where known: its Tepat is summed from there.
func rataRata(h *Hasil, tahun int, o Opsi, sk Skala, indeks []int, kini []capaianKini) Agregat {
	var a Agregat
	var jumlah penjumlah
	for _, i := range indeks {
		k := &kini[i]
		if !k.iku && !o.SemuaIndikator {
			continue
		}
		if k.ada { // the score of year tahun, with a capaian
			jumlah.tambahTetap(k.tepat, -desimalTepat)
			a.Jumlah++
			continue
		}
		s := h.Indikator[i].Pada(tahun)
		if s == nil || s.Capaian.Nilai == nil {
			continue
		}
		c := s.Capaian.Nilai
		if s.Capaian.Tepat != nil {
			c = s.Capaian.Tepat
		}
		jumlah.tambah(*c)
		a.Jumlah++
	}
	if a.Jumlah == 0 {
		a.Capaian = tidakDapat("tidak ada indikator dengan capaian")
		return a
	}
	b := o.bulat()
	v := bagi(jumlah.hasil(), decimal.NewFromInt(int64(a.Jumlah)), b.Desimal, b.Aturan)
	a.Capaian = Capaian{Nilai: &v, SebelumBatas: &v}
	a.Predikat, _ = sk.Predikat(v)
	return a
}

func efisiensi(r ringkasan, c Capaian, sumber SumberAnggaran, o Opsi) *Efisiensi {
	if len(r.sah)+len(r.lain) == 0 {
		return nil
	}
	e := &Efisiensi{}
	var pagu, real penjumlah
	for _, k := range r.kode() {
		p, r, ok := sumber.PaguRealisasi(k)
		if !ok {
			e.Hilang = append(e.Hilang, k)
			continue
		}
		e.Kode = append(e.Kode, k)
		pagu.tambah(p)
		real.tambah(r)
	}
	e.Pagu, e.Realisasi = pagu.hasil(), real.hasil()
	b := o.bulat()
	if len(e.Kode) > 0 {
		if v, ok := anggaran.Persen(e.Realisasi, e.Pagu, b.Desimal, b.Aturan); ok {
			e.Penyerapan = &v
		}
	}
	if e.Penyerapan != nil && c.Nilai != nil {
		v := c.Nilai.Sub(*e.Penyerapan)
		e.Selisih = &v
		am := o.efisiensi()
		switch {
		case v.GreaterThan(am.Atas):
			e.Kelas = "efisien"
		case v.LessThan(am.Bawah):
			e.Kelas = "tidak efisien"
		default:
			e.Kelas = "cukup efisien"
		}
	}
	return e
}
