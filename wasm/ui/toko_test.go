package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/wasm/simpan"
	"github.com/shopspring/decimal"
)

// tokoUji returns a store over an in-memory Gudang whose delayed work
// (saves) waits in *tunda until the test runs it.
func tokoUji(t *testing.T) (*Toko, *simpan.Memori, *[]func()) {
	t.Helper()
	g := simpan.NewMemori()
	toko := NewToko(g)
	var tunda []func()
	toko.tundaFn = func(_ time.Duration, f func()) { tunda = append(tunda, f) }
	toko.jam = func() time.Time { return time.Date(2026, 11, 27, 16, 0, 0, 0, time.UTC) }
	toko.Mulai()
	return toko, g, &tunda
}

func jalankan(tunda *[]func()) {
	fs := *tunda
	*tunda = nil
	for _, f := range fs {
		f()
	}
}

func laporanContoh(t *testing.T, ubah func(*lkip.Dokumen)) *lkip.Laporan {
	t.Helper()
	d := lkip.Contoh()
	if ubah != nil {
		ubah(d)
	}
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestMuatContoh(t *testing.T) {
	toko, g, _ := tokoUji(t)
	toko.MuatContoh()
	if toko.Dok == nil || toko.Lap == nil {
		t.Fatal("no active document after MuatContoh")
	}
	want := laporanContoh(t, nil).Ringkasan
	if diff := cmp.Diff(want, toko.Lap.Ringkasan); diff != "" {
		t.Errorf("Ringkasan differs from lkip.Compute(lkip.Contoh()) (-want +got):\n%s", diff)
	}
	var list []simpan.Ringkasan
	g.Daftar(func(l []simpan.Ringkasan, err error) { list = l })
	if len(list) != 1 || list[0].Nama != "Dinas Sosial Kabupaten Flores Timur 2022" {
		t.Errorf("stored documents = %+v", list)
	}
	if !strings.HasPrefix(toko.Status, "Tersimpan") {
		t.Errorf("status %q", toko.Status)
	}
}

func TestIsi(t *testing.T) {
	toko, g, tunda := tokoUji(t)
	toko.MuatContoh()
	i := 2
	f := Isian{
		Bagian: BagianAnggaran, Path: "anggaran.rincian[2].realisasi", Jenis: anggaran.JenisRupiah,
		Set: func(d *lkip.Dokumen, v *decimal.Decimal, _ string) {
			d.Anggaran.Rincian[i].Realisasi = anggaran.RupiahDariDesimal(nullDari(v))
		},
	}
	sebelum := toko.Pohon.Jumlah().Realisasi.Decimal

	toko.Isi(f, "12,34,5")
	if d := toko.draf[f.Path]; d.Galat == "" || !strings.Contains(d.Galat, "12,34,5") {
		t.Errorf("invalid text: draft %+v, want an error quoting it", d)
	}
	if got := toko.Pohon.Jumlah().Realisasi.Decimal; !got.Equal(sebelum) {
		t.Errorf("invalid text changed the total to %v", got)
	}
	if !toko.DrafSalah() {
		t.Error("DrafSalah = false with an invalid draft")
	}

	toko.Isi(f, "1.000.000")
	want := laporanContoh(t, func(d *lkip.Dokumen) {
		d.Anggaran.Rincian[i].Realisasi = anggaran.RupiahDariDesimal(anggaran.Ada(decimal.NewFromInt(1000000)))
	})
	if got := toko.Pohon.Jumlah().Realisasi.Decimal; !got.Equal(want.Pohon.Jumlah().Realisasi.Decimal) {
		t.Errorf("total after typing = %v, want %v", got, want.Pohon.Jumlah().Realisasi.Decimal)
	}
	if toko.Tersimpan() {
		t.Error("Tersimpan before the delayed save ran")
	}
	jalankan(tunda)
	if !toko.Tersimpan() {
		t.Errorf("not saved after the pause")
	}
	if toko.segar {
		t.Errorf("the report was recomputed before a page needs it")
	}
	toko.Segarkan()
	if diff := cmp.Diff(want.Ringkasan, toko.Lap.Ringkasan); diff != "" {
		t.Errorf("report after the pause (-want +got):\n%s", diff)
	}
	var data []byte
	g.Baca(toko.AktifID, func(b []byte, err error) { data = b })
	d, err := lkip.Parse(data, "tersimpan.json")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Anggaran.Rincian[i].Realisasi.Rupiah.Decimal(); !got.Equal(decimal.NewFromInt(1000000)) {
		t.Errorf("stored realisasi = %v, want 1000000", got)
	}

	toko.Selesai(f)
	if _, ok := toko.draf[f.Path]; ok {
		t.Error("a valid draft stays after the field is left")
	}
	wajib := f
	wajib.Wajib, wajib.Path = true, "anggaran.rincian[2].pagu"
	toko.Isi(wajib, "  ")
	if d := toko.draf[wajib.Path]; d.Galat != "Wajib diisi." {
		t.Errorf("empty required field: draft %+v", d)
	}
}

func TestImporRusak(t *testing.T) {
	toko, g, _ := tokoUji(t)
	toko.MuatContoh()
	aktif, dok := toko.AktifID, toko.Dok
	for _, tc := range []struct {
		nama, isi string
		lokasi    []string
	}{
		{"rusak.json", "{\n  \"versi\": 1,\n  \"identitas\": {\"tahun\": \"dua\"}\n}\n", []string{"rusak.json"}},
		{"bukan.json", "ini bukan JSON", []string{"bukan.json"}},
		{"anggaran.csv", "kode;uraian;pagu;realisasi\n1.06.01.2.01.01;Sub;12,34,5;1\n", []string{"anggaran.csv", "baris 2"}},
	} {
		toko.MulaiImpor()
		toko.Impor(tc.nama, []byte(tc.isi))
		if toko.Galat == "" {
			t.Errorf("%s: no error shown", tc.nama)
			continue
		}
		for _, w := range append(tc.lokasi, "tidak dapat diimpor", "data yang ada tidak diubah") {
			if !strings.Contains(toko.Galat, w) {
				t.Errorf("%s: error %q lacks %q", tc.nama, toko.Galat, w)
			}
		}
		if toko.AktifID != aktif || toko.Dok != dok {
			t.Errorf("%s: the active document changed", tc.nama)
		}
	}
	var n int
	g.Daftar(func(l []simpan.Ringkasan, err error) { n = len(l) })
	if n != 1 {
		t.Errorf("%d documents stored after failed imports, want 1", n)
	}
}

func TestImporCSV(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	csv := "\ufeffkode;uraian;pagu;realisasi\r\n" +
		"1.06.01;Program Penunjang;;\r\n" +
		"1.06.01.2.01;Perencanaan;;\r\n" +
		"1.06.01.2.01.06;Koordinasi Laporan;1.000.000;900.000\r\n"
	sebelum := toko.Lap.Ringkasan.Realisasi.Decimal
	toko.Impor("realisasi.csv", []byte(csv))
	if toko.Galat != "" {
		t.Fatalf("CSV import failed: %s", toko.Galat)
	}
	// Nothing is replaced before the user has seen what changes and
	// confirmed it.
	if toko.Usulan == nil {
		t.Fatal("a CSV import into an open document replaced it without asking")
	}
	if got := toko.Lap.Ringkasan.Realisasi.Decimal; !got.Equal(sebelum) {
		t.Errorf("realisasi before confirming = %v, want it unchanged (%v)", got, sebelum)
	}
	if r := strings.Join(toko.Usulan.Rincian, "\n"); !strings.Contains(r, "Jumlah realisasi: "+anggaran.FormatRupiah(sebelum)+" menjadi Rp 900.000") {
		t.Errorf("the preview does not show the totals before and after:\n%s", r)
	}
	toko.TerimaUsulan()
	if got := toko.Lap.Ringkasan.Realisasi.Decimal; !got.Equal(decimal.NewFromInt(900000)) {
		t.Errorf("realisasi after CSV import = %v, want 900000", got)
	}
	if len(toko.Daftar) != 1 {
		t.Errorf("a CSV import made a new document: %d documents", len(toko.Daftar))
	}
	if len(toko.Riwayat) != 1 || toko.Urung == nil {
		t.Fatalf("the replaced version is not kept (%d versions) or no undo is offered", len(toko.Riwayat))
	}
	toko.Urungkan()
	if got := toko.Lap.Ringkasan.Realisasi.Decimal; !got.Equal(sebelum) {
		t.Errorf("realisasi after undoing the import = %v, want %v", got, sebelum)
	}
	if got := tersimpan(t, toko).Anggaran.Rincian; len(got) != len(lkip.Contoh().Anggaran.Rincian) {
		t.Errorf("stored budget after undo has %d rows, want the sample's", len(got))
	}
}

func TestRenderEscapes(t *testing.T) {
	toko, _, _ := tokoUji(t)
	d := lkip.Contoh()
	d.Identitas.Dinas = `Dinas <script>alert(1)</script>`
	d.Anggaran.Rincian[2].Uraian = `<img src=x onerror=alert(2)>`
	data, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	toko.Impor("skrip.json", data)
	if toko.Galat != "" {
		t.Fatal(toko.Galat)
	}
	// In the browser go-app builds text nodes and sets attributes through
	// the DOM, which never parses markup; here the server-side encoder
	// shows what the page holds: names as text, never as elements.
	for _, c := range []app.Composer{&Beranda{dasar: dasar{Toko: toko}}, &Anggaran{dasar: dasar{Toko: toko}}, &Laporan{dasar: dasar{Toko: toko}}} {
		html := render(t, c)
		for _, bad := range []string{"><script>alert", "><img src=x", "\n<script>alert", "\n<img src=x"} {
			if strings.Contains(html, bad) {
				t.Errorf("%T renders %q as markup", c, bad)
			}
		}
	}
	if !strings.Contains(render(t, &Beranda{dasar: dasar{Toko: toko}}), "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("Beranda does not show the name as text")
	}
}

func TestLaporanHTMLPolicy(t *testing.T) {
	s, err := laporanHTML(laporanContoh(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	head := strings.Index(strings.ToLower(s), "<head>")
	if head < 0 || !strings.HasPrefix(s[head+len("<head>"):], kebijakanLaporan) {
		t.Errorf("the report's policy is not first in <head>:\n%.300s", s)
	}
	if !strings.Contains(kebijakanLaporan, "default-src 'none'") {
		t.Error("the report policy allows requests")
	}
}

func TestCalonID(t *testing.T) {
	for _, tc := range []struct {
		path string
		want []string
	}{
		{"anggaran.rincian[5].realisasi", []string{"f:anggaran.rincian[5].realisasi", "f:anggaran.rincian[5]", "f:anggaran.rincian", "f:anggaran"}},
		{"kinerja.indikator[2].tahun[1].target", []string{"f:kinerja.indikator[2].tahun[1].target", "f:kinerja.indikator[2].tahun[1]", "f:kinerja.indikator[2].tahun", "f:kinerja.indikator[2]", "f:kinerja.indikator", "f:kinerja"}},
		{"identitas", []string{"f:identitas"}},
	} {
		if diff := cmp.Diff(tc.want, calonID(tc.path)); diff != "" {
			t.Errorf("calonID(%q) (-want +got):\n%s", tc.path, diff)
		}
	}
}

func TestJenisBerkas(t *testing.T) {
	for _, tc := range []struct{ nama, isi, want string }{
		{"a.csv", "{", "csv"},
		{"A.JSON", "kode;pagu", "json"},
		{"data", "  \ufeff{\"versi\":1}", "json"},
		{"data", "kode;uraian;pagu", "csv"},
	} {
		if got := jenisBerkas(tc.nama, []byte(tc.isi)); got != tc.want {
			t.Errorf("jenisBerkas(%q, %q) = %q, want %q", tc.nama, tc.isi, got, tc.want)
		}
	}
}

func TestHalamanJalur(t *testing.T) {
	for path, want := range map[string]string{
		"anggaran.rincian[3].pagu":                    "/anggaran",
		"anggaran.belanja[6].uraian":                  "/anggaran",
		"kinerja.indikator[1].tahun[0].target":        "/kinerja",
		"anggaran.perjanjian_kinerja.rincian[2].pagu": "",
		"identitas.tanda_tangan[1].pangkat":           "",
		"":                                            "",
	} {
		if got := halamanJalur(path); got != want {
			t.Errorf("halamanJalur(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestEkspor(t *testing.T) {
	toko, _, _ := tokoUji(t)
	if _, _, err := toko.Ekspor(); err == nil {
		t.Error("Ekspor without a document: no error")
	}
	toko.MuatContoh()
	nama, data, err := toko.Ekspor()
	if err != nil {
		t.Fatal(err)
	}
	if nama != "lkip-dinas-sosial-kabupaten-flores-timur-2022.json" {
		t.Errorf("file name %q", nama)
	}
	if _, err := lkip.Parse(data, nama); err != nil {
		t.Errorf("the exported file does not parse: %v", err)
	}
}

// TestIsiKinerja types a realisasi of an IKU: its capaian and predikat
// change at once, as kinerja computes them.
func TestIsiKinerja(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	h := toko.Kinerja
	var i, j int = -1, -1
	for k, hi := range h.Indikator {
		if s := hi.Pada(h.Tahun); hi.IKU && s != nil {
			i, j = k, s.Indeks
			break
		}
	}
	if i < 0 {
		t.Fatal("the sample has no IKU with data in its year")
	}
	f := Isian{
		Bagian: BagianKinerja, Path: "kinerja.indikator[i].tahun[j].realisasi", Jenis: anggaran.JenisPersen,
		Set: func(d *lkip.Dokumen, v *decimal.Decimal, teks string) {
			d.Kinerja.Indikator[i].Tahun[j].Realisasi = &kinerja.Angka{Nilai: *v, Teks: teks}
		},
	}
	toko.Isi(f, "42,5")
	want := laporanContoh(t, func(d *lkip.Dokumen) {
		d.Kinerja.Indikator[i].Tahun[j].Realisasi = &kinerja.Angka{Nilai: decimal.RequireFromString("42.5"), Teks: "42,5"}
	})
	got, exp := toko.Kinerja.Indikator[i].Pada(h.Tahun), want.Kinerja.Indikator[i].Pada(h.Tahun)
	if diff := cmp.Diff(exp.Capaian, got.Capaian); diff != "" || got.Predikat != exp.Predikat {
		t.Errorf("capaian after typing (-want +got):\n%s\npredikat %q, want %q", diff, got.Predikat, exp.Predikat)
	}
}

// TestContohAwal: with ContohAwal, a browser without documents starts on the
// sample (and keeps it); one that has documents opens its own, and without
// ContohAwal an empty browser stays empty.
func TestContohAwal(t *testing.T) {
	for _, c := range []struct {
		nama       string
		contohAwal bool
		adaDokumen bool
		wantNama   string // document active after Mulai; "" for none
	}{
		{"kosong, contoh", true, false, "contoh"},
		{"kosong, tanpa contoh", false, false, ""},
		{"ada dokumen, contoh", true, true, "sendiri"},
	} {
		t.Run(c.nama, func(t *testing.T) {
			g := simpan.NewMemori()
			if c.adaDokumen {
				pertama := NewToko(g)
				pertama.tundaFn = func(_ time.Duration, f func()) { f() }
				pertama.Mulai()
				d := lkip.Contoh()
				d.Identitas.Dinas = "Dinas Sendiri"
				pertama.tambah(d, "")
				pertama.SimpanSekarang(nil)
			}
			toko := NewToko(g)
			toko.ContohAwal = c.contohAwal
			toko.tundaFn = func(_ time.Duration, f func()) { f() }
			toko.Mulai()
			switch {
			case c.wantNama == "" && toko.Dok != nil:
				t.Fatalf("an empty browser got a document: %q", toko.Dok.Identitas.Dinas)
			case c.wantNama == "contoh" && (toko.Dok == nil || toko.Dok.Identitas.Dinas != lkip.Contoh().Identitas.Dinas):
				t.Fatalf("the sample was not loaded into an empty browser (pesan %q, galat %q)", toko.Pesan, toko.Galat)
			case c.wantNama == "sendiri" && (toko.Dok == nil || toko.Dok.Identitas.Dinas != "Dinas Sendiri"):
				t.Fatalf("the browser's own document was not opened")
			}
			if c.wantNama == "contoh" && len(toko.Daftar) != 1 {
				t.Errorf("documents kept = %d, want the sample alone", len(toko.Daftar))
			}
		})
	}
}
