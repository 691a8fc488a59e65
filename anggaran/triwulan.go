package anggaran

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strings"

	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/internal/normal"
	"github.com/shopspring/decimal"
)

// Codes of the quarterly checks ([Temuan].Kode).
const (
	TemuanTriwulanJumlah    = "anggaran/triwulan-jumlah"     // a sub kegiatan's realisasi ≠ the sum of its quarters
	TemuanTriwulanInduk     = "anggaran/triwulan-induk"      // a printed quarter of a program or kegiatan ≠ the sum of its sub kegiatan
	TemuanSerapanTriwulan   = "anggaran/serapan-triwulan"    // cumulative serapan below the quarter's target
	TemuanPaguRenstraJumlah = "anggaran/pagu-renstra-jumlah" // a parent's Renstra pagu ≠ the sum of its sub kegiatan
	TemuanPaguGanda         = "anggaran/pagu-ganda"          // the same uneven amount in two unrelated rows
)

// OpsiTriwulan are the serapan targets of the quarterly monitoring. The
// zero value is the default: cumulative targets of 15, 40, 60 and 90 % of
// the pagu at the end of triwulan I, II, III and IV (the finance offices'
// usual targets, DOMAIN §5, the same default as kinerja/renja), no
// tolerance.
type OpsiTriwulan struct {
	// Target is the cumulative serapan target in percent of the pagu at
	// the end of each quarter; nil takes the default. A Pemda whose
	// targets are 25/50/75/100 sets them here. (A pointer keeps Opsi
	// comparable.)
	Target *[4]decimal.Decimal
	// Toleransi is how many points below its target a quarter's serapan
	// may be before the reviu reports it (anggaran/serapan-triwulan).
	Toleransi decimal.Decimal
}

// TargetSerapanBaku returns the default cumulative serapan targets per
// triwulan: 15, 40, 60 and 90 % of the pagu.
func TargetSerapanBaku() [4]decimal.Decimal {
	return [4]decimal.Decimal{decimal.NewFromInt(15), decimal.NewFromInt(40), decimal.NewFromInt(60), decimal.NewFromInt(90)}
}

// TargetPada returns the four cumulative targets the options stand for.
func (o OpsiTriwulan) TargetPada() [4]decimal.Decimal {
	if o.Target != nil {
		return *o.Target
	}
	return TargetSerapanBaku()
}

// NamaTriwulan are the quarters' printed names.
var NamaTriwulan = [4]string{"I", "II", "III", "IV"}

// Triwulanan is the quarterly roll-up of a [Pohon]: per node, the
// realisasi within each quarter, cumulative to the end of each quarter,
// and the serapan of the pagu. Build it with [Pohon.Triwulan].
type Triwulanan struct {
	// Baris is indexed like the tree's nodes (0 is the grand total).
	Baris []BarisTriwulan
	// Target are the cumulative serapan targets the serapan is judged by.
	Target [4]decimal.Decimal
	// Toleransi is the points below target that are not reported.
	Toleransi decimal.Decimal
	// Ada is true when some row of the table gives a quarter.
	Ada bool
}

// BarisTriwulan is one node's quarterly figures. A parent's amount of a
// quarter is present only when every sub kegiatan below reports that
// quarter (a quarter not reported is not zero).
type BarisTriwulan struct {
	Realisasi [4]decimal.NullDecimal // within the quarter
	Kumulatif [4]decimal.NullDecimal // from 1 January to the end of the quarter
	// Serapan is Kumulatif × 100 / pagu, rounded like every percentage of
	// the tree ([Opsi]); not Valid without a pagu or with a pagu of 0.
	Serapan [4]decimal.NullDecimal
	// PaguRenstra is the sum of the Renstra pagu of the leaves below (a
	// leaf's own), present when every leaf has one.
	PaguRenstra decimal.NullDecimal
	// Dilaporkan is the number of quarters reported from triwulan I on
	// without a gap: 4 at the end of the year, 0 when none.
	Dilaporkan int
}

// jumlahTriwulan accumulates the leaves below one node: the four
// quarters, the Renstra pagu (twRenstra) and the pagu (twPagu), as int64
// counts of 10^e (fast mode) or decimals, with the number of leaves that
// have each. The roll-up sums the pagu itself rather than reading the
// tree's sums, so that it depends only on the tree's shape.
type jumlahTriwulan struct {
	v    [nTW]int64
	d    [nTW]decimal.Decimal
	n    [nTW]int32
	daun int32
}

const (
	twRenstra = 4
	twPagu    = 5
	nTW       = 6
)

// Triwulan computes the quarterly roll-up of the tree: a leaf's quarters
// are its rows' (summed over rows with the same code), every other node
// the sum of the leaves below, cumulative per quarter, with the serapan
// against the targets of the tree's options ([Opsi.Triwulan]). Amounts are
// exact (int64 counts of the smallest unit when they fit, decimals
// otherwise). It never returns nil; [Triwulanan.Ada] says whether the
// table gives quarters at all, and Baris is nil when no row gives a
// quarter or a Renstra pagu.
func (p *Pohon) Triwulan() *Triwulanan {
	if p == nil {
		return &Triwulanan{Target: TargetSerapanBaku()}
	}
	t := &Triwulanan{Target: p.opsi.Triwulan.TargetPada(), Toleransi: p.opsi.Triwulan.Toleransi}
	// The smallest exponent of the amounts involved, and whether any row
	// has a quarter or a Renstra pagu at all.
	e, adaIsi := int32(0), false
	for i := range p.rincian {
		r := &p.rincian[i]
		for _, d := range r.Triwulan {
			if d.Valid {
				e, adaIsi = min(e, d.Rupiah.eksponen()), true
			}
		}
		for _, d := range [...]*NullRupiah{&r.PaguRenstra, &r.Pagu} {
			if d.Valid {
				e = min(e, d.Rupiah.eksponen())
			}
		}
		adaIsi = adaIsi || r.PaguRenstra.Valid
	}
	if !adaIsi {
		return t
	}
	// Rows repeating an earlier row's code belong to that row's leaf.
	var ganda map[int32][]int32
	for _, r := range p.ganda {
		if n, ok := p.Find(p.kodeBaris(r)); ok {
			if ganda == nil {
				ganda = map[int32][]int32{}
			}
			ganda[int32(n)] = append(ganda[int32(n)], r)
		}
	}
	acc, ok := p.gulungTriwulan(ganda, e, e >= -18)
	if !ok {
		acc, _ = p.gulungTriwulan(ganda, e, false)
	}
	t.Baris = make([]BarisTriwulan, len(p.simpul))
	for i := range p.simpul {
		a, b := &acc.j[i], &t.Baris[i]
		t.Ada = t.Ada || a.n[0]+a.n[1]+a.n[2]+a.n[3] > 0
		if a.daun == 0 {
			continue
		}
		nilai := func(f int) decimal.Decimal {
			if acc.cepat {
				return decimal.New(a.v[f], e)
			}
			return a.d[f]
		}
		if a.n[twRenstra] == a.daun {
			b.PaguRenstra = ada(nilai(twRenstra))
		}
		adaPaguNode := a.n[twPagu] == a.daun
		var cum64 int64
		var pagu, cum decimal.Decimal
		if adaPaguNode {
			pagu = nilai(twPagu)
		}
		urut, cepat := true, acc.cepat
		for q := range 4 {
			if a.n[q] != a.daun {
				urut = false
				continue
			}
			b.Realisasi[q] = ada(nilai(q))
			if !urut {
				continue
			}
			b.Dilaporkan = q + 1
			if cepat {
				if c, ok := tambahTW(cum64, a.v[q]); ok {
					cum64 = c
				} else {
					// each quarter fits in int64 but their running sum does
					// not: go on in decimals from the sum so far
					cepat, cum = false, decimal.New(cum64, e)
				}
			}
			if cepat {
				b.Kumulatif[q] = ada(decimal.New(cum64, e))
			} else {
				cum = cum.Add(nilai(q))
				b.Kumulatif[q] = ada(cum)
			}
			if !adaPaguNode {
				continue
			}
			des, aturan := aturanPersen(p.opsi)
			if v, ok := persenTriwulan64(cum64, a.v[twPagu], des, aturan); cepat && ok {
				b.Serapan[q] = v
			} else if v, ok := Persen(b.Kumulatif[q].Decimal, pagu, des, aturan); ok {
				b.Serapan[q] = ada(v)
			}
		}
	}
	return t
}

// gulungan is the result of one pass of the roll-up.
type gulungan struct {
	j     []jumlahTriwulan
	cepat bool
}

// gulungTriwulan sums the quarters and Renstra pagu of the leaves into
// every node above them, in int64 counts of 10^e when cepat; it reports
// false when a value or a sum does not fit (then run it again slow).
func (p *Pohon) gulungTriwulan(ganda map[int32][]int32, e int32, cepat bool) (gulungan, bool) {
	acc := make([]jumlahTriwulan, len(p.simpul))
	induk := p.indukSemua()
	tambah := func(a *jumlahTriwulan, f int, d Rupiah) bool {
		a.n[f]++
		if !cepat {
			a.d[f] = a.d[f].Add(d.desimalPada(e))
			return true
		}
		v, ok := d.hitungPada(e)
		if ok {
			a.v[f], ok = tambahTW(a.v[f], v)
		}
		return ok
	}
	for i := len(p.simpul) - 1; i >= 0; i-- {
		s := p.titik(i)
		a := &acc[i]
		if s.daun() && s.baris >= 0 {
			nrows := int32(1)
			var own jumlahTriwulan
			for k, r := 0, s.baris; ; k++ {
				row := &p.rincian[r]
				for q := 0; q < 4 && q < len(row.Triwulan); q++ {
					if row.Triwulan[q].Valid && !tambah(&own, q, row.Triwulan[q].Rupiah) {
						return gulungan{}, false
					}
				}
				if row.PaguRenstra.Valid && !tambah(&own, twRenstra, row.PaguRenstra.Rupiah) {
					return gulungan{}, false
				}
				if row.Pagu.Valid && !tambah(&own, twPagu, row.Pagu.Rupiah) {
					return gulungan{}, false
				}
				g := ganda[int32(i)]
				if k >= len(g) {
					break
				}
				r = g[k]
				nrows++
			}
			*a = jumlahTriwulan{daun: 1, v: own.v, d: own.d}
			for f := range nTW {
				if own.n[f] == nrows {
					a.n[f] = 1
				}
			}
		}
		if i > 0 && induk[i] >= 0 {
			b := &acc[induk[i]]
			b.daun += a.daun
			for f := range nTW {
				if a.n[f] == 0 {
					continue
				}
				b.n[f] += a.n[f]
				if cepat {
					var ok bool
					if b.v[f], ok = tambahTW(b.v[f], a.v[f]); !ok {
						return gulungan{}, false
					}
				} else {
					b.d[f] = b.d[f].Add(a.d[f])
				}
			}
		}
	}
	return gulungan{j: acc, cepat: cepat}, true
}

// tambahTW adds with an overflow check.
func tambahTW(a, b int64) (int64, bool) {
	s := a + b
	if (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0) {
		return 0, false
	}
	return s, true
}

// aturanPersen returns the decimals and the rounding rule of the tree's
// percentages: the one place this file reads them from Opsi.
func aturanPersen(o Opsi) (int32, Pembulatan) { return o.desimal(), o.pembulatan() }

// persenTriwulan64 is bagian × 100 / total rounded to des decimals under
// aturan, for non-negative int64 counts of the same unit; ok is false
// when it does not fit (the caller then uses [Persen]) or total is not
// positive.
func persenTriwulan64(bagian, total int64, des int32, aturan Pembulatan) (decimal.NullDecimal, bool) {
	if total <= 0 || bagian < 0 || des < 0 || des > 8 {
		return decimal.NullDecimal{}, false
	}
	mult := uint64(100)
	for range des {
		mult *= 10
	}
	hi, lo := bits.Mul64(uint64(bagian), mult)
	if hi >= uint64(total) {
		return decimal.NullDecimal{}, false
	}
	q, r := bits.Div64(hi, lo, uint64(total))
	if aturan != BulatPotong && r >= uint64(total)-r {
		q++
	}
	if q > math.MaxInt64 {
		return decimal.NullDecimal{}, false
	}
	return ada(decimal.New(int64(q), -des)), true
}

// bacaTriwulan reads the quarterly fields of a row of the realisation
// table: pagu_renstra and triwulan (a list of at most four amounts, null
// for a quarter not reported).
func bacaTriwulan(p *naskah.Pembaca, o *naskah.Objek, r *Rincian) {
	r.PaguRenstra = bacaRupiah(p, o, "pagu_renstra")
	v := o.Ambil("triwulan")
	if v == nil || v.Jenis == naskah.JenisNull {
		return
	}
	r.Triwulan = []NullRupiah{}
	p.Daftar(v, o.Sub("triwulan"), func(e *naskah.Nilai, path string) {
		if len(r.Triwulan) == 4 {
			if !p.Salah() {
				p.Gagal(e, path, errors.New("paling banyak 4 triwulan (I–IV) dalam setahun"))
			}
			return
		}
		d, err := BacaRupiahNaskah(e)
		if err != nil {
			p.Gagal(e, path, err)
		}
		r.Triwulan = append(r.Triwulan, d)
	})
}

// tulisTriwulan writes the quarterly fields of a row, as bacaTriwulan
// reads them.
func tulisTriwulan(w *naskah.Penulis, r *Rincian) {
	tulisRupiah(w, "pagu_renstra", r.PaguRenstra)
	if r.Triwulan == nil {
		return
	}
	w.Kunci("triwulan")
	w.MulaiDaftar()
	for _, d := range r.Triwulan {
		if !d.Valid {
			w.Null()
			continue
		}
		s := FormatAngkaBerkas(d.Rupiah.Decimal())
		if v, err := ParseAngka(s, JenisRupiah); err == nil && v.Equal(d.Rupiah.Decimal()) {
			w.Teks(s)
		} else {
			w.Bilangan(s)
		}
	}
	w.AkhirDaftar()
}

// triwulan runs the quarterly checks of a realisation table: the year's
// realisasi against its quarters, printed parent quarters and Renstra
// pagu against their sums, the serapan of the programs and of the whole
// table against the quarter targets, and amounts copied between rows.
func (c *pemeriksa) triwulan(p *Pohon, path, tabel string) {
	rows := p.rincian
	t := p.Triwulan()
	lok := func(r int, kolom string) Lokasi {
		l := Lokasi{Tabel: tabel, Kolom: kolom, Path: fmt.Sprintf("%s[%d].%s", path, r, kolom)}
		if r < 0 {
			l.Baris, l.Path = "jumlah", ""
		} else {
			l.Baris = labelRincian(rows, r)
		}
		if kolom == "pagu_renstra" {
			l.Kolom = "pagu Renstra"
		}
		return l
	}
	// Printed Renstra pagu of parents against their leaves.
	selisihRenstra := map[int]decimal.Decimal{}
	for r := range rows {
		if n, ok := p.FindBaris(r); ok && t.Baris != nil && !p.titik(n).daun() {
			if pr, b := rows[r].PaguRenstra, &t.Baris[n]; pr.Valid && b.PaguRenstra.Valid && !pr.Rupiah.Decimal().Equal(b.PaguRenstra.Decimal) {
				selisihRenstra[n] = pr.Rupiah.Decimal().Sub(b.PaguRenstra.Decimal)
			}
		}
	}
	for r := range rows {
		row := &rows[r]
		n, ok := p.FindBaris(r)
		if !ok {
			continue
		}
		node := p.titik(n)
		if node.daun() {
			if len(row.Triwulan) == 0 || !row.Realisasi.Valid {
				continue
			}
			sum, ada, rinci := decimal.Zero, false, []string{}
			for q, d := range row.Triwulan {
				if q >= len(NamaTriwulan) {
					break // the reader refuses a fifth quarter; a caller's slice may hold one
				}
				if d.Valid {
					sum, ada = sum.Add(d.Rupiah.Decimal()), true
					rinci = append(rinci, "TW "+NamaTriwulan[q]+" "+FormatRupiah(d.Rupiah.Decimal()))
				}
			}
			if ada && !sum.Equal(row.Realisasi.Rupiah.Decimal()) {
				c.tambah(Temuan{Kode: TemuanTriwulanJumlah, Lokasi: lok(r, "realisasi"),
					Tercetak: FormatRupiah(row.Realisasi.Rupiah.Decimal()), Terhitung: FormatRupiah(sum),
					Pesan: fmt.Sprintf("realisasi %s tidak sama dengan jumlah realisasi per triwulan (%s = %s); realisasi setahun adalah jumlah triwulan yang dilaporkan",
						FormatRupiah(row.Realisasi.Rupiah.Decimal()), strings.Join(rinci, " + "), FormatRupiah(sum))})
			}
			continue
		}
		if t.Baris == nil {
			continue
		}
		b := &t.Baris[n]
		for q, d := range row.Triwulan {
			if q < 4 && d.Valid && b.Realisasi[q].Valid && !d.Rupiah.Decimal().Equal(b.Realisasi[q].Decimal) {
				l := lok(r, fmt.Sprintf("triwulan[%d]", q))
				l.Kolom = "triwulan " + NamaTriwulan[q]
				c.tambah(Temuan{Kode: TemuanTriwulanInduk, Lokasi: l,
					Tercetak: FormatRupiah(d.Rupiah.Decimal()), Terhitung: FormatRupiah(b.Realisasi[q].Decimal),
					Pesan: fmt.Sprintf("realisasi triwulan %s %s tidak sama dengan jumlah sub kegiatan di bawahnya", NamaTriwulan[q], node.kode().Jenjang())})
			}
		}
		if selisih, ok := selisihRenstra[n]; ok {
			pesan := fmt.Sprintf("pagu Renstra %s tidak sama dengan jumlah pagu Renstra sub kegiatan di bawahnya (selisih %s)", node.kode().Jenjang(), bertanda(selisih))
			// A parent that only repeats the error of a row below it says so.
			var asal []string
			bawah := decimal.Zero
			for _, a := range p.Anak(n) {
				if d, ok := selisihRenstra[a]; ok {
					bawah = bawah.Add(d)
					asal = append(asal, labelRincian(rows, int(p.simpul[a].baris)))
				}
			}
			if len(asal) > 0 && bawah.Equal(selisih) {
				pesan += "; selisihnya berasal dari baris " + strings.Join(asal, ", ") + " di bawahnya"
			} else {
				pesan += ": ada sub kegiatan yang tidak ikut dijumlahkan atau terhitung dua kali"
			}
			c.tambah(Temuan{Kode: TemuanPaguRenstraJumlah, Lokasi: lok(r, "pagu_renstra"),
				Tercetak: FormatRupiah(row.PaguRenstra.Rupiah.Decimal()), Terhitung: FormatRupiah(b.PaguRenstra.Decimal), Pesan: pesan})
		}
	}
	if t.Ada {
		for n := range p.simpul {
			j := p.titik(n).kode().Jenjang()
			if n != 0 && j != JenjangProgram {
				continue
			}
			b := &t.Baris[n]
			var kurang []string
			for q := range 4 {
				s := b.Serapan[q]
				if s.Valid && s.Decimal.Add(t.Toleransi).LessThan(t.Target[q]) {
					kurang = append(kurang, fmt.Sprintf("TW %s %s (target %s%%)", NamaTriwulan[q], FormatPersen(s.Decimal), FormatAngka(t.Target[q], -1)))
				}
			}
			if len(kurang) == 0 {
				continue
			}
			r := int(p.simpul[n].baris)
			l := lok(r, "triwulan")
			if n == 0 {
				l = lok(-1, "triwulan")
			} else if r < 0 {
				l = Lokasi{Tabel: tabel, Baris: label(p.titik(n).kode(), p.Baris(n).Uraian), Kolom: "triwulan"}
			}
			c.tambah(Temuan{Kode: TemuanSerapanTriwulan, Lokasi: l,
				Pesan: "serapan anggaran kumulatif di bawah target triwulan: " + strings.Join(kurang, ", ")})
		}
	}
	c.paguGanda(p, lok)
}

// paguGanda reports an amount (pagu or Renstra pagu) printed to the
// rupiah on two rows neither of which is below the other: a pagu copied
// into a second row, counted twice when both are added. Rows are
// compared with rows of the same level only. Round amounts
// (multiples of Rp 1.000) are left out: two sub kegiatan of Rp 50.000.000
// are common.
func (c *pemeriksa) paguGanda(p *Pohon, lok func(int, string) Lokasi) {
	rows := p.rincian
	seribu := decimal.NewFromInt(1000)
	for _, f := range []struct {
		kolom, nama string
		get         func(*Rincian) decimal.NullDecimal
	}{
		{"pagu_renstra", "pagu Renstra", func(r *Rincian) decimal.NullDecimal { return r.PaguRenstra.Decimal() }},
		{"pagu", "pagu", func(r *Rincian) decimal.NullDecimal { return r.Pagu.Decimal() }},
	} {
		ganda := normal.Ganda(len(rows), func(r int) (string, bool) {
			v := f.get(&rows[r])
			if !v.Valid || !v.Decimal.IsPositive() || v.Decimal.Mod(seribu).IsZero() {
				return "", false
			}
			n, ok := p.FindBaris(r)
			if !ok {
				return "", false
			}
			// one group per level: a program's pagu equal to a kegiatan's
			// elsewhere is a swap or a coincidence, reported by the sums
			return fmt.Sprint(p.titik(n).kode().Jenjang(), " ", teksTepat(v.Decimal)), true
		})
		for _, g := range ganda {
			node := map[int]bool{}
			for _, r := range g {
				n, _ := p.FindBaris(r)
				node[n] = true
			}
			var atas []int
			for _, r := range g {
				n, _ := p.FindBaris(r)
				bawah := false
				for x := p.Induk(n); x > 0; x = p.Induk(x) {
					if node[x] {
						bawah = true
						break
					}
				}
				if !bawah {
					atas = append(atas, r)
				}
			}
			for _, r := range atas[min(1, len(atas)):] {
				c.tambah(Temuan{Kode: TemuanPaguGanda, Lokasi: lok(r, f.kolom),
					Tercetak: FormatRupiah(f.get(&rows[r]).Decimal),
					Pesan: fmt.Sprintf("%s yang sama persis dengan baris %s: tersalin ke baris lain? (bila keduanya dijumlahkan, anggaran terhitung dua kali)",
						f.nama, labelRincian(rows, atas[0]))})
			}
		}
	}
}

// ParseTargetSerapan reads four cumulative serapan targets as a Pemda
// writes them: "15/40/60/90", "15;40;60;90", "15 40 60 90" or, when no
// other separator is used, "15,40,60,90" (then without decimal commas:
// "12,5;40;60;90" needs ";"); a comma followed by a space always
// separates ("15, 40, 60, 90", "12,5, 40, 60, 90": a decimal comma is
// never followed by one). Each is a percentage of the pagu from 0 to
// 100 in the Indonesian notation ("12,5"), and each quarter's is at least
// the one before (they are cumulative). Errors say which target and why,
// in Bahasa Indonesia.
func ParseTargetSerapan(s string) ([4]decimal.Decimal, error) {
	var out [4]decimal.Decimal
	s2 := strings.NewReplacer(", ", " ", ",\t", " ").Replace(s)
	parts := strings.FieldsFunc(s2, func(r rune) bool { return r == '/' || r == ';' || r == ' ' || r == '\t' })
	if len(parts) == 1 {
		parts = strings.Split(parts[0], ",")
	}
	if len(parts) != 4 {
		return out, fmt.Errorf("target serapan %q: tulis empat target kumulatif, satu per triwulan (mis. 15/40/60/90)", s)
	}
	seratus := decimal.NewFromInt(100)
	for i, p := range parts {
		d, err := ParseAngka(strings.TrimSuffix(strings.TrimSpace(p), "%"), JenisPersen)
		if err != nil {
			return out, fmt.Errorf("target serapan triwulan %s %q: %v", NamaTriwulan[i], p, err)
		}
		if d.IsNegative() || d.GreaterThan(seratus) {
			return out, fmt.Errorf("target serapan triwulan %s %s%% di luar 0–100%%", NamaTriwulan[i], FormatAngka(d, -1))
		}
		if i > 0 && d.LessThan(out[i-1]) {
			return out, fmt.Errorf("target serapan triwulan %s (%s%%) lebih kecil daripada triwulan %s (%s%%): target serapan adalah kumulatif",
				NamaTriwulan[i], FormatAngka(d, -1), NamaTriwulan[i-1], FormatAngka(out[i-1], -1))
		}
		out[i] = d
	}
	return out, nil
}

// ParseOpsiTriwulan reads the quarterly options as a program's flags give
// them: target as [ParseTargetSerapan] reads it ("" for the default) and
// toleransi the points below target not reported ("" for none, at least
// 0, "2,5" in the Indonesian notation).
func ParseOpsiTriwulan(target, toleransi string) (OpsiTriwulan, error) {
	var o OpsiTriwulan
	if strings.TrimSpace(target) != "" {
		t, err := ParseTargetSerapan(target)
		if err != nil {
			return o, err
		}
		o.Target = &t
	}
	if strings.TrimSpace(toleransi) != "" {
		d, err := ParseAngka(toleransi, JenisPersen)
		if err != nil {
			return o, fmt.Errorf("toleransi serapan %q: %v", toleransi, err)
		}
		if d.IsNegative() {
			return o, fmt.Errorf("toleransi serapan %s tidak boleh negatif", FormatAngka(d, -1))
		}
		o.Toleransi = d
	}
	return o, nil
}
