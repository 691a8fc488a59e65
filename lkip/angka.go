package lkip

import (
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// Angka is a figure quoted in the document: [kinerja.Angka], the one
// number type of a document's figures (value, printed text, missing as a
// nil *Angka). In the data file it is a JSON string, read with the
// anggaran parser of its column kind (Rupiah for amounts, Persen for
// percentages, Bilangan for counts), or a JSON number (then Teks is
// empty).
type Angka = kinerja.Angka

// AngkaDari returns the figure d with no printed text; it is written to
// the data file as a JSON number.
func AngkaDari(d decimal.Decimal) *Angka { return &Angka{Nilai: d} }

// bacaTeksAngka sets a.Nilai from a.Teks under the column kind j.
func bacaTeksAngka(a *Angka, j anggaran.Jenis) error {
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

// formatAngka writes a quoted figure the Indonesian way under its column
// kind j, "–" when it is missing.
func formatAngka(a *Angka, j anggaran.Jenis) string {
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
