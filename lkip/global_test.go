package lkip

import (
	"bytes"
	"io"
	"math/big"
	"testing"

	"github.com/pemkab/sakip/internal/globaltest"
	"github.com/shopspring/decimal"
)

// keluaranContoh returns every output the library writes for d: the
// data file, the Markdown, HTML and JSON report, and the parts of the
// Word and Excel workbooks. The document is read before the caller
// changes anything.
func keluaranContoh(t *testing.T, d *Dokumen) map[string]string {
	t.Helper()
	out := map[string]string{}
	f, err := d.Encode()
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	out["berkas"] = string(f)
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatalf("Compute: %v", err)
	}
	for nama, r := range map[string]func(io.Writer, *Laporan) error{"md": RenderMarkdown, "html": RenderHTML, "json": RenderJSON,
		"xlsx": RenderXLSX, "docx": RenderDOCX} {
		var b bytes.Buffer
		if err := r(&b, l); err != nil {
			t.Fatalf("Render %s: %v", nama, err)
		}
		out[nama] = b.String()
		if nama == "xlsx" || nama == "docx" {
			out[nama] = globaltest.Arsip(t, b.Bytes())
		}
	}
	return out
}

// TestGlobalDecimal: a host program that sets shopspring/decimal's package
// variables changes no byte the library writes (issue 10, item 3). Each
// variable is set in turn and restored.
func TestGlobalDecimal(t *testing.T) {
	sepuluh := big.NewInt(10)
	for _, v := range []struct {
		nama string
		ubah func(decimal.Decimal) decimal.Decimal
	}{
		{"contoh", nil},
		{"deliserdang", nil},
		// Every figure with three more trailing zeros (98.42 as 98.42000):
		// what decimal.TrimTrailingZeros=false would print.
		{"nol-di-belakang", globaltest.TambahNol},
		// Every figure with its trailing zeros moved into a positive
		// exponent (1500 as 15×10²): what decimal.UseScientificNotation
		// would print as 1.5E3.
		{"eksponen-positif", func(d decimal.Decimal) decimal.Decimal {
			c, e := d.Coefficient(), d.Exponent()
			m := new(big.Int)
			for c.Sign() != 0 {
				q, r := new(big.Int).QuoRem(c, sepuluh, m)
				if r.Sign() != 0 {
					break
				}
				c, e = q, e+1
			}
			return decimal.NewFromBigInt(c, e)
		}},
	} {
		t.Run(v.nama, func(t *testing.T) {
			d := Contoh()
			if v.nama == "deliserdang" {
				d = bacaDeliSerdang(t)
			}
			if v.ubah != nil {
				globaltest.UbahDesimal(d, v.ubah)
			}
			periksaGlobal(t, d)
		})
	}
}

func periksaGlobal(t *testing.T, d *Dokumen) {
	globaltest.Periksa(t, func(t *testing.T) map[string]string { return keluaranContoh(t, d) })
}

// bacaDeliSerdang reads the generated LKIP of a whole Bappedalitbang (many
// programmes, sub kegiatan and indicators).
func bacaDeliSerdang(t *testing.T) *Dokumen {
	t.Helper()
	d, err := ParseFile("../testdata/deliserdang-bappedalitbang-2025.json")
	if err != nil {
		t.Fatal(err)
	}
	return d
}
