package lkip

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/kinerja"
)

// contohBersih parses the clean sample.
func contohBersih(t *testing.T) *Dokumen {
	t.Helper()
	d, err := Parse(sampel.FlotimDinsos2022Bersih, "bersih")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// selMD splits a Markdown table into its rows' cells.
func selMD(s string) [][]string {
	var out [][]string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		cells := strings.Split(strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|"), "|")
		for i, c := range cells {
			cells[i] = strings.TrimSpace(c)
		}
		out = append(out, cells)
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
	bertanda := func() *Dokumen {
		d := Contoh()
		d.Anggaran.Rincian[0].Uraian = "Program *Unggulan* | [A]_b <i>"
		return d
	}
	sembunyi := DefaultOpsi()
	sembunyi.Anggaran.SembunyikanKode = true
	bersih := contohBersih(t)
	for _, tc := range []struct {
		nama string
		d    *Dokumen
		o    Opsi
	}{
		{"seed", Contoh(), DefaultOpsi()},
		{"bersih (fisik)", bersih, DefaultOpsi()},
		{"SembunyikanKode", Contoh(), sembunyi},
		{"tanpa kode", tanpaKode(), DefaultOpsi()},
		{"nama bertanda Markdown", bertanda(), DefaultOpsi()},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			laporan := tabel32MD(t, tc.d, tc.o)
			l, err := Compute(tc.d, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			samaSel(t, "Tabel 3.2", func(w io.Writer) error { return anggaran.RenderMarkdown(w, l.Pohon) }, laporan)
		})
	}
}

// tabelMD returns the Markdown table whose caption starts with judul in
// the report of d under o.
func tabelMD(t *testing.T, d *Dokumen, o Opsi, judul string) string {
	t.Helper()
	l, err := Compute(d, o)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := RenderMarkdown(&b, l); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	i := strings.Index(s, "**"+judul)
	if i < 0 {
		t.Fatalf("no %s", judul)
	}
	s = s[i:]
	s = s[strings.Index(s, "\n\n|")+2:]
	return s[:strings.Index(s, "\n\n")]
}

// TestTabel31SatuTata: the report's Tabel 3.1 is kinerja's layout of the
// table (kinerja.Hasil.Tabel31), so its Markdown has the same header and
// cells as kinerja.RenderTabelCapaian of the same figures, less the column
// of the realisasi the formula parts imply (which a printed LKIP has not).
func TestTabel31SatuTata(t *testing.T) {
	bersih := contohBersih(t)
	for _, tc := range []struct {
		nama string
		d    *Dokumen
	}{{"seed", Contoh()}, {"bersih", bersih}} {
		t.Run(tc.nama, func(t *testing.T) {
			l, err := Compute(tc.d, DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := kinerja.RenderTabelCapaian(&b, tc.d.Kinerja, l.Kinerja); err != nil {
				t.Fatal(err)
			}
			s := b.String()
			s = s[strings.Index(s, "\n\n|")+2:]
			var want [][]string
			for _, r := range selMD(s[:strings.Index(s, "\n\n")]) {
				if len(r) < 6 {
					t.Fatalf("row %q has no column 6", r)
				}
				want = append(want, append(r[:5:5], r[6:]...)) // without "Realisasi menurut rumus"
			}
			if len(want) < 4 {
				t.Fatalf("kinerja's table has no rows:\n%s", s)
			}
			if diff := cmp.Diff(want, selMD(tabelMD(t, tc.d, DefaultOpsi(), "Tabel 3.1 "))); diff != "" {
				t.Errorf("report's Tabel 3.1 (-kinerja.RenderTabelCapaian +report):\n%s", diff)
			}
		})
	}
}

// TestBelanjaSatuTata: the report's belanja table is anggaran's layout of
// it (anggaran.PohonRekening.Tabel), so its Markdown has the same header
// and cells as anggaran.RenderBelanjaMarkdown of the same accounts, names
// with Markdown's characters escaped alike.
func TestBelanjaSatuTata(t *testing.T) {
	bertanda := Contoh()
	bertanda.Anggaran.Belanja[len(bertanda.Anggaran.Belanja)-1].Kode = anggaran.MustKodeRekening("5.2.99")
	bertanda.Anggaran.Belanja[len(bertanda.Anggaran.Belanja)-1].Uraian = "Belanja *lain* | [x]_y"
	for _, tc := range []struct {
		nama string
		d    *Dokumen
	}{{"seed", Contoh()}, {"bersih", contohBersih(t)}, {"nama bertanda Markdown", bertanda}} {
		t.Run(tc.nama, func(t *testing.T) {
			l, err := Compute(tc.d, DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			laporan := tabelMD(t, tc.d, DefaultOpsi(), "Anggaran belanja menurut rekening")
			samaSel(t, "belanja table", func(w io.Writer) error { return anggaran.RenderBelanjaMarkdown(w, l.Belanja) }, laporan)
			if tc.d == bertanda && !strings.Contains(laporan, `| Belanja \*lain\* \| \[x\]\_y |`) {
				t.Errorf("the name is not escaped:\n%s", laporan)
			}
		})
	}
}

// samaSel fails t unless the Markdown table that render writes (anggaran's
// renderer of the table) has rows and the same cells as laporan, the
// report's table.
func samaSel(t *testing.T, nama string, render func(io.Writer) error, laporan string) {
	t.Helper()
	var b bytes.Buffer
	if err := render(&b); err != nil {
		t.Fatal(err)
	}
	want := selMD(b.String())
	if len(want) < 3 {
		t.Fatalf("anggaran's %s has no rows:\n%s", nama, b.String())
	}
	if diff := cmp.Diff(want, selMD(laporan)); diff != "" {
		t.Errorf("report's %s (-anggaran +report):\n%s", nama, diff)
	}
}
