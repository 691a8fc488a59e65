package ui

import (
	"strconv"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
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
		Set: func(d *lkip.Dokumen, v *decimal.Decimal, _ string) { d.Anggaran.Rincian[2].Realisasi = nullDari(v) },
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
