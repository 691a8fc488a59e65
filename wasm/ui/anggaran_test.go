package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/lkip"
)

// TestAnggaranBatas: a kabupaten's 8,000 sub kegiatan opened at once show
// batasBaris rows and a button for the next ones (rendering them all froze
// a phone for minutes); the filter shows the rows whose code or name holds
// every word typed; a finding that leads to a row past the limit shows it.
func TestAnggaranBatas(t *testing.T) {
	toko, _, _ := tokoUji(t)
	d := lkip.Contoh()
	d.Anggaran.Rincian, d.Anggaran.Jumlah, d.Anggaran.PerjanjianKinerja = sampel.AnggaranUji(40, 10, 20), nil, nil
	toko.tambah(d, "")
	baris := regexp.MustCompile(`<tr[^>]*class="(program|kegiatan|sub)"`)
	lagi := regexp.MustCompile(`Tampilkan (\d+) baris berikutnya \((\d+) lagi\)`)
	type tampil struct {
		Rows int
		Lagi string
	}
	lihat := func(p *Anggaran) tampil {
		html := render(t, &Anggaran{dasar: dasar{Toko: toko}, batas: p.batas, saring: p.saring})
		html = html[strings.Index(html, `id="tabel-anggaran"`):]
		html = html[:strings.Index(html, "</table>")]
		var l string
		if m := lagi.FindStringSubmatch(html); m != nil {
			l = m[1] + "/" + m[2]
		}
		return tampil{len(baris.FindAllString(html, -1)), l}
	}
	p := &Anggaran{dasar: dasar{Toko: toko}}
	if diff := cmp.Diff(tampil{40, ""}, lihat(p)); diff != "" {
		t.Errorf("a large budget does not start with its 40 programs (-want +got):\n%s", diff)
	}
	toko.BukaSemua(true)
	all := 40 + 40*10 + 40*10*20
	if diff := cmp.Diff(tampil{batasBaris, "200/" + itoa(all-batasBaris)}, lihat(p)); diff != "" {
		t.Errorf("Buka semua on 8,440 rows (-want +got):\n%s", diff)
	}
	p.batas = 2 * batasBaris
	if diff := cmp.Diff(tampil{2 * batasBaris, "200/" + itoa(all-2*batasBaris)}, lihat(p)); diff != "" {
		t.Errorf("after Tampilkan berikutnya (-want +got):\n%s", diff)
	}
	// Words in any order and case: only "Kegiatan uji 12.4" holds both.
	p.batas, p.saring = 0, "12.4 KEGIATAN"
	if diff := cmp.Diff(tampil{1, ""}, lihat(p)); diff != "" {
		t.Errorf("filter %q (-want +got):\n%s", p.saring, diff)
	}
	p.saring = "1.06.07.2.03"
	if diff := cmp.Diff(tampil{21, ""}, lihat(p)); diff != "" {
		t.Errorf("filter %q: the kegiatan and its 20 sub kegiatan (-want +got):\n%s", p.saring, diff)
	}
	p.saring = ""
	// The last sub kegiatan, past the limit, asked for by a finding.
	toko.BukaSemua(true)
	toko.Tuju = "anggaran.rincian[" + itoa(len(d.Anggaran.Rincian)-1) + "].realisasi"
	html := render(t, &Anggaran{dasar: dasar{Toko: toko}})
	if !strings.Contains(html, `id="f:anggaran.rincian[`+itoa(len(d.Anggaran.Rincian)-1)+`].realisasi"`) {
		t.Error("a finding's row past the limit is not shown")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
