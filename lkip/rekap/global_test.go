package rekap_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/pemkab/sakip/internal/globaltest"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/lkip/rekap"
)

// TestGlobalDecimal: setting shopspring/decimal's package variables
// changes no byte of the rekap in any format (issue 10, item 3). The
// rekap holds the sample, the generated Deli Serdang Bappedalitbang and a
// new empty document. It sets package globals: no t.Parallel.
func TestGlobalDecimal(t *testing.T) {
	dokumen := map[string]*lkip.Dokumen{"dinsos.json": lkip.Contoh()}
	ds, err := lkip.ParseFile("../../testdata/deliserdang-bappedalitbang-2025.json")
	if err != nil {
		t.Fatal(err)
	}
	dokumen["deliserdang.json"] = ds
	baru, err := lkip.Baru("Kabupaten Flores Timur", "Dinas Kesehatan", "1.02", 2022)
	if err != nil {
		t.Fatal(err)
	}
	dokumen["dinkes.json"] = baru
	globaltest.Periksa(t, func(t *testing.T) map[string]string {
		p := rekap.New(rekap.Opsi{})
		for _, nama := range []string{"dinsos.json", "deliserdang.json", "dinkes.json"} {
			if err := p.Tambah(nama, dokumen[nama]); err != nil {
				t.Fatal(err)
			}
		}
		r := p.Rekap()
		out := map[string]string{}
		for nama, f := range map[string]func(io.Writer, *rekap.Rekap) error{"md": rekap.RenderMarkdown, "html": rekap.RenderHTML,
			"json": rekap.RenderJSON, "xlsx": rekap.RenderXLSX} {
			var b bytes.Buffer
			if err := f(&b, r); err != nil {
				t.Fatalf("Render %s: %v", nama, err)
			}
			out[nama] = b.String()
			if nama == "xlsx" {
				out[nama] = globaltest.Arsip(t, b.Bytes())
			}
		}
		return out
	})
}
