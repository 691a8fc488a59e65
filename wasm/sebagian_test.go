//go:build !wasm

package main

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// TestKetikSebagian: a keystroke in a figure of the Anggaran page renders
// only the components whose values changed (wasm/ui/hidup.go). What the
// page then shows (every text, every field's value and error mark) must be
// what the page rendered whole shows: the test types valid, invalid and
// empty figures into a sub kegiatan's realisasi and pagu and into a
// belanja account (which renders the page whole), then has the page
// made anew (to Beranda and back) and compares. The save status must say at once that the edit
// is not saved yet.
func TestKetikSebagian(t *testing.T) {
	srv := startServer(t, testSite(t, "").server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	muatContoh(b, "")
	klikMenu(b, "", "/anggaran", "Anggaran")
	bukaBarisPertama(b)
	realisasi := "f:" + barisPertama(b)
	pagu := realisasi[:len(realisasi)-len("realisasi")] + "pagu"
	belanja := eval[string](b, `(e => e ? e.id : "")(document.querySelector("#tabel-belanja input.angka"))`)
	if belanja == "" {
		t.Fatal("the sample's belanja table has no field")
	}
	// keadaan is what the page shows, after the next two frames: the text
	// of main, each field's value and invalid mark.
	keadaan := func() string {
		return eval[string](b, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(JSON.stringify({
			teks: document.querySelector("main").innerText,
			isian: [...document.querySelectorAll("main input")].map(i => [i.id, i.value, i.getAttribute("aria-invalid") || ""])})))))`)
	}
	for _, c := range []struct {
		nama, id, teks string
		sah            bool // the document changes (the status says so)
	}{
		{"realisasi", realisasi, "1.234.567", true},
		{"realisasi with sen", realisasi, "1.234.567,5", true},
		{"realisasi not a number", realisasi, "12x", false},
		{"realisasi emptied", realisasi, "", true},
		{"pagu", pagu, "987.654.321", true},
		{"pagu emptied (required)", pagu, "", false},
		{"pagu again", pagu, "500.000.000", true},
		{"belanja account", belanja, "1.000", true},
	} {
		t.Run(c.nama, func(t *testing.T) {
			b.t = t
			ketikSaja(b, c.id, c.teks)
			sebagian := keadaan()
			if c.sah {
				if s := textOf(b, "status-simpan"); s != "Belum tersimpan" {
					t.Errorf("after typing %q into %s the status says %q, want %q", c.teks, c.id, s, "Belum tersimpan")
				}
			}
			// To Beranda and back, by the links' click() (focus stays in
			// the field, so that no change event ends the edit): the
			// page and every component in it are made anew.
			for _, h := range []struct{ jalur, judul string }{{"/", "Beranda"}, {"/anggaran", "Anggaran"}} {
				b.do("to "+h.judul, 10*time.Second, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector('nav a[href=%q]').click()`, h.jalur)))
				b.waitJS("page "+h.judul, fmt.Sprintf(`(h => !!h && h.innerText === %q)(document.querySelector("main h1"))`, h.judul), 30*time.Second)
			}
			utuh := keadaan()
			if diff := cmp.Diff(utuh, sebagian); diff != "" {
				t.Errorf("after typing %q into %s the page shows otherwise than rendered whole (-whole +after keystroke):\n%s", c.teks, c.id, diff)
			}
		})
	}
}
