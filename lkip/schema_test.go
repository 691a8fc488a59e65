package lkip

import (
	"os"
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
)

// TestSchemaContoh parses the complete example of SCHEMA.md, so that the
// documentation cannot drift from the loader.
func TestSchemaContoh(t *testing.T) {
	b, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	s = s[strings.Index(s, "## A complete small example"):]
	i := strings.Index(s, "```json\n")
	if i < 0 {
		t.Fatal("SCHEMA.md has no ```json example")
	}
	s = s[i+len("```json\n"):]
	s = s[:strings.Index(s, "```")]
	d, err := Parse([]byte(s), "SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	if d.Identitas.Tahun != 2023 || hitungKelompok(&d.Profil.Pegawai[0]).Total != 5 || len(d.Narasi.Bab1) != 4 {
		t.Errorf("example parsed to unexpected values: %+v", d.Identitas)
	}
	if d.Anggaran == nil || d.Kinerja == nil {
		t.Fatal("example has no anggaran or kinerja section")
	}
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range l.Temuan {
		if x.Kode == TemuanPenandaHilang || x.Tingkat == anggaran.Kesalahan {
			t.Errorf("example: %s", BarisTemuan(x))
		}
	}
}
