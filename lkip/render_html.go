package lkip

import (
	"bufio"
	"html/template"
	"io"
	"strconv"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// RenderHTML writes the whole LKIP as one self-contained HTML document for
// printing on A4: print CSS with page breaks between chapters, table
// headers repeated on every page (thead), page numbers in the page margin
// where the browser supports CSS page-margin boxes, inline SVG bar charts
// of capaian per IKU and realisasi per program, and no external assets.
// Every text from the data is HTML-escaped (html/template).
func RenderHTML(w io.Writer, l *Laporan) error {
	d := l.Dokumen
	data := struct {
		Judul string
		CSS   template.CSS
		Bab   []bab
	}{
		Judul: "LKIP " + namaDinas(&d.Identitas) + " Tahun " + strconv.Itoa(d.Identitas.Tahun),
		CSS:   template.CSS(gayaCetak),
		Bab:   l.susun(),
	}
	bw := bufio.NewWriter(w)
	if err := tmplHTML.Execute(bw, data); err != nil {
		return err
	}
	return bw.Flush()
}

// gayaCetak is the print style sheet.
const gayaCetak = `@page { size: A4; margin: 20mm 18mm 22mm 25mm;
  @bottom-center { content: counter(page); font-size: 9pt; } }
@page :first { @bottom-center { content: none; } }
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

var tmplHTML = template.Must(template.New("lkip").Funcs(template.FuncMap{"svg": svgGrafik}).Parse(`<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Judul}}</title>
<style>{{.CSS}}</style>
</head>
<body>
{{range .Bab}}<section class="bab" id="{{.ID}}">
{{if .Judul}}<h1>{{.Judul}}</h1>
{{end}}{{range .Isi}}{{template "elemen" .}}{{end}}</section>
{{end}}</body>
</html>
{{define "inline"}}{{range .}}{{if .Strong}}<strong>{{.Teks}}</strong>{{else if .Em}}<em>{{.Teks}}</em>{{else}}{{.Teks}}{{end}}{{end}}{{end}}
{{define "butir"}}<ul class="daftar">
{{range .}}<li>{{if .Label}}<span class="label">{{.Label}}</span>{{else}}<span class="label">•</span>{{end}}{{template "inline" .Teks}}{{if .Anak}}
{{template "butir" .Anak}}{{end}}</li>
{{end}}</ul>
{{end}}
{{define "sel"}}{{range .}}<td{{if .Span}} colspan="{{.Span}}"{{end}}{{if or .Angka .Tebal}} class="{{if .Angka}}angka{{end}}{{if and .Angka .Tebal}} {{end}}{{if .Tebal}}tebal{{end}}"{{end}}>{{.Teks}}</td>{{end}}{{end}}
{{define "elemen"}}{{if eq .Jenis "judul"}}{{if eq .Level 2}}<h2 id="{{.ID}}">{{template "inline" .Teks}}</h2>
{{else if eq .Level 3}}<h3 id="{{.ID}}">{{template "inline" .Teks}}</h3>
{{else}}<h4 id="{{.ID}}">{{template "inline" .Teks}}</h4>
{{end}}{{else if eq .Jenis "paragraf"}}<p>{{template "inline" .Teks}}</p>
{{else if eq .Jenis "daftar"}}{{template "butir" .Butir}}{{else if eq .Jenis "tabel"}}{{with .Tabel}}<table{{if .Lebar}} class="{{.Lebar}}"{{end}}>
{{if or .Nomor .Judul}}<caption>{{.Nomor}}{{if and .Nomor .Judul}}<br>{{end}}{{.Judul}}</caption>
{{end}}<thead><tr>{{range .Kepala}}<th{{if .Angka}} class="angka"{{end}}>{{.Teks}}</th>{{end}}</tr></thead>
<tbody>
{{range .Badan}}<tr>{{template "sel" .}}</tr>
{{end}}{{range .Kaki}}<tr class="jumlah">{{template "sel" .}}</tr>
{{end}}</tbody>
</table>
{{if .Sumber}}<p class="sumber">Sumber: {{.Sumber}}</p>
{{end}}{{if .Catatan}}<p class="catatan">{{.Catatan}}</p>
{{end}}{{end}}{{else if eq .Jenis "grafik"}}{{with svg .Grafik}}<figure class="grafik">
<figcaption>{{.Judul}}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{.Lebar}} {{.Tinggi}}" role="img" aria-label="{{.Judul}}">
{{range .Batang}}<text x="0" y="{{.LabelY}}" font-size="11">{{.Label}}</text>
<rect x="0" y="{{.BarY}}" width="{{.W}}" height="12" fill="#4a6fa5"></rect>
<text x="{{.TeksX}}" y="{{.TeksY}}" font-size="10">{{.Teks}}</text>
{{end}}{{with .Acuan}}<line x1="{{.X}}" y1="0" x2="{{.X}}" y2="{{.Y2}}" stroke="#c0392b" stroke-dasharray="4 3"></line>
<text x="{{.X}}" y="{{.TeksY}}" font-size="10" fill="#c0392b" text-anchor="middle">{{.Teks}}</text>
{{end}}</svg>
{{if .Catatan}}<p class="catatan">{{.Catatan}}</p>
{{end}}</figure>
{{end}}{{else if eq .Jenis "ttd"}}{{with .TTD}}<div class="ttd">
<p>{{.TempatTanggal}}</p>
{{range .Jabatan}}<p>{{.}}</p>
{{end}}<p class="nama">{{.Nama}}</p>
<p>{{.Pangkat}}</p>
<p>{{.NIP}}</p>
</div>
{{end}}{{else if eq .Jenis "sampul"}}{{with .Sampul}}<div class="sampul">
<p class="pemda">{{.Pemda}}</p>
<p class="judul">{{.Judul}}<br>{{.Tahun}}</p>
<p class="dinas">{{.Dinas}}</p>
<p>{{.Alamat}}<br><strong>{{.Kota}}</strong></p>
</div>
{{end}}{{else if eq .Jenis "daftar_isi"}}<nav class="isi"><ul>
{{range .Isi}}<li{{if eq .Level 2}} class="sub"{{end}}><a href="#{{.ID}}">{{.Judul}}</a></li>
{{end}}</ul></nav>
{{end}}{{end}}`))

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
// bar below, value after the bar), scaled so that the largest value or the
// reference line fills the width. Negative values are drawn as zero.
func svgGrafik(g *grafik) svgData {
	const (
		lebar = 640
		area  = 520 // width of the longest bar
		baris = 34
		atas  = 16
	)
	maks := decimal.Zero
	for _, b := range g.Batang {
		if b.Nilai.GreaterThan(maks) {
			maks = b.Nilai
		}
	}
	if g.Acuan != nil && g.Acuan.GreaterThan(maks) {
		maks = *g.Acuan
	}
	skala := func(v decimal.Decimal) int {
		if maks.IsZero() || v.IsNegative() {
			return 0
		}
		return int(v.Mul(decimal.NewFromInt(area)).DivRound(maks, 0).IntPart())
	}
	out := svgData{Judul: g.Judul, Catatan: g.Catatan, Lebar: lebar, Tinggi: atas + baris*len(g.Batang) + 4}
	for i, b := range g.Batang {
		y := atas + i*baris
		w := skala(b.Nilai)
		out.Batang = append(out.Batang, svgBatang{Label: b.Label, Teks: b.Teks, LabelY: y + 10, BarY: y + 14, W: w, TeksX: w + 4, TeksY: y + 24})
	}
	if g.Acuan != nil {
		out.Acuan = &svgAcuan{X: skala(*g.Acuan), Y2: out.Tinggi, TeksY: 10, Teks: anggaran.FormatAngka(*g.Acuan, -1) + "%"}
	}
	return out
}
