package lkip

import (
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/md"
)

// The report is first laid out as a small document model (chapters of
// elements), which the Markdown and HTML renderers then write: both outputs
// show exactly the same content.

// bab is one chapter of the report.
type bab struct {
	ID    string // anchor, e.g. "bab-3"
	Judul string // e.g. "BAB III AKUNTABILITAS KINERJA"
	Isi   []elemen
}

// Kinds of elements.
const (
	elJudul    = "judul"
	elParagraf = "paragraf"
	elDaftar   = "daftar"
	elTabel    = "tabel"
	elGrafik   = "grafik"
	elTTD      = "ttd"
	elSampul   = "sampul"
	elIsi      = "daftar_isi"
)

// elemen is one block of a chapter. Jenis says which fields are set.
type elemen struct {
	Jenis  string
	Level  int        // elJudul: 2 or 3
	ID     string     // elJudul: anchor
	Teks   []potongan // elJudul, elParagraf
	Butir  []butirE   // elDaftar
	Tabel  *tabel     // elTabel
	Grafik *Grafik    // elGrafik
	TTD    *ttd       // elTTD
	Sampul *sampul    // elSampul
	Isi    []entriIsi // elIsi
}

// potongan is a run of text with its emphasis.
type potongan struct {
	Teks   string
	Em     bool
	Strong bool
}

// butirE is a list item.
type butirE struct {
	Label string // printed label ("1.", "a."), "" for a bullet
	Teks  []potongan
	Anak  []butirE
}

// tabel is a table: caption, one header row, body rows, total rows.
type tabel struct {
	Nomor   string // "Tabel 1.1", may be empty
	Judul   string
	Kepala  []sel
	Badan   [][]sel
	Kaki    [][]sel
	Sumber  string // source line of the document ("Sumber: …")
	Catatan string // a note under the table
	Lebar   string // CSS class for wide tables
}

// sel is a table cell: its text, right-aligned when a figure, bold, and
// its colspan (0 or 1 for one column); the same cell the Markdown writer
// takes (internal/md).
type sel = md.Isi

// ttd is a signature block.
type ttd struct {
	TempatTanggal string
	Jabatan       []string
	Nama          string
	Pangkat       string
	NIP           string
}

// sampul is the cover.
type sampul struct {
	Pemda, Judul, Tahun, Dinas, Alamat, Kota string
}

// entriIsi is one line of the table of contents.
type entriIsi struct {
	ID, Judul string
	Level     int
}

// teksInline splits text with *em* and **strong** into runs. A star that
// opens no emphasis (no closing star, "* " with a space after it, or
// "****") stays in the text. The work is linear in the length of s: the
// plain runs are slices of s, never joined piece by piece, and a search
// for a closing star that finds none is not repeated.
func teksInline(s string) []potongan {
	var out []potongan
	awal := 0                         // start of the current plain run
	adaTebal, adaMiring := true, true // a later "**" / "*" may still exist
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '*')
		if k < 0 {
			break
		}
		i += k
		strong := strings.HasPrefix(s[i:], "**")
		n := 1
		if strong {
			n = 2
		}
		j := -1
		switch {
		case strong && adaTebal:
			if j = strings.Index(s[i+2:], "**"); j < 0 {
				adaTebal = false
			}
		case !strong && adaMiring && !strings.HasPrefix(s[i+1:], " "):
			if j = strings.IndexByte(s[i+1:], '*'); j < 0 {
				adaMiring = false
			}
		}
		if j <= 0 {
			// not an emphasis: the star stays in the plain run
			i += n
			continue
		}
		if i > awal {
			out = append(out, potongan{Teks: s[awal:i]})
		}
		out = append(out, potongan{Teks: s[i+n : i+n+j], Em: !strong, Strong: strong})
		i += n + j + n
		awal = i
	}
	if awal < len(s) {
		out = append(out, potongan{Teks: s[awal:]})
	}
	return out
}

// gabungPotongan merges adjacent plain runs, in time linear in their
// total length.
func gabungPotongan(ps []potongan) []potongan {
	var out []potongan
	for i := 0; i < len(ps); {
		p := ps[i]
		k := i + 1
		if !p.Em && !p.Strong {
			for k < len(ps) && !ps[k].Em && !ps[k].Strong {
				k++
			}
			if k > i+1 {
				var b strings.Builder
				for _, q := range ps[i:k] {
					b.WriteString(q.Teks)
				}
				p.Teks = b.String()
			}
		}
		out = append(out, p)
		i = k
	}
	return out
}

func polos(s string) []potongan { return []potongan{{Teks: s}} }

func paragrafPolos(s string) elemen { return elemen{Jenis: elParagraf, Teks: polos(s)} }

// tabelDari puts a table laid out by its domain package (anggaran.Tabel:
// Tabel 3.1, Tabel 3.2, the belanja accounts) into t: its headers, its
// rows as body, the rows below them as foot, in bold where the layout says
// so.
func tabelDari(t *tabel, a *anggaran.Tabel) {
	angka := make([]bool, len(a.Kolom))
	for i, k := range a.Kolom {
		t.Kepala = append(t.Kepala, sel{Teks: k.Judul, Angka: k.Angka})
		angka[i] = k.Angka
	}
	for _, b := range a.Badan {
		t.Badan = append(t.Badan, barisSel(b.Sel, b.Rentang, b.Tebal, angka))
	}
	for _, b := range a.Kaki {
		t.Kaki = append(t.Kaki, barisSel(b.Sel, b.Rentang, b.Tebal, angka))
	}
}

// barisSel makes the cells of a row of a table laid out by its domain
// package ([tabelDari]): the first spans rentang columns (a
// label, left-aligned), the others are figures where their column's angka
// says so.
func barisSel(teks []string, rentang int, tebal bool, angka []bool) []sel {
	out := make([]sel, len(teks))
	k := 0 // the column of the cell
	for i, s := range teks {
		out[i] = sel{Teks: s, Tebal: tebal && s != ""} // an empty cell is not bold
		if i == 0 && rentang > 1 {
			out[i].Span = rentang
		} else if k < len(angka) {
			out[i].Angka = angka[k]
		}
		k += max(out[i].Span, 1)
	}
	return out
}
