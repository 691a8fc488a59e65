// Package tetap is the exact fixed-point arithmetic on int64 behind the
// hot paths of anggaran (amounts in sen, [anggaran.Rupiah]) and kinerja
// (capaian): reading a decimal.Decimal's coefficient without allocating,
// overflow-checked sums, and quotients taken in 128 bits (math/bits) and
// rounded from their remainder exactly as shopspring/decimal's DivRound
// (half away from zero) and QuoRem (toward zero) round. Every function
// reports false where the result would not fit; the caller then uses
// decimal arithmetic. Nothing wraps, nothing allocates.
package tetap

import (
	"math"
	"math/big"
	"math/bits"
	"unsafe"

	"github.com/shopspring/decimal"
)

// Koefisien returns d's coefficient when it fits in int64, without
// allocating (decimal.Decimal.Coefficient copies its big.Int and
// NumDigits formats a large one). It reads the big.Int in place
// ([letakDesimal]); should decimal's layout ever differ from the one
// checked at start-up, it compares d with the int64 bounds at its
// exponent instead, which is exact too, only slower.
func Koefisien(d decimal.Decimal) (int64, bool) {
	if letakCocok {
		v := (*letakDesimal)(unsafe.Pointer(&d)).value
		if v == nil {
			return 0, true
		}
		if !v.IsInt64() {
			return 0, false
		}
		return v.Int64(), true
	}
	sign := d.Sign()
	if sign == 0 {
		return 0, true
	}
	e := d.Exponent()
	if e < -jangkaEksp || e > jangkaEksp {
		if d.NumDigits() > 18 {
			return 0, false
		}
		return d.CoefficientInt64(), true
	}
	bt := &batasKoef[e+jangkaEksp]
	if (sign > 0 && d.Cmp(bt[1]) > 0) || (sign < 0 && d.Cmp(bt[0]) < 0) {
		return 0, false
	}
	return d.CoefficientInt64(), true
}

// Hitung returns d as an integer count of 10^e when it is one that fits
// in int64, without allocating: trailing zeros of a finer exponent are
// dropped (1500.000 at e = -2 is 150000).
func Hitung(d decimal.Decimal, e int32) (int64, bool) {
	c, ok := Koefisien(d)
	if !ok {
		return 0, false
	}
	if c == 0 {
		return 0, true
	}
	s := int64(d.Exponent()) - int64(e) // int64: exponents far apart do not wrap
	for ; s < 0; s++ {
		if c%10 != 0 {
			return 0, false
		}
		c /= 10
	}
	return KaliPangkat10(c, s)
}

// KaliPangkat10 returns c × 10^n for n ≥ 0, and false when it does not
// fit in int64 (or n is negative). It is the one checked scaling by a
// power of ten of the fixed-point code (an exponent difference, taken in
// int64 so that exponents far apart cannot wrap).
func KaliPangkat10(c int64, n int64) (int64, bool) {
	switch {
	case n < 0:
		return 0, false
	case c == 0 || n == 0:
		return c, true
	case n >= 19:
		return 0, false
	}
	p := int64(pangkat10[n])
	if c > math.MaxInt64/p || c < math.MinInt64/p {
		return 0, false
	}
	return c * p, true
}

// Tambah returns a + b, and false when the sum overflows.
func Tambah(a, b int64) (int64, bool) {
	s := a + b
	if (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0) {
		return 0, false
	}
	return s, true
}

// Kurang returns a − b, and false when the difference overflows.
func Kurang(a, b int64) (int64, bool) {
	d := a - b
	if (b > 0 && d > a) || (b < 0 && d < a) {
		return 0, false
	}
	return d, true
}

// Bagi returns a × 10^k / b as an integer, rounded half away from zero
// (as decimal.DivRound) or, with potong, truncated toward zero (as
// decimal.QuoRem); false when b is 0, k is outside 0–19 or the result
// does not fit in int64. a × 10^k is formed in 128 bits.
func Bagi(a, b int64, k int32, potong bool) (int64, bool) {
	if k < 0 || k > 19 || b == 0 {
		return 0, false
	}
	ua, na := Abs(a)
	ub, nb := Abs(b)
	hi, lo := bits.Mul64(ua, pangkat10[k])
	if hi >= ub {
		return 0, false // the quotient does not fit in 64 bits
	}
	q, rem := bits.Div64(hi, lo, ub)
	if !potong {
		q += Naik(rem, ub)
	}
	return bertanda(q, na != nb)
}

// Naik returns 1 when a quotient with remainder rem of a division by d
// rounds half away from zero (2·rem ≥ d), else 0, without a branch: over
// many quotients the answer is a coin toss, and a mispredicted branch
// costs more than the division.
func Naik(rem, d uint64) uint64 {
	_, kurang := bits.Sub64(rem, d-rem, 0) // 1 when rem < d − rem
	return 1 - kurang
}

// Bulat rounds n × 10^-dari to ke decimals (0 ≤ ke ≤ dari ≤ 19): half
// away from zero as decimal.Round, or toward zero with potong as
// decimal.Truncate. The result counts 10^-ke.
func Bulat(n int64, dari, ke int32, potong bool) (int64, bool) {
	if ke < 0 || ke > dari || dari > 19 {
		return 0, false
	}
	u, neg := Abs(n)
	unit := pangkat10[dari-ke]
	var q, rem uint64
	if dari-ke == 10 {
		// kinerja's capaian, 12 decimals to the default 2: a division by
		// a constant, which the compiler makes a multiplication.
		q, rem = u/1e10, u%1e10
	} else {
		q, rem = u/unit, u%unit
	}
	if !potong {
		q += Naik(rem, unit)
	}
	return bertanda(q, neg)
}

// bertanda returns the magnitude q with its sign, false when it does not
// fit in int64 (−2^63 does).
func bertanda(q uint64, neg bool) (int64, bool) {
	switch {
	case neg && q <= 1<<63:
		return -int64(q), true // q = 2^63 wraps to math.MinInt64, as it should
	case !neg && q <= math.MaxInt64:
		return int64(q), true
	}
	return 0, false
}

// Abs returns |x| (exact for math.MinInt64) and whether x is negative.
func Abs(x int64) (uint64, bool) {
	if x < 0 {
		return -uint64(x), true
	}
	return uint64(x), false
}

// pangkat10 are the powers of ten that fit in uint64.
var pangkat10 = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// letakDesimal is the layout of decimal.Decimal (v1.6.0): the coefficient
// as a *big.Int (nil for zero) and the exponent.
type letakDesimal struct {
	value *big.Int
	exp   int32
}

// letakCocok reports whether decimal.Decimal has the layout of
// letakDesimal, checked once at start-up on sizes and known values; it
// never changes afterwards.
var letakCocok = func() bool {
	if unsafe.Sizeof(decimal.Decimal{}) != unsafe.Sizeof(letakDesimal{}) {
		return false
	}
	for _, c := range [...]struct {
		v int64
		e int32
	}{{-123456789, -3}, {1 << 62, 7}, {math.MinInt64, -30}} {
		d := decimal.New(c.v, c.e)
		l := (*letakDesimal)(unsafe.Pointer(&d))
		if l.exp != c.e || l.value == nil || !l.value.IsInt64() || l.value.Int64() != c.v {
			return false
		}
	}
	z := decimal.Decimal{}
	return (*letakDesimal)(unsafe.Pointer(&z)).value == nil
}()

// jangkaEksp bounds the exponents batasKoef covers; amounts parsed from
// text have exponents from -30 to 0.
const jangkaEksp = 40

// batasKoef holds, per exponent e, math.MinInt64 × 10^e and
// math.MaxInt64 × 10^e: a decimal at exponent e between them has an int64
// coefficient. Built once, never changed.
var batasKoef = func() (b [2*jangkaEksp + 1][2]decimal.Decimal) {
	for i := range b {
		e := int32(i - jangkaEksp)
		b[i] = [2]decimal.Decimal{decimal.New(math.MinInt64, e), decimal.New(math.MaxInt64, e)}
	}
	return b
}()
