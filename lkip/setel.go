package lkip

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pemkab/sakip/anggaran"
)

// SetNilai returns a new document equal to d except that the value at path
// (a JSON path in the data file rooted at the document, as in
// [anggaran.Lokasi].Path: "identitas.tanda_tangan[1].pangkat",
// "anggaran.perjanjian_kinerja.rincian[23].pagu") is replaced by the text
// nilai. d itself is never changed.
//
// Rules:
//   - The value at path must exist in the encoded document ([Dokumen.Encode])
//     and be a string or a number; an object, array, boolean, null or a
//     missing field is refused.
//   - nilai is written as a JSON string, so that a figure keeps the text as
//     typed ("88,500,000") and is read by the same parsers as a file. Only
//     when the value was a JSON number and nilai is a plain integer
//     ("2021") is it written as a number, so that fields holding whole
//     numbers (a year, a headcount) accept it too.
//   - The changed document is read back with [Parse]; if it no longer
//     parses (a figure that is not a number, say), that error is returned.
//   - A paragraph of the narrative carries its quoted figures along: when
//     the new text replaces a figure that the data file records as quoted
//     by this paragraph (the Dokumen.Kutipan copies and the kutipan of the
//     kinerja figures, see the reviu's kutipan checks) by another number,
//     the copy gets that number too, so that correcting the printed text
//     corrects the quote. A copy is left alone when the figure is still
//     printed in the paragraph, or when what replaced it is not one number.
//
// Every error is a *[ParseError] whose Path is path and whose message is in
// Bahasa Indonesia; it carries no file name or line, since the text was
// typed, not read from a file.
func (d *Dokumen) SetNilai(path, nilai string) (*Dokumen, error) {
	data, err := d.Encode()
	if err != nil {
		return nil, &ParseError{Path: path, Err: fmt.Errorf("dokumen tidak dapat ditulis: %v", err)}
	}
	letak := anggaran.NewLetakJSON(data)
	awal, akhir, err := rentangDaun(data, letak, path)
	if err != nil {
		return nil, err
	}
	var baru []byte
	if data[awal] != '"' && bilanganBulat(nilai) {
		baru = []byte(nilai)
	} else {
		baru, err = kutip(nilai)
		if err != nil {
			return nil, &ParseError{Path: path, Err: fmt.Errorf("isian tidak dapat ditulis: %v", err)}
		}
	}
	ganti := []penggantian{{awal, akhir, baru}}
	if strings.HasPrefix(path, "narasi.") {
		if g := bawaKutipan(d, data, letak, path, nilai); len(g) > 0 {
			if hasil, err := Parse(terapkanGanti(data, append(ganti, g...)), ""); err == nil {
				return hasil, nil
			}
		}
	}
	ubah := terapkanGanti(data, ganti)
	hasil, err := Parse(ubah, "")
	if err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) {
			return nil, &ParseError{Path: path, Err: err}
		}
		// The line is one of the encoded text, which the user never sees.
		e := *pe
		e.Berkas, e.Baris = "", 0
		if e.Path == "" {
			e.Path = path
		}
		return nil, &e
	}
	return hasil, nil
}

// Nilai returns the value at path (as in [Dokumen.SetNilai]) as text: a
// string as it is, a number as written in the encoded document; false when
// there is no such value or it is not a string or a number.
func (d *Dokumen) Nilai(path string) (string, bool) {
	v, ok := d.NilaiSemua(path)[path]
	return v, ok
}

// NilaiSemua returns, as [Dokumen.Nilai] does, the values at several paths
// at once, encoding the document once: the map holds the paths that have a
// string or number value. It is what a page listing many fields calls.
func (d *Dokumen) NilaiSemua(paths ...string) map[string]string {
	hasil := make(map[string]string, len(paths))
	data, err := d.Encode()
	if err != nil {
		return hasil
	}
	letak := anggaran.NewLetakJSON(data)
	for _, p := range paths {
		if v, _, ok := nilaiDi(data, letak, p); ok {
			hasil[p] = v
		}
	}
	return hasil
}

// nilaiDi returns the string or number at path in data (mapped by letak)
// as text: a string as it is (teks true), a number as written.
func nilaiDi(data []byte, letak *anggaran.LetakJSON, path string) (nilai string, teks, ok bool) {
	awal, akhir, err := rentangDaun(data, letak, path)
	if err != nil {
		return "", false, false
	}
	raw := data[awal:akhir]
	if raw[0] != '"' {
		return string(raw), false, true
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false, false
	}
	return s, true, true
}

// rentangDaun returns the byte span of the string or number at path in
// data (mapped by letak), or a *ParseError saying why there is none.
func rentangDaun(data []byte, letak *anggaran.LetakJSON, path string) (awal, akhir int64, err error) {
	if path == "" {
		return 0, 0, &ParseError{Err: errors.New("jalur isian kosong")}
	}
	awal, akhir, ok := letak.Rentang(path)
	if !ok {
		return 0, 0, &ParseError{Path: path, Err: errors.New("tidak ada isian di jalur ini")}
	}
	switch c := data[awal]; {
	case c == '"', c == '-', c >= '0' && c <= '9':
		return awal, akhir, nil
	case c == '{' || c == '[':
		return 0, 0, &ParseError{Path: path, Err: errors.New("jalur ini menunjuk kelompok isian, bukan satu isian teks atau angka")}
	}
	return 0, 0, &ParseError{Path: path, Err: fmt.Errorf("isian ini bukan teks atau angka (berisi %s)", potong(string(data[awal:akhir])))}
}

// bilanganBulat reports whether s is a JSON integer literal ("2021", "-3",
// "0"; not "007", "1.000" or " 5").
func bilanganBulat(s string) bool {
	t := s
	if len(t) > 0 && t[0] == '-' {
		t = t[1:]
	}
	if t == "" || (t[0] == '0' && len(t) > 1) {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// kutip writes s as a JSON string, without escaping HTML characters.
func kutip(s string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// penggantian replaces the bytes [awal, akhir) of an encoded document.
type penggantian struct {
	awal, akhir int64
	isi         []byte
}

// terapkanGanti returns a copy of data with the replacements made; they must
// not overlap.
func terapkanGanti(data []byte, gs []penggantian) []byte {
	gs = slices.Clone(gs)
	slices.SortFunc(gs, func(a, b penggantian) int { return cmp.Compare(a.awal, b.awal) })
	out := make([]byte, 0, len(data))
	last := int64(0)
	for _, g := range gs {
		out = append(out, data[last:g.awal]...)
		out = append(out, g.isi...)
		last = g.akhir
	}
	return append(out, data[last:]...)
}

// bawaKutipan returns the replacements in data (the encoding of d, mapped
// by letak) that carry the quoted figures of the paragraph at path along
// when its text becomes baru (see [Dokumen.SetNilai]); none when no quoted
// figure was replaced by a number.
func bawaKutipan(d *Dokumen, data []byte, letak *anggaran.LetakJSON, path, baru string) []penggantian {
	lama, _, ok := nilaiDi(data, letak, path)
	if !ok {
		return nil
	}
	var gs []penggantian
	for _, ik := range ikatanNarasi(d, nil) {
		if !slices.ContainsFunc(ik.ps, func(p paragrafN) bool { return p.path == path }) {
			continue
		}
		if !adaAngka(lama, ik.teks) || adaAngka(baru, ik.teks) {
			continue // not printed here, or still printed
		}
		angka, ok := angkaPengganti(lama, baru, ik.teks)
		if !ok {
			continue
		}
		salinan, teks, ok := nilaiDi(data, letak, ik.asal)
		if !ok {
			continue
		}
		var isi []byte
		if !teks { // a count or a year, written as a JSON number
			if !bilanganBulat(angka) {
				continue
			}
			isi = []byte(angka)
		} else {
			if strings.Contains(salinan, ik.teks) {
				salinan = strings.Replace(salinan, ik.teks, angka, 1) // keeps "Rp." and "%"
			} else {
				salinan = angka
			}
			var err error
			if isi, err = kutip(salinan); err != nil {
				continue
			}
		}
		awal, akhir, _ := letak.Rentang(ik.asal)
		gs = append(gs, penggantian{awal, akhir, isi})
	}
	return gs
}

// angkaPengganti returns the number that the edit of the text lama into
// baru put where lama printed the figure teks: the edit is the part
// between their common prefix and suffix; the figure's occurrence that
// touches it is mapped into baru and widened to the whole number there.
// It reports false when no occurrence touches the edit or what stands
// there is not one number (digits with "." or "," between them).
func angkaPengganti(lama, baru, teks string) (string, bool) {
	pre := 0
	for pre < len(lama) && pre < len(baru) && lama[pre] == baru[pre] {
		pre++
	}
	suf := 0
	for suf < len(lama)-pre && suf < len(baru)-pre && lama[len(lama)-1-suf] == baru[len(baru)-1-suf] {
		suf++
	}
	akhirLama, akhirBaru := len(lama)-suf, len(baru)-suf
	for _, a := range posisiAngka(lama, teks) {
		b := a + len(teks)
		if a > akhirLama || b < pre {
			continue // this occurrence is not where the text changed
		}
		a2, b2 := a, b+len(baru)-len(lama)
		if a > pre {
			a2 = pre
		}
		if b < akhirLama {
			b2 = akhirBaru
		}
		for a2 > 0 && karakterAngka(baru[a2-1]) {
			a2--
		}
		for b2 < len(baru) && karakterAngka(baru[b2]) {
			b2++
		}
		if a2 >= b2 {
			return "", false
		}
		s := strings.TrimRight(strings.TrimLeft(baru[a2:b2], ".,"), ".,")
		if s == "" || strings.IndexFunc(s, func(r rune) bool { return !karakterAngka(byte(r)) }) >= 0 {
			return "", false
		}
		return s, true
	}
	return "", false
}

func karakterAngka(c byte) bool { return c >= '0' && c <= '9' || c == '.' || c == ',' }
