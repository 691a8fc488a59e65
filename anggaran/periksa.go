package anggaran

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/pemkab/sakip/internal/normal"
	"github.com/shopspring/decimal"
)

// Kode of the checks ([Temuan].Kode). They are stable: tests, the reviu
// and the PWA filter on them.
const (
	TemuanJumlahBerbeda        = "anggaran/jumlah-berbeda"          // a printed subtotal or total ≠ the sum of its leaves
	TemuanPersenBerbeda        = "anggaran/persen-berbeda"          // a printed percentage ≠ realisasi × 100 / pagu
	TemuanPersenDipotong       = "anggaran/persen-dipotong"         // a printed percentage truncated instead of rounded
	TemuanSisaBerbeda          = "anggaran/sisa-berbeda"            // a printed sisa ≠ pagu − realisasi
	TemuanRealisasiLebih       = "anggaran/realisasi-melebihi-pagu" // realisasi above pagu
	TemuanNilaiNegatif         = "anggaran/nilai-negatif"           // a negative amount
	TemuanFisikDiLuarRentang   = "anggaran/fisik-di-luar-rentang"   // realisasi fisik below 0 or above 100 %
	TemuanKodeGanda            = "anggaran/kode-ganda"              // two rows with the same code
	TemuanKodeKosong           = "anggaran/kode-kosong"             // a row without a code (left out of the sums)
	TemuanPaguKosong           = "anggaran/pagu-kosong"             // a sub kegiatan without pagu (the totals above it cannot be computed)
	TemuanIndukTidakAda        = "anggaran/induk-tidak-ada"         // a program or kegiatan not printed where the table prints others
	TemuanNamaRekening         = "anggaran/nama-rekening"           // an account name that is not the name of its code
	TemuanRekeningTidakDikenal = "anggaran/rekening-tidak-dikenal"  // an account code without a standard name
	TemuanRekeningGanda        = "anggaran/rekening-ganda"          // two belanja rows with the same account
	TemuanBelanjaJumlah        = "anggaran/belanja-jumlah-berbeda"  // a belanja account ≠ the sum of its sub-accounts
	TemuanBelanjaTotal         = "anggaran/belanja-total-berbeda"   // the belanja table's total ≠ the realisation table's total
	TemuanPKBerbeda            = "anggaran/pk-berbeda"              // a Perjanjian Kinerja amount ≠ the pagu of the same code
	TemuanPKJumlah             = "anggaran/pk-jumlah-berbeda"       // a Perjanjian Kinerja subtotal ≠ the sum of its rows
	TemuanPKTidakAda           = "anggaran/pk-tidak-ada"            // a code in one table and not in the other
	TemuanPKUraian             = "anggaran/pk-uraian-berbeda"       // the same code named differently
)

// DaftarAturan lists every rule of [Anggaran.Check], one value per rule:
// the severity of a finding comes from here. Add a rule here (and its
// check and test); the README table of finding codes is generated from
// this list (go test ./lkip -run TestTabelAturanREADME -update).
var DaftarAturan = []Aturan{
	{Kode: TemuanJumlahBerbeda, Tingkat: Kesalahan, Judul: "Jumlah tidak sama dengan rinciannya",
		Arti: "A printed subtotal or total of the realisation table (program, kegiatan, jumlah) differs from the sum of its sub kegiatan; the message says whether the row above agrees with the computed sum (then this row is the misprint)."},
	{Kode: TemuanPersenBerbeda, Tingkat: Kesalahan, Judul: "Persentase realisasi salah",
		Arti: "A printed percentage differs from realisasi × 100 / pagu at the printed number of decimals under the rounding rule of Opsi, or it is printed where pagu is 0."},
	{Kode: TemuanPersenDipotong, Tingkat: Peringatan, Judul: "Persentase dipotong, bukan dibulatkan",
		Arti: "A printed percentage equals realisasi × 100 / pagu truncated, not rounded, at its printed decimals: the same severity as any truncated figure of the document."},
	{Kode: TemuanSisaBerbeda, Tingkat: Kesalahan, Judul: "Sisa anggaran salah",
		Arti: "A printed sisa differs from pagu − realisasi."},
	{Kode: TemuanRealisasiLebih, Tingkat: Peringatan, Judul: "Realisasi melebihi pagu",
		Arti: "A sub kegiatan spent more than its pagu."},
	{Kode: TemuanNilaiNegatif, Tingkat: Kesalahan, Judul: "Angka negatif",
		Arti: "A pagu, pagu murni, realisasi or sisa below zero (realisation or belanja table)."},
	{Kode: TemuanFisikDiLuarRentang, Tingkat: Peringatan, Judul: "Realisasi fisik di luar 0–100%",
		Arti: "A realisasi fisik below 0 % or above 100 %."},
	{Kode: TemuanKodeGanda, Tingkat: Kesalahan, Judul: "Kode ganda",
		Arti: "Two rows of one table with the same code; both are summed when they have no rows below."},
	{Kode: TemuanKodeKosong, Tingkat: Kesalahan, Judul: "Baris tanpa kode",
		Arti: "A row without a code, left out of the sums."},
	{Kode: TemuanPaguKosong, Tingkat: Kesalahan, Judul: "Sub kegiatan tanpa pagu",
		Arti: "A row without rows below it (a sub kegiatan) has no pagu: the pagu of its kegiatan, program and of the whole table cannot be computed, and the report would print them empty."},
	{Kode: TemuanIndukTidakAda, Tingkat: Peringatan, Judul: "Program atau kegiatan tidak tercetak",
		Arti: "A program or kegiatan has no row of its own where the table prints subtotal rows for the others."},
	{Kode: TemuanNamaRekening, Tingkat: Kesalahan, Judul: "Nama rekening salah",
		Arti: "A belanja account whose name is not the standard name of its code (Permendagri 90/2019)."},
	{Kode: TemuanRekeningTidakDikenal, Tingkat: Peringatan, Judul: "Rekening tidak dikenal",
		Arti: "A belanja account code (levels 1–3) that is not in the standard account list."},
	{Kode: TemuanRekeningGanda, Tingkat: Kesalahan, Judul: "Rekening ganda",
		Arti: "Two belanja rows with the same account code."},
	{Kode: TemuanBelanjaJumlah, Tingkat: Kesalahan, Judul: "Jumlah rekening tidak sama dengan rinciannya",
		Arti: "A belanja account differs from the sum of its sub-accounts."},
	{Kode: TemuanBelanjaTotal, Tingkat: Kesalahan, Judul: "Total belanja berbeda dengan tabel realisasi",
		Arti: "The belanja table's total (pagu, pagu murni or realisasi) differs from the realisation table's total."},
	{Kode: TemuanPKBerbeda, Tingkat: Kesalahan, Judul: "Anggaran PK berbeda dengan pagu",
		Arti: "A Perjanjian Kinerja amount (a row or the total) differs from the pagu of the same code in the realisation table."},
	{Kode: TemuanPKJumlah, Tingkat: Kesalahan, Judul: "Jumlah anggaran PK tidak sama dengan rinciannya",
		Arti: "A Perjanjian Kinerja subtotal differs from the sum of its rows."},
	{Kode: TemuanPKTidakAda, Tingkat: Peringatan, Judul: "Kode hanya ada di satu tabel",
		Arti: "A program, kegiatan or sub kegiatan in the Perjanjian Kinerja and not in the realisation table, or the other way round at a level the PK lists."},
	{Kode: TemuanPKUraian, Tingkat: Catatan, Judul: "Uraian PK berbeda",
		Arti: "The same code named differently in the Perjanjian Kinerja and in the realisation table."},
	{Kode: TemuanTriwulanJumlah, Tingkat: Kesalahan, Judul: "Realisasi tidak sama dengan jumlah triwulan",
		Arti: "A sub kegiatan's realisasi differs from the sum of the realisasi it reports per triwulan (each the amount spent within that quarter)."},
	{Kode: TemuanTriwulanInduk, Tingkat: Kesalahan, Judul: "Triwulan induk tidak sama dengan rinciannya",
		Arti: "A quarter printed on a program or kegiatan differs from the sum of that quarter over its sub kegiatan."},
	{Kode: TemuanSerapanTriwulan, Tingkat: Catatan, Judul: "Serapan di bawah target triwulan",
		Arti: "The cumulative serapan of a program or of the whole table at the end of a quarter is below that quarter's target (Opsi.Triwulan: 15/40/60/90 % by default) by more than the tolerance."},
	{Kode: TemuanPaguRenstraJumlah, Tingkat: Kesalahan, Judul: "Pagu Renstra tidak sama dengan rinciannya",
		Arti: "The Renstra pagu printed on a program or kegiatan differs from the sum of the Renstra pagu of its sub kegiatan."},
	{Kode: TemuanPaguGanda, Tingkat: Peringatan, Judul: "Pagu tersalin ke baris lain",
		Arti: "The same uneven amount (not a multiple of Rp 1.000) as pagu or Renstra pagu of two rows neither of which is below the other: a pagu copied into a second row, counted twice when both are added."},
	{Kode: TemuanUraianBaku, Tingkat: Peringatan, Judul: "Uraian tidak sesuai nomenklatur",
		Arti: "A row of the realisation table whose name is not the nomenclature's name of its code (Kepmendagri 050-5889/2021, every bidang), beyond case, spacing, punctuation, a list number or level word, \"&\" for \"dan\", \"Kab.\"/\"Prov.\"; the message names the code whose name the row prints, if any. Rows with only a code get the name; codes the embedded lists lack are not checked."},
}

// Check checks the section against itself and returns every finding, in
// the order of the tables (realisation table, belanja table, Perjanjian
// Kinerja). Amounts are compared exactly; printed percentages at their own
// number of decimals (a printed "98,4" is compared with the computed
// percentage rounded to 1 decimal under opsi's rounding rule). Paths in the
// findings are relative to the section ("rincian[12].realisasi"). A nil
// section has no findings.
func (a *Anggaran) Check(opsi Opsi) []Temuan {
	if a == nil {
		return nil
	}
	p := a.Compute(opsi)
	c := pemeriksa{a: a, opsi: opsi}
	c.tabel = a.Tabel
	if c.tabel == "" {
		c.tabel = "tabel realisasi anggaran"
	}
	c.pohon(p, "rincian", "jumlah", c.tabel, false)
	c.triwulan(p, "rincian", c.tabel)
	c.uraianBaku()
	c.belanja(p)
	if pk := a.PerjanjianKinerja; pk != nil {
		c.perjanjian(p, pk)
	}
	return BeriTingkat(c.out, DaftarAturan)
}

type pemeriksa struct {
	a     *Anggaran
	opsi  Opsi
	tabel string
	out   []Temuan
}

func (c *pemeriksa) tambah(t Temuan) { c.out = append(c.out, t) }

func label(k Kode, uraian string) string {
	s := k.String()
	if k.IsZero() {
		s = "jumlah"
	}
	if u := strings.TrimSpace(nomorDaftar.ReplaceAllString(uraian, "")); u != "" {
		s += " " + u
	}
	return s
}

var namaKolom = [nField]string{"pagu", "realisasi", "pagu_murni"}

// pohon checks one computed tree: a realisation table (pk false) or the
// Perjanjian Kinerja amounts (pk true).
func (c *pemeriksa) pohon(p *Pohon, path, pathJumlah, tabel string, pk bool) {
	rows := p.rincian
	kodeJumlah := TemuanJumlahBerbeda
	if pk {
		kodeJumlah = TemuanPKJumlah
	}
	lok := func(r int, kolom string) Lokasi {
		l := Lokasi{Tabel: tabel, Kolom: kolom}
		if r < 0 {
			l.Baris = "jumlah"
			if p.jumlah != nil && p.jumlah.Uraian != "" {
				l.Baris = p.jumlah.Uraian
			}
			l.Path = pathJumlah
		} else {
			l.Baris = labelRincian(rows, r)
			l.Path = fmt.Sprintf("%s[%d]", path, r)
		}
		if kolom != "" {
			l.Path += "." + kolom
		}
		if pk && kolom == "pagu" {
			l.Kolom = "anggaran" // the Perjanjian Kinerja's column name
		}
		return l
	}
	// Rows without a code, duplicates, negative amounts, fisik range.
	for _, r := range p.kosong {
		pesan := "baris tanpa kode tidak ikut dijumlahkan; isi kodenya"
		if p.TanpaKode() {
			pesan = p.alasanPosisi(r)
		}
		c.tambah(Temuan{Kode: TemuanKodeKosong, Lokasi: lok(int(r), "kode"), Pesan: pesan})
	}

	for _, r := range slices.Sorted(slices.Values(p.ganda)) {
		k := rows[r].Kode
		first, _ := p.Find(k)
		c.tambah(Temuan{Kode: TemuanKodeGanda, Lokasi: lok(int(r), "kode"),
			Tercetak: k.String(),
			Pesan: fmt.Sprintf("kode %s sudah dipakai di baris ke-%d (%s); kedua baris ikut dijumlahkan bila tidak punya rincian, hapus salah satunya bila ganda",
				k, p.simpul[first].baris+1, label(k, rows[p.simpul[first].baris].Uraian))})
	}
	semua := make([]*Rincian, 0, len(rows)+1)
	for i := range rows {
		semua = append(semua, &rows[i])
	}
	if p.jumlah != nil {
		semua = append(semua, p.jumlah)
	}
	for i, r := range semua {
		ri := i
		if i == len(rows) {
			ri = -1
		}
		for _, f := range []struct {
			nama string
			v    decimal.NullDecimal
		}{{"pagu_murni", r.PaguMurni.Decimal()}, {"pagu", r.Pagu.Decimal()}, {"realisasi", r.Realisasi.Decimal()}, {"sisa", r.Sisa.Decimal()}} {
			if f.v.Valid && f.v.Decimal.IsNegative() {
				c.tambah(Temuan{Kode: TemuanNilaiNegatif, Lokasi: lok(ri, f.nama),
					Tercetak: FormatRupiah(f.v.Decimal), Pesan: f.nama + " tidak boleh negatif"})
			}
		}
		if r.Fisik.Valid && (r.Fisik.Decimal.IsNegative() || r.Fisik.Decimal.GreaterThan(seratus)) {
			c.tambah(Temuan{Kode: TemuanFisikDiLuarRentang, Lokasi: lok(ri, "fisik"),
				Tercetak: formatPersenTercetak(r.Fisik.Decimal), Pesan: "realisasi fisik harus antara 0% dan 100%"})
		}
	}
	// Printed values against computed ones, node by node. selisih keeps
	// the subtotals that differ, to find amounts moved between two rows.
	var selisih []selisihJumlah
	defer func() { c.tertukar(p, selisih) }()
	// Levels at which the table prints subtotals: a node missing at such
	// a level is a gap in the table.
	var adaSubtotal [JenjangSubKegiatan + 1]bool
	for i := 1; i < len(p.simpul); i++ {
		if !p.titik(i).daun() && p.simpul[i].baris >= 0 {
			adaSubtotal[p.titik(i).kode().Jenjang()] = true
		}
	}
	for i := range p.simpul {
		s := p.titik(i)
		var row *Rincian
		ri := int(s.baris)
		if i == 0 {
			row, ri = p.jumlah, -1
		} else if s.baris >= 0 {
			row = &rows[s.baris]
		}
		b := p.Baris(i)
		if row == nil {
			j := s.kode().Jenjang()
			if adaSubtotal[j] && (j == JenjangProgram || j == JenjangKegiatan) {
				first := p.simpul[i+1].baris
				for n := i + 1; first < 0 && n < int(s.akhir); n++ {
					first = p.simpul[n].baris
				}
				l := lok(int(first), "kode")
				c.tambah(Temuan{Kode: TemuanIndukTidakAda, Lokasi: l,
					Terhitung: FormatRupiah(b.Pagu.Decimal),
					Pesan: fmt.Sprintf("%s %s tidak tercetak sebagai baris sendiri, padahal tabel memuat baris jumlah untuk %s lain; tambahkan barisnya",
						j, s.kode(), j)})
			}
			continue
		}
		if !s.daun() {
			for f, dec := range []decimal.NullDecimal{row.Pagu.Decimal(), row.Realisasi.Decimal(), row.PaguMurni.Decimal()} {
				got := []decimal.NullDecimal{b.Pagu, b.Realisasi, b.PaguMurni}[f]
				if !dec.Valid || !got.Valid || dec.Decimal.Equal(got.Decimal) {
					continue
				}
				selisih = append(selisih, selisihJumlah{temuan: len(c.out), simpul: i, kolom: f,
					beda: dec.Decimal.Sub(got.Decimal)})
				c.tambah(Temuan{Kode: kodeJumlah, Lokasi: lok(ri, namaKolom[f]),
					Tercetak: FormatRupiah(dec.Decimal), Terhitung: FormatRupiah(got.Decimal),
					Pesan: c.pesanJumlah(p, i, f, pk)})
			}
		}
		if row.Persen.Valid {
			places := max(-row.Persen.Decimal.Exponent(), 0)
			if b.Pagu.Valid && b.Realisasi.Valid {
				got, ok := Persen(b.Realisasi.Decimal, b.Pagu.Decimal, places, c.opsi.pembulatan())
				switch {
				case !ok:
					c.tambah(Temuan{Kode: TemuanPersenBerbeda, Lokasi: lok(ri, "persen"),
						Tercetak: formatPersenTercetak(row.Persen.Decimal),
						Pesan:    "persentase tidak dapat dihitung karena pagu 0"})
				case !got.Equal(row.Persen.Decimal) && c.opsi.pembulatan() != BulatPotong && dipotong(b.Realisasi.Decimal, b.Pagu.Decimal, places, row.Persen.Decimal):
					c.tambah(Temuan{Kode: TemuanPersenDipotong, Lokasi: lok(ri, "persen"),
						Tercetak: formatPersenTercetak(row.Persen.Decimal), Terhitung: FormatAngka(got, places) + "%",
						Pesan: fmt.Sprintf("persentase realisasi dipotong, bukan dibulatkan (%s, %d desimal); tulis %s%%",
							c.opsi.pembulatan(), places, FormatAngka(got, places))})
				case !got.Equal(row.Persen.Decimal):
					c.tambah(Temuan{Kode: TemuanPersenBerbeda, Lokasi: lok(ri, "persen"),
						Tercetak: formatPersenTercetak(row.Persen.Decimal), Terhitung: FormatAngka(got, places) + "%",
						Pesan: fmt.Sprintf("persentase realisasi tercetak tidak sama dengan realisasi × 100 / pagu (%s, %d desimal)",
							c.opsi.pembulatan(), places)})
				}
			}
		}
		if row.Sisa.Valid && b.Sisa.Valid && !row.Sisa.Rupiah.Decimal().Equal(b.Sisa.Decimal) {
			c.tambah(Temuan{Kode: TemuanSisaBerbeda, Lokasi: lok(ri, "sisa"),
				Tercetak: row.Sisa.Rupiah.Format(), Terhitung: FormatRupiah(b.Sisa.Decimal),
				Pesan: "sisa tercetak tidak sama dengan pagu − realisasi"})
		}
		if s.daun() && !pk && !row.Pagu.Valid {
			c.tambah(Temuan{Kode: TemuanPaguKosong, Lokasi: lok(ri, "pagu"),
				Pesan: "pagu sub kegiatan ini kosong, sehingga pagu kegiatan, program dan jumlah di atasnya tidak dapat dihitung; isi pagunya"})
		}
		if s.daun() && b.Pagu.Valid && b.Realisasi.Valid && b.Realisasi.Decimal.GreaterThan(b.Pagu.Decimal) {
			c.tambah(Temuan{Kode: TemuanRealisasiLebih, Lokasi: lok(ri, "realisasi"),
				Tercetak: FormatRupiah(b.Realisasi.Decimal), Terhitung: "pagu " + FormatRupiah(b.Pagu.Decimal),
				Pesan: "realisasi melebihi pagu; periksa angkanya atau dasar pergeseran anggarannya"})
		}
	}
}

// selisihJumlah is a printed subtotal that differs from its computed sum
// by beda (printed − computed), in column kolom of node simpul; temuan is
// the index of its finding.
type selisihJumlah struct {
	temuan, simpul, kolom int
	beda                  decimal.Decimal
}

// tertukar explains pairs of subtotals of the same level and column whose
// differences cancel (+d and −d): an amount printed under the wrong row,
// or two rows' amounts swapped. The parent above them then agrees with
// the computed sums, which does not prove that these subtotals are the
// misprint (the rows below may be), so the message says both.
func (c *pemeriksa) tertukar(p *Pohon, ss []selisihJumlah) {
	dipakai := make([]bool, len(ss))
	for i := range ss {
		for j := i + 1; j < len(ss) && !dipakai[i]; j++ {
			a, b := ss[i], ss[j]
			if dipakai[j] || a.kolom != b.kolom || p.titik(a.simpul).kode().Jenjang() != p.titik(b.simpul).kode().Jenjang() ||
				!a.beda.Add(b.beda).IsZero() {
				continue
			}
			dipakai[i], dipakai[j] = true, true
			nama := func(x selisihJumlah) string { return p.namaSimpul(x.simpul) }
			for _, x := range []struct{ ini, lain selisihJumlah }{{a, b}, {b, a}} {
				t := &c.out[x.ini.temuan]
				if k := strings.Index(t.Pesan, "; "); k >= 0 {
					t.Pesan = t.Pesan[:k]
				}
				t.Pesan += fmt.Sprintf("; selisihnya (%s) persis kebalikan selisih %s (%s): %s sebesar %s tercatat di bawah baris yang salah, atau angka kedua baris tertukar; periksa rincian keduanya",
					bertanda(x.ini.beda), nama(x.lain), bertanda(x.lain.beda), namaKolom[x.ini.kolom], FormatRupiah(x.ini.beda.Abs()))
			}
		}
	}
}

// bertanda writes a difference of amounts with its sign: "+Rp 100",
// "-Rp 100".
func bertanda(d decimal.Decimal) string {
	if d.IsPositive() {
		return "+" + FormatRupiah(d)
	}
	return FormatRupiah(d)
}

// pesanJumlah explains a subtotal that differs from its computed sum, and
// says whether the parent's printed value agrees with the computed one
// (then this row is the misprint).
func (c *pemeriksa) pesanJumlah(p *Pohon, i, f int, pk bool) string {
	jenjang := p.titik(i).kode().Jenjang()
	what := jenjang.String()
	if i == 0 {
		what = "jumlah"
	}
	below := "rinciannya"
	switch jenjang {
	case JenjangKegiatan:
		below = "sub kegiatannya"
	case JenjangProgram:
		below = "kegiatan dan sub kegiatannya"
	}
	kolom := namaKolom[f]
	if pk {
		kolom = "anggaran"
	}
	msg := fmt.Sprintf("%s %s tercetak tidak sama dengan jumlah %s", kolom, what, below)
	// Does the nearest printed ancestor agree with the computed sums?
	for a := p.induk(i); a >= 0; a = p.induk(a) {
		var row *Rincian
		if a == 0 {
			row = p.jumlah
		} else if p.simpul[a].baris >= 0 {
			row = &p.rincian[p.simpul[a].baris]
		}
		if row == nil {
			continue
		}
		dec := []decimal.NullDecimal{row.Pagu.Decimal(), row.Realisasi.Decimal(), row.PaguMurni.Decimal()}[f]
		got := []decimal.NullDecimal{p.Baris(a).Pagu, p.Baris(a).Realisasi, p.Baris(a).PaguMurni}[f]
		if dec.Valid && got.Valid && dec.Decimal.Equal(got.Decimal) {
			name := p.namaSimpul(a)
			if a == 0 {
				name = "jumlah"
			}
			msg += fmt.Sprintf("; %s di atasnya (%s) cocok dengan jumlah terhitung, jadi angka baris inilah yang salah", name, FormatRupiah(dec.Decimal))
		}
		break
	}
	return msg
}

// dipotong reports whether printed is realisasi × 100 / pagu truncated
// (not rounded) to places decimals.
func dipotong(realisasi, pagu decimal.Decimal, places int32, printed decimal.Decimal) bool {
	v, ok := Persen(realisasi, pagu, places, BulatPotong)
	return ok && v.Equal(printed)
}

func formatPersenTercetak(d decimal.Decimal) string {
	return FormatAngka(d, max(-d.Exponent(), 0)) + "%"
}

// belanja checks the belanja account table: names, duplicates, sums, and
// its total against the realisation table.
func (c *pemeriksa) belanja(p *Pohon) {
	rows := c.a.Belanja
	if len(rows) == 0 {
		return
	}
	const tabel = "tabel belanja"
	lok := func(i int, kolom string) Lokasi {
		l := Lokasi{Tabel: tabel, Baris: rows[i].Kode.String() + " " + rows[i].Uraian, Kolom: kolom,
			Path: fmt.Sprintf("belanja[%d]", i)}
		if kolom != "" {
			l.Path += "." + kolom
		}
		return l
	}
	for i, r := range rows {
		for j := range i {
			if rows[j].Kode == r.Kode {
				c.tambah(Temuan{Kode: TemuanRekeningGanda, Lokasi: lok(i, "kode"),
					Tercetak: r.Kode.String(), Pesan: fmt.Sprintf("rekening %s sudah ada di baris ke-%d (%s)", r.Kode, j+1, strings.TrimSpace(rows[j].Uraian))})
				break
			}
		}
		if nama, ok := r.Kode.NamaBaku(); !ok {
			if r.Kode.Tingkat() <= 3 {
				c.tambah(Temuan{Kode: TemuanRekeningTidakDikenal, Lokasi: lok(i, "kode"),
					Tercetak: r.Kode.String(), Pesan: "kode rekening belanja ini tidak ada dalam daftar rekening baku (Permendagri 90/2019)"})
			}
		} else if !r.Kode.CocokNama(r.Uraian) {
			c.tambah(Temuan{Kode: TemuanNamaRekening, Lokasi: lok(i, "uraian"),
				Tercetak: r.Uraian, Terhitung: nama,
				Pesan: fmt.Sprintf("nama rekening %s adalah %q, bukan %q", r.Kode, nama, r.Uraian)})
		}
		for _, f := range []struct {
			nama string
			v    decimal.NullDecimal
		}{{"pagu_murni", r.PaguMurni}, {"pagu", r.Pagu}, {"realisasi", r.Realisasi}} {
			if f.v.Valid && f.v.Decimal.IsNegative() {
				c.tambah(Temuan{Kode: TemuanNilaiNegatif, Lokasi: lok(i, f.nama),
					Tercetak: FormatRupiah(f.v.Decimal), Pesan: f.nama + " tidak boleh negatif"})
			}
		}
	}
	bel := ComputeBelanja(rows)
	for _, b := range bel.Rekening {
		if b.Daun || b.Indeks < 0 {
			continue
		}
		r := rows[b.Indeks]
		for _, f := range []struct {
			nama      string
			dec, comp decimal.NullDecimal
		}{{"pagu_murni", r.PaguMurni, b.PaguMurni}, {"pagu", r.Pagu, b.Pagu}, {"realisasi", r.Realisasi, b.Realisasi}} {
			if f.dec.Valid && f.comp.Valid && !f.dec.Decimal.Equal(f.comp.Decimal) {
				c.tambah(Temuan{Kode: TemuanBelanjaJumlah, Lokasi: lok(b.Indeks, f.nama),
					Tercetak: FormatRupiah(f.dec.Decimal), Terhitung: FormatRupiah(f.comp.Decimal),
					Pesan: fmt.Sprintf("%s rekening %s tercetak tidak sama dengan jumlah rincian rekeningnya", f.nama, r.Kode)})
			}
		}
	}
	// The belanja total against the realisation table's total.
	tot := bel.Jumlah()
	j := p.Jumlah()
	for _, f := range []struct {
		nama      string
		bel, tabl decimal.NullDecimal
	}{{"pagu_murni", tot.PaguMurni, j.PaguMurni}, {"pagu", tot.Pagu, j.Pagu}, {"realisasi", tot.Realisasi, j.Realisasi}} {
		if !f.bel.Valid || !f.tabl.Valid || f.bel.Decimal.Equal(f.tabl.Decimal) {
			continue
		}
		l := Lokasi{Tabel: tabel, Baris: "jumlah belanja", Kolom: f.nama, Path: "belanja"}
		if tot.Indeks >= 0 {
			l = lok(tot.Indeks, f.nama)
		}
		c.tambah(Temuan{Kode: TemuanBelanjaTotal, Lokasi: l,
			Tercetak: FormatRupiah(f.bel.Decimal), Terhitung: FormatRupiah(f.tabl.Decimal),
			Pesan: fmt.Sprintf("jumlah %s menurut tabel belanja tidak sama dengan jumlah %s", f.nama, c.tabel)})
	}
}

var nomorDaftar = regexp.MustCompile(`^\s*\d+[.)]\s+`)

// samaUraian compares two names ignoring case, punctuation, spacing and a
// leading list number ("1. ").
func samaUraian(a, b string) bool {
	return normal.Nama(nomorDaftar.ReplaceAllString(a, ""), " ") == normal.Nama(nomorDaftar.ReplaceAllString(b, ""), " ")
}

// perjanjian checks the Perjanjian Kinerja amounts against themselves and
// against the realisation table.
func (c *pemeriksa) perjanjian(p *Pohon, pk *PerjanjianKinerja) {
	tabel := pk.Tabel
	if tabel == "" {
		tabel = "Perjanjian Kinerja"
	}
	q := Compute(pk.Rincian, pk.Jumlah, c.a.UrusanBidang, c.opsi)
	c.pohon(q, "perjanjian_kinerja.rincian", "perjanjian_kinerja.jumlah", tabel, true)
	if p.TanpaKode() {
		return // matched to the realisation table by code, which it has not
	}
	lok := func(i int, kolom string) Lokasi {
		l := Lokasi{Tabel: tabel, Kolom: kolom}
		if i < 0 {
			l.Baris, l.Path = "jumlah", "perjanjian_kinerja.jumlah"
			if pk.Jumlah != nil && pk.Jumlah.Uraian != "" {
				l.Baris = pk.Jumlah.Uraian
			}
		} else {
			l.Baris = labelRincian(pk.Rincian, i)

			l.Path = fmt.Sprintf("perjanjian_kinerja.rincian[%d]", i)
		}
		if kolom != "" {
			l.Path += "." + kolom
		}
		if kolom == "pagu" {
			l.Kolom = "anggaran"
		}
		return l
	}
	levels := map[Jenjang]bool{}
	seen := map[Kode]bool{}
	for i, r := range pk.Rincian {
		levels[r.Kode.Jenjang()] = true
		if r.Kode.IsZero() || seen[r.Kode] {
			continue
		}
		seen[r.Kode] = true
		n, ok := p.Find(r.Kode)
		if !ok {
			c.tambah(Temuan{Kode: TemuanPKTidakAda, Lokasi: lok(i, "kode"),
				Tercetak: r.Kode.String(), Pesan: fmt.Sprintf("kode ini tidak ada di %s", c.tabel)})
			continue
		}
		b := p.Baris(n)
		if r.Pagu.Valid && b.Pagu.Valid && !r.Pagu.Rupiah.Decimal().Equal(b.Pagu.Decimal) {
			c.tambah(Temuan{Kode: TemuanPKBerbeda, Lokasi: lok(i, "pagu"),
				Tercetak: FormatRupiah(r.Pagu.Rupiah.Decimal()), Terhitung: FormatRupiah(b.Pagu.Decimal),
				Pesan: fmt.Sprintf("anggaran %s %s di %s tidak sama dengan pagu di %s", b.Jenjang, b.Kode, tabel, c.tabel)})
		}
		if b.Uraian != "" && r.Uraian != "" && !samaUraian(r.Uraian, b.Uraian) {
			c.tambah(Temuan{Kode: TemuanPKUraian, Lokasi: lok(i, "uraian"),
				Tercetak: strings.TrimSpace(nomorDaftar.ReplaceAllString(r.Uraian, "")), Terhitung: b.Uraian,
				Pesan: fmt.Sprintf("uraian %s %s berbeda dengan di %s", b.Jenjang, b.Kode, c.tabel)})
		}
	}
	for i := 1; i < p.Len(); i++ {
		s := p.titik(i)
		if s.baris < 0 {
			continue
		}
		k := s.kode()
		if !levels[k.Jenjang()] || seen[k] {
			continue
		}
		c.tambah(Temuan{Kode: TemuanPKTidakAda,
			Lokasi:    Lokasi{Tabel: tabel, Baris: label(k, p.rincian[s.baris].Uraian), Kolom: "kode", Path: "perjanjian_kinerja.rincian"},
			Terhitung: k.String(), Pesan: fmt.Sprintf("kode ini ada di %s tetapi tidak di %s", c.tabel, tabel)})
	}
	if pk.Jumlah != nil && pk.Jumlah.Pagu.Valid {
		j := p.Jumlah()
		if j.Pagu.Valid && !pk.Jumlah.Pagu.Rupiah.Decimal().Equal(j.Pagu.Decimal) {
			c.tambah(Temuan{Kode: TemuanPKBerbeda, Lokasi: lok(-1, "pagu"),
				Tercetak: FormatRupiah(pk.Jumlah.Pagu.Rupiah.Decimal()), Terhitung: FormatRupiah(j.Pagu.Decimal),
				Pesan: fmt.Sprintf("jumlah anggaran %s tidak sama dengan jumlah pagu %s", tabel, c.tabel)})
		}
	}
}
