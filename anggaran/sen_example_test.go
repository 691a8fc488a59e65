package anggaran_test

import (
	"fmt"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Amounts in sen: exact sums and a percentage rounded half up, without
// allocating; Decimal gives the decimal.Decimal at the edge.
func ExampleRupiah() {
	pagu, _ := anggaran.ParseRupiahSen("Rp 9.399.497.972")
	realisasi, _ := anggaran.ParseRupiahSen("9.214.820.917,50")
	sisa := pagu.Sub(realisasi)
	persen, _ := realisasi.Persen(pagu, 2, anggaran.BulatSetengahNaik)
	fmt.Println(sisa.Format(), sisa.String(), persen.Format())
	fmt.Println(sisa.Decimal().Equal(decimal.RequireFromString("184677054.5")))
	// Output:
	// Rp 184.677.054,50 184677054.5 98,04%
	// true
}

// Reading every node of a tree as fixed-point values: the same figures as
// Baris, without a decimal made.
func ExamplePohon_Nilai() {
	rp := func(n int64) anggaran.NullRupiah { return anggaran.AdaRupiah(anggaran.RupiahSen(n * 100)) } // n Rupiah
	p := anggaran.Compute([]anggaran.Rincian{
		{Kode: anggaran.MustKode("1.06.02.2.01.01"), Pagu: rp(1_500_000), Realisasi: rp(1_250_000)},
		{Kode: anggaran.MustKode("1.06.02.2.01.02"), Pagu: rp(500_000), Realisasi: rp(499_999)},
	}, nil, anggaran.Kode{}, anggaran.Opsi{})
	for i := range p.Len() {
		v := p.Nilai(i)
		fmt.Println(p.Baris(i).Kode, v.Pagu.Rupiah, v.Sisa.Rupiah, v.Persen.Persentase.Format())
	}
	// Output:
	// 2000000 250001 87,50%
	// 1 2000000 250001 87,50%
	// 1.06 2000000 250001 87,50%
	// 1.06.02 2000000 250001 87,50%
	// 1.06.02.2.01 2000000 250001 87,50%
	// 1.06.02.2.01.01 1500000 250000 83,33%
	// 1.06.02.2.01.02 500000 1 100,00%
}
