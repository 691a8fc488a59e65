package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	rusak := filepath.Join(dir, "rusak.json")
	if err := os.WriteFile(rusak, []byte(`{"versi": 1, "tidak_dikenal": 1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	keluar := filepath.Join(dir, "lkip.html")
	bersih := filepath.Join("..", "..", "internal", "sampel", "flotim-dinsos-2022-bersih.json")
	docx, xlsx := filepath.Join(dir, "lkip.docx"), filepath.Join(dir, "lkip.xlsx")
	for _, c := range []struct {
		nama   string
		args   []string
		kode   int
		stdout []string
		stderr []string
	}{
		// The embedded sample is the published LKIP: its reviu finds
		// kesalahan, so the report is written and the status is 1.
		{"markdown", nil, 1, []string{"# BAB III AKUNTABILITAS KINERJA", "Tabel 3.2"}, nil},
		{"json", []string{"-format", "json"}, 1, []string{`"pagu": "9399497972"`}, nil},
		{"html ke berkas", []string{"-format", "html", "-o", keluar}, 1, nil, nil},
		{"docx ke berkas", []string{"-format", "docx", "-o", docx}, 1, nil, nil},
		{"xlsx ke berkas", []string{"-format", "xlsx", "-o", xlsx}, 1, nil, nil},
		{"xlsx ke pipa", []string{"-format", "xlsx"}, 1, []string{"PK\x03\x04", "xl/worksheets/sheet1.xml"}, nil},
		// The sample with its mistakes corrected and answered: no kesalahan.
		{"bersih", []string{bersih}, 0, []string{"# BAB III AKUNTABILITAS KINERJA"}, nil},
		{"bantuan", []string{"-h"}, 0, nil, []string{"pemakaian: laporan", "-format", "Status keluar"}},
		{"versi", []string{"-version"}, 0, []string{"laporan (sakip "}, nil},
		{"bendera tak dikenal", []string{"-x"}, 2, nil, []string{"flag provided but not defined: -x", "pemakaian: laporan"}},
		{"format tak dikenal", []string{"-format", "pdf"}, 2, nil, []string{`format "pdf" tidak dikenal (md, html, json, docx, xlsx)`}},
		{"dua berkas", []string{rusak, rusak}, 2, nil, []string{"hanya satu berkas data, bukan 2"}},
		{"tidak ada", []string{filepath.Join(dir, "tidak-ada.json")}, 2, nil, []string{"tidak-ada.json tidak ditemukan: periksa nama berkas dan foldernya"}},
		{"folder", []string{dir}, 2, nil, []string{"adalah folder, bukan berkas"}},
		{"data ditolak", []string{rusak}, 2, nil, []string{"rusak.json", "tidak_dikenal"}},
		{"folder keluaran tidak ada", []string{"-o", filepath.Join(dir, "tidak", "ada.md")}, 2, nil, []string{"ada.md tidak dapat dibuat: foldernya tidak ada"}},
	} {
		t.Run(c.nama, func(t *testing.T) {
			var out, errb bytes.Buffer
			if got := run(c.args, &out, &errb); got != c.kode {
				t.Errorf("exit %d, want %d\nstderr: %s", got, c.kode, errb.String())
			}
			for _, s := range c.stdout {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q", s)
				}
			}
			for _, s := range c.stderr {
				if !strings.Contains(errb.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, errb.String())
				}
			}
		})
	}
	b, err := os.ReadFile(keluar)
	if err != nil || !bytes.HasPrefix(b, []byte("<!DOCTYPE html>")) {
		t.Errorf("-o wrote %d bytes (%v), want an HTML document", len(b), err)
	}
	for _, f := range []struct{ nama, bagian string }{{docx, "word/document.xml"}, {xlsx, "xl/workbook.xml"}} {
		z, err := zip.OpenReader(f.nama)
		if err != nil {
			t.Errorf("%s: %v", f.nama, err)
			continue
		}
		ada := false
		for _, x := range z.File {
			ada = ada || x.Name == f.bagian
		}
		z.Close()
		if !ada {
			t.Errorf("%s has no %s", f.nama, f.bagian)
		}
	}
}

// TestRunTerminal: docx and xlsx are not written to a terminal.
func TestRunTerminal(t *testing.T) {
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no terminal:", err)
	}
	defer tty.Close()
	var errb bytes.Buffer
	if got := run([]string{"-format", "docx"}, tty, &errb); got != 2 || !strings.Contains(errb.String(), "tulis ke berkas dengan -o BERKAS") {
		t.Errorf("exit %d, stderr %q; want 2 and the advice to use -o", got, errb.String())
	}
}
