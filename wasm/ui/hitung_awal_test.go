package ui

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/lkip"
)

// TestReviuSetelahGambar: a document just opened gets its figures at once
// and its reviu once the browser has painted them; the home page shows the
// figures and waits for the findings meanwhile; a page that shows the reviu
// before then computes it first; the result is lkip.Compute's.
func TestReviuSetelahGambar(t *testing.T) {
	toko, _, _ := tokoUji(t)
	var nanti []func()
	toko.setelahGambar = func(f func()) { nanti = append(nanti, f) }
	toko.tambah(lkip.Contoh(), "")
	penuh, err := lkip.Compute(toko.Dok, toko.Opsi)
	if err != nil {
		t.Fatal(err)
	}
	if !toko.ReviuTertunda() || len(toko.Lap.Temuan) != 0 || len(nanti) != 1 {
		t.Fatalf("opening computed the reviu before the paint (pending %v, %d findings, %d waiting)", toko.ReviuTertunda(), len(toko.Lap.Temuan), len(nanti))
	}
	html := render(t, &Beranda{dasar: dasar{Toko: toko}})
	if !strings.Contains(html, rupiah(penuh.Ringkasan.Pagu)) || !strings.Contains(html, "Reviu sedang dihitung.") {
		t.Error("the home page does not show the figures with the reviu still to come")
	}
	if !toko.ReviuTertunda() {
		t.Error("rendering the home page computed the reviu before the paint")
	}
	nanti[0]()
	if toko.ReviuTertunda() || len(toko.Lap.Temuan) != len(penuh.Temuan) {
		t.Errorf("after the paint: pending %v, %d findings, want %d", toko.ReviuTertunda(), len(toko.Lap.Temuan), len(penuh.Temuan))
	}
	if diff := cmp.Diff(penuh.Ringkasan, toko.Lap.Ringkasan); diff != "" {
		t.Errorf("after the paint the summary differs from lkip.Compute's (-Compute +app):\n%s", diff)
	}
	if html := render(t, &Beranda{dasar: dasar{Toko: toko}}); strings.Contains(html, "Reviu sedang dihitung.") {
		t.Error("the home page still waits for the reviu")
	}

	// The Reviu page opened before the paint computes the reviu itself.
	toko.tambah(lkip.Contoh(), "")
	if !toko.ReviuTertunda() {
		t.Fatal("the second document's reviu is not pending")
	}
	render(t, &Reviu{dasar: dasar{Toko: toko}})
	if toko.ReviuTertunda() || len(toko.Lap.Temuan) != len(penuh.Temuan) {
		t.Errorf("the Reviu page did not compute the reviu first: pending %v, %d findings", toko.ReviuTertunda(), len(toko.Lap.Temuan))
	}
}
