package lkip

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Angka is a figure quoted in the document: its value and, when the data
// file gave it as a string, the text as printed ("Rp. 9.399.497.972",
// "98,42%"). In the data file it is a JSON string, read with the anggaran
// parser of its column kind (Rupiah for amounts, Persen for percentages,
// Bilangan for counts), or a JSON number (then Teks is empty). A missing
// figure is a nil *Angka, never a zero.
type Angka struct {
	Nilai decimal.Decimal
	Teks  string
}

// AngkaDari returns the figure d with no printed text; it is written to
// the data file as a JSON number.
func AngkaDari(d decimal.Decimal) *Angka { return &Angka{Nilai: d} }

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
		return errors.New("lkip: Angka.UnmarshalJSON ke penunjuk nil")
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

// baca sets a.Nilai from a.Teks under the column kind j.
func (a *Angka) baca(j anggaran.Jenis) error {
	if a.Teks == "" {
		return nil
	}
	d, err := anggaran.ParseAngka(a.Teks, j)
	if err != nil {
		return err
	}
	a.Nilai = d
	return nil
}

// desimal returns how many decimals the figure was printed with.
func (a Angka) desimal() int32 {
	if n := -a.Nilai.Exponent(); n > 0 {
		return n
	}
	return 0
}

func (a *Angka) format(j anggaran.Jenis) string {
	if a == nil {
		return "–"
	}
	switch j {
	case anggaran.JenisRupiah:
		return anggaran.FormatRupiah(a.Nilai)
	case anggaran.JenisPersen:
		return anggaran.FormatAngka(a.Nilai, -1) + "%"
	}
	return anggaran.FormatAngka(a.Nilai, -1)
}
