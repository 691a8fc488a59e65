package lkip

import (
	"strings"
	"testing"
)

// TestDaftarPenanda: the one list of generated parts agrees with the
// default outline — every marker of the outline is in the list, and every
// part the list requires in a chapter is in that chapter's outline (so that
// a document without narrative prints it) — and every name is unique.
func TestDaftarPenanda(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range DaftarPenanda() {
		if seen[p.Nama] {
			t.Errorf("penanda %q is listed twice", p.Nama)
		}
		seen[p.Nama] = true
		if p.Judul == "" || p.susun == nil || (p.Bab != "" && p.ada == nil) {
			t.Errorf("penanda %q lacks its title, layout or data test", p.Nama)
		}
	}
	kerangka := map[string]string{"Bab I": teksBagian(kerangkaBab1), "Bab II": teksBagian(kerangkaBab2), "Bab III": teksBagian(kerangkaBab3)}
	semua := strings.Join(kerangkaIkhtisar, " ") + kerangka["Bab I"] + kerangka["Bab II"] + kerangka["Bab III"]
	for _, m := range polaIsian.FindAllStringSubmatch(semua, -1) {
		if !seen[m[1]] {
			t.Errorf("the default outline places {{%s}}, which is not in DaftarPenanda", m[1])
		}
	}
	for _, p := range DaftarPenanda() {
		if p.Bab != "" && !strings.Contains(kerangka[p.Bab], "{{"+p.Nama+"}}") {
			t.Errorf("penanda %q is required in %s but not in its default outline", p.Nama, p.Bab)
		}
	}
}

func teksBagian(bs []Bagian) string {
	var b strings.Builder
	for _, x := range bs {
		b.WriteString(strings.Join(x.Teks, " ") + " " + teksBagian(x.Sub))
	}
	return b.String()
}
