package lkip

import (
	"bufio"
	"bytes"
	"html/template"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// tmplRujukan is the html/template that RenderHTML executed before it wrote
// the HTML directly. It is the reference for TestHTMLSamaDenganTemplate:
// on any data, htmlWriter must write the bytes this template writes.
var tmplRujukan = template.Must(template.New("lkip").Funcs(template.FuncMap{"svg": svgGrafik}).Parse(`<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Judul}}</title>
<style>{{.CSS}}</style>
</head>
<body>
{{range .Bab}}<section class="bab" id="{{.ID}}">
{{if .Judul}}<h1>{{.Judul}}</h1>
{{end}}{{range .Isi}}{{template "elemen" .}}{{end}}</section>
{{end}}</body>
</html>
{{define "inline"}}{{range .}}{{if .Strong}}<strong>{{.Teks}}</strong>{{else if .Em}}<em>{{.Teks}}</em>{{else}}{{.Teks}}{{end}}{{end}}{{end}}
{{define "butir"}}<ul class="daftar">
{{range .}}<li>{{if .Label}}<span class="label">{{.Label}}</span>{{else}}<span class="label">•</span>{{end}}{{template "inline" .Teks}}{{if .Anak}}
{{template "butir" .Anak}}{{end}}</li>
{{end}}</ul>
{{end}}
{{define "sel"}}{{range .}}<td{{if .Span}} colspan="{{.Span}}"{{end}}{{if or .Angka .Tebal}} class="{{if .Angka}}angka{{end}}{{if and .Angka .Tebal}} {{end}}{{if .Tebal}}tebal{{end}}"{{end}}>{{.Teks}}</td>{{end}}{{end}}
{{define "elemen"}}{{if eq .Jenis "judul"}}{{if eq .Level 2}}<h2 id="{{.ID}}">{{template "inline" .Teks}}</h2>
{{else if eq .Level 3}}<h3 id="{{.ID}}">{{template "inline" .Teks}}</h3>
{{else}}<h4 id="{{.ID}}">{{template "inline" .Teks}}</h4>
{{end}}{{else if eq .Jenis "paragraf"}}<p>{{template "inline" .Teks}}</p>
{{else if eq .Jenis "daftar"}}{{template "butir" .Butir}}{{else if eq .Jenis "tabel"}}{{with .Tabel}}<table{{if .Lebar}} class="{{.Lebar}}"{{end}}>
{{if or .Nomor .Judul}}<caption>{{.Nomor}}{{if and .Nomor .Judul}}<br>{{end}}{{.Judul}}</caption>
{{end}}<thead><tr>{{range .Kepala}}<th{{if .Angka}} class="angka"{{end}}>{{.Teks}}</th>{{end}}</tr></thead>
<tbody>
{{range .Badan}}<tr>{{template "sel" .}}</tr>
{{end}}{{range .Kaki}}<tr class="jumlah">{{template "sel" .}}</tr>
{{end}}</tbody>
</table>
{{if .Sumber}}<p class="sumber">Sumber: {{.Sumber}}</p>
{{end}}{{if .Catatan}}<p class="catatan">{{.Catatan}}</p>
{{end}}{{end}}{{else if eq .Jenis "grafik"}}{{with svg .Grafik}}<figure class="grafik">
<figcaption>{{.Judul}}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{.Lebar}} {{.Tinggi}}" role="img" aria-label="{{.Judul}}">
{{range .Batang}}<text x="0" y="{{.LabelY}}" font-size="11">{{.Label}}</text>
<rect x="0" y="{{.BarY}}" width="{{.W}}" height="12" fill="#4a6fa5"></rect>
<text x="{{.TeksX}}" y="{{.TeksY}}" font-size="10">{{.Teks}}</text>
{{end}}{{with .Acuan}}<line x1="{{.X}}" y1="0" x2="{{.X}}" y2="{{.Y2}}" stroke="#c0392b" stroke-dasharray="4 3"></line>
<text x="{{.X}}" y="{{.TeksY}}" font-size="10" fill="#c0392b" text-anchor="middle">{{.Teks}}</text>
{{end}}</svg>
{{if .Catatan}}<p class="catatan">{{.Catatan}}</p>
{{end}}</figure>
{{end}}{{else if eq .Jenis "ttd"}}{{with .TTD}}<div class="ttd">
<p>{{.TempatTanggal}}</p>
{{range .Jabatan}}<p>{{.}}</p>
{{end}}<p class="nama">{{.Nama}}</p>
<p>{{.Pangkat}}</p>
<p>{{.NIP}}</p>
</div>
{{end}}{{else if eq .Jenis "sampul"}}{{with .Sampul}}<div class="sampul">
<p class="pemda">{{.Pemda}}</p>
<p class="judul">{{.Judul}}<br>{{.Tahun}}</p>
<p class="dinas">{{.Dinas}}</p>
<p>{{.Alamat}}<br><strong>{{.Kota}}</strong></p>
</div>
{{end}}{{else if eq .Jenis "daftar_isi"}}<nav class="isi"><ul>
{{range .Isi}}<li{{if eq .Level 2}} class="sub"{{end}}><a href="#{{.ID}}">{{.Judul}}</a></li>
{{end}}</ul></nav>
{{end}}{{end}}`))

// renderRujukan renders chapters with the reference template.
// The writer also replaces the control characters HTML forbids, which
// html/template keeps: the reference output is normalised the same way
// (normalKontrol).
func renderRujukan(judul string, babs []bab) (string, error) {
	data := struct {
		Judul string
		CSS   template.CSS
		Bab   []bab
	}{judul, template.CSS(gayaCetak), babs}
	var b bytes.Buffer
	err := tmplRujukan.Execute(&b, data)
	return normalKontrol(b.String()), err
}

// normalKontrol rewrites html/template's output as the writer treats
// control characters: a raw C0 control other than tab, LF and CR becomes
// U+FFFD, and in a link anchor its percent-encoding (and NUL's) becomes
// that of U+FFFD. A literal "%" of the data is "%25" in an anchor, so
// "%0x"/"%1x" there can only come from a control character.
func normalKontrol(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			b.WriteString("\uFFFD")
		} else {
			b.WriteByte(c)
		}
	}
	return hrefAnkor.ReplaceAllStringFunc(b.String(), func(m string) string {
		return persenKontrol.ReplaceAllStringFunc(m, func(p string) string {
			if p == "%09" || p == "%0a" || p == "%0d" {
				return p
			}
			return "%ef%bf%bd"
		})
	})
}

var (
	hrefAnkor     = regexp.MustCompile(`href="#[^"]*"`)
	persenKontrol = regexp.MustCompile(`%[01][0-9a-f]`)
)

// renderTulis renders chapters with htmlWriter.
func renderTulis(judul string, babs []bab) string {
	var b bytes.Buffer
	h := htmlWriter{w: bufio.NewWriter(&b)}
	h.dokumen(judul, babs)
	h.w.Flush()
	return b.String()
}

// racuni returns a deep copy of chapters with f applied to every string
// (text, attribute values, anchors, labels, chart titles) and with
// variations of the flags that choose markup (span, emphasis, levels).
func racuni(babs []bab, f func(string) string) []bab {
	potong := func(ps []potongan) []potongan {
		out := make([]potongan, len(ps))
		for i, p := range ps {
			out[i] = potongan{Teks: f(p.Teks), Em: p.Em || i%3 == 1, Strong: p.Strong || i%3 == 2}
		}
		return out
	}
	var butirs func([]butirE) []butirE
	butirs = func(bs []butirE) []butirE {
		out := make([]butirE, len(bs))
		for i, b := range bs {
			out[i] = butirE{Label: f(b.Label), Teks: potong(b.Teks), Anak: butirs(b.Anak)}
		}
		return out
	}
	sels := func(ss []sel) []sel {
		out := make([]sel, len(ss))
		for i, s := range ss {
			out[i] = sel{Teks: f(s.Teks), Angka: s.Angka || i%2 == 1, Tebal: s.Tebal || i%3 == 0, Span: s.Span + i%3 - 1}
		}
		return out
	}
	baris := func(rs [][]sel) [][]sel {
		out := make([][]sel, len(rs))
		for i, r := range rs {
			out[i] = sels(r)
		}
		return out
	}
	var out []bab
	for _, b := range babs {
		nb := bab{ID: f(b.ID), Judul: f(b.Judul)}
		for k, e := range b.Isi {
			ne := elemen{Jenis: e.Jenis, Level: e.Level + k%3 - 1, ID: f(e.ID), Teks: potong(e.Teks), Butir: butirs(e.Butir)}
			if t := e.Tabel; t != nil {
				ne.Tabel = &tabel{Nomor: f(t.Nomor), Judul: f(t.Judul), Kepala: sels(t.Kepala), Badan: baris(t.Badan),
					Kaki: baris(t.Kaki), Sumber: f(t.Sumber), Catatan: f(t.Catatan), Lebar: f(t.Lebar)}
			}
			if g := e.Grafik; g != nil {
				ng := &Grafik{Judul: f(g.Judul), Acuan: g.Acuan, Catatan: f(g.Catatan)}
				for _, x := range g.Batang {
					ng.Batang = append(ng.Batang, Batang{Label: f(x.Label), Nilai: x.Nilai, Teks: f(x.Teks)})
				}
				ne.Grafik = ng
			}
			if t := e.TTD; t != nil {
				nt := &ttd{TempatTanggal: f(t.TempatTanggal), Nama: f(t.Nama), Pangkat: f(t.Pangkat), NIP: f(t.NIP)}
				for _, j := range t.Jabatan {
					nt.Jabatan = append(nt.Jabatan, f(j))
				}
				ne.TTD = nt
			}
			if s := e.Sampul; s != nil {
				ne.Sampul = &sampul{Pemda: f(s.Pemda), Judul: f(s.Judul), Tahun: f(s.Tahun), Dinas: f(s.Dinas), Alamat: f(s.Alamat), Kota: f(s.Kota)}
			}
			for i, x := range e.Isi {
				ne.Isi = append(ne.Isi, entriIsi{ID: f(x.ID), Judul: f(x.Judul), Level: x.Level + i%2})
			}
			nb.Isi = append(nb.Isi, ne)
		}
		out = append(out, nb)
	}
	return out
}

// jahat is text that every escaping context must handle: markup, both
// quotes, ampersand, plus, NUL, URL-reserved bytes, non-ASCII, invalid
// UTF-8 and the noncharacters html/template treats specially elsewhere.
const jahat = "<script>alert('x&y')</script> \"q\" a+b=c #/?%20 \x00 é ✓ \xff\xfe \ufdd0\uffff {{.}} ]]> -->"

// TestHTMLSamaDenganTemplate checks that htmlWriter writes exactly what the
// former html/template wrote, on the seed and on the seed with hostile text
// in every string, in every text, attribute and URL position.
func TestHTMLSamaDenganTemplate(t *testing.T) {
	l, err := Compute(Contoh(), DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	babs := l.susun()
	for _, tc := range []struct {
		nama string
		f    func(string) string
	}{
		{"seed", func(s string) string { return s }},
		{"ditambah", func(s string) string { return s + jahat }},
		{"diganti", func(s string) string { return jahat }},
		{"kosong", func(string) string { return "" }},
		{"setiap-bita", func(s string) string {
			var b strings.Builder
			for c := 0; c < 256; c++ {
				b.WriteByte(byte(c))
			}
			return b.String() + s
		}},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			bs := racuni(babs, tc.f)
			judul := tc.f("LKIP Dinas Sosial Tahun " + strconv.Itoa(2022))
			want, err := renderRujukan(judul, bs)
			if err != nil {
				t.Fatal(err)
			}
			got := renderTulis(judul, bs)
			if got != want {
				i := 0
				for i < len(got) && i < len(want) && got[i] == want[i] {
					i++
				}
				t.Fatalf("differs at byte %d:\nwant %q\ngot  %q", i, want[max(0, i-80):min(len(want), i+80)], got[max(0, i-80):min(len(got), i+80)])
			}
		})
	}
}

// FuzzHTMLSamaDenganTemplate puts any text into every string of the seed's
// chapters and checks htmlWriter against the former html/template.
func FuzzHTMLSamaDenganTemplate(f *testing.F) {
	l, err := Compute(Contoh(), DefaultOpsi())
	if err != nil {
		f.Fatal(err)
	}
	babs := l.susun()
	f.Add(jahat)
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		bs := racuni(babs, func(x string) string { return s })
		want, err := renderRujukan(s, bs)
		if err != nil {
			t.Fatal(err)
		}
		if got := renderTulis(s, bs); got != want {
			t.Fatalf("differs from html/template for %q", s)
		}
	})
}

// TestHTMLEscape checks that text from the data file comes out escaped in
// text and attribute positions of RenderHTML, and never as markup.
func TestHTMLEscape(t *testing.T) {
	d := Contoh()
	d.Identitas.Dinas = `Dinas <script>alert(1)</script> "Sosial" & 'Kita'`
	d.Identitas.Kepala.Nama = `<img src=x onerror="alert(2)"> & Co`
	d.Identitas.Kota = `Kota" onmouseover="alert(3)`
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := RenderHTML(&b, l); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if err := periksaTag(s); err != nil {
		t.Fatal(err)
	}
	for _, ada := range []string{
		// title (RCDATA) and text
		"<title>LKIP Dinas &lt;script&gt;alert(1)&lt;/script&gt; &#34;Sosial&#34; &amp; &#39;Kita&#39;",
		`<p class="dinas">DINAS &lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt; &#34;SOSIAL&#34; &amp; &#39;KITA&#39; KABUPATEN`,
		`<p class="nama">&lt;img src=x onerror=&#34;alert(2)&#34;&gt; &amp; Co</p>`,
		`Kota&#34; onmouseover=&#34;alert(3)`,
	} {
		if !strings.Contains(s, ada) {
			t.Errorf("HTML lacks %q", ada)
		}
	}
	for _, dilarang := range []string{"<script", "<img", `" onmouseover="`, `"Sosial"`, "& Co"} {
		if strings.Contains(s, dilarang) {
			t.Errorf("HTML contains %q", dilarang)
		}
	}
}

// TestHTMLAtribut checks escaping in attribute values and link anchors,
// which the seed never exercises: id, class, aria-label and href.
func TestHTMLAtribut(t *testing.T) {
	babs := []bab{{ID: `a"b<c>&'d`, Isi: []elemen{
		{Jenis: elJudul, Level: 2, ID: `x" onclick="y`, Teks: []potongan{{Teks: "J"}}},
		{Jenis: elTabel, Tabel: &tabel{Lebar: `lebar" style="x`, Kepala: []sel{{Teks: "<K>"}}, Badan: [][]sel{{{Teks: "a&b", Span: 2}}}}},
		{Jenis: elGrafik, Grafik: &Grafik{Judul: `G "1" <2>`, Batang: []Batang{{Label: "L&", Teks: "T'"}}}},
		{Jenis: elIsi, Isi: []entriIsi{{ID: `bab 1"><script>é`, Judul: "<J>", Level: 2}}},
	}}}
	s := renderTulis("t", babs)
	for _, ada := range []string{
		`<section class="bab" id="a&#34;b&lt;c&gt;&amp;&#39;d">`,
		`<h2 id="x&#34; onclick=&#34;y">J</h2>`,
		`<table class="lebar&#34; style=&#34;x">`,
		`<th>&lt;K&gt;</th>`,
		`<td colspan="2">a&amp;b</td>`,
		`aria-label="G &#34;1&#34; &lt;2&gt;"`,
		`<figcaption>G &#34;1&#34; &lt;2&gt;</figcaption>`,
		`font-size="11">L&amp;</text>`,
		`<li class="sub"><a href="#bab%201%22%3e%3cscript%3e%c3%a9">&lt;J&gt;</a></li>`,
	} {
		if !strings.Contains(s, ada) {
			t.Errorf("HTML lacks %q", ada)
		}
	}
	if err := periksaTag(s); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkRenderHTML renders the seed's HTML report (about 115 KB), with
// the direct writer and, for comparison, with the former html/template.
func BenchmarkRenderHTML(b *testing.B) {
	l, err := Compute(Contoh(), DefaultOpsi())
	if err != nil {
		b.Fatal(err)
	}
	b.Run("tulis", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := RenderHTML(io.Discard, l); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("template", func(b *testing.B) {
		judul := "LKIP " + namaDinas(&l.Dokumen.Identitas) + " Tahun " + strconv.Itoa(l.Dokumen.Identitas.Tahun)
		b.ReportAllocs()
		for b.Loop() {
			data := struct {
				Judul string
				CSS   template.CSS
				Bab   []bab
			}{judul, template.CSS(gayaCetak), l.susun()}
			w := bufio.NewWriter(io.Discard)
			if err := tmplRujukan.Execute(w, data); err != nil {
				b.Fatal(err)
			}
			w.Flush()
		}
	})
}

// TestGrafikPanjang: bars scale to the longest bar or the reference line,
// whichever is longer; negative and zero values have no length.
func TestGrafikPanjang(t *testing.T) {
	d := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	acuan := d("100")
	for _, c := range []struct {
		nama  string
		g     Grafik
		penuh int
		want  []int // bars, then the reference line
	}{
		{"di bawah acuan", Grafik{Batang: []Batang{{Nilai: d("50")}, {Nilai: d("98.42")}}, Acuan: &acuan}, 520, []int{260, 512, 520}},
		{"melewati acuan", Grafik{Batang: []Batang{{Nilai: d("200")}, {Nilai: d("100")}}, Acuan: &acuan}, 100, []int{100, 50, 50}},
		{"tanpa acuan", Grafik{Batang: []Batang{{Nilai: d("3")}, {Nilai: d("1")}}}, 10, []int{10, 3, 0}},
		{"negatif dan nol", Grafik{Batang: []Batang{{Nilai: d("-5")}, {Nilai: d("0")}}}, 10, []int{0, 0, 0}},
		{"pembulatan setengah ke atas", Grafik{Batang: []Batang{{Nilai: d("0.5")}, {Nilai: d("100")}}}, 100, []int{1, 100, 0}},
	} {
		var got []int
		for i := range c.g.Batang {
			got = append(got, c.g.Panjang(i, c.penuh))
		}
		got = append(got, c.g.Panjang(-1, c.penuh))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.nama, diff)
		}
	}
	if n := (&Grafik{}).Panjang(3, 10); n != 0 {
		t.Errorf("bar out of range: %d, want 0", n)
	}
}
