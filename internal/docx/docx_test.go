package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"image"
	"image/png"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// bagianDocx unzips a document and checks that every XML part is
// well-formed; it returns the parts by name.
func bagianDocx(t *testing.T, data []byte) map[string]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(b)
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			d := xml.NewDecoder(bytes.NewReader(b))
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s: %v", f.Name, err)
				}
			}
		}
	}
	return parts
}

// Ringkas is the body of a document reduced to what the tests check:
// one line per paragraph ("P style|text"), table row ("R header|cells")
// and section ("S orientation").
func ringkas(t *testing.T, doc string) []string {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	var out []string
	var teks, gaya strings.Builder
	var sel []string
	dalamSel, kepala := false, false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "p":
				teks.Reset()
				gaya.Reset()
			case "pStyle":
				for _, a := range e.Attr {
					if a.Name.Local == "val" && !strings.HasPrefix(a.Value, "TabelIsi") {
						gaya.WriteString(a.Value)
					}
				}
			case "pageBreakBefore":
				gaya.WriteString("+break")
			case "br":
				teks.WriteString("\\n")
				for _, a := range e.Attr {
					if a.Name.Local == "type" && a.Value == "page" {
						teks.WriteString("[page]")
					}
				}
			case "tr":
				sel, kepala = nil, false
			case "tblHeader":
				kepala = true
			case "tc":
				dalamSel = true
			case "gridSpan":
				sel = append(sel, "span="+e.Attr[0].Value)
			case "drawing":
				teks.WriteString("[img]")
			case "pgSz":
				o := "portrait"
				for _, a := range e.Attr {
					if a.Name.Local == "orient" {
						o = a.Value
					}
				}
				out = append(out, "S "+o)
			}
		case xml.CharData:
			teks.Write(e)
		case xml.EndElement:
			switch e.Name.Local {
			case "p":
				if dalamSel {
					sel = append(sel, teks.String())
				} else if teks.Len() > 0 || gaya.Len() > 0 {
					out = append(out, "P "+gaya.String()+"|"+teks.String())
				}
			case "tc":
				dalamSel = false
			case "tr":
				k := "body"
				if kepala {
					k = "header"
				}
				out = append(out, "R "+k+"|"+strings.Join(sel, "|"))
			}
		}
	}
	return out
}

func pngKecil(t *testing.T) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 2))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDocument(t *testing.T) {
	img := pngKecil(t)
	tests := []struct {
		name  string
		build func(d *Document)
		want  []string
		parts map[string][]string // substrings a part must hold
		media int
	}{{
		name: "headings, runs, escaping",
		build: func(d *Document) {
			d.Heading(1, "BAB I <PENDAHULUAN> & lain", "bab-1")
			d.Heading(2, "A. Latar", "")
			d.Heading(7, "clamped to 3", "")
			d.Paragraph(Paragraph{Runs: []Run{{Text: "biasa "}, {Text: "tebal", Bold: true}, {Text: " miring", Italic: true}, {Text: "baris\nkedua"}}})
			d.Paragraph(Paragraph{Runs: []Run{{Text: "BAB I"}}, Link: "bab-1", PageBreakBefore: true})
		},
		want: []string{
			"P Heading1|BAB I <PENDAHULUAN> & lain", "P Heading2|A. Latar", "P Heading3|clamped to 3",
			"P |biasa tebal miringbaris\\nkedua", "P +break|BAB I", "S portrait",
		},
		parts: map[string][]string{
			"word/document.xml": {`<w:bookmarkStart w:id="1" w:name="_bab_1"/>`, `<w:hyperlink w:anchor="_bab_1" w:history="1">`,
				`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">tebal</w:t></w:r>`, `<w:r><w:rPr><w:i/></w:rPr>`, "&lt;PENDAHULUAN&gt; &amp;",
				`<w:titlePg/>`, `<w:footerReference w:type="default" r:id="rIdFooter"/>`, `<w:pgSz w:w="11906" w:h="16838"/>`},
			"word/styles.xml":  {`<w:name w:val="heading 1"/>`, `<w:outlineLvl w:val="0"/>`, `<w:name w:val="heading 2"/>`, `<w:outlineLvl w:val="1"/>`, `<w:outlineLvl w:val="2"/>`},
			"word/footer1.xml": {`<w:instrText xml:space="preserve"> PAGE </w:instrText>`},
		},
	}, {
		name: "table with repeated header, spans, short rows filled",
		build: func(d *Document) {
			d.Table(Table{
				Header: []Cell{{Runs: []Run{{Text: "Uraian"}}}, {Runs: []Run{{Text: "Pagu"}}}, {Runs: []Run{{Text: "%"}}}},
				Rows: [][]Cell{
					{{Runs: []Run{{Text: "Belanja"}}}, {Runs: []Run{{Text: "9.399.497.972"}}, Align: AlignRight}, {Runs: []Run{{Text: "98,42"}}}},
					{{Runs: []Run{{Text: "JUMLAH", Bold: true}}, Span: 2}, {Runs: []Run{{Text: "1"}}}},
					{{Runs: []Run{{Text: "pendek"}}}},
				},
				Widths: []float64{2, 1, 1},
			})
		},
		want: []string{"R header|Uraian|Pagu|%", "R body|Belanja|9.399.497.972|98,42", "R body|span=2|JUMLAH|1", "R body|pendek||", "S portrait"},
		parts: map[string][]string{"word/document.xml": {
			`<w:gridCol w:w="4734"/><w:gridCol w:w="2367"/><w:gridCol w:w="2367"/>`,
			`<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`, `<w:jc w:val="right"/>`, `<w:pStyle w:val="TabelIsi19"/>`,
		}, "word/styles.xml": {`<w:style w:type="paragraph" w:customStyle="1" w:styleId="TabelIsi19"><w:name w:val="Isi Tabel 9.5 pt"/>`}},
	}, {
		name: "images shared, page break, landscape section",
		build: func(d *Document) {
			d.Paragraph(Paragraph{Runs: []Run{{Text: "satu"}}})
			d.Image(Image{PNG: img, Width: 100, Height: 50})
			d.PageBreak()
			d.Section(true)
			if w := d.TextWidth(); w != 720.05 {
				t.Errorf("landscape text width %v, want 720.05", w)
			}
			d.Section(true) // no second break
			d.Table(Table{Rows: [][]Cell{{{Image: &Image{PNG: img, Width: 10, Height: 5}}}}})
			d.Section(false)
			d.Paragraph(Paragraph{Runs: []Run{{Text: "dua"}}})
		},
		want:  []string{"P |satu", "P |[img]", "P |\\n[page]", "S portrait", "R body|[img]", "S landscape", "P |dua", "S portrait"},
		media: 1,
		parts: map[string][]string{
			"word/document.xml":            {`<wp:extent cx="1270000" cy="635000"/>`, `<wp:docPr id="1" name="Gambar 1"/>`, `<wp:docPr id="2" name="Gambar 2"/>`, `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`},
			"word/_rels/document.xml.rels": {`Target="media/gambar1.png"`},
			"[Content_Types].xml":          {`<Default Extension="png" ContentType="image/png"/>`},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tulis := func() []byte {
				d := New()
				tt.build(d)
				var b bytes.Buffer
				n, err := d.WriteTo(&b)
				if err != nil {
					t.Fatal(err)
				}
				if n != int64(b.Len()) {
					t.Errorf("WriteTo returned %d, wrote %d", n, b.Len())
				}
				return b.Bytes()
			}
			data := tulis()
			parts := bagianDocx(t, data)
			if diff := cmp.Diff(tt.want, ringkas(t, parts["word/document.xml"])); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
			for p, subs := range tt.parts {
				for _, s := range subs {
					if !strings.Contains(parts[p], s) {
						t.Errorf("%s lacks %s", p, s)
					}
				}
			}
			media := 0
			for name, isi := range parts {
				if strings.HasPrefix(name, "word/media/") {
					media++
					if isi != string(img) {
						t.Errorf("%s is not the image given", name)
					}
				}
			}
			if media != tt.media {
				t.Errorf("%d media parts, want %d", media, tt.media)
			}
			if !bytes.Equal(data, tulis()) {
				t.Error("two writes of the same document differ")
			}
		})
	}
}

func TestNamaBookmark(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"bab-3", "_bab_3"}, {"", "_"}, {"bab 1.2/é", "_bab_1_2__"},
		{strings.Repeat("x", 60), "_" + strings.Repeat("x", 39)},
	} {
		if got := namaBookmark(tt.in); got != tt.want {
			t.Errorf("namaBookmark(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkDocument(b *testing.B) {
	for b.Loop() {
		d := New()
		for range 50 {
			d.Heading(2, "Bagian", "")
			d.Paragraph(Paragraph{Runs: []Run{{Text: "Pada Tahun anggaran 2022 dinas mengelola anggaran sebesar "}, {Text: "Rp 9.399.497.972", Bold: true}}})
			rows := make([][]Cell, 20)
			for j := range rows {
				rows[j] = []Cell{{Runs: []Run{{Text: "Penyediaan Gaji dan Tunjangan ASN"}}}, {Runs: []Run{{Text: "2.230.832.054"}}, Align: AlignRight}}
			}
			d.Table(Table{Header: []Cell{{Runs: []Run{{Text: "Uraian"}}}, {Runs: []Run{{Text: "Pagu"}}}}, Rows: rows})
		}
		if _, err := d.WriteTo(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
