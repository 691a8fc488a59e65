package ui

import (
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/pemkab/sakip/wasm/simpan"
)

// Toko (store) is the state shared by every page: the list of documents in
// the browser, the active one, and the save status. It holds no business
// logic: documents are parsed, computed and encoded by the lkip package.
//
// Its methods run on go-app's UI goroutine. Asynchronous work (the browser
// store, delayed saves) comes back through the function given to
// [Toko.Pasang], which re-renders the mounted page.
type Toko struct {
	gudang simpan.Gudang

	// Daftar lists the stored documents, most recent first.
	Daftar []simpan.Ringkasan
	// AktifID is the ID of the active document, "" when there is none.
	AktifID string
	// Data is the active document's data file as last loaded or saved.
	Data []byte

	Status    string // save status shown in the header
	Galat     string // error notice (import, storage), in Bahasa Indonesia
	Pesan     string // information notice
	VersiBaru bool   // a new version of the app is installed
	Tetap     *bool  // whether the browser granted persistent storage

	mu        sync.Mutex
	jalankan  func(func())
	mulai     bool
	siap      bool
	ubahan    int // edit counter, for the delayed save
	tersimpan int
	tunda     time.Duration
}

// NewToko returns a store over g. Nothing is read until [Toko.Mulai].
func NewToko(g simpan.Gudang) *Toko {
	return &Toko{gudang: g, tunda: 300 * time.Millisecond, Status: "Memuat…"}
}

// Pasang sets how asynchronous results come back to the UI: run(f) must
// run f on the UI goroutine and re-render. Every mounted page calls it.
func (t *Toko) Pasang(run func(func())) {
	t.mu.Lock()
	t.jalankan = run
	t.mu.Unlock()
}

// lakukan runs f on the UI goroutine (directly when no page is mounted).
func (t *Toko) lakukan(f func()) {
	t.mu.Lock()
	run := t.jalankan
	t.mu.Unlock()
	if run == nil {
		f()
		return
	}
	run(f)
}

// Siap reports whether the stored documents have been read.
func (t *Toko) Siap() bool { return t.siap }

// Mulai reads the list of documents and opens the most recent one. Only the
// first call does anything.
func (t *Toko) Mulai() {
	if t.mulai {
		return
	}
	t.mulai = true
	t.gudang.Daftar(func(list []simpan.Ringkasan, err error) {
		t.lakukan(func() {
			if err != nil {
				t.Galat = err.Error()
				t.Status = "Penyimpanan browser tidak tersedia"
				t.siap = true
				return
			}
			t.Daftar = list
			if len(list) == 0 {
				t.Status = "Belum ada dokumen"
				t.siap = true
				return
			}
			t.buka(list[0].ID)
		})
	})
	simpan.MintaTetap(func(ok bool) {
		t.lakukan(func() { t.Tetap = &ok })
	})
}

// buka loads document id from the store and makes it active.
func (t *Toko) buka(id string) {
	t.gudang.Baca(id, func(data []byte, err error) {
		t.lakukan(func() {
			t.siap = true
			if err != nil {
				t.Galat = "Dokumen tidak dapat dibaca dari browser: " + err.Error()
				return
			}
			t.AktifID, t.Data = id, data
			t.Status = "Tersimpan"
		})
	})
}

// NamaAktif returns the name of the active document, or a hint.
func (t *Toko) NamaAktif() string {
	for _, r := range t.Daftar {
		if r.ID == t.AktifID {
			return r.Nama
		}
	}
	return "Belum ada dokumen"
}

// SimpanSekarang saves a pending change now, then calls then.
func (t *Toko) SimpanSekarang(then func()) {
	if t.ubahan == t.tersimpan || t.AktifID == "" {
		then()
		return
	}
	t.simpan(then)
}

func (t *Toko) simpan(then func()) {
	versi := t.ubahan
	r := t.ringkasan(t.AktifID)
	r.Diubah = time.Now()
	r.Ukuran = len(t.Data)
	t.Status = "Menyimpan…"
	t.gudang.Tulis(r, t.Data, func(err error) {
		t.lakukan(func() {
			if err != nil {
				t.Status = "Gagal menyimpan"
				t.Galat = err.Error()
			} else {
				if versi > t.tersimpan {
					t.tersimpan = versi
				}
				t.perbaruiDaftar(r)
				if t.tersimpan == t.ubahan {
					t.Status = "Tersimpan " + r.Diubah.Format("15.04.05")
				}
			}
			if then != nil {
				then()
			}
		})
	})
}

func (t *Toko) ringkasan(id string) simpan.Ringkasan {
	for _, r := range t.Daftar {
		if r.ID == id {
			return r
		}
	}
	return simpan.Ringkasan{ID: id, Nama: "Dokumen " + id}
}

func (t *Toko) perbaruiDaftar(r simpan.Ringkasan) {
	for i := range t.Daftar {
		if t.Daftar[i].ID == r.ID {
			t.Daftar[i] = r
			simpan.Urutkan(t.Daftar)
			return
		}
	}
	t.Daftar = append(t.Daftar, r)
	simpan.Urutkan(t.Daftar)
}

// idBaru returns a fresh document ID.
func idBaru(now time.Time, n int) string {
	return "dok-" + strconv.FormatInt(now.UnixMilli(), 36) + "-" + fmt.Sprint(n)
}
