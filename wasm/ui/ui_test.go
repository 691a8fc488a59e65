package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
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
	pages := map[string]app.Composer{
		"/":         &Beranda{dasar: dasar{Toko: toko}},
		"/kinerja":  &Kinerja{dasar: dasar{Toko: toko}},
		"/anggaran": &Anggaran{dasar: dasar{Toko: toko}},
		"/reviu":    &Reviu{dasar: dasar{Toko: toko}},
		"/laporan":  &Laporan{dasar: dasar{Toko: toko}},
		"/data":     &Data{dasar: dasar{Toko: toko}},
	}
	for _, h := range Menu {
		html := render(t, pages[h.Jalur])
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
