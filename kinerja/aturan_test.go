package kinerja_test

import (
	"testing"

	"github.com/pemkab/sakip/internal/aturantest"
	"github.com/pemkab/sakip/kinerja"
)

// TestDaftarAturan checks that every finding code of the package is one
// rule of DaftarAturan and every rule is used.
func TestDaftarAturan(t *testing.T) {
	aturantest.Periksa(t, ".", "kinerja", kinerja.DaftarAturan)
}
