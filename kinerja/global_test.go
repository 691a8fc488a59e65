package kinerja

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/pemkab/sakip/internal/globaltest"
	"github.com/pemkab/sakip/internal/sampel"
)

// TestGlobalDecimal: setting shopspring/decimal's package variables
// changes no byte of kinerja's Markdown and JSON (with a Pemda's own
// scale whose bounds carry trailing zeros, "85.50") nor of a scale
// written as JSON (issue 10, item 3). It sets package globals: no
// t.Parallel.
func TestGlobalDecimal(t *testing.T) {
	d, err := ParseBerkas(sampel.FlotimDinsos2022)
	if err != nil {
		t.Fatal(err)
	}
	skala, err := NewSkala("pemda", false,
		Pita{Atas: angkaP("60.00"), Predikat: "Kurang"},
		Pita{Bawah: angkaP("60.00"), Atas: angkaP("85.50"), Predikat: "Baik"},
		Pita{Bawah: angkaP("85.50"), Predikat: "Sangat Baik"})
	if err != nil {
		t.Fatal(err)
	}
	globaltest.Periksa(t, func(t *testing.T) map[string]string {
		out := map[string]string{}
		for _, s := range []Skala{SkalaPermendagri86(), SkalaPANRB88(), skala} {
			h := Compute(d, 0, Opsi{Skala: s}, nil)
			var md, js bytes.Buffer
			if err := RenderMarkdown(&md, d, h); err != nil {
				t.Fatal(err)
			}
			if err := RenderJSON(&js, d, h); err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			out[s.Nama+".md"], out[s.Nama+".json"], out[s.Nama+".skala"] = md.String(), js.String(), string(b)
		}
		return out
	})
}
