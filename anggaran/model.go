package anggaran

import (
	"github.com/shopspring/decimal"
)

// Anggaran is the budget of one dinas for one year as a document gives it:
// the realisation table by code (Rincian, with the printed grand total in
// Jumlah), the belanja account table and the Perjanjian Kinerja amounts.
// Every printed figure is kept next to the rows it should be computed
// from, so that [Anggaran.Check] can compare them. It is the value of the
// "anggaran" key of a data file; see the package documentation for the
// JSON schema.
type Anggaran struct {
	// Tahun is the budget year.
	Tahun int
	// UrusanBidang is the urusan and bidang urusan of the dinas (1.06 for
	// Sosial); it completes the short codes ("1 2 1 6") of the rows.
	UrusanBidang Kode
	// Tabel names the realisation table in the document ("Tabel 3.2"),
	// used in the locations of findings.
	Tabel string
	// Rincian are the rows of the realisation table, at any level. A row
	// without descendants among the rows is a leaf (normally a sub
	// kegiatan) and its amounts are the data; a row with descendants is a
	// printed subtotal, compared with the computed sum.
	Rincian []Rincian
	// Jumlah is the printed grand total row, nil when the table has none.
	Jumlah *Rincian
	// Belanja are the rows of the belanja account table (5, 5.1, 5.1.01…).
	Belanja []Rekening
	// PerjanjianKinerja holds the amounts of the Perjanjian Kinerja table,
	// nil when the document has none.
	PerjanjianKinerja *PerjanjianKinerja
}

// Rincian is one row of a budget table. Amounts are optional
// (Valid false when missing; a missing amount is never zero). The Rupiah
// amounts are [NullRupiah], int64 sen for every amount of at most two
// decimals that fits (a decimal otherwise): [NullRupiah.Decimal] gives a
// decimal.NullDecimal, [AdaRupiah] and [RupiahDariDesimal] make one;
// Persen and Fisik, percentages, are decimals. A leaf without a pagu is the finding anggaran/pagu-kosong. Persen and Sisa are
// only ever the printed values: the computed ones are in [Baris].
//
// A row is placed in the tree by its Kode or, in a table printed without
// codes, by its Tingkat and its place: a program, then its kegiatan, each
// followed by its sub kegiatan ([Compute]).
type Rincian struct {
	Kode Kode
	// Tingkat is the level of a row printed without a code
	// (JenjangProgram, JenjangKegiatan or JenjangSubKegiatan), the zero
	// value when Kode gives it. A table either has codes on every row or
	// on none: the parsers refuse a mix, and [Compute] leaves uncoded rows
	// of a coded table out of the sums (finding anggaran/kode-kosong).
	Tingkat   Jenjang
	Uraian    string
	PaguMurni NullRupiah          // pagu sebelum perubahan (murni)
	Pagu      NullRupiah          // pagu setelah perubahan
	Realisasi NullRupiah          // realisasi keuangan, Rp
	Sisa      NullRupiah          // printed sisa (pagu − realisasi)
	Persen    decimal.NullDecimal // printed realisasi / pagu × 100
	Fisik     decimal.NullDecimal // realisasi fisik, %
	Catatan   string              // a transcriber's note, not computed
	// PaguRenstra is the row's pagu for the whole Renstra period as
	// printed (the Renja evaluation's column 6 Rp); a parent's is compared
	// with the sum of its leaves ([Triwulan] checks).
	PaguRenstra NullRupiah
	// Triwulan is the realisasi keuangan (Rp) within each quarter I–IV
	// of the year, not cumulative: at most 4 amounts, an absent one a
	// quarter not reported (yet); nil when the table gives none. The sum
	// of the quarters reported is the year's realisasi so far ([Pohon.Triwulan]).
	Triwulan []NullRupiah
}

// Rekening is one row of the belanja account table: an account code, its
// name as printed, and the amounts before and after perubahan.
type Rekening struct {
	Kode      KodeRekening
	Uraian    string
	PaguMurni decimal.NullDecimal
	Pagu      decimal.NullDecimal
	Realisasi decimal.NullDecimal
	Catatan   string
}

// PerjanjianKinerja holds the budget column of the Perjanjian Kinerja
// table: one row per program, kegiatan and sub kegiatan with the amount
// printed for it (in Pagu), and the printed total.
type PerjanjianKinerja struct {
	// Tabel names the table in the document, e.g. "Perjanjian Kinerja".
	Tabel   string
	Rincian []Rincian
	Jumlah  *Rincian
}

// Opsi are the computing options. The zero value is the seed's rule:
// percentages rounded half up to 2 decimals.
type Opsi struct {
	// Bulat is the precision of percentages (realisasi, fisik); nil is
	// the default, [BulatBawaan]: 2 decimals, half up. &Bulat{Desimal: 0}
	// is whole percentages, as everywhere.
	Bulat *Bulat
	// SembunyikanKode leaves the code column out of the printed
	// realisation table (Tabel 3.2) even when the rows have codes. The
	// zero value prints the codes when the table has them; a table printed
	// without codes ([Rincian.Tingkat]) never has a code column.
	SembunyikanKode bool
	// Triwulan are the cumulative serapan targets per quarter; the zero
	// value is the default 15, 40, 60, 90 % ([OpsiTriwulan]).
	Triwulan OpsiTriwulan
}

// KolomKode reports whether the realisation table of tree p is printed
// with a code column: when its rows have codes, unless the options hide
// them ([Opsi.SembunyikanKode]).
func (p *Pohon) KolomKode() bool { return p != nil && !p.TanpaKode() && !p.opsi.SembunyikanKode }

// desimal and pembulatan are the precision in force ([Bulat.Berlaku]).
func (o Opsi) desimal() int32 { return o.Bulat.Berlaku().Desimal }

func (o Opsi) pembulatan() Pembulatan { return o.Bulat.Berlaku().Aturan }

// ada wraps a value as a present NullDecimal.
func ada(d decimal.Decimal) decimal.NullDecimal { return decimal.NullDecimal{Decimal: d, Valid: true} }

// Ada returns d as a present (Valid) amount, for building rows in Go.
func Ada(d decimal.Decimal) decimal.NullDecimal { return ada(d) }
