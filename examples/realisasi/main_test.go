package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/txtar"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	section := `{"urusan_bidang": "1.06", "rincian": [{"kode": "7 2 1 2", "uraian": "TMP", "pagu": "8.000.000", "realisasi": "7.593.000"}]}`
	for _, c := range []struct {
		name     string
		args     []string
		code     int
		stdout   []string
		stderr   []string
		jsonTree bool
	}{
		{"sample", nil, 1, []string{"6 program, 14 kegiatan, 31 sub kegiatan", "| 1 2 9 10 | Pemeliharaan/Rehabilitasi Sarana", "| **JUMLAH BELANJA LANGSUNG** | | **9.399.497.972** | **9.250.672.850** | **98,42** |", "| 5.2.02 | Belanja Modal Peralatan dan Mesin | 0 | 32.250.000 |"},
			[]string{"6 temuan", "[anggaran/pk-berbeda]", "[anggaran/nama-rekening]"}, false},
		{"sample json", []string{"-format", "json", "-temuan=false"}, 1, []string{`"pagu": "9399497972"`, `"persen": "98.42"`}, nil, true},
		{"bare section", []string{write("bagian.json", section)}, 0, []string{"| 7 2 1 2 | TMP | 8.000.000 | 7.593.000 | 94,91 |"}, []string{"1 temuan", "[anggaran/uraian-nomenklatur]"}, false},
		{"whole file", []string{write("data.json", `{"versi": 1, "anggaran": `+section+`, "kinerja": {}}`)}, 0, []string{"| 7 2 1 2 | TMP |"}, nil, false},
		{"csv", []string{"-urusan", "1.06", write("a.csv", "kode;uraian;pagu;realisasi\n7 2 1 2;TMP;8.000.000;7.593.000\n")}, 0, []string{"| **7** | **Program Pengelolaan Taman Makam Pahlawan** | **8.000.000** | **7.593.000** | **94,91** |", "| 7 2 1 | Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota | 8.000.000 |"}, nil, false},
		{"csv without codes", []string{write("tanpa.csv", "tingkat;uraian;pagu;realisasi;persen\nprogram;Program Penunjang;–;–;–\nkegiatan;Administrasi Keuangan;–;–;–\nsub kegiatan;Penyediaan Gaji;600.000;600.000;100,00\nsub kegiatan;Akuntansi;400.000;350.000;87,55\n;Jumlah;1.000.000;950.000;95,00\n")}, 1,
			[]string{"1 program, 1 kegiatan, 2 sub kegiatan", "| URAIAN ORGANISASI, PROGRAM DAN KEGIATAN |", "| **Program Penunjang** | **1.000.000** | **950.000** | **95,00** |", "| Akuntansi | 400.000 | 350.000 | 87,50 |"},
			[]string{"1 temuan", "baris ke-4 Akuntansi, kolom persen", "[anggaran/persen-berbeda]"}, false},
		{"csv names only", []string{write("nama.csv", "uraian;pagu;realisasi\nProgram Penunjang;;\nKegiatan Administrasi Keuangan;;\nSub Kegiatan Penyediaan Gaji;600.000;600.000\nSub Kegiatan Akuntansi;;350.000\n")}, 1,
			[]string{"| **Program Penunjang** | **tidak lengkap** | **950.000** | **–** |"}, []string{"1 temuan", "baris ke-4 Sub Kegiatan Akuntansi, kolom pagu", "[anggaran/pagu-kosong]"}, false},
		{"csv level order", []string{write("urut.csv", "tingkat;uraian;pagu;realisasi\nprogram;P;1;1\nsub kegiatan;S;1;1\n")}, 2, nil,
			[]string{`urut.csv: baris 3: kolom tingkat: baris "S" (sub kegiatan): sub kegiatan ini muncul sebelum kegiatan mana pun`}, false},
		{"bad csv", []string{"-urusan", "1.06", write("b.csv", "kode;uraian;pagu;realisasi\n7 2 1 2;TMP;8.000.000;12,34,5\n")}, 2, nil, []string{`b.csv: baris 2: kolom realisasi: "12,34,5" bukan angka rupiah yang sah`}, false},
		{"bad json", []string{write("c.json", `{"anggaran": {"rincian": [{"kode": "1.06.01", "pagu": "x"}]}}`)}, 2, nil, []string{"c.json: baris 1: anggaran.rincian[0].pagu:"}, false},
		{"bad json line", []string{write("c2.json", "{\"versi\": 1,\n \"kinerja\": {},\n \"anggaran\": {\"urusan_bidang\": \"1.06\",\n  \"rincian\": [\n   {\"kode\": \"1\", \"pagu\": \"1\"},\n   {\"kode\": \"1 2 1 6\", \"pagu\": \"1\", \"realisasi\": true}]}}")}, 2, nil,
			[]string{"c2.json: baris 6: anggaran.rincian[1].realisasi: harus berupa angka atau teks angka"}, false},
		{"bare section line", []string{write("c3.json", "{\"urusan_bidang\": \"1.06\",\n \"rincian\": [\n  {\"kode\": \"1\", \"pagu\": 1e400}]}")}, 2, nil,
			[]string{"c3.json: baris 3: rincian[0].pagu: bilangan 1e400 di luar batas"}, false},
		{"key twice", []string{write("c4.json", "{\"anggaran\": {\"rincian\": [\n{\"kode\": \"1.06.01\", \"pagu\": \"1\",\n \"pagu\": \"2\"}]}}")}, 2, nil,
			[]string{`c4.json: baris 3: anggaran.rincian[0].pagu: kolom "pagu" ditulis dua kali`}, false},
		{"anggaran twice", []string{write("c5.json", "{\"anggaran\": "+section+",\n\"anggaran\": "+section+"}")}, 2, nil,
			[]string{`c5.json: baris 2: anggaran: kolom "anggaran" ditulis dua kali dalam objek yang sama (pertama di baris 1)`}, false},
		{"bom", []string{write("bom.json", "\ufeff{\"versi\": 1, \"anggaran\": "+section+"}")}, 0, []string{"| 7 2 1 2 | TMP |"}, nil, false},
		{"broken json", []string{write("d.json", "{\n\"anggaran\": [")}, 2, nil, []string{"d.json: baris 2: anggaran[0]: JSON terpotong"}, false},
		{"syntax", []string{write("d2.json", "{\"anggaran\": {\"rincian\": [\n}}")}, 2, nil, []string{"d2.json: baris 2: anggaran.rincian[0]: JSON tidak sah: karakter tidak sah '}' di tempat yang seharusnya nilai"}, false},
		{"not an object", []string{write("d3.json", "[1]")}, 2, nil, []string{"d3.json: baris 1: harus berupa objek {…}, bukan daftar"}, false},
		{"missing file", []string{filepath.Join(dir, "tidak-ada.csv")}, 2, nil, []string{"berkas " + filepath.Join(dir, "tidak-ada.csv") + " tidak ditemukan"}, false},
		{"directory", []string{dir}, 2, nil, []string{dir + " adalah folder, bukan berkas"}, false},
		{"bad format", []string{"-format", "xml"}, 2, nil, []string{"format \"xml\""}, false},
		{"bad urusan", []string{"-urusan", "1"}, 2, nil, []string{"bukan kode bidang urusan"}, false},
		{"two files", []string{"a", "b"}, 2, nil, []string{"pemakaian"}, false},
	} {
		var stdout, stderr bytes.Buffer
		code := run(c.args, &stdout, &stderr)
		if code != c.code {
			t.Errorf("%s: exit %d, want %d; stderr: %s", c.name, code, c.code, stderr.String())
		}
		for _, s := range c.stdout {
			if !strings.Contains(stdout.String(), s) {
				t.Errorf("%s: stdout lacks %q:\n%s", c.name, s, stdout.String())
			}
		}
		for _, s := range c.stderr {
			if !strings.Contains(stderr.String(), s) {
				t.Errorf("%s: stderr lacks %q:\n%s", c.name, s, stderr.String())
			}
		}
		if c.jsonTree && !json.Valid(stdout.Bytes()) {
			t.Errorf("%s: stdout is not valid JSON", c.name)
		}
		if w := inggris.FindString(stderr.String()); c.code == 2 && w != "" {
			t.Errorf("%s: stderr not in Bahasa Indonesia (%q): %s", c.name, w, stderr.String())
		}
		if c.code == 2 && stdout.Len() != 0 {
			t.Errorf("%s: wrote to stdout on failure: %s", c.name, stdout.String())
		}
	}
}

// inggris finds English a staff member should not see (encoding/json's
// and the file system's messages, Go type names).
var inggris = regexp.MustCompile(`\b(invalid|character|looking|unexpected|expected|no such file|directory|permission|int|string|bool)\b`)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden pins what a developer sees for the embedded sample: the
// Markdown on stdout and the findings on stderr, the scenario
// testdata/sampel.txtar.
func TestGolden(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(nil, &stdout, &stderr); code != 1 { // the sample has kesalahan
		t.Fatalf("exit %d, want 1: %s", code, stderr.String())
	}
	txtar.Periksa(t, filepath.Join("testdata", "sampel.txtar"), map[string][]byte{"stdout": stdout.Bytes(), "stderr": stderr.Bytes()},
		*update, "go test ./examples/realisasi -update")
}
