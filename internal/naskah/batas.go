package naskah

import "fmt"

// Limits of the files a user gives other than one data file (whose own
// limit is [MaksUkuran]); each kind of file has one, documented here and
// in the README, and the PWA checks a chosen file's size against it before
// it reads a byte. A budget CSV (anggaran.MaksCSV), a printed Tabel 3.1
// (kinerja.MaksTabel31) and a spreadsheet to import (lkip/impor.MaksBerkas)
// have the data file's limit, 32 MiB.
const (
	// MaksArsip is the largest ZIP archive of data files read, in bytes,
	// and the most its data files may hold together uncompressed, and the
	// most the files chosen together in the PWA may hold (256 MiB: the
	// data files of every dinas of a kabupaten, 40 × well under 1 MiB,
	// hold a few MiB).
	MaksArsip = 256 << 20
	// MaksIsiArsip is the most entries a ZIP archive of data files may
	// have.
	MaksIsiArsip = 2000
)

// TerlaluBesar returns the error for the file nama of ukuran bytes, larger
// than batas bytes, for a kind of file named jenis ("berkas data (JSON)"),
// in Bahasa Indonesia: the file, its size and the limit.
func TerlaluBesar(nama string, ukuran, batas int64, jenis string) error {
	u, b := Ukuran(ukuran), Ukuran(batas)
	if u == b { // just over the limit: say by how much
		u = fmt.Sprintf("%s lebih %d byte", b, ukuran-batas)
	}
	return fmt.Errorf("berkas %s berukuran %s, lebih besar dari batas %s untuk %s", nama, u, b, jenis)
}

// Ukuran writes a size in bytes as staff read it: "32 MiB", "1,5 MiB",
// "700 KB", "12 byte".
func Ukuran(n int64) string {
	switch {
	case n >= 1<<20:
		persepuluh := (n*10 + 1<<19) >> 20 // tenths of a MiB, rounded half up
		if persepuluh%10 == 0 {
			return fmt.Sprintf("%d MiB", persepuluh/10)
		}
		return fmt.Sprintf("%d,%d MiB", persepuluh/10, persepuluh%10)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", (n+1<<9)>>10)
	}
	return fmt.Sprintf("%d byte", n)
}
