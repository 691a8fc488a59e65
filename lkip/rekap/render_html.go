package rekap

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/lkip"
)

type htmlData struct {
	Judul, Ringkas, Saringan string
	Perhatian                []htmlPerhatian
	Kepala                   []string
	Angka                    []bool // the columns of figures, right-aligned
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

// gayaHTML is the print style sheet of the rekap page.
const gayaHTML = `@page { size: A4 landscape; margin: 12mm; }
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
`

// tulisHTML writes the page of d. Every text from the data is escaped with
// html.EscapeString; the page is written directly, without html/template,
// whose reflective method calls would keep every exported method of the
// program alive in a WebAssembly build (the PWA links this package).
func tulisHTML(w *bufio.Writer, d *htmlData) {
	t := func(s string) { w.WriteString(html.EscapeString(s)) }
	s := func(s string) { w.WriteString(s) }
	n := func(i int) { w.WriteString(strconv.Itoa(i)) }
	s("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
	t(d.Judul)
	s("</title>\n<style>\n" + gayaHTML + "</style>\n</head>\n<body>\n<h1>")
	t(d.Judul)
	s("</h1>\n<p>")
	t(d.Ringkas)
	s("</p>\n")
	if d.Saringan != "" {
		s("<p><em>")
		t(d.Saringan)
		s("</em></p>\n")
	}
	s("<h2>Perlu perhatian (")
	n(len(d.Perhatian))
	s(" dinas)</h2>\n")
	if len(d.Perhatian) == 0 {
		s("<p>Tidak ada dinas yang perlu perhatian.</p>\n")
	} else {
		s("<ol>")
		for _, p := range d.Perhatian {
			s("<li><strong>")
			t(p.Dinas)
			s("</strong> (")
			t(p.Berkas)
			s("): ")
			t(strings.Join(p.Alasan, "; "))
			s("</li>")
		}
		s("</ol>\n")
	}
	s("<h2>Rekap per dinas</h2>\n<table>\n<thead><tr>")
	for _, k := range d.Kepala {
		s("<th>")
		t(k)
		s("</th>")
	}
	s("</tr></thead>\n<tbody>\n")
	baris := func(kelas string, sel []string) {
		s("<tr")
		if kelas != "" {
			s(` class="`)
			t(kelas)
			s(`"`)
		}
		s(">")
		for i, c := range sel {
			if i < len(d.Angka) && d.Angka[i] {
				s(`<td class="angka">`)
			} else {
				s("<td>")
			}
			t(c)
			s("</td>")
		}
		s("</tr>\n")
	}
	for _, b := range d.Baris {
		baris(b.Kelas, b.Sel)
	}
	baris("jumlah", d.Jumlah)
	s("</tbody>\n</table>\n<p>")
	t(d.Keterangan)
	s("</p>\n<h2>Temuan lintas dinas (")
	n(len(d.Temuan))
	s(")</h2>\n")
	if len(d.Temuan) == 0 {
		s("<p>Tidak ada temuan.</p>\n")
	} else {
		s("<ul>")
		for _, f := range d.Temuan {
			s(`<li class="`)
			t(f.Tingkat)
			s(`">`)
			t(f.Teks)
			s("</li>")
		}
		s("</ul>\n")
	}
	for _, g := range d.Grafik {
		s("<figure>\n<figcaption>")
		t(g.Judul)
		s(`</figcaption>` + "\n" + `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 `)
		n(svgLabel + svgBar + 90)
		s(" ")
		n(g.Tinggi)
		s(`" role="img" aria-label="`)
		t(g.Judul)
		s("\">\n")
		for _, b := range g.Batang {
			s(`<text x="`)
			n(svgLabel)
			s(`" y="`)
			n(b.LabelY)
			s(`" text-anchor="end" dx="-4">`)
			t(b.Label)
			s(`</text><rect x="`)
			n(svgLabel)
			s(`" y="`)
			n(b.Y)
			s(`" width="`)
			n(b.W)
			s(`" height="12"`)
			if b.Kelas != "" {
				s(` class="`)
				t(b.Kelas)
				s(`"`)
			}
			s(`/><text x="`)
			n(b.TeksX)
			s(`" y="`)
			n(b.TeksY)
			s(`">`)
			t(b.Teks)
			s("</text>\n")
		}
		if g.Acuan {
			s(`<line x1="`)
			n(g.AcuanX)
			s(`" y1="0" x2="`)
			n(g.AcuanX)
			s(`" y2="`)
			n(g.Tinggi)
			s(`"/><text x="`)
			n(g.AcuanX)
			s(`" y="`)
			n(g.Tinggi)
			s(`" dx="2" dy="-2">`)
			t(g.AcuanTeks)
			s("</text>")
		}
		s("\n</svg>\n")
		if g.Catatan != "" {
			s("<p>")
			t(g.Catatan)
			s("</p>\n")
		}
		s("</figure>\n")
	}
	s("</body>\n</html>\n")
}

// RenderHTML writes the rekap as one self-contained, print-ready HTML page
// (A4 landscape, no external assets): the summary, the dinas that need
// attention, the table with the totals, the cross-dinas findings, and the
// charts of serapan per dinas and of the predikat distribution as inline
// SVG.
func RenderHTML(w io.Writer, r *Rekap) error {
	if w == nil || r == nil {
		return fmt.Errorf("rekap: tidak ada tujuan tulis atau rekap (nil)")
	}
	tb := r.Tabel() // the one layout of the table per dinas
	d := htmlData{Judul: r.judul(), Ringkas: r.ringkas(), Saringan: r.keteranganSaringan(), Jumlah: tb.Kaki[0].Sel,
		Keterangan: "K, P, C: kesalahan, peringatan, catatan reviu. " + strings.Join(r.keteranganPredikat(), ", ") + ": IKU per predikat. Efisiensi: capaian − serapan."}
	for _, b := range r.Perhatian() {
		p := htmlPerhatian{Dinas: namaAtauBerkas(&b), Berkas: filepath.Base(b.Berkas)}
		for _, a := range b.Perhatian {
			p.Alasan = append(p.Alasan, a.Pesan)
		}
		d.Perhatian = append(d.Perhatian, p)
	}
	for _, k := range tb.Kolom {
		d.Kepala = append(d.Kepala, k.Judul)
		d.Angka = append(d.Angka, k.Angka)
	}
	for _, tr := range tb.Badan {
		b := &r.Baris[tr.Indeks]
		k := ""
		switch {
		case !b.Dihitung:
			k = "tidak"
		case len(b.Perhatian) > 0:
			k = "perhatian"
		}
		d.Baris = append(d.Baris, htmlBaris{Kelas: k, Sel: tr.Sel})
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
	bw := bufio.NewWriter(w)
	tulisHTML(bw, &d)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("rekap: %w", err)
	}
	return nil
}
