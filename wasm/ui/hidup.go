package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
)

// A keystroke in a figure field changes a few values on the page: the
// edited row, its parents' totals, the total cards and row, the save
// status. go-app, after an event, renders again the component the event
// came from and every component above it, which is the whole page: on a
// phone (CPU 4× slower) that was most of a keystroke's time. A page that
// can do better registers its refresh ([hidup.halaman]): after the edit
// it recomputes what each mounted live component shows, hands the new
// values to those whose values changed and asks go-app to render only
// them. Anything else changed by the edit (rows shown or hidden, a
// notice) makes the refresh decline, and the page is rendered whole as
// before. The PWA's state stays in the Toko; the components only show it.

// hidup holds the live components mounted on the page now.
type hidup struct {
	// halaman is the page's refresh after an edit of the field at path
	// (nil on a page without one): it reports false, having changed
	// nothing, when the page must be rendered whole.
	halaman func(path string) bool
	// ctx is the page's context: rendering a component alone cancels the
	// update go-app would make of the page above it.
	ctx app.Context
	// pemilik is the page whose refresh it is.
	pemilik any
	baris   map[kunciBaris]*BarisAnggaran
	kartu   *KartuAnggaran
	jumlah  *JumlahAnggaran
	status  *StatusSimpan
}

// kunciBaris identifies a row of the budget table across renders: its row
// of the data file, or for an implied parent its code.
type kunciBaris struct {
	indeks int
	kode   anggaran.Kode
}

// pasangHalaman makes refresh the refresh of page, mounted with ctx.
func (h *hidup) pasangHalaman(page any, ctx app.Context, refresh func(path string) bool) {
	h.pemilik, h.ctx, h.halaman = page, ctx, refresh
}

// lepasHalaman forgets the refresh of page, dismounted (unless another
// page mounted since has set its own).
func (h *hidup) lepasHalaman(page any) {
	if h.pemilik == page {
		h.pemilik, h.ctx, h.halaman = nil, app.Context{}, nil
	}
}

// segarkan brings the live components up to date after an edit of the
// field at path, and reports whether it did; false: the page must be
// rendered whole.
func (h *hidup) segarkan(path string) bool { return h.halaman != nil && h.halaman(path) }

// gambar asks go-app to render the component whose context is c, and not
// the page above it: c.Dispatch flags c and every component above it, and
// the page's PreventUpdate, run in the same dispatch, takes the page's
// flag back.
func (h *hidup) gambar(c app.Context) {
	page := h.ctx
	c.Dispatch(func(app.Context) { page.PreventUpdate() })
}

// pasang registers the mounted live component c in its slot.
func pasang[T any](slot **T, c *T) { *slot = c }

// lepas empties the slot of c, dismounted (unless another took it).
func lepas[T any](slot **T, c *T) {
	if *slot == c {
		*slot = nil
	}
}

// KartuAnggaran is the three total cards of the budget page, a live
// component.
type KartuAnggaran struct {
	app.Compo
	Toko *Toko
	Isi  [3]string // jumlah pagu (Rp), jumlah realisasi (Rp), persentase
	ctx  app.Context
}

// OnMount implements app.Mounter.
func (k *KartuAnggaran) OnMount(ctx app.Context) { k.ctx = ctx; pasang(&k.Toko.hidup.kartu, k) }

// OnDismount implements app.Dismounter.
func (k *KartuAnggaran) OnDismount() { lepas(&k.Toko.hidup.kartu, k) }

// Render implements app.Composer.
func (k *KartuAnggaran) Render() app.UI {
	kartu := func(label, id, nilai string) app.UI {
		return el("div").Class("kartu").Body(el("div").Class("label").Text(label), el("div").Class("nilai").ID(id).Text(nilai))
	}
	return el("div").Class("kartu-kartu").Body(
		kartu("Jumlah pagu", "a-pagu", k.Isi[0]),
		kartu("Jumlah realisasi", "a-realisasi", k.Isi[1]),
		kartu("Persentase realisasi", "a-persen", k.Isi[2]),
	)
}

// JumlahAnggaran is the total row of the budget table, a live component.
type JumlahAnggaran struct {
	app.Compo
	Toko *Toko
	Isi  [4]string // pagu, realisasi, persen, sisa
	ctx  app.Context
}

// OnMount implements app.Mounter.
func (j *JumlahAnggaran) OnMount(ctx app.Context) { j.ctx = ctx; pasang(&j.Toko.hidup.jumlah, j) }

// OnDismount implements app.Dismounter.
func (j *JumlahAnggaran) OnDismount() { lepas(&j.Toko.hidup.jumlah, j) }

// Render implements app.Composer.
func (j *JumlahAnggaran) Render() app.UI {
	return el("tr").Class("jumlah").ID("baris-jumlah").Body(
		el("td").Text("Jumlah"),
		el("td").Class("angka").Text(j.Isi[0]),
		el("td").Class("angka").Text(j.Isi[1]),
		el("td").Class("angka").Text(j.Isi[2]),
		el("td").Class("angka").Text(j.Isi[3]),
	)
}

// StatusSimpan is the save status in the header, a live component. It
// also carries, for the browser tests, the last recompute's time in
// microseconds: of the edited section (data-hitung-us) and of the whole
// report (data-hitung-penuh-us).
type StatusSimpan struct {
	app.Compo
	Toko *Toko
	Isi  isiStatus
	ctx  app.Context
}

// isiStatus is what [StatusSimpan] shows.
type isiStatus struct {
	Teks          string
	Hitung, Penuh int64
}

// isiStatus returns what the save status shows now.
func (t *Toko) isiStatus() isiStatus {
	return isiStatus{Teks: t.Status, Hitung: t.Hitung.Microseconds(), Penuh: t.HitungPenuh.Microseconds()}
}

// OnMount implements app.Mounter.
func (s *StatusSimpan) OnMount(ctx app.Context) { s.ctx = ctx; pasang(&s.Toko.hidup.status, s) }

// OnDismount implements app.Dismounter.
func (s *StatusSimpan) OnDismount() { lepas(&s.Toko.hidup.status, s) }

// Render implements app.Composer.
func (s *StatusSimpan) Render() app.UI {
	return el("span").Class("status").ID("status-simpan").Attr("role", "status").
		Attr("data-hitung-us", s.Isi.Hitung).Attr("data-hitung-penuh-us", s.Isi.Penuh).Text(s.Isi.Teks)
}

// segarkanStatus hands the save status its new values, if they changed.
func (h *hidup) segarkanStatus(t *Toko) {
	if s := h.status; s != nil {
		if isi := t.isiStatus(); isi != s.Isi {
			s.Isi = isi
			h.gambar(s.ctx)
		}
	}
}
