package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	contoh "github.com/pemkab/sakip/internal/sampel/renja"
	"github.com/pemkab/sakip/kinerja/renja"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	// A clean transcription: the small form without its mistakes.
	bersih := filepath.Join(dir, "bersih.tsv")
	os.WriteFile(bersih, []byte("nama\ttingkat\tsatuan\t6K\t6Rp\t8K\t8Rp\t9K\t9Rp\t10K\t10Rp\t11K\t11Rp\t12K\t12Rp\n"+
		"Sub Satu\tsub kegiatan\tDok\t4\t400\t1\t100\t0\t20\t0\t20\t0\t20\t1\t40\n"), 0o644)
	rusak := filepath.Join(dir, "rusak.tsv")
	os.WriteFile(rusak, []byte("nama\ttingkat\t6K\nA\tprogram\tsatu\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"embedded", nil, 1, "| 1 No | Tingkat |", "renja/jumlah-induk"},
		{"tsv", []string{"-format", "tsv"}, 1, "# pemda\tKabupaten Deli Serdang", "kesalahan"},
		{"clean", []string{bersih}, 0, "Sub Satu", "0 kesalahan"},
		{"html", []string{"-format", "html", bersih}, 0, "<!DOCTYPE html>", "0 kesalahan"},
		{"json", []string{"-format", "json", "-temuan=false"}, 1, `"kode": "renja/jumlah-induk"`, ""},
		{"quiet", []string{"-temuan=false", bersih}, 0, "Sub Satu", ""},
		{"help", []string{"-h"}, 0, "", "pemakaian: renja"},
		{"version", []string{"-version"}, 0, "renja (sakip ", ""},
		{"bad flag", []string{"-format", "pdf"}, 2, "", `format "pdf" tidak dikenal (md, html, json, tsv)`},
		{"bad serapan", []string{"-serapan", "10,20"}, 2, "", "empat target"},
		{"two files", []string{"a", "b"}, 2, "", "pemakaian"},
		{"sheet", []string{"-lembar", "Realisasi TW IV", "-temuan=false"}, 1, "| 1 No |", ""},
		{"no such sheet", []string{"-lembar", "TW I"}, 2, "", `tidak ada lembar "TW I" (yang ada: "Realisasi TW IV")`},
		{"missing file", []string{filepath.Join(dir, "tidak-ada.xlsx")}, 2, "", "tidak-ada.xlsx tidak ditemukan"},
		{"unreadable", []string{rusak}, 2, "", `kolom 6K: "satu" bukan angka`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(tt.args, &out, &errb)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errb.String())
			}
			if !strings.Contains(out.String(), tt.stdout) {
				t.Errorf("stdout lacks %q:\n%.500s", tt.stdout, out.String())
			}
			if !strings.Contains(errb.String(), tt.stderr) {
				t.Errorf("stderr lacks %q:\n%.500s", tt.stderr, errb.String())
			}
			if tt.name == "quiet" && errb.Len() != 0 {
				t.Errorf("stderr not empty: %s", errb.String())
			}
		})
	}
}

// TestTSVKembali: the transcription the command writes reads back to the
// same form.
func TestTSVKembali(t *testing.T) {
	var out, errb bytes.Buffer
	run([]string{"-format", "tsv", "-temuan=false"}, &out, &errb)
	f, err := renja.BacaTSV(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	g, err := renja.BacaXLSX(contoh.DeliSerdang2025)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Baris) != len(g.Baris) || len(f.Baris) != 102 {
		t.Errorf("%d rows read back, %d in the xlsx", len(f.Baris), len(g.Baris))
	}
}
