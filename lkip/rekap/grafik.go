package rekap

import (
	"fmt"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// GrafikSerapan returns the chart of the serapan of each dinas counted, in
// the order of the rows, with a reference line at Opsi.SerapanRendah; nil
// when no dinas has a serapan. Dinas without one are counted in Catatan.
func (r *Rekap) GrafikSerapan() *lkip.Grafik {
	if r == nil {
		return nil
	}
	acuan := r.Opsi.SerapanRendah
	g := &lkip.Grafik{Judul: fmt.Sprintf("Serapan anggaran per dinas tahun %s (%%)", tahunStr(r.Tahun)), Acuan: &acuan}
	tanpa := 0
	for _, b := range r.Baris {
		if !b.Dihitung {
			continue
		}
		if !b.Serapan.Valid {
			tanpa++
			continue
		}
		g.Batang = append(g.Batang, lkip.Batang{Label: namaAtauBerkas(&b), Nilai: b.Serapan.Decimal, Teks: anggaran.FormatPersen(b.Serapan.Decimal)})
	}
	if len(g.Batang) == 0 {
		return nil
	}
	if tanpa > 0 {
		g.Catatan = fmt.Sprintf("%d dinas tanpa serapan (pagu atau realisasi belum diisi) tidak digambar.", tanpa)
	}
	return g
}

// GrafikPredikat returns the distribution of the IKU of the dinas counted
// by predikat, best first; nil when there is no IKU.
func (r *Rekap) GrafikPredikat() *lkip.Grafik {
	if r == nil || r.Jumlah.JumlahIKU == 0 {
		return nil
	}
	g := &lkip.Grafik{Judul: fmt.Sprintf("Sebaran predikat %d IKU tahun %s", r.Jumlah.JumlahIKU, tahunStr(r.Tahun))}
	for _, p := range r.Jumlah.PerPredikat {
		g.Batang = append(g.Batang, lkip.Batang{Label: p.Predikat, Nilai: decimal.NewFromInt(int64(p.Jumlah)), Teks: fmt.Sprintf("%d IKU", p.Jumlah)})
	}
	return g
}
