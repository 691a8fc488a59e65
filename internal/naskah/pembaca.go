package naskah

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// MaksBulat bounds every integer of a data file (a year, a count): at most
// 15 digits, so that adding up counts can never wrap around.
const MaksBulat = 999_999_999_999_999

// Pembaca walks a tree read by [Baca] with the acceptance rules every
// section of a data file shares:
//
//   - an object's fields are the ones its reader asks for ([Objek.Ambil]
//     and the typed getters); any other key is refused ([Objek.Selesai]);
//   - a field that is absent or null is missing (the zero value);
//   - text fields take JSON strings, integer fields JSON integers (not
//     "2022" in quotes, not 2022.0, at most [MaksBulat]), boolean fields
//     true or false, lists JSON arrays, groups JSON objects;
//   - the first error is kept, located by the value's line and path, and
//     reading goes on with zero values so that the walk can stay simple.
type Pembaca struct {
	err *Galat
}

// Err returns the first error found, a *[Galat], or nil.
func (p *Pembaca) Err() error {
	if p.err == nil {
		return nil
	}
	return p.err
}

// ErrDi returns the first error found, as [Pembaca.Err], giving an error
// recorded without a value (a rule of the model, known by its path) the
// line of the value at its path, or of its nearest ancestor, in akar: the
// tree that was read, whose own path is awalan.
func (p *Pembaca) ErrDi(akar *Nilai, awalan string) error {
	if p.err == nil {
		return nil
	}
	if p.err.Baris == 0 && akar != nil {
		n, _ := akar.Cari(strings.TrimPrefix(p.err.Path, awalan))
		p.err.Baris, p.err.Lajur = int(n.Baris), int(n.Lajur)
	}
	return p.err
}

// Gagal records err at the value v (which gives the line; nil for none)
// and path, unless an error was recorded before.
func (p *Pembaca) Gagal(v *Nilai, path string, err error) {
	if p.err != nil {
		return
	}
	g := &Galat{Path: path, Err: err}
	if v != nil {
		g.Baris, g.Lajur = int(v.Baris), int(v.Lajur)
	}
	p.err = g
}

// Gagalf is [Pembaca.Gagal] with a formatted message.
func (p *Pembaca) Gagalf(v *Nilai, path, format string, a ...any) {
	p.Gagal(v, path, fmt.Errorf(format, a...))
}

// Salah reports whether an error was recorded.
func (p *Pembaca) Salah() bool { return p.err != nil }

// bukan words a value of the wrong kind: "harus berupa bilangan bulat,
// bukan teks \"2022\"".
func bukan(v *Nilai, harap string) error {
	switch v.Jenis {
	case JenisTeks:
		return fmt.Errorf("harus berupa %s, bukan teks %q", harap, potongTeks(v.Teks))
	case JenisBilangan, JenisBoolean:
		return fmt.Errorf("harus berupa %s, bukan %s %s", harap, v.Jenis, v.Teks)
	}
	return fmt.Errorf("harus berupa %s, bukan %s", harap, v.Jenis)
}

// Bukan records that v at path is not of the kind harap ("angka atau teks
// angka"), in the words every section uses.
func (p *Pembaca) Bukan(v *Nilai, path, harap string) { p.Gagal(v, path, bukan(v, harap)) }

// Objek starts reading v at path as an object; v nil (absent or null) reads
// as an empty object.
func (p *Pembaca) Objek(v *Nilai, path string) *Objek {
	o := &Objek{p: p, v: v, path: path}
	o.dikenal = o.dikenalA[:0]
	if v != nil && v.Jenis != JenisObjek {
		p.Bukan(v, path, "objek {…}")
		o.v = nil
	}
	if o.v != nil && len(o.v.Isi) > 64 {
		o.dipakaiM = make(map[string]bool)
	}
	return o
}

// Teks reads v at path as text ("" for nil).
func (p *Pembaca) Teks(v *Nilai, path string) string {
	if v == nil || v.Jenis == JenisNull {
		return ""
	}
	if v.Jenis != JenisTeks {
		p.Bukan(v, path, "teks")
		return ""
	}
	return v.Teks
}

// Bulat reads v at path as an integer (0 for nil).
func (p *Pembaca) Bulat(v *Nilai, path string) int {
	if v == nil || v.Jenis == JenisNull {
		return 0
	}
	n, err := BacaBulat(v)
	if err != nil {
		p.Gagal(v, path, err)
	}
	return n
}

// BacaBulat reads v as an integer by the rules of [Pembaca].
func BacaBulat(v *Nilai) (int, error) {
	if v.Jenis != JenisBilangan {
		return 0, bukan(v, "bilangan bulat")
	}
	s := v.Teks
	if strings.ContainsAny(s, ".eE") {
		return 0, fmt.Errorf("%s bukan bilangan bulat", potongTeks(s))
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n > MaksBulat || n < -MaksBulat {
		return 0, fmt.Errorf("bilangan %s terlalu besar: paling banyak 15 angka", potongTeks(s))
	}
	return int(n), nil
}

// Daftar reads v at path as a list, calling fn for each element with its
// path, while no error has been recorded. It reports whether v is a list.
func (p *Pembaca) Daftar(v *Nilai, path string, fn func(v *Nilai, path string)) bool {
	if v == nil || v.Jenis == JenisNull {
		return false
	}
	if v.Jenis != JenisDaftar {
		p.Bukan(v, path, "daftar […]")
		return false
	}
	for i := range v.Isi {
		if p.err != nil {
			return true
		}
		fn(&v.Isi[i], path+"["+strconv.Itoa(i)+"]")
	}
	return true
}

// Objek reads the members of one JSON object.
type Objek struct {
	p        *Pembaca
	v        *Nilai // nil: absent, read as empty
	path     string
	dikenal  []string // keys asked for, in order
	dikenalA [16]string
	dipakaiM map[string]bool
}

// Nilai returns the object itself (nil when absent).
func (o *Objek) Nilai() *Nilai { return o.v }

// Sub returns the path of the field k.
func (o *Objek) Sub(k string) string { return JoinPath(o.path, k) }

// Ambil returns the field k, nil when absent or null; k becomes a known
// field.
func (o *Objek) Ambil(k string) *Nilai {
	o.dikenal = append(o.dikenal, k)
	if o.dipakaiM != nil {
		o.dipakaiM[k] = true
	}
	v := o.v.Anggota(k)
	if v == nil || v.Jenis == JenisNull {
		return nil
	}
	return v
}

// Ada reports whether the field k is present and not null.
func (o *Objek) Ada(k string) bool { return o.v.Anggota(k) != nil && o.v.Anggota(k).Jenis != JenisNull }

// Teks reads the text field k ("" when missing).
func (o *Objek) Teks(k string) string {
	v := o.Ambil(k)
	if v == nil {
		return ""
	}
	if v.Jenis != JenisTeks {
		o.p.Bukan(v, o.Sub(k), "teks")
		return ""
	}
	return v.Teks
}

// TeksWajib reads the text field k, which must be present and not blank.
func (o *Objek) TeksWajib(k string) string {
	v := o.Ambil(k)
	if v == nil {
		o.p.Gagal(o.v, o.Sub(k), errors.New("wajib diisi"))
		return ""
	}
	s := o.Teks(k)
	if v.Jenis == JenisTeks && strings.TrimSpace(s) == "" {
		o.p.Gagal(v, o.Sub(k), errors.New("wajib diisi, tidak boleh kosong"))
	}
	return s
}

// Bulat reads the integer field k (0 when missing).
func (o *Objek) Bulat(k string) int {
	v := o.Ambil(k)
	if v == nil {
		return 0
	}
	n, err := BacaBulat(v)
	if err != nil {
		o.p.Gagal(v, o.Sub(k), err)
	}
	return n
}

// BulatWajib reads the integer field k, which must be present.
func (o *Objek) BulatWajib(k string) int {
	v := o.Ambil(k)
	if v == nil {
		o.p.Gagal(o.v, o.Sub(k), errors.New("wajib diisi"))
		return 0
	}
	return o.Bulat(k)
}

// BulatOpsional reads the integer field k, nil when missing.
func (o *Objek) BulatOpsional(k string) *int {
	v := o.Ambil(k)
	if v == nil {
		return nil
	}
	n := o.Bulat(k)
	return &n
}

// Benar reads the boolean field k (false when missing).
func (o *Objek) Benar(k string) bool {
	v := o.Ambil(k)
	if v == nil {
		return false
	}
	if v.Jenis != JenisBoolean {
		o.p.Gagal(v, o.Sub(k), bukan(v, "true atau false"))
		return false
	}
	return v.Teks == "true"
}

// Daftar reads the list field k (see [Pembaca.Daftar]).
func (o *Objek) Daftar(k string, fn func(v *Nilai, path string)) bool {
	v := o.Ambil(k)
	if v == nil {
		return false
	}
	return o.p.Daftar(v, o.Sub(k), fn)
}

// DaftarTeks reads the list of texts k: nil when missing, non-nil (maybe
// empty) when present.
func (o *Objek) DaftarTeks(k string) []string {
	v := o.Ambil(k)
	if v == nil || v.Jenis != JenisDaftar {
		o.p.Daftar(v, o.Sub(k), nil)
		return nil
	}
	out := make([]string, 0, len(v.Isi))
	o.p.Daftar(v, o.Sub(k), func(v *Nilai, path string) { out = append(out, o.p.Teks(v, path)) })
	return out
}

// DaftarBulat reads the list of integers k: nil when missing, non-nil when
// present.
func (o *Objek) DaftarBulat(k string) []int {
	v := o.Ambil(k)
	if v == nil || v.Jenis != JenisDaftar {
		o.p.Daftar(v, o.Sub(k), nil)
		return nil
	}
	out := make([]int, 0, len(v.Isi))
	o.p.Daftar(v, o.Sub(k), func(v *Nilai, path string) { out = append(out, o.p.Bulat(v, path)) })
	return out
}

// Selesai refuses the fields of the object that were not asked for: the
// first in the text's order, located at its value, with the known ones
// listed in the order they were asked for.
func (o *Objek) Selesai() {
	if o.v == nil || o.p.err != nil {
		return
	}
	for i := range o.v.Isi {
		k := o.v.Isi[i].Nama
		if o.dikenalK(k) {
			continue
		}
		o.p.Gagalf(&o.v.Isi[i], o.Sub(k), "kolom %q tidak dikenal; yang dikenal di sini: %s", k, strings.Join(o.unik(), ", "))
		return
	}
}

func (o *Objek) dikenalK(k string) bool {
	if o.dipakaiM != nil {
		return o.dipakaiM[k]
	}
	for _, x := range o.dikenal {
		if x == k {
			return true
		}
	}
	return false
}

func (o *Objek) unik() []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range o.dikenal {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// Pembaca returns the walker o belongs to.
func (o *Objek) Pembaca() *Pembaca { return o.p }

// Objek reads the field k as an object (absent or null: empty); call
// Selesai on it when its fields are read.
func (o *Objek) Objek(k string) *Objek { return o.p.Objek(o.Ambil(k), o.Sub(k)) }
