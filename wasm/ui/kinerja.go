package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// Kinerja is the performance page: the Renstra tree, then every indicator
// (IKU first) with its target and realisasi per year, or the formula parts
// the realisasi is computed from; capaian and predikat come from the
// kinerja package and change on each keystroke.
type Kinerja struct{ dasar }

// Render implements app.Composer.
func (p *Kinerja) Render() app.UI {
	t := p.Toko
	t.SegarkanKinerja()
	if t.Dok == nil {
		return p.bingkai("/kinerja", "Kinerja", t.kosong())
	}
	k, h := t.Dok.Kinerja, t.Kinerja
	if k == nil || h == nil {
		return p.bingkai("/kinerja", "Kinerja", el("p").Text("Dokumen ini belum memuat bagian kinerja."))
	}
	var iku, lain []int
	for i := range k.Indikator {
		if k.Indikator[i].IKU {
			iku = append(iku, i)
		} else {
			lain = append(lain, i)
		}
	}
	return p.bingkai("/kinerja", "Kinerja",
		el("p").Class("redup").Text("Capaian dihitung dari target dan realisasi yang dilaporkan, "+
			"predikat menurut skala "+h.Skala+". Perubahan tersimpan otomatis."),
		p.renstra(k),
		el("h2").Text("Indikator Kinerja Utama"),
		app.Range(iku).Slice(func(n int) app.UI { return p.kartu(iku[n]) }),
		app.If(len(lain) > 0, func() app.UI {
			return el("div").Body(
				el("h2").Text("Indikator lainnya"),
				app.Range(lain).Slice(func(n int) app.UI { return p.kartu(lain[n]) }),
			)
		}),
	)
}

// renstra renders the Renstra tree as nested, collapsible lists.
func (p *Kinerja) renstra(k *kinerja.Dokumen) app.UI {
	pohon := k.PohonRenstra()
	if len(pohon) == 0 && k.Renstra.Visi == "" {
		return nil
	}
	var simpul func(s *kinerja.Simpul) app.UI
	simpul = func(s *kinerja.Simpul) app.UI {
		label := jenisSimpul(s.Jenis) + " " + s.Nomor + ": " + s.Uraian
		if s.Jenis == "indikator" && s.IKU {
			label = "IKU " + s.Nomor + ": " + s.Uraian
		}
		if len(s.Anak) == 0 {
			return el("li").Text(label)
		}
		return el("li").Body(el("details").Attr("open", true).Body(
			el("summary").Text(label),
			el("ul").Body(app.Range(s.Anak).Slice(func(i int) app.UI { return simpul(s.Anak[i]) })),
		))
	}
	periode := ""
	if k.Renstra.PeriodeAwal != 0 {
		periode = " " + strconv.Itoa(k.Renstra.PeriodeAwal) + "–" + strconv.Itoa(k.Renstra.PeriodeAkhir)
	}
	return el("details").Class("pohon").ID("renstra").Body(
		el("summary").Text("Pohon Renstra"+periode),
		app.If(k.Renstra.Visi != "", func() app.UI {
			return el("p").Body(el("strong").Text("Visi: "), app.Text(k.Renstra.Visi))
		}),
		el("ul").Body(app.Range(pohon).Slice(func(i int) app.UI { return simpul(pohon[i]) })),
	)
}

func jenisSimpul(j string) string {
	switch j {
	case "misi":
		return "Misi"
	case "tujuan":
		return "Tujuan"
	case "sasaran":
		return "Sasaran"
	case "strategi":
		return "Strategi"
	case "kebijakan":
		return "Kebijakan"
	case "indikator":
		return "Indikator"
	}
	return j
}

// KartuIndikator is the card of one indicator, a component so that after a
// keystroke go-app renders again only the cards whose figures changed (it
// compares the exported fields: Tanda sums up what the card shows).
type KartuIndikator struct {
	app.Compo
	Toko   *Toko
	Indeks int
	Tanda  string
}

// kartu returns the card of indicator i with the summary of what it shows:
// the indicator's own fields, its figures as stored, what is being typed in
// them, and what kinerja computed for it.
func (p *Kinerja) kartu(i int) app.UI {
	t := p.Toko
	ind := &t.Dok.Kinerja.Indikator[i]
	hi := &t.Kinerja.Indikator[i]
	var b strings.Builder
	tulis := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
			b.WriteByte(0)
		}
	}
	angkaTeks := func(a *kinerja.Angka) string {
		if a == nil {
			return "\x01"
		}
		return anggaran.FormatAngkaBerkas(a.Nilai) + "|" + a.Teks
	}
	desimal := func(d *decimal.Decimal) string {
		if d == nil {
			return "\x01"
		}
		return anggaran.FormatAngkaBerkas(*d)
	}
	tulis(ind.Nama, ind.Nomor, strconv.FormatBool(ind.IKU), ind.Satuan, strconv.Itoa(int(ind.Jenis)))
	if ind.Rumus != nil {
		tulis(ind.Rumus.Teks)
	}
	jalur := fmt.Sprintf("kinerja.indikator[%d]", i)
	for j, dt := range ind.Tahun {
		tulis(strconv.Itoa(dt.Tahun), angkaTeks(dt.Target), angkaTeks(dt.Realisasi), angkaTeks(dt.Pembilang), angkaTeks(dt.Penyebut))
		for _, kolom := range []string{"target", "realisasi", "pembilang", "penyebut"} {
			if d, ok := t.draf[fmt.Sprintf("%s.tahun[%d].%s", jalur, j, kolom)]; ok {
				tulis(kolom, d.Teks, d.Galat, d.Tanda)
			}
		}
		if s := hi.Pada(dt.Tahun); s != nil {
			tulis(capaianTeks(s.Capaian, t.Kinerja), s.Predikat, desimal(s.RealisasiRumus))
		}
	}
	if hi.TargetAkhir != nil {
		tulis(hi.TargetAkhir.Teks, capaianTeks(hi.Kemajuan, t.Kinerja))
	}
	return &KartuIndikator{Toko: t, Indeks: i, Tanda: b.String()}
}

// Render implements app.Composer: the card of the indicator, its formula
// and, per year, the editable figures with the computed capaian and
// predikat.
func (c *KartuIndikator) Render() app.UI {
	t, i := c.Toko, c.Indeks
	t.digambar++
	p := &Kinerja{dasar: dasar{Toko: t}}
	ind := &t.Dok.Kinerja.Indikator[i]
	hi := &t.Kinerja.Indikator[i]
	jalur := fmt.Sprintf("kinerja.indikator[%d]", i)
	jenis := anggaran.JenisBilangan
	if ind.Jenis == kinerja.Persentase {
		jenis = anggaran.JenisPersen
	}
	judul := ind.Nama
	if ind.IKU && ind.Nomor != "" {
		judul = "IKU " + ind.Nomor + ": " + ind.Nama
	}
	satuan := ind.Satuan
	if satuan != "" {
		satuan = " (" + satuan + ")"
	}
	adaRumus := ind.Rumus != nil
	kepala := []app.UI{el("th").Text("Tahun"), el("th").Class("angka").Text("Target" + satuan), el("th").Class("angka").Text("Realisasi" + satuan)}
	if adaRumus {
		kepala = append(kepala, el("th").Class("angka").Text("Pembilang"), el("th").Class("angka").Text("Penyebut"), el("th").Class("angka").Text("Realisasi menurut rumus"))
	}
	kepala = append(kepala, el("th").Class("angka").Text("Capaian"), el("th").Text("Predikat"))
	return el("section").Class("indikator").ID(idIsian(jalur)).Body(
		el("h3").Text(judul),
		app.If(adaRumus, func() app.UI {
			return el("p").Class("redup").Text("Rumus: " + ind.Rumus.Teks)
		}),
		el("div").Class("tabel-bungkus").Body(el("table").Class("tahunan").Body(
			el("thead").Body(el("tr").Body(kepala...)),
			el("tbody").Body(app.Range(ind.Tahun).Slice(func(j int) app.UI {
				return p.tahun(i, j, jenis, adaRumus, hi)
			})),
		)),
		app.If(hi.TargetAkhir != nil, func() app.UI {
			return el("p").Class("redup").Text("Target akhir Renstra: " + hi.TargetAkhir.Teks +
				"; kemajuan " + capaianTeks(hi.Kemajuan, p.Toko.Kinerja) + ".")
		}),
	)
}

// tahun renders year j of indicator i.
func (p *Kinerja) tahun(i, j int, jenis anggaran.Jenis, adaRumus bool, hi *kinerja.HasilIndikator) app.UI {
	t := p.Toko
	dt := &t.Dok.Kinerja.Indikator[i].Tahun[j]
	jalur := fmt.Sprintf("kinerja.indikator[%d].tahun[%d]", i, j)
	tahun := strconv.Itoa(dt.Tahun)
	nama := t.Dok.Kinerja.Indikator[i].Nama
	angkaIsian := func(kolom, label string, a *kinerja.Angka, jn anggaran.Jenis, set func(*kinerja.DataTahun, *kinerja.Angka)) app.UI {
		nilai := ""
		if a != nil {
			nilai = a.Teks
			if nilai == "" {
				nilai = anggaran.FormatAngka(a.Nilai, -1)
			}
		}
		return el("td").Class("angka").Attr("data-label", label).Body(t.isian(Isian{
			Bagian: BagianKinerja, Path: jalur + "." + kolom, Label: label + " " + tahun + " " + nama, Nilai: nilai, Jenis: jn,
			Set: func(d *lkip.Dokumen, v *decimal.Decimal, teks string) {
				var a *kinerja.Angka
				if v != nil {
					a = &kinerja.Angka{Nilai: *v, Teks: teks}
				}
				set(&d.Kinerja.Indikator[i].Tahun[j], a)
			},
		}))
	}
	sel := []app.UI{
		el("th").Attr("scope", "row").Text(tahun),
		angkaIsian("target", "Target", dt.Target, jenis, func(x *kinerja.DataTahun, a *kinerja.Angka) { x.Target = a }),
		angkaIsian("realisasi", "Realisasi", dt.Realisasi, jenis, func(x *kinerja.DataTahun, a *kinerja.Angka) { x.Realisasi = a }),
	}
	s := hi.Pada(dt.Tahun)
	if adaRumus {
		rr := strip
		if s != nil {
			rr = bilangan(s.RealisasiRumus)
		}
		sel = append(sel,
			angkaIsian("pembilang", "Pembilang", dt.Pembilang, anggaran.JenisBilangan, func(x *kinerja.DataTahun, a *kinerja.Angka) { x.Pembilang = a }),
			angkaIsian("penyebut", "Penyebut", dt.Penyebut, anggaran.JenisBilangan, func(x *kinerja.DataTahun, a *kinerja.Angka) { x.Penyebut = a }),
			el("td").Class("angka").Attr("data-label", "Realisasi menurut rumus").Text(rr),
		)
	}
	capaian, predikat := strip, ""
	if s != nil {
		capaian, predikat = capaianTeks(s.Capaian, t.Kinerja), s.Predikat
	}
	sel = append(sel,
		el("td").Class("angka capaian").Attr("data-label", "Capaian").Text(capaian),
		el("td").Attr("data-label", "Predikat").Body(app.If(predikat != "", func() app.UI { return el("span").Class("predikat").Text(predikat) })),
	)
	return el("tr").ID(idIsian(jalur)).Body(sel...)
}
