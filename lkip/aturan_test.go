package lkip

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/aturantest"
)

// TestDaftarAturan checks that every finding code of the package is one
// rule of DaftarAturan and every rule is used, and that no two packages
// register one code.
func TestDaftarAturan(t *testing.T) {
	aturantest.Periksa(t, ".", "lkip", DaftarAturan)
	ada := map[string]bool{}
	for _, a := range SemuaAturan() {
		if ada[a.Kode] {
			t.Errorf("kode %s terdaftar dua kali", a.Kode)
		}
		ada[a.Kode] = true
	}
}

const (
	awalTabelAturan  = "<!-- tabel-aturan: dibuat oleh go test ./lkip -run TestTabelAturanREADME -update; jangan disunting -->"
	akhirTabelAturan = "<!-- /tabel-aturan -->"
)

// tabelAturan is the README's table of finding codes, from SemuaAturan.
func tabelAturan() string {
	var b strings.Builder
	b.WriteString("| Kode | Tingkat | Judul | Arti |\n|---|---|---|---|\n")
	for _, a := range SemuaAturan() {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", a.Kode, a.Tingkat, a.Judul, strings.ReplaceAll(a.Arti, "|", "\\|"))
	}
	return b.String()
}

// TestTabelAturanREADME checks that the README's table of finding codes
// is the one SemuaAturan gives; -update rewrites it.
func TestTabelAturanREADME(t *testing.T) {
	const berkas = "../README.md"
	readme, err := os.ReadFile(berkas)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(readme, []byte(awalTabelAturan))
	j := bytes.Index(readme, []byte(akhirTabelAturan))
	if i < 0 || j < i {
		t.Fatalf("%s: penanda %q … %q tidak ada", berkas, awalTabelAturan, akhirTabelAturan)
	}
	lama := string(readme[i+len(awalTabelAturan) : j])
	baru := "\n" + tabelAturan()
	if lama == baru {
		return
	}
	if !*update {
		t.Fatalf("tabel kode temuan di README.md tidak sama dengan DaftarAturan; jalankan go test ./lkip -run TestTabelAturanREADME -update")
	}
	out := append(append(append([]byte{}, readme[:i+len(awalTabelAturan)]...), baru...), readme[j:]...)
	if err := os.WriteFile(berkas, out, 0o644); err != nil {
		t.Fatal(err)
	}
}
