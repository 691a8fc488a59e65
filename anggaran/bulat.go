package anggaran

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// Bulat is a precision: the number of decimals a computed percentage
// (realisasi, capaian, fisik, penyerapan) is rounded to, and the rule.
// It is the one precision type of sakip: anggaran.Opsi, kinerja.Opsi and
// the lkip and rekap options that embed them hold a *Bulat, and a Bulat
// means what it says everywhere — Desimal 0 is whole percentages, 2 is
// two decimals — like the desimal argument of [Persen] and
// [Pembulatan.Round]. The default is not a value of Bulat but a nil
// *Bulat in an options struct: [BulatBawaan], two decimals rounded half
// up, the seed's rule.
type Bulat struct {
	// Desimal is the number of decimal places, 0 or more (a negative
	// value is read as 0).
	Desimal int32
	// Aturan is the rounding rule; its zero value is BulatSetengahNaik.
	Aturan Pembulatan
}

// BulatBawaan returns the default precision, what a nil *Bulat in any
// options struct means: two decimals, rounded half up.
func BulatBawaan() Bulat { return Bulat{Desimal: 2, Aturan: BulatSetengahNaik} }

// Berlaku returns the precision in force: *b, or [BulatBawaan] when b is
// nil.
func (b *Bulat) Berlaku() Bulat {
	if b == nil {
		return BulatBawaan()
	}
	return Bulat{Desimal: max(b.Desimal, 0), Aturan: b.Aturan}
}

// Round rounds d to b's decimals under b's rule.
func (b Bulat) Round(d decimal.Decimal) decimal.Decimal {
	return b.Aturan.Round(d, max(b.Desimal, 0))
}

// Persen returns bagian / total × 100 at b's precision ([Persen]), false
// when total is zero.
func (b Bulat) Persen(bagian, total decimal.Decimal) (decimal.Decimal, bool) {
	return Persen(bagian, total, max(b.Desimal, 0), b.Aturan)
}

// String describes the precision in Indonesian, for messages: "dibulatkan
// ke 2 desimal", "dipotong ke 0 desimal".
func (b Bulat) String() string {
	return b.Aturan.String() + " ke " + strconv.Itoa(int(max(b.Desimal, 0))) + " desimal"
}
