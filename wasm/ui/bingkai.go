package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// periksaVersi is how often an open app asks whether a new version has been
// deployed.
const periksaVersi = 30 * time.Minute

// dasar is embedded in every page: it connects the page to the shared
// [Toko] when mounted and renders the frame around the page's content.
type dasar struct {
	app.Compo
	Toko *Toko
}

// OnMount starts the store (first page only: it loads the document list
// and the active document from the browser) and makes this page the one
// re-rendered after asynchronous work.
func (d *dasar) OnMount(ctx app.Context) {
	d.Toko.Pasang(func(f func()) { ctx.Dispatch(func(app.Context) { f() }) })
	if !d.Toko.mulai {
		lepasSekilasAwal()
		// A tab left open for days still learns of a new version: the
		// browser checks the service worker on navigation only.
		go func() {
			for range time.Tick(periksaVersi) {
				app.TryUpdate()
			}
		}()
		// The worker's first install waits for this copy of app.wasm
		// instead of downloading it again.
		salinWasm()
		d.Toko.pasangPenjaga()
	}
	if !d.Toko.mulai && d.Toko.sekilasAwal() != nil {
		// The page shows the glance of the document last open
		// (sekilas.go): let the browser paint it before the store is
		// read and the document parsed and computed.
		t := d.Toko
		t.setelahGambar(func() { t.lakukan(t.Mulai) })
	} else {
		d.Toko.Mulai()
	}
	if d.Toko.Tuju != "" {
		ctx.Defer(func(app.Context) { d.Toko.tunjuk() })
	}
}

// tunjuk scrolls to, highlights and focuses the element showing the path
// in Tuju (set by a finding), then clears it.
func (t *Toko) tunjuk() {
	path := t.Tuju
	t.Tuju = ""
	doc := app.Window().Get("document")
	for _, id := range calonID(path) {
		el := doc.Call("getElementById", id)
		if !el.Truthy() {
			continue
		}
		el.Call("scrollIntoView", map[string]any{"block": "center"})
		el.Get("classList").Call("add", "sorot")
		if el.Get("tagName").String() != "INPUT" {
			el.Call("setAttribute", "tabindex", "-1")
		}
		el.Call("focus", map[string]any{"preventScroll": true})
		return
	}
}

// OnAppUpdate is called by go-app when a new version of the app has been
// installed by the service worker: the frame then offers to switch to it.
func (d *dasar) OnAppUpdate(ctx app.Context) {
	d.Toko.VersiBaru = true
}

// muatUlang switches to the new version: pending changes are saved first,
// then the page reloads (the service worker serves the new files).
func (d *dasar) muatUlang(ctx app.Context, e app.Event) {
	d.Toko.SimpanSekarang(func() { ctx.Reload() })
}

// bingkai renders the frame: skip link, header with the active document and
// save status, the menu (current page marked), the update and error
// notices, then the page's content in <main>.
func (d *dasar) bingkai(jalur, judul string, isi ...app.UI) app.UI {
	t := d.Toko
	kerangka := el("div").Class("kerangka")
	if t.Pratayang {
		// A page pre-rendered on the server (pratayang.go): readable,
		// but nothing in it can be focused, typed into or clicked until
		// app.wasm replaces it.
		kerangka = kerangka.Class("pratayang").Attr("inert", true)
	}
	return kerangka.Body(
		el("a").Class("lewati").Attr("href", "#isi").Text("Lewati ke isi"),
		el("header").Class("atas").Body(
			el("span").Class("merek").Text("SAKIP"),
			el("span").Class("dok").Text(t.NamaAktif()),
			&StatusSimpan{Toko: t, Isi: t.isiStatus()},
		),
		&MenuUtama{Jalur: jalur},
		el("main").ID("isi").TabIndex(-1).Body(
			app.If(t.VersiBaru, func() app.UI {
				return el("div").Class("pita versi").ID("versi-baru").Attr("role", "status").Body(
					app.Text("Versi baru SAKIP sudah terpasang. Data Anda tersimpan di browser ini."),
					el("button").ID("muat-ulang").Text("Pakai versi baru").OnClick(d.muatUlang),
				)
			}),
			t.pitaSimpan(),
			app.If(t.Galat != "", func() app.UI {
				return el("div").Class("pita salah").ID("galat").Attr("role", "alert").Body(
					app.Text(t.Galat),
				)
			}),
			app.If(t.Pesan != "", func() app.UI {
				return el("div").Class("pita").ID("pesan").Attr("role", "status").Text(t.Pesan)
			}),
			el("h1").Text(judul),
			el("div").Body(isi...),
		),
	)
}

// MenuUtama is the main menu with the current page marked. It is a
// component whose only field is that page, so that a keystroke, which
// renders the page again, leaves the menu alone (go-app compares the
// fields and skips it).
type MenuUtama struct {
	app.Compo
	Jalur string
}

// Render implements app.Composer.
func (m *MenuUtama) Render() app.UI {
	return el("nav").Class("menu").Aria("label", "Menu utama").Body(
		el("ul").Body(
			app.Range(Menu).Slice(func(i int) app.UI {
				h := Menu[i]
				a := el("a").Attr("href", tautan(h.Jalur)).Text(h.Label)
				if h.Jalur == m.Jalur {
					a = a.Aria("current", "page")
				}
				return el("li").Body(a)
			}),
		),
	)
}
