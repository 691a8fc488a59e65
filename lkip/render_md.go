package lkip

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/internal/md"
)

// RenderMarkdown writes the whole LKIP as Markdown: cover, Kata Pengantar,
// Daftar Isi, Ikhtisar Eksekutif, Bab I to IV and the signature blocks,
// with every table computed. Numbers are in Indonesian format; charts are
// written as tables of their values.
func RenderMarkdown(w io.Writer, l *Laporan) error {
	if w == nil || l == nil {
		return errTanpaTujuan
	}
	bw := bufio.NewWriter(w)
	for i, b := range l.susun() {
		if i > 0 {
			fmt.Fprint(bw, "\n---\n\n")
		}
		if b.Judul != "" {
			fmt.Fprintf(bw, "# %s\n\n", b.Judul)
		}
		for _, e := range b.Isi {
			mdElemen(bw, e)
		}
	}
	return bw.Flush()
}

// mdInline writes runs of text as Markdown. The data's text is escaped
// (md.Teks) so that it prints as written: no inline HTML, links, emphasis
// or code spans come from the data, only the emphasis of the runs.
func mdInline(ps []potongan) string {
	var b strings.Builder
	for _, p := range ps {
		t := md.Teks(p.Teks)
		inti := strings.TrimSpace(t)
		tanda := ""
		switch {
		case p.Strong:
			tanda = "**"
		case p.Em:
			tanda = "*"
		}
		if tanda == "" || inti == "" {
			b.WriteString(t)
			continue
		}
		awal := t[:len(t)-len(strings.TrimLeft(t, " "))]
		akhir := t[len(strings.TrimRight(t, " ")):]
		b.WriteString(awal + tanda + inti + tanda + akhir)
	}
	return b.String()
}

// mdAwalBlok escapes what would make the start of a paragraph or list item
// a heading, quote, list item or rule: "# ", "> ", "- ", "+ ", "= ",
// "1. ", "1) ". s is already escaped by md.Teks.
func mdAwalBlok(s string) string {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return s
	}
	switch t[0] {
	case '#', '-', '+', '=', '|':
		return "\\" + t
	}
	i := 0
	for i < len(t) && i < 9 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')') {
		return t[:i] + "\\" + t[i:]
	}
	return t
}

func mdElemen(w *bufio.Writer, e elemen) {
	switch e.Jenis {
	case elSampul:
		s := e.Sampul
		fmt.Fprintf(w, "**%s**\n\n# %s\n\n**%s**\n\n**%s**\n\n%s\n\n%s\n\n", md.Teks(s.Pemda), md.Teks(s.Judul), md.Teks(s.Tahun), md.Teks(s.Dinas), mdAwalBlok(md.Teks(s.Alamat)), mdAwalBlok(md.Teks(s.Kota)))
	case elJudul:
		fmt.Fprintf(w, "%s %s\n\n", strings.Repeat("#", e.Level), mdInline(e.Teks))
	case elParagraf:
		fmt.Fprintf(w, "%s\n\n", mdAwalBlok(mdInline(e.Teks)))
	case elDaftar:
		mdButir(w, e.Butir, "")
		fmt.Fprintln(w)
	case elIsi:
		for _, x := range e.Isi {
			ind := ""
			if x.Level > 1 {
				ind = "  "
			}
			fmt.Fprintf(w, "%s- [%s](#%s)\n", ind, md.Teks(x.Judul), x.ID)
		}
		fmt.Fprintln(w)
	case elTTD:
		t := e.TTD
		fmt.Fprintf(w, "%s  \n", mdAwalBlok(md.Teks(t.TempatTanggal)))
		for _, j := range t.Jabatan {
			fmt.Fprintf(w, "%s  \n", mdAwalBlok(md.Teks(j)))
		}
		fmt.Fprintf(w, "\n\n**%s**  \n%s  \n%s\n\n", md.Teks(t.Nama), mdAwalBlok(md.Teks(t.Pangkat)), mdAwalBlok(md.Teks(t.NIP)))
	case elTabel:
		mdTabel(w, e.Tabel)
	case elGrafik:
		g := e.Grafik
		fmt.Fprintf(w, "**Grafik: %s**\n\n| | Nilai |\n|---|---:|\n", md.Teks(g.Judul))
		for _, b := range g.Batang {
			fmt.Fprintf(w, "| %s | %s |\n", md.Sel(b.Label), md.Sel(b.Teks))
		}
		fmt.Fprintln(w)
		if g.Catatan != "" {
			fmt.Fprintf(w, "*%s*\n\n", md.Teks(g.Catatan))
		}
	}
}

// mdButir writes a list. Items labelled "n.", "n+1.", … in sequence
// become an ordered list with those numbers (Markdown keeps the first); other labels ("a.", "iv.") are
// printed after a bullet, escaped so that they are not read as markup.
func mdButir(w *bufio.Writer, bs []butirE, ind string) {
	urut := len(bs) > 0
	awal := 0
	if len(bs) > 0 {
		n, err := strconv.Atoi(strings.TrimSuffix(bs[0].Label, "."))
		urut = err == nil && n >= 0 && n < 1e9 && strings.HasSuffix(bs[0].Label, ".")
		awal = n
	}
	for i, b := range bs {
		if !urut || b.Label != strconv.Itoa(awal+i)+"." {
			urut = false
			break
		}
	}
	for _, b := range bs {
		lab := "- "
		switch {
		case urut:
			lab = b.Label + " "
		case b.Label != "":
			lab = "- " + mdAwalBlok(md.Teks(b.Label)) + " "
		}
		fmt.Fprintf(w, "%s%s%s\n", ind, lab, mdAwalBlok(mdInline(b.Teks)))
		mdButir(w, b.Anak, ind+strings.Repeat(" ", len(lab)))
	}
}

func mdTabel(w *bufio.Writer, t *tabel) {
	if t.Nomor != "" || t.Judul != "" {
		fmt.Fprintf(w, "**%s**\n\n", md.Teks(strings.TrimSpace(t.Nomor+" "+t.Judul)))
	}
	n := len(t.Kepala)
	judul := make([]string, n)
	angka := make([]bool, n)
	for i, k := range t.Kepala {
		judul[i], angka[i] = k.Teks, k.Angka
	}
	md.Kepala(w, judul, angka)
	for _, r := range t.Badan {
		md.BarisIsi(w, r, n)
	}
	for _, r := range t.Kaki {
		md.BarisIsi(w, r, n)
	}
	w.WriteString("\n")
	if t.Sumber != "" {
		fmt.Fprintf(w, "Sumber: %s\n\n", md.Sel(t.Sumber))
	}
	if t.Catatan != "" {
		fmt.Fprintf(w, "*%s*\n\n", md.Sel(t.Catatan))
	}
}
