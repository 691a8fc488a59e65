//go:build !wasm

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/pemkab/sakip/lkip"
)

// periksaCetak opens the Laporan page, clicks "Cetak / simpan PDF" and
// checks that it prints the report frame (headless Chromium has no print
// dialog, so the frame's print is replaced by a counter first). Then it
// prints the frame's document to PDF as the browser's "Save as PDF" does
// and checks the result: a PDF of A4 pages, at least minHalaman of them.
// It returns the number of pages.
func periksaCetak(b *browser, prefix string, minHalaman int) int {
	b.t.Helper()
	klikMenu(b, prefix, "/laporan", "Laporan")
	b.waitJS("the report in its frame", `(f => f && f.contentDocument && f.contentDocument.body && f.contentDocument.body.innerText.length > 100)(document.getElementById("laporan"))`, 30*time.Second)
	b.do("replace the frame's print", 10*time.Second, chromedp.Evaluate[chromedp.Void](
		`window.__dicetak = 0; document.getElementById("laporan").contentWindow.print = () => { window.__dicetak++; }`))
	b.do("click Cetak", 10*time.Second, chromedp.Click(chromedp.ID("cetak")))
	b.waitJS("the frame to be printed", `window.__dicetak === 1`, 10*time.Second)

	html := eval[string](b, `document.getElementById("laporan").srcdoc`)
	ctx, cancel := chromedp.NewContext(b.ctx) // a new tab
	defer cancel()
	ctx, cancel2 := context.WithTimeout(ctx, 60*time.Second)
	defer cancel2()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		b.t.Fatalf("opening a tab for the PDF: %v", err)
	}
	tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		b.t.Fatalf("frame tree: %v", err)
	}
	if _, err := chromedp.Call(ctx, page.SetDocumentContent, page.SetDocumentContentParams{FrameID: tree.FrameTree.Frame.ID, HTML: html}); err != nil {
		b.t.Fatalf("loading the report into the tab: %v", err)
	}
	yes := true
	pdf, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes, PrintBackground: &yes})
	if err != nil {
		b.t.Fatalf("printing the report to PDF: %v", err)
	}
	data := pdf.Data
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		b.t.Fatalf("the printed report is not a PDF (%d bytes, starts %q)", len(data), data[:min(len(data), 16)])
	}
	halaman := regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(data, -1)
	kotak := regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]`).FindAllSubmatch(data, -1)
	if len(halaman) < minHalaman {
		b.t.Errorf("the printed report has %d pages, want at least %d", len(halaman), minHalaman)
	}
	if len(kotak) == 0 {
		b.t.Errorf("the printed report has no page size")
	}
	for _, k := range kotak {
		// A4 is 595.3 × 841.9 pt; Chromium rounds to whole CSS pixels.
		if w, h := string(k[1]), string(k[2]); !strings.HasPrefix(w, "59") || !strings.HasPrefix(h, "84") {
			b.t.Errorf("a page of the printed report is %s × %s pt, not A4", w, h)
			break
		}
	}
	return len(halaman)
}

// izinkanUnduhan lets Chromium save downloads into a new directory, which
// it returns.
func izinkanUnduhan(b *browser) string {
	b.t.Helper()
	dir := b.t.TempDir()
	yes := true
	if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, EventsEnabled: &yes}); err != nil {
		b.t.Fatalf("allowing downloads: %v", err)
	}
	return dir
}

// tungguUnduhan waits for a file ending in akhiran in dir, downloaded
// after clicking apa, and returns its path.
func tungguUnduhan(b *browser, dir, akhiran, apa string) string {
	b.t.Helper()
	// Chromium may show the final name before it has written the last
	// byte: the file counts once no partial download is left in dir and its
	// size has not changed between two looks.
	deadline := time.Now().Add(30 * time.Second)
	last := int64(-1)
	for {
		entries, _ := os.ReadDir(dir)
		found, partial := "", false
		for _, e := range entries {
			switch {
			case strings.HasSuffix(e.Name(), ".crdownload"), strings.HasSuffix(e.Name(), ".tmp"):
				partial = true
			case strings.HasSuffix(e.Name(), akhiran):
				found = filepath.Join(dir, e.Name())
			}
		}
		if found != "" && !partial {
			if fi, err := os.Stat(found); err == nil && fi.Size() > 0 {
				if fi.Size() == last {
					return found
				}
				last = fi.Size()
			}
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("no %s file downloaded after clicking %s (directory has %d entries)\nconsole:\n%s", akhiran, apa, len(entries), b.console())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// periksaEkspor clicks "Ekspor dokumen aktif" on the Data page, lets
// Chromium save the download into a directory, and checks that the file
// is the active document: it parses, and encodes to the same bytes as
// want.
func periksaEkspor(b *browser, prefix string, want *lkip.Dokumen) {
	b.t.Helper()
	dir := izinkanUnduhan(b)
	klikMenu(b, prefix, "/data", "Data")
	b.do("click Ekspor", 10*time.Second, chromedp.Click(chromedp.ID("ekspor")))
	file := tungguUnduhan(b, dir, ".json", "Ekspor")
	data := readFile(b.t, file)
	if name := filepath.Base(file); name != "lkip-dinas-sosial-kabupaten-flores-timur-2022.json" {
		b.t.Errorf("downloaded file is named %q", name)
	}
	got, err := lkip.Parse(data, filepath.Base(file))
	if err != nil {
		b.t.Fatalf("the exported file does not parse: %v", err)
	}
	gotData, err1 := got.Encode()
	wantData, err2 := want.Encode()
	if err1 != nil || err2 != nil {
		b.t.Fatalf("encoding: %v, %v", err1, err2)
	}
	if !bytes.Equal(gotData, wantData) {
		b.t.Errorf("the exported file is not the active document (%d bytes, want %d)", len(gotData), len(wantData))
	}
}
