package ui

import (
	"bytes"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/lkip"
)

// Laporan is the report page: lkip's HTML report in a sandboxed frame, with
// a print button (the browser's "Save as PDF" makes the PDF).
type Laporan struct{ dasar }

// Render implements app.Composer.
func (p *Laporan) Render() app.UI {
	t := p.Toko
	t.Segarkan()
	if t.Lap == nil {
		return p.bingkai("/laporan", "Laporan", t.kosong())
	}
	doc, err := t.laporanHTML()
	if err != nil {
		return p.bingkai("/laporan", "Laporan", el("p").Class("galat").Text("Laporan tidak dapat disusun: "+err.Error()))
	}
	return p.bingkai("/laporan", "Laporan",
		el("div").Class("aksi").Body(
			append([]app.UI{el("button").ID("cetak").Text("Cetak / simpan PDF").OnClick(p.cetak)}, p.tombolUnduh()...)...,
		),
		// The report is a separate document: sandboxed without scripts (no
		// allow-scripts, so nothing in it can run even if it contained a
		// script), same origin only so that this page can print it, and
		// under a policy that forbids every request.
		el("iframe").ID("laporan").Class("laporan").Title("Laporan LKIP").
			Attr("sandbox", "allow-same-origin allow-modals").
			Attr("srcdoc", doc),
	)
}

// cetak prints the report frame.
func (p *Laporan) cetak(ctx app.Context, e app.Event) {
	f := app.Window().GetElementByID("laporan")
	if f.Truthy() {
		f.Get("contentWindow").Call("print")
	}
}

// kebijakanLaporan forbids the report document any request and any script:
// it needs only its own inline style and data: images.
const kebijakanLaporan = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`

// laporanHTML returns the report of the current Lap, rendering it only when
// Lap has changed.
func (t *Toko) laporanHTML() (string, error) {
	if t.laporan.lap == t.Lap && t.laporan.html != "" {
		return t.laporan.html, nil
	}
	s, err := laporanHTML(t.Lap)
	if err != nil {
		return "", err
	}
	t.laporan.lap, t.laporan.html = t.Lap, s
	return s, nil
}

// laporanHTML renders lkip's report and puts kebijakanLaporan first in its
// head (or first of all when it has none).
func laporanHTML(l *lkip.Laporan) (string, error) {
	var b bytes.Buffer
	if err := lkip.RenderHTML(&b, l); err != nil {
		return "", err
	}
	s := b.String()
	lower := strings.ToLower(s)
	if i := strings.Index(lower, "<head>"); i >= 0 {
		i += len("<head>")
		return s[:i] + kebijakanLaporan + s[i:], nil
	}
	return kebijakanLaporan + s, nil
}
