package rekap

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
