package cli

import (
	"strings"
	"testing"
)

// TestBacaAnggaran: the one path by which the examples read a budget from
// a data file's text (a whole file or a bare section; a byte order mark
// skipped; errors naming the file, the line and the path from the root).
func TestBacaAnggaran(t *testing.T) {
	const bagian = `{"urusan_bidang": "1.06", "rincian": [{"kode": "1 2 1 6", "uraian": "x", "pagu": "1000"}]}`
	for _, c := range []struct {
		nama      string
		isi       string
		telanjang bool
		ada       bool
		galat     string
	}{
		{"utuh", `{"versi": 1, "anggaran": ` + bagian + `}`, false, true, ""},
		{"utuh-bom", "\ufeff" + `{"versi": 1, "anggaran": ` + bagian + `}`, false, true, ""},
		{"telanjang", bagian, true, true, ""},
		{"tanpa-anggaran", `{"versi": 1, "kinerja": {}}`, false, false, ""},
		{"null", `{"versi": 1, "anggaran": null}`, true, false, ""},
		{"kosong", `{"versi": 1, "anggaran": {}}`, true, false, ""},
		{"salah", "{\"versi\": 1,\n \"anggaran\": {\"rincian\": [\n  {\"kode\": \"1.06.01\", \"pagu\": \"x\"}]}}", false, false, "data.json: baris 3: anggaran.rincian[0].pagu:"},
		{"telanjang-salah", "{\"rincian\": [\n {\"kode\": \"1.06.01\", \"pagu\": true}]}", true, false, "data.json: baris 2: rincian[0].pagu:"},
		{"sintaks", "{\"anggaran\": [", false, false, "data.json: baris 1: anggaran[0]: JSON terpotong"},
	} {
		a, err := BacaAnggaran([]byte(c.isi), "data.json", c.telanjang)
		if c.galat != "" {
			if err == nil || !strings.HasPrefix(err.Error(), c.galat) {
				t.Errorf("%s: galat %v, ingin %q…", c.nama, err, c.galat)
			}
			continue
		}
		if err != nil || (a != nil) != c.ada {
			t.Errorf("%s: anggaran ada %v, galat %v; ingin ada %v", c.nama, a != nil, err, c.ada)
		}
		if a != nil && len(a.Rincian) != 1 {
			t.Errorf("%s: %d rincian, ingin 1", c.nama, len(a.Rincian))
		}
	}
}

func TestBerkasJSON(t *testing.T) {
	for _, c := range []struct {
		path, isi string
		want      bool
	}{
		{"a.json", "kode;pagu", true}, {"a.csv", "{}", false}, {"a.txt", "\ufeff  {\"anggaran\": {}}", true}, {"a", "kode;pagu\n", false},
	} {
		if got := BerkasJSON(c.path, []byte(c.isi)); got != c.want {
			t.Errorf("BerkasJSON(%q, %q) = %v, ingin %v", c.path, c.isi, got, c.want)
		}
	}
}
