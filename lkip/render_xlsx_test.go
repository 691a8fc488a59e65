package lkip

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// tampil prints d under one of the number formats angkaSel returns, as a
// spreadsheet in an Indonesian locale shows it. It knows only those
// formats: [+]["prefix"]#,##0[.00][%][ "unit"], three sections with "+".
func tampil(t *testing.T, d decimal.Decimal, f string) string {
	t.Helper()
	if bagian := strings.Split(f, ";"); len(bagian) == 3 {
		switch {
		case d.IsNegative():
			return "-" + tampil(t, d.Neg(), strings.TrimPrefix(bagian[1], "-"))
		default:
			return "+" + tampil(t, d, strings.TrimPrefix(bagian[0], "+"))
		}
	}
	awal := ""
	if strings.HasPrefix(f, `"`) {
		i := strings.Index(f[1:], `"`)
		awal, f = f[1:1+i], f[2+i:]
	}
	akhir := ""
	if i := strings.Index(f, `"`); i >= 0 {
		akhir, f = strings.Trim(f[i:], `"`), f[:i]
	}
	if strings.HasSuffix(f, "%") {
		d, f = d.Shift(2), strings.TrimSuffix(f, "%")
		u := strings.TrimRight(f, " ")
		f, akhir = u, f[len(u):]+"%"+akhir
	}
	des := int32(0)
	if i := strings.IndexByte(f, '.'); i >= 0 {
		des = int32(len(f) - i - 1)
		f = f[:i]
	}
	if f != "#,##0" && f != "0" {
		t.Fatalf("format %q not understood", f)
	}
	tanda := ""
	if d.IsNegative() {
		tanda, d = "-", d.Neg()
	}
	angka := anggaran.FormatAngka(d, des)
	if f == "0" { // no thousands
		angka = strings.Replace(d.StringFixed(des), ".", ",", 1)
	}
	return tanda + awal + angka + akhir
}

func TestAngkaSel(t *testing.T) {
	tests := []struct {
		in     string
		nilai  string // "" when not a figure
		format string
	}{
		{"9.399.497.972", "9399497972", "#,##0"},
		{"Rp 9.399.497.972", "9399497972", `"Rp "#,##0`},
		{"Rp. 9.399.497.972,50", "9399497972.5", `"Rp. "#,##0.00`},
		{"-Rp 5", "-5", `"Rp "#,##0`},
		{"98,42", "98.42", "#,##0.00"},
		{"98,42%", "0.9842", "#,##0.00%"},
		{"53,3%", "0.533", "#,##0.0%"},
		{"100%", "1", "#,##0%"},
		{"85 %", "0.85", "#,##0 %"},
		{"+66,22", "66.22", "+#,##0.00;-#,##0.00;+#,##0.00"},
		{"-9,74", "-9.74", "#,##0.00"},
		{"13.875 Jiwa", "13875", `#,##0" Jiwa"`},
		{"140 Materai /Perangko", "140", `#,##0" Materai /Perangko"`},
		{"26", "26", "#,##0"},
		{"1000", "1000", "0"},
		{"2017,5", "2017.5", "0.0"},
		{"0", "0", "#,##0"},
		{"0,5%", "0.005", "#,##0.0%"},
		// not figures: stay text
		{"–", "", ""}, {"-", "", ""}, {"", "", ""}, {"1.5", "", ""}, {"1.5000", "", ""}, {"007", "", ""},
		{"0.123", "", ""}, {"1,2,3", "", ""}, {"12,", "", ""}, {",5", "", ""}, {"memburuk (-9,74 poin)", "", ""},
		{"Rp 5 juta", "", ""}, {"5 \"inci\"", "", ""}, {"5 orang 3", "", ""}, {"5%%", "", ""}, {"5kg", "", ""},
		{"1 2 1 6", "", ""}, {".123", "", ""}, {"-0", "", ""}, {"1.000.000.000%", "10000000", "#,##0%"}, {"0  A", "0", `#,##0"  A"`},
	}
	for _, tt := range tests {
		d, f, ok := angkaSel(tt.in)
		if got := ok; got != (tt.nilai != "") {
			t.Errorf("angkaSel(%q) ok = %v", tt.in, got)
			continue
		}
		if !ok {
			continue
		}
		if !d.Equal(decimal.RequireFromString(tt.nilai)) || f != tt.format {
			t.Errorf("angkaSel(%q) = %s, %q; want %s, %q", tt.in, d, f, tt.nilai, tt.format)
		}
		if got := tampil(t, d, f); got != strings.TrimSpace(tt.in) {
			t.Errorf("angkaSel(%q) shows as %q", tt.in, got)
		}
	}
}

// FuzzAngkaSel: any text either stays text or becomes a number that a
// spreadsheet shows exactly as the report printed it.
func FuzzAngkaSel(f *testing.F) {
	for _, s := range []string{"9.399.497.972", "Rp 9.399.497.972", "98,42%", "+66,22", "13.875 Jiwa", "–", "1.5", "-Rp. 1.000,5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, fm, ok := angkaSel(s)
		if !ok {
			return
		}
		if got := tampil(t, d, fm); got != strings.TrimSpace(s) {
			t.Errorf("angkaSel(%q) = %s %q, shows as %q", s, d, fm, got)
		}
	})
}

// xlsxSheet is a sheet of a workbook as the tests read it: its name and
// its rows of cells, a number as "n:VALUE@FORMAT", a text as "s:TEXT".
type xlsxSheet struct {
	Name string
	Rows [][]string
}

func bacaXLSX(t *testing.T, data []byte) []xlsxSheet {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	part := func(name string) []byte {
		for _, f := range z.File {
			if f.Name == name {
				r, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				b, err := io.ReadAll(r)
				if err != nil {
					t.Fatal(err)
				}
				return b
			}
		}
		t.Fatalf("no part %s", name)
		return nil
	}
	var sst struct {
		SI []struct {
			T string `xml:"t"`
		} `xml:"si"`
	}
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmt int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
		} `xml:"sheets>sheet"`
	}
	for _, x := range []struct {
		name string
		v    any
	}{{"xl/sharedStrings.xml", &sst}, {"xl/styles.xml", &st}, {"xl/workbook.xml", &wb}} {
		if err := xml.Unmarshal(part(x.name), x.v); err != nil {
			t.Fatal(err)
		}
	}
	codes := map[int]string{}
	for _, f := range st.NumFmts {
		codes[f.ID] = f.Code
	}
	var out []xlsxSheet
	for i, s := range wb.Sheets {
		var ws struct {
			Rows []struct {
				C []struct {
					S int    `xml:"s,attr"`
					T string `xml:"t,attr"`
					V string `xml:"v"`
				} `xml:"c"`
			} `xml:"sheetData>row"`
		}
		if err := xml.Unmarshal(part("xl/worksheets/sheet"+strconv.Itoa(i+1)+".xml"), &ws); err != nil {
			t.Fatal(err)
		}
		sh := xlsxSheet{Name: s.Name}
		for _, r := range ws.Rows {
			var row []string
			for _, c := range r.C {
				switch {
				case c.T == "s":
					k, _ := strconv.Atoi(c.V)
					row = append(row, "s:"+sst.SI[k].T)
				case c.V != "":
					row = append(row, "n:"+c.V+"@"+codes[st.Xfs[c.S].NumFmt])
				}
			}
			sh.Rows = append(sh.Rows, row)
		}
		out = append(out, sh)
	}
	return out
}

// TestRenderXLSX checks the sample's workbook: one sheet per table and
// chart of the report, in order, named after the table; figures are
// numbers with the format that shows them as the report prints them.
func TestRenderXLSX(t *testing.T) {
	l := laporanContoh(t)
	var b bytes.Buffer
	if err := RenderXLSX(&b, l); err != nil {
		t.Fatal(err)
	}
	sheets := bacaXLSX(t, b.Bytes())
	// the report's tables and charts, in order
	var want []string
	for _, bb := range l.susun() {
		for _, e := range bb.Isi {
			switch e.Jenis {
			case elTabel:
				want = append(want, strings.TrimSpace(e.Tabel.Nomor+" "+e.Tabel.Judul))
			case elGrafik:
				want = append(want, "Grafik "+e.Grafik.Judul)
			}
		}
	}
	var got []string
	for _, s := range sheets {
		got = append(got, strings.TrimPrefix(s.Rows[0][0], "s:"))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("sheet titles (-want +got):\n%s", diff)
	}
	cari := func(nama string) xlsxSheet {
		for _, s := range sheets {
			if s.Name == nama {
				return s
			}
		}
		t.Fatalf("no sheet %q", nama)
		return xlsxSheet{}
	}
	for _, tt := range []struct {
		sheet string
		row   int
		want  []string
	}{
		{"Tabel 1.1", 1, []string{"s:No.", "s:Eselonering", "s:Jenjang Pendidikan: SD/SLTA/SMA", "s:Jenjang Pendidikan: D3/D2/D1", "s:Jenjang Pendidikan: S1", "s:Jenjang Pendidikan: S2", "s:Jumlah Pegawai"}},
		{"Tabel 1.1", 3, []string{"s:2", "s:Eselon III", "s:-", "s:-", "n:3@#,##0", "n:2@#,##0", "n:5@#,##0"}},
		{"Tabel 3.2", 2, []string{"s:1", "s:Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "n:2982697372@#,##0", "n:2882856050@#,##0", "n:96.65@#,##0.00"}},
		{"Tabel 3.1", 2, []string{"s:1.", "s:Meningkatnya kesejahteraan sosial penyandang masalah kesejahteraan sosial", "s:Persentase PMKS yang memperoleh bantuan sosial",
			"n:0.0677@#,##0.00%", "n:0.533@#,##0.0%", "n:7.873@#,##0.00%", "s:Sangat Tinggi", "s:Jumlah PMKS yang diberikan bantuan / Jumlah PMKS yang seharusnya menerima bantuan x 100%"}},
	} {
		s := cari(tt.sheet)
		if tt.row >= len(s.Rows) {
			t.Errorf("%s has %d rows", tt.sheet, len(s.Rows))
			continue
		}
		if diff := cmp.Diff(tt.want, s.Rows[tt.row]); diff != "" {
			t.Errorf("%s row %d (-want +got):\n%s", tt.sheet, tt.row+1, diff)
		}
	}
	// the totals of Tabel 3.2 and of the efficiency table are numbers
	var total []string
	for _, s := range sheets {
		for _, r := range s.Rows {
			for _, c := range r {
				if strings.HasPrefix(c, "n:9399497972@") {
					total = append(total, s.Name)
				}
				if strings.Contains(c, "9.399.497.972") {
					t.Errorf("%s: the total is text: %s", s.Name, c)
				}
			}
		}
	}
	if len(total) < 3 {
		t.Errorf("the budget total 9399497972 is a number in %v, want at least 3 sheets", total)
	}
}
