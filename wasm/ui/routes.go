// Package ui is the user interface of the sakip PWA: one go-app component
// per page (Beranda, Kinerja, Anggaran, Reviu, Kelengkapan, Laporan, Rekap,
// Data) over a shared [Toko] that holds the active document and what the
// lkip package computed from it. Components only read that model and pass edits back to the
// library: no figure is computed here.
package ui

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/wasm/simpan"
)

// EnvContoh is the go-app environment variable with which the server asks
// the app to start on the embedded sample when the browser has no document.
const EnvContoh = "SAKIP_CONTOH"

// Halaman describes one page: its path, its label in the menu, and how it
// is made. [Menu] is the one route table: the menu, the routes go-app
// serves, the pre-rendered and exported paths and the tests all read it, so
// a new page is one entry here (and its component).
type Halaman struct {
	Jalur string // path, "/" for Beranda
	Label string // menu label in Bahasa Indonesia
	// Buat makes the page's component over the shared store.
	Buat func(d dasar) app.Composer
}

// Menu lists the pages in menu order.
var Menu = []Halaman{
	{"/", "Beranda", func(d dasar) app.Composer { return &Beranda{dasar: d} }},
	{"/kinerja", "Kinerja", func(d dasar) app.Composer { return &Kinerja{dasar: d} }},
	{"/anggaran", "Anggaran", func(d dasar) app.Composer { return &Anggaran{dasar: d} }},
	{"/reviu", "Reviu", func(d dasar) app.Composer { return &Reviu{dasar: d} }},
	{"/kelengkapan", "Kelengkapan", func(d dasar) app.Composer { return &Kelengkapan{dasar: d} }},
	{"/laporan", "Laporan", func(d dasar) app.Composer { return &Laporan{dasar: d} }},
	{"/isi", "Isi", func(d dasar) app.Composer { return &Isi{dasar: d} }},
	{"/rekap", "Rekap", func(d dasar) app.Composer { return &Rekap{dasar: d} }},
	{"/impor", "Impor", func(d dasar) app.Composer { return &Impor{dasar: d} }},
	{"/data", "Data", func(d dasar) app.Composer { return &Data{dasar: d} }},
}

// Paths are the paths of every page, for pre-rendering and static export.
var Paths = func() []string {
	p := make([]string, len(Menu))
	for i, h := range Menu {
		p[i] = h.Jalur
	}
	return p
}()

// Routes registers every page with go-app, all sharing one [Toko] over the
// platform's store (IndexedDB in the browser). When the server set the
// environment variable SAKIP_CONTOH to "1", a browser without documents
// starts on the embedded sample ([Toko.ContohAwal]).
func Routes() {
	t := NewToko(simpan.New())
	t.ContohAwal = app.Getenv(EnvContoh) == "1"
	for _, h := range Menu {
		buat := h.Buat
		app.Route(h.Jalur, func() app.Composer { return buat(dasar{Toko: t}) })
	}
}

// tautan returns the URL of an app path. In the browser it adds the root
// prefix the app is hosted under (go-app's GOAPP_ROOT_PREFIX, "/sakip/");
// on the server the handler's resource resolver adds it.
func tautan(jalur string) string {
	if !app.IsClient {
		return jalur
	}
	return awalanAkar() + jalur
}

// awalanAkar is the root prefix without its final slash, read once: it
// does not change while the app runs, and app.Getenv asks JavaScript
// (every menu link of every render did, a twelfth of a keystroke's work).
var awalanAkar = sync.OnceValue(func() string {
	return strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
})
