package anggaran_test

import (
	"testing"

	"github.com/pemkab/sakip/anggaran"
)

func TestCariRekening(t *testing.T) {
	for _, tc := range []struct{ q, pertama string }{
		{"5.2.02.0", "5.2.02.01"},
		{"modal alat", "5.2.02"}, // "Peralatan" holds "alat"
		{"pegawai", "5.1.01"},
		{"", "5"},
	} {
		got := anggaran.CariRekening(tc.q)
		if len(got) == 0 || got[0].String() != tc.pertama {
			t.Errorf("CariRekening(%q) = %v, ingin %s pertama", tc.q, got, tc.pertama)
		}
		for _, k := range got {
			if _, ok := k.NamaBaku(); !ok {
				t.Errorf("CariRekening(%q): %s tanpa nama baku", tc.q, k)
			}
		}
	}
	if got := anggaran.CariRekening("tidak ada sama sekali"); len(got) != 0 {
		t.Errorf("CariRekening = %v", got)
	}
}
