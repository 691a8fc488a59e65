package ui

import (
	"archive/zip"
	"bytes"
	"path"
	"strings"
	"testing"

	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/wasm/simpan"
)

// TestLanjutkanToko: "Lanjutkan ke tahun berikutnya" stores next year's
// document as a new one and opens it, with lkip's notes; the old year's
// stored document is byte for byte unchanged; a second continuation to the
// same year asks first.
func TestLanjutkanToko(t *testing.T) {
	toko, g, _ := tokoUji(t)
	toko.MuatContoh()
	lamaID := toko.AktifID
	var lama []byte
	g.Baca(lamaID, func(b []byte, err error) { lama = b })
	toko.Lanjutkan()
	if toko.AktifID == lamaID || toko.Dok == nil || toko.Dok.Identitas.Tahun != 2023 {
		t.Fatalf("active document after Lanjutkan: %q, %+v", toko.AktifID, toko.Dok)
	}
	h := toko.LanjutAktif()
	if h == nil || h.Dari != "Dinas Sosial Kabupaten Flores Timur 2022" || h.Ke != "Dinas Sosial Kabupaten Flores Timur 2023" || len(h.Catatan) == 0 {
		t.Fatalf("HasilLanjut = %+v", h)
	}
	var list []simpan.Ringkasan
	g.Daftar(func(l []simpan.Ringkasan, err error) { list = l })
	if len(list) != 2 {
		t.Fatalf("%d stored documents, want 2", len(list))
	}
	var sesudah []byte
	g.Baca(lamaID, func(b []byte, err error) { sesudah = b })
	if !bytes.Equal(lama, sesudah) {
		t.Error("the old year's stored document changed")
	}
	var baru []byte
	g.Baca(toko.AktifID, func(b []byte, err error) { baru = b })
	d, err := lkip.Parse(baru, "baru.json")
	if err != nil || d.Identitas.Tahun != 2023 || d.Anggaran.Rincian[2].Pagu.Valid {
		t.Fatalf("stored new document: %v", err)
	}
	// Continue the 2022 document again: 2023 exists, so the user is asked.
	toko.Buka(lamaID)
	toko.Lanjutkan()
	if toko.Usulan == nil || !strings.Contains(toko.Usulan.Judul, "sudah menyimpan") {
		t.Fatalf("no question before a second 2023 document: %+v", toko.Usulan)
	}
	toko.BatalUsulan()
	g.Daftar(func(l []simpan.Ringkasan, err error) { list = l })
	if len(list) != 2 {
		t.Errorf("%d stored documents after cancelling, want 2", len(list))
	}
	// A document without a year cannot be continued, and says why.
	toko.Dok.Identitas.Tahun, toko.Dok.Kinerja.Tahun, toko.Dok.Anggaran.Tahun = 0, 0, 0
	toko.Lanjutkan()
	if !strings.Contains(toko.Galat, "tahun") {
		t.Errorf("no error for a document without a year: %q", toko.Galat)
	}
}

func buatZip(t *testing.T, files map[string][]byte, urutan []string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, n := range urutan {
		w, err := z.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(files[n])
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestImporZip: every data file of a ZIP archive becomes a document; a
// broken one is named with its error and the others are still imported;
// other files are named as skipped.
func TestImporZip(t *testing.T) {
	toko, g, _ := tokoUji(t)
	a, _ := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
	b, _ := lkip.Baru("Kabupaten Contoh", "Dinas Pendidikan", "1.01", 2024)
	ja, _ := a.Encode()
	jb, _ := b.Encode()
	files := map[string][]byte{
		"kab/dinkes.json":   ja,
		"kab/rusak.json":    []byte(`{"versi": 1, "identitas": {"tahun": "dua ribu"}}`),
		"kab/disdik.json":   jb,
		"kab/catatan.txt":   []byte("bukan data"),
		"__MACOSX/._x.json": []byte("x"),
	}
	data := buatZip(t, files, []string{"kab/dinkes.json", "kab/rusak.json", "kab/disdik.json", "kab/catatan.txt", "__MACOSX/._x.json"})
	toko.MulaiImpor()
	toko.Impor("kabupaten.zip", data)
	var list []simpan.Ringkasan
	g.Daftar(func(l []simpan.Ringkasan, err error) { list = l })
	var nama []string
	for _, r := range list {
		nama = append(nama, r.Nama)
	}
	if len(list) != 2 {
		t.Fatalf("stored %v, want the 2 readable data files", nama)
	}
	for _, want := range []string{"kab/rusak.json", "kab/catatan.txt"} {
		if !strings.Contains(toko.Galat, want) {
			t.Errorf("error notice does not name %s:\n%s", want, toko.Galat)
		}
	}
	if strings.Contains(toko.Galat, "MACOSX") {
		t.Errorf("the __MACOSX copy is reported: %s", toko.Galat)
	}
	if !strings.Contains(toko.Pesan, "2 berkas data diimpor") || !strings.Contains(toko.Pesan, "1 lainnya tidak dapat diimpor") {
		t.Errorf("message %q", toko.Pesan)
	}
	// Not a ZIP after all: nothing is imported, the reason is given.
	toko.MulaiImpor()
	toko.Impor("rusak.zip", []byte("PK\x03\x04 bukan zip"))
	if !strings.Contains(toko.Galat, "rusak.zip") {
		t.Errorf("no error for a broken archive: %q", toko.Galat)
	}
}

// TestHalamanIsian: a progress item leads to the page that edits its
// field; a section without an editing page leads nowhere (no button).
func TestHalamanIsian(t *testing.T) {
	lama := Menu
	defer func() { Menu = lama }()
	Menu = nil
	for _, h := range lama {
		if !strings.HasPrefix(h.Jalur, "/isi") {
			Menu = append(Menu, h)
		}
	}
	tanpaIsi := Menu
	for _, c := range []struct{ path, want string }{
		{"anggaran.rincian[2].pagu", "/anggaran"},
		{"anggaran.rincian", "/anggaran"},
		{"anggaran.belanja[0].pagu", "/anggaran"},
		{"kinerja.indikator[0].tahun[2].target", "/kinerja"},
		{"kinerja.indikator", "/kinerja"},
		{"tanggapan", "/reviu"},
		{"identitas.kepala.nama", ""},
		{"", ""},
	} {
		if got := halamanIsian(c.path); got != c.want {
			t.Errorf("halamanIsian(%q) = %q, want %q", c.path, got, c.want)
		}
	}
	// With an editor page for all sections, the rest leads there.
	Menu = append(append([]Halaman(nil), tanpaIsi...), Halaman{Jalur: "/isi", Label: "Isi"})
	if got := halamanIsian("identitas.kepala.nama"); got != "/isi" {
		t.Errorf("with /isi: %q", got)
	}
	if got := halamanIsian("anggaran.rincian[2].pagu"); got != "/anggaran" {
		t.Errorf("with /isi, a budget field: %q", got)
	}
}

// FuzzImporZip feeds archives of arbitrary entries to the import: it never
// panics, every readable data file becomes a document and every other
// .json entry is named in the error notice.
func FuzzImporZip(f *testing.F) {
	d, _ := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
	j, _ := d.Encode()
	f.Add("a.json", j, "b.json", []byte(`{"versi": 1}`))
	f.Add("a.json", []byte(`{"versi": 1, "identitas": {"tahun": "x"}}`), "b.txt", []byte("x"))
	f.Add("../../a.json", []byte("\xff\xfe{"), "dir/", []byte(nil))
	f.Fuzz(func(t *testing.T, n1 string, d1 []byte, n2 string, d2 []byte) {
		if n1 == n2 {
			return
		}
		toko, g, _ := tokoUji(t)
		files := map[string][]byte{n1: d1, n2: d2}
		var b bytes.Buffer
		z := zip.NewWriter(&b)
		for _, n := range []string{n1, n2} {
			w, err := z.Create(n)
			if err != nil {
				return
			}
			w.Write(files[n])
		}
		if z.Close() != nil {
			return
		}
		toko.MulaiImpor()
		toko.Impor("arsip.zip", b.Bytes())
		var list []simpan.Ringkasan
		g.Daftar(func(l []simpan.Ringkasan, err error) { list = l })
		bisa := 0
		for _, n := range []string{n1, n2} {
			if strings.HasSuffix(strings.ToLower(n), ".json") && !strings.HasPrefix(n, "__MACOSX/") && !strings.HasPrefix(path.Base(n), ".") && !strings.HasSuffix(n, "/") {
				if _, err := lkip.Parse(files[n], path.Base(n)); err == nil {
					bisa++
				} else if !strings.Contains(toko.Galat, n) {
					t.Errorf("the unreadable %q is not named: %q", n, toko.Galat)
				}
			}
		}
		if len(list) != bisa {
			t.Errorf("%d documents stored, %d readable data files", len(list), bisa)
		}
	})
}

// TestImporBanyakPerbarui: files of dinas the browser already holds, chosen
// together again (last week's kabupaten, updated), update their documents
// when the user agrees, each keeping its former version in its history;
// the others are added. "Jadikan dokumen baru" adds them all instead.
func TestImporBanyakPerbarui(t *testing.T) {
	toko, g, _ := tokoUji(t)
	enc := func(d *lkip.Dokumen) []byte {
		b, err := d.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	dinkes, _ := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
	disdik, _ := lkip.Baru("Kabupaten Contoh", "Dinas Pendidikan", "1.01", 2024)
	toko.ImporBanyak([]string{"kab.zip"}, [][]byte{buatZip(t, map[string][]byte{"dinkes.json": enc(dinkes), "disdik.json": enc(disdik)}, []string{"dinkes.json", "disdik.json"})})
	daftar := func() []simpan.Ringkasan {
		var list []simpan.Ringkasan
		g.Daftar(func(l []simpan.Ringkasan, err error) { list = l })
		return list
	}
	if n := len(daftar()); n != 2 || toko.Usulan != nil {
		t.Fatalf("first import: %d documents, question %+v", n, toko.Usulan)
	}
	idDinkes := ""
	for _, r := range daftar() {
		if r.Nama == "Dinas Kesehatan Kabupaten Contoh 2024" {
			idDinkes = r.ID
		}
	}
	dinkes.Identitas.Alamat = "Jl. Kesehatan 1"
	dinsos, _ := lkip.Baru("Kabupaten Contoh", "Dinas Sosial", "1.06", 2024)
	toko.ImporBanyak([]string{"dinkes.json", "dinsos.json"}, [][]byte{enc(dinkes), enc(dinsos)})
	u := toko.Usulan
	if u == nil || !strings.Contains(u.Judul, "1 berkas sama") || !strings.Contains(strings.Join(u.Rincian, "\n"), "dinkes.json → Dinas Kesehatan Kabupaten Contoh 2024") {
		t.Fatalf("no question about the document already held: %+v", u)
	}
	toko.TerimaUsulan()
	list := daftar()
	if len(list) != 3 {
		t.Fatalf("%d documents after updating one and adding one, want 3", len(list))
	}
	var data []byte
	g.Baca(idDinkes, func(b []byte, err error) { data = b })
	d, err := lkip.Parse(data, "dinkes.json")
	if err != nil || d.Identitas.Alamat != "Jl. Kesehatan 1" {
		t.Fatalf("the held document is not updated: %v", err)
	}
	var riwayat []simpan.Versi
	g.Riwayat(idDinkes, func(v []simpan.Versi, err error) { riwayat = v })
	if len(riwayat) != 1 || riwayat[0].Alasan != "Sebelum impor dinkes.json" {
		t.Errorf("history of the updated document: %+v", riwayat)
	}
	if !strings.Contains(toko.Pesan, "1 dokumen diperbarui") || !strings.Contains(toko.Pesan, "1 ditambahkan") {
		t.Errorf("message %q", toko.Pesan)
	}
	// Once more, as new documents.
	toko.ImporBanyak([]string{"dinkes.json"}, [][]byte{enc(dinkes)})
	if toko.Usulan == nil {
		t.Fatal("no question the second time")
	}
	toko.UsulanBaru()
	if n := len(daftar()); n != 4 {
		t.Errorf("%d documents after adding as new, want 4", n)
	}
}
