package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/wasm/simpan"
)

// kartuHTML returns the text of every card's figure of a rendered home
// page, by element id.
func kartuHTML(html string) map[string]string {
	out := map[string]string{}
	for _, m := range regexp.MustCompile(`<div[^>]*class="nilai"[^>]*id="([^"]+)"[^>]*>([^<]*)<|<div[^>]*id="([^"]+)"[^>]*class="nilai"[^>]*>([^<]*)<`).FindAllStringSubmatch(html, -1) {
		if m[1] != "" {
			out[m[1]] = m[2]
		} else {
			out[m[3]] = m[4]
		}
	}
	return out
}

// TestSekilas: a document opened and computed leaves its home page's cards
// in the synchronous store; the next start shows the same cards, marked
// as opening, before the store has listed any document; once it has,
// the live cards replace them, with the same figures. A browser whose
// documents are all gone forgets them.
func TestSekilas(t *testing.T) {
	g := simpan.NewMemori()
	pertama := NewToko(g)
	pertama.ContohAwal = true
	pertama.Mulai()
	if pertama.Lap == nil {
		t.Fatal("the sample did not open")
	}
	pertama.lengkapiReviu()
	hidup := kartuHTML(render(t, &Beranda{dasar{Toko: pertama}}))
	if hidup["k-pagu"] != "Rp 9.399.497.972" || hidup["k-temuan"] == "…" {
		t.Fatalf("live cards = %v", hidup)
	}
	if !g.AdaDokumen() {
		t.Error("the store was not told that the browser holds a document")
	}

	kedua := NewToko(g.Tab()) // the next start: Mulai not yet answered
	html := render(t, &Beranda{dasar{Toko: kedua}})
	if !strings.Contains(html, "Membuka dokumen…") {
		t.Errorf("the glance is not marked as opening:\n%s", html)
	}
	if diff := cmp.Diff(hidup, kartuHTML(html)); diff != "" {
		t.Errorf("glance cards differ from the live ones (-live +glance):\n%s", diff)
	}
	kedua.Mulai()
	html = render(t, &Beranda{dasar{Toko: kedua}})
	if strings.Contains(html, "Membuka dokumen…") || kartuHTML(html)["k-pagu"] != hidup["k-pagu"] {
		t.Errorf("after opening, the page still shows the glance:\n%s", html)
	}

	// Without a kept glance, or once every document is deleted: the
	// usual wait, and nothing kept.
	kosong := NewToko(simpan.NewMemori())
	if html := render(t, &Beranda{dasar{Toko: kosong}}); !strings.Contains(html, "Memuat data dari browser…") {
		t.Errorf("a first start without a glance:\n%s", html)
	}
	kedua.adaDokumen = nil
	kedua.Daftar = nil
	kedua.catatAdaDokumen()
	if g.BacaSekilas() != nil || g.AdaDokumen() {
		t.Error("a browser without documents still keeps a glance")
	}
}
