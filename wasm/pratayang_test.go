//go:build !wasm

package main

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestPratayang checks the page the server pre-renders for a browser
// without documents (wasm/ui/pratayang.go), on the throttled phone: the
// sample's first figure is on the screen while app.wasm is still loading
// (go-app's loader a bar at the bottom, not a cover); the preview is inert
// (nothing in it takes the focus, so nothing can be typed and lost); the
// live page replaces it once app.wasm runs. On the next visit the browser
// holds the sample as a document: the preview stays hidden and the first
// figure on the screen is the app's own.
func TestPratayang(t *testing.T) {
	s := testSite(t, "")
	s.contoh = true
	srv := startServer(t, s.server())
	profile := t.TempDir()
	b := startBrowser(t, profile)
	perlambat(b, false)
	b.do("open the app", 120*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("the sample's first figure", terlihatJS("k-pagu", "Rp 9.399.497.972"), 120*time.Second)
	if !eval[bool](b, `!!document.getElementById("app-wasm-loader")`) {
		t.Skip("app.wasm ran before the first figure was seen: the preview could not be observed")
	}
	if got := eval[bool](b, `(k => !!k && k.inert)(document.querySelector(".kerangka.pratayang"))`); !got {
		t.Error("the pre-rendered page is not an inert preview")
	}
	// Nothing in the preview takes the focus: a tap or a typed key goes nowhere.
	if got := eval[string](b, `(() => { const x = document.querySelector(".kerangka.pratayang a, .kerangka.pratayang button"); if (!x) return "none"; x.focus(); return document.activeElement === x ? "focused" : "ok"; })()`); got != "ok" {
		t.Errorf("a control of the preview: %s, want it not focusable", got)
	}
	b.waitJS("the app running", appReady+" && "+terlihatJS("k-pagu", "Rp 9.399.497.972"), 180*time.Second)
	if eval[bool](b, `!!document.querySelector(".pratayang")`) {
		t.Error("the preview is still on the page once the app runs")
	}
	b.waitJS("the service worker", swInstalled, 240*time.Second)
	b.Close()

	b = startBrowser(t, profile)
	perlambat(b, true)
	b.do("open the app again, offline", 120*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("the first figure", terlihatJS("k-pagu", "Rp"), 120*time.Second)
	if eval[bool](b, `!!document.getElementById("app-wasm-loader")`) {
		t.Error("a browser holding documents was shown the pre-rendered sample as its figures")
	}
	if !eval[bool](b, `document.documentElement.classList.contains("ada-dokumen")`) {
		t.Error("web/awal.js did not mark the browser as holding documents")
	}
}
