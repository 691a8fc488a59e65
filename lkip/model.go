package lkip

import (
	"strings"
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

// sel is a table cell.
type sel struct {
	Teks  string
	Angka bool // right-aligned figure
	Tebal bool
	Span  int // colspan, 0 or 1 for one column
}

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

// teksInline splits text with *em* and **strong** into runs.
func teksInline(s string) []potongan {
	var out []potongan
	for s != "" {
		i := strings.IndexByte(s, '*')
		if i < 0 {
			out = append(out, potongan{Teks: s})
			break
		}
		strong := strings.HasPrefix(s[i:], "**")
		tanda := "*"
		if strong {
			tanda = "**"
		}
		j := strings.Index(s[i+len(tanda):], tanda)
		if j <= 0 || (!strong && strings.HasPrefix(s[i+1:], " ")) {
			// not an emphasis: keep the star as text
			out = append(out, potongan{Teks: s[:i+len(tanda)]})
			s = s[i+len(tanda):]
			continue
		}
		if i > 0 {
			out = append(out, potongan{Teks: s[:i]})
		}
		dalam := s[i+len(tanda) : i+len(tanda)+j]
		out = append(out, potongan{Teks: dalam, Em: !strong, Strong: strong})
		s = s[i+len(tanda)+j+len(tanda):]
	}
	return gabungPotongan(out)
}

// gabungPotongan merges adjacent plain runs.
func gabungPotongan(ps []potongan) []potongan {
	var out []potongan
	for _, p := range ps {
		if n := len(out); n > 0 && !p.Em && !p.Strong && !out[n-1].Em && !out[n-1].Strong {
			out[n-1].Teks += p.Teks
			continue
		}
		out = append(out, p)
	}
	return out
}

func polos(s string) []potongan { return []potongan{{Teks: s}} }

func paragrafPolos(s string) elemen { return elemen{Jenis: elParagraf, Teks: polos(s)} }

func paragrafInline(s string) elemen { return elemen{Jenis: elParagraf, Teks: teksInline(s)} }
