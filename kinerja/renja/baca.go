package renja

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/xlsx"
	"github.com/shopspring/decimal"
)

// CellError is an unreadable cell of the form: the sheet, the cell and the
// name of its row, in Bahasa Indonesia:
// `lembar "Realisasi TW IV", sel O15 (baris «Penyusunan …»): "1,2,3" bukan angka`.
type CellError struct {
	Lembar string
	Sel    string
	Baris  string
	Err    error
}

func (e *CellError) Error() string {
	if e == nil {
		return "renja: galat sel (nil)"
	}
	s := fmt.Sprintf("lembar %q, sel %s", e.Lembar, e.Sel)
	if e.Baris != "" {
		s += " (baris «" + e.Baris + "»)"
	}
	if e.Err == nil {
		return s
	}
	return s + ": " + e.Err.Error()
}

func (e *CellError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// ErrBukanFormulir says that no sheet has the numbers row "1 2 3 … 15" of
// the form.
var ErrBukanFormulir = errors.New("tidak ada lembar dengan baris nomor kolom formulir evaluasi Renja (1 2 3 … 15)")

// BacaXLSX reads the form from the bytes of an .xlsx file: the first sheet
// that has the form's numbers row.
func BacaXLSX(data []byte) (*Formulir, error) {
	wb, err := xlsx.Read(data)
	if err != nil {
		return nil, err
	}
	for _, s := range wb.Sheets {
		if _, ok := cariNomor(s); ok {
			return BacaLembar(s)
		}
	}
	return nil, ErrBukanFormulir
}

// kolom says where each numbered column of the form lies in the sheet.
type kolom struct {
	nomorBaris int     // the sheet row of "1 2 3 … 15"
	subBaris   int     // the sheet row of "K Rp. %", 0 when none
	awal       [16]int // first sheet column of numbered column n
	k, rp, pct [16]int // sheet columns of K, Rp and % under column n, 0 when none
	akhir      int     // last sheet column of column 15
}

var nomorAwal = regexp.MustCompile(`^\s*(\d{1,2})(\s|=|$)`)

// cariNomor finds the numbers row: cells 1, 2, …, 15 from left to right
// ("13 = 9 + 10 + 11 + 12" counts as 13).
func cariNomor(s *xlsx.Sheet) (kolom, bool) {
	var k kolom
	for _, r := range s.Rows {
		var awal [16]int
		next := 1
		for _, c := range r.Cells {
			m := nomorAwal.FindStringSubmatch(c.Value)
			if m == nil {
				continue
			}
			n, _ := strconv.Atoi(m[1])
			if n == next && next <= 15 {
				awal[n] = c.Col
				next++
			}
		}
		if next == 16 {
			k.nomorBaris = r.Number
			k.awal = awal
			return k, true
		}
	}
	return k, false
}

func teks(s *xlsx.Sheet, row, col int) string {
	if col == 0 {
		return ""
	}
	c, ok := s.Cell(row, col)
	if !ok {
		return ""
	}
	return strings.Join(strings.Fields(c.Value), " ")
}

// BacaLembar reads the form from a sheet.
func BacaLembar(s *xlsx.Sheet) (*Formulir, error) {
	if s == nil {
		return nil, fmt.Errorf("tidak ada lembar (nil): %w", ErrBukanFormulir)
	}
	k, ok := cariNomor(s)
	if !ok {
		return nil, fmt.Errorf("lembar %q: %w", s.Name, ErrBukanFormulir)
	}
	// The sub-header "K Rp. %" under the numbers.
	sub := map[int]string{}
	last := k.awal[15]
	for _, r := range s.Rows {
		if r.Number <= k.nomorBaris || r.Number > k.nomorBaris+2 {
			continue
		}
		found := map[int]string{}
		for _, c := range r.Cells {
			switch v := strings.ToUpper(strings.TrimSpace(c.Value)); v {
			case "K", "RP", "RP.", "%":
				found[c.Col] = strings.TrimSuffix(v, ".")
			}
		}
		if len(found) >= 6 {
			k.subBaris = r.Number
			sub = found
			break
		}
	}
	for col := range sub {
		if col > last {
			last = col
		}
	}
	k.akhir = last
	for n := 1; n <= 15; n++ {
		end := k.akhir
		if n < 15 {
			end = k.awal[n+1] - 1
		}
		for col := k.awal[n]; col <= end; col++ {
			switch sub[col] {
			case "K":
				if k.k[n] == 0 {
					k.k[n] = col
				}
			case "RP":
				if k.rp[n] == 0 {
					k.rp[n] = col
				}
			case "%":
				if k.pct[n] == 0 {
					k.pct[n] = col
				}
			}
		}
		if n >= 6 && k.k[n] == 0 {
			// No sub-header: K first, then % for a quarter, Rp last.
			k.k[n] = k.awal[n]
			if n >= 9 && n <= 12 && end-k.awal[n] >= 2 {
				k.pct[n] = k.awal[n] + 1
			}
			if end > k.awal[n] {
				k.rp[n] = end
			}
		}
	}
	f := &Formulir{Lembar: s.Name}
	bacaJudul(s, k, f)
	mulai := k.nomorBaris
	if k.subBaris > mulai {
		mulai = k.subBaris
	}
	gabung := bacaGabung(s, k.awal[3])
	var errs []error
	sheetRow := map[int]int{}  // sheet row → index in f.Baris
	rumus := map[int][][]int{} // index → per Rp column, the rows its formula adds
	var pctCols []int
	for n := 9; n <= 12; n++ {
		if k.pct[n] != 0 {
			pctCols = append(pctCols, k.pct[n])
		}
	}
	pecahan := skalaPecahan(s, mulai, pctCols)
	for _, r := range s.Rows {
		if r.Number <= mulai {
			continue
		}
		if f.Jumlah != nil {
			break
		}
		nama := teks(s, r.Number, k.awal[3])
		ind := teks(s, r.Number, k.awal[4])
		b := BarisFormulir{
			Lembar:    r.Number,
			No:        teks(s, r.Number, k.awal[1]),
			Sasaran:   teks(s, r.Number, k.awal[2]),
			Nama:      nama,
			Indikator: ind,
			Satuan:    teks(s, r.Number, k.awal[5]),
			Induk:     -1,
		}
		label := nama
		if label == "" {
			label = ind
		}
		ada := false
		baca := func(col int, jenis anggaran.Jenis) Nilai {
			if col == 0 {
				return Nilai{}
			}
			c, ok := s.Cell(r.Number, col)
			if !ok {
				return Nilai{}
			}
			v, err := nilaiSel(c, jenis)
			if err != nil {
				errs = append(errs, &CellError{Lembar: s.Name, Sel: c.Ref, Baris: label, Err: err})
				return Nilai{}
			}
			if v.Ada || v.Galat != "" {
				ada = true
			}
			// A number in a fraction column (0,25) is a percentage ×100;
			// text ("25%", "25") is read as a percentage already.
			if jenis == anggaran.JenisPersen && v.Ada && pecahan[col] && c.Kind == xlsx.KindNumber {
				v.Angka = v.Angka.Mul(seratus)
			}
			return v
		}
		const jk, jrp, jpct = anggaran.JenisBilangan, anggaran.JenisRupiah, anggaran.JenisPersen
		pair := func(n int) Pasangan { return Pasangan{K: baca(k.k[n], jk), Rp: baca(k.rp[n], jrp)} }
		b.Renstra, b.SampaiLalu, b.Target = pair(6), pair(7), pair(8)
		for q := 0; q < 4; q++ {
			n := 9 + q
			b.Triwulan[q] = Triwulan{K: baca(k.k[n], jk), Persen: baca(k.pct[n], jpct), Rp: baca(k.rp[n], jrp)}
		}
		for i := 0; i < 3; i++ {
			b.Tercetak[i] = pair(13 + i)
		}
		if nama == "" && ind == "" {
			if !ada {
				if t := teks(s, r.Number, k.awal[2]); strings.HasPrefix(strings.ToLower(t), "perangkat daerah") {
					_, v, _ := strings.Cut(t, ":")
					f.PerangkatDaerah = strings.TrimSpace(v)
				}
				continue
			}
			// The total row: figures without a name.
			jb := b
			f.Jumlah = &jb
			if col := k.rp[6]; col != 0 {
				if c, ok := s.Cell(r.Number, col); ok {
					for _, rr := range barisRumus(c) {
						if i, ok := sheetRow[rr]; ok {
							f.JumlahDari = append(f.JumlahDari, i)
						}
					}
				}
			}
			continue
		}
		if nama == "" {
			b.Lanjutan = true
		} else if g, ok := gabung[r.Number]; ok && g < r.Number {
			b.Lanjutan = true
		}
		i := len(f.Baris)
		sheetRow[r.Number] = i
		for _, n := range []int{6, 7, 8, 9, 10, 11, 12, 13} {
			if col := k.rp[n]; col != 0 {
				if c, ok := s.Cell(r.Number, col); ok {
					if rows := barisRumus(c); rows != nil {
						rumus[i] = append(rumus[i], rows)
					}
				}
			}
		}
		f.Baris = append(f.Baris, b)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	susunPohon(f, sheetRow, rumus)
	return f, nil
}

var (
	seratus = decimal.NewFromInt(100)
	tahunRe = regexp.MustCompile(`\b(19|20)\d\d\b`)
)

func bacaJudul(s *xlsx.Sheet, k kolom, f *Formulir) {
	for _, r := range s.Rows {
		if r.Number >= k.nomorBaris {
			break
		}
		for _, c := range r.Cells {
			if c.Kind != xlsx.KindString {
				continue
			}
			t := strings.Join(strings.Fields(c.Value), " ")
			low := strings.ToLower(t)
			switch {
			case t == "":
			case f.Judul == "":
				f.Judul = t
			case strings.HasPrefix(low, "tahun"):
				if m := tahunRe.FindString(t); m != "" {
					f.Tahun, _ = strconv.Atoi(m)
				}
			case f.Pemda == "" && (strings.HasPrefix(low, "kabupaten") || strings.HasPrefix(low, "kota") || strings.HasPrefix(low, "provinsi")):
				f.Pemda = t
			}
		}
		if r.Number > k.nomorBaris {
			break
		}
	}
}

// bacaGabung maps each row of the sheet whose cell in column col lies in
// a merged range to the range's first row. The work is bounded by the
// sheet's rows, whatever ranges a hostile file declares.
func bacaGabung(s *xlsx.Sheet, col int) map[int]int {
	out := map[int]int{}
	steps := 0
	for _, m := range s.Merged {
		a, b, ok := strings.Cut(m, ":")
		if !ok {
			continue
		}
		r1, c1, err1 := xlsx.ParseRef(a)
		r2, c2, err2 := xlsx.ParseRef(b)
		if err1 != nil || err2 != nil || r2 <= r1 || col < c1 || col > c2 {
			continue
		}
		i := sort.Search(len(s.Rows), func(i int) bool { return s.Rows[i].Number > r1 })
		for ; i < len(s.Rows) && s.Rows[i].Number <= r2; i++ {
			if steps++; steps > 1<<20 {
				return out
			}
			if _, seen := out[s.Rows[i].Number]; !seen {
				out[s.Rows[i].Number] = r1
			}
		}
	}
	return out
}

// skalaPecahan decides per quarter column whether its percentages are
// fractions (0,25 for 25 %): the column's number format is a percentage,
// or no value in it is above 1,5.
func skalaPecahan(s *xlsx.Sheet, mulai int, cols []int) map[int]bool {
	out := map[int]bool{}
	satu := decimal.RequireFromString("1.5")
	for _, col := range cols {
		pct, total, besar := 0, 0, false
		for _, r := range s.Rows {
			if r.Number <= mulai {
				continue
			}
			c, ok := s.Cell(r.Number, col)
			if !ok || c.Kind != xlsx.KindNumber || c.Value == "" {
				continue
			}
			total++
			if strings.Contains(c.NumFmt, "%") {
				pct++
			}
			if d, err := decimal.NewFromString(c.Value); err == nil && d.Abs().GreaterThan(satu) {
				besar = true
			}
		}
		out[col] = total > 0 && (pct*2 > total || !besar)
	}
	return out
}

// nilaiSel reads a cell's cached value as a figure: a number, a blank (an
// empty cell, "-" or "–"), or a printed error. A number the sheet stores
// as text is read the Indonesian way by anggaran.ParseAngka for the
// column's kind (Rp: "1.500" is 1500; %: "1.500" is ambiguous and
// refused); anything else is an error.
func nilaiSel(c xlsx.Cell, jenis anggaran.Jenis) (Nilai, error) {
	v := strings.TrimSpace(c.Value)
	switch c.Kind {
	case xlsx.KindError:
		return Nilai{Galat: v}, nil
	case xlsx.KindBool, xlsx.KindDate:
		return Nilai{}, fmt.Errorf("%q bukan angka", c.Value)
	}
	if v == "" || v == "-" || v == "–" || v == "—" {
		return Nilai{}, nil
	}
	if c.Kind == xlsx.KindString {
		if strings.HasPrefix(v, "#") {
			return Nilai{Galat: v}, nil
		}
		d, err := anggaran.ParseAngka(v, jenis)
		if err != nil {
			return Nilai{}, err // names the text and what is wrong with it
		}
		return N(d), nil
	}
	d, err := decimal.NewFromString(v)
	if err != nil {
		return Nilai{}, fmt.Errorf("%q bukan angka", c.Value)
	}
	return N(d), nil
}

// barisRumus returns the sheet rows a cell's formula adds up when it is a
// plain sum of cells of its own column ("SUM(K15:K21)",
// "SUM(K14+K22+K27)", "SUM(AA85,AA87:AA88)", "K109"), nil otherwise.
func barisRumus(c xlsx.Cell) []int {
	f := strings.TrimSpace(c.Formula)
	if f == "" {
		return nil
	}
	f = strings.TrimLeft(f, "=+")
	if up := strings.ToUpper(f); strings.HasPrefix(up, "SUM(") && strings.HasSuffix(f, ")") {
		f = f[4 : len(f)-1]
	}
	if f == "" || strings.ContainsAny(f, "-*/()\"!^&<>=") {
		return nil
	}
	col := xlsx.ColumnName(c.Col)
	var rows []int
	for _, term := range strings.FieldsFunc(f, func(r rune) bool { return r == '+' || r == ',' }) {
		parts := strings.Split(strings.TrimSpace(term), ":")
		lo, hi := 0, 0
		for _, p := range parts {
			p = strings.ReplaceAll(strings.TrimSpace(p), "$", "")
			r, cc, err := xlsx.ParseRef(p)
			if err != nil || xlsx.ColumnName(cc) != col {
				return nil
			}
			if lo == 0 || r < lo {
				lo = r
			}
			if r > hi {
				hi = r
			}
		}
		if hi-lo+len(rows) > 10000 {
			return nil // not a form's sum: too many rows
		}
		for r := lo; r <= hi; r++ {
			rows = append(rows, r)
		}
	}
	return rows
}

// susunPohon builds the tree of the form from its formulas, then from its
// layout, and sets every row's level (see the package doc).
func susunPohon(f *Formulir, sheetRow map[int]int, rumus map[int][][]int) {
	parent := make([]int, len(f.Baris))
	for i := range parent {
		parent[i] = -1
	}
	// The children of a row: those its Rp formulas add, the set most
	// columns agree on (the first column wins a tie).
	for i := range f.Baris {
		sets := rumus[i]
		best, bestN := -1, 0
		for a := range sets {
			n := 0
			for b := range sets {
				if equalInts(sets[a], sets[b]) {
					n++
				}
			}
			if n > bestN {
				best, bestN = a, n
			}
		}
		if best < 0 {
			continue
		}
		for _, r := range sets[best] {
			c, ok := sheetRow[r]
			if !ok || c <= i || f.Baris[c].Lanjutan {
				continue
			}
			parent[c] = i // a nearer parent, later in the sheet, wins
		}
	}
	namaProgram := func(b *BarisFormulir) bool {
		// "Program …", also mistyped by a letter ("Progam", "Porgram").
		first, _, ok := strings.Cut(strings.ToLower(b.Nama), " ")
		return ok && (first == "program" || jarak1(first, "program"))
	}
	for i := range f.Baris {
		b := &f.Baris[i]
		low := strings.ToLower(b.Nama)
		switch {
		case b.Lanjutan:
		case namaProgram(b):
			b.Tingkat = Program
		case strings.HasPrefix(low, "sub kegiatan ") || strings.HasPrefix(low, "subkegiatan "):
			b.Tingkat = SubKegiatan
		case strings.HasPrefix(low, "kegiatan "):
			b.Tingkat = Kegiatan
		}
	}
	hasChild := make([]bool, len(f.Baris))
	programBawah := make([]bool, len(f.Baris)) // has a program among its children
	for c, p := range parent {
		if p >= 0 {
			hasChild[p] = true
			programBawah[p] = programBawah[p] || f.Baris[c].Tingkat == Program
		}
	}
	// Without formulas (a form typed in as values, none of its rows a
	// sum): a row whose pagu (column 8 Rp, else 6 Rp) is the sum of the
	// rows right below it is their kegiatan. A form with formulas is
	// left to them: there two equal amounts are a copied pagu, not a sum.
	uang := func(i int) (decimal.Decimal, bool) {
		b := &f.Baris[i]
		for _, v := range []Nilai{b.Target.Rp, b.Renstra.Rp} {
			if v.Ada && v.Angka.IsPositive() {
				return v.Angka, true
			}
		}
		return decimal.Decimal{}, false
	}
	bebas := func(i int) bool {
		b := &f.Baris[i]
		return !b.Lanjutan && b.Tingkat != Program && parent[i] < 0 && !hasChild[i]
	}
	for i := 0; i < len(f.Baris) && len(rumus) == 0; i++ {
		if !bebas(i) || i == 0 {
			continue
		}
		total, ok := uang(i)
		if !ok {
			continue
		}
		sum := decimal.Zero
		var anak []int
		for j := i + 1; j < len(f.Baris) && bebas(j) && len(anak) < 1000; j++ {
			if f.Baris[j].Lanjutan {
				continue
			}
			v, ok := uang(j)
			if !ok {
				v = decimal.Zero
			}
			sum = sum.Add(v)
			anak = append(anak, j)
			if sum.GreaterThanOrEqual(total) {
				break
			}
		}
		if len(anak) > 0 && sum.Equal(total) {
			for _, j := range anak {
				parent[j] = i
			}
			hasChild[i] = true
			i = anak[len(anak)-1]
		}
	}
	// Layout: a row with no parent that is not a program belongs to the
	// program above it when it has children of its own (a kegiatan), or to
	// the kegiatan above it when it has none (a sub kegiatan).
	lastProgram, lastKegiatan := -1, -1
	for i := range f.Baris {
		b := &f.Baris[i]
		if b.Lanjutan {
			continue
		}
		if b.Tingkat == Program {
			lastProgram, lastKegiatan = i, -1
			continue
		}
		if parent[i] >= 0 {
			if parent[i] == lastProgram || (parent[i] >= 0 && f.Baris[parent[i]].Tingkat == Program) {
				lastKegiatan = i
			}
			continue
		}
		if hasChild[i] && lastProgram >= 0 && !programBawah[i] {
			parent[i] = lastProgram
			lastKegiatan = i
		} else if !hasChild[i] && lastKegiatan >= 0 && lastKegiatan > lastProgram {
			parent[i] = lastKegiatan
		}
	}
	// Levels: below a program kegiatan then sub kegiatan; above it bidang
	// then urusan. Parents come before their children, so one pass down
	// and one pass up settle every row.
	kids := make([][]int, len(f.Baris))
	for c, p := range parent {
		if p >= 0 {
			kids[p] = append(kids[p], c)
		}
	}
	for i := range f.Baris {
		b := &f.Baris[i]
		if b.Lanjutan || b.Tingkat != TingkatTidakDiketahui || parent[i] < 0 {
			continue
		}
		switch f.Baris[parent[i]].Tingkat {
		case Program:
			b.Tingkat = Kegiatan
		case Kegiatan:
			b.Tingkat = SubKegiatan
		}
	}
	for i := len(f.Baris) - 1; i >= 0; i-- {
		b := &f.Baris[i]
		if b.Lanjutan || b.Tingkat != TingkatTidakDiketahui {
			continue
		}
		for _, c := range kids[i] {
			switch f.Baris[c].Tingkat {
			case Program:
				b.Tingkat = Bidang
			case Bidang:
				b.Tingkat = Urusan
			}
		}
	}
	// A further indicator shares the level and parent of its row.
	for i := range f.Baris {
		b := &f.Baris[i]
		if !b.Lanjutan {
			b.Induk = parent[i]
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if !f.Baris[j].Lanjutan {
				b.Tingkat = f.Baris[j].Tingkat
				b.Induk = j
				break
			}
		}
	}
	for i := range f.Baris {
		if p := f.Baris[i].Induk; p >= 0 && !f.Baris[i].Lanjutan {
			f.Baris[p].Anak = append(f.Baris[p].Anak, i)
		}
	}
	for i := range f.Baris {
		sort.Ints(f.Baris[i].Anak)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
