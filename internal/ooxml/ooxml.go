// Package ooxml writes the zip package of an Office Open XML file, the
// part that internal/docx and internal/xlsx share: the parts in a zip with
// a fixed time, so that the same document gives the same bytes; the
// package relationships and document properties every such file has;
// XML escaping.
package ooxml

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"strings"
	"time"
)

// KepalaXML is the declaration every part begins with.
const KepalaXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// waktuZip is the fixed modification time of every part.
var waktuZip = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Paket writes the parts of one file. The zero value is not usable: call
// [Baru].
type Paket struct {
	z *zip.Writer
	n *penghitung
}

// Baru starts a package written to w.
func Baru(w io.Writer) *Paket {
	n := &penghitung{w: w}
	return &Paket{z: zip.NewWriter(n), n: n}
}

// Tulis writes the part nama, deflated, from the pieces isi in order (a
// large part is written as it is, not joined into one more string).
func (p *Paket) Tulis(nama string, isi ...string) error {
	f, err := p.z.CreateHeader(&zip.FileHeader{Name: nama, Method: zip.Deflate, Modified: waktuZip})
	if err != nil {
		return err
	}
	for _, s := range isi {
		if _, err := io.WriteString(f, s); err != nil {
			return err
		}
	}
	return nil
}

// TulisBita writes the part nama from isi; simpan stores it without
// compression (an image already compressed).
func (p *Paket) TulisBita(nama string, isi []byte, simpan bool) error {
	m := zip.Deflate
	if simpan {
		m = zip.Store
	}
	f, err := p.z.CreateHeader(&zip.FileHeader{Name: nama, Method: m, Modified: waktuZip})
	if err != nil {
		return err
	}
	_, err = f.Write(isi)
	return err
}

// TulisDasar writes the parts every file has: the package relationships
// pointing at the main part utama ("word/document.xml",
// "xl/workbook.xml") and the document properties (creator and
// application "sakip").
func (p *Paket) TulisDasar(utama string) error {
	for _, b := range []struct{ nama, isi string }{
		{"_rels/.rels", KepalaXML + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="` + Lolos(utama) + `"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`},
		{"docProps/core.xml", KepalaXML + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>sakip</dc:creator></cp:coreProperties>`},
		{"docProps/app.xml", KepalaXML + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>sakip</Application></Properties>`},
	} {
		if err := p.Tulis(b.nama, b.isi); err != nil {
			return err
		}
	}
	return nil
}

// Tutup finishes the package and returns the bytes written to the
// writer, also when an error stopped it.
func (p *Paket) Tutup() (int64, error) {
	err := p.z.Close()
	return p.n.n, err
}

// N returns the bytes written so far.
func (p *Paket) N() int64 { return p.n.n }

type penghitung struct {
	w io.Writer
	n int64
}

func (c *penghitung) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// Lolos escapes s for XML text or an attribute value. Characters XML
// cannot hold (control characters other than tab and newline) become
// U+FFFD, as encoding/xml writes them.
func Lolos(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
