package lkip

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
)

// tabel32MD returns the Markdown of Tabel 3.2 of the report of d: from its
// caption to the end of the table.
func tabel32MD(t *testing.T, d *Dokumen, o Opsi) string {
	t.Helper()
	return tabelMD(t, d, o, "Tabel 3.2 ")
}

// TestTabel32TanpaKode: the sample's realisation table given without
// codes (each row's level instead) lays out Tabel 3.2 without a code
// column, with the same names and figures; the coded sample under
// anggaran.Opsi.SembunyikanKode gives the same table, and the zero option
// keeps the code column.
func TestTabel32TanpaKode(t *testing.T) {
	kode := tabel32MD(t, Contoh(), DefaultOpsi())
	if !strings.HasPrefix(kode, "| KODE REKENING |") {
		t.Fatalf("the zero options should print the code column:\n%s", kode)
	}
	d := Contoh()
	for i := range d.Anggaran.Rincian {
		r := &d.Anggaran.Rincian[i]
		r.Tingkat, r.Kode = r.Kode.Jenjang(), anggaran.Kode{}
	}
	d.Anggaran.PerjanjianKinerja = nil // matched to the realisation table by code
	tanpa := tabel32MD(t, d, DefaultOpsi())
	o := DefaultOpsi()
	o.Anggaran.SembunyikanKode = true
	sembunyi := tabel32MD(t, Contoh(), o)
	// The coded table without its code column.
	var want []string
	for _, line := range strings.Split(kode, "\n") {
		cells := strings.Split(line, "|")
		switch {
		case strings.HasPrefix(line, "| **JUMLAH"): // spans the two first columns
			cells = append(cells[:2], cells[3:]...)
		case len(cells) > 2:
			cells = append(cells[:1], cells[2:]...)
		}
		want = append(want, strings.Join(cells, "|"))
	}
	if diff := cmp.Diff(strings.Join(want, "\n"), tanpa); diff != "" {
		t.Errorf("without codes (-coded table minus its code column +got):\n%s", diff)
	}
	if diff := cmp.Diff(tanpa, sembunyi); diff != "" {
		t.Errorf("SembunyikanKode (-table without codes +got):\n%s", diff)
	}
}

// TestSchemaTanpaKode parses the example of SCHEMA.md's section on rows
// without codes as a data file's anggaran section: it computes without a
// finding of the budget (the parent's "–" is not a printed 0).
func TestSchemaTanpaKode(t *testing.T) {
	b, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "## anggaran: rows without codes")
	if i < 0 {
		t.Fatal("SCHEMA.md has no section on rows without codes")
	}
	s = s[i:]
	i = strings.Index(s, "```json\n")
	if i < 0 {
		t.Fatal("no ```json example in the section")
	}
	s = s[i+len("```json\n"):]
	s = s[:strings.Index(s, "```")]
	d, err := Parse([]byte("{"+s+"}"), "SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	p := d.Anggaran.Compute(anggaran.Opsi{})
	if !p.TanpaKode() || p.Hitungan() != (anggaran.Hitungan{Program: 1, Kegiatan: 1, SubKegiatan: 1}) {
		t.Errorf("TanpaKode %v, %+v", p.TanpaKode(), p.Hitungan())
	}
	for _, x := range d.Anggaran.Check(anggaran.Opsi{}) {
		if x.Kode != anggaran.TemuanUraianBaku {
			t.Errorf("finding: %v", x)
		}
	}
}
