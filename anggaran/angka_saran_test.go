package anggaran

import (
	"regexp"
	"strings"
	"testing"
)

// saranTulis finds the texts a message tells the user to type: "tulis
// 1.500", "tulis 12,34" (not "tulis tanpa tanda minus").
var saranTulis = regexp.MustCompile(`tulis (-?[0-9][0-9.,]*[0-9]|-?[0-9])`)

// TestSaranDiterima: every text a refusal of ParseIsian suggests typing
// instead is accepted by the same field, in every kind and notation, and
// keeps the sign typed (issue 10, item 2). "12.3456" in a Rupiah field of
// the PWA's Indonesian style once suggested "12,3456", which that field
// refuses (more than 2 decimals of sen).
func TestSaranDiterima(t *testing.T) {
	var teks []string
	for _, tanda := range []string{"", "-"} {
		for _, depan := range []string{"1", "12", "123", "1234", "0"} {
			for _, belakang := range []string{"5", "50", "500", "214", "3456", "000", "12345"} {
				for _, sep := range []string{".", ","} {
					teks = append(teks, tanda+depan+sep+belakang)
				}
			}
		}
	}
	teks = append(teks, "1.500,5", "1,500.5", "1.234.5678", "12.3456", "12,3456")
	disarankan := 0
	for _, j := range []Jenis{JenisRupiah, JenisPersen, JenisBilangan, JenisCacah} {
		for _, g := range []Gaya{GayaTebak, GayaIndonesia, GayaInggris} {
			for _, s := range teks {
				_, err := ParseIsian(s, j, g)
				if err == nil {
					continue
				}
				for _, m := range saranTulis.FindAllStringSubmatch(err.Error(), -1) {
					disarankan++
					saran := m[1]
					if _, err2 := ParseIsian(saran, j, g); err2 != nil {
						t.Errorf("%s, %s: %q is refused with %q, and the text it suggests is refused too: %v", j, g, s, err, err2)
					}
					if strings.HasPrefix(s, "-") != strings.HasPrefix(saran, "-") {
						t.Errorf("%s, %s: %q: the suggestion %q changes the sign", j, g, s, saran)
					}
				}
			}
		}
	}
	if disarankan == 0 {
		t.Fatal("no suggestion found: the pattern no longer matches the messages")
	}
}

// TestSaranRupiahDesimal: "12.3456" in a Rupiah field (Indonesian style)
// says that at most two decimals (sen) are allowed instead of suggesting
// "12,3456"; "1.5" still suggests "1,5", and in a count "1.5" says that a
// count has no decimals.
func TestSaranRupiahDesimal(t *testing.T) {
	for _, c := range []struct {
		s        string
		j        Jenis
		ada      string
		tidakAda string
	}{
		{"12.3456", JenisRupiah, "sebagai desimal pun tidak dapat: jumlah uang paling banyak 2 angka di belakang koma", "12,3456"},
		{"12.3456", JenisPersen, "paling banyak 2 angka di belakang koma", "tulis 12,3456"},
		{"12.3456", JenisBilangan, "tulis 12,3456", "paling banyak"},
		{"1.5", JenisRupiah, "tulis 1,5", "paling banyak"},
		{"1.5", JenisCacah, "tidak mempunyai desimal", "tulis 1,5"},
	} {
		_, err := ParseIsian(c.s, c.j, GayaIndonesia)
		if err == nil {
			t.Fatalf("%s %q accepted", c.j, c.s)
		}
		if !strings.Contains(err.Error(), c.ada) || strings.Contains(err.Error(), c.tidakAda) {
			t.Errorf("%s %q: %v\nwant %q, not %q", c.j, c.s, err, c.ada, c.tidakAda)
		}
	}
}
