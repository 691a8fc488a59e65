package lkip

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/docx"
)

// RenderDOCX writes the whole LKIP as a Word document (.docx) with the
// content of RenderMarkdown and RenderHTML: the cover, Kata Pengantar,
// Daftar Isi (linked to the headings), Ikhtisar Eksekutif, Bab I to IV and
// the signature blocks. Chapter titles are in Word's Heading 1 style and
// their sections in Heading 2 and 3, so that Word's navigation pane and
// a table of contents show them; each chapter starts on a new page. Tables
// repeat their header row on every page and never split a row; tables of
// seven columns or more get a landscape page of their own. Pages are A4
// with the print report's margins, numbered in the footer from the cover
// (which shows no number). Charts are tables of bars: each row holds the
// label, the bar as a PNG image (with the 100 % reference line) and the
// value as printed, so that every label is real text; the PNG images are
// drawn with the standard library, which has no font to draw text with.
func RenderDOCX(w io.Writer, l *Laporan) error {
	if w == nil || l == nil {
		return errTanpaTujuan
	}
	d := docx.New()
	r := docxRender{d: d}
	for i, b := range l.susun() {
		if i > 0 {
			r.babBaru = true
		}
		if b.Judul != "" {
			r.sebelum(false)
			d.Paragraph(docx.Paragraph{Runs: []docx.Run{{Text: b.Judul}}, Style: docx.StyleHeading1, Bookmark: b.ID, PageBreakBefore: r.pisah()})
		}
		for _, e := range b.Isi {
			r.elemen(e)
		}
	}
	if r.err != nil {
		return r.err
	}
	_, err := d.WriteTo(w)
	return err
}

// docxRender writes the elements of the model into a document.
type docxRender struct {
	d *docx.Document
	// babBaru: the next paragraph starts a chapter, on a new page.
	babBaru bool
	// halamanBaru: a section break just started a new page.
	halamanBaru bool
	err         error
	png         pngPool
	batang      map[[5]int][]byte // bar images drawn
}

// pngPool keeps one PNG encoder buffer for all the bars of a document.
type pngPool struct{ b *png.EncoderBuffer }

func (p *pngPool) Get() *png.EncoderBuffer { b := p.b; p.b = nil; return b }

func (p *pngPool) Put(b *png.EncoderBuffer) { p.b = b }

// kolomLanskap is the number of columns from which a table always gets a
// landscape page: eight columns of figures and names are too cramped on
// the 167 mm of a portrait A4 page.
const kolomLanskap = 8

// ukuranTabel is the font size of a table: 8.5 pt for the wide tables
// (the print report's "lebar" class), 9.5 pt for the others.
func ukuranTabel(t *tabel) float64 {
	if t.Lebar != "" {
		return 8.5
	}
	return 9.5
}

// perluLanskap reports whether a table gets a landscape page: from
// kolomLanskap columns, or when its least widths do not fit a portrait
// page.
func perluLanskap(t *tabel) bool {
	if len(t.Kepala) >= kolomLanskap {
		return true
	}
	_, muat := lebarKolom(t, lebarPotret, ukuranTabel(t))
	return !muat
}

// lebarPotret is the text width of a portrait page in points.
var lebarPotret = docx.New().TextWidth()

// sebelum prepares the page for the next element: a landscape section
// for a wide one, portrait again after it.
func (r *docxRender) sebelum(lebar bool) {
	if r.babBaru && r.d.Landscape() {
		lebar = false
	}
	if lebar != r.d.Landscape() {
		r.d.Section(lebar)
		r.halamanBaru = true
	}
}

// pisah reports whether the next paragraph must start a new page (a new
// chapter not already on a fresh page), and marks that done.
func (r *docxRender) pisah() bool {
	p := r.babBaru && !r.halamanBaru
	r.babBaru, r.halamanBaru = false, false
	return p
}

func runsDOCX(ps []potongan) []docx.Run {
	out := make([]docx.Run, 0, len(ps))
	for _, p := range ps {
		out = append(out, docx.Run{Text: p.Teks, Bold: p.Strong, Italic: p.Em})
	}
	return out
}

func (r *docxRender) para(p docx.Paragraph) {
	p.PageBreakBefore = p.PageBreakBefore || r.pisah()
	r.d.Paragraph(p)
}

func (r *docxRender) elemen(e elemen) {
	d := r.d
	r.sebelum(e.Jenis == elTabel && perluLanskap(e.Tabel))
	switch e.Jenis {
	case elSampul:
		s := e.Sampul
		besar := func(t string, pt float64, atas float64) {
			r.para(docx.Paragraph{Runs: []docx.Run{{Text: t, Bold: true, Size: pt}}, Align: docx.AlignCenter, SpaceBefore: atas})
		}
		besar(s.Pemda, 16, 0)
		besar(s.Judul, 20, 180)
		besar(s.Tahun, 16, 24)
		besar(s.Dinas, 16, 220)
		r.para(docx.Paragraph{Runs: []docx.Run{{Text: s.Alamat}}, Align: docx.AlignCenter, SpaceBefore: 6})
		besar(s.Kota, 14, 12)
	case elJudul:
		// Heading 1 is the chapter's; levels 2 and 3 (4 printed as 3)
		style := docx.StyleHeading2
		if e.Level > 2 {
			style = docx.StyleHeading3
		}
		r.para(docx.Paragraph{Runs: runsDOCX(e.Teks), Style: style, Bookmark: e.ID})
	case elParagraf:
		r.para(docx.Paragraph{Runs: runsDOCX(e.Teks)})
	case elDaftar:
		r.butir(e.Butir, 0)
	case elIsi:
		for _, x := range e.Isi {
			ind := 0.0
			if x.Level > 1 {
				ind = 24
			}
			r.para(docx.Paragraph{Runs: []docx.Run{{Text: x.Judul, Bold: x.Level == 1}}, Indent: ind, Link: x.ID, Align: docx.AlignLeft})
		}
	case elTTD:
		t := e.TTD
		ind := d.TextWidth() / 2
		baris := func(run docx.Run, atas float64) {
			r.para(docx.Paragraph{Runs: []docx.Run{run}, Indent: ind, SpaceBefore: atas, KeepNext: true, Align: docx.AlignLeft})
		}
		baris(docx.Run{Text: t.TempatTanggal}, 18)
		for _, j := range t.Jabatan {
			baris(docx.Run{Text: j}, 0)
		}
		baris(docx.Run{Text: t.Nama, Bold: true, Underline: true}, 54)
		baris(docx.Run{Text: t.Pangkat}, 0)
		r.para(docx.Paragraph{Runs: []docx.Run{{Text: t.NIP}}, Indent: ind, Align: docx.AlignLeft})
	case elTabel:
		r.tabel(e.Tabel)
	case elGrafik:
		r.grafik(e.Grafik)
	}
}

func (r *docxRender) butir(bs []butirE, dalam int) {
	for _, b := range bs {
		lab := b.Label
		if lab == "" {
			lab = "•"
		}
		runs := append([]docx.Run{{Text: lab + "\t"}}, runsDOCX(b.Teks)...)
		r.para(docx.Paragraph{Runs: runs, Indent: 22 * float64(dalam+1), Hanging: 22})
		r.butir(b.Anak, dalam+1)
	}
}

func (r *docxRender) judulTabel(t string) {
	if t = strings.TrimSpace(t); t != "" {
		r.para(docx.Paragraph{Runs: []docx.Run{{Text: t}}, Style: docx.StyleCaption})
	}
}

func (r *docxRender) tabel(t *tabel) {
	r.judulTabel(t.Nomor + " " + t.Judul)
	sel := func(s sel, kaki bool) docx.Cell {
		c := docx.Cell{Runs: []docx.Run{{Text: s.Teks, Bold: s.Tebal}}, Span: s.Span, Shade: kaki}
		if s.Angka {
			c.Align = docx.AlignRight
		}
		return c
	}
	var dt docx.Table
	for _, k := range t.Kepala {
		dt.Header = append(dt.Header, docx.Cell{Runs: []docx.Run{{Text: k.Teks}}, Span: k.Span})
	}
	for _, row := range t.Badan {
		var cs []docx.Cell
		for _, s := range row {
			cs = append(cs, sel(s, false))
		}
		dt.Rows = append(dt.Rows, cs)
	}
	for _, row := range t.Kaki {
		var cs []docx.Cell
		for _, s := range row {
			cs = append(cs, sel(s, true))
		}
		dt.Rows = append(dt.Rows, cs)
	}
	dt.Size = ukuranTabel(t)
	dt.Widths, _ = lebarKolom(t, r.d.TextWidth(), dt.Size)
	r.d.Table(dt)
	if t.Sumber != "" {
		r.para(docx.Paragraph{Runs: []docx.Run{{Text: "Sumber: " + t.Sumber}}, Style: docx.StyleNote})
	}
	if t.Catatan != "" {
		r.para(docx.Paragraph{Runs: []docx.Run{{Text: t.Catatan, Italic: true}}, Style: docx.StyleNote})
	}
}

// lebarKolom lays out the columns of a table in points for a text width
// of lebar points and a font of size points. Each column has a least
// width, its longest word or figure (figures never wrap; a header's word
// may break into two lines), and a wish, its longest text up to 40
// characters. Every column gets its least width; what remains of the
// text width is shared in proportion to what each wishes more.
func lebarKolom(t *tabel, lebar, size float64) (w []float64, muat bool) {
	n := len(t.Kepala)
	kecil := make([]float64, n)
	ingin := make([]float64, n)
	ukur := func(row []sel, kepala bool) {
		col := 0
		for _, c := range row {
			span := max(c.Span, 1)
			if span == 1 && col < n {
				k := 0
				for _, kata := range strings.Fields(c.Teks) {
					k = max(k, utf8.RuneCountInString(kata))
				}
				p := utf8.RuneCountInString(c.Teks)
				switch {
				case kepala:
					k = (k + 1) / 2
					p = (p + 1) / 2
				case c.Angka:
					k = p
				}
				kecil[col] = max(kecil[col], float64(k))
				ingin[col] = max(ingin[col], float64(min(p, 40)))
			}
			col += span
		}
	}
	ukur(t.Kepala, true)
	for _, r := range t.Badan {
		ukur(r, false)
	}
	for _, r := range t.Kaki {
		ukur(r, false)
	}
	// a character is about 0.56 of the font size wide (bold figures in
	// Times New Roman or Liberation Serif; DejaVu Serif is wider); each cell has 2.85 pt
	// of margin on either side
	pt := func(ch float64) float64 { return max(ch, 2)*size*0.56 + 7 }
	w = make([]float64, n)
	total, tambah := 0.0, 0.0
	for i := range w {
		w[i] = pt(kecil[i])
		total += w[i]
		tambah += pt(ingin[i]) - w[i]
	}
	sisa := lebar - total
	for i := range w {
		if sisa > 0 && tambah > 0 {
			w[i] += sisa * (pt(ingin[i]) - pt(kecil[i])) / tambah
		}
	}
	return w, sisa >= 0
}

// Bars of a chart in the DOCX: the PNG is drawn at 3 px per point.
const (
	batangLebarPt  = 170.0
	batangTinggiPt = 9.0
	pxPerPt        = 3
)

func (r *docxRender) grafik(g *Grafik) {
	r.judulTabel("Grafik: " + g.Judul)
	dt := docx.Table{Header: []docx.Cell{{Runs: []docx.Run{{Text: "Uraian"}}}, {Runs: []docx.Run{{Text: "Grafik"}}}, {Runs: []docx.Run{{Text: "Nilai"}}}},
		Widths: []float64{46, 38, 12}}
	lebarPx := int(batangLebarPt) * pxPerPt
	for i, b := range g.Batang {
		img := docx.Image{PNG: r.pngBatang(g.Panjang(i, lebarPx), g.Panjang(-1, lebarPx), g.Acuan != nil, lebarPx, int(batangTinggiPt)*pxPerPt), Width: batangLebarPt, Height: batangTinggiPt}
		dt.Rows = append(dt.Rows, []docx.Cell{{Runs: []docx.Run{{Text: b.Label}}}, {Image: &img}, {Runs: []docx.Run{{Text: b.Teks}}, Align: docx.AlignRight}})
	}
	r.d.Table(dt)
	var catatan []string
	if g.Acuan != nil {
		catatan = append(catatan, "Garis tegak merah: "+anggaran.FormatAngka(*g.Acuan, -1)+"%.")
	}
	if g.Catatan != "" {
		catatan = append(catatan, g.Catatan)
	}
	if len(catatan) > 0 {
		r.para(docx.Paragraph{Runs: []docx.Run{{Text: strings.Join(catatan, " "), Italic: true}}, Style: docx.StyleNote})
	}
}

// warnaBatang: background, bar, reference line, track.
var warnaBatang = color.Palette{color.White, color.RGBA{0x2f, 0x55, 0x8c, 0xff}, color.RGBA{0xc0, 0x1c, 0x1c, 0xff}, color.RGBA{0xe6, 0xe6, 0xe6, 0xff}}

// pngBatang draws one bar of panjang pixels (of lebar) and, when acuan,
// the dashed reference line at x = garis, as a paletted PNG.
func (r *docxRender) pngBatang(panjang, garis int, acuan bool, lebar, tinggi int) []byte {
	k := [5]int{panjang, garis, lebar, tinggi, 0}
	if acuan {
		k[4] = 1
	}
	if b, ok := r.batang[k]; ok {
		return b // bars of the same length: one image
	}
	if r.batang == nil {
		r.batang = map[[5]int][]byte{}
	}
	b := r.gambarBatang(panjang, garis, acuan, lebar, tinggi)
	r.batang[k] = b
	return b
}

func (r *docxRender) gambarBatang(panjang, garis int, acuan bool, lebar, tinggi int) []byte {
	img := image.NewPaletted(image.Rect(0, 0, lebar, tinggi), warnaBatang)
	for y := 0; y < tinggi; y++ {
		for x := 0; x < lebar; x++ {
			switch {
			case y < 3 || y >= tinggi-3:
			case x < panjang:
				img.SetColorIndex(x, y, 1)
			default:
				img.SetColorIndex(x, y, 3)
			}
		}
	}
	if acuan {
		for y := 0; y < tinggi; y++ {
			if y%6 < 4 {
				for x := max(garis-2, 0); x < min(garis+1, lebar); x++ {
					img.SetColorIndex(x, y, 2)
				}
			}
		}
	}
	var b bytes.Buffer
	// one encoder buffer for all bars: a zlib writer is about 1 MB
	enc := png.Encoder{BufferPool: &r.png}
	if err := enc.Encode(&b, img); err != nil && r.err == nil {
		r.err = err
	}
	return b.Bytes()
}
