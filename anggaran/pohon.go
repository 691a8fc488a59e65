package anggaran

import (
	"cmp"
	"math"
	"math/bits"
	"slices"

	"github.com/shopspring/decimal"
)

// Pohon is a computed budget tree: every code of the rows and every
// ancestor of those codes (urusan, bidang urusan, program, kegiatan) as a
// node, in table order (sorted by code, a parent before its children),
// with the grand total as node 0. Leaves are the rows without descendants;
// every other node holds the sums of the leaves below it. Build one with
// [Anggaran.Compute] or [Compute]; it does not change afterwards and is safe
// for concurrent reading.
type Pohon struct {
	simpul   []simpul
	nilai    []nilaiSimpul // sums of parents (and of duplicate leaves), slow mode
	cepat    bool          // sums are in jumlah64, as counts of 10^e
	e        int32
	jumlah64 [][3]int64 // sums of parents (and of duplicate leaves), fast mode
	// fisik64 parallels jumlah64 when some row has a realisasi fisik:
	// the pagu-weighted fisik sums of [Pohon.fisik], with fisik as counts
	// of 10^ef; nil otherwise.
	fisik64 []fisikSimpul
	ef      int32
	rincian []Rincian
	jumlah  *Rincian
	awalan  Kode
	opsi    Opsi
	ganda   []int32 // rows whose code repeats the code of an earlier row
	kosong  []int32 // rows without a code, left out of the sums
	// posisi are the rows' positional codes when the table was printed
	// without codes ([Rincian.Tingkat]), nil otherwise.
	posisi []Kode
}

// kodeBaris returns the code row i is placed by: its own, or its
// positional code in a table without codes.
func (p *Pohon) kodeBaris(i int32) Kode {
	if p.posisi != nil {
		return p.posisi[i]
	}
	return p.rincian[i].Kode
}

// simpul is one node. It holds no pointers (the garbage collector never
// scans the node slice): a leaf's amounts stay in its input row, a
// parent's sums are in Pohon.jumlah64 (or Pohon.nilai when the amounts
// did not fit in int64), turned into decimals only when read.
type simpul struct {
	kode   Kode
	baris  int32 // first input row with this code, -1 for a computed parent
	akhir  int32 // one past the last node of the subtree
	induk  int32
	nBaris int32 // rows with this code; more than one is a duplicate
	jumlah int32 // index in Pohon.jumlah64 or Pohon.nilai, -1 when the amounts are the row's
	ada    uint8 // adaPagu|adaRealisasi|adaMurni: the amount is complete
	daun   bool
}

// nilaiSimpul are the computed sums of one node.
type nilaiSimpul struct {
	pagu, real, murni decimal.Decimal
}

const (
	adaPagu uint8 = 1 << iota
	adaRealisasi
	adaMurni
)

// amounts returns node i's pagu, realisasi and pagu murni (each valid
// only when its ada bit is set).
func (p *Pohon) amounts(i int) (pagu, real, murni decimal.Decimal) {
	s := &p.simpul[i]
	if s.jumlah >= 0 && p.cepat {
		n := &p.jumlah64[s.jumlah]
		var row *Rincian
		if s.baris >= 0 {
			row = &p.rincian[s.baris]
		}
		if s.ada&adaPagu != 0 {
			pagu = desimal64(n[0], p.e, row, func(r *Rincian) decimal.NullDecimal { return r.Pagu })
		}
		if s.ada&adaRealisasi != 0 {
			real = desimal64(n[1], p.e, row, func(r *Rincian) decimal.NullDecimal { return r.Realisasi })
		}
		if s.ada&adaMurni != 0 {
			murni = desimal64(n[2], p.e, row, func(r *Rincian) decimal.NullDecimal { return r.PaguMurni })
		}
		return pagu, real, murni
	}
	if s.jumlah >= 0 {
		n := &p.nilai[s.jumlah]
		return n.pagu, n.real, n.murni
	}
	if s.baris < 0 {
		return
	}
	r := &p.rincian[s.baris]
	return r.Pagu.Decimal, r.Realisasi.Decimal, r.PaguMurni.Decimal
}

// Compute computes the budget tree of the section's rows ([Compute]);
// a nil section gives the empty tree.
func (a *Anggaran) Compute(opsi Opsi) *Pohon {
	if a == nil {
		return Compute(nil, nil, Kode{}, opsi) // an empty tree
	}
	return Compute(a.Rincian, a.Jumlah, a.UrusanBidang, opsi)
}

// Compute computes the budget tree of rows given at any level, in any
// order. The rows are read, not copied or changed; the tree refers to
// them. jumlah (the printed grand total, may be nil) and awalan (the
// urusan/bidang of the document, for short codes in lookups) are kept for
// reference.
//
// The rules, in order:
//  1. A row whose code has no descendant among the rows is a leaf; its
//     amounts are data. Every other node is the sum of the leaves below it.
//  2. Rows with the same code are duplicates: a leaf sums them all (so no
//     amount is lost), a parent keeps the first as its printed row.
//  3. A sum is present only when every leaf below has the amount: a
//     missing realisasi is not zero, so a parent with one leaf lacking it
//     has no realisasi either.
//  4. Rows without a code are left out of the sums, except in a table
//     where no row has a code and rows give their level
//     ([Rincian.Tingkat]): each row is then placed by its level and its
//     place (a kegiatan under the program above it, a sub kegiatan under
//     the kegiatan above it) with a positional code that is never printed
//     ([Kode.TanpaKode]); a row that cannot be placed so (no level, a sub
//     kegiatan before any kegiatan) is left out.
//
// The rollup sorts the rows once by their integer code (skipped when they
// are already in order) and sums in one pass; amounts that fit in 18
// digits at a common scale are added as int64 with overflow checks, others
// with decimal arithmetic. Both give exact results.
func Compute(rows []Rincian, jumlah *Rincian, awalan Kode, opsi Opsi) *Pohon {
	p := &Pohon{rincian: rows, jumlah: jumlah, awalan: awalan, opsi: opsi}
	if tanpaKode(rows) {
		p.posisi = kodePosisi(rows, awalan, nil)
	}
	b := pembangun{p: p}
	b.urut = urutkan(p)
	nodes, parents, e, cepat, ef, adaFisik := survei(p, b.urut)
	b.e, b.cepat = e, cepat
	b.ef, b.fisik = ef, adaFisik && ef >= -18
	if b.urut != nil && b.cepat {
		// Rows out of order are visited at random: read their amounts
		// once, in order, into a compact array first.
		b.cepat = b.kumpulkan()
	}
	p.simpul = make([]simpul, 0, nodes)
	if b.cepat {
		p.jumlah64 = make([][3]int64, 0, parents)
	}
	if !b.bangun() {
		b.cepat = false
		b.bangun()
	}
	return p
}

// kunci is a row's code and index, the unit of sorting.
type kunci struct {
	k uint64
	i int32
}

// urutkan returns the rows' codes and indices in code order (rows with
// the same code in input order), or nil when the rows already are in
// non-decreasing code order.
func urutkan(p *Pohon) []kunci {
	rows := p.rincian
	sorted := true
	for i := int32(1); i < int32(len(rows)); i++ {
		if p.kodeBaris(i).v < p.kodeBaris(i-1).v {
			sorted = false
			break
		}
	}
	if sorted {
		return nil
	}
	ks := make([]kunci, len(rows))
	for i := range rows {
		ks[i] = kunci{p.kodeBaris(int32(i)).v, int32(i)}
	}
	if len(ks) < 1<<12 {
		slices.SortStableFunc(ks, func(a, b kunci) int { return cmp.Compare(a.k, b.k) })
		return ks
	}
	return radix(ks)
}

// radix sorts by code with a stable least-significant-digit radix sort,
// one byte per pass over the 64 bits of a Kode (the top one marks a
// positional code, [Kode.TanpaKode]), skipping the bytes that
// are the same in every code.
func radix(ks []kunci) []kunci {
	src, dst := ks, make([]kunci, len(ks))
	for shift := uint(0); shift < 64; shift += 8 {
		var count [256]int
		for _, k := range src {
			count[byte(k.k>>shift)]++
		}
		if count[byte(src[0].k>>shift)] == len(src) {
			continue
		}
		pos := 0
		for i, c := range count {
			count[i] = pos
			pos += c
		}
		for _, k := range src {
			b := byte(k.k >> shift)
			dst[count[b]] = k
			count[b]++
		}
		src, dst = dst, src
	}
	return src
}

// survei returns the number of nodes (rows plus their distinct ancestors,
// the root included), an estimate of the number of parents, and the
// smallest exponent of the amounts with whether it is small enough for
// int64 arithmetic to be worth trying, and the smallest exponent of the
// realisasi fisik with whether any row has one. Every pass is sequential:
// the exponents in input order, the codes in sorted order.
func survei(p *Pohon, urut []kunci) (nodes, parents int, e int32, cepat bool, ef int32, adaFisik bool) {
	rows := p.rincian
	for i := range rows {
		row := &rows[i]
		for _, d := range [...]*decimal.NullDecimal{&row.Pagu, &row.Realisasi, &row.PaguMurni} {
			if d.Valid && d.Decimal.Exponent() < e {
				e = d.Decimal.Exponent()
			}
		}
		if row.Fisik.Valid {
			adaFisik = true
			ef = min(ef, row.Fisik.Decimal.Exponent())
		}
	}
	nodes = 1
	var prev Kode
	for pos := range rows {
		var k Kode
		if urut != nil {
			k = Kode{urut[pos].k}
		} else {
			k = p.kodeBaris(int32(pos))
		}
		j := k.Jenjang()
		if !prev.IsZero() && prev != k && prev.Contains(k) {
			parents++ // the previous row has a descendant: a printed subtotal
		}
		for l := Jenjang(1); l <= j; l++ {
			if k.Pada(l) != prev.Pada(l) || prev.Jenjang() < l {
				nodes += int(j - l + 1)
				parents += int(j - l) // the new ancestors of the row
				break
			}
		}
		prev = k
	}
	return nodes, parents + 1, e, e >= -18, ef, adaFisik
}

// daunCepat are a row's amounts as int64 counts of 10^e, and which of them
// are present (adaPagu|adaRealisasi|adaMurni).
type daunCepat struct {
	n   [3]int64
	ada uint8
}

// kumpulkan fills b.ringkas in input order; it reports false when an
// amount does not fit in int64 at the common exponent.
func (b *pembangun) kumpulkan() bool {
	rows := b.p.rincian
	b.ringkas = make([]daunCepat, len(rows))
	for i := range rows {
		c := &b.ringkas[i]
		for f := range nField {
			d := bidang(&rows[i], f)
			if !d.Valid {
				continue
			}
			v, ok := skala(d.Decimal, b.e)
			if !ok {
				b.ringkas = nil
				return false
			}
			c.n[f] = v
			c.ada |= 1 << f
		}
	}
	return true
}

// jumlahan accumulates the three amounts of the leaves below one node.
type jumlahan struct {
	n    [3]int64           // int64 sums at the common exponent (fast mode)
	d    [3]decimal.Decimal // decimal sums (slow mode)
	ada  [3]int32           // leaves with the amount
	daun int32              // leaves
	f    fisikSimpul        // fisik × pagu of the leaves (fast mode with fisik)
}

// fisikSimpul is the sum ΣF·P over the leaves below a node of their fisik
// F (a count of 10^ef) times their pagu P (a count of 10^e), in 128 bits,
// with the number of leaves that contributed (a single row with both
// values) and of leaves in all. rusak says that a leaf's values could not
// be taken as non-negative integers (or the sum overflowed): the node's
// fisik is then computed with decimals.
type fisikSimpul struct {
	hi, lo  uint64
	n, daun int32
	rusak   bool
}

// tambah adds the sums of o.
func (f *fisikSimpul) tambah(o *fisikSimpul) {
	var c uint64
	f.lo, c = bits.Add64(f.lo, o.lo, 0)
	f.hi, c = bits.Add64(f.hi, o.hi, c)
	f.n += o.n
	f.rusak = f.rusak || o.rusak || c != 0
}

type pembangun struct {
	p       *Pohon
	urut    []kunci
	e       int32
	cepat   bool
	ringkas []daunCepat // amounts of each row as int64 (unsorted fast mode)
	ef      int32       // the smallest exponent of the rows' fisik
	fisik   bool        // sum fisik × pagu per node (fast mode, some row has fisik)
	buka    [6]int32    // open node per level
	acc     [6]jumlahan // sums of the open node per level
	own     [6]jumlahan // the open node's own rows (used when it is a leaf)
}

const nField = 3

func bidang(r *Rincian, f int) *decimal.NullDecimal {
	switch f {
	case 0:
		return &r.Pagu
	case 1:
		return &r.Realisasi
	}
	return &r.PaguMurni
}

// bangun runs the rollup; it reports false when the fast mode met a value
// or a sum that does not fit, and must be run again in slow mode.
func (b *pembangun) bangun() bool {
	p := b.p
	rows := p.rincian
	n := len(rows)
	p.ganda, p.kosong = p.ganda[:0], p.kosong[:0]
	p.simpul, p.nilai, p.jumlah64, p.fisik64 = p.simpul[:0], p.nilai[:0], p.jumlah64[:0], nil
	p.cepat, p.e, p.ef = b.cepat, b.e, b.ef
	p.simpul = append(p.simpul, simpul{baris: -1, induk: -1, jumlah: -1})
	b.buka[0] = 0
	b.acc[0] = jumlahan{}
	dalam := Jenjang(0)
	for pos := range n {
		r := int32(pos)
		if b.urut != nil {
			r = b.urut[pos].i
		}
		var k Kode
		if b.urut != nil {
			k = Kode{b.urut[pos].k}
		} else {
			k = p.kodeBaris(r)
		}

		if k.IsZero() {
			p.kosong = append(p.kosong, r)
			continue
		}
		j := k.Jenjang()
		if dalam == j && p.simpul[b.buka[j]].kode == k {
			p.ganda = append(p.ganda, r)
			p.simpul[b.buka[j]].nBaris++
			if !b.tambahBaris(&b.own[j], r) {
				return false
			}
			continue
		}
		for dalam >= 1 && (dalam >= j || p.simpul[b.buka[dalam]].kode != k.Pada(dalam)) {
			if !b.tutup(dalam) {
				return false
			}
			dalam--
		}
		for l := dalam + 1; l < j; l++ {
			b.bukaSimpul(l, k.Pada(l), -1)
		}
		b.bukaSimpul(j, k, r)
		b.own[j] = jumlahan{}
		if !b.tambahBaris(&b.own[j], r) {
			return false
		}
		dalam = j
	}
	for ; dalam >= 1; dalam-- {
		if !b.tutup(dalam) {
			return false
		}
	}
	root := &p.simpul[0]
	root.akhir = int32(len(p.simpul))
	root.daun = false
	return b.isiJumlah(root, &b.acc[0])
}

func (b *pembangun) bukaSimpul(l Jenjang, k Kode, r int32) {
	p := b.p
	induk := b.buka[l-1]
	nb := int32(0)
	if r >= 0 {
		nb = 1
	}
	p.simpul = append(p.simpul, simpul{kode: k, baris: r, induk: induk, nBaris: nb, jumlah: -1})
	b.buka[l] = int32(len(p.simpul) - 1)
	b.acc[l] = jumlahan{}
}

// tambahBaris adds the amounts of row i to acc.
func (b *pembangun) tambahBaris(acc *jumlahan, i int32) bool {
	if b.cepat && b.ringkas != nil {
		c := &b.ringkas[i]
		for f := range nField {
			if c.ada&(1<<f) == 0 {
				continue
			}
			acc.ada[f]++
			var ok bool
			if acc.n[f], ok = tambah64(acc.n[f], c.n[f]); !ok {
				return false
			}
		}
		return true
	}
	r := &b.p.rincian[i]
	for f := range nField {
		d := bidang(r, f)
		if !d.Valid {
			continue
		}
		acc.ada[f]++
		if b.cepat {
			v, ok := skala(d.Decimal, b.e)
			if !ok {
				return false
			}
			if acc.n[f], ok = tambah64(acc.n[f], v); !ok {
				return false
			}
		} else {
			acc.d[f] = acc.d[f].Add(d.Decimal)
		}
	}
	return true
}

// tutup closes the open node of level l and adds its sums to its parent.
func (b *pembangun) tutup(l Jenjang) bool {
	p := b.p
	i := b.buka[l]
	s := &p.simpul[i]
	s.akhir = int32(len(p.simpul))
	var src *jumlahan
	if s.akhir == i+1 {
		s.daun = true
		src = &b.own[l]
		// One leaf, whatever its number of rows: an amount is present when
		// every row of the leaf has it.
		src.daun = 1
		for f := range nField {
			if src.ada[f] == s.nBaris {
				src.ada[f] = 1
			} else {
				src.ada[f] = 0
			}
		}
		if s.nBaris == 1 && b.cepat && b.ringkas != nil {
			s.ada = b.ringkas[s.baris].ada
		} else if s.nBaris == 1 {
			r := &p.rincian[s.baris]
			s.ada = 0
			if r.Pagu.Valid {
				s.ada |= adaPagu
			}
			if r.Realisasi.Valid {
				s.ada |= adaRealisasi
			}
			if r.PaguMurni.Valid {
				s.ada |= adaMurni
			}
		} else if !b.isiJumlah(s, src) {
			return false
		}
		src.f = b.fisikDaun(s)
	} else {
		src = &b.acc[l]
		if !b.isiJumlah(s, src) {
			return false
		}
	}
	dst := &b.acc[l-1]
	dst.daun += src.daun
	if b.fisik && b.cepat {
		dst.f.tambah(&src.f)
	}
	for f := range nField {
		dst.ada[f] += src.ada[f]
		if b.cepat {
			var ok bool
			if dst.n[f], ok = tambah64(dst.n[f], src.n[f]); !ok {
				return false
			}
		} else {
			dst.d[f] = dst.d[f].Add(src.d[f])
		}
	}
	return true
}

// fisikDaun returns the fisik sum of leaf s: F·P of its row when it is
// its only row and has both values (as non-negative integers at ef and e).
func (b *pembangun) fisikDaun(s *simpul) fisikSimpul {
	if !b.fisik || !b.cepat || s.nBaris != 1 {
		return fisikSimpul{}
	}
	r := &b.p.rincian[s.baris]
	if !r.Fisik.Valid || !r.Pagu.Valid {
		return fisikSimpul{}
	}
	fv, ok1 := skala(r.Fisik.Decimal, b.ef)
	pv, ok2 := skala(r.Pagu.Decimal, b.e)
	if !ok1 || !ok2 || fv < 0 || pv < 0 {
		return fisikSimpul{rusak: true}
	}
	hi, lo := bits.Mul64(uint64(fv), uint64(pv))
	return fisikSimpul{hi: hi, lo: lo, n: 1}
}

// isiJumlah sets the node's amounts from the sums in acc: an amount is
// present when every leaf below has it. In fast mode the sums stay int64
// (no allocation); [Pohon.amounts] makes decimals of them when read.
func (b *pembangun) isiJumlah(s *simpul, acc *jumlahan) bool {
	s.ada = 0
	for f := range nField {
		if acc.ada[f] == acc.daun && acc.daun > 0 {
			s.ada |= 1 << f
		}
	}
	if b.cepat {
		s.jumlah = int32(len(b.p.jumlah64))
		b.p.jumlah64 = append(b.p.jumlah64, acc.n)
		if b.fisik {
			f := acc.f
			f.daun = acc.daun
			b.p.fisik64 = append(b.p.fisik64, f)
		}
		return true
	}
	s.jumlah = int32(len(b.p.nilai))
	b.p.nilai = append(b.p.nilai, nilaiSimpul{pagu: acc.d[0], real: acc.d[1], murni: acc.d[2]})
	return true
}

// desimal64 returns v × 10^e as a decimal. When the node's row prints
// the same amount at the same scale (LKIP tables print their subtotals,
// and they normally agree), the row's decimal is returned instead of a new
// one: decimals are immutable, and this saves two allocations per amount.
func desimal64(v int64, e int32, row *Rincian, f func(*Rincian) decimal.NullDecimal) decimal.Decimal {
	if row != nil {
		if c := f(row); sama64(c, v, e) {
			return c.Decimal
		}
	}
	return decimal.New(v, e)
}

// sama64 reports whether c is present and is exactly v × 10^e written at
// scale e.
func sama64(c decimal.NullDecimal, v int64, e int32) bool {
	return c.Valid && c.Decimal.Exponent() == e && c.Decimal.NumDigits() <= 18 && c.Decimal.CoefficientInt64() == v
}

// skala returns d as an integer count of 10^e, when it fits in int64.
func skala(d decimal.Decimal, e int32) (int64, bool) {
	if d.NumDigits() > 18 {
		return 0, false
	}
	c := d.CoefficientInt64()
	for s := d.Exponent() - e; s > 0; s-- {
		if c > math.MaxInt64/10 || c < math.MinInt64/10 {
			return 0, false
		}
		c *= 10
	}
	return c, true
}

// tambah64 adds with an overflow check.
func tambah64(a, b int64) (int64, bool) {
	s := a + b
	if (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0) {
		return 0, false
	}
	return s, true
}
