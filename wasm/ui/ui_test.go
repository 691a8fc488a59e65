package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/wasm/simpan"
)

// render renders a page component to HTML with go-app's test engine.
func render(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

func TestPagesRenderFrame(t *testing.T) {
	toko := NewToko(simpan.NewMemori())
	for _, h := range Menu {
		html := render(t, h.Buat(dasar{Toko: toko}))
		if !strings.Contains(html, "<h1>"+h.Label+"</h1>") {
			t.Errorf("%s: no <h1>%s</h1> in\n%s", h.Jalur, h.Label, html)
		}
		if !menuMarks(html, h.Jalur) {
			t.Errorf("%s: menu does not mark the current page", h.Jalur)
		}
		if !strings.Contains(html, `id="isi"`) || !strings.Contains(html, "Lewati ke isi") {
			t.Errorf("%s: no skip link to main content", h.Jalur)
		}
	}
}

// menuMarks reports whether the menu link to jalur, and only it, carries
// aria-current="page" (go-app writes attributes in no fixed order).
func menuMarks(html, jalur string) bool {
	marked := 0
	ok := false
	for _, tag := range strings.Split(html, "<a ")[1:] {
		tag = tag[:strings.Index(tag, ">")]
		if strings.Contains(tag, `aria-current="page"`) {
			marked++
			ok = strings.Contains(tag, `href="`+jalur+`"`)
		}
	}
	return ok && marked == 1
}

// TestBerandaGrafik: the home page draws the report's two charts, bar for
// bar with lkip's labels and figures, and none when the data has no
// budget.
func TestBerandaGrafik(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.MuatContoh()
	html := render(t, &Beranda{dasar: dasar{Toko: toko}})
	for _, c := range []struct {
		id string
		g  *lkip.Grafik
	}{{"grafik-iku", toko.Lap.GrafikCapaian()}, {"grafik-program", toko.Lap.GrafikRealisasi()}} {
		if c.g == nil || len(c.g.Batang) < 2 {
			t.Fatalf("%s: the sample's chart has no bars", c.id)
		}
		i := strings.Index(html, `id="`+c.id+`"`)
		if i < 0 {
			t.Fatalf("no #%s on the page", c.id)
		}
		fig := html[i : i+strings.Index(html[i:], "</figure>")]
		if n := strings.Count(fig, `class="batang"`); n != len(c.g.Batang) {
			t.Errorf("#%s: %d bars, want %d", c.id, n, len(c.g.Batang))
		}
		for k, b := range c.g.Batang {
			lebar := fmt.Sprintf("width:%d.%d%%", c.g.Panjang(k, 1000)/10, c.g.Panjang(k, 1000)%10)
			for _, s := range []string{app.HTMLString(app.Text(b.Label)), b.Teks, lebar} {
				if !strings.Contains(fig, s) {
					t.Errorf("#%s bar %d: %q missing", c.id, k, s)
				}
			}
		}
	}
	toko.Ubah(BagianAnggaran, func(d *lkip.Dokumen) { d.Anggaran = nil })
	toko.Segarkan()
	if html := render(t, &Beranda{dasar: dasar{Toko: toko}}); strings.Contains(html, "grafik-program") {
		t.Error("a document without a budget still shows the budget chart")
	}
}

// TestAnggaranBaris: the budget table shows programs, and the children of
// the rows the user opened, in table order; a large budget starts closed.
func TestAnggaranBaris(t *testing.T) {
	toko, _, _ := tokoUji(t)
	d := lkip.Contoh()
	rows := sampel.AnggaranUji(8, 5, 4) // 160 sub kegiatan: more than batasBuka
	d.Anggaran.Rincian, d.Anggaran.Jumlah, d.Anggaran.PerjanjianKinerja = rows, nil, nil
	toko.tambah(d, "")
	kode := func(s string) anggaran.Kode { return anggaran.MustKode(s) }
	baris := regexp.MustCompile(`<tr[^>]*class="(program|kegiatan|sub)"[^>]*>\s*<td[^>]*>\s*<span class="kode">([0-9.]+)</span>`)
	tampil := func() []string {
		html := render(t, &Anggaran{dasar: dasar{Toko: toko}})
		html = html[strings.Index(html, `id="tabel-anggaran"`):]
		html = html[:strings.Index(html, "</table>")]
		var out []string
		for _, m := range baris.FindAllStringSubmatch(html, -1) {
			out = append(out, m[2])
		}
		return out
	}
	var program []string
	for p := 1; p <= 8; p++ {
		program = append(program, fmt.Sprintf("1.06.%02d", p))
	}
	if diff := cmp.Diff(program, tampil()); diff != "" {
		t.Fatalf("a large budget does not start with its programs only (-want +got):\n%s", diff)
	}
	toko.Alih(kode("1.06.02"))
	toko.Alih(kode("1.06.02.2.03"))
	want := append([]string{}, program[:2]...)
	for k := 1; k <= 5; k++ {
		want = append(want, fmt.Sprintf("1.06.02.2.%02d", k))
		if k == 3 {
			for s := 1; s <= 4; s++ {
				want = append(want, fmt.Sprintf("1.06.02.2.03.%02d", s))
			}
		}
	}
	want = append(want, program[2:]...)
	if diff := cmp.Diff(want, tampil()); diff != "" {
		t.Errorf("after opening program 2 and its kegiatan 3 (-want +got):\n%s", diff)
	}
	toko.Alih(kode("1.06.02"))
	if diff := cmp.Diff(program, tampil()); diff != "" {
		t.Errorf("closing program 2 does not hide its rows (-want +got):\n%s", diff)
	}
	toko.BukaSemua(true)
	// Every row, up to the table's limit (the rest behind a button:
	// TestAnggaranBatas).
	if n, want := len(tampil()), min(len(rows), batasBaris); n != want {
		t.Errorf("Buka semua shows %d rows, want %d of %d", n, want, len(rows))
	}
}
