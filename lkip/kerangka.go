package lkip

import (
	"strings"
)

// TemuanPenandaHilang is the code of a required table or chart whose data
// exists but whose marker the narrative of its chapter lacks, so that the
// report would not print it.
const TemuanPenandaHilang = "lkip/penanda-hilang"

// The default outline: a chapter of the narrative left empty is printed
// with these sections and every generated table and chart of the chapter,
// so that a data file without narrative still gives the complete LKIP
// (its tables, charts and signature blocks), never a silently empty one.
var (
	kerangkaIkhtisar = Teks{"{{ikhtisar_anggaran}}", "{{ikhtisar_capaian}}"}
	kerangkaBab1     = []Bagian{
		{Judul: "A. Gambaran Umum OPD", Teks: Teks{"{{susunan_organisasi}}"}},
		{Judul: "B. Sumber Daya", Teks: Teks{"{{tabel_pegawai}}", "{{tabel_1_1}}", "{{tabel_1_2}}", "{{tabel_1_3}}"}},
		{Judul: "C. Permasalahan Utama yang Dihadapi OPD", Teks: Teks{"{{permasalahan}}"}},
		{Judul: "D. Solusi", Teks: Teks{"{{solusi}}"}},
	}
	kerangkaBab2 = []Bagian{
		{Judul: "A. Penetapan Indikator Kinerja Utama (IKU)", Teks: Teks{"{{daftar_iku}}"}},
		{Judul: "B. Rencana Strategis Organisasi", Teks: Teks{"{{tabel_renstra}}", "{{tabel_tujuan}}"}},
		{Judul: "C. Sasaran Strategis dan Indikator Sasaran", Teks: Teks{"{{sasaran_indikator}}"}},
		{Judul: "D. Perjanjian Kinerja", Teks: Teks{"{{perjanjian_kinerja}}"}},
	}
	kerangkaBab3 = []Bagian{
		{Judul: "A. Capaian Kinerja Organisasi", Sub: []Bagian{
			{Judul: "1. Pencapaian Indikator Kinerja Utama (IKU)", Teks: Teks{"{{tabel_3_1}}", "{{grafik_capaian}}"}},
			{Judul: "2. Evaluasi Capaian Sasaran Strategis", Teks: Teks{"{{evaluasi_iku}}"}},
			{Judul: "3. Analisa Capaian Kinerja Tahun Sebelumnya", Teks: Teks{"{{perbandingan}}", "{{renstra_akhir}}"}},
			{Judul: "4. Analisa Atas Efisiensi Penggunaan Sumber Daya", Teks: Teks{"{{efisiensi}}"}},
		}},
		{Judul: "B. Realisasi Anggaran", Teks: Teks{"{{anggaran_pengantar}}", "{{tabel_belanja}}", "{{realisasi_anggaran}}", "{{tabel_3_2}}", "{{grafik_realisasi}}"}},
	}
)

// narasiCetak returns the narrative as printed: the data file's, with each
// empty chapter (Ikhtisar, Bab I–III) replaced by the default outline.
func (l *Laporan) narasiCetak() Narasi {
	n := l.Dokumen.Narasi
	if kosongTeks(n.Ikhtisar) {
		n.Ikhtisar = kerangkaIkhtisar
	}
	n.Bab1 = l.bab1Cetak()
	if kosongBagian(n.Bab2) {
		n.Bab2 = kerangkaBab2
	}
	if kosongBagian(n.Bab3) {
		n.Bab3 = kerangkaBab3
		if l.adaTriwulan() { // tabel_triwulan.go: the quarterly monitoring after Tabel 3.2
			n.Bab3 = kerangkaTriwulan()
		}
	}
	return n
}

// bab1Cetak returns Bab I as printed (the data file's, or the default
// outline when it is empty), without the rest of the narrative: the
// checks of Bab I's tables ask for it once per table and group.
func (l *Laporan) bab1Cetak() []Bagian {
	if b := l.Dokumen.Narasi.Bab1; !kosongBagian(b) {
		return b
	}
	return kerangkaBab1
}

func kosongTeks(t Teks) bool {
	for _, s := range t {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

func kosongBagian(bs []Bagian) bool {
	for _, b := range bs {
		if b.Judul != "" || !kosongTeks(b.Teks) || !kosongBagian(b.Sub) {
			return false
		}
	}
	return true
}

func (l *Laporan) adaTargetAkhir() bool {
	for _, ind := range l.Dokumen.Kinerja.Indikator {
		if ind.IKU && ind.TargetAkhir != nil {
			return true
		}
	}
	return false
}
