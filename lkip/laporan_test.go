package lkip

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/md"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/kinerja"
)

// laporanContoh computes the report of the embedded seed.
func laporanContoh(t testing.TB) *Laporan {
	t.Helper()
	l, err := Compute(Contoh(), DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// emas compares got with the golden file testdata/lkip/name, rewriting it
// with -update.
func emas(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", "lkip", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./lkip -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", name, diff)
	}
}

func reviuTeks(l *Laporan) []byte {
	var b bytes.Buffer
	for _, x := range l.Temuan {
		fmt.Fprintln(&b, BarisTemuan(x))
	}
	for _, x := range l.Ditanggapi {
		fmt.Fprintf(&b, "ditanggapi: %s\n  tanggapan: %s\n", BarisTemuan(x.Temuan), x.Tanggapan)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		nama string
		data []byte
	}{
		{"seed", sampel.FlotimDinsos2022},
		{"bersih", sampel.FlotimDinsos2022Bersih},
	} {
		d, err := Parse(tc.data, tc.nama)
		if err != nil {
			t.Fatal(err)
		}
		l, err := Compute(d, DefaultOpsi())
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []struct {
			ext    string
			render func(io.Writer, *Laporan) error
		}{{"md", RenderMarkdown}, {"html", RenderHTML}, {"json", RenderJSON}} {
			var b bytes.Buffer
			if err := r.render(&b, l); err != nil {
				t.Fatal(err)
			}
			emas(t, tc.nama+"."+r.ext, b.Bytes())
		}
		emas(t, tc.nama+"-reviu.txt", reviuTeks(l))
	}
}

// TestReviuSeed checks that the reviu finds the seed's real
// inconsistencies, by code and path.
func TestReviuSeed(t *testing.T) {
	l := laporanContoh(t)
	ada := map[string]anggaran.Tingkat{}
	for _, x := range l.Temuan {
		ada[x.Kode+" "+x.Lokasi.Path] = x.Tingkat
	}
	for _, want := range []struct {
		kunci   string
		tingkat anggaran.Tingkat
	}{
		{TemuanTandaTangan + " identitas.tanda_tangan[1].pangkat", anggaran.Kesalahan},
		{TemuanTahunPerbandingan + " narasi.bab3[0].sub[2].teks[0]", anggaran.Peringatan},
		{"anggaran/nama-rekening anggaran.belanja[6].uraian", anggaran.Kesalahan},
		{"anggaran/pk-jumlah-berbeda anggaran.perjanjian_kinerja.rincian[23].pagu", anggaran.Kesalahan},
		{"kinerja/kutipan-beda narasi.iku[5].teks[0]", anggaran.Kesalahan},
		{"kinerja/rumus-sama kinerja.indikator[6].rumus.penyebut", anggaran.Kesalahan},
		{"kinerja/pk-tanpa-iku kinerja.perjanjian_kinerja.baris", anggaran.Peringatan},
		{"kinerja/capaian-ekstrem kinerja.indikator[0].tahun[1].target", anggaran.Peringatan},
		{TemuanDasarHukum + " profil.dasar_hukum[1].jenis", anggaran.Peringatan},
		{TemuanDaftarIsi + " kutipan.daftar_isi[3]", anggaran.Peringatan},
		{TemuanDasarHukum + " profil.dasar_hukum[3].nomor", anggaran.Peringatan},
		{TemuanPenyetaraanEselon + " profil.pegawai[0].rincian[1].butir[1].jumlah", anggaran.Peringatan},
	} {
		got, ok := ada[want.kunci]
		if !ok {
			t.Errorf("reviu misses %s", want.kunci)
		} else if got != want.tingkat {
			t.Errorf("%s: tingkat %v, want %v", want.kunci, got, want.tingkat)
		}
	}
	// Figures the seed quotes correctly must not be flagged.
	for _, x := range l.Temuan {
		if (strings.HasPrefix(x.Lokasi.Path, "kutipan.angka[") && x.Kode != TemuanKutipanTakTeruji) || (strings.HasPrefix(x.Lokasi.Path, "profil.") && x.Kode != TemuanDasarHukum && x.Kode != TemuanPenyetaraanEselon) {
			t.Errorf("false alarm: %s", BarisTemuan(x))
		}
	}
	r := l.Ringkasan
	if r.Program != 6 || r.Kegiatan != 14 || r.SubKegiatan != 31 || r.JumlahIKU != 9 {
		t.Errorf("counts = %d/%d/%d/%d, want 6/14/31/9", r.Program, r.Kegiatan, r.SubKegiatan, r.JumlahIKU)
	}
	if r.Pagu.Decimal.String() != "9399497972" || r.Realisasi.Decimal.String() != "9250672850" || r.PersenRealisasi.Decimal.String() != "98.42" {
		t.Errorf("pagu/realisasi/persen = %v/%v/%v", r.Pagu, r.Realisasi, r.PersenRealisasi)
	}
}

// TestReviuSilang mutates the seed and checks that each cross-document
// check fires where it should.
func TestReviuSilang(t *testing.T) {
	for _, tc := range []struct {
		nama  string
		ubah  func(d *Dokumen)
		kunci string
	}{
		{"jumlah program", func(d *Dokumen) {
			_, q := kutipanDi(d, "ikhtisar", "anggaran", "program")
			q.Nilai = AngkaDari(mustDec("7"))
		}, TemuanKutipanJumlah + " kutipan.angka[0].nilai"},
		{"jumlah IKU", func(d *Dokumen) {
			_, q := kutipanDi(d, "ikhtisar", "kinerja", "jumlah_iku")
			q.Nilai = AngkaDari(mustDec("8"))
		}, TemuanKutipanJumlah + " kutipan.angka[11].nilai"},
		{"pagu", func(d *Dokumen) {
			_, q := kutipanDi(d, "ikhtisar", "anggaran", "pagu")
			q.Nilai = AngkaDari(mustDec("9399497971"))
		}, TemuanKutipanRupiah + " kutipan.angka[3].nilai"},
		{"belanja modal", func(d *Dokumen) {
			_, q := kutipanDi(d, "ikhtisar", "belanja", "5.2")
			q.Nilai = AngkaDari(mustDec("32250001"))
		}, TemuanKutipanRupiah + " kutipan.angka[8].nilai"},
		{"persen", func(d *Dokumen) {
			_, q := kutipanDi(d, "bab3", "anggaran", "persen_realisasi")
			q.Nilai = AngkaDari(mustDec("98.41"))
		}, TemuanKutipanDipotong + " kutipan.angka[17].nilai"},
		{"persen salah", func(d *Dokumen) {
			_, q := kutipanDi(d, "bab3", "anggaran", "persen_realisasi")
			q.Nilai = AngkaDari(mustDec("97.41"))
		}, TemuanKutipanPersen + " kutipan.angka[17].nilai"},
		{"pns", func(d *Dokumen) { n := 27; kelompokDi(d, "pns").Tercetak = &n }, TemuanPegawaiJumlah + " profil.pegawai[0].jumlah"},
		{"peksos", func(d *Dokumen) { butirDi(kelompokDi(d, "peksos"), "sumber_dana", "apbd").Jumlah = 3 }, TemuanPegawaiJumlah + " profil.pegawai[3].jumlah"},
		{"penyetaraan", func(d *Dokumen) { butirDi(kelompokDi(d, "pns"), "penyetaraan", "struktural").Jumlah = 11 }, TemuanPegawaiRincian + " profil.pegawai[0].rincian[1]"},
		{"tabel 1.1 baris", func(d *Dokumen) { d.Profil.PendidikanEselon.Baris[2].Nilai = []int{3, 4, 7, 2} }, TemuanTabelJumlah + " profil.pns_pendidikan_eselon.baris[2].jumlah"},
		{"tabel 1.2 kolom", func(d *Dokumen) { d.Profil.PendidikanGolong.Jumlah.Nilai[2] = 17 }, TemuanTabelJumlah + " profil.pns_pendidikan_golongan.jumlah.nilai[2]"},
		{"tabel 1.3", func(d *Dokumen) { d.Profil.Aset.Baris[19].Jumlah = 99 }, TemuanTabelJumlah + " profil.aset.jumlah"},
		{"nip", func(d *Dokumen) { d.Identitas.TandaTangan[0].NIP = "19670420 199703 1 002" }, TemuanTandaTangan + " identitas.tanda_tangan[0].nip"},
		{"narasi iku", func(d *Dokumen) { d.Narasi.IKU[0].IKU = "IKU99" }, TemuanNarasiRujukan + " narasi.iku[0].iku"},
		{"tanggapan kesalahan", func(d *Dokumen) {
			d.Tanggapan = []Tanggapan{{Kode: "anggaran/nama-rekening", Path: "anggaran.belanja[6].uraian", Tanggapan: "x"}}
		}, TemuanTanggapan + " tanggapan[0]"},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			d := Contoh()
			tc.ubah(d)
			l, err := Compute(d, DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range l.Temuan {
				if x.Kode+" "+x.Lokasi.Path == tc.kunci {
					return
				}
			}
			t.Errorf("no finding %s", tc.kunci)
		})
	}
}

// TestHTMLWellFormed parses the HTML report as XML (tolerant of HTML's void
// elements and entities) and checks that every element is closed in order,
// that nothing is loaded from outside, and that data text is escaped.
func TestHTMLWellFormed(t *testing.T) {
	d := Contoh()
	d.Narasi.Bab4 = append(d.Narasi.Bab4, `<script>alert("x")</script> & "kutip" **<b>tebal</b>**`)
	d.Identitas.Kepala.Nama = "A <i>B</i>"
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := RenderHTML(&b, l); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	if err := periksaTag(html); err != nil {
		t.Fatal(err)
	}
	for _, dilarang := range []string{"<script", "<i>B", "<b>tebal", "src=", "http://", "https://", "@import", "url("} {
		s := strings.ReplaceAll(html, `xmlns="http://www.w3.org/2000/svg"`, "")
		if strings.Contains(s, dilarang) {
			t.Errorf("HTML contains %q", dilarang)
		}
	}
	for _, ada := range []string{"&lt;script&gt;", "<thead>", "break-before: page", "@page", "<svg", "counter(page)", "<strong>&lt;b&gt;tebal&lt;/b&gt;</strong>"} {
		if !strings.Contains(html, ada) {
			t.Errorf("HTML lacks %q", ada)
		}
	}
}

// periksaTag checks the tag balance of an HTML document.
func periksaTag(s string) error {
	dec := xml.NewDecoder(strings.NewReader(strings.Replace(s, "<!DOCTYPE html>", "", 1)))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var tumpuk []string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		switch x := tok.(type) {
		case xml.StartElement:
			tumpuk = append(tumpuk, x.Name.Local)
		case xml.EndElement:
			if len(tumpuk) == 0 || tumpuk[len(tumpuk)-1] != x.Name.Local {
				return fmt.Errorf("baris %d: </%s> tidak cocok dengan %v", baris(dec, s), x.Name.Local, tumpuk)
			}
			tumpuk = tumpuk[:len(tumpuk)-1]
		}
	}
	if len(tumpuk) > 0 {
		return fmt.Errorf("elemen tidak ditutup: %v", tumpuk)
	}
	return nil
}

func baris(dec *xml.Decoder, s string) int {
	off := dec.InputOffset()
	if off > int64(len(s)) {
		off = int64(len(s))
	}
	return strings.Count(s[:off], "\n") + 1
}

func TestJSONLaporan(t *testing.T) {
	l := laporanContoh(t)
	var b bytes.Buffer
	if err := RenderJSON(&b, l); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Ringkasan map[string]any `json:"ringkasan"`
		Temuan    []any          `json:"temuan"`
	}
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{"pagu": "9399497972", "realisasi": "9250672850", "persen_realisasi": "98.42", "belanja_modal": "32250000", "persen_fisik": nil} {
		if got := v.Ringkasan[k]; got != want {
			t.Errorf("ringkasan.%s = %v, want %v", k, got, want)
		}
	}
	if len(v.Temuan) != len(l.Temuan) {
		t.Errorf("temuan: %d in JSON, %d computed", len(v.Temuan), len(l.Temuan))
	}
}

// TestTanpaBagian renders a document without anggaran and kinerja: every
// chapter still renders, saying what is missing.
func TestTanpaBagian(t *testing.T) {
	d := Contoh()
	d.Anggaran, d.Kinerja = nil, nil
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []func(io.Writer, *Laporan) error{RenderMarkdown, RenderHTML, RenderJSON} {
		var b bytes.Buffer
		if err := r(&b, l); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "tidak dapat") && !strings.Contains(b.String(), "null") {
			t.Errorf("output does not say the data is missing")
		}
	}
	var b bytes.Buffer
	RenderHTML(&b, l)
	if err := periksaTag(b.String()); err != nil {
		t.Fatal(err)
	}
}

// TestPenanda renders every block marker and placeholder on the seed: each
// produces content, and the optional ones (not in the seed's text) work.
func TestPenanda(t *testing.T) {
	d := Contoh()
	var teks Teks
	for _, p := range DaftarPenanda() {
		teks = append(teks, "{{"+p.Nama+"}}")
	}
	for nama := range namaIsian {
		teks = append(teks, nama+"={{"+nama+"}}")
	}
	for nama := range namaIsianPegawai(d.Profil.Pegawai) {
		teks = append(teks, nama+"={{"+nama+"}}")
	}
	d.Narasi.Bab4 = teks
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	s := &penyusun{l: l, isian: l.isian()}
	for _, p := range DaftarPenanda() {
		if len(s.penanda(p.Nama)) == 0 {
			t.Errorf("penanda {{%s}} produces nothing", p.Nama)
		}
	}
	var b bytes.Buffer
	if err := RenderMarkdown(&b, l); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"pns.jumlah=26", "peksos.jumlah=56", "pns.struktural=12", "pns.penyetaraan.fungsional=14", `jumlah\_iku=9`, "dinas=Dinas Sosial", "Dari 9 indikator kinerja utama, ", "Rata-rata capaian IKU adalah 164,64% dengan predikat Sangat Tinggi."} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
}

func TestBacaBlok(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want blok
	}{
		{"Satu paragraf.", blok{jenis: paragraf, teks: "Satu paragraf."}},
		{"{{tabel_3_2}}", blok{jenis: penanda, teks: "tabel_3_2"}},
		{"- a\n- b", blok{jenis: daftar, butir: []butir{{teks: "a"}, {teks: "b"}}}},
		{"1. a\n  a. b\n2. c", blok{jenis: daftar, butir: []butir{{label: "1.", teks: "a", anak: []butir{{label: "a.", teks: "b"}}}, {label: "2.", teks: "c"}}}},
		{"iv. x", blok{jenis: daftar, butir: []butir{{label: "iv.", teks: "x"}}}},
		{"1. a\nbukan daftar", blok{jenis: paragraf, teks: "1. a bukan daftar"}},
		{"A. Judul", blok{jenis: paragraf, teks: "A. Judul"}},
	} {
		if diff := cmp.Diff(tc.want, bacaBlok(tc.in), cmp.AllowUnexported(blok{}, butir{})); diff != "" {
			t.Errorf("bacaBlok(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestTeksInline(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []potongan
	}{
		{"biasa", []potongan{{Teks: "biasa"}}},
		{"a *b* c", []potongan{{Teks: "a "}, {Teks: "b", Em: true}, {Teks: " c"}}},
		{"**x** y", []potongan{{Teks: "x", Strong: true}, {Teks: " y"}}},
		{"2 * 3 = 6", []potongan{{Teks: "2 * 3 = 6"}}},
		{"*", []potongan{{Teks: "*"}}},
	} {
		if diff := cmp.Diff(tc.want, teksInline(tc.in)); diff != "" {
			t.Errorf("teksInline(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

// FuzzLaporan feeds any data file that parses to Compute and the three
// renderers: nothing panics, the HTML is well formed, the JSON is valid
// and the findings are counted consistently.
func FuzzLaporan(f *testing.F) {
	f.Add(sampel.FlotimDinsos2022)
	f.Add([]byte(`{"versi": 1, "identitas": {"tahun": 2022, "kepala": {"nama": "<b>A</b>"}}, "narasi": {"bab1": [{"judul": "A *x*", "teks": ["{{tabel_1_1}}", "- a\n  - b", "{{pns.jumlah}} **c"]}], "bab3": [{"judul": "B", "teks": ["{{tabel_3_2}}", "{{grafik_capaian}}", "{{evaluasi_iku}}"]}]}, "kutipan": {"bab3": {"persen_fisik": "100"}}}`))
	f.Add([]byte(`{"versi": 1, "identitas": {"tahun": 2023}, "profil": {"pns_pendidikan_eselon": {"kolom": ["S1"], "baris": [{"nama": "x", "nilai": [3], "jumlah": 4}], "jumlah": {"nilai": [2], "jumlah": 1}}}, "tanggapan": [{"kode": "X", "path": "y", "tanggapan": "z"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data, "fuzz.json")
		if err != nil {
			return
		}
		l, err := Compute(d, DefaultOpsi())
		if err != nil {
			t.Fatal(err)
		}
		var h, j bytes.Buffer
		if err := RenderMarkdown(io.Discard, l); err != nil {
			t.Fatal(err)
		}
		if err := RenderHTML(&h, l); err != nil {
			t.Fatal(err)
		}
		if err := periksaTag(h.String()); err != nil {
			t.Fatalf("HTML not well formed: %v", err)
		}
		if err := RenderJSON(&j, l); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(j.Bytes()) {
			t.Fatal("invalid JSON report")
		}
		r := l.Ringkasan
		if r.Kesalahan+r.Peringatan+r.Catatan != len(l.Temuan) {
			t.Fatalf("counts %d+%d+%d != %d findings", r.Kesalahan, r.Peringatan, r.Catatan, len(l.Temuan))
		}
	})
}

// TestKutipanNarasi checks that a figure recorded as quoted by a paragraph
// must be printed in it, as printed.
func TestKutipanNarasi(t *testing.T) {
	for _, c := range []struct {
		nama   string
		ubah   func(d *Dokumen)
		path   string
		temuan bool
	}{
		{"seed", func(d *Dokumen) {}, "", false},
		{"target hilang dari uraian IKU", func(d *Dokumen) {
			d.Narasi.IKU[5].Teks[0] = strings.Replace(d.Narasi.IKU[5].Teks[0], "sebesar 0,4%", "sebesar 0,45%", 1)
		}, "narasi.iku[5].teks[0]", true},
		{"realisasi hilang dari uraian IKU", func(d *Dokumen) {
			d.Narasi.IKU[0].Teks[0] = strings.Replace(d.Narasi.IKU[0].Teks[0], "53,3%", "53,9%", 1)
		}, "narasi.iku[0].teks[0]", true},
		{"tahun perbandingan hilang dari kalimat", func(d *Dokumen) {
			p := &d.Narasi.Bab3[0].Sub[2].Teks[0]
			*p = strings.Replace(*p, "tahun 2020", "tahun lalu", 1)
		}, "narasi.bab3[0].sub[2].teks[0]", true},
		{"ikhtisar tanpa penanda: pagu harus tercetak", func(d *Dokumen) {
			d.Narasi.Ikhtisar = Teks{"Dinas melaksanakan 6 Program, 14 Kegiatan dan 31 Sub Kegiatan dengan anggaran Rp 9.399.497.972, realisasi Rp. 9.250.672.850 (98,42%)."}
		}, "narasi.ikhtisar[0]", true},
	} {
		t.Run(c.nama, func(t *testing.T) {
			d := Contoh()
			c.ubah(d)
			l, err := Compute(d, DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, x := range l.Temuan {
				if x.Kode == TemuanKutipanNarasi {
					got = append(got, x.Lokasi.Path)
				}
			}
			if !c.temuan {
				if len(got) > 0 {
					t.Fatalf("false alarms at %v", got)
				}
				return
			}
			if !slices.Contains(got, c.path) {
				t.Fatalf("no %s at %s; got %v", TemuanKutipanNarasi, c.path, got)
			}
		})
	}
	for _, c := range []struct {
		teks, s string
		want    bool
	}{{"sebesar 0,4%.", "0,4", true}, {"sebesar 10,45%", "0,4", false}, {"sebesar 0,45%", "0,4", false}, {"100%.", "100", true}, {"1.100", "100", false}, {"2020, dapat", "2020", true}} {
		if got := adaAngka(c.teks, c.s); got != c.want {
			t.Errorf("adaAngka(%q, %q) = %v, want %v", c.teks, c.s, got, c.want)
		}
	}
}

// TestKerangkaBawaan checks that a data file without narrative still
// prints every required table, chart and signature block, and that a
// chapter written without a required marker is reported.
func TestKerangkaBawaan(t *testing.T) {
	d := Contoh()
	d.Narasi = Narasi{}
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := RenderMarkdown(&b, l); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"Tabel 1.1", "Tabel 1.2", "Tabel 1.3", "Tabel 3.1", "Tabel 3.2", "Perjanjian Kinerja", "NIP. 19", "Tujuan, sasaran, strategi dan kebijakan Renstra", "Capaian IKU tahun 2021 dan 2022", "terhadap target akhir Renstra", "Efisiensi:", "Anggaran belanja menurut rekening", "Grafik: Capaian IKU", "Grafik: Realisasi keuangan", "A. Penetapan Indikator Kinerja Utama (IKU)"} {
		if !strings.Contains(md, want) {
			t.Errorf("report without narrative lacks %q", want)
		}
	}
	for _, x := range l.Temuan {
		if x.Kode == TemuanPenandaHilang {
			t.Errorf("default outline reported as lacking a marker: %s", BarisTemuan(x))
		}
	}
	// a written Bab III without Tabel 3.2
	d = Contoh()
	var hapus func(bs []Bagian)
	hapus = func(bs []Bagian) {
		for i := range bs {
			bs[i].Teks = slices.DeleteFunc(slices.Clone(bs[i].Teks), func(s string) bool { return s == "{{tabel_3_2}}" })
			hapus(bs[i].Sub)
		}
	}
	hapus(d.Narasi.Bab3)
	l, err = Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range l.Temuan {
		if x.Kode == TemuanPenandaHilang {
			got = append(got, x.Terhitung)
		}
	}
	if want := []string{"{{tabel_3_2}}"}; !slices.Equal(got, want) {
		t.Errorf("missing markers reported %v, want %v", got, want)
	}
}

// TestMarkdownEscape checks that data text cannot inject markup into the
// Markdown report: HTML, links, emphasis, code, block markers.
func TestMarkdownEscape(t *testing.T) {
	for _, c := range []struct {
		ps   []potongan
		want string
	}{
		{polos("<script>alert(1)</script>"), `\<script\>alert(1)\</script\>`},
		{polos("[l](javascript:x)"), `\[l\](javascript:x)`},
		{polos("a*b*_c_ `kode`"), "a\\*b\\*\\_c\\_ \\`kode\\`"},
		{[]potongan{{Teks: "tebal <b>", Strong: true}}, `**tebal \<b\>**`},
	} {
		if got := mdInline(c.ps); got != c.want {
			t.Errorf("mdInline(%v) = %q, want %q", c.ps, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"# judul", `\# judul`}, {"- butir", `\- butir`}, {"1. nomor", `1\. nomor`}, {"12) nomor", `12\) nomor`}, {"2022 tahun", "2022 tahun"},
	} {
		if got := mdAwalBlok(md.Teks(c.in)); got != c.want {
			t.Errorf("mdAwalBlok(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// through the whole report: a paragraph and a list of the data
	d := Contoh()
	d.Narasi.Bab4 = Teks{"<script>alert(1)</script> lihat [l](javascript:x)", "# bukan judul", "1. satu\n2. dua\n  - a. anak"}
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := RenderMarkdown(&b, l); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, bad := range []string{"<script>", "[l](", "\n# bukan judul", "- 1. satu"} {
		if strings.Contains(md, bad) {
			t.Errorf("Markdown contains %q", bad)
		}
	}
	for _, want := range []string{`\<script\>`, `\[l\](javascript:x)`, "\n\\# bukan judul\n", "\n1. satu\n2. dua\n   - a. anak\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
}

// TestCatatanTabel31 checks that the note under Tabel 3.1 states the
// polarity, rounding and scale actually used.
func TestCatatanTabel31(t *testing.T) {
	d := Contoh()
	d.Kinerja.Indikator[1].Polaritas = kinerja.Negatif
	d.Kinerja.Indikator[1].RumusNegatif = kinerja.TBagiR
	o := DefaultOpsi()
	o.Kinerja.Bulat = &anggaran.Bulat{Desimal: 1, Aturan: anggaran.BulatPotong}
	l, err := Compute(d, o)
	if err != nil {
		t.Fatal(err)
	}
	var ss []int
	for i, hi := range l.Kinerja.Indikator {
		if hi.IKU {
			ss = append(ss, i)
		}
	}
	got := l.catatanTabel31(ss)
	for _, want := range []string{
		"realisasi ÷ target × 100 (polaritas positif) untuk IKU 1, IKU 3",
		"target ÷ realisasi × 100 (polaritas negatif) untuk IKU 2",
		"dipotong (tidak dibulatkan) ke 1 desimal",
		"skala Permendagri 86/2017 (91 ke atas Sangat Tinggi;",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("note lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "permendagri86") {
		t.Errorf("note names the scale by its internal code: %s", got)
	}
}

// TestVisiMisiSekali checks that the seed's report prints the visi and
// misi of the dinas once (the generated Renstra part), not again from the
// narrative.
func TestVisiMisiSekali(t *testing.T) {
	l := laporanContoh(t)
	var b bytes.Buffer
	if err := RenderMarkdown(&b, l); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Yang Bahagia dan Sejahtera", "Meningkatkan kualitas Karang Taruna dalam mendukung"} {
		if n := strings.Count(b.String(), s); n != 1 {
			t.Errorf("%q printed %d times, want once", s, n)
		}
	}
}

// TestSatukanKembar checks that one error found by two checks is reported
// once, the most severe and most specific kept.
func TestSatukanKembar(t *testing.T) {
	l := laporanContoh(t)
	var di []string
	for _, x := range l.Temuan {
		if x.Lokasi.Path == "anggaran.perjanjian_kinerja.rincian[23].pagu" {
			di = append(di, x.Kode)
		}
	}
	if want := []string{"anggaran/pk-jumlah-berbeda"}; !slices.Equal(di, want) {
		t.Errorf("findings at the KAT row of the PK: %v, want %v", di, want)
	}
	lok := anggaran.Lokasi{Path: "a.b"}
	in := []anggaran.Temuan{
		{Kode: "x/pendek", Tingkat: anggaran.Kesalahan, Lokasi: lok, Tercetak: "1", Terhitung: "2", Pesan: "pendek"},
		{Kode: "x/lain", Tingkat: anggaran.Kesalahan, Lokasi: lok, Tercetak: "1", Terhitung: "3", Pesan: "nilai lain"},
		{Kode: "x/panjang", Tingkat: anggaran.Kesalahan, Lokasi: lok, Tercetak: "1", Terhitung: "2", Pesan: "pesan yang lebih rinci"},
		{Kode: "x/catatan", Tingkat: anggaran.Catatan, Lokasi: lok, Tercetak: "1", Terhitung: "2", Pesan: "catatan yang panjang sekali sekali"},
		{Kode: "x/tanpa-nilai", Tingkat: anggaran.Peringatan, Lokasi: lok, Pesan: "a"},
		{Kode: "x/tanpa-nilai2", Tingkat: anggaran.Peringatan, Lokasi: lok, Pesan: "b"},
	}
	var got []string
	for _, x := range satukanKembar(in) {
		got = append(got, x.Kode+": "+x.Pesan)
	}
	want := []string{
		"x/panjang: pesan yang lebih rinci (temuan yang sama juga dilaporkan sebagai x/pendek, x/catatan)",
		"x/lain: nilai lain", "x/tanpa-nilai: a", "x/tanpa-nilai2: b",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("satukanKembar (-want +got):\n%s", d)
	}
}

// TestJSONPaguMurniPK checks the JSON report of the seed: pagu murni taken
// from the belanja table when Tabel 3.2 has none, and the Perjanjian
// Kinerja with the computed pagu of each row's sub kegiatan.
func TestJSONPaguMurniPK(t *testing.T) {
	l := laporanContoh(t)
	var b bytes.Buffer
	if err := RenderJSON(&b, l); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Ringkasan struct {
			PaguMurni *string `json:"pagu_murni"`
		} `json:"ringkasan"`
		PK []struct {
			Indikator   string  `json:"indikator"`
			SubKegiatan string  `json:"sub_kegiatan"`
			Anggaran    *string `json:"anggaran"`
		} `json:"perjanjian_kinerja"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if p := got.Ringkasan.PaguMurni; p == nil || *p != "5555561000" {
		t.Errorf("ringkasan.pagu_murni = %v, want 5555561000", p)
	}
	if n := len(got.PK); n != len(l.Dokumen.Kinerja.PerjanjianKinerja.Baris) || n == 0 {
		t.Fatalf("perjanjian_kinerja has %d rows, want %d", n, len(l.Dokumen.Kinerja.PerjanjianKinerja.Baris))
	}
	r := got.PK[0]
	if r.SubKegiatan != "1.06.01.2.01.06" || r.Anggaran == nil || *r.Anggaran != "59349800" {
		t.Errorf("first PK row = %+v (anggaran %v), want sub kegiatan 1.06.01.2.01.06 with 59349800", r, r.Anggaran)
	}
}

// TestProfilSilang checks the cross checks of Bab I: Tabel 1.1 and 1.2 per
// education level, and the penyetaraan text against the eselon rows.
func TestProfilSilang(t *testing.T) {
	for _, c := range []struct {
		nama string
		ubah func(p *Profil)
		want []string // code path tercetak terhitung
	}{
		{"seed", func(p *Profil) {}, []string{"lkip/penyetaraan-eselon profil.pegawai[0].rincian[1].butir[1].jumlah 12 21"}},
		{"S1 berbeda", func(p *Profil) {
			p.PendidikanGolong.Baris[1].Nilai[2] = 9 // S1 golongan III: 10 → 9
		}, []string{"lkip/pendidikan-silang profil.pns_pendidikan_golongan 13 14", "lkip/penyetaraan-eselon profil.pegawai[0].rincian[1].butir[1].jumlah 12 21"}},
		{"SMA berbeda, struktural sesuai tabel", func(p *Profil) {
			p.PendidikanGolong.Baris[3].Nilai[1] = 4 // SMA golongan II: 2 → 4
			setelPenyetaraan(p, 5, 21)
		}, []string{"lkip/pendidikan-silang profil.pns_pendidikan_golongan 7 5"}},
		{"jenjang tak dikenal: tidak ditebak", func(p *Profil) {
			p.PendidikanGolong.Baris[1].Nama = "Sarjana"
			p.PendidikanGolong.Baris[1].Nilai[2] = 9
			p.Pegawai[0].Rincian = p.Pegawai[0].Rincian[:1]
		}, nil},
	} {
		t.Run(c.nama, func(t *testing.T) {
			d := Contoh()
			c.ubah(&d.Profil)
			l, err := Compute(d, DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, x := range l.Temuan {
				if x.Kode == TemuanPendidikanSilang || x.Kode == TemuanPenyetaraanEselon {
					got = append(got, strings.Join([]string{x.Kode, x.Lokasi.Path, x.Tercetak, x.Terhitung}, " "))
				}
			}
			if d := cmp.Diff(c.want, got); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}
