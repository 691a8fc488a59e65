package kinerja

import (
	"bytes"
	"cmp"
	"math"
	"strconv"
	"strings"

	normalisasi "github.com/pemkab/sakip/internal/normal"
	"github.com/pemkab/sakip/internal/tetap"
	"github.com/shopspring/decimal"
)

// The tools of the checks' hot path: a check runs on every indicator and
// year and nearly always passes, so what it compares is compared without
// allocating, and the texts of a finding (its path, column, message) are
// written only when it is made.

// normal lower-cases s, turns punctuation into spaces and collapses them,
// for comparing wordings.
func normal(s string) string {
	var buf [64]byte
	return string(appendNormal(buf[:0], s))
}

// appendNormal appends [normal] of s to b (internal/normal.AppendNama, the one
// normalisation of names of the module).
func appendNormal(b []byte, s string) []byte { return normalisasi.AppendNama(b, s, " ") }

// samaNormal reports normal(a) == normal(b), in the pemeriksa's scratch
// buffers instead of two new strings.
func (p *pemeriksa) samaNormal(a, b string) bool {
	if a == b {
		return true
	}
	p.bufA = appendNormal(p.bufA[:0], a)
	p.bufB = appendNormal(p.bufB[:0], b)
	return bytes.Equal(p.bufA, p.bufB)
}

// normalSekali returns normal(s), made once per text for all the checks
// of a document (many indicators share a definition).
func (p *pemeriksa) normalSekali(s string) string {
	if n, ada := p.normalOf[s]; ada {
		return n
	}
	if p.normalOf == nil {
		p.normalOf = map[string]string{}
	}
	n := normal(s)
	p.normalOf[s] = n
	return n
}

// jalurIndikator is the path "indikator[i]" followed by sisa.
func jalurIndikator(i int, sisa string) string { return jalurDaftar("indikator", i, sisa) }

// jalurDaftar is the path "daftar[i]" followed by sisa, made in one
// allocation.
func jalurDaftar(daftar string, i int, sisa string) string {
	var buf [64]byte
	b := append(buf[:0], daftar...)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(i), 10)
	b = append(b, ']')
	return string(append(b, sisa...))
}

// jalurTahun is the path "indikator[i].tahun[j]" followed by sisa.
func jalurTahun(i, j int, sisa string) string {
	var buf [80]byte
	b := append(buf[:0], "indikator["...)
	b = strconv.AppendInt(b, int64(i), 10)
	b = append(b, "].tahun["...)
	b = strconv.AppendInt(b, int64(j), 10)
	b = append(b, ']')
	return string(append(b, sisa...))
}

// kolomTahun is a column of a year: "realisasi 2022".
func kolomTahun(kolom string, tahun int) string {
	var buf [48]byte
	b := append(append(buf[:0], kolom...), ' ')
	return string(strconv.AppendInt(b, int64(tahun), 10))
}

// banding is a.Cmp(b) without allocating when both fit in int64 at the
// finer of their exponents (decimal.Cmp rescales one into a new big.Int
// whenever the exponents differ: 6.77 against 100).
func banding(a, b decimal.Decimal) int {
	x, okx := tetap.Koefisien(a)
	y, oky := tetap.Koefisien(b)
	if okx && oky {
		switch ea, eb := a.Exponent(), b.Exponent(); {
		case ea == eb:
			return cmp.Compare(x, y)
		case ea > eb:
			if x, ok := tetap.KaliPangkat10(x, int64(ea)-int64(eb)); ok {
				return cmp.Compare(x, y)
			}
		default:
			if y, ok := tetap.KaliPangkat10(y, int64(eb)-int64(ea)); ok {
				return cmp.Compare(x, y)
			}
		}
	}
	return a.Cmp(b)
}

// adaPecahan reports whether d is not a whole number
// (!d.Equal(d.Truncate(0))), without allocating when its coefficient fits
// in int64.
func adaPecahan(d decimal.Decimal) bool {
	if d.Exponent() >= 0 {
		return false
	}
	if _, ok := tetap.Hitung(d, 0); ok {
		return false
	}
	if _, ok := tetap.Koefisien(d); ok {
		return true // fits, yet not as a whole number
	}
	return !d.Equal(d.Truncate(0))
}

// kunciNilai is a value as a map key that compares as the value does:
// its coefficient and exponent with trailing zeros dropped (6.70 and 6.7
// are one key). A value whose coefficient does not fit in int64 even so
// is numbered by its exact text ([anggaran.FormatAngkaBerkas], which
// drops them too) in a [kamusNilai]; its eksp is then eksTeks.
type kunciNilai struct {
	koef int64
	eksp int32
}

const eksTeks = math.MinInt32

// kamusNilai makes the keys of one map's values.
type kamusNilai map[string]int64

func (k *kamusNilai) kunci(d decimal.Decimal) kunciNilai {
	c, ok := tetap.Koefisien(d)
	if !ok {
		// the value without its trailing zeros may fit: 1.50000000000000000000
		// (as the text 1.5) or 150000000000000000000 (15 × 10¹⁹)
		teks := tetap.Teks(d)
		digit, nol := teks, int32(0)
		if !strings.Contains(digit, ".") {
			for len(digit) > 1 && strings.HasSuffix(digit, "0") {
				digit, nol = digit[:len(digit)-1], nol+1
			}
		}
		if d, err := decimal.NewFromString(digit); err == nil {
			if _, ok := tetap.Koefisien(d); ok {
				return k.kunci(d.Shift(nol))
			}
		}
		if *k == nil {
			*k = kamusNilai{}
		}
		n, ada := (*k)[teks]
		if !ada {
			n = int64(len(*k))
			(*k)[teks] = n
		}
		return kunciNilai{koef: n, eksp: eksTeks}
	}
	if c == 0 {
		return kunciNilai{}
	}
	e := d.Exponent()
	for c%10 == 0 {
		c /= 10
		e++
	}
	return kunciNilai{koef: c, eksp: e}
}

// frasa are whole-word phrases (normalised text, one space between
// words) by their first word, each with its position in the list they
// come from.
type frasa map[string][]struct {
	i    int
	teks string
}

func daftarFrasa(daftar []string) frasa {
	f := frasa{}
	for i, w := range daftar {
		awal, _, _ := strings.Cut(w, " ")
		f[awal] = append(f[awal], struct {
			i    int
			teks string
		}{i, w})
	}
	return f
}

// cari returns the first position in the list of a phrase that the
// normalised text n holds as whole words (as strings.Contains(" "+n+" ",
// " "+w+" ") finds it), -1 when none.
func (f frasa) cari(n []byte) int {
	hasil := -1
	for awal := 0; awal < len(n); {
		akhir := bytes.IndexByte(n[awal:], ' ')
		if akhir < 0 {
			akhir = len(n)
		} else {
			akhir += awal
		}
		for _, w := range f[string(n[awal:akhir])] {
			ujung := awal + len(w.teks)
			if (hasil < 0 || w.i < hasil) && ujung <= len(n) && string(n[awal:ujung]) == w.teks && (ujung == len(n) || n[ujung] == ' ') {
				hasil = w.i
			}
		}
		awal = akhir + 1
	}
	return hasil
}

// jalurBarisPK is the path "perjanjian_kinerja.baris[k]" followed by sisa.
func jalurBarisPK(k int, sisa string) string {
	return jalurDaftar("perjanjian_kinerja.baris", k, sisa)
}

// kunciKembar is a value of an indicator's year in [petaKembar] (which
// holds those of one sasaran): the year, and which check (0 realisasi, 1
// pembilang).
type kunciKembar struct {
	tahun int64
	koef  int64 // kunciNilai, its fields side by side: 24 bytes, not 32
	eksp  int32
	jenis int32
}

func kunciKembarDari(tahun int, v kunciNilai, jenis int32) kunciKembar {
	return kunciKembar{int64(tahun), v.koef, v.eksp, jenis}
}

// petaKembar maps a kunciKembar to the first indicator that gave it: a
// hash table in two flat arrays with no pointers (open addressing,
// linear probing), for kembar, which looks up two values of every
// indicator and year and spent most of its time in Go's map doing so.
type petaKembar struct {
	slot []int32 // 0 empty, else 1 + position in isi
	isi  []struct {
		k kunciKembar
		i int
	}
}

func buatPetaKembar(n int) *petaKembar {
	ukuran := 16
	for ukuran < 2*n {
		ukuran *= 2
	}
	m := &petaKembar{slot: make([]int32, ukuran)}
	m.isi = make([]struct {
		k kunciKembar
		i int
	}, 0, n)
	return m
}

func (k kunciKembar) hash() uint64 {
	h := uint64(k.koef)
	h = (h^h>>33)*0xff51afd7ed558ccd ^ uint64(k.tahun)
	h = (h^h>>33)*0xc4ceb9fe1a85ec53 ^ (uint64(uint32(k.eksp)) | uint64(uint32(k.jenis))<<32)
	h = (h ^ h>>33) * 0xc4ceb9fe1a85ec53
	return h ^ h>>33
}

// ambil returns the indicator stored under k and true; or, when there is
// none, stores i under k and returns false.
func (m *petaKembar) ambil(k kunciKembar, i int) (int, bool) {
	if 2*(len(m.isi)+1) > len(m.slot) {
		m.tumbuh()
	}
	mask := uint64(len(m.slot) - 1)
	for s := k.hash() & mask; ; s = (s + 1) & mask {
		x := m.slot[s]
		if x == 0 {
			m.isi = append(m.isi, struct {
				k kunciKembar
				i int
			}{k, i})
			m.slot[s] = int32(len(m.isi))
			return 0, false
		}
		if e := &m.isi[x-1]; e.k == k {
			return e.i, true
		}
	}
}

// tumbuh doubles the slots and places every entry again.
func (m *petaKembar) tumbuh() {
	m.slot = make([]int32, 2*len(m.slot))
	mask := uint64(len(m.slot) - 1)
	for x := range m.isi {
		s := m.isi[x].k.hash() & mask
		for m.slot[s] != 0 {
			s = (s + 1) & mask
		}
		m.slot[s] = int32(x + 1)
	}
}

// kalimat is the message of a finding being written in the pemeriksa's
// scratch buffer: the message is one new string, and the numbers and
// names written into it none of their own.
type kalimat struct{ b []byte }

// kalimat begins a message with s.
func (p *pemeriksa) kalimat(s string) *kalimat {
	p.kal.b = append(p.kal.b[:0], s...)
	return &p.kal
}

// s writes the texts.
func (k *kalimat) s(teks ...string) *kalimat {
	for _, t := range teks {
		k.b = append(k.b, t...)
	}
	return k
}

// n writes a whole number (a year).
func (k *kalimat) n(n int) *kalimat {
	k.b = strconv.AppendInt(k.b, int64(n), 10)
	return k
}

// indikator writes [namaIndikator] of ind.
func (k *kalimat) indikator(ind *Indikator) *kalimat {
	k.b = appendNamaIndikator(k.b, ind)
	return k
}

// teks is the message written.
func (k *kalimat) teks() string { return string(k.b) }
