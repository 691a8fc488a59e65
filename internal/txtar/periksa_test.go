package txtar

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPeriksaUpdate: -update replaces an output in place, appends a new
// one in name order, keeps the input and the comment; the archive written
// then passes the check.
func TestPeriksaUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.txtar")
	if err := os.WriteFile(path, []byte("catatan\n-- input.csv --\na;b\n-- keluar.md --\nlama\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := map[string][]byte{"keluar.md": []byte("baru\n"), "b.txt": []byte("dua"), "a.txt": []byte("satu\n")}
	Periksa(t, path, got, true, "go test -update")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := "catatan\n-- input.csv --\na;b\n-- keluar.md --\nbaru\n-- a.txt --\nsatu\n-- b.txt --\ndua\n"
	if diff := cmp.Diff(want, string(raw)); diff != "" {
		t.Errorf("arsip sesudah -update (-ingin +dapat):\n%s", diff)
	}
	Periksa(t, path, got, false, "go test -update")
}
