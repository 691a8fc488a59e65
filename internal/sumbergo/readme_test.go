package sumbergo

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestREADMEFuzz: the README's table of fuzz targets (between the markers
// fuzz:awal and fuzz:akhir, written by .ci/fuzz) lists every fuzz target
// of the module, each once, with its package, and every row is clean.
func TestREADMEFuzz(t *testing.T) {
	akar := filepath.Join("..", "..")
	readme, err := os.ReadFile(filepath.Join(akar, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	awal, sisa, ok1 := strings.Cut(string(readme), "<!-- fuzz:awal -->")
	tabel, _, ok2 := strings.Cut(sisa, "<!-- fuzz:akhir -->")
	if !ok1 || !ok2 || awal == "" {
		t.Fatal("README.md: penanda tabel fuzz (fuzz:awal, fuzz:akhir) tidak ada")
	}
	baris := regexp.MustCompile("(?m)^\\| `([^`]+)` \\| `(Fuzz[A-Za-z0-9_]*)` \\| [0-9,]+ \\| ([a-zA-Z]+) \\|$")
	var tercatat []string
	for _, m := range baris.FindAllStringSubmatch(tabel, -1) {
		tercatat = append(tercatat, m[1]+" "+m[2])
		if m[3] != "clean" {
			t.Errorf("README.md: %s %s: hasil %q, bukan clean", m[1], m[2], m[3])
		}
	}
	fungsi := regexp.MustCompile(`(?m)^func (Fuzz[A-Za-z0-9_]*)\(`)
	var ada []string
	err = filepath.WalkDir(akar, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && p != akar {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		pkg, _ := filepath.Rel(akar, filepath.Dir(p))
		for _, m := range fungsi.FindAllStringSubmatch(string(b), -1) {
			ada = append(ada, filepath.ToSlash(pkg)+" "+m[1])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ada)
	slices.Sort(tercatat)
	if len(ada) == 0 {
		t.Fatal("tidak ada target fuzz ditemukan")
	}
	if diff := cmp.Diff(ada, tercatat); diff != "" {
		t.Errorf("tabel fuzz README.md tidak sama dengan target fuzz modul (-kode +README); tulis ulang dengan .ci/fuzz:\n%s", diff)
	}
}
