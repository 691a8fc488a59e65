package anggaran_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// ExamplePohonRekening_Tabel lays out the belanja accounts once, as the
// same table type as Tabel 3.2 ([anggaran.Tabel]): the LKIP report and
// RenderBelanjaMarkdown print these cells.
func ExamplePohonRekening_Tabel() {
	rp := func(s string) decimal.NullDecimal { d, _ := anggaran.ParseRupiah(s); return anggaran.Ada(d) }
	b := anggaran.ComputeBelanja([]anggaran.Rekening{
		{Kode: anggaran.MustKodeRekening("5.1.02"), Uraian: "Belanja Barang dan Jasa", PaguMurni: rp("1.135.620.498"), Pagu: rp("1.648.265.918")},
	})
	t := b.Tabel()
	for _, r := range t.Badan {
		fmt.Printf("tebal %-5v %s\n", r.Tebal, strings.Join(r.Sel, " | "))
	}
	// Output:
	// tebal true  5 | Belanja Daerah | 1.135.620.498 | 1.648.265.918
	// tebal true  5.1 | Belanja Operasi | 1.135.620.498 | 1.648.265.918
	// tebal false 5.1.02 | Belanja Barang dan Jasa | 1.135.620.498 | 1.648.265.918
}

// ExampleRenderTabelMarkdown writes a table of one's own layout the way
// every table of sakip is written: cells escaped (a name's "*" or "|"
// prints as written), figures right-aligned, a label spanning columns.
func ExampleRenderTabelMarkdown() {
	t := &anggaran.Tabel{
		Kolom: []anggaran.KolomTabel{{Judul: "KODE"}, {Judul: "URAIAN"}, {Judul: "PAGU (Rp)", Angka: true}},
		Badan: []anggaran.BarisTabel{{Sel: []string{"1", "Program *Unggulan* | A", "8.000.000"}}},
		Kaki:  []anggaran.BarisTabel{{Sel: []string{"JUMLAH", "8.000.000"}, Rentang: 2, Tebal: true}},
	}
	anggaran.RenderTabelMarkdown(os.Stdout, t)
	// Output:
	// | KODE | URAIAN | PAGU (Rp) |
	// |---|---|---:|
	// | 1 | Program \*Unggulan\* \| A | 8.000.000 |
	// | **JUMLAH** | | **8.000.000** |
}
