package lkip_test

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/lkip"
)

// A new document for one dinas and year, and what it still lacks.
func ExampleBaru() {
	d, err := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2025)
	if err != nil {
		fmt.Println(err)
		return
	}
	l, _ := lkip.Compute(d, lkip.DefaultOpsi())
	k := l.Kelengkapan()
	fmt.Println(d.Identitas.Kepala.Jabatan)
	fmt.Println("lengkap:", k.Lengkap(), k.Persen(), "%")
	fmt.Println(k.Kurang()[0])
	// Output:
	// Kepala Dinas Kesehatan Kabupaten Contoh
	// lengkap: false 14 %
	// Identitas: alamat kantor
}

// Next year's document from the sample (2022): the same IKU, this year's
// realisasi kept for the comparison, the budget rows without amounts.
func ExampleDokumen_Lanjutkan() {
	d := lkip.Contoh()
	n, catatan, err := d.Lanjutkan()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Identitas.Tahun, "→", n.Identitas.Tahun)
	fmt.Println(len(n.Kinerja.Indikator) == len(d.Kinerja.Indikator))
	fmt.Println(n.Anggaran.Rincian[2].Pagu.Valid, n.Anggaran.Rincian[2].Realisasi.Valid)
	for _, c := range catatan {
		if strings.HasPrefix(c, "Target") {
			fmt.Println(c[:38])
		}
	}
	// Output:
	// 2022 → 2023
	// true
	// false false
	// Target tahun 2023 belum ada di Renstra
}

// The progress view of a half-filled document, section by section.
func ExampleLaporan_Kelengkapan() {
	d := &lkip.Dokumen{Identitas: lkip.Identitas{Pemda: "Kabupaten Contoh", Dinas: "Dinas Sosial", Tahun: 2024}}
	l, _ := lkip.Compute(d, lkip.DefaultOpsi())
	for _, b := range l.Kelengkapan().Bagian[:3] {
		n, m := b.Terisi()
		fmt.Printf("%s: %d dari %d\n", b.Judul, n, m)
	}
	// Output:
	// Identitas: 3 dari 8
	// Bab I Profil: 0 dari 7
	// Bab II Rencana Strategis: 0 dari 7
}

// The missing items of a half-filled document as catatan of the reviu.
func ExampleKelengkapan_Temuan() {
	d, _ := lkip.Baru("Kabupaten Contoh", "Dinas Sosial", "1.06", 2024)
	l, _ := lkip.Compute(d, lkip.DefaultOpsi())
	ts := l.Kelengkapan().Temuan()
	fmt.Println(len(ts), "hal belum diisi; yang pertama:")
	fmt.Println(lkip.BarisTemuan(ts[0]))
	// Output:
	// 29 hal belum diisi; yang pertama:
	// catatan [lkip/belum-diisi] identitas.alamat: Identitas: alamat kantor belum diisi
}
