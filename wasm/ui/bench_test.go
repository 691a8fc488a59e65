package ui

import (
	"strconv"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

func benchToko(b *testing.B) *Toko {
	b.Helper()
	toko := NewToko(nil)
	toko.aktifkan("uji", lkip.Contoh())
	return toko
}

// BenchmarkIsiRealisasi is one keystroke in a realisasi of the sample:
// parse the text, change the document, recompute the budget tree.
func BenchmarkIsiRealisasi(b *testing.B) {
	toko := benchToko(b)
	toko.tundaFn = func(_ time.Duration, f func()) {}
	f := Isian{
		Bagian: BagianAnggaran, Path: "anggaran.rincian[2].realisasi", Jenis: anggaran.JenisRupiah,
		Set: func(d *lkip.Dokumen, v *decimal.Decimal, _ string) {
			d.Anggaran.Rincian[2].Realisasi = anggaran.RupiahDariDesimal(nullDari(v))
		},
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		toko.Isi(f, strconv.Itoa(1000000+i))
	}
}

// BenchmarkRenderAnggaran renders the budget page of the sample.
func BenchmarkRenderAnggaran(b *testing.B) {
	toko := benchToko(b)
	for i := 0; i < b.N; i++ {
		p := &Anggaran{dasar: dasar{Toko: toko}}
		e := app.NewTestEngine()
		if err := e.Load(p); err != nil {
			b.Fatal(err)
		}
		e.ConsumeAll()
	}
}

// tokoKabupaten returns a store whose active document has a kabupaten's
// budget (sampel.AnggaranUji: 40 programs × 10 kegiatan × 20 sub
// kegiatan, 8,000, each with pagu, realisasi and fisik), with program 1
// and its kegiatan 1 open as a user typing in the first sub kegiatan has
// them.
func tokoKabupaten(b *testing.B) *Toko {
	b.Helper()
	d := lkip.Contoh()
	rows := sampel.AnggaranUji(40, 10, 20)
	d.Anggaran.Rincian, d.Anggaran.Jumlah, d.Anggaran.PerjanjianKinerja = rows, nil, nil
	toko := NewToko(nil)
	toko.tundaFn = func(_ time.Duration, f func()) {}
	toko.aktifkan("uji", d)
	toko.Alih(rows[0].Kode)
	toko.Alih(rows[1].Kode)
	return toko
}

// BenchmarkKetikKabupaten is one keystroke in a realisasi of a
// kabupaten-sized budget as the page handles it before go-app diffs the
// DOM: parse the text, recompute the budget tree and the belanja table,
// build the Anggaran page (the open rows only). The browser test measures
// the whole keystroke, DOM included, in testdata/wasm/perf.txt.
func BenchmarkKetikKabupaten(b *testing.B) {
	toko := tokoKabupaten(b)
	f := Isian{
		Bagian: BagianAnggaran, Path: "anggaran.rincian[2].realisasi", Jenis: anggaran.JenisRupiah,
		Set: func(d *lkip.Dokumen, v *decimal.Decimal, _ string) {
			d.Anggaran.Rincian[2].Realisasi = anggaran.RupiahDariDesimal(nullDari(v))
		},
	}
	p := &Anggaran{dasar: dasar{Toko: toko}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		toko.Isi(f, strconv.Itoa(1000000+i))
		p.Render()
	}
}
