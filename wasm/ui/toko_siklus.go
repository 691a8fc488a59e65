package ui

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/wasm/simpan"
)

// This file holds the store's part of the LKIP cycle: next year's document
// from this year's ("Lanjutkan ke tahun berikutnya") and the import of a
// ZIP archive of data files (the dinas of a kabupaten, for the rekap).

// HasilLanjut is what the last "Lanjutkan ke tahun berikutnya" did, shown
// while the new document is the active one.
type HasilLanjut struct {
	Dari, Ke string // names of the old and the new document
	// Catatan are lkip's notes: what was carried over, what was emptied,
	// what staff must fill in ([lkip.Dokumen.Lanjutkan]).
	Catatan []string
	dok     *lkip.Dokumen // the new document
}

// LanjutAktif returns the result of the last continuation while its new
// document is the active one, else nil.
func (t *Toko) LanjutAktif() *HasilLanjut {
	if t.Lanjut != nil && t.Dok != nil && t.Lanjut.dok == t.Dok {
		return t.Lanjut
	}
	return nil
}

// TahunBerikutnya returns the year the active document would be continued
// to, 0 when it has no year (it cannot be continued).
func (t *Toko) TahunBerikutnya() int {
	if tahun := t.Dok.TahunLaporan(); tahun != 0 {
		return tahun + 1
	}
	return 0
}

// Lanjutkan makes next year's document from the active one with
// lkip.Dokumen.Lanjutkan, stores it as a NEW document and opens it; the
// active document is saved first and is not changed. When the browser
// already holds a document of that name (dinas, pemda, year), the user is
// asked first.
func (t *Toko) Lanjutkan() {
	if t.Dok == nil {
		t.galat("Belum ada dokumen untuk dilanjutkan ke tahun berikutnya.")
		return
	}
	t.SimpanSekarang(func() {
		if t.Dok == nil {
			return
		}
		n, catatan, err := t.Dok.Lanjutkan()
		if err != nil {
			t.MulaiImpor()
			t.galat(kapital(err.Error()) + ".")
			return
		}
		lama, baru := namaDokumen(t.Dok), namaDokumen(n)
		buat := func() {
			t.MulaiImpor()
			t.Lanjut = &HasilLanjut{Dari: lama, Ke: baru, Catatan: catatan, dok: n}
			t.tambah(n, "Dokumen \""+baru+"\" dibuat dari \""+lama+"\" dan dibuka; dokumen \""+lama+"\" tidak diubah.")
		}
		for _, r := range t.Dokumen() {
			if r.Nama == baru {
				t.MulaiImpor()
				t.Usulan = &Usulan{
					Judul:    "Browser ini sudah menyimpan dokumen \"" + baru + "\".",
					Rincian:  []string{"Dokumen yang sudah ada tidak diubah; yang baru dibuat dari \"" + lama + "\" di sampingnya."},
					Terima:   "Tetap buat dokumen baru",
					Menambah: true,
					terima:   buat,
				}
				return
			}
		}
		buat()
	})
}

// batasZip holds the limits of an imported ZIP archive: its entries, the
// bytes of one data file uncompressed, and of all its data files together.
// The PWA uses [batasZipBawaan]; tests smaller ones.
type batasZip struct {
	isi          int
	satu, jumlah int64
}

// batasZipBawaan: the library's limits (internal/naskah): at most
// MaksIsiArsip entries, each data file at most the data file's own limit
// (MaksUkuran, 32 MiB) and all of them at most MaksArsip (256 MiB)
// uncompressed, so that a ZIP bomb (a few kilobytes that inflate to
// gigabytes) is refused in bounded memory.
var batasZipBawaan = batasZip{isi: naskah.MaksIsiArsip, satu: naskah.MaksUkuran, jumlah: naskah.MaksArsip}

// arsipZip reports whether a chosen file is a ZIP archive: by extension,
// else by its signature.
func arsipZip(nama string, data []byte) bool {
	return strings.HasSuffix(strings.ToLower(nama), ".zip") || bytes.HasPrefix(data, []byte("PK\x03\x04"))
}

// berkasData is a data file read for a batch import: its name (in its
// archive, if any) and the document.
type berkasData struct {
	nama string
	d    *lkip.Dokumen
}

// ImporBanyak imports files chosen together (the data files of every
// dinas, for the rekap): each ZIP archive's data files and each data file
// (JSON) go in one batch; an anggaran CSV, chosen alone, replaces the
// open document's budget after asking (imporCSV). A file
// that cannot be read is named with its error and the others are still
// imported. When data files of the batch name documents the browser
// already holds (the same dinas, pemda and year: the files of last week,
// say), the user is asked whether they update those documents (each
// keeping its current version in its history) or become new ones beside
// them; the others are added as new documents.
func (t *Toko) ImporBanyak(nama []string, isi [][]byte) {
	t.MulaiImpor()
	var ds []berkasData
	gagal := 0
	for i := range nama {
		switch {
		case arsipZip(nama[i], isi[i]):
			x, g := t.bacaArsip(nama[i], isi[i])
			ds, gagal = append(ds, x...), gagal+g
		case jenisBerkas(nama[i], isi[i]) == "csv" && len(nama) > 1:
			// a budget CSV replaces the open document's budget after its own
			// confirmation: one proposal at a time, so it is chosen alone
			gagal++
			t.galat("Berkas " + nama[i] + " tidak diimpor: anggaran CSV mengganti anggaran dokumen yang terbuka dan perlu dipastikan sendiri; pilih berkas itu saja.")
		case jenisBerkas(nama[i], isi[i]) == "csv":
			t.imporCSV(nama[i], isi[i])
		default:
			d, err := lkip.Parse(isi[i], nama[i])
			if err != nil {
				gagal++
				t.galat("Berkas " + nama[i] + " tidak dapat diimpor; data yang ada tidak diubah. " + err.Error())
				continue
			}
			ds = append(ds, berkasData{nama[i], d})
		}
	}
	if len(ds) == 0 {
		return
	}
	t.tambahBanyak(ds, fmt.Sprintf("%d berkas data", len(ds)), ketGagal(gagal))
}

// bacaArsip reads the data files of a ZIP archive; the files that cannot
// be read are named in the error notice and counted in gagal, the files
// that are not data files (other extensions; folders and the __MACOSX
// copies are passed over silently) are named as skipped.
func (t *Toko) bacaArsip(nama string, data []byte) (ds []berkasData, gagal int) {
	return t.bacaArsipBatas(nama, data, batasZipBawaan)
}

// dataZip reports whether the entry f of an archive is a data file to
// import; lewat says whether it is named as skipped when it is not
// (folders and the __MACOSX copies are passed over silently).
func dataZip(f *zip.File) (data, lewat bool) {
	base := path.Base(f.Name)
	switch {
	case f.FileInfo().IsDir():
		return false, false
	case strings.HasPrefix(f.Name, "__MACOSX/") || strings.HasPrefix(base, "."):
		return false, false
	}
	ok := strings.HasSuffix(strings.ToLower(base), ".json")
	return ok, !ok
}

// bacaArsipBatas is [Toko.bacaArsip] under the limits b: an archive over
// them imports nothing and says which limit and by what.
func (t *Toko) bacaArsipBatas(nama string, data []byte, b batasZip) (ds []berkasData, gagal int) {
	if int64(len(data)) > b.jumlah {
		t.galat("Arsip " + nama + " tidak diimpor: " + naskah.TerlaluBesar(nama, int64(len(data)), b.jumlah, "arsip ZIP berkas data").Error() + ". Bagi arsipnya.")
		return nil, 0
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.galat("Arsip " + nama + " tidak dapat dibuka sebagai ZIP (bukan arsip ZIP yang utuh, mungkin terpotong saat diunduh atau disalin); tidak ada yang diimpor.")
		return nil, 0
	}
	if len(z.File) > b.isi {
		t.galat(fmt.Sprintf("Arsip %s memuat %d berkas, lebih dari %d; tidak ada yang diimpor. Bagi arsipnya.", nama, len(z.File), b.isi))
		return nil, 0
	}
	// What the entries say they hold, before any is inflated.
	var ukuran uint64
	for _, f := range z.File {
		if ok, _ := dataZip(f); ok {
			ukuran += min(f.UncompressedSize64, uint64(b.jumlah)+1)
		}
	}
	if ukuran > uint64(b.jumlah) {
		t.galat(fmt.Sprintf("Arsip %s tidak diimpor: berkas datanya berukuran %s setelah diurai, lebih dari batas %s untuk isi satu arsip. Bagi arsipnya.", nama, naskah.Ukuran(int64(min(ukuran, uint64(1)<<62))), naskah.Ukuran(b.jumlah)))
		return nil, 0
	}
	sisa := b.jumlah // what may still be inflated: an entry may say less than it holds
	var lewat []string
	for _, f := range z.File {
		ok, dilewati := dataZip(f)
		if dilewati {
			lewat = append(lewat, f.Name)
		}
		if !ok {
			continue
		}
		base := path.Base(f.Name)
		batas := min(b.satu, sisa)
		isi, err := bacaZip(f, batas)
		if err != nil && batas < b.satu && (errors.Is(err, errZipLebih) || f.UncompressedSize64 > uint64(batas)) {
			t.galat(fmt.Sprintf("Arsip %s tidak diimpor: berkas datanya berisi lebih dari %s setelah diurai (batas isi satu arsip), walau arsipnya menyebut lebih sedikit. Bagi arsipnya.", nama, naskah.Ukuran(b.jumlah)))
			return nil, 0
		}
		if err != nil {
			gagal++
			t.galat("Arsip " + nama + ", berkas " + f.Name + " tidak dapat diimpor: " + err.Error())
			continue
		}
		sisa -= int64(len(isi))
		d, err := lkip.Parse(isi, base)
		if err != nil {
			gagal++
			t.galat("Arsip " + nama + ", berkas " + f.Name + " tidak dapat diimpor: " + err.Error())
			continue
		}
		ds = append(ds, berkasData{f.Name, d})
	}
	if len(lewat) > 0 {
		t.galat("Arsip " + nama + ": " + strconv.Itoa(len(lewat)) + " berkas bukan berkas data (.json) dan dilewati: " + strings.Join(pertama(lewat, 5), ", ") + lainnya(len(lewat), 5) + ".")
	}
	if len(ds) == 0 {
		t.galat("Arsip " + nama + " tidak memuat berkas data yang dapat diimpor.")
	}
	return ds, gagal
}

// ketGagal is the end of a batch's message when some files could not be
// read.
func ketGagal(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("; %d lainnya tidak dapat diimpor (lihat keterangan di atas)", n)
}

// tambahBanyak adds the documents of a batch; when some name a document
// the browser already holds, the user is asked first (see ImporBanyak).
// pesan says what the batch was ("Arsip X: 40 berkas data"), gagal what
// could not be read.
func (t *Toko) tambahBanyak(ds []berkasData, pesan, gagal string) {
	sama := map[int]simpan.Ringkasan{} // index in ds → the stored document of its name
	dipakai := map[string]bool{}
	var rincian []string
	for i, x := range ds {
		n := namaDokumen(x.d)
		for _, r := range t.Dokumen() {
			if r.Nama == n && !dipakai[r.ID] {
				sama[i], dipakai[r.ID] = r, true
				rincian = append(rincian, x.nama+" → "+r.Nama)
				break
			}
		}
	}
	semuaBaru := func() {
		t.tambahSemua(ds, pesan+" diimpor sebagai dokumen baru"+gagal+".")
	}
	if len(sama) == 0 {
		semuaBaru()
		return
	}
	if len(rincian) > 10 {
		rincian = append(rincian[:10], fmt.Sprintf("dan %d lainnya", len(rincian)-10))
	}
	if n := len(ds) - len(sama); n > 0 {
		rincian = append(rincian, fmt.Sprintf("%d berkas lain ditambahkan sebagai dokumen baru.", n))
	}
	t.Usulan = &Usulan{
		Judul:   fmt.Sprintf("%s: %d berkas sama dengan dokumen yang sudah ada di browser ini (dinas, pemda dan tahun yang sama). Perbarui dokumen itu dengan isi berkasnya?", pesan, len(sama)),
		Rincian: rincian,
		Terima:  "Perbarui dokumen yang sama",
		baru:    semuaBaru,
		terima: func() {
			t.SimpanSekarang(func() { t.perbaruiSemua(ds, sama, pesan, gagal) })
		},
	}
}

// tambahSemua stores every document of ds as a new one; the last opens
// and pesan is shown.
func (t *Toko) tambahSemua(ds []berkasData, pesan string) {
	for i, x := range ds {
		p := ""
		if i == len(ds)-1 {
			p = pesan
		}
		t.tambah(x.d, p)
	}
}

// perbaruiSemua writes the documents of ds that have a stored document of
// their name (sama) as its new version, one after the other, then adds
// the others as new documents.
func (t *Toko) perbaruiSemua(ds []berkasData, sama map[int]simpan.Ringkasan, pesan, gagal string) {
	var lain []berkasData
	var urut []int
	for i := range ds {
		if _, ok := sama[i]; ok {
			urut = append(urut, i)
		} else {
			lain = append(lain, ds[i])
		}
	}
	diperbarui := 0
	var lanjut func(k int)
	lanjut = func(k int) {
		if k == len(urut) {
			p := fmt.Sprintf("%s: %d dokumen diperbarui (versi sebelumnya di riwayat masing-masing dokumen)", pesan, diperbarui)
			if len(lain) > 0 {
				p += fmt.Sprintf(", %d ditambahkan sebagai dokumen baru", len(lain))
			}
			p += gagal + "."
			if len(lain) == 0 {
				t.segarkanDaftar()
				t.Pesan = p
				return
			}
			t.tambahSemua(lain, p)
			return
		}
		x, r := ds[urut[k]], sama[urut[k]]
		t.gantiTersimpan(r, x.d, "Sebelum impor "+x.nama, func(err error) {
			if err != nil {
				t.galat("Dokumen \"" + r.Nama + "\" tidak diperbarui dari " + x.nama + ": " + err.Error())
			} else {
				diperbarui++
			}
			lanjut(k + 1)
		})
	}
	lanjut(0)
}

// gantiTersimpan makes d the new version of stored document r, after
// keeping the stored one in its history (alasan says why); nothing is
// written when the history cannot be. The active document is opened again
// from the store.
func (t *Toko) gantiTersimpan(r simpan.Ringkasan, d *lkip.Dokumen, alasan string, selesai func(error)) {
	data, err := d.Encode()
	if err != nil {
		selesai(err)
		return
	}
	t.gudang.Baca(r.ID, func(lama []byte, err error) {
		t.lakukan(func() {
			if err != nil {
				selesai(err)
				return
			}
			t.gudang.Arsipkan(r.ID, simpan.Versi{Alasan: alasan, Waktu: t.jam(), Nama: r.Nama, Data: lama}, func(err error) {
				t.lakukan(func() {
					if err != nil {
						selesai(err)
						return
					}
					baru := t.ringkasan(r.ID)
					baru.Nama, baru.Diubah, baru.Ukuran, baru.Versi, baru.Dihapus = namaDokumen(d), t.jam(), len(data), baru.Versi+1, time.Time{}
					t.gudang.Tulis(baru, data, func(err error) {
						t.lakukan(func() {
							if err == nil {
								t.perbaruiDaftar(baru)
								t.gudang.Kabarkan(r.ID, baru.Versi)
								if r.ID == t.AktifID {
									t.Buka(r.ID)
								}
							}
							selesai(err)
						})
					})
				})
			})
		})
	})
}

// errZipLebih: an entry inflated to more than it was allowed.
var errZipLebih = errors.New("isi arsip melebihi batas")

// bacaZip reads one entry of an archive, refusing one larger than batas
// bytes uncompressed: by what it says it holds, and by what it inflates to
// (at most batas+1 bytes are inflated).
func bacaZip(f *zip.File, batas int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(batas) {
		return nil, naskah.TerlaluBesar(f.Name, int64(min(f.UncompressedSize64, uint64(1)<<62)), batas, "berkas data (JSON) dalam arsip")
	}
	r, err := f.Open()
	if err != nil {
		return nil, pesanZip(err)
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, batas+1))
	if int64(len(b)) > batas {
		return nil, fmt.Errorf("berkas %s berisi lebih dari %s setelah diurai, walau arsipnya menyebut %s: %w", f.Name, naskah.Ukuran(batas), naskah.Ukuran(int64(f.UncompressedSize64)), errZipLebih)
	}
	if err != nil {
		return nil, pesanZip(err)
	}
	return b, nil
}

// pesanZip words an error of archive/zip in Bahasa Indonesia. An entry
// that inflates to more than it says it holds (a ZIP bomb) is stopped by
// archive/zip at that size with zip.ErrFormat.
func pesanZip(err error) error {
	switch {
	case errors.Is(err, zip.ErrFormat):
		return errors.New("isinya lebih besar dari yang disebut arsipnya, atau arsipnya rusak")
	case errors.Is(err, zip.ErrChecksum):
		return errors.New("isinya rusak (checksum tidak cocok)")
	case errors.Is(err, zip.ErrAlgorithm):
		return errors.New("dimampatkan dengan cara yang tidak dikenal (bukan deflate)")
	}
	// flate's and io's errors ("flate: corrupt input", "unexpected EOF")
	// say the same to a user: the entry cannot be inflated
	return errors.New("isinya rusak atau terpotong, tidak dapat diurai")
}

func pertama(xs []string, n int) []string {
	if len(xs) > n {
		return xs[:n]
	}
	return xs
}

func lainnya(n, batas int) string {
	if n > batas {
		return fmt.Sprintf(" dan %d lainnya", n-batas)
	}
	return ""
}
