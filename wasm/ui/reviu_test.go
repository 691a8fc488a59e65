package ui

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

const (
	jalurPangkat = "identitas.tanda_tangan[1].pangkat"
	jalurPaguPK  = "anggaran.perjanjian_kinerja.rincian[23].pagu"
)

// indeksTemuan returns the index in the Reviu list of the first finding at
// path, -1 when there is none.
func indeksTemuan(toko *Toko, path string) int {
	toko.Segarkan()
	for i, tm := range toko.Lap.Temuan {
		if tm.Lokasi.Path == path {
			return i
		}
	}
	return -1
}

func adaTemuan(toko *Toko, cocok func(anggaran.Temuan) bool) bool {
	toko.Segarkan()
	for _, tm := range toko.Lap.Temuan {
		if cocok(tm) {
			return true
		}
	}
	return false
}

// tersimpan returns the active document as stored in the browser.
func tersimpan(t *testing.T, toko *Toko) *lkip.Dokumen {
	t.Helper()
	var data []byte
	toko.gudang.Baca(toko.AktifID, func(b []byte, err error) { data = b })
	d, err := lkip.Parse(data, "tersimpan.json")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestReviuPerbaikiPangkat fixes the seed's signature finding from the
// Reviu page: the editor shows the printed pangkat, saving replaces it,
// the finding goes away and the change is saved like any edit.
func TestReviuPerbaikiPangkat(t *testing.T) {
	toko, _, tunda := tokoUji(t)
	toko.MuatContoh()
	i := indeksTemuan(toko, jalurPangkat)
	if i < 0 {
		t.Fatal("the sample has no finding at " + jalurPangkat)
	}
	html := render(t, &Reviu{dasar: dasar{Toko: toko}})
	id := `id="perbaiki-` + strconv.Itoa(i) + `"`
	for _, want := range []string{id, `for="perbaiki-` + strconv.Itoa(i) + `"`, "Nilai baru", ">Simpan</button>", "Pembina Utama Muda"} {
		if !strings.Contains(html, want) {
			t.Errorf("Reviu lacks %q for the pangkat finding", want)
		}
	}

	if err := toko.Perbaiki(jalurPangkat, "Pembina Tk. I"); err != nil {
		t.Fatal(err)
	}
	if got := toko.Dok.Identitas.TandaTangan[1].Pangkat; got != "Pembina Tk. I" {
		t.Errorf("pangkat = %q after the fix", got)
	}
	if adaTemuan(toko, func(tm anggaran.Temuan) bool { return tm.Kode == "lkip/tanda-tangan" }) {
		t.Error("the lkip/tanda-tangan finding is still listed after the fix")
	}
	if toko.Tersimpan() {
		t.Error("saved before the pause")
	}
	jalankan(tunda)
	if !toko.Tersimpan() {
		t.Fatal("the fix was not saved after the pause")
	}
	if got := tersimpan(t, toko).Identitas.TandaTangan[1].Pangkat; got != "Pembina Tk. I" {
		t.Errorf("stored pangkat = %q", got)
	}
	html = render(t, &Reviu{dasar: dasar{Toko: toko}})
	if strings.Contains(html, "Pembina Utama Muda") {
		t.Error("the old pangkat is still shown")
	}
	if !strings.Contains(html, `id="diperbaiki"`) {
		t.Error("no notice of the correction")
	}
}

// TestReviuPerbaikiPaguPK fixes the Perjanjian Kinerja amount the seed
// printed wrongly: both anggaran/pk-* kesalahan go.
func TestReviuPerbaikiPaguPK(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	pk := func(tm anggaran.Temuan) bool {
		return tm.Tingkat == anggaran.Kesalahan && strings.HasPrefix(tm.Kode, "anggaran/pk-")
	}
	if !adaTemuan(toko, pk) {
		t.Fatal("the sample has no anggaran/pk-* kesalahan")
	}
	kesalahan, nPK := toko.Lap.Ringkasan.Kesalahan, 0
	for _, tm := range toko.Lap.Temuan {
		if pk(tm) {
			nPK++
		}
	}
	if err := toko.Perbaiki(jalurPaguPK, "88,500,000"); err != nil {
		t.Fatal(err)
	}
	if adaTemuan(toko, pk) {
		t.Error("an anggaran/pk-* kesalahan is still listed after the fix")
	}
	if got := toko.Lap.Ringkasan.Kesalahan; got != kesalahan-nPK {
		t.Errorf("kesalahan = %d after the fix, want %d (no other kesalahan changes)", got, kesalahan-nPK)
	}
	if got := toko.Dok.Anggaran.PerjanjianKinerja.Rincian[23].Pagu.Rupiah.Decimal().String(); got != "88500000" {
		t.Errorf("PK pagu = %s", got)
	}
}

// TestReviuPerbaikiSalah: a value the file format refuses is shown with
// its reason next to the input, and the document is untouched.
func TestReviuPerbaikiSalah(t *testing.T) {
	toko, _, tunda := tokoUji(t)
	toko.MuatContoh()
	dok := toko.Dok
	sebelum, err := dok.Encode()
	if err != nil {
		t.Fatal(err)
	}
	toko.KetikPerbaikan(jalurPaguPK, "12,34,5")
	if err := toko.Perbaiki(jalurPaguPK, "12,34,5"); err == nil {
		t.Fatal("a bad amount was accepted")
	}
	if toko.Dok != dok {
		t.Error("the active document was replaced")
	}
	if sesudah, _ := toko.Dok.Encode(); !bytes.Equal(sebelum, sesudah) {
		t.Error("the document changed")
	}
	if len(*tunda) != 0 || !toko.Tersimpan() {
		t.Error("a refused value was counted as an edit")
	}
	i := indeksTemuan(toko, jalurPaguPK)
	html := render(t, &Reviu{dasar: dasar{Toko: toko}})
	galat := `id="galat-perbaiki-` + strconv.Itoa(i) + `"`
	for _, want := range []string{galat, `role="alert"`, `aria-invalid`, `value="12,34,5"`, "bukan angka rupiah yang sah"} {
		if !strings.Contains(html, want) {
			t.Errorf("Reviu lacks %q after a refused value", want)
		}
	}
	// A good value afterwards clears the error.
	if err := toko.Perbaiki(jalurPaguPK, "88.500.000"); err != nil {
		t.Fatal(err)
	}
	if html := render(t, &Reviu{dasar: dasar{Toko: toko}}); strings.Contains(html, "bukan angka rupiah yang sah") {
		t.Error("the error stays after a good value")
	}
}

// TestReviuPerbaikiTeks: values are shown as text, never as markup.
func TestReviuPerbaikiTeks(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	if err := toko.Perbaiki(jalurPangkat, `<script>alert(1)</script>`); err != nil {
		t.Fatal(err)
	}
	// As in TestRenderEscapes: go-app's server-side encoder leaves
	// attribute values as they are (the browser sets them through the
	// DOM), so only markup in element position is looked for.
	html := render(t, &Reviu{dasar: dasar{Toko: toko}})
	for _, bad := range []string{"><script>alert", "\n<script>alert", " <script>alert"} {
		if strings.Contains(html, bad) {
			t.Errorf("a value is rendered as markup (%q)", bad)
		}
	}
	if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the value is not shown as text")
	}
}

// TestReviuEditors: on the sample, every finding about a field can be
// acted on, either by its page's input ("Buka isian") or by an editor
// here, and only the fields no page edits get an editor.
func TestReviuEditors(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	toko.Segarkan()
	nilai := toko.NilaiTemuan()
	for _, tc := range []struct {
		path          string
		halaman, edit bool
	}{
		{jalurPangkat, false, true},
		{jalurPaguPK, false, true},
		{"kinerja.indikator[6].rumus.penyebut", false, true},
		{"anggaran.belanja[6].uraian", false, true},
		{"kutipan.angka[18].nilai", false, true},
		{"kinerja.indikator[0].tahun[1].target", true, false},
		{"kinerja.indikator[2].tahun[1].realisasi", true, false},
		{"kinerja.perjanjian_kinerja.baris", false, false}, // a list, not one field
	} {
		if got := toko.adaIsian(tc.path); got != tc.halaman {
			t.Errorf("adaIsian(%q) = %v, want %v", tc.path, got, tc.halaman)
		}
		if _, got := nilai[tc.path]; got != tc.edit {
			t.Errorf("editor for %q: %v, want %v", tc.path, got, tc.edit)
		}
	}
	// A finding with both keeps "Buka isian" as its first button (the
	// browser tests click it so).
	i := indeksTemuan(toko, "kinerja.indikator[6].rumus.penyebut")
	html := render(t, &Reviu{dasar: dasar{Toko: toko}})
	li := html[strings.Index(html, `id="temuan-`+strconv.Itoa(i)+`"`):]
	li = li[:strings.Index(li, "</li>")]
	if b, f := strings.Index(li, "Buka isian"), strings.Index(li, "<form"); b < 0 || f < 0 || b > f {
		t.Errorf("finding %d: Buka isian at %d, editor at %d; want both, Buka isian first", i, b, f)
	}
	for _, tm := range toko.Lap.Temuan {
		if tm.Tingkat != anggaran.Kesalahan {
			continue
		}
		if _, ok := nilai[tm.Lokasi.Path]; !ok && !toko.adaIsian(tm.Lokasi.Path) {
			t.Errorf("kesalahan %s at %s cannot be corrected from the app", tm.Kode, tm.Lokasi.Path)
		}
	}
}

func TestAdaIsianAnggaran(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	var daun, induk = -1, -1
	for k := 0; k < toko.Pohon.Len(); k++ {
		b := toko.Pohon.Baris(k)
		if b.Indeks < 0 || b.Jenjang < anggaran.JenjangProgram {
			continue
		}
		if b.Daun && daun < 0 {
			daun = b.Indeks
		}
		if !b.Daun && induk < 0 {
			induk = b.Indeks
		}
	}
	if daun < 0 || induk < 0 {
		t.Fatalf("the sample lacks a leaf (%d) or a parent row (%d) of its own", daun, induk)
	}
	for path, want := range map[string]bool{
		"anggaran.rincian[" + strconv.Itoa(daun) + "].pagu":      true,
		"anggaran.rincian[" + strconv.Itoa(daun) + "].realisasi": true,
		"anggaran.rincian[" + strconv.Itoa(daun) + "].uraian":    false,
		"anggaran.rincian[" + strconv.Itoa(induk) + "].pagu":     false,
		"anggaran.rincian[9999].pagu":                            false,
		"anggaran.rincian[x].pagu":                               false,
		"anggaran.rincian[-1].pagu":                              false,
		"kinerja.indikator[99].tahun[0].target":                  false,
		"kinerja.indikator[0].tahun[99].target":                  false,
	} {
		if got := toko.adaIsian(path); got != want {
			t.Errorf("adaIsian(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestReviuPerbaikiKutipan fixes the seed's kesalahan about IKU 6's target
// the way a staff member does: the finding points at the paragraph, they
// correct the figure in the text, and the finding is gone, without a new
// one about the copy of the figure the data file keeps (lkip carries it
// along).
func TestReviuPerbaikiKutipan(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	const paragraf = "narasi.iku[5].teks[0]"
	i := indeksTemuan(toko, paragraf)
	if i < 0 || toko.Lap.Temuan[i].Kode != "kinerja/kutipan-beda" {
		t.Fatalf("the sample has no kutipan-beda finding at %s", paragraf)
	}
	teks := toko.NilaiTemuan()[paragraf]
	if !strings.Contains(teks, "sebesar 0,4%") {
		t.Fatalf("the Reviu editor of %s does not show the printed text: %q", paragraf, teks)
	}
	if err := toko.Perbaiki(paragraf, strings.Replace(teks, "sebesar 0,4%", "sebesar 0,5%", 1)); err != nil {
		t.Fatal(err)
	}
	if adaTemuan(toko, func(tm anggaran.Temuan) bool {
		return tm.Kode == "kinerja/kutipan-beda" || tm.Kode == lkip.TemuanKutipanNarasi
	}) {
		t.Error("correcting the printed figure left a finding about the quote")
	}
}
