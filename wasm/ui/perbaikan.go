package ui

import (
	"errors"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

// Fields that no editing page shows (the identity, Bab I, the narrative,
// the quoted figures, the Perjanjian Kinerja, the formula texts…) are
// corrected from the Reviu page, one finding at a time: the value at the
// finding's path is replaced by lkip (Dokumen.SetNilai), which reads the
// changed document as it reads a file, so a value the file format refuses
// is refused with the same message.

// Perbaiki replaces the value at path (a finding's Lokasi.Path) of the
// active document by the text nilai, as lkip.Dokumen.SetNilai does. On
// success the new document becomes the active one, everything is
// recomputed with lkip.Compute and the document is saved once typing
// pauses, as after any edit. On error the document is not changed and the
// message, in Bahasa Indonesia, is kept for the field and returned.
func (t *Toko) Perbaiki(path, nilai string) error {
	if t.Dok == nil {
		return errors.New("belum ada dokumen")
	}
	baru, err := t.Dok.SetNilai(path, nilai)
	if err != nil {
		t.perbaikan[path] = draf{Teks: nilai, Galat: pesanPerbaikan(path, err)}
		return err
	}
	delete(t.perbaikan, path)
	t.Dok = baru
	t.hitung()
	t.catatUbah()
	t.Diperbaiki = "Isian " + path + " diganti menjadi \u201c" + nilai + "\u201d."
	return nil
}

// KetikPerbaikan keeps the text typed into the Reviu editor of path until
// it is saved; a previous error stays shown until the next attempt.
func (t *Toko) KetikPerbaikan(path, teks string) {
	d := t.perbaikan[path]
	d.Teks = teks
	t.perbaikan[path] = d
}

// pesanPerbaikan words an error of SetNilai for the field it is shown
// next to: without the path when the error is about that field itself.
func pesanPerbaikan(path string, err error) string {
	var pe *lkip.ParseError
	if errors.As(err, &pe) && pe.Path == path && pe.Err != nil {
		return kapital(pe.Err.Error()) + "."
	}
	return kapital(err.Error()) + "."
}

// NilaiTemuan returns the current values of the fields the Reviu page
// edits itself (findings with no field on another page), by path. They are
// read with lkip (one encoding of the document) once per computed report.
func (t *Toko) NilaiTemuan() map[string]string {
	if t.Lap == nil || t.Dok == nil {
		return nil
	}
	if t.nilaiLap == t.Lap && t.nilaiTemuan != nil {
		return t.nilaiTemuan
	}
	var paths []string
	for _, tm := range t.Lap.Temuan {
		if p := tm.Lokasi.Path; p != "" && !t.adaIsian(p) {
			paths = append(paths, p)
		}
	}
	t.nilaiTemuan, t.nilaiLap = t.Dok.NilaiSemua(paths...), t.Lap
	return t.nilaiTemuan
}

// adaIsian reports whether an editing page has an input for the field at
// path (so a finding there is fixed on that page): the pagu and realisasi
// of a leaf row of the budget and of a leaf belanja account, and the
// figures per year of an indicator (its formula parts only when it has a
// formula). It mirrors what the Anggaran and Kinerja pages render.
func (t *Toko) adaIsian(path string) bool {
	d := t.Dok
	if d == nil {
		return false
	}
	if i, kolom, ok := indeksKolom(path, "anggaran.rincian["); ok {
		if (kolom != "pagu" && kolom != "realisasi") || t.Pohon == nil {
			return false
		}
		if d.Anggaran == nil || i >= len(d.Anggaran.Rincian) {
			return false
		}
		n, ok := t.Pohon.Find(d.Anggaran.Rincian[i].Kode)
		if !ok {
			return false
		}
		b := t.Pohon.Baris(n)
		return b.Indeks == i && b.Jenjang >= anggaran.JenjangProgram && b.Daun
	}
	if i, kolom, ok := indeksKolom(path, "anggaran.belanja["); ok {
		if (kolom != "pagu_murni" && kolom != "pagu" && kolom != "realisasi") || t.Belanja == nil {
			return false
		}
		for _, r := range t.Belanja.Rekening {
			if r.Indeks == i {
				return r.Daun
			}
		}
		return false
	}
	if i, sisa, ok := indeksKolom(path, "kinerja.indikator["); ok {
		if d.Kinerja == nil || i >= len(d.Kinerja.Indikator) {
			return false
		}
		j, kolom, ok := indeksKolom(sisa, "tahun[")
		if !ok || j >= len(d.Kinerja.Indikator[i].Tahun) {
			return false
		}
		switch kolom {
		case "target", "realisasi":
			return true
		case "pembilang", "penyebut":
			return d.Kinerja.Indikator[i].Rumus != nil
		}
	}
	return false
}

// indeksKolom splits "prefix3].rest" into 3 and "rest".
func indeksKolom(path, prefix string) (int, string, bool) {
	s, ok := strings.CutPrefix(path, prefix)
	if !ok {
		return 0, "", false
	}
	n, sisa, ok := strings.Cut(s, "]")
	if !ok {
		return 0, "", false
	}
	i, err := strconv.Atoi(n)
	if err != nil || i < 0 {
		return 0, "", false
	}
	return i, strings.TrimPrefix(sisa, "."), true
}
