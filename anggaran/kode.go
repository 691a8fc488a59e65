package anggaran

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Jenjang is the level of a [Kode] in the nomenclature of Permendagri
// 90/2019: urusan, bidang urusan, program, kegiatan, sub kegiatan. The zero
// value, [JenjangJumlah], is the grand total above every urusan.
type Jenjang uint8

const (
	JenjangJumlah      Jenjang = iota // the grand total (the zero Kode)
	JenjangUrusan                     // 1
	JenjangBidang                     // 1.06
	JenjangProgram                    // 1.06.02
	JenjangKegiatan                   // 1.06.02.2.01
	JenjangSubKegiatan                // 1.06.02.2.01.01
)

// String returns the Indonesian name of the level: "jumlah", "urusan",
// "bidang urusan", "program", "kegiatan", "sub kegiatan".
func (j Jenjang) String() string {
	switch j {
	case JenjangJumlah:
		return "jumlah"
	case JenjangUrusan:
		return "urusan"
	case JenjangBidang:
		return "bidang urusan"
	case JenjangProgram:
		return "program"
	case JenjangKegiatan:
		return "kegiatan"
	case JenjangSubKegiatan:
		return "sub kegiatan"
	}
	return "jenjang(" + strconv.Itoa(int(j)) + ")"
}

// Kode is a program/kegiatan/sub kegiatan code U.BB.PP.K.KK.SS (Permendagri
// 90/2019), e.g. 1.06.01.2.01.06, held as one comparable integer. The zero
// Kode stands for the grand total. Codes order numerically segment by
// segment, a parent before its children (1.06.01.2.09.9 before
// 1.06.01.2.09.10), so sorting codes gives the order of a budget table.
//
// Segments are stored as value+1 in fixed bit fields (so that an absent
// segment sorts first): urusan 1 digit, bidang 2, program 2, the kegiatan's
// 1-digit and 2-digit parts, and the sub kegiatan part up to 4 digits.
// Every segment must be at least 1.
type Kode struct{ v uint64 }

const (
	geserU  = 48
	geserBB = 40
	geserPP = 32
	geserK  = 24
	geserKK = 16
	geserSS = 0
)

// bitPosisi marks a positional code: one [Compute] gives a row printed
// without a code (by its level and place in the table). It is the top bit,
// so positional codes sort after every real code and never equal one.
const bitPosisi = 1 << 63

// topeng[j] keeps the bits of the segments that make up a code of level j
// (and the positional mark, so that a positional code contains only
// positional codes).
var topeng = [...]uint64{
	JenjangJumlah:      0,
	JenjangUrusan:      bitPosisi | 0xff<<geserU,
	JenjangBidang:      bitPosisi | 0xffff<<geserBB,
	JenjangProgram:     bitPosisi | 0xffffff<<geserPP,
	JenjangKegiatan:    bitPosisi | 0xffffffffff<<geserKK,
	JenjangSubKegiatan: bitPosisi | 0xffffffffffffff,
}

// TanpaKode reports whether k is not a real code but the positional one
// [Compute] gives a row printed without a code ([Rincian.Tingkat]): it
// orders the row and its level in the tree, and is never shown. Its
// [Kode.String], [Kode.Singkat] and [Kode.StringPanjang] are "", and no
// code read from text equals it.
func (k Kode) TanpaKode() bool { return k.v&bitPosisi != 0 }

// segmen describes one segment of the official form.
type segmen struct {
	nama   string
	geser  uint
	maks   int // largest value
	lebar  int // digits in the official form
	lebar2 int // alternative width (0 if none)
}

var segmenKode = [...]segmen{
	{"urusan", geserU, 9, 1, 0},
	{"bidang urusan", geserBB, 99, 2, 0},
	{"program", geserPP, 99, 2, 0},
	{"kegiatan", geserK, 9, 1, 0},
	{"kegiatan", geserKK, 99, 2, 0},
	{"sub kegiatan", geserSS, 9999, 2, 4},
}

// KodeError reports a code that could not be read, in Bahasa Indonesia.
type KodeError struct {
	Teks   string // the text as given
	Alasan string // what is wrong
}

// Error returns the message in Bahasa Indonesia: `kode "…" tidak sah: …`.
func (e *KodeError) Error() string {
	return fmt.Sprintf("kode %q tidak sah: %s", e.Teks, e.Alasan)
}

// ParseKode reads a code in the official dotted form, at any level:
// "1", "1.06", "1.06.01", "1.06.01.2.01", "1.06.01.2.01.06" and the 4-digit
// sub kegiatan form "1.06.01.2.01.0006". Spaces around dots are ignored.
// Each segment must have exactly its official number of digits and be at
// least 1; a kegiatan needs both of its parts.
func ParseKode(s string) (Kode, error) {
	fail := func(alasan string) (Kode, error) { return Kode{}, &KodeError{Teks: s, Alasan: alasan} }
	t := strings.TrimSpace(s)
	if t == "" {
		return fail("kosong")
	}
	// The parts are read in place (strings.Cut, no slice of parts): codes
	// are read for every budget row and every indicator's budget list.
	n := strings.Count(t, ".") + 1
	if n > len(segmenKode) {
		return fail(fmt.Sprintf("terlalu banyak bagian (%d, paling banyak 6)", n))
	}
	if n == 4 {
		return fail("kode kegiatan perlu dua bagian setelah program (mis. 1.06.01.2.01)")
	}
	var v uint64
	rest := t
	for i := range n {
		var p string
		p, rest, _ = strings.Cut(rest, ".")
		p = strings.TrimSpace(p)
		sg := segmenKode[i]
		if len(p) != sg.lebar && (sg.lebar2 == 0 || len(p) != sg.lebar2) {
			want := strconv.Itoa(sg.lebar)
			if sg.lebar2 != 0 {
				want += " atau " + strconv.Itoa(sg.lebar2)
			}
			return fail(fmt.Sprintf("bagian %s %q harus %s angka", sg.nama, p, want))
		}
		n, err := angkaSegmen(p)
		if err != nil {
			return fail(fmt.Sprintf("bagian %s %q: %v", sg.nama, p, err))
		}
		v |= uint64(n+1) << sg.geser
	}
	return Kode{v}, nil
}

// ParseKodeSingkat reads the short column form printed by LKIP budget
// tables, relative to the urusan and bidang of the document (awalan, e.g.
// 1.06): "1" is program 1.06.01, "1 2 1" kegiatan 1.06.01.2.01 and
// "1 2 1 6" sub kegiatan 1.06.01.2.01.06. Parts are separated by spaces,
// tabs or "|" and may carry leading zeros ("01 2 01 0006").
func ParseKodeSingkat(s string, awalan Kode) (Kode, error) {
	fail := func(alasan string) (Kode, error) { return Kode{}, &KodeError{Teks: s, Alasan: alasan} }
	if awalan.Jenjang() != JenjangBidang {
		return fail("kode singkat memerlukan urusan dan bidang urusan dokumen (mis. 1.06) sebagai awalan")
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '|' || r == '\u00a0' })
	if len(parts) == 0 {
		return fail("kosong")
	}
	if len(parts) > 4 {
		return fail(fmt.Sprintf("terlalu banyak bagian (%d, paling banyak 4: program, kegiatan dua bagian, sub kegiatan)", len(parts)))
	}
	if len(parts) == 2 {
		return fail("kode kegiatan perlu dua bagian setelah program (mis. 1 2 1)")
	}
	v := awalan.v
	for i, p := range parts {
		sg := segmenKode[i+2]
		maxLebar := max(sg.lebar, sg.lebar2)
		if len(p) > maxLebar {
			return fail(fmt.Sprintf("bagian %s %q terlalu panjang", sg.nama, p))
		}
		n, err := angkaSegmen(p)
		if err != nil {
			return fail(fmt.Sprintf("bagian %s %q: %v", sg.nama, p, err))
		}
		if n > sg.maks {
			return fail(fmt.Sprintf("bagian %s %q terlalu besar", sg.nama, p))
		}
		v |= uint64(n+1) << sg.geser
	}
	return Kode{v}, nil
}

// ParseKodeRincian reads a code as budget rows give it: the official form
// when it contains a dot; else, when awalan is a bidang urusan (1.06), the
// short column form relative to it ([ParseKodeSingkat]: "1" is then
// program 1.06.01, not urusan 1); else the official form of an urusan.
func ParseKodeRincian(s string, awalan Kode) (Kode, error) {
	if strings.Contains(s, ".") || (awalan.IsZero() && len(strings.Fields(s)) == 1) {
		return ParseKode(s)
	}
	return ParseKodeSingkat(s, awalan)
}

func angkaSegmen(p string) (int, error) {
	if p == "" {
		return 0, errors.New("kosong")
	}
	n := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c < '0' || c > '9' {
			return 0, errors.New("bukan angka")
		}
		n = n*10 + int(c-'0')
		if n > 9999 {
			return 0, errors.New("terlalu besar")
		}
	}
	if n == 0 {
		return 0, errors.New("tidak boleh 0")
	}
	return n, nil
}

// MustKode is [ParseKode] for tests and examples: it panics on an invalid
// code.
func MustKode(s string) Kode {
	k, err := ParseKode(s)
	if err != nil {
		panic(err)
	}
	return k
}

// segment value (0 when absent), by index into segmenKode.
func (k Kode) nilai(i int) int {
	sg := segmenKode[i]
	m := uint64(0xff)
	if sg.geser == geserSS {
		m = 0xffff
	}
	n := int(k.v >> sg.geser & m)
	if n == 0 {
		return 0
	}
	return n - 1
}

// IsZero reports whether k is the zero Kode (the grand total).
func (k Kode) IsZero() bool { return k.v == 0 }

// Jenjang returns the level of the code.
func (k Kode) Jenjang() Jenjang {
	switch {
	case k.v&0xffff != 0:
		return JenjangSubKegiatan
	case k.v>>geserKK&0xff != 0:
		return JenjangKegiatan
	case k.v>>geserPP&0xff != 0:
		return JenjangProgram
	case k.v>>geserBB&0xff != 0:
		return JenjangBidang
	case k.v>>geserU&0xff != 0:
		return JenjangUrusan
	}
	return JenjangJumlah
}

// Pada returns the ancestor of k at level j (k itself when j is its own
// level or deeper; the zero Kode for [JenjangJumlah]).
func (k Kode) Pada(j Jenjang) Kode {
	if int(j) >= len(topeng) {
		return k
	}
	return Kode{k.v & topeng[j]}
}

// Induk returns the parent code: a sub kegiatan's kegiatan, a kegiatan's
// program, and so on up to the zero Kode.
func (k Kode) Induk() Kode {
	j := k.Jenjang()
	if j == JenjangJumlah {
		return k
	}
	return k.Pada(j - 1)
}

// Contains reports whether o is k or a descendant of k. The zero Kode
// contains every code.
func (k Kode) Contains(o Kode) bool {
	return o.v&topeng[k.Jenjang()] == k.v
}

// Compare returns -1, 0 or +1 as k sorts before, with, or after o:
// numerically per segment, a parent before its children.
func (k Kode) Compare(o Kode) int { return cmp.Compare(k.v, o.v) }

// String returns the official dotted form, with a 2-digit sub kegiatan
// part when it fits ("1.06.01.2.01.06") and 4 digits otherwise. The zero
// Kode and a positional code ([Kode.TanpaKode]) are "".
func (k Kode) String() string { return k.format(2) }

// StringPanjang returns the official form with the 4-digit sub kegiatan
// part of the newer nomenclature: "1.06.01.2.01.0006".
func (k Kode) StringPanjang() string { return k.format(4) }

func (k Kode) format(lebarSub int) string {
	if k.TanpaKode() {
		return ""
	}
	var b []byte
	n := int(k.Jenjang())
	if n == int(JenjangKegiatan) {
		n = 5
	} else if n == int(JenjangSubKegiatan) {
		n = 6
	}
	for i := range n {
		sg := segmenKode[i]
		v := k.nilai(i)
		w := sg.lebar
		if sg.lebar2 != 0 && (lebarSub == 4 || v > 99) {
			w = sg.lebar2
		}
		if i > 0 {
			b = append(b, '.')
		}
		s := strconv.Itoa(v)
		for range w - len(s) {
			b = append(b, '0')
		}
		b = append(b, s...)
	}
	return string(b)
}

// Singkat returns the short column form below the bidang urusan, as LKIP
// budget tables print it: "1", "1 2 1", "1 2 1 6". Codes at the bidang
// level or above return their official form.
func (k Kode) Singkat() string {
	if k.TanpaKode() {
		return ""
	}
	j := k.Jenjang()
	if j < JenjangProgram {
		return k.String()
	}
	n := 3
	if j == JenjangSubKegiatan {
		n = 6
	} else if j == JenjangKegiatan {
		n = 5
	}
	var b []byte
	for i := 2; i < n; i++ {
		if i > 2 {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, int64(k.nilai(i)), 10)
	}
	return string(b)
}

// MarshalText writes the official form ([Kode.String]).
func (k Kode) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads the official form ([ParseKode]); empty text is the
// zero Kode.
func (k *Kode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = Kode{}
		return nil
	}
	v, err := ParseKode(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Equal reports whether k and o are the same code (go-cmp uses it).
func (k Kode) Equal(o Kode) bool { return k.v == o.v }
