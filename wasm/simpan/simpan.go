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
	// Versi counts the saves of the document (1 for the first). A write
	// names the version it makes; it is refused with [ErrBasi] when the
	// stored one is not the version before it, so that two tabs never
	// overwrite each other's edits unknowingly.
	Versi int `json:"versi"`
	// Dihapus is when the user deleted the document; zero while it is in
	// use. A deleted document keeps its data until [Gudang.HapusPermanen],
	// so that the deletion can be undone.
	Dihapus time.Time `json:"dihapus"`
}

// Versi is an earlier version of a document kept so that a replacing
// action (an import, a restore) can be undone.
type Versi struct {
	Alasan string    `json:"alasan"` // what replaced it, e.g. "sebelum impor anggaran.csv"
	Waktu  time.Time `json:"waktu"`  // when it was replaced
	Nama   string    `json:"nama"`   // the document's name then
	Data   []byte    `json:"data"`   // its data file, as stored
}

// BatasRiwayat is how many earlier versions are kept per document; the
// oldest is dropped when another is kept.
const BatasRiwayat = 10

// Gudang (store) holds documents by ID. Tulis replaces a document whole and
// atomically: after a failed Tulis the previous version is intact.
type Gudang interface {
	// Daftar lists the documents, deleted ones included, most recently
	// changed first.
	Daftar(selesai func([]Ringkasan, error))
	// Baca returns the data file of document id; ErrTidakAda when absent.
	Baca(id string, selesai func([]byte, error))
	// Tulis stores data as document r.ID, with its summary r. It is
	// refused with ErrBasi when the document is stored with a version
	// other than r.Versi-1 (another tab saved it meanwhile).
	Tulis(r Ringkasan, data []byte, selesai func(error))
	// Hapus marks document id deleted (it can be restored); Pulihkan
	// undoes that; HapusPermanen removes the document, its data and its
	// earlier versions. Each raises the stored version.
	Hapus(id string, waktu time.Time, selesai func(error))
	Pulihkan(id string, selesai func(error))
	HapusPermanen(id string, selesai func(error))
	// Arsipkan keeps v as the newest earlier version of document id (at
	// most BatasRiwayat are kept); Riwayat lists them, newest first;
	// BuangRiwayat discards them.
	Arsipkan(id string, v Versi, selesai func(error))
	Riwayat(id string, selesai func([]Versi, error))
	BuangRiwayat(id string, selesai func(error))
	// Kabarkan tells the app's other tabs that document id is now stored
	// at version versi; Dengar sets what is called when another tab does.
	Kabarkan(id string, versi int)
	Dengar(f func(id string, versi int))
}

// Cadangan is a small synchronous store (the browser's localStorage) for
// the one moment an asynchronous write may not finish: the page being
// closed or reloaded. The app writes the unsaved document there while the
// page goes away and takes it back when the document is next opened.
type Cadangan interface {
	// TulisCadangan keeps data, an edit of document id made on top of its
	// stored version basis.
	TulisCadangan(id string, basis int, data []byte) error
	// BacaCadangan returns what TulisCadangan kept for id.
	BacaCadangan(id string) (basis int, data []byte, ok bool)
	// HapusCadangan forgets it.
	HapusCadangan(id string)
	// TandaiAdaDokumen records whether this browser holds a document:
	// read, before the app runs, by web/awal.js (the key
	// "sakip:ada-dokumen"), which then hides the sample the server
	// pre-rendered.
	TandaiAdaDokumen(ada bool)
	// TulisSekilas keeps data, what the home page shows of the active
	// document, so that the next start can show it at once, before the
	// document has been read and computed; nil forgets it. BacaSekilas
	// returns it (nil when none).
	TulisSekilas(data []byte)
	BacaSekilas() []byte
}

// ErrTidakAda is reported by Baca for an unknown document.
var ErrTidakAda = errors.New("dokumen tidak ada di penyimpanan browser")

// ErrPenuh is reported when the browser refuses to store more data.
var ErrPenuh = errors.New("penyimpanan browser penuh")

// ErrBasi is reported by Tulis when another tab saved the document after
// the version being written was read.
var ErrBasi = errors.New("dokumen sudah diubah di tab lain")

// Memori is a [Gudang] and a [Cadangan] in memory, safe for concurrent use.
// Its callbacks run before the method returns. Memori values made by
// [Memori.Tab] share one store, as a browser's tabs do.
type Memori struct {
	*bersama
	dengar func(id string, versi int)
}

type bersama struct {
	mu      sync.Mutex
	ring    map[string]Ringkasan
	data    map[string][]byte
	riwayat map[string][]Versi
	cad     map[string]cadangan
	ada     bool   // TandaiAdaDokumen
	sekilas []byte // TulisSekilas
	tab     []*Memori
	// Gagal, when set, is returned by every write (a full disk, say).
	gagal error
}

type cadangan struct {
	basis int
	data  []byte
}

// NewMemori returns an empty in-memory store.
func NewMemori() *Memori {
	m := &Memori{bersama: &bersama{ring: map[string]Ringkasan{}, data: map[string][]byte{},
		riwayat: map[string][]Versi{}, cad: map[string]cadangan{}}}
	m.tab = append(m.tab, m)
	return m
}

// Tab returns another view of the same store, as another tab of the same
// browser sees it: Kabarkan on one reaches the others.
func (m *Memori) Tab() *Memori {
	n := &Memori{bersama: m.bersama}
	m.mu.Lock()
	m.tab = append(m.tab, n)
	m.mu.Unlock()
	return n
}

// Gagalkan makes every later write fail with err (nil: succeed again).
func (m *Memori) Gagalkan(err error) {
	m.mu.Lock()
	m.gagal = err
	m.mu.Unlock()
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
	if m.gagal != nil {
		m.mu.Unlock()
		selesai(m.gagal)
		return
	}
	if lama, ok := m.ring[r.ID]; ok && lama.Versi != r.Versi-1 {
		m.mu.Unlock()
		selesai(ErrBasi)
		return
	}
	m.ring[r.ID] = r
	m.data[r.ID] = append([]byte(nil), data...)
	m.mu.Unlock()
	selesai(nil)
}

// ubahRingkasan changes the summary of id (raising its version).
func (m *Memori) ubahRingkasan(id string, f func(r *Ringkasan)) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.gagal != nil {
		return m.gagal
	}
	r, ok := m.ring[id]
	if !ok {
		return ErrTidakAda
	}
	f(&r)
	r.Versi++
	m.ring[id] = r
	return nil
}

// Hapus implements [Gudang].
func (m *Memori) Hapus(id string, waktu time.Time, selesai func(error)) {
	selesai(m.ubahRingkasan(id, func(r *Ringkasan) { r.Dihapus = waktu }))
}

// Pulihkan implements [Gudang].
func (m *Memori) Pulihkan(id string, selesai func(error)) {
	selesai(m.ubahRingkasan(id, func(r *Ringkasan) { r.Dihapus = time.Time{} }))
}

// HapusPermanen implements [Gudang].
func (m *Memori) HapusPermanen(id string, selesai func(error)) {
	m.mu.Lock()
	delete(m.ring, id)
	delete(m.data, id)
	delete(m.riwayat, id)
	m.mu.Unlock()
	selesai(nil)
}

// Arsipkan implements [Gudang].
func (m *Memori) Arsipkan(id string, v Versi, selesai func(error)) {
	m.mu.Lock()
	if m.gagal != nil {
		m.mu.Unlock()
		selesai(m.gagal)
		return
	}
	v.Data = append([]byte(nil), v.Data...)
	m.riwayat[id] = Batasi(append([]Versi{v}, m.riwayat[id]...))
	m.mu.Unlock()
	selesai(nil)
}

// Riwayat implements [Gudang].
func (m *Memori) Riwayat(id string, selesai func([]Versi, error)) {
	m.mu.Lock()
	list := append([]Versi(nil), m.riwayat[id]...)
	m.mu.Unlock()
	selesai(list, nil)
}

// BuangRiwayat implements [Gudang].
func (m *Memori) BuangRiwayat(id string, selesai func(error)) {
	m.mu.Lock()
	delete(m.riwayat, id)
	m.mu.Unlock()
	selesai(nil)
}

// Kabarkan implements [Gudang]: every other tab's listener is called.
func (m *Memori) Kabarkan(id string, versi int) {
	m.mu.Lock()
	var fs []func(string, int)
	for _, t := range m.tab {
		if t != m && t.dengar != nil {
			fs = append(fs, t.dengar)
		}
	}
	m.mu.Unlock()
	for _, f := range fs {
		f(id, versi)
	}
}

// Dengar implements [Gudang].
func (m *Memori) Dengar(f func(id string, versi int)) {
	m.mu.Lock()
	m.dengar = f
	m.mu.Unlock()
}

// TandaiAdaDokumen implements [Cadangan].
func (m *Memori) TandaiAdaDokumen(ada bool) {
	m.mu.Lock()
	m.ada = ada
	m.mu.Unlock()
}

// AdaDokumen returns what TandaiAdaDokumen last recorded.
func (m *Memori) AdaDokumen() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.ada
}

// TulisSekilas implements [Cadangan].
func (m *Memori) TulisSekilas(data []byte) {
	m.mu.Lock()
	m.sekilas = append([]byte(nil), data...)
	if data == nil {
		m.sekilas = nil
	}
	m.mu.Unlock()
}

// BacaSekilas implements [Cadangan].
func (m *Memori) BacaSekilas() []byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.sekilas
}

// TulisCadangan implements [Cadangan].
func (m *Memori) TulisCadangan(id string, basis int, data []byte) error {
	m.mu.Lock()
	m.cad[id] = cadangan{basis, append([]byte(nil), data...)}
	m.mu.Unlock()
	return nil
}

// BacaCadangan implements [Cadangan].
func (m *Memori) BacaCadangan(id string) (int, []byte, bool) {
	m.mu.Lock()
	c, ok := m.cad[id]
	m.mu.Unlock()
	return c.basis, c.data, ok
}

// HapusCadangan implements [Cadangan].
func (m *Memori) HapusCadangan(id string) {
	m.mu.Lock()
	delete(m.cad, id)
	m.mu.Unlock()
}

// Batasi keeps the newest BatasRiwayat versions of list (newest first).
func Batasi(list []Versi) []Versi {
	if len(list) > BatasRiwayat {
		list = list[:BatasRiwayat]
	}
	return list
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
