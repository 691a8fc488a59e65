package anggaran

import (
	"bufio"
	"io"

	"github.com/pemkab/sakip/internal/md"
	"github.com/shopspring/decimal"
)

// Tabel is a table laid out for print, the one table type of sakip's
// layouts: its columns, its rows and the rows below them (totals, means),
// every cell as the text printed, in the Indonesian format. The layouts
// that make one are [Pohon.Tabel] (an LKIP's Tabel 3.2),
// [PohonRekening.Tabel] (the belanja accounts), kinerja's Hasil.Tabel31
// (Tabel 3.1) and rekap's Rekap.Tabel (the rekap per dinas);
// [RenderTabelMarkdown] writes any of them, and the LKIP report (package
// lkip) converts those it prints to its Markdown, HTML, DOCX and XLSX the
// same way, so every output shows the same cells.
type Tabel struct {
	Kolom []KolomTabel
	Badan []BarisTabel // the rows
	Kaki  []BarisTabel // the rows below them: totals or means; none for a table without
}

// KolomTabel is a column of a [Tabel]: its header and whether it holds
// figures (right-aligned).
type KolomTabel struct {
	Judul string
	Angka bool
}

// BarisTabel is a row of a [Tabel].
type BarisTabel struct {
	// Sel holds the cells' text, one per column, except that the first
	// cell spans Rentang columns.
	Sel []string
	// Rentang is the number of columns the first cell spans: 1 (0 is read
	// as 1), or more for a label (a total's name over the code and uraian
	// columns).
	Rentang int
	// Tebal is whether the row is printed in bold (an empty cell is not).
	Tebal bool
	// Indeks is where the row comes from, in the layout's own terms: the
	// index of [Pohon.Baris] (0 for the total) in Tabel 3.2, of
	// [PohonRekening].Rekening in the belanja table, of Hasil.Indikator in
	// Tabel 3.1 (-1 for a mean).
	Indeks int
}

// RenderTabelMarkdown writes t as a Markdown table: the headers, figure
// columns right-aligned, then the rows and the rows below them, bold where
// a row says so; a cell that spans columns is followed by empty ones.
// Every cell is escaped by the module's one cell escaper, so text prints
// as written (no markup, no "|" or line break that would break the table).
// A nil writer or table is an error and nothing is written.
func RenderTabelMarkdown(w io.Writer, t *Tabel) error {
	if w == nil || t == nil {
		return errTanpaTujuan
	}
	bw := bufio.NewWriter(w)
	tulisTabelMD(bw, t)
	return bw.Flush()
}

func tulisTabelMD(w md.Penulis, t *Tabel) {
	judul := make([]string, len(t.Kolom))
	angka := make([]bool, len(t.Kolom))
	for i, k := range t.Kolom {
		judul[i], angka[i] = k.Judul, k.Angka
	}
	md.Kepala(w, judul, angka)
	for _, bs := range [][]BarisTabel{t.Badan, t.Kaki} {
		for i := range bs {
			md.Baris(w, bs[i].Sel, bs[i].Rentang, bs[i].Tebal, len(t.Kolom))
		}
	}
}

// Tabel lays out the belanja account table as a [Tabel], its one layout
// (the LKIP report prints it, [RenderBelanjaMarkdown] writes it): columns
// KODE REKENING, URAIAN, SEBELUM PERUBAHAN (Rp), SETELAH PERUBAHAN (Rp),
// and REALISASI (Rp) when any account has a realisasi; one row per
// account in code order ([BarisTabel.Indeks] its index in Rekening), the
// code in the official form (5.1.02), the uraian the standard name of the
// code where there is one ([KodeRekening.NamaBaku]) else the name as
// printed, amounts as 9.399.497.972 and "–" when missing; the accounts of
// level 1 and 2 (5, 5.1) in bold. A nil table gives nil.
func (p *PohonRekening) Tabel() *Tabel {
	if p == nil {
		return nil
	}
	real := false
	for i := range p.Rekening {
		real = real || p.Rekening[i].Realisasi.Valid
	}
	t := &Tabel{Kolom: []KolomTabel{{Judul: "KODE REKENING"}, {Judul: "URAIAN"},
		{Judul: "SEBELUM PERUBAHAN (Rp)", Angka: true}, {Judul: "SETELAH PERUBAHAN (Rp)", Angka: true}},
		Badan: make([]BarisTabel, 0, len(p.Rekening))}
	if real {
		t.Kolom = append(t.Kolom, KolomTabel{Judul: "REALISASI (Rp)", Angka: true})
	}
	for i := range p.Rekening {
		r := &p.Rekening[i]
		sel := make([]string, 0, len(t.Kolom))
		sel = append(sel, r.Kode.String(), r.NamaCetak(), teksAngka(r.PaguMurni), teksAngka(r.Pagu))
		if real {
			sel = append(sel, teksAngka(r.Realisasi))
		}
		t.Badan = append(t.Badan, BarisTabel{Sel: sel, Rentang: 1, Tebal: r.Kode.Tingkat() <= 2, Indeks: i})
	}
	return t
}

// NamaCetak is the account's name as the tables print it: the standard
// name of its code where there is one ([KodeRekening.NamaBaku]), else its
// Uraian.
func (j JumlahRekening) NamaCetak() string {
	if n, ok := j.Kode.NamaBaku(); ok {
		return n
	}
	return j.Uraian
}

// teksAngka writes an account's amount, [Strip] when missing.
func teksAngka(d decimal.NullDecimal) string { return FormatAngkaNull(d, -1) }
