package lkip_test

import (
	"strings"
	"testing"

	"github.com/pemkab/sakip/lkip"
)

// TestSetNilaiTanpaBerkas: typing one realisasi into a document of 8,000
// sub kegiatan writes and reads only the budget section, in memory, never
// the whole file's text. Before, SetNilai encoded the whole document and
// parsed it again on every call (pulang): 954,000 allocations here, six
// times a Parse of the file; now about three Parses' worth (the budget
// section written twice and read once). A whole-file Encode and Parse
// coming back adds more than two Parses' worth and fails the bound.
func TestSetNilaiTanpaBerkas(t *testing.T) {
	data := berkasKabupaten(t)
	d, err := lkip.Parse(data, "")
	if err != nil {
		t.Fatal(err)
	}
	parse := testing.AllocsPerRun(2, func() {
		if _, err := lkip.Parse(data, ""); err != nil {
			t.Fatal(err)
		}
	})
	for _, c := range []struct{ path, nilai string }{
		{"anggaran.rincian[3].realisasi", "58.180.100"},   // in another notation than the file's
		{"anggaran.rincian[3].realisasi", "58180100.5"},   // in the file's notation
		{"anggaran.rincian[40].pagu", "1.000.000.000,25"}, // a sub kegiatan's pagu
		{"identitas.tanda_tangan[1].pangkat", "Pembina"},  // lkip's own section
	} {
		set := testing.AllocsPerRun(2, func() {
			if _, err := d.SetNilai(c.path, c.nilai); err != nil {
				t.Fatal(err)
			}
		})
		t.Logf("SetNilai(%s, %q): %.0f allocations; Parse of the %d-byte file %.0f", c.path, c.nilai, set, len(data), parse)
		if set > 4*parse {
			t.Errorf("SetNilai(%s, %q): %.0f allocations, more than 4 × a Parse of the file (%.0f): the whole file is written and read again", c.path, c.nilai, set, parse)
		}
	}
}

// TestSetNilaiTeksTersimpan: a text the data file cannot hold as it is
// (bytes that are not UTF-8, which the writer turns into U+FFFD) is refused
// in every section, saying so, rather than changed at the next reload.
// Before, a field of lkip's own sections accepted it and the reload gave
// "\ufffd".
func TestSetNilaiTeksTersimpan(t *testing.T) {
	d := lkip.Contoh()
	for _, path := range []string{
		"identitas.tanda_tangan[1].pangkat",
		"kinerja.indikator[6].rumus.penyebut",
		"anggaran.rincian[3].uraian",
	} {
		if _, ok := d.Nilai(path); !ok {
			t.Fatalf("the sample has no %s", path)
		}
		_, err := d.SetNilai(path, "Pembina \xff")
		if err == nil || !strings.Contains(err.Error(), "tidak tersimpan persis") {
			t.Errorf("SetNilai(%s, invalid UTF-8): %v; want it refused as not kept exactly", path, err)
		}
		r, err := d.SetNilai(path, "Pembina ✓")
		if err != nil {
			t.Errorf("SetNilai(%s, valid text): %v", path, err)
			continue
		}
		f, _ := r.Encode()
		r2, err := lkip.Parse(f, "")
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := r2.Nilai(path); got != "Pembina ✓" {
			t.Errorf("%s after a reload: %q", path, got)
		}
	}
}
