package lkip

import (
	"io"
	"strings"
	"testing"
)

// paragrafPanjang returns paragraphs of about 375 KB: plain words, words
// with stray stars ("2*3", "a * b") that are not emphasis, and unclosed
// "**" — the shapes whose pieces were joined in quadratic time.
func paragrafPanjang() map[string]string {
	const ukuran = 375 << 10
	ulang := func(s string) string { return strings.Repeat(s, ukuran/len(s)+1)[:ukuran] }
	return map[string]string{
		"polos":         ulang("Dinas Sosial melaksanakan program perlindungan sosial. "),
		"bintang-lepas": ulang("biaya 2*3 paket, a * b orang, "),
		"tebal-terbuka": ulang("capaian **tinggi dan "),
		"campuran":      ulang("kegiatan *penting* dan **utama** serta 5 * 3 "),
		"bintang-spasi": ulang("5 * 3 = 15, "),
		"bintang-rapat": ulang("****"),
	}
}

// BenchmarkParagrafPanjang renders the whole report (Markdown and HTML)
// of the sample with one 375 KB paragraph in Bab IV.
func BenchmarkParagrafPanjang(b *testing.B) {
	for nama, p := range paragrafPanjang() {
		b.Run(nama, func(b *testing.B) {
			d := Contoh()
			d.Narasi.Bab4 = Teks{p}
			l, err := Compute(d, DefaultOpsi())
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(p)))
			b.ReportAllocs()
			for b.Loop() {
				if err := RenderMarkdown(io.Discard, l); err != nil {
					b.Fatal(err)
				}
				if err := RenderHTML(io.Discard, l); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
