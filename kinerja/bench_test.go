package kinerja

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
)

// dokumenBesar builds a document of n indicators over the years
// 2018–(2018+tahun−1), 100 per sasaran, each with target, realisasi
// (rounded half up from its formula parts, so consistent) and formula
// parts, every tenth of negative polarity, and a PK row per indicator.
func dokumenBesar(n, tahun int) *Dokumen {
	d := &Dokumen{Tahun: 2018 + tahun - 1}
	for s := 0; s < (n+99)/100; s++ {
		d.Sasaran = append(d.Sasaran, Sasaran{ID: fmt.Sprintf("S%d", s), Uraian: fmt.Sprintf("Sasaran %d", s)})
	}
	a := func(v int64, exp int32) *Angka {
		d := decimal.New(v, exp)
		return &Angka{Nilai: d, Teks: d.String()}
	}
	for i := 0; i < n; i++ {
		ind := Indikator{
			ID: fmt.Sprintf("I%d", i), Nomor: fmt.Sprint(i + 1), Nama: fmt.Sprintf("Persentase ke-%d", i),
			Sasaran: fmt.Sprintf("S%d", i/100), IKU: true, Satuan: "%", Jenis: Persentase,
			Rumus:       &Rumus{Teks: "p / q x 100%", Pembilang: "p", Penyebut: "q", Pengali: decimal.NewFromInt(100)},
			TargetAkhir: a(90, 0),
		}
		if i%10 == 0 {
			ind.Polaritas = Negatif
		}
		for y := 0; y < tahun; y++ {
			p, q := int64(50000+(i*7919+y*104729)%150000), int64(150000+(i*31+y*17)%50000)
			ind.Tahun = append(ind.Tahun, DataTahun{
				Tahun: 2018 + y, Target: a(int64(50+(i+y)%40), 0), Realisasi: a((p*100000/q+5)/10, -2),
				Pembilang: a(p, 0), Penyebut: a(q, 0),
			})
		}
		d.Indikator = append(d.Indikator, ind)
		d.PerjanjianKinerja.Baris = append(d.PerjanjianKinerja.Baris, BarisPK{
			Sasaran: ind.Sasaran, Indikator: ind.Nama, IndikatorID: ind.ID, Target: a(80, 0),
			SubKegiatan: fmt.Sprintf("1.06.%02d.2.%02d.%02d", 2+i%6, 1+i/6%20, 1+i%30),
		})
	}
	return d
}

// sumberRata answers every code with the same amounts.
type sumberRata struct{}

func (sumberRata) PaguRealisasi(string) (decimal.Decimal, decimal.Decimal, bool) {
	return decimal.NewFromInt(1_000_000), decimal.NewFromInt(950_000), true
}

func TestDokumenBesar(t *testing.T) {
	d := dokumenBesar(1000, 5)
	h := Compute(d, 0, Opsi{}, sumberRata{})
	if len(h.Indikator) != 1000 || len(h.Indikator[0].Tahun) != 5 || h.Dinas.Jumlah != 1000 || len(h.Sasaran) != 10 {
		t.Fatalf("%d indikator, %d tahun, dinas %d, sasaran %d", len(h.Indikator), len(h.Indikator[0].Tahun), h.Dinas.Jumlah, len(h.Sasaran))
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(b); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkScore measures Compute (capaian, predikat, trend, aggregates,
// efficiency and every check) on the seed and on 10,000 indicators over 5
// years.
func BenchmarkScore(b *testing.B) {
	b.Run("seed", func(b *testing.B) {
		d := seed(b)
		b.ReportAllocs()
		for b.Loop() {
			Compute(d, 2022, Opsi{}, sumberRata{})
		}
	})
	b.Run("10000x5", func(b *testing.B) {
		d := dokumenBesar(10000, 5)
		b.ReportAllocs()
		for b.Loop() {
			Compute(d, 0, Opsi{}, sumberRata{})
		}
	})
	// The scoring alone (capaian, predikat, change, progress, means and
	// efficiency; Compute without the findings of Check), to compare
	// with "10000x5" in the same run.
	b.Run("10000x5-skor", func(b *testing.B) {
		d := dokumenBesar(10000, 5)
		b.ReportAllocs()
		for b.Loop() {
			skor(d, 0, Opsi{}, sumberRata{})
		}
	})
	// The checks alone (periksa on the scores of skor, made once): the
	// rest of "10000x5".
	b.Run("10000x5-periksa", func(b *testing.B) {
		d := dokumenBesar(10000, 5)
		h := skor(d, 0, Opsi{}, sumberRata{})
		b.ReportAllocs()
		for b.Loop() {
			periksa(d, h, Opsi{})
		}
	})
}

// BenchmarkParse measures reading the seed section and a section of 10,000
// indicators over 5 years.
func BenchmarkParse(b *testing.B) {
	besar, err := json.Marshal(dokumenBesar(10000, 5))
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		nama string
		data []byte
	}{{"seed", seedBagian(b)}, {"10000x5", besar}} {
		b.Run(tc.nama, func(b *testing.B) {
			b.SetBytes(int64(len(tc.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(tc.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkComputeCapaian measures one capaian and predikat.
func BenchmarkComputeCapaian(b *testing.B) {
	t, r := dp("6.77"), dp("53.3")
	sk := SkalaPermendagri86()
	b.ReportAllocs()
	for b.Loop() {
		c := ComputeCapaian(t, r, Positif, 0, Opsi{})
		sk.Predikat(*c.Nilai)
	}
}
