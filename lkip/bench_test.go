package lkip

import (
	"fmt"
	"io"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/shopspring/decimal"
)

// kabupaten returns n synthetic dinas: the seed with another name and the
// realisasi of every row scaled by 90–99 %, so each has its own figures.
func kabupaten(b *testing.B, n int) []*Dokumen {
	ds := make([]*Dokumen, n)
	for i := range ds {
		d, err := Parse(sampel.FlotimDinsos2022, "")
		if err != nil {
			b.Fatal(err)
		}
		d.Identitas.Dinas = fmt.Sprintf("Dinas %02d", i+1)
		f := decimal.New(int64(90+i%10), -2)
		for j := range d.Anggaran.Rincian {
			r := &d.Anggaran.Rincian[j]
			if r.Realisasi.Valid {
				r.Realisasi = anggaran.RupiahDariDesimal(anggaran.Ada(r.Realisasi.Rupiah.Decimal().Mul(f).Round(0)))
			}
		}
		ds[i] = d
	}
	return ds
}

// BenchmarkLaporan computes and renders the whole report (Markdown, HTML
// and JSON) with the reviu, for the seed and for a kabupaten of 40 dinas.
func BenchmarkLaporan(b *testing.B) {
	for _, tc := range []struct {
		nama string
		n    int
	}{{"seed", 1}, {"kabupaten-40-dinas", 40}} {
		b.Run(tc.nama, func(b *testing.B) {
			ds := kabupaten(b, tc.n)
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range ds {
					l, err := Compute(d, DefaultOpsi())
					if err != nil {
						b.Fatal(err)
					}
					for _, r := range []func(io.Writer, *Laporan) error{RenderMarkdown, RenderHTML, RenderJSON} {
						if err := r(io.Discard, l); err != nil {
							b.Fatal(err)
						}
					}
				}
			}
		})
	}
}

// BenchmarkCompute is the reviu and every figure, without rendering.
func BenchmarkCompute(b *testing.B) {
	d := Contoh()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compute(d, DefaultOpsi()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse loads the seed data file (66 KB).
func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(sampel.FlotimDinsos2022)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(sampel.FlotimDinsos2022, ""); err != nil {
			b.Fatal(err)
		}
	}
}
