package anggaran

import (
	"math"
	"math/bits"
	"sort"

	"github.com/pemkab/sakip/internal/tetap"
	"github.com/shopspring/decimal"
)

// Baris is one computed row of a [Pohon]: a node's code, name and amounts.
// Amounts are NullDecimal: Valid is false when the amount cannot be
// computed (a leaf lacks it, or a percentage of a zero pagu).
type Baris struct {
	// Kode is the node's code; in a table without codes a positional one
	// ([Kode.TanpaKode]) that identifies the node and prints as "".
	Kode    Kode
	Jenjang Jenjang
	// Uraian is the name in the node's row; for a node without a named
	// row (a parent computed without a row, a row with only a code), its
	// standard name when the nomenclature knows it ([Kode.NamaBaku]);
	// otherwise empty.
	Uraian string
	// Daun is true for a leaf: its amounts are its row's, not sums.
	Daun bool
	// Indeks is the index of the node's (first) row in the input rows,
	// -1 for a parent computed without a row of its own.
	Indeks    int
	PaguMurni decimal.NullDecimal // sum of pagu sebelum perubahan
	Pagu      decimal.NullDecimal // sum of pagu setelah perubahan
	Perubahan decimal.NullDecimal // Pagu − PaguMurni
	Realisasi decimal.NullDecimal // sum of realisasi keuangan
	Sisa      decimal.NullDecimal // Pagu − Realisasi
	// Persen is Realisasi × 100 / Pagu, rounded under [Opsi] (half up to
	// 2 decimals by default); not Valid when Pagu is zero or missing.
	Persen decimal.NullDecimal
	// Fisik is the realisasi fisik in %: a leaf's own value, or for a
	// parent the mean of its leaves weighted by pagu, rounded like Persen;
	// not Valid unless every leaf below has one.
	Fisik decimal.NullDecimal
}

// Len returns the number of nodes, the grand total included (1 for the
// tree of no rows).
func (p *Pohon) Len() int {
	if p == nil || len(p.simpul) == 0 {
		return 1
	}
	return len(p.simpul)
}

// Jumlah returns the grand total row (node 0), with the printed grand
// total's name when there is one.
func (p *Pohon) Jumlah() Baris { return p.Baris(0) }

// Opsi returns the options the tree computes percentages with.
func (p *Pohon) Opsi() Opsi {
	if p == nil {
		return Opsi{}
	}
	return p.opsi
}

// Rincian returns the rows the tree was computed from (not a copy).
func (p *Pohon) Rincian() []Rincian {
	if p == nil {
		return nil
	}
	return p.rincian
}

// UrusanBidang returns the urusan/bidang the tree was built with, the
// prefix of short codes.
func (p *Pohon) UrusanBidang() Kode {
	if p == nil {
		return Kode{}
	}
	return p.awalan
}

// Baris returns node i (0 ≤ i < Len) with its computed amounts as
// decimals. Sisa, Persen and Fisik are derived here, on demand; [Pohon.Nilai]
// gives the same figures without allocating.
func (p *Pohon) Baris(i int) Baris {
	if p.kosong0(i) {
		return Baris{Indeks: -1}
	}
	s := p.titik(i)
	k := s.kode()
	b := Baris{Kode: k, Jenjang: k.Jenjang(), Daun: s.daun(), Indeks: int(s.baris)}
	row := p.barisNya(i)
	b.Uraian = p.uraian(i, row)
	if p.cepat {
		p.barisSen(i, row, &b)
		b.Fisik = p.fisik(i)
		return b
	}
	pagu, real, murni := p.amounts(i)
	if s.ada()&adaPagu != 0 {
		b.Pagu = ada(pagu)
	}
	if s.ada()&adaRealisasi != 0 {
		b.Realisasi = ada(real)
	}
	if s.ada()&adaMurni != 0 {
		b.PaguMurni = ada(murni)
	}
	if b.Pagu.Valid && b.PaguMurni.Valid {
		b.Perubahan = ada(pagu.Sub(murni))
	}
	if b.Pagu.Valid && b.Realisasi.Valid {
		b.Sisa = ada(pagu.Sub(real))
		if q, ok := Persen(real, pagu, p.opsi.desimal(), p.opsi.pembulatan()); ok {
			b.Persen = ada(q)
		}
	}
	b.Fisik = p.fisik(i)
	return b
}

// barisNya returns the input row of node i: its first row, the printed
// total's for the root, or nil for a parent computed without a row.
func (p *Pohon) barisNya(i int) *Rincian {
	s := p.titik(i)
	switch {
	case s.baris >= 0:
		return &p.rincian[s.baris]
	case i == 0:
		return p.jumlah
	}
	return nil
}

// uraian returns the name node i is printed with (see [Baris.Uraian]):
// its row's, else for a node below the root the nomenclature's name of
// its code.
func (p *Pohon) uraian(i int, row *Rincian) string {
	var u string
	if row != nil {
		u = row.Uraian
	}
	if u == "" && i > 0 {
		u, _ = p.titik(i).kode().NamaBaku()
	}
	return u
}

// barisSen fills b's amounts from the node's [Nilai] in a tree summed in
// sen, as decimals at the tree's exponent. Where the node's row prints
// the same percentage the row's decimal is given instead of a new one.
func (p *Pohon) barisSen(i int, row *Rincian, b *Baris) {
	v := p.Nilai(i)
	rp := func(n NullRupiah) decimal.NullDecimal {
		if !n.Valid {
			return decimal.NullDecimal{}
		}
		if sen, ok := n.Rupiah.Sen(); ok {
			return ada(desimalPada(sen, -2, p.e))
		}
		return ada(n.Rupiah.Decimal())
	}
	b.Pagu = rp(v.Pagu)
	b.Realisasi = rp(v.Realisasi)
	b.PaguMurni = rp(v.PaguMurni)
	b.Perubahan = rp(v.Perubahan)
	b.Sisa = rp(v.Sisa)
	if v.Persen.Valid {
		q := v.Persen.Persentase
		if row != nil && q.lain == nil {
			if c := row.Persen; c.Valid && c.Decimal.Exponent() == -q.des {
				if n, ok := koefisien(c.Decimal); ok && n == q.n {
					b.Persen = c
					return
				}
			}
		}
		b.Persen = ada(q.Decimal())
	}
}

// kurang64 subtracts with an overflow check.
func kurang64(a, b int64) (int64, bool) { return tetap.Kurang(a, b) }

// fisik computes the realisasi fisik of node i (see [Baris.Fisik]).
func (p *Pohon) fisik(i int) decimal.NullDecimal {
	if !p.adaFisik {
		return decimal.NullDecimal{}
	}
	s := p.titik(i)
	if s.daun() {
		if s.tunggal() {
			return p.rincian[s.baris].Fisik
		}
		return decimal.NullDecimal{} // duplicates: no single value
	}
	if f, ok := p.fisikCepat(i); ok {
		return f.Decimal()
	}
	var num, den decimal.Decimal
	any := false
	for j := i + 1; j < int(s.akhir); j++ {
		c := p.titik(j)
		if !c.daun() {
			continue
		}
		if !c.tunggal() || c.ada()&adaPagu == 0 {
			return decimal.NullDecimal{}
		}
		f := p.rincian[c.baris].Fisik
		if !f.Valid {
			return decimal.NullDecimal{}
		}
		pagu, _, _ := p.amounts(j)
		num = num.Add(f.Decimal.Mul(pagu))
		den = den.Add(pagu)
		any = true
	}
	if !any || den.IsZero() {
		return decimal.NullDecimal{}
	}
	q, _ := Persen(num, den.Mul(seratus), p.opsi.desimal(), p.opsi.pembulatan())
	return ada(q)
}

// fisikCepat returns the realisasi fisik of parent node s from the sums
// the rollup made ([fisikSimpul]), without allocating: a kabupaten's
// budget page shows the fisik of every program on every keystroke. With F
// the leaves' fisik as integers at exponent ef and P their pagu at the
// tree's exponent, the mean is ΣF·P / ΣP · 10^ef, so the percentage at d
// decimals is ΣF·P · 10^d / (ΣP · 10^-ef), a 128-bit division rounded
// under the options exactly like [Persen]. It reports ok false, so that
// the caller uses decimals, when the sums were not made (slow mode, no
// fisik) or a value did not fit as a non-negative integer; a result that
// is not Valid (a leaf lacks its fisik or pagu, or is a duplicate) is
// final.
func (p *Pohon) fisikCepat(i int) (f NullPersentase, ok bool) {
	s := p.titik(i)
	if !p.cepat || p.fisik64 == nil {
		return NullPersentase{}, false
	}
	fs := &p.fisik64[i]
	den := s.n[0]
	switch {
	case fs.n != fs.daun || fs.daun == 0:
		if fs.rusak {
			return NullPersentase{}, false // which comes first is for the decimal path to say
		}
		return NullPersentase{}, true // as the decimal path decides
	case fs.rusak || den < 0:
		return NullPersentase{}, false
	case den == 0:
		return NullPersentase{}, true
	}
	des := p.opsi.desimal()
	if des > 18 {
		return NullPersentase{}, false
	}
	numHi, numLo, div := fs.hi, fs.lo, uint64(den)
	for range des { // dividend = ΣF·P · 10^des
		h1, l1 := bits.Mul64(numLo, 10)
		h2, l2 := bits.Mul64(numHi, 10)
		var carry uint64
		numHi, carry = bits.Add64(l2, h1, 0)
		if h2 != 0 || carry != 0 {
			return NullPersentase{}, false
		}
		numLo = l1
	}
	for range -p.ef { // divisor = ΣP · 10^-ef
		h, l := bits.Mul64(div, 10)
		if h != 0 {
			return NullPersentase{}, false
		}
		div = l
	}
	if numHi >= div {
		return NullPersentase{}, false // the quotient would not fit
	}
	q, rem := bits.Div64(numHi, numLo, div)
	if p.opsi.pembulatan() != BulatPotong {
		q += tetap.Naik(rem, div) // half away from zero, for a non-negative quotient
	}
	if q > math.MaxInt64 {
		return NullPersentase{}, false
	}
	return NullPersentase{Persentase: Persentase{n: int64(q), des: des}, Valid: true}, true
}

// Induk returns the index of node i's parent, -1 for the grand total. The
// parent is found by its code (a binary search over the nodes): to walk
// the whole tree, [Pohon.Anak] from the grand total down is cheaper.
func (p *Pohon) Induk(i int) int {
	if p.kosong0(i) {
		return -1
	}
	return p.induk(i)
}

// induk returns the parent of node i of a tree with rows: the node of
// the code one level up (every level between a node and the grand total
// is a node), found by its code.
func (p *Pohon) induk(i int) int {
	if i == 0 {
		return -1
	}
	k := p.titik(i).kode()
	a, _ := p.Find(k.Pada(k.Jenjang() - 1))
	return a
}

// Anak returns the indices of node i's children, in order.
func (p *Pohon) Anak(i int) []int {
	if p.kosong0(i) {
		return nil
	}
	var out []int
	end := int(p.simpul[i].akhir)
	for j := i + 1; j < end; j = int(p.simpul[j].akhir) {
		out = append(out, j)
	}
	return out
}

// Find returns the index of the node with code k; the zero Kode finds the
// grand total.
func (p *Pohon) Find(k Kode) (int, bool) {
	if k.IsZero() {
		return 0, true
	}
	if p == nil {
		return 0, false
	}
	i := sort.Search(len(p.simpul), func(i int) bool { return p.kode(i).v >= k.v })
	if i < len(p.simpul) && p.kode(i) == k {
		return i, true
	}
	return 0, false
}

// PaguRealisasi returns the computed pagu and realisasi of the node with
// the given code, at any level: the official form ("1.06.02.2.01"), the
// short form relative to the tree's urusan/bidang ("2 2 1"), or "" for the
// grand total. ok is false when the code is invalid or absent, or when
// either amount cannot be computed (a missing realisasi is not zero).
func (p *Pohon) PaguRealisasi(kode string) (pagu, realisasi decimal.Decimal, ok bool) {
	if p == nil || len(p.simpul) == 0 {
		return decimal.Zero, decimal.Zero, false
	}
	var k Kode
	if kode != "" {
		var err error
		if k, err = ParseKodeRincian(kode, p.awalan); err != nil {
			return decimal.Zero, decimal.Zero, false
		}
	}
	i, found := p.Find(k)
	if !found {
		return decimal.Zero, decimal.Zero, false
	}
	s := p.titik(i)
	if s.ada()&(adaPagu|adaRealisasi) != adaPagu|adaRealisasi {
		return decimal.Zero, decimal.Zero, false
	}
	pagu, realisasi, _ = p.amounts(i)
	return pagu, realisasi, true
}

// Hitungan counts the nodes of a tree per level.
type Hitungan struct {
	Urusan, Bidang, Program, Kegiatan, SubKegiatan int
}

// Hitungan counts the programs, kegiatan and sub kegiatan (and urusan and
// bidang) of the tree: every distinct code, given as a row or implied as
// the parent of one. A table without codes has no urusan or bidang.

func (p *Pohon) Hitungan() Hitungan {
	var h Hitungan
	if p == nil {
		return h
	}
	for i := 1; i < len(p.simpul); i++ {
		k := p.titik(i).kode()
		if k.TanpaKode() && k.Jenjang() < JenjangProgram {
			continue // the urusan and bidang above a table without codes
		}
		switch k.Jenjang() {
		case JenjangUrusan:
			h.Urusan++
		case JenjangBidang:
			h.Bidang++
		case JenjangProgram:
			h.Program++
		case JenjangKegiatan:
			h.Kegiatan++
		case JenjangSubKegiatan:
			h.SubKegiatan++
		}
	}
	return h
}
