package renja

import (
	"fmt"
	"io"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/md"
	"github.com/shopspring/decimal"
)

// Figures in the rendered form: K with up to two decimals ("2,8"), Rp
// whole rupiah with thousands dots, percentages with two decimals, all
// rounded half away from zero; a blank figure is empty, one that cannot be
// computed "–".

func tulisK(n Nilai) string {
	if n.Galat != "" {
		return "–"
	}
	if !n.Ada {
		return ""
	}
	return anggaran.FormatAngka(n.Angka.Round(2), -1)
}

func tulisRp(n Nilai) string {
	if n.Galat != "" {
		return "–"
	}
	if !n.Ada {
		return ""
	}
	return anggaran.FormatAngka(n.Angka.Round(0), 0)
}

func tulisPct(n Nilai) string {
	if n.Galat != "" {
		return "–"
	}
	if !n.Ada {
		return ""
	}
	return anggaran.FormatAngka(n.Angka, 2)
}

// Kepala returns the column headers of the rendered form, each with the
// form's column number: "1 No", "Tingkat" (the row's level), "2 Sasaran",
// "3 Urusan/Bidang/Program/Kegiatan/Sub Kegiatan", …, "15 Rp", "Predikat".
func Kepala() []string {
	h := []string{"1 No", "Tingkat", "2 Sasaran", "3 Urusan/Bidang/Program/Kegiatan/Sub Kegiatan", "4 Indikator", "5 Satuan",
		"6 K", "6 Rp", "7 K", "7 Rp", "8 K", "8 Rp"}
	for n := 9; n <= 12; n++ {
		h = append(h, fmt.Sprintf("%d K", n), fmt.Sprintf("%d %%", n), fmt.Sprintf("%d Rp", n))
	}
	return append(h, "13 K", "13 Rp", "14 K", "14 Rp", "15 K", "15 Rp", "Predikat")
}

// Sel returns the cells of one rendered row, in the order of [Kepala].
func Sel(b *BarisFormulir, r *HasilBaris) []string {
	if b == nil {
		b = &BarisFormulir{}
	}
	if r == nil {
		r = &HasilBaris{}
	}
	nama := b.Nama
	if b.Lanjutan {
		nama = "″"
	}
	c := []string{b.No, b.Tingkat.String(), b.Sasaran, nama, b.Indikator, b.Satuan,
		tulisK(r.Renstra.K), tulisRp(r.Renstra.Rp), tulisK(r.SampaiLalu.K), tulisRp(r.SampaiLalu.Rp),
		tulisK(r.Target.K), tulisRp(r.Target.Rp)}
	for q := 0; q < 4; q++ {
		c = append(c, tulisK(r.Triwulan[q].K), tulisPct(r.Progres[q]), tulisRp(r.Triwulan[q].Rp))
	}
	if r.HanyaRenstra {
		return append(c, "", "", "", "", "", "", "")
	}
	return append(c, tulisK(r.Kolom[0].K), tulisRp(r.Kolom[0].Rp), tulisK(r.Kolom[1].K), tulisRp(r.Kolom[1].Rp),
		tulisPct(r.Kolom[2].K), tulisPct(r.Kolom[2].Rp), r.Predikat)
}

// TulisMarkdown writes the computed form as Markdown: a title, the
// legend of the columns, the table with the form's column numbers, the
// total, and the serapan per triwulan against its targets.
// A nil f or h is taken as [Periksa] takes it; a nil w is an error.
func TulisMarkdown(w io.Writer, f *Formulir, h *Hasil) error {
	if w == nil {
		return errTanpaTujuan
	}
	f, h = siap(f, h)
	var b strings.Builder
	judul := f.Judul
	if judul == "" {
		judul = "Evaluasi Terhadap Hasil Renja Perangkat Daerah"
	}
	fmt.Fprintf(&b, "# %s\n\n", md.Teks(judul))
	for _, kv := range [][2]string{{"Pemerintah daerah", f.Pemda}, {"Perangkat daerah", f.PerangkatDaerah}, {"Tahun", tahunAtau(f)}, {"Lembar", f.Lembar}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "- %s: %s\n", kv[0], md.Teks(kv[1]))
		}
	}
	b.WriteString("\nKolom: 6 target Renstra akhir periode; 7 realisasi s.d. tahun lalu; 8 target dan pagu tahun ini; " +
		"9–12 realisasi triwulan I–IV (K per triwulan, % capaian kumulatif terhadap target tahun ini, Rp per triwulan); " +
		"13 = 9 + 10 + 11 + 12; 14 = 7 + 13 (K satuan yang tidak dapat dijumlahkan antartahun: 14 = 13); 15 = 14 / 6 × 100. " +
		"Semua angka dihitung dari data baris sub kegiatan; rupiah dibulatkan ke rupiah, persen ke dua desimal (setengah ke atas).\n\n")
	kepala := Kepala()
	md.Kepala(&b, kepala, nil)
	for i := range f.Baris {
		md.Baris(&b, Sel(&f.Baris[i], &h.Baris[i]), 1, false, len(kepala))
	}
	j := &h.Jumlah
	jc := make([]string, len(kepala))
	jc[3] = "Jumlah"
	jc[7], jc[9], jc[11] = tulisRp(j.Renstra.Rp), tulisRp(j.SampaiLalu.Rp), tulisRp(j.Target.Rp)
	for q := 0; q < 4; q++ {
		jc[14+3*q] = tulisRp(j.Triwulan[q].Rp)
	}
	jc[25], jc[27], jc[29] = tulisRp(j.Kolom[0].Rp), tulisRp(j.Kolom[1].Rp), tulisPct(j.Kolom[2].Rp)
	// The total row through the shared writer: its name the one bold cell.
	b.WriteByte('|')
	for i, c := range jc {
		md.TulisSel(&b, c, i == 3)
	}
	b.WriteByte('\n')
	b.WriteString("\n## Serapan anggaran per triwulan (kumulatif)\n\n| Triwulan | Realisasi (Rp) | Serapan | Target |\n|---|---:|---:|---:|\n")
	for q := 0; q < 4; q++ {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", namaTriwulan[q], anggaran.FormatRupiah(nol(j.Kumulatif[q].Rp)), pctAtau(j.Serapan[q]), anggaran.FormatAngka(h.TargetSerapan[q], -1)+"%")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func nol(n Nilai) decimal.Decimal {
	if n.Ada {
		return n.Angka
	}
	return decimal.Zero
}

func pctAtau(n Nilai) string {
	if !n.Ada {
		return "tidak dapat dihitung"
	}
	return anggaran.FormatPersen(n.Angka)
}

func tahunAtau(f *Formulir) string {
	if f.Tahun == 0 {
		return ""
	}
	return fmt.Sprint(f.Tahun)
}
