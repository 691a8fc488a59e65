package kinerja

import (
	"encoding/json"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Angka is a figure of the document, the one number type of every
// package that reads one (kinerja's targets and realisasi, lkip's quoted
// figures: lkip.Angka is this type): its value and, when the data file
// gave it as a string, the text as printed ("Rp. 9.399.497.972",
// "98,42%", "107,9"), which keeps the printed precision. A missing figure
// is a nil *Angka, never a zero. Budget amounts of the realisation table
// are anggaran's, kept as computed amounts, not as printed text.
//
// Angka is read only by the data-file reader ([Parse], lkip.Parse), which
// knows the column kind a text is read under and where it stands; it has
// no UnmarshalJSON of its own, so that encoding/json cannot read a figure
// by other rules.
type Angka struct {
	Nilai decimal.Decimal
	Teks  string
}

// Desimal returns how many decimals the number was printed with ("107,9"
// → 1, "77" → 0, "3,43" → 2), read from the parsed value, which keeps the
// printed precision.
func (a Angka) Desimal() int32 {
	if n := -a.Nilai.Exponent(); n > 0 {
		return n
	}
	return 0
}

// String returns the printed text, or the value in plain decimal.
func (a Angka) String() string {
	if a.Teks != "" {
		return a.Teks
	}
	return anggaran.FormatAngkaBerkas(a.Nilai)
}

// MarshalJSON writes Teks as a JSON string, or Nilai as a JSON number when
// Teks is empty.
func (a Angka) MarshalJSON() ([]byte, error) {
	if a.Teks != "" {
		return json.Marshal(a.Teks)
	}
	return []byte(anggaran.FormatAngkaBerkas(a.Nilai)), nil
}
