package lkip

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/internal/txtar"
	"github.com/shopspring/decimal"
)

// TestMigrasiSampel reads the versi 1 originals of the sample (kept in
// testdata/lkip) and checks that the migration gives the embedded versi 2
// files: the same document, the same report in every format and the same
// findings (62 in the seed, 0 and 8 answered in the clean one).
func TestMigrasiSampel(t *testing.T) {
	for _, tc := range []struct {
		v1     string
		v2     []byte
		temuan int
	}{
		{"flotim-dinsos-2022-v1.json", sampel.FlotimDinsos2022, 62},
		{"flotim-dinsos-2022-bersih-v1.json", sampel.FlotimDinsos2022Bersih, 0},
	} {
		t.Run(tc.v1, func(t *testing.T) {
			lama, err := os.ReadFile(filepath.Join("..", "testdata", "lkip", tc.v1))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(lama, []byte(`"versi": 1`)) {
				t.Fatal("not a versi 1 file")
			}
			d1, err := Parse(lama, tc.v1)
			if err != nil {
				t.Fatal(err)
			}
			d2, err := Parse(tc.v2, "v2")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(d2, d1, cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })); diff != "" {
				t.Fatalf("migrated versi 1 differs from the versi 2 file (-v2 +v1):\n%s", diff)
			}
			e1, err := d1.Encode()
			if err != nil {
				t.Fatal(err)
			}
			e2, _ := d2.Encode()
			if !bytes.Equal(e1, e2) || !bytes.Contains(e1, []byte(`"versi": 2`)) {
				t.Error("Encode of the migrated document is not the versi 2 file's")
			}
			l1, _ := Compute(d1, DefaultOpsi())
			l2, _ := Compute(d2, DefaultOpsi())
			for _, r := range []func(io.Writer, *Laporan) error{RenderMarkdown, RenderHTML, RenderJSON} {
				var b1, b2 bytes.Buffer
				r(&b1, l1)
				r(&b2, l2)
				if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
					t.Error("the report of the migrated versi 1 differs")
				}
			}
			if got := len(l1.Temuan); got != tc.temuan {
				t.Errorf("%d findings, want %d", got, tc.temuan)
			}
			if diff := cmp.Diff(string(reviuTeks(l2)), string(reviuTeks(l1))); diff != "" {
				t.Errorf("reviu differs (-v2 +v1):\n%s", diff)
			}
		})
	}
}

// TestMigrasiV1 migrates the small versi 1 files of testdata/migrasi: each
// archive holds v1.json and the expected versi 2 file v2.json (what Encode
// writes), or galat, the expected error. -update rewrites them.
func TestMigrasiV1(t *testing.T) {
	berkas, _ := filepath.Glob("testdata/migrasi/*.txtar")
	if len(berkas) == 0 {
		t.Fatal("no scenario")
	}
	for _, p := range berkas {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a := txtar.Parse(raw)
			in, ok := a.File("v1.json")
			if !ok {
				t.Fatal("no v1.json")
			}
			var got, nama string
			d, err := Parse(in, "v1.json")
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Baris == 0 {
					t.Errorf("error without a line: %v", err)
				}
				got, nama = err.Error()+"\n", "galat"
			} else {
				b, err := d.Encode()
				if err != nil {
					t.Fatal(err)
				}
				got, nama = string(b), "v2.json"
				// the versi 2 file reads back to the same document
				d2, err := Parse(b, "v2.json")
				if err != nil {
					t.Fatalf("the migrated file does not parse: %v", err)
				}
				if b2, _ := d2.Encode(); !bytes.Equal(b, b2) {
					t.Error("the migrated file is not stable")
				}
			}
			if *update {
				a = &txtar.Archive{Comment: a.Comment, Files: []txtar.File{{Name: "v1.json", Data: in}, {Name: nama, Data: []byte(got)}}}
				if err := os.WriteFile(p, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, ok := a.File(nama)
			if !ok {
				t.Fatalf("%s not in the archive (got %s); run with -update", nama, strings.TrimSpace(got))
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", nama, diff)
			}
		})
	}
}

// BenchmarkParseVersi reads the sample as versi 2 and as its versi 1
// original side by side: the migration's cost is their difference.
func BenchmarkParseVersi(b *testing.B) {
	v1, err := os.ReadFile(filepath.Join("..", "testdata", "lkip", "flotim-dinsos-2022-v1.json"))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		nama string
		data []byte
	}{{"v2", sampel.FlotimDinsos2022}, {"v1", v1}} {
		b.Run(c.nama, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(c.data, c.nama); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
