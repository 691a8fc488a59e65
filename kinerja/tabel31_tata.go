package kinerja

import (
	"strconv"

	"github.com/pemkab/sakip/anggaran"
)

// Tabel31 lays out Tabel 3.1, the capaian of the IKU in the reporting
// year of h, computed from d, as an [anggaran.Tabel]: its columns, and
// every row's cells as the text printed, in the Indonesian format. It is
// the one layout of that table: [RenderTabelCapaian] writes it, and so do
// the LKIP report's Markdown, HTML, DOCX and XLSX writers (package lkip).
// rumus adds the column of the realisasi the formula parts imply (the
// capaian report's; a printed LKIP has none). Rules:
//   - Columns: No., Sasaran Strategis, Indikator Kinerja, Target,
//     Realisasi, (Realisasi menurut rumus, when asked for: the realisasi
//     the formula parts imply, "–" where they are not known), Capaian,
//     Predikat, Rumus.
//   - Rows (Badan): the IKU grouped by sasaran ([IKUPerSasaran]), each
//     with its index in h.Indikator ([anggaran.BarisTabel.Indeks]); the
//     number and the sasaran only on a group's first row. The number is
//     the sasaran's printed Nomor, else its place; the IKU without a known
//     sasaran (the group "(tanpa sasaran)", last) have none.
//   - Target and realisasi as printed ("6,77%"), capaian with the
//     decimals it was computed with ([Capaian.Teks]); "–" for a missing
//     figure, predikat or formula, "tidak dapat dihitung" for a capaian
//     without a value for the year.
//   - Kaki: the mean capaian of every sasaran with IKU, then that of all
//     IKU (in bold), each label spanning the columns up to Capaian, Indeks
//     -1.
//
// A nil document or result gives nil.
func (h *Hasil) Tabel31(d *Dokumen, rumus bool) *anggaran.Tabel {
	if d == nil || h == nil {
		return nil
	}
	des := h.Desimal
	t := &anggaran.Tabel{}
	for _, k := range []string{"No.", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Realisasi menurut rumus", "Capaian", "Predikat", "Rumus"} {
		if k == "Realisasi menurut rumus" && !rumus {
			continue
		}
		angka := k == "Target" || k == "Realisasi" || k == "Realisasi menurut rumus" || k == "Capaian"
		t.Kolom = append(t.Kolom, anggaran.KolomTabel{Judul: k, Angka: angka})
	}
	ss, gs := IKUPerSasaran(d, h)
	for si, sa := range ss {
		no := ""
		switch {
		case sa.Nomor != "":
			no = sa.Nomor + "."
		case sa.ID != "":
			no = strconv.Itoa(si+1) + "."
		}
		for j, i := range gs[si] {
			hi := &h.Indikator[i]
			sel := make([]string, 0, len(t.Kolom))
			if j == 0 {
				sel = append(sel, no, sa.Uraian)
			} else {
				sel = append(sel, "", "")
			}
			sel = append(sel, hi.Nama)
			rr, rm := "–", "–"
			if r := d.Indikator[hi.Indeks].Rumus; r != nil && r.Teks != "" {
				rm = r.Teks
			}
			if s := hi.Pada(h.Tahun); s != nil {
				if s.RealisasiRumus != nil {
					rr = fmtAngka(*s.RealisasiRumus, des, hi.Satuan)
				}
				sel = append(sel, fmtNilai(s.Target, hi.Satuan), fmtNilai(s.Realisasi, hi.Satuan))
				if rumus {
					sel = append(sel, rr)
				}
				sel = append(sel, s.Capaian.Teks(des), fmtPredikat(s.Predikat), rm)
			} else {
				sel = append(sel, "–", "–")
				if rumus {
					sel = append(sel, rr)
				}
				sel = append(sel, TidakDapatDihitung, "–", rm)
			}
			t.Badan = append(t.Badan, anggaran.BarisTabel{Sel: sel, Rentang: 1, Indeks: i})
		}
	}
	rentang := len(t.Kolom) - 3 // the label spans up to Capaian
	rata := func(label string, a Agregat, tebal bool) {
		t.Kaki = append(t.Kaki, anggaran.BarisTabel{Sel: []string{label, a.Capaian.Teks(des), fmtPredikat(a.Predikat), ""}, Rentang: rentang, Tebal: tebal, Indeks: -1})
	}
	for _, a := range h.Sasaran {
		if a.Jumlah > 0 {
			rata("Rata-rata capaian sasaran: "+a.Uraian, a, false)
		}
	}
	if h.Dinas.Jumlah > 0 {
		rata("Rata-rata capaian seluruh IKU", h.Dinas, true)
	}
	return t
}
