package anggaran

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// TestFormatAngkaSen holds the int64 path of FormatAngka to the decimal
// one: the same text for every value it takes, rounding and signs
// included, and the decimal path for what it refuses.
func TestFormatAngkaSen(t *testing.T) {
	nilai := []decimal.Decimal{
		decimal.Zero, decimal.New(0, -3), decimal.New(9399497972, 0), decimal.New(939949797200, -2),
		decimal.New(150050, -2), decimal.New(-150050, -2), decimal.New(-4, -3), decimal.New(5, -3),
		decimal.New(-5, -3), decimal.New(984166, -4), decimal.New(15, 3), decimal.New(-1, 0),
		decimal.New(math.MaxInt64, 0), decimal.New(math.MinInt64, 0), decimal.New(math.MaxInt64, -18),
		decimal.New(math.MinInt64, -19), decimal.New(1, 20), decimal.New(999, -1), decimal.New(995, -3),
		decimal.RequireFromString("123456789012345678901234567890.125"),
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		nilai = append(nilai, decimal.New(r.Int64()>>r.IntN(63)*int64(1-2*r.IntN(2)), -r.Int32N(21)+2))
	}
	for _, d := range nilai {
		if got, want := FormatRupiah(d), formatRupiahDesimal(d); got != want {
			t.Errorf("FormatRupiah(%s) = %q, want %q", d.String(), got, want)
		}
		for des := int32(-1); des <= 20; des++ {
			want := formatAngkaDesimal(d, des)
			if got := FormatAngka(d, des); got != want {
				t.Errorf("FormatAngka(%s, %d) = %q, want %q", d.String(), des, got, want)
			}
		}
	}
}

// FuzzFormatAngka: the int64 paths of FormatAngka and FormatRupiah write
// what their decimal paths write, for every coefficient, exponent and
// number of decimals.
func FuzzFormatAngka(f *testing.F) {
	f.Add(int64(9399497972), int32(0), int32(-1))
	f.Add(int64(-150050), int32(-2), int32(2))
	f.Add(int64(984166), int32(-4), int32(2))
	f.Fuzz(func(t *testing.T, c int64, e, des int32) {
		e, des = e%25, des%22
		d := decimal.New(c, e)
		if got, want := FormatAngka(d, des), formatAngkaDesimal(d, des); got != want {
			t.Errorf("FormatAngka(%s, %d) = %q, want %q", d.String(), des, got, want)
		}
		if got, want := FormatRupiah(d), formatRupiahDesimal(d); got != want {
			t.Errorf("FormatRupiah(%s) = %q, want %q", d.String(), got, want)
		}
	})
}

// BenchmarkFormatAngka compares the int64 path of FormatAngka with the
// decimal one on a budget amount and a percentage, in the same run.
func BenchmarkFormatAngka(b *testing.B) {
	rp, pc := decimal.New(9399497972, 0), decimal.New(984166, -4)
	b.Run("sen", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			FormatAngka(rp, -1)
			FormatAngka(pc, 2)
		}
	})
	b.Run("desimal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			formatAngkaDesimal(rp, -1)
			formatAngkaDesimal(pc, 2)
		}
	})
	b.Run("rupiah-sen", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			FormatRupiah(rp)
		}
	})
	b.Run("rupiah-desimal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			formatRupiahDesimal(rp)
		}
	})
}
