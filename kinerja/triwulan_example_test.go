package kinerja_test

import (
	"fmt"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// A count adds up over the quarters; a rate such as "Orang / Bulan" does
// not: its year's value is the last quarter's.
func ExampleDataTahun_Triwulan() {
	a := func(s string) *kinerja.Angka { return &kinerja.Angka{Nilai: decimal.RequireFromString(s)} }
	for _, ind := range []kinerja.Indikator{
		{Nama: "Jumlah Laporan Evaluasi Kinerja", Satuan: "Lap", Jenis: kinerja.Jumlah},
		{Nama: "Jumlah Orang yang Menerima Gaji", Satuan: "Orang / Bulan", Jenis: kinerja.Jumlah},
	} {
		dt := kinerja.DataTahun{Tahun: 2025, RealisasiTriwulan: []*kinerja.Angka{a("2"), a("2"), a("2"), a("2")}}
		tw := dt.Triwulan(&ind)
		fmt.Printf("%s: terjumlah %v, setahun %s %s\n", ind.Nama, ind.Terjumlah(), anggaran.FormatAngka(*tw.Tahun, -1), ind.Satuan)
	}
	// Output:
	// Jumlah Laporan Evaluasi Kinerja: terjumlah true, setahun 8 Lap
	// Jumlah Orang yang Menerima Gaji: terjumlah false, setahun 2 Orang / Bulan
}
