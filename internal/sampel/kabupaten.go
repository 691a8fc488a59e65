package sampel

import (
	"fmt"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// AnggaranUji returns a synthetic budget of program × kegiatan × sub
// rows in table order, codes 1.06.PP.2.KK.SS: program and kegiatan rows
// without amounts (they are sums), and sub kegiatan n (from 1) with pagu
// 10,000,000 + 1,000·n, realisasi 90 % of it in whole Rupiah and a
// realisasi fisik of 90,00–99,99 %, as a finished year's data has. The
// tests of the PWA use it at kabupaten size (40 × 10 × 20 = 8,000 sub
// kegiatan).
func AnggaranUji(program, kegiatan, sub int) []anggaran.Rincian {
	rows := make([]anggaran.Rincian, 0, program*(1+kegiatan*(1+sub)))
	n := 0
	for p := 1; p <= program; p++ {
		rows = append(rows, anggaran.Rincian{Kode: anggaran.MustKode(fmt.Sprintf("1.06.%02d", p)), Uraian: fmt.Sprintf("Program uji %d", p)})
		for k := 1; k <= kegiatan; k++ {
			rows = append(rows, anggaran.Rincian{Kode: anggaran.MustKode(fmt.Sprintf("1.06.%02d.2.%02d", p, k)), Uraian: fmt.Sprintf("Kegiatan uji %d.%d", p, k)})
			for s := 1; s <= sub; s++ {
				n++
				pagu := int64(10_000_000 + n*1_000)
				rows = append(rows, anggaran.Rincian{
					Kode:      anggaran.MustKode(fmt.Sprintf("1.06.%02d.2.%02d.%02d", p, k, s)),
					Uraian:    fmt.Sprintf("Sub kegiatan uji %d", n),
					Pagu:      anggaran.AdaRupiah(anggaran.RupiahSen(pagu * 100)),
					Realisasi: anggaran.AdaRupiah(anggaran.RupiahSen(pagu / 10 * 9 * 100)),
					Fisik:     anggaran.Ada(decimal.New(int64(9000+n%1000), -2)),
				})
			}
		}
	}
	return rows
}
