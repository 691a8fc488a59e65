package anggaran

import (
	"math"

	"github.com/pemkab/sakip/internal/tetap"
	"github.com/shopspring/decimal"
)

// Rupiah is an amount of money, held exactly. An amount that is a whole
// number of sen (hundredths of a Rupiah) between −92.233.720.368.547.758,08
// and 92.233.720.368.547.758,07 (every budget there is) is an int64 count
// of sen: adding, subtracting, comparing it and taking a percentage of it
// allocate nothing. Any other amount (more decimals than sen, or larger) is
// held as a decimal.Decimal, the fallback; so is a sum or difference that
// would overflow int64. Nothing wraps and nothing is rounded: every
// operation gives the result decimal arithmetic gives.
//
// The zero value is Rp 0. Rupiah values are immutable and compare with
// [Rupiah.Equal] or [Rupiah.Cmp] (== compares the representation).
type Rupiah struct {
	sen  int64
	lain *decimal.Decimal // the amount when it is not held in sen; nil otherwise
}

// NullRupiah is a Rupiah that may be missing, as decimal.NullDecimal is
// for decimals: Valid is false when the amount is missing (a missing
// realisasi is not zero).
type NullRupiah struct {
	Rupiah Rupiah
	Valid  bool
}

// Decimal returns the amount as a decimal.NullDecimal.
func (n NullRupiah) Decimal() decimal.NullDecimal {
	if !n.Valid {
		return decimal.NullDecimal{}
	}
	return ada(n.Rupiah.Decimal())
}

// AdaRupiah returns r as a present (Valid) amount, for building rows in
// Go.
func AdaRupiah(r Rupiah) NullRupiah { return NullRupiah{Rupiah: r, Valid: true} }

// RupiahDariDesimal returns d as a NullRupiah, exactly ([RupiahDesimal]):
// missing when d is, in sen when it is a whole number of sen that fits.
// It is the way in for a caller holding decimals; [NullRupiah.Decimal]
// is the way out.
func RupiahDariDesimal(d decimal.NullDecimal) NullRupiah {
	if !d.Valid {
		return NullRupiah{}
	}
	return NullRupiah{Rupiah: RupiahDesimal(d.Decimal), Valid: true}
}

// RupiahSen returns the amount of n sen (RupiahSen(150) is Rp 1,50).
func RupiahSen(n int64) Rupiah { return Rupiah{sen: n} }

// RupiahDesimal returns the amount d (in Rupiah), exactly: in sen when it
// is a whole number of sen that fits, else as a decimal.
func RupiahDesimal(d decimal.Decimal) Rupiah {
	if s, ok := senDari(d); ok {
		return Rupiah{sen: s}
	}
	lain := d // a copy: d itself stays on the stack on the path above
	return Rupiah{lain: &lain}
}

// ParseRupiahSen reads an amount under the text rules of [ParseRupiah]
// ("9.399.497.972", "Rp 1.987.663,-", "1.987.663,50", "-" for nihil) and
// returns it as a Rupiah. An amount with at most two decimals that fits
// is read without allocating; the error is the one ParseRupiah gives.
func ParseRupiahSen(s string) (Rupiah, error) {
	neg, t, err := kupas(s, JenisRupiah)
	if err != nil {
		return Rupiah{}, err
	}
	if t == "" { // nihil
		return Rupiah{}, nil
	}
	intPart, fracPart, group, alasan := pisahAngka(t, JenisRupiah)
	if alasan == "" && len(fracPart) <= 2 {
		var n int64
		digit := 0
		for i := 0; i < len(intPart); i++ {
			if c := intPart[i]; c != group {
				n = n*10 + int64(c-'0')
				digit++
				if digit > 16 { // more than fits without a check: decimals decide
					break
				}
			}
		}
		if digit >= 1 && digit <= 16 {
			for i := range 2 {
				n *= 10
				if i < len(fracPart) {
					n += int64(fracPart[i] - '0')
				}
			}
			if neg {
				n = -n
			}
			return Rupiah{sen: n}, nil
		}
	}
	d, err := ParseAngka(s, JenisRupiah)
	if err != nil {
		return Rupiah{}, err
	}
	return RupiahDesimal(d), nil
}

// Sen returns the amount as a count of sen, and false when it is not a
// whole number of sen that fits in int64.
func (r Rupiah) Sen() (int64, bool) { return r.sen, r.lain == nil }

// Decimal returns the amount in Rupiah as a decimal (Rp 1,50 is 1.5).
func (r Rupiah) Decimal() decimal.Decimal {
	if r.lain != nil {
		return *r.lain
	}
	return decimal.New(r.sen, -2)
}

// String returns the amount in the data file's notation
// ([FormatAngkaBerkas]): "9399497972", "1500.5", "-0.25".
func (r Rupiah) String() string {
	if r.lain != nil {
		return FormatAngkaBerkas(*r.lain)
	}
	u, neg := abs64(r.sen)
	b := make([]byte, 0, 24)
	if neg {
		b = append(b, '-')
	}
	switch {
	case u%100 == 0:
		b = appendTetap(b, u/100, 0, '.', false)
	case u%10 == 0:
		b = appendTetap(b, u/10, 1, '.', false)
	default:
		b = appendTetap(b, u, 2, '.', false)
	}
	return string(b)
}

// Format writes the amount as [FormatRupiah] does: "Rp 9.399.497.972",
// "Rp 1.500,50", "-Rp 1.500".
func (r Rupiah) Format() string {
	if c, ok := r.Sen(); ok {
		if s, ok := formatRupiahSen(c); ok {
			return s
		}
	}
	return FormatRupiah(r.Decimal())
}

// IsZero reports whether the amount is Rp 0.
func (r Rupiah) IsZero() bool {
	if r.lain != nil {
		return r.lain.IsZero()
	}
	return r.sen == 0
}

// Sign returns -1, 0 or 1 as the amount is negative, zero or positive.
func (r Rupiah) Sign() int {
	if r.lain != nil {
		return r.lain.Sign()
	}
	switch {
	case r.sen < 0:
		return -1
	case r.sen > 0:
		return 1
	}
	return 0
}

// Cmp compares the amounts: -1 when r < o, 0 when equal, 1 when r > o.
func (r Rupiah) Cmp(o Rupiah) int {
	if r.lain == nil && o.lain == nil {
		switch {
		case r.sen < o.sen:
			return -1
		case r.sen > o.sen:
			return 1
		}
		return 0
	}
	return r.Decimal().Cmp(o.Decimal())
}

// Equal reports whether the amounts are equal.
func (r Rupiah) Equal(o Rupiah) bool { return r.Cmp(o) == 0 }

// Add returns r + o; in sen when the sum fits, as a decimal otherwise.
func (r Rupiah) Add(o Rupiah) Rupiah {
	if r.lain == nil && o.lain == nil {
		if s, ok := tambah64(r.sen, o.sen); ok {
			return Rupiah{sen: s}
		}
	}
	return RupiahDesimal(r.Decimal().Add(o.Decimal()))
}

// Sub returns r − o; in sen when the difference fits, as a decimal
// otherwise.
func (r Rupiah) Sub(o Rupiah) Rupiah {
	if r.lain == nil && o.lain == nil {
		if s, ok := kurang64(r.sen, o.sen); ok {
			return Rupiah{sen: s}
		}
	}
	return RupiahDesimal(r.Decimal().Sub(o.Decimal()))
}

// Persen returns r / total × 100 rounded to desimal places under rule p,
// exactly as [Persen] computes it for decimals; false when total is zero.
// For amounts in sen the quotient is taken in 128 bits (math/bits) and
// rounded from its remainder, without allocating; a result that does not
// fit falls back to decimals.
func (r Rupiah) Persen(total Rupiah, desimal int32, p Pembulatan) (Persentase, bool) {
	if total.IsZero() {
		return Persentase{}, false
	}
	if r.lain == nil && total.lain == nil {
		if q, ok := persen64(r.sen, total.sen, desimal, p); ok {
			return Persentase{n: q, des: desimal}, true
		}
	}
	q, _ := Persen(r.Decimal(), total.Decimal(), desimal, p)
	return PersentaseDesimal(q), true
}

// persen64 computes round(a × 100 × 10^des / b) under rule p for b ≠ 0,
// rounding half away from zero or truncating toward zero as
// decimal.DivRound and QuoRem do ([tetap.Bagi]); false when des is
// outside 0–17 or the result does not fit in int64.
func persen64(a, b int64, des int32, p Pembulatan) (int64, bool) {
	if des < 0 || des > 17 {
		return 0, false
	}
	if a >= 0 && b > 0 && des == 2 {
		// The common case, a realisation of a positive pagu to the default
		// two decimals: a × 10^4 fits in 64 bits for every amount below
		// Rp 9.223.372.036.854,77, and one division gives the quotient and
		// its remainder.
		if a <= maksPersenDua {
			return persenDua(uint64(a), uint64(b), p == BulatPotong), true
		}
	}
	return tetap.Bagi(a, b, des+2, p == BulatPotong)
}

// maksPersenDua is the largest realisasi in sen [persenDua] takes.
const maksPersenDua = math.MaxInt64 / 10_000

// persenDua is the common case of [persen64], small enough to be inlined:
// round(a × 10^4 / b), half away from zero or truncated with potong, for
// 0 ≤ a ≤ maksPersenDua and b > 0, in one 64-bit division.
func persenDua(a, b uint64, potong bool) int64 {
	n := a * 10_000
	q, r := n/b, n%b
	if !potong {
		q += tetap.Naik(r, b)
	}
	return int64(q) // q ≤ n < 2^63
}

// abs64 returns |x| (exact for math.MinInt64) and whether x is negative.
func abs64(x int64) (uint64, bool) { return tetap.Abs(x) }

// appendTetap appends the fixed-point value u·10^−k (0 ≤ k ≤ 18): the
// whole part, its digits grouped by thousands with dots when ribuan
// ([appendRibuan]), then, when k > 0, koma and exactly k decimals. It is
// the one digit writer of the fixed-point values: the Indonesian figures
// (formatKoefisien: ',' and grouped) and the file's notation
// ([Rupiah.String], [Persentase.String]: '.' and not grouped).
func appendTetap(b []byte, u uint64, k int32, koma byte, ribuan bool) []byte {
	pangkat := uint64(1)
	for range k {
		pangkat *= 10
	}
	var buf [20]byte
	if bulat := appendUint(buf[:0], u/pangkat); ribuan {
		b = appendRibuan(b, bulat)
	} else {
		b = append(b, bulat...)
	}
	if k > 0 {
		b = append(b, koma)
		pecahan := appendUint(buf[:0], u%pangkat+pangkat) // a leading 1, then k digits
		b = append(b, pecahan[1:]...)
	}
	return b
}

func appendUint(b []byte, u uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}

// eksponen returns the exponent the amount is written at in the data
// file's notation ([FormatAngkaBerkas]): 0 for whole Rupiah, -1 or -2
// for tenths or sen, a decimal's own exponent otherwise.
func (r Rupiah) eksponen() int32 {
	if r.lain != nil {
		return r.lain.Exponent()
	}
	return eksponenSen(0, r.sen)
}

// desimalPada returns the amount as a decimal written at exponent e when
// e is at least -2 and the amount a multiple of 10^e, as a sum of amounts
// written at e is (at -2 otherwise); a decimal amount as it is.
func (r Rupiah) desimalPada(e int32) decimal.Decimal {
	if r.lain != nil {
		return *r.lain
	}
	return desimalPada(r.sen, -2, max(e, -2))
}

// hitungPada returns the amount as an integer count of 10^e when it is
// one that fits in int64, without allocating.
func (r Rupiah) hitungPada(e int32) (int64, bool) {
	if r.lain != nil {
		return hitung(*r.lain, e)
	}
	c := r.sen
	for s := e + 2; s > 0; s-- {
		if c%10 != 0 {
			return 0, false
		}
		c /= 10
	}
	for s := e + 2; s < 0; s++ {
		if c > math.MaxInt64/10 || c < math.MinInt64/10 {
			return 0, false
		}
		c *= 10
	}
	return c, true
}

// senDari returns d as a whole count of sen when it is one that fits in
// int64, without allocating.
func senDari(d decimal.Decimal) (int64, bool) {
	switch d.Exponent() {
	case 0: // whole Rupiah, as budgets are written
		c, ok := koefisien(d)
		if !ok || c > math.MaxInt64/100 || c < math.MinInt64/100 {
			return 0, false
		}
		return c * 100, true
	case -2:
		return koefisien(d)
	}
	return hitung(d, -2)
}

// koefisien returns d's coefficient when it fits in int64, without
// allocating ([tetap.Koefisien]).
func koefisien(d decimal.Decimal) (int64, bool) { return tetap.Koefisien(d) }

// hitung returns d as an integer count of 10^e when it is one that fits
// in int64, without allocating ([tetap.Hitung]).
func hitung(d decimal.Decimal, e int32) (int64, bool) { return tetap.Hitung(d, e) }
