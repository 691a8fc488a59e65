// Package normal holds the small comparisons the domain packages share:
// [Nama] turns a printed name into the form names are compared or keyed by
// (lower case, letters and digits kept, every run of other characters one
// separator: anggaran's row and account names, lkip's staff keys and
// signatories), and [Ganda] finds the values printed twice (the copied
// pagu of anggaran and of the Renja form).
package normal

import (
	"strings"
	"unicode"
)

// Nama returns s in lower case with its letters and digits, every run
// of other characters between two of them written as pemisah, none at
// either end: Nama("Pengujian/ Verifikasi,", " ") is "pengujian
// verifikasi", Nama("Tenaga Honorer", "_") is "tenaga_honorer",
// Nama("Pembina Tk. I", "") is "pembinatki".
func Nama(s, pemisah string) string {
	var b strings.Builder
	antara := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if antara && b.Len() > 0 {
				b.WriteString(pemisah)
			}
			antara = false
			b.WriteRune(r)
			continue
		}
		antara = true
	}
	return b.String()
}
