package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

// Kelengkapan is the progress page: per section of the LKIP what is
// filled in, what is still missing and what the reviu finds there, with a
// percentage, as lkip's Laporan.Kelengkapan says. Each item and finding
// leads to where it is entered (the editor showing its data-file path).
type Kelengkapan struct{ dasar }

// temuanPerBagian is how many findings a section lists before it points to
// the Reviu page for the rest.
const temuanPerBagian = 5

// Render implements app.Composer.
func (p *Kelengkapan) Render() app.UI {
	t := p.Toko
	t.Segarkan()
	if t.Lap == nil {
		return p.bingkai("/kelengkapan", "Kelengkapan", t.kosong())
	}
	k := t.Lap.Kelengkapan()
	kurang := len(k.Kurang())
	ringkas := "Semua bagian sudah terisi."
	if kurang > 0 {
		ringkas = strconv.Itoa(kurang) + " hal belum diisi."
	}
	return p.bingkai("/kelengkapan", "Kelengkapan",
		el("p").Class("redup").Text(judulDokumen(t.Dok.Identitas.Dinas, t.Dok.Identitas.Pemda, t.Dok.Identitas.Tahun)),
		el("div").Class("kartu").Body(
			el("div").Class("label").Text("Kelengkapan dokumen"),
			el("div").Class("nilai").ID("kl-persen").Text(strconv.Itoa(k.Persen())+"%"),
			el("progress").Attr("max", 100).Attr("value", k.Persen()).Aria("label", "Kelengkapan dokumen"),
			el("div").Class("redup").ID("kl-kurang").Text(ringkas),
		),
		app.Range(k.Bagian).Slice(func(i int) app.UI { return p.bagian(k.Bagian[i]) }),
	)
}

// bagian renders one section: its count and percentage, its items, and the
// findings located in it.
func (p *Kelengkapan) bagian(b lkip.BagianKelengkapan) app.UI {
	t := p.Toko
	n, m := b.Terisi()
	butir := make([]app.UI, len(b.Butir))
	for i, x := range b.Butir {
		butir[i] = t.butirKelengkapan(b.ID, i, x)
	}
	var temuan app.UI
	if len(b.Temuan) > 0 {
		ts := b.Temuan
		if len(ts) > temuanPerBagian {
			ts = ts[:temuanPerBagian]
		}
		li := make([]app.UI, 0, len(ts)+1)
		for i, tm := range ts {
			li = append(li, t.temuanKelengkapan(b.ID, i, tm))
		}
		if sisa := len(b.Temuan) - len(ts); sisa > 0 {
			li = append(li, el("li").Body(el("a").Attr("href", tautan("/reviu")).Text(strconv.Itoa(sisa)+" temuan lain di halaman Reviu")))
		}
		temuan = el("div").Body(
			el("h3").Text("Temuan reviu di bagian ini ("+strconv.Itoa(len(b.Temuan))+")"),
			el("ul").Class("temuan").ID("kl-temuan-"+b.ID).Body(li...),
		)
	}
	kelas := "kelengkapan"
	if b.Lengkap() {
		kelas += " lengkap"
	}
	return el("section").Class(kelas).ID("kl-"+b.ID).Body(
		el("h2").Body(
			app.Text(b.Judul+" "),
			el("small").Class("redup").ID("kl-jumlah-"+b.ID).Text(strconv.Itoa(n)+" dari "+strconv.Itoa(m)+" terisi ("+strconv.Itoa(b.Persen())+"%)"),
		),
		el("ul").Class("kelengkapan-butir").Body(butir...),
		temuan,
	)
}

// butirKelengkapan renders one item: filled in or not, what is there or
// missing, and a button to where it is entered.
func (t *Toko) butirKelengkapan(bagian string, i int, x lkip.ButirKelengkapan) app.UI {
	tanda, kelas := "✗ Belum: ", "kurang"
	if x.Terisi {
		tanda, kelas = "✓ ", "terisi"
	}
	teks := tanda + x.Nama
	if x.Keterangan != "" {
		teks += " — " + x.Keterangan
	}
	return el("li").Class(kelas).ID("kl-"+bagian+"-"+strconv.Itoa(i)).Attr("data-path", x.Path).Body(
		el("span").Text(teks),
		t.tombolIsian(x.Path, "Isi", x.Nama),
	)
}

// temuanKelengkapan renders one finding of a section, with a button to the
// field it is about.
func (t *Toko) temuanKelengkapan(bagian string, i int, tm anggaran.Temuan) app.UI {
	return el("li").Class(tm.Tingkat.String()).ID("kl-temuan-"+bagian+"-"+strconv.Itoa(i)).Body(
		el("div").Body(el("strong").Text(kapital(tm.Tingkat.String())+": "), app.Text(tm.Pesan)),
		t.tombolIsian(tm.Lokasi.Path, "Buka isian", tm.Lokasi.String()),
	)
}

// tombolIsian renders a button leading to the page that shows the field at
// a data-file path (halamanIsian), which then scrolls to and focuses it;
// nil when no page shows it.
func (t *Toko) tombolIsian(path, label, apa string) app.UI {
	halaman := halamanIsian(path)
	if halaman == "" {
		return nil
	}
	return el("button").Class("kedua").Text(label).Aria("label", label+": "+apa).
		OnClick(func(ctx app.Context, e app.Event) {
			t.Tuju = path
			t.bukaJalur(path)
			ctx.Navigate(tautan(halaman))
		}, app.EventScope(path, label))
}

// halamanIsian returns the page where the field at a data-file path is
// entered: the one the Reviu page leads to (halamanJalur), else the page of
// its section; "" when no page of the app edits it.
func halamanIsian(path string) string {
	if h := halamanJalur(path); h != "" {
		return h
	}
	switch {
	case path == "tanggapan":
		return "/reviu"
	case strings.HasPrefix(path, "anggaran.rincian"), strings.HasPrefix(path, "anggaran.belanja"):
		return "/anggaran"
	case strings.HasPrefix(path, "kinerja.indikator"):
		return "/kinerja"
	}
	// The editors of the other sections, when the app has them: a page
	// per section (/isi/identitas) or one page for all (/isi).
	bagian, _, _ := strings.Cut(path, ".")
	bagian, _, _ = strings.Cut(bagian, "[")
	for _, j := range []string{"/isi/" + bagian, "/isi"} {
		for _, h := range Menu {
			if h.Jalur == j {
				return j
			}
		}
	}
	return ""
}

// catatanKelengkapan renders, for the Reviu page, how much of the document
// is still missing, so that "no findings" on a half-filled document is not
// read as "done"; nil when the document is complete.
func (t *Toko) catatanKelengkapan() app.UI {
	if t.Lap == nil {
		return nil
	}
	k := t.Lap.Kelengkapan()
	kurang := len(k.Kurang())
	if kurang == 0 {
		return nil
	}
	return el("p").Class("pita").ID("reviu-belum-lengkap").Body(
		app.Text("Dokumen belum lengkap: "+strconv.Itoa(kurang)+" hal belum diisi ("+strconv.Itoa(k.Persen())+"% terisi). "),
		el("a").Attr("href", tautan("/kelengkapan")).Text("Lihat kelengkapan"),
	)
}
