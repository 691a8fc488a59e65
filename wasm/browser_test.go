//go:build !wasm

package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/chromedp"
	"github.com/pemkab/sakip/anggaran"
)

// TestServedApp runs the PWA from the Go server at the root, in Chromium,
// through what a staff member does: load the sample and see its figures,
// edit a realisasi and see the totals change, reload and find the edit
// kept, import a malformed file and a file with markup in its names; then
// start Chromium again on the same profile, first online, then with the
// server stopped: the app works offline from its service worker. No request
// may leave the origin.
func TestServedApp(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	profile := t.TempDir()

	b := startBrowser(t, profile)
	start := time.Now()
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	d := time.Since(start).Round(time.Millisecond)
	t.Logf("first visit: navigation to app started in %v", d)
	perf.set("kunjungan pertama (unduh app.wasm): navigasi sampai aplikasi berjalan", d.String())
	b.waitJS("the service worker", swInstalled, 60*time.Second)

	muatContoh(b, "")
	contoh := hitungContoh(t, nil)
	periksaBeranda(b, "", contoh)
	if got := textOf(b, "k-pagu"); got != seedPagu {
		t.Errorf("Beranda shows pagu %q, the seed prints %q", got, seedPagu)
	}
	if got := textOf(b, "k-persen"); got != seedPersen {
		t.Errorf("Beranda shows %q, the seed prints %q", got, seedPersen)
	}
	periksaIKU(b, "", contoh)
	periksaReviu(b, "", contoh)

	i := leafToEdit(t, contoh)
	diubah := editRealisasi(b, "", i, 123456789)
	b.do("reload", 60*time.Second, chromedp.Reload())
	b.waitJS("app.wasm to start again", appReady, 60*time.Second)
	b.waitJS("the document", `!!document.getElementById("a-realisasi")`, 30*time.Second)
	waitText(b, "a-realisasi", anggaran.FormatRupiah(diubah.Pohon.Jumlah().Realisasi.Decimal))
	if got := eval[string](b, fmt.Sprintf(`document.getElementById("f:anggaran.rincian[%d].realisasi").value`, i)); got != "123.456.789" {
		t.Errorf("after reload the edited realisasi shows %q, want 123.456.789", got)
	}

	periksaEkspor(b, "", diubah.Dokumen)
	halaman := periksaCetak(b, "", 20)
	t.Logf("the printed report of the sample has %d A4 pages", halaman)
	perf.set("laporan contoh dicetak ke PDF (Chromium)", fmt.Sprintf("%d halaman A4", halaman))
	periksaImporRusak(b, "", diubah)
	periksaImporSkrip(b, "")
	checkSameOrigin(t, srv.URL, b.requests())
	b.Close()

	b = startBrowser(t, profile)
	d = waktuAngka(b, srv.URL+"/")
	t.Logf("browser restart, online: navigation to first figures in %v", d)
	perf.set("browser baru, daring: navigasi sampai angka pertama tampil", d.String())
	checkSameOrigin(t, srv.URL, b.requests())
	b.Close()

	srv.Stop()
	b = startBrowser(t, profile)
	d = waktuAngka(b, srv.URL+"/")
	t.Logf("browser restart, server stopped: navigation to first figures in %v", d)
	perf.set("browser baru, luring (server mati): navigasi sampai angka pertama tampil", d.String())
	if got := textOf(b, "k-pagu"); got != seedPagu {
		t.Errorf("offline Beranda shows pagu %q, want %q", got, seedPagu)
	}
	b.do("open Anggaran offline", 60*time.Second, chromedp.Navigate(srv.URL+"/anggaran"))
	b.waitJS("app.wasm to start offline on /anggaran", appReady, 60*time.Second)
	b.waitJS("the Anggaran page offline", `!!document.getElementById("a-pagu")`, 30*time.Second)
	checkSameOrigin(t, srv.URL, b.requests())
}

// TestStaticSite exports the static site under /sakip and runs it from a
// plain static host in Chromium: links, manifest and service worker use the
// prefix, and the app starts offline on any page.
func TestStaticSite(t *testing.T) {
	wasmBuilt(t)
	dir := t.TempDir()
	dmod, err := moduleDir()
	if err != nil {
		t.Fatal(err)
	}
	if err := runServer(dmod, "-wasm", builtWasm, "-build=false", "-static", dir, "-prefix", "/sakip"); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "kinerja.html", "404.html", "app.js", "app-worker.js", "manifest.webmanifest",
		"wasm_exec.js", "app.css", "web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/icon-192.png", "web/sakip.css"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("static site lacks %s", f)
		}
	}
	index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	for _, want := range []string{`href="/sakip/web/sakip.css"`, `src="/sakip/app.js"`, `href="/sakip/manifest.webmanifest"`, `href="/sakip/kinerja"`} {
		if !strings.Contains(string(index), want) {
			t.Errorf("index.html lacks %s", want)
		}
	}
	manifest, _ := os.ReadFile(filepath.Join(dir, "manifest.webmanifest"))
	if !strings.Contains(string(manifest), `"start_url":"/sakip/"`) {
		t.Errorf("manifest start_url is not /sakip/: %s", manifest)
	}

	srv := startServer(t, staticHost(dir, "/sakip"))
	profile := t.TempDir()
	b := startBrowser(t, profile)
	b.do("open the static app", 90*time.Second, chromedp.Navigate(srv.URL+"/sakip/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	b.waitJS("the service worker", swInstalled, 60*time.Second)
	scope := eval[string](b, `navigator.serviceWorker.getRegistration().then(r => r.scope)`)
	if scope != srv.URL+"/sakip/" {
		t.Errorf("service worker scope = %q, want %q", scope, srv.URL+"/sakip/")
	}
	hrefs := eval[[]string](b, `Array.from(document.querySelectorAll("nav a")).map(a => a.getAttribute("href"))`)
	for _, h := range hrefs {
		if !strings.HasPrefix(h, "/sakip/") {
			t.Errorf("menu link %q lacks the /sakip prefix", h)
		}
	}
	muatContoh(b, "/sakip")
	contoh := hitungContoh(t, nil)
	periksaBeranda(b, "/sakip", contoh)
	periksaIKU(b, "/sakip", contoh)
	periksaKetikKinerja(b, "/sakip", contoh)
	if got := eval[string](b, `location.pathname`); got != "/sakip/kinerja" {
		t.Errorf("the Kinerja page is at %q, want /sakip/kinerja", got)
	}
	editRealisasi(b, "/sakip", leafToEdit(t, contoh), 5000000)
	periksaPonsel(b, "/sakip")
	checkSameOrigin(t, srv.URL, b.requests())
	b.Close()

	srv.Stop()
	b = startBrowser(t, profile)
	b.do("open a page offline", 60*time.Second, chromedp.Navigate(srv.URL+"/sakip/laporan"))
	b.waitJS("app.wasm to start offline", appReady, 60*time.Second)
	b.waitJS("the Laporan page", `document.querySelector("main h1").innerText === "Laporan"`, 30*time.Second)
	b.waitJS("the report offline", `(f => f && f.contentDocument && f.contentDocument.body && f.contentDocument.body.innerText.length > 100)(document.getElementById("laporan"))`, 30*time.Second)
	checkSameOrigin(t, srv.URL, b.requests())
}

// TestWasmPrecompressed checks the server's negotiation of app.wasm.
func TestWasmPrecompressed(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	for _, tc := range []struct{ accept, enc string }{
		{"gzip, deflate, br, zstd", "br"},
		{"gzip", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"", ""},
	} {
		req, _ := http.NewRequest("GET", srv.URL+"/web/app.wasm", nil)
		req.Header.Set("Accept-Encoding", tc.accept)
		res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		var r io.Reader = res.Body
		switch tc.enc {
		case "br":
			r = brotli.NewReader(res.Body)
		case "gzip":
			if r, err = gzip.NewReader(res.Body); err != nil {
				t.Fatal(err)
			}
		}
		body, err := io.ReadAll(r)
		res.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Header.Get("Content-Encoding"); got != tc.enc {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", tc.accept, got, tc.enc)
		}
		if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("Accept-Encoding %q: no Vary: Accept-Encoding", tc.accept)
		}
		if got := res.Header.Get("Content-Type"); got != "application/wasm" {
			t.Errorf("Content-Type %q", got)
		}
		if got, want := res.Header.Get(wasmLengthHeader), len(s.wasm); got != strconv.Itoa(want) {
			t.Errorf("%s = %q, want %d", wasmLengthHeader, got, want)
		}
		if len(body) != len(s.wasm) || string(body[:4]) != "\x00asm" {
			t.Errorf("Accept-Encoding %q: body of %d bytes, want app.wasm (%d)", tc.accept, len(body), len(s.wasm))
		}
	}
}
