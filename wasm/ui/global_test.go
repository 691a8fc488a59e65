package ui

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/globaltest"
	"github.com/pemkab/sakip/lkip"
)

// TestGlobalDecimal: setting shopspring/decimal's package variables
// changes nothing the PWA shows, the figures in its input fields
// included, on any page of the menu, for the sample with every budget
// row open, as read and with every figure given trailing zeros (issue
// 10, item 3). It sets package globals: no t.Parallel.
func TestGlobalDecimal(t *testing.T) {
	for _, nol := range []bool{false, true} {
		t.Run("nol="+strconv.FormatBool(nol), func(t *testing.T) { periksaGlobal(t, nol) })
	}
}

func periksaGlobal(t *testing.T, nol bool) {
	globaltest.Periksa(t, func(t *testing.T) map[string]string {
		toko, _, _ := tokoUji(t)
		d := lkip.Contoh()
		if nol {
			globaltest.UbahDesimal(d, globaltest.TambahNol)
		}
		toko.tambah(d, "")
		for _, r := range toko.Dok.Anggaran.Rincian {
			toko.Alih(r.Kode)
		}
		out := map[string]string{}
		isian := 0
		for _, h := range Menu {
			html := render(t, h.Buat(dasar{Toko: toko}))
			isian += strings.Count(html, `class="angka"`)
			// the report page shows the report in an iframe's srcdoc:
			// compared apart, as text
			for i, doc := range srcdocHTML.FindAllString(html, -1) {
				out[h.Jalur+" srcdoc "+strconv.Itoa(i)] = strings.ReplaceAll(doc, `\n`, "\n")
			}
			out[h.Jalur] = urutAtribut(srcdocHTML.ReplaceAllString(html, "srcdoc"))
		}
		if isian == 0 {
			t.Fatal("no figure field rendered")
		}
		return out
	})
}

var (
	tagHTML     = regexp.MustCompile(`<[a-zA-Z][^<>]*>`)
	atributHTML = regexp.MustCompile(`\s+[^\s=<>/]+(="[^"]*")?`)
	srcdocHTML  = regexp.MustCompile(`srcdoc="(\\.|[^"\\])*"`)
	waktuHTML   = regexp.MustCompile(`data-hitung[a-z-]*-us="[0-9]*"`)
)

// urutAtribut writes html one tag a line with each tag's attributes
// sorted (go-app writes them in no fixed order) and the measured
// compute times left out.
func urutAtribut(html string) string {
	html = waktuHTML.ReplaceAllString(html, "data-hitung-us")
	html = tagHTML.ReplaceAllStringFunc(html, func(tag string) string {
		nama := tag[:strings.IndexAny(tag+" ", " \t\n>/")]
		a := atributHTML.FindAllString(tag[len(nama):], -1)
		for i := range a {
			a[i] = strings.TrimSpace(a[i])
		}
		slices.Sort(a)
		return nama + " " + strings.Join(a, " ") + ">"
	})
	return strings.ReplaceAll(html, "><", ">\n<")
}
