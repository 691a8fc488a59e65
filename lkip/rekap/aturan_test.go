package rekap_test

import (
	"testing"

	"github.com/pemkab/sakip/internal/aturantest"
	"github.com/pemkab/sakip/lkip/rekap"
)

// TestDaftarAturan: every finding code of the package is one rule of
// DaftarAturan, and every rule is used.
func TestDaftarAturan(t *testing.T) {
	aturantest.Periksa(t, ".", "rekap", rekap.DaftarAturan)
}

// TestTingkatAturan: each finding has its rule's severity.
func TestTingkatAturan(t *testing.T) {
	r := rekapKabupaten(t)
	for _, tm := range r.Temuan {
		var ada bool
		for _, a := range rekap.DaftarAturan {
			if a.Kode == tm.Kode {
				ada = true
				if a.Tingkat != tm.Tingkat {
					t.Errorf("%s: tingkat %v, aturan %v", tm.Kode, tm.Tingkat, a.Tingkat)
				}
			}
		}
		if !ada {
			t.Errorf("%s tidak terdaftar", tm.Kode)
		}
	}
}
