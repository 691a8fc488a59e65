package ui

import (
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

// TestRekapHalaman: the Rekap page summarises every document kept in the
// browser, a row per dinas with the kabupaten's totals (the sum of the
// dinas), and names the dinas that need attention.
func TestRekapHalaman(t *testing.T) {
	toko, _, tunda := tokoUji(t)
	a := lkip.Contoh()
	b := lkip.Contoh()
	b.Identitas.Dinas = "Dinas Kesehatan"
	toko.tambah(a, "")
	jalankan(tunda)
	toko.tambah(b, "")
	jalankan(tunda)
	p := &Rekap{dasar: dasar{Toko: toko}}
	p.data.hitung(toko)
	if p.data.Hasil == nil || len(p.data.Hasil.Baris) != 2 {
		t.Fatalf("rekap of two documents: %+v", p.data.Hasil)
	}
	html := render(t, p)
	la, err := lkip.Compute(a, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	dua := la.Ringkasan.Pagu.Decimal.Add(la.Ringkasan.Pagu.Decimal)
	for _, want := range []string{"Dinas Sosial", "Dinas Kesehatan", anggaran.FormatRupiah(dua), `id="tabel-rekap"`} {
		if !strings.Contains(html, want) {
			t.Errorf("the Rekap page lacks %q", want)
		}
	}
	if n := strings.Count(html, `class="perhatian"`); n != 2 {
		t.Errorf("%d rows need attention, want 2 (the sample has kesalahan)", n)
	}
}
