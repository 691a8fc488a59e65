// Package normal holds the small comparisons the domain packages share:
// [Nama] turns a printed name into the form names are compared or keyed by
// (lower case, letters and digits kept, every run of other characters one
// separator: anggaran's row and account names, kinerja's wordings of
// sasaran, indicators and formulas, lkip's staff keys and signatories;
// [AppendNama] writes it into a caller's buffer), and [Ganda] finds the
// values printed twice (the copied pagu of anggaran and of the Renja
// form).
package normal

import (
	"unicode"
	"unicode/utf8"
)

// Nama returns s in lower case with its letters and digits, every run
// of other characters between two of them written as pemisah, none at
// either end: Nama("Pengujian/ Verifikasi,", " ") is "pengujian
// verifikasi", Nama("Tenaga Honorer", "_") is "tenaga_honorer",
// Nama("Pembina Tk. I", "") is "pembinatki".
func Nama(s, pemisah string) string {
	var buf [64]byte
	return string(AppendNama(buf[:0], s, pemisah))
}

// AppendNama appends [Nama] of s to b without making a string, for a
// caller comparing many names in its own buffer. It reads s rune by rune
// as strings.ToLower and a range loop would: an invalid byte is U+FFFD,
// which separates as punctuation does.
func AppendNama(b []byte, s, pemisah string) []byte {
	awal, antara := len(b), false
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
			r = unicode.ToLower(r)
		} else if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		i += w
		if !hurufAngka(r) {
			antara = len(b) > awal
			continue
		}
		if antara {
			b = append(b, pemisah...)
			antara = false
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// hurufAngka reports whether r is a letter or a digit (unicode.IsLetter,
// unicode.IsDigit), ASCII first.
func hurufAngka(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
