package csvteks

import (
	"encoding/csv"
	"strings"
	"testing"
)

func TestPemisah(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rune
	}{
		{"kode;uraian\n1;a", ';'},
		{"kode,uraian\n1;a", ','},
		{"\"a;b\",c\nx;y", ','},
		{"", ','},
	} {
		if got := Pemisah([]byte(c.in)); got != c.want {
			t.Errorf("Pemisah(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestGalat(t *testing.T) {
	data := []byte("kode;uraian\n1;a \"b\" c\n")
	r := csv.NewReader(strings.NewReader(string(data)))
	r.Comma = ';'
	_, err := r.ReadAll()
	baris, kolom, e := Galat(err, data, ';', []string{"kode", "uraian"})
	if baris != 2 || kolom != "uraian" || !strings.Contains(e.Error(), "tanda kutip") {
		t.Errorf("Galat = %d, %q, %v; want row 2, column uraian, a message about the quote", baris, kolom, e)
	}
	if got := string(Baris(data, 2)); got != "1;a \"b\" c" {
		t.Errorf("Baris(2) = %q", got)
	}
}
