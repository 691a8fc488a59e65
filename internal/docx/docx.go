// Package docx writes Word documents (WordprocessingML, .docx) on
// archive/zip and encoding/xml: paragraphs of bold or italic runs,
// headings in the built-in Heading 1–3 styles (so that Word's navigation
// pane and a table of contents see them), tables whose header row repeats
// on every page, PNG images, page breaks, A4 sections in portrait or
// landscape, and the page number centred in the footer. It writes only;
// it links far less into a WebAssembly build than a general library.
//
// Build a [Document] with its methods in reading order, then call
// [Document.WriteTo]. Text is escaped; characters XML cannot hold become
// U+FFFD. The same document always gives the same bytes.
package docx

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/internal/ooxml"
)

// Run is a stretch of text with one emphasis. A newline in Text is a line
// break.
type Run struct {
	Text   string
	Bold   bool
	Italic bool
	// Size is the font size in points, 0 for the paragraph style's.
	Size float64
	// Underline underlines the run.
	Underline bool
}

// Align is a paragraph's alignment; the zero value keeps the style's
// (justified for body text).
type Align string

// Alignments.
const (
	AlignLeft    Align = "left"
	AlignCenter  Align = "center"
	AlignRight   Align = "right"
	AlignJustify Align = "both"
)

// Paragraph styles defined by every document. The headings are Word's
// built-in "heading 1" to "heading 3" with outline levels 1 to 3.
const (
	StyleNormal   = ""
	StyleHeading1 = "Heading1"
	StyleHeading2 = "Heading2"
	StyleHeading3 = "Heading3"
	StyleTitle    = "Title"
	StyleCaption  = "Caption"
	StyleNote     = "Catatan" // small italic line under a table
)

// Paragraph is one paragraph.
type Paragraph struct {
	Runs  []Run
	Style string // one of the Style constants
	Align Align
	// Indent is the left indent and Hanging the hanging indent of the
	// first line, in points.
	Indent, Hanging float64
	// SpaceBefore is extra space above, in points.
	SpaceBefore float64
	// KeepNext keeps the paragraph on the page of the next one.
	KeepNext bool
	// PageBreakBefore starts the paragraph on a new page.
	PageBreakBefore bool
	// Bookmark names the paragraph as the target of a [Link] ("" for
	// none): letters, digits, "_" and "-".
	Bookmark string
	// Link makes the whole paragraph a link to the bookmark named.
	Link string
}

// Cell is one table cell: text runs or an image.
type Cell struct {
	Runs  []Run
	Align Align
	// Span is the number of grid columns the cell covers (0 or 1: one).
	Span int
	// Image, when set, is drawn in the cell instead of Runs.
	Image *Image
	// Shade shades the cell light grey.
	Shade bool
}

// Table is a table: one header row repeated at the top of every page,
// then body rows. Rows never break across pages.
type Table struct {
	Header []Cell
	Rows   [][]Cell
	// Widths are relative column widths, one per grid column; nil shares
	// the text width equally. The table spans the text width.
	Widths []float64
	// Size is the font size in points, 0 for 9.5.
	Size float64
}

// Image is a PNG image with its printed size in points.
type Image struct {
	PNG           []byte
	Width, Height float64
}

// Document is a Word document being built.
type Document struct {
	body      strings.Builder
	lanskap   bool // orientation of the current section
	pertama   bool // the first section: no page number on its first page
	gambar    [][]byte
	idGbr     map[string]int
	nGambar   int // drawings placed (their ids)
	nBookmark int
	// ukuranSel lists the font sizes of table text, in half points: each
	// has its paragraph style "TabelIsiN", so that cells carry no size
	ukuranSel []int
}

// New returns an empty A4 portrait document. Its first page (the cover)
// has no page number; every other page has.
func New() *Document {
	return &Document{pertama: true, idGbr: map[string]int{}}
}

// Page geometry in twentieths of a point: A4, margins as the print
// report's (top 20 mm, right 18 mm, bottom 22 mm, left 25 mm).
const (
	a4Pendek   = 11906
	a4Panjang  = 16838
	margAtas   = 1134
	margKanan  = 1020
	margBawah  = 1247
	margKiri   = 1417
	twipPerPt  = 20
	emuPerPt   = 12700
	ukuranTbl  = 9.5
	maxBookmrk = 40
)

// TextWidth returns the width between the margins of the current section,
// in points.
func (d *Document) TextWidth() float64 {
	w := a4Pendek
	if d.lanskap {
		w = a4Panjang
	}
	return float64(w-margKiri-margKanan) / twipPerPt
}

// Landscape reports whether the current section is landscape.
func (d *Document) Landscape() bool { return d.lanskap }

// Heading adds a heading of level 1 to 3 (others are clamped) with the
// bookmark given ("" for none).
func (d *Document) Heading(level int, text, bookmark string) {
	level = min(max(level, 1), 3)
	d.Paragraph(Paragraph{Runs: []Run{{Text: text}}, Style: "Heading" + strconv.Itoa(level), Bookmark: bookmark})
}

// Paragraph adds a paragraph.
func (d *Document) Paragraph(p Paragraph) {
	b := &d.body
	b.WriteString("<w:p>")
	pPr(b, p)
	if p.Bookmark != "" {
		d.nBookmark++
		fmt.Fprintf(b, `<w:bookmarkStart w:id="%d" w:name="%s"/>`, d.nBookmark, namaBookmark(p.Bookmark))
	}
	if p.Link != "" {
		fmt.Fprintf(b, `<w:hyperlink w:anchor="%s" w:history="1">`, namaBookmark(p.Link))
	}
	runs(b, p.Runs)
	if p.Link != "" {
		b.WriteString("</w:hyperlink>")
	}
	if p.Bookmark != "" {
		fmt.Fprintf(b, `<w:bookmarkEnd w:id="%d"/>`, d.nBookmark)
	}
	b.WriteString("</w:p>")
}

// namaBookmark makes s a valid bookmark name: a hidden one ("_" first),
// letters, digits and "_", at most 40 characters.
func namaBookmark(s string) string {
	var b strings.Builder
	b.WriteByte('_')
	for _, r := range s {
		if b.Len() >= maxBookmrk {
			break
		}
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

func pPr(b *strings.Builder, p Paragraph) {
	var s strings.Builder
	if p.Style != "" {
		fmt.Fprintf(&s, `<w:pStyle w:val="%s"/>`, lolos(p.Style))
	}
	if p.KeepNext {
		s.WriteString("<w:keepNext/>")
	}
	if p.PageBreakBefore {
		s.WriteString("<w:pageBreakBefore/>")
	}
	if p.SpaceBefore > 0 {
		fmt.Fprintf(&s, `<w:spacing w:before="%d"/>`, twip(p.SpaceBefore))
	}
	if p.Indent > 0 || p.Hanging > 0 {
		fmt.Fprintf(&s, `<w:ind w:left="%d" w:hanging="%d"/>`, twip(p.Indent), twip(p.Hanging))
	}
	if p.Align != "" {
		fmt.Fprintf(&s, `<w:jc w:val="%s"/>`, p.Align)
	}
	if s.Len() > 0 {
		b.WriteString("<w:pPr>" + s.String() + "</w:pPr>")
	}
}

func twip(pt float64) int { return int(pt*twipPerPt + 0.5) }

func runs(b *strings.Builder, rs []Run) {
	for _, r := range rs {
		if r.Text == "" {
			continue
		}
		b.WriteString("<w:r>")
		if r.Bold || r.Italic || r.Underline || r.Size > 0 {
			b.WriteString("<w:rPr>")
			if r.Bold {
				b.WriteString("<w:b/>")
			}
			if r.Italic {
				b.WriteString("<w:i/>")
			}
			if r.Size > 0 {
				fmt.Fprintf(b, `<w:sz w:val="%d"/><w:szCs w:val="%[1]d"/>`, int(r.Size*2+0.5))
			}
			if r.Underline {
				b.WriteString(`<w:u w:val="single"/>`)
			}
			b.WriteString("</w:rPr>")
		}
		for i, baris := range strings.Split(r.Text, "\n") {
			if i > 0 {
				b.WriteString("<w:br/>")
			}
			if baris != "" {
				b.WriteString(`<w:t xml:space="preserve">` + lolos(baris) + "</w:t>")
			}
		}
		b.WriteString("</w:r>")
	}
}

// PageBreak starts a new page.
func (d *Document) PageBreak() {
	d.body.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
}

// Section starts a new section on a new page, landscape or portrait. It
// does nothing when the current section already has that orientation.
func (d *Document) Section(landscape bool) {
	if landscape == d.lanskap {
		return
	}
	d.body.WriteString("<w:p><w:pPr>" + d.sectPr() + "</w:pPr></w:p>")
	d.lanskap = landscape
	d.pertama = false
}

// sectPr returns the properties of the current section.
func (d *Document) sectPr() string {
	w, h, orient := a4Pendek, a4Panjang, ""
	if d.lanskap {
		w, h, orient = a4Panjang, a4Pendek, ` w:orient="landscape"`
	}
	s := `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>`
	if d.pertama {
		s += `<w:footerReference w:type="first" r:id="rIdFooterKosong"/>`
	}
	s += fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="709" w:footer="567" w:gutter="0"/>`,
		w, h, orient, margAtas, margKanan, margBawah, margKiri)
	if d.pertama {
		s += "<w:titlePg/>"
	}
	return s + "</w:sectPr>"
}

// Image adds a paragraph holding the image, centred.
func (d *Document) Image(img Image) {
	d.body.WriteString(`<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>`)
	d.drawing(&d.body, img)
	d.body.WriteString("</w:p>")
}

// drawing writes the run of an inline picture.
func (d *Document) drawing(b *strings.Builder, img Image) {
	k := string(img.PNG)
	i, ok := d.idGbr[k]
	if !ok {
		d.gambar = append(d.gambar, img.PNG)
		i = len(d.gambar)
		d.idGbr[k] = i
	}
	d.nGambar++
	cx, cy := int64(img.Width*emuPerPt+0.5), int64(img.Height*emuPerPt+0.5)
	fmt.Fprintf(b, `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Gambar %[3]d"/>`+
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`+
		`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>`+
		`<pic:nvPicPr><pic:cNvPr id="%[3]d" name="gambar%[4]d.png"/><pic:cNvPicPr/></pic:nvPicPr>`+
		`<pic:blipFill><a:blip r:embed="rIdGambar%[4]d"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`+
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%[1]d" cy="%[2]d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`+
		`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`, cx, cy, d.nGambar, i)
}

// gayaSel returns the paragraph style of table text of size points.
func (d *Document) gayaSel(size float64) string {
	h := int(size*2 + 0.5)
	found := false
	for _, x := range d.ukuranSel {
		found = found || x == h
	}
	if !found {
		d.ukuranSel = append(d.ukuranSel, h)
	}
	return "TabelIsi" + strconv.Itoa(h)
}

// Table adds a table spanning the text width.
func (d *Document) Table(t Table) {
	n := len(t.Header)
	for _, r := range t.Rows {
		n = max(n, jumlahKolom(r))
	}
	n = max(n, jumlahKolom(t.Header))
	if n == 0 {
		return
	}
	bobot := make([]float64, n)
	total := 0.0
	for i := range bobot {
		bobot[i] = 1
		if i < len(t.Widths) && t.Widths[i] > 0 {
			bobot[i] = t.Widths[i]
		}
		total += bobot[i]
	}
	lebarTeks := twip(d.TextWidth())
	lebar := make([]int, n)
	for i, w := range bobot {
		lebar[i] = int(float64(lebarTeks) * w / total)
	}
	size := t.Size
	if size == 0 {
		size = ukuranTbl
	}
	b := &d.body
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>`, lebarTeks)
	for _, s := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		fmt.Fprintf(b, `<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, s)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range lebar {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString("</w:tblGrid>")
	if len(t.Header) > 0 {
		d.baris(t.Header, lebar, size, true)
	}
	for _, r := range t.Rows {
		d.baris(r, lebar, size, false)
	}
	b.WriteString("</w:tbl>")
	// a paragraph after the table keeps two tables apart
	b.WriteString(`<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>`)
}

func jumlahKolom(r []Cell) int {
	n := 0
	for _, c := range r {
		n += max(c.Span, 1)
	}
	return n
}

func (d *Document) baris(r []Cell, lebar []int, size float64, kepala bool) {
	b := &d.body
	b.WriteString("<w:tr><w:trPr><w:cantSplit/>")
	if kepala {
		b.WriteString("<w:tblHeader/>")
	}
	b.WriteString("</w:trPr>")
	col := 0
	tulis := func(c Cell) {
		span := max(c.Span, 1)
		if col+span > len(lebar) {
			span = len(lebar) - col
		}
		w := 0
		for i := col; i < col+span; i++ {
			w += lebar[i]
		}
		fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, w)
		if span > 1 {
			fmt.Fprintf(b, `<w:gridSpan w:val="%d"/>`, span)
		}
		if c.Shade || kepala {
			b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/>`)
		}
		if kepala {
			b.WriteString(`<w:vAlign w:val="center"/>`)
		}
		fmt.Fprintf(b, `</w:tcPr><w:p><w:pPr><w:pStyle w:val="%s"/>`, d.gayaSel(size))
		al := c.Align
		if kepala && al == "" {
			al = AlignCenter
		}
		if al != "" {
			fmt.Fprintf(b, `<w:jc w:val="%s"/>`, al)
		}
		b.WriteString(`</w:pPr>`)
		if c.Image != nil {
			d.drawing(b, *c.Image)
		} else {
			rs := make([]Run, len(c.Runs))
			for i, r := range c.Runs {
				r.Bold = r.Bold || kepala
				rs[i] = r
			}
			runs(b, rs)
		}
		b.WriteString("</w:p></w:tc>")
		col += span
	}
	for _, c := range r {
		if col >= len(lebar) {
			break
		}
		tulis(c)
	}
	for col < len(lebar) {
		tulis(Cell{})
	}
	b.WriteString("</w:tr>")
}

// WriteTo writes the document as a .docx file.
func (d *Document) WriteTo(out io.Writer) (int64, error) {
	z := ooxml.Baru(out)
	var rels strings.Builder
	rels.WriteString(kepalaXML + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
		`<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
		`<Relationship Id="rIdFooterKosong" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>`)
	for i := range d.gambar {
		fmt.Fprintf(&rels, `<Relationship Id="rIdGambar%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/gambar%[1]d.png"/>`, i+1)
	}
	rels.WriteString("</Relationships>")
	if err := z.Tulis("[Content_Types].xml", contentTypes); err != nil {
		return z.N(), err
	}
	if err := z.TulisDasar("word/document.xml"); err != nil {
		return z.N(), err
	}
	parts := []struct{ nama, isi string }{
		{"word/_rels/document.xml.rels", rels.String()},
		{"word/styles.xml", d.styles()},
		{"word/settings.xml", settings},
		{"word/footer1.xml", footerHalaman},
		{"word/footer2.xml", footerKosong},
	}
	for _, p := range parts {
		if err := z.Tulis(p.nama, p.isi); err != nil {
			return z.N(), err
		}
	}
	// the body written as it is, not joined into one more string
	if err := z.Tulis("word/document.xml", kepalaXML+`<w:document `+nsDokumen+`><w:body>`, d.body.String(), d.sectPr()+`</w:body></w:document>`); err != nil {
		return z.N(), err
	}
	for i, g := range d.gambar {
		if err := z.TulisBita("word/media/gambar"+strconv.Itoa(i+1)+".png", g, true); err != nil {
			return z.N(), err
		}
	}
	return z.Tutup()
}

// lolos escapes s for XML text or an attribute value.
func lolos(s string) string { return ooxml.Lolos(s) }

const kepalaXML = ooxml.KepalaXML

var _ io.WriterTo = (*Document)(nil)

// styles returns the style part: the fixed styles and one table text
// style per size used.
func (d *Document) styles() string {
	var b strings.Builder
	b.WriteString(strings.TrimSuffix(styles, "</w:styles>"))
	for _, h := range d.ukuranSel {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:customStyle="1" w:styleId="TabelIsi%d"><w:name w:val="Isi Tabel %s pt"/><w:basedOn w:val="Normal"/>`+
			`<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="%[1]d"/><w:szCs w:val="%[1]d"/></w:rPr></w:style>`,
			h, strconv.FormatFloat(float64(h)/2, 'f', -1, 64))
	}
	b.WriteString("</w:styles>")
	return b.String()
}
