package anggaran

import (
	"cmp"
	"math/bits"
	"slices"

	"github.com/pemkab/sakip/internal/tetap"
	"github.com/shopspring/decimal"
)

// Pohon is a computed budget tree: every code of the rows and every
// ancestor of those codes (urusan, bidang urusan, program, kegiatan) as a
// node, in table order (sorted by code, a parent before its children),
// with the grand total as node 0. Leaves are the rows without descendants;
// every other node holds the sums of the leaves below it. Build one with
// [Anggaran.Compute] or [Compute]; it does not change afterwards and is safe
// for concurrent reading. Read a node with [Pohon.Baris] (decimals) or
// [Pohon.Nilai] (fixed point, without allocating).
//
// A nil *Pohon and the zero Pohon are the tree of no rows, as
// Compute(nil, nil, Kode{}, Opsi{}) gives: one node, the grand total
// (index 0), without amounts, code or name; zero options, no rows, no
// urusan/bidang. Every method answers for it; only a node index other
// than 0 panics, as any index out of range does.
type Pohon struct {
	simpul []simpul
	// nilai are, by node, the sums of parents (and of duplicate leaves)
	// in slow mode; nil in fast mode.
	nilai []nilaiSimpul
	// bendera are the flags of each node (adaPagu|adaRealisasi|adaMurni,
	// benderaDaun, benderaTunggal), beside simpul.
	bendera []uint8
	// cepat says that every amount is a whole number of sen that fits in
	// int64 ([Rupiah]) and so is every sum: simpul.n then holds the
	// amounts of every node, leaves included, and nothing is read from
	// the rows' decimals again.
	cepat bool
	// e is the exponent computed decimals are given at ([Pohon.Baris]):
	// the smallest exponent of the rows' amounts, at least -2 (sen), so
	// that a sum of whole Rupiah reads as a whole number.
	e int32
	// fisik64, by node, when some leaf has a realisasi fisik (fast mode):
	// the pagu-weighted fisik sums of [Pohon.fisik], with fisik as counts
	// of 10^ef and pagu in sen; nil otherwise.
	fisik64 []fisikSimpul
	ef      int32
	// adaFisik says that some row has a realisasi fisik: without one, no
	// node has a fisik and none is looked for.
	adaFisik bool
	rincian  []Rincian
	jumlah   *Rincian
	awalan   Kode
	opsi     Opsi
	ganda    []int32 // rows whose code repeats the code of an earlier row
	kosong   []int32 // rows without a code, left out of the sums
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

// simpul is one node, 32 bytes: its amounts and where it is. It holds no
// pointers (the garbage collector never scans the node slice): its
// amounts are in n as sen, so that building and reading a node touch one
// place (or, when the amounts did not fit, a parent's sums in Pohon.nilai
// and a leaf's in its input row), turned into decimals only when read.
// Its flags are in Pohon.bendera, by node. Its code is not kept: a node
// with a row has its row's code, a parent computed without a row its
// first child's code one level up ([Pohon.kode]); nor is its parent, the
// node of the parent code ([Pohon.Induk]), every level between a node and
// the grand total being a node.
type simpul struct {
	n     [3]int64 // pagu, realisasi, pagu murni in sen (fast mode)
	baris int32    // first input row with this code, -1 for a computed parent
	akhir int32    // one past the last node of the subtree
}

// The flags of a node in Pohon.bendera, besides which of its amounts are
// complete (adaPagu|adaRealisasi|adaMurni).
const (
	// benderaDaun marks a leaf.
	benderaDaun uint8 = 1 << 4
	// benderaTunggal says that one row has the node's code; more than one
	// is a duplicate (a parent computed without a row has none).
	benderaTunggal uint8 = 1 << 5
)

// kode returns the code of node i: its row's, or for a parent computed
// without a row its first child's one level up (the grand total's is the
// zero Kode).
func (p *Pohon) kode(i int) Kode {
	if i == 0 {
		return Kode{}
	}
	naik := Jenjang(0)
	for p.simpul[i].baris < 0 {
		i++ // a computed parent's first child, one level down
		naik++
	}
	k := p.kodeBaris(p.simpul[i].baris)
	if naik == 0 {
		return k
	}
	return k.Pada(k.Jenjang() - naik)
}

// benderaBaru returns the flags of a new node with first row r (-1 for a
// parent computed without a row) and amounts ada.
func benderaBaru(r int32, ada uint8) uint8 {
	if r >= 0 {
		return ada | benderaTunggal
	}
	return ada
}

// titik is node i of p with its flags and code, for reading it.
type titik struct {
	*simpul
	p *Pohon
	i int
}

// titik returns node i.
func (p *Pohon) titik(i int) titik { return titik{&p.simpul[i], p, i} }

// kode returns the node's code ([Pohon.kode]).
func (t titik) kode() Kode { return t.p.kode(t.i) }

// ada returns which of the node's amounts are complete
// (adaPagu|adaRealisasi|adaMurni).
func (t titik) ada() uint8 { return t.p.bendera[t.i] & semuaAda }

// daun reports whether the node is a leaf.
func (t titik) daun() bool { return t.p.bendera[t.i]&benderaDaun != 0 }

// tunggal reports whether one row has the node's code.
func (t titik) tunggal() bool { return t.p.bendera[t.i]&benderaTunggal != 0 }

// setAda sets which of node i's amounts are complete.
func (p *Pohon) setAda(i int32, a uint8) {
	p.bendera[i] = p.bendera[i]&^semuaAda | a&semuaAda
}

// indukSemua returns the parent of every node (-1 for the grand total),
// in one pass: the parent is the innermost node still open, one whose
// subtree has not ended.
func (p *Pohon) indukSemua() []int32 {
	out := make([]int32, len(p.simpul))
	var buka [JenjangSubKegiatan + 1]int32 // the open nodes, innermost last
	n := 0
	for i := range p.simpul {
		for n > 0 && p.simpul[buka[n-1]].akhir <= int32(i) {
			n--
		}
		if n == 0 {
			out[i] = -1
		} else {
			out[i] = buka[n-1]
		}
		if n < len(buka) {
			buka[n] = int32(i)
			n++
		}
	}
	return out
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
	s := p.titik(i)
	if p.cepat {
		n := &s.n
		if s.ada()&adaPagu != 0 {
			pagu = desimalPada(n[0], -2, p.e)
		}
		if s.ada()&adaRealisasi != 0 {
			real = desimalPada(n[1], -2, p.e)
		}
		if s.ada()&adaMurni != 0 {
			murni = desimalPada(n[2], -2, p.e)
		}
		return pagu, real, murni
	}
	if !s.daun() || !s.tunggal() {
		n := &p.nilai[i]
		return n.pagu, n.real, n.murni
	}
	r := &p.rincian[s.baris]
	return r.Pagu.Rupiah.Decimal(), r.Realisasi.Rupiah.Decimal(), r.PaguMurni.Rupiah.Decimal()
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
// them, and reads a node's code, name and fisik from its row: change a
// row's code or name and compute the tree again (a node's amounts are its
// own when they are whole sen). jumlah (the printed grand total, may be
// nil) and awalan (the urusan/bidang of the document, for short codes in
// lookups) are kept for reference.
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
// Rows in code order (as tables are) are summed in one pass that reads
// each row once; rows out of order are first sorted by their integer
// code. Amounts that are whole sen are added as int64 sen with overflow
// checks ([Rupiah]) and the tree keeps every node's amounts so; when an
// amount has more decimals or a sum would overflow, the whole tree is
// summed with decimal arithmetic instead. Both give exact results.
func Compute(rows []Rincian, jumlah *Rincian, awalan Kode, opsi Opsi) *Pohon {
	p := &Pohon{rincian: rows, jumlah: jumlah, awalan: awalan, opsi: opsi}
	if tanpaKode(rows) {
		p.posisi = kodePosisi(rows, awalan, nil)
	}
	// The nodes are the rows and their ancestors: a few more than the
	// rows when the table prints its subtotals, more when it gives only
	// the sub kegiatan. A table gets room for a quarter more, a large one
	// whose first rows print subtotals for a thirty-second more; once a
	// sixteenth of a large table's rows is read, the node slice is given
	// the room its nodes so far project ([pembangun.bangun]).
	ruang := len(rows) + len(rows)/4 + 8
	if len(rows) >= batasProyeksi && cetakSubtotal(p) {
		ruang = len(rows) + len(rows)/32 + 64
	}
	p.simpul, p.bendera = make([]simpul, 0, ruang), make([]uint8, 0, ruang)
	b := pembangun{p: p, cepat: true}
	// Rows in code order, as tables are, are read once: the rollup itself
	// finds out whether they are in order, and stops at the first that is
	// not ([pembangun.bangunUrut]).
	hasil := b.bangunUrut()
	meluap := hasil == lambat // some sum does not fit in int64 sen
	if meluap {
		// The decimal pass, when the rows are in order (checked first,
		// so that rows out of order are not summed twice in decimals).
		b.cepat = false
		if terurut(p) {
			hasil = b.bangun()
		} else {
			hasil = acak
		}
	}
	if hasil == acak {
		// Rows out of order are sorted, and visited at random: their
		// amounts are read once, in order, into a compact array first
		// (unless a sum already overflowed int64: then in decimals).
		b.urut = urutkan(p)
		b.cepat = !meluap && b.kumpulkan()
		if !b.cepat || b.bangun() == lambat {
			b.cepat = false
			b.bangun()
		}
	}
	p.adaFisik = b.adaFisik
	if p.cepat {
		p.e = max(b.e, -2)
		if b.adaFisik && b.ef >= -18 {
			b.isiFisik()
		}
	}
	return p
}

// kunci is a row's code and index, the unit of sorting.
type kunci struct {
	k uint64
	i int32
}

// terurut reports whether the rows are in non-decreasing code order.
func terurut(p *Pohon) bool {
	for i := int32(1); i < int32(len(p.rincian)); i++ {
		if p.kodeBaris(i).v < p.kodeBaris(i-1).v {
			return false
		}
	}
	return true
}

// urutkan returns the rows' codes and indices in code order (rows with
// the same code in input order), for rows that are not in
// non-decreasing code order.
func urutkan(p *Pohon) []kunci {
	rows := p.rincian
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

// daunCepat are a row's amounts in sen, and which of them are present
// (adaPagu|adaRealisasi|adaMurni, and adaFisik with the exponent of its
// fisik in ef, clamped to int8): all the rollup reads of a row, so that
// rows out of order are read once, in order.
type daunCepat struct {
	n   [3]int64
	ada uint8
	ef  int8
}

// adaFisik marks a row with a realisasi fisik in daunCepat.ada.
const adaFisik uint8 = 1 << 3

// kumpulkan fills b.ringkas in input order; it reports false when an
// amount is not a whole number of sen that fits in int64.
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
			v, ok := d.Rupiah.Sen()
			if !ok {
				b.ringkas = nil
				return false
			}
			b.e = eksponenSen(b.e, v)
			c.n[f] = v
			c.ada |= 1 << f
		}
		if f := &rows[i].Fisik; f.Valid {
			c.ada |= adaFisik
			c.ef = int8(min(max(f.Decimal.Exponent(), -128), 127))
		}
	}
	return true
}

// eksponenSen returns min(e, the exponent an amount of v sen is written
// at in the data file): 0 for whole Rupiah, -1 or -2 for tenths or sen.
func eksponenSen(e int32, v int64) int32 {
	if e > -2 && v%100 != 0 {
		if v%10 != 0 {
			return -2
		}
		return min(e, -1)
	}
	return e
}

// jumlahan accumulates the three amounts of the leaves below one node.
// Its decimal sums (slow mode) are beside it, in pembangun.accD or ownD,
// so that the fast mode clears and copies 44 bytes per node.
type jumlahan struct {
	n    [3]int64 // int64 sums in sen (fast mode)
	ada  [3]int32 // leaves with the amount
	daun int32    // leaves
	// baris counts the rows added with tambahBaris: a node's own rows,
	// more than one for a duplicate code.
	baris int32
}

// fisikSimpul is the sum ΣF·P over the leaves below a node of their fisik
// F (a count of 10^ef) times their pagu P (in sen), in 128 bits,
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
	p        *Pohon
	urut     []kunci
	cepat    bool
	ringkas  []daunCepat // amounts of each row as int64 (unsorted fast mode)
	e        int32       // the smallest exponent of the amounts (fast mode), at most 0
	ef       int32       // the smallest exponent of the leaves' fisik, at most 0
	adaFisik bool        // some leaf has a fisik
	buka     [6]int32    // open node per level
	bukaKode [6]Kode     // its code
	acc      [6]jumlahan // sums of the open node per level
	own      [6]jumlahan // the open node's own rows (used when it is a leaf)
	// accD and ownD are the decimal sums of acc and own (slow mode).
	accD, ownD [6][3]decimal.Decimal
}

const nField = 3

func bidang(r *Rincian, f int) *NullRupiah {
	switch f {
	case 0:
		return &r.Pagu
	case 1:
		return &r.Realisasi
	}
	return &r.PaguMurni
}

// batasProyeksi is the number of rows from which Compute sizes the node
// slice from the nodes of the first rows.
const batasProyeksi = 1 << 12

// cetakSubtotal reports whether some of the first 64 rows is above the
// sub kegiatan level: a table that prints its subtotals has about a node
// per row.
func cetakSubtotal(p *Pohon) bool {
	for i := range int32(min(len(p.rincian), 64)) {
		if k := p.kodeBaris(i); !k.IsZero() && k.Jenjang() < JenjangSubKegiatan {
			return true
		}
	}
	return false
}

// hasilBangun is how a run of the rollup ended.
type hasilBangun uint8

const (
	selesai hasilBangun = iota // the tree is built
	lambat                     // fast mode met a value or a sum that does not fit: run again in slow mode
	acak                       // rows taken in input order are out of code order: sort them and run again
)

// tambahRuang grows the node slice and its flags, at the pos-th of n rows
// (a sixteenth of a large table), to the nodes so far × n / pos and a
// sixty-fourth more, when that is more than they hold.
func tambahRuang(ns []simpul, bd []uint8, n, pos int) ([]simpul, []uint8) {
	perlu := int(int64(len(ns)) * int64(n) / int64(pos))
	perlu += perlu/64 + 64
	if perlu <= cap(ns) {
		return ns, bd
	}
	// exactly perlu (slices.Grow would round a large slice up by a
	// quarter through append's growth)
	return append(make([]simpul, 0, perlu), ns...), append(make([]uint8, 0, perlu), bd...)
}

// bangun runs the rollup: on sorted rows (b.urut) in either mode, or in
// slow mode on rows in input order that [terurut] found in code order;
// rows in input order in fast mode are [pembangun.bangunUrut]'s. It
// returns selesai or, in fast mode, lambat.
func (b *pembangun) bangun() hasilBangun {
	p := b.p
	rows := p.rincian
	n := len(rows)
	p.ganda, p.kosong = p.ganda[:0], p.kosong[:0]
	p.simpul, p.bendera, p.nilai, p.fisik64 = p.simpul[:0], p.bendera[:0], p.nilai[:0], nil
	if b.cepat {
		p.nilai = nil // a decimal pass before this one leaves nothing behind
	}
	p.cepat = b.cepat
	b.adaFisik, b.ef = false, 0
	if b.ringkas == nil {
		b.e = 0
	}
	p.simpul, p.bendera = append(p.simpul, simpul{baris: -1}), append(p.bendera, 0)
	if !b.cepat {
		p.nilai = append(p.nilai, nilaiSimpul{})
	}
	b.buka[0], b.bukaKode[0] = 0, Kode{}
	b.acc[0], b.accD[0] = jumlahan{}, [3]decimal.Decimal{}
	dalam := Jenjang(0)
	proyeksi := -1
	if n >= batasProyeksi {
		proyeksi = n / 16
	}
	for pos := range n {
		if pos == proyeksi {
			// nodes so far × n / pos, and a sixty-fourth more
			p.simpul, p.bendera = tambahRuang(p.simpul, p.bendera, n, pos)
		}
		r := int32(pos)
		var k Kode
		if b.urut != nil {
			r, k = b.urut[pos].i, Kode{b.urut[pos].k}
		} else {
			k = p.kodeBaris(r)
		}

		if k.IsZero() {
			p.kosong = append(p.kosong, r)
			continue
		}
		j := k.Jenjang()
		if dalam == j && b.bukaKode[j] == k {
			p.ganda = append(p.ganda, r)
			p.bendera[b.buka[j]] &^= benderaTunggal
			if b.cepat {
				if !b.barisCepat(b.buka[j], r, false) {
					return lambat
				}
			} else {
				b.tambahBaris(&b.own[j], &b.ownD[j], r)
			}
			continue
		}
		for dalam >= 1 && (dalam >= j || b.bukaKode[dalam] != k.Pada(dalam)) {
			if !b.tutup(dalam) {
				return lambat
			}
			dalam--
		}
		for l := dalam + 1; l < j; l++ {
			b.bukaSimpul(l, k.Pada(l), -1)
		}
		b.bukaSimpul(j, k, r)
		if b.cepat {
			if !b.barisCepat(b.buka[j], r, true) {
				return lambat
			}
		} else {
			b.own[j], b.ownD[j] = jumlahan{}, [3]decimal.Decimal{}
			b.tambahBaris(&b.own[j], &b.ownD[j], r)
		}
		dalam = j
	}
	for ; dalam >= 1; dalam-- {
		if !b.tutup(dalam) {
			return lambat
		}
	}
	p.simpul[0].akhir = int32(len(p.simpul))
	p.bendera[0] &^= benderaDaun
	b.isiJumlah(0, &b.acc[0], &b.accD[0])
	return selesai
}

func (b *pembangun) bukaSimpul(l Jenjang, k Kode, r int32) {
	p := b.p
	p.simpul, p.bendera = append(p.simpul, simpul{baris: r}), append(p.bendera, benderaBaru(r, 0))
	if !b.cepat {
		p.nilai = append(p.nilai, nilaiSimpul{})
	}
	b.buka[l], b.bukaKode[l] = int32(len(p.simpul)-1), k
	b.acc[l] = jumlahan{}
	if !b.cepat {
		b.accD[l] = [3]decimal.Decimal{}
	}
}

// barisCepat puts the amounts of row r, in sen, in node i (fast mode,
// rows sorted: from b.ringkas, which [pembangun.kumpulkan] filled; rows in
// order are summed by [pembangun.bangunUrut]): as the node's amounts for
// its first row, added to them for a duplicate. The node's ada bits are
// those every one of its rows has. Until the node is closed, those are a
// leaf's amounts; a parent's are then its sums. It reports false when a
// sum does not fit.
func (b *pembangun) barisCepat(i, r int32, pertama bool) bool {
	c := &b.ringkas[r]
	n, ada := c.n, c.ada&(adaPagu|adaRealisasi|adaMurni)
	s := b.p.titik(int(i))
	if pertama {
		s.n = n
		b.p.setAda(i, ada)
		return true
	}
	for f := range nField {
		var ok bool
		if s.n[f], ok = tambah64(s.n[f], n[f]); !ok {
			return false
		}
	}
	b.p.setAda(i, s.ada()&ada)
	return true
}

// tambahBaris adds the amounts of row i to acc and accD (slow mode).
func (b *pembangun) tambahBaris(acc *jumlahan, accD *[3]decimal.Decimal, i int32) {
	acc.baris++
	r := &b.p.rincian[i]
	for f, d := range [nField]*NullRupiah{&r.Pagu, &r.Realisasi, &r.PaguMurni} {
		if !d.Valid {
			continue
		}
		acc.ada[f]++
		accD[f] = accD[f].Add(d.Rupiah.Decimal())
	}
}

// tutup closes the open node of level l and adds its sums to its parent.
func (b *pembangun) tutup(l Jenjang) bool {
	p := b.p
	i := b.buka[l]
	s := p.titik(int(i))
	s.akhir = int32(len(p.simpul))
	var src *jumlahan
	var srcD *[3]decimal.Decimal
	if s.akhir == i+1 {
		p.bendera[i] |= benderaDaun
		if s.tunggal() {
			if b.ringkas != nil {
				// rows out of order: from the compact copy, not the row
				if c := &b.ringkas[s.baris]; c.ada&adaFisik != 0 {
					b.adaFisik = true
					b.ef = min(b.ef, int32(c.ef))
				}
			} else if f := &p.rincian[s.baris].Fisik; f.Valid {
				b.adaFisik = true
				b.ef = min(b.ef, f.Decimal.Exponent())
			}
		}
		if b.cepat {
			// Every node keeps its amounts in sen, a leaf too (barisCepat
			// put them there): reading the tree never goes back to the
			// rows' decimals.
			dst := &b.acc[l-1]
			dst.daun++
			for f := range nField {
				dst.ada[f] += int32(s.ada() >> f & 1)
				var ok bool
				if dst.n[f], ok = tambah64(dst.n[f], s.n[f]); !ok {
					return false
				}
			}
			return true
		}
		src, srcD = &b.own[l], &b.ownD[l]
		// One leaf, whatever its number of rows: an amount is present when
		// every row of the leaf has it.
		src.daun = 1
		for f := range nField {
			if src.ada[f] == src.baris {
				src.ada[f] = 1
			} else {
				src.ada[f] = 0
			}
		}
		if s.tunggal() {
			r := &p.rincian[s.baris]
			var ada uint8
			if r.Pagu.Valid {
				ada |= adaPagu
			}
			if r.Realisasi.Valid {
				ada |= adaRealisasi
			}
			if r.PaguMurni.Valid {
				ada |= adaMurni
			}
			p.setAda(i, ada)
		} else {
			b.isiJumlah(i, src, srcD)
		}
	} else {
		src, srcD = &b.acc[l], &b.accD[l]
		b.isiJumlah(i, src, srcD)
	}
	dst, dstD := &b.acc[l-1], &b.accD[l-1]
	dst.daun += src.daun
	for f := range nField {
		dst.ada[f] += src.ada[f]
		if b.cepat {
			var ok bool
			if dst.n[f], ok = tambah64(dst.n[f], src.n[f]); !ok {
				return false
			}
		} else {
			dstD[f] = dstD[f].Add(srcD[f])
		}
	}
	return true
}

// isiFisik fills Pohon.fisik64, by node, in a tree summed in sen where
// some leaf has a fisik: a leaf's F·P when it is its code's only row and
// has both values (as non-negative integers at b.ef and in sen), a
// parent's the sum of its children's. The nodes are visited from the
// last, so that a node's children are done before it.
func (b *pembangun) isiFisik() {
	p := b.p
	fs := make([]fisikSimpul, len(p.simpul))
	for i := len(p.simpul) - 1; i >= 0; i-- {
		s := p.titik(i)
		f := &fs[i]
		if s.daun() {
			f.daun = 1
			if r := &p.rincian[s.baris]; s.tunggal() && r.Fisik.Valid && r.Pagu.Valid {
				fv, ok1 := hitung(r.Fisik.Decimal, b.ef)
				pv, ok2 := r.Pagu.Rupiah.Sen()
				if !ok1 || !ok2 || fv < 0 || pv < 0 {
					f.rusak = true
				} else {
					f.hi, f.lo = bits.Mul64(uint64(fv), uint64(pv))
					f.n = 1
				}
			}
		}
		// its children, done already
		for c := i + 1; c < int(s.akhir); c = int(p.simpul[c].akhir) {
			f.tambah(&fs[c])
			f.daun += fs[c].daun
		}
	}
	p.fisik64, p.ef = fs, b.ef
}

// isiJumlah sets node i's amounts from the sums in acc: an amount is
// present when every leaf below has it. In fast mode the sums stay int64
// sen in the node (no allocation); [Pohon.Nilai] reads them as [Rupiah]
// and [Pohon.amounts] makes decimals of them.
func (b *pembangun) isiJumlah(i int32, acc *jumlahan, accD *[3]decimal.Decimal) {
	s := &b.p.simpul[i]
	var ada uint8
	for f := range nField {
		if acc.ada[f] == acc.daun && acc.daun > 0 {
			ada |= 1 << f
		}
	}
	b.p.setAda(i, ada)
	if b.cepat {
		s.n = acc.n
		return
	}
	b.p.nilai[i] = nilaiSimpul{pagu: accD[0], real: accD[1], murni: accD[2]}
}

// desimalPada returns v × 10^e as a decimal written at exponent at ≥ e
// when v is a multiple of 10^(at−e) (a sum of amounts written at that
// exponent always is), else at e.
func desimalPada(v int64, e, at int32) decimal.Decimal {
	w := v
	for x := e; x < at; x++ {
		if w%10 != 0 {
			return decimal.New(v, e)
		}
		w /= 10
	}
	return decimal.New(w, at)
}

// tambah64 adds with an overflow check.
func tambah64(a, b int64) (int64, bool) { return tetap.Tambah(a, b) }
