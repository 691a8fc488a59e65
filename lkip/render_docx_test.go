package lkip

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// docxBlok is a block of a document's body as the tests see it.
type docxBlok struct {
	Jenis   string // "p", "tbl", "sect"
	Gaya    string // paragraph style
	Teks    string
	Putus   bool // pageBreakBefore
	Kepala  bool // tbl: its first row repeats (tblHeader)
	Baris   int  // tbl: rows
	Gambar  int  // drawings inside
	Lanskap bool // sect
}

func bacaDOCX(t *testing.T, data []byte) (body []docxBlok, parts map[string][]byte) {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts = map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		if parts[f.Name], err = io.ReadAll(r); err != nil {
			t.Fatal(err)
		}
	}
	d := xml.NewDecoder(bytes.NewReader(parts["word/document.xml"]))
	var cur *docxBlok
	dalamTbl := 0
	baris := 0
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
			case "tbl":
				dalamTbl++
				if dalamTbl == 1 {
					body = append(body, docxBlok{Jenis: "tbl"})
					cur = &body[len(body)-1]
					baris = 0
				}
			case "tr":
				baris++
				cur.Baris++
			case "tblHeader":
				if baris == 1 {
					cur.Kepala = true
				}
			case "p":
				if dalamTbl == 0 {
					body = append(body, docxBlok{Jenis: "p"})
					cur = &body[len(body)-1]
				}
			case "pStyle":
				if dalamTbl == 0 {
					cur.Gaya = e.Attr[0].Value
				}
			case "pageBreakBefore":
				cur.Putus = true
			case "drawing":
				cur.Gambar++
			case "pgSz":
				s := docxBlok{Jenis: "sect"}
				for _, a := range e.Attr {
					s.Lanskap = s.Lanskap || a.Name.Local == "orient" && a.Value == "landscape"
				}
				body = append(body, s)
				cur = &body[len(body)-1]
			}
		case xml.CharData:
			if cur != nil && (cur.Jenis == "p" || cur.Jenis == "tbl") {
				cur.Teks += string(e)
			}
		case xml.EndElement:
			if e.Name.Local == "tbl" {
				dalamTbl--
			}
		}
	}
	return body, parts
}

// TestRenderDOCX checks the structure of the sample's Word document against
// the report's model: the chapters in Heading 1 each on a new page, the
// sections in Heading 2/3, every table and chart as a table whose header
// row repeats, one bar image per bar, wide tables on landscape pages, the
// page number in the footer.
func TestRenderDOCX(t *testing.T) {
	l := laporanContoh(t)
	var b bytes.Buffer
	if err := RenderDOCX(&b, l); err != nil {
		t.Fatal(err)
	}
	body, parts := bacaDOCX(t, b.Bytes())

	var wantH, wantTbl []string
	wantBar := 0
	for _, bb := range l.susun() {
		if bb.Judul != "" {
			wantH = append(wantH, "Heading1 "+bb.Judul)
		}
		for _, e := range bb.Isi {
			switch e.Jenis {
			case elJudul:
				g := "Heading2 "
				if e.Level > 2 {
					g = "Heading3 "
				}
				wantH = append(wantH, g+teksPolos(e.Teks))
			case elTabel:
				wantTbl = append(wantTbl, strings.TrimSpace(e.Tabel.Nomor+" "+e.Tabel.Judul))
			case elGrafik:
				wantTbl = append(wantTbl, "Grafik: "+e.Grafik.Judul)
				wantBar += len(e.Grafik.Batang)
			}
		}
	}
	var gotH, gotTbl []string
	gambar := 0
	lanskap := map[string]bool{}
	for i, x := range body {
		gambar += x.Gambar
		switch {
		case x.Jenis == "p" && strings.HasPrefix(x.Gaya, "Heading"):
			gotH = append(gotH, x.Gaya+" "+x.Teks)
			if x.Gaya == "Heading1" {
				// a chapter starts a page: a break before it, or a
				// section break just before
				if !x.Putus && (i == 0 || body[i-1].Jenis != "sect") {
					t.Errorf("chapter %q does not start a new page", x.Teks)
				}
			}
		case x.Jenis == "tbl":
			if !x.Kepala {
				t.Errorf("table %d: header row not repeated", len(gotTbl)+1)
			}
			// the caption is the paragraph before the table
			if i > 0 && body[i-1].Gaya == "Caption" {
				gotTbl = append(gotTbl, body[i-1].Teks)
			} else {
				gotTbl = append(gotTbl, "(no caption)")
			}
			// the section a table is in is the next sect block
			for _, y := range body[i:] {
				if y.Jenis == "sect" {
					lanskap[gotTbl[len(gotTbl)-1]] = y.Lanskap
					break
				}
			}
		}
	}
	if diff := cmp.Diff(wantH, gotH); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantTbl, gotTbl); diff != "" {
		t.Errorf("tables (-want +got):\n%s", diff)
	}
	if gambar != wantBar {
		t.Errorf("%d images, want one per bar: %d", gambar, wantBar)
	}
	for _, tt := range []struct {
		tabel   string
		lanskap bool
	}{
		{"Tabel 3.1 Capaian IKU Dinas Sosial Kabupaten Flores Timur Tahun 2022", true},
		{"Capaian IKU tahun 2021 dan 2022", true},
		{"Tabel 3.2 Realisasi Belanja APBD TA. 2022 Dinas Sosial Kabupaten Flores Timur", false},
		{"Tabel 1.1 Jumlah PNS Dinas Sosial Kabupaten Flores Timur, Berdasarkan Pendidikan dan Eselonering Tahun 2022", false},
	} {
		if got, ok := lanskap[tt.tabel]; !ok || got != tt.lanskap {
			t.Errorf("%s: landscape %v (found %v), want %v", tt.tabel, got, ok, tt.lanskap)
		}
	}
	// the figures as printed, the signature, the footer's page number
	semua := ""
	for _, x := range body {
		semua += x.Teks + "\n"
	}
	for _, s := range []string{"9.399.497.972", "98,42%", "787,30%", "NIP. 19670420 199703 1 001", "Anselmus Yohanes Maryanto, S.Sos"} {
		if !strings.Contains(semua, s) {
			t.Errorf("document lacks %q", s)
		}
	}
	if !bytes.Contains(parts["word/footer1.xml"], []byte(" PAGE ")) {
		t.Error("footer has no PAGE field")
	}
	// the bar images are PNG
	n := 0
	for name, data := range parts {
		if strings.HasPrefix(name, "word/media/") {
			n++
			if _, err := png.Decode(bytes.NewReader(data)); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
	if n == 0 {
		t.Error("no media")
	}
}

func TestPngBatang(t *testing.T) {
	r := docxRender{}
	for _, tt := range []struct {
		panjang, garis int
		acuan          bool
		// colour index at (x, middle row)
		cek map[int]uint8
	}{
		{panjang: 50, garis: 80, acuan: true, cek: map[int]uint8{0: 1, 49: 1, 50: 3, 79: 2, 99: 3}},
		{panjang: 0, garis: 0, acuan: false, cek: map[int]uint8{0: 3, 99: 3}},
		{panjang: 100, garis: 100, acuan: true, cek: map[int]uint8{0: 1, 98: 2, 99: 2}},
	} {
		img, err := png.Decode(bytes.NewReader(r.pngBatang(tt.panjang, tt.garis, tt.acuan, 100, 12)))
		if err != nil {
			t.Fatal(err)
		}
		p := img.(interface{ ColorIndexAt(x, y int) uint8 })
		for x, want := range tt.cek {
			if got := p.ColorIndexAt(x, 7); got != want {
				t.Errorf("bar %d/%d: colour %d at x=%d, want %d", tt.panjang, tt.garis, got, x, want)
			}
		}
		if got := p.ColorIndexAt(10, 0); got != 0 && !(tt.acuan && got == 2) {
			t.Errorf("bar %d: colour %d in the top margin", tt.panjang, got)
		}
	}
	if r.err != nil {
		t.Fatal(r.err)
	}
}

// BenchmarkRenderOffice renders the sample as DOCX and as XLSX, beside
// Markdown and HTML in the same run for a ratio.
func BenchmarkRenderOffice(b *testing.B) {
	l := laporanContoh(b)
	for _, r := range []struct {
		nama   string
		render func(io.Writer, *Laporan) error
	}{{"docx", RenderDOCX}, {"xlsx", RenderXLSX}, {"markdown", RenderMarkdown}, {"html", RenderHTML}} {
		b.Run(r.nama, func(b *testing.B) {
			var n countWriter
			b.ReportAllocs()
			for b.Loop() {
				n = 0
				if err := r.render(&n, l); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "B/out")
		})
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }
