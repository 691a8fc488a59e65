package tetap

import (
	"math/big"
	"math/bits"
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

// New returns n × 10^e as decimal.New does.
func (p *Pabrik) New(n int64, e int32) decimal.Decimal {
	if p == nil || !letakCocok || n == 0 || bits.UintSize != 64 {
		return decimal.New(n, e)
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
