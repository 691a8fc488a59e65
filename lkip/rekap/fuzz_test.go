package rekap_test

import (
	"bytes"
	"testing"

	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/lkip/rekap"
)

// FuzzTambahData: any bytes as a data file never panic, in reading or in
// any output.
//
//	go test ./lkip/rekap -run '^$' -fuzz '^FuzzTambahData$' -fuzztime 20s -fuzzminimizetime 2s
func FuzzTambahData(f *testing.F) {
	f.Add([]byte(`{"versi": 1}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"versi": 1, "identitas": {"pemda": "Kabupaten A", "dinas": "Dinas B", "tahun": 2024}}`))
	f.Add(sampel.FlotimDinsos2022)
	f.Fuzz(func(t *testing.T, data []byte) {
		p := rekap.New(rekap.Opsi{})
		_ = p.TambahData("a.json", data)
		_ = p.TambahData("b.json", data)
		r := p.Rekap()
		var b bytes.Buffer
		if err := rekap.RenderMarkdown(&b, r); err != nil {
			t.Fatal(err)
		}
		if err := rekap.RenderJSON(&b, r); err != nil {
			t.Fatal(err)
		}
		if err := rekap.RenderHTML(&b, r); err != nil {
			t.Fatal(err)
		}
		for _, k := range rekap.SemuaKolom {
			if err := r.Urutkan(k, true); err != nil {
				t.Fatal(err)
			}
		}
	})
}
