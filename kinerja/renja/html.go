package renja

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strconv"

	"github.com/pemkab/sakip/anggaran"
)

// gayaCetak prints the form on A4 landscape, small type, the header
// repeated on every page, as the paper form is laid out.
const gayaCetak = `@page { size: A4 landscape; margin: 10mm 8mm 12mm 8mm; @bottom-right { content: counter(page); } }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 6.5pt; }
h1 { font-size: 11pt; text-align: center; margin: 0; }
p.sub { text-align: center; margin: 0 0 4mm 0; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th, td { border: 0.4pt solid #000; padding: 0.6mm 0.8mm; vertical-align: top; }
th { background: #eee; font-weight: bold; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
tr.urusan td, tr.bidang td { font-weight: bold; background: #f4f4f4; }
tr.program td { font-weight: bold; }
tr.kegiatan td.nama { padding-left: 2mm; }
tr.sub td.nama { padding-left: 4mm; }
tr.jumlah td { font-weight: bold; border-top: 1pt solid #000; }
tr { break-inside: avoid; }
.legenda { margin-top: 3mm; font-size: 7pt; }
`

func kelas(t Tingkat) string {
	switch t {
	case Urusan:
		return "urusan"
	case Bidang:
		return "bidang"
	case Program:
		return "program"
	case Kegiatan:
		return "kegiatan"
	case SubKegiatan:
		return "sub"
	}
	return "lain"
}

// TulisHTML writes the computed form as a print-ready HTML page laid out
// like the paper form: the grouped header with the form's column numbers
// (1 … 15) and their K / % / Rp, one row per urusan, bidang, program,
// kegiatan and sub kegiatan, the total, and the serapan per triwulan.
// A nil f or h is taken as [Periksa] takes it; a nil w is an error.
func TulisHTML(w io.Writer, f *Formulir, h *Hasil) error {
	if w == nil {
		return errTanpaTujuan
	}
	f, h = siap(f, h)
	b := bufio.NewWriter(w)
	t := func(s string) { b.WriteString(html.EscapeString(s)) }
	s := func(x string) { b.WriteString(x) }
	judul := f.Judul
	if judul == "" {
		judul = "Evaluasi Terhadap Hasil Renja Perangkat Daerah"
	}
	s("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
	t(judul)
	s("</title>\n<style>")
	s(gayaCetak)
	s("</style>\n</head>\n<body>\n<h1>")
	t(judul)
	s("</h1>\n<p class=\"sub\">")
	sep := ""
	for _, x := range []string{f.PerangkatDaerah, f.Pemda, tahunAtau(f)} {
		if x != "" {
			s(sep)
			t(x)
			sep = " · "
		}
	}
	s("</p>\n<table>\n<thead>\n<tr>")
	for _, g := range []struct {
		teks string
		kol  int
		row  bool
	}{
		{"No", 1, true}, {"Sasaran Perangkat Daerah", 1, true}, {"Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", 1, true},
		{"Indikator Kinerja Program (Outcome)/Kegiatan (Output)", 1, true}, {"Satuan", 1, true},
		{"Target Renstra akhir periode", 2, false}, {"Realisasi s.d. tahun lalu", 2, false},
		{"Target kinerja dan anggaran tahun berjalan", 2, false}, {"Realisasi kinerja pada triwulan", 12, false},
		{"Realisasi capaian kinerja dan anggaran tahun ini", 2, false}, {"Realisasi kinerja dan anggaran Renstra s.d. tahun ini", 2, false},
		{"Tingkat capaian Renstra (%)", 2, false}, {"Predikat", 1, true},
	} {
		if g.row {
			s(`<th rowspan="3">`)
		} else {
			s(`<th colspan="` + strconv.Itoa(g.kol) + `">`)
		}
		t(g.teks)
		s("</th>")
	}
	s("</tr>\n<tr>")
	for _, n := range []struct{ teks, span string }{{"6", "2"}, {"7", "2"}, {"8", "2"}, {"9 (I)", "3"}, {"10 (II)", "3"}, {"11 (III)", "3"},
		{"12 (IV)", "3"}, {"13 = 9 + 10 + 11 + 12", "2"}, {"14 = 7 + 13", "2"}, {"15 = 14 / 6 × 100", "2"}} {
		s(`<th colspan="` + n.span + `">`)
		t(n.teks)
		s("</th>")
	}
	s("</tr>\n<tr>")
	for i := 0; i < 3; i++ {
		s("<th>K</th><th>Rp</th>")
	}
	for i := 0; i < 4; i++ {
		s("<th>K</th><th>%</th><th>Rp</th>")
	}
	for i := 0; i < 3; i++ {
		s("<th>K</th><th>Rp</th>")
	}
	s("</tr>\n</thead>\n<tbody>\n")
	for i := range f.Baris {
		br, r := &f.Baris[i], &h.Baris[i]
		cs := Sel(br, r)
		s(`<tr class="` + kelas(br.Tingkat) + `">`)
		for j, c := range cs {
			switch j {
			case 1: // the level is the row's class, not a column of the form
				continue
			case 0, 2, 4, 5, 30:
				s("<td>")
			case 3:
				s(`<td class="nama">`)
			default:
				s(`<td class="n">`)
			}
			t(c)
			s("</td>")
		}
		s("</tr>\n")
	}
	j := &h.Jumlah
	s(`<tr class="jumlah"><td></td><td></td><td class="nama">Jumlah</td><td></td><td></td>`)
	cell := func(x string) { s(`<td class="n">`); t(x); s("</td>") }
	cell("")
	cell(tulisRp(j.Renstra.Rp))
	cell("")
	cell(tulisRp(j.SampaiLalu.Rp))
	cell("")
	cell(tulisRp(j.Target.Rp))
	for q := 0; q < 4; q++ {
		cell("")
		cell("")
		cell(tulisRp(j.Triwulan[q].Rp))
	}
	cell("")
	cell(tulisRp(j.Kolom[0].Rp))
	cell("")
	cell(tulisRp(j.Kolom[1].Rp))
	cell("")
	cell(tulisPct(j.Kolom[2].Rp))
	s("<td></td></tr>\n</tbody>\n</table>\n<p class=\"legenda\">Serapan anggaran kumulatif: ")
	for q := 0; q < 4; q++ {
		if q > 0 {
			s("; ")
		}
		t(fmt.Sprintf("TW %s %s (target %s%%)", namaTriwulan[q], pctAtau(j.Serapan[q]), anggaran.FormatAngka(h.TargetSerapan[q], -1)))
	}
	s(". 14 K untuk satuan yang tidak dapat dijumlahkan antartahun (persen, indeks, nilai, per bulan) = 13 K. Rupiah dibulatkan ke rupiah, persen ke dua desimal.</p>\n</body>\n</html>\n")
	return b.Flush()
}
