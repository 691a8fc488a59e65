//go:build !wasm

package main

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip"
)

// halamanA4 is the width of an A4 page's text area in CSS pixels (96 per
// inch) for lkip's print style: 210 mm less the margins of 25 and 18 mm,
// and the same in landscape: 297 mm less the same margins.
const (
	halamanA4      = (210.0 - 25 - 18) / 25.4 * 96
	halamanA4Rebah = (297.0 - 25 - 18) / 25.4 * 96
)

// TestCetakMuat lays the printed report out as the printer does (print
// media, the page's text width) and measures every table against the
// page: none may be wider than its page (a table on a landscape page is
// measured against the landscape width). Tabel 1.1 of the sample was cut
// at the right margin (its S2 and Jumlah columns lost). The sample is
// printed as it is and with a third year of IKU data, whose comparison
// table (13 columns) goes on a landscape page.
func TestCetakMuat(t *testing.T) {
	tigaTahun := lkip.Contoh()
	for i := range tigaTahun.Kinerja.Indikator {
		ind := &tigaTahun.Kinerja.Indikator[i]
		if len(ind.Tahun) > 0 {
			lalu := ind.Tahun[0]
			lalu.Tahun--
			ind.Tahun = append([]kinerja.DataTahun{lalu}, ind.Tahun...)
		}
	}
	for _, d := range []struct {
		nama string
		dok  *lkip.Dokumen
	}{{"the sample", lkip.Contoh()}, {"three years", tigaTahun}} {
		t.Run(d.nama, func(t *testing.T) { periksaCetakMuat(t, d.dok) })
	}
}

func periksaCetakMuat(t *testing.T, dok *lkip.Dokumen) {
	l, err := lkip.Compute(dok, lkip.Opsi{})
	if err != nil {
		t.Fatal(err)
	}
	var html strings.Builder
	if err := lkip.RenderHTML(&html, l); err != nil {
		t.Fatal(err)
	}
	b := startBrowser(t, t.TempDir())
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.SetDocumentContent, page.SetDocumentContentParams{FrameID: tree.FrameTree.Frame.ID, HTML: html.String()}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	// A table on a landscape page is printed on one: the PDF has a page
	// of A4 landscape (841.9 × 595.3 pt) exactly when the report has one.
	rebah := eval[bool](b, `!!document.querySelector(".rebah table")`)
	yes := true
	pdf, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes})
	if err != nil {
		t.Fatal(err)
	}
	adaRebah := regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+84[0-9.]*\s+59[0-9.]*\s*\]`).Match(pdf.Data)
	if rebah != adaRebah {
		t.Errorf("a table on a landscape page: %v; a landscape page in the PDF: %v", rebah, adaRebah)
	}
	for _, lebar := range []struct {
		px     float64
		rebah  bool
		simbol string
	}{{halamanA4, false, "portrait"}, {halamanA4Rebah, true, "landscape"}} {
		b.do("page width", 10*time.Second, chromedp.EmulateViewport(int64(lebar.px), 1100))
		type ukuran struct {
			Judul string  `json:"judul"`
			Lebar float64 `json:"lebar"`
			Rebah bool    `json:"rebah"`
		}
		tabel := eval[[]ukuran](b, `[...document.querySelectorAll("table")].map(t => ({
			judul: (t.caption ? t.caption.innerText : t.innerText).slice(0, 60),
			lebar: t.scrollWidth,
			rebah: !!t.closest(".rebah")}))`)
		if lebar.rebah && !slices.ContainsFunc(tabel, func(u ukuran) bool { return u.Rebah }) {
			continue
		}
		if len(tabel) < 5 {
			t.Fatalf("the printed report has %d tables", len(tabel))
		}
		for _, tb := range tabel {
			if tb.Rebah != lebar.rebah {
				continue
			}
			if tb.Lebar > lebar.px+1 {
				t.Errorf("%s page: table %q is %.0f px wide, the page's text %.0f px", lebar.simbol, tb.Judul, tb.Lebar, lebar.px)
			}
		}
	}
}
