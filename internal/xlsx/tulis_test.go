package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// tulisSel is a cell as the tests read it back from the file: its address,
// type, value (shared strings resolved) and number format code.
type tulisSel struct {
	Ref, Type, Value, Format string
	Bold                     bool
}

// bacaTulisan unzips a workbook written by Writer and returns, per sheet
// name, its cells, plus the raw parts for checks of their own. It parses
// only what the writer writes (it is not the package's reader).
func bacaTulisan(t *testing.T, data []byte) (names []string, cells map[string][]tulisSel, parts map[string]string) {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts = map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(b)
		// every part is well-formed XML
		d := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
		}
	}
	var sst struct {
		SI []struct {
			T string `xml:"t"`
		} `xml:"si"`
	}
	if err := xml.Unmarshal([]byte(parts["xl/sharedStrings.xml"]), &sst); err != nil {
		t.Fatal(err)
	}
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Fonts []struct {
			B *struct{} `xml:"b"`
		} `xml:"fonts>font"`
		Xfs []struct {
			NumFmt int `xml:"numFmtId,attr"`
			Font   int `xml:"fontId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.Unmarshal([]byte(parts["xl/styles.xml"]), &st); err != nil {
		t.Fatal(err)
	}
	codes := map[int]string{}
	for _, f := range st.NumFmts {
		codes[f.ID] = f.Code
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal([]byte(parts["xl/workbook.xml"]), &wb); err != nil {
		t.Fatal(err)
	}
	cells = map[string][]tulisSel{}
	for i, s := range wb.Sheets {
		names = append(names, s.Name)
		var ws struct {
			Rows []struct {
				C []struct {
					R string `xml:"r,attr"`
					S int    `xml:"s,attr"`
					T string `xml:"t,attr"`
					V string `xml:"v"`
				} `xml:"c"`
			} `xml:"sheetData>row"`
		}
		if err := xml.Unmarshal([]byte(parts["xl/worksheets/sheet"+strconv.Itoa(i+1)+".xml"]), &ws); err != nil {
			t.Fatal(err)
		}
		for _, r := range ws.Rows {
			for _, c := range r.C {
				v := c.V
				if c.T == "s" {
					k, err := strconv.Atoi(v)
					if err != nil || k >= len(sst.SI) {
						t.Fatalf("%s: bad shared string %q", c.R, v)
					}
					v = sst.SI[k].T
				}
				if c.S >= len(st.Xfs) {
					t.Fatalf("%s: style %d of %d", c.R, c.S, len(st.Xfs))
				}
				xf := st.Xfs[c.S]
				cells[s.Name] = append(cells[s.Name], tulisSel{Ref: c.R, Type: c.T, Value: v, Format: codes[xf.NumFmt], Bold: st.Fonts[xf.Font].B != nil})
			}
		}
	}
	return names, cells, parts
}

func TestTulisWorkbook(t *testing.T) {
	d := decimal.RequireFromString
	tests := []struct {
		name  string
		build func(w *Writer)
		names []string
		cells map[string][]tulisSel
		part  map[string][]string // substrings each part must hold
	}{{
		name: "numbers are numbers with their format",
		build: func(w *Writer) {
			s := w.AddSheet("Tabel 3.2")
			s.AddRow(Text("Uraian").Header(), Text("Pagu (Rp)").Header(), Text("Realisasi (%)").Header(), Text("Capaian").Header())
			s.AddRow(Text("Belanja"), Number(d("9399497972"), FormatBulat), Number(d("98.42"), FormatDesimal2), Number(d("0.9842"), FormatPersen2))
			s.AddRow(Text("JUMLAH").Bold(), Number(d("-5"), FormatBulat).Bold(), Text(""), Number(d("1.053"), FormatDesimal(1, true)))
			s.FreezeRows(1)
			s.FitToWidth()
			s.Landscape()
		},
		names: []string{"Tabel 3.2"},
		cells: map[string][]tulisSel{"Tabel 3.2": {
			{Ref: "A1", Type: "s", Value: "Uraian", Bold: true}, {Ref: "B1", Type: "s", Value: "Pagu (Rp)", Bold: true},
			{Ref: "C1", Type: "s", Value: "Realisasi (%)", Bold: true}, {Ref: "D1", Type: "s", Value: "Capaian", Bold: true},
			{Ref: "A2", Type: "s", Value: "Belanja"}, {Ref: "B2", Value: "9399497972", Format: "#,##0"},
			{Ref: "C2", Value: "98.42", Format: "#,##0.00"}, {Ref: "D2", Value: "0.9842", Format: "0.00%"},
			{Ref: "A3", Type: "s", Value: "JUMLAH", Bold: true}, {Ref: "B3", Value: "-5", Format: "#,##0", Bold: true},
			{Ref: "D3", Value: "1.053", Format: "0.0%"},
		}},
		part: map[string][]string{
			"xl/worksheets/sheet1.xml": {`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`,
				`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
				`<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/>`},
			"xl/workbook.xml": {`<definedName name="_xlnm.Print_Titles" localSheetId="0">&#39;Tabel 3.2&#39;!$1:$1</definedName>`},
		},
	}, {
		name: "merged cells, escaped text, column widths",
		build: func(w *Writer) {
			s := w.AddSheet("A & <B>")
			s.AddRow(Text("Jumlah <total> & \"semua\"").Span(3), Number(d("7"), ""))
			s.AddRow(Text("  spasi  "), Text("baris\nkedua"))
			s.SetWidth(1, 12.5)
		},
		names: []string{"A & <B>"},
		cells: map[string][]tulisSel{"A & <B>": {
			{Ref: "A1", Type: "s", Value: "Jumlah <total> & \"semua\""}, {Ref: "D1", Value: "7"},
			{Ref: "A2", Type: "s", Value: "  spasi  "}, {Ref: "B2", Type: "s", Value: "baris\nkedua"},
		}},
		part: map[string][]string{
			"xl/worksheets/sheet1.xml": {`<mergeCell ref="A1:C1"/>`, `<pageSetup paperSize="9" orientation="portrait"/>`, `<row r="1">`, `<row r="2" ht="30" customHeight="1">`, `<col min="2" max="2" width="12.5" customWidth="1"/>`, `<col min="1" max="1" width="11" customWidth="1"/>`},
			"xl/workbook.xml":          {`<sheet name="A &amp; &lt;B&gt;" sheetId="1" r:id="rId1"/>`},
			"xl/sharedStrings.xml":     {`<t xml:space="preserve">  spasi  </t>`},
		},
	}, {
		name:  "no sheet: one empty sheet",
		build: func(w *Writer) {},
		names: []string{"Sheet 1"},
		cells: map[string][]tulisSel{},
	}, {
		name: "sheet names made valid and unique",
		build: func(w *Writer) {
			w.AddSheet("Tabel 3.1 Capaian IKU Dinas Sosial Kabupaten Flores Timur")
			w.AddSheet("Tabel 3.1 Capaian IKU Dinas Sosial Kabupaten Flores Timur 2")
			w.AddSheet("a/b\\c?d*e[f]g:h")
			w.AddSheet("'kutip'")
			w.AddSheet("")
			w.AddSheet("history")
			w.AddSheet("A & <B>")
			w.AddSheet("a & <b>")
		},
		names: []string{"Tabel 3.1 Capaian IKU Dinas Sos", "Tabel 3.1 Capaian IKU Dinas (2)", "a-b-c-d-e-f-g-h", "kutip", "Sheet 5", "history (2)", "A & <B>", "a & <b> (2)"},
		cells: map[string][]tulisSel{},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := NewWriter()
			tt.build(w)
			var b bytes.Buffer
			n, err := w.WriteTo(&b)
			if err != nil {
				t.Fatal(err)
			}
			if n != int64(b.Len()) {
				t.Errorf("WriteTo returned %d, wrote %d bytes", n, b.Len())
			}
			names, cells, parts := bacaTulisan(t, b.Bytes())
			if diff := cmp.Diff(tt.names, names); diff != "" {
				t.Errorf("sheet names (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.cells, cells); diff != "" {
				t.Errorf("cells (-want +got):\n%s", diff)
			}
			for p, subs := range tt.part {
				for _, s := range subs {
					if !strings.Contains(parts[p], s) {
						t.Errorf("%s lacks %s:\n%s", p, s, parts[p])
					}
				}
			}
			// the same workbook gives the same bytes
			w2 := NewWriter()
			tt.build(w2)
			var b2 bytes.Buffer
			if _, err := w2.WriteTo(&b2); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), b2.Bytes()) {
				t.Error("two writes of the same workbook differ")
			}
		})
	}
}

func TestTulisBatas(t *testing.T) {
	w := NewWriter()
	s := w.AddSheet("Besar")
	s.AddRow(Text("ok"), Text(strings.Repeat("x", maxTeksSel+1)))
	_, err := w.WriteTo(io.Discard)
	if err == nil || !strings.Contains(err.Error(), `sheet "Besar" sel B1`) {
		t.Errorf("err = %v, want the sheet and cell named", err)
	}
}

func TestJumlahBaris(t *testing.T) {
	for _, tt := range []struct {
		teks  string
		lebar float64
		want  int
	}{
		{"", 10, 1}, {"pendek", 10, 1}, {"tepat empat belas", 16, 1}, {"dua kata panjang", 10, 2},
		{"baris\nkedua", 40, 2}, {"abcdefghijklmnopqrstuvwxyz", 10, 3}, {"a b c", 0, 3},
	} {
		if got := jumlahBaris(tt.teks, tt.lebar); got != tt.want {
			t.Errorf("jumlahBaris(%q, %v) = %d, want %d", tt.teks, tt.lebar, got, tt.want)
		}
	}
}

func TestHurufKolom(t *testing.T) {
	for _, tt := range []struct {
		col  int
		want string
	}{{0, "A"}, {25, "Z"}, {26, "AA"}, {51, "AZ"}, {52, "BA"}, {701, "ZZ"}, {702, "AAA"}, {16383, "XFD"}} {
		if got := hurufKolom(tt.col); got != tt.want {
			t.Errorf("hurufKolom(%d) = %q, want %q", tt.col, got, tt.want)
		}
	}
}

func TestFormatDesimal(t *testing.T) {
	for _, tt := range []struct {
		n      int
		persen bool
		want   string
	}{{0, false, FormatBulat}, {2, false, FormatDesimal2}, {2, true, FormatPersen2}, {0, true, "0%"}, {-1, false, "#,##0"}, {3, false, "#,##0.000"}} {
		if got := FormatDesimal(tt.n, tt.persen); got != tt.want {
			t.Errorf("FormatDesimal(%d, %v) = %q, want %q", tt.n, tt.persen, got, tt.want)
		}
	}
}

func BenchmarkTulis(b *testing.B) {
	d := decimal.RequireFromString("9399497972.5")
	for b.Loop() {
		w := NewWriter()
		s := w.AddSheet("Tabel")
		s.AddRow(Text("Kode").Header(), Text("Uraian").Header(), Text("Pagu").Header())
		for i := range 1000 {
			s.AddRow(Text(strconv.Itoa(i)), Text("Penyediaan Gaji dan Tunjangan ASN"), Number(d, FormatDesimal2))
		}
		if _, err := w.WriteTo(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
