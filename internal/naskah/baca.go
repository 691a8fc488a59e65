package naskah

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Limits of a data file, each refused with its own message before the work
// it would cost is done.
const (
	// MaksUkuran is the largest text read, in bytes (32 MiB; the data file
	// of one dinas and year is well under 1 MiB, a kabupaten's budget of
	// 8,000 rows about 2 MiB).
	MaksUkuran = 32 << 20
	// MaksKedalaman is the deepest nesting of objects and lists (the data
	// file nests about ten deep).
	MaksKedalaman = 64
	// MaksNilai is the most values a text may hold (a kabupaten's budget of
	// 8,000 rows holds about 80,000; the kinerja section of 10,000
	// indicators over five years of kinerja.BenchmarkParse, 8 MB, about
	// 520,000): it bounds the memory of the tree, 80 bytes a value (80 MiB
	// at the limit; reading allocates at most about three times that on the
	// way).
	MaksNilai = 1 << 20
)

// Bounds of a JSON number: at most 30 digits before the decimal point and
// 30 after it, and an exponent within ±30, so that "1e999999" cannot make
// a program write a million digits.
const (
	maksAngkaBulat   = 30
	maksAngkaDesimal = 30
	maksEksponen     = 30
)

var (
	errTerlaluBesar = fmt.Errorf("berkas terlalu besar: paling besar %d MiB (berkas data satu dinas satu tahun jauh lebih kecil)", MaksUkuran>>20)
	errKosong       = errors.New("isi kosong, seharusnya objek JSON")
	errTerpotong    = errors.New("JSON terpotong (berakhir sebelum waktunya): tanda penutup } atau ] kurang")
)

// bom is the UTF-8 encoding of U+FEFF, the byte order mark that Notepad and
// Excel write at the start of a file.
const bom = "\xef\xbb\xbf"

// Baca reads one JSON value from data: a leading byte order mark is
// skipped (line numbers are unchanged by it), and the text must hold
// nothing else but white space. Refused, each as a *[Galat] with the line
// and path where it is found: a syntax error, a text that is not UTF-8,
// a key given twice in one object, a number out of bounds (30 digits each
// side of the point, exponent ±30), and the limits [MaksUkuran],
// [MaksKedalaman] and [MaksNilai]. The work is linear in len(data) and the
// memory in the number of values.
func Baca(data []byte) (*Nilai, error) {
	if len(data) > MaksUkuran {
		return nil, &Galat{Baris: 1, Err: errTerlaluBesar}
	}
	p := pengurai{data: data, baris: 1}
	if len(data) >= 3 && string(data[:3]) == bom {
		p.pos, p.awalBaris = 3, 3
	}
	p.spasi()
	if p.pos >= len(data) {
		return nil, &Galat{Baris: 1, Err: errKosong}
	}
	v, err := p.nilai(0)
	if err != nil {
		return nil, err
	}
	p.spasi()
	if p.pos < len(data) {
		return nil, p.galat("", errors.New("JSON tidak sah: ada teks lain setelah akhir objek JSON"))
	}
	return &v, nil
}

// pengurai is the state of [Baca].
type pengurai struct {
	data      []byte
	pos       int
	baris     int // line of pos
	awalBaris int // offset of the first byte of that line
	jumlah    int // values read
	// tumpuk holds the members read so far of every open container, the
	// innermost last; a container's members are copied out when it closes.
	tumpuk []Nilai
	kunci  map[string]string // keys read, shared (see teksKunci)
}

func (p *pengurai) galat(path string, err error) *Galat {
	return &Galat{Baris: p.baris, Lajur: p.pos - p.awalBaris + 1, Path: path, Err: err}
}

// sintaks reports the byte at pos (or the end of the text) where what
// said was expected.
func (p *pengurai) sintaks(path, harap string) *Galat {
	if p.pos >= len(p.data) {
		return p.galat(path, errTerpotong)
	}
	r, _ := utf8.DecodeRune(p.data[p.pos:])
	return p.galat(path, fmt.Errorf("JSON tidak sah: karakter tidak sah %q %s", r, harap))
}

func (p *pengurai) spasi() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case '\n':
			p.baris++
			p.awalBaris = p.pos + 1
		case ' ', '\t', '\r':
		default:
			return
		}
		p.pos++
	}
}

// nilai reads the value at pos into v (whose Nama is set), at the given
// nesting depth. The path of an error is made on the way back up.
func (p *pengurai) nilai(dalam int) (Nilai, *Galat) {
	var v Nilai
	v.Awal = int32(p.pos)
	err := p.nilai1(&v, dalam)
	v.Akhir = int32(p.pos)
	return v, err
}

func (p *pengurai) nilai1(v *Nilai, dalam int) *Galat {
	p.jumlah++
	if p.jumlah > MaksNilai {
		return p.galat("", fmt.Errorf("berkas berisi terlalu banyak nilai: paling banyak %d", MaksNilai))
	}
	v.Baris, v.Lajur = int32(p.baris), int32(p.pos-p.awalBaris+1)
	if p.pos >= len(p.data) {
		return p.galat("", errTerpotong)
	}
	switch c := p.data[p.pos]; {
	case c == '{' || c == '[':
		if dalam >= MaksKedalaman {
			return p.galat("", fmt.Errorf("JSON terlalu dalam: lebih dari %d tingkat { } atau [ ] bersarang (berkas data hanya sekitar sepuluh tingkat)", MaksKedalaman))
		}
		if c == '{' {
			return p.objek(v, dalam+1)
		}
		return p.daftar(v, dalam+1)
	case c == '"':
		s, err := p.teks()
		if err != nil {
			return err
		}
		v.Jenis, v.Teks = JenisTeks, s
	case c == '-' || (c >= '0' && c <= '9'):
		s, err := p.bilangan()
		if err != nil {
			return err
		}
		v.Jenis, v.Teks = JenisBilangan, s
	case c == 't':
		return p.kata(v, "true", JenisBoolean)
	case c == 'f':
		return p.kata(v, "false", JenisBoolean)
	case c == 'n':
		return p.kata(v, "null", JenisNull)
	default:
		return p.sintaks("", "di tempat yang seharusnya nilai")
	}
	return nil
}

func (p *pengurai) kata(v *Nilai, k string, j Jenis) *Galat {
	for i := 0; i < len(k); i++ {
		if p.pos >= len(p.data) {
			return p.galat("", errTerpotong)
		}
		if p.data[p.pos] != k[i] {
			if i == 0 {
				return p.sintaks("", "di tempat yang seharusnya nilai")
			}
			return p.sintaks("", "di dalam nilai (seharusnya "+k+")")
		}
		p.pos++
	}
	v.Jenis = j
	if j == JenisBoolean {
		v.Teks = k
	}
	return nil
}

func (p *pengurai) objek(v *Nilai, dalam int) *Galat {
	v.Jenis = JenisObjek
	p.pos++ // '{'
	awal := len(p.tumpuk)
	var kunci map[string]int32 // for large objects: key → line
	for n := 0; ; n++ {
		p.spasi()
		if n == 0 && p.pos < len(p.data) && p.data[p.pos] == '}' {
			p.pos++
			break
		}
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return p.sintaks("", "di tempat yang seharusnya nama kolom (teks bertanda kutip)")
		}
		k, err := p.teksKunci()
		if err != nil {
			return err
		}
		barisKunci := int32(p.baris)
		// a key given twice: encoding/json would silently keep the last
		if pertama, dua := p.cariKunci(awal, k, &kunci); dua {
			return p.galat(k, fmt.Errorf("kolom %q ditulis dua kali dalam objek yang sama (pertama di baris %d); hapus salah satu: nilai mana yang benar tidak dapat ditebak", k, pertama))
		}
		p.spasi()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return p.sintaks(k, "sesudah nama kolom (seharusnya titik dua)")
		}
		p.pos++
		p.spasi()
		p.dorong(Nilai{Nama: k})
		i := len(p.tumpuk) - 1
		anak, err := p.nilai(dalam)
		if err != nil {
			err.Path = JoinPath(k, err.Path)
			return err
		}
		anak.Nama = k
		p.tumpuk[i] = anak
		if kunci != nil {
			kunci[k] = barisKunci
		}
		p.spasi()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == '}' {
			p.pos++
			break
		}
		return p.sintaks("", "sesudah pasangan kolom:nilai (seharusnya koma atau })")
	}
	v.Isi = p.tutup(awal)
	return nil
}

// cariKunci reports whether the open object whose members start at awal
// in tumpuk has the key k already, with the line of its value. Objects of
// more than 16 members switch to a map, so that a hostile object of a
// million keys costs linear time.
func (p *pengurai) cariKunci(awal int, k string, m *map[string]int32) (int32, bool) {
	if *m != nil {
		b, ada := (*m)[k]
		return b, ada
	}
	anggota := p.tumpuk[awal:]
	for i := range anggota {
		if anggota[i].Nama == k {
			return anggota[i].Baris, true
		}
	}
	if len(anggota) >= 16 {
		*m = make(map[string]int32, 2*len(anggota))
		for i := range anggota {
			(*m)[anggota[i].Nama] = anggota[i].Baris
		}
	}
	return 0, false
}

func (p *pengurai) daftar(v *Nilai, dalam int) *Galat {
	v.Jenis = JenisDaftar
	p.pos++ // '['
	awal := len(p.tumpuk)
	for n := 0; ; n++ {
		p.spasi()
		if n == 0 && p.pos < len(p.data) && p.data[p.pos] == ']' {
			p.pos++
			break
		}
		p.dorong(Nilai{})
		i := len(p.tumpuk) - 1
		anak, err := p.nilai(dalam)
		if err != nil {
			err.Path = JoinPath("["+strconv.Itoa(n)+"]", err.Path)
			return err
		}
		p.tumpuk[i] = anak
		p.spasi()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == ']' {
			p.pos++
			break
		}
		e := p.sintaks("", "sesudah unsur daftar (seharusnya koma atau ])")
		if p.pos < len(p.data) {
			e.Path = "[" + strconv.Itoa(n+1) + "]"
		}
		return e
	}
	v.Isi = p.tutup(awal)
	return nil
}

// dorong appends a member to tumpuk, doubling its room when full (append
// grows large slices by a quarter, which would allocate five times the
// final size on the way).
func (p *pengurai) dorong(v Nilai) {
	if len(p.tumpuk) == cap(p.tumpuk) {
		baru := make([]Nilai, len(p.tumpuk), max(64, 2*cap(p.tumpuk)))
		copy(baru, p.tumpuk)
		p.tumpuk = baru
	}
	p.tumpuk = append(p.tumpuk, v)
}

// tutup takes the members of a closing container off tumpuk.
func (p *pengurai) tutup(awal int) []Nilai {
	if len(p.tumpuk) == awal {
		return nil
	}
	isi := make([]Nilai, len(p.tumpuk)-awal)
	copy(isi, p.tumpuk[awal:])
	clear(p.tumpuk[awal:])
	p.tumpuk = p.tumpuk[:awal]
	return isi
}

// teksKunci reads an object's key: the keys of a data file repeat
// (every row has a "kode"), so a short key read before is shared rather
// than allocated again; at most 4,096 are kept.
func (p *pengurai) teksKunci() (string, *Galat) {
	d := p.data
	i := p.pos + 1
	for ; i < len(d) && i-p.pos <= 64; i++ {
		c := d[i]
		if c == '"' {
			if k, ada := p.kunci[string(d[p.pos+1:i])]; ada {
				p.pos = i + 1
				return k, nil
			}
			break
		}
		if c == '\\' || c < 0x20 || c >= 0x80 {
			break
		}
	}
	k, err := p.teks()
	if err == nil && len(k) <= 64 && len(p.kunci) < 4096 {
		if p.kunci == nil {
			p.kunci = make(map[string]string)
		}
		p.kunci[k] = k
	}
	return k, err
}

// teks reads a string at pos, which is '"'.
func (p *pengurai) teks() (string, *Galat) {
	d := p.data
	i := p.pos + 1
	// the common case: no escape, ASCII or valid UTF-8
	polos := true
	for ; i < len(d); i++ {
		c := d[i]
		if c == '"' {
			break
		}
		if c == '\\' || c < 0x20 {
			polos = false
			break
		}
		if c >= 0x80 {
			r, n := utf8.DecodeRune(d[i:])
			if r == utf8.RuneError && n <= 1 {
				p.pos = i
				return "", p.galat("", errors.New("teks bukan UTF-8 yang sah: simpan berkas dengan pengodean UTF-8"))
			}
			i += n - 1
		}
	}
	if polos {
		if i >= len(d) {
			p.pos = i
			return "", p.galat("", errTerpotong)
		}
		s := string(d[p.pos+1 : i])
		p.pos = i + 1
		return s, nil
	}
	buf := make([]byte, 0, i-p.pos+16)
	buf = append(buf, d[p.pos+1:i]...)
	for i < len(d) {
		c := d[i]
		switch {
		case c == '"':
			p.pos = i + 1
			return string(buf), nil
		case c < 0x20:
			p.pos = i
			return "", p.galat("", errors.New("JSON tidak sah: karakter kendali di dalam teks (tulis \\n untuk baris baru, \\t untuk tab)"))
		case c == '\\':
			if i+1 >= len(d) {
				p.pos = i
				return "", p.galat("", errTerpotong)
			}
			e := d[i+1]
			i += 2
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, ok := hex4(d, i)
				if !ok {
					p.pos = i
					return "", p.galat("", errors.New("JSON tidak sah: kode \\u harus diikuti empat angka heksadesimal"))
				}
				i += 4
				if utf16.IsSurrogate(r) {
					r2, ok := rune(0), false
					if i+1 < len(d) && d[i] == '\\' && d[i+1] == 'u' {
						r2, ok = hex4(d, i+2)
					}
					if dec := utf16.DecodeRune(r, r2); ok && dec != utf8.RuneError {
						r = dec
						i += 6
					} else {
						p.pos = i
						return "", p.galat("", errors.New("JSON tidak sah: kode \\u pengganti (surrogate) tanpa pasangannya"))
					}
				}
				buf = utf8.AppendRune(buf, r)
			default:
				p.pos = i - 1
				return "", p.galat("", fmt.Errorf("JSON tidak sah: kode escape \\%c tidak dikenal di dalam teks", e))
			}
		case c >= 0x80:
			r, n := utf8.DecodeRune(d[i:])
			if r == utf8.RuneError && n <= 1 {
				p.pos = i
				return "", p.galat("", errors.New("teks bukan UTF-8 yang sah: simpan berkas dengan pengodean UTF-8"))
			}
			buf = append(buf, d[i:i+n]...)
			i += n
		default:
			buf = append(buf, c)
			i++
		}
	}
	p.pos = i
	return "", p.galat("", errTerpotong)
}

func hex4(d []byte, i int) (rune, bool) {
	if i+4 > len(d) {
		return 0, false
	}
	var r rune
	for _, c := range d[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// bilangan reads a number at pos with JSON's grammar and checks its
// bounds.
func (p *pengurai) bilangan() (string, *Galat) {
	d, i := p.data, p.pos
	angka := func() int {
		n := 0
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
			n++
		}
		return n
	}
	salah := func() (string, *Galat) {
		p.pos = i
		if i >= len(d) {
			return "", p.galat("", errTerpotong)
		}
		return "", p.sintaks("", "di dalam angka")
	}
	if d[i] == '-' {
		i++
	}
	mulai := i
	if n := angka(); n == 0 {
		return salah()
	} else if n > 1 && d[mulai] == '0' {
		i = mulai + 1
		return salah()
	}
	bulat, desimal, eks := i-mulai, 0, 0
	if i < len(d) && d[i] == '.' {
		i++
		a := i
		if angka() == 0 {
			return salah()
		}
		// trailing zeros do not count
		b := i
		for b > a && d[b-1] == '0' {
			b--
		}
		desimal = b - a
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		neg := false
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			neg = d[i] == '-'
			i++
		}
		a := i
		if angka() == 0 {
			return salah()
		}
		e := d[a:i]
		for len(e) > 1 && e[0] == '0' {
			e = e[1:]
		}
		if len(e) > 3 {
			eks = 1000
		} else {
			eks, _ = strconv.Atoi(string(e))
		}
		if neg {
			eks = -eks
		}
	}
	s := string(d[p.pos:i])
	p.pos = i
	if eks > maksEksponen || eks < -maksEksponen {
		return "", p.galat("", fmt.Errorf("bilangan %s di luar batas: eksponen harus antara -%d dan %d", potongTeks(s), maksEksponen, maksEksponen))
	}
	// leading zeros of the integer part do not count ("0.5")
	if bulat == 1 && d[mulai] == '0' {
		bulat = 0
	}
	if bulat > 0 && bulat+eks > maksAngkaBulat {
		return "", p.galat("", fmt.Errorf("bilangan %s di luar batas: paling banyak %d angka sebelum koma", potongTeks(s), maksAngkaBulat))
	}
	if desimal > 0 && desimal-eks > maksAngkaDesimal {
		return "", p.galat("", fmt.Errorf("bilangan %s di luar batas: paling banyak %d angka sesudah koma", potongTeks(s), maksAngkaDesimal))
	}
	return s, nil
}

func potongTeks(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
