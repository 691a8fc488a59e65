// Command pustaka is the minimal go-app v10 program plus the sakip library
// calls the PWA makes (parse, compute, encode, render the report, read an
// anggaran CSV, a spreadsheet import through lkip/impor, the report as DOCX
// and XLSX, the kabupaten rekap of the stored documents and its XLSX, the
// search of the nomenclature, next year's document, the progress view, the
// data files of a ZIP archive), and nothing else. The browser test of the PWA builds it
// like app.wasm to tell the weight of the library from the weight of the
// user interface.
package main

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/lkip/impor"
	"github.com/pemkab/sakip/lkip/rekap"
)

type laporan struct{ app.Compo }

func (l *laporan) Render() app.UI {
	d := lkip.Contoh()
	if d2, err := lkip.Parse([]byte(app.Getenv("DATA")), "data.json"); err == nil {
		d = d2
	}
	if a, err := anggaran.ParseCSV(strings.NewReader(app.Getenv("CSV")), "a.csv", anggaran.OpsiCSV{}); err == nil {
		d.Anggaran = a
	}
	// a spreadsheet import (the Impor page): read, propose, build, preview, apply
	if ls, err := impor.Baca("a.xlsx", []byte(app.Getenv("XLSX"))); err == nil {
		u := impor.Usulkan(ls[0])
		u.PakaiPemetaan(map[string]string{app.Getenv("JUDUL"): app.Getenv("KOLOM")})
		if h, err := impor.Susun(ls[0], u, impor.Opsi{}); err == nil {
			if p, err := impor.Pratinjau(d, h); err == nil && len(p.Baris) > 0 {
				if d2, err := impor.Terapkan(d, h); err == nil {
					d = d2
				}
			}
		}
	}
	lap, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		return app.H1().Text(err.Error())
	}
	data, _ := d.Encode()
	lkip.RenderHTML(io.Discard, lap)
	lkip.RenderDOCX(io.Discard, lap)
	lkip.RenderXLSX(io.Discard, lap)
	p := rekap.New(rekap.Opsi{})
	p.TambahData("a.json", data)
	if z, err := zip.NewReader(bytes.NewReader([]byte(app.Getenv("ZIP"))), int64(len(app.Getenv("ZIP")))); err == nil {
		for _, f := range z.File {
			if rc, err := f.Open(); err == nil {
				b, _ := io.ReadAll(rc)
				p.TambahData(f.Name, b)
				rc.Close()
			}
		}
	}
	if n, catatan, err := d.Lanjutkan(); err == nil {
		p.Tambah("b.json", n)
		data = append(data, catatan[0]...)
	}
	data = append(data, lap.Kelengkapan().Kurang()[0]...)
	r := p.Rekap()
	r.Urutkan(rekap.KolomSerapan, true)
	r = r.Saring(rekap.Saringan{Dinas: app.Getenv("DINAS"), Perhatian: true})
	rekap.RenderXLSX(io.Discard, r)
	return app.H1().Text(strconv.Itoa(len(data)+len(r.Perhatian())+len(anggaran.CariNomenklatur(app.Getenv("CARI"), anggaran.OpsiCari{}))) + anggaran.FormatRupiah(lap.Ringkasan.Pagu.Decimal))
}

func main() {
	app.Route("/", func() app.Composer { return &laporan{} })
	app.RunWhenOnBrowser()
}
