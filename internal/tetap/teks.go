package tetap

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Teks writes d exactly as a plain decimal ("1500", "6.7", "-0.125"): no
// exponent, no grouping, trailing zeros after the decimal point dropped,
// zero as "0". It is the one number text of every file the project writes
// (anggaran.FormatAngkaBerkas is it; the spreadsheet writer uses it for
// its cells). Unlike d.String() it does not depend on decimal's package
// variables (TrimTrailingZeros, UseScientificNotation): StringFixed
// never reads them.
func Teks(d decimal.Decimal) string {
	if d.Exponent() >= 0 {
		return d.StringFixed(0)
	}
	s := d.StringFixed(-d.Exponent())
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}
