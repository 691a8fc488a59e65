package txtar

import (
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Periksa is the golden check of a scenario archive: it compares each
// output of got (file name → content) with the file of that name in the
// archive at path and fails t on a difference, naming the command that
// rewrites it (perintah, e.g. "go test ./anggaran -update"). With update
// it writes the outputs into the archive instead: a file is replaced in
// place, a new one appended in name order, and every other file (the
// scenario's input, its comment) is kept.
func Periksa(t testing.TB, path string, got map[string][]byte, update bool, perintah string) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil && !(update && os.IsNotExist(err)) {
		t.Fatalf("%v (jalankan %s untuk membuatnya)", err, perintah)
	}
	a := Parse(raw)
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	slices.Sort(names)
	if update {
		for _, n := range names {
			a.Set(n, got[n])
		}
		if err := os.WriteFile(path, Format(a), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, n := range names {
		want, ok := a.File(n)
		if !ok {
			t.Errorf("%s: berkas %s tidak ada (jalankan %s)", path, n, perintah)
			continue
		}
		if diff := cmp.Diff(string(want), string(fixNL(got[n]))); diff != "" {
			t.Errorf("%s: %s berbeda (-golden +didapat); bila perubahannya benar, jalankan %s lalu periksa git diff:\n%s", path, n, perintah, diff)
		}
	}
}
