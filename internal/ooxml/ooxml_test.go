package ooxml

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// TestPaket: the parts read back from the zip, in order, with their
// content; the same parts give the same bytes; the count is the size.
func TestPaket(t *testing.T) {
	tulis := func() []byte {
		var b bytes.Buffer
		z := Baru(&b)
		if err := z.Tulis("[Content_Types].xml", KepalaXML, "<Types/>"); err != nil {
			t.Fatal(err)
		}
		if err := z.TulisDasar("word/document.xml"); err != nil {
			t.Fatal(err)
		}
		if err := z.TulisBita("word/media/g.png", []byte{1, 2, 3}, true); err != nil {
			t.Fatal(err)
		}
		n, err := z.Tutup()
		if err != nil || n != int64(b.Len()) {
			t.Fatalf("Tutup = %d, %v; ditulis %d", n, err, b.Len())
		}
		return b.Bytes()
	}
	a, b := tulis(), tulis()
	if !bytes.Equal(a, b) {
		t.Error("paket yang sama memberi bita yang berbeda")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	var nama []string
	for _, f := range zr.File {
		nama = append(nama, f.Name)
	}
	want := []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/media/g.png"}
	if len(nama) != len(want) {
		t.Fatalf("bagian %v, ingin %v", nama, want)
	}
	for i := range want {
		if nama[i] != want[i] {
			t.Errorf("bagian %d = %s, ingin %s", i, nama[i], want[i])
		}
	}
	rc, _ := zr.File[0].Open()
	isi, _ := io.ReadAll(rc)
	if string(isi) != KepalaXML+"<Types/>" {
		t.Errorf("isi [Content_Types].xml = %q", isi)
	}
	if Lolos(`a<b & "c"`) != "a&lt;b &amp; &#34;c&#34;" {
		t.Errorf("Lolos = %q", Lolos(`a<b & "c"`))
	}
}
