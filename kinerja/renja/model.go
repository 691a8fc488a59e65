// Package renja is the Renja evaluation form of Permendagri 86/2017
// ("Evaluasi terhadap Hasil Renja Perangkat Daerah", the form of the
// quarterly RKPD evaluation): its rows — urusan, bidang urusan, program,
// kegiatan, sub kegiatan, each with an indicator, its unit and its money —
// and its fifteen numbered columns, computed from the data, rendered like
// the form, and reviewed.
//
// Data flows parse > model > compute > render:
//
//	f, err := renja.BacaXLSX(data)          // the form as a spreadsheet saved it (or BacaTSV, its transcription)
//	h := renja.Hitung(f, renja.Opsi{})      // columns 13, 14, 15, triwulan, serapan, predikat
//	renja.TulisMarkdown(w, f, h)            // the form, with its column numbers (TulisHTML: ready to print)
//	for _, t := range renja.Periksa(f, h) { … } // the review: anggaran.Temuan
//
// # Reading the spreadsheet
//
// The form is found by its numbers row ("1 2 3 … 15", "13 = 9 + 10 + 11 +
// 12" counting as 13) and the "K Rp. %" row under it, wherever they are;
// the title rows above give the Pemda and the year. The rows have no
// codes: a row's parent is the row whose Rp formulas add it up (SUM(O15:O21),
// SUM(K14+K22), K109 — the set of rows most Rp columns agree on, since
// real forms add a row twice in one column), then the layout (a row no
// formula claims belongs to the program or kegiatan above it), and for a
// form typed in as values the row whose pagu is the sum of the rows below
// it. Levels follow: a name "Program …" is a program, below it kegiatan
// then sub kegiatan, above it bidang then urusan. A row without a name but
// with an indicator (or with its name cell merged into the row above) is
// a further indicator of that row. The quarter "%" columns are read as
// fractions (0,25) or as 0–100 per column, by the number format and the
// values. Every unreadable cell is an error naming the sheet, the cell and
// the row ([CellError]).
//
// # The columns
//
//	1 No                       6 Renstra end target (K, Rp)
//	2 Sasaran                  7 realisasi up to last year (K, Rp)
//	3 Urusan/…/Sub Kegiatan    8 this year's target and pagu (K, Rp)
//	4 Indikator                9–12 realisasi in triwulan I–IV (K, Rp)
//	5 Satuan                  13 = 9 + 10 + 11 + 12
//	                          14 = 7 + 13
//	                          15 = 14 / 6 × 100
//
// # Rules
//
//  1. Money (Rp) of a parent row is the sum of its children, from the sub
//     kegiatan up; a sub kegiatan's is its own. Amounts are exact decimals.
//  2. Kinerja (K) of a sub kegiatan is its own, per quarter; cumulative
//     to TW n is the sum of TW I..n. A parent's indicator is an outcome
//     in its own unit: its realisasi is rolled up as the form does, the
//     mean of its children's progress (cumulative K / target, children
//     with a target of 0 left out) times the parent's own target.
//  3. Column 14 K is 7 + 13 only for a unit that can be summed across
//     years (counts: Dok, Lap, Unit, Orang…). For a percentage, an index,
//     a score or a rate ("Orang / Bulan") the value at the end of this
//     year is the year's own (14 = 13), and the review says where the form
//     summed them.
//  4. Percentages (serapan, capaian, columns 15) are bagian × 100 / total
//     rounded to two decimals, half up, once (anggaran.Persen). A total of
//     0 gives no percentage (the form's #DIV/0!), never 0 or 100. The
//     parent's progress fraction is kept to 10 decimal places before it is
//     multiplied by the target, and the product rounded to 4.
//  5. Serapan targets per triwulan are cumulative percentages of the pagu,
//     by default 15, 40, 60, 90 (DOMAIN §5, the finance offices' targets);
//     a Pemda sets its own in [Opsi.Triwulan].
//  6. The predikat is that of column 15 K (the Renstra achievement) on
//     the Permendagri 86/2017 scale unless [Opsi.Skala] says otherwise;
//     the year's own capaian (13 / 8 × 100) is given beside it.
package renja

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// Tingkat is the level of a row of the form.
type Tingkat int

// The levels, from the top. TingkatTidakDiketahui is a row whose level
// neither the formulas, the layout nor the name tell (the review says so).
const (
	TingkatTidakDiketahui Tingkat = iota
	Urusan
	Bidang
	Program
	Kegiatan
	SubKegiatan
)

// String returns the level's Indonesian name.
func (t Tingkat) String() string {
	switch t {
	case Urusan:
		return "urusan"
	case Bidang:
		return "bidang urusan"
	case Program:
		return "program"
	case Kegiatan:
		return "kegiatan"
	case SubKegiatan:
		return "sub kegiatan"
	}
	return "tingkat tidak diketahui"
}

// Nilai is one figure of the form: an exact amount, or absent (a blank
// cell), or an error the spreadsheet printed ("#DIV/0!").
type Nilai struct {
	Angka decimal.Decimal
	Ada   bool   // false: the cell is blank
	Galat string // the printed error, e.g. "#DIV/0!"; Ada is false
}

// N returns a present value.
func N(d decimal.Decimal) Nilai { return Nilai{Angka: d, Ada: true} }

// Pasangan is the pair of figures of a numbered column: kinerja (K) and
// money (Rp).
type Pasangan struct {
	K, Rp Nilai
}

// Triwulan is one quarter's realisasi as the form prints it: K in the
// quarter, the cumulative capaian in percent (0–100, whatever scale the
// sheet used), and Rp in the quarter.
type Triwulan struct {
	K, Persen, Rp Nilai
}

// BarisFormulir is one row of the form.
type BarisFormulir struct {
	Lembar    int     // the spreadsheet's row number, 0 when not from a sheet
	No        string  // column 1 as printed ("5", "0", "")
	Tingkat   Tingkat // from the formulas, the layout and the name
	Sasaran   string  // column 2
	Nama      string  // column 3
	Indikator string  // column 4
	Satuan    string  // column 5
	// Lanjutan marks a further indicator of the row above (the name
	// cell is empty or merged with the row above): its K figures are its
	// own, its money is the row above's.
	Lanjutan bool
	Induk    int   // index of the parent row in Formulir.Baris, -1 for a root
	Anak     []int // indices of the children, in order

	Renstra    Pasangan    // 6
	SampaiLalu Pasangan    // 7
	Target     Pasangan    // 8: K target and Rp pagu of this year
	Triwulan   [4]Triwulan // 9–12
	Tercetak   [3]Pasangan // 13, 14, 15 as printed
}

// Label names the row for staff by its spreadsheet row, its printed
// number and its name: "15 (No 5) «Penyusunan Dokumen …»" (a finding's
// location prints it after "baris").
func (b *BarisFormulir) Label() string {
	if b == nil {
		return ""
	}
	s := ""
	if b.Lembar > 0 {
		s = strconv.Itoa(b.Lembar)
	}
	if b.No != "" {
		if s != "" {
			s += " "
		}
		s += "(No " + b.No + ")"
	}
	nama := b.Nama
	if b.Lanjutan || nama == "" {
		nama = b.Indikator
	}
	if nama != "" {
		if s != "" {
			s += " "
		}
		s += "«" + nama + "»"
	}
	return s
}

// Formulir is a Renja evaluation form.
type Formulir struct {
	Judul           string // "Evaluasi Terhadap Hasil RKPD"
	Pemda           string // "Kabupaten Deli Serdang"
	Tahun           int    // the year evaluated, 0 when not given
	PerangkatDaerah string
	Lembar          string // the sheet's name
	Baris           []BarisFormulir
	// Jumlah is the form's total row as printed (nil when the form has
	// none), with the rows its formulas add up (indices into Baris).
	Jumlah     *BarisFormulir
	JumlahDari []int
}
