package ui

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/wasm/simpan"
	"github.com/shopspring/decimal"
)

// Toko (store) is the state shared by every page: the documents kept in the
// browser, the active one with what lkip computed from it, the drafts of
// fields being typed, and the save status. It holds no business logic:
// documents are parsed, computed and encoded by the lkip package, numbers
// read and written by the anggaran package.
//
// Its methods run on go-app's UI goroutine. Asynchronous results (the
// browser store, delayed saves) come back through the function given to
// [Toko.Pasang], which runs them there and re-renders the mounted page.
type Toko struct {
	gudang simpan.Gudang
	// hidup are the live components of the page shown (hidup.go).
	hidup hidup
	// Opsi are the computing rules (lkip's defaults).
	Opsi lkip.Opsi

	// Daftar lists the stored documents, most recent first.
	Daftar []simpan.Ringkasan
	// AktifID is the ID of the active document, "" when there is none.
	AktifID string
	// Dok is the active document, Lap what lkip computed from it (the
	// report, the reviu); both nil when no document is open. Lap is
	// recomputed once typing pauses (see [Toko.Ubah]).
	Dok *lkip.Dokumen
	Lap *lkip.Laporan
	// Pohon, Belanja and Kinerja are the computed sections the editing
	// pages show, recomputed on every keystroke by their own packages
	// (the same calls lkip.Compute makes), so that typing stays fast on a
	// kabupaten-sized document.
	Pohon   *anggaran.Pohon
	Belanja *anggaran.PohonRekening
	Kinerja *kinerja.Hasil
	// Hitung is how long the last recomputation after a keystroke took;
	// HitungPenuh how long the last lkip.Compute took.
	Hitung, HitungPenuh time.Duration
	segar               bool // Lap reflects every edit
	laporan             struct {
		lap  *lkip.Laporan
		html string
	} // the rendered report of lap

	Status    string // save status shown in the header
	Galat     string // error notice (import, storage), in Bahasa Indonesia
	Pesan     string // information notice
	VersiBaru bool   // a new version of the app is installed
	Tetap     *bool  // whether the browser granted persistent storage; nil: not asked yet

	// Tuju is the data-file path of the field to show next (from a finding).
	Tuju string

	// ContohAwal makes Mulai load the embedded sample when the browser has
	// no document yet, so that a first visit shows a working LKIP. The
	// server sets it (go run ./wasm -contoh, the default).
	ContohAwal bool
	// Pratayang marks a store the server pre-rendered a page from
	// (pratayang.go): the page is a preview, inert until app.wasm runs.
	Pratayang  bool
	adaDokumen *bool // what catatAdaDokumen last recorded
	// awal is the home page's glance kept by the last run, read once
	// at start; sekilasTerakhir the glance last kept (sekilas.go).
	awal            *sekilas
	sekilasTerakhir string

	draf map[string]draf // typed text of fields not (yet) valid, by path
	// perbaikan holds the text typed into the Reviu page's editors, by
	// path, with the error of the last attempt to save it.
	perbaikan map[string]draf
	// nilaiTemuan caches the current values the Reviu page's editors show,
	// read for the report nilaiLap (see Toko.NilaiTemuan).
	nilaiTemuan map[string]string
	nilaiLap    *lkip.Laporan
	// Diperbaiki says, on the Reviu page, which field was last corrected.
	Diperbaiki string

	digambar    int  // table rows rendered so far (a test counts a keystroke's)
	kinerjaBasi bool // Kinerja predates a budget edit (see hitungBagian)
	reviuTunda  bool // Lap's reviu is still to come (see hitungAwal)
	// setelahGambar runs a function once the browser has painted.
	setelahGambar func(func())
	buka          map[anggaran.Kode]bool // open state of budget rows
	bawaanBuka    bool                   // open state of rows not in buka

	// Rusak holds, by document ID, why a stored document cannot be read by
	// this version of the app; such a document is kept as it is and can be
	// exported (Data page).
	Rusak map[string]string
	// GagalSimpan says, when the active document could not be saved, why
	// and what to do; the document stays in memory and can be exported.
	GagalSimpan string
	// Usulan is a replacing action waiting for the user's confirmation,
	// with what it changes.
	Usulan *Usulan
	// Urung offers to undo the last replacing action.
	Urung *Urung
	// Riwayat lists the earlier versions kept of the active document.
	Riwayat []simpan.Versi
	// Lanjut is what the last "Lanjutkan ke tahun berikutnya" carried over
	// and emptied (toko_siklus.go).
	Lanjut *HasilLanjut
	// Lembar is the spreadsheet import under way on the Impor page, nil
	// when none (toko_impor.go).
	Lembar *SesiImpor

	cadangan  simpan.Cadangan
	versi     int       // stored version the active document is based on
	ulang     []ulangan // edits since the last save, to apply again on another tab's version
	menyimpan bool      // a write is in flight
	lagi      bool      // an edit came during the write: save again after it
	antre     []func()  // what waits for the edits to be saved

	mu        sync.Mutex
	jalankan  func(func())
	tundaFn   func(time.Duration, func())
	mulai     bool
	siap      bool
	ubahan    int // edits so far
	tersimpan int // edits saved
	tunda     time.Duration
	jam       func() time.Time
	nomor     int // documents added in this session, for unique IDs
}

// draf is what the user typed in a field and why it is not accepted
// (Galat), or, accepted, what is wrong with the figure (Tanda).
type draf struct {
	Teks  string
	Galat string
	Tanda string
}

// ulangan is one edit of the active document not yet saved: the number of
// the edit and how to make it again on another version of the document
// (nil when it cannot be, e.g. a document replaced whole).
type ulangan struct {
	no int
	f  func(d *lkip.Dokumen)
}

// Usulan is a replacing action shown to the user before it is done.
type Usulan struct {
	Judul   string   // what would happen
	Rincian []string // what changes, line by line
	Terima  string   // label of the confirming button
	// Menambah: the action only adds a document and replaces nothing, so
	// no version goes to the history.
	Menambah bool
	terima   func()
	baru     func() // when set, the data can also become a new document
}

// Urung is an offer to undo the last replacing action.
type Urung struct {
	Teks string // what would be undone
	f    func()
}

// NewToko returns a store over g. Nothing is read until [Toko.Mulai].
func NewToko(g simpan.Gudang) *Toko {
	c, ok := g.(simpan.Cadangan)
	if !ok {
		c = simpan.NewCadangan()
	}
	return &Toko{
		gudang:    g,
		cadangan:  c,
		Rusak:     map[string]string{},
		Opsi:      lkip.DefaultOpsi(),
		Status:    "Memuat…",
		draf:      map[string]draf{},
		perbaikan: map[string]draf{},
		tunda:     300 * time.Millisecond,
		// The reviu of a document just opened comes after its figures.
		setelahGambar: setelahGambar,
		jam:           time.Now,
		tundaFn: func(d time.Duration, f func()) {
			time.AfterFunc(d, f)
		},
	}
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

// Mulai reads the list of documents and opens the most recent one, and asks
// the browser to keep the storage persistent. Only the first call does
// anything.
func (t *Toko) Mulai() {
	if t.mulai {
		return
	}
	t.mulai = true
	t.gudang.Dengar(func(id string, versi int) {
		t.lakukan(func() { t.kabarDari(id, versi) })
	})
	t.gudang.Daftar(func(list []simpan.Ringkasan, err error) {
		t.lakukan(func() {
			if err != nil {
				t.Galat = err.Error()
				t.Status = "Penyimpanan browser tidak tersedia"
				t.siap = true
				return
			}
			t.aturDaftar(list)
			if len(t.Dokumen()) == 0 {
				t.Status = "Belum ada dokumen"
				t.siap = true
				if t.ContohAwal {
					t.tambah(lkip.Contoh(), "Browser ini belum menyimpan dokumen, jadi contoh LKIP 2022 Dinas Sosial Kabupaten Flores Timur dimuat. Impor berkas dinas Anda di halaman Data.")
				}
				return
			}
			t.Buka(t.Dokumen()[0].ID)
		})
	})
	simpan.MintaTetap(func(ok bool) {
		t.lakukan(func() { t.Tetap = &ok })
	})
}

// Dokumen lists the documents in use (not deleted), most recent first.
func (t *Toko) Dokumen() []simpan.Ringkasan {
	var list []simpan.Ringkasan
	for _, r := range t.Daftar {
		if r.Dihapus.IsZero() {
			list = append(list, r)
		}
	}
	return list
}

// Terhapus lists the deleted documents that can still be restored.
func (t *Toko) Terhapus() []simpan.Ringkasan {
	var list []simpan.Ringkasan
	for _, r := range t.Daftar {
		if !r.Dihapus.IsZero() {
			list = append(list, r)
		}
	}
	return list
}

// muat reads the summaries again, then the data of document id, and
// calls selesai with its summary and the document read. A document that
// does not parse is recorded in Rusak and reported as err.
func (t *Toko) muat(id string, selesai func(r simpan.Ringkasan, data []byte, d *lkip.Dokumen, err error)) {
	t.gudang.Daftar(func(list []simpan.Ringkasan, err error) {
		t.gudang.Baca(id, func(data []byte, errBaca error) {
			t.lakukan(func() {
				if err == nil {
					t.aturDaftar(list)
				}
				r := t.ringkasan(id)
				if errBaca != nil {
					selesai(r, nil, nil, errBaca)
					return
				}
				d, err := lkip.Parse(data, r.Nama+".json")
				if err != nil {
					t.Rusak[id] = err.Error()
					selesai(r, data, nil, err)
					return
				}
				delete(t.Rusak, id)
				selesai(r, data, d, nil)
			})
		})
	})
}

// Buka loads document id from the store and makes it active. A document
// that no longer parses (written by a newer or older app, say) is left in
// the store as it is, reported, and can be exported as it is. An edit
// that was kept in the backup as the page went away (see [Toko.Lindungi])
// is taken back.
func (t *Toko) Buka(id string) {
	t.muat(id, func(r simpan.Ringkasan, data []byte, d *lkip.Dokumen, err error) {
		t.siap = true
		if err != nil {
			if t.Dok == nil {
				t.Status = "Tidak ada dokumen terbuka"
			}
			if data != nil {
				t.galat("Dokumen \"" + r.Nama + "\" di browser ini tidak dapat dibuka oleh versi aplikasi ini; dokumen itu tetap disimpan apa adanya dan dapat diekspor di halaman Data. " + err.Error())
			} else {
				t.galat("Dokumen tidak dapat dibaca dari browser: " + err.Error())
			}
			return
		}
		t.aktifkan(id, d)
		t.versi = r.Versi
		t.Status = "Tersimpan"
		t.ambilCadangan(r, data)
		t.bacaRiwayat()
	})
}

// ambilCadangan takes back the backup of document r, written as the page
// went away, when the store does not hold it: it becomes the active
// document and is saved. A backup the store already holds is dropped.
func (t *Toko) ambilCadangan(r simpan.Ringkasan, data []byte) {
	basis, cad, ok := t.cadangan.BacaCadangan(r.ID)
	if !ok {
		return
	}
	if bytes.Equal(cad, data) {
		t.cadangan.HapusCadangan(r.ID)
		return
	}
	d, err := lkip.Parse(cad, r.Nama+".json")
	if err != nil {
		t.cadangan.HapusCadangan(r.ID)
		return
	}
	if basis != r.Versi {
		// Saved meanwhile, by this tab's last write or another tab: the
		// stored version stays, the backup is kept in the history.
		t.arsipkan(r.ID, simpan.Versi{Alasan: "Perubahan yang belum tersimpan saat halaman ditutup", Waktu: t.jam(), Nama: namaDokumen(d), Data: cad}, func() {
			t.cadangan.HapusCadangan(r.ID)
		})
		return
	}
	t.Dok = d
	t.hitung()
	t.ulang = append(t.ulang, ulangan{no: t.ubahan + 1})
	t.catatUbah()
	t.simpan(nil)
	t.Pesan = "Perubahan terakhir yang belum tersimpan saat halaman ditutup dipulihkan."
}

// aktifkan makes d the active document and computes it.
func (t *Toko) aktifkan(id string, d *lkip.Dokumen) {
	t.AktifID, t.Dok = id, d
	t.draf = map[string]draf{}
	t.perbaikan, t.Diperbaiki = map[string]draf{}, ""
	t.ubahan, t.tersimpan = 0, 0
	t.ulang, t.GagalSimpan, t.Riwayat = nil, "", nil
	t.versi = 0
	t.hitungAwal()
	t.aturBuka()
}

// hitung recomputes the report and the reviu of the active document with
// lkip.Compute.
func (t *Toko) hitung() { t.hitungDengan(lkip.Compute) }

// hitungDengan computes the active document with compute (lkip.Compute or
// lkip.ComputeAngka) and takes its report as the store's; it reports
// whether there is one.
func (t *Toko) hitungDengan(compute func(*lkip.Dokumen, lkip.Opsi) (*lkip.Laporan, error)) bool {
	t.segar, t.reviuTunda, t.kinerjaBasi = true, false, false
	if t.Dok == nil {
		t.Lap, t.Pohon, t.Belanja, t.Kinerja = nil, nil, nil, nil
		return false
	}
	start := time.Now()
	l, err := compute(t.Dok, t.Opsi)
	t.HitungPenuh = time.Since(start)
	if err != nil {
		t.Galat = "Perhitungan gagal: " + err.Error()
		return false
	}
	t.Lap, t.Pohon, t.Belanja, t.Kinerja = l, l.Pohon, l.Belanja, l.Kinerja
	t.catatSekilas()
	return true
}

// hitungAwal computes a document just opened: its figures at once
// (lkip.ComputeAngka), its reviu once the browser has painted them
// (lkip.ComputeReviu), so that the first figures show without waiting for
// the reviu, which walks every section and is half the work. A page that
// shows the reviu before then computes it first (Segarkan).
func (t *Toko) hitungAwal() {
	if !t.hitungDengan(lkip.ComputeAngka) {
		return
	}
	l := t.Lap
	t.reviuTunda = true
	t.setelahGambar(func() {
		t.lakukan(func() {
			if t.Lap == l {
				t.lengkapiReviu()
			}
		})
	})
}

// lengkapiReviu adds the reviu to a report computed by hitungAwal.
func (t *Toko) lengkapiReviu() {
	if t.reviuTunda && t.Lap != nil {
		start := time.Now()
		t.Lap = lkip.ComputeReviu(t.Lap)
		t.HitungPenuh += time.Since(start)
	}
	t.reviuTunda = false
	t.catatSekilas()
}

// ReviuTertunda reports whether the report's reviu is still to come (the
// figures are there; see hitungAwal).
func (t *Toko) ReviuTertunda() bool { return t.reviuTunda }

// SegarkanAngka brings the report's figures up to date when edits are
// pending, leaving a reviu still to come after opening to come (the home
// page calls it: its figures first).
func (t *Toko) SegarkanAngka() {
	if !t.segar {
		t.hitung()
	}
}

// Segarkan brings the report and its reviu up to date (pages that show the
// report or the reviu call it before rendering).
func (t *Toko) Segarkan() {
	t.SegarkanAngka()
	t.lengkapiReviu()
}

// Bagian names the section of the document an edit is in.
type Bagian int

const (
	BagianAnggaran Bagian = iota // the anggaran section
	BagianKinerja                // the kinerja section
)

// hitungBagian recomputes, after an edit, the sections the edit changes,
// with lkip's incremental entries (the calls lkip.Compute makes, in its
// order): for anggaran the budget tree and the belanja table; for kinerja
// the scores. The scores also read the tree (efficiency), but recomputing
// them costs a hundred times the tree (kinerja's checks run with them), so
// after a budget edit they are only marked stale and recomputed when a page
// shows them (SegarkanKinerja).
func (t *Toko) hitungBagian(b Bagian) {
	d := t.Dok
	start := time.Now()
	switch b {
	case BagianAnggaran:
		t.Pohon, t.Belanja = lkip.ComputeAnggaran(d, t.Opsi)
		t.kinerjaBasi = true
	case BagianKinerja:
		t.Kinerja = lkip.ComputeKinerja(d, t.Opsi, t.Pohon)
		t.kinerjaBasi = false
	}
	t.Hitung = time.Since(start)
}

// SegarkanKinerja recomputes the scores when a budget edit left them stale
// (the Kinerja page calls it before rendering).
func (t *Toko) SegarkanKinerja() {
	if t.kinerjaBasi && t.Dok != nil {
		t.Kinerja = lkip.ComputeKinerja(t.Dok, t.Opsi, t.Pohon)
	}
	t.kinerjaBasi = false
}

// NamaAktif returns the name of the active document, or a hint.
func (t *Toko) NamaAktif() string {
	if t.Dok == nil {
		return "Belum ada dokumen"
	}
	return t.ringkasan(t.AktifID).Nama
}

// namaDokumen names a document for the list: "Dinas Sosial Kabupaten
// Flores Timur 2022".
func namaDokumen(d *lkip.Dokumen) string {
	var parts []string
	for _, s := range []string{d.Identitas.Dinas, d.Identitas.Pemda} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if d.Identitas.Tahun != 0 {
		parts = append(parts, strconv.Itoa(d.Identitas.Tahun))
	}
	if len(parts) == 0 {
		return "Dokumen tanpa nama"
	}
	return strings.Join(parts, " ")
}

// Ubah applies an edit to section b of the active document and recomputes
// that section at once; when typing pauses (Toko.tunda without another
// edit) the document is saved. The whole report and reviu (lkip.Compute,
// the costly part on a large document) are recomputed only when a page
// that shows them is opened (Toko.Segarkan). It is what every input of the
// app calls.
func (t *Toko) Ubah(b Bagian, ubah func(d *lkip.Dokumen)) {
	if t.Dok == nil {
		return
	}
	t.terapkan(ubah)
	t.hitungBagian(b)
}

// terapkan applies an edit to the active document and records it (to be
// saved, and made again on another tab's version); the caller computes.
func (t *Toko) terapkan(ubah func(d *lkip.Dokumen)) {
	ubah(t.Dok)
	t.segar = false
	t.ulang = append(t.ulang, ulangan{no: t.ubahan + 1, f: ubah})
	t.catatUbah()
}

// catatUbah counts an edit of the active document and saves it once
// typing pauses (Toko.tunda without another edit).
func (t *Toko) catatUbah() {
	t.ubahan++
	t.Status = "Belum tersimpan"
	versi := t.ubahan
	t.tundaFn(t.tunda, func() {
		t.lakukan(func() {
			if t.ubahan == versi { // no later edit: save now
				t.simpan(nil)
			}
		})
	})
}

// SimpanSekarang saves a pending change now, then calls then.
func (t *Toko) SimpanSekarang(then func()) {
	if t.ubahan == t.tersimpan || t.Dok == nil {
		if then != nil {
			then()
		}
		return
	}
	t.simpan(then)
}

// Tersimpan reports whether every edit has been saved.
func (t *Toko) Tersimpan() bool { return t.ubahan == t.tersimpan }

// Lindungi is called as the page is hidden or goes away (reload, tab
// closed): an edit not yet saved is written at once, synchronously, to the
// backup (localStorage; an IndexedDB write may not finish once the page
// is gone) and to the store. [Toko.Buka] takes the backup back if the
// store's write did not finish.
func (t *Toko) Lindungi() {
	if t.Dok == nil || t.Tersimpan() {
		return
	}
	if data, err := t.Dok.Encode(); err == nil {
		t.cadangan.TulisCadangan(t.AktifID, t.versi, data)
	}
	if !t.menyimpan {
		t.simpan(nil)
	}
}

// Tanya reports whether closing the page now should ask first: an edit is
// not saved yet.
func (t *Toko) Tanya() bool { return t.Dok != nil && !t.Tersimpan() }

func (t *Toko) simpan(then func()) {
	if then != nil {
		t.antre = append(t.antre, then)
	}
	if t.menyimpan {
		t.lagi = true // saved, and antre run, once the write in flight is done
		return
	}
	versi := t.ubahan
	data, err := t.Dok.Encode()
	if err != nil {
		t.Status = "Gagal menyimpan"
		t.GagalSimpan = "Dokumen ini tidak dapat disimpan: " + err.Error()
		return
	}
	r := t.ringkasan(t.AktifID)
	r.Nama = namaDokumen(t.Dok)
	r.Diubah = t.jam()
	r.Ukuran = len(data)
	r.Versi = t.versi + 1
	r.Dihapus = time.Time{}
	id := t.AktifID
	t.Status = "Menyimpan…"
	t.menyimpan = true
	t.gudang.Tulis(r, data, func(err error) {
		t.lakukan(func() {
			t.menyimpan = false
			if id != t.AktifID {
				return // another document was opened meanwhile
			}
			switch {
			case errors.Is(err, simpan.ErrBasi):
				t.gabung(nil)
				return
			case err != nil:
				t.gagalSimpan(err)
			default:
				t.versi = r.Versi
				t.GagalSimpan = ""
				if versi > t.tersimpan {
					t.tersimpan = versi
				}
				t.buangUlang(versi)
				t.cadangan.HapusCadangan(id)
				t.perbaruiDaftar(r)
				t.gudang.Kabarkan(id, r.Versi)
				if t.tersimpan == t.ubahan {
					t.Status = "Tersimpan " + r.Diubah.Format("15.04.05")
				}
			}
			if t.lagi && !t.Tersimpan() && err == nil {
				t.lagi = false
				t.simpan(nil)
				return
			}
			t.lagi = false
			// After a failed save, what was to follow (opening another
			// document, reloading for a new version) is not done: it
			// would drop the only copy, in memory.
			antre := t.antre
			t.antre = nil
			if err == nil {
				for _, f := range antre {
					f()
				}
			}
		})
	})
}

// gagalSimpan reports a failed save plainly: the document stays in memory,
// the export is offered.
func (t *Toko) gagalSimpan(err error) {
	t.Status = "Gagal menyimpan"
	sebab := err.Error()
	if errors.Is(err, simpan.ErrPenuh) {
		sebab = "penyimpanan browser penuh atau dibatasi"
	}
	t.GagalSimpan = "Dokumen ini BELUM tersimpan di browser (" + sebab + "). " +
		"Isinya masih ada di halaman ini selama tab tidak ditutup: ekspor dokumen sekarang agar tidak hilang, " +
		"lalu kosongkan ruang (hapus dokumen yang tidak dipakai) dan coba simpan lagi."
}

// buangUlang forgets the edits up to number no, which are saved.
func (t *Toko) buangUlang(no int) {
	i := 0
	for i < len(t.ulang) && t.ulang[i].no <= no {
		i++
	}
	t.ulang = append([]ulangan(nil), t.ulang[i:]...)
}

// kabarDari handles another tab's news that document id is stored at
// version versi: the list is read again, and the active document, when it
// is that one, takes the other tab's version in (see [Toko.gabung]).
func (t *Toko) kabarDari(id string, versi int) {
	if id != t.AktifID || versi <= t.versi || t.Dok == nil {
		t.gudang.Daftar(func(list []simpan.Ringkasan, err error) {
			t.lakukan(func() {
				if err == nil {
					t.aturDaftar(list)
				}
			})
		})
		return
	}
	t.gabung(nil)
}

// gabung brings another tab's version of the active document in: it is
// read from the store and this tab's unsaved edits are made again on top
// of it, then saved; so neither tab's edits are lost. When an unsaved edit
// of this tab cannot be made again (a replaced section), this tab's
// version is saved and the other tab's is kept in the history. The user
// is told either way.
func (t *Toko) gabung(then func()) {
	id := t.AktifID
	t.muat(id, func(r simpan.Ringkasan, data []byte, d *lkip.Dokumen, err error) {
		if id != t.AktifID || t.Dok == nil {
			return
		}
		if err != nil || !r.Dihapus.IsZero() {
			t.Status = "Gagal menyimpan"
			t.GagalSimpan = "Dokumen ini diubah atau dihapus di tab lain dan versi itu tidak dapat dibaca di sini; versi di tab ini belum tersimpan: ekspor dokumen agar tidak hilang."
			return
		}
		bisa := true
		for _, u := range t.ulang {
			if u.f == nil {
				bisa = false
			}
		}
		switch {
		case bisa:
			for _, u := range t.ulang {
				u.f(d)
			}
			t.Dok = d
			t.versi = r.Versi
			t.hitung()
			if len(t.ulang) == 0 {
				t.tersimpan = t.ubahan
				t.Status = "Tersimpan " + r.Diubah.Format("15.04.05")
				t.Pesan = "Dokumen ini baru diubah di tab lain; isinya sudah diperbarui di sini."
			} else {
				t.Pesan = "Dokumen ini juga diubah di tab lain; perubahan itu sudah dimuat di sini dan perubahan Anda di tab ini tetap ada."
				t.simpan(then)
				return
			}
		default:
			t.versi = r.Versi
			t.Pesan = "Dokumen ini juga diubah di tab lain; versi tab lain disimpan di riwayat dokumen (halaman Data), versi tab ini yang dipakai."
			t.arsipkan(id, simpan.Versi{Alasan: "Versi dari tab lain", Waktu: t.jam(), Nama: r.Nama, Data: data}, func() {
				t.simpan(then)
			})
			return
		}
		if then != nil {
			then()
		}
		if !t.menyimpan {
			antre := t.antre
			t.antre = nil
			for _, f := range antre {
				f()
			}
		}
	})
}

func (t *Toko) ringkasan(id string) simpan.Ringkasan {
	for _, r := range t.Daftar {
		if r.ID == id {
			return r
		}
	}
	return simpan.Ringkasan{ID: id, Nama: "Dokumen"}
}

// aturDaftar takes the stored documents' list read from the store.
func (t *Toko) aturDaftar(list []simpan.Ringkasan) {
	t.Daftar = list
	t.catatAdaDokumen()
}

func (t *Toko) perbaruiDaftar(r simpan.Ringkasan) {
	defer t.catatAdaDokumen()
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

// tambah stores d as a new document and opens it (unless another was added
// after it meanwhile); pesan is shown once it is saved, with the offer to
// undo. When it cannot be saved it is opened all the same, unsaved, with
// the export offered.
func (t *Toko) tambah(d *lkip.Dokumen, pesan string) {
	data, err := d.Encode()
	if err != nil {
		t.galat("Dokumen tidak dapat disimpan: " + err.Error())
		return
	}
	now := t.jam()
	t.nomor++
	nomor := t.nomor
	sebelum := t.AktifID
	r := simpan.Ringkasan{ID: idBaru(now, nomor), Nama: namaDokumen(d), Diubah: now, Ukuran: len(data), Versi: 1}
	t.Status = "Menyimpan…"
	t.gudang.Tulis(r, data, func(err error) {
		t.lakukan(func() {
			if nomor != t.nomor && err == nil {
				t.perbaruiDaftar(r)
				return // a later document was added: that one opens
			}
			if err != nil {
				t.galat(r.Nama + " belum tersimpan di browser.")
				r.Versi = 0
				t.perbaruiDaftar(r)
				t.aktifkan(r.ID, d)
				t.ubahan = 1
				t.ulang = []ulangan{{no: 1}}
				t.gagalSimpan(err)
				return
			}
			t.perbaruiDaftar(r)
			t.aktifkan(r.ID, d)
			t.versi = 1
			t.Status = "Tersimpan " + now.Format("15.04.05")
			t.Pesan = pesan
			t.gudang.Kabarkan(r.ID, 1)
			if pesan != "" {
				t.Urung = &Urung{Teks: "Urungkan: hapus dokumen ini", f: func() {
					t.Hapus(r.ID)
					if sebelum != "" {
						t.Buka(sebelum)
					}
				}}
			}
		})
	})
}

// MuatContoh adds the embedded sample (the LKIP 2022 of Dinas Sosial
// Kabupaten Flores Timur) as a new document and opens it.
func (t *Toko) MuatContoh() {
	t.MulaiImpor()
	t.tambah(lkip.Contoh(), "Contoh dimuat: LKIP 2022 Dinas Sosial Kabupaten Flores Timur.")
}

// Impor reads one file the user chose, as [Toko.ImporBanyak] reads
// several: a data file (JSON) or a ZIP of data files become documents; an
// anggaran CSV replaces the anggaran section of the active document. A
// file that cannot be read changes nothing and its error, which says where
// the file is wrong, is shown.
func (t *Toko) Impor(nama string, data []byte) {
	t.ImporBanyak([]string{nama}, [][]byte{data})
}

func (t *Toko) imporCSV(nama string, data []byte) {
	opsi := anggaran.OpsiCSV{Tabel: "Tabel 3.2"}
	if t.Dok != nil {
		opsi.Tahun = t.Dok.TahunLaporan()
		if t.Dok.Anggaran != nil {
			opsi.UrusanBidang = t.Dok.Anggaran.UrusanBidang
			if t.Dok.Anggaran.Tabel != "" {
				opsi.Tabel = t.Dok.Anggaran.Tabel
			}
		}
	}
	a, err := anggaran.ParseCSV(bytes.NewReader(data), nama, opsi)
	if err != nil {
		t.galat("Berkas " + nama + " tidak dapat diimpor; data yang ada tidak diubah. " + err.Error())
		return
	}
	baru := func() {
		d := &lkip.Dokumen{Versi: lkip.VersiSkema, Anggaran: a}
		d.Identitas.Tahun = a.Tahun
		t.tambah(d, "Anggaran dari "+nama+" diimpor sebagai dokumen baru.")
	}
	if t.Dok == nil {
		baru()
		return
	}
	lama := t.Dok.Anggaran
	t.Usulan = &Usulan{
		Judul:   "Impor " + nama + " akan MENGGANTI seluruh anggaran dokumen \"" + t.NamaAktif() + "\". Periksa perubahannya:",
		Rincian: bedaAnggaran(lama, a, t.Opsi.Anggaran, t.Dok),
		Terima:  "Ganti anggaran dokumen ini",
		baru:    baru,
		terima: func() {
			t.ganti("Sebelum impor "+nama, func(d *lkip.Dokumen) {
				if d.Anggaran != nil && len(a.Belanja) == 0 {
					a.Belanja = d.Anggaran.Belanja
					a.PerjanjianKinerja = d.Anggaran.PerjanjianKinerja
				}
				d.Anggaran = a
			}, fmt.Sprintf("Anggaran dokumen ini diganti dari %s (%d baris).", nama, len(a.Rincian)))
		},
	}
}

// TerimaUsulan does the replacing action waiting for confirmation.
func (t *Toko) TerimaUsulan() {
	if u := t.Usulan; u != nil {
		t.Usulan = nil
		u.terima()
	}
}

// UsulanBaru makes the data of the waiting action a new document instead.
func (t *Toko) UsulanBaru() {
	if u := t.Usulan; u != nil && u.baru != nil {
		t.Usulan = nil
		u.baru()
	}
}

// BatalUsulan drops the waiting action; nothing changes.
func (t *Toko) BatalUsulan() {
	if t.Usulan != nil {
		t.Usulan = nil
		t.Pesan = "Impor dibatalkan; dokumen tidak diubah."
	}
}

// Urungkan undoes the last replacing action.
func (t *Toko) Urungkan() {
	if u := t.Urung; u != nil {
		t.Urung = nil
		t.Pesan = ""
		u.f()
	}
}

// ganti replaces part of the active document by ubah, after keeping the
// current version in the history (alasan says why); nothing is replaced
// when the history cannot be written. pesan is shown with the offer to
// undo.
func (t *Toko) ganti(alasan string, ubah func(d *lkip.Dokumen), pesan string) {
	data, err := t.Dok.Encode()
	if err != nil {
		t.galat("Dokumen tidak dapat disimpan: " + err.Error())
		return
	}
	id := t.AktifID
	t.arsipkan(id, simpan.Versi{Alasan: alasan, Waktu: t.jam(), Nama: t.NamaAktif(), Data: data}, func() {
		if id != t.AktifID || t.Dok == nil {
			return
		}
		t.terapkan(ubah)
		t.ulang[len(t.ulang)-1].f = nil // not made again on another tab's version
		// The whole report: budget, scores and reviu, once.
		t.hitung()
		t.aturBuka()
		t.SimpanSekarang(func() {
			if t.Tersimpan() {
				t.Pesan = pesan + " Versi sebelumnya disimpan di riwayat dokumen."
				t.Urung = &Urung{Teks: "Urungkan impor", f: func() { t.PulihkanVersi(0) }}
			}
		})
	})
}

// arsipkan keeps v in the history of document id, then calls lanjut; a
// failure is reported and lanjut is not called.
func (t *Toko) arsipkan(id string, v simpan.Versi, lanjut func()) {
	t.gudang.Arsipkan(id, v, func(err error) {
		t.lakukan(func() {
			if err != nil {
				t.galat("Versi sebelumnya tidak dapat disimpan di riwayat, jadi tidak ada yang diganti: " + err.Error())
				return
			}
			if id == t.AktifID {
				t.bacaRiwayat()
			}
			lanjut()
		})
	})
}

// bacaRiwayat reads the history of the active document.
func (t *Toko) bacaRiwayat() {
	id := t.AktifID
	t.gudang.Riwayat(id, func(list []simpan.Versi, err error) {
		t.lakukan(func() {
			if id == t.AktifID && err == nil {
				t.Riwayat = list
			}
		})
	})
}

// PulihkanVersi makes the earlier version i of the active document
// (Riwayat[i]) current again; the current one is kept in the history
// first, so this too can be undone.
func (t *Toko) PulihkanVersi(i int) {
	id := t.AktifID
	t.gudang.Riwayat(id, func(list []simpan.Versi, err error) {
		t.lakukan(func() {
			if err != nil || i >= len(list) || id != t.AktifID || t.Dok == nil {
				t.galat("Versi sebelumnya tidak ditemukan di riwayat.")
				return
			}
			v := list[i]
			d, err := lkip.Parse(v.Data, v.Nama+".json")
			if err != nil {
				t.galat("Versi sebelumnya tidak dapat dibaca: " + err.Error())
				return
			}
			data, err := t.Dok.Encode()
			if err != nil {
				t.galat(err.Error())
				return
			}
			waktu := v.Waktu.Format("02-01-2006 15.04.05")
			t.arsipkan(id, simpan.Versi{Alasan: "Sebelum dipulihkan ke versi " + waktu, Waktu: t.jam(), Nama: t.NamaAktif(), Data: data}, func() {
				t.Dok = d
				t.hitung()
				t.aturBuka()
				t.draf = map[string]draf{}
				t.ulang = append(t.ulang, ulangan{no: t.ubahan + 1})
				t.catatUbah()
				t.SimpanSekarang(func() {
					if t.Tersimpan() {
						t.Pesan = "Versi " + waktu + " (" + v.Alasan + ") dipulihkan; versi yang diganti ada di riwayat."
					}
				})
			})
		})
	})
}

// BuangRiwayat discards the earlier versions of the active document.
func (t *Toko) BuangRiwayat() {
	id := t.AktifID
	t.gudang.BuangRiwayat(id, func(err error) {
		t.lakukan(func() {
			if err != nil {
				t.galat(err.Error())
				return
			}
			t.Urung = nil
			t.bacaRiwayat()
			t.Pesan = "Riwayat dokumen ini dibuang."
		})
	})
}

// MulaiImpor clears the notices before a batch of imports.
func (t *Toko) MulaiImpor() { t.Pesan, t.Galat, t.Urung, t.Usulan = "", "", nil, nil }

// galat adds an error notice to those already shown.
func (t *Toko) galat(s string) {
	if t.Galat != "" {
		t.Galat += "\n"
	}
	t.Galat += s
}

// jenisBerkas tells a CSV file from a JSON data file: by extension, else by
// the first non-blank character.
func jenisBerkas(nama string, data []byte) string {
	n := strings.ToLower(nama)
	switch {
	case strings.HasSuffix(n, ".csv"):
		return "csv"
	case strings.HasSuffix(n, ".json"):
		return "json"
	}
	if s := bytes.TrimLeft(data, " \t\r\n\ufeff"); len(s) > 0 && (s[0] == '{' || s[0] == '[') {
		return "json"
	}
	return "csv"
}

// Hapus deletes document id from the browser, undoably: it is marked
// deleted and kept until [Toko.HapusPermanen]. The active document is
// closed first.
func (t *Toko) Hapus(id string) {
	if id == t.AktifID && t.Dok != nil && !t.Tersimpan() {
		// The last edits are saved first, so that undoing the deletion
		// brings them back too.
		t.SimpanSekarang(func() { t.Hapus(id) })
		return
	}
	nama := t.ringkasan(id).Nama
	t.gudang.Hapus(id, t.jam(), func(err error) {
		t.lakukan(func() {
			if err != nil {
				t.galat(err.Error())
				return
			}
			t.segarkanDaftar()
			if id == t.AktifID {
				t.AktifID, t.Dok = "", nil
				t.hitung()
				t.ubahan, t.tersimpan, t.ulang, t.GagalSimpan, t.Riwayat = 0, 0, nil, "", nil
				t.Status = "Belum ada dokumen"
			}
			t.gudang.Kabarkan(id, -1)
			t.Pesan = "Dokumen \"" + nama + "\" dihapus dari browser ini; dokumen itu masih dapat dipulihkan di halaman Data sampai dihapus permanen."
			t.Urung = &Urung{Teks: "Urungkan hapus", f: func() { t.Pulihkan(id) }}
		})
	})
}

// Pulihkan restores the deleted document id and opens it.
func (t *Toko) Pulihkan(id string) {
	t.gudang.Pulihkan(id, func(err error) {
		t.lakukan(func() {
			if err != nil {
				t.galat(err.Error())
				return
			}
			t.gudang.Kabarkan(id, -1)
			t.SimpanSekarang(func() { t.Buka(id) })
			t.Pesan = "Dokumen dipulihkan."
		})
	})
}

// HapusPermanen removes the deleted document id and its history for good.
func (t *Toko) HapusPermanen(id string) {
	t.gudang.HapusPermanen(id, func(err error) {
		t.lakukan(func() {
			if err != nil {
				t.galat(err.Error())
				return
			}
			t.segarkanDaftar()
			t.gudang.Kabarkan(id, -1)
			t.Urung = nil
			t.Pesan = "Dokumen dihapus permanen."
		})
	})
}

// segarkanDaftar reads the list of documents again.
func (t *Toko) segarkanDaftar() {
	t.gudang.Daftar(func(list []simpan.Ringkasan, err error) {
		t.lakukan(func() {
			if err == nil {
				t.aturDaftar(list)
			}
		})
	})
}

// EksporMentah calls selesai with the stored data file of document id as
// it is (a document this version cannot read, say) and a file name.
func (t *Toko) EksporMentah(id string, selesai func(nama string, data []byte, err error)) {
	r := t.ringkasan(id)
	t.gudang.Baca(id, func(data []byte, err error) {
		t.lakukan(func() { selesai("lkip-"+namaBerkas(r.Nama)+"-apa-adanya.json", data, err) })
	})
}

// Ekspor returns the active document's data file and a file name for it.
func (t *Toko) Ekspor() (nama string, data []byte, err error) {
	if t.Dok == nil {
		return "", nil, errors.New("belum ada dokumen untuk diekspor")
	}
	data, err = t.Dok.Encode()
	if err != nil {
		return "", nil, err
	}
	return "lkip-" + namaBerkas(namaDokumen(t.Dok)) + ".json", data, nil
}

// namaBerkas makes a document's name fit a file name.
func namaBerkas(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		}
		return '-'
	}, strings.ToLower(s))
	return strings.Trim(s, "-")
}

// idBaru returns a fresh document ID.
func idBaru(now time.Time, n int) string {
	return "dok-" + strconv.FormatInt(now.UnixMilli(), 36) + "-" + strconv.Itoa(n)
}

// Terbuka reports whether the budget row k shows its children.
func (t *Toko) Terbuka(k anggaran.Kode) bool {
	if v, ok := t.buka[k]; ok {
		return v
	}
	return t.bawaanBuka
}

// Alih opens or closes the budget row k.
func (t *Toko) Alih(k anggaran.Kode) {
	if t.buka == nil {
		t.buka = map[anggaran.Kode]bool{}
	}
	t.buka[k] = !t.Terbuka(k)
}

// BukaSemua opens (or closes) every budget row.
func (t *Toko) BukaSemua(buka bool) {
	t.buka = map[anggaran.Kode]bool{}
	t.bawaanBuka = buka
}

// batasBuka is the number of sub kegiatan up to which the budget table
// starts fully open; larger tables start with programs only.
const batasBuka = 150

// aturBuka sets the initial open state of the budget table.
func (t *Toko) aturBuka() {
	t.buka = map[anggaran.Kode]bool{}
	t.bawaanBuka = t.Pohon == nil || t.Pohon.Hitungan().SubKegiatan <= batasBuka
}

// bukaJalur opens the budget rows above the row a data-file path is about
// ("anggaran.rincian[5].realisasi"), so that its field is shown.
func (t *Toko) bukaJalur(path string) {
	i, _, ok := indeksKolom(path, "anggaran.rincian[")
	if !ok || t.Dok == nil || t.Dok.Anggaran == nil {
		return
	}
	if i < 0 || i >= len(t.Dok.Anggaran.Rincian) {
		return
	}
	if t.buka == nil {
		t.buka = map[anggaran.Kode]bool{}
	}
	for k := t.Dok.Anggaran.Rincian[i].Kode.Induk(); !k.IsZero(); k = k.Induk() {
		t.buka[k] = true
	}
}

// calonID lists the element IDs that can show a data-file path, most
// precise first: the field itself, then its enclosing rows
// ("anggaran.rincian[5].realisasi", "anggaran.rincian[5]").
func calonID(path string) []string {
	var ids []string
	for p := path; p != ""; {
		ids = append(ids, idIsian(p))
		i := strings.LastIndexAny(p, ".[")
		if i <= 0 {
			break
		}
		p = p[:i]
	}
	return ids
}

// bedaAnggaran words, for the confirmation of an import, what replacing
// the budget section lama by baru changes in document d: the rows added,
// removed and changed (by code), and the totals before and after, as
// anggaran computes them. It only compares; it decides nothing.
func bedaAnggaran(lama, baru *anggaran.Anggaran, opsi anggaran.Opsi, d *lkip.Dokumen) []string {
	var out []string
	out = append(out, fmt.Sprintf("Identitas dokumen tidak berubah: %s, tahun %d.", strings.TrimSpace(d.Identitas.Dinas+" "+d.Identitas.Pemda), d.Identitas.Tahun))
	if lama == nil {
		return append(out, fmt.Sprintf("Dokumen ini belum punya anggaran; %d baris akan ditambahkan.", len(baru.Rincian)))
	}
	if baru.Tahun != lama.Tahun && baru.Tahun != 0 {
		out = append(out, fmt.Sprintf("Tahun anggaran: %d menjadi %d.", lama.Tahun, baru.Tahun))
	}
	kunci := func(r anggaran.Rincian) string { return r.Kode.String() + "\x00" + r.Uraian }
	sama := func(a, b decimal.NullDecimal) bool { return a.Valid == b.Valid && a.Decimal.Equal(b.Decimal) }
	lamaPer := map[string]anggaran.Rincian{}
	for _, r := range lama.Rincian {
		lamaPer[kunci(r)] = r
	}
	var tambah, ubah []string
	ada := map[string]bool{}
	for _, r := range baru.Rincian {
		k := kunci(r)
		ada[k] = true
		l, ok := lamaPer[k]
		switch {
		case !ok:
			tambah = append(tambah, strings.TrimSpace(r.Kode.String()+" "+r.Uraian))
		case !sama(l.Pagu.Decimal(), r.Pagu.Decimal()) || !sama(l.Realisasi.Decimal(), r.Realisasi.Decimal()):
			ubah = append(ubah, strings.TrimSpace(r.Kode.String()+" "+r.Uraian))
		}
	}
	var hapus []string
	for _, r := range lama.Rincian {
		if !ada[kunci(r)] {
			hapus = append(hapus, strings.TrimSpace(r.Kode.String()+" "+r.Uraian))
		}
	}
	out = append(out, fmt.Sprintf("Baris anggaran: %d menjadi %d (%d baru, %d dihapus, %d berubah nilainya).",
		len(lama.Rincian), len(baru.Rincian), len(tambah), len(hapus), len(ubah)))
	contoh := func(judul string, list []string) {
		if len(list) == 0 {
			return
		}
		n := min(len(list), 5)
		s := judul + ": " + strings.Join(list[:n], "; ")
		if len(list) > n {
			s += fmt.Sprintf("; dan %d lainnya", len(list)-n)
		}
		out = append(out, s+".")
	}
	contoh("Dihapus", hapus)
	contoh("Baru", tambah)
	contoh("Berubah", ubah)
	jl, jb := lama.Compute(opsi).Jumlah(), baru.Compute(opsi).Jumlah()
	out = append(out,
		"Jumlah pagu: "+rupiah(jl.Pagu)+" menjadi "+rupiah(jb.Pagu)+".",
		"Jumlah realisasi: "+rupiah(jl.Realisasi)+" menjadi "+rupiah(jb.Realisasi)+".")
	return out
}
