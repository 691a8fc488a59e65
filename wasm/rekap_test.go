//go:build !wasm

package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestRekapKabupaten imports the generated kabupaten of 40 dinas files
// (lkip/rekap/testdata/kabupaten, with planted mistakes) into an empty
// browser at once, opens the Rekap page, and checks that every stored
// document is a row, that the dinas needing attention and the cross-dinas
// findings are shown, and that a row opens its document. The time from the
// upload to the rekap on screen is logged (issue: under 3 s for 40 dinas).
func TestRekapKabupaten(t *testing.T) {
	root, err := moduleDir()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(root, "lkip", "rekap", "testdata", "kabupaten", "*.json"))
	if err != nil || len(files) != 40 {
		t.Fatalf("the generated kabupaten: %d files, %v", len(files), err)
	}
	sort.Strings(files)
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/data"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	start := time.Now()
	b.do("upload 40 files", 30*time.Second, chromedp.SetUploadFiles(chromedp.ID("impor"), files))
	b.waitJS("the import to finish", `document.getElementById("status-simpan").innerText.startsWith("Tersimpan") && document.querySelectorAll("#daftar-dokumen li").length >= 30`, 180*time.Second)
	// Let the last saves land.
	n := 0
	for i := 0; i < 20; i++ {
		time.Sleep(250 * time.Millisecond)
		m := eval[int](b, `document.querySelectorAll("#daftar-dokumen li").length`)
		if m == n && i > 2 {
			break
		}
		n = m
	}
	klikMenu(b, "", "/rekap", "Rekap")
	b.waitJS("the rekap", `!!document.getElementById("tabel-rekap")`, 120*time.Second)
	d := time.Since(start).Round(time.Millisecond)
	t.Logf("40 dinas files imported and their rekap shown in %v (%d documents kept)", d, n)
	perf.set("rekap: impor 40 berkas dinas sampai rekap tampil", d.String())
	if rows := eval[int](b, `document.querySelectorAll("#tabel-rekap tbody tr").length`); rows != n {
		t.Errorf("the rekap has %d rows for %d documents kept", rows, n)
	}
	if got := textOf(b, "r-perhatian"); got == "" || got[0] == '0' {
		t.Errorf("no dinas needs attention (%q); the kabupaten has planted mistakes", got)
	}
	if !eval[bool](b, `!!document.querySelector("#rekap-temuan li")`) {
		t.Error("no cross-dinas finding shown (a sub kegiatan code is planted in two dinas)")
	}
	// Filter, then open the first dinas' document.
	ketikSaja(b, "saring-rekap", "kesehatan")
	b.waitJS("the filtered rekap", `document.querySelectorAll("#tabel-rekap tbody tr").length >= 1 && document.querySelectorAll("#tabel-rekap tbody tr").length < 10`, 10*time.Second)
	nama := eval[string](b, `document.querySelector("#tabel-rekap tbody tr button.buka").innerText`)
	b.do("open "+nama, 10*time.Second, chromedp.Click(chromedp.CSS(`#tabel-rekap tbody tr button.buka`)))
	b.waitJS("the dinas' document", fmt.Sprintf(`document.querySelector(".atas .dok").innerText.includes(%s)`, strconv.Quote(nama)), 30*time.Second)
	checkSameOrigin(t, srv.URL, b.requests())
}
