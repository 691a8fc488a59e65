//go:build !wasm

package main

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestPratayang checks the page the server pre-renders for a browser
// without documents (wasm/ui/pratayang.go), on the throttled phone: the
// sample's first figure is on the screen while app.wasm is still loading
// (go-app's loader a bar at the bottom, not a cover); the preview is inert
// (nothing in it takes the focus, so nothing can be typed and lost); the
// live page replaces it once app.wasm runs. On the next visit the browser
// holds the sample as a document: the preview stays hidden and the first
// figure on the screen is that document's kept glance (web/awal.js), until
// the app's own page replaces it.
func TestPratayang(t *testing.T) {
	srv := startServer(t, situsContoh(t).server())
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
	b.waitJS("the first figure", terlihatJS("k-pagu", "Rp 9.399.497.972"), 120*time.Second)
	if eval[bool](b, `(e => !!e.closest(".pratayang"))(document.getElementById("k-pagu"))`) {
		t.Error("a browser holding documents was shown the pre-rendered sample as its figures")
	}
	if !eval[bool](b, `document.documentElement.classList.contains("ada-dokumen")`) {
		t.Error("web/awal.js did not mark the browser as holding documents")
	}
	// While app.wasm loads, the figure is the glance kept by the last run
	// (the stored sample's home page), shown by web/awal.js under
	// "Membuka dokumen…".
	if eval[bool](b, `!!document.getElementById("app-wasm-loader")`) {
		if !eval[bool](b, `(e => !!e.closest("#sekilas-awal"))(document.getElementById("k-pagu"))`) {
			t.Error("while app.wasm loads, the figure on the screen is not the kept glance")
		}
		if got := eval[string](b, `(e => e ? e.innerText : "")(document.querySelector("#sekilas-awal [role=status]"))`); got != "Membuka dokumen…" {
			t.Errorf("the kept glance says %q, want %q", got, "Membuka dokumen…")
		}
	} else {
		t.Log("app.wasm ran before the first figure was seen: web/awal.js's glance was not observed")
	}
	// Once app.wasm runs, its page alone shows the figures.
	b.waitJS("the app running", appReady+" && "+terlihatJS("k-pagu", "Rp 9.399.497.972"), 180*time.Second)
	if got := eval[string](b, `(document.getElementById("sekilas-awal") ? "glance still there; " : "") + document.querySelectorAll("[id=k-pagu]").length + " k-pagu; " + document.documentElement.className`); got != "1 k-pagu; ada-dokumen" {
		t.Errorf("once the app runs: %s, want %q", got, "1 k-pagu; ada-dokumen")
		t.Log(eval[string](b, `[...document.querySelectorAll("[id=k-pagu]")].map(e => { let p = e; const path = []; while (p && p !== document.body) { path.push(p.tagName + "#" + p.id + "." + p.className); p = p.parentElement; } return path.join(" < "); }).join("\n")`))
	}
}

// TestSekilasAwal: in a browser that holds documents, the home page shows
// the glance kept by the last run (web/awal.js, from localStorage) before
// app.wasm has arrived, and the app's own page replaces it once app.wasm
// runs. The test holds app.wasm back (the service worker bypassed, the
// request paused) to see the page without it.
func TestSekilasAwal(t *testing.T) {
	srv := startServer(t, situsContoh(t).server())
	profile := t.TempDir()
	b := startBrowser(t, profile)
	b.do("open the app", 120*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("the app running with the sample", appReady+` && `+terlihatJS("k-pagu", "Rp 9.399.497.972")+
		` && !!localStorage.getItem("sakip:sekilas")`, 180*time.Second)
	b.Close()

	b = startBrowser(t, profile)
	if _, err := chromedp.Call(b.ctx, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true}); err != nil {
		t.Fatal(err)
	}
	ditahan := make(chan fetch.RequestID, 4)
	if err := chromedp.Listen(b.ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			ditahan <- e.RequestID
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(b.ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/web/app.wasm"}}}); err != nil {
		t.Fatal(err)
	}
	// The page loads; app.wasm's request waits.
	go chromedp.Run(b.ctx, chromedp.Navigate(srv.URL+"/"))
	var id fetch.RequestID
	select {
	case id = <-ditahan:
	case <-time.After(60 * time.Second):
		t.Fatal("app.wasm was not requested")
	}
	b.waitJS("the kept glance", terlihatJS("k-pagu", "Rp 9.399.497.972"), 30*time.Second)
	got := eval[string](b, `[document.getElementById("k-pagu").closest("#sekilas-awal") ? "glance" : "elsewhere",
		(document.querySelector("#sekilas-awal [role=status]") || {}).innerText,
		(document.getElementById("k-persen") || {}).innerText,
		document.querySelectorAll(".pratayang").length + " preview"].join("; ")`)
	if want := "glance; Membuka dokumen…; 98,42%; 0 preview"; got != want {
		t.Errorf("before app.wasm: %s, want %s", got, want)
	}
	if _, err := chromedp.Call(b.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id}); err != nil {
		t.Fatal(err)
	}
	b.waitJS("the app running", appReady+" && "+terlihatJS("k-pagu", "Rp 9.399.497.972"), 180*time.Second)
	got = eval[string](b, `(document.getElementById("sekilas-awal") ? "glance still there; " : "") + document.querySelectorAll("[id=k-pagu]").length + " k-pagu; " + document.documentElement.className`)
	if want := "1 k-pagu; ada-dokumen"; got != want {
		t.Errorf("once the app runs: %s, want %s", got, want)
	}
}

// situsContoh is the site as `go run ./wasm` serves it: a browser without
// documents starts on the pre-rendered sample.
func situsContoh(t *testing.T) *site {
	s := testSite(t, "")
	s.contoh = true
	return s
}
