package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// kosong renders the hint shown while no document is open.
func (t *Toko) kosong() app.UI {
	if !t.siap {
		return el("p").Class("redup").Text("Memuat data dari browser…")
	}
	return el("p").Body(
		app.Text("Belum ada dokumen. Buka halaman "),
		el("a").Attr("href", tautan("/data")).Text("Data"),
		app.Text(" untuk memuat contoh atau mengimpor berkas, atau "),
		el("a").Attr("href", tautan("/isi?baru")).Text("buat dokumen baru"),
		app.Text("."),
	)
}
