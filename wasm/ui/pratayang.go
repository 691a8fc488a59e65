package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/wasm/simpan"
)

// The server pre-renders every page (go-app's handler and its static
// export render the route's component into the HTML). For a browser that
// holds no document yet, the app starts on the embedded sample (ContohAwal),
// so the server can pre-render the sample itself: on a weak signal a first
// visitor reads the sample's figures while app.wasm (about 3 MB) downloads,
// instead of a spinner. The pre-rendered page is a preview: its frame is
// inert (nothing can be typed into it and lost) and says that the app is
// loading; go-app replaces it with the live page once app.wasm runs.
//
// A browser that already holds documents must not see the sample's figures
// as if they were its own: the app records in localStorage that the browser
// holds documents (catatAdaDokumen, simpan.Cadangan.TandaiAdaDokumen), and
// web/awal.js, run before the first paint, then hides the preview (the
// loader covers the page as go-app's does).

// TandaContoh is asked of the page's resource resolver during
// pre-rendering ([app.Context.ResolveStaticResource]); a server whose
// browsers without documents start on the sample answers [TandaContohYa].
// (The resolver is the only per-site value go-app hands a component on the
// server; the routes themselves are global.)
const (
	TandaContoh   = "sakip:pratayang"
	TandaContohYa = "sakip:pratayang=contoh"
)

// OnPreRender gives a page pre-rendered on the server for a site that
// starts on the sample its own store holding the sample, marked as a
// preview. Each pre-rendered page has its own store (pages are rendered
// concurrently, one engine per request).
func (d *dasar) OnPreRender(ctx app.Context) {
	if ctx.ResolveStaticResource(TandaContoh) != TandaContohYa {
		return
	}
	t := NewToko(simpan.NewMemori())
	t.ContohAwal = true
	t.Mulai()
	t.Pratayang = true
	t.Urung = nil // nothing to undo in a preview
	t.Pesan = "Pratinjau contoh LKIP (Dinas Sosial Kabupaten Flores Timur 2022) selagi aplikasi dimuat. Setelah selesai dimuat, angka dapat diisi dan dokumen disimpan di browser ini."
	t.Status = "Memuat aplikasi…"
	d.Toko = t
}

// catatAdaDokumen records, in the synchronous store (localStorage in the
// browser), whether this browser holds a document (see web/awal.js), and
// forgets the home page's glance when it holds none.
func (t *Toko) catatAdaDokumen() {
	if t.Pratayang {
		return
	}
	ada := len(t.Dokumen()) > 0
	if t.adaDokumen != nil && *t.adaDokumen == ada {
		return
	}
	t.adaDokumen = &ada
	t.cadangan.TandaiAdaDokumen(ada)
	if !ada {
		t.cadangan.TulisSekilas(nil)
	}
}
