package lkip

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/normal"
	"github.com/pemkab/sakip/kinerja"
)

// Codes of the checks between an indicator and the budget row it measures.
const (
	TemuanDanaTanpaKeluaran = "lkip/dana-tanpa-keluaran" // money spent, the row's output indicator realised 0
	TemuanKeluaranAnggaran  = "lkip/keluaran-anggaran"   // an indicator's anggaran names no row (or two)
)

// indeksAnggaran finds the node of the realisation table an indicator's
// anggaran field names: a code (official or short), or in a table without
// codes the uraian of exactly one row (compared without case, spaces and
// punctuation).
type indeksAnggaran struct {
	p    *anggaran.Pohon
	nama map[string][]int // normalised uraian → nodes
}

func newIndeksAnggaran(p *anggaran.Pohon) *indeksAnggaran {
	x := &indeksAnggaran{p: p, nama: map[string][]int{}}
	for r := range p.Rincian() {
		if n, ok := p.FindBaris(r); ok {
			k := normal.Nama(p.Rincian()[r].Uraian, "")
			x.nama[k] = append(x.nama[k], n)
		}
	}
	return x
}

// cari returns the node named by nama; ganda is true when the uraian is
// that of several rows.
func (x *indeksAnggaran) cari(nama string) (node int, ada, ganda bool) {
	if k, err := anggaran.ParseKodeRincian(nama, x.p.UrusanBidang()); err == nil && !x.p.TanpaKode() {
		n, ok := x.p.Find(k)
		return n, ok && n > 0, false
	}
	want := normal.Nama(nama, "")
	if want == "" {
		return 0, false, false
	}
	ns := x.nama[want]
	if len(ns) == 0 {
		return 0, false, false
	}
	return ns[0], true, len(ns) > 1
}

// reviuTriwulan compares each indicator linked to a budget row
// (kinerja.Indikator.Anggaran) with that row: money spent in the
// reporting year while the indicator's realisasi is 0 in the year and in
// every quarter reported; and a link that names no row.
func (l *Laporan) reviuTriwulan() []anggaran.Temuan {
	d := l.Dokumen
	if d.Kinerja == nil || l.Pohon == nil {
		return nil
	}
	var ts []anggaran.Temuan
	tahun := l.tahunLaporan()
	var idx *indeksAnggaran
	for i := range d.Kinerja.Indikator {
		ind := &d.Kinerja.Indikator[i]
		if strings.TrimSpace(ind.Anggaran) == "" {
			continue
		}
		nama := ind.Nama
		if ind.IKU && ind.Nomor != "" {
			nama = "IKU " + ind.Nomor + ": " + ind.Nama
		}
		if idx == nil {
			idx = newIndeksAnggaran(l.Pohon)
		}
		n, ada, ganda := idx.cari(ind.Anggaran)
		if !ada || ganda {
			pesan := fmt.Sprintf("indikator dikaitkan dengan anggaran %q, yang tidak ada dalam tabel realisasi anggaran; tulis kode atau uraian baris program/kegiatan/sub kegiatan yang keluarannya diukur indikator ini", ind.Anggaran)
			if ganda {
				pesan = fmt.Sprintf("indikator dikaitkan dengan anggaran %q, yang merupakan uraian lebih dari satu baris tabel realisasi anggaran; tulis kodenya", ind.Anggaran)
			}
			ts = append(ts, anggaran.Temuan{Kode: TemuanKeluaranAnggaran,
				Lokasi:   anggaran.Lokasi{Bagian: "Bab III A", Baris: nama, Kolom: "anggaran", Path: fmt.Sprintf("kinerja.indikator[%d].anggaran", i)},
				Tercetak: ind.Anggaran, Pesan: pesan})
			continue
		}
		j := -1
		for k := range ind.Tahun {
			if ind.Tahun[k].Tahun == tahun {
				j = k
			}
		}
		if j < 0 {
			continue
		}
		dt := &ind.Tahun[j]
		b := l.Pohon.Baris(n)
		if dt.Realisasi == nil || !dt.Realisasi.Nilai.IsZero() || !b.Realisasi.Valid || !b.Realisasi.Decimal.IsPositive() {
			continue
		}
		if !triwulanNol(dt) {
			continue // the quarters say otherwise: kinerja/triwulan-jumlah
		}
		baris := b.Uraian
		if b.Indeks >= 0 {
			baris = fmt.Sprintf("ke-%d %s", b.Indeks+1, b.Uraian)
			if !b.Kode.TanpaKode() {
				baris = b.Kode.String() + " " + b.Uraian
			}
		}
		satuan := ind.Satuan
		ts = append(ts, anggaran.Temuan{Kode: TemuanDanaTanpaKeluaran,
			Lokasi:    anggaran.Lokasi{Bagian: "Bab III A", Tabel: dt.Sumber, Baris: nama, Kolom: fmt.Sprintf("realisasi %d", dt.Tahun), Path: fmt.Sprintf("kinerja.indikator[%d].tahun[%d].realisasi", i, j)},
			Tercetak:  anggaran.FormatSatuan(dt.Realisasi.Nilai, -1, satuan),
			Terhitung: anggaran.FormatRupiah(b.Realisasi.Decimal),
			Pesan: fmt.Sprintf("dana %s terealisasi pada %s baris %s tetapi realisasi indikator keluarannya tahun %d adalah 0%s: isi realisasi keluaran (per triwulan) atau jelaskan mengapa dana terpakai tanpa keluaran",
				anggaran.FormatRupiah(b.Realisasi.Decimal), b.Jenjang, baris, dt.Tahun, keteranganTriwulan(dt))})
	}
	return ts
}

// triwulanNol reports whether every quarter reported is 0 (true when none
// is reported).
func triwulanNol(dt *kinerja.DataTahun) bool {
	for _, a := range dt.RealisasiTriwulan {
		if a != nil && !a.Nilai.IsZero() {
			return false
		}
	}
	return true
}

func keteranganTriwulan(dt *kinerja.DataTahun) string {
	n := 0
	for _, a := range dt.RealisasiTriwulan {
		if a != nil {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(", juga di setiap triwulan yang dilaporkan (%d)", n)
}
