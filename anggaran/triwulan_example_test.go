package anggaran_test

import (
	"fmt"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// The quarterly roll-up of a table without codes: each quarter is what
// was spent within it, the serapan cumulative against the targets (here a
// Pemda's own 25/50/75/100 instead of the default 15/40/60/90).
func ExamplePohon_Triwulan() {
	rp := func(s string) anggaran.NullRupiah { r, _ := anggaran.ParseRupiahSen(s); return anggaran.AdaRupiah(r) }
	rows := []anggaran.Rincian{
		{Tingkat: anggaran.JenjangProgram, Uraian: "Program Penunjang Urusan Pemerintahan Daerah"},
		{Tingkat: anggaran.JenjangKegiatan, Uraian: "Administrasi Keuangan Perangkat Daerah"},
		{Tingkat: anggaran.JenjangSubKegiatan, Uraian: "Penyediaan Gaji dan Tunjangan ASN", Pagu: rp("600000"), Realisasi: rp("580000"),
			Triwulan: []anggaran.NullRupiah{rp("60000"), rp("150000"), rp("180000"), rp("190000")}},
	}
	d := func(n int64) decimal.Decimal { return decimal.NewFromInt(n) }
	o := anggaran.Opsi{Triwulan: anggaran.OpsiTriwulan{Target: &[4]decimal.Decimal{d(25), d(50), d(75), d(100)}}}
	t := anggaran.Compute(rows, nil, anggaran.Kode{}, o).Triwulan()
	j := t.Baris[0]
	for q := range 4 {
		fmt.Printf("TW %s: %s, s.d. %s, serapan %s%% (target %s%%)\n", anggaran.NamaTriwulan[q],
			anggaran.FormatRupiah(j.Realisasi[q].Decimal), anggaran.FormatRupiah(j.Kumulatif[q].Decimal),
			anggaran.FormatAngka(j.Serapan[q].Decimal, 2), t.Target[q])
	}
	// Output:
	// TW I: Rp 60.000, s.d. Rp 60.000, serapan 10,00% (target 25%)
	// TW II: Rp 150.000, s.d. Rp 210.000, serapan 35,00% (target 50%)
	// TW III: Rp 180.000, s.d. Rp 390.000, serapan 65,00% (target 75%)
	// TW IV: Rp 190.000, s.d. Rp 580.000, serapan 96,67% (target 100%)
}
