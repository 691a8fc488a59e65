package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	renjadata "github.com/pemkab/sakip/internal/sampel/renja"
)

// TestBerkasSama: the committed transcription is this generator's output
// (regenerate with go run ./internal/gen/deliserdang from the module root).
func TestBerkasSama(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("..", "..", "..", Berkas))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Tulis(renjadata.DeliSerdang2025)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s bukan keluaran generator; jalankan go run ./internal/gen/deliserdang (-berkas +generator):\n%s", Berkas, diff)
	}
}

// TestSusunNil: no form, an error, no panic.
func TestSusunNil(t *testing.T) {
	if _, err := Susun(nil); err == nil {
		t.Error("Susun(nil) tanpa galat")
	}
	if _, err := Tulis(nil); err == nil {
		t.Error("Tulis(nil) tanpa galat")
	}
}
