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

// TestXLSX runs realisasi on workbooks: the real Renja form of Deli
// Serdang (levels from the nomenclature's names and the layout, the
// printed totals that differ on stderr, exit 1), a DPA sheet with codes
// and a refused row, and a workbook that cannot be read (exit 2).
func TestXLSX(t *testing.T) {
	dir := t.TempDir()
	w := xlsx.NewWriter()
	s := w.AddSheet("DPA")
	s.AddRow(xlsx.Text("LAPORAN REALISASI"))
	s.AddRow(xlsx.Text("Kode"), xlsx.Text("Uraian"), xlsx.Text("Pagu Anggaran"), xlsx.Text("Realisasi (Rp)"))
	s.AddRow(xlsx.Text("1.06.01"), xlsx.Text("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"), xlsx.Number(decimal.NewFromInt(900), ""), xlsx.Value{})
	s.AddRow(xlsx.Text("1.06.01.2.02"), xlsx.Text("Administrasi Keuangan Perangkat Daerah"))
	s.AddRow(xlsx.Text("1.06.01.2.02.01"), xlsx.Text("Penyediaan Gaji dan Tunjangan ASN"), xlsx.Number(decimal.NewFromInt(1000), ""), xlsx.Number(decimal.NewFromInt(800), ""))
	s.AddRow(xlsx.Text("1.06.01.2.02.02"), xlsx.Text("Penyediaan Administrasi Pelaksanaan Tugas ASN"), xlsx.Text("seribu"), xlsx.Value{})
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	dpa := filepath.Join(dir, "dpa.xlsx")
	rusak := filepath.Join(dir, "rusak.xlsx")
	os.WriteFile(dpa, buf.Bytes(), 0o644)
	os.WriteFile(rusak, []byte("PK\x03\x04bukan zip"), 0o644)
	renja := filepath.Join("..", "..", "internal", "sampel", "renja", "deliserdang-bappedalitbang-evaluasi-renja-2025.xlsx")
	for _, c := range []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"renja", []string{"-temuan=false", renja}, 1,
			[]string{"6 program, 17 kegiatan, 69 sub kegiatan", "| **Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota** | **9.972.206.125** | **8.378.098.135** | **84,01** |", "| Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah | 302.061.220 |"},
			[]string{"8 jumlah tercetak berbeda dari jumlah baris-barisnya", "«Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan», kolom 6 (Rp): jumlah kegiatan tidak sama dengan jumlah 6 baris di bawahnya", "[renja/jumlah-induk]"}},
		{"dpa", []string{dpa}, 1,
			[]string{"1 program, 1 kegiatan, 1 sub kegiatan", "| 1 2 2 1 | Penyediaan Gaji dan Tunjangan ASN | 1.000 | 800 | 80,00 |"},
			[]string{`dpa.xlsx, lembar "DPA": 1 baris ditolak`, `- baris 6 «Penyediaan Administrasi Pelaksanaan Tugas ASN»: kolom pagu (setelah perubahan): "seribu" bukan angka rupiah`,
				"1 jumlah tercetak berbeda", "- [anggaran/jumlah-berbeda] kesalahan: Tabel 3.2", "pagu program tercetak tidak sama dengan jumlah kegiatan dan sub kegiatannya (tercetak Rp 900; terhitung Rp 1.000)"}},
		{"unreadable", []string{rusak}, 2, nil, []string{"rusak.xlsx: bukan buku kerja XLSX yang dapat dibaca"}},
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
