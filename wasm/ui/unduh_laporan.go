package ui

import (
	"bytes"
	"errors"
	"io"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/lkip"
)

// Jenis berkas the report is downloaded as (lkip renders them; the page
// only saves the bytes).
var unduhanLaporan = []struct {
	id, label, akhiran, mime string
	render                   func(io.Writer, *lkip.Laporan) error
}{
	{"unduh-docx", "Unduh Word (.docx)", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", lkip.RenderDOCX},
	{"unduh-xlsx", "Unduh tabel Excel (.xlsx)", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", lkip.RenderXLSX},
}

// LaporanBerkas returns the report of the active document rendered by
// render, and a file name for it ending in akhiran.
func (t *Toko) LaporanBerkas(akhiran string, render func(io.Writer, *lkip.Laporan) error) (string, []byte, error) {
	t.Segarkan()
	if t.Dok == nil || t.Lap == nil {
		return "", nil, errors.New("belum ada dokumen untuk diunduh")
	}
	var b bytes.Buffer
	if err := render(&b, t.Lap); err != nil {
		return "", nil, err
	}
	return "lkip-" + namaBerkas(namaDokumen(t.Dok)) + akhiran, b.Bytes(), nil
}

// tombolUnduh are the Laporan page's buttons that download the report as
// Word and its tables as Excel.
func (p *Laporan) tombolUnduh() []app.UI {
	t := p.Toko
	out := make([]app.UI, len(unduhanLaporan))
	for i, u := range unduhanLaporan {
		out[i] = el("button").Class("kedua").ID(u.id).Text(u.label).OnClick(func(ctx app.Context, e app.Event) {
			nama, data, err := t.LaporanBerkas(u.akhiran, u.render)
			if err != nil {
				t.Galat = "Laporan tidak dapat diunduh: " + err.Error()
				return
			}
			unduh(nama, u.mime, data)
		}, app.EventScope(u.id))
	}
	return out
}
