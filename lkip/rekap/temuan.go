package rekap

import "github.com/pemkab/sakip/anggaran"

// The codes of the cross-dinas findings (anggaran.Temuan.Kode).
const (
	// TemuanBerkas: a file that cannot be read or parsed (kesalahan).
	TemuanBerkas = "rekap/berkas"
	// TemuanTahun: a file of another year than the rekap's (kesalahan).
	TemuanTahun = "rekap/tahun-berbeda"
	// TemuanDinasGanda: a second file for a dinas and year (kesalahan).
	TemuanDinasGanda = "rekap/dinas-ganda"
	// TemuanPemda: a file of another pemda (peringatan).
	TemuanPemda = "rekap/pemda-berbeda"
	// TemuanSubKegiatanGanda: one sub kegiatan code in two dinas
	// (kesalahan: the kabupaten's total counts its money twice).
	TemuanSubKegiatanGanda = "rekap/sub-kegiatan-ganda"
	// TemuanUrusan: programs whose urusan/bidang is not the dinas' own
	// (peringatan: a merged dinas may have several).
	TemuanUrusan = "rekap/urusan-program"
	// TemuanJumlah: the kabupaten's printed total differs from the sum of
	// the dinas (kesalahan).
	TemuanJumlah = "rekap/jumlah-kabupaten"
	// TemuanJumlahTidakLengkap: a dinas without pagu or realisasi, so
	// the kabupaten's total lacks it (peringatan).
	TemuanJumlahTidakLengkap = "rekap/jumlah-tidak-lengkap"
)

// DaftarAturan lists the rules of the cross-dinas checks, one value per
// rule, as lkip.DaftarAturan does for one document's reviu.
var DaftarAturan = []anggaran.Aturan{
	{Kode: TemuanBerkas, Tingkat: anggaran.Kesalahan, Judul: "Berkas tidak dapat dibaca",
		Arti: "A data file that cannot be read or parsed: the dinas is listed but not counted."},
	{Kode: TemuanTahun, Tingkat: anggaran.Kesalahan, Judul: "Berkas tahun lain",
		Arti: "A file of another year than the rekap's: listed, not counted."},
	{Kode: TemuanDinasGanda, Tingkat: anggaran.Kesalahan, Judul: "Dinas dikirim dua kali",
		Arti: "A second file for a dinas and year of one pemda: only the first is counted."},
	{Kode: TemuanPemda, Tingkat: anggaran.Peringatan, Judul: "Berkas pemda lain",
		Arti: "A file of another pemda than most files (not reported with Opsi.BanyakPemda)."},
	{Kode: TemuanSubKegiatanGanda, Tingkat: anggaran.Kesalahan, Judul: "Sub kegiatan di dua dinas",
		Arti: "One sub kegiatan code outside program 01 in the tables of two dinas of one pemda: its money is counted twice in the kabupaten's total."},
	{Kode: TemuanUrusan, Tingkat: anggaran.Peringatan, Judul: "Program urusan lain",
		Arti: "A program whose urusan and bidang are not the dinas' own: a wrong code, or a merged dinas."},
	{Kode: TemuanJumlah, Tingkat: anggaran.Kesalahan, Judul: "Jumlah kabupaten berbeda",
		Arti: "The kabupaten's pagu or realisasi printed elsewhere (Opsi.Tercetak) differs from the sum of the dinas."},
	{Kode: TemuanJumlahTidakLengkap, Tingkat: anggaran.Peringatan, Judul: "Jumlah kabupaten tanpa dinas ini",
		Arti: "A dinas without pagu or realisasi: the kabupaten's total lacks it."},
}
