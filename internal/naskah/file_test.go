package naskah

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	ada := filepath.Join(dir, "ada.csv")
	if err := os.WriteFile(ada, []byte("kode;uraian;pagu;realisasi\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path, pesan string
	}{
		{ada, ""},
		{filepath.Join(dir, "tidak-ada.csv"), "tidak ditemukan"},
		{dir, "adalah folder, bukan berkas"},
	} {
		_, err := ReadFile(c.path)
		switch {
		case c.pesan == "" && err != nil:
			t.Errorf("ReadFile(%s): %v", c.path, err)
		case c.pesan != "" && (err == nil || !strings.Contains(err.Error(), c.pesan)):
			t.Errorf("ReadFile(%s) = %v; want an error saying %q", c.path, err, c.pesan)
		}
	}
	if err := PesanBerkas("x/y.md", os.ErrNotExist, true); !strings.Contains(err.Error(), "tidak dapat dibuat") {
		t.Errorf("PesanBerkas for writing = %v", err)
	}
}

func ExampleReadFile() {
	_, err := ReadFile("tidak-ada.csv")
	fmt.Println(err)
	// Output: berkas tidak-ada.csv tidak ditemukan: periksa nama berkas dan foldernya
}
