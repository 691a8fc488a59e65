package anggaran

import (
	"github.com/shopspring/decimal"
)

// Persentase is a percentage with a fixed number of decimals, held
// exactly: an integer n with its decimals d (the value n × 10^−d), without
// allocating when n fits in int64 and d is 0 to 18, else as a
// decimal.Decimal (the fallback). A computed percentage ([Rupiah.Persen],
// [Nilai]) has the decimals it was rounded to, so 98,40 keeps both.
//
// The zero value is 0 with no decimals.
type Persentase struct {
	n    int64
	des  int32
	lain *decimal.Decimal // the value when it is not held as n, des; nil otherwise
}

// NullPersentase is a Persentase that may be missing (Valid false), as
// decimal.NullDecimal is for decimals.
type NullPersentase struct {
	Persentase Persentase
	Valid      bool
}

// Decimal returns the percentage as a decimal.NullDecimal.
func (n NullPersentase) Decimal() decimal.NullDecimal {
	if !n.Valid {
		return decimal.NullDecimal{}
	}
	return ada(n.Persentase.Decimal())
}

// PersentaseDesimal returns d as a Persentase, exactly, with the decimals
// d is written with ("98.40" keeps two).
func PersentaseDesimal(d decimal.Decimal) Persentase {
	if e := d.Exponent(); e <= 0 && e >= -18 {
		if n, ok := koefisien(d); ok {
			return Persentase{n: n, des: -e}
		}
	} else if e > 0 {
		if n, ok := hitung(d, 0); ok {
			return Persentase{n: n}
		}
	}
	lain := d // a copy: d itself stays on the stack on the paths above
	return Persentase{lain: &lain}
}

// Decimal returns the percentage as a decimal, at its decimals.
func (p Persentase) Decimal() decimal.Decimal {
	if p.lain != nil {
		return *p.lain
	}
	return decimal.New(p.n, -p.des)
}

// Desimal returns the number of decimals the percentage is written with.
func (p Persentase) Desimal() int32 {
	if p.lain != nil {
		return max(0, -p.lain.Exponent())
	}
	return p.des
}

// String returns the percentage in the data file's notation at its
// decimals ("98.42", "100.00", "-2.5"), as a JSON table writes it.
func (p Persentase) String() string {
	if p.lain != nil {
		return p.lain.StringFixed(p.Desimal())
	}
	u, neg := abs64(p.n)
	b := make([]byte, 0, 24)
	if neg && u != 0 {
		b = append(b, '-')
	}
	return string(appendTetap(b, u, p.des, '.', false))
}

// Format writes the percentage the Indonesian way with its decimals and a
// percent sign, as [FormatSatuan] does with "%": "98,42%".
func (p Persentase) Format() string { return FormatSatuan(p.Decimal(), p.Desimal(), "%") }

// IsZero reports whether the percentage is 0.
func (p Persentase) IsZero() bool {
	if p.lain != nil {
		return p.lain.IsZero()
	}
	return p.n == 0
}

// Equal reports whether the percentages have the same value (98,4 equals
// 98,40).
func (p Persentase) Equal(o Persentase) bool {
	if p.lain == nil && o.lain == nil && p.des == o.des {
		return p.n == o.n
	}
	return p.Decimal().Equal(o.Decimal())
}
