package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/lkip"
)

// Beranda is the home page: the dinas-year's key figures (anggaran,
// realisasi, percentages, counts, capaian per sasaran, findings) and charts.
type Beranda struct{ dasar }

// Render implements app.Composer.
func (p *Beranda) Render() app.UI {
	t := p.Toko
	// The figures first; the reviu of a document just opened follows
	// once they are painted (Toko.hitungAwal).
	t.SegarkanAngka()
	if t.Lap == nil {
		if s := t.sekilasAwal(); s != nil {
			// The cards of the document last open, kept by the last run
			// (sekilas.go), while the store is read.
			return p.bingkai("/", "Beranda",
				el("p").Class("redup").Text(s.Judul),
				el("p").Class("redup").ID("membuka").Attr("role", "status").Text("Membuka dokumen…"),
				tampilKartu(s.Kartu),
			)
		}
		return p.bingkai("/", "Beranda", t.kosong())
	}
	l := t.Lap
	id := t.Dok.Identitas
	return p.bingkai("/", "Beranda",
		t.pitaLanjut(),
		el("p").Class("redup").Text(judulDokumen(id.Dinas, id.Pemda, id.Tahun)),
		tampilKartu(t.kartuBeranda()),
		el("div").Class("aksi").Body(t.tombolLanjut()),
		p.sasaran(),
		grafik("grafik-iku", l.GrafikCapaian()),
		grafik("grafik-program", l.GrafikRealisasi()),
	)
}

// judulDokumen is the line under the page title: dinas, pemda, year.
func judulDokumen(dinas, pemda string, tahun int) string {
	s := dinas
	if pemda != "" {
		s += " " + pemda
	}
	if tahun != 0 {
		s += ", tahun " + strconv.Itoa(tahun)
	}
	return s
}

// sasaran renders the capaian per sasaran, as the kinerja package
// aggregates it.
func (p *Beranda) sasaran() app.UI {
	h := p.Toko.Lap.Kinerja
	if h == nil || len(h.Sasaran) == 0 {
		return nil
	}
	return el("section").Body(
		el("h2").Text("Capaian per sasaran"),
		el("div").Class("tabel-bungkus").Body(el("table").ID("tabel-sasaran").Body(
			el("thead").Body(el("tr").Body(
				el("th").Text("Sasaran"),
				el("th").Class("angka").Text("Indikator"),
				el("th").Class("angka").Text("Capaian"),
				el("th").Text("Predikat"),
			)),
			el("tbody").Body(app.Range(h.Sasaran).Slice(func(i int) app.UI {
				s := h.Sasaran[i]
				nilai := capaianTeks(s.Capaian, h)
				return el("tr").Body(
					el("td").Text(s.Uraian),
					el("td").Class("angka").Text(strconv.Itoa(s.Jumlah)),
					el("td").Class("angka").Text(nilai),
					el("td").Text(s.Predikat),
				)
			})),
		)),
	)
}

// grafik draws one of the report's charts (lkip computes its bars, labels
// and scale) as responsive bars that stay legible on a phone, with the
// reference line (100 %) as a mark across the tracks. A chart the report
// cannot draw is left out.
func grafik(id string, g *lkip.Grafik) app.UI {
	if g == nil {
		return nil
	}
	const penuh = 1000 // bar lengths in tenths of a percent of the track
	lebar := func(n int) string { return strconv.Itoa(n/10) + "." + strconv.Itoa(n%10) + "%" }
	acuan := lebar(g.Panjang(-1, penuh))
	bars := make([]app.UI, 0, len(g.Batang))
	for i, b := range g.Batang {
		var garis app.UI // a go-app node can be mounted only once: one per bar
		if g.Acuan != nil {
			garis = el("div").Class("batang-acuan").Style("left", acuan)
		}
		bars = append(bars, el("div").Class("batang").Body(
			el("div").Class("batang-label").Text(b.Label),
			el("div").Class("batang-jalur").Aria("hidden", "true").Body(
				el("div").Class("batang-isi").Style("width", lebar(g.Panjang(i, penuh))),
				garis,
			),
			el("div").Class("batang-nilai").Text(b.Teks),
		))
	}
	var catatan app.UI
	if g.Catatan != "" {
		catatan = el("p").Class("redup").Text(g.Catatan)
	}
	return el("figure").Class("grafik").ID(id).Body(
		el("h2").Text(g.Judul),
		el("div").Body(bars...),
		catatan,
	)
}
