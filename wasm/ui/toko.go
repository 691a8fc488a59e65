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

	buka       map[anggaran.Kode]bool // open state of budget rows
	bawaanBuka bool                   // open state of rows not in buka

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

// draf is what the user typed in a field and why it is not accepted.
type draf struct {
	Teks  string
	Galat string
}

// NewToko returns a store over g. Nothing is read until [Toko.Mulai].
func NewToko(g simpan.Gudang) *Toko {
	return &Toko{
		gudang:    g,
		Opsi:      lkip.DefaultOpsi(),
		Status:    "Memuat…",
		draf:      map[string]draf{},
		perbaikan: map[string]draf{},
		tunda:     300 * time.Millisecond,
		jam:       time.Now,
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
				if t.ContohAwal {
					t.tambah(lkip.Contoh(), "Browser ini belum menyimpan dokumen, jadi contoh LKIP 2022 Dinas Sosial Kabupaten Flores Timur dimuat. Impor berkas dinas Anda di halaman Data.")
				}
				return
			}
			t.Buka(list[0].ID)
		})
	})
	simpan.MintaTetap(func(ok bool) {
		t.lakukan(func() { t.Tetap = &ok })
	})
}

// Buka loads document id from the store and makes it active. A document
// that no longer parses (written by an older app, say) is left in the store
// and reported.
func (t *Toko) Buka(id string) {
	t.gudang.Baca(id, func(data []byte, err error) {
		t.lakukan(func() {
			t.siap = true
			if err != nil {
				t.Galat = "Dokumen tidak dapat dibaca dari browser: " + err.Error()
				return
			}
			d, err := lkip.Parse(data, t.ringkasan(id).Nama+".json")
			if err != nil {
				t.Galat = "Dokumen di browser tidak dapat dibuka: " + err.Error()
				return
			}
			t.aktifkan(id, d)
			t.Status = "Tersimpan"
		})
	})
}

// aktifkan makes d the active document and computes it.
func (t *Toko) aktifkan(id string, d *lkip.Dokumen) {
	t.AktifID, t.Dok = id, d
	t.draf = map[string]draf{}
	t.perbaikan, t.Diperbaiki = map[string]draf{}, ""
	t.ubahan, t.tersimpan = 0, 0
	t.hitung()
	t.aturBuka()
}

// hitung recomputes the report and the reviu of the active document with
// lkip.Compute.
func (t *Toko) hitung() {
	t.segar = true
	if t.Dok == nil {
		t.Lap, t.Pohon, t.Belanja, t.Kinerja = nil, nil, nil, nil
		return
	}
	start := time.Now()
	l, err := lkip.Compute(t.Dok, t.Opsi)
	t.HitungPenuh = time.Since(start)
	if err != nil {
		t.Galat = "Perhitungan gagal: " + err.Error()
		return
	}
	t.Lap, t.Pohon, t.Belanja, t.Kinerja = l, l.Pohon, l.Belanja, l.Kinerja
}

// Segarkan brings the report up to date when edits are pending (pages that
// show the report or the reviu call it before rendering).
func (t *Toko) Segarkan() {
	if !t.segar {
		t.hitung()
	}
}

// Bagian names the section of the document an edit is in.
type Bagian int

const (
	BagianAnggaran Bagian = iota // the anggaran section
	BagianKinerja                // the kinerja section
)

// hitungBagian recomputes, after an edit, the section the edit is in, by
// the section's package and with lkip's options: the budget tree and the
// belanja table for anggaran; the scores for kinerja (with the budget tree
// as its source of budget figures, and the report's year, as lkip.Compute
// does).
func (t *Toko) hitungBagian(b Bagian) {
	d := t.Dok
	start := time.Now()
	switch b {
	case BagianAnggaran:
		t.Pohon, t.Belanja = nil, nil
		if d.Anggaran != nil {
			t.Pohon = d.Anggaran.Compute(t.Opsi.Anggaran)
			if len(d.Anggaran.Belanja) > 0 {
				t.Belanja = anggaran.ComputeBelanja(d.Anggaran.Belanja)
			}
		}
	case BagianKinerja:
		t.Kinerja = nil
		if d.Kinerja != nil {
			var sumber kinerja.SumberAnggaran
			if t.Pohon != nil {
				sumber = t.Pohon
			}
			tahun := d.Identitas.Tahun
			if tahun == 0 {
				tahun = d.Kinerja.Tahun
			}
			t.Kinerja = kinerja.Compute(d.Kinerja, tahun, t.Opsi.Kinerja, sumber)
		}
	}
	t.Hitung = time.Since(start)
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
	ubah(t.Dok)
	t.hitungBagian(b)
	t.segar = false
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

func (t *Toko) simpan(then func()) {
	versi := t.ubahan
	data, err := t.Dok.Encode()
	if err != nil {
		t.Status = "Gagal menyimpan"
		t.Galat = "Dokumen tidak dapat disimpan: " + err.Error()
		return
	}
	r := t.ringkasan(t.AktifID)
	r.Nama = namaDokumen(t.Dok)
	r.Diubah = t.jam()
	r.Ukuran = len(data)
	t.Status = "Menyimpan…"
	t.gudang.Tulis(r, data, func(err error) {
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
	return simpan.Ringkasan{ID: id, Nama: "Dokumen"}
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

// tambah stores d as a new document and opens it (unless another was added
// after it meanwhile); pesan is shown once it is saved.
func (t *Toko) tambah(d *lkip.Dokumen, pesan string) {
	data, err := d.Encode()
	if err != nil {
		t.Galat = "Dokumen tidak dapat disimpan: " + err.Error()
		return
	}
	now := t.jam()
	t.nomor++
	nomor := t.nomor
	r := simpan.Ringkasan{ID: idBaru(now, nomor), Nama: namaDokumen(d), Diubah: now, Ukuran: len(data)}
	t.Status = "Menyimpan…"
	t.gudang.Tulis(r, data, func(err error) {
		t.lakukan(func() {
			if err != nil {
				t.Status = "Gagal menyimpan"
				t.galat(r.Nama + ": " + err.Error())
				return
			}
			t.perbaruiDaftar(r)
			if nomor != t.nomor {
				return // a later document was added: that one opens
			}
			t.aktifkan(r.ID, d)
			t.Status = "Tersimpan " + now.Format("15.04.05")
			t.Pesan = pesan
		})
	})
}

// MuatContoh adds the embedded sample (the LKIP 2022 of Dinas Sosial
// Kabupaten Flores Timur) as a new document and opens it.
func (t *Toko) MuatContoh() {
	t.MulaiImpor()
	t.tambah(lkip.Contoh(), "Contoh dimuat: LKIP 2022 Dinas Sosial Kabupaten Flores Timur.")
}

// Impor reads a file the user chose: a data file (JSON) becomes a new
// document; an anggaran CSV replaces the anggaran section of the active
// document. A file that cannot be read changes nothing and its error, which
// says where the file is wrong, is shown.
func (t *Toko) Impor(nama string, data []byte) {
	if jenisBerkas(nama, data) == "csv" {
		t.imporCSV(nama, data)
		return
	}
	d, err := lkip.Parse(data, nama)
	if err != nil {
		t.galat("Berkas " + nama + " tidak dapat diimpor; data yang ada tidak diubah. " + err.Error())
		return
	}
	t.tambah(d, "Berkas "+nama+" diimpor sebagai dokumen baru.")
}

func (t *Toko) imporCSV(nama string, data []byte) {
	opsi := anggaran.OpsiCSV{Tabel: "Tabel 3.2"}
	if t.Dok != nil {
		opsi.Tahun = t.Dok.Identitas.Tahun
		if t.Dok.Anggaran != nil {
			opsi.UrusanBidang = t.Dok.Anggaran.UrusanBidang
			opsi.Tahun = t.Dok.Anggaran.Tahun
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
	if t.Dok == nil {
		d := &lkip.Dokumen{Versi: lkip.VersiSkema, Anggaran: a}
		d.Identitas.Tahun = a.Tahun
		t.tambah(d, "Anggaran dari "+nama+" diimpor sebagai dokumen baru.")
		return
	}
	t.Ubah(BagianAnggaran, func(d *lkip.Dokumen) {
		if d.Anggaran != nil && len(a.Belanja) == 0 {
			a.Belanja = d.Anggaran.Belanja
			a.PerjanjianKinerja = d.Anggaran.PerjanjianKinerja
		}
		d.Anggaran = a
	})
	t.hitungBagian(BagianKinerja)
	t.hitung()
	t.aturBuka()
	t.Pesan = fmt.Sprintf("Anggaran dokumen ini diganti dari %s (%d baris).", nama, len(a.Rincian))
}

// MulaiImpor clears the notices before a batch of imports.
func (t *Toko) MulaiImpor() { t.Pesan, t.Galat = "", "" }

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

// Hapus deletes document id from the browser. The active document is
// closed first.
func (t *Toko) Hapus(id string) {
	t.gudang.Hapus(id, func(err error) {
		t.lakukan(func() {
			if err != nil {
				t.Galat = err.Error()
				return
			}
			for i := range t.Daftar {
				if t.Daftar[i].ID == id {
					t.Daftar = append(t.Daftar[:i], t.Daftar[i+1:]...)
					break
				}
			}
			if id == t.AktifID {
				t.AktifID, t.Dok = "", nil
				t.hitung()
				t.ubahan, t.tersimpan = 0, 0
				t.Status = "Belum ada dokumen"
			}
			t.Pesan = "Dokumen dihapus dari browser ini."
		})
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
	nama = strings.ToLower(namaDokumen(t.Dok))
	nama = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		}
		return '-'
	}, nama)
	return "lkip-" + strings.Trim(nama, "-") + ".json", data, nil
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
