package lkip

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/shopspring/decimal"
)

// This file holds the figures the narrative quotes (kutipan.angka): the
// kinds of source a quote may refer to, reading and writing the list, and
// where a quote is printed (Tempat).

// sumberKutipan is one kind of source a quoted figure refers to.
type sumberKutipan struct {
	// kunci are the fixed keys of the kind with the kind of figure each
	// quotes; nil when the key names a row (a code, an ID, a group).
	kunci map[string]anggaran.Jenis
	// kolom are the columns of a row with the kind of figure each quotes;
	// "" is the column taken when none is given. nil: no columns.
	kolom map[string]anggaran.Jenis
	// arti explains the key, for messages and SCHEMA.md.
	arti string
}

// daftarSumberKutipan lists every kind of source (AngkaKutipan.Sumber).
var daftarSumberKutipan = map[string]sumberKutipan{
	"anggaran": {arti: "a figure of Tabel 3.2 as a whole", kunci: map[string]anggaran.Jenis{
		"program": anggaran.JenisCacah, "kegiatan": anggaran.JenisCacah, "sub_kegiatan": anggaran.JenisCacah,
		"pagu": anggaran.JenisRupiah, "pagu_murni": anggaran.JenisRupiah, "realisasi": anggaran.JenisRupiah, "sisa": anggaran.JenisRupiah,
		"persen_realisasi": anggaran.JenisPersen, "persen_fisik": anggaran.JenisPersen}},
	"belanja": {arti: "the pagu of an account of the belanja table, by its code (\"5.1.02\")", kolom: map[string]anggaran.Jenis{
		"": anggaran.JenisRupiah, "pagu": anggaran.JenisRupiah, "pagu_murni": anggaran.JenisRupiah}},
	"rincian": {arti: "a row of Tabel 3.2 (program, kegiatan, sub kegiatan), by its code or its name", kolom: map[string]anggaran.Jenis{
		"": anggaran.JenisRupiah, "pagu": anggaran.JenisRupiah, "pagu_murni": anggaran.JenisRupiah, "realisasi": anggaran.JenisRupiah,
		"sisa": anggaran.JenisRupiah, "persen": anggaran.JenisPersen, "fisik": anggaran.JenisPersen}},
	"kinerja": {arti: "a figure of the kinerja section as a whole", kunci: map[string]anggaran.Jenis{
		"jumlah_iku": anggaran.JenisCacah, "jumlah_indikator": anggaran.JenisCacah, "jumlah_sasaran": anggaran.JenisCacah,
		"capaian": anggaran.JenisPersen}},
	"indikator": {arti: "an indicator, by its ID (\"IKU1\")", kolom: map[string]anggaran.Jenis{
		"target": anggaran.JenisBilangan, "realisasi": anggaran.JenisBilangan, "capaian": anggaran.JenisPersen}},
	"pegawai": {arti: "a group of staff, by its key (\"pns\")", kolom: map[string]anggaran.Jenis{"": anggaran.JenisCacah}},
	"aset": {arti: "Tabel 1.3", kunci: map[string]anggaran.Jenis{
		"jumlah": anggaran.JenisCacah, "baik": anggaran.JenisCacah, "kurang_baik": anggaran.JenisCacah, "rusak_berat": anggaran.JenisCacah}},
}

// namaSumber returns the names of the kinds of source, sorted.
func namaSumber() []string {
	var out []string
	for n := range daftarSumberKutipan {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func namaKunci[T any](m map[string]T) string {
	var out []string
	for n := range m {
		if n != "" {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// jenis returns the kind of figure q quotes; ok is false while q does not
// say (its source or key is not filled in yet). An error names a source,
// key or column that does not exist.
func (q *AngkaKutipan) jenis() (j anggaran.Jenis, ok bool, err error) {
	j, ok, _, err = q.jenisDi()
	return j, ok, err
}

// jenisDi is jenis, with the field an error is about ("sumber", "kunci",
// "kolom").
func (q *AngkaKutipan) jenisDi() (j anggaran.Jenis, ok bool, kolom string, err error) {
	if q.Sumber == "" {
		return 0, false, "", nil
	}
	s, ada := daftarSumberKutipan[q.Sumber]
	if !ada {
		return 0, false, "sumber", fmt.Errorf("sumber kutipan %q tidak dikenal (yang dikenal: %s)", q.Sumber, strings.Join(namaSumber(), ", "))
	}
	if s.kunci != nil {
		if q.Kunci == "" {
			return 0, false, "", nil
		}
		j, ada := s.kunci[q.Kunci]
		if !ada {
			return 0, false, "kunci", fmt.Errorf("kunci %q tidak dikenal untuk sumber %s (yang dikenal: %s)", q.Kunci, q.Sumber, namaKunci(s.kunci))
		}
		if q.Kolom != "" {
			return 0, false, "kolom", fmt.Errorf("sumber %s tidak mempunyai kolom (kolom %q)", q.Sumber, q.Kolom)
		}
		return j, true, "", nil
	}
	if q.Sumber == "pegawai" {
		return anggaran.JenisCacah, true, "", nil // kolom: "jumlah" or a part of the group
	}
	j, ada = s.kolom[q.Kolom]
	if !ada {
		if q.Kolom == "" {
			return 0, false, "kolom", fmt.Errorf("kutipan sumber %s harus menyebut kolomnya (%s)", q.Sumber, namaKunci(s.kolom))
		}
		return 0, false, "kolom", fmt.Errorf("kolom %q tidak dikenal untuk sumber %s (yang dikenal: %s)", q.Kolom, q.Sumber, namaKunci(s.kolom))
	}
	return j, true, "", nil
}

// lengkap reports whether q says what it quotes and what was printed, so
// that the reviu can check it.
func (q *AngkaKutipan) lengkap() bool {
	_, ok, err := q.jenis()
	return ok && err == nil && q.Kunci != "" && q.Nilai != nil && q.Tempat != ""
}

func bacaKutipan(o *naskah.Objek) Kutipan {
	var k Kutipan
	k.Angka = tanpaKosong(daftarObjek(o, "angka", func(o *naskah.Objek) AngkaKutipan {
		return AngkaKutipan{Tempat: o.Teks("tempat"), Sumber: o.Teks("sumber"), Kunci: o.Teks("kunci"),
			Kolom: o.Teks("kolom"), Tahun: o.Bulat("tahun"), Nilai: bacaKutipanAngka(o, "nilai")}
	}))
	k.DaftarIsi = o.DaftarTeks("daftar_isi")
	k.TahunPerbandingan = o.DaftarBulat("tahun_perbandingan")
	return k
}

func tulisKutipan(w *naskah.Penulis, k *Kutipan) {
	w.MulaiObjek()
	if len(k.Angka) > 0 {
		w.Kunci("angka")
		tulisDaftar(w, k.Angka, func(w *naskah.Penulis, q *AngkaKutipan) {
			kunciTeks(w, "tempat", q.Tempat)
			kunciTeks(w, "sumber", q.Sumber)
			kunciTeks(w, "kunci", q.Kunci)
			w.Medan("kolom", q.Kolom)
			if q.Tahun != 0 {
				kunciBulat(w, "tahun", q.Tahun)
			}
			j, ok, err := q.jenis()
			if !ok || err != nil {
				j = jenisLonggar(q.Nilai) // as the reader reads a quote whose source is not said yet
			}
			if q.Nilai == nil {
				w.Kunci("nilai")
				w.Null()
			} else {
				kunciAngka(w, "nilai", q.Nilai, j)
			}
		})
	}
	if len(k.DaftarIsi) > 0 {
		w.Kunci("daftar_isi")
		daftarTeks(w, k.DaftarIsi)
	}
	if len(k.TahunPerbandingan) > 0 {
		w.Kunci("tahun_perbandingan")
		daftarBulat(w, k.TahunPerbandingan)
	}
	w.AkhirObjek()
}

// periksa reads the printed text of every quoted figure into its value
// under the kind of its source, and refuses a place, a source, a key or a
// column that does not exist.
func (k *Kutipan) periksa() error {
	for i := range k.Angka {
		q := &k.Angka[i]
		p := fmt.Sprintf("kutipan.angka[%d]", i)
		if q.Tempat != "" {
			if _, err := namaTempat(q.Tempat); err != nil {
				return &ParseError{Path: p + ".tempat", Err: err}
			}
		}
		j, ok, kolom, err := q.jenisDi()
		if err != nil {
			return &ParseError{Path: p + "." + kolom, Err: err}
		}
		if q.Tahun != 0 && (q.Tahun < 1900 || q.Tahun > 2200) {
			return &ParseError{Path: p + ".tahun", Err: fmt.Errorf("tahun %d tidak masuk akal", q.Tahun)}
		}
		if !ok {
			j = jenisLonggar(q.Nilai) // not said yet: any figure
		}
		if err := bacaAngka(&q.Nilai, j, p+".nilai"); err != nil {
			return err
		}
		if q.Nilai != nil && j == anggaran.JenisCacah && (q.Nilai.Nilai.IsNegative() || !q.Nilai.Nilai.IsInteger()) {
			return &ParseError{Path: p + ".nilai", Err: fmt.Errorf("jumlah %s harus bilangan bulat tidak negatif", anggaran.FormatAngkaBerkas(q.Nilai.Nilai))}
		}
	}
	return nil
}

// babTempat are the chapters a quote may be printed in, with their names.
var babTempat = map[string]string{
	"kata_pengantar": "Kata Pengantar", "ikhtisar": "Ikhtisar Eksekutif",
	"bab1": "Bab I", "bab2": "Bab II", "bab3": "Bab III", "bab4": "Bab IV",
}

// namaTempat returns the printed name of a place ("bab3.A.3" → "Bab III
// A.3"), or an error for a chapter that does not exist.
func namaTempat(t string) (string, error) {
	bab, bagian, _ := strings.Cut(t, ".")
	n, ok := babTempat[bab]
	if !ok {
		return "", fmt.Errorf("tempat %q tidak dikenal: mulailah dengan kata_pengantar, ikhtisar, bab1, bab2, bab3 atau bab4, lalu bila perlu label subbabnya (\"bab3.B\", \"bab3.A.3\")", t)
	}
	if bagian == "" {
		return n, nil
	}
	if bab == "kata_pengantar" || bab == "ikhtisar" || bab == "bab4" {
		return "", fmt.Errorf("tempat %q: %s tidak mempunyai subbab", t, n)
	}
	for _, s := range strings.Split(bagian, ".") {
		if strings.TrimSpace(s) == "" {
			return "", fmt.Errorf("tempat %q: label subbab kosong", t)
		}
	}
	return n + " " + bagian, nil
}

// labelJudul returns the label a section's title begins with ("B.
// Realisasi Anggaran" → "B", "3) Analisa" → "3").
func labelJudul(judul string) string {
	f := strings.Fields(judul)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimRight(f[0], ".)")
}

// penandaAnggaran are the markers of generated paragraphs that print the
// computed budget figures: a place that holds one prints no quoted copy.
var penandaAnggaran = []string{"ikhtisar_anggaran", "anggaran_pengantar", "realisasi_anggaran"}

// paragrafTempat returns the printed paragraphs of a place of the
// narrative (a chapter, or a section of it with its sub-sections),
// inline placeholders filled from isian; ok is false when the place does
// not exist or holds a generated budget paragraph.
func paragrafTempat(n *Narasi, tempat string, isian map[string]string) (ps []paragrafN, ok bool) {
	bab, bagian, _ := strings.Cut(tempat, ".")
	var teks []Teks
	var path []string
	var tambah func(bs []Bagian, p string)
	tambah = func(bs []Bagian, p string) {
		for i := range bs {
			bp := fmt.Sprintf("%s[%d]", p, i)
			teks, path = append(teks, bs[i].Teks), append(path, bp+".teks")
			tambah(bs[i].Sub, bp+".sub")
		}
	}
	switch bab {
	case "kata_pengantar", "ikhtisar", "bab4":
		t := map[string]Teks{"kata_pengantar": n.KataPengantar, "ikhtisar": n.Ikhtisar, "bab4": n.Bab4}[bab]
		teks, path = []Teks{t}, []string{"narasi." + bab}
	case "bab1", "bab2", "bab3":
		bs := map[string][]Bagian{"bab1": n.Bab1, "bab2": n.Bab2, "bab3": n.Bab3}[bab]
		p := "narasi." + bab
		if bagian == "" {
			tambah(bs, p)
			break
		}
		labels := strings.Split(bagian, ".")
		for d, lab := range labels {
			j := -1
			for i := range bs {
				if strings.EqualFold(labelJudul(bs[i].Judul), lab) {
					j = i
					break
				}
			}
			if j < 0 {
				return nil, false
			}
			p = fmt.Sprintf("%s[%d]", p, j)
			if d == len(labels)-1 {
				teks, path = append(teks, bs[j].Teks), append(path, p+".teks")
				tambah(bs[j].Sub, p+".sub")
				break
			}
			bs, p = bs[j].Sub, p+".sub"
		}
	default:
		return nil, false
	}
	for i, t := range teks {
		for _, m := range penandaAnggaran {
			if adaPenandaDi(t, m) {
				return nil, false
			}
		}
		ps = append(ps, paragrafTeks(t, path[i], isian)...)
	}
	return ps, true
}

// bandingPresisi compares a printed figure with the value v it quotes at
// the printed number of decimals: equal when rounded half up is fine;
// equal only when truncated is a truncated quote; otherwise a wrong one.
// persen chooses the codes of a percentage.
func bandingPresisi(a *Angka, v decimal.Decimal, persen bool) *anggaran.Temuan {
	des := a.Desimal()
	if a.Nilai.Equal(v.Round(des)) {
		return nil
	}
	kode, kodePotong, satuan := TemuanKutipanNilai, TemuanKutipanNilaiDipotong, ""
	if persen {
		kode, kodePotong, satuan = TemuanKutipanPersen, TemuanKutipanDipotong, "%"
	}
	t := &anggaran.Temuan{Kode: kode, Tercetak: anggaran.FormatAngka(a.Nilai, des) + satuan, Terhitung: anggaran.FormatAngka(v, max(des, -v.Exponent())) + satuan}
	if a.Nilai.Equal(v.Truncate(des)) {
		t.Kode = kodePotong
		t.Pesan = fmt.Sprintf("dipotong, bukan dibulatkan; dibulatkan ke %d desimal seharusnya %s%s", des, anggaran.FormatAngka(v.Round(des), des), satuan)
		return t
	}
	t.Pesan = fmt.Sprintf("berbeda dengan sumbernya (%s%s bila dibulatkan ke %d desimal)", anggaran.FormatAngka(v.Round(des), des), satuan, des)
	return t
}

// fisik returns the realisasi fisik the narrative quotes for the whole
// table (source anggaran, key persen_fisik): the one printed in Bab III
// when there is one, else the first; nil when none is quoted. The report
// prints it, saying so, where no sub kegiatan has fisik data.
func (k *Kutipan) fisik() *Angka {
	var out *Angka
	for i := range k.Angka {
		q := &k.Angka[i]
		if q.Sumber != "anggaran" || q.Kunci != "persen_fisik" || q.Nilai == nil {
			continue
		}
		if strings.HasPrefix(q.Tempat, "bab3") {
			return q.Nilai
		}
		if out == nil {
			out = q.Nilai
		}
	}
	return out
}

// jenisLonggar returns the kind a figure of a quote whose source is not
// said yet is read as: the first of persen, Rupiah and bilangan that
// reads its printed text ("98,42%", "Rp 1.500", "0,125"), bilangan when
// none does (the reader then says why).
func jenisLonggar(a *Angka) anggaran.Jenis {
	if a != nil && a.Teks != "" {
		for _, j := range []anggaran.Jenis{anggaran.JenisPersen, anggaran.JenisRupiah, anggaran.JenisBilangan} {
			if _, err := anggaran.ParseAngka(a.Teks, j); err == nil {
				return j
			}
		}
	}
	return anggaran.JenisBilangan
}
