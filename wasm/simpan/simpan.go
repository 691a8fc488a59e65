// Package simpan keeps the PWA's documents (one data file per dinas-year) in
// the browser: in IndexedDB when built for WebAssembly, in memory otherwise
// (tests and server-side pre-rendering). The data never leaves the browser.
//
// Every operation is asynchronous and reports through a callback, because
// IndexedDB is; callers must not block in a callback.
package simpan

import (
	"errors"
	"sort"
	"sync"
	"time"
)

// Ringkasan describes a stored document without its data, for the list of
// documents: it is all that is read when the app starts.
type Ringkasan struct {
	ID     string    `json:"id"`     // stable key, e.g. "dok-1732700000000"
	Nama   string    `json:"nama"`   // shown to the user, e.g. "Dinas Sosial 2022"
	Diubah time.Time `json:"diubah"` // time of the last save
	Ukuran int       `json:"ukuran"` // size of the data file in bytes
}

// Gudang (store) holds documents by ID. Tulis replaces a document whole and
// atomically: after a failed Tulis the previous version is intact.
type Gudang interface {
	// Daftar lists the documents, most recently changed first.
	Daftar(selesai func([]Ringkasan, error))
	// Baca returns the data file of document id; ErrTidakAda when absent.
	Baca(id string, selesai func([]byte, error))
	// Tulis stores data as document r.ID, with its summary r.
	Tulis(r Ringkasan, data []byte, selesai func(error))
	// Hapus deletes document id (no error when absent).
	Hapus(id string, selesai func(error))
}

// ErrTidakAda is reported by Baca for an unknown document.
var ErrTidakAda = errors.New("dokumen tidak ada di penyimpanan browser")

// ErrPenuh is reported when the browser refuses to store more data.
var ErrPenuh = errors.New("penyimpanan browser penuh: hapus dokumen yang tidak dipakai atau ekspor lalu hapus")

// Memori is a [Gudang] in memory, safe for concurrent use. Its callbacks run
// before the method returns.
type Memori struct {
	mu   sync.Mutex
	ring map[string]Ringkasan
	data map[string][]byte
}

// NewMemori returns an empty in-memory store.
func NewMemori() *Memori {
	return &Memori{ring: map[string]Ringkasan{}, data: map[string][]byte{}}
}

// Daftar implements [Gudang].
func (m *Memori) Daftar(selesai func([]Ringkasan, error)) {
	m.mu.Lock()
	list := make([]Ringkasan, 0, len(m.ring))
	for _, r := range m.ring {
		list = append(list, r)
	}
	m.mu.Unlock()
	Urutkan(list)
	selesai(list, nil)
}

// Baca implements [Gudang].
func (m *Memori) Baca(id string, selesai func([]byte, error)) {
	m.mu.Lock()
	d, ok := m.data[id]
	m.mu.Unlock()
	if !ok {
		selesai(nil, ErrTidakAda)
		return
	}
	selesai(append([]byte(nil), d...), nil)
}

// Tulis implements [Gudang].
func (m *Memori) Tulis(r Ringkasan, data []byte, selesai func(error)) {
	m.mu.Lock()
	m.ring[r.ID] = r
	m.data[r.ID] = append([]byte(nil), data...)
	m.mu.Unlock()
	selesai(nil)
}

// Hapus implements [Gudang].
func (m *Memori) Hapus(id string, selesai func(error)) {
	m.mu.Lock()
	delete(m.ring, id)
	delete(m.data, id)
	m.mu.Unlock()
	selesai(nil)
}

// Urutkan sorts summaries most recently changed first, then by name.
func Urutkan(list []Ringkasan) {
	sort.SliceStable(list, func(i, j int) bool {
		if !list[i].Diubah.Equal(list[j].Diubah) {
			return list[i].Diubah.After(list[j].Diubah)
		}
		return list[i].Nama < list[j].Nama
	})
}
