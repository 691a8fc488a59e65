package tetap

import (
	"math/big"
	"math/bits"
	"sync/atomic"
	"unsafe"

	"github.com/shopspring/decimal"
)

// Pabrik makes many decimals cheaply: decimal.New allocates a big.Int and
// its one-word coefficient for every value (two allocations), where
// Pabrik carves them from blocks, each twice the last up to [ukuranBlok],
// so that a computation making thousands of decimals allocates a few
// blocks and a small one little more than it uses. A decimal it made
// is an ordinary immutable decimal.Decimal (shopspring never changes a
// value's big.Int), and keeps its block alive while it is referenced. The
// zero value is ready to use; a Pabrik is not safe for concurrent use.
type Pabrik struct {
	ints  []big.Int
	words []big.Word
	blok  int // size of the last block
}

const ukuranBlok = 512

// New returns n × 10^e as decimal.New does. A coefficient of magnitude
// below 2^15 (a capaian of up to 327.67 % at two decimals, or a change
// of one) costs nothing: its big.Int is shared, from [Kecil].
func (p *Pabrik) New(n int64, e int32) decimal.Decimal {
	if p == nil || !letakCocok || bits.UintSize != 64 {
		return decimal.New(n, e)
	}
	if z := Kecil(n); z != nil {
		var d decimal.Decimal
		*(*letakDesimal)(unsafe.Pointer(&d)) = letakDesimal{value: z, exp: e}
		return d
	}
	if len(p.ints) == 0 {
		p.blok = blokBerikut(p.blok)
		p.ints = make([]big.Int, p.blok)
		p.words = make([]big.Word, p.blok)
	}
	z, w := &p.ints[0], p.words[0:1:1]
	p.ints, p.words = p.ints[1:], p.words[1:]
	u, neg := Abs(n)
	w[0] = big.Word(u)
	z.SetBits(w) // z shares w, whose capacity of one word keeps the next one safe
	if neg {
		z.Neg(z)
	}
	var d decimal.Decimal
	*(*letakDesimal)(unsafe.Pointer(&d)) = letakDesimal{value: z, exp: e}
	return d
}

// blokBerikut returns the size of the block after one of n values: 8
// first, then twice the last, at most ukuranBlok.
func blokBerikut(n int) int { return min(max(8, 2*n), ukuranBlok) }

// Blok hands out values of T from blocks (sized as [Pabrik]'s), one
// allocation per block: for the many small structs a computation points
// to. The zero value is ready to use; not safe for concurrent use.
type Blok[T any] struct {
	buf  []T
	blok int
}

// Baru returns a pointer to a new zero T.
func (b *Blok[T]) Baru() *T {
	if len(b.buf) == 0 {
		b.blok = blokBerikut(b.blok)
		b.buf = make([]T, b.blok)
	}
	v := &b.buf[0]
	b.buf = b.buf[1:]
	return v
}

// Kecil returns a big.Int of value n shared by every caller, for |n|
// below 2^15 (nil otherwise, or when decimal's layout is not the one
// [letakDesimal] expects): the coefficient of a decimal that no one
// changes. shopspring/decimal never writes to a value's big.Int (every
// result is a new one), and reading a big.Int from several goroutines is
// safe, so one big.Int may stand in every decimal of that coefficient,
// in any goroutine. The big.Ints are made 256 at a time, on first use,
// and kept for the life of the program (at most 2.6 MB, 10 KB a block).
func Kecil(n int64) *big.Int { return blokKecil.ambil(n) }

// ambil is [Kecil] from the blocks of t.
func (t *tabelKecil) ambil(n int64) *big.Int {
	i := uint64(n + batasKecil)
	if i >= 2*batasKecil || !letakCocok {
		return nil
	}
	b := t[i/ukuranKecil].Load()
	if b == nil {
		b = t.buat(int64(i/ukuranKecil)*ukuranKecil - batasKecil)
	}
	return &b.ints[i%ukuranKecil]
}

const (
	batasKecil  = 1 << 15 // Kecil covers −batasKecil ≤ n < batasKecil
	ukuranKecil = 256     // big.Ints per block
)

// kecil is one block of [Kecil]'s big.Ints, with their words.
type kecil struct {
	ints  [ukuranKecil]big.Int
	words [ukuranKecil]big.Word
}

// tabelKecil holds [Kecil]'s blocks, each published once.
type tabelKecil [2 * batasKecil / ukuranKecil]atomic.Pointer[kecil]

// blokKecil is the one table of [Kecil] (immutable values, made on
// first use: a cache, not state any result depends on).
var blokKecil tabelKecil

// buat makes the block of the big.Ints from awal on and publishes it in
// t; when another goroutine published it first, that one is returned
// (both hold the same values, and every caller must get the same
// pointers).
func (t *tabelKecil) buat(awal int64) *kecil {
	b := new(kecil)
	for j := range b.ints {
		n := awal + int64(j)
		if n == 0 {
			continue // the zero big.Int, as big.NewInt(0) makes it
		}
		u, neg := Abs(n)
		b.words[j] = big.Word(u)
		b.ints[j].SetBits(b.words[j : j+1 : j+1])
		if neg {
			b.ints[j].Neg(&b.ints[j])
		}
	}
	k := &t[uint64(awal+batasKecil)/ukuranKecil]
	if k.CompareAndSwap(nil, b) {
		return b
	}
	return k.Load()
}
