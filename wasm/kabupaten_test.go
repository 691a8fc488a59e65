//go:build !wasm

package main

import (
	"fmt"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// dokumenBesar returns the sample with its budget replaced by
// sampel.AnggaranUji(program, kegiatan, sub), named dinas.
func dokumenBesar(t *testing.T, dinas string, program, kegiatan, sub int) []byte {
	t.Helper()
	d := lkip.Contoh()
	d.Identitas.Dinas = dinas
	d.Anggaran.Rincian, d.Anggaran.Jumlah, d.Anggaran.PerjanjianKinerja = sampel.AnggaranUji(program, kegiatan, sub), nil, nil
	data, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestKabupaten loads a kabupaten's worth of data into the browser: 40
// dinas-years of 200 sub kegiatan each (they must all be kept across a
// reload), then one document of 8,000 sub kegiatan, and measures the time
// from a keystroke in a realisasi to the new total on the page. Timings are
// logged, not asserted.
func TestKabupaten(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/data"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)

	dir := t.TempDir()
	var files []string
	for i := 1; i <= 40; i++ {
		data := dokumenBesar(t, "Dinas Uji "+strconv.Itoa(i), 5, 4, 10)
		files = append(files, writeFile(t, fmt.Sprintf("dinas-%02d.json", i), data))
	}
	_ = dir
	start := time.Now()
	b.do("upload 40 documents", 30*time.Second, chromedp.SetUploadFiles(chromedp.ID("impor"), files))
	b.waitJS("40 documents", `document.querySelectorAll("#daftar-dokumen li").length === 40 && document.getElementById("status-simpan").innerText.startsWith("Tersimpan")`, 180*time.Second)
	d := time.Since(start).Round(time.Millisecond)
	t.Logf("imported 40 dinas-years of 200 sub kegiatan in %v", d)
	perf.set("impor 40 dokumen (200 sub kegiatan masing-masing)", d.String())
	if g := textOf(b, "galat"); g != "" {
		t.Errorf("import of 40 documents reported: %s", g)
	}
	b.do("reload", 60*time.Second, chromedp.Reload())
	b.waitJS("app.wasm to start again", appReady, 60*time.Second)
	b.waitJS("the 40 documents after reload", `document.querySelectorAll("#daftar-dokumen li").length === 40`, 60*time.Second)
	t.Logf("storage: %s", textOf(b, "penyimpanan"))
	perf.set("penyimpanan browser setelah 40 dokumen", textOf(b, "penyimpanan"))

	besar := writeFile(t, "kabupaten.json", dokumenBesar(t, "Kabupaten Uji", 40, 10, 20))
	start = time.Now()
	impor(b, "", besar)
	b.waitJS("the 8,000-row document", `document.querySelector(".atas .dok").innerText.includes("Kabupaten Uji") && document.getElementById("status-simpan").innerText.startsWith("Tersimpan")`, 180*time.Second)
	d = time.Since(start).Round(time.Millisecond)
	t.Logf("imported one document of 8,000 sub kegiatan in %v", d)
	perf.set("impor 1 dokumen 8.000 sub kegiatan (parse, hitung, simpan)", d.String())
	penuh := eval[string](b, `document.getElementById("status-simpan").dataset.hitungPenuhUs`)
	klikMenu(b, "", "/anggaran", "Anggaran")
	b.do("open program 1", 10*time.Second, chromedp.Click(chromedp.CSS(`#tabel-anggaran tr.program button.buka`)))
	b.waitJS("kegiatan rows", `!!document.querySelector("#tabel-anggaran tr.kegiatan button.buka")`, 10*time.Second)
	b.do("open kegiatan 1", 10*time.Second, chromedp.Click(chromedp.CSS(`#tabel-anggaran tr.kegiatan button.buka`)))
	b.waitJS("sub kegiatan rows", `!!document.getElementById("f:anggaran.rincian[2].realisasi")`, 10*time.Second)

	// 21 keystrokes: typing 1234567890 twice, then 12345; the first one
	// also warms up and is not counted.
	keystroke := ukurKetikan(b, "f:anggaran.rincian[2].realisasi", "a-realisasi", ketikan())
	hitung := eval[string](b, `document.getElementById("status-simpan").dataset.hitungUs`)
	catatKetikan(t, "8.000 sub kegiatan: ketikan sampai jumlah baru tampil", keystroke)
	t.Logf("8,000 sub kegiatan: recompute of the budget tree %s µs; full lkip.Compute %s µs", hitung, penuh)
	perf.set("8.000 sub kegiatan: hitung ulang pohon anggaran per ketikan", hitung+" µs")
	perf.set("8.000 sub kegiatan: lkip.Compute penuh (saat ketikan berhenti)", penuh+" µs")
	want := hitungBesarJumlah(t, besar, 2, 12345)
	waitText(b, "a-realisasi", want)
	checkSameOrigin(t, srv.URL, b.requests())
}

// hitungBesarJumlah computes on the host the total realisasi of the file
// after setting row i's realisasi.
func hitungBesarJumlah(t *testing.T, file string, i int, v int64) string {
	t.Helper()
	data := readFile(t, file)
	d, err := lkip.Parse(data, filepath.Base(file))
	if err != nil {
		t.Fatal(err)
	}
	d.Anggaran.Rincian[i].Realisasi = anggaran.RupiahDariDesimal(anggaran.Ada(decimal.NewFromInt(v)))
	return anggaran.FormatRupiah(d.Anggaran.Compute(anggaran.Opsi{}).Jumlah().Realisasi.Decimal)
}
