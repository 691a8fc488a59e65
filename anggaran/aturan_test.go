package anggaran_test

import (
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/aturantest"
)

// TestDaftarAturan checks that every finding code of the package is one
// rule of DaftarAturan and every rule is used.
func TestDaftarAturan(t *testing.T) {
	aturantest.Periksa(t, ".", "anggaran", anggaran.DaftarAturan)
}

// TestPersenDipotong: a printed percentage truncated instead of rounded is
// a peringatan (anggaran/persen-dipotong), another wrong one a kesalahan.
func TestPersenDipotong(t *testing.T) {
	for _, c := range []struct {
		persen  string
		kode    string
		tingkat anggaran.Tingkat
	}{
		{"66,67", "", 0},
		{"66,66", anggaran.TemuanPersenDipotong, anggaran.Peringatan},
		{"66,60", anggaran.TemuanPersenBerbeda, anggaran.Kesalahan},
	} {
		a, err := anggaran.ParseCSV(strings.NewReader("kode;uraian;pagu;realisasi;persen\n1.06.01.2.01.01;Sub;300;200;"+c.persen+"\n"), "t.csv", anggaran.OpsiCSV{})
		if err != nil {
			t.Fatal(err)
		}
		var got []anggaran.Temuan
		for _, tm := range a.Check(anggaran.Opsi{}) {
			if tm.Lokasi.Kolom == "persen" {
				got = append(got, tm)
			}
		}
		switch {
		case c.kode == "" && len(got) != 0:
			t.Errorf("%s: temuan %v, ingin tidak ada", c.persen, got)
		case c.kode != "" && (len(got) != 1 || got[0].Kode != c.kode || got[0].Tingkat != c.tingkat):
			t.Errorf("%s: temuan %v, ingin satu %s (%v)", c.persen, got, c.kode, c.tingkat)
		}
	}
}
