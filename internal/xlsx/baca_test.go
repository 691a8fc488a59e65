package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const deliSerdang = "../../internal/sampel/renja/deliserdang-bappedalitbang-evaluasi-renja-2025.xlsx"

const (
	hdr    = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`
	nsMain = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
)

// buildXLSX zips parts into a workbook; a part given as "" is left out.
func buildXLSX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range sortedKeys(parts) {
		if parts[name] == "" {
			continue
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

// minimal returns the parts of a one-sheet workbook with the given sheet
// data; extra parts replace or add to them.
func minimal(sheetData string, extra map[string]string) map[string]string {
	p := map[string]string{
		"_rels/.rels": hdr + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": hdr + `<workbook ` + nsMain + `><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": hdr + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/></Relationships>`,
		"xl/sharedStrings.xml": hdr + `<sst ` + nsMain + `><si><t>No</t></si><si><r><t>Jumlah </t></r><r><t>Dok</t></r><rPh><t>x</t></rPh></si><si><t xml:space="preserve"> Lap </t></si></sst>`,
		"xl/styles.xml": hdr + `<styleSheet ` + nsMain + `><numFmts count="1"><numFmt numFmtId="164" formatCode="_(* #,##0_)"/></numFmts>` +
			`<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/></cellXfs></styleSheet>`,
		"xl/worksheets/sheet1.xml": hdr + `<worksheet ` + nsMain + `><sheetData>` + sheetData + `</sheetData></worksheet>`,
	}
	for k, v := range extra {
		p[k] = v
	}
	return p
}

func TestRead(t *testing.T) {
	sheet := `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>` +
		`<row r="3"><c r="A3"><v>1234.5</v></c><c r="B3" s="1"><f>SUM(A3:A4)</f><v>9.9999999999999992E-2</v></c>` +
		`<c r="D3" t="inlineStr"><is><t>Orang / Bulan</t></is></c><c r="E3" t="b"><v>1</v></c>` +
		`<c r="F3" t="e" s="2"><f>(AD82/J82)*100</f><v>#DIV/0!</v></c><c r="G3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="H3" s="1"/></row>` +
		`<row><c><v>7</v></c><c t="s"><v>2</v></c></row>` +
		`<row r="10"><c r="A10"><f t="shared" ref="A10:B12" si="0">L10+AB10*$J$1+SUM(A1:B2)+LOG10(4)+"A1"</f><v>1</v></c></row>` +
		`<row r="11"><c r="A11"><f t="shared" si="0"/><v>2</v></c><c r="B11"><f t="shared" si="0"/><v>3</v></c></row>`
	extra := map[string]string{}
	extra["xl/worksheets/sheet1.xml"] = hdr + `<worksheet ` + nsMain + `><sheetData>` + sheet + `</sheetData><mergeCells count="2"><mergeCell ref="A6:A9"/><mergeCell ref="G106:G107"/></mergeCells></worksheet>`
	wb, err := Read(buildXLSX(t, minimal("", extra)))
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Sheets) != 1 || wb.Sheet("Data") == nil || wb.Sheet("Lain") != nil {
		t.Fatalf("sheets = %v", wb.Sheets)
	}
	s := wb.Sheet("Data")
	want := []Row{
		{Number: 1, Cells: []Cell{
			{Ref: "A1", Row: 1, Col: 1, Kind: KindString, Value: "No"},
			{Ref: "C1", Row: 1, Col: 3, Kind: KindString, Value: "Jumlah Dok"},
		}},
		{Number: 3, Cells: []Cell{
			{Ref: "A3", Row: 3, Col: 1, Kind: KindNumber, Value: "1234.5"},
			{Ref: "B3", Row: 3, Col: 2, Kind: KindNumber, Value: "9.9999999999999992E-2", Formula: "SUM(A3:A4)", NumFmt: "_(* #,##0_)"},
			{Ref: "D3", Row: 3, Col: 4, Kind: KindString, Value: "Orang / Bulan"},
			{Ref: "E3", Row: 3, Col: 5, Kind: KindBool, Value: "TRUE"},
			{Ref: "F3", Row: 3, Col: 6, Kind: KindError, Value: "#DIV/0!", Formula: "(AD82/J82)*100", NumFmt: "0%"},
			{Ref: "G3", Row: 3, Col: 7, Kind: KindString, Value: "ab", Formula: `"a"&"b"`},
			{Ref: "H3", Row: 3, Col: 8, Kind: KindNumber, NumFmt: "_(* #,##0_)"},
		}},
		{Number: 4, Cells: []Cell{
			{Ref: "A4", Row: 4, Col: 1, Kind: KindNumber, Value: "7"},
			{Ref: "B4", Row: 4, Col: 2, Kind: KindString, Value: " Lap "},
		}},
		{Number: 10, Cells: []Cell{
			{Ref: "A10", Row: 10, Col: 1, Kind: KindNumber, Value: "1", Formula: `L10+AB10*$J$1+SUM(A1:B2)+LOG10(4)+"A1"`},
		}},
		{Number: 11, Cells: []Cell{
			{Ref: "A11", Row: 11, Col: 1, Kind: KindNumber, Value: "2", Formula: `L11+AB11*$J$1+SUM(A2:B3)+LOG10(4)+"A1"`},
			{Ref: "B11", Row: 11, Col: 2, Kind: KindNumber, Value: "3", Formula: `M11+AC11*$J$1+SUM(B2:C3)+LOG10(4)+"A1"`},
		}},
	}
	if diff := cmp.Diff(want, s.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"A6:A9", "G106:G107"}, s.Merged); diff != "" {
		t.Errorf("merged (-want +got):\n%s", diff)
	}
	if c, ok := s.Lookup("$B$4"); !ok || c.Value != " Lap " {
		t.Errorf("Lookup(B4) = %+v, %v", c, ok)
	}
	if _, ok := s.Lookup("B2"); ok {
		t.Errorf("Lookup(B2) found a cell in an absent row")
	}
	if _, ok := s.Cell(3, 3); ok {
		t.Errorf("Cell(3,3) found a cell that is absent")
	}
}

func TestReadErrors(t *testing.T) {
	sheetPart := func(data string) map[string]string {
		return minimal(data, nil)
	}
	tests := []struct {
		name  string
		data  []byte
		lim   limits
		wants string
	}{
		{"not zip", []byte("PK nope"), limits{}, "bukan berkas XLSX"},
		{"no workbook", buildXLSX(t, map[string]string{"a.txt": "x"}), limits{}, "tidak ada xl/workbook.xml"},
		{"no sheets", buildXLSX(t, minimal("", map[string]string{"xl/workbook.xml": hdr + `<workbook ` + nsMain + `><sheets/></workbook>`})), limits{}, "tanpa lembar"},
		{"missing sheet part", buildXLSX(t, minimal("", map[string]string{"xl/worksheets/sheet1.xml": ""})), limits{}, "tidak ada dalam berkas"},
		{"bad xml", buildXLSX(t, sheetPart(`<row r="1"><c r="A1"><v>1</v></row>`)), limits{}, "XML rusak"},
		{"truncated part", buildXLSX(t, minimal("", map[string]string{"xl/worksheets/sheet1.xml": hdr + `<worksheet ` + nsMain + `><sheetData><row r="1"><c r="A1"><v>1</v></c>`})), limits{}, "elemen <row> tidak ditutup"},
		{"rich text phonetic run", buildXLSX(t, sheetPart(`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><rPh><t>x</t></rPh></row>`)), limits{}, "XML rusak"},
		{"bad shared index", buildXLSX(t, sheetPart(`<row r="1"><c r="A1" t="s"><v>9</v></c></row>`)), limits{}, "sel A1: indeks teks bersama"},
		{"bad number", buildXLSX(t, sheetPart(`<row r="1"><c r="B1"><v>1,5</v></c></row>`)), limits{}, `sel B1: nilai angka "1,5"`},
		{"bad bool", buildXLSX(t, sheetPart(`<row r="1"><c r="B1" t="b"><v>2</v></c></row>`)), limits{}, "nilai boolean"},
		{"bad type", buildXLSX(t, sheetPart(`<row r="1"><c r="B1" t="zz"><v>2</v></c></row>`)), limits{}, "jenis sel"},
		{"rows out of order", buildXLSX(t, sheetPart(`<row r="5"/><row r="2"/>`)), limits{}, "tidak urut"},
		{"cells out of order", buildXLSX(t, sheetPart(`<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>1</v></c></row>`)), limits{}, "sel B1 tidak urut"},
		{"cell in wrong row", buildXLSX(t, sheetPart(`<row r="1"><c r="C2"><v>1</v></c></row>`)), limits{}, "berada di baris 1"},
		{"row beyond limit", buildXLSX(t, sheetPart(`<row r="1048577"/>`)), limits{}, "nomor baris"},
		{"column beyond limit", buildXLSX(t, sheetPart(`<row r="1"><c r="XFE1"><v>1</v></c></row>`)), limits{}, "kolom di luar batas"},
		{"cell outside row", buildXLSX(t, sheetPart(`<c r="A1"><v>1</v></c>`)), limits{}, "sel di luar baris"},
		{"part too large", buildXLSX(t, sheetPart(strings.Repeat(`<row/>`, 2000))), limits{part: 4096, total: 1 << 20, cells: 100}, "terlalu besar"},
		{"total too large", buildXLSX(t, sheetPart(strings.Repeat(`<row/>`, 100))), limits{part: 4096, total: 2048, cells: 100}, "terlalu besar"},
		{"too many cells", buildXLSX(t, sheetPart(strings.Repeat(`<row><c><v>1</v></c></row>`, 20))), limits{part: 1 << 20, total: 1 << 20, cells: 10}, "lebih dari 10 sel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := tt.lim
			if lim.part == 0 {
				lim = limits{part: MaxPartSize, total: MaxTotalSize, cells: MaxCells}
			}
			_, err := read(tt.data, lim)
			if err == nil || !strings.Contains(err.Error(), tt.wants) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.wants)
			}
		})
	}
}

// TestZipBomb: a part that inflates from a few kilobytes to more than the
// part limit is refused after reading at most the limit.
func TestZipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range minimal("", nil) {
		if name == "xl/sharedStrings.xml" {
			continue
		}
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	w, _ := zw.Create("xl/sharedStrings.xml")
	chunk := bytes.Repeat([]byte{' '}, 1<<20)
	for i := 0; i < 5; i++ {
		w.Write(chunk)
	}
	zw.Close()
	if buf.Len() > 64<<10 {
		t.Fatalf("bomb is %d bytes, want a small one", buf.Len())
	}
	_, err := read(buf.Bytes(), limits{part: 4 << 20, total: 8 << 20, cells: 100})
	if err == nil || !strings.Contains(err.Error(), "xl/sharedStrings.xml: terlalu besar") {
		t.Fatalf("err = %v", err)
	}
}

func TestParseRef(t *testing.T) {
	tests := []struct {
		ref      string
		row, col int
		ok       bool
	}{
		{"A1", 1, 1, true}, {"O15", 15, 15, true}, {"$AB$113", 113, 28, true}, {"xfd1048576", 1048576, 16384, true},
		{"A0", 0, 0, false}, {"1", 0, 0, false}, {"A", 0, 0, false}, {"A1B", 0, 0, false}, {"XFE1", 0, 0, false}, {"A1048577", 0, 0, false},
	}
	for _, tt := range tests {
		r, c, err := ParseRef(tt.ref)
		if (err == nil) != tt.ok || r != tt.row || c != tt.col {
			t.Errorf("ParseRef(%q) = %d, %d, %v", tt.ref, r, c, err)
		}
		if tt.ok && !strings.EqualFold(CellName(r, c), strings.ReplaceAll(tt.ref, "$", "")) {
			t.Errorf("CellName(%d, %d) = %q", r, c, CellName(r, c))
		}
	}
	if ColumnName(0) != "" || ColumnName(26) != "Z" || ColumnName(27) != "AA" || ColumnName(702) != "ZZ" || ColumnName(703) != "AAA" {
		t.Errorf("ColumnName wrong")
	}
}

func TestShiftFormula(t *testing.T) {
	tests := []struct {
		f      string
		dr, dc int
		want   string
	}{
		{"L11+AB11", 1, 0, "L12+AB12"},
		{"(AD11/J11)*100", 2, 0, "(AD13/J13)*100"},
		{"$A1+A$1+$A$1", 1, 1, "$A2+B$1+$A$1"},
		{"A1", -1, 0, "#REF!"},
		{`IFERROR(A1,"B2")`, 1, 0, `IFERROR(A2,"B2")`},
		{"'Realisasi TW IV'!K12", 1, 0, "'Realisasi TW IV'!K13"},
	}
	for _, tt := range tests {
		if got := shiftFormula(tt.f, tt.dr, tt.dc); got != tt.want {
			t.Errorf("shiftFormula(%q, %d, %d) = %q, want %q", tt.f, tt.dr, tt.dc, got, tt.want)
		}
	}
}

// TestDeliSerdang reads the real Renja evaluation: its one sheet, the
// cells the form's import relies on.
func TestDeliSerdang(t *testing.T) {
	b, err := os.ReadFile(deliSerdang)
	if err != nil {
		t.Fatal(err)
	}
	wb, err := Read(b)
	if err != nil {
		t.Fatal(err)
	}
	s := wb.Sheet("Realisasi TW IV")
	if s == nil || len(wb.Sheets) != 1 {
		t.Fatalf("sheets: %v", wb.Sheets)
	}
	if len(s.Rows) < 113 {
		t.Errorf("%d rows", len(s.Rows))
	}
	for _, tt := range []struct{ ref, value, formula string }{
		{"G14", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", ""},
		{"K14", "338151881", "SUM(K15:K21)"},
		{"AD12", "100", "L12+AB12"},
		{"AF82", "#DIV/0!", "(AD82/J82)*100"},
		{"AB8", "13 = 9 + 10 + 11 + 12", ""},
		{"I23", "Orang / Bulan", ""},
	} {
		c, ok := s.Lookup(tt.ref)
		if !ok || c.Value != tt.value || c.Formula != tt.formula {
			t.Errorf("%s = %+v, want value %q formula %q", tt.ref, c, tt.value, tt.formula)
		}
	}
	if c, _ := s.Lookup("AF82"); c.Kind != KindError {
		t.Errorf("AF82 kind %v", c.Kind)
	}
	found := false
	for _, m := range s.Merged {
		found = found || m == "G106:G107"
	}
	if !found {
		t.Errorf("merged ranges lack G106:G107: %v", s.Merged)
	}
}

func FuzzRead(f *testing.F) {
	if b, err := os.ReadFile(deliSerdang); err == nil {
		f.Add(b)
	}
	f.Add(buildXLSX(f, minimal(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1+1</f><v>1</v></c></row><row r="2"><c r="B2"><f t="shared" si="0"/></c></row>`, nil)))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		wb, err := read(data, limits{part: 1 << 20, total: 4 << 20, cells: 1 << 16})
		if err != nil {
			return
		}
		for _, s := range wb.Sheets {
			prev := 0
			for _, r := range s.Rows {
				if r.Number <= prev {
					t.Fatalf("rows out of order in %q", s.Name)
				}
				prev = r.Number
				for _, c := range r.Cells {
					if c.Ref != CellName(c.Row, c.Col) {
						t.Fatalf("cell %+v has a wrong reference", c)
					}
				}
			}
		}
	})
}

// BenchmarkRead reads the real Deli Serdang workbook; its "inflate"
// variant only opens the zip and inflates every part, the yardstick a
// reader cannot beat (compare the two in one run: the ratio is the cost of
// the XML decoding).
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(deliSerdang)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("read", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Read(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("inflate", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				b.Fatal(err)
			}
			for _, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, rc)
				rc.Close()
			}
		}
	})
}

func ExampleRead() {
	data, err := os.ReadFile("../../internal/sampel/renja/deliserdang-bappedalitbang-evaluasi-renja-2025.xlsx")
	if err != nil {
		fmt.Println(err)
		return
	}
	wb, err := Read(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	s := wb.Sheets[0]
	c, _ := s.Lookup("K14")
	fmt.Printf("%s: %s %s = %s\n", s.Name, c.Ref, c.Formula, c.Value)
	// Output: Realisasi TW IV: K14 SUM(K15:K21) = 338151881
}
