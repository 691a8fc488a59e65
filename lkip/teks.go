package lkip

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"
)

// Inline placeholders: "{{name}}" inside a paragraph is replaced by a
// figure from the data.
var namaIsian = map[string]string{
	"jumlah_iku": "jumlah IKU",
	"tahun":      "tahun laporan",
	"dinas":      "nama dinas",
	"pemda":      "nama pemerintah daerah",
}

// isianDikenal knows the placeholders of one document: the fixed ones
// (namaIsian) and those of its staff groups ([isianPegawai]).
type isianDikenal struct {
	pegawai []KelompokPegawai
	nama    map[string]bool
}

func kenalIsian(ks []KelompokPegawai) isianDikenal {
	return isianDikenal{pegawai: ks, nama: namaIsianPegawai(ks)}
}

func (k isianDikenal) ada(n string) bool {
	if _, ok := namaIsian[n]; ok {
		return true
	}
	return k.nama[n]
}

var (
	polaIsian = regexp.MustCompile(`\{\{([^{}]*)\}\}`)
)

type jenisBlok int

const (
	paragraf jenisBlok = iota
	daftar
	penanda
)

// blok is a parsed narrative block.
type blok struct {
	jenis jenisBlok
	teks  string  // paragraph text, or the marker name
	butir []butir // list items
}

// butir is a list item: its printed label ("1.", "a.", "" for a bullet),
// its text and its sub-items.
type butir struct {
	label string
	teks  string
	anak  []butir
}

// penandaBlok returns the name of the block marker s ("{{tabel_3_2}}"),
// and false when s is not a block marker.
func penandaBlok(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "{{") && strings.HasSuffix(t, "}}") && strings.Count(t, "{{") == 1 {
		return strings.TrimSpace(t[2 : len(t)-2]), true
	}
	return "", false
}

// bacaBlok parses one narrative block (see [Teks]).
func bacaBlok(s string) blok {
	if nama, ok := penandaBlok(s); ok {
		return blok{jenis: penanda, teks: nama}
	}
	baris := strings.Split(strings.TrimRight(s, "\n "), "\n")
	var items []butir
	ok := true
	for _, b := range baris {
		anak := strings.HasPrefix(b, "  ")
		b = strings.TrimSpace(b)
		var it butir
		switch {
		case strings.HasPrefix(b, "- "):
			it = butir{teks: strings.TrimSpace(b[2:])}
		case adaLabel(b):
			i := strings.IndexByte(b, ' ')
			it = butir{label: b[:i], teks: strings.TrimSpace(b[i+1:])}
		default:
			ok = false
		}
		if !ok {
			break
		}
		if anak && len(items) > 0 {
			items[len(items)-1].anak = append(items[len(items)-1].anak, it)
		} else {
			items = append(items, it)
		}
	}
	if ok && len(items) > 0 {
		return blok{jenis: daftar, butir: items}
	}
	return blok{jenis: paragraf, teks: strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")}
}

// periksaTeks checks the markers and placeholders of a narrative at path.
func periksaTeks(t Teks, path string, kenal isianDikenal) error {
	for i, s := range t {
		p := fmt.Sprintf("%s[%d]", path, i)
		b := bacaBlok(s)
		if b.jenis == penanda {
			if _, ok := cariPenanda(b.teks); !ok {
				if !kenal.ada(b.teks) {
					return &ParseError{Path: p, Err: fmt.Errorf("penanda {{%s}} tidak dikenal (lihat SCHEMA.md untuk daftar penanda)", b.teks)}
				}
			}
			continue
		}
		for _, m := range polaIsian.FindAllStringSubmatch(s, -1) {
			n := strings.TrimSpace(m[1])
			if !kenal.ada(n) {
				if _, blk := cariPenanda(n); blk {
					return &ParseError{Path: p, Err: fmt.Errorf("penanda {{%s}} harus berdiri sendiri sebagai satu blok, bukan di dalam paragraf", n)}
				}
				if err := errIsianPegawai(n, kenal.pegawai); err != nil {
					return &ParseError{Path: p, Err: err}
				}
				return &ParseError{Path: p, Err: fmt.Errorf("isian {{%s}} tidak dikenal (lihat SCHEMA.md untuk daftar isian)", n)}
			}
		}
	}
	return nil
}

// inlineIsi splits a narrative into runs ([teksInline]) and then replaces
// the inline placeholders of each run with their values, so that a value
// (a dinas name with a star in it) is printed as written and never read
// as emphasis. A placeholder split by an emphasis mark is left as it is.
func inlineIsi(s string, nilai map[string]string) []potongan {
	ps := teksInline(s)
	for i := range ps {
		ps[i].Teks = isi(ps[i].Teks, nilai)
	}
	return ps
}

// isi replaces the inline placeholders of s with their values.
func isi(s string, nilai map[string]string) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	return polaIsian.ReplaceAllStringFunc(s, func(m string) string {
		n := strings.TrimSpace(m[2 : len(m)-2])
		if v, ok := nilai[n]; ok {
			return v
		}
		return m
	})
}

// adaLabel reports whether s starts with a printed list label followed by a
// space: "1. ", "12. ", "a. ", "iv. ".
func adaLabel(s string) bool {
	i := strings.Index(s, ". ")
	if i <= 0 || i > 6 {
		return false
	}
	l := s[:i]
	semua := func(ok func(byte) bool) bool {
		for j := 0; j < len(l); j++ {
			if !ok(l[j]) {
				return false
			}
		}
		return true
	}
	switch {
	case len(l) <= 3 && semua(func(c byte) bool { return c >= '0' && c <= '9' }):
		return true
	case len(l) == 1 && l[0] >= 'a' && l[0] <= 'z':
		return true
	}
	return semua(func(c byte) bool { return strings.IndexByte("ivxlc", c) >= 0 })
}

// jumlahCacah writes the exact sum of counts in decimal ("13875"), never
// wrapped: two headcounts near the int64 limit add up to a positive number
// here, where their int sum (Jumlah.Total, the ProfilHitung totals) would
// be negative.
func jumlahCacah(xs ...int) string {
	var s, x big.Int
	for _, v := range xs {
		s.Add(&s, x.SetInt64(int64(v)))
	}
	return s.String()
}

// silangTepat returns the exact row totals, column totals and grand total
// of a cross table, as text.
func silangTepat(t *Silang) (baris, kolom []string, total string) {
	kol := make([][]int, len(t.Kolom))
	var semua []int
	for _, b := range t.Baris {
		baris = append(baris, jumlahCacah(b.Nilai...))
		for j, v := range b.Nilai {
			if j < len(kol) {
				kol[j] = append(kol[j], v)
			}
		}
		semua = append(semua, b.Nilai...)
	}
	for _, k := range kol {
		kolom = append(kolom, jumlahCacah(k...))
	}
	return baris, kolom, jumlahCacah(semua...)
}
