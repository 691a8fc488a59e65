package tetap

import (
	"math/big"
	"math/bits"
	"unsafe"

	"github.com/shopspring/decimal"
)

// Pabrik makes many decimals cheaply: decimal.New allocates a big.Int and
// its one-word coefficient for every value (two allocations), where
// Pabrik carves them from blocks of [ukuranBlok], so that a computation
// making thousands of decimals allocates a few blocks. A decimal it made
// is an ordinary immutable decimal.Decimal (shopspring never changes a
// value's big.Int), and keeps its block alive while it is referenced. The
// zero value is ready to use; a Pabrik is not safe for concurrent use.
type Pabrik struct {
	ints  []big.Int
	words []big.Word
}

const ukuranBlok = 512

// New returns n × 10^e as decimal.New does.
func (p *Pabrik) New(n int64, e int32) decimal.Decimal {
	if p == nil || !letakCocok || n == 0 || bits.UintSize != 64 {
		return decimal.New(n, e)
	}
	if len(p.ints) == 0 {
		p.ints = make([]big.Int, ukuranBlok)
		p.words = make([]big.Word, ukuranBlok)
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

// Blok hands out values of T from blocks, one allocation per block: for
// the many small structs a computation points to. The zero value is
// ready to use; not safe for concurrent use.
type Blok[T any] struct{ buf []T }

// Baru returns a pointer to a new zero T.
func (b *Blok[T]) Baru() *T {
	if len(b.buf) == 0 {
		b.buf = make([]T, 256)
	}
	v := &b.buf[0]
	b.buf = b.buf[1:]
	return v
}
