package kinerja_test

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/kinerja"
)

// ExampleHasil_Tabel31 lays out Tabel 3.1 once, as columns and rows of
// text, without the column of the realisasi the formula parts imply (as a
// printed LKIP): the LKIP report and RenderTabelCapaian print these cells.
func ExampleHasil_Tabel31() {
	d, _ := kinerja.Parse([]byte(bagian))
	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, nil)
	t := h.Tabel31(d, false)
	var judul []string
	for _, k := range t.Kolom {
		judul = append(judul, k.Judul)
	}
	fmt.Println(strings.Join(judul, " | "))
	for _, b := range append(t.Badan, t.Kaki...) {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%d %v %s", b.Rentang, b.Tebal, strings.Join(b.Sel[:min(len(b.Sel), 7)], " | "))))
	}
	// Output:
	// No. | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Capaian | Predikat | Rumus
	// 1 false 1. | Meningkatnya kesejahteraan sosial PMKS | Persentase PMKS yang memperoleh bantuan sosial | 65,65% | 107,9% | 164,36% | Sangat Tinggi
	// 1 false  |  | Angka stunting | 20% | 0% | 200,00% | Sangat Tinggi
	// 5 false Rata-rata capaian sasaran: Meningkatnya kesejahteraan sosial PMKS | 182,18% | Sangat Tinggi |
	// 5 true Rata-rata capaian seluruh IKU | 182,18% | Sangat Tinggi |
}
