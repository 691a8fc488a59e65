package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
)

// maksPilihan is how many matches a picker shows.
const maksPilihan = 8

// pilihNomenklatur draws the picker that adds a budget row: the code or a
// few words of the name typed, the nomenclature's matches listed as one
// types (anggaran.CariNomenklatur, the document's bidang first); picking
// one adds the row with its kode and uraian. A code the nomenclature lists
// without a name, or does not list, can be added as typed.
func (p *Isi) pilihNomenklatur(list string, n int) app.UI {
	q := p.cari[list]
	var bidang anggaran.Kode
	if d := p.Toko.Dok; d != nil && d.Anggaran != nil {
		bidang = d.Anggaran.UrusanBidang
	}
	var hasil []app.UI
	if strings.TrimSpace(q) != "" {
		ada := false
		for _, x := range anggaran.CariNomenklatur(q, anggaran.OpsiCari{Bidang: bidang, Maks: maksPilihan}) {
			kode, nama := x.Kode.String(), x.Nama
			ada = ada || kode == strings.TrimSpace(q)
			hasil = append(hasil, el("li").Body(
				el("button").Class("kedua pilihan").ID("pilih:"+list+":"+kode).
					Body(el("span").Class("kode").Text(kode+" · "+x.Jenjang.String()), app.Text(nama)).
					OnClick(func(app.Context, app.Event) {
						p.tambah(list, n, map[string]string{"kode": kode, "uraian": nama})
						delete(p.cari, list)
					}, app.EventScope(list+kode+strconv.Itoa(n))),
			))
		}
		if k, err := anggaran.ParseKode(strings.TrimSpace(q)); err == nil && !ada {
			kode := k.String()
			hasil = append(hasil, el("li").Body(
				el("button").Class("kedua pilihan").ID("pilih:"+list+":"+kode).
					Text("Tambah baris berkode "+kode+" (uraian diisi sendiri)").
					OnClick(func(app.Context, app.Event) {
						p.tambah(list, n, map[string]string{"kode": kode})
						delete(p.cari, list)
					}, app.EventScope(list+kode+strconv.Itoa(n))),
			))
		}
		if len(hasil) == 0 {
			hasil = append(hasil, el("li").Class("redup").Text("Tidak ada yang cocok di nomenklatur."))
		}
	}
	return p.pencari(list, "Tambah baris dari nomenklatur: ketik kode atau beberapa kata namanya", q, hasil)
}

// pilihRekening draws the picker that adds a belanja account: the code or
// words of its standard name (anggaran.CariRekening); picking one adds the
// row with its kode and standard name.
func (p *Isi) pilihRekening(list string, n int) app.UI {
	q := p.cari[list]
	var hasil []app.UI
	if strings.TrimSpace(q) != "" {
		for i, k := range anggaran.CariRekening(q) {
			if i == maksPilihan {
				break
			}
			kode := k.String()
			nama, _ := k.NamaBaku()
			hasil = append(hasil, el("li").Body(
				el("button").Class("kedua pilihan").ID("pilih:"+list+":"+kode).
					Body(el("span").Class("kode").Text(kode), app.Text(nama)).
					OnClick(func(app.Context, app.Event) {
						p.tambah(list, n, map[string]string{"kode": kode, "uraian": nama})
						delete(p.cari, list)
					}, app.EventScope(list+kode+strconv.Itoa(n))),
			))
		}
		if len(hasil) == 0 {
			hasil = append(hasil, el("li").Class("redup").Text("Tidak ada rekening yang cocok."))
		}
	}
	return p.pencari(list, "Tambah rekening belanja: ketik kode (5.1.02) atau namanya", q, hasil)
}

// pencari draws a search field with its matches below.
func (p *Isi) pencari(list, label, q string, hasil []app.UI) app.UI {
	id := "cari:" + list
	return el("div").Class("pencari").Body(
		el("label").Attr("for", id).Text(label),
		app.ElemSelfClosing("input").Attr("type", "search").ID(id).Attr("value", q).Attr("autocomplete", "off").
			OnInput(func(ctx app.Context, e app.Event) { p.cari[list] = ctx.JSSrc().Get("value").String() }, app.EventScope(list)),
		el("ul").Class("pilihan-pilihan").ID("hasil:"+list).Body(hasil...),
	)
}
