package rekap

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/pemkab/sakip/internal/xlsx"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// RenderXLSX writes the rekap as an Excel workbook (.xlsx), one sheet per
// table: "Rekap per dinas" (a row per file with the kabupaten's totals),
// "Perlu perhatian", "Temuan lintas dinas", and the values of the two
// charts ("Sebaran predikat", "Serapan per dinas"). Each sheet has its title
// in the first row and the column headers in the second, both kept in view
// when scrolling and printed on every page.
//
// Figures are numbers, not text, with a number format that an Indonesian
// Excel or LibreOffice shows the Indonesian way: amounts in Rupiah grouped
// in thousands (9.399.497.972, with the sen when there are any), serapan
// and capaian as percentages with two decimals (98,42%, the value being
// the fraction 0.9842), efficiency in points with a sign (+3,20), counts as
// whole numbers. A figure the rekap cannot compute is an empty cell.
func RenderXLSX(w io.Writer, r *Rekap) error {
	if w == nil || r == nil {
		return fmt.Errorf("rekap: tidak ada tujuan tulis atau rekap (nil)")
	}
	x := xlsx.NewWriter()
	r.xlsxBaris(x)
	r.xlsxPerhatian(x)
	r.xlsxTemuan(x)
	if g := r.GrafikPredikat(); g != nil {
		xlsxGrafik(x, "Sebaran predikat", g, "Predikat", "IKU", func(d decimal.Decimal) xlsx.Value { return xlsx.Number(d, xlsx.FormatBulat) })
	}
	if g := r.GrafikSerapan(); g != nil {
		xlsxGrafik(x, "Serapan per dinas", g, "Dinas", "Serapan", persenXLSX)
	}
	_, err := x.WriteTo(w)
	return err
}

// The number formats of the rekap's cells.
const (
	formatPoin = "+#,##0.00;-#,##0.00;0.00" // efficiency: +3,20 / -12,05 / 0,00
)

// rupiahXLSX is an amount, with its sen shown when it has any.
func rupiahXLSX(d decimal.NullDecimal) xlsx.Value {
	if !d.Valid {
		return xlsx.Value{}
	}
	n := -int(d.Decimal.Exponent())
	if n <= 0 || d.Decimal.Equal(d.Decimal.Truncate(0)) {
		return xlsx.Number(d.Decimal, xlsx.FormatBulat)
	}
	return xlsx.Number(d.Decimal, xlsx.FormatDesimal(n, false))
}

// persenXLSX is a percentage (98.42) as the fraction Excel shows as 98,42%.
func persenXLSX(d decimal.Decimal) xlsx.Value {
	return xlsx.Number(d.Shift(-2), xlsx.FormatPersen2)
}

func persenNull(d decimal.NullDecimal) xlsx.Value {
	if !d.Valid {
		return xlsx.Value{}
	}
	return persenXLSX(d.Decimal)
}

func persenPtr(d *decimal.Decimal) xlsx.Value { return persenNull(nd(d)) }

func bilXLSX(n int) xlsx.Value {
	return xlsx.Number(decimal.NewFromInt(int64(n)), xlsx.FormatBulat)
}

// judulSheet adds the title row spanning n columns, then the header row.
func judulSheet(s *xlsx.SheetWriter, judul string, kepala []string) {
	t := xlsx.Text(judul).Bold()
	if len(kepala) > 1 {
		t = t.Span(len(kepala))
	}
	s.AddRow(t)
	hs := make([]xlsx.Value, len(kepala))
	for i, h := range kepala {
		hs[i] = xlsx.Text(h).Header()
	}
	s.AddRow(hs...)
	s.FreezeRows(2)
	s.FitToWidth()
}

func (r *Rekap) xlsxBaris(x *xlsx.Writer) {
	s := x.AddSheet("Rekap per dinas")
	s.Landscape()
	kepala := []string{"No", "Dinas", "Berkas", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan", "IKU", "Capaian rata-rata", "Predikat"}
	for _, p := range r.Predikat {
		kepala = append(kepala, "IKU "+p)
	}
	kepala = append(kepala, "Efisiensi (poin)", "Kelas efisiensi", "Kesalahan", "Peringatan", "Catatan", "Lengkap", "Kelengkapan", "Dijumlahkan", "Perlu perhatian")
	judul := r.judul()
	if ket := r.keteranganSaringan(); ket != "" {
		judul += " — " + ket
	}
	judulSheet(s, judul, kepala)
	s.SetWidth(1, 40)
	for i := range r.Baris {
		b := &r.Baris[i]
		if b.Galat != "" {
			s.AddRow(bilXLSX(b.No), xlsx.Text(namaAtauBerkas(b)), xlsx.Text(filepath.Base(b.Berkas)), xlsx.Text("tidak terbaca: "+b.Galat))
			continue
		}
		row := []xlsx.Value{bilXLSX(b.No), xlsx.Text(namaAtauBerkas(b)), xlsx.Text(filepath.Base(b.Berkas)), xlsx.Text(b.Bidang),
			bilXLSX(b.Program), bilXLSX(b.Kegiatan), bilXLSX(b.SubKegiatan),
			rupiahXLSX(b.Pagu), rupiahXLSX(b.Realisasi), persenNull(b.Serapan),
			bilXLSX(b.JumlahIKU), persenPtr(b.Capaian), xlsx.Text(b.Predikat)}
		for _, p := range b.PerPredikat {
			row = append(row, bilXLSX(p.Jumlah))
		}
		ef := xlsx.Value{}
		if b.Efisiensi != nil {
			ef = xlsx.Number(*b.Efisiensi, formatPoin)
		}
		var alasan []string
		for _, a := range b.Perhatian {
			alasan = append(alasan, a.Pesan)
		}
		row = append(row, ef, xlsx.Text(b.KelasEfisiensi), bilXLSX(b.Kesalahan), bilXLSX(b.Peringatan), bilXLSX(b.Catatan),
			xlsx.Text(yaTidak(b.Lengkap)), xlsx.Number(decimal.New(int64(b.PersenLengkap), -2), "0%"),
			xlsx.Text(yaTidak(b.Dihitung)), xlsx.Text(strings.Join(alasan, "; ")))
		s.AddRow(row...)
	}
	j := &r.Jumlah
	row := []xlsx.Value{xlsx.Value{}, xlsx.Text(fmt.Sprintf("Jumlah (%d dinas)", j.Dinas)).Bold(), xlsx.Value{}, xlsx.Value{},
		bilXLSX(j.Program).Bold(), bilXLSX(j.Kegiatan).Bold(), bilXLSX(j.SubKegiatan).Bold(),
		rupiahXLSX(j.Pagu).Bold(), rupiahXLSX(j.Realisasi).Bold(), persenNull(j.Serapan).Bold(),
		bilXLSX(j.JumlahIKU).Bold(), persenPtr(j.Capaian).Bold(), xlsx.Text(j.Predikat).Bold()}
	for _, p := range j.PerPredikat {
		row = append(row, bilXLSX(p.Jumlah).Bold())
	}
	row = append(row, xlsx.Value{}, xlsx.Value{}, bilXLSX(j.Kesalahan).Bold(), bilXLSX(j.Peringatan).Bold(), bilXLSX(j.Catatan).Bold(),
		xlsx.Text(fmt.Sprintf("%d lengkap", j.Lengkap)).Bold())
	s.AddRow(row...)
	s.AddRow()
	s.AddRow(xlsx.Text(r.ringkas()).Span(len(kepala)))
}

func (r *Rekap) xlsxPerhatian(x *xlsx.Writer) {
	ph := r.Perhatian()
	s := x.AddSheet("Perlu perhatian")
	judulSheet(s, fmt.Sprintf("Perlu perhatian (%d dinas)", len(ph)), []string{"No", "Dinas", "Berkas", "Alasan"})
	s.SetWidth(1, 40)
	s.SetWidth(3, 60)
	for i := range ph {
		b := &ph[i]
		var al []string
		for _, a := range b.Perhatian {
			al = append(al, a.Pesan)
		}
		s.AddRow(bilXLSX(i+1), xlsx.Text(namaAtauBerkas(b)), xlsx.Text(filepath.Base(b.Berkas)), xlsx.Text(strings.Join(al, "; ")))
	}
}

func (r *Rekap) xlsxTemuan(x *xlsx.Writer) {
	s := x.AddSheet("Temuan lintas dinas")
	judulSheet(s, fmt.Sprintf("Temuan lintas dinas (%d)", len(r.Temuan)), []string{"Tingkat", "Kode", "Lokasi", "Temuan"})
	s.SetWidth(2, 40)
	s.SetWidth(3, 60)
	for _, t := range r.Temuan {
		s.AddRow(xlsx.Text(t.Tingkat.String()), xlsx.Text(t.Kode), xlsx.Text(t.Lokasi.String()), xlsx.Text(t.Pesan))
	}
}

func xlsxGrafik(x *xlsx.Writer, nama string, g *lkip.Grafik, label, nilai string, sel func(decimal.Decimal) xlsx.Value) {
	s := x.AddSheet(nama)
	judulSheet(s, g.Judul, []string{label, nilai})
	for _, b := range g.Batang {
		s.AddRow(xlsx.Text(b.Label), sel(b.Nilai))
	}
	if g.Catatan != "" {
		s.AddRow()
		s.AddRow(xlsx.Text(g.Catatan).Span(2))
	}
}
