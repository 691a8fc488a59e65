//go:build !wasm

package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pemkab/sakip/internal/gen/kabupaten"
	"github.com/pemkab/sakip/internal/xlsx"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// dokumen2022 is the sample with a Renstra running to 2026 and a 2023
// target for its first IKU, so that next year's target comes from it.
func dokumen2022(t *testing.T) *lkip.Dokumen {
	t.Helper()
	d := lkip.Contoh()
	d.Kinerja.Renstra.PeriodeAkhir = 2026
	ind := &d.Kinerja.Indikator[0]
	ind.Tahun = append(ind.Tahun, kinerja.DataTahun{Tahun: 2023, Target: &kinerja.Angka{Nilai: decimal.RequireFromString("7.5"), Teks: "7,5"}})
	data, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	d, err = lkip.Parse(data, "lkip-2022.json")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLanjut continues a 2022 document to 2023 through the UI (Beranda's
// "Lanjutkan" button) and checks the new document (its year, the 2023
// target from the Renstra, no 2023 realisasi or pagu, the 2022 realisasi in
// the report's comparison), that the 2022 document is unchanged, that the
// progress page leads to a missing field, and the progress page of a new,
// empty document against lkip's Kelengkapan.
func TestLanjut(t *testing.T) {
	lama := dokumen2022(t)
	dataLama, err := lama.Encode()
	if err != nil {
		t.Fatal(err)
	}
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/data"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	impor(b, "", writeFile(t, "lkip-2022.json", dataLama))
	b.waitJS("the 2022 document", `document.querySelector(".atas .dok").innerText.endsWith("2022") && document.getElementById("status-simpan").innerText.startsWith("Tersimpan")`, 60*time.Second)

	klikMenu(b, "", "/", "Beranda")
	b.do("Lanjutkan", 10*time.Second, chromedp.Click(chromedp.ID("lanjutkan")))
	b.waitJS("the 2023 document", `document.querySelector(".atas .dok").innerText.endsWith("2023") && document.getElementById("status-simpan").innerText.startsWith("Tersimpan") && !!document.getElementById("hasil-lanjut")`, 60*time.Second)
	catatan := eval[string](b, `document.getElementById("catatan-lanjut").innerText`)
	for _, want := range []string{"disalin", "dikosongkan", "realisasi tahun 2022 tetap ada"} {
		if !strings.Contains(catatan, want) {
			t.Errorf("the notes shown do not say %q:\n%s", want, catatan)
		}
	}
	if n := eval[int](b, `document.querySelectorAll("#catatan-lanjut li").length`); n < 4 {
		t.Errorf("%d notes shown", n)
	}

	// The new document, as exported.
	dir := izinkanUnduhan(b)
	klikMenu(b, "", "/data", "Data")
	if n := eval[int](b, `document.querySelectorAll("#daftar-dokumen li").length`); n != 2 {
		t.Errorf("%d documents kept, want 2", n)
	}
	b.do("click Ekspor", 10*time.Second, chromedp.Click(chromedp.ID("ekspor")))
	file := tungguUnduhan(b, dir, "2023.json", "Ekspor")
	baru, err := lkip.Parse(readFile(t, file), filepath.Base(file))
	if err != nil {
		t.Fatalf("the exported 2023 document: %v", err)
	}
	if baru.Identitas.Tahun != 2023 || baru.Kinerja.Tahun != 2023 || baru.Anggaran.Tahun != 2023 {
		t.Errorf("years %d %d %d, want 2023", baru.Identitas.Tahun, baru.Kinerja.Tahun, baru.Anggaran.Tahun)
	}
	ind := baru.Kinerja.Indikator[0]
	if dt := ind.DataPada(2023); dt == nil || dt.Target == nil || dt.Target.Nilai.String() != "7.5" || dt.Realisasi != nil {
		t.Errorf("IKU 1 in 2023: %+v, want target 7,5 and no realisasi", dt)
	}
	if a, w := ind.DataPada(2022), lama.Kinerja.Indikator[0].DataPada(2022); a == nil || a.Realisasi == nil || a.Realisasi.Teks != w.Realisasi.Teks {
		t.Errorf("IKU 1's 2022 realisasi not kept: %+v", a)
	}
	for i, r := range baru.Anggaran.Rincian {
		if r.Pagu.Valid || r.Realisasi.Valid || r.Kode.String() != lama.Anggaran.Rincian[i].Kode.String() {
			t.Errorf("budget row %d: %s pagu %v realisasi %v", i, r.Kode, r.Pagu, r.Realisasi)
		}
	}
	// The report compares with 2022.
	klikMenu(b, "", "/laporan", "Laporan")
	b.waitJS("the report", `!!document.getElementById("laporan") && document.getElementById("laporan").getAttribute("srcdoc").includes("TAHUN 2023")`, 60*time.Second)
	srcdoc := eval[string](b, `document.getElementById("laporan").getAttribute("srcdoc")`)
	for _, want := range []string{"Realisasi 2022", "53,3%", "Target 2023"} {
		if !strings.Contains(srcdoc, want) {
			t.Errorf("the 2023 report does not show %q", want)
		}
	}

	// The progress page leads to the first sub kegiatan without pagu.
	klikMenu(b, "", "/kelengkapan", "Kelengkapan")
	path := eval[string](b, `document.querySelector('#kl-anggaran li.kurang[data-path*="pagu"]').dataset.path`)
	if path != "anggaran.rincian[2].pagu" {
		t.Errorf("the missing pagu leads to %q", path)
	}
	b.do("Isi pagu", 10*time.Second, chromedp.Click(chromedp.CSS(`#kl-anggaran li.kurang[data-path*="pagu"] button`)))
	b.waitJS("page Anggaran", `document.querySelector("main h1").innerText === "Anggaran"`, 30*time.Second)
	b.waitJS("the focused row", `!!document.activeElement && document.activeElement.id.startsWith("f:anggaran.rincian[2]")`, 10*time.Second)

	// The 2022 document is unchanged.
	klikMenu(b, "", "/data", "Data")
	b.do("open 2022", 10*time.Second, chromedp.Click(chromedp.CSS(`#daftar-dokumen button[aria-label="Buka Dinas Sosial Kabupaten Flores Timur 2022"]`)))
	b.waitJS("the 2022 document", `document.querySelector(".atas .dok").innerText.endsWith("2022")`, 30*time.Second)
	periksaEkspor(b, "", lama)

	// A new, empty document: the progress page says what lkip says.
	kosong, err := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
	if err != nil {
		t.Fatal(err)
	}
	dataKosong, _ := kosong.Encode()
	impor(b, "", writeFile(t, "baru.json", dataKosong))
	b.waitJS("the empty document", `document.querySelector(".atas .dok").innerText.includes("Dinas Kesehatan") && document.getElementById("status-simpan").innerText.startsWith("Tersimpan")`, 60*time.Second)
	l, err := lkip.Compute(kosong, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	k := l.Kelengkapan()
	klikMenu(b, "", "/kelengkapan", "Kelengkapan")
	waitText(b, "kl-persen", strconv.Itoa(k.Persen())+"%")
	waitText(b, "kl-kurang", strconv.Itoa(len(k.Kurang()))+" hal belum diisi.")
	for _, bg := range k.Bagian {
		n, m := bg.Terisi()
		want := fmt.Sprintf("%d dari %d terisi (%d%%)", n, m, bg.Persen())
		if got := textOf(b, "kl-jumlah-"+bg.ID); got != want {
			t.Errorf("section %s: %q, want %q", bg.ID, got, want)
		}
	}
	if n := eval[int](b, `document.querySelectorAll("#kl-iku li.kurang, #kl-anggaran li.kurang").length`); n < 2 {
		t.Errorf("%d missing items shown for IKU and anggaran", n)
	}
	klikMenu(b, "", "/", "Beranda")
	waitText(b, "k-kelengkapan-persen", strconv.Itoa(k.Persen())+"%")
	klikMenu(b, "", "/reviu", "Reviu")
	b.waitJS("the reviu's note", `!!document.getElementById("reviu-belum-lengkap")`, 10*time.Second)
	checkSameOrigin(t, srv.URL, b.requests())
}

// TestRekapZip imports ONE zip of the generated kabupaten (40 dinas files)
// plus a broken file on the Rekap page of an empty browser: every readable
// file becomes a stored document and a row of the rekap, the broken one is
// named with its error.
func TestRekapZip(t *testing.T) {
	bs, _ := kabupaten.Buat(kabupaten.Opsi{})
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range bs {
		w, err := z.Create("kabupaten/" + filepath.Base(f.Nama))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.Data)
	}
	w, _ := z.Create("kabupaten/rusak.json")
	w.Write([]byte(`{"versi": 1, "identitas": {"tahun": "dua ribu"}}`))
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	arsip := writeFile(t, "kabupaten.zip", buf.Bytes())

	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/rekap"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	b.waitJS("the Rekap page", `document.querySelector("main h1").innerText === "Rekap" && !!document.getElementById("impor-rekap")`, 30*time.Second)
	start := time.Now()
	b.do("upload the zip", 30*time.Second, chromedp.SetUploadFiles(chromedp.ID("impor-rekap"), []string{arsip}))
	want := len(bs)
	b.waitJS("the rekap of every dinas", fmt.Sprintf(`document.querySelectorAll("#tabel-rekap tbody tr").length === %d && document.getElementById("status-simpan").innerText.startsWith("Tersimpan")`, want), 180*time.Second)
	d := time.Since(start).Round(time.Millisecond)
	t.Logf("one zip of %d dinas files imported and their rekap shown in %v", want, d)
	perf.set("rekap: impor 1 zip 40 berkas dinas sampai rekap tampil", d.String())
	if g := textOf(b, "galat"); !strings.Contains(g, "rusak.json") {
		t.Errorf("the broken file is not named: %q", g)
	}
	if got := textOf(b, "pesan"); !strings.Contains(got, strconv.Itoa(want)+" berkas data diimpor") {
		t.Errorf("message %q", got)
	}
	if got := textOf(b, "r-perhatian"); got == "" || got[0] == '0' {
		t.Errorf("no dinas needs attention (%q); the kabupaten has planted mistakes", got)
	}
	// The rekap as a workbook: a row per dinas, figures as numbers.
	dir := izinkanUnduhan(b)
	b.do("click Unduh rekap", 10*time.Second, chromedp.Click(chromedp.ID("unduh-rekap-xlsx")))
	file := tungguUnduhan(b, dir, ".xlsx", "Unduh rekap")
	if name := filepath.Base(file); name != "rekap-lkip-kabupaten-nusa-bunga-2024.xlsx" {
		t.Errorf("downloaded rekap is named %q", name)
	}
	wb, err := xlsx.Read(readFile(t, file))
	if err != nil {
		t.Fatalf("the downloaded rekap: %v", err)
	}
	if s := wb.Sheet("Rekap per dinas"); s == nil || len(s.Rows) < 2+want+1 {
		t.Errorf("the downloaded rekap has no row per dinas")
	} else if c, _ := s.Lookup("H3"); c.Kind != xlsx.KindNumber {
		t.Errorf("pagu H3 is %v %q, not a number", c.Kind, c.Value)
	}
	// The same files again (the kabupaten's updated files): the user is
	// asked, and the documents are updated, not doubled.
	b.do("upload the zip again", 30*time.Second, chromedp.SetUploadFiles(chromedp.ID("impor-rekap"), []string{arsip}))
	b.waitJS("the question", `!!document.getElementById("usulan")`, 60*time.Second)
	if q := textOf(b, "usulan"); !strings.Contains(q, strconv.Itoa(want)+" berkas sama") {
		t.Errorf("the question: %q", q)
	}
	b.do("Perbarui", 10*time.Second, chromedp.Click(chromedp.ID("usulan-terima")))
	b.waitJS("the documents updated", fmt.Sprintf(`!!document.getElementById("pesan") && document.getElementById("pesan").innerText.includes("%d dokumen diperbarui")`, want), 180*time.Second)
	b.waitJS("the rekap again", fmt.Sprintf(`document.querySelectorAll("#tabel-rekap tbody tr").length === %d`, want), 60*time.Second)
	// Kept offline like single documents: after a reload they are all there.
	b.do("reload", 60*time.Second, chromedp.Reload())
	b.waitJS("app.wasm to start again", appReady, 60*time.Second)
	b.waitJS("the rekap after reload", fmt.Sprintf(`document.querySelectorAll("#tabel-rekap tbody tr").length === %d`, want), 60*time.Second)
	checkSameOrigin(t, srv.URL, b.requests())
}

// TestKelengkapanPonsel checks the progress page and Beranda after a
// continuation on a 390×844 phone screen as TestPonsel checks the other
// pages (no sideways scroll, tap targets, text size) and saves their
// screenshots (-layar: to testdata/wasm/ponsel).
func TestKelengkapanPonsel(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("phone screen", 10*time.Second, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(1)))
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	muatContoh(b, "")
	klikMenu(b, "", "/", "Beranda")
	b.do("Lanjutkan", 10*time.Second, chromedp.Click(chromedp.ID("lanjutkan")))
	b.waitJS("the 2023 document", `document.querySelector(".atas .dok").innerText.endsWith("2023") && !!document.getElementById("hasil-lanjut")`, 60*time.Second)
	dir := t.TempDir()
	if *layar {
		root, err := moduleDir()
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, "testdata", "wasm", "ponsel")
	}
	for _, h := range []struct{ jalur, judul, siap, berkas string }{
		{"/", "Beranda", "hasil-lanjut", "lanjutkan.png"},
		{"/kelengkapan", "Kelengkapan", "kl-persen", "kelengkapan.png"},
	} {
		if h.jalur != "/" {
			klikMenu(b, "", h.jalur, h.judul)
		}
		b.waitJS(h.judul+" content", fmt.Sprintf(`!!document.getElementById(%q)`, h.siap), 30*time.Second)
		u := eval[ukuranPonsel](b, ukurPonsel)
		if u.Lebar > u.Layar+1 {
			t.Errorf("%s: the page is %d px wide on a %d px screen (it scrolls sideways)", h.judul, u.Lebar, u.Layar)
		}
		eval[bool](b, `(window.scrollTo(0, 0), true)`)
		if len(u.Kecil) > 0 {
			t.Errorf("%s: %d tap targets under 44 px: %s", h.judul, len(u.Kecil), strings.Join(first(u.Kecil, 8), "; "))
		}
		if len(u.Huruf) > 0 {
			t.Errorf("%s: %d texts under 16 px: %s", h.judul, len(u.Huruf), strings.Join(first(u.Huruf, 8), "; "))
		}
		png := simpanLayar(b, filepath.Join(dir, h.berkas))
		t.Logf("%s: %d × %d px, screenshot %d bytes", h.judul, u.Layar, u.Lebar, png)
	}
	checkSameOrigin(t, srv.URL, b.requests())
}
