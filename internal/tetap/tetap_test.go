package tetap

import (
	"math"
	"math/big"
	"sync"
	"testing"

	"github.com/shopspring/decimal"
)

// FuzzTetap: Koefisien and Hitung read what decimal holds, Bagi and Bulat
// round as DivRound/QuoRem and Round/Truncate do, and Pabrik makes the
// decimals decimal.New makes.
func FuzzTetap(f *testing.F) {
	f.Add(int64(12345), int32(-2), int64(7), int32(3), false)
	f.Add(int64(math.MinInt64), int32(0), int64(-1), int32(0), true)
	f.Add(int64(-5), int32(-1), int64(10), int32(19), false)
	f.Fuzz(func(t *testing.T, a int64, e int32, b int64, k int32, potong bool) {
		if e < -40 || e > 40 {
			return
		}
		var p Pabrik
		d := p.New(a, e)
		if w := decimal.New(a, e); !d.Equal(w) || d.Exponent() != w.Exponent() || d.String() != w.String() {
			t.Fatalf("Pabrik.New(%d, %d) = %v, decimal.New %v", a, e, d, w)
		}
		if c, ok := Koefisien(d); !ok || c != a {
			t.Fatalf("Koefisien(%v) = %d, %v", d, c, ok)
		}
		big := d.Mul(decimal.New(1, 0).Shift(20)).Add(decimal.New(1, e)) // coefficient past int64
		if c, ok := Koefisien(big); ok != big.Coefficient().IsInt64() || (ok && c != big.CoefficientInt64()) {
			t.Fatalf("Koefisien(%v) = %d, %v", big, c, ok)
		}
		if n, ok := Hitung(d, -2); ok && !decimal.New(n, -2).Equal(d) {
			t.Fatalf("Hitung(%v, -2) = %d", d, n)
		}
		if b == 0 || k < 0 || k > 19 {
			return
		}
		q, ok := Bagi(a, b, k, potong)
		num, den := decimal.New(a, k), decimal.New(b, 0)
		var want decimal.Decimal
		if potong {
			want, _ = num.QuoRem(den, 0)
		} else {
			want = num.DivRound(den, 0)
		}
		if ok && !decimal.New(q, 0).Equal(want) {
			t.Fatalf("Bagi(%d, %d, %d, %v) = %d, decimal %v", a, b, k, potong, q, want)
		}
		if !ok && want.Coefficient().IsInt64() && want.Abs().LessThan(decimal.New(1, 18)) {
			t.Fatalf("Bagi(%d, %d, %d) refused %v", a, b, k, want)
		}
		dari := k
		ke := int32(uint32(b) % uint32(dari+1))
		r, ok := Bulat(a, dari, ke, potong)
		x := decimal.New(a, -dari)
		wr := x.Round(ke)
		if potong {
			wr = x.Truncate(ke)
		}
		if !ok || !decimal.New(r, -ke).Equal(wr) {
			t.Fatalf("Bulat(%d, %d, %d, %v) = %d %v, decimal %v", a, dari, ke, potong, r, ok, wr)
		}
	})
}

// TestPabrikBlok: many decimals from a few blocks, each its own value.
func TestPabrikBlok(t *testing.T) {
	var p Pabrik
	var ds []decimal.Decimal
	allocs := testing.AllocsPerRun(1, func() {
		ds = ds[:0]
		for i := range 1000 {
			ds = append(ds, p.New(int64(i)-500, -2))
		}
	})
	for i, d := range ds {
		if !d.Equal(decimal.New(int64(i)-500, -2)) {
			t.Fatalf("value %d is %v", i, d)
		}
	}
	if allocs > 10 {
		t.Errorf("%v allocations for 1000 decimals", allocs)
	}
	var b Blok[[3]int]
	x, y := b.Baru(), b.Baru()
	x[0] = 1
	if y[0] != 0 || x == y {
		t.Error("Blok gave the same value twice")
	}
}

// TestKaliPangkat10: c × 10^n when it fits, false when it does not or n
// is negative; zero fits at any n.
func TestKaliPangkat10(t *testing.T) {
	for _, tc := range []struct {
		c, n int64
		want int64
		ok   bool
	}{
		{7, 0, 7, true},
		{7, 2, 700, true},
		{-7, 18, -7e18, true},
		{1, 19, 0, false},
		{0, 1 << 40, 0, true},
		{922337203685477580, 1, 9223372036854775800, true},
		{922337203685477581, 1, 0, false},
		{-922337203685477581, 1, 0, false},
		{5, -1, 0, false},
		{5, math.MinInt64, 0, false},
	} {
		got, ok := KaliPangkat10(tc.c, tc.n)
		if got != tc.want || ok != tc.ok {
			t.Errorf("KaliPangkat10(%d, %d) = (%d, %v), ingin (%d, %v)", tc.c, tc.n, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := Hitung(decimal.New(0, math.MinInt32), math.MaxInt32); !ok {
		t.Error("Hitung(0e-2147483648, 2147483647): nol tidak terhitung")
	}
	if _, ok := Hitung(decimal.New(3, math.MaxInt32), math.MinInt32); ok {
		t.Error("Hitung(3e2147483647, -2147483648) terhitung")
	}
}

// TestKecil: every shared big.Int holds its value, the bounds are where
// Kecil says, and a small decimal costs no allocation once its block is
// made.
func TestKecil(t *testing.T) {
	for n := int64(-batasKecil); n < batasKecil; n++ {
		z := Kecil(n)
		if z == nil || !z.IsInt64() || z.Int64() != n || z != Kecil(n) {
			t.Fatalf("Kecil(%d) = %v", n, z)
		}
	}
	for _, n := range []int64{-batasKecil - 1, batasKecil, math.MaxInt64, math.MinInt64} {
		if z := Kecil(n); z != nil {
			t.Errorf("Kecil(%d) = %v, want nil", n, z)
		}
	}
	var p Pabrik
	if a := testing.AllocsPerRun(10, func() { _ = p.New(-12345, -2) }); a != 0 {
		t.Errorf("Pabrik.New of a small value: %v allocations", a)
	}
	if d := p.New(0, -3); d.Exponent() != -3 || !d.IsZero() || d.String() != decimal.New(0, -3).String() {
		t.Errorf("Pabrik.New(0, -3) = %v", d)
	}
}

// TestKecilSerentak: goroutines that ask a fresh table for the same
// blocks at once (so that several make a block and race to publish it)
// all get the same big.Ints, of the right values; under go test -race
// it also checks the publication.
func TestKecilSerentak(t *testing.T) {
	for range 20 {
		var tab tabelKecil
		const g = 8
		got := make([][]*big.Int, g)
		mulai := make(chan struct{})
		var wg sync.WaitGroup
		for i := range g {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-mulai
				for n := int64(-600); n < 600; n += 7 {
					got[i] = append(got[i], tab.ambil(n))
				}
			}()
		}
		close(mulai)
		wg.Wait()
		for i := 1; i < g; i++ {
			for k, z := range got[i] {
				if n := int64(-600 + 7*k); z != got[0][k] || z.Int64() != n {
					t.Fatalf("goroutine %d, %d: %v (%p), goroutine 0: %v (%p)", i, n, z, z, got[0][k], got[0][k])
				}
			}
		}
	}
}

// TestBulatDuaBelasKeDua: the constant-divisor path of Bulat (12 decimals
// to 2, kinerja's capaian) rounds as decimal does, at the edges too.
func TestBulatDuaBelasKeDua(t *testing.T) {
	for _, n := range []int64{0, 1, 4999999999, 5000000000, 5000000001, 14999999999, 15000000000,
		-4999999999, -5000000000, -15000000000, 123456789012345, math.MaxInt64, math.MinInt64, math.MinInt64 + 1} {
		for _, potong := range []bool{false, true} {
			got, ok := Bulat(n, 12, 2, potong)
			x := decimal.New(n, -12)
			want := x.Round(2)
			if potong {
				want = x.Truncate(2)
			}
			if !want.Coefficient().IsInt64() {
				if ok {
					t.Errorf("Bulat(%d, 12, 2, %v) = %d, want refused", n, potong, got)
				}
				continue
			}
			if !ok || !decimal.New(got, -2).Equal(want) {
				t.Errorf("Bulat(%d, 12, 2, %v) = %d %v, decimal %v", n, potong, got, ok, want)
			}
		}
	}
}
