package rekap

import (
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"strings"

	"github.com/pemkab/sakip/lkip"
)

type htmlData struct {
	Judul, Ringkas, Saringan string
	Perhatian                []htmlPerhatian
	Kepala                   []string
	Baris                    []htmlBaris
	Jumlah                   []string
	Keterangan               string
	Temuan                   []htmlTemuan
	Grafik                   []svgGrafik
}

type htmlPerhatian struct {
	Dinas, Berkas string
	Alasan        []string
}

type htmlBaris struct {
	Kelas string
	Sel   []string
}

type htmlTemuan struct {
	Tingkat, Teks string
}

type svgGrafik struct {
	Judul, Catatan string
	Tinggi         int
	Batang         []svgBatang
	AcuanX         int
	AcuanTeks      string
	Acuan          bool
}

type svgBatang struct {
	Label, Teks   string
	Y, W, TeksX   int
	TeksY, LabelY int
	Kelas         string
}

const (
	svgLabel = 300 // width of the labels
	svgBar   = 560 // width of the longest bar
	svgBaris = 16  // height of one bar's row
)

func svgDari(g *lkip.Grafik, rendah func(i int) bool) svgGrafik {
	s := svgGrafik{Judul: g.Judul, Catatan: g.Catatan, Tinggi: len(g.Batang)*svgBaris + 24}
	for i, b := range g.Batang {
		y := i*svgBaris + 4
		w := g.Panjang(i, svgBar)
		k := ""
		if rendah != nil && rendah(i) {
			k = "rendah"
		}
		s.Batang = append(s.Batang, svgBatang{Label: potong(b.Label, 48), Teks: b.Teks, Y: y, W: w, TeksX: svgLabel + w + 4, TeksY: y + 11, LabelY: y + 11, Kelas: k})
	}
	if g.Acuan != nil {
		s.Acuan = true
		s.AcuanX = svgLabel + g.Panjang(-1, svgBar)
		s.AcuanTeks = lkipPersen(*g.Acuan)
	}
	return s
}

func potong(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

var tmpl = template.Must(template.New("rekap").Funcs(template.FuncMap{
	"lebar": func() int { return svgLabel + svgBar + 90 },
	"xBar":  func() int { return svgLabel },
	// angka: the columns of figures (right-aligned): all but No, Dinas,
	// Bidang, Predikat and Lengkap.
	"angka": func(i, n int) bool { return i >= 3 && i != 8 && i != n-1 },
}).Parse(`<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{{.Judul}}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "Times New Roman", serif; font-size: 10pt; color: #000; margin: 0 auto; max-width: 277mm; }
h1 { font-size: 14pt; text-align: center; }
h2 { font-size: 12pt; margin-top: 14pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; }
th, td { border: 1px solid #000; padding: 1pt 3pt; vertical-align: top; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.angka { text-align: right; white-space: nowrap; }
tr.jumlah td { font-weight: bold; }
tr.tidak td { color: #666; font-style: italic; }
tr.perhatian td:nth-child(2) { font-weight: bold; }
li.kesalahan { color: #900; }
figure { margin: 10pt 0; break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 4pt; }
svg { width: 100%; height: auto; }
svg text { font-size: 9px; font-family: sans-serif; }
svg rect { fill: #4a6fa5; }
svg rect.rendah { fill: #c0392b; }
svg line { stroke: #000; stroke-dasharray: 3 2; }
</style>
</head>
<body>
<h1>{{.Judul}}</h1>
<p>{{.Ringkas}}</p>
{{if .Saringan}}<p><em>{{.Saringan}}</em></p>{{end}}
<h2>Perlu perhatian ({{len .Perhatian}} dinas)</h2>
{{if .Perhatian}}<ol>{{range .Perhatian}}<li><strong>{{.Dinas}}</strong> ({{.Berkas}}): {{range $i, $a := .Alasan}}{{if $i}}; {{end}}{{$a}}{{end}}</li>{{end}}</ol>{{else}}<p>Tidak ada dinas yang perlu perhatian.</p>{{end}}
<h2>Rekap per dinas</h2>
<table>
<thead><tr>{{range .Kepala}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Baris}}<tr{{if .Kelas}} class="{{.Kelas}}"{{end}}>{{$n := len .Sel}}{{range $i, $s := .Sel}}<td{{if angka $i $n}} class="angka"{{end}}>{{$s}}</td>{{end}}</tr>
{{end}}<tr class="jumlah">{{$n := len .Jumlah}}{{range $i, $s := .Jumlah}}<td{{if angka $i $n}} class="angka"{{end}}>{{$s}}</td>{{end}}</tr>
</tbody>
</table>
<p>{{.Keterangan}}</p>
<h2>Temuan lintas dinas ({{len .Temuan}})</h2>
{{if .Temuan}}<ul>{{range .Temuan}}<li class="{{.Tingkat}}">{{.Teks}}</li>{{end}}</ul>{{else}}<p>Tidak ada temuan.</p>{{end}}
{{range .Grafik}}<figure>
<figcaption>{{.Judul}}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{lebar}} {{.Tinggi}}" role="img" aria-label="{{.Judul}}">
{{range .Batang}}<text x="{{xBar}}" y="{{.LabelY}}" text-anchor="end" dx="-4">{{.Label}}</text><rect x="{{xBar}}" y="{{.Y}}" width="{{.W}}" height="12"{{if .Kelas}} class="{{.Kelas}}"{{end}}/><text x="{{.TeksX}}" y="{{.TeksY}}">{{.Teks}}</text>
{{end}}{{if .Acuan}}<line x1="{{.AcuanX}}" y1="0" x2="{{.AcuanX}}" y2="{{.Tinggi}}"/><text x="{{.AcuanX}}" y="{{.Tinggi}}" dx="2" dy="-2">{{.AcuanTeks}}</text>{{end}}
</svg>
{{if .Catatan}}<p>{{.Catatan}}</p>{{end}}
</figure>
{{end}}</body>
</html>
`))

// RenderHTML writes the rekap as one self-contained, print-ready HTML page
// (A4 landscape, no external assets): the summary, the dinas that need
// attention, the table with the totals, the cross-dinas findings, and the
// charts of serapan per dinas and of the predikat distribution as inline
// SVG.
func RenderHTML(w io.Writer, r *Rekap) error {
	if w == nil || r == nil {
		return fmt.Errorf("rekap: tidak ada tujuan tulis atau rekap (nil)")
	}
	d := htmlData{Judul: r.judul(), Ringkas: r.ringkas(), Saringan: r.keteranganSaringan(), Kepala: r.kolomTabel(), Jumlah: r.selJumlah(),
		Keterangan: "K, P, C: kesalahan, peringatan, catatan reviu. " + strings.Join(r.keteranganPredikat(), ", ") + ": IKU per predikat. Efisiensi: capaian − serapan."}
	for _, b := range r.Perhatian() {
		p := htmlPerhatian{Dinas: namaAtauBerkas(&b), Berkas: filepath.Base(b.Berkas)}
		for _, a := range b.Perhatian {
			p.Alasan = append(p.Alasan, a.Pesan)
		}
		d.Perhatian = append(d.Perhatian, p)
	}
	for i := range r.Baris {
		b := &r.Baris[i]
		k := ""
		switch {
		case !b.Dihitung:
			k = "tidak"
		case len(b.Perhatian) > 0:
			k = "perhatian"
		}
		d.Baris = append(d.Baris, htmlBaris{Kelas: k, Sel: r.sel(b)})
	}
	for _, t := range r.Temuan {
		d.Temuan = append(d.Temuan, htmlTemuan{Tingkat: t.Tingkat.String(), Teks: lkip.BarisTemuan(t)})
	}
	if g := r.GrafikSerapan(); g != nil {
		d.Grafik = append(d.Grafik, svgDari(g, func(i int) bool { return g.Batang[i].Nilai.LessThan(r.Opsi.SerapanRendah) }))
	}
	if g := r.GrafikPredikat(); g != nil {
		d.Grafik = append(d.Grafik, svgDari(g, nil))
	}
	if err := tmpl.Execute(w, d); err != nil {
		return fmt.Errorf("rekap: %w", err)
	}
	return nil
}
