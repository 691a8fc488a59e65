//go:build !wasm

package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// TestAppUpdate deploys a new version while a staff member is working: the
// app tells them, and switching to the new version keeps an edit typed just
// before.
func TestAppUpdate(t *testing.T) {
	lama := testSite(t, "")
	srv := startServer(t, lama.server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	b.waitJS("the service worker", swInstalled, 60*time.Second)
	muatContoh(b, "")
	b.do("reload under the service worker", 60*time.Second, chromedp.Reload())
	b.waitJS("app.wasm to start again", appReady, 60*time.Second)
	b.waitJS("control by the service worker", `navigator.serviceWorker.controller !== null`, 30*time.Second)

	// Deploy: the same address serves a new version.
	baru := *lama
	baru.version = lama.version + "b"
	srv.Stop()
	startServerAt(t, strings.TrimPrefix(srv.URL, "http://"), baru.server())
	b.do("reload (old version from the cache)", 60*time.Second, chromedp.Reload())
	b.waitJS("app.wasm to start", appReady, 60*time.Second)
	b.waitJS("the new-version notice", `!!document.getElementById("versi-baru")`, 60*time.Second)

	// Work typed just before switching is kept.
	contoh := hitungContoh(t, nil)
	i := leafToEdit(t, contoh)
	klikMenu(b, "", "/anggaran", "Anggaran")
	id := fmt.Sprintf("f:anggaran.rincian[%d].realisasi", i)
	b.do("type", 30*time.Second, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`(e => { e.focus(); e.value = "777"; e.dispatchEvent(new Event("input", {bubbles: true})); })(document.getElementById(%q))`, id)))
	b.do("switch to the new version", 30*time.Second, chromedp.Click(chromedp.ID("muat-ulang")))
	b.waitJS("the new version", fmt.Sprintf(`typeof goappGetenv === "function" && goappGetenv("GOAPP_VERSION") === %q && !document.getElementById("app-wasm-loader") && !!document.getElementById("a-realisasi")`, baru.version), 60*time.Second)
	l := hitungContoh(t, func(d *lkip.Dokumen) {
		d.Anggaran.Rincian[i].Realisasi = anggaran.RupiahDariDesimal(anggaran.Ada(decimal.NewFromInt(777)))
	})
	waitText(b, "a-realisasi", anggaran.FormatRupiah(l.Pohon.Jumlah().Realisasi.Decimal))
	if n := eval[int](b, `document.querySelectorAll("#versi-baru").length`); n != 0 {
		t.Errorf("the new-version notice is still shown after switching")
	}
}
