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

	// A writer made by NewPohon builds a tree instead of text: pohon
	// holds the open containers, the innermost last, nama the key of the
	// next value.
	pohon bool
	buka_ []Nilai
	nama  string
	akar  Nilai
}

// NewPenulis returns a writer; indent "" writes compact JSON.
func NewPenulis(indent string) *Penulis { return &Penulis{indent: indent} }

// NewPohon returns a writer that builds the tree [Baca] would read from
// what a text writer writes, without the text (values have no position):
// a document can be edited and read back in memory.
func NewPohon() *Penulis { return &Penulis{pohon: true} }

// Pohon returns the tree a writer made by [NewPohon] built.
func (w *Penulis) Pohon() *Nilai { return &w.akar }

// tambah adds a finished value to the innermost container, or makes it
// the root.
func (w *Penulis) tambah(v Nilai) {
	v.Nama, w.nama = w.nama, ""
	if n := len(w.buka_); n > 0 {
		w.buka_[n-1].Isi = append(w.buka_[n-1].Isi, v)
		return
	}
	w.akar = v
}

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
	if w.pohon {
		j := JenisDaftar
		if c == '{' {
			j = JenisObjek
		}
		w.buka_ = append(w.buka_, Nilai{Nama: w.nama, Jenis: j})
		w.nama = ""
		return
	}
	w.sebelum()
	w.b = append(w.b, c)
	w.isi = append(w.isi, false)
}

func (w *Penulis) tutup(c byte) {
	if w.pohon {
		n := len(w.buka_)
		v := w.buka_[n-1]
		w.buka_ = w.buka_[:n-1]
		w.nama = v.Nama
		w.tambah(v)
		return
	}
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
	if w.pohon {
		w.nama = k
		return
	}
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
	if w.pohon {
		w.tambah(Nilai{Jenis: JenisTeks, Teks: s})
		return
	}
	w.sebelum()
	w.b = appendTeks(w.b, s)
}

// Bilangan writes a number literal, which must be valid JSON.
func (w *Penulis) Bilangan(lit string) {
	if w.pohon {
		w.tambah(Nilai{Jenis: JenisBilangan, Teks: lit})
		return
	}
	w.sebelum()
	w.b = append(w.b, lit...)
}

// Bulat writes an integer.
func (w *Penulis) Bulat(n int) {
	if w.pohon {
		w.tambah(Nilai{Jenis: JenisBilangan, Teks: string(appendInt(nil, n))})
		return
	}
	w.sebelum()
	w.b = appendInt(w.b, n)
}

// Boolean writes true or false.
func (w *Penulis) Boolean(b bool) {
	if w.pohon {
		t := "false"
		if b {
			t = "true"
		}
		w.tambah(Nilai{Jenis: JenisBoolean, Teks: t})
		return
	}
	w.sebelum()
	if b {
		w.b = append(w.b, "true"...)
	} else {
		w.b = append(w.b, "false"...)
	}
}

// Null writes null.
func (w *Penulis) Null() {
	if w.pohon {
		w.tambah(Nilai{Jenis: JenisNull})
		return
	}
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
