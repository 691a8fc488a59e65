//go:build !wasm

package simpan

// New returns the store of this platform: outside the browser, an empty
// in-memory store.
func New() Gudang { return NewMemori() }

// NewCadangan returns the synchronous store of this platform: outside the
// browser, an in-memory one.
func NewCadangan() Cadangan { return NewMemori() }

// MintaTetap asks the browser to keep the app's storage persistent (never
// evicted under storage pressure) and reports whether it agreed. Outside the
// browser it reports false.
func MintaTetap(selesai func(bool)) { selesai(false) }
