package lkip

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
)

// selMD splits a Markdown table into its rows' cells.
func selMD(s string) [][]string {
	var out [][]string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		line = strings.TrimSuffix(strings.TrimPrefix(line, "| "), " |")
		out = append(out, strings.Split(line, " | "))
	}
	return out
}

// TestTabel32SatuTata: the report's Tabel 3.2 is anggaran's layout of the
// table (anggaran.Pohon.Tabel), so its Markdown has the same header and
// cells as anggaran.RenderMarkdown of the same tree: for both samples,
// with the code column hidden, and for the sample given without codes.
func TestTabel32SatuTata(t *testing.T) {
	tanpaKode := func() *Dokumen {
		d := Contoh()
		for i := range d.Anggaran.Rincian {
			r := &d.Anggaran.Rincian[i]
			r.Tingkat, r.Kode = r.Kode.Jenjang(), anggaran.Kode{}
		}
		d.Anggaran.PerjanjianKinerja = nil // matched to the realisation table by code
		return d
	}
	sembunyi := DefaultOpsi()
	sembunyi.Anggaran.SembunyikanKode = true
	bersih, err := Parse(sampel.FlotimDinsos2022Bersih, "bersih")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		nama string
		d    *Dokumen
		o    Opsi
	}{
		{"seed", Contoh(), DefaultOpsi()},
		{"bersih (fisik)", bersih, DefaultOpsi()},
		{"SembunyikanKode", Contoh(), sembunyi},
		{"tanpa kode", tanpaKode(), DefaultOpsi()},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			laporan := tabel32MD(t, tc.d, tc.o)
			l, err := Compute(tc.d, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := anggaran.RenderMarkdown(&b, l.Pohon); err != nil {
				t.Fatal(err)
			}
			want := selMD(b.String())
			if len(want) < 3 {
				t.Fatalf("anggaran's table has no rows:\n%s", b.String())
			}
			if diff := cmp.Diff(want, selMD(laporan)); diff != "" {
				t.Errorf("report's Tabel 3.2 (-anggaran.RenderMarkdown +report):\n%s", diff)
			}
		})
	}
}
