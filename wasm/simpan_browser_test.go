//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// The browser tests of issue 10 item 6 (safe browser storage), each in
// real headless Chromium on the served app.

// dialog accepts every dialog of the page (beforeunload, confirm) and
// counts them by type.
type dialog struct {
	mu sync.Mutex
	n  map[page.DialogType]int
}

func terimaDialog(b *browser) *dialog {
	d := &dialog{n: map[page.DialogType]int{}}
	if err := chromedp.Listen(b.ctx, func(ev any) {
		if e, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			d.mu.Lock()
			d.n[e.Type]++
			d.mu.Unlock()
			go chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}); err != nil {
		b.t.Fatal(err)
	}
	return d
}

func (d *dialog) jumlah(t page.DialogType) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.n[t]
}

// muatUlang reloads the page as a script or the user would (so that
// beforeunload runs), after tunda, and waits for the app and its document.
func muatUlang(b *browser, tunda time.Duration) {
	b.t.Helper()
	b.do("reload", 10*time.Second, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`window.__lama = true; setTimeout(() => location.reload(), %d)`, tunda.Milliseconds())))
	b.waitJS("the app after the reload", `!window.__lama && `+appReady, 60*time.Second)
}

// daunContoh returns the indexes of the first n sub kegiatan rows.
func daunContoh(t *testing.T, l *lkip.Laporan, n int) []int {
	t.Helper()
	var out []int
	p := l.Pohon
	for i := 0; i < p.Len() && len(out) < n; i++ {
		if r := p.Baris(i); r.Daun && r.Indeks >= 0 && r.Jenjang == anggaran.JenjangSubKegiatan {
			out = append(out, r.Indeks)
		}
	}
	if len(out) < n {
		t.Fatalf("the sample has %d sub kegiatan rows, want %d", len(out), n)
	}
	return out
}

func idRealisasi(i int) string { return fmt.Sprintf("f:anggaran.rincian[%d].realisasi", i) }

// ketikSaja types text into input id (emptied first) and leaves the focus
// there: the edit is not saved yet.
func ketikSaja(b *browser, id, text string) {
	b.t.Helper()
	b.do("clear "+id, 10*time.Second, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`(e => { e.focus(); e.value = ""; e.dispatchEvent(new Event("input", {bubbles: true})); })(document.getElementById(%q))`, id)))
	// Keys go to the focused field: chromedp.SendKeys reads the node's
	// attributes without its lock while DOM events update them (a data race
	// inside chromedp v0.23.0 that -race reports).
	b.do("type into "+id, 30*time.Second, chromedp.KeyEvent(text))
}

func nilaiIsian(b *browser, id string) string {
	b.t.Helper()
	return eval[string](b, fmt.Sprintf(`(e => e ? e.value : "(tidak ada)")(document.getElementById(%q))`, id))
}

// tersimpanDiIDB reads document's data file from IndexedDB directly.
const dataIDB = `new Promise((ok, no) => { const r = indexedDB.open("sakip"); r.onerror = () => no(r.error);
  r.onsuccess = () => { const db = r.result; const q = db.transaction("ringkasan").objectStore("ringkasan").getAll();
    q.onsuccess = () => { const list = q.result.filter(x => !x.dihapus).sort((a, b) => b.diubah - a.diubah);
      const g = db.transaction("dokumen").objectStore("dokumen").get(list[0].id);
      g.onsuccess = () => { db.close(); ok(g.result.data); }; }; }; })`

// statusTersimpan is true when the header says the edits are saved.
const statusTersimpan = `document.getElementById("status-simpan").innerText.startsWith("Tersimpan")`

// TestSimpanMuatUlang: an edit followed at once by a reload (0, 50, 300 ms)
// is still there after the reload; the status says "Tersimpan" only when
// IndexedDB holds the edit; closing the page asks first only while an edit
// is not saved.
func TestSimpanMuatUlang(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	dlg := terimaDialog(b)
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	muatContoh(b, "")
	contoh := hitungContoh(t, nil)
	rows := daunContoh(t, contoh, 4)

	klikMenu(b, "", "/anggaran", "Anggaran")
	// Saved, and only then "Tersimpan": when the status says so, the
	// edit is in IndexedDB.
	ketikSaja(b, idRealisasi(rows[0]), "4321")
	if st := textOf(b, "status-simpan"); strings.HasPrefix(st, "Tersimpan") {
		t.Errorf("status %q right after typing, before any save", st)
	}
	b.waitJS("the edit to be saved", statusTersimpan, 30*time.Second)
	d, err := lkip.Parse([]byte(eval[string](b, dataIDB)), "idb.json")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Anggaran.Rincian[rows[0]].Realisasi.Decimal().Decimal.String(); got != "4321" {
		t.Errorf("status says Tersimpan but IndexedDB holds realisasi %s, want 4321", got)
	}
	// Saved: a reload does not ask.
	sebelum := dlg.jumlah(page.DialogTypeBeforeunload)
	muatUlang(b, 0)
	if n := dlg.jumlah(page.DialogTypeBeforeunload); n != sebelum {
		t.Errorf("a reload with every edit saved asked first (%d beforeunload dialogs)", n-sebelum)
	}
	b.waitJS("the Anggaran page", `!!document.getElementById(`+fmt.Sprintf("%q", idRealisasi(rows[0]))+`)`, 30*time.Second)

	for k, tunda := range []time.Duration{0, 50 * time.Millisecond, 300 * time.Millisecond} {
		id := idRealisasi(rows[k+1])
		teks := fmt.Sprintf("%d", 1000001+k)
		want := anggaran.FormatAngka(decimal.NewFromInt(int64(1000001+k)), 0)
		ketikSaja(b, id, teks)
		tanya := !strings.HasPrefix(textOf(b, "status-simpan"), "Tersimpan")
		sebelum := dlg.jumlah(page.DialogTypeBeforeunload)
		muatUlang(b, tunda)
		b.waitJS("the field after the reload", fmt.Sprintf(`!!document.getElementById(%q)`, id), 30*time.Second)
		b.waitJS(fmt.Sprintf("the edit typed %v before the reload", tunda),
			fmt.Sprintf(`document.getElementById(%q).value === %q`, id, want), 10*time.Second)
		if tunda == 0 && tanya && dlg.jumlah(page.DialogTypeBeforeunload) == sebelum {
			t.Errorf("a reload right after an unsaved edit did not ask first")
		}
		b.waitJS("the recovered edit to be saved", statusTersimpan, 30*time.Second)
	}
}

// TestSimpanDuaTab: two tabs (two pages of one browser context) on the
// same document: an edit saved in one is in the other before that one
// saves, the other tab says its copy was updated, and edits made in both
// at the same moment are all kept.
func TestSimpanDuaTab(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	a := startBrowser(t, t.TempDir())
	a.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	a.waitJS("app.wasm to start", appReady, 90*time.Second)
	muatContoh(a, "")
	contoh := hitungContoh(t, nil)
	rows := daunContoh(t, contoh, 4)
	klikMenu(a, "", "/anggaran", "Anggaran")

	ctxB, cancelB := chromedp.NewContext(a.ctx)
	b := &browser{t: t, ctx: ctxB, cancel: cancelB}
	t.Cleanup(cancelB)
	if err := chromedp.Listen(ctxB, func(ev any) {
		switch e := ev.(type) {
		case *cdpruntime.EventConsoleAPICalled:
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
			}
			b.mu.Lock()
			b.logs = append(b.logs, string(e.Type)+": "+strings.Join(parts, " "))
			b.mu.Unlock()
		case *cdpruntime.EventExceptionThrown:
			b.mu.Lock()
			b.logs = append(b.logs, "exception: "+e.ExceptionDetails.Text+" "+exceptionText(e.ExceptionDetails))
			b.mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctxB, cdpruntime.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	b.do("open the app in a second tab", 90*time.Second, chromedp.Navigate(srv.URL+"/anggaran"))
	b.waitJS("app.wasm to start in the second tab", appReady, 90*time.Second)
	b.waitJS("the document in the second tab", fmt.Sprintf(`!!document.getElementById(%q)`, idRealisasi(rows[0])), 30*time.Second)

	// A edits and saves; B, which edits nothing, shows it.
	ketik(a, idRealisasi(rows[0]), "111")
	a.waitJS("A's edit to be saved", statusTersimpan, 30*time.Second)
	b.waitJS("A's edit in tab B", fmt.Sprintf(`document.getElementById(%q).value === "111"`, idRealisasi(rows[0])), 30*time.Second)
	if msg := textOf(b, "pesan"); !strings.Contains(msg, "tab lain") {
		t.Errorf("tab B does not say its copy was updated by another tab: %q", msg)
	}
	// Both edit at once, before either saves.
	ketikSaja(b, idRealisasi(rows[1]), "222")
	ketikSaja(a, idRealisasi(rows[2]), "333")
	a.waitJS("A to save", statusTersimpan, 30*time.Second)
	b.waitJS("B to save", statusTersimpan, 30*time.Second)
	time.Sleep(500 * time.Millisecond) // let the last news reach the other tab
	a.waitJS("A to be saved after B's news", statusTersimpan, 30*time.Second)
	b.waitJS("B to be saved after A's news", statusTersimpan, 30*time.Second)
	d, err := lkip.Parse([]byte(eval[string](a, dataIDB)), "idb.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		i    int
		want string
	}{{rows[0], "111"}, {rows[1], "222"}, {rows[2], "333"}} {
		if got := d.Anggaran.Rincian[c.i].Realisasi.Decimal().Decimal.String(); got != c.want {
			t.Errorf("stored realisasi of row %d = %s, want %s (an edit of one tab was lost)", c.i, got, c.want)
		}
		for _, tab := range []*browser{a, b} {
			tab.waitJS(fmt.Sprintf("row %d to show %s in both tabs", c.i, c.want),
				fmt.Sprintf(`document.getElementById(%q).value.replace(/\./g, "") === %q`, idRealisasi(c.i), c.want), 30*time.Second)
		}
	}
}

// TestSimpanPenuh: when the browser refuses to store (quota), the app says
// so plainly, never "Tersimpan", keeps the edit in memory and offers the
// export; an import whose save failed reports no success; after space is
// freed, saving again works.
func TestSimpanPenuh(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	muatContoh(b, "")
	rows := daunContoh(t, hitungContoh(t, nil), 1)
	// The browser's quota for the origin is lowered to 1 byte. Where
	// Chromium does not apply the override (seen in headless Chromium
	// here: navigator.storage.estimate keeps the default quota), the
	// refusal is made as the browser makes it: IndexedDB's put throws a
	// QuotaExceededError.
	kuota := 1.0
	if _, err := chromedp.Call(b.ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: srv.URL, QuotaSize: &kuota}); err != nil {
		t.Fatalf("limiting the storage quota: %v", err)
	}
	if q := eval[float64](b, `navigator.storage.estimate().then(e => e.quota)`); q > kuota {
		t.Logf("Storage.overrideQuotaForOrigin had no effect (quota %.0f bytes): IndexedDB's put is made to throw QuotaExceededError", q)
		eval[bool](b, `(() => { window.__putAsli = IDBObjectStore.prototype.put;
		  IDBObjectStore.prototype.put = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
		  return true; })()`)
	}
	// An import whose save fails reports no success. (Another dinas: a file
	// of the dinas already held would first ask whether to update it.)
	lain := lkip.Contoh()
	lain.Identitas.Dinas = "Dinas Kesehatan"
	contoh, _ := lain.Encode()
	impor(b, "", writeFile(t, "lain.json", contoh))
	b.waitJS("the import's failed save", `!!document.getElementById("galat") && document.getElementById("galat").innerText.includes("belum tersimpan")`, 30*time.Second)
	if msg := textOf(b, "pesan"); strings.Contains(msg, "diimpor") {
		t.Errorf("an import whose save failed reports success: %q", msg)
	}
	b.waitJS("the failed save to be reported", `!!document.getElementById("gagal-simpan")`, 30*time.Second)
	if st := textOf(b, "status-simpan"); st != "Gagal menyimpan" {
		t.Errorf("status %q after a refused save", st)
	}
	if msg := textOf(b, "gagal-simpan"); !strings.Contains(msg, "BELUM tersimpan") || !strings.Contains(msg, "ekspor") {
		t.Errorf("the notice does not say plainly that the document is not saved and how to keep it: %q", msg)
	}
	// An edit of the unsaved document is kept in memory and exported.
	klikMenu(b, "", "/anggaran", "Anggaran")
	ketik(b, idRealisasi(rows[0]), "123456789012")
	b.waitJS("the failed save of the edit", `document.getElementById("status-simpan").innerText === "Gagal menyimpan"`, 30*time.Second)
	if got := nilaiIsian(b, idRealisasi(rows[0])); got != "123.456.789.012" {
		t.Errorf("the edit is not kept in memory: the field shows %q", got)
	}
	dir := t.TempDir()
	yes := true
	if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, EventsEnabled: &yes}); err != nil {
		t.Fatal(err)
	}
	b.do("export from the notice", 10*time.Second, chromedp.Click(chromedp.ID("ekspor-darurat")))
	data := berkasUnduhan(t, dir)
	d, err := lkip.Parse(data, "ekspor.json")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Anggaran.Rincian[rows[0]].Realisasi.Decimal().Decimal.String(); got != "123456789012" {
		t.Errorf("the exported document has realisasi %s, want the unsaved edit 123456789012", got)
	}
	if _, err := chromedp.Call(b.ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: srv.URL}); err != nil {
		t.Fatalf("lifting the quota: %v", err)
	}
	eval[bool](b, `(() => { if (window.__putAsli) IDBObjectStore.prototype.put = window.__putAsli; return true; })()`)
	b.do("save again", 10*time.Second, chromedp.Click(chromedp.ID("simpan-lagi")))
	b.waitJS("the document to be saved", statusTersimpan+` && !document.getElementById("gagal-simpan")`, 30*time.Second)
}

// berkasUnduhan waits for the one file downloaded into dir and returns it.
func berkasUnduhan(t *testing.T, dir string) []byte {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".json") {
				data, err := os.ReadFile(filepath.Join(dir, e.Name()))
				if err == nil {
					return data
				}
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no file downloaded (directory has %d entries)", len(entries))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestSimpanRusak: a stored document the app cannot read is never
// dropped: it stays in the list with its error and can be exported as it
// is, across reloads.
func TestSimpanRusak(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	muatContoh(b, "")
	rusak := `{"versi": 99, "identitas": {"dinas": "Dinas Lama", "tahun": "dua ribu"}, "bagian_baru": {}}`
	eval[bool](b, fmt.Sprintf(`new Promise((ok, no) => { const r = indexedDB.open("sakip"); r.onerror = () => no(r.error);
	  r.onsuccess = () => { const db = r.result; const tx = db.transaction(["ringkasan", "dokumen"], "readwrite");
	    tx.objectStore("ringkasan").put({id: "rusak-1", nama: "Dinas Lama 2021", diubah: Date.now() + 3600000, ukuran: %d, versi: 1});
	    tx.objectStore("dokumen").put({id: "rusak-1", data: %q});
	    tx.oncomplete = () => { db.close(); ok(true); }; tx.onerror = () => no(tx.error); }; })`, len(rusak), rusak))
	for k := 0; k < 2; k++ {
		muatUlang(b, 0)
		b.waitJS("the error about the unreadable document", `!!document.getElementById("galat")`, 30*time.Second)
		if msg := textOf(b, "galat"); !strings.Contains(msg, "Dinas Lama 2021") || !strings.Contains(msg, "apa adanya") {
			t.Errorf("the error does not name the document and say it is kept: %q", msg)
		}
		klikMenu(b, "", "/data", "Data")
		b.waitJS("the unreadable document in the list", `!!document.getElementById("rusak:rusak-1")`, 30*time.Second)
	}
	dir := t.TempDir()
	yes := true
	if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, EventsEnabled: &yes}); err != nil {
		t.Fatal(err)
	}
	b.do("export as it is", 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("ekspor-mentah:rusak-1").click()`))
	if got := string(berkasUnduhan(t, dir)); got != rusak {
		t.Errorf("exported %q, want the stored bytes %q", got, rusak)
	}
}

// TestSimpanGanti: an anggaran CSV imported into an open document shows
// what changes and replaces nothing until confirmed; the import, a
// deletion and loading the sample can each be undone.
func TestSimpanGanti(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	dlg := terimaDialog(b)
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	muatContoh(b, "")
	contoh := hitungContoh(t, nil)
	realisasi := anggaran.FormatRupiah(contoh.Ringkasan.Realisasi.Decimal)
	csv := "kode;uraian;pagu;realisasi\r\n1.06.01;Program Penunjang;;\r\n1.06.01.2.01;Perencanaan;;\r\n" +
		"1.06.01.2.01.06;Koordinasi Laporan;1.000.000;900.000\r\n"
	impor(b, "", writeFile(t, "lain.csv", []byte(csv)))
	b.waitJS("the preview", `!!document.getElementById("usulan")`, 30*time.Second)
	if msg := textOf(b, "usulan"); !strings.Contains(msg, "MENGGANTI") || !strings.Contains(msg, realisasi+" menjadi Rp 900.000") {
		t.Errorf("the preview does not show what changes: %q", msg)
	}
	klikMenu(b, "", "/", "Beranda")
	waitText(b, "k-realisasi", realisasi) // nothing replaced yet
	b.do("confirm", 10*time.Second, chromedp.Click(chromedp.ID("usulan-terima")))
	waitText(b, "k-realisasi", "Rp 900.000")
	b.waitJS("the undo offer", `!!document.getElementById("urungkan")`, 30*time.Second)
	b.do("undo the import", 10*time.Second, chromedp.Click(chromedp.ID("urungkan")))
	waitText(b, "k-realisasi", realisasi)
	b.waitJS("the restored version to be saved", statusTersimpan, 30*time.Second)
	muatUlang(b, 0)
	b.waitJS("Beranda", `!!document.getElementById("k-realisasi")`, 30*time.Second)
	waitText(b, "k-realisasi", realisasi)
	// The history lists the replaced versions.
	klikMenu(b, "", "/data", "Data")
	b.waitJS("the history", `document.querySelectorAll("#riwayat li").length >= 2`, 30*time.Second)

	// Delete, then undo.
	n := eval[int](b, `document.querySelectorAll("#daftar-dokumen li").length`)
	b.do("delete", 10*time.Second, chromedp.Click(chromedp.CSS(`#daftar-dokumen li.aktif button.bahaya`)))
	b.waitJS("the deleted document", `!!document.getElementById("terhapus")`, 30*time.Second)
	if dlg.jumlah(page.DialogTypeConfirm) == 0 {
		t.Error("deleting did not ask first")
	}
	b.do("undo the deletion", 10*time.Second, chromedp.Click(chromedp.ID("urungkan")))
	b.waitJS("the restored document", fmt.Sprintf(`document.querySelectorAll("#daftar-dokumen li").length === %d && !!document.querySelector("#daftar-dokumen li.aktif")`, n), 30*time.Second)
	// Load the sample, then undo.
	b.do("Muat contoh", 10*time.Second, chromedp.Click(chromedp.ID("muat-contoh")))
	b.waitJS("the second sample", fmt.Sprintf(`document.querySelectorAll("#daftar-dokumen li").length === %d`, n+1), 30*time.Second)
	b.waitJS("the undo offer", `!!document.getElementById("urungkan")`, 30*time.Second)
	b.do("undo loading the sample", 10*time.Second, chromedp.Click(chromedp.ID("urungkan")))
	b.waitJS("the sample removed", fmt.Sprintf(`document.querySelectorAll("#daftar-dokumen li").length === %d`, n), 30*time.Second)
}

// TestSimpanIsianMustahil: a figure its field cannot mean is flagged at
// once beside the field with the library's message.
func TestSimpanIsianMustahil(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	muatContoh(b, "")
	rows := daunContoh(t, hitungContoh(t, nil), 1)
	klikMenu(b, "", "/anggaran", "Anggaran")
	id := idRealisasi(rows[0])
	g := "g:" + strings.TrimPrefix(id, "f:")
	for _, c := range []struct{ teks, pesan string }{
		{"-100", "negatif"},               // a negative realisasi
		{"99999999999999999999", "besar"}, // more digits than an amount can have
		{"12,3456", "2 angka"},            // more decimals than the field keeps
	} {
		ketik(b, id, c.teks)
		b.waitJS("the message beside the field for "+c.teks, fmt.Sprintf(`!!document.getElementById(%q)`, g), 10*time.Second)
		if msg := textOf(b, g); !strings.Contains(msg, c.pesan) {
			t.Errorf("%s: the message beside the field says %q, want it to say why (%q)", c.teks, msg, c.pesan)
		}
		if got := nilaiIsian(b, id); got != c.teks {
			t.Errorf("%s: the field shows %q, want what was typed, never a rounded value", c.teks, got)
		}
	}
}
