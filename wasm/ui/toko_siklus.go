package ui

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/lkip"
)

// This file holds the store's part of the LKIP cycle: next year's document
// from this year's ("Lanjutkan ke tahun berikutnya") and the import of a
// ZIP archive of data files (the dinas of a kabupaten, for the rekap).

// HasilLanjut is what the last "Lanjutkan ke tahun berikutnya" did, shown
// while the new document is the active one.
type HasilLanjut struct {
	Dari, Ke string // names of the old and the new document
	// Catatan are lkip's notes: what was carried over, what was emptied,
	// what staff must fill in ([lkip.Dokumen.Lanjutkan]).
	Catatan []string
	dok     *lkip.Dokumen // the new document
}

// LanjutAktif returns the result of the last continuation while its new
// document is the active one, else nil.
func (t *Toko) LanjutAktif() *HasilLanjut {
	if t.Lanjut != nil && t.Dok != nil && t.Lanjut.dok == t.Dok {
		return t.Lanjut
	}
	return nil
}

// TahunBerikutnya returns the year the active document would be continued
// to, 0 when it has no year (it cannot be continued).
func (t *Toko) TahunBerikutnya() int {
	if t.Dok == nil {
		return 0
	}
	tahun := t.Dok.Identitas.Tahun
	if tahun == 0 && t.Dok.Kinerja != nil {
		tahun = t.Dok.Kinerja.Tahun
	}
	if tahun == 0 {
		return 0
	}
	return tahun + 1
}

// Lanjutkan makes next year's document from the active one with
// lkip.Dokumen.Lanjutkan, stores it as a NEW document and opens it; the
// active document is saved first and is not changed. When the browser
// already holds a document of that name (dinas, pemda, year), the user is
// asked first.
func (t *Toko) Lanjutkan() {
	if t.Dok == nil {
		t.galat("Belum ada dokumen untuk dilanjutkan ke tahun berikutnya.")
		return
	}
	t.SimpanSekarang(func() {
		if t.Dok == nil {
			return
		}
		n, catatan, err := t.Dok.Lanjutkan()
		if err != nil {
			t.MulaiImpor()
			t.galat(kapital(err.Error()) + ".")
			return
		}
		lama, baru := namaDokumen(t.Dok), namaDokumen(n)
		buat := func() {
			t.MulaiImpor()
			t.Lanjut = &HasilLanjut{Dari: lama, Ke: baru, Catatan: catatan, dok: n}
			t.tambah(n, "Dokumen \""+baru+"\" dibuat dari \""+lama+"\" dan dibuka; dokumen \""+lama+"\" tidak diubah.")
		}
		for _, r := range t.Dokumen() {
			if r.Nama == baru {
				t.MulaiImpor()
				t.Usulan = &Usulan{
					Judul:    "Browser ini sudah menyimpan dokumen \"" + baru + "\".",
					Rincian:  []string{"Dokumen yang sudah ada tidak diubah; yang baru dibuat dari \"" + lama + "\" di sampingnya."},
					Terima:   "Tetap buat dokumen baru",
					Menambah: true,
					terima:   buat,
				}
				return
			}
		}
		buat()
	})
}

// Limits of an imported ZIP archive: entries, and bytes of one entry
// uncompressed (the data file's own limit, 32 MiB).
const (
	batasIsiZip    = 2000
	batasUkuranZip = 32 << 20
)

// arsipZip reports whether a chosen file is a ZIP archive: by extension,
// else by its signature.
func arsipZip(nama string, data []byte) bool {
	return strings.HasSuffix(strings.ToLower(nama), ".zip") || bytes.HasPrefix(data, []byte("PK\x03\x04"))
}

// imporZip imports every data file (.json) of a ZIP archive as a new
// document, as if chosen one by one. A file that cannot be read is named
// with its error and the others are still imported; files that are not
// data files (other extensions, folders, the __MACOSX copies) are named
// as skipped.
func (t *Toko) imporZip(nama string, data []byte) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.galat("Arsip " + nama + " tidak dapat dibuka sebagai ZIP; tidak ada yang diimpor. " + err.Error())
		return
	}
	if len(z.File) > batasIsiZip {
		t.galat(fmt.Sprintf("Arsip %s memuat %d berkas, lebih dari %d; tidak ada yang diimpor. Bagi arsipnya.", nama, len(z.File), batasIsiZip))
		return
	}
	type dok struct {
		nama string
		d    *lkip.Dokumen
	}
	var siap []dok
	var lewat []string
	gagal := 0
	for _, f := range z.File {
		base := path.Base(f.Name)
		switch {
		case f.FileInfo().IsDir():
			continue
		case strings.HasPrefix(f.Name, "__MACOSX/") || strings.HasPrefix(base, "."):
			continue
		case !strings.HasSuffix(strings.ToLower(base), ".json"):
			lewat = append(lewat, f.Name)
			continue
		}
		isi, err := bacaZip(f)
		if err != nil {
			gagal++
			t.galat("Arsip " + nama + ", berkas " + f.Name + " tidak dapat diimpor: " + err.Error())
			continue
		}
		d, err := lkip.Parse(isi, base)
		if err != nil {
			gagal++
			t.galat("Arsip " + nama + ", berkas " + f.Name + " tidak dapat diimpor: " + err.Error())
			continue
		}
		siap = append(siap, dok{f.Name, d})
	}
	if len(lewat) > 0 {
		t.galat("Arsip " + nama + ": " + strconv.Itoa(len(lewat)) + " berkas bukan berkas data (.json) dan dilewati: " + strings.Join(pertama(lewat, 5), ", ") + lainnya(len(lewat), 5) + ".")
	}
	if len(siap) == 0 {
		t.galat("Arsip " + nama + " tidak memuat berkas data yang dapat diimpor.")
		return
	}
	pesan := fmt.Sprintf("Arsip %s: %d berkas data diimpor sebagai dokumen baru", nama, len(siap))
	if gagal > 0 {
		pesan += fmt.Sprintf("; %d tidak dapat diimpor (lihat keterangan di atas)", gagal)
	}
	for i, x := range siap {
		p := ""
		if i == len(siap)-1 {
			p = pesan + "."
		}
		t.tambah(x.d, p)
	}
}

// bacaZip reads one entry of an archive, refusing one larger than
// batasUkuranZip uncompressed.
func bacaZip(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > batasUkuranZip {
		return nil, fmt.Errorf("berkas %s lebih dari %d MiB", f.Name, batasUkuranZip>>20)
	}
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, batasUkuranZip+1))
	if err != nil {
		return nil, err
	}
	if len(b) > batasUkuranZip {
		return nil, fmt.Errorf("berkas %s lebih dari %d MiB", f.Name, batasUkuranZip>>20)
	}
	return b, nil
}

func pertama(xs []string, n int) []string {
	if len(xs) > n {
		return xs[:n]
	}
	return xs
}

func lainnya(n, batas int) string {
	if n > batas {
		return fmt.Sprintf(" dan %d lainnya", n-batas)
	}
	return ""
}
