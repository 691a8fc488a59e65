package impor

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/csvteks"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/internal/xlsx"
	"github.com/shopspring/decimal"
)

// MaksBerkas is the largest file [Baca] reads, in bytes.
const MaksBerkas = 32 << 20

// MaksBaris is the largest number of rows of a sheet [Baca] keeps.
const MaksBaris = 100000

// Sel is one cell of a sheet.
type Sel struct {
	// Teks is the cell as the sheet shows it; a number of a workbook in
	// the Indonesian notation with its format's decimals.
	Teks string
	// Angka is the exact value of a number cell of a workbook, nil for
	// text and for every cell of a CSV file.
	Angka *decimal.Decimal
}

// BarisLembar is one row of a sheet: its number in the sheet (1-based) and its
// cells from column A (1) on.
type BarisLembar struct {
	No  int
	Sel []Sel
}

// Lembar is one sheet of a file, as cells.
type Lembar struct {
	Berkas string // the file's name, for errors
	Nama   string // the sheet's name; "" for a CSV file
	Baris  []BarisLembar
	// Kolom is the number of columns of the widest row.
	Kolom int

	xlsx   *xlsx.Sheet // the sheet read, nil for CSV
	indeks map[int]int // sheet row number → index in Baris, built on first use
}

// Sel returns the cell of sheet row no (1-based) and column col (1-based),
// the zero Sel when there is none.
func (l *Lembar) Sel(no, col int) Sel {
	if l == nil {
		return Sel{}
	}
	if l.indeks == nil {
		l.indeks = make(map[int]int, len(l.Baris))
		for i, b := range l.Baris {
			l.indeks[b.No] = i
		}
	}
	i, ok := l.indeks[no]
	if !ok || col < 1 || col > len(l.Baris[i].Sel) {
		return Sel{}
	}
	return l.Baris[i].Sel[col-1]
}

// Label names the sheet for staff: the file and, for a workbook, the sheet.
func (l *Lembar) Label() string {
	if l == nil {
		return ""
	}
	if l.Nama == "" {
		return l.Berkas
	}
	return fmt.Sprintf("%s, lembar %q", l.Berkas, l.Nama)
}

// Baca reads the sheets of a file: an XLSX workbook (by its content, a
// ZIP archive, whatever its name) or a CSV file. Errors say, in Bahasa
// Indonesia, what is wrong and where.
func Baca(berkas string, data []byte) ([]*Lembar, error) {
	if len(data) > MaksBerkas {
		return nil, naskah.TerlaluBesar(berkas, int64(len(data)), MaksBerkas, "lembar kerja (XLSX atau CSV)")
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || strings.EqualFold(filepath.Ext(berkas), ".xlsx") {
		return bacaXLSX(berkas, data)
	}
	l, err := bacaCSV(berkas, data)
	if err != nil {
		return nil, err
	}
	return []*Lembar{l}, nil
}

func bacaXLSX(berkas string, data []byte) ([]*Lembar, error) {
	wb, err := xlsx.Read(data)
	if err != nil {
		return nil, fmt.Errorf("%s: bukan buku kerja XLSX yang dapat dibaca: %v", berkas, err)
	}
	var out []*Lembar
	for _, s := range wb.Sheets {
		l := &Lembar{Berkas: berkas, Nama: s.Name, xlsx: s}
		for _, r := range s.Rows {
			if len(l.Baris) >= MaksBaris {
				return nil, fmt.Errorf("%s: lembar %q lebih dari %d baris", berkas, s.Name, MaksBaris)
			}
			b := BarisLembar{No: r.Number}
			for _, c := range r.Cells {
				if c.Col > xlsx.MaxCol {
					continue
				}
				for len(b.Sel) < c.Col {
					b.Sel = append(b.Sel, Sel{})
				}
				b.Sel[c.Col-1] = selXLSX(c)
			}
			for len(b.Sel) > 0 && b.Sel[len(b.Sel)-1].Teks == "" {
				b.Sel = b.Sel[:len(b.Sel)-1]
			}
			if len(b.Sel) == 0 {
				continue
			}
			l.Kolom = max(l.Kolom, len(b.Sel))
			l.Baris = append(l.Baris, b)
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: buku kerja tanpa lembar", berkas)
	}
	return out, nil
}

// selXLSX turns a workbook cell into a Sel: a number keeps its exact value
// and is shown in the Indonesian notation with the decimals its format
// prints; a percentage format shows the value × 100.
func selXLSX(c xlsx.Cell) Sel {
	v := strings.Join(strings.Fields(c.Value), " ")
	if c.Kind != xlsx.KindNumber || v == "" {
		return Sel{Teks: v}
	}
	d, err := decimal.NewFromString(v)
	if err != nil {
		return Sel{Teks: v}
	}
	persen, des := formatAngka(c.NumFmt)
	tampil := d
	if persen {
		tampil = d.Shift(2)
	}
	if des >= 0 {
		tampil = tampil.Round(des)
	}
	t := anggaran.FormatAngkaBerkas(tampil)
	if des > 0 {
		t = tampil.StringFixed(des)
	}
	t = strings.Replace(t, ".", ",", 1)
	if persen {
		t += "%"
	}
	return Sel{Teks: t, Angka: &d}
}

// formatAngka reads a number format: whether it is a percentage and how
// many decimals it prints (-1: as many as the value has, "General").
func formatAngka(f string) (persen bool, des int32) {
	f = strings.ToLower(f)
	if f == "" || f == "general" || f == "@" {
		return false, -1
	}
	if i := strings.IndexByte(f, ';'); i >= 0 {
		f = f[:i]
	}
	persen = strings.Contains(f, "%")
	i := strings.IndexByte(f, '.')
	if i < 0 {
		if strings.ContainsAny(f, "0#") {
			return persen, 0
		}
		return persen, -1
	}
	for _, r := range f[i+1:] {
		if r != '0' && r != '#' {
			break
		}
		des++
	}
	return persen, des
}

func bacaCSV(berkas string, data []byte) (*Lembar, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: bukan teks UTF-8 (simpan sebagai \"CSV UTF-8\")", berkas)
	}
	comma := csvteks.Pemisah(data)
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	l := &Lembar{Berkas: berkas}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _, e := csvteks.Galat(err, data, comma, nil)
			return nil, fmt.Errorf("%s, baris %d: %v", berkas, line, e)
		}
		line, _ := cr.FieldPos(0)
		if len(l.Baris) >= MaksBaris {
			return nil, fmt.Errorf("%s: lebih dari %d baris", berkas, MaksBaris)
		}
		b := BarisLembar{No: line}
		for _, f := range rec {
			b.Sel = append(b.Sel, Sel{Teks: strings.Join(strings.Fields(f), " ")})
		}
		for len(b.Sel) > 0 && b.Sel[len(b.Sel)-1].Teks == "" {
			b.Sel = b.Sel[:len(b.Sel)-1]
		}
		if len(b.Sel) == 0 {
			continue
		}
		l.Kolom = max(l.Kolom, len(b.Sel))
		l.Baris = append(l.Baris, b)
	}
	if len(l.Baris) == 0 {
		return nil, fmt.Errorf("%s: berkas kosong", berkas)
	}
	return l, nil
}
