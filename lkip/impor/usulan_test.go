package impor

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPemetaan: a mapping remembered from one sheet fits the next sheet of
// the same layout by its headers, even with its columns moved; one that
// names no header of the sheet is not applied; a proposed column yields
// to a remembered one read the same way.
func TestPemetaan(t *testing.T) {
	l1, _ := Baca("a.csv", []byte("Uraian;Anggaran;Anggaran Perubahan;Realisasi;Keterangan\nProgram X;;;;\n"))
	u1 := Usulkan(l1[0])
	u1.Kolom[1], u1.Kolom[2], u1.Kolom[4] = KolomPaguMurni, KolomPagu, ""
	m := u1.Pemetaan()
	want := map[string]string{"Uraian": "uraian", "Anggaran": "pagu_murni", "Anggaran Perubahan": "pagu", "Realisasi": "realisasi", "Keterangan": ""}
	if diff := cmp.Diff(want, m); diff != "" {
		t.Fatalf("Pemetaan (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		name, csv string
		ok        bool
		want      []Kolom
	}{
		{"moved", "No;Keterangan;Anggaran Perubahan;Uraian;Anggaran;Realisasi\n1;;;Program X;;\n", true,
			[]Kolom{"", "", KolomPagu, KolomUraian, KolomPaguMurni, KolomRealisasi}},
		{"other sheet", "Nama;Pagu;Serapan Anggaran\nProgram X;;\n", false, []Kolom{KolomUraian, KolomPagu, KolomRealisasi}},
		{"proposal yields", "Uraian;Pagu;Anggaran Perubahan\nProgram X;;\n", true, []Kolom{KolomUraian, "", KolomPagu}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ls, err := Baca("b.csv", []byte(c.csv))
			if err != nil {
				t.Fatal(err)
			}
			u := Usulkan(ls[0])
			if ok := u.PakaiPemetaan(m); ok != c.ok {
				t.Errorf("PakaiPemetaan = %v, want %v", ok, c.ok)
			}
			if diff := cmp.Diff(c.want, u.Kolom); diff != "" {
				t.Errorf("columns (-want +got):\n%s", diff)
			}
		})
	}
}
