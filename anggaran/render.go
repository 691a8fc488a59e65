package anggaran

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"

	"github.com/shopspring/decimal"
)

// RenderMarkdown writes the tree as a Markdown table laid out like an LKIP's
// budget realisation table (the seed's Tabel 3.2): the one layout of that
// table, [Pohon.Tabel], written by [RenderTabelMarkdown], the same cells
// as the LKIP report's Tabel 3.2. Rows from program up and the total are
// in bold; the total's name spans the code and uraian columns.
//
// A nil writer or a nil tree is an error and nothing is written; so it is
// for every renderer of the package. The zero Pohon{} is the tree of no
// rows, rendered as its empty total.
func RenderMarkdown(w io.Writer, p *Pohon) error {
	if err := periksaTujuan(w, p); err != nil {
		return err
	}
	return RenderTabelMarkdown(w, p.Tabel())
}

// errTanpaTujuan is what the renderers return for a nil writer or table.
var errTanpaTujuan = errors.New("anggaran: tidak ada tujuan tulis atau tabel (nil)")

// periksaTujuan refuses a nil writer and a nil *Pohon; the zero Pohon{} is
// the tree of no rows, as Compute of no rows gives it.
func periksaTujuan(w io.Writer, p *Pohon) error {
	if w == nil || p == nil {
		return errTanpaTujuan
	}
	return nil
}

// adaKolom reports whether any leaf has a pagu murni and a realisasi fisik.
func (p *Pohon) adaKolom() (murni, fisik bool) {
	for i := range p.simpul {
		s := p.titik(i)
		if !s.daun() || s.baris < 0 {
			continue
		}
		r := &p.rincian[s.baris]
		murni = murni || r.PaguMurni.Valid
		fisik = fisik || r.Fisik.Valid
	}
	return murni, fisik
}

// RenderBelanjaMarkdown writes the computed belanja account table like the
// seed's: its one layout, [PohonRekening.Tabel] (code, name, amount before
// and after perubahan, and realisasi when any account has one), written by
// [RenderTabelMarkdown], the same cells as the LKIP report's. A nil writer
// or table is an error.
func RenderBelanjaMarkdown(w io.Writer, b *PohonRekening) error {
	if w == nil || b == nil {
		return errTanpaTujuan
	}
	return RenderTabelMarkdown(w, b.Tabel())
}

// MarshalJSON writes the tree as nested JSON, the grand total at the root.
// Every node has kode (official form; "" at the root and in a table
// without codes, [Pohon.TanpaKode]), jenjang, uraian,
// pagu, realisasi, sisa, persen and anak (its children, [] for a leaf);
// pagu_murni and perubahan when any leaf has a pagu murni, fisik when any
// leaf has a realisasi fisik. Amounts are plain decimal strings
// ("9399497972", "98.42"); an amount that cannot be computed is null. A
// nil tree is null; the zero Pohon{} is the empty total.
func (p *Pohon) MarshalJSON() ([]byte, error) {
	if p == nil {
		return []byte("null"), nil
	}
	var b bytes.Buffer
	if err := RenderJSON(&b, p); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// RenderJSON writes the tree as [Pohon.MarshalJSON] does, indented, with a
// final newline. A nil writer or a nil tree is an error.
func RenderJSON(w io.Writer, p *Pohon) error {
	if err := periksaTujuan(w, p); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	murni, fisik := p.adaKolom()
	desimal := p.opsi.desimal()
	var node func(i int, indent string)
	node = func(i int, indent string) {
		b := p.Baris(i)
		in := indent + "  "
		bw.WriteString("{\n")
		field := func(k, v string) {
			bw.WriteString(in + `"` + k + `": ` + v + ",\n")
		}
		field("kode", strconv.Quote(b.Kode.String()))
		field("jenjang", strconv.Quote(b.Jenjang.String()))
		uraian := b.Uraian
		if i == 0 && uraian == "" {
			uraian = "JUMLAH"
		}
		var q bytes.Buffer
		tulisString(&q, uraian)
		field("uraian", q.String())
		if murni {
			field("pagu_murni", jsonAngka(b.PaguMurni, -1))
			field("perubahan", jsonAngka(b.Perubahan, -1))
		}
		field("pagu", jsonAngka(b.Pagu, -1))
		field("realisasi", jsonAngka(b.Realisasi, -1))
		field("sisa", jsonAngka(b.Sisa, -1))
		field("persen", jsonAngka(b.Persen, desimal))
		if fisik {
			field("fisik", jsonAngka(b.Fisik, desimal))
		}
		anak := p.Anak(i)
		if len(anak) == 0 {
			bw.WriteString(in + `"anak": []` + "\n" + indent + "}")
			return
		}
		bw.WriteString(in + `"anak": [` + "\n")
		for n, c := range anak {
			bw.WriteString(in + "  ")
			node(c, in+"  ")
			if n < len(anak)-1 {
				bw.WriteByte(',')
			}
			bw.WriteByte('\n')
		}
		bw.WriteString(in + "]\n" + indent + "}")
	}
	node(0, "")
	bw.WriteByte('\n')
	return bw.Flush()
}

// jsonAngka writes a plain decimal string, null when missing; places ≥ 0
// fixes the number of decimals.
func jsonAngka(d decimal.NullDecimal, places int32) string {
	if !d.Valid {
		return "null"
	}
	if places >= 0 {
		return strconv.Quote(d.Decimal.StringFixed(places))
	}
	return strconv.Quote(teksDesimal(d.Decimal))
}
