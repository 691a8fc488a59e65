//go:build !wasm

package main

import (
	"archive/zip"
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestUnduhLaporan: the Laporan page downloads the report as Word and its
// tables as Excel; each file is a zip holding the part Word or Excel
// opens, named after the document, and the Word file holds the report's
// text. (lkip's TestLibreOfficeDOCX/XLSX open the same output in
// LibreOffice.)
func TestUnduhLaporan(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	muatContoh(b, "")
	for _, c := range []struct{ id, akhiran, bagian, teks string }{
		{"unduh-docx", ".docx", "word/document.xml", "AKUNTABILITAS KINERJA"},
		{"unduh-xlsx", ".xlsx", "xl/workbook.xml", "sheet"},
	} {
		dir := izinkanUnduhan(b)
		klikMenu(b, "", "/laporan", "Laporan")
		b.do("click "+c.id, 30*time.Second, chromedp.Click(chromedp.ID(c.id)))
		file := tungguUnduhan(b, dir, c.akhiran, c.id)
		if name := filepath.Base(file); name != "lkip-dinas-sosial-kabupaten-flores-timur-2022"+c.akhiran {
			t.Errorf("%s: the file is named %q", c.id, name)
		}
		data := readFile(t, file)
		z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatalf("%s: the download is not a zip: %v", c.id, err)
		}
		var isi []byte
		for _, f := range z.File {
			if f.Name == c.bagian {
				r, _ := f.Open()
				isi, _ = io.ReadAll(r)
				r.Close()
			}
		}
		if !strings.Contains(string(isi), c.teks) {
			t.Errorf("%s: %s lacks %q (%d bytes)", c.id, c.bagian, c.teks, len(isi))
		}
	}
	checkSameOrigin(t, srv.URL, b.requests())
}
