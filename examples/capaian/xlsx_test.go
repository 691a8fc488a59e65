package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/xlsx"
	"github.com/shopspring/decimal"
)

// TestXLSX runs capaian on a printed Tabel 3.1 saved as a workbook: the
// header is found below a title row, the numbers are the cells' own, a
// printed capaian that differs is a kesalahan (exit 1); a workbook
// without a Tabel 3.1 exits 2.
func TestXLSX(t *testing.T) {
	dir := t.TempDir()
	w := xlsx.NewWriter()
	s := w.AddSheet("Tabel 3.1")
	s.AddRow(xlsx.Text("Tabel 3.1 Capaian Kinerja 2024"))
	s.AddRow(xlsx.Text("No"), xlsx.Text("Sasaran Strategis"), xlsx.Text("Indikator Kinerja"), xlsx.Text("Satuan"), xlsx.Text("Target"), xlsx.Text("Realisasi"), xlsx.Text("Capaian (%)"))
	s.AddRow(xlsx.Number(decimal.NewFromInt(1), ""), xlsx.Text("Meningkatnya kesejahteraan sosial"), xlsx.Text("Persentase PMKS yang tertangani"), xlsx.Text("%"),
		xlsx.Number(decimal.NewFromInt(80), ""), xlsx.Number(decimal.NewFromInt(76), ""), xlsx.Number(decimal.RequireFromString("0.97"), xlsx.FormatPersen2))
	s.AddRow(xlsx.Number(decimal.NewFromInt(2), ""), xlsx.Value{}, xlsx.Text("Jumlah penerima bantuan sosial"), xlsx.Text("orang"),
		xlsx.Number(decimal.NewFromInt(1500), xlsx.FormatBulat), xlsx.Number(decimal.NewFromInt(1620), xlsx.FormatBulat), xlsx.Number(decimal.NewFromInt(108), ""))
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	tabel := filepath.Join(dir, "tabel31.xlsx")
	os.WriteFile(tabel, buf.Bytes(), 0o644)
	w = xlsx.NewWriter()
	w.AddSheet("Lain").AddRow(xlsx.Text("apa"), xlsx.Text("saja"))
	buf.Reset()
	w.WriteTo(&buf)
	lain := filepath.Join(dir, "lain.xlsx")
	os.WriteFile(lain, buf.Bytes(), 0o644)
	for _, c := range []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"tabel 3.1", []string{"-tahun", "2024", tabel}, 1,
			[]string{"Persentase PMKS yang tertangani", "95", "Jumlah penerima bantuan sosial", "108"},
			[]string{"[kinerja/capaian-tercetak]", "97"}},
		{"no table", []string{"-tahun", "2024", lain}, 2, nil, []string{`tidak ada lembar Tabel 3.1`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(c.args, &out, &errb)
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, c.code, errb.String())
			}
			for _, s := range c.stdout {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, out.String())
				}
			}
			for _, s := range c.stderr {
				if !strings.Contains(errb.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, errb.String())
				}
			}
		})
	}
}
