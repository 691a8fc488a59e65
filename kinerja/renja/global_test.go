package renja

import (
	"bytes"
	"os"
	"testing"

	"github.com/pemkab/sakip/internal/globaltest"
)

// TestGlobalDecimal: setting shopspring/decimal's package variables
// changes no byte of what the package writes for the Deli Serdang form
// (Markdown, HTML, JSON, the TSV transcription and the review) (issue
// 10, item 3). It sets package globals: no t.Parallel.
func TestGlobalDecimal(t *testing.T) {
	x, err := os.ReadFile(deliSerdangXLSX)
	if err != nil {
		t.Fatal(err)
	}
	globaltest.Periksa(t, func(t *testing.T) map[string]string {
		f, err := BacaXLSX(x)
		if err != nil {
			t.Fatal(err)
		}
		h := Hitung(f, Opsi{})
		temuan := Periksa(f, h)
		var md, html, js, tsv bytes.Buffer
		if err := TulisMarkdown(&md, f, h); err != nil {
			t.Fatal(err)
		}
		if err := TulisHTML(&html, f, h); err != nil {
			t.Fatal(err)
		}
		if err := TulisJSON(&js, f, h, temuan); err != nil {
			t.Fatal(err)
		}
		if err := TulisTSV(&tsv, f); err != nil {
			t.Fatal(err)
		}
		return map[string]string{"md": md.String(), "html": html.String(), "json": js.String(), "tsv": tsv.String(),
			"temuan": string(tulisTemuan(temuan))}
	})
}
