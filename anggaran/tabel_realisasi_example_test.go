package anggaran_test

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
)

// ExamplePohon_Tabel lays out the realisation table (Tabel 3.2) once, as
// columns and rows of text, for a renderer of one's own: the LKIP report and
// RenderMarkdown print these cells.
func ExamplePohon_Tabel() {
	a, _ := anggaran.ParseJSON([]byte(`{"urusan_bidang": "1.06", "rincian": [
		{"kode": "7 2 1 2", "uraian": "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "pagu": "8.000.000", "realisasi": "7.593.000", "fisik": "100"}],
		"jumlah": {"uraian": "JUMLAH BELANJA LANGSUNG"}}`), "")
	p := a.Compute(anggaran.Opsi{})
	t := p.Tabel()
	for _, k := range t.Kolom {
		fmt.Printf("%s (angka %v)\n", k.Judul, k.Angka)
	}
	for _, b := range append(t.Badan, t.Kaki...) {
		fmt.Printf("%-12s tebal %-5v %s\n", p.Baris(b.Indeks).Jenjang, b.Tebal, strings.Join(b.Sel, " | "))
	}
	// Output:
	// KODE REKENING (angka false)
	// URAIAN ORGANISASI, PROGRAM DAN KEGIATAN (angka false)
	// JUMLAH ANGGARAN (Rp) (angka true)
	// REALISASI KEUANGAN (Rp) (angka true)
	// REALISASI KEUANGAN (%) (angka true)
	// REALISASI FISIK (%) (angka true)
	// program      tebal true  7 | Program Pengelolaan Taman Makam Pahlawan | 8.000.000 | 7.593.000 | 94,91 | 100,00
	// kegiatan     tebal false 7 2 1 | Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota | 8.000.000 | 7.593.000 | 94,91 | 100,00
	// sub kegiatan tebal false 7 2 1 2 | Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota | 8.000.000 | 7.593.000 | 94,91 | 100,00
	// jumlah       tebal true  JUMLAH BELANJA LANGSUNG | 8.000.000 | 7.593.000 | 94,91 | 100,00
}
