package ui

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/wasm/simpan"
	"github.com/shopspring/decimal"
)

// isianRealisasi returns the realisasi field of budget row i, as the
// Anggaran page makes it.
func isianRealisasi(i int) Isian {
	return Isian{
		Bagian: BagianAnggaran, Path: "anggaran.rincian[" + strconv.Itoa(i) + "].realisasi", Jenis: anggaran.JenisRupiah,
		Set: func(d *lkip.Dokumen, v *decimal.Decimal, _ string) {
			d.Anggaran.Rincian[i].Realisasi = anggaran.RupiahDariDesimal(nullDari(v))
		},
	}
}

// tokoTab returns a store on tab g of a shared in-memory browser store.
func tokoTab(g *simpan.Memori, tunda *[]func()) *Toko {
	toko := NewToko(g)
	toko.tundaFn = func(_ time.Duration, f func()) { *tunda = append(*tunda, f) }
	toko.jam = func() time.Time { return time.Date(2026, 11, 27, 16, 0, 0, 0, time.UTC) }
	toko.Mulai()
	return toko
}

// TestDuaTab: two tabs on one document never lose each other's edits: an
// edit saved in one is in the other before that one saves, and the other's
// own unsaved edit is kept on top of it.
func TestDuaTab(t *testing.T) {
	var tunda []func()
	g := simpan.NewMemori()
	a := tokoTab(g, &tunda)
	a.MuatContoh()
	b := tokoTab(g.Tab(), &tunda)
	if b.AktifID != a.AktifID {
		t.Fatal("the second tab did not open the same document")
	}
	i, j := 3, 4
	b.Isi(isianRealisasi(j), "222") // B types, not saved yet
	a.Isi(isianRealisasi(i), "111") // A types
	a.SimpanSekarang(nil)           // A saves: B hears of it
	if got := b.Dok.Anggaran.Rincian[i].Realisasi.Rupiah.Decimal(); !got.Equal(decimal.NewFromInt(111)) {
		t.Errorf("tab B has realisasi %v of row %d, want A's edit 111 before B saves", got, i)
	}
	if !strings.Contains(b.Pesan, "tab lain") {
		t.Errorf("tab B does not say its copy was updated: %q", b.Pesan)
	}
	jalankan(&tunda)
	a.SimpanSekarang(nil)
	b.SimpanSekarang(nil)
	d := tersimpan(t, a)
	for _, c := range []struct {
		i    int
		want int64
	}{{i, 111}, {j, 222}} {
		if got := d.Anggaran.Rincian[c.i].Realisasi.Rupiah.Decimal(); !got.Equal(decimal.NewFromInt(c.want)) {
			t.Errorf("stored realisasi of row %d = %v, want %d", c.i, got, c.want)
		}
	}
	if got := a.Dok.Anggaran.Rincian[j].Realisasi.Rupiah.Decimal(); !got.Equal(decimal.NewFromInt(222)) {
		t.Errorf("tab A has realisasi %v of row %d, want B's edit 222", got, j)
	}
}

// TestGagalSimpan: a document that cannot be saved says so, keeps the
// in-memory copy, never says "Tersimpan", and an import whose save failed
// does not report success.
func TestGagalSimpan(t *testing.T) {
	toko, g, tunda := tokoUji(t)
	toko.MuatContoh()
	g.Gagalkan(simpan.ErrPenuh)
	toko.Isi(isianRealisasi(3), "123")
	jalankan(tunda)
	if strings.HasPrefix(toko.Status, "Tersimpan") || toko.GagalSimpan == "" || !strings.Contains(toko.GagalSimpan, "ekspor") {
		t.Errorf("status %q, notice %q: want a failed save said plainly with the export offered", toko.Status, toko.GagalSimpan)
	}
	if got := toko.Dok.Anggaran.Rincian[3].Realisasi.Rupiah.Decimal(); !got.Equal(decimal.NewFromInt(123)) {
		t.Errorf("the in-memory edit is lost: %v", got)
	}
	if !toko.Tanya() {
		t.Error("closing the tab would not ask while the edit is not saved")
	}
	if _, data, err := toko.Ekspor(); err != nil || !strings.Contains(string(data), "123") {
		t.Errorf("the unsaved document cannot be exported: %v", err)
	}
	data, _ := lkip.Contoh().Encode()
	toko.MulaiImpor()
	toko.Impor("lain.json", data)
	if toko.Pesan != "" || toko.GagalSimpan == "" {
		t.Errorf("an import whose save failed reports %q (notice %q)", toko.Pesan, toko.GagalSimpan)
	}
	g.Gagalkan(nil)
	toko.SimpanSekarang(nil)
	if !strings.HasPrefix(toko.Status, "Tersimpan") || toko.GagalSimpan != "" {
		t.Errorf("after retrying: status %q, notice %q", toko.Status, toko.GagalSimpan)
	}
}

// TestCadangan: an edit written to the backup as the page went away, and
// not to the store, is back when the document is opened again.
func TestCadangan(t *testing.T) {
	toko, g, _ := tokoUji(t)
	toko.MuatContoh()
	toko.Isi(isianRealisasi(3), "777")
	g.Gagalkan(errors.New("halaman ditutup")) // the store's write does not finish
	toko.Lindungi()
	g.Gagalkan(nil)
	var tunda []func()
	lagi := tokoTab(g, &tunda)
	if got := lagi.Dok.Anggaran.Rincian[3].Realisasi.Rupiah.Decimal(); !got.Equal(decimal.NewFromInt(777)) {
		t.Errorf("after reopening, realisasi = %v, want the edit 777", got)
	}
	if got := tersimpan(t, lagi).Anggaran.Rincian[3].Realisasi.Rupiah.Decimal(); !got.Equal(decimal.NewFromInt(777)) {
		t.Errorf("the recovered edit is not stored: %v", got)
	}
	if _, _, ok := g.BacaCadangan(lagi.AktifID); ok {
		t.Error("the backup stays after it was stored")
	}
}

// TestDokumenRusak: a stored document this version cannot read is kept as
// it was, with the error, and can be exported as it is.
func TestDokumenRusak(t *testing.T) {
	g := simpan.NewMemori()
	rusak := []byte(`{"versi": 99, "identitas": {"tahun": "dua ribu"}}`)
	g.Tulis(simpan.Ringkasan{ID: "x", Nama: "Dinas Lama 2021", Versi: 1}, rusak, func(error) {})
	var tunda []func()
	toko := tokoTab(g, &tunda)
	jalankan(&tunda)
	if toko.Rusak["x"] == "" || !strings.Contains(toko.Galat, "apa adanya") {
		t.Errorf("the unreadable document is not reported: rusak %q, galat %q", toko.Rusak["x"], toko.Galat)
	}
	toko.MuatContoh()
	var got []byte
	toko.EksporMentah("x", func(_ string, data []byte, err error) { got = data })
	if string(got) != string(rusak) {
		t.Errorf("exported %q, want the stored bytes %q", got, rusak)
	}
}

// TestHapusUrung: a deleted document can be restored, and loading the
// sample can be undone.
func TestHapusUrung(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	id := toko.AktifID
	toko.Hapus(id)
	if toko.Dok != nil || len(toko.Dokumen()) != 0 || len(toko.Terhapus()) != 1 {
		t.Fatalf("after Hapus: active %v, %d in use, %d deleted", toko.Dok != nil, len(toko.Dokumen()), len(toko.Terhapus()))
	}
	toko.Urungkan()
	if toko.AktifID != id || toko.Dok == nil || len(toko.Dokumen()) != 1 {
		t.Fatalf("undoing the deletion did not restore the document")
	}
	toko.MuatContoh()
	if len(toko.Dokumen()) != 2 || toko.Urung == nil {
		t.Fatalf("%d documents after loading the sample again, undo offered: %v", len(toko.Dokumen()), toko.Urung != nil)
	}
	toko.Urungkan()
	if len(toko.Dokumen()) != 1 || toko.AktifID != id {
		t.Errorf("undoing the sample: %d documents, active %q, want %q", len(toko.Dokumen()), toko.AktifID, id)
	}
}

// TestIsianNegatif: a figure its field cannot mean is flagged at once
// beside the field, with the library's message.
func TestIsianNegatif(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	f := isianRealisasi(3)
	toko.Isi(f, "-100")
	d := toko.draf[f.Path]
	if d.Galat == "" && !strings.Contains(d.Tanda, "negatif") {
		t.Errorf("-100 in a realisasi is neither refused nor flagged: %+v", d)
	}
	toko.Selesai(f)
	if _, ok := toko.draf[f.Path]; !ok {
		t.Error("the flag disappears when the field is left")
	}
	toko.Isi(f, "100")
	if d := toko.draf[f.Path]; d.Tanda != "" || d.Galat != "" {
		t.Errorf("a valid figure is flagged: %+v", d)
	}
}

// TestHapusSimpanDulu: deleting the active document with an edit not yet
// saved saves it first, so that undoing the deletion brings it back.
func TestHapusSimpanDulu(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	toko.Isi(isianRealisasi(3), "4444")
	toko.Hapus(toko.AktifID)
	toko.Urungkan()
	if toko.Dok == nil {
		t.Fatal("undoing the deletion did not reopen the document")
	}
	if got := toko.Dok.Anggaran.Rincian[3].Realisasi.Rupiah.Decimal(); !got.Equal(decimal.NewFromInt(4444)) {
		t.Errorf("after undoing the deletion realisasi = %v, want the last edit 4444", got)
	}
}
