package naskah

import (
	"unicode/utf8"
)

// Penulis writes a data file in its one canonical form: members in the
// order written, strings escaped as encoding/json does without HTML
// escaping, numbers as given, and, with an indent, one member or element
// per line ("{}" and "[]" when empty), as json.Encoder with SetIndent("",
// indent) would write it. Writing the same model twice gives the same
// bytes; nothing depends on a package-level setting.
type Penulis struct {
	b      []byte
	indent string
	// isi holds, per open container, whether it has a member yet.
	isi []bool
	// kunci: a key was just written, the value follows on its line.
	kunci bool
}

// NewPenulis returns a writer; indent "" writes compact JSON.
func NewPenulis(indent string) *Penulis { return &Penulis{indent: indent} }

// Bytes returns the text written.
func (w *Penulis) Bytes() []byte { return w.b }

func (w *Penulis) baris(tingkat int) {
	if w.indent == "" {
		return
	}
	w.b = append(w.b, '\n')
	for range tingkat {
		w.b = append(w.b, w.indent...)
	}
}

// sebelum starts a value or key at the current place.
func (w *Penulis) sebelum() {
	if w.kunci {
		w.kunci = false
		return
	}
	if n := len(w.isi); n > 0 {
		if w.isi[n-1] {
			w.b = append(w.b, ',')
		}
		w.isi[n-1] = true
		w.baris(n)
	}
}

func (w *Penulis) buka(c byte) {
	w.sebelum()
	w.b = append(w.b, c)
	w.isi = append(w.isi, false)
}

func (w *Penulis) tutup(c byte) {
	n := len(w.isi)
	if w.isi[n-1] {
		w.baris(n - 1)
	}
	w.isi = w.isi[:n-1]
	w.b = append(w.b, c)
}

// MulaiObjek opens an object.
func (w *Penulis) MulaiObjek() { w.buka('{') }

// AkhirObjek closes the innermost object.
func (w *Penulis) AkhirObjek() { w.tutup('}') }

// MulaiDaftar opens a list.
func (w *Penulis) MulaiDaftar() { w.buka('[') }

// AkhirDaftar closes the innermost list.
func (w *Penulis) AkhirDaftar() { w.tutup(']') }

// Kunci writes the key of the next member.
func (w *Penulis) Kunci(k string) {
	w.sebelum()
	w.b = appendTeks(w.b, k)
	w.b = append(w.b, ':')
	if w.indent != "" {
		w.b = append(w.b, ' ')
	}
	w.kunci = true
}

// Teks writes a string.
func (w *Penulis) Teks(s string) {
	w.sebelum()
	w.b = appendTeks(w.b, s)
}

// Bilangan writes a number literal, which must be valid JSON.
func (w *Penulis) Bilangan(lit string) {
	w.sebelum()
	w.b = append(w.b, lit...)
}

// Bulat writes an integer.
func (w *Penulis) Bulat(n int) {
	w.sebelum()
	w.b = appendInt(w.b, n)
}

// Boolean writes true or false.
func (w *Penulis) Boolean(b bool) {
	w.sebelum()
	if b {
		w.b = append(w.b, "true"...)
	} else {
		w.b = append(w.b, "false"...)
	}
}

// Null writes null.
func (w *Penulis) Null() {
	w.sebelum()
	w.b = append(w.b, "null"...)
}

// Medan writes the member k: s when s is not "" (omitempty).
func (w *Penulis) Medan(k, s string) {
	if s != "" {
		w.Kunci(k)
		w.Teks(s)
	}
}

// Mentah writes raw, a valid JSON value (as another writer of this package
// wrote it), re-indented to the current place.
func (w *Penulis) Mentah(raw []byte) {
	w.sebelum()
	dalamTeks, lolos := false, false
	tingkat := len(w.isi)
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if dalamTeks {
			w.b = append(w.b, c)
			switch {
			case lolos:
				lolos = false
			case c == '\\':
				lolos = true
			case c == '"':
				dalamTeks = false
			}
			continue
		}
		switch c {
		case ' ', '\t', '\r', '\n':
		case '"':
			dalamTeks = true
			w.b = append(w.b, c)
		case '{', '[':
			w.b = append(w.b, c)
			tingkat++
			if i+1 < len(raw) && (raw[i+1] == '}' || raw[i+1] == ']') {
				w.b = append(w.b, raw[i+1])
				i++
				tingkat--
				continue
			}
			w.baris(tingkat)
		case '}', ']':
			tingkat--
			w.baris(tingkat)
			w.b = append(w.b, c)
		case ',':
			w.b = append(w.b, c)
			w.baris(tingkat)
		case ':':
			w.b = append(w.b, c)
			if w.indent != "" {
				w.b = append(w.b, ' ')
			}
		default:
			w.b = append(w.b, c)
		}
	}
}

func appendInt(b []byte, n int) []byte {
	var tmp [24]byte
	i := len(tmp)
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	for {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if neg {
		i--
		tmp[i] = '-'
	}
	return append(b, tmp[i:]...)
}

const hexDigits = "0123456789abcdef"

// appendTeks writes s as a JSON string as encoding/json does with HTML
// escaping off: \" \\ \b \f \n \r \t, other control characters as \u00XX,
// U+2028 and U+2029 as \u2028 and \u2029, invalid UTF-8 as \ufffd.
func appendTeks(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// AppendTeks appends s written as a JSON string (see [Penulis]).
func AppendTeks(b []byte, s string) []byte { return appendTeks(b, s) }
