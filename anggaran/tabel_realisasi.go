package anggaran

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Tabel lays out the tree as its realisation table, an LKIP's Tabel 3.2,
// as a [Tabel]: its columns, and every row's cells as the text printed,
// in the Indonesian format. It is the one layout of that table:
// [RenderMarkdown] writes it, and so do the LKIP report's Markdown, HTML,
// DOCX and XLSX writers (package lkip), so every output shows the same
// cells. Rules:
//   - Columns: the code (unless [Pohon.KolomKode] is false: a table
//     printed without codes, or [Opsi.SembunyikanKode]), the uraian, the
//     pagu ("sebelum" and "setelah perubahan" when any leaf has a pagu
//     sebelum perubahan), realisasi keuangan (Rp), realisasi keuangan (%),
//     and realisasi fisik (%) when any leaf has one; the headers are the
//     seed document's.
//   - Rows: one per program, kegiatan and sub kegiatan in code (or table)
//     order, each with its index in [Pohon.Baris] ([BarisTabel.Indeks]).
//     Codes are written in the short column form ("1 2 1 6") when
//     the tree holds a single bidang urusan, else in the official form,
//     with urusan and bidang rows too.
//   - Bold: every row from program up (urusan, bidang urusan, program), as
//     the seed's table sets its programs apart, and the total.
//   - Amounts are written 9.399.497.972, percentages with the tree's
//     decimals and rounding (98,42); "–" when they cannot be computed, and
//     "tidak lengkap" for a sum that a row below without the amount (a sub
//     kegiatan without pagu) leaves uncomputable.
//   - A parent computed without a row of its own has an empty uraian.
//   - The grand total is the one row of [Tabel.Kaki] (Indeks 0): its name
//     as printed (the table's "jumlah" uraian, else "JUMLAH") spans the
//     code and uraian columns.
//
// A nil tree gives nil; the zero Pohon{} its empty total.
func (p *Pohon) Tabel() *Tabel {
	if p == nil {
		return nil
	}
	kolomKode := p.KolomKode()
	singkat := p.Hitungan().Bidang == 1 || p.TanpaKode()
	murni, fisik := p.adaKolom()
	desimal := p.opsi.desimal()
	t := &Tabel{Badan: make([]BarisTabel, 0, p.Len())}
	kolom := func(judul string, angka bool) {
		t.Kolom = append(t.Kolom, KolomTabel{Judul: judul, Angka: angka})
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
		t.Badan = append(t.Badan, BarisTabel{Sel: angka(sel, b), Rentang: 1, Tebal: b.Jenjang <= JenjangProgram, Indeks: i})
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
	t.Kaki = []BarisTabel{{Sel: angka([]string{nama}, j), Rentang: rentang, Tebal: true, Indeks: 0}}
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
