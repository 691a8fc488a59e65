package rekap

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/md"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

func rp(d decimal.NullDecimal) string { return anggaran.FormatRupiahNull(d) }

func pc(d decimal.NullDecimal) string { return anggaran.FormatPersenNull(d) }

func pcp(d *decimal.Decimal) string { return pc(nd(d)) }

func poin(d *decimal.Decimal) string {
	if d == nil {
		return anggaran.Strip
	}
	s := anggaran.FormatAngka(*d, 2)
	if d.IsPositive() {
		s = "+" + s
	}
	return s
}

func yaTidak(b bool) string {
	if b {
		return "ya"
	}
	return "belum"
}

// judul is the title of the rekap.
func (r *Rekap) judul() string {
	pemda := r.Pemda
	switch {
	case r.Opsi.BanyakPemda:
		pemda = "Semua Pemda"
	case pemda == "":
		pemda = "(pemda belum diisi)"
	}
	return fmt.Sprintf("Rekap LKIP %s Tahun %s", pemda, tahunStr(r.Tahun))
}

// ringkas is the summary paragraph.
func (r *Rekap) ringkas() string {
	j := r.Jumlah
	var b strings.Builder
	fmt.Fprintf(&b, "%s berkas, %s dinas dijumlahkan", bil(j.Berkas), bil(j.Dinas))
	if n := j.Berkas - j.Dinas; n > 0 {
		fmt.Fprintf(&b, " (%d tidak: lihat temuan)", n)
	}
	fmt.Fprintf(&b, ". Pagu %s, realisasi %s, serapan %s", rp(j.Pagu), rp(j.Realisasi), pc(j.Serapan))
	if j.TanpaAnggaran > 0 {
		fmt.Fprintf(&b, " (tanpa %d dinas yang belum mengisi anggaran)", j.TanpaAnggaran)
	}
	fmt.Fprintf(&b, ". %s program, %s kegiatan, %s sub kegiatan; %s IKU, capaian rata-rata %s", bil(j.Program), bil(j.Kegiatan), bil(j.SubKegiatan), bil(j.JumlahIKU), pcp(j.Capaian))
	if j.Predikat != "" {
		fmt.Fprintf(&b, " (%s)", j.Predikat)
	}
	fmt.Fprintf(&b, ". Reviu: %s kesalahan, %s peringatan, %s catatan. %s dari %s dokumen lengkap.", bil(j.Kesalahan), bil(j.Peringatan), bil(j.Catatan), bil(j.Lengkap), bil(j.Dinas))
	return b.String()
}

func (r *Rekap) keteranganSaringan() string {
	s := r.Saringan
	if s == nil {
		return ""
	}
	var xs []string
	if s.Dinas != "" {
		xs = append(xs, "nama memuat \""+s.Dinas+"\"")
	}
	if s.Bidang != "" {
		xs = append(xs, "bidang "+s.Bidang)
	}
	if s.Predikat != "" {
		xs = append(xs, "predikat "+s.Predikat)
	}
	if s.Perhatian {
		xs = append(xs, "perlu perhatian")
	}
	if s.BelumLengkap {
		xs = append(xs, "belum lengkap")
	}
	if s.AdaKesalahan {
		xs = append(xs, "ada kesalahan")
	}
	if len(xs) == 0 {
		return ""
	}
	return "Disaring: " + strings.Join(xs, ", ") + "; jumlah di bawah hanya baris yang tampil."
}

// kolomTabel are the columns of the main table, each header beside
// whether it holds figures; sel gives a row's cells.
func (r *Rekap) kolomTabel() []anggaran.KolomTabel {
	k := func(judul string, angka bool) anggaran.KolomTabel {
		return anggaran.KolomTabel{Judul: judul, Angka: angka}
	}
	h := []anggaran.KolomTabel{k("No", false), k("Dinas", false), k("Bidang", false), k("Pagu (Rp)", true), k("Realisasi (Rp)", true),
		k("Serapan", true), k("IKU", true), k("Capaian", true), k("Predikat", false)}
	for _, p := range r.singkatPredikat() {
		h = append(h, k(p, true))
	}
	return append(h, k("Efisiensi (poin)", true), k("K", true), k("P", true), k("C", true), k("Lengkap", false))
}

// Tabel lays out the table per dinas as an [anggaran.Tabel], the one
// table type of sakip's layouts: the columns of [Rekap.RenderMarkdown]'s
// and RenderHTML's table (No, Dinas, Bidang, Pagu (Rp), Realisasi (Rp),
// Serapan, IKU, Capaian, Predikat, one per predikat, Efisiensi (poin), K,
// P, C, Lengkap; the figures right-aligned), a row per dinas (Indeks its
// index in Baris) and the total below (Indeks -1). A nil rekap gives nil.
func (r *Rekap) Tabel() *anggaran.Tabel {
	if r == nil {
		return nil
	}
	t := &anggaran.Tabel{Kolom: r.kolomTabel(), Badan: make([]anggaran.BarisTabel, len(r.Baris))}
	for i := range r.Baris {
		t.Badan[i] = anggaran.BarisTabel{Sel: r.sel(&r.Baris[i]), Rentang: 1, Indeks: i}
	}
	t.Kaki = []anggaran.BarisTabel{{Sel: r.selJumlah(), Rentang: 1, Indeks: -1}}
	return t
}

// singkatPredikat abbreviates the predikat headers: "Sangat Tinggi" → "ST".
func (r *Rekap) singkatPredikat() []string {
	var out []string
	for _, p := range r.Predikat {
		if p == TidakDihitung {
			out = append(out, "TD")
			continue
		}
		var s string
		for _, w := range strings.Fields(p) {
			s += strings.ToUpper(w[:1])
		}
		out = append(out, s)
	}
	return out
}

func angkaRp(d decimal.NullDecimal) string { return anggaran.FormatAngkaNull(d, -1) }

func (r *Rekap) sel(b *BarisDinas) []string {
	dinas := namaAtauBerkas(b)
	if !b.Dihitung {
		dinas += " (tidak dijumlahkan)"
	}
	if b.Galat != "" {
		xs := []string{fmt.Sprint(b.No), filepath.Base(b.Berkas) + " (tidak terbaca)", "", anggaran.Strip, anggaran.Strip, anggaran.Strip, anggaran.Strip, anggaran.Strip, anggaran.Strip}
		for range r.Predikat {
			xs = append(xs, anggaran.Strip)
		}
		return append(xs, anggaran.Strip, anggaran.Strip, anggaran.Strip, anggaran.Strip, anggaran.Strip)
	}
	xs := []string{fmt.Sprint(b.No), dinas, b.Bidang, angkaRp(b.Pagu), angkaRp(b.Realisasi), pc(b.Serapan), fmt.Sprint(b.JumlahIKU), pcp(b.Capaian), strip(b.Predikat)}
	for _, p := range b.PerPredikat {
		xs = append(xs, fmt.Sprint(p.Jumlah))
	}
	ef := poin(b.Efisiensi)
	if b.KelasEfisiensi != "" {
		ef += " " + b.KelasEfisiensi
	}
	lengkap := yaTidak(b.Lengkap)
	if !b.Lengkap {
		lengkap += fmt.Sprintf(" (%d%%)", b.PersenLengkap)
	}
	return append(xs, ef, fmt.Sprint(b.Kesalahan), fmt.Sprint(b.Peringatan), fmt.Sprint(b.Catatan), lengkap)
}

func (r *Rekap) selJumlah() []string {
	j := &r.Jumlah
	xs := []string{"", fmt.Sprintf("Jumlah (%d dinas)", j.Dinas), "", angkaRp(j.Pagu), angkaRp(j.Realisasi), pc(j.Serapan), fmt.Sprint(j.JumlahIKU), pcp(j.Capaian), strip(j.Predikat)}
	for _, p := range j.PerPredikat {
		xs = append(xs, fmt.Sprint(p.Jumlah))
	}
	return append(xs, "", fmt.Sprint(j.Kesalahan), fmt.Sprint(j.Peringatan), fmt.Sprint(j.Catatan), fmt.Sprintf("%d lengkap", j.Lengkap))
}

func strip(s string) string {
	if s == "" {
		return anggaran.Strip
	}
	return s
}

// RenderMarkdown writes the rekap as Markdown: the summary, the dinas that
// need attention, the table with the totals, the cross-dinas findings, the
// predikat distribution and the serapan chart as a table.
func RenderMarkdown(w io.Writer, r *Rekap) error {
	if w == nil || r == nil {
		return fmt.Errorf("rekap: tidak ada tujuan tulis atau rekap (nil)")
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s\n\n%s\n\n", md.Teks(r.judul()), r.ringkas())
	if s := r.keteranganSaringan(); s != "" {
		fmt.Fprintf(bw, "*%s*\n\n", md.Teks(s))
	}
	ph := r.Perhatian()
	fmt.Fprintf(bw, "## Perlu perhatian (%d dinas)\n\n", len(ph))
	if len(ph) == 0 {
		bw.WriteString("Tidak ada dinas yang perlu perhatian.\n\n")
	}
	for i, b := range ph {
		var al []string
		for _, a := range b.Perhatian {
			al = append(al, a.Pesan)
		}
		fmt.Fprintf(bw, "%d. **%s** (%s): %s\n", i+1, md.Sel(namaAtauBerkas(&b)), md.Sel(filepath.Base(b.Berkas)), md.Sel(strings.Join(al, "; ")))
	}
	if len(ph) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("## Rekap per dinas\n\n")
	anggaran.RenderTabelMarkdown(bw, r.Tabel())
	fmt.Fprintf(bw, "\nK, P, C: kesalahan, peringatan, catatan reviu. %s: IKU per predikat. Efisiensi: capaian − serapan.\n\n", strings.Join(r.keteranganPredikat(), ", "))
	fmt.Fprintf(bw, "## Temuan lintas dinas (%d)\n\n", len(r.Temuan))
	if len(r.Temuan) == 0 {
		bw.WriteString("Tidak ada temuan.\n")
	}
	for _, t := range r.Temuan {
		fmt.Fprintf(bw, "- %s\n", md.Sel(lkip.BarisTemuan(t)))
	}
	if g := r.GrafikPredikat(); g != nil {
		fmt.Fprintf(bw, "\n## %s\n\n| Predikat | IKU |\n|---|---:|\n", g.Judul)
		for _, b := range g.Batang {
			fmt.Fprintf(bw, "| %s | %s |\n", md.Sel(b.Label), anggaran.FormatAngka(b.Nilai, -1))
		}
	}
	if g := r.GrafikSerapan(); g != nil {
		fmt.Fprintf(bw, "\n## %s\n\n| Dinas | Serapan |\n|---|---:|\n", g.Judul)
		for _, b := range g.Batang {
			fmt.Fprintf(bw, "| %s | %s |\n", md.Sel(b.Label), b.Teks)
		}
		if g.Catatan != "" {
			fmt.Fprintf(bw, "\n%s\n", g.Catatan)
		}
	}
	return bw.Flush()
}

func (r *Rekap) keteranganPredikat() []string {
	s := r.singkatPredikat()
	out := make([]string, len(s))
	for i := range s {
		out[i] = s[i] + " " + r.Predikat[i]
	}
	return out
}

func lkipPersen(d decimal.Decimal) string { return anggaran.FormatAngka(d, -1) + "%" }

// bil writes a count the Indonesian way: 10000 → "10.000".
func bil(n int) string { return anggaran.FormatAngka(decimal.NewFromInt(int64(n)), 0) }
