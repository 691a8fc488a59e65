package renja

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const deliSerdangXLSX = "../../internal/sampel/renja/deliserdang-bappedalitbang-evaluasi-renja-2025.xlsx"

func tulisTemuan(ts []anggaran.Temuan) []byte {
	var b bytes.Buffer
	for _, t := range ts {
		b.WriteString(t.Kode + " " + t.String() + "\n")
	}
	return b.Bytes()
}

// TestGolden runs every scenario of testdata/*.txtar: its input
// formulir.tsv (a transcription), its outputs formulir.md (the computed
// form) and temuan.txt (the review). The Deli Serdang scenario's input is
// the transcription of the real xlsx: with -update it is regenerated from
// the spreadsheet, and without it the test checks that reading the
// spreadsheet still gives exactly that transcription.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a := txtar.Parse(data)
			if strings.HasPrefix(filepath.Base(file), "deliserdang") {
				x, err := os.ReadFile(deliSerdangXLSX)
				if err != nil {
					t.Fatal(err)
				}
				f, err := BacaXLSX(x)
				if err != nil {
					t.Fatal(err)
				}
				var tsv bytes.Buffer
				TulisTSV(&tsv, f)
				if *update {
					a.Set("formulir.tsv", tsv.Bytes())
				} else if in, _ := a.File("formulir.tsv"); string(in) != tsv.String() {
					t.Errorf("the transcription of the xlsx changed (-want +got):\n%s", cmp.Diff(string(in), tsv.String()))
				}
			}
			in, ok := a.File("formulir.tsv")
			if !ok {
				t.Fatal("no formulir.tsv")
			}
			f, err := BacaTSV(in)
			if err != nil {
				t.Fatal(err)
			}
			h := Hitung(f, Opsi{})
			var md bytes.Buffer
			if err := TulisMarkdown(&md, f, h); err != nil {
				t.Fatal(err)
			}
			got := map[string][]byte{"formulir.md": md.Bytes(), "temuan.txt": tulisTemuan(Periksa(f, h))}
			for _, name := range []string{"formulir.md", "temuan.txt"} {
				if *update {
					a.Set(name, got[name])
					continue
				}
				want, _ := a.File(name)
				if diff := cmp.Diff(string(want), string(got[name])); diff != "" {
					t.Errorf("%s (-want +got):\n%s", name, diff)
				}
			}
			if *update {
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
