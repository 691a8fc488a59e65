package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/pemkab/sakip/internal/ooxml"
	"github.com/pemkab/sakip/internal/tetap"
	"github.com/shopspring/decimal"
)

// This file is the XLSX writer: a workbook of plain sheets (text, numbers
// with a number format, bold or header cells, merged cells across
// columns, column widths, a frozen header row that is also repeated on
// every printed page), written as SpreadsheetML on archive/zip and
// encoding/xml. It links far less into a WebAssembly build than a general
// spreadsheet library (README, "XLSX and DOCX").

// Number formats for [Number]. The codes are the file format's, which
// always use "," for thousands and "." for decimals; Excel and LibreOffice
// show them in the reader's locale, so an Indonesian installation shows
// 9.399.497.972 and 98,42%.
const (
	FormatBulat    = "#,##0"    // whole numbers: 9.399.497.972
	FormatDesimal2 = "#,##0.00" // two decimals: 98,42
	FormatPersen2  = "0.00%"    // a fraction shown as percent: 0.9842 → 98,42%
)

// FormatDesimal returns the number format with n decimals (0 to 15),
// grouped in thousands, and as a percentage (the value is then a fraction
// of one) when persen is true.
func FormatDesimal(n int, persen bool) string {
	n = min(max(n, 0), 15)
	f := "#,##0"
	if persen {
		f = "0"
	}
	if n > 0 {
		f += "." + strings.Repeat("0", n)
	}
	if persen {
		f += "%"
	}
	return f
}

// Limits of the file format.
const (
	maxNamaSheet = 31    // UTF-16 units in a sheet name
	maxTeksSel   = 32767 // characters in a cell
	maxBaris     = 1048576
	maxKolom     = 16384
)

// Writer builds a workbook in memory; WriteTo writes it as an XLSX file.
// The zero value is not usable: call [NewWriter].
type Writer struct {
	sheets []*SheetWriter
	teks   []string       // shared strings in order
	idTeks map[string]int // shared string → index
	gaya   []gaya         // cell styles; 0 is the default
	idGaya map[gaya]int
	format []string // custom number formats, id 164 + index
}

// NewWriter returns an empty workbook.
func NewWriter() *Writer {
	return &Writer{idTeks: map[string]int{}, gaya: []gaya{{}}, idGaya: map[gaya]int{{}: 0}}
}

// SheetWriter is one sheet of a [Writer]: rows are added in order.
type SheetWriter struct {
	w       *Writer
	nama    string
	baris   [][]Value
	lebar   map[int]float64
	beku    int
	lanskap bool
	pas     bool
}

// Value is the content of one cell: text, a number or nothing (the zero
// Value), with its style. Build it with [Text] or [Number].
type Value struct {
	angka  bool
	teks   string // text, or the number in plain decimal
	format string
	tebal  bool
	kepala bool
	span   int
}

// Text returns a text cell. An empty text is an empty cell.
func Text(s string) Value { return Value{teks: s} }

// Number returns a number cell holding d exactly (as plain decimal text,
// never through a float, whatever decimal's package variables say) shown
// with the number format f ("" for General; see FormatBulat,
// FormatDesimal2, FormatPersen2, FormatDesimal).
func Number(d decimal.Decimal, f string) Value {
	return Value{angka: true, teks: tetap.Teks(d), format: f}
}

// Bold returns v in bold.
func (v Value) Bold() Value { v.tebal = true; return v }

// Header returns v styled as a column header: bold, shaded, bordered,
// wrapped and centred.
func (v Value) Header() Value { v.kepala = true; return v }

// Span returns v merged with the n-1 cells to its right (n ≥ 2). The row
// then holds v once; the next value goes into the column after the merge.
func (v Value) Span(n int) Value { v.span = n; return v }

// gaya is one cell style (cellXfs entry).
type gaya struct {
	format  string
	tebal   bool
	kepala  bool
	garis   bool // thin border
	bungkus bool // wrap text
}

// AddSheet adds a sheet named name, made valid for the file format: the
// characters \ / ? * [ ] : replaced by "-", apostrophes trimmed from
// both ends, at most 31 characters, "Sheet N" when empty, and a suffix
// " (2)", " (3)", … when the name is already taken (names compare without
// regard to case). Name returns the name given.
func (w *Writer) AddSheet(name string) *SheetWriter {
	base := namaSheet(name)
	if base == "" {
		base = "Sheet " + strconv.Itoa(len(w.sheets)+1)
	}
	nama := base
	for i := 2; w.adaSheet(nama); i++ {
		akhir := " (" + strconv.Itoa(i) + ")"
		nama = potongUTF16(base, maxNamaSheet-len(akhir)) + akhir
	}
	s := &SheetWriter{w: w, nama: nama, lebar: map[int]float64{}}
	w.sheets = append(w.sheets, s)
	return s
}

func (w *Writer) adaSheet(nama string) bool {
	if strings.EqualFold(nama, "History") {
		return true // reserved by Excel
	}
	for _, s := range w.sheets {
		if strings.EqualFold(s.nama, nama) {
			return true
		}
	}
	return false
}

func namaSheet(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case strings.ContainsRune(`\/?*[]:`, r):
			return '-'
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			return ' '
		}
		return r
	}, s)
	s = strings.Trim(strings.TrimSpace(s), "'")
	return strings.TrimSpace(strings.Trim(potongUTF16(strings.TrimSpace(s), maxNamaSheet), "'"))
}

// potongUTF16 cuts s to at most n UTF-16 units, at a character boundary.
func potongUTF16(s string, n int) string {
	k := 0
	for i, r := range s {
		k += len(utf16.Encode([]rune{r}))
		if k > n {
			return s[:i]
		}
	}
	return s
}

// Name returns the sheet's name as written.
func (s *SheetWriter) Name() string { return s.nama }

// AddRow adds a row of cells from column A.
func (s *SheetWriter) AddRow(cells ...Value) {
	s.baris = append(s.baris, append([]Value(nil), cells...))
}

// SetWidth sets the width of column col (0 for A) in characters. Columns
// without a width get one from their content: the longest text or number
// plus a margin, at most 60 characters (longer text wraps).
func (s *SheetWriter) SetWidth(col int, chars float64) { s.lebar[col] = chars }

// FreezeRows keeps the first n rows in view when scrolling and repeats them
// at the top of every printed page.
func (s *SheetWriter) FreezeRows(n int) { s.beku = n }

// Landscape prints the sheet on landscape A4 (portrait A4 otherwise).
func (s *SheetWriter) Landscape() { s.lanskap = true }

// FitToWidth prints the sheet scaled to one page wide (as many pages
// down as it needs) instead of cutting its columns across pages.
func (s *SheetWriter) FitToWidth() { s.pas = true }

// WriteTo writes the workbook as an XLSX file. It fails, naming the sheet
// and cell, when a sheet has more rows or columns than the format allows
// or a cell more than 32,767 characters; nothing is cut.
func (w *Writer) WriteTo(out io.Writer) (int64, error) {
	if len(w.sheets) == 0 {
		w.AddSheet("")
	}
	// Cells first: they fill the shared strings and the styles.
	sheets := make([][]byte, len(w.sheets))
	for i, s := range w.sheets {
		b, err := s.xml()
		if err != nil {
			return 0, err
		}
		sheets[i] = b
	}
	z := ooxml.Baru(out)
	if err := z.TulisBita("[Content_Types].xml", w.contentTypes(), false); err != nil {
		return z.N(), err
	}
	if err := z.TulisDasar("xl/workbook.xml"); err != nil {
		return z.N(), err
	}
	berkas := []struct {
		nama string
		isi  []byte
	}{
		{"xl/workbook.xml", w.workbook()},
		{"xl/_rels/workbook.xml.rels", w.workbookRels()},
		{"xl/styles.xml", w.styles()},
		{"xl/sharedStrings.xml", w.sharedStrings()},
	}
	for _, b := range berkas {
		if err := z.TulisBita(b.nama, b.isi, false); err != nil {
			return z.N(), err
		}
	}
	for i, b := range sheets {
		if err := z.TulisBita("xl/worksheets/sheet"+strconv.Itoa(i+1)+".xml", b, false); err != nil {
			return z.N(), err
		}
	}
	return z.Tutup()
}

const kepalaXML = ooxml.KepalaXML

// lolos escapes s for XML text or an attribute value ([ooxml.Lolos]).
func lolos(s string) string { return ooxml.Lolos(s) }

// hurufKolom returns the column letters of col (0 for A).
func hurufKolom(col int) string {
	var b []byte
	for col++; col > 0; col = (col - 1) / 26 {
		b = append([]byte{byte('A' + (col-1)%26)}, b...)
	}
	return string(b)
}

func alamatSel(row, col int) string { return hurufKolom(col) + strconv.Itoa(row+1) }

func (w *Writer) indexTeks(s string) int {
	if i, ok := w.idTeks[s]; ok {
		return i
	}
	w.idTeks[s] = len(w.teks)
	w.teks = append(w.teks, s)
	return len(w.teks) - 1
}

func (w *Writer) indexGaya(g gaya) int {
	if i, ok := w.idGaya[g]; ok {
		return i
	}
	if g.format != "" && !adaTeks(w.format, g.format) {
		w.format = append(w.format, g.format)
	}
	w.idGaya[g] = len(w.gaya)
	w.gaya = append(w.gaya, g)
	return len(w.gaya) - 1
}

func adaTeks(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// panjang estimates the width of a cell's content in characters.
func panjang(v Value) int {
	if !v.angka {
		n := 0
		for _, baris := range strings.Split(v.teks, "\n") {
			n = max(n, len([]rune(baris)))
		}
		return n
	}
	t := strings.TrimPrefix(v.teks, "-")
	bulat, pecahan, _ := strings.Cut(t, ".")
	n := len(bulat) + (len(bulat)-1)/3 + 1
	if strings.HasSuffix(v.format, "%") {
		n += 3
	}
	if i := strings.IndexByte(v.format, '.'); i >= 0 {
		n += 1 + len(strings.TrimRight(v.format[i+1:], "%"))
	} else if pecahan != "" && v.format == "" {
		n += 1 + len(pecahan)
	}
	return n
}

// jumlahBaris estimates the lines a text takes in a cell lebar units
// wide (a unit is the width of a digit; text averages about 1.15
// characters per unit), wrapped at spaces.
func jumlahBaris(teks string, lebar float64) int {
	muat := max(int(lebar*1.15)-1, 1)
	n := 0
	for _, baris := range strings.Split(teks, "\n") {
		k, isi := 1, 0
		for _, kata := range strings.Fields(baris) {
			p := utf8.RuneCountInString(kata)
			switch {
			case isi == 0:
				isi = p
			case isi+1+p <= muat:
				isi += 1 + p
			default:
				k++
				isi = p
			}
			for isi > muat { // a word longer than the cell breaks
				k++
				isi -= muat
			}
		}
		n += k
	}
	return n
}

func (s *SheetWriter) xml() ([]byte, error) {
	w := s.w
	if len(s.baris) > maxBaris {
		return nil, fmt.Errorf("sheet %q: %d baris, lebih dari batas XLSX %d", s.nama, len(s.baris), maxBaris)
	}
	var b strings.Builder
	b.WriteString(kepalaXML)
	b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	if s.pas {
		b.WriteString(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`)
	}
	// Widths from content, and merges.
	isi := map[int]int{}
	var gabung []string
	nKolom := 0
	for r, row := range s.baris {
		col := 0
		for _, v := range row {
			span := max(v.span, 1)
			switch {
			case span > 1: // a merged cell spreads over its columns: it sets no width
			case v.kepala: // a header wraps: half its length
				isi[col] = max(isi[col], (panjang(v)+1)/2)
			default:
				isi[col] = max(isi[col], panjang(v))
			}
			if span > 1 {
				gabung = append(gabung, alamatSel(r, col)+":"+alamatSel(r, col+span-1))
			}
			col += span
		}
		nKolom = max(nKolom, col)
	}
	if nKolom > maxKolom {
		return nil, fmt.Errorf("sheet %q: %d kolom, lebih dari batas XLSX %d", s.nama, nKolom, maxKolom)
	}
	if s.beku > 0 {
		fmt.Fprintf(&b, `<sheetViews><sheetView workbookViewId="0"><pane ySplit="%d" topLeftCell="%s" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="%[2]s" sqref="%[2]s"/></sheetView></sheetViews>`, s.beku, alamatSel(s.beku, 0))
	}
	lebar := make([]float64, nKolom)
	if nKolom > 0 {
		b.WriteString("<cols>")
		for c := 0; c < nKolom; c++ {
			l, ok := s.lebar[c]
			if !ok {
				l = float64(min(max(isi[c], 4), 60) + 2)
			}
			lebar[c] = l
			fmt.Fprintf(&b, `<col min="%d" max="%d" width="%s" customWidth="1"/>`, c+1, c+1, strconv.FormatFloat(l, 'f', -1, 64))
		}
		b.WriteString("</cols>")
	}
	b.WriteString("<sheetData>")
	for r, row := range s.baris {
		// A text longer than its cell wraps; the row is made as high as
		// its most wrapped cell (readers do not all fit rows on opening).
		baris := 1
		col := 0
		for _, v := range row {
			span := max(v.span, 1)
			if !v.angka && v.teks != "" {
				l := 0.0
				for k := col; k < min(col+span, nKolom); k++ {
					l += lebar[k]
				}
				baris = max(baris, jumlahBaris(v.teks, l))
			}
			col += span
		}
		if baris > 1 {
			fmt.Fprintf(&b, `<row r="%d" ht="%d" customHeight="1">`, r+1, 15*baris)
		} else {
			fmt.Fprintf(&b, `<row r="%d">`, r+1)
		}
		col = 0
		for _, v := range row {
			span := max(v.span, 1)
			l := 0.0
			for k := col; k < min(col+span, nKolom); k++ {
				l += lebar[k]
			}
			g := gaya{format: v.format, tebal: v.tebal, kepala: v.kepala, garis: v.kepala, bungkus: v.kepala || !v.angka && jumlahBaris(v.teks, l) > 1}
			if !v.angka {
				g.format = ""
			}
			id := w.indexGaya(g)
			for k := 0; k < span; k++ {
				c := alamatSel(r, col+k)
				switch {
				case k > 0 || v.teks == "":
					if id != 0 {
						fmt.Fprintf(&b, `<c r="%s" s="%d"/>`, c, id)
					}
				case v.angka:
					fmt.Fprintf(&b, `<c r="%s" s="%d"><v>%s</v></c>`, c, id, v.teks)
				default:
					if n := len(utf16.Encode([]rune(v.teks))); n > maxTeksSel {
						return nil, fmt.Errorf("sheet %q sel %s: %d karakter, lebih dari batas XLSX %d", s.nama, c, n, maxTeksSel)
					}
					fmt.Fprintf(&b, `<c r="%s" s="%d" t="s"><v>%d</v></c>`, c, id, w.indexTeks(v.teks))
				}
			}
			col += span
		}
		b.WriteString("</row>")
	}
	b.WriteString("</sheetData>")
	if len(gabung) > 0 {
		fmt.Fprintf(&b, `<mergeCells count="%d">`, len(gabung))
		for _, g := range gabung {
			fmt.Fprintf(&b, `<mergeCell ref="%s"/>`, g)
		}
		b.WriteString("</mergeCells>")
	}
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)
	orient := "portrait"
	if s.lanskap {
		orient = "landscape"
	}
	pas := ""
	if s.pas {
		pas = ` fitToWidth="1" fitToHeight="0"`
	}
	fmt.Fprintf(&b, `<pageSetup paperSize="9"%s orientation="%s"/>`, pas, orient)
	b.WriteString("</worksheet>")
	return []byte(b.String()), nil
}

func (w *Writer) contentTypes() []byte {
	var b strings.Builder
	b.WriteString(kepalaXML + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`)
	for i := range w.sheets {
		fmt.Fprintf(&b, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
	}
	b.WriteString("</Types>")
	return []byte(b.String())
}

func (w *Writer) workbook() []byte {
	var b strings.Builder
	b.WriteString(kepalaXML + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>`)
	for i, s := range w.sheets {
		fmt.Fprintf(&b, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, lolos(s.nama), i+1, i+1)
	}
	b.WriteString("</sheets>")
	var judul strings.Builder
	for i, s := range w.sheets {
		if s.beku > 0 {
			// print titles: 'Sheet name'!$1:$1, apostrophes doubled
			fmt.Fprintf(&judul, `<definedName name="_xlnm.Print_Titles" localSheetId="%d">%s</definedName>`, i,
				lolos("'"+strings.ReplaceAll(s.nama, "'", "''")+"'!$1:$"+strconv.Itoa(s.beku)))
		}
	}
	if judul.Len() > 0 {
		b.WriteString("<definedNames>" + judul.String() + "</definedNames>")
	}
	b.WriteString("</workbook>")
	return []byte(b.String())
}

func (w *Writer) workbookRels() []byte {
	var b strings.Builder
	b.WriteString(kepalaXML + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i := range w.sheets {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
	}
	n := len(w.sheets)
	fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`, n+1)
	fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`, n+2)
	b.WriteString("</Relationships>")
	return []byte(b.String())
}

func (w *Writer) styles() []byte {
	var b strings.Builder
	b.WriteString(kepalaXML + `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	if len(w.format) > 0 {
		fmt.Fprintf(&b, `<numFmts count="%d">`, len(w.format))
		for i, f := range w.format {
			fmt.Fprintf(&b, `<numFmt numFmtId="%d" formatCode="%s"/>`, 164+i, lolos(f))
		}
		b.WriteString("</numFmts>")
	}
	b.WriteString(`<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>`)
	b.WriteString(`<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8E8E8"/><bgColor indexed="64"/></patternFill></fill></fills>`)
	b.WriteString(`<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>`)
	b.WriteString(`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>`)
	fmt.Fprintf(&b, `<cellXfs count="%d">`, len(w.gaya))
	for _, g := range w.gaya {
		fmtID, font, fill, border := 0, 0, 0, 0
		if g.format != "" {
			for i, f := range w.format {
				if f == g.format {
					fmtID = 164 + i
				}
			}
		}
		if g.tebal || g.kepala {
			font = 1
		}
		if g.kepala {
			fill = 2
		}
		if g.garis {
			border = 1
		}
		fmt.Fprintf(&b, `<xf numFmtId="%d" fontId="%d" fillId="%d" borderId="%d" xfId="0"`, fmtID, font, fill, border)
		for _, a := range []struct {
			on   bool
			attr string
		}{{fmtID != 0, "applyNumberFormat"}, {font != 0, "applyFont"}, {fill != 0, "applyFill"}, {border != 0, "applyBorder"}} {
			if a.on {
				b.WriteString(" " + a.attr + `="1"`)
			}
		}
		// cells at the top of their row, which a wrapped cell makes high
		switch {
		case g.kepala:
			b.WriteString(` applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>`)
		case g.bungkus:
			b.WriteString(` applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`)
		default:
			b.WriteString(` applyAlignment="1"><alignment vertical="top"/></xf>`)
		}
	}
	b.WriteString(`</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`)
	return []byte(b.String())
}

func (w *Writer) sharedStrings() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, kepalaXML+`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, len(w.teks), len(w.teks))
	for _, s := range w.teks {
		if s != strings.TrimSpace(s) {
			b.WriteString(`<si><t xml:space="preserve">` + lolos(s) + `</t></si>`)
		} else {
			b.WriteString("<si><t>" + lolos(s) + "</t></si>")
		}
	}
	b.WriteString("</sst>")
	return []byte(b.String())
}

// compile-time check: *Writer is an io.WriterTo.
var _ io.WriterTo = (*Writer)(nil)
