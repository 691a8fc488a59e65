package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Beranda is the home page: the dinas-year's key figures (anggaran,
// realisasi, percentages, counts, capaian per sasaran, findings) and charts.
type Beranda struct{ dasar }

// Render implements app.Composer.
func (p *Beranda) Render() app.UI {
	t := p.Toko
	t.Segarkan()
	if t.Lap == nil {
		return p.bingkai("/", "Beranda", t.kosong())
	}
	l := t.Lap
	r := l.Ringkasan
	id := t.Dok.Identitas
	kartu := func(idEl, label, nilai string) app.UI {
		return el("div").Class("kartu").Body(
			el("div").Class("label").Text(label),
			el("div").Class("nilai").ID(idEl).Text(nilai),
		)
	}
	capaian := strip
	if r.Capaian != nil {
		capaian = persenP(r.Capaian)
		if r.Predikat != "" {
			capaian += " (" + r.Predikat + ")"
		}
	}
	return p.bingkai("/", "Beranda",
		el("p").Class("redup").Text(judulDokumen(id.Dinas, id.Pemda, id.Tahun)),
		el("div").Class("kartu-kartu").Body(
			kartu("k-pagu", "Anggaran (pagu setelah perubahan)", rupiah(r.Pagu)),
			kartu("k-realisasi", "Realisasi keuangan", rupiah(r.Realisasi)),
			kartu("k-persen", "Persentase realisasi", persen(r.PersenRealisasi)),
			kartu("k-sisa", "Sisa anggaran", rupiah(r.Sisa)),
			kartu("k-jumlah", "Program / Kegiatan / Sub Kegiatan",
				strconv.Itoa(r.Program)+" / "+strconv.Itoa(r.Kegiatan)+" / "+strconv.Itoa(r.SubKegiatan)),
			kartu("k-iku", "Capaian rata-rata "+strconv.Itoa(r.JumlahIKU)+" IKU", capaian),
			el("a").Class("kartu").Attr("href", tautan("/reviu")).Body(
				el("div").Class("label").Text("Temuan reviu"),
				el("div").Class("nilai").ID("k-temuan").Text(strconv.Itoa(r.Kesalahan+r.Peringatan+r.Catatan)),
				el("div").Class("redup").Text(strconv.Itoa(r.Kesalahan)+" kesalahan, "+
					strconv.Itoa(r.Peringatan)+" peringatan, "+strconv.Itoa(r.Catatan)+" catatan"),
			),
		),
		p.sasaran(),
		p.grafikIKU(),
		p.grafikProgram(),
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
				nilai := persenP(s.Capaian.Nilai)
				if s.Capaian.Nilai == nil && s.Capaian.Alasan != "" {
					nilai = "tidak dapat dihitung"
				}
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

// batang is one bar of a chart: label, the bar and the figure as the
// library formats it.
func batang(label string, nilai *decimal.Decimal, teks string) app.UI {
	return el("div").Class("batang").Body(
		el("div").Class("batang-label").Text(label),
		el("div").Class("batang-jalur").Aria("hidden", "true").Body(
			el("div").Class("batang-isi").Style("width", lebarBatang(nilai)+"%"),
		),
		el("div").Class("batang-nilai").Text(teks),
	)
}

// grafikIKU charts the capaian of each IKU in the reporting year.
func (p *Beranda) grafikIKU() app.UI {
	h := p.Toko.Lap.Kinerja
	if h == nil {
		return nil
	}
	var bars []app.UI
	for i := range h.Indikator {
		hi := &h.Indikator[i]
		if !hi.IKU {
			continue
		}
		s := hi.Pada(h.Tahun)
		if s == nil {
			continue
		}
		teks := persenP(s.Capaian.Nilai)
		if s.Predikat != "" {
			teks += " " + s.Predikat
		}
		bars = append(bars, batang(hi.Nomor+" "+hi.Nama, s.Capaian.Nilai, teks))
	}
	if len(bars) == 0 {
		return nil
	}
	return el("figure").Class("grafik").ID("grafik-iku").Body(
		el("h2").Text("Capaian IKU tahun "+strconv.Itoa(h.Tahun)),
		el("div").Body(bars...),
	)
}

// grafikProgram charts the realisasi percentage of each program.
func (p *Beranda) grafikProgram() app.UI {
	pohon := p.Toko.Lap.Pohon
	if pohon == nil {
		return nil
	}
	var bars []app.UI
	for i := 0; i < pohon.Len(); i++ {
		b := pohon.Baris(i)
		if b.Jenjang != anggaran.JenjangProgram {
			continue
		}
		var v *decimal.Decimal
		if b.Persen.Valid {
			v = &b.Persen.Decimal
		}
		bars = append(bars, batang(b.Kode.String()+" "+b.Uraian, v, persen(b.Persen)))
	}
	if len(bars) == 0 {
		return nil
	}
	return el("figure").Class("grafik").ID("grafik-program").Body(
		el("h2").Text("Realisasi anggaran per program"),
		el("div").Body(bars...),
	)
}
