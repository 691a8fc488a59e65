package ui

import (
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/wasm/simpan"
)

// TestBuatBaru: the "Dokumen baru" form makes a new stored document with
// lkip.Baru and opens it; what is missing is said, nothing is stored.
func TestBuatBaru(t *testing.T) {
	toko, g, tunda := tokoUji(t)
	for _, tc := range []struct{ pemda, dinas, bidang, tahun, galat string }{
		{"", "Dinas Kesehatan", "1.02", "2024", "Nama pemda belum diisi"},
		{"Kabupaten Sikka", "Dinas Kesehatan", "", "2024", "Kode urusan/bidang"},
		{"Kabupaten Sikka", "Dinas Kesehatan", "1.02", "dua ribu", "Tahun harus berupa angka"},
	} {
		err := toko.BuatBaru(tc.pemda, tc.dinas, tc.bidang, tc.tahun)
		if err == nil || !strings.Contains(err.Error(), tc.galat) {
			t.Errorf("BuatBaru(%q, %q, %q, %q) = %v, want %q", tc.pemda, tc.dinas, tc.bidang, tc.tahun, err, tc.galat)
		}
	}
	if err := toko.BuatBaru("Kabupaten Sikka", "Dinas Kesehatan", "1.02", "2024"); err != nil {
		t.Fatal(err)
	}
	jalankan(tunda)
	var list []simpan.Ringkasan
	g.Daftar(func(l []simpan.Ringkasan, err error) { list = l })
	if len(list) != 1 || list[0].Nama != "Dinas Kesehatan Kabupaten Sikka 2024" {
		t.Fatalf("stored documents = %+v", list)
	}
	if toko.Dok == nil || toko.Dok.Kinerja.Bidang != "1.02" {
		t.Fatalf("the new document is not open: %+v", toko.Dok)
	}
}

// TestSuntingToko: an edit of the Isi page goes through lkip, replaces the
// active document, is recomputed and saved; a refused one changes nothing
// and names the row.
func TestSuntingToko(t *testing.T) {
	toko, g, tunda := tokoUji(t)
	if err := toko.BuatBaru("Kabupaten Sikka", "Dinas Kesehatan", "1.02", "2024"); err != nil {
		t.Fatal(err)
	}
	jalankan(tunda)
	lama := toko.Dok
	if err := toko.Sunting(func(d *lkip.Dokumen) (*lkip.Dokumen, error) { return d.TambahButir("kinerja.indikator", -1) }); err != nil {
		t.Fatal(err)
	}
	if err := toko.IsiNilai("kinerja.indikator[0].nama", "Prevalensi balita stunting"); err != nil {
		t.Fatal(err)
	}
	if len(lama.Kinerja.Indikator) != 0 {
		t.Error("the document before the edit was changed")
	}
	if got := toko.Lap.Kinerja.Indikator[0].Nama; got != "Prevalensi balita stunting" {
		t.Errorf("the report shows %q", got)
	}
	err := toko.IsiNilai("kinerja.indikator[0].target_akhir", "12,3,4")
	if err == nil || !strings.HasPrefix(pesanSunting(err), "Indikator 1 \u201cPrevalensi balita stunting\u201d, Target akhir Renstra:") {
		t.Errorf("a refused figure: %v", err)
	}
	jalankan(tunda)
	var data []byte
	g.Baca(toko.AktifID, func(b []byte, err error) { data = b })
	d, err := lkip.Parse(data, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Kinerja.Indikator[0].Nama; got != "Prevalensi balita stunting" {
		t.Errorf("stored indicator %q", got)
	}
}

// TestIsiHalaman renders every section of the Isi page on the sample: each
// list's add button or picker, no field without its label.
func TestIsiHalaman(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	for _, b := range DaftarBagianIsi {
		p := &Isi{dasar: dasar{Toko: toko}, bagian: b.ID}
		html := render(t, p)
		if !strings.Contains(html, `id="judul-bagian"`) || !strings.Contains(html, ">"+strings.ReplaceAll(b.Label, "&", "&amp;")+"<") {
			t.Errorf("%s: no section heading", b.ID)
		}
		if strings.Count(html, "<input")+strings.Count(html, "<select")+strings.Count(html, "<textarea") > strings.Count(html, "<label")+1 {
			t.Errorf("%s: a field without its label", b.ID)
		}
	}
	p := &Isi{dasar: dasar{Toko: toko}, bagian: "anggaran"}
	p.siapkan()
	p.cari["anggaran.rincian"] = "gizi masyarakat"
	if html := render(t, p); !strings.Contains(html, `id="pilih:anggaran.rincian:1.02.02.2.02.15"`) {
		t.Error("the nomenclature picker does not offer 1.02.02.2.02.15 for \"gizi masyarakat\"")
	}
}

// TestIsiTuju: a link to a field (Toko.Tuju, as a finding or the progress
// page sets it) opens its section and the items above it.
func TestIsiTuju(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	toko.Tuju = "kinerja.indikator[2].tahun[1].realisasi"
	html := render(t, &Isi{dasar: dasar{Toko: toko}})
	if !strings.Contains(html, `id="f:kinerja.indikator[2].tahun[1].realisasi"`) {
		t.Error("the field the link points at is not drawn")
	}
}

// TestIsiTanggapan: an advisory finding of the reviu is answered from the
// Isi page with its code and path filled in, and moves to the answered.
func TestIsiTanggapan(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	p := &Isi{dasar: dasar{Toko: toko}, bagian: "tanggapan"}
	html := render(t, p)
	var tm *struct{ kode, path string }
	for _, x := range toko.Lap.Temuan {
		if x.Tingkat != anggaran.Kesalahan && x.Lokasi.Path != "" {
			tm = &struct{ kode, path string }{x.Kode, x.Lokasi.Path}
			break
		}
	}
	if tm == nil || !strings.Contains(html, `id="tanggapi:`) {
		t.Fatal("no advisory finding offered for a response")
	}
	sebelum := len(toko.Lap.Ditanggapi)
	n := len(toko.Dok.Tanggapan)
	p.tambah("tanggapan", n, map[string]string{"kode": tm.kode, "path": tm.path})
	if p.galat["tanggapan"] == "" {
		t.Error("a response without its text was accepted")
	}
	p.tambah("tanggapan", n, map[string]string{"kode": tm.kode, "path": tm.path, "tanggapan": "Sudah dijelaskan di Bab III."})
	if g := p.galat["tanggapan"]; g != "" {
		t.Fatal(g)
	}
	if got := toko.Dok.Tanggapan[n].Kode; got != tm.kode {
		t.Errorf("response to %q, want %q", got, tm.kode)
	}
	if got := len(toko.Lap.Ditanggapi); got != sebelum+1 {
		t.Errorf("%d findings answered, want %d", got, sebelum+1)
	}
}
