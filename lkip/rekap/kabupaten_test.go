package rekap_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/gen/kabupaten"
	"github.com/pemkab/sakip/internal/txtar"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/lkip/rekap"
	"github.com/shopspring/decimal"
)

var update = flag.Bool("update", false, "rewrite the generated kabupaten and the golden files")

const dirKabupaten = "testdata/kabupaten"

// TestKabupatenTerkini: the committed files of testdata/kabupaten are what
// the generator makes (-update rewrites them), and they stay small.
func TestKabupatenTerkini(t *testing.T) {
	bs, _ := kabupaten.Buat(kabupaten.Opsi{})
	if *update {
		os.RemoveAll(dirKabupaten)
		if err := os.MkdirAll(dirKabupaten, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, b := range bs {
			if err := os.WriteFile(filepath.Join(dirKabupaten, b.Nama), b.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	ada, _ := filepath.Glob(filepath.Join(dirKabupaten, "*.json"))
	if len(ada) != len(bs) || len(bs) != 40 {
		t.Fatalf("%d berkas di %s, generator membuat %d (ingin 40); jalankan dengan -update", len(ada), dirKabupaten, len(bs))
	}
	total := 0
	for _, b := range bs {
		got, err := os.ReadFile(filepath.Join(dirKabupaten, b.Nama))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, b.Data) {
			t.Errorf("%s berbeda dari keluaran generator; jalankan dengan -update", b.Nama)
		}
		total += len(got)
	}
	if total > 2<<20 {
		t.Errorf("berkas kabupaten %d byte, batasnya 2 MB", total)
	}
}

// tercetak is the kabupaten's total as a planted printed figure: the
// test's APBD says 1 milyar more than the dinas add up to.
var tercetak = &rekap.Tercetak{Sumber: "Perda APBD 2024", Pagu: anggaran.Ada(decimal.RequireFromString("305887124000"))}

func rekapKabupaten(t testing.TB) *rekap.Rekap {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dirKabupaten, "*.json"))
	slices.Sort(files)
	p := rekap.New(rekap.Opsi{Tercetak: tercetak})
	for _, f := range files {
		if err := p.TambahBerkas(f); err != nil {
			t.Fatal(err)
		}
	}
	return p.Rekap()
}

// TestKabupatenTanaman lists each planted mistake of the generated
// kabupaten with the finding (code) or attention reason the rekap must
// give for its file.
func TestKabupatenTanaman(t *testing.T) {
	tanaman := []struct {
		kesalahan, berkas, kode string
	}{
		{"sub kegiatan Dinas Kesehatan juga di tabel RSUD", "03-rumah-sakit-umum-daerah.json", rekap.TemuanSubKegiatanGanda},
		{"program urusan PU (1.03.09) di Dinas Sosial", "09-dinas-sosial.json", rekap.TemuanUrusan},
		{"jumlah Tabel 3.2 tercetak berbeda dari jumlah rinciannya", "14-dinas-lingkungan-hidup.json", rekap.AlasanKesalahan},
		{"dua berkas untuk dinas yang sama", "18-dinas-perhubungan.salinan.json", rekap.TemuanDinasGanda},
		{"capaian IKU jauh di bawah 100%", "20-dinas-koperasi-dan-usaha-kecil-menengah.json", rekap.AlasanCapaian},
		{"dokumen baru separuh diisi", "24-dinas-perpustakaan.json", rekap.AlasanBelum},
		{"serapan sangat rendah", "26-dinas-perikanan.json", rekap.AlasanSerapan},
		{"berkas tahun sebelumnya", "27-dinas-pariwisata.json", rekap.TemuanTahun},
		{"capaian IKU jauh di atas 100%", "28-dinas-pertanian.json", rekap.AlasanCapaianAtas},
	}
	// The generator's own list is this table.
	_, gen := kabupaten.Buat(kabupaten.Opsi{})
	var dariGen [][3]string
	for _, g := range gen {
		dariGen = append(dariGen, [3]string{g.Kesalahan, g.Berkas, g.Kode})
	}
	var dariTabel [][3]string
	for _, x := range tanaman {
		dariTabel = append(dariTabel, [3]string{x.kesalahan, x.berkas, x.kode})
	}
	if diff := cmp.Diff(dariTabel, dariGen); diff != "" {
		t.Errorf("daftar tanaman generator berbeda dari tabel tes (-tes +generator):\n%s", diff)
	}
	r := rekapKabupaten(t)
	dinas := map[string]string{}
	for _, b := range r.Baris {
		dinas[filepath.Base(b.Berkas)] = b.Dinas
	}
	for _, x := range tanaman {
		ditemukan := false
		for _, tm := range r.Temuan {
			if tm.Kode == x.kode && strings.Contains(lkip.BarisTemuan(tm), dinas[x.berkas]) {
				ditemukan = true
			}
		}
		for _, b := range r.Baris {
			if filepath.Base(b.Berkas) != x.berkas {
				continue
			}
			for _, a := range b.Perhatian {
				if a.Kode == x.kode {
					ditemukan = true
				}
			}
		}
		if !ditemukan {
			t.Errorf("tanaman %q (%s) tidak ditemukan sebagai %s", x.kesalahan, x.berkas, x.kode)
		}
	}
	// The printed kabupaten total, planted by the test.
	if !slices.ContainsFunc(r.Temuan, func(tm anggaran.Temuan) bool { return tm.Kode == rekap.TemuanJumlah }) {
		t.Error("jumlah APBD tercetak yang berbeda tidak ditemukan")
	}
	// Nothing else: every other dinas is clean, and each cross-dinas
	// finding is a planted one.
	for _, tm := range r.Temuan {
		if !slices.ContainsFunc(tanaman, func(x struct{ kesalahan, berkas, kode string }) bool { return x.kode == tm.Kode }) && tm.Kode != rekap.TemuanJumlah {
			t.Errorf("temuan yang tidak ditanam: %s", lkip.BarisTemuan(tm))
		}
	}
	// Dinas Kesehatan is named by the planted sub kegiatan of the RSUD;
	// the first file of Dinas Perhubungan is the original of the copy.
	for _, b := range r.Baris {
		if n := filepath.Base(b.Berkas); n == "02-dinas-kesehatan.json" {
			if len(b.Perhatian) != 1 || b.Perhatian[0].Kode != rekap.AlasanLintas {
				t.Errorf("%s: %v, ingin hanya %s", n, b.Perhatian, rekap.AlasanLintas)
			}
			continue
		}
		if len(b.Perhatian) > 0 && !slices.ContainsFunc(tanaman, func(x struct{ kesalahan, berkas, kode string }) bool { return x.berkas == filepath.Base(b.Berkas) }) {
			t.Errorf("%s perlu perhatian tanpa tanaman: %v", b.Berkas, b.Perhatian)
		}
	}
	if !r.Kesalahan() {
		t.Error("Rekap.Kesalahan() = false")
	}
}

// TestKabupatenGolden compares the outputs of the rekap of the generated
// kabupaten with testdata/kabupaten.txtar: rekap.md (files in order),
// perhatian.md (filtered to the dinas needing attention, sorted by serapan
// ascending) and rekap.json. -update rewrites them.
func TestKabupatenGolden(t *testing.T) {
	const golden = "testdata/kabupaten.txtar"
	r := rekapKabupaten(t)
	var md, js, ph, html bytes.Buffer
	if err := rekap.RenderMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if err := rekap.RenderJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	f := r.Saring(rekap.Saringan{Perhatian: true})
	if err := f.Urutkan(rekap.KolomSerapan, false); err != nil {
		t.Fatal(err)
	}
	if err := rekap.RenderMarkdown(&ph, f); err != nil {
		t.Fatal(err)
	}
	if err := rekap.RenderHTML(&html, r); err != nil {
		t.Fatal(err)
	}
	h := html.String()
	for _, x := range []string{"<svg", "Serapan anggaran per dinas", "Sebaran predikat", "Dinas Perikanan", "rekap/sub-kegiatan-ganda"} {
		if !strings.Contains(h, x) {
			t.Errorf("HTML tidak memuat %q", x)
		}
	}
	for _, x := range []string{"http://", "https://", "<script", "<link"} {
		if strings.Contains(strings.ReplaceAll(h, `xmlns="http://www.w3.org/2000/svg"`, ""), x) {
			t.Errorf("HTML tidak mandiri: memuat %q", x)
		}
	}
	keluaran := map[string][]byte{"rekap.md": md.Bytes(), "perhatian.md": ph.Bytes(), "rekap.json": js.Bytes()}
	raw, err := os.ReadFile(golden)
	if err != nil && !*update {
		t.Fatal(err)
	}
	a := txtar.Parse(raw)
	if *update {
		if len(a.Comment) == 0 {
			a.Comment = []byte("The rekap of the generated kabupaten (testdata/kabupaten, internal/gen/kabupaten),\nwith the APBD's printed pagu of Rp 305.887.124.000 (Opsi.Tercetak).\n")
		}
		for _, n := range []string{"rekap.md", "perhatian.md", "rekap.json"} {
			a.Set(n, keluaran[n])
		}
		if err := os.WriteFile(golden, txtar.Format(a), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for n, b := range keluaran {
		want, ok := a.File(n)
		if !ok {
			t.Errorf("%s tidak ada di %s", n, golden)
			continue
		}
		if diff := cmp.Diff(string(want), string(b)); diff != "" {
			t.Errorf("%s (-ingin +dapat):\n%s", n, diff)
		}
	}
}

// TestTambahSemua: the files read by several workers give the rekap that
// reading them one after the other gives, an unreadable one included.
func TestTambahSemua(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(dirKabupaten, "*.json"))
	slices.Sort(files)
	files = append(files[:20:20], append([]string{filepath.Join(dirKabupaten, "tidak-ada.json")}, files[20:]...)...)
	render := func(r *rekap.Rekap) string {
		var b bytes.Buffer
		if err := rekap.RenderJSON(&b, r); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	p := rekap.New(rekap.Opsi{})
	for _, f := range files {
		p.TambahBerkas(f)
	}
	ingin := render(p.Rekap())
	for _, n := range []int{0, 1, 2, 7} {
		q := rekap.New(rekap.Opsi{})
		err := q.TambahSemua(files, n)
		if err == nil || !strings.Contains(err.Error(), "tidak-ada.json") {
			t.Errorf("pekerja %d: galat %v", n, err)
		}
		if diff := cmp.Diff(ingin, render(q.Rekap())); diff != "" {
			t.Errorf("pekerja %d (-berurutan +serentak):\n%s", n, diff)
		}
	}
}
