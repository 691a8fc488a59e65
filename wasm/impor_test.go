//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestImporLembarKerja imports, in an empty browser on a 390×844 phone
// screen and through the Impor page only, the real Renja evaluation of Deli Serdang (xlsx) into a new
// document: the proposed mapping (columns 3, 8 Rp and 13 Rp of the form)
// shown as selects and changed once, the rows added and skipped, the
// eight printed totals that differ from their rows, and after Terima the
// budget total on the Anggaran page. Then a budget CSV without kode goes
// into that document: the rows added, a row refused with its reason, and
// Terima through the history (undo offered, the version before kept).
func TestImporLembarKerja(t *testing.T) {
	root, err := moduleDir()
	if err != nil {
		t.Fatal(err)
	}
	xlsx := filepath.Join(root, "internal", "sampel", "renja", "deliserdang-bappedalitbang-evaluasi-renja-2025.xlsx")
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("phone screen", 10*time.Second, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(1)))
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/impor"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	b.do("upload the Renja form", 30*time.Second, chromedp.SetUploadFiles(chromedp.ID("impor-lembar"), []string{xlsx}))
	b.waitJS("the preview", `!!document.getElementById("impor-ringkas")`, 60*time.Second)
	if got, want := textOf(b, "impor-ringkas"), "93 ditambah, 0 diubah, 0 sama, 0 ditolak, 9 dilewati."; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	for kol, want := range map[string]string{"G": "uraian", "O": "pagu", "AC": "realisasi", "K": "-"} {
		if got := eval[string](b, fmt.Sprintf(`document.getElementById("impor-kolom:%s").value`, kol)); got != want {
			t.Errorf("column %s read as %q, want %q", kol, got, want)
		}
	}
	if n := eval[int](b, `document.querySelectorAll("#impor-selisih li").length`); n != 8 {
		t.Errorf("%d differing totals shown, want 8", n)
	}
	if sel := textOf(b, "impor-selisih"); !strings.Contains(sel, "«Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan», kolom 6 (Rp): jumlah kegiatan tidak sama dengan jumlah 6 baris di bawahnya") {
		t.Errorf("the kegiatan whose Renstra pagu is not its rows' sum is not shown:\n%s", sel)
	}
	if rows := textOf(b, "impor-baris"); !strings.Contains(rows, "Baris 108 · dilewati") || !strings.Contains(rows, "baris Renstra saja") {
		t.Errorf("the Renstra-only rows are not shown as skipped")
	}
	// the preview works with a thumb on a phone (TestPonsel's checks)
	u := eval[ukuranPonsel](b, ukurPonsel)
	if u.Lebar > u.Layar+1 {
		t.Errorf("the preview is %d px wide on a %d px screen", u.Lebar, u.Layar)
	}
	for name, list := range map[string][]string{"tap targets under 44 px": u.Kecil, "text under 16 px": u.Huruf, "menu links off-screen": u.Menu} {
		if len(list) > 0 {
			t.Errorf("preview: %d %s: %s", len(list), name, strings.Join(first(list, 8), "; "))
		}
	}
	simpanLayar(b, "/tmp/impor.png")
	// the user reads the realisasi from another column, then back
	ubahKolom(b, "AC", "-")
	b.waitJS("the preview without realisasi", `document.getElementById("impor-kolom:AC").value === "-" && document.querySelectorAll("#impor-cuplikan th").length === 3`, 30*time.Second)
	ubahKolom(b, "AC", "realisasi")
	b.waitJS("the preview with realisasi", `document.querySelector("#impor-cuplikan th:nth-child(4)").innerText.startsWith("AC · realisasi")`, 30*time.Second)
	b.do("Terima", 30*time.Second, chromedp.Click(chromedp.ID("impor-terima")))
	b.waitJS("the new document saved", `document.getElementById("status-simpan").innerText.startsWith("Tersimpan") && !document.getElementById("impor-sesi")`, 60*time.Second)
	klikMenu(b, "", "/anggaran", "Anggaran")
	b.waitJS("the budget", `!!document.getElementById("baris-jumlah")`, 60*time.Second)
	if j := textOf(b, "baris-jumlah"); !strings.Contains(j, "14.723.660.349") {
		t.Errorf("total row %q lacks the form's total pagu 14.723.660.349", j)
	}

	// a budget CSV without kode into the document just made
	csv := filepath.Join(t.TempDir(), "realisasi-tambahan.csv")
	os.WriteFile(csv, []byte("Program/Kegiatan/Sub Kegiatan;Pagu Anggaran (Rp);Realisasi (Rp)\n"+
		"Program Pengelolaan Keuangan Daerah;;\n"+
		"Kegiatan Koordinasi dan Penyusunan Rencana Anggaran Daerah;;\n"+
		"Sub Kegiatan Koordinasi dan Penyusunan KUA dan PPAS;250.000.000;200.000.000\n"+
		"Program Statistik Sektoral;;\n"+
		"Kegiatan Penyelenggaraan Statistik Sektoral;;\n"+
		"Sub Kegiatan Pengumpulan Data Statistik Sektoral;10.000.000;9.000.000\n"+
		"Sub Kegiatan Salah Ketik;sepuluh;0\n"), 0o644)
	klikMenu(b, "", "/impor", "Impor")
	b.do("upload the CSV", 30*time.Second, chromedp.SetUploadFiles(chromedp.ID("impor-lembar"), []string{csv}))
	b.waitJS("the CSV's preview", `(e => !!e && e.innerText.includes("3 ditambah"))(document.getElementById("impor-ringkas"))`, 60*time.Second)
	if got, want := textOf(b, "impor-ringkas"), "3 ditambah, 1 diubah, 2 sama, 1 ditolak, 0 dilewati. 89 baris dokumen tidak ada di lembar ini dan tetap seperti semula."; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	rows := textOf(b, "impor-baris")
	for _, want := range []string{"Baris 4 · diubah", "pagu: Rp 46.830.540 → Rp 250.000.000", "Baris 8 · ditolak", `"sepuluh" bukan angka rupiah`, "Baris 7 · ditambah"} {
		if !strings.Contains(rows, want) {
			t.Errorf("rows lack %q:\n%s", want, rows)
		}
	}
	b.do("Terima", 30*time.Second, chromedp.Click(chromedp.ID("impor-terima")))
	b.waitJS("the import applied", `(e => !!e && e.innerText.includes("diimpor"))(document.getElementById("pesan")) && !!document.getElementById("urungkan")`, 60*time.Second)
	klikMenu(b, "", "/data", "Data")
	b.waitJS("the history", `document.querySelectorAll("#riwayat li").length === 1`, 30*time.Second)
	if c := b.console(); strings.Contains(c, "panic") {
		t.Errorf("console:\n%s", c)
	}
}

// ubahKolom chooses what column kol of the sheet is read as ("-": not
// read), as a user does with its select.
func ubahKolom(b *browser, kol, nilai string) {
	b.t.Helper()
	eval[bool](b, fmt.Sprintf(
		`(e => { e.value = %q; e.dispatchEvent(new Event("change", {bubbles: true})); return true; })(document.getElementById("impor-kolom:%s"))`, nilai, kol))
}
