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
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// seedPagu and seedPersen are the seed document's printed figures (Tabel
// 3.2); the test also checks that the page shows what lkip computes.
const (
	seedPagu   = "Rp 9.399.497.972"
	seedPersen = "98,42%"
)

// hitungContoh computes the sample on the host, as the page must show it.
func hitungContoh(t *testing.T, ubah func(d *lkip.Dokumen)) *lkip.Laporan {
	t.Helper()
	d := lkip.Contoh()
	if ubah != nil {
		ubah(d)
	}
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// textOf returns the innerText of the element with the given id ("" when
// absent).
func textOf(b *browser, id string) string {
	b.t.Helper()
	return eval[string](b, fmt.Sprintf(`(e => e ? e.innerText.trim() : "")(document.getElementById(%q))`, id))
}

// waitText waits until the element with the given id shows want.
func waitText(b *browser, id, want string) {
	b.t.Helper()
	b.waitJS(fmt.Sprintf("#%s to show %q (it shows %%q)", id, want),
		fmt.Sprintf(`(e => !!e && e.innerText.trim() === %q)(document.getElementById(%q))`, want, id), 30*time.Second)
}

// klikMenu follows a menu link, as a user would.
func klikMenu(b *browser, prefix, jalur, judul string) {
	b.t.Helper()
	b.do("menu "+jalur, 30*time.Second, chromedp.Click(chromedp.CSS(fmt.Sprintf(`nav a[href=%q]`, prefix+jalur))))
	b.waitJS("page "+judul, fmt.Sprintf(`document.querySelector("main h1") && document.querySelector("main h1").innerText === %q`, judul), 30*time.Second)
}

// muatContoh opens the Data page and loads the sample.
func muatContoh(b *browser, prefix string) {
	b.t.Helper()
	klikMenu(b, prefix, "/data", "Data")
	b.do("Muat contoh", 30*time.Second, chromedp.Click(chromedp.ID("muat-contoh")))
	b.waitJS("the sample to be saved", `document.getElementById("status-simpan").innerText.startsWith("Tersimpan") && !!document.querySelector("#daftar-dokumen li.aktif")`, 30*time.Second)
}

// periksaBeranda checks the key figures of the sample on Beranda.
func periksaBeranda(b *browser, prefix string, l *lkip.Laporan) {
	b.t.Helper()
	klikMenu(b, prefix, "/", "Beranda")
	r := l.Ringkasan
	waitText(b, "k-pagu", anggaran.FormatRupiah(r.Pagu.Decimal))
	waitText(b, "k-persen", anggaran.FormatPersen(r.PersenRealisasi.Decimal))
	waitText(b, "k-realisasi", anggaran.FormatRupiah(r.Realisasi.Decimal))
}

// periksaIKU checks that the Kinerja page shows each IKU's capaian and
// predikat for the reporting year as kinerja computes them.
func periksaIKU(b *browser, prefix string, l *lkip.Laporan) {
	b.t.Helper()
	klikMenu(b, prefix, "/kinerja", "Kinerja")
	h := l.Kinerja
	n := 0
	for i, hi := range h.Indikator {
		if !hi.IKU {
			continue
		}
		s := hi.Pada(h.Tahun)
		if s == nil {
			continue
		}
		n++
		want := "–"
		if s.Capaian.Nilai != nil {
			want = anggaran.FormatPersen(*s.Capaian.Nilai)
		}
		row := fmt.Sprintf("f:kinerja.indikator[%d].tahun[%d]", i, s.Indeks)
		got := eval[string](b, fmt.Sprintf(`(e => e ? e.querySelector(".capaian").innerText.trim() : "(no row)")(document.getElementById(%q))`, row))
		if !strings.HasPrefix(got, want) {
			b.t.Errorf("IKU %s %q %d: capaian shown %q, want %q", hi.Nomor, hi.Nama, h.Tahun, got, want)
		}
		if s.Predikat != "" {
			pred := eval[string](b, fmt.Sprintf(`document.getElementById(%q).innerText`, row))
			if !strings.Contains(pred, s.Predikat) {
				b.t.Errorf("IKU %s: predikat %q not shown in %q", hi.Nomor, s.Predikat, pred)
			}
		}
	}
	if n == 0 {
		b.t.Errorf("the sample has no IKU with a %d score", h.Tahun)
	}
}

// leafToEdit returns the index of the first sub kegiatan row of the sample.
func leafToEdit(t *testing.T, l *lkip.Laporan) int {
	t.Helper()
	p := l.Pohon
	for i := 0; i < p.Len(); i++ {
		if b := p.Baris(i); b.Daun && b.Indeks >= 0 && b.Jenjang == anggaran.JenjangSubKegiatan {
			return b.Indeks
		}
	}
	t.Fatal("the sample has no sub kegiatan row")
	return -1
}

// ketik replaces the value of input id by typing text key by key, then
// leaves the field (the edit is saved).
func ketik(b *browser, id, text string) {
	b.t.Helper()
	ketikSaja(b, id, text)
	b.do("leave "+id, 10*time.Second, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`(e => { e.dispatchEvent(new Event("change", {bubbles: true})); e.blur(); })(document.getElementById(%q))`, id)))
}

// editRealisasi types a new realisasi for row i and checks the totals.
func editRealisasi(b *browser, prefix string, i int, nilai int64) *lkip.Laporan {
	b.t.Helper()
	klikMenu(b, prefix, "/anggaran", "Anggaran")
	l := hitungContoh(b.t, func(d *lkip.Dokumen) {
		d.Anggaran.Rincian[i].Realisasi = anggaran.RupiahDariDesimal(anggaran.Ada(decimal.NewFromInt(nilai)))
	})
	id := fmt.Sprintf("f:anggaran.rincian[%d].realisasi", i)
	ketik(b, id, anggaran.FormatAngka(decimal.NewFromInt(nilai), 0))
	j := l.Pohon.Jumlah()
	waitText(b, "a-realisasi", anggaran.FormatRupiah(j.Realisasi.Decimal))
	waitText(b, "a-persen", anggaran.FormatPersen(j.Persen.Decimal))
	b.waitJS("the edit to be saved", `document.getElementById("status-simpan").innerText.startsWith("Tersimpan")`, 30*time.Second)
	return l
}

// writeFile writes a file for upload into the test's temporary directory.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// impor uploads a file through the Data page's import input.
func impor(b *browser, prefix, file string) {
	b.t.Helper()
	klikMenu(b, prefix, "/data", "Data")
	b.do("upload "+filepath.Base(file), 30*time.Second, chromedp.SetUploadFiles(chromedp.ID("impor"), []string{file}))
}

// periksaImporRusak imports a malformed file: the message says where it is
// wrong and the data already there is unchanged.
func periksaImporRusak(b *browser, prefix string, harap *lkip.Laporan) {
	b.t.Helper()
	klikMenu(b, prefix, "/data", "Data")
	docs := eval[int](b, `document.querySelectorAll("#daftar-dokumen li").length`)
	rusak := []byte("{\n  \"versi\": 1,\n  \"identitas\": {\"dinas\": \"Dinas Sosial\", \"tahun\": \"dua ribu\"}\n}\n")
	impor(b, prefix, writeFile(b.t, "rusak.json", rusak))
	b.waitJS("the import error", `!!document.getElementById("galat")`, 30*time.Second)
	msg := textOf(b, "galat")
	for _, want := range []string{"rusak.json", "tidak dapat diimpor", "data yang ada tidak diubah"} {
		if !strings.Contains(msg, want) {
			b.t.Errorf("import error %q lacks %q", msg, want)
		}
	}
	if !strings.Contains(msg, "baris 3") && !strings.Contains(msg, "identitas.tahun") {
		b.t.Errorf("import error %q does not say where the file is wrong", msg)
	}
	if got := eval[int](b, `document.querySelectorAll("#daftar-dokumen li").length`); got != docs {
		b.t.Errorf("after a failed import there are %d documents, want %d", got, docs)
	}
	klikMenu(b, prefix, "/", "Beranda")
	waitText(b, "k-realisasi", anggaran.FormatRupiah(harap.Ringkasan.Realisasi.Decimal))
}

// jahat is text that would run or load something if a page used it as HTML.
const jahat = `<script>window.__diretas=1</script><img src=x onerror="window.__diretas=2">`

// periksaImporSkrip imports a data file whose names contain markup and
// checks that it is shown as text, in the app and in the report.
func periksaImporSkrip(b *browser, prefix string) {
	b.t.Helper()
	d := lkip.Contoh()
	d.Identitas.Dinas = "Dinas " + jahat
	d.Anggaran.Rincian[len(d.Anggaran.Rincian)-1].Uraian = "Sub " + jahat
	if d.Kinerja != nil && len(d.Kinerja.Indikator) > 0 {
		d.Kinerja.Indikator[0].Nama = "Indikator " + jahat
	}
	data, err := d.Encode()
	if err != nil {
		b.t.Fatal(err)
	}
	impor(b, prefix, writeFile(b.t, "skrip.json", data))
	b.waitJS("the imported document", `document.getElementById("status-simpan").innerText.startsWith("Tersimpan") && document.querySelector(".atas .dok").innerText.includes("<script>")`, 30*time.Second)
	for _, page := range []struct{ jalur, judul string }{{"/", "Beranda"}, {"/anggaran", "Anggaran"}, {"/kinerja", "Kinerja"}, {"/reviu", "Reviu"}} {
		klikMenu(b, prefix, page.jalur, page.judul)
		if page.jalur == "/anggaran" {
			b.do("open all rows", 10*time.Second, chromedp.Click(chromedp.ID("buka-semua")))
		}
		if txt := eval[string](b, `document.body.innerText`); page.jalur != "/reviu" && !strings.Contains(txt, "<script>window.__diretas=1</script>") {
			b.t.Errorf("%s: the markup in names is not shown as text", page.judul)
		}
		if n := eval[int](b, `document.querySelectorAll('img[src="x"], body script:not([src])').length`); n != 0 {
			b.t.Errorf("%s: markup from the file became %d elements", page.judul, n)
		}
	}
	klikMenu(b, prefix, "/laporan", "Laporan")
	b.waitJS("the report", `(f => f && f.contentDocument && f.contentDocument.body && f.contentDocument.body.innerText.length > 100)(document.getElementById("laporan"))`, 30*time.Second)
	if txt := eval[string](b, `document.getElementById("laporan").contentDocument.body.innerText`); !strings.Contains(txt, "<script>") {
		b.t.Errorf("report: the markup in names is not shown as text")
	}
	if n := eval[int](b, `document.getElementById("laporan").contentDocument.querySelectorAll('script, img[src="x"]').length`); n != 0 {
		b.t.Errorf("report: markup from the file became %d elements", n)
	}
	if sb := eval[string](b, `document.getElementById("laporan").getAttribute("sandbox")`); strings.Contains(sb, "allow-scripts") || !strings.Contains(sb, "allow-modals") {
		b.t.Errorf("report frame sandbox %q: scripts must stay off, printing on", sb)
	}
	if n := eval[int](b, `document.querySelectorAll("#cetak").length`); n != 1 {
		b.t.Errorf("the Laporan page has %d print buttons", n)
	}
	if v := eval[string](b, `String(window.__diretas) + "/" + String(document.getElementById("laporan").contentWindow.__diretas)`); v != "undefined/undefined" {
		b.t.Errorf("script from the file ran: %s", v)
	}
}

// waktuAngka measures the time from navigation to the first figure shown.
func waktuAngka(b *browser, url string) time.Duration {
	b.t.Helper()
	start := time.Now()
	b.do("open "+url, 60*time.Second, chromedp.Navigate(url))
	b.waitJS("the first figure", `(e => !!e && e.innerText.startsWith("Rp"))(document.getElementById("k-pagu"))`, 60*time.Second)
	return time.Since(start).Round(time.Millisecond)
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// periksaReviu follows a finding about an indicator's figure and an
// anggaran row: each leads to its field (focused) on its page.
func periksaReviu(b *browser, prefix string, l *lkip.Laporan) {
	b.t.Helper()
	tried := 0
	for _, want := range []struct{ prefix, halaman string }{{"kinerja.indikator[", "/kinerja"}, {"anggaran.", "/anggaran"}} {
		for i, tm := range l.Temuan {
			p := tm.Lokasi.Path
			if !strings.HasPrefix(p, want.prefix) || halamanJalurTest(p) == "" {
				continue
			}
			klikMenu(b, prefix, "/reviu", "Reviu")
			b.do("Buka isian", 30*time.Second, chromedp.Click(chromedp.CSS(fmt.Sprintf("#temuan-%d button", i))))
			b.waitJS("the field of "+p, fmt.Sprintf(`location.pathname === %q && document.activeElement && %q.startsWith(document.activeElement.id.slice(2)) && document.activeElement.id.length > 2`, prefix+want.halaman, p), 30*time.Second)
			tried++
			break
		}
	}
	if tried == 0 {
		b.t.Errorf("no finding of the sample leads to a field")
	}
}

// halamanJalurTest mirrors which findings have an editor in the app.
func halamanJalurTest(p string) string {
	switch {
	case strings.HasPrefix(p, "anggaran.rincian["), strings.HasPrefix(p, "anggaran.belanja["):
		return "/anggaran"
	case strings.HasPrefix(p, "kinerja.indikator["):
		return "/kinerja"
	}
	return ""
}

// periksaPonsel checks every page on a phone-sized screen (no sideways
// scrolling of the page; wide tables scroll in their own box) and that the
// first Tab reaches the skip link.
func periksaPonsel(b *browser, prefix string) {
	b.t.Helper()
	b.do("phone screen", 10*time.Second, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	for _, h := range []struct{ jalur, judul string }{{"/", "Beranda"}, {"/kinerja", "Kinerja"}, {"/anggaran", "Anggaran"}, {"/reviu", "Reviu"}, {"/laporan", "Laporan"}, {"/data", "Data"}} {
		klikMenu(b, prefix, h.jalur, h.judul)
		if w := eval[[]int](b, `[document.documentElement.scrollWidth, window.innerWidth]`); w[0] > w[1]+1 {
			b.t.Errorf("%s on a phone: the page is %d px wide in a %d px screen", h.judul, w[0], w[1])
		}
	}
	b.do("focus the page", 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.activeElement && document.activeElement.blur(), window.focus()`))
	b.do("Tab", 10*time.Second, chromedp.KeyEvent("\t"))
	if c := eval[string](b, `document.activeElement ? document.activeElement.className : ""`); c != "lewati" {
		b.t.Errorf("the first Tab reaches %q, want the skip link", c)
	}
	b.do("desktop screen", 10*time.Second, chromedp.EmulateViewport(1200, 900))
}

// periksaKetikKinerja types a realisasi of the first IKU on the Kinerja page
// and waits for its capaian, as kinerja computes it, on each keystroke.
func periksaKetikKinerja(b *browser, prefix string, l *lkip.Laporan) {
	b.t.Helper()
	klikMenu(b, prefix, "/kinerja", "Kinerja")
	h := l.Kinerja
	for i, hi := range h.Indikator {
		s := hi.Pada(h.Tahun)
		if !hi.IKU || s == nil {
			continue
		}
		j := s.Indeks
		baru := hitungContoh(b.t, func(d *lkip.Dokumen) {
			d.Kinerja.Indikator[i].Tahun[j].Realisasi = &kinerja.Angka{Nilai: decimal.RequireFromString("42.5"), Teks: "42,5"}
		})
		c := baru.Kinerja.Indikator[i].Pada(h.Tahun).Capaian
		if c.Nilai == nil {
			b.t.Fatalf("IKU %s: no capaian for realisasi 42,5", hi.Nomor)
		}
		ketik(b, fmt.Sprintf("f:kinerja.indikator[%d].tahun[%d].realisasi", i, j), "42,5")
		row := fmt.Sprintf("f:kinerja.indikator[%d].tahun[%d]", i, j)
		b.waitJS("the new capaian", fmt.Sprintf(`document.getElementById(%q).querySelector(".capaian").innerText.trim() === %q`,
			row, anggaran.FormatPersen(*c.Nilai)), 30*time.Second)
		return
	}
	b.t.Error("the sample has no IKU to type into")
}
