package ui

import (
	"encoding/json"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The home page's cards are data (kartu) built from the computed report;
// the same data, the glance (sekilas), is kept in the synchronous store
// after every full computation, so that the next start shows the cards
// of the document last open as soon as the app runs, before IndexedDB has
// been read and the document parsed and computed (a few hundred
// milliseconds on a phone). They are the figures the library computed at
// the last computation of that document, shown as such ("Membuka
// dokumen…") until its own computation replaces them.

// kartu is one card of the home page: a figure, its label and, for the
// cards that lead to a page, a line under it and the page.
type kartu struct {
	IDNilai string `json:"id_nilai"`           // element id of the figure ("k-pagu")
	IDKartu string `json:"id_kartu,omitempty"` // element id of the card itself, when it has one
	Label   string `json:"label"`
	Nilai   string `json:"nilai"`
	Rincian string `json:"rincian,omitempty"`
	Jalur   string `json:"jalur,omitempty"` // an app path ("/reviu"), when the card is a link
}

// sekilas is what the home page shows of a document at a glance.
type sekilas struct {
	ID    string  `json:"id"`    // the document's ID in the store
	Judul string  `json:"judul"` // dinas, pemda, year
	Kartu []kartu `json:"kartu"`
}

// kartuBeranda returns the cards of the active document's home page; nil
// without a computed report.
func (t *Toko) kartuBeranda() []kartu {
	if t.Lap == nil {
		return nil
	}
	r := t.Lap.Ringkasan
	capaian := strip
	if r.Capaian != nil {
		capaian = persenP(r.Capaian)
		if r.Predikat != "" {
			capaian += " (" + r.Predikat + ")"
		}
	}
	temuan := strconv.Itoa(r.Kesalahan + r.Peringatan + r.Catatan)
	rincian := strconv.Itoa(r.Kesalahan) + " kesalahan, " + strconv.Itoa(r.Peringatan) + " peringatan, " + strconv.Itoa(r.Catatan) + " catatan"
	if t.ReviuTertunda() {
		temuan, rincian = "…", "Reviu sedang dihitung."
	}
	k := t.Lap.Kelengkapan()
	ket := "semua bagian terisi"
	if kurang := len(k.Kurang()); kurang > 0 {
		ket = strconv.Itoa(kurang) + " hal belum diisi"
	}
	return []kartu{
		{IDNilai: "k-pagu", Label: "Anggaran (pagu setelah perubahan)", Nilai: rupiah(r.Pagu)},
		{IDNilai: "k-realisasi", Label: "Realisasi keuangan", Nilai: rupiah(r.Realisasi)},
		{IDNilai: "k-persen", Label: "Persentase realisasi", Nilai: persen(r.PersenRealisasi)},
		{IDNilai: "k-sisa", Label: "Sisa anggaran", Nilai: rupiah(r.Sisa)},
		{IDNilai: "k-jumlah", Label: "Program / Kegiatan / Sub Kegiatan", Nilai: strconv.Itoa(r.Program) + " / " + strconv.Itoa(r.Kegiatan) + " / " + strconv.Itoa(r.SubKegiatan)},
		{IDNilai: "k-iku", Label: "Capaian rata-rata " + strconv.Itoa(r.JumlahIKU) + " IKU", Nilai: capaian},
		{IDNilai: "k-temuan", Label: "Temuan reviu", Nilai: temuan, Rincian: rincian, Jalur: "/reviu"},
		{IDKartu: "k-kelengkapan", IDNilai: "k-kelengkapan-persen", Label: "Kelengkapan dokumen", Nilai: strconv.Itoa(k.Persen()) + "%", Rincian: ket, Jalur: "/kelengkapan"},
	}
}

// tampilKartu renders cards.
func tampilKartu(ks []kartu) app.UI {
	return el("div").Class("kartu-kartu").Body(app.Range(ks).Slice(func(i int) app.UI {
		k := ks[i]
		isi := []app.UI{el("div").Class("label").Text(k.Label), el("div").Class("nilai").ID(k.IDNilai).Text(k.Nilai)}
		if k.Rincian != "" {
			isi = append(isi, el("div").Class("redup").Text(k.Rincian))
		}
		kotak := el("div")
		if k.Jalur != "" {
			kotak = el("a").Attr("href", tautan(k.Jalur))
		}
		kotak = kotak.Class("kartu")
		if k.IDKartu != "" {
			kotak = kotak.ID(k.IDKartu)
		}
		return kotak.Body(isi...)
	}))
}

// catatSekilas keeps the active document's glance in the synchronous
// store (called after each full computation).
func (t *Toko) catatSekilas() {
	if t.Pratayang || t.Dok == nil || t.Lap == nil || t.cadangan == nil {
		return
	}
	id := t.Dok.Identitas
	s := sekilas{ID: t.AktifID, Judul: judulDokumen(id.Dinas, id.Pemda, id.Tahun), Kartu: t.kartuBeranda()}
	data, err := json.Marshal(s)
	if err != nil || string(data) == t.sekilasTerakhir {
		return
	}
	t.sekilasTerakhir = string(data)
	t.cadangan.TulisSekilas(data)
}

// sekilasAwal returns the glance kept by the last run while the store is
// still being read (nil otherwise, or when none was kept or it does not
// read).
func (t *Toko) sekilasAwal() *sekilas {
	if t.siap || t.Dok != nil || t.Pratayang || t.cadangan == nil {
		return nil
	}
	if t.awal == nil {
		t.awal = &sekilas{}
		if data := t.cadangan.BacaSekilas(); data != nil {
			if json.Unmarshal(data, t.awal) != nil {
				t.awal = &sekilas{}
			}
		}
	}
	if len(t.awal.Kartu) == 0 {
		return nil
	}
	return t.awal
}

// lepasSekilasAwal removes the glance web/awal.js showed while app.wasm
// loaded (the same cards, from the same kept glance): from now on the
// app's own page shows them, and no element id stands twice.
func lepasSekilasAwal() {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	if e := doc.Call("getElementById", "sekilas-awal"); e.Truthy() {
		e.Call("remove")
	}
	doc.Get("documentElement").Get("classList").Call("remove", "ada-sekilas")
}
