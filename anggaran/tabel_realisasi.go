package anggaran

import (
	"strings"
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
	// The cells are written from the fixed-point values ([Pohon.Nilai],
	// the same figures as [Pohon.Baris]) without making decimals.
	angka := func(sel []string, v Nilai, daun bool) []string {
		rp := func(n NullRupiah) string {
			if !n.Valid && !daun {
				return "tidak lengkap"
			}
			return teksRupiah(n)
		}
		if murni {
			sel = append(sel, rp(v.PaguMurni))
		}
		sel = append(sel, rp(v.Pagu), rp(v.Realisasi), teksPersen(v.Persen, desimal))
		if fisik {
			sel = append(sel, teksPersen(v.Fisik, desimal))
		}
		return sel
	}
	for i := 1; i < p.Len(); i++ {
		s := p.titik(i)
		k := s.kode() // read from the rows: once per row
		jenjang := k.Jenjang()
		if singkat && jenjang < JenjangProgram {
			continue
		}
		sel := make([]string, 0, len(t.Kolom))
		if kolomKode {
			kode := k.String()
			if singkat {
				kode = k.Singkat()
			}
			sel = append(sel, kode)
		}
		sel = append(sel, strings.TrimSpace(p.uraian(i, p.barisNya(i))))
		t.Badan = append(t.Badan, BarisTabel{Sel: angka(sel, p.Nilai(i), s.daun()), Rentang: 1, Tebal: jenjang <= JenjangProgram, Indeks: i})
	}
	var nama string
	daun := false
	if len(p.simpul) > 0 {
		nama, daun = strings.TrimSpace(p.uraian(0, p.barisNya(0))), p.titik(0).daun()
	}
	if nama == "" {
		nama = "JUMLAH"
	}
	rentang := 1
	if kolomKode {
		rentang = 2
	}
	t.Kaki = []BarisTabel{{Sel: angka([]string{nama}, p.Nilai(0), daun), Rentang: rentang, Tebal: true, Indeks: 0}}
	return t
}

// teksRupiah writes an amount of the table, [Strip] when missing: from its
// sen when it has them, as [FormatAngka] writes it.
func teksRupiah(n NullRupiah) string {
	if !n.Valid {
		return Strip
	}
	if sen, ok := n.Rupiah.Sen(); ok {
		if s, ok := formatKoefisien(sen, 2, -1); ok {
			return s
		}
	}
	return FormatAngka(n.Rupiah.Decimal(), -1)
}

// teksPersen writes a percentage of the table with the tree's decimals,
// [Strip] when missing.
func teksPersen(n NullPersentase, desimal int32) string {
	if !n.Valid {
		return Strip
	}
	if q := n.Persentase; q.lain == nil {
		if s, ok := formatKoefisien(q.n, q.des, desimal); ok {
			return s
		}
	}
	return FormatAngka(n.Persentase.Decimal(), desimal)
}
