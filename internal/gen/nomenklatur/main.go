// Command nomenklatur writes anggaran's embedded nomenclature
// (anggaran/nomenklatur.txt) and its cleaning report
// (anggaran/nomenklatur-laporan.txt) from the two lists of the Kepmendagri
// 050-5889/2021 nomenclature as one Pemkab's e-SAKIP application keeps
// them: ../shared/data/nomenklatur-kegiatan.csv and
// nomenklatur-subkegiatan.csv (relative to the repository).
//
// It is run by `go generate ./anggaran`. The lists are `;`-separated with a
// BOM, a blank first row and quoted names that span several lines; some
// codes are broken. [bersihkan] says what it repairs and drops, and why;
// the report is printed and committed beside the data.
//
// The output has one line per code, sorted: the code in the official
// dotted form, or for a sub kegiatan that follows its kegiatan only its
// number ("6" after 1.06.01.2.01 is 1.06.01.2.01.0006); programs, derived
// from the kegiatan codes, have no name (the lists carry none). The
// Program Penunjang, the same in every bidang, is written once as
// X.XX.01…, as the nomenclature writes it:
//
//	kode<TAB>nama[<TAB>nama lain]…
//
// A name the application cut at 255 characters ends in "…".
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	root, err := akarRepo()
	if err != nil {
		fmt.Fprintln(os.Stderr, "nomenklatur:", err)
		os.Exit(1)
	}
	data := filepath.Join(root, "..", "shared", "data")
	kegFile := flag.String("kegiatan", filepath.Join(data, "nomenklatur-kegiatan.csv"), "daftar kegiatan (CSV)")
	subFile := flag.String("subkegiatan", filepath.Join(data, "nomenklatur-subkegiatan.csv"), "daftar sub kegiatan (CSV)")
	out := flag.String("keluaran", filepath.Join(root, "anggaran"), "folder tujuan nomenklatur.txt dan nomenklatur-laporan.txt")
	flag.Parse()
	if err := jalankan(*kegFile, *subFile, *out); err != nil {
		fmt.Fprintln(os.Stderr, "nomenklatur:", err)
		os.Exit(1)
	}
}

// akarRepo finds the module root (the directory of go.mod) upwards from
// the working directory.
func akarRepo() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("go.mod tidak ditemukan")
		}
		dir = up
	}
}

func jalankan(kegFile, subFile, out string) error {
	keg, err := bacaBerkas(kegFile, 5)
	if err != nil {
		return err
	}
	sub, err := bacaBerkas(subFile, 6)
	if err != nil {
		return err
	}
	h := bersihkan(keg, sub)
	lap := h.laporan(filepath.Base(kegFile), filepath.Base(subFile))
	fmt.Print(lap)
	if err := os.WriteFile(filepath.Join(out, "nomenklatur.txt"), h.teks(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "nomenklatur-laporan.txt"), []byte(lap), 0o644)
}

func bacaBerkas(name string, bagian int) ([]baris, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := baca(f, bagian)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return rows, nil
}

// baris is one row of a list as read.
type baris struct {
	line   int    // line in the file where the row starts
	no     string // the application's row number (its id)
	kode   string // as given
	nama   string // whitespace-normalised
	mentah string // name as given
	induk  string // the last id column before "T": the parent's id
	bagian int    // parts of a well-formed code: 5 kegiatan, 6 sub kegiatan
}

// baca reads a list: `no;kode;nama;ids…;T`, skipping the BOM and blank
// rows. Names may span lines (quoted); whitespace runs become one space.
func baca(r io.Reader, bagian int) ([]baris, error) {
	cr := csv.NewReader(r)
	cr.Comma = ';'
	cr.FieldsPerRecord = -1
	var out []baris
	for first := true; ; first = false {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if first && len(rec) > 0 {
			rec[0] = strings.TrimPrefix(rec[0], "\ufeff")
		}
		line, _ := cr.FieldPos(0)
		if kosong(rec) {
			continue
		}
		if len(rec) < 3 {
			return nil, fmt.Errorf("baris %d: %d kolom, perlu paling sedikit 3 (no;kode;nama)", line, len(rec))
		}
		b := baris{line: line, no: strings.TrimSpace(rec[0]), kode: strings.TrimSpace(rec[1]),
			mentah: rec[2], nama: strings.Join(strings.Fields(rec[2]), " "), bagian: bagian}
		if n := len(rec); n >= 5 {
			b.induk = strings.TrimSpace(rec[n-2])
		}
		out = append(out, b)
	}
}

func kosong(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// kode is a parsed code: the segment values (U, BB, PP, K, KK, SS), n of
// them.
type kode struct {
	seg [6]int
	n   int
}

func (k kode) String() string {
	var b strings.Builder
	w := [6]int{1, 2, 2, 1, 2, 4}
	start := 0
	if k.seg[0] == 0 {
		b.WriteString("X.XX")
		start = 2
	}
	for i := start; i < k.n; i++ {
		if i > 0 {
			b.WriteByte('.')
		}
		s := strconv.Itoa(k.seg[i])
		b.WriteString(strings.Repeat("0", max(w[i]-len(s), 0)))
		b.WriteString(s)
	}
	return b.String()
}

func (k kode) induk(n int) kode {
	p := kode{n: n}
	copy(p.seg[:n], k.seg[:n])
	return p
}

func (k kode) less(o kode) int {
	for i := range 6 {
		a, b := -1, -1
		if i < k.n {
			a = k.seg[i]
		}
		if i < o.n {
			b = o.seg[i]
		}
		if a != b {
			return a - b
		}
	}
	return 0
}

// Why a code could not be read as given, and what was done.
const (
	okBaku       = iota // well-formed
	okLebar             // last part zero-padded beyond its width, value kept
	salahSisipan        // an extra "00" part after the bidang (the application's own scheme)
	salahGabung         // last part too long: two numbers run together
	salahBentuk         // anything else
	salahKosong         // no code
	okSemua             // X.XX.01…: the Program Penunjang of every bidang
)

// urai reads a code as the list gives it. A well-formed code has n parts
// of widths 1, 2, 2, 1, 2 and (sub kegiatan) 2 or 4 digits. A last part
// zero-padded beyond its width ("001", "00010") is read by value when the
// value fits 2 digits; longer values ("000801", "00101") are two numbers
// run together and are refused, as are codes with an extra "00" part
// ("2.09.00.01.2.0010").
func urai(s string, n int) (kode, int) {
	if s == "" {
		return kode{}, salahKosong
	}
	parts := strings.Split(s, ".")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	if len(parts) == n && parts[0] == "X" && parts[1] == "XX" {
		k, st := urai(strings.Join(append([]string{"9", "99"}, parts[2:]...), "."), n)
		if st != okBaku {
			return kode{}, salahBentuk
		}
		k.seg[0], k.seg[1] = 0, 0
		return k, okSemua
	}
	if len(parts) == n+1 && parts[2] == "00" {
		return kode{}, salahSisipan
	}
	if len(parts) != n {
		return kode{}, salahBentuk
	}
	w := [6]int{1, 2, 2, 1, 2, 2}
	var k kode
	k.n = n
	status := okBaku
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v <= 0 || strings.ContainsAny(p, "+-") {
			return kode{}, salahBentuk
		}
		k.seg[i] = v
		last := i == n-1
		switch {
		case len(p) == w[i], last && n == 6 && len(p) == 4:
		case last && len(p) > w[i] && v <= 99:
			status = okLebar
		case last && len(p) > w[i]:
			return kode{}, salahGabung
		default:
			return kode{}, salahBentuk
		}
	}
	return k, status
}

// entri is one code of the output.
type entri struct {
	kode   kode
	nama   []string // first the main name, then other names of the code
	sumber []int    // line of each name in its list
	lebar  int      // digits of the main name's last part (2 or 4; 0 repaired)
}

// hasil is the cleaned nomenclature and what was done to get it.
type hasil struct {
	entri   map[string]*entri
	program map[string]kode
	// report: per reason, the rows (file line, code, name) concerned
	catatan map[string][]string
	urutan  []string // order of the reasons in the report
	jumlah  [2]int   // rows read: kegiatan, sub kegiatan
	// perBidang counts the kegiatan (5) and sub kegiatan (6) codes before
	// the Program Penunjang is shared; penunjang the entries it replaced.
	perBidang  [7]int
	penunjangN [2]int
	multiBaris int // rows whose name spans lines (a line-based reader sees the rest as rows without a code)
}

func (h *hasil) catat(alasan, contoh string) {
	if _, ok := h.catatan[alasan]; !ok {
		h.urutan = append(h.urutan, alasan)
	}
	h.catatan[alasan] = append(h.catatan[alasan], contoh)
}

// normal is the comparison form of a name: lower case, letters and digits
// only (so "Kerja Sama" equals "Kerjasama", "Perundang-undangan" equals
// "Perundang Undangan").
func normal(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// batasNama is the length at which the application cut names (a
// varchar(255) column).
const batasNama = 255

// bersihkan cleans the two lists (see the package comment and urai) and
// derives the programs. Rules, in order:
//
//   - a name spread over several lines is joined with single spaces;
//   - a code zero-padded beyond its width is read by value (1.06.07.2.001
//     is kegiatan 1.06.07.2.01); one with numbers run together is dropped;
//   - a kegiatan written with the application's extra "00" part gets its
//     code from its sub kegiatan (through the ids), when they all give one
//     kegiatan code and, in a Program Penunjang (01), its name is the one
//     that kegiatan has in the other bidang; otherwise it is dropped; sub
//     kegiatan written that way are dropped (their last parts cannot be
//     read);
//   - rows without a code are dropped;
//   - the same code twice: one entry, the 4-digit list's name first, a
//     different name of the other row kept as another name;
//   - a name of 255 characters was cut by the application: marked "…".
func bersihkan(keg, sub []baris) *hasil {
	h := &hasil{entri: map[string]*entri{}, program: map[string]kode{}, catatan: map[string][]string{}}
	h.jumlah = [2]int{len(keg), len(sub)}
	for _, b := range append(slices.Clip(keg), sub...) {
		if strings.ContainsAny(b.mentah, "\r\n") {
			h.multiBaris++
		}
	}
	contoh := func(b baris) string {
		return fmt.Sprintf("baris %d: %q %s", b.line, b.kode, potong(b.nama, 70))
	}
	// Sub kegiatan codes by their kegiatan's id, for the repair below.
	subDari := map[string][]baris{}
	for _, b := range sub {
		subDari[b.induk] = append(subDari[b.induk], b)
	}
	var penunjangNanti []struct {
		b baris
		k kode
	}
	tambah := func(b baris, k kode, lebar int) {
		nama := b.nama
		if b.nama != strings.TrimSpace(b.mentah) {
			if strings.ContainsAny(b.mentah, "\r\n") {
				h.catat("nama terbagi atas beberapa baris dalam sel CSV: digabung dengan satu spasi", contoh(b))
			} else {
				h.catat("spasi ganda dalam nama: dijadikan satu", contoh(b))
			}
		}
		if utf8.RuneCountInString(nama) >= batasNama {
			h.catat(fmt.Sprintf("nama %d karakter, terpotong oleh aplikasinya: ditandai \"…\" (pemeriksaan menerima nama lengkap yang diawali potongan ini)", batasNama), contoh(b))
			nama += "…"
		}
		key := k.String()
		e, ok := h.entri[key]
		if !ok {
			h.entri[key] = &entri{kode: k, nama: []string{nama}, sumber: []int{b.line}, lebar: lebar}
			return
		}
		for i, n := range e.nama {
			if normal(n) == normal(nama) {
				if lebar == 4 && e.lebar != 4 {
					e.nama[i], e.lebar = nama, 4 // the newer list's spelling
				}
				h.catat("kode yang sama dua kali dengan nama yang sama (bentuk 2 dan 4 angka, atau huruf besar/kecil berbeda): satu entri", contoh(b))
				return
			}
		}
		h.catat("kode yang sama dua kali dengan nama berbeda: nama daftar 4 angka menjadi nama utama, yang lain disimpan sebagai nama lain (pemeriksaan menerima keduanya)", contoh(b))
		if lebar == 4 && e.lebar != 4 {
			e.nama = append([]string{nama}, e.nama...)
			e.lebar = 4
		} else {
			e.nama = append(e.nama, nama)
		}
	}
	for _, b := range keg {
		k, st := urai(b.kode, 5)
		switch st {
		case okBaku:
			tambah(b, k, 2)
		case okSemua:
			h.catat("Program Penunjang untuk semua bidang (X.XX.01…): dipakai sebagai bagian dari daftar Program Penunjang bersama", contoh(b))
			tambah(b, k, 2)
		case okLebar:
			h.catat("kegiatan: bagian terakhir berisi nol di depan melebihi lebarnya (mis. 001): dibaca menurut nilainya", contoh(b)+" → "+k.String())
			tambah(b, k, 0)
		case salahSisipan:
			kk, ok := kodeDariSub(subDari[b.no])
			if !ok {
				h.catat("kegiatan dengan bagian \"00\" sisipan aplikasi dan sub kegiatan yang tidak menunjuk satu kode: dibuang", contoh(b))
				continue
			}
			if kk.seg[2] == 1 {
				penunjangNanti = append(penunjangNanti, struct {
					b baris
					k kode
				}{b, kk})
				continue
			}
			h.catat("kegiatan dengan bagian \"00\" sisipan aplikasi: kode diambil dari sub kegiatannya (kolom id)", contoh(b)+" → "+kk.String())
			tambah(b, kk, 0)
		case salahGabung:
			h.catat("kegiatan: bagian terakhir terlalu panjang (dua angka tergabung, mis. 00505): dibuang", contoh(b))
		case salahKosong:
			h.catat("kegiatan tanpa kode: dibuang", contoh(b))
		default:
			h.catat("kegiatan: kode tidak berbentuk U.BB.PP.K.KK: dibuang", contoh(b))
		}
	}
	// A repaired kegiatan of a Program Penunjang must bear the name that
	// kegiatan has in the other bidang.
	penunjang := map[string]map[string]int{}
	for _, e := range h.entri {
		if e.kode.n == 5 && e.kode.seg[2] == 1 {
			key := strconv.Itoa(e.kode.seg[3]) + "." + strconv.Itoa(e.kode.seg[4])
			if penunjang[key] == nil {
				penunjang[key] = map[string]int{}
			}
			penunjang[key][normal(e.nama[0])]++
		}
	}
	for _, p := range penunjangNanti {
		key := strconv.Itoa(p.k.seg[3]) + "." + strconv.Itoa(p.k.seg[4])
		if m := penunjang[key]; m[normal(p.b.nama)] > 0 && m[normal(p.b.nama)]*2 > total(m) {
			h.catat("kegiatan dengan bagian \"00\" sisipan aplikasi: kode diambil dari sub kegiatannya (kolom id)", contoh(p.b)+" → "+p.k.String())
			tambah(p.b, p.k, 0)
		} else {
			h.catat("kegiatan Program Penunjang dengan bagian \"00\" sisipan aplikasi: kode dari sub kegiatannya tidak cocok dengan nama kegiatan itu di bidang lain: dibuang", contoh(p.b)+" → "+p.k.String())
		}
	}
	for _, b := range sub {
		if strings.Contains(b.induk, "#N/A") {
			h.catat("sub kegiatan dengan id aplikasi #N/A: kodenya dibaca seperti baris lain (id aplikasi tidak diperlukan)", contoh(b))
		}
		k, st := urai(b.kode, 6)
		switch st {
		case okBaku:
			lebar := 2
			if i := strings.LastIndexByte(b.kode, '.'); len(b.kode)-i-1 == 4 {
				lebar = 4
			}
			tambah(b, k, lebar)
		case okSemua:
			h.catat("Program Penunjang untuk semua bidang (X.XX.01…): dipakai sebagai bagian dari daftar Program Penunjang bersama", contoh(b))
			tambah(b, k, 4)
		case okLebar:
			h.catat("sub kegiatan: bagian terakhir berisi nol di depan melebihi lebarnya (mis. 002, 00010): dibaca menurut nilainya", contoh(b)+" → "+k.String())
			tambah(b, k, 0)
		case salahSisipan:
			h.catat("sub kegiatan dengan bagian \"00\" sisipan aplikasi (tujuh bagian, bagian terakhir tak terbaca): dibuang", contoh(b))
		case salahGabung:
			h.catat("sub kegiatan: bagian terakhir terlalu panjang (dua angka tergabung, mis. 000801, 0000403): dibuang", contoh(b))
		case salahKosong:
			h.catat("sub kegiatan tanpa kode: dibuang", contoh(b))
		default:
			h.catat("sub kegiatan: kode tidak berbentuk U.BB.PP.K.KK.SS: dibuang", contoh(b))
		}
	}
	// Programs from the codes; kegiatan only named by their sub kegiatan.
	for _, key := range h.kunci() {
		e := h.entri[key]
		p := e.kode.induk(3)
		if p.seg[0] == 0 {
			continue
		}
		h.program[p.String()] = p
		if e.kode.n == 6 {
			kg := e.kode.induk(5)
			if _, ok := h.entri[kg.String()]; !ok {
				h.catat("kegiatan yang hanya dikenal dari kode sub kegiatannya (tidak ada di daftar kegiatan): tanpa nama", kg.String()+" (dari "+e.kode.String()+")")
				h.entri[kg.String()] = &entri{kode: kg}
			}
		}
	}
	for _, e := range h.entri {
		h.perBidang[e.kode.n]++
	}
	h.penunjang()
	return h
}

// penunjang writes the Program Penunjang (PP 01) once for every bidang, as
// the nomenclature does (X.XX.01): a kegiatan or sub kegiatan number of
// program 01 found in two bidang or more (or in the list's own X.XX rows)
// becomes one shared entry with every name the bidang give it, the
// commonest first; numbers found in one bidang only stay that bidang's.
func (h *hasil) penunjang() {
	type nama struct {
		teks string
		n    int
	}
	type grup struct {
		bidang  int
		semua   bool
		nama    []nama
		anggota []string
	}
	g := map[string]*grup{}
	for _, key := range h.kunci() {
		e := h.entri[key]
		if e.kode.seg[2] != 1 || len(e.nama) == 0 {
			continue
		}
		t := e.kode
		t.seg[0], t.seg[1] = 0, 0
		x := g[t.String()]
		if x == nil {
			x = &grup{}
			g[t.String()] = x
		}
		if e.kode.seg[0] == 0 {
			x.semua = true
		} else {
			x.bidang++
		}
		x.anggota = append(x.anggota, key)
	next:
		for _, n := range e.nama {
			for i := range x.nama {
				if normal(x.nama[i].teks) == normal(n) {
					x.nama[i].n++
					continue next
				}
			}
			x.nama = append(x.nama, nama{n, 1})
		}
	}
	shared := 0
	for _, tk := range slices.Sorted(maps.Keys(g)) {
		x := g[tk]
		if !x.semua && x.bidang < 2 {
			continue
		}
		slices.SortStableFunc(x.nama, func(a, b nama) int { return b.n - a.n })
		var t *entri
		for _, key := range x.anggota {
			e := h.entri[key]
			if t == nil {
				t = &entri{kode: e.kode}
				t.kode.seg[0], t.kode.seg[1] = 0, 0
			}
			delete(h.entri, key)
		}
		for _, n := range x.nama {
			t.nama = append(t.nama, n.teks)
		}
		h.entri[tk] = t
		shared += len(x.anggota)
	}
	h.penunjangN = [2]int{shared, 0}
	for _, e := range h.entri {
		if e.kode.seg[0] == 0 {
			h.penunjangN[1]++
		}
	}
}

// kunci returns the keys of the entries in code order, so that the output
// does not depend on map order.
func (h *hasil) kunci() []string {
	keys := slices.Collect(maps.Keys(h.entri))
	slices.SortFunc(keys, func(a, b string) int { return h.entri[a].kode.less(h.entri[b].kode) })
	return keys
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// kodeDariSub returns the one kegiatan code that the sub kegiatan rows of a
// kegiatan written with the extra "00" part give, once that part is
// removed ("2.09.00.03.2.01.00331" → 2.09.03.2.01).
func kodeDariSub(rows []baris) (kode, bool) {
	var got kode
	for i, b := range rows {
		parts := strings.Split(b.kode, ".")
		if len(parts) != 7 || parts[2] != "00" {
			return kode{}, false
		}
		k, st := urai(strings.Join(append(parts[:2:2], parts[3:6]...), "."), 5)
		if st != okBaku {
			return kode{}, false
		}
		if i > 0 && k != got {
			return kode{}, false
		}
		got = k
	}
	return got, len(rows) > 0
}

func potong(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// urut returns the entries and programs sorted by code.
func (h *hasil) urut() []*entri {
	var out []*entri
	for key, p := range h.program {
		if _, ok := h.entri[key]; !ok {
			out = append(out, &entri{kode: p})
		}
	}
	for _, e := range h.entri {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *entri) int { return a.kode.less(b.kode) })
	return out
}

// teks is the data file.
func (h *hasil) teks() []byte {
	var b bytes.Buffer
	var keg kode
	for _, e := range h.urut() {
		if e.kode.n == 6 && e.kode.induk(5) == keg {
			b.WriteString(strconv.Itoa(e.kode.seg[5]))
		} else {
			b.WriteString(e.kode.String())
		}
		if e.kode.n == 5 {
			keg = e.kode
		}
		for _, n := range e.nama {
			b.WriteByte('\t')
			b.WriteString(n)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// laporan is the cleaning report.
func (h *hasil) laporan(kegFile, subFile string) string {
	var b strings.Builder
	n := [7]int{}
	named := 0
	for _, e := range h.urut() {
		n[e.kode.n]++
		if len(e.nama) > 0 {
			named++
		}
	}
	fmt.Fprintf(&b, "Laporan pembersihan nomenklatur (dibuat oleh internal/gen/nomenklatur; jangan disunting)\n\n")
	fmt.Fprintf(&b, "Dibaca: %d baris kegiatan (%s), %d baris sub kegiatan (%s).\n", h.jumlah[0], kegFile, h.jumlah[1], subFile)
	fmt.Fprintf(&b, "Hasil: %d program, %d kode kegiatan dan %d kode sub kegiatan di semua bidang. Kegiatan dan sub kegiatan\n", n[3], h.perBidang[5], h.perBidang[6])
	fmt.Fprintf(&b, "Program Penunjang (01) yang sama di dua bidang atau lebih (%d kode) ditulis sekali sebagai X.XX.01… (%d entri)\n", h.penunjangN[0], h.penunjangN[1])
	fmt.Fprintf(&b, "untuk semua bidang, seperti nomenklatur menulisnya; berkas data memuat %d baris (%d bernama).\n", len(h.urut()), named)
	fmt.Fprintf(&b, "Tidak ada baris tanpa kode: %d nama bertanda kutip terbagi atas beberapa baris; pembaca per baris melihat\n", h.multiBaris)
	fmt.Fprintf(&b, "lanjutannya sebagai baris tanpa kode.\n")
	fmt.Fprintf(&b, "Program: daftar ini tidak memuat nama program; kodenya diturunkan dari kode kegiatan (U.BB.PP).\n")
	fmt.Fprintf(&b, "Nama urusan, bidang urusan dan program bidang Sosial ada di anggaran/nomenklatur.go; nama program bidang lain\n")
	fmt.Fprintf(&b, "tidak diketahui dari data ini.\n")
	for _, a := range h.urutan {
		xs := h.catatan[a]
		fmt.Fprintf(&b, "\n%s: %d\n", a, len(xs))
		for i, x := range xs {
			if i == 5 {
				fmt.Fprintf(&b, "  … dan %d lagi\n", len(xs)-i)
				break
			}
			fmt.Fprintf(&b, "  %s\n", x)
		}
	}
	return b.String()
}
