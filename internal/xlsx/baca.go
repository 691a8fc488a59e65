package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Limits of the reader. A workbook beyond them is refused with an error
// instead of exhausting memory: a zip bomb inflates a few kilobytes into
// gigabytes, and a hostile sheet can claim a million rows.
const (
	// MaxPartSize is the largest uncompressed size of one part (a sheet,
	// the shared strings, the styles).
	MaxPartSize = 64 << 20
	// MaxTotalSize is the largest uncompressed size of all parts read.
	MaxTotalSize = 256 << 20
	// MaxCells is the largest number of cells of the whole workbook.
	MaxCells = 4 << 20
	// MaxRow and MaxCol are the spreadsheet's own limits (XFD1048576).
	MaxRow = 1 << 20
	MaxCol = 1 << 14
)

// Kind is the type of a cell's cached value.
type Kind int

const (
	// KindNumber is a number, its value the cached text ("1234.5",
	// "9.9999999999999992E-2"): parse it exactly (decimal.NewFromString),
	// never through a float.
	KindNumber Kind = iota
	// KindString is text: a shared string, an inline string, or the
	// string result of a formula.
	KindString
	// KindBool is a boolean, its value "TRUE" or "FALSE".
	KindBool
	// KindError is a formula error, its value as the sheet shows it
	// ("#DIV/0!", "#N/A", "#REF!").
	KindError
	// KindDate is an ISO 8601 date written as such (t="d"), rare.
	KindDate
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case KindNumber:
		return "number"
	case KindString:
		return "string"
	case KindBool:
		return "bool"
	case KindError:
		return "error"
	case KindDate:
		return "date"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Workbook is a read workbook: its sheets in the workbook's order.
type Workbook struct {
	Sheets []*Sheet
}

// Sheet returns the sheet of that name, or nil.
func (w *Workbook) Sheet(name string) *Sheet {
	for _, s := range w.Sheets {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// Sheet is one worksheet: its name, its rows that have at least one cell
// (ascending, sparse: a missing row or cell was empty), and its merged
// ranges such as "A6:A9".
type Sheet struct {
	Name   string
	Rows   []Row
	Merged []string
}

// Row is one row of a sheet: its 1-based number and its cells, ascending
// by column, sparse.
type Row struct {
	Number int
	Cells  []Cell
}

// Cell is one cell. Value is the cached value as text ("" for a cell that
// holds only a style or a formula without a cached value); Formula the
// formula without its leading "=" ("SUM(O15:O21)"), "" when the cell holds
// a constant; NumFmt the number format code of its style ("General",
// "#,##0", "0.00%"), "" when unknown.
type Cell struct {
	Ref     string // "O15"
	Row     int    // 1-based
	Col     int    // 1-based: A = 1
	Kind    Kind
	Value   string
	Formula string
	NumFmt  string
}

// Empty reports whether the cell has neither a value nor a formula.
func (c Cell) Empty() bool { return c.Value == "" && c.Formula == "" }

// Cell returns the cell at row and col (both 1-based), and false when the
// sheet has none there.
func (s *Sheet) Cell(row, col int) (Cell, bool) {
	i := sort.Search(len(s.Rows), func(i int) bool { return s.Rows[i].Number >= row })
	if i == len(s.Rows) || s.Rows[i].Number != row {
		return Cell{}, false
	}
	cs := s.Rows[i].Cells
	j := sort.Search(len(cs), func(j int) bool { return cs[j].Col >= col })
	if j == len(cs) || cs[j].Col != col {
		return Cell{}, false
	}
	return cs[j], true
}

// Lookup returns the cell of a reference such as "O15" (or "$O$15").
func (s *Sheet) Lookup(ref string) (Cell, bool) {
	r, c, err := ParseRef(ref)
	if err != nil {
		return Cell{}, false
	}
	return s.Cell(r, c)
}

// ColumnName writes a 1-based column number as letters: 1 → "A", 28 → "AB".
func ColumnName(col int) string {
	if col < 1 {
		return ""
	}
	var b [8]byte
	i := len(b)
	for col > 0 {
		col--
		i--
		b[i] = byte('A' + col%26)
		col /= 26
	}
	return string(b[i:])
}

// CellName writes a reference from its 1-based row and column: (15, 15) →
// "O15".
func CellName(row, col int) string { return ColumnName(col) + strconv.Itoa(row) }

// ParseRef reads a reference such as "O15" or "$AB$113" into its 1-based
// row and column.
func ParseRef(ref string) (row, col int, err error) {
	s := strings.TrimPrefix(ref, "$")
	i := 0
	for i < len(s) && isLetter(s[i]) {
		col = col*26 + int(upper(s[i])-'A'+1)
		i++
		if col > MaxCol {
			return 0, 0, fmt.Errorf("referensi sel %q: kolom di luar batas", ref)
		}
	}
	if i == 0 {
		return 0, 0, fmt.Errorf("referensi sel %q tidak sah", ref)
	}
	if i < len(s) && s[i] == '$' {
		i++
	}
	if i == len(s) {
		return 0, 0, fmt.Errorf("referensi sel %q tanpa nomor baris", ref)
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, 0, fmt.Errorf("referensi sel %q tidak sah", ref)
		}
		row = row*10 + int(s[i]-'0')
		if row > MaxRow {
			return 0, 0, fmt.Errorf("referensi sel %q: baris di luar batas", ref)
		}
	}
	if row == 0 {
		return 0, 0, fmt.Errorf("referensi sel %q: baris 0", ref)
	}
	return row, col, nil
}

func isLetter(b byte) bool { return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') }

func upper(b byte) byte {
	if b >= 'a' && b <= 'z' {
		return b - 'a' + 'A'
	}
	return b
}

// Read reads a workbook from the bytes of an .xlsx file. Errors are in
// Bahasa Indonesia and name the part and, where there is one, the cell.
func Read(data []byte) (*Workbook, error) {
	return read(data, limits{part: MaxPartSize, total: MaxTotalSize, cells: MaxCells})
}

type limits struct {
	part, total int64
	cells       int
}

func read(data []byte, lim limits) (*Workbook, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("bukan berkas XLSX (arsip zip): %w", err)
	}
	r := &reader{files: make(map[string]*zip.File, len(zr.File)), lim: lim}
	for _, f := range zr.File {
		r.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	wbPath := "xl/workbook.xml"
	if t, ok := r.rootTarget(); ok {
		wbPath = t
	}
	wb, err := r.part(wbPath)
	if err != nil {
		return nil, err
	}
	if wb == nil {
		return nil, errors.New("bukan berkas XLSX: tidak ada xl/workbook.xml")
	}
	sheets, err := parseWorkbook(wb)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", wbPath, err)
	}
	dir := path.Dir(wbPath)
	relsPath := path.Join(dir, "_rels", path.Base(wbPath)+".rels")
	rels := map[string]relationship{}
	if b, err := r.part(relsPath); err != nil {
		return nil, err
	} else if b != nil {
		if rels, err = parseRels(b); err != nil {
			return nil, fmt.Errorf("%s: %w", relsPath, err)
		}
	}
	var ssPath, stylesPath string
	for _, rel := range rels {
		switch {
		case strings.HasSuffix(rel.Type, "/sharedStrings"):
			ssPath = resolve(dir, rel.Target)
		case strings.HasSuffix(rel.Type, "/styles"):
			stylesPath = resolve(dir, rel.Target)
		}
	}
	if ssPath == "" {
		ssPath = path.Join(dir, "sharedStrings.xml")
	}
	if stylesPath == "" {
		stylesPath = path.Join(dir, "styles.xml")
	}
	if b, err := r.part(ssPath); err != nil {
		return nil, err
	} else if b != nil {
		if r.strings, err = parseSharedStrings(b); err != nil {
			return nil, fmt.Errorf("%s: %w", ssPath, err)
		}
	}
	if b, err := r.part(stylesPath); err != nil {
		return nil, err
	} else if b != nil {
		if r.formats, err = parseStyles(b); err != nil {
			return nil, fmt.Errorf("%s: %w", stylesPath, err)
		}
	}
	out := &Workbook{}
	seen := map[string]bool{}
	for _, s := range sheets {
		if seen[s.name] {
			return nil, fmt.Errorf("%s: nama lembar %q ganda", wbPath, s.name)
		}
		seen[s.name] = true
		rel, ok := rels[s.rid]
		var p string
		if ok {
			p = resolve(dir, rel.Target)
		} else {
			p = path.Join(dir, "worksheets", "sheet"+strconv.Itoa(len(out.Sheets)+1)+".xml")
		}
		b, err := r.part(p)
		if err != nil {
			return nil, err
		}
		if b == nil {
			return nil, fmt.Errorf("lembar %q: bagian %s tidak ada dalam berkas", s.name, p)
		}
		sh, err := r.parseSheet(s.name, b)
		if err != nil {
			return nil, fmt.Errorf("lembar %q: %w", s.name, err)
		}
		out.Sheets = append(out.Sheets, sh)
	}
	return out, nil
}

type reader struct {
	files   map[string]*zip.File
	lim     limits
	total   int64
	cells   int
	strings []string
	formats map[int]string // style index → number format code
}

// part returns the uncompressed bytes of a part, nil when absent. The read
// is capped: the header's declared size is not trusted.
func (r *reader) part(name string) ([]byte, error) {
	f, ok := r.files[name]
	if !ok {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer rc.Close()
	limit := r.lim.part
	if rest := r.lim.total - r.total; rest < limit {
		limit = rest
	}
	var buf bytes.Buffer
	if f.UncompressedSize64 < uint64(limit) {
		buf.Grow(int(f.UncompressedSize64))
	}
	n, err := io.Copy(&buf, io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if n > limit {
		return nil, fmt.Errorf("%s: terlalu besar setelah dibuka (batas %d bita per bagian, %d bita seluruhnya)", name, r.lim.part, r.lim.total)
	}
	r.total += n
	return buf.Bytes(), nil
}

func (r *reader) rootTarget() (string, bool) {
	b, err := r.part("_rels/.rels")
	if err != nil || b == nil {
		return "", false
	}
	rels, err := parseRels(b)
	if err != nil {
		return "", false
	}
	for _, rel := range rels {
		if strings.HasSuffix(rel.Type, "/officeDocument") {
			return resolve("", rel.Target), true
		}
	}
	return "", false
}

func resolve(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean(path.Join(dir, target)), "/")
}

type sheetEntry struct{ name, rid string }

func parseWorkbook(b []byte) ([]sheetEntry, error) {
	d := newTokens(b)
	var out []sheetEntry
	for {
		tok, err := d.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("XML rusak: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "sheet" {
			continue
		}
		var e sheetEntry
		for _, a := range se.Attr {
			switch {
			case a.Name.Local == "name":
				e.name = a.Value
			case a.Name.Local == "id" && a.Name.Space != "":
				e.rid = a.Value
			}
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil, errors.New("buku kerja tanpa lembar")
	}
	return out, nil
}

type relationship struct{ Type, Target string }

func parseRels(b []byte) (map[string]relationship, error) {
	d := newTokens(b)
	out := map[string]relationship{}
	for {
		tok, err := d.next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("XML rusak: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" {
			continue
		}
		var id string
		var rel relationship
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Id":
				id = a.Value
			case "Type":
				rel.Type = a.Value
			case "Target":
				rel.Target = a.Value
			}
		}
		out[id] = rel
	}
}

// parseSharedStrings reads the <si> items: the text of a plain <t> or the
// concatenated <t> of rich-text runs <r>, phonetic runs <rPh> left out.
func parseSharedStrings(b []byte) ([]string, error) {
	d := newTokens(b)
	var out []string
	var cur strings.Builder
	inSI, inT, skip := false, false, 0
	for {
		tok, err := d.next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("XML rusak: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inSI = true
				cur.Reset()
			case "rPh":
				skip++
			case "t":
				inT = inSI && skip == 0
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				out = append(out, cur.String())
				inSI = false
			case "rPh":
				skip--
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				cur.Write(t)
			}
		}
	}
}

// builtinFormats are the number formats with implicit ids (ECMA-376
// §18.8.30) that a reader meets in practice.
var builtinFormats = map[int]string{
	0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
	9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
	14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
	18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
	22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
	39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
	45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
}

// parseStyles maps each cell style (the index of an <xf> in <cellXfs>) to
// its number format code.
func parseStyles(b []byte) (map[int]string, error) {
	d := newTokens(b)
	custom := map[int]string{}
	var xfs []int
	inXfs := false
	for {
		tok, err := d.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("XML rusak: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "numFmt":
				id, code := -1, ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "numFmtId":
						id, _ = strconv.Atoi(a.Value)
					case "formatCode":
						code = a.Value
					}
				}
				if id >= 0 {
					custom[id] = code
				}
			case "cellXfs":
				inXfs = true
			case "xf":
				if inXfs {
					id := 0
					for _, a := range t.Attr {
						if a.Name.Local == "numFmtId" {
							id, _ = strconv.Atoi(a.Value)
						}
					}
					xfs = append(xfs, id)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "cellXfs" {
				inXfs = false
				goto done // the rest of the styles does not matter here
			}
		}
	}
done:
	out := make(map[int]string, len(xfs))
	for i, id := range xfs {
		if c, ok := custom[id]; ok {
			out[i] = c
		} else if c, ok := builtinFormats[id]; ok {
			out[i] = c
		}
	}
	return out, nil
}

type sharedFormula struct {
	row, col int
	text     string
	ref      string
}

func (r *reader) parseSheet(name string, b []byte) (*Sheet, error) {
	sh := &Sheet{Name: name}
	d := newTokens(b)
	shared := map[string]sharedFormula{}
	var (
		rowNum, nextCol int
		row             *Row
		c               Cell
		typ, si, fType  string
		fRef            string
		inCell          bool
		text            *strings.Builder
		vText, fText    strings.Builder
		isText          strings.Builder
		inIS            bool
		haveV           bool
	)
	lastRow := 0
	flushRow := func() {
		if row != nil && len(row.Cells) > 0 {
			sh.Rows = append(sh.Rows, *row)
		}
		row = nil
	}
	for {
		tok, err := d.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("XML rusak: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				flushRow()
				n := lastRow + 1
				for _, a := range t.Attr {
					if a.Name.Local == "r" {
						v, err := strconv.Atoi(a.Value)
						if err != nil || v < 1 || v > MaxRow {
							return nil, fmt.Errorf("nomor baris %q tidak sah", a.Value)
						}
						n = v
					}
				}
				if n <= lastRow {
					return nil, fmt.Errorf("baris %d tidak urut (sesudah baris %d)", n, lastRow)
				}
				lastRow, rowNum, nextCol = n, n, 1
				row = &Row{Number: n}
			case "c":
				if row == nil {
					return nil, errors.New("sel di luar baris")
				}
				c = Cell{Row: rowNum, Col: nextCol}
				typ, si, fType, fRef = "", "", "", ""
				vText.Reset()
				fText.Reset()
				isText.Reset()
				haveV = false
				inCell = true
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "r":
						rr, cc, err := ParseRef(a.Value)
						if err != nil {
							return nil, err
						}
						if rr != rowNum {
							return nil, fmt.Errorf("sel %s berada di baris %d", a.Value, rowNum)
						}
						c.Col = cc
					case "t":
						typ = a.Value
					case "s":
						if i, err := strconv.Atoi(a.Value); err == nil {
							c.NumFmt = r.formats[i]
						}
					}
				}
				if n := len(row.Cells); n > 0 && c.Col <= row.Cells[n-1].Col {
					return nil, fmt.Errorf("sel %s tidak urut dalam barisnya", CellName(rowNum, c.Col))
				}
				if c.Col > MaxCol {
					return nil, fmt.Errorf("kolom sel di luar batas di baris %d", rowNum)
				}
				c.Ref = CellName(c.Row, c.Col)
			case "v":
				if inCell {
					text = &vText
					haveV = true
				}
			case "f":
				if inCell {
					text = &fText
					for _, a := range t.Attr {
						switch a.Name.Local {
						case "t":
							fType = a.Value
						case "si":
							si = a.Value
						case "ref":
							fRef = a.Value
						}
					}
				}
			case "is":
				inIS = inCell
			case "t":
				if inIS {
					text = &isText
				}
			case "rPh":
				if inIS {
					if err := d.skip(); err != nil {
						return nil, fmt.Errorf("XML rusak: %w", err)
					}
				}
			case "mergeCell":
				for _, a := range t.Attr {
					if a.Name.Local == "ref" {
						sh.Merged = append(sh.Merged, a.Value)
					}
				}
			}
		case xml.CharData:
			if text != nil {
				text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v", "f", "t":
				text = nil
			case "is":
				inIS = false
			case "c":
				if !inCell {
					break
				}
				inCell = false
				if err := r.finishCell(&c, typ, haveV, vText.String(), isText.String()); err != nil {
					return nil, err
				}
				c.Formula = fText.String()
				if fType == "shared" && si != "" {
					if c.Formula != "" {
						shared[si] = sharedFormula{row: c.Row, col: c.Col, text: c.Formula, ref: fRef}
					} else if m, ok := shared[si]; ok {
						c.Formula = shiftFormula(m.text, c.Row-m.row, c.Col-m.col)
					}
				}
				r.cells++
				if r.cells > r.lim.cells {
					return nil, fmt.Errorf("lebih dari %d sel", r.lim.cells)
				}
				if !c.Empty() || c.NumFmt != "" {
					row.Cells = append(row.Cells, c)
				}
				nextCol = c.Col + 1
			case "row":
				flushRow()
			}
		}
	}
	flushRow()
	return sh, nil
}

func (r *reader) finishCell(c *Cell, typ string, haveV bool, v, is string) error {
	switch typ {
	case "", "n":
		c.Kind = KindNumber
		c.Value = strings.TrimSpace(v)
		if c.Value != "" && !isNumber(c.Value) {
			return fmt.Errorf("sel %s: nilai angka %q tidak sah", c.Ref, v)
		}
	case "s":
		c.Kind = KindString
		if !haveV {
			return nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(r.strings) {
			return fmt.Errorf("sel %s: indeks teks bersama %q tidak ada", c.Ref, v)
		}
		c.Value = r.strings[i]
	case "inlineStr":
		c.Kind = KindString
		c.Value = is
	case "str":
		c.Kind = KindString
		c.Value = v
	case "b":
		c.Kind = KindBool
		switch strings.TrimSpace(v) {
		case "1", "true":
			c.Value = "TRUE"
		case "0", "false":
			c.Value = "FALSE"
		case "":
		default:
			return fmt.Errorf("sel %s: nilai boolean %q tidak sah", c.Ref, v)
		}
	case "e":
		c.Kind = KindError
		c.Value = v
	case "d":
		c.Kind = KindDate
		c.Value = v
	default:
		return fmt.Errorf("sel %s: jenis sel %q tidak dikenal", c.Ref, typ)
	}
	return nil
}

// isNumber reports whether s is a number as a spreadsheet writes one:
// an optional sign, digits with an optional point, an optional exponent
// of at most 400 (a double ends near 1E308; a larger exponent would make
// exact decimal arithmetic on the value needlessly huge).
func isNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		digits, exp := 0, 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			exp = exp*10 + int(s[i]-'0')
			i++
			digits++
			if exp > 400 {
				return false // beyond a double's range: not a spreadsheet's number
			}
		}
		if digits == 0 {
			return false
		}
	}
	return i == len(s)
}

// shiftFormula moves the relative references of a shared formula's master
// text by dr rows and dc columns, as the spreadsheet does for each cell of
// the shared range: "L11+AB11" moved one row down is "L12+AB12", "$J$11"
// stays. Text in double quotes is left alone; a name followed by "(" is a
// function, not a reference.
func shiftFormula(f string, dr, dc int) string {
	if dr == 0 && dc == 0 {
		return f
	}
	var b strings.Builder
	b.Grow(len(f) + 8)
	for i := 0; i < len(f); {
		ch := f[i]
		if ch == '"' {
			j := i + 1
			for j < len(f) {
				if f[j] == '"' {
					if j+1 < len(f) && f[j+1] == '"' {
						j += 2
						continue
					}
					break
				}
				j++
			}
			if j < len(f) {
				j++
			}
			b.WriteString(f[i:j])
			i = j
			continue
		}
		if (ch == '$' || isLetter(ch)) && (i == 0 || !isIdent(f[i-1])) {
			if n, ref := shiftRef(f[i:], dr, dc); n > 0 {
				b.WriteString(ref)
				i += n
				continue
			}
			j := i
			for j < len(f) && (isIdent(f[j]) || f[j] == '$') {
				j++
			}
			b.WriteString(f[i:j])
			i = j
			continue
		}
		b.WriteByte(ch)
		i++
	}
	return b.String()
}

func isIdent(b byte) bool {
	return isLetter(b) || (b >= '0' && b <= '9') || b == '_' || b == '.'
}

// shiftRef reads a reference at the start of s ("$A$1", "AB12") and returns
// its length and its moved text; 0 when s does not start with a reference.
func shiftRef(s string, dr, dc int) (int, string) {
	i := 0
	absC := false
	if i < len(s) && s[i] == '$' {
		absC = true
		i++
	}
	c0 := i
	col := 0
	for i < len(s) && isLetter(s[i]) && i-c0 < 3 {
		col = col*26 + int(upper(s[i])-'A'+1)
		i++
	}
	if i == c0 || (i < len(s) && isLetter(s[i])) {
		return 0, ""
	}
	absR := false
	if i < len(s) && s[i] == '$' {
		absR = true
		i++
	}
	r0 := i
	row := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' && i-r0 < 8 {
		row = row*10 + int(s[i]-'0')
		i++
	}
	if i == r0 || row == 0 {
		return 0, ""
	}
	if i < len(s) && (isIdent(s[i]) || s[i] == '(') {
		return 0, ""
	}
	if !absC {
		col += dc
	}
	if !absR {
		row += dr
	}
	if col < 1 || col > MaxCol || row < 1 || row > MaxRow {
		return i, "#REF!"
	}
	var b strings.Builder
	if absC {
		b.WriteByte('$')
	}
	b.WriteString(ColumnName(col))
	if absR {
		b.WriteByte('$')
	}
	b.WriteString(strconv.Itoa(row))
	return i, b.String()
}

// tokens reads XML tokens without namespace translation (RawToken, the
// faster path: the parts' elements are told apart by local name) and
// checks what RawToken does not: every element closes in order, and none
// is left open at the end, so a truncated or garbled part is an error and
// never a silently dropped cell.
type tokens struct {
	d     *xml.Decoder
	stack []string
}

func newTokens(b []byte) *tokens { return &tokens{d: xml.NewDecoder(bytes.NewReader(b))} }

func (t *tokens) next() (xml.Token, error) {
	tok, err := t.d.RawToken()
	if err == io.EOF {
		if len(t.stack) > 0 {
			return nil, fmt.Errorf("elemen <%s> tidak ditutup", t.stack[len(t.stack)-1])
		}
		return nil, io.EOF
	}
	if err != nil {
		return nil, err
	}
	switch e := tok.(type) {
	case xml.StartElement:
		if len(t.stack) >= 256 {
			return nil, errors.New("elemen bersarang terlalu dalam")
		}
		t.stack = append(t.stack, e.Name.Local)
	case xml.EndElement:
		if len(t.stack) == 0 || t.stack[len(t.stack)-1] != e.Name.Local {
			return nil, fmt.Errorf("elemen </%s> tidak sesuai", e.Name.Local)
		}
		t.stack = t.stack[:len(t.stack)-1]
	}
	return tok, nil
}

// skip reads to the end of the element just started.
func (t *tokens) skip() error {
	depth := len(t.stack)
	for len(t.stack) >= depth {
		if _, err := t.next(); err != nil {
			if err == io.EOF {
				return io.ErrUnexpectedEOF
			}
			return err
		}
	}
	return nil
}
