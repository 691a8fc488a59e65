package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Beranda is the home page: the key figures of the active document.
type Beranda struct{ dasar }

// Render implements app.Composer.
func (p *Beranda) Render() app.UI {
	return p.bingkai("/", "Beranda", p.Toko.kosong())
}

// Kinerja is the page of the Renstra tree and the indicators.
type Kinerja struct{ dasar }

// Render implements app.Composer.
func (p *Kinerja) Render() app.UI {
	return p.bingkai("/kinerja", "Kinerja", p.Toko.kosong())
}

// Anggaran is the page of the budget table.
type Anggaran struct{ dasar }

// Render implements app.Composer.
func (p *Anggaran) Render() app.UI {
	return p.bingkai("/anggaran", "Anggaran", p.Toko.kosong())
}

// Reviu is the page of the findings.
type Reviu struct{ dasar }

// Render implements app.Composer.
func (p *Reviu) Render() app.UI {
	return p.bingkai("/reviu", "Reviu", p.Toko.kosong())
}

// Laporan is the page of the printable report.
type Laporan struct{ dasar }

// Render implements app.Composer.
func (p *Laporan) Render() app.UI {
	return p.bingkai("/laporan", "Laporan", p.Toko.kosong())
}

// Data is the page of the documents kept in the browser.
type Data struct{ dasar }

// Render implements app.Composer.
func (p *Data) Render() app.UI {
	return p.bingkai("/data", "Data", p.Toko.kosong())
}

// kosong renders the hint shown while no document is open.
func (t *Toko) kosong() app.UI {
	if !t.siap {
		return app.P().Class("redup").Text("Memuat data dari browser…")
	}
	return app.P().Body(
		app.Text("Belum ada dokumen. Buka halaman "),
		app.A().Href(tautan("/data")).Text("Data"),
		app.Text(" untuk memuat contoh atau mengimpor berkas."),
	)
}
