package rekap_test

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/xlsx"
	"github.com/pemkab/sakip/lkip/rekap"
	"github.com/shopspring/decimal"
)

// TestRenderXLSX reads the workbook of the generated kabupaten back: one
// sheet per table, each dinas a row, and the figures numbers (not text)
// equal to the rekap's, with Indonesian-ready number formats.
func TestRenderXLSX(t *testing.T) {
	r := rekapKabupaten(t)
	var b bytes.Buffer
	if err := rekap.RenderXLSX(&b, r); err != nil {
		t.Fatal(err)
	}
	wb, err := xlsx.Read(b.Bytes())
	if err != nil {
		t.Fatalf("the workbook does not read back: %v", err)
	}
	var nama []string
	for _, s := range wb.Sheets {
		nama = append(nama, s.Name)
	}
	if diff := cmp.Diff([]string{"Rekap per dinas", "Perlu perhatian", "Temuan lintas dinas", "Sebaran predikat", "Serapan per dinas"}, nama); diff != "" {
		t.Errorf("sheets (-want +got):\n%s", diff)
	}
	s := wb.Sheet("Rekap per dinas")
	kolom := map[string]int{}
	for c := 1; ; c++ {
		x, ok := s.Cell(2, c)
		if !ok || x.Value == "" {
			break
		}
		kolom[x.Value] = c
	}
	angka := func(row int, judul, format string) (decimal.Decimal, bool) {
		t.Helper()
		x, ok := s.Cell(row, kolom[judul])
		if !ok || x.Empty() {
			return decimal.Decimal{}, false
		}
		if x.Kind != xlsx.KindNumber || x.NumFmt != format {
			t.Errorf("%s %s: kind %v format %q, want a number as %q", x.Ref, judul, x.Kind, x.NumFmt, format)
		}
		d, err := decimal.NewFromString(x.Value)
		if err != nil {
			t.Errorf("%s: %v", x.Ref, err)
		}
		return d, true
	}
	var dicek int
	for i, br := range r.Baris {
		row := 3 + i
		if no, _ := angka(row, "No", xlsx.FormatBulat); no.IntPart() != int64(br.No) {
			t.Errorf("row %d: No %v, want %d", row, no, br.No)
		}
		if br.Galat != "" {
			continue
		}
		if d, ok := angka(row, "Pagu (Rp)", xlsx.FormatBulat); ok != br.Pagu.Valid || ok && !d.Equal(br.Pagu.Decimal) {
			t.Errorf("row %d pagu %v, want %v", row, d, br.Pagu)
		}
		if d, ok := angka(row, "Serapan", xlsx.FormatPersen2); ok != br.Serapan.Valid || ok && !d.Equal(br.Serapan.Decimal.Shift(-2)) {
			t.Errorf("row %d serapan %v, want %v / 100", row, d, br.Serapan)
		}
		if d, ok := angka(row, "Kesalahan", xlsx.FormatBulat); !ok || d.IntPart() != int64(br.Kesalahan) {
			t.Errorf("row %d kesalahan %v, want %d", row, d, br.Kesalahan)
		}
		dicek++
	}
	if dicek < 30 {
		t.Errorf("only %d rows checked", dicek)
	}
	jumlah := 3 + len(r.Baris)
	if d, _ := angka(jumlah, "Pagu (Rp)", xlsx.FormatBulat); !d.Equal(r.Jumlah.Pagu.Decimal) {
		t.Errorf("total pagu %v, want %v", d, r.Jumlah.Pagu)
	}
	if x, _ := s.Cell(jumlah, kolom["Dinas"]); x.Value != "Jumlah ("+strconv.Itoa(r.Jumlah.Dinas)+" dinas)" {
		t.Errorf("total row %q", x.Value)
	}
	if p := wb.Sheet("Perlu perhatian"); p == nil || len(p.Rows) != 2+len(r.Perhatian()) {
		t.Errorf("sheet Perlu perhatian: %d rows for %d dinas", len(p.Rows)-2, len(r.Perhatian()))
	}
	if p := wb.Sheet("Temuan lintas dinas"); p == nil || len(p.Rows) != 2+len(r.Temuan) {
		t.Errorf("sheet Temuan lintas dinas: %d rows for %d findings", len(p.Rows)-2, len(r.Temuan))
	}
	if err := rekap.RenderXLSX(nil, r); err == nil {
		t.Error("RenderXLSX(nil writer): no error")
	}
	if err := rekap.RenderXLSX(&b, nil); err == nil {
		t.Error("RenderXLSX(nil rekap): no error")
	}
}

func BenchmarkRenderXLSX(b *testing.B) {
	r := rekapKabupaten(b)
	for b.Loop() {
		var w bytes.Buffer
		if err := rekap.RenderXLSX(&w, r); err != nil {
			b.Fatal(err)
		}
	}
}
