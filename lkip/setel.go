package lkip

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/kinerja"
)

// SetNilai returns a new document equal to d except that the value at path
// (a JSON path in the data file rooted at the document, as in
// [anggaran.Lokasi].Path: "identitas.tanda_tangan[1].pangkat",
// "anggaran.perjanjian_kinerja.rincian[23].pagu") is replaced by the text
// nilai. d itself is never changed; the sections the path is not in (the
// anggaran or kinerja model, or lkip's own sections) are shared with d.
//
// Rules:
//   - The value at path must exist in the document's data file form (as
//     [Dokumen.Encode] writes it) and be a string or a number; an object,
//     array, boolean, null or a missing field is refused.
//   - nilai takes the place of that value as a JSON string, so that a
//     figure keeps the text as typed ("88,500,000") and is read by the
//     same parser as in a file (the one of its kind of figure). Only when
//     the value was a JSON number and nilai is a plain integer ("2021")
//     does it stay a number, so that fields holding whole numbers (a year,
//     a headcount) accept it too.
//   - A figure a user types (the budget's amounts and fisik, an indicator
//     year's target, realisasi, pembilang and penyebut) is read by
//     [anggaran.ParseIsian] with [anggaran.GayaTebak], since a figure may
//     be typed as the document prints it, in either notation ("88,500,000"
//     or "88.500.000"): more decimals than its kind keeps
//     ("58.180.100,125" or "1,1250" Rupiah), a negative amount, too many
//     digits, or a lone separator before three digits, which the two
//     notations read differently ("1,500", "2,214"), is refused with the
//     reason and what to type instead, never rounded or guessed.
//   - The result, saved and opened again, must hold the same value at
//     path; an edit the data file could not keep exactly is refused.
//   - No text is written or parsed: the section holding path is written
//     into a tree in memory (internal/naskah), the value replaced there,
//     and the section read back from the tree by its package's reader
//     with the rules of [Parse]; if it no longer reads (a figure that is
//     not a number, say), that error is returned. The check that the saved
//     file keeps the edit writes that section again in memory and the one
//     value as text through the file's reader (with its limits), never
//     the whole file: its cost is that of the section, not the document.
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
	hasil, err := d.setNilai(path, nilai)
	if err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) {
			return nil, &ParseError{Path: path, Err: err}
		}
		e := *pe
		e.Berkas, e.Baris, e.Lajur = "", 0, 0
		if e.Path == "" {
			e.Path = path
		}
		return nil, &e
	}
	return hasil, nil
}

func (d *Dokumen) setNilai(path, nilai string) (*Dokumen, error) {
	if path == "" {
		return nil, &ParseError{Err: errors.New("jalur isian kosong")}
	}
	if d == nil {
		return nil, &ParseError{Path: path, Err: errors.New("tidak ada dokumen")}
	}
	// A figure of the budget or of the performance data: only that
	// section is rebuilt.
	for _, b := range []struct {
		nama  string
		ada   bool
		baca  func(v *naskah.Nilai, h *Dokumen) error
		tulis func(h *Dokumen, w *naskah.Penulis) error
	}{
		{"anggaran", d.Anggaran != nil, func(v *naskah.Nilai, h *Dokumen) (err error) {
			h.Anggaran, err = anggaran.BacaNaskah(v, "anggaran")
			return err
		}, func(h *Dokumen, w *naskah.Penulis) error { return h.Anggaran.TulisNaskah(w) }},
		{"kinerja", d.Kinerja != nil, func(v *naskah.Nilai, h *Dokumen) (err error) {
			h.Kinerja, err = kinerja.BacaNaskah(v, "kinerja")
			return err
		}, func(h *Dokumen, w *naskah.Penulis) error { h.Kinerja.TulisNaskah(w); return nil }},
	} {
		rest, ok := strings.CutPrefix(path, b.nama)
		if !ok || (rest != "" && rest[0] != '.' && rest[0] != '[') {
			continue
		}
		if !b.ada {
			return nil, &ParseError{Path: path, Err: errors.New("tidak ada isian di jalur ini")}
		}
		w := naskah.NewPohon()
		if err := b.tulis(d, w); err != nil {
			return nil, fmt.Errorf("dokumen tidak dapat ditulis: %v", err)
		}
		n, err := daunDi(w.Pohon(), rest, path)
		j, angka := d.jenisIsian(path)
		if err != nil && angka {
			// A figure left out of the file (an optional one never
			// given, or emptied) can be typed again.
			n = tambahDaun(w.Pohon(), rest)
		}
		if n == nil {
			return nil, err
		}
		if angka {
			if nilai, err = angkaIsian(nilai, j); err != nil {
				return nil, &ParseError{Path: path, Err: err}
			}
		}
		*n = isian(n, nilai)
		if err := tersimpan(n); err != nil {
			return nil, &ParseError{Path: path, Err: err}
		}
		hasil := *d
		if err := b.baca(w.Pohon(), &hasil); err != nil {
			return nil, err
		}
		var jenis *anggaran.Jenis
		if angka && b.nama == "anggaran" {
			jenis = &j
		}
		if err := pulangBagian(w.Pohon(), n, &hasil, rest, jenis, b.baca, b.tulis); err != nil {
			return nil, &ParseError{Path: path, Err: err}
		}
		return &hasil, nil
	}
	// lkip's own sections; a paragraph may carry quotes in any section. A
	// quoted figure is read like a typed figure of its source's kind.
	if j, ok := d.jenisKutipan(path); ok {
		var err error
		if nilai, err = angkaIsian(nilai, j); err != nil {
			return nil, &ParseError{Path: path, Err: err}
		}
	}
	akar, err := d.pohon()
	if err != nil {
		return nil, fmt.Errorf("dokumen tidak dapat ditulis: %v", err)
	}
	n, err := daunDi(akar, path, path)
	if err != nil {
		return nil, err
	}
	ganti := []penggantian{{n, isian(n, nilai)}}
	if err := tersimpan(&ganti[0].isi); err != nil {
		return nil, &ParseError{Path: path, Err: err}
	}
	if strings.HasPrefix(path, "narasi.") {
		if g := bawaKutipan(d, akar, path, nilai); len(g) > 0 {
			simpan := terapkanGanti(append(ganti, g...))
			if hasil, err := dariNaskah(akar); err == nil {
				return hasil, nil
			}
			kembalikan(simpan)
		}
	}
	terapkanGanti(ganti)
	return dariNaskah(akar)
}

// jenisIsian returns the kind of the figure a user types at path: the kind
// DaftarMedan gives the field (every amount of the budget Rupiah, its
// percentages persen, an indicator's figures a plain number, a printed
// capaian a percentage), except that the target and realisasi of a
// percentage indicator's year (its periods, quarters and quotes of them
// too) are percentages, as kinerja reads them. These are the kinds the PWA
// edits the fields with.
func (d *Dokumen) jenisIsian(path string) (anggaran.Jenis, bool) {
	m, ok := CariMedan(path)
	if !ok || m.Jenis != MedanAngka {
		return 0, false
	}
	i, sisa, ok := indeksSetelah(path, "kinerja.indikator[")
	if ok {
		_, _, ok = indeksSetelah(sisa, ".tahun[")
	}
	if ok && d.Kinerja != nil && i < len(d.Kinerja.Indikator) {
		switch strings.TrimPrefix(m.Pola, "kinerja.indikator[].tahun[].") {
		case "target", "realisasi", "realisasi_periode[]", "realisasi_triwulan[]", "kutipan[].target", "kutipan[].realisasi":
			// the figures kinerja reads in the indicator's own kind
			if d.Kinerja.Indikator[i].Jenis == kinerja.Persentase {
				return anggaran.JenisPersen, true
			}
		}
	}
	return m.Angka, true
}

// jenisKutipan returns the kind of the quoted figure at path
// ("kutipan.angka[3].nilai"), false for any other path or a quote whose
// source is not said yet.
func (d *Dokumen) jenisKutipan(path string) (anggaran.Jenis, bool) {
	i, sisa, ok := indeksSetelah(path, "kutipan.angka[")
	if !ok || sisa != ".nilai" || i >= len(d.Kutipan.Angka) {
		return 0, false
	}
	j, ok, err := d.Kutipan.Angka[i].jenis()
	return j, ok && err == nil
}

// indeksSetelah reads the index that follows awal in path (awal ending in
// "["): "kutipan.angka[3].nilai" after "kutipan.angka[" is 3, with the
// rest ".nilai". The index is written as the data file's paths write it
// (digits, no leading zero); false when path does not go on so. (Not
// fmt.Sscanf: it would link fmt's scanner into app.wasm.)
func indeksSetelah(path, awal string) (i int, sisa string, ok bool) {
	rest, ok := strings.CutPrefix(path, awal)
	j := strings.IndexByte(rest, ']')
	if !ok || j <= 0 || j > 9 || (rest[0] == '0' && j > 1) {
		return 0, "", false
	}
	for _, c := range []byte(rest[:j]) {
		if c < '0' || c > '9' {
			return 0, "", false
		}
		i = i*10 + int(c-'0')
	}
	return i, rest[j+1:], true
}

// angkaIsian reads a typed figure of kind j in either notation
// ([anggaran.ParseIsian] with [anggaran.GayaTebak]): a figure with more
// decimals than its kind keeps, a negative amount, too many digits or an
// ambiguous separator is refused with the reason. It
// returns the text to put in the file: as typed when the file's reader
// reads it to the same value, otherwise the value in the file's own
// notation. An empty text (a figure removed) is returned as it is.
func angkaIsian(teks string, j anggaran.Jenis) (string, error) {
	if strings.TrimSpace(teks) == "" {
		return teks, nil
	}
	v, err := anggaran.ParseIsian(teks, j, anggaran.GayaTebak)
	if err != nil {
		return "", err
	}
	if f, err := anggaran.ParseAngka(teks, j); err == nil && f.Equal(v) {
		return teks, nil
	}
	return anggaran.FormatAngkaBerkas(v), nil
}

// tersimpan checks that the value n, written into the data file and read
// again by the file's reader ([naskah.Baca], with its limits), is the same
// value: a text with bytes that are not UTF-8 (written as U+FFFD) or too
// long for a file is refused rather than changed at the next reload. Only
// the one value is written, never the document.
func tersimpan(n *naskah.Nilai) error {
	w := naskah.NewPenulis("")
	switch n.Jenis {
	case naskah.JenisTeks:
		w.Teks(n.Teks)
	case naskah.JenisBilangan:
		w.Bilangan(n.Teks)
	default:
		return nil
	}
	v, err := naskah.Baca(w.Bytes())
	if err != nil {
		var g *naskah.Galat
		if errors.As(err, &g) && g.Err != nil {
			err = g.Err // the value's own line and column say nothing
		}
		return fmt.Errorf("isian ini tidak dapat disimpan: %v", err)
	}
	if v.Jenis != n.Jenis || v.Teks != n.Teks {
		return fmt.Errorf("isian ini tidak tersimpan persis: %q menjadi %q setelah disimpan", potong(n.Teks), potong(v.Teks))
	}
	return nil
}

// pulangBagian checks that the section hasil now holds, written and read
// again, still reads and holds at path (below the section's root) what it
// holds now: an edit that the data file cannot keep exactly is refused
// rather than lost at the next reload. Only the edited section is written,
// in memory; no text of the file is written or parsed (the value itself is
// checked by [tersimpan]).
//
// The tree pohon, which hasil was read from (the document's section with
// the edited value at the node daun), is compared with the tree hasil
// writes. When they are equal, reading it again gives hasil again; when
// they differ only at daun, a figure of the budget (jenis not nil) that the
// writer put in the file's own notation ("58.180.100" written 58180100),
// the two are read by the one reader of figures the sections share
// ([anggaran.BacaAngkaNaskah]) and must be the same number. Otherwise the
// written section is read again by its reader and its value at path
// compared.
func pulangBagian(pohon, daun *naskah.Nilai, hasil *Dokumen, path string, jenis *anggaran.Jenis,
	baca func(v *naskah.Nilai, h *Dokumen) error, tulis func(h *Dokumen, w *naskah.Penulis) error) error {
	w := naskah.NewPohon()
	if err := tulis(hasil, w); err != nil {
		return fmt.Errorf("dokumen tidak dapat ditulis: %v", err)
	}
	if samaNilai(pohon, w.Pohon(), nil) {
		return nil
	}
	if jenis != nil && samaNilai(pohon, w.Pohon(), daun) {
		if baru, ok := w.Pohon().Cari(path); ok {
			a, err1 := anggaran.BacaAngkaNaskah(daun, *jenis)
			b, err2 := anggaran.BacaAngkaNaskah(baru, *jenis)
			if err1 == nil && err2 == nil && a.Valid == b.Valid && a.Decimal.Equal(b.Decimal) {
				return nil
			}
		}
	}
	lagi := *hasil
	if err := baca(w.Pohon(), &lagi); err != nil {
		return fmt.Errorf("isian ini tidak dapat disimpan: dokumen yang disimpan tidak dapat dibuka lagi (%v)", err)
	}
	w2 := naskah.NewPohon()
	if err := tulis(&lagi, w2); err != nil {
		return fmt.Errorf("dokumen tidak dapat ditulis: %v", err)
	}
	a, _ := daunDi(w.Pohon(), path, "-")
	b, _ := daunDi(w2.Pohon(), path, "-")
	var ta, tb string
	if a != nil {
		ta = a.Teks
	}
	if b != nil {
		tb = b.Teks
	}
	if ta != tb || (a == nil) != (b == nil) {
		return fmt.Errorf("isian ini tidak tersimpan persis: %q menjadi %q setelah disimpan", potong(ta), potong(tb))
	}
	return nil
}

// samaNilai reports whether two trees hold the same values under the same
// names in the same order (positions are not compared); the node lewati of
// a (nil: none) is only compared by name.
func samaNilai(a, b, lewati *naskah.Nilai) bool {
	if a == lewati {
		return a.Nama == b.Nama
	}
	if a.Jenis != b.Jenis || a.Nama != b.Nama || a.Teks != b.Teks || len(a.Isi) != len(b.Isi) {
		return false
	}
	for i := range a.Isi {
		if !samaNilai(&a.Isi[i], &b.Isi[i], lewati) {
			return false
		}
	}
	return true
}

// pulang checks that the document, saved and opened again, still opens and
// holds at path what it holds now: an edit that the data file cannot keep
// exactly is refused rather than lost at the next reload. It writes and
// parses the whole file; [Dokumen.SetNilai] does not use it (see
// [pulangBagian]), [Dokumen.IsiNilai], which adds fields, still does.
func pulang(d *Dokumen, path string) error {
	f, err := d.Encode()
	if err != nil {
		return fmt.Errorf("dokumen tidak dapat ditulis: %v", err)
	}
	lagi, err := Parse(f, "")
	if err != nil {
		return fmt.Errorf("isian ini tidak dapat disimpan: dokumen yang disimpan tidak dapat dibuka lagi (%v)", err)
	}
	if a, b := d.NilaiSemua(path)[path], lagi.NilaiSemua(path)[path]; a != b {
		return fmt.Errorf("isian ini tidak tersimpan persis: %q menjadi %q setelah disimpan", a, b)
	}
	return nil
}

// tambahDaun adds the missing last member of path to its object in the
// tree and returns it (an empty text), or nil when the object is not there.
func tambahDaun(akar *naskah.Nilai, path string) *naskah.Nilai {
	i := strings.LastIndexByte(path, '.')
	if i < 0 {
		return nil
	}
	induk, ok := akar.Cari(path[:i])
	if !ok || induk.Jenis != naskah.JenisObjek || induk.Anggota(path[i+1:]) != nil {
		return nil
	}
	induk.Isi = append(induk.Isi, naskah.Nilai{Nama: path[i+1:], Jenis: naskah.JenisTeks})
	return &induk.Isi[len(induk.Isi)-1]
}

// pohon returns the tree of the document's data file, built in memory.
func (d *Dokumen) pohon() (*naskah.Nilai, error) {
	w := naskah.NewPohon()
	if err := d.tulis(w); err != nil {
		return nil, err
	}
	return w.Pohon(), nil
}

// isian returns the value nilai takes in place of n: a JSON string, so
// that a figure keeps the text as typed, except that a plain integer
// replacing a JSON number stays a number (a year, a headcount).
func isian(n *naskah.Nilai, nilai string) naskah.Nilai {
	v := *n
	v.Isi = nil
	if n.Jenis == naskah.JenisBilangan && bilanganBulat(nilai) {
		v.Jenis, v.Teks = naskah.JenisBilangan, nilai
	} else {
		v.Jenis, v.Teks = naskah.JenisTeks, nilai
	}
	return v
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
	if d == nil {
		return hasil
	}
	akar, err := d.pohon()
	if err != nil {
		return hasil
	}
	for _, p := range paths {
		if n, err := daunDi(akar, p, p); err == nil {
			hasil[p] = n.Teks
		}
	}
	return hasil
}

// daunDi returns the string or number at path in the tree (named nama in
// errors: the path from the document's root), or a *ParseError saying why
// there is none.
func daunDi(akar *naskah.Nilai, path, nama string) (*naskah.Nilai, error) {
	if nama == "" {
		return nil, &ParseError{Err: errors.New("jalur isian kosong")}
	}
	n, ok := akar.Cari(path)
	path = nama
	if !ok {
		return nil, &ParseError{Path: path, Err: errors.New("tidak ada isian di jalur ini")}
	}
	switch n.Jenis {
	case naskah.JenisTeks, naskah.JenisBilangan:
		return n, nil
	case naskah.JenisObjek, naskah.JenisDaftar:
		return nil, &ParseError{Path: path, Err: errors.New("jalur ini menunjuk kelompok isian, bukan satu isian teks atau angka")}
	case naskah.JenisNull:
		return nil, &ParseError{Path: path, Err: errors.New("isian ini bukan teks atau angka (berisi null)")}
	}
	return nil, &ParseError{Path: path, Err: fmt.Errorf("isian ini bukan teks atau angka (berisi %s)", potong(n.Teks))}
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

// penggantian replaces the value of one node of the tree.
type penggantian struct {
	n   *naskah.Nilai
	isi naskah.Nilai
}

// terapkanGanti makes the replacements and returns what they replaced.
func terapkanGanti(gs []penggantian) []penggantian {
	lama := make([]penggantian, len(gs))
	for i, g := range gs {
		lama[i] = penggantian{g.n, *g.n}
		*g.n = g.isi
	}
	return lama
}

// kembalikan undoes [terapkanGanti], last first.
func kembalikan(lama []penggantian) {
	for i := len(lama) - 1; i >= 0; i-- {
		*lama[i].n = lama[i].isi
	}
}

// bawaKutipan returns the replacements in the tree of d's data file that
// carry the quoted figures of the paragraph at path along when its text
// becomes baru (see [Dokumen.SetNilai]); none when no quoted figure was
// replaced by a number.
func bawaKutipan(d *Dokumen, akar *naskah.Nilai, path, baru string) []penggantian {
	n, err := daunDi(akar, path, path)
	if err != nil || n.Jenis != naskah.JenisTeks {
		return nil
	}
	lama := n.Teks
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
		salinan, err := daunDi(akar, ik.asal, ik.asal)
		if err != nil {
			continue
		}
		isi := *salinan
		if salinan.Jenis == naskah.JenisBilangan { // a count or a year, written as a JSON number
			if !bilanganBulat(angka) {
				continue
			}
			isi.Teks = angka
		} else if strings.Contains(salinan.Teks, ik.teks) {
			isi.Teks = strings.Replace(salinan.Teks, ik.teks, angka, 1) // keeps "Rp." and "%"
		} else {
			isi.Teks = angka
		}
		gs = append(gs, penggantian{salinan, isi})
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
