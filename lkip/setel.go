package lkip

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

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
//
// Every error is a *[ParseError] whose Path is path and whose message is in
// Bahasa Indonesia; it carries no file name or line, since the text was
// typed, not read from a file.
func (d *Dokumen) SetNilai(path, nilai string) (*Dokumen, error) {
	data, err := d.Encode()
	if err != nil {
		return nil, &ParseError{Path: path, Err: fmt.Errorf("dokumen tidak dapat ditulis: %v", err)}
	}
	awal, akhir, err := rentangDaun(data, anggaran.NewLetakJSON(data), path)
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
	ubah := make([]byte, 0, len(data)-int(akhir-awal)+len(baru))
	ubah = append(ubah, data[:awal]...)
	ubah = append(ubah, baru...)
	ubah = append(ubah, data[akhir:]...)
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
		awal, akhir, err := rentangDaun(data, letak, p)
		if err != nil {
			continue
		}
		raw := data[awal:akhir]
		if raw[0] != '"' {
			hasil[p] = string(raw)
			continue
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			hasil[p] = s
		}
	}
	return hasil
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
