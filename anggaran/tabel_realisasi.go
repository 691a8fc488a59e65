package anggaran

import (
	"strings"

	"github.com/shopspring/decimal"
)

// TabelRealisasi is the layout of the budget realisation table, an LKIP's
// Tabel 3.2: its columns, and every row's cells as the text printed, in
// the Indonesian format. It is the one layout of that table: [RenderMarkdown]
// writes it, and so do the LKIP report's Markdown, HTML, DOCX and XLSX
// writers (package lkip), so every output shows the same cells.
//
// Rules, all from [Pohon.Tabel]:
//   - Columns: the code (unless [Pohon.KolomKode] is false: a table
//     printed without codes, or [Opsi.SembunyikanKode]), the uraian, the
//     pagu ("sebelum" and "setelah perubahan" when any leaf has a pagu
//     sebelum perubahan), realisasi keuangan (Rp), realisasi keuangan (%),
//     and realisasi fisik (%) when any leaf has one; the headers are the
//     seed document's.
//   - Rows: one per program, kegiatan and sub kegiatan in code (or table)
//     order. Codes are written in the short column form ("1 2 1 6") when
//     the tree holds a single bidang urusan, else in the official form,
//     with urusan and bidang rows too.
//   - Amounts are written 9.399.497.972, percentages with the tree's
//     decimals and rounding (98,42); "–" when they cannot be computed, and
//     "tidak lengkap" for a sum that a row below without the amount (a sub
//     kegiatan without pagu) leaves uncomputable.
//   - A parent computed without a row of its own has an empty uraian.
//   - The grand total comes last ([TabelRealisasi.Jumlah]): its name as
//     printed (the table's "jumlah" uraian, else "JUMLAH") spans the code
//     and uraian columns.
type TabelRealisasi struct {
	Kolom []KolomRealisasi
	Badan []BarisRealisasi // the rows above the total
	// Jumlah is the grand total row: Sel[0] is its name, spanning the
	// first Rentang columns, then one cell per figure column.
	Jumlah BarisRealisasi
}

// KolomRealisasi is a column of [TabelRealisasi]: its header and whether
// it holds figures (right-aligned).
type KolomRealisasi struct {
	Judul string
	Angka bool
}

// BarisRealisasi is a row of [TabelRealisasi].
type BarisRealisasi struct {
	// Jenjang is the row's level (JenjangJumlah for the total), for a
	// renderer's emphasis or indent.
	Jenjang Jenjang
	// Sel holds the cells' text, one per column, except that the first
	// cell of the total spans Rentang columns.
	Sel []string
	// Rentang is the number of columns the first cell spans: 1, or for
	// the total the code and uraian columns.
	Rentang int
}

// Tebal reports whether the row is printed in bold: the total, and every
// row from program up (urusan, bidang urusan, program), as the seed's
// table sets its programs apart.
func (b BarisRealisasi) Tebal() bool { return b.Jenjang <= JenjangProgram }

// Tabel lays out the tree as its realisation table ([TabelRealisasi]). A
// nil tree gives nil; the zero Pohon{} its empty total.
func (p *Pohon) Tabel() *TabelRealisasi {
	if p == nil {
		return nil
	}
	kolomKode := p.KolomKode()
	singkat := p.Hitungan().Bidang == 1 || p.TanpaKode()
	murni, fisik := p.adaKolom()
	desimal := p.opsi.desimal()
	t := &TabelRealisasi{Badan: make([]BarisRealisasi, 0, p.Len())}
	kolom := func(judul string, angka bool) {
		t.Kolom = append(t.Kolom, KolomRealisasi{Judul: judul, Angka: angka})
	}
	if kolomKode {
		kolom("KODE REKENING", false)
	}
	kolom("URAIAN ORGANISASI, PROGRAM DAN KEGIATAN", false)
	if murni {
		kolom("ANGGARAN SEBELUM PERUBAHAN (Rp)", true)
		kolom("ANGGARAN SETELAH PERUBAHAN (Rp)", true)
	} else {
		kolom("JUMLAH ANGGARAN (Rp)", true)
	}
	kolom("REALISASI KEUANGAN (Rp)", true)
	kolom("REALISASI KEUANGAN (%)", true)
	if fisik {
		kolom("REALISASI FISIK (%)", true)
	}
	angka := func(sel []string, b Baris) []string {
		rp := func(d decimal.NullDecimal) string {
			if !d.Valid && !b.Daun {
				return "tidak lengkap"
			}
			return teksRupiah(d)
		}
		if murni {
			sel = append(sel, rp(b.PaguMurni))
		}
		sel = append(sel, rp(b.Pagu), rp(b.Realisasi), teksPersen(b.Persen, desimal))
		if fisik {
			sel = append(sel, teksPersen(b.Fisik, desimal))
		}
		return sel
	}
	for i := 1; i < p.Len(); i++ {
		b := p.Baris(i)
		if singkat && b.Jenjang < JenjangProgram {
			continue
		}
		sel := make([]string, 0, len(t.Kolom))
		if kolomKode {
			kode := b.Kode.String()
			if singkat {
				kode = b.Kode.Singkat()
			}
			sel = append(sel, kode)
		}
		sel = append(sel, strings.TrimSpace(b.Uraian))
		t.Badan = append(t.Badan, BarisRealisasi{Jenjang: b.Jenjang, Sel: angka(sel, b), Rentang: 1})
	}
	j := p.Jumlah()
	nama := strings.TrimSpace(j.Uraian)
	if nama == "" {
		nama = "JUMLAH"
	}
	rentang := 1
	if kolomKode {
		rentang = 2
	}
	t.Jumlah = BarisRealisasi{Jenjang: JenjangJumlah, Sel: angka([]string{nama}, j), Rentang: rentang}
	return t
}

// teksRupiah writes an amount of the table, "–" when missing.
func teksRupiah(d decimal.NullDecimal) string {
	if !d.Valid {
		return "–"
	}
	return FormatAngka(d.Decimal, -1)
}

// teksPersen writes a percentage of the table with the tree's decimals,
// "–" when missing.
func teksPersen(d decimal.NullDecimal, desimal int32) string {
	if !d.Valid {
		return "–"
	}
	return FormatAngka(d.Decimal, desimal)
}
