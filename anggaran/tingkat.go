package anggaran

import (
	"fmt"
	"regexp"
	"strings"
)

// ParseTingkat reads the level of a row as a budget table's "tingkat"
// column gives it, case-insensitively, spaces, dots and "_" ignored:
// "program" (also "prog", "p", "1"), "kegiatan" ("keg", "k", "2"), "sub
// kegiatan" ("subkegiatan", "sub", "subkeg", "sub keg", "sk", "3").
func ParseTingkat(s string) (Jenjang, error) {
	t := strings.ToLower(strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '.' || r == '_' || r == '-' || r == '\u00a0' || r == '\t'
	}), ""))
	switch t {
	case "program", "prog", "p", "1":
		return JenjangProgram, nil
	case "kegiatan", "keg", "k", "2":
		return JenjangKegiatan, nil
	case "subkegiatan", "sub", "subkeg", "sk", "3":
		return JenjangSubKegiatan, nil
	case "":
		return 0, fmt.Errorf("tingkat kosong (isi program, kegiatan atau sub kegiatan)")
	}
	return 0, fmt.Errorf("tingkat %q tidak dikenal (program, kegiatan, sub kegiatan; atau prog, keg, sub, 1, 2, 3)", strings.TrimSpace(s))
}

// TingkatUraian returns the level a row's name gives by its first words,
// case-insensitively, after at most two numbering marks ("1.", "1.2.3",
// "a)", "II.", "(3)", "-", "•"): "Program …", "Kegiatan …", "Sub Kegiatan
// …" (also "Subkegiatan …", "Sub-Kegiatan …", "Program:"). ok is false
// when the name starts with none of them.
func TingkatUraian(uraian string) (j Jenjang, ok bool) {
	kata := strings.FieldsFunc(strings.ToLower(uraian), func(r rune) bool {
		return r == ' ' || r == '\u00a0' || r == '\t' || r == ':'
	})
	for lewat := 0; lewat <= 2 && lewat < len(kata); lewat++ {
		k := kata[lewat:]
		switch {
		case k[0] == "program":
			return JenjangProgram, true
		case k[0] == "kegiatan":
			return JenjangKegiatan, true
		case k[0] == "subkegiatan" || k[0] == "sub-kegiatan" || k[0] == "sub" && len(k) > 1 && k[1] == "kegiatan":
			return JenjangSubKegiatan, true
		}
		if !penomoran.MatchString(k[0]) {
			break
		}
	}
	return 0, false
}

// penomoran matches a list's numbering mark: "1.", "1.2.3", "2)", "(3)",
// "a.", "b)", "ii.", "-", "•".
var penomoran = regexp.MustCompile(`^(\(?([0-9]+([.)][0-9]+)*|[a-z]|[ivxlc]+)[.)]?|[-•–·*])$`)

// tanpaKode reports whether rows are a table printed without codes: no
// row has a code and at least one has a level.
func tanpaKode(rows []Rincian) bool {
	ada := false
	for i := range rows {
		if !rows[i].Kode.IsZero() {
			return false
		}
		ada = ada || rows[i].Tingkat != 0
	}
	return ada
}

// Limits of positional codes: programs per table, kegiatan per program
// and sub kegiatan per kegiatan.
const (
	maksProgramPosisi  = 255
	maksKegiatanPosisi = 255 * 255
	maksSubPosisi      = 0xffff
)

// kodePosisi gives every row of a table printed without codes its
// positional code ([Kode.TanpaKode]) from its level and place: a program
// opens a program, a kegiatan belongs to the last program, a sub kegiatan
// to the last kegiatan. The urusan and bidang are awalan's when it is a
// bidang urusan. A row that cannot be placed (no level, a kegiatan before
// any program, a sub kegiatan before any kegiatan, too many) gets the
// zero Kode, and gagal (when not nil) is called with its index and the
// reason, in Bahasa Indonesia.
func kodePosisi(rows []Rincian, awalan Kode, gagal func(i int, alasan string)) []Kode {
	dasar := uint64(bitPosisi | 1<<geserU | 1<<geserBB)
	if awalan.Jenjang() == JenjangBidang {
		dasar = bitPosisi | awalan.v&(0xffff<<geserBB)
	}
	kodes := make([]Kode, len(rows))
	if gagal == nil {
		gagal = func(int, string) {}
	}
	var prog, keg, sub uint64
	for i := range rows {
		switch rows[i].Tingkat {
		case JenjangProgram:
			if prog >= maksProgramPosisi {
				gagal(i, fmt.Sprintf("lebih dari %d program", maksProgramPosisi))
				continue
			}
			prog, keg, sub = prog+1, 0, 0
			kodes[i] = Kode{dasar | prog<<geserPP}
		case JenjangKegiatan:
			switch {
			case prog == 0:
				gagal(i, "kegiatan ini muncul sebelum program mana pun; baris program harus di atas kegiatannya")
				continue
			case keg >= maksKegiatanPosisi:
				gagal(i, "terlalu banyak kegiatan dalam satu program")
				continue
			}
			keg, sub = keg+1, 0
			kodes[i] = Kode{dasar | prog<<geserPP | (1+(keg-1)/255)<<geserK | (1+(keg-1)%255)<<geserKK}
		case JenjangSubKegiatan:
			switch {
			case keg == 0:
				gagal(i, "sub kegiatan ini muncul sebelum kegiatan mana pun (dalam programnya); baris kegiatan harus di atas sub kegiatannya")
				continue
			case sub >= maksSubPosisi:
				gagal(i, "terlalu banyak sub kegiatan dalam satu kegiatan")
				continue
			}
			sub++
			kodes[i] = Kode{dasar | prog<<geserPP | (1+(keg-1)/255)<<geserK | (1+(keg-1)%255)<<geserKK | sub}
		default:
			gagal(i, "tingkat baris tidak diketahui: isi kolom tingkat, atau awali uraiannya dengan Program, Kegiatan atau Sub Kegiatan")
		}
	}
	return kodes
}

// alasanPosisi says why row i of a table without codes could not be
// placed.
func (p *Pohon) alasanPosisi(i int32) string {
	alasan := "baris ini tidak dapat ditempatkan menurut tingkatnya"
	kodePosisi(p.rincian[:i+1], p.awalan, func(j int, s string) {
		if j == int(i) {
			alasan = s
		}
	})
	return alasan + ", sehingga tidak ikut dijumlahkan"
}

// TanpaKode reports whether the tree was built from a table printed
// without codes: its codes are positional ([Kode.TanpaKode]) and print as
// "", and the renderers print no code column.
func (p *Pohon) TanpaKode() bool { return p != nil && p.posisi != nil }

// namaSimpul names node i for messages: its level and code, or for a
// table without codes its level and name ("program Penunjang …").
func (p *Pohon) namaSimpul(i int) string {
	s := p.titik(i)
	j := s.kode().Jenjang().String()
	if !s.kode().TanpaKode() {
		return j + " " + s.kode().String()
	}
	if s.baris >= 0 {
		return j + " " + labelRincian(p.rincian, int(s.baris))
	}
	return j
}

// labelRincian names row i of rows for a finding's location: its code
// and name, or for a row printed without a code its number in the table
// and its name ("ke-3 Sub Kegiatan Pendataan …").
func labelRincian(rows []Rincian, i int) string {
	r := &rows[i]
	if !r.Kode.IsZero() {
		return label(r.Kode, r.Uraian)
	}
	s := fmt.Sprintf("ke-%d", i+1)
	if u := strings.TrimSpace(tanpaNomor(r.Uraian)); u != "" {
		s += " " + u
	}
	return s
}

// FindBaris returns the index of the node of input row i (the row as
// given to [Compute]), whether the row has a code or only a level; ok is
// false for a row left out of the sums (no code, or a level out of
// order), a duplicate that is not its code's first row, or i out of range.
func (p *Pohon) FindBaris(i int) (int, bool) {
	if p == nil || i < 0 || i >= len(p.rincian) {
		return 0, false
	}
	k := p.kodeBaris(int32(i))
	if k.IsZero() {
		return 0, false
	}
	n, ok := p.Find(k)
	if !ok || int(p.simpul[n].baris) != i {
		return 0, false
	}
	return n, true
}
