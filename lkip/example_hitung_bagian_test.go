package lkip_test

import (
	"fmt"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

// An editor recomputes, on each keystroke in a budget figure, only the
// sections the edit changes, in the library's order: the budget tree, then
// the scores, whose efficiency reads budget figures from it.
func ExampleComputeAnggaran() {
	d := lkip.Contoh()
	o := lkip.DefaultOpsi()
	show := func() {
		pohon, _ := lkip.ComputeAnggaran(d, o)
		k := lkip.ComputeKinerja(d, o, pohon)
		e := k.Sasaran[0].Efisiensi
		fmt.Println("realisasi", pohon.Jumlah().Realisasi.Decimal, "-", k.Sasaran[0].ID, "penyerapan", e.Penyerapan, "selisih", e.Selisih, e.Kelas)
	}
	show()
	for i := range d.Anggaran.Rincian {
		d.Anggaran.Rincian[i].Realisasi = anggaran.AdaRupiah(anggaran.Rupiah{})
	}
	show()
	// Output:
	// realisasi 9250672850 - SS1 penyerapan 99.24 selisih 225.31 efisien
	// realisasi 0 - SS1 penyerapan 0 selisih 324.55 efisien
}
