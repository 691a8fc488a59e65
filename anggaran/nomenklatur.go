package anggaran

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ../internal/gen/nomenklatur

// nomenklaturTeks is the nomenclature of Kepmendagri 050-5889/2021 as
// cleaned by internal/gen/nomenklatur from the lists one Pemkab's e-SAKIP
// keeps (what was repaired and dropped: nomenklatur-laporan.txt). One line
// per code, sorted: "kode<TAB>nama[<TAB>nama lain]…"; a sub kegiatan right
// after its kegiatan gives only its number; X.XX.01… is the Program
// Penunjang of every bidang; a name ending in "…" was cut by the source.
//
//go:embed nomenklatur.txt
var nomenklaturTeks string

// urusanBaku are the standard names of the urusan and bidang urusan of
// Permendagri 90/2019 (the nomenclature of regional planning and
// budgeting): the government affairs 1 to 3 and their bidang 1.01 to
// 3.32, the supporting units 4 to 8, and the programs of bidang Sosial.
// The embedded lists name kegiatan and sub kegiatan only.
var urusanBaku = map[string]string{
	"1":    "Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar",
	"1.01": "Urusan Pemerintahan Bidang Pendidikan",
	"1.02": "Urusan Pemerintahan Bidang Kesehatan",
	"1.03": "Urusan Pemerintahan Bidang Pekerjaan Umum dan Penataan Ruang",
	"1.04": "Urusan Pemerintahan Bidang Perumahan Rakyat dan Kawasan Permukiman",
	"1.05": "Urusan Pemerintahan Bidang Ketenteraman dan Ketertiban Umum serta Pelindungan Masyarakat",
	"1.06": "Urusan Pemerintahan Bidang Sosial",
	// The programs of bidang Sosial (1.06.01, the Program Penunjang, is
	// named per level of government and is left to the rows).
	"1.06.02": "Program Pemberdayaan Sosial",
	"1.06.03": "Program Penanganan Warga Negara Migran Korban Tindak Kekerasan",
	"1.06.04": "Program Rehabilitasi Sosial",
	"1.06.05": "Program Perlindungan dan Jaminan Sosial",
	"1.06.06": "Program Penanganan Bencana",
	"1.06.07": "Program Pengelolaan Taman Makam Pahlawan",
	"2":       "Urusan Pemerintahan Wajib yang Tidak Berkaitan dengan Pelayanan Dasar",
	"2.07":    "Urusan Pemerintahan Bidang Tenaga Kerja",
	"2.08":    "Urusan Pemerintahan Bidang Pemberdayaan Perempuan dan Pelindungan Anak",
	"2.09":    "Urusan Pemerintahan Bidang Pangan",
	"2.10":    "Urusan Pemerintahan Bidang Pertanahan",
	"2.11":    "Urusan Pemerintahan Bidang Lingkungan Hidup",
	"2.12":    "Urusan Pemerintahan Bidang Administrasi Kependudukan dan Pencatatan Sipil",
	"2.13":    "Urusan Pemerintahan Bidang Pemberdayaan Masyarakat dan Desa",
	"2.14":    "Urusan Pemerintahan Bidang Pengendalian Penduduk dan Keluarga Berencana",
	"2.15":    "Urusan Pemerintahan Bidang Perhubungan",
	"2.16":    "Urusan Pemerintahan Bidang Komunikasi dan Informatika",
	"2.17":    "Urusan Pemerintahan Bidang Koperasi, Usaha Kecil, dan Menengah",
	"2.18":    "Urusan Pemerintahan Bidang Penanaman Modal",
	"2.19":    "Urusan Pemerintahan Bidang Kepemudaan dan Olahraga",
	"2.20":    "Urusan Pemerintahan Bidang Statistik",
	"2.21":    "Urusan Pemerintahan Bidang Persandian",
	"2.22":    "Urusan Pemerintahan Bidang Kebudayaan",
	"2.23":    "Urusan Pemerintahan Bidang Perpustakaan",
	"2.24":    "Urusan Pemerintahan Bidang Kearsipan",
	"3":       "Urusan Pemerintahan Pilihan",
	"3.25":    "Urusan Pemerintahan Bidang Kelautan dan Perikanan",
	"3.26":    "Urusan Pemerintahan Bidang Pariwisata",
	"3.27":    "Urusan Pemerintahan Bidang Pertanian",
	"3.28":    "Urusan Pemerintahan Bidang Kehutanan",
	"3.29":    "Urusan Pemerintahan Bidang Energi dan Sumber Daya Mineral",
	"3.30":    "Urusan Pemerintahan Bidang Perdagangan",
	"3.31":    "Urusan Pemerintahan Bidang Perindustrian",
	"3.32":    "Urusan Pemerintahan Bidang Transmigrasi",
	"4":       "Unsur Pendukung Urusan Pemerintahan",
	"5":       "Unsur Penunjang Urusan Pemerintahan",
	"6":       "Unsur Pengawasan Urusan Pemerintahan",
	"7":       "Unsur Kewilayahan",
	"8":       "Unsur Pemerintahan Umum",
}

// Nomenklatur is one code of the nomenclature with its standard name.
type Nomenklatur struct {
	Kode    Kode
	Jenjang Jenjang
	// Nama is the standard name; empty for a code the lists give without
	// a name (the programs of bidang other than Sosial, the Program
	// Penunjang, kegiatan known only from their sub kegiatan). A name cut
	// by the source at 255 characters ends in "…".
	Nama string
	// NamaLain are other names the lists give the same code (the older
	// 2-digit list's spelling, or another bidang's for the Program
	// Penunjang); a row bearing one of them matches too.
	NamaLain []string
}

// entriBaku is one entry of the built-in index: the code's integer and its
// names as the data file gives them (tab-separated, a substring of the
// embedded text).
type entriBaku struct {
	v    uint64
	nama string
	kata []string // normalised words of every name, for [CariNomenklatur]
}

// kodeTeks are the two printed forms of every entry's code (2-digit and
// 4-digit sub kegiatan part), built on the first search by code.
var (
	kodeTeksOnce sync.Once
	kodeTeks     [][2]string // parallel to baku
)

func muatKodeTeks() {
	kodeTeksOnce.Do(func() {
		kodeTeks = make([][2]string, len(baku))
		for i := range baku {
			k := Kode{baku[i].v}
			kodeTeks[i] = [2]string{k.String(), k.StringPanjang()}
		}
	})
}

var (
	bakuOnce sync.Once
	baku     []entriBaku // sorted by v: urusan to sub kegiatan
	bersama  []entriBaku // the Program Penunjang of every bidang: urusan and bidang bits zero
)

// topengBidang keeps the urusan and bidang bits of a code.
const topengBidang = 0xffff << geserBB

func muatBaku() {
	bakuOnce.Do(func() {
		for k, n := range urusanBaku {
			baku = append(baku, entriBaku{v: MustKode(k).v, nama: n})
		}
		var keg uint64
		kegBersama := false
		for line := range strings.Lines(nomenklaturTeks) {
			line = strings.TrimSuffix(line, "\n")
			code, nama, _ := strings.Cut(line, "\t")
			var v uint64
			semua := strings.HasPrefix(code, "X.XX.")
			switch {
			case !strings.Contains(code, "."):
				n, err := strconv.Atoi(code)
				if err != nil || keg == 0 || n < 1 || n > 9999 {
					panic(fmt.Sprintf("anggaran: nomenklatur.txt: baris %q tidak sah", line))
				}
				v = keg | uint64(n+1)<<geserSS
				semua = kegBersama
			case semua:
				k, err := ParseKode("9.99." + code[len("X.XX."):])
				if err != nil {
					panic("anggaran: nomenklatur.txt: " + err.Error())
				}
				v = k.v &^ topengBidang
			default:
				k, err := ParseKode(code)
				if err != nil {
					panic("anggaran: nomenklatur.txt: " + err.Error())
				}
				v = k.v
			}
			if (Kode{v}).Jenjang() == JenjangKegiatan {
				keg, kegBersama = v, semua
			}
			if semua {
				bersama = append(bersama, entriBaku{v: v, nama: nama})
				continue
			}
			if _, ok := urusanBaku[(Kode{v}).String()]; ok {
				continue // the built-in name wins
			}
			baku = append(baku, entriBaku{v: v, nama: nama})
		}
		for _, xs := range [][]entriBaku{baku, bersama} {
			// sort.Slice, not slices.SortFunc: one more generic
			// instantiation costs app.wasm some 10 KB.
			sort.Slice(xs, func(i, j int) bool { return xs[i].v < xs[j].v })
		}
	})
}

// kataOnce guards the search words of the entries ([entriBaku].kata),
// built on the first [CariNomenklatur] so that lookups do not pay for
// them.
var kataOnce sync.Once

func muatKata() {
	muatBaku()
	kataOnce.Do(func() {
		for _, xs := range [][]entriBaku{baku, bersama} {
			for i := range xs {
				xs[i].kata = kataNama(strings.ReplaceAll(xs[i].nama, "\t", " "))
			}
		}
	})
}

// cariIndeks finds v in xs, sorted by v.
func cariIndeks(xs []entriBaku, v uint64) (int, bool) {
	i := sort.Search(len(xs), func(i int) bool { return xs[i].v >= v })
	return i, i < len(xs) && xs[i].v == v
}

// cariBaku returns the entry of k: its own, or for a kegiatan or sub
// kegiatan of a Program Penunjang (program 01) the shared one.
func cariBaku(k Kode) (*entriBaku, bool) {
	i, ok := cariIndeksKode(k)
	if !ok {
		return nil, false
	}
	return entriDari(i), true
}

// cariIndeksKode returns the index of k's entry as indeksNama writes it:
// i ≥ 0 is baku[i], i < 0 is bersama[-i-1].
func cariIndeksKode(k Kode) (int32, bool) {
	muatBaku()
	if k.IsZero() {
		return 0, false
	}
	if i, ok := cariIndeks(baku, k.v); ok {
		return int32(i), true
	}
	if k.Jenjang() >= JenjangKegiatan && k.nilai(2) == 1 {
		if i, ok := cariIndeks(bersama, k.v&^topengBidang); ok {
			return int32(-i - 1), true
		}
	}
	return 0, false
}

func entriDari(i int32) *entriBaku {
	if i >= 0 {
		return &baku[i]
	}
	return &bersama[-i-1]
}

func (e *entriBaku) nomenklatur(k Kode) Nomenklatur {
	n := Nomenklatur{Kode: k, Jenjang: k.Jenjang()}
	names := strings.Split(e.nama, "\t")
	n.Nama = names[0]
	if len(names) > 1 {
		n.NamaLain = names[1:]
	}
	return n
}

// LookupNomenklatur returns the nomenclature's entry for a code of any
// level and any bidang (1.02.02.2.01.0001, or the 2-digit form
// 1.02.02.2.01.01, which is the same [Kode]), and false for a code the
// nomenclature does not have. The kegiatan and sub kegiatan of a Program
// Penunjang (U.BB.01…) are the same in every bidang. The entry's Nama may
// be empty (see [Nomenklatur]).
func LookupNomenklatur(k Kode) (Nomenklatur, bool) {
	e, ok := cariBaku(k)
	if !ok {
		return Nomenklatur{}, false
	}
	return e.nomenklatur(k), true
}

// NamaBaku returns the standard name of a code of any level: urusan and
// bidang urusan ("Urusan Pemerintahan Bidang Sosial" for 1.06), the
// programs of bidang Sosial, and every kegiatan and sub kegiatan of the
// nomenclature ([LookupNomenklatur]); false for a code without a known
// name.
func (k Kode) NamaBaku() (string, bool) {
	e, ok := cariBaku(k)
	if !ok {
		return "", false
	}
	n, _, _ := strings.Cut(e.nama, "\t")
	return n, n != ""
}

// CocokNama reports whether a printed name is a name the nomenclature
// gives code k, ignoring case, spacing and punctuation ("Kerja Sama" is
// "Kerjasama", "Perundang-undangan" is "Perundang Undangan"), a leading
// list number ("1. ") or level word ("Program", "Kegiatan", "Sub
// Kegiatan"), "&" for "dan", and the short forms "Kab." and "Prov.". A
// name the source cut ("…") matches every name that begins with it. Codes
// without a known name, and names that are only a level word, match.
func (k Kode) CocokNama(uraian string) bool {
	i, ok := cariIndeksKode(k)
	if !ok {
		return true
	}
	e := entriDari(i)
	if e.nama == "" {
		return true
	}
	got := kunciNama(uraian)
	if got == "" {
		return true // no name beyond a level word ("Kegiatan")
	}
	muatIndeksNama()
	for _, j := range indeksNama[got] {
		if j == i {
			return true
		}
	}
	if strings.Contains(e.nama, "…") {
		for n := range strings.SplitSeq(e.nama, "\t") {
			if cut, ok := strings.CutSuffix(n, "…"); ok && strings.HasPrefix(got, kunciNama(cut)) {
				return true
			}
		}
	}
	return false
}

// kataNama splits a name into lower-case words of letters and digits, with
// "&" read as "dan" and "kab"/"prov" as "kabupaten"/"provinsi".
func kataNama(s string) []string {
	words := strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(s, "&", " dan ")), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range words {
		switch w {
		case "kab":
			words[i] = "kabupaten"
		case "prov":
			words[i] = "provinsi"
		}
	}
	return words
}

// kunciNama is the comparison key of a name: its words as [kataNama]
// reads them, joined without spaces, without a leading list number ("1. ")
// or level words ("Program", "Kegiatan", "Sub Kegiatan"). It is written
// out by hand (no regexp, few allocations): the reviu calls it for every
// row.
func kunciNama(s string) string {
	s = tanpaNomor(s)
	var b strings.Builder
	b.Grow(len(s))
	var buf [24]int
	ends := buf[:0] // key length after each word
	start := -1     // key offset where the current word starts
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			if start < 0 {
				start = b.Len()
			}
			b.WriteByte(byte(r))
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			if start < 0 {
				start = b.Len()
			}
			b.WriteByte(byte(r) + 'a' - 'A')
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if start < 0 {
				start = b.Len()
			}
			b.WriteRune(unicode.ToLower(r))
		case r == '&':
			ends, start = akhirKata(&b, start, ends)
			b.WriteString("dan")
			ends, start = akhirKata(&b, b.Len()-3, ends)
		default:
			ends, start = akhirKata(&b, start, ends)
		}
	}
	ends, _ = akhirKata(&b, start, ends)
	key := b.String()
	// Leading level words, as many as there are ("Kegiatan Kegiatan
	// Pemberdayaan Kelurahan" is "Kegiatan Pemberdayaan Kelurahan").
	from, w := 0, 0
	for w < len(ends) {
		word := key[from:ends[w]]
		if w+1 < len(ends) && word == "sub" && key[ends[w]:ends[w+1]] == "kegiatan" {
			from, w = ends[w+1], w+2
			continue
		}
		if word != "program" && word != "kegiatan" && word != "subkegiatan" {
			break
		}
		from, w = ends[w], w+1
	}
	return key[from:]
}

// akhirKata ends the word of kunciNama's key that began at start (none
// when start < 0): "kab" and "prov" are written out in full; the key's
// length is appended to ends.
func akhirKata(b *strings.Builder, start int, ends []int) ([]int, int) {
	if start < 0 {
		return ends, -1
	}
	switch b.String()[start:] {
	case "kab":
		b.WriteString("upaten")
	case "prov":
		b.WriteString("insi")
	}
	return append(ends, b.Len()), -1
}

// tanpaNomor removes a leading list number ("1. ", "12) ") as nomorDaftar
// does.
func tanpaNomor(s string) string {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	i := 0
	for i < len(t) && '0' <= t[i] && t[i] <= '9' {
		i++
	}
	if i == 0 || i == len(t) || (t[i] != '.' && t[i] != ')') {
		return s
	}
	rest := t[i+1:]
	if u := strings.TrimLeftFunc(rest, unicode.IsSpace); len(u) < len(rest) {
		return u
	}
	return s
}

// OpsiCari are the options of [CariNomenklatur].
type OpsiCari struct {
	// Bidang is the bidang urusan of the document (1.06): its entries
	// rank first, and the Program Penunjang's kegiatan and sub kegiatan,
	// shared by every bidang, are found under it. Without it they are
	// not found.
	Bidang Kode
	// Maks is the largest number of results; 0 means 20.
	Maks int
}

// CariNomenklatur finds the entries whose name contains every word of the
// query as the beginning of one of its words, ignoring case and
// punctuation ("rehab sos" finds "Program Rehabilitasi Sosial"), across
// every bidang; a query in the form of a code ("1.02.02", "1.06.01.2.01.0")
// finds the codes that begin with it. Results rank by how well the words
// match (whole words and words in order first), how early in the name the
// first one is and how short the name is, then the document's bidang, the
// level (programs before kegiatan before sub kegiatan), and the code.
func CariNomenklatur(query string, opsi OpsiCari) []Nomenklatur {
	muatKata()
	maks := opsi.Maks
	if maks <= 0 {
		maks = 20
	}
	q := strings.TrimSpace(query)
	if q == "" {
		return nil
	}
	type hit struct {
		skor int
		k    Kode
		e    *entriBaku
	}
	var hits []hit
	bidang := opsi.Bidang.Pada(JenjangBidang)
	if bidang.Jenjang() != JenjangBidang {
		bidang = Kode{}
	}
	if kodeSaja(q) {
		muatKodeTeks()
		for i := range baku {
			if t := &kodeTeks[i]; strings.HasPrefix(t[0], q) || strings.HasPrefix(t[1], q) {
				hits = append(hits, hit{0, Kode{baku[i].v}, &baku[i]})
			}
		}
		if !bidang.IsZero() {
			for i := range bersama {
				k := Kode{bersama[i].v | bidang.v}
				if _, own := cariIndeks(baku, k.v); !own &&
					(strings.HasPrefix(k.String(), q) || strings.HasPrefix(k.StringPanjang(), q)) {
					hits = append(hits, hit{0, k, &bersama[i]})
				}
			}
		}
	} else {
		words := kataNama(q)
		if len(words) == 0 {
			return nil
		}
		score := func(e *entriBaku) int {
			s, last, used, first := 0, -1, uint64(0), -1
			for _, w := range words {
				best, at := 0, -1
				for j, nw := range e.kata {
					if j < 64 && used&(1<<j) != 0 {
						continue
					}
					if !strings.HasPrefix(nw, w) {
						continue
					}
					v := 2
					if len(nw) == len(w) {
						v = 3
					}
					if j > last {
						v++
					}
					if v > best {
						best, at = v, j
					}
				}
				if at < 0 {
					return -1
				}
				if at < 64 {
					used |= 1 << at
				}
				if first < 0 {
					first = at
				}
				last = at
				s += best
			}
			return s*1000 - 5*first - len(e.kata)
		}
		for i := range baku {
			if s := score(&baku[i]); s >= 0 {
				hits = append(hits, hit{s, Kode{baku[i].v}, &baku[i]})
			}
		}
		if !bidang.IsZero() {
			for i := range bersama {
				if s := score(&bersama[i]); s >= 0 {
					k := Kode{bersama[i].v | bidang.v}
					if _, own := cariIndeks(baku, k.v); !own {
						hits = append(hits, hit{s, k, &bersama[i]})
					}
				}
			}
		}
	}
	urutHit := func(a, b hit) int {
		if a.skor != b.skor {
			return b.skor - a.skor
		}
		if ai, bi := bidang.Contains(a.k) && !bidang.IsZero(), bidang.Contains(b.k) && !bidang.IsZero(); ai != bi {
			if ai {
				return -1
			}
			return 1
		}
		if ja, jb := a.k.Jenjang(), b.k.Jenjang(); ja != jb {
			return int(ja) - int(jb)
		}
		return a.k.Compare(b.k)
	}
	sort.Slice(hits, func(i, j int) bool { return urutHit(hits[i], hits[j]) < 0 })
	out := make([]Nomenklatur, 0, min(len(hits), maks))
	for _, h := range hits {
		if len(out) == maks {
			break
		}
		if h.e.nama == "" {
			continue
		}
		out = append(out, h.e.nomenklatur(h.k))
	}
	return out
}

// kodeSaja reports whether q looks like (the beginning of) a code: digits
// and dots, starting with a digit.
func kodeSaja(q string) bool {
	if q == "" || q[0] < '0' || q[0] > '9' {
		return false
	}
	for i := 0; i < len(q); i++ {
		if (q[i] < '0' || q[i] > '9') && q[i] != '.' {
			return false
		}
	}
	return utf8.ValidString(q)
}

// TemuanUraianBaku: a row's name is not the nomenclature's name of its
// code (a wrong code, or a name reworded).
const TemuanUraianBaku = "anggaran/uraian-nomenklatur"

// uraianBaku checks the name of every coded row of the realisation table
// against the nomenclature (every bidang; [Kode.CocokNama] says what
// differences are tolerated). Rows without a name, and codes without a
// known name, are not checked. When the printed name is the name of
// another code of the same level and bidang, the message names it (the
// code is then probably wrong, not the name).
func (c *pemeriksa) uraianBaku() {
	for i, r := range c.a.Rincian {
		u := strings.TrimSpace(tanpaNomor(r.Uraian))
		if r.Kode.IsZero() || u == "" || r.Kode.CocokNama(u) {
			continue
		}
		nama, _ := r.Kode.NamaBaku()
		pesan := fmt.Sprintf("nama %s %s menurut nomenklatur (Kepmendagri 050-5889/2021) adalah %q", r.Kode.Jenjang(), r.Kode, nama)
		if lain := LookupNama(u, r.Kode.Jenjang(), r.Kode.Pada(JenjangBidang)); len(lain) > 0 {
			kodes := make([]string, len(lain))
			for j, n := range lain {
				kodes[j] = n.Kode.String()
			}
			pesan += fmt.Sprintf("; nama tercetak adalah nama %s %s: kodenya mungkin salah", r.Kode.Jenjang(), strings.Join(kodes, ", "))
		} else {
			pesan += "; periksa kodenya atau namanya"
		}
		c.tambah(Temuan{Kode: TemuanUraianBaku, Tingkat: Peringatan,
			Lokasi:   Lokasi{Tabel: c.tabel, Baris: label(r.Kode, r.Uraian), Kolom: "uraian", Path: fmt.Sprintf("rincian[%d].uraian", i)},
			Tercetak: u, Terhitung: nama, Pesan: pesan})
	}
}

// indeksNama maps the comparison key of every name ([kunciNama]) to the
// entries bearing it: i ≥ 0 is baku[i], i < 0 is bersama[-i-1]. Built on
// the first [LookupNama].
var (
	indeksNamaOnce sync.Once
	indeksNama     map[string][]int32
)

func muatIndeksNama() {
	muatBaku()
	indeksNamaOnce.Do(func() {
		indeksNama = make(map[string][]int32, len(baku)+len(bersama))
		add := func(e *entriBaku, i int32) {
			for n := range strings.SplitSeq(e.nama, "\t") {
				if n == "" || strings.HasSuffix(n, "…") {
					continue
				}
				key := kunciNama(n)
				if xs := indeksNama[key]; len(xs) == 0 || xs[len(xs)-1] != i {
					indeksNama[key] = append(xs, i)
				}
			}
		}
		for i := range baku {
			add(&baku[i], int32(i))
		}
		for i := range bersama {
			add(&bersama[i], int32(-i-1))
		}
	})
}

// LookupNama returns the entries whose name is uraian, compared as
// [Kode.CocokNama] compares (case, punctuation, a list number or level
// word do not matter), at level j (every level when j is [JenjangJumlah]),
// in code order: the codes a row printed without a code may have. With
// bidang (1.02), only that bidang's entries, its Program Penunjang
// included; without, every bidang's but not the Program Penunjang's,
// which has no code outside a bidang. Names the source cut at 255
// characters are not found.
func LookupNama(uraian string, j Jenjang, bidang Kode) []Nomenklatur {
	muatIndeksNama()
	key := kunciNama(uraian)
	if key == "" {
		return nil
	}
	bidang = bidang.Pada(JenjangBidang)
	if bidang.Jenjang() != JenjangBidang {
		bidang = Kode{}
	}
	var out []Nomenklatur
	for _, i := range indeksNama[key] {
		var k Kode
		var e *entriBaku
		if i >= 0 {
			e = &baku[i]
			k = Kode{e.v}
			if !bidang.IsZero() && !bidang.Contains(k) {
				continue
			}
		} else {
			if bidang.IsZero() {
				continue
			}
			e = &bersama[-i-1]
			k = Kode{e.v | bidang.v}
			if _, own := cariIndeks(baku, k.v); own {
				continue // the bidang's own entry speaks for it
			}
		}
		if j != JenjangJumlah && k.Jenjang() != j {
			continue
		}
		out = append(out, e.nomenklatur(k))
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Kode.Compare(out[b].Kode) < 0 })
	return out
}
