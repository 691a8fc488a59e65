package lkip

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Grafik is a horizontal bar chart of the report, as data: the HTML report
// draws it in SVG, the Markdown report as a table, and the PWA as bars of
// its own that fit a phone's width. Its texts are in Bahasa Indonesia.
type Grafik struct {
	Judul  string
	Batang []Batang
	// Acuan is a reference value drawn as a line (100 %), nil for none.
	Acuan *decimal.Decimal
	// Catatan is a note under the chart (bars left out), "" for none.
	Catatan string
}

// Batang is one bar: its label, its value and the value as printed.
type Batang struct {
	Label string
	Nilai decimal.Decimal
	Teks  string
}

// Panjang returns the length of bar i on a scale where the longest bar,
// or the reference line when it is longer, is penuh units long, rounded
// half away from zero to a whole unit. A negative value has length 0.
// With i = -1 it returns the position of the reference line.
func (g *Grafik) Panjang(i, penuh int) int {
	maks := decimal.Zero
	for _, b := range g.Batang {
		if b.Nilai.GreaterThan(maks) {
			maks = b.Nilai
		}
	}
	if g.Acuan != nil && g.Acuan.GreaterThan(maks) {
		maks = *g.Acuan
	}
	var v decimal.Decimal
	switch {
	case i == -1 && g.Acuan != nil:
		v = *g.Acuan
	case i >= 0 && i < len(g.Batang):
		v = g.Batang[i].Nilai
	}
	if maks.IsZero() || !v.IsPositive() {
		return 0
	}
	return int(v.Mul(decimal.NewFromInt(int64(penuh))).DivRound(maks, 0).IntPart())
}

// GrafikCapaian returns the chart of the capaian of each IKU in the
// reporting year (reference line at 100 %), or nil when no IKU has a
// capaian (or no report). IKU whose capaian cannot be computed are left
// out and counted in Catatan.
func (l *Laporan) GrafikCapaian() *Grafik {
	if l == nil {
		return nil
	}
	h := l.Kinerja
	if h == nil {
		return nil
	}
	g := &Grafik{Judul: fmt.Sprintf("Capaian IKU tahun %d (%%)", h.Tahun), Acuan: seratusPersen()}
	n := 0
	for _, hi := range h.Indikator {
		if !hi.IKU {
			continue
		}
		n++
		sk := hi.Pada(h.Tahun)
		if sk == nil || sk.Capaian.Nilai == nil {
			continue
		}
		label := "IKU " + hi.Nomor
		if hi.Nomor == "" {
			label = hi.ID
		}
		g.Batang = append(g.Batang, Batang{Label: label + " " + potongTeks(hi.Nama, 60), Nilai: *sk.Capaian.Nilai, Teks: sk.Capaian.Teks(h.Desimal)})
	}
	if len(g.Batang) == 0 {
		return nil
	}
	if len(g.Batang) < n {
		g.Catatan = fmt.Sprintf("%d IKU tanpa capaian tidak digambar.", n-len(g.Batang))
	}
	return g
}

// GrafikRealisasi returns the chart of the realisasi keuangan of each
// program in percent of its pagu (reference line at 100 %), or nil when
// there is no report, it has no budget or no program has a percentage.
func (l *Laporan) GrafikRealisasi() *Grafik {
	if l == nil {
		return nil
	}
	p := l.Pohon
	if p == nil {
		return nil
	}
	g := &Grafik{Judul: "Realisasi keuangan per program (%)", Acuan: seratusPersen()}
	// Down to the programs only: a kabupaten's tree has thousands of
	// kegiatan and sub kegiatan below them.
	var turun func(i int)
	turun = func(i int) {
		for _, k := range p.Anak(i) {
			switch b := p.Baris(k); {
			case b.Jenjang < anggaran.JenjangProgram:
				turun(k)
			case b.Jenjang == anggaran.JenjangProgram && b.Persen.Valid:
				g.Batang = append(g.Batang, Batang{Label: strings.TrimSpace(b.Kode.Singkat()+" "+potongTeks(b.Uraian, 70)) + " (pagu " + anggaran.FormatRupiah(b.Pagu.Decimal) + ")",
					Nilai: b.Persen.Decimal, Teks: anggaran.FormatPersen(b.Persen.Decimal)})
			}
		}
	}
	turun(0)
	if len(g.Batang) == 0 {
		return nil
	}
	return g
}

func seratusPersen() *decimal.Decimal {
	d := decimal.NewFromInt(100)
	return &d
}
