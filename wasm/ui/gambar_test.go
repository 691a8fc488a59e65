package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// TestKetikanGambarSedikit: after a keystroke in a realisasi on the
// Anggaran page of the sample, go-app renders again only the rows whose
// values changed (the edited sub kegiatan, its kegiatan and its program),
// not the other budget and belanja rows, and the new total shows.
func TestKetikanGambarSedikit(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.tambah(lkip.Contoh(), "")
	p := &Anggaran{dasar: dasar{Toko: toko}}
	e := app.NewTestEngine()
	g := &gambarUlang{p: p}
	if err := e.Load(g); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	semua := toko.digambar
	if semua < 50 {
		t.Fatalf("the first render drew %d table rows; the sample has more", semua)
	}
	i := -1
	for k, r := range toko.Dok.Anggaran.Rincian {
		if r.Kode.Jenjang() == anggaran.JenjangSubKegiatan {
			i = k
			break
		}
	}
	f := Isian{
		Bagian: BagianAnggaran, Path: "anggaran.rincian[" + itoa(i) + "].realisasi", Jenis: anggaran.JenisRupiah,
		Set: func(d *lkip.Dokumen, v *decimal.Decimal, _ string) {
			d.Anggaran.Rincian[i].Realisasi = anggaran.RupiahDariDesimal(nullDari(v))
		},
	}
	for n, teks := range []string{"1", "12", "123"} {
		toko.digambar = 0
		toko.Isi(f, teks)
		if err := e.Load(&gambarUlang{N: n + 1, p: p}); err != nil { // g takes N and renders again
			t.Fatal(err)
		}
		e.ConsumeAll()
		if toko.digambar != 3 {
			t.Errorf("keystroke %d rendered %d table rows of %d, want 3 (the row, its kegiatan, its program)", n+1, toko.digambar, semua)
		}
	}
	want := rupiah(toko.Pohon.Jumlah().Realisasi)
	html := app.HTMLString(g)
	// go-app writes attributes in any order: the text after the element's tag.
	at := strings.Index(html, `id="a-realisasi"`)
	if at < 0 {
		t.Fatal("no total realisasi on the page")
	}
	if got := html[at:]; !strings.HasPrefix(got[strings.Index(got, ">")+1:], want) {
		t.Errorf("the total realisasi %s is not shown after the keystrokes", want)
	}
}

// gambarUlang renders page p's content again each time N changes, as go-app
// does after an event on the page (OnMount, which connects the page to the
// store's re-rendering, runs only in a browser).
type gambarUlang struct {
	app.Compo
	N int
	p app.Composer
}

func (g *gambarUlang) Render() app.UI { return g.p.Render() }

// TestKetikanKinerjaGambarSedikit: after a keystroke in a realisasi on the
// Kinerja page of the sample, only the card of that indicator is rendered
// again, and its new capaian shows.
func TestKetikanKinerjaGambarSedikit(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.tambah(lkip.Contoh(), "")
	p := &Kinerja{dasar: dasar{Toko: toko}}
	e := app.NewTestEngine()
	g := &gambarUlang{p: p}
	if err := e.Load(g); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	semua := toko.digambar
	if semua < 5 {
		t.Fatalf("the first render drew %d indicator cards; the sample has more", semua)
	}
	ind := toko.Dok.Kinerja.Indikator
	j := len(ind[0].Tahun) - 1
	f := Isian{
		Bagian: BagianKinerja, Path: "kinerja.indikator[0].tahun[" + itoa(j) + "].realisasi", Jenis: anggaran.JenisBilangan,
		Set: func(d *lkip.Dokumen, v *decimal.Decimal, teks string) {
			d.Kinerja.Indikator[0].Tahun[j].Realisasi = &kinerja.Angka{Nilai: *v, Teks: teks}
		},
	}
	for n, teks := range []string{"1", "12", "123"} {
		toko.digambar = 0
		toko.Isi(f, teks)
		if err := e.Load(&gambarUlang{N: n + 1, p: p}); err != nil {
			t.Fatal(err)
		}
		e.ConsumeAll()
		if toko.digambar != 1 {
			t.Errorf("keystroke %d rendered %d indicator cards of %d, want 1", n+1, toko.digambar, semua)
		}
	}
	want := capaianTeks(toko.Kinerja.Indikator[0].Pada(ind[0].Tahun[j].Tahun).Capaian, toko.Kinerja)
	if html := app.HTMLString(g); !strings.Contains(html, ">"+want+"<") {
		t.Errorf("the new capaian %s is not shown after the keystrokes", want)
	}
}
