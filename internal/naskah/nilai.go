package naskah

import (
	"strconv"
	"strings"
)

// Jenis is the kind of a JSON value.
type Jenis uint8

// The kinds of JSON value.
const (
	JenisNull Jenis = iota
	JenisBoolean
	JenisBilangan
	JenisTeks
	JenisDaftar
	JenisObjek
)

// String names the kind in Bahasa Indonesia, as messages print it.
func (j Jenis) String() string {
	switch j {
	case JenisBoolean:
		return "benar/salah (true/false)"
	case JenisBilangan:
		return "bilangan"
	case JenisTeks:
		return "teks"
	case JenisDaftar:
		return "daftar"
	case JenisObjek:
		return "objek"
	}
	return "null"
}

// Nilai is one value of a JSON text with where it stands.
type Nilai struct {
	// Nama is the key under which the value stands in its object ("" in
	// a list or at the top).
	Nama string
	// Teks is a string's value (unescaped), a number's literal as
	// written ("1e3", "-0.50"), "true" or "false".
	Teks string
	// Isi are a list's elements or an object's members in the order of
	// the text (an object's keys are their Nama; no key repeats).
	Isi []Nilai
	// Awal and Akhir are the byte offsets of the value's text [Awal,
	// Akhir) in the data read.
	Awal, Akhir int32
	Baris       int32 // 1-based line of the value's first byte
	Lajur       int32 // 1-based column (in bytes) of the value's first byte
	Jenis       Jenis
}

// Anggota returns the member of an object named k, nil when there is none
// (or v is not an object).
func (v *Nilai) Anggota(k string) *Nilai {
	if v == nil || v.Jenis != JenisObjek {
		return nil
	}
	for i := range v.Isi {
		if v.Isi[i].Nama == k {
			return &v.Isi[i]
		}
	}
	return nil
}

// Cari returns the value at path below v ("rincian[3].pagu"), or, when
// there is none, its nearest ancestor that exists, with false.
func (v *Nilai) Cari(path string) (*Nilai, bool) {
	n := v
	for path != "" {
		var anak *Nilai
		switch path[0] {
		case '[':
			j := strings.IndexByte(path, ']')
			if j < 0 {
				return n, false
			}
			i, err := strconv.Atoi(path[1:j])
			if err != nil || n.Jenis != JenisDaftar || i < 0 || i >= len(n.Isi) {
				return n, false
			}
			anak, path = &n.Isi[i], path[j+1:]
		case '.':
			path = path[1:]
			continue
		default:
			j := strings.IndexAny(path, ".[")
			if j < 0 {
				j = len(path)
			}
			anak, path = n.Anggota(path[:j]), path[j:]
			if anak == nil {
				return n, false
			}
		}
		n = anak
	}
	return n, true
}
