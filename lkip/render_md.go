package lkip

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// RenderMarkdown writes the whole LKIP as Markdown: cover, Kata Pengantar,
// Daftar Isi, Ikhtisar Eksekutif, Bab I to IV and the signature blocks,
// with every table computed. Numbers are in Indonesian format; charts are
// written as tables of their values.
func RenderMarkdown(w io.Writer, l *Laporan) error {
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

func mdInline(ps []potongan) string {
	var b strings.Builder
	for _, p := range ps {
		t := p.Teks
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

func mdSel(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	return strings.Join(strings.Fields(s), " ")
}

func mdElemen(w *bufio.Writer, e elemen) {
	switch e.Jenis {
	case elSampul:
		s := e.Sampul
		fmt.Fprintf(w, "**%s**\n\n# %s\n\n**%s**\n\n**%s**\n\n%s\n\n%s\n\n", s.Pemda, s.Judul, s.Tahun, s.Dinas, s.Alamat, s.Kota)
	case elJudul:
		fmt.Fprintf(w, "%s %s\n\n", strings.Repeat("#", e.Level), mdInline(e.Teks))
	case elParagraf:
		fmt.Fprintf(w, "%s\n\n", mdInline(e.Teks))
	case elDaftar:
		mdButir(w, e.Butir, "")
		fmt.Fprintln(w)
	case elIsi:
		for _, x := range e.Isi {
			ind := ""
			if x.Level > 1 {
				ind = "  "
			}
			fmt.Fprintf(w, "%s- [%s](#%s)\n", ind, x.Judul, x.ID)
		}
		fmt.Fprintln(w)
	case elTTD:
		t := e.TTD
		fmt.Fprintf(w, "%s  \n", t.TempatTanggal)
		for _, j := range t.Jabatan {
			fmt.Fprintf(w, "%s  \n", j)
		}
		fmt.Fprintf(w, "\n\n**%s**  \n%s  \n%s\n\n", t.Nama, t.Pangkat, t.NIP)
	case elTabel:
		mdTabel(w, e.Tabel)
	case elGrafik:
		g := e.Grafik
		fmt.Fprintf(w, "**Grafik: %s**\n\n| | Nilai |\n|---|---:|\n", g.Judul)
		for _, b := range g.Batang {
			fmt.Fprintf(w, "| %s | %s |\n", mdSel(b.Label), mdSel(b.Teks))
		}
		fmt.Fprintln(w)
		if g.Catatan != "" {
			fmt.Fprintf(w, "*%s*\n\n", g.Catatan)
		}
	}
}

func mdButir(w *bufio.Writer, bs []butirE, ind string) {
	for _, b := range bs {
		lab := "- "
		if b.Label != "" {
			lab = "- " + b.Label + " "
		}
		fmt.Fprintf(w, "%s%s%s\n", ind, lab, mdInline(b.Teks))
		mdButir(w, b.Anak, ind+"  ")
	}
}

func mdTabel(w *bufio.Writer, t *tabel) {
	if t.Nomor != "" || t.Judul != "" {
		fmt.Fprintf(w, "**%s**\n\n", strings.TrimSpace(t.Nomor+" "+t.Judul))
	}
	n := len(t.Kepala)
	var b strings.Builder
	b.WriteString("|")
	for _, k := range t.Kepala {
		b.WriteString(" " + mdSel(k.Teks) + " |")
	}
	b.WriteString("\n|")
	for _, k := range t.Kepala {
		if k.Angka {
			b.WriteString("---:|")
		} else {
			b.WriteString("---|")
		}
	}
	b.WriteString("\n")
	baris := func(row []sel) {
		b.WriteString("|")
		kol := 0
		for _, c := range row {
			t := mdSel(c.Teks)
			if c.Tebal && t != "" {
				t = "**" + t + "**"
			}
			b.WriteString(" " + t + " |")
			kol++
			for s := 1; s < c.Span; s++ {
				b.WriteString(" |")
				kol++
			}
		}
		for ; kol < n; kol++ {
			b.WriteString(" |")
		}
		b.WriteString("\n")
	}
	for _, r := range t.Badan {
		baris(r)
	}
	for _, r := range t.Kaki {
		baris(r)
	}
	w.WriteString(b.String())
	w.WriteString("\n")
	if t.Sumber != "" {
		fmt.Fprintf(w, "Sumber: %s\n\n", mdSel(t.Sumber))
	}
	if t.Catatan != "" {
		fmt.Fprintf(w, "*%s*\n\n", mdSel(t.Catatan))
	}
}
