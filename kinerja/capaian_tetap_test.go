package kinerja

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// capaianDesimal is ComputeCapaian's arithmetic in decimals only, the
// reference the int64 way (capaianTetap) must equal.
func capaianDesimal(t, r decimal.Decimal, pol Polaritas, rn RumusNegatif, b anggaran.Bulat) (v, tepat decimal.Decimal, ok bool) {
	bagian, total := r, t
	if pol == Negatif {
		switch rn {
		case TBagiR:
			bagian, total = t, r
		default:
			bagian = t.Mul(dua).Sub(r)
		}
	}
	tepat, ok = anggaran.Persen(bagian, total, desimalTepat, anggaran.BulatPotong)
	if !ok {
		return v, tepat, false
	}
	return b.Aturan.Round(tepat, b.Desimal), tepat, true
}

// FuzzCapaianTetap: for random targets and realisasi (any exponent,
// coefficients up to int64), polarity, formula and rounding, the int64
// capaian equals the decimal one: value and exponent of Nilai, Tepat and
// SebelumBatas. The same for the realisasi from formula parts.
func FuzzCapaianTetap(f *testing.F) {
	f.Add(int64(677), int32(-2), int64(533), int32(-1), uint8(0), uint8(2), false)
	f.Add(int64(90), int32(0), int64(12345678901234), int32(-6), uint8(1), uint8(0), true)
	f.Add(int64(1), int32(-30), int64(9223372036854775807), int32(0), uint8(2), uint8(11), false)
	f.Add(int64(3), int32(0), int64(2), int32(0), uint8(1), uint8(1), false)
	f.Fuzz(func(t *testing.T, tc int64, te int32, rc int64, re int32, mode, des uint8, potong bool) {
		if tc <= 0 || rc < 0 || te < -30 || te > 10 || re < -30 || re > 10 {
			return
		}
		tv, rv := decimal.New(tc, te), decimal.New(rc, re)
		pol, rn := Positif, RumusBawaan
		switch mode % 3 {
		case 1:
			pol, rn = Negatif, DuaTMinusR
		case 2:
			pol, rn = Negatif, TBagiR
			if rv.IsZero() {
				return
			}
		}
		b := anggaran.Bulat{Desimal: int32(des % 12), Aturan: anggaran.BulatSetengahNaik}
		if potong {
			b.Aturan = anggaran.BulatPotong
		}
		wantV, wantT, ok := capaianDesimal(tv, rv, pol, rn, b)
		got, _, fast := capaianTetap(tv, rv, pol, rn, b, nil, &pembuat{})
		if !fast {
			return // the decimal way; nothing to compare
		}
		if !ok {
			t.Fatalf("int64 way gave %v where decimals give none", got)
		}
		sama := func(nama string, g *decimal.Decimal, w decimal.Decimal) {
			if g == nil || !g.Equal(w) || g.Exponent() != w.Exponent() {
				t.Fatalf("T=%v R=%v %v %v %+v: %s = %v, decimals %v", tv, rv, pol, rn, b, nama, g, w)
			}
		}
		sama("Nilai", got.Nilai, wantV)
		sama("SebelumBatas", got.SebelumBatas, wantV)
		sama("Tepat", got.Tepat, wantT)
		// The formula: p × m / q.
		o := Opsi{Bulat: &b}
		m := decimal.New(int64(des)*25-100, -int32(mode%3))
		gr, okr := rumusTetap(rv, tv, m, b, nil)
		if okr {
			wr := bagi(rv.Mul(m), tv, b.Desimal, b.Aturan)
			if !gr.Equal(wr) || gr.Exponent() != wr.Exponent() {
				t.Fatalf("rumus %v × %v / %v %+v: %v, decimals %v", rv, m, tv, o.bulat(), gr, wr)
			}
		}
	})
}

// TestCapaianTetapSama runs ComputeCapaian on the seed's figures and edge
// cases through the public entry point, with and without a cap: the
// result is the decimal reference's.
func TestCapaianTetapSama(t *testing.T) {
	atas := decimal.NewFromInt(120)
	for _, c := range []struct {
		t, r string
		pol  Polaritas
		rn   RumusNegatif
		b    anggaran.Bulat
		cap  bool
	}{
		{"6.77", "53.3", Positif, 0, anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatSetengahNaik}, false},
		{"100", "107.975", Positif, 0, anggaran.Bulat{Desimal: 1, Aturan: anggaran.BulatPotong}, false},
		{"100", "107.975", Positif, 0, anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatSetengahNaik}, true},
		{"10", "25", Negatif, DuaTMinusR, anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatSetengahNaik}, false}, // negative capaian
		{"3", "2", Negatif, TBagiR, anggaran.Bulat{Desimal: 0, Aturan: anggaran.BulatSetengahNaik}, false},
		{"0.000000000000000000001", "1", Positif, 0, anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatSetengahNaik}, false}, // too large: decimals
		{"3", "1", Positif, 0, anggaran.Bulat{Desimal: 14, Aturan: anggaran.BulatSetengahNaik}, false},                      // 14 decimals: decimals
	} {
		tv, rv := decimal.RequireFromString(c.t), decimal.RequireFromString(c.r)
		o := Opsi{Bulat: &c.b}
		if c.cap {
			o.Batas = &Batas{Atas: &atas}
		}
		got := ComputeCapaian(&tv, &rv, c.pol, c.rn, o)
		wantV, wantT, ok := capaianDesimal(tv, rv, c.pol, c.rn, c.b)
		if c.b.Desimal >= desimalTepat {
			wantV, _ = anggaran.Persen(rv, tv, c.b.Desimal, c.b.Aturan)
		}
		if !ok {
			t.Fatalf("%v: reference has no capaian", c)
		}
		mentah := wantV
		if c.cap {
			wantV, wantT = o.Batas.terapkan(wantV), o.Batas.terapkan(wantT)
		}
		want := Capaian{Nilai: &wantV, SebelumBatas: &mentah, Tepat: &wantT}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%+v (-decimals +got):\n%s", c, diff)
		}
	}
}

// TestPenjumlah: int64 sums equal decimal.Add from zero, value and
// exponent, also past the int64 limit.
func TestPenjumlah(t *testing.T) {
	for _, xs := range [][]string{
		{},
		{"1.5", "2.25", "-3"},
		{"9223372036854775807", "1"},
		{"1e-40", "2"},
		{"150", "2.10"},
	} {
		var j penjumlah
		want := decimal.Zero
		for _, x := range xs {
			d := decimal.RequireFromString(x)
			j.tambah(d)
			want = want.Add(d)
		}
		if got := j.hasil(); !got.Equal(want) || got.Exponent() != want.Exponent() {
			t.Errorf("%v: %v (exp %d), decimal.Add %v (exp %d)", xs, got, got.Exponent(), want, want.Exponent())
		}
	}
}
