package kinerja

import (
	"bytes"
	"encoding/json"
	"errors"

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

// UnmarshalJSON keeps a JSON string in Teks (its value is read by the
// loader, which knows the column kind and the path for errors) and reads a
// JSON number into Nilai exactly. Any other JSON value is kept as text, so
// that the loader reports it, located, as not a number. A nil *Angka is an
// error.
func (a *Angka) UnmarshalJSON(b []byte) error {
	if a == nil {
		return errors.New("kinerja: Angka.UnmarshalJSON ke penunjuk nil")
	}
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*a = Angka{Teks: s}
		return nil
	}
	if len(b) > 0 && (b[0] == '-' || (b[0] >= '0' && b[0] <= '9')) {
		if d, err := decimal.NewFromString(string(b)); err == nil {
			*a = Angka{Nilai: d}
			return nil
		}
	}
	*a = Angka{Teks: string(b)}
	return nil
}
