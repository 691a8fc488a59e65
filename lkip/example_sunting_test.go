package lkip_test

import (
	"fmt"

	"github.com/pemkab/sakip/lkip"
)

// A new document is filled in by structural edits and field edits, each
// returning a new document; a mistake is refused with the row named.
func ExampleDokumen_TambahButir() {
	d, _ := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
	d, _ = d.TambahButir("kinerja.sasaran", -1)
	d, _ = d.IsiNilai("kinerja.sasaran[0].uraian", "Meningkatnya derajat kesehatan masyarakat")
	d, _ = d.TambahButir("kinerja.indikator", -1)
	d, _ = d.IsiNilai("kinerja.indikator[0].nama", "Persentase balita stunting")
	d, _ = d.IsiNilai("kinerja.indikator[0].sasaran", "SS1")
	d, _ = d.TambahButir("kinerja.indikator[0].tahun", -1)
	d, _ = d.TambahButirIsi("anggaran.rincian", -1, map[string]string{"kode": "1.02.02", "uraian": "PROGRAM PEMENUHAN UPAYA KESEHATAN"})
	fmt.Println(d.Kinerja.Sasaran[0].ID, d.Kinerja.Indikator[0].ID, d.Kinerja.Indikator[0].Tahun[0].Tahun, d.Anggaran.Rincian[0].Kode)
	_, err := d.IsiNilai("kinerja.indikator[0].tahun[0].target", "12,5,0")
	fmt.Println(err)
	_, err = d.HapusButir("kinerja.sasaran[4]")
	fmt.Println(err)
	// Output:
	// SS1 IKU1 2024 1.02.02
	// Indikator 1 “Persentase balita stunting”, Tahun 1 “2024”, Target: "12,5,0" bukan persentase yang sah: pengelompokan ribuan tidak teratur
	// Sasaran strategis: butir ini tidak ada
}
