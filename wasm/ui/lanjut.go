package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// tombolLanjut renders the "Lanjutkan ke tahun berikutnya" button of the
// active document (Beranda, Data page): it makes next year's document as a
// new one and opens it ([Toko.Lanjutkan]). A document without a year says
// why it cannot be continued.
func (t *Toko) tombolLanjut() app.UI {
	tahun := t.TahunBerikutnya()
	if tahun == 0 {
		return el("p").Class("redup").Text("Isi tahun laporan dokumen ini agar dapat dilanjutkan ke tahun berikutnya.")
	}
	return el("button").Class("kedua").ID("lanjutkan").
		Text("Lanjutkan ke tahun "+strconv.Itoa(tahun)).
		Aria("label", "Lanjutkan ke tahun berikutnya: buat dokumen tahun "+strconv.Itoa(tahun)+" dari dokumen ini").
		OnClick(func(ctx app.Context, e app.Event) { t.Lanjutkan() })
}

// pitaLanjut renders, while the document made by the last continuation is
// open, what was carried over from the old year and what was emptied (the
// notes of lkip.Dokumen.Lanjutkan).
func (t *Toko) pitaLanjut() app.UI {
	h := t.LanjutAktif()
	if h == nil {
		return nil
	}
	butir := make([]app.UI, len(h.Catatan))
	for i, c := range h.Catatan {
		butir[i] = el("li").Text(c)
	}
	return el("section").Class("pita").ID("hasil-lanjut").Attr("role", "status").Body(
		el("h2").Text("Yang dibawa dari \""+h.Dari+"\" dan yang dikosongkan"),
		el("ul").ID("catatan-lanjut").Body(butir...),
		el("div").Class("aksi").Body(
			el("a").Class("tombol").Attr("href", tautan("/kelengkapan")).Text("Lihat yang belum diisi"),
			el("button").Class("kedua").ID("tutup-lanjut").Text("Tutup").OnClick(func(ctx app.Context, e app.Event) { t.Lanjut = nil }),
		),
	)
}
