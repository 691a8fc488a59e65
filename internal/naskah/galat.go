// Package naskah reads and writes the JSON text of sakip's data files:
// one tokenizer that knows where each value stands (line, column, JSON
// path), one error type, one set of acceptance rules and one writer, shared
// by the anggaran, kinerja and lkip packages.
//
// Data flow: [Baca] turns the text into a tree of [Nilai] (syntax, limits,
// keys given twice); a domain package walks the tree with a [Pembaca]
// (unknown fields, the kinds of value, integers) and builds its model;
// [Penulis] writes a model back in the one canonical form.
//
// Limits, refused in linear time and bounded memory: a text of at most
// [MaksUkuran] bytes, nesting at most [MaksKedalaman] deep, at most
// [MaksNilai] values. A UTF-8 byte order mark at the start is skipped.
// Every error is a *[Galat] whose message is in Bahasa Indonesia.
package naskah

import (
	"fmt"
	"strings"
)

// Galat is an input error with its location: the file, the line (or CSV
// row), the field or column, and the JSON path where there is one. Its
// message is in Bahasa Indonesia, e.g.
// `flotim.csv: baris 3: kolom pagu: "12,34,5" bukan angka rupiah yang sah: …`.
// anggaran.ParseError, kinerja.ParseError and lkip.ParseError are this
// type.
type Galat struct {
	Berkas string // file name, may be empty
	Baris  int    // 1-based line or row, 0 when unknown
	Lajur  int    // 1-based column in bytes within the line, 0 when unknown (not printed)
	Kolom  string // column or field name, may be empty
	Path   string // JSON path, may be empty
	Err    error
}

func (e *Galat) Error() string {
	var b strings.Builder
	if e.Berkas != "" {
		b.WriteString(e.Berkas)
		b.WriteString(": ")
	}
	if e.Baris > 0 {
		fmt.Fprintf(&b, "baris %d: ", e.Baris)
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	} else if e.Kolom != "" {
		fmt.Fprintf(&b, "kolom %s: ", e.Kolom)
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Galat) Unwrap() error { return e.Err }

// JoinPath joins a path prefix and a path relative to it:
// ("anggaran", "rincian[3].pagu") → "anggaran.rincian[3].pagu",
// ("rincian", "[3]") → "rincian[3]".
func JoinPath(prefix, p string) string {
	switch {
	case p == "":
		return prefix
	case prefix == "":
		return p
	case p[0] == '[':
		return prefix + p
	}
	return prefix + "." + p
}

// IndukPath returns the parent of a path: "a.b[2]" → "a.b", "a.b" → "a",
// "a" → "".
func IndukPath(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '.' || p[i] == '[' {
			return p[:i]
		}
	}
	return ""
}

// BarisKe returns the 1-based line of the byte offset off in data (0 when
// off is negative; the last line when off is past the end).
func BarisKe(data []byte, off int64) int {
	if off < 0 {
		return 0
	}
	off = min(off, int64(len(data)))
	n := 1
	for _, c := range data[:off] {
		if c == '\n' {
			n++
		}
	}
	return n
}
