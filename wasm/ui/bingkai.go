package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
	d.Toko.Mulai()
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
	return app.Div().Class("kerangka").Body(
		app.A().Class("lewati").Href("#isi").Text("Lewati ke isi"),
		app.Header().Class("atas").Body(
			app.Span().Class("merek").Text("SAKIP"),
			app.Span().Class("dok").Text(t.NamaAktif()),
			app.Span().Class("status").ID("status-simpan").Attr("role", "status").Text(t.Status),
		),
		app.Nav().Class("menu").Aria("label", "Menu utama").Body(
			app.Ul().Body(
				app.Range(Menu).Slice(func(i int) app.UI {
					h := Menu[i]
					a := app.A().Href(tautan(h.Jalur)).Text(h.Label)
					if h.Jalur == jalur {
						a = a.Aria("current", "page")
					}
					return app.Li().Body(a)
				}),
			),
		),
		app.Main().ID("isi").TabIndex(-1).Body(
			app.If(t.VersiBaru, func() app.UI {
				return app.Div().Class("pita versi").ID("versi-baru").Attr("role", "status").Body(
					app.Text("Versi baru SAKIP sudah terpasang. Data Anda tersimpan di browser ini."),
					app.Button().ID("muat-ulang").Text("Pakai versi baru").OnClick(d.muatUlang),
				)
			}),
			app.If(t.Galat != "", func() app.UI {
				return app.Div().Class("pita salah").ID("galat").Attr("role", "alert").Body(
					app.Text(t.Galat),
				)
			}),
			app.If(t.Pesan != "", func() app.UI {
				return app.Div().Class("pita").ID("pesan").Attr("role", "status").Text(t.Pesan)
			}),
			app.H1().Text(judul),
			app.Div().Body(isi...),
		),
	)
}
