package lkip

import (
	"bufio"
	"errors"
	"io"

	"github.com/pemkab/sakip/anggaran"
)

// RenderHTML writes the whole LKIP as one self-contained HTML document for
// printing on A4: print CSS with page breaks between chapters, table
// headers repeated on every page (thead), page numbers in the page margin
// where the browser supports CSS page-margin boxes, inline SVG bar charts
// of capaian per IKU and realisasi per program, and no external assets.
// Every text from the data is HTML-escaped (& < > ' " + and NUL, as
// html/template escapes them) and every anchor in a link is percent-encoded;
// the document is written directly, without html/template, so that a
// WebAssembly build that renders it stays small.
func RenderHTML(w io.Writer, l *Laporan) error {
	if w == nil || l == nil {
		return errTanpaTujuan
	}
	h := htmlWriter{w: bufio.NewWriter(w)}
	h.dokumen(l.judulDokumen(), l.susun())
	return h.w.Flush()
}

// errTanpaTujuan is what every renderer returns for a nil writer or report.
var errTanpaTujuan = errors.New("lkip: tidak ada tujuan tulis atau laporan (nil)")

// gayaCetak is the print style sheet.
const gayaCetak = `@page { size: A4; margin: 20mm 18mm 22mm 25mm;
  @bottom-center { content: counter(page); font-size: 9pt; } }
@page :first { @bottom-center { content: none; } }
@page rebah { size: A4 landscape; margin: 20mm 18mm 22mm 25mm;
  @bottom-center { content: counter(page); font-size: 9pt; } }
div.rebah { page: rebah; }
@media print { div.rebah { max-width: none; width: 254mm; } }
html { background: #fff; color: #000; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.45; margin: 0 auto; max-width: 170mm; }
@media screen { body { padding: 12mm 8mm; } section.bab { border-top: 1px dashed #999; padding-top: 8mm; } }
section.bab { break-before: page; }
section.bab:first-of-type { break-before: auto; border-top: none; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 12pt; }
h2 { font-size: 12.5pt; margin: 14pt 0 6pt; break-after: avoid; }
h3, h4 { font-size: 12pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; text-align: justify; }
ul.daftar { list-style: none; margin: 0 0 6pt; padding-left: 2em; }
ul.daftar li { margin: 0 0 2pt; }
ul.daftar li > .label { display: inline-block; min-width: 2em; margin-left: -2em; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.lebar { font-size: 8.5pt; }
caption { caption-side: top; font-weight: bold; text-align: center; padding-bottom: 4pt; }
th, td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.angka { text-align: right; white-space: nowrap; width: 1%; }
th.angka { white-space: normal; hyphens: auto; }
.tebal { font-weight: bold; }
tr.jumlah td { font-weight: bold; background: #f2f2f2; }
p.sumber, p.catatan { font-size: 9pt; margin-top: -4pt; }
p.catatan { font-style: italic; }
figure.grafik { margin: 6pt 0 10pt; break-inside: avoid; }
figure.grafik figcaption { font-weight: bold; text-align: center; font-size: 10pt; }
figure.grafik svg { width: 100%; height: auto; }
.sampul { text-align: center; min-height: 240mm; display: flex; flex-direction: column; justify-content: space-between; padding: 10mm 0; }
.sampul .pemda, .sampul .dinas { font-size: 15pt; font-weight: bold; }
.sampul .judul { font-size: 18pt; font-weight: bold; }
.ttd { margin: 18pt 0 0 50%; break-inside: avoid; text-align: left; }
.ttd p { margin: 0; text-align: left; }
.ttd .nama { margin-top: 54pt; font-weight: bold; text-decoration: underline; }
nav.isi ul { list-style: none; padding-left: 0; }
nav.isi ul ul { padding-left: 2em; }
nav.isi a { color: #000; text-decoration: none; }
`

// svgData is a bar chart laid out in SVG user units.
type svgData struct {
	Judul, Catatan string
	Lebar, Tinggi  int
	Batang         []svgBatang
	Acuan          *svgAcuan
}

type svgBatang struct {
	Label, Teks                   string
	LabelY, BarY, W, TeksX, TeksY int
}

type svgAcuan struct {
	X, Y2, TeksY int
	Teks         string
}

// svgGrafik lays out a horizontal bar chart: one row per bar (label above,
// bar below, value after the bar), scaled by [Grafik.Panjang] so that the
// largest value or the reference line fills the width. Negative values
// are drawn as zero.
func svgGrafik(g *Grafik) svgData {
	const (
		lebar = 640
		area  = 520 // width of the longest bar
		baris = 34
		atas  = 16
	)
	out := svgData{Judul: g.Judul, Catatan: g.Catatan, Lebar: lebar, Tinggi: atas + baris*len(g.Batang) + 4}
	for i, b := range g.Batang {
		y := atas + i*baris
		w := g.Panjang(i, area)
		out.Batang = append(out.Batang, svgBatang{Label: b.Label, Teks: b.Teks, LabelY: y + 10, BarY: y + 14, W: w, TeksX: w + 4, TeksY: y + 24})
	}
	if g.Acuan != nil {
		out.Acuan = &svgAcuan{X: g.Panjang(-1, area), Y2: out.Tinggi, TeksY: 10, Teks: anggaran.FormatAngka(*g.Acuan, -1) + "%"}
	}
	return out
}
