//go:build !wasm

package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// layar rewrites the phone screenshots kept in testdata/wasm/ponsel (one
// PNG per page at 390×844): pictures, not goldens, for the README and for
// review. Without it the screenshots go to the test's temporary directory.
var layar = flag.Bool("layar", false, "write the phone screenshots to testdata/wasm/ponsel")

// halamanPonsel are the pages checked on a phone, with the element that
// shows their content is ready.
var halamanPonsel = []struct{ jalur, judul, siap string }{
	{"/", "Beranda", "k-pagu"},
	{"/kinerja", "Kinerja", "isi"},
	{"/anggaran", "Anggaran", "a-pagu"},
	{"/reviu", "Reviu", "isi"},
	{"/laporan", "Laporan", "isi"},
	{"/isi", "Isi", "judul-bagian"},
	{"/rekap", "Rekap", "tabel-rekap"},
	{"/impor", "Impor", "impor-lembar"},
	{"/data", "Data", "daftar-dokumen"},
}

// ukurPonsel measures, on the page shown, what a thumb on a 390 px screen
// meets: the page's width against the screen's, the menu links that do not
// fit the screen, tap targets under 44 px, text under 16 px, figure fields
// without the numeric keyboard.
const ukurPonsel = `(() => {
  const w = window.innerWidth;
  const out = {lebar: document.documentElement.scrollWidth, layar: w, menu: [], kecil: [], huruf: [], keyboard: []};
  const tampak = e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none" && !e.closest(".tersembunyi, .lewati"); };
  const nama = e => (e.id ? "#" + e.id : e.tagName.toLowerCase()) + " " + (e.innerText || e.value || e.getAttribute("aria-label") || "").trim().slice(0, 30);
  for (const a of document.querySelectorAll("nav.menu a")) {
    const r = a.getBoundingClientRect();
    if (r.left < 0 || r.right > w + 1) out.menu.push(nama(a));
  }
  for (const e of document.querySelectorAll("button, input, select, textarea, nav a, a.tombol, label.tombol, a.kartu")) {
    if (!tampak(e)) continue;
    const r = e.getBoundingClientRect();
    if (r.height < 43.5) out.kecil.push(nama(e) + " " + Math.round(r.height) + "px");
  }
  const walker = document.createTreeWalker(document.getElementById("isi") || document.body, NodeFilter.SHOW_TEXT);
  const dilihat = new Set();
  while (walker.nextNode()) {
    const n = walker.currentNode;
    if (!n.textContent.trim()) continue;
    const e = n.parentElement;
    if (!e || dilihat.has(e) || !tampak(e)) continue;
    dilihat.add(e);
    const px = parseFloat(getComputedStyle(e).fontSize);
    if (px < 15.5) out.huruf.push(nama(e) + " " + px + "px");
  }
  for (const e of document.querySelectorAll("input.angka")) {
    if (e.getAttribute("inputmode") !== "decimal") out.keyboard.push(nama(e));
  }
  return out;
})()`

type ukuranPonsel struct {
	Lebar    int      `json:"lebar"`
	Layar    int      `json:"layar"`
	Menu     []string `json:"menu"`
	Kecil    []string `json:"kecil"`
	Huruf    []string `json:"huruf"`
	Keyboard []string `json:"keyboard"`
}

// TestPonsel opens every page of the sample on a 390×844 phone screen and
// checks that it works with a thumb (issue: "a phone is the main screen"):
// no page scrolls sideways, the menu fits the screen, tap targets are at
// least 44 px high, no text is under 16 px, figure fields open the numeric
// keyboard; in the Anggaran table the editable figures are on the first
// screen and the row names stay in view when the table scrolls sideways;
// an indicator's years fit their card. It saves a screenshot of each page.
func TestPonsel(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("phone screen", 10*time.Second, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(1)))
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	muatContoh(b, "")

	dir := t.TempDir()
	if *layar {
		root, err := moduleDir()
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, "testdata", "wasm", "ponsel")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, h := range halamanPonsel {
		klikMenu(b, "", h.jalur, h.judul)
		b.waitJS(h.judul+" content", fmt.Sprintf(`!!document.getElementById(%q)`, h.siap), 30*time.Second)
		if h.jalur == "/anggaran" {
			// A program opened, so that editable rows are on screen.
			b.do("open a program", 10*time.Second, chromedp.Click(chromedp.CSS(`#tabel-anggaran tr.program button.buka`)))
			b.waitJS("kegiatan rows", `!!document.querySelector("#tabel-anggaran tr.kegiatan")`, 10*time.Second)
		}
		u := eval[ukuranPonsel](b, ukurPonsel)
		if u.Lebar > u.Layar+1 {
			t.Errorf("%s: the page is %d px wide on a %d px screen (it scrolls sideways)", h.judul, u.Lebar, u.Layar)
		}
		for _, what := range []struct {
			name string
			list []string
		}{
			{"menu links off-screen", u.Menu},
			{"tap targets under 44 px", u.Kecil},
			{"text under 16 px", u.Huruf},
			{"figure fields without the numeric keyboard", u.Keyboard},
		} {
			if len(what.list) > 0 {
				t.Errorf("%s: %d %s: %s", h.judul, len(what.list), what.name, strings.Join(first(what.list, 8), "; "))
			}
		}
		png := simpanLayar(b, filepath.Join(dir, strings.ToLower(h.judul)+".png"))
		t.Logf("%s: %d × %d px, screenshot %d bytes", h.judul, u.Layar, u.Lebar, png)
	}

	// Anggaran: the first editable row's pagu and realisasi are within the
	// first screen's width, and the row names stay in view when the table
	// is scrolled sideways.
	klikMenu(b, "", "/anggaran", "Anggaran")
	b.waitJS("an editable row", `!!document.querySelector("#tabel-anggaran input.angka") || !!document.querySelector("#tabel-anggaran tr.kegiatan button.buka")`, 10*time.Second)
	if !eval[bool](b, `!!document.querySelector("#tabel-anggaran input.angka")`) {
		b.do("open a kegiatan", 10*time.Second, chromedp.Click(chromedp.CSS(`#tabel-anggaran tr.kegiatan button.buka`)))
		b.waitJS("sub kegiatan rows", `!!document.querySelector("#tabel-anggaran input.angka")`, 10*time.Second)
	}
	kanan := eval[[]float64](b, `(() => { const i = document.querySelectorAll("#tabel-anggaran tr.sub input.angka");
	  return [i[0].getBoundingClientRect().right, i[1].getBoundingClientRect().right, window.innerWidth]; })()`)
	if kanan[0] > kanan[2] || kanan[1] > kanan[2] {
		t.Errorf("Anggaran: the pagu field ends at %.0f px and the realisasi field at %.0f px on a %.0f px screen; both should be on the first screen", kanan[0], kanan[1], kanan[2])
	}
	geser := eval[[]float64](b, `(() => { const w = document.querySelector("#tabel-anggaran").parentElement;
	  const c = document.querySelector("#tabel-anggaran tbody tr td");
	  const before = c.getBoundingClientRect().left; w.scrollLeft = w.scrollWidth;
	  return [before, c.getBoundingClientRect().left, w.scrollLeft]; })()`)
	if geser[2] > 0 && geser[1] != geser[0] {
		t.Errorf("Anggaran: scrolled %.0f px sideways, the row names moved from %.0f to %.0f px (they should stay in view)", geser[2], geser[0], geser[1])
	}

	// Kinerja: an indicator's table fits inside its card.
	klikMenu(b, "", "/kinerja", "Kinerja")
	if w := eval[[]float64](b, `(() => { const t = document.querySelector("table.tahunan"); return [t.scrollWidth, t.parentElement.clientWidth]; })()`); w[0] > w[1]+1 {
		t.Errorf("Kinerja: an indicator's table is %.0f px wide in a %.0f px card (cut or scrolled)", w[0], w[1])
	}
	checkSameOrigin(t, srv.URL, b.requests())
}

// simpanLayar saves a screenshot of the screen as it is; it returns the
// PNG's size.
func simpanLayar(b *browser, path string) int {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", path, err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	return len(png)
}

func first(s []string, n int) []string {
	if len(s) > n {
		return append(s[:n:n], fmt.Sprintf("… and %d more", len(s)-n))
	}
	return s
}
