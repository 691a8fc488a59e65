package md

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTeks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Dinas Sosial", "Dinas Sosial"},
		{"a*b_c", `a\*b\_c`},
		{"[tautan](x)", `\[tautan\](x)`},
		{"`kode` <b>", "\\`kode\\` \\<b\\>"},
		{`C:\data`, `C:\\data`},
		{"baris\r\nbaru\rdan\nlagi", "baris baru dan lagi"},
		{"a|b", "a|b"}, // a pipe is the cell's (Sel), not the text's
		{"# judul", "# judul"},
	} {
		if got := Teks(tc.in); got != tc.want {
			t.Errorf("Teks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Belanja Pegawai", "Belanja Pegawai"},
		{"a|b", `a\|b`},
		{`a\|b`, `a\\\|b`},
		{"Program *Unggulan* [2022]", `Program \*Unggulan\* \[2022\]`},
		{"  dua\n\nbaris  ", "dua baris"},
		{"tab\there", "tab here"},
		{"9.399.497.972", "9.399.497.972"},
		{"–", "–"},
		{"98,42 %", "98,42 %"},
		{"a  b", "a b"},
		{"~~x~~ &lt;b&gt;", `\~\~x\~\~ \&lt;b\&gt;`},
	} {
		if got := Sel(tc.in); got != tc.want {
			t.Errorf("Sel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTulisSel(t *testing.T) {
	for _, tc := range []struct {
		in    string
		tebal bool
		want  string
	}{
		{"JUMLAH", true, " **JUMLAH** |"},
		{"JUMLAH", false, " JUMLAH |"},
		{"", true, "  |"},
		{" ", true, "  |"},
		{"a_b", true, ` **a\_b** |`},
	} {
		var b bytes.Buffer
		TulisSel(&b, tc.in, tc.tebal)
		if got := b.String(); got != tc.want {
			t.Errorf("TulisSel(%q, %v) = %q, want %q", tc.in, tc.tebal, got, tc.want)
		}
	}
}

func TestTabel(t *testing.T) {
	var b strings.Builder
	Kepala(&b, []string{"KODE", "URAIAN", "PAGU (Rp)"}, []bool{false, false, true})
	Baris(&b, []string{"1", "Program a|b", "100"}, 1, true, 3)
	Baris(&b, []string{"1 2", "", "50"}, 1, false, 3)
	Baris(&b, []string{"JUMLAH", "100"}, 2, true, 3)
	Baris(&b, []string{"pendek"}, 1, false, 3)
	want := strings.Join([]string{
		"| KODE | URAIAN | PAGU (Rp) |",
		"|---|---|---:|",
		`| **1** | **Program a\|b** | **100** |`,
		"| 1 2 |  | 50 |",
		"| **JUMLAH** | | **100** |",
		"| pendek | | |",
		"",
	}, "\n")
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
}

// TestBarisIsi: each cell its own bold and span, padded to the columns.
func TestBarisIsi(t *testing.T) {
	for _, tc := range []struct {
		sel  []Isi
		n    int
		want string
	}{
		{[]Isi{{Teks: "a"}, {Teks: "1*2", Tebal: true}}, 2, "| a | **1\\*2** |\n"},
		{[]Isi{{Teks: "Jumlah", Tebal: true, Span: 2}, {Teks: "100"}}, 3, "| **Jumlah** | | 100 |\n"},
		{[]Isi{{Teks: "", Tebal: true, Span: 0}}, 3, "|  | | |\n"},
		{nil, 2, "| | |\n"},
	} {
		var b strings.Builder
		BarisIsi(&b, tc.sel, tc.n)
		if diff := cmp.Diff(tc.want, b.String()); diff != "" {
			t.Errorf("%v (-want +got):\n%s", tc.sel, diff)
		}
	}
}

func BenchmarkSel(b *testing.B) {
	for _, s := range []string{"9.399.497.972", "Koordinasi dan Penyusunan Laporan Capaian Kinerja", "Program *Unggulan* a|b\n"} {
		b.Run(s[:min(len(s), 12)], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Sel(s)
			}
		})
	}
}
