// Package md is the one Markdown escaping of sakip's renderers: data text
// that prints as written ([Teks]) and table cells that stay one cell on one
// line ([Sel]), and the writing of a table row of such cells ([Kepala],
// [Baris]). Every Markdown renderer of the module (anggaran, kinerja,
// kinerja/renja, lkip, lkip/rekap) escapes through it, so a name with
// "*", "_", "[" or "|" prints the same in all of them.
package md

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Penulis is where [Kepala] and [Baris] write: a *strings.Builder or a
// *bufio.Writer.
type Penulis interface {
	WriteString(s string) (int, error)
	WriteByte(c byte) error
}

// Teks escapes the characters of data text that Markdown would read as
// markup: backslash, emphasis (* _), strikethrough (~), links ([ ]), code
// spans (`), inline HTML (< >) and entities (&). A line break (CR, LF or CRLF) becomes a space, so
// that a name or a narrative never starts a new block (a heading, a table
// row, a list item). It does not touch the start of a block (a leading
// "#", "-" or "1."): that is the caller's, where the text starts one.
func Teks(s string) string {
	if !strings.ContainsAny(s, "\\*_~[]`<>&\r\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '*', '_', '~', '[', ']', '`', '<', '>', '&':
			b.WriteByte('\\')
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			c = ' '
		case '\n':
			c = ' '
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Sel escapes s as the text of a table cell: as [Teks], and "|" as "\|",
// with every run of white space one space and none at either end, so the
// cell stays one cell on one line of the table.
func Sel(s string) string {
	if polos(s) {
		return s // most cells: figures and plain names, in one pass
	}
	s = Teks(s)
	if strings.IndexByte(s, '|') >= 0 {
		s = strings.ReplaceAll(s, "|", `\|`)
	}
	return strings.Join(strings.Fields(s), " ")
}

// khusus marks the ASCII bytes a cell escapes or folds.
var khusus = func() (k [utf8.RuneSelf]bool) {
	for _, c := range []byte("\\*_~[]`<>&|\t\n\v\f\r") {
		k[c] = true
	}
	return k
}()

// polos reports whether [Sel] leaves s as it is: no character to escape,
// no white space but single inner ASCII spaces.
func polos(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case c >= utf8.RuneSelf:
			// a space outside ASCII (U+0085, U+00A0, U+2000…), as strings.Fields
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return false
			}
		case khusus[c]:
			return false
		}
	}
	return true
}

// Kepala writes the header of a table: the headers escaped ([Sel]), then
// the alignment line, right-aligned ("---:") where angka says so (a
// column of figures), each line ending in a newline.
func Kepala(w Penulis, judul []string, angka []bool) {
	w.WriteByte('|')
	for _, j := range judul {
		TulisSel(w, j, false)
	}
	w.WriteString("\n|")
	for i := range judul {
		if i < len(angka) && angka[i] {
			w.WriteString("---:|")
		} else {
			w.WriteString("---|")
		}
	}
	w.WriteByte('\n')
}

// Baris writes one row of a table of n columns: the cells escaped
// (as [TulisSel], in bold when tebal), the first spanning rentang columns
// (written as that many cells, the others empty, since Markdown has no
// spans), and empty cells up to n columns; then a newline.
func Baris(w Penulis, sel []string, rentang int, tebal bool, n int) {
	w.WriteByte('|')
	kol := 0
	for i, s := range sel {
		TulisSel(w, s, tebal)
		kol++
		for k := 1; i == 0 && k < rentang; k++ {
			w.WriteString(" |")
			kol++
		}
	}
	for ; kol < n; kol++ {
		w.WriteString(" |")
	}
	w.WriteByte('\n')
}

// Isi is a table cell that carries its own bold and span, for a row whose
// cells differ in them ([BarisIsi]).
type Isi struct {
	Teks  string
	Angka bool // a right-aligned figure (in a header: the column's alignment)
	Tebal bool
	Span  int // columns it spans, 0 or 1 for one
}

// BarisIsi writes one row of a table of n columns whose cells each have
// their own bold and span: each cell escaped (as [TulisSel]), a cell
// spanning k columns followed by k−1 empty cells (Markdown has no spans),
// and empty cells up to n columns; then a newline.
func BarisIsi(w Penulis, sel []Isi, n int) {
	w.WriteByte('|')
	kol := 0
	for _, c := range sel {
		TulisSel(w, c.Teks, c.Tebal)
		kol++
		for k := 1; k < c.Span; k++ {
			w.WriteString(" |")
			kol++
		}
	}
	for ; kol < n; kol++ {
		w.WriteString(" |")
	}
	w.WriteByte('\n')
}

// TulisSel writes one cell of a row, " cell |": s escaped ([Sel]) and in
// bold when tebal and not empty (an empty cell is never bold: "****"
// would print as text), without building the
// bold string.
func TulisSel(w Penulis, s string, tebal bool) {
	s = Sel(s)
	w.WriteByte(' ')
	if tebal && s != "" {
		w.WriteString("**")
		w.WriteString(s)
		w.WriteString("**")
	} else {
		w.WriteString(s)
	}
	w.WriteString(" |")
}
