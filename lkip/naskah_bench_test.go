package lkip_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/lkip"
)

// This file benchmarks the reader and writer of the data file with the
// public API only, so that the same file measures an older version side by
// side (copy it into that version's lkip folder).

// berkasKabupaten returns the sample with its budget replaced by a
// synthetic one of 8,000 sub kegiatan (sampel.AnggaranUji 40 × 10 × 20),
// encoded.
func berkasKabupaten(tb testing.TB) []byte {
	d, err := lkip.Parse(sampel.FlotimDinsos2022, "")
	if err != nil {
		tb.Fatal(err)
	}
	a := *d.Anggaran
	a.Rincian = sampel.AnggaranUji(40, 10, 20)
	a.Jumlah, a.Belanja, a.PerjanjianKinerja = nil, nil, nil
	d.Anggaran = &a
	data, err := d.Encode()
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func BenchmarkNaskahParse(b *testing.B) {
	for _, tc := range []struct {
		nama string
		data []byte
	}{{"sampel", sampel.FlotimDinsos2022}, {"kabupaten-8000", berkasKabupaten(b)}} {
		b.Run(tc.nama, func(b *testing.B) {
			b.SetBytes(int64(len(tc.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := lkip.Parse(tc.data, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkNaskahEncode(b *testing.B) {
	for _, tc := range []struct {
		nama string
		data []byte
	}{{"sampel", sampel.FlotimDinsos2022}, {"kabupaten-8000", berkasKabupaten(b)}} {
		b.Run(tc.nama, func(b *testing.B) {
			d, err := lkip.Parse(tc.data, "")
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := d.Encode(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNaskahSetNilai types one realisasi into the sample.
func BenchmarkNaskahSetNilai(b *testing.B) {
	d := lkip.Contoh()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.SetNilai("anggaran.rincian[3].realisasi", "58.180.100"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNaskahDalam is the refusal of 200 KB of nested brackets.
func BenchmarkNaskahDalam(b *testing.B) {
	data := []byte(strings.Repeat("[", 200_000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lkip.Parse(data, ""); err == nil {
			b.Fatal("accepted")
		}
	}
}

// BenchmarkNaskahAnggaran reads the anggaran section of 8,000 rows alone.
func BenchmarkNaskahAnggaran(b *testing.B) {
	a := anggaran.Anggaran{Tahun: 2022, Rincian: sampel.AnggaranUji(40, 10, 20)}
	data, err := a.MarshalJSON()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := anggaran.ParseJSON(bytes.Clone(data), ""); err != nil {
			b.Fatal(err)
		}
	}
}
