package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
)

// Reviu is the findings page: every finding of lkip's reviu, most severe
// first; each one with an editable field leads to it.
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
	if len(ts) == 0 {
		return p.bingkai("/reviu", "Reviu", el("p").Text("Tidak ada temuan."))
	}
	return p.bingkai("/reviu", "Reviu",
		el("p").Text(strconv.Itoa(len(ts))+" temuan: "+strconv.Itoa(r.Kesalahan)+" kesalahan, "+
			strconv.Itoa(r.Peringatan)+" peringatan, "+strconv.Itoa(r.Catatan)+" catatan."),
		el("ul").Class("temuan").ID("daftar-temuan").Body(app.Range(ts).Slice(func(i int) app.UI {
			return p.temuan(i, ts[i])
		})),
	)
}

func (p *Reviu) temuan(i int, tm anggaran.Temuan) app.UI {
	t := p.Toko
	halaman := halamanJalur(tm.Lokasi.Path)
	var nilai []app.UI
	if tm.Tercetak != "" {
		nilai = append(nilai, el("span").Text("Tercetak: "+tm.Tercetak+". "))
	}
	if tm.Terhitung != "" {
		nilai = append(nilai, el("span").Text("Terhitung: "+tm.Terhitung+"."))
	}
	return el("li").Class(tm.Tingkat.String()).ID("temuan-"+strconv.Itoa(i)).Body(
		el("div").Body(
			el("strong").Text(kapital(tm.Tingkat.String())+": "),
			app.Text(tm.Pesan),
		),
		app.If(len(nilai) > 0, func() app.UI { return el("div").Body(nilai...) }),
		el("div").Class("lokasi").Text(tm.Lokasi.String()),
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
	)
}

// halamanJalur returns the page that edits the field at a data-file path,
// "" when the app has no editor for it (the finding then shows where it is
// in the document only).
func halamanJalur(path string) string {
	switch {
	case strings.HasPrefix(path, "anggaran.rincian["), strings.HasPrefix(path, "anggaran.belanja["):
		return "/anggaran"
	case strings.HasPrefix(path, "kinerja.indikator["):
		return "/kinerja"
	}
	return ""
}
