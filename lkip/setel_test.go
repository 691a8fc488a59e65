package lkip

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
)

func TestSetNilai(t *testing.T) {
	d := Contoh()
	asli, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path, nilai string
		want              string // value read back with Nilai; "" when an error is expected
		galat             string // part of the expected error message
		cek               func(t *testing.T, r *Dokumen)
	}{
		{
			name: "string field", path: "identitas.tanda_tangan[1].pangkat", nilai: "Pembina Tk. I", want: "Pembina Tk. I",
			cek: func(t *testing.T, r *Dokumen) {
				if got := r.Identitas.TandaTangan[1].Pangkat; got != "Pembina Tk. I" {
					t.Errorf("Pangkat = %q", got)
				}
			},
		},
		{
			name: "string keeps markup as text", path: "identitas.tanda_tangan[0].nama", nilai: `<b>"A" & B</b>`, want: `<b>"A" & B</b>`,
		},
		{
			name: "figure field from printed text", path: "anggaran.perjanjian_kinerja.rincian[23].pagu", nilai: "88,500,000", want: "88500000",
			cek: func(t *testing.T, r *Dokumen) {
				if got := r.Anggaran.PerjanjianKinerja.Rincian[23].Pagu.Rupiah.Decimal(); !got.Equal(mustDec("88500000")) {
					t.Errorf("PK pagu = %v, want 88500000", got)
				}
			},
		},
		{
			name: "percentage keeps its text", path: "kutipan.angka[18].nilai", nilai: "99,5%", want: "99,5%",
			cek: func(t *testing.T, r *Dokumen) {
				if got := r.Kutipan.Angka[18].Nilai.Nilai; !got.Equal(mustDec("99.5")) {
					t.Errorf("persen fisik = %v, want 99.5", got)
				}
			},
		},
		{
			name: "whole number field", path: "kutipan.tahun_perbandingan[0]", nilai: "2021", want: "2021",
			cek: func(t *testing.T, r *Dokumen) {
				if diff := cmp.Diff([]int{2021}, r.Kutipan.TahunPerbandingan); diff != "" {
					t.Errorf("tahun_perbandingan (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "kinerja formula text", path: "kinerja.indikator[6].rumus.penyebut", nilai: "Jumlah seluruh korban bencana", want: "Jumlah seluruh korban bencana",
		},
		{name: "bad figure", path: "anggaran.perjanjian_kinerja.rincian[23].pagu", nilai: "12,34,5", galat: `anggaran.perjanjian_kinerja.rincian[23].pagu: "12,34,5" bukan angka rupiah yang sah`},
		{name: "bad percentage", path: "kutipan.angka[18].nilai", nilai: "seratus", galat: `kutipan.angka[18].nilai: "seratus" bukan persentase yang sah`},
		{name: "text in a whole number field", path: "kutipan.tahun_perbandingan[0]", nilai: "2.021", galat: "kutipan.tahun_perbandingan[0]: "},
		{name: "missing path", path: "identitas.golongan", nilai: "IV/b", galat: "identitas.golongan: tidak ada isian di jalur ini"},
		{name: "index out of range", path: "identitas.tanda_tangan[9].pangkat", nilai: "x", galat: "tidak ada isian di jalur ini"},
		{name: "object path", path: "identitas", nilai: "x", galat: "identitas: jalur ini menunjuk kelompok isian"},
		{name: "array path", path: "identitas.tanda_tangan", nilai: "x", galat: "kelompok isian"},
		{name: "empty path", path: "", nilai: "x", galat: "jalur isian kosong"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := d.SetNilai(tc.path, tc.nilai)
			if sesudah, _ := d.Encode(); !bytes.Equal(asli, sesudah) {
				t.Fatal("SetNilai changed the document it was called on")
			}
			if tc.galat != "" {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error = %v (%T), want a *ParseError containing %q", err, err, tc.galat)
				}
				if !strings.Contains(err.Error(), tc.galat) {
					t.Errorf("error %q does not contain %q", err, tc.galat)
				}
				if pe.Baris != 0 || pe.Berkas != "" {
					t.Errorf("error names a file or line of the internal encoding: %q", err)
				}
				if r != nil {
					t.Error("a document was returned with the error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r == d {
				t.Fatal("SetNilai returned d itself")
			}
			if got, ok := r.Nilai(tc.path); !ok || got != tc.want {
				t.Errorf("Nilai(%q) = %q, %v; want %q", tc.path, got, ok, tc.want)
			}
			if tc.cek != nil {
				tc.cek(t, r)
			}
			// Everything else is as it was.
			balik, err := r.SetNilai(tc.path, mustNilai(t, d, tc.path))
			if err != nil {
				t.Fatal(err)
			}
			if b, _ := balik.Encode(); !bytes.Equal(b, asli) {
				t.Error("setting the old value back does not give the original document")
			}
		})
	}
}

func mustNilai(t *testing.T, d *Dokumen, path string) string {
	t.Helper()
	v, ok := d.Nilai(path)
	if !ok {
		t.Fatalf("Nilai(%q): no value", path)
	}
	return v
}

// TestSetNilaiFixesReviu: correcting the values the reviu flags on the
// sample removes those findings.
func TestSetNilaiFixesReviu(t *testing.T) {
	d := Contoh()
	var err error
	for _, s := range [][2]string{
		{"identitas.tanda_tangan[1].pangkat", "Pembina Tk. I"},
		{"anggaran.perjanjian_kinerja.rincian[23].pagu", "88,500,000"},
	} {
		if d, err = d.SetNilai(s[0], s[1]); err != nil {
			t.Fatal(err)
		}
	}
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	for _, tm := range l.Temuan {
		if tm.Kode == "lkip/tanda-tangan" || (tm.Tingkat == anggaran.Kesalahan && strings.HasPrefix(tm.Kode, "anggaran/pk-")) {
			t.Errorf("finding left after the fix: %s %s", tm.Kode, tm.Lokasi.Path)
		}
	}
}

// TestSetNilaiBawaKutipan: correcting a figure in a paragraph corrects
// the copy the data file keeps of it, so that the reviu's findings about
// the quote go away with the printed error; an edit that does not put one
// number in its place leaves the copy alone.
func TestSetNilaiBawaKutipan(t *testing.T) {
	const iku6 = "narasi.iku[5].teks[0]"
	const salinanIKU6 = "kinerja.indikator[5].tahun[1].kutipan[1].target"
	ikhtisar := func(d *Dokumen) *Dokumen {
		d.Narasi.Ikhtisar = Teks{"Pagu Rp. 9.399.497.972 terealisasi Rp. 9.250.672.850 atau 98,42%."}
		return d
	}
	for _, tc := range []struct {
		nama        string
		dok         func(*Dokumen) *Dokumen
		path        string
		lama, baru  string // the edit, as a replacement in the paragraph
		salinan     string // the copy's path
		want        string // the copy after the edit
		tanpaTemuan []string
	}{
		{"target IKU 6 di uraian", nil, iku6, "0,4%", "0,5%", salinanIKU6, "0,5", []string{"kinerja/kutipan-beda", TemuanKutipanNarasi}},
		{"angka bertambah digit", nil, iku6, "0,4%", "0,45%", salinanIKU6, "0,45", nil},
		{"angka diganti kata", nil, iku6, "0,4%", "nol koma empat persen", salinanIKU6, "0,4", nil},
		{"tahun perbandingan", nil, "narasi.bab3[0].sub[2].teks[0]", "tahun 2020", "tahun 2021", "kutipan.tahun_perbandingan[0]", "2021", nil},
		{"tahun diganti dua tahun", nil, "narasi.bab3[0].sub[2].teks[0]", "tahun 2020", "tahun 2021 dan 2022", "kutipan.tahun_perbandingan[0]", "2020", nil},
		{"pagu di Ikhtisar tetap ber-Rp", ikhtisar, "narasi.ikhtisar[0]", "9.399.497.972", "9.399.497.000", "kutipan.angka[3].nilai", "Rp. 9.399.497.000", nil},
		{"persen di akhir kalimat", ikhtisar, "narasi.ikhtisar[0]", "98,42%.", "98,4%.", "kutipan.angka[10].nilai", "98,4%", nil},
		{"angka lain tidak terbawa", ikhtisar, "narasi.ikhtisar[0]", "9.399.497.972", "9.399.497.000", "kutipan.angka[9].nilai", "Rp. 9.250.672.850", nil},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			d := Contoh()
			if tc.dok != nil {
				d = tc.dok(d)
			}
			lama := mustNilai(t, d, tc.path)
			if !strings.Contains(lama, tc.lama) {
				t.Fatalf("%s does not contain %q: %s", tc.path, tc.lama, lama)
			}
			r, err := d.SetNilai(tc.path, strings.Replace(lama, tc.lama, tc.baru, 1))
			if err != nil {
				t.Fatal(err)
			}
			if got := mustNilai(t, r, tc.salinan); got != tc.want {
				t.Errorf("copy %s = %q, want %q", tc.salinan, got, tc.want)
			}
			if len(tc.tanpaTemuan) == 0 {
				return
			}
			l, err := Compute(r, DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			for _, tm := range l.Temuan {
				if slices.Contains(tc.tanpaTemuan, tm.Kode) && (tm.Lokasi.Path == tc.path || strings.HasPrefix(tm.Lokasi.Path, "kinerja.indikator[5]")) {
					t.Errorf("finding left after the fix: %s %s: %s", tm.Kode, tm.Lokasi.Path, tm.Pesan)
				}
			}
		})
	}
}

func TestAngkaPengganti(t *testing.T) {
	for _, tc := range []struct {
		lama, baru, teks string
		want             string // "" when nothing replaces the figure
	}{
		{"sebesar 0,4%, hasil", "sebesar 0,5%, hasil", "0,4", "0,5"},
		{"sebesar 0,4%", "sebesar 10,4%", "0,4", "10,4"},
		{"Rp. 9.399.497.972.", "Rp. 9.400.000.000.", "9.399.497.972", "9.400.000.000"},
		{"6 program", "7 program", "6", "7"},
		{"ada 6 program", "ada 16 program", "6", "16"},
		{"tahun 2020, lalu", "tahun 2021 dan 2022, lalu", "2020", ""},
		{"sebesar 0,4%.", "sebesar %.", "0,4", ""},
		{"sebesar 0,4%", "sebesar nol persen", "0,4", ""},
		{"a 0,4% b c", "a 0,4% b d", "0,4", ""},
		{"", "5", "0,4", ""},
	} {
		got, ok := angkaPengganti(tc.lama, tc.baru, tc.teks)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("angkaPengganti(%q, %q, %q) = %q, want %q", tc.lama, tc.baru, tc.teks, got, tc.want)
		}
	}
}

func TestNilai(t *testing.T) {
	d := Contoh()
	for _, tc := range []struct {
		path string
		want string
		ok   bool
	}{
		{"identitas.tanda_tangan[1].pangkat", "Pembina Utama Muda", true},
		{"identitas.tahun", "2022", true},
		{"kutipan.angka[18].nilai", "100%", true},
		{"anggaran.perjanjian_kinerja.rincian[23].pagu", "39175000", true},
		{"identitas", "", false},
		{"identitas.tanda_tangan", "", false},
		{"identitas.golongan", "", false},
		{"", "", false},
	} {
		got, ok := d.Nilai(tc.path)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Nilai(%q) = %q, %v; want %q, %v", tc.path, got, ok, tc.want, tc.ok)
		}
	}
}

func TestNilaiSemua(t *testing.T) {
	d := Contoh()
	got := d.NilaiSemua("identitas.dinas", "identitas.tahun", "identitas", "tidak.ada")
	want := map[string]string{"identitas.dinas": "Dinas Sosial", "identitas.tahun": "2022"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NilaiSemua (-want +got):\n%s", diff)
	}
}

func ExampleDokumen_SetNilai() {
	d := Contoh()
	path := "identitas.tanda_tangan[1].pangkat"
	lama, _ := d.Nilai(path)
	baru, err := d.SetNilai(path, "Pembina Tk. I")
	if err != nil {
		fmt.Println(err)
		return
	}
	v, _ := baru.Nilai(path)
	fmt.Println(lama, "→", v)
	fmt.Println("asli tetap:", d.Identitas.TandaTangan[1].Pangkat)

	// A value the file format refuses is reported where it is, and
	// nothing is changed.
	_, err = d.SetNilai("anggaran.perjanjian_kinerja.rincian[23].pagu", "12,34,5")
	fmt.Println(err)
	_, err = d.SetNilai("identitas", "x")
	fmt.Println(err)
	// Output:
	// Pembina Utama Muda → Pembina Tk. I
	// asli tetap: Pembina Utama Muda
	// anggaran.perjanjian_kinerja.rincian[23].pagu: "12,34,5" bukan angka rupiah yang sah: pengelompokan ribuan tidak teratur
	// identitas: jalur ini menunjuk kelompok isian, bukan satu isian teks atau angka
}

func TestBilanganBulat(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "2021": true, "-3": true,
		"": false, "-": false, "007": false, "1.000": false, " 5": false, "5 ": false, "1e3": false, "-0x1": false,
	} {
		if got := bilanganBulat(s); got != want {
			t.Errorf("bilanganBulat(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzSetNilai sets arbitrary text at fields of every kind of the sample:
// it never panics, never changes the original, and a document it returns
// encodes to a file that parses and holds the value at path.
func FuzzSetNilai(f *testing.F) {
	type kolom struct {
		path string
		// "teks": read back exactly; "angka": a quoted figure, read back
		// exactly; "rupiah", "bulat": the same number
		jenis string
	}
	kolomUji := []kolom{
		{"identitas.tanda_tangan[1].pangkat", "teks"},
		{"kinerja.indikator[6].rumus.penyebut", "teks"},
		{"kutipan.daftar_isi[3]", "teks"},
		{"kutipan.angka[18].nilai", "angka"},
		{"anggaran.perjanjian_kinerja.rincian[23].pagu", "rupiah"},
		{"kutipan.tahun_perbandingan[0]", "bulat"},
		{"narasi.iku[5].teks[0]", "teks"},         // carries its quoted target along
		{"narasi.bab3[0].sub[2].teks[0]", "teks"}, // carries the year of the comparison
		{"identitas", ""},
	}
	d := Contoh()
	asli, err := d.Encode()
	if err != nil {
		f.Fatal(err)
	}
	for i, s := range []string{"Pembina Tk. I", "x\"}, \"y\": {", "88,500,000", "12,34,5", "100%", "2021", "-0", "\xff", "{{x}}", "",
		"target di tahun 2022 sebesar 0,5%", "untuk tahun 2021, dapat dijelaskan"} {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, k uint8, nilai string) {
		kl := kolomUji[int(k)%len(kolomUji)]
		r, err := d.SetNilai(kl.path, nilai)
		if sesudah, _ := d.Encode(); !bytes.Equal(asli, sesudah) {
			t.Fatal("SetNilai changed the original document")
		}
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Path == "" {
				t.Fatalf("error %v is not a located *ParseError", err)
			}
			return
		}
		data, err := r.Encode()
		if err != nil {
			t.Fatal(err)
		}
		r2, err := Parse(data, "")
		if err != nil {
			t.Fatalf("the changed document does not parse again: %v", err)
		}
		got, ok := r2.Nilai(kl.path)
		switch kl.jenis {
		case "teks":
			switch {
			case !utf8.ValidString(nilai): // invalid bytes become U+FFFD
			case nilai == "": // an empty text may leave the field out
				if got != "" {
					t.Errorf("Nilai(%q) = %q after setting it empty", kl.path, got)
				}
			case !ok || got != nilai:
				t.Errorf("Nilai(%q) = %q, %v; want %q", kl.path, got, ok, nilai)
			}
		case "angka":
			// A figure set to blank text is not checked: lkip.Angka reads
			// "" as the number 0 (a missing figure should be nil), which
			// is for angka.go to decide.
			if strings.TrimSpace(nilai) != "" && utf8.ValidString(nilai) && (!ok || got != nilai) {
				t.Errorf("Nilai(%q) = %q, %v; want %q", kl.path, got, ok, nilai)
			}
		case "rupiah":
			if d := strings.TrimSpace(nilai); (d == "-" || d == "–") && !ok {
				return // a dash on a parent row means "not printed" (computed)
			}
			if strings.TrimSpace(nilai) == "" { // blank: the amount is missing
				if ok {
					t.Errorf("Nilai(%q) = %q after setting it blank, want none", kl.path, got)
				}
				return
			}
			want, err := anggaran.ParseRupiah(nilai)
			if err != nil {
				t.Fatalf("accepted %q, which ParseRupiah refuses: %v", nilai, err)
			}
			if v, err2 := anggaran.ParseRupiah(got); !ok || err2 != nil || !v.Equal(want) {
				t.Errorf("Nilai(%q) = %q, %v; want %v", kl.path, got, ok, want)
			}
		case "bulat":
			want, err := strconv.Atoi(nilai)
			if v, err2 := strconv.Atoi(got); !ok || err != nil || err2 != nil || v != want {
				t.Errorf("Nilai(%q) = %q, %v; want %q", kl.path, got, ok, nilai)
			}
		default:
			t.Errorf("SetNilai(%q) succeeded on a group of fields", kl.path)
		}
	})
}

func BenchmarkSetNilai(b *testing.B) {
	d := Contoh()
	for b.Loop() {
		if _, err := d.SetNilai("identitas.tanda_tangan[1].pangkat", "Pembina Tk. I"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNilai(b *testing.B) {
	d := Contoh()
	for b.Loop() {
		if _, ok := d.Nilai("anggaran.perjanjian_kinerja.rincian[23].pagu"); !ok {
			b.Fatal("no value")
		}
	}
}

// TestSetNilaiAngkaTepat: a typed figure is kept exactly or refused at
// once, never changed silently (issue: "58.180.100,125" was accepted and
// made the saved document unreadable; "1,1250" became 1125; "2,214" and
// "1,500" in a Rupiah field became 2214 and 1500).
func TestSetNilaiAngkaTepat(t *testing.T) {
	d := Contoh()
	const jalur = "anggaran.rincian[3].realisasi"
	for _, c := range []struct {
		nilai string
		want  string // the value after a reload, "" when refused
	}{
		{"58.180.100,12", "58180100.12"},
		{"58,180,100.12", "58180100.12"},
		{"1.987.663", "1987663"},
		{"1.5", "1.5"},
		{"150.00", "150"},
		{"1.500", ""},
		{"58.180.100,125", ""},
		{"1,1250", ""},
		{"2,214", ""},
		{"1,500", ""},
		{"12.3456", ""},
		{"-100", ""},
		{"99999999999999999999", ""},
	} {
		d2, err := d.SetNilai(jalur, c.nilai)
		if c.want == "" {
			if err == nil {
				t.Errorf("SetNilai(%q) accepted; want it refused", c.nilai)
			} else if !strings.Contains(err.Error(), "bukan angka rupiah yang sah") {
				t.Errorf("SetNilai(%q): %v; want the reason", c.nilai, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("SetNilai(%q): %v", c.nilai, err)
			continue
		}
		f, err := d2.Encode()
		if err != nil {
			t.Fatal(err)
		}
		d3, err := Parse(f, "simpan.json")
		if err != nil {
			t.Errorf("SetNilai(%q): the saved document does not open: %v", c.nilai, err)
			continue
		}
		if got := d3.Anggaran.Rincian[3].Realisasi.Rupiah.Decimal().String(); got != c.want {
			t.Errorf("SetNilai(%q): after a reload %s, want %s", c.nilai, got, c.want)
		}
	}
}

// TestSetNilaiPaguKosong: a sub kegiatan's pagu emptied is kept (the
// reviu reports it, anggaran/pagu-kosong), no longer refused: the file
// stays readable.
func TestSetNilaiPaguKosong(t *testing.T) {
	r, err := Contoh().SetNilai("anggaran.rincian[2].pagu", "")
	if err != nil {
		t.Fatal(err)
	}
	if r.Anggaran.Rincian[2].Pagu.Valid {
		t.Errorf("pagu = %v, want none", r.Anggaran.Rincian[2].Pagu)
	}
	n := 0
	for _, x := range r.Anggaran.Check(anggaran.Opsi{}) {
		if x.Kode == anggaran.TemuanPaguKosong {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d findings %s, want 1", n, anggaran.TemuanPaguKosong)
	}
}

// TestSetNilaiCapaianTercetak: the printed capaian of an indicator year can
// be set (a percentage, read as typed) and is kept after a reload.
func TestSetNilaiCapaianTercetak(t *testing.T) {
	d := Contoh()
	const jalur = "kinerja.indikator[0].tahun[0].capaian"
	d2, err := d.SetNilai(jalur, "98,80")
	if err != nil {
		t.Fatal(err)
	}
	f, err := d2.Encode()
	if err != nil {
		t.Fatal(err)
	}
	d3, err := Parse(f, "simpan.json")
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := d3.Nilai(jalur); !ok || got != "98,80" {
		t.Errorf("after a reload the printed capaian is %q, %v; want 98,80", got, ok)
	}
	if _, err := d.SetNilai(jalur, "98,8,0"); err == nil {
		t.Error("98,8,0 accepted as a printed capaian")
	}
}

// TestPulangBagian: the check of an edited section refuses a section whose
// writer and reader do not agree (written again it reads to another value,
// or no longer reads), and passes one that writes back what it read; only
// the section is written, no file text (see TestSetNilaiTanpaBerkas).
func TestPulangBagian(t *testing.T) {
	tulis := func(tambah string) func(h *Dokumen, w *naskah.Penulis) error {
		return func(h *Dokumen, w *naskah.Penulis) error {
			w.MulaiObjek()
			w.Kunci("x")
			w.Teks(h.Identitas.Dinas + tambah)
			w.AkhirObjek()
			return nil
		}
	}
	baca := func(gagalKe int) func(v *naskah.Nilai, h *Dokumen) error {
		n := 0
		return func(v *naskah.Nilai, h *Dokumen) error {
			if n++; n == gagalKe {
				return errors.New("tidak terbaca")
			}
			h.Identitas.Dinas = v.Anggota("x").Teks
			return nil
		}
	}
	for _, c := range []struct {
		nama    string
		tambah  string // what the writer adds to the value each time
		gagalKe int    // which read fails (0: none)
		want    string // in the error, "" for none
	}{
		{"stabil", "", 0, ""},
		{"berubah setiap ditulis", "!", 0, `isian ini tidak tersimpan persis: "Dinas Sosial!" menjadi "Dinas Sosial!!" setelah disimpan`},
		{"tidak terbaca lagi", "!", 1, "dokumen yang disimpan tidak dapat dibuka lagi (tidak terbaca)"},
	} {
		t.Run(c.nama, func(t *testing.T) {
			h := &Dokumen{Identitas: Identitas{Dinas: "Dinas Sosial"}}
			w := naskah.NewPohon()
			tulis("")(h, w)
			err := pulangBagian(w.Pohon(), nil, h, ".x", nil, baca(c.gagalKe), tulis(c.tambah))
			switch {
			case c.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("err = %v; want %q", err, c.want)
			}
		})
	}
}

// TestSetNilaiTercetakKosong: a printed figure emptied and typed again (a
// sisa, a persen of Tabel 3.2, a quote of a percentage indicator) is set,
// in its field's kind: the kinds come from DaftarMedan, the one list of
// the fields (a second table had missed sisa and persen).
func TestSetNilaiTercetakKosong(t *testing.T) {
	for _, c := range []struct{ path, teks, want string }{
		{"anggaran.rincian[1].sisa", "1.169.700", "1169700"}, // the budget writer writes amounts plainly
		{"anggaran.rincian[1].persen", "98,03", "98.03"},
		{"anggaran.belanja[0].realisasi", "2.192.707.850", "2192707850"},
	} {
		d, err := Contoh().SetNilai(c.path, "")
		if err != nil {
			t.Fatalf("%s emptied: %v", c.path, err)
		}
		if d, err = d.SetNilai(c.path, c.teks); err != nil {
			t.Errorf("%s typed again: %v", c.path, err)
			continue
		}
		f, err := d.Encode()
		if err != nil {
			t.Fatal(err)
		}
		d2, err := Parse(f, "simpan.json")
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := d2.Nilai(c.path); !ok || got != c.want {
			t.Errorf("%s after a reload: %q, %v; want %q", c.path, got, ok, c.want)
		}
	}
}
