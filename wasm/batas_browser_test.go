//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pemkab/sakip/lkip"
)

// TestImporBatas: on the Data page, a chosen file larger than the limit of
// its kind (a 40 MiB data file) is refused before the browser reads it,
// named with its size and the limit; a file the browser fails to read is
// named too; the other file chosen with them is imported and nothing else
// changes. Before, every file was read whole into the app's memory first,
// and a failed read left the import waiting forever without a word.
func TestImporBatas(t *testing.T) {
	d, err := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
	if err != nil {
		t.Fatal(err)
	}
	baik, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	teks, _ := json.Marshal(string(baik))
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/data"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	b.waitJS("the Data page", `!!document.getElementById("impor")`, 30*time.Second)
	docs := eval[int](b, `document.querySelectorAll("#daftar-dokumen li").length`)
	eval[bool](b, fmt.Sprintf(`(() => {
		window.__dibaca = [];
		const asli = File.prototype.arrayBuffer;
		File.prototype.arrayBuffer = function() {
			window.__dibaca.push(this.name);
			if (this.name === "gagal.json") return Promise.reject(new DOMException("uji gagal baca", "NotReadableError"));
			return asli.call(this);
		};
		const dt = new DataTransfer();
		dt.items.add(new File([new Uint8Array(40 << 20)], "besar.json", {type: "application/json"}));
		dt.items.add(new File(["{}"], "gagal.json", {type: "application/json"}));
		dt.items.add(new File([%s], "baik.json", {type: "application/json"}));
		const input = document.getElementById("impor");
		input.files = dt.files;
		input.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`, teks))
	b.waitJS("the notices", `(e => !!e && e.innerText.includes("gagal.json"))(document.getElementById("galat"))`, 30*time.Second)
	msg := textOf(b, "galat")
	for _, want := range []string{
		"Berkas besar.json berukuran 40 MiB, lebih besar dari batas 32 MiB untuk berkas data (JSON); berkas tidak dibaca dan data yang ada tidak diubah.",
		"Berkas gagal.json tidak dapat dibaca oleh browser (uji gagal baca); data yang ada tidak diubah.",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("notice %q lacks %q", msg, want)
		}
	}
	if got := eval[[]string](b, `window.__dibaca`); strings.Contains(strings.Join(got, " "), "besar.json") {
		t.Errorf("the browser was asked to read %v; want besar.json refused before", got)
	}
	b.waitJS("baik.json imported", fmt.Sprintf(`document.querySelectorAll("#daftar-dokumen li").length === %d`, docs+1), 30*time.Second)
}
