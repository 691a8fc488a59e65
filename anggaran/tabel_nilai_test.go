package anggaran_test

import (
	"math/rand/v2"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// TestTabelSamaBaris: Pohon.Tabel writes its cells from the fixed-point
// values (Nilai); they must be the text the decimals of Baris give
// through FormatAngka, for random trees (huge amounts, negative ones,
// sen, missing ones, fisik with many decimals) under every rounding
// option of the property tests.
func TestTabelSamaBaris(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for iter := range 300 {
		rows := acak(r, 1+r.IntN(40), iter%3)
		for i := range rows {
			if r.IntN(3) == 0 {
				rows[i].Fisik = anggaran.Ada(decimal.New(r.Int64N(1_000_000), -int32(r.IntN(6))))
			}
		}
		o := opsiUji[iter%len(opsiUji)]
		p := anggaran.Compute(rows, nil, anggaran.Kode{}, o)
		tb := p.Tabel()
		des := desimalOpsi(o)
		teks := func(d decimal.NullDecimal, daun bool, desimal int32) string {
			switch {
			case d.Valid:
				return anggaran.FormatAngka(d.Decimal, desimal)
			case !daun && desimal < 0:
				return "tidak lengkap"
			}
			return "–"
		}
		kolom := map[string]int{}
		for i, k := range tb.Kolom {
			kolom[k.Judul] = i
		}
		for _, b := range append(append([]anggaran.BarisTabel(nil), tb.Badan...), tb.Kaki...) {
			n := p.Baris(b.Indeks)
			geser := len(tb.Kolom) - len(b.Sel) // the total's name spans the code column
			for _, c := range []struct {
				judul   string
				d       decimal.NullDecimal
				desimal int32
			}{
				{"ANGGARAN SEBELUM PERUBAHAN (Rp)", n.PaguMurni, -1},
				{"ANGGARAN SETELAH PERUBAHAN (Rp)", n.Pagu, -1},
				{"JUMLAH ANGGARAN (Rp)", n.Pagu, -1},
				{"REALISASI KEUANGAN (Rp)", n.Realisasi, -1},
				{"REALISASI KEUANGAN (%)", n.Persen, des},
				{"REALISASI FISIK (%)", n.Fisik, des},
			} {
				i, ok := kolom[c.judul]
				if !ok {
					continue
				}
				if got, want := b.Sel[i-geser], teks(c.d, n.Daun, c.desimal); got != want {
					t.Fatalf("iter %d node %d (%s) %s: %q from Nilai, %q from Baris", iter, b.Indeks, n.Kode, c.judul, got, want)
				}
			}
		}
	}
}
