package lkip

import (
	"bufio"
	"strconv"
)

// This file writes the HTML report element by element. It replaces an
// html/template whose reflection kept every exported method of the
// program alive in a WebAssembly build (about 4 MB). The bytes written are
// the ones that template wrote: text and attribute values go through
// tulisTeks, the anchor of a link through tulisURL, numbers through
// strconv.Itoa, and the style sheet is written as it is.

// htmlWriter writes the report's HTML to a buffered writer. A write error
// is kept by the bufio.Writer and returned by its Flush.
type htmlWriter struct {
	w *bufio.Writer
}

// s writes trusted markup (a literal of this file).
func (h htmlWriter) s(s string) { h.w.WriteString(s) }

// t writes text from the data, escaped for HTML text and quoted attribute
// values.
func (h htmlWriter) t(s string) { tulisTeks(h.w, s) }

// n writes an integer in decimal.
func (h htmlWriter) n(i int) {
	var buf [24]byte
	h.w.Write(strconv.AppendInt(buf[:0], int64(i), 10))
}

// gantiHTML is the replacement of each byte that html/template escapes in
// text, RCDATA (title) and quoted attribute values; "" keeps the byte.
// The C0 control characters other than tab, LF and CR, which HTML and XML
// forbid (text pasted from a word processor brings them), become U+FFFD
// like NUL does.
var gantiHTML = func() [63]string {
	var g [63]string
	for c := 0; c < 0x20; c++ {
		if c != '\t' && c != '\n' && c != '\r' {
			g[c] = "\uFFFD"
		}
	}
	g['"'], g['&'], g['\''], g['+'], g['<'], g['>'] = "&#34;", "&amp;", "&#39;", "&#43;", "&lt;", "&gt;"
	return g
}()

// bersihKontrol replaces the control characters gantiHTML replaces with
// U+FFFD, for the places that encode text further (link anchors).
// It works on bytes (a control character is one byte in UTF-8), so
// invalid UTF-8 stays as it is.
func bersihKontrol(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 && gantiHTML[s[i]] != "" {
			if b == nil {
				b = append(make([]byte, 0, len(s)+8), s[:i]...)
			}
			b = append(b, "\uFFFD"...)
			continue
		}
		if b != nil {
			b = append(b, s[i])
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// tulisTeks writes s escaped as html/template escapes a string in HTML
// text and in a quoted attribute value: NUL " & ' + < > are replaced, and
// so are the other forbidden control characters (see gantiHTML); every
// other byte, valid UTF-8 or not, is kept.
func tulisTeks(w *bufio.Writer, s string) {
	ditulis := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if int(c) >= len(gantiHTML) || gantiHTML[c] == "" {
			continue
		}
		w.WriteString(s[ditulis:i])
		w.WriteString(gantiHTML[c])
		ditulis = i + 1
	}
	w.WriteString(s[ditulis:])
}

// tulisURL writes s as html/template writes a value in the query or
// fragment of a URL attribute (after "#"): every byte except the
// unreserved ASCII letters, digits and - . _ ~ is percent-encoded with
// lower-case hex digits, so nothing is left to escape for the attribute.
func tulisURL(w *bufio.Writer, s string) {
	const hex = "0123456789abcdef"
	s = bersihKontrol(s)
	ditulis := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '-' || c == '.' || c == '_' || c == '~' {
			continue
		}
		w.WriteString(s[ditulis:i])
		w.Write([]byte{'%', hex[c>>4], hex[c&15]})
		ditulis = i + 1
	}
	w.WriteString(s[ditulis:])
}

// dokumen writes the whole document: head with the style sheet, then one
// section per chapter.
func (h htmlWriter) dokumen(judul string, babs []bab) {
	h.s("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	h.t(judul)
	h.s("</title>\n<style>")
	h.s(gayaCetak)
	h.s("</style>\n</head>\n<body>\n")
	for _, b := range babs {
		h.s(`<section class="bab" id="`)
		h.t(b.ID)
		h.s("\">\n")
		if b.Judul != "" {
			h.s("<h1>")
			h.t(b.Judul)
			h.s("</h1>\n")
		}
		for _, e := range b.Isi {
			h.elemen(e)
		}
		h.s("</section>\n")
	}
	// The three newlines closed the template's {{define}} blocks; they are
	// kept so that the output stays byte-identical.
	h.s("</body>\n</html>\n\n\n\n")
}

// inline writes runs of text with their emphasis.
func (h htmlWriter) inline(ps []potongan) {
	for _, p := range ps {
		switch {
		case p.Strong:
			h.s("<strong>")
			h.t(p.Teks)
			h.s("</strong>")
		case p.Em:
			h.s("<em>")
			h.t(p.Teks)
			h.s("</em>")
		default:
			h.t(p.Teks)
		}
	}
}

// butir writes a list and its nested lists.
func (h htmlWriter) butir(bs []butirE) {
	h.s("<ul class=\"daftar\">\n")
	for _, b := range bs {
		h.s(`<li><span class="label">`)
		if b.Label != "" {
			h.t(b.Label)
		} else {
			h.s("•")
		}
		h.s("</span>")
		h.inline(b.Teks)
		if len(b.Anak) > 0 {
			h.s("\n")
			h.butir(b.Anak)
		}
		h.s("</li>\n")
	}
	h.s("</ul>\n")
}

// sel writes the cells of one table row.
func (h htmlWriter) sel(ss []sel) {
	for _, c := range ss {
		h.s("<td")
		if c.Span != 0 {
			h.s(` colspan="`)
			h.n(c.Span)
			h.s(`"`)
		}
		switch {
		case c.Angka && c.Tebal:
			h.s(` class="angka tebal"`)
		case c.Angka:
			h.s(` class="angka"`)
		case c.Tebal:
			h.s(` class="tebal"`)
		}
		h.s(">")
		h.t(c.Teks)
		h.s("</td>")
	}
}

// elemen writes one block of a chapter; an unknown kind writes nothing.
func (h htmlWriter) elemen(e elemen) {
	switch e.Jenis {
	case elJudul:
		tag := "h4"
		switch e.Level {
		case 2:
			tag = "h2"
		case 3:
			tag = "h3"
		}
		h.s("<")
		h.s(tag)
		h.s(` id="`)
		h.t(e.ID)
		h.s(`">`)
		h.inline(e.Teks)
		h.s("</")
		h.s(tag)
		h.s(">\n")
	case elParagraf:
		h.s("<p>")
		h.inline(e.Teks)
		h.s("</p>\n")
	case elDaftar:
		h.butir(e.Butir)
	case elTabel:
		if e.Tabel != nil {
			h.tabel(e.Tabel)
		}
	case elGrafik:
		if e.Grafik != nil {
			h.grafik(svgGrafik(e.Grafik))
		}
	case elTTD:
		if t := e.TTD; t != nil {
			h.s("<div class=\"ttd\">\n<p>")
			h.t(t.TempatTanggal)
			h.s("</p>\n")
			for _, j := range t.Jabatan {
				h.s("<p>")
				h.t(j)
				h.s("</p>\n")
			}
			h.s(`<p class="nama">`)
			h.t(t.Nama)
			h.s("</p>\n<p>")
			h.t(t.Pangkat)
			h.s("</p>\n<p>")
			h.t(t.NIP)
			h.s("</p>\n</div>\n")
		}
	case elSampul:
		if s := e.Sampul; s != nil {
			h.s("<div class=\"sampul\">\n<p class=\"pemda\">")
			h.t(s.Pemda)
			h.s("</p>\n<p class=\"judul\">")
			h.t(s.Judul)
			h.s("<br>")
			h.t(s.Tahun)
			h.s("</p>\n<p class=\"dinas\">")
			h.t(s.Dinas)
			h.s("</p>\n<p>")
			h.t(s.Alamat)
			h.s("<br><strong>")
			h.t(s.Kota)
			h.s("</strong></p>\n</div>\n")
		}
	case elIsi:
		h.s("<nav class=\"isi\"><ul>\n")
		for _, x := range e.Isi {
			h.s("<li")
			if x.Level == 2 {
				h.s(` class="sub"`)
			}
			h.s(`><a href="#`)
			tulisURL(h.w, x.ID)
			h.s(`">`)
			h.t(x.Judul)
			h.s("</a></li>\n")
		}
		h.s("</ul></nav>\n")
	}
}

// kolomTegak is the most columns a table prints on a portrait page; a
// wider one (the comparison of three years has 13) goes on a landscape page
// of its own, with its caption, source line and note.
const kolomTegak = 10

// kolom returns the number of columns of the table's header.
func (t *tabel) kolom() int {
	n := 0
	for _, k := range t.Kepala {
		n += max(k.Span, 1)
	}
	return n
}

// tabel writes a table with its caption, source line and note.
func (h htmlWriter) tabel(t *tabel) {
	if t.kolom() > kolomTegak {
		h.s(`<div class="rebah">` + "\n")
		defer h.s("</div>\n")
	}
	h.s("<table")
	if t.Lebar != "" {
		h.s(` class="`)
		h.t(t.Lebar)
		h.s(`"`)
	}
	h.s(">\n")
	if t.Nomor != "" || t.Judul != "" {
		h.s("<caption>")
		h.t(t.Nomor)
		if t.Nomor != "" && t.Judul != "" {
			h.s("<br>")
		}
		h.t(t.Judul)
		h.s("</caption>\n")
	}
	h.s("<thead><tr>")
	for _, k := range t.Kepala {
		h.s("<th")
		if k.Angka {
			h.s(` class="angka"`)
		}
		h.s(">")
		h.t(k.Teks)
		h.s("</th>")
	}
	h.s("</tr></thead>\n<tbody>\n")
	for _, r := range t.Badan {
		h.s("<tr>")
		h.sel(r)
		h.s("</tr>\n")
	}
	for _, r := range t.Kaki {
		h.s(`<tr class="jumlah">`)
		h.sel(r)
		h.s("</tr>\n")
	}
	h.s("</tbody>\n</table>\n")
	if t.Sumber != "" {
		h.s(`<p class="sumber">Sumber: `)
		h.t(t.Sumber)
		h.s("</p>\n")
	}
	if t.Catatan != "" {
		h.s(`<p class="catatan">`)
		h.t(t.Catatan)
		h.s("</p>\n")
	}
}

// grafik writes a laid-out bar chart as a figure with inline SVG.
func (h htmlWriter) grafik(g svgData) {
	h.s("<figure class=\"grafik\">\n<figcaption>")
	h.t(g.Judul)
	h.s("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
	h.n(g.Lebar)
	h.s(" ")
	h.n(g.Tinggi)
	h.s(`" role="img" aria-label="`)
	h.t(g.Judul)
	h.s("\">\n")
	for _, b := range g.Batang {
		h.s(`<text x="0" y="`)
		h.n(b.LabelY)
		h.s(`" font-size="11">`)
		h.t(b.Label)
		h.s("</text>\n<rect x=\"0\" y=\"")
		h.n(b.BarY)
		h.s(`" width="`)
		h.n(b.W)
		h.s("\" height=\"12\" fill=\"#4a6fa5\"></rect>\n<text x=\"")
		h.n(b.TeksX)
		h.s(`" y="`)
		h.n(b.TeksY)
		h.s(`" font-size="10">`)
		h.t(b.Teks)
		h.s("</text>\n")
	}
	if a := g.Acuan; a != nil {
		h.s(`<line x1="`)
		h.n(a.X)
		h.s(`" y1="0" x2="`)
		h.n(a.X)
		h.s(`" y2="`)
		h.n(a.Y2)
		h.s("\" stroke=\"#c0392b\" stroke-dasharray=\"4 3\"></line>\n<text x=\"")
		h.n(a.X)
		h.s(`" y="`)
		h.n(a.TeksY)
		h.s(`" font-size="10" fill="#c0392b" text-anchor="middle">`)
		h.t(a.Teks)
		h.s("</text>\n")
	}
	h.s("</svg>\n")
	if g.Catatan != "" {
		h.s(`<p class="catatan">`)
		h.t(g.Catatan)
		h.s("</p>\n")
	}
	h.s("</figure>\n")
}
