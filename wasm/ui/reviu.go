package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
)

// Reviu is the findings page: every finding of lkip's reviu, most severe
// first. A finding about a field an editing page shows leads to it ("Buka
// isian"); any other finding about a text or a number carries its own
// editor, so that everything the reviu flags can be corrected here.
type Reviu struct{ dasar }

// Render implements app.Composer.
func (p *Reviu) Render() app.UI {
	t := p.Toko
	t.Segarkan()
	if t.Lap == nil {
		return p.bingkai("/reviu", "Reviu", t.kosong())
	}
	ts := t.Lap.Temuan
	r := t.Lap.Ringkasan
	diperbaiki := app.If(t.Diperbaiki != "", func() app.UI {
		return el("p").Class("pita").ID("diperbaiki").Attr("role", "status").Text(t.Diperbaiki)
	})
	if len(ts) == 0 {
		return p.bingkai("/reviu", "Reviu", diperbaiki, el("p").Text("Tidak ada temuan."), t.catatanKelengkapan())
	}
	nilai := t.NilaiTemuan()
	return p.bingkai("/reviu", "Reviu",
		diperbaiki,
		t.catatanKelengkapan(),
		el("p").Text(strconv.Itoa(len(ts))+" temuan: "+strconv.Itoa(r.Kesalahan)+" kesalahan, "+
			strconv.Itoa(r.Peringatan)+" peringatan, "+strconv.Itoa(r.Catatan)+" catatan."),
		el("ul").Class("temuan").ID("daftar-temuan").Body(app.Range(ts).Slice(func(i int) app.UI {
			return p.temuan(i, ts[i], nilai)
		})),
	)
}

// temuan renders finding i; nilai holds the current values of the fields
// this page edits (Toko.NilaiTemuan).
func (p *Reviu) temuan(i int, tm anggaran.Temuan, nilai map[string]string) app.UI {
	t := p.Toko
	halaman := halamanJalur(tm.Lokasi.Path)
	var angka []app.UI
	if tm.Tercetak != "" {
		angka = append(angka, el("span").Text("Tercetak: "+tm.Tercetak+". "))
	}
	if tm.Terhitung != "" {
		angka = append(angka, el("span").Text("Terhitung: "+tm.Terhitung+"."))
	}
	sekarang, bisaDiubah := nilai[tm.Lokasi.Path]
	return el("li").Class(tm.Tingkat.String()).ID("temuan-"+strconv.Itoa(i)).Body(
		el("div").Body(
			el("strong").Text(kapital(tm.Tingkat.String())+": "),
			app.Text(tm.Pesan),
		),
		app.If(len(angka) > 0, func() app.UI { return el("div").Body(angka...) }),
		el("div").Class("lokasi").ID("lokasi-"+strconv.Itoa(i)).Text(tm.Lokasi.String()),
		app.If(halaman != "", func() app.UI {
			path := tm.Lokasi.Path
			return el("button").Class("kedua").Text("Buka isian").
				Aria("label", "Buka isian: "+tm.Lokasi.String()).
				OnClick(func(ctx app.Context, e app.Event) {
					t.Tuju = path
					t.bukaJalur(path)
					ctx.Navigate(tautan(halaman))
				}, app.EventScope(strconv.Itoa(i), path))
		}),
		app.If(bisaDiubah, func() app.UI { return p.perbaikan(i, tm.Lokasi.Path, sekarang) }),
	)
}

// halamanJalur returns the page that shows the field at a data-file path,
// or its row, "" when no page does. Whether that page has an input for the
// field itself is Toko.adaIsian; other fields are edited on this page.
func halamanJalur(path string) string {
	switch {
	case strings.HasPrefix(path, "anggaran.rincian["), strings.HasPrefix(path, "anggaran.belanja["):
		return "/anggaran"
	case strings.HasPrefix(path, "kinerja.indikator["):
		return "/kinerja"
	}
	return ""
}

// perbaikan renders the editor of finding i: the value now at path, an
// input and a "Simpan" button (Enter in the input saves too). Saving goes
// through Toko.Perbaiki; a refused value keeps the text typed and shows
// why next to the input.
func (p *Reviu) perbaikan(i int, path, sekarang string) app.UI {
	t := p.Toko
	no := strconv.Itoa(i)
	id := "perbaiki-" + no
	teks := sekarang
	d, ada := t.perbaikan[path]
	if ada {
		teks = d.Teks
	}
	tampil := sekarang
	if tampil == "" {
		tampil = "(kosong)"
	}
	in := app.ElemSelfClosing("input").Attr("type", "text").ID(id).Attr("name", "nilai").
		Attr("autocomplete", "off").Attr("value", teks).Aria("describedby", "lokasi-"+no).
		OnInput(func(ctx app.Context, e app.Event) {
			t.KetikPerbaikan(path, ctx.JSSrc().Get("value").String())
		}, app.EventScope(no, path))
	// As in Isian, the input stays the first child of the same element
	// with or without an error, so that it keeps the focus.
	var pesan app.UI
	if ada && d.Galat != "" {
		in = in.Aria("invalid", "true").Aria("describedby", "lokasi-"+no+" galat-"+id)
		pesan = el("div").Class("galat").ID("galat-"+id).Attr("role", "alert").Text(d.Galat)
	}
	return el("form").Class("perbaikan").Attr("novalidate", true).
		OnSubmit(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			teks := sekarang
			if d, ok := t.perbaikan[path]; ok {
				teks = d.Teks
			}
			t.Perbaiki(path, teks)
		}, app.EventScope(no, path, sekarang)).
		Body(
			el("div").Body(el("span").Text("Isian sekarang: "), el("span").Class("nilai").Text(tampil)),
			el("label").Attr("for", id).Text("Nilai baru"),
			el("div").Class("isian").Body(in, pesan),
			el("button").Attr("type", "submit").Aria("describedby", "lokasi-"+no).Text("Simpan"),
		)
}
