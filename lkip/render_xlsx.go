package lkip

import (
	"io"
	"strings"
	"unicode"

	"github.com/pemkab/sakip/internal/xlsx"
	"github.com/shopspring/decimal"
)

// RenderXLSX writes the report's tables as an Excel workbook (.xlsx), one
// sheet per table in the order of the report (the charts' values too),
// named after the table's number ("Tabel 3.1") or its title. Each sheet
// has the title in its first row and the column headers in the second,
// both kept in view when scrolling and printed on every page.
//
// Figures are numbers, not text: a cell the report prints as
// "Rp 9.399.497.972", "98,42", "98,42%", "+66,22" or "13.875 Jiwa" holds
// 9399497972, 98.42, 0.9842, 66.22 or 13875, with a number format that
// prints it as the report does (thousands grouped, the same decimals, a
// percent sign, a plus sign, the unit), in the reader's locale: Excel or
// LibreOffice in Indonesian shows 9.399.497.972 and 98,42%. The value is
// the one printed (already rounded as the report rounds it), read back
// exactly from the printed text; a figure printed otherwise ("–" for no
// value) stays text.
func RenderXLSX(w io.Writer, l *Laporan) error {
	if w == nil || l == nil {
		return errTanpaTujuan
	}
	x := xlsx.NewWriter()
	for _, b := range l.susun() {
		for _, e := range b.Isi {
			switch e.Jenis {
			case elTabel:
				xlsxTabel(x, e.Tabel)
			case elGrafik:
				xlsxTabel(x, tabelGrafik(e.Grafik))
			}
		}
	}
	_, err := x.WriteTo(w)
	return err
}

// tabelGrafik is a chart's values as a table.
func tabelGrafik(g *Grafik) *tabel {
	t := &tabel{Judul: "Grafik " + g.Judul, Kepala: []sel{{Teks: "Uraian"}, {Teks: "Nilai", Angka: true}}, Catatan: g.Catatan}
	for _, b := range g.Batang {
		t.Badan = append(t.Badan, []sel{{Teks: b.Label}, {Teks: b.Teks, Angka: true}})
	}
	return t
}

func xlsxTabel(x *xlsx.Writer, t *tabel) {
	judul := strings.TrimSpace(t.Nomor + " " + t.Judul)
	nama := t.Nomor
	if nama == "" {
		nama = t.Judul
	}
	s := x.AddSheet(nama)
	// the title, source and note span the table: they set no column width
	lebar := 0
	for _, k := range t.Kepala {
		lebar += max(k.Span, 1)
	}
	lintang := func(v xlsx.Value) xlsx.Value {
		if lebar > 1 {
			return v.Span(lebar)
		}
		return v
	}
	s.AddRow(lintang(xlsx.Text(judul).Bold()))
	var kepala []xlsx.Value
	for _, k := range t.Kepala {
		v := xlsx.Text(k.Teks).Header()
		if k.Span > 1 {
			v = v.Span(k.Span)
		}
		kepala = append(kepala, v)
	}
	s.AddRow(kepala...)
	s.FreezeRows(2)
	s.FitToWidth()
	if perluLanskap(t) {
		s.Landscape()
	}
	baris := func(row []sel) {
		var vs []xlsx.Value
		for _, c := range row {
			v := xlsx.Text(c.Teks)
			if c.Angka {
				if d, f, ok := angkaSel(c.Teks); ok {
					v = xlsx.Number(d, f)
				}
			}
			if c.Tebal {
				v = v.Bold()
			}
			if c.Span > 1 {
				v = v.Span(c.Span)
			}
			vs = append(vs, v)
		}
		s.AddRow(vs...)
	}
	for _, r := range t.Badan {
		baris(r)
	}
	for _, r := range t.Kaki {
		baris(r)
	}
	if t.Sumber != "" {
		s.AddRow()
		s.AddRow(lintang(xlsx.Text("Sumber: " + t.Sumber)))
	}
	if t.Catatan != "" {
		s.AddRow(lintang(xlsx.Text(t.Catatan)))
	}
}

// angkaSel reads a figure as the report prints it: an optional sign, an
// optional "Rp" or "Rp.", digits grouped in thousands by "." (or not
// grouped), optional decimals after ",", then optionally "%" or a unit
// after a space ("13.875 Jiwa"). It returns the value (a percentage as a
// fraction of one), the number format that prints it exactly as written,
// and false for any other text. It never guesses: "1.5" (not a thousands
// group) and "007" (leading zeros) are text.
func angkaSel(s string) (decimal.Decimal, string, bool) {
	t := strings.TrimSpace(s)
	tanda := ""
	if t != "" && (t[0] == '+' || t[0] == '-') {
		tanda, t = t[:1], t[1:]
	} else if strings.HasPrefix(t, "−") { // U+2212 minus
		tanda, t = "-", strings.TrimPrefix(t, "−")
	}
	rp := "" // "Rp", "Rp." and the spaces after it, as printed
	for _, p := range []string{"Rp.", "Rp"} {
		if strings.HasPrefix(t, p) {
			u := strings.TrimLeft(t[len(p):], " ")
			rp, t = t[:len(t)-len(u)], u
			break
		}
	}
	// the number: digits, "." thousands, "," decimals
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.' || t[i] == ',') {
		i++
	}
	angka, sisa := t[:i], t[i:]
	bulat, pecahan, koma := strings.Cut(angka, ",")
	if bulat == "" || bulat[0] == '.' || len(bulat) > 1 && bulat[0] == '0' ||
		koma && (pecahan == "" || strings.ContainsAny(pecahan, ".,")) {
		// no digits, or leading zeros ("007", a code) that a number loses
		return decimal.Decimal{}, "", false
	}
	// printed without thousands ("1000", a year): shown without them
	tanpaKelompok := len(bulat) > 3 && !strings.Contains(bulat, ".")
	if strings.Contains(bulat, ".") {
		kel := strings.Split(bulat, ".")
		if len(kel[0]) == 0 || len(kel[0]) > 3 {
			return decimal.Decimal{}, "", false
		}
		for _, k := range kel[1:] {
			if len(k) != 3 {
				return decimal.Decimal{}, "", false
			}
		}
		bulat = strings.Join(kel, "")
	}
	if strings.IndexFunc(sisa, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) && r != ' ' }) >= 0 {
		// a tab or another control character after the figure: a
		// number format cannot show it, so the text stays text
		return decimal.Decimal{}, "", false
	}
	persen := false
	satuan := ""
	switch u := strings.TrimSpace(sisa); {
	case u == "":
	case u == "%":
		persen = true
	case rp != "" || sisa[0] != ' ' || strings.ContainsAny(u, "\"\\0123456789#?@;[]*_%") || strings.HasPrefix(u, "-") || strings.HasPrefix(u, "–"):
		// a unit is words after a space; anything else is not a figure
		return decimal.Decimal{}, "", false
	default:
		satuan = u
	}
	teks := tanda + bulat
	if koma {
		teks += "." + pecahan
	}
	d, err := decimal.NewFromString(teks)
	if err != nil || tanda == "-" && d.IsZero() {
		// "-0" cannot be shown by a number
		return decimal.Decimal{}, "", false
	}
	f := xlsx.FormatBulat
	if tanpaKelompok {
		f = "0"
	}
	if pecahan != "" {
		f += "." + strings.Repeat("0", len(pecahan))
	}
	if persen {
		d = d.Shift(-2)
		f += sisa // "%", or " %" with the space as printed
	}
	if rp != "" {
		f = `"` + rp + `"` + f
	}
	if satuan != "" {
		f += `"` + sisa + `"` // the unit with the spaces before it
	}
	if tanda == "+" {
		// positive and zero with "+" as printed, negative with "-"
		f = "+" + f + ";-" + f + ";+" + f
	}
	return d, f, true
}
