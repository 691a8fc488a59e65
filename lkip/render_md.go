package lkip

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
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
// (mdTeks) so that it prints as written: no inline HTML, links, emphasis
// or code spans come from the data, only the emphasis of the runs.
func mdInline(ps []potongan) string {
	var b strings.Builder
	for _, p := range ps {
		t := mdTeks(p.Teks)
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

// mdSel writes a table cell: the text escaped (mdTeks), "|" escaped, on
// one line.
func mdSel(s string) string {
	s = strings.ReplaceAll(mdTeks(s), "|", "\\|")
	return strings.Join(strings.Fields(s), " ")
}

// mdTeks escapes the characters of data text that Markdown would read as
// markup: backslash, emphasis (* _), links ([ ]), code spans (`) and
// inline HTML (< >). A line break (CR, LF or CRLF) becomes a space, so
// that a name or a narrative never starts a new block (a heading, a table
// row, a list item). It does not touch the start of a block; see
// mdAwalBlok.
func mdTeks(s string) string {
	if !strings.ContainsAny(s, "\\*_[]`<>\r\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '*', '_', '[', ']', '`', '<', '>':
			b.WriteByte('\\')
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			c = ' '
		case '\n':
			c = ' '
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdAwalBlok escapes what would make the start of a paragraph or list item
// a heading, quote, list item or rule: "# ", "> ", "- ", "+ ", "= ",
// "1. ", "1) ". s is already escaped by mdTeks.
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
		fmt.Fprintf(w, "**%s**\n\n# %s\n\n**%s**\n\n**%s**\n\n%s\n\n%s\n\n", mdTeks(s.Pemda), mdTeks(s.Judul), mdTeks(s.Tahun), mdTeks(s.Dinas), mdAwalBlok(mdTeks(s.Alamat)), mdAwalBlok(mdTeks(s.Kota)))
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
			fmt.Fprintf(w, "%s- [%s](#%s)\n", ind, mdTeks(x.Judul), x.ID)
		}
		fmt.Fprintln(w)
	case elTTD:
		t := e.TTD
		fmt.Fprintf(w, "%s  \n", mdAwalBlok(mdTeks(t.TempatTanggal)))
		for _, j := range t.Jabatan {
			fmt.Fprintf(w, "%s  \n", mdAwalBlok(mdTeks(j)))
		}
		fmt.Fprintf(w, "\n\n**%s**  \n%s  \n%s\n\n", mdTeks(t.Nama), mdAwalBlok(mdTeks(t.Pangkat)), mdAwalBlok(mdTeks(t.NIP)))
	case elTabel:
		mdTabel(w, e.Tabel)
	case elGrafik:
		g := e.Grafik
		fmt.Fprintf(w, "**Grafik: %s**\n\n| | Nilai |\n|---|---:|\n", mdTeks(g.Judul))
		for _, b := range g.Batang {
			fmt.Fprintf(w, "| %s | %s |\n", mdSel(b.Label), mdSel(b.Teks))
		}
		fmt.Fprintln(w)
		if g.Catatan != "" {
			fmt.Fprintf(w, "*%s*\n\n", mdTeks(g.Catatan))
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
			lab = "- " + mdAwalBlok(mdTeks(b.Label)) + " "
		}
		fmt.Fprintf(w, "%s%s%s\n", ind, lab, mdAwalBlok(mdInline(b.Teks)))
		mdButir(w, b.Anak, ind+strings.Repeat(" ", len(lab)))
	}
}

func mdTabel(w *bufio.Writer, t *tabel) {
	if t.Nomor != "" || t.Judul != "" {
		fmt.Fprintf(w, "**%s**\n\n", mdTeks(strings.TrimSpace(t.Nomor+" "+t.Judul)))
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
