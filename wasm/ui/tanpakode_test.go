package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

// TestAnggaranTanpaKode: a realisation table given without codes (each
// row's level) shows its rows on the Anggaran page with no code above the
// names: the positional codes that place the rows are never shown.
func TestAnggaranTanpaKode(t *testing.T) {
	toko, _, _ := tokoUji(t)
	d := lkip.Contoh()
	for i := range d.Anggaran.Rincian {
		r := &d.Anggaran.Rincian[i]
		r.Tingkat, r.Kode = r.Kode.Jenjang(), anggaran.Kode{}
	}
	d.Anggaran.PerjanjianKinerja = nil
	toko.tambah(d, "")
	toko.BukaSemua(true)
	html := render(t, &Anggaran{dasar: dasar{Toko: toko}})
	html = html[strings.Index(html, `id="tabel-anggaran"`):]
	html = html[:strings.Index(html, "</table>")]
	rows := regexp.MustCompile(`<tr[^>]*class="(program|kegiatan|sub)"`).FindAllString(html, -1)
	if len(rows) != len(d.Anggaran.Rincian) {
		t.Errorf("%d rows shown, want the %d rows of the table", len(rows), len(d.Anggaran.Rincian))
	}
	if strings.Contains(html, `class="kode"`) || regexp.MustCompile(`\d\.\d\d\.`).MatchString(html) {
		t.Errorf("a code is shown for a table without codes:\n%s", html)
	}
	if !strings.Contains(html, "Penyediaan Gaji dan Tunjangan ASN") {
		t.Error("a sub kegiatan's name is not shown")
	}
}
