package anggaran

// urusanBaku are the standard names of the urusan and bidang urusan of
// Permendagri 90/2019 (the nomenclature of regional planning and
// budgeting): the government affairs 1 to 3 and their bidang 1.01 to
// 3.32, the supporting units 4 to 8, and the programs of bidang Sosial.
var urusanBaku = map[string]string{
	"1":    "Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar",
	"1.01": "Urusan Pemerintahan Bidang Pendidikan",
	"1.02": "Urusan Pemerintahan Bidang Kesehatan",
	"1.03": "Urusan Pemerintahan Bidang Pekerjaan Umum dan Penataan Ruang",
	"1.04": "Urusan Pemerintahan Bidang Perumahan Rakyat dan Kawasan Permukiman",
	"1.05": "Urusan Pemerintahan Bidang Ketenteraman dan Ketertiban Umum serta Pelindungan Masyarakat",
	"1.06": "Urusan Pemerintahan Bidang Sosial",
	// The programs of bidang Sosial (1.06.01, the Program Penunjang, is
	// named per level of government and is left to the rows).
	"1.06.02": "Program Pemberdayaan Sosial",
	"1.06.03": "Program Penanganan Warga Negara Migran Korban Tindak Kekerasan",
	"1.06.04": "Program Rehabilitasi Sosial",
	"1.06.05": "Program Perlindungan dan Jaminan Sosial",
	"1.06.06": "Program Penanganan Bencana",
	"1.06.07": "Program Pengelolaan Taman Makam Pahlawan",
	"2":       "Urusan Pemerintahan Wajib yang Tidak Berkaitan dengan Pelayanan Dasar",
	"2.07":    "Urusan Pemerintahan Bidang Tenaga Kerja",
	"2.08":    "Urusan Pemerintahan Bidang Pemberdayaan Perempuan dan Pelindungan Anak",
	"2.09":    "Urusan Pemerintahan Bidang Pangan",
	"2.10":    "Urusan Pemerintahan Bidang Pertanahan",
	"2.11":    "Urusan Pemerintahan Bidang Lingkungan Hidup",
	"2.12":    "Urusan Pemerintahan Bidang Administrasi Kependudukan dan Pencatatan Sipil",
	"2.13":    "Urusan Pemerintahan Bidang Pemberdayaan Masyarakat dan Desa",
	"2.14":    "Urusan Pemerintahan Bidang Pengendalian Penduduk dan Keluarga Berencana",
	"2.15":    "Urusan Pemerintahan Bidang Perhubungan",
	"2.16":    "Urusan Pemerintahan Bidang Komunikasi dan Informatika",
	"2.17":    "Urusan Pemerintahan Bidang Koperasi, Usaha Kecil, dan Menengah",
	"2.18":    "Urusan Pemerintahan Bidang Penanaman Modal",
	"2.19":    "Urusan Pemerintahan Bidang Kepemudaan dan Olahraga",
	"2.20":    "Urusan Pemerintahan Bidang Statistik",
	"2.21":    "Urusan Pemerintahan Bidang Persandian",
	"2.22":    "Urusan Pemerintahan Bidang Kebudayaan",
	"2.23":    "Urusan Pemerintahan Bidang Perpustakaan",
	"2.24":    "Urusan Pemerintahan Bidang Kearsipan",
	"3":       "Urusan Pemerintahan Pilihan",
	"3.25":    "Urusan Pemerintahan Bidang Kelautan dan Perikanan",
	"3.26":    "Urusan Pemerintahan Bidang Pariwisata",
	"3.27":    "Urusan Pemerintahan Bidang Pertanian",
	"3.28":    "Urusan Pemerintahan Bidang Kehutanan",
	"3.29":    "Urusan Pemerintahan Bidang Energi dan Sumber Daya Mineral",
	"3.30":    "Urusan Pemerintahan Bidang Perdagangan",
	"3.31":    "Urusan Pemerintahan Bidang Perindustrian",
	"3.32":    "Urusan Pemerintahan Bidang Transmigrasi",
	"4":       "Unsur Pendukung Urusan Pemerintahan",
	"5":       "Unsur Penunjang Urusan Pemerintahan",
	"6":       "Unsur Pengawasan Urusan Pemerintahan",
	"7":       "Unsur Kewilayahan",
	"8":       "Unsur Pemerintahan Umum",
}

// NamaBaku returns the standard name of an urusan or bidang urusan
// ("Urusan Pemerintahan Bidang Sosial" for 1.06) or of a program of bidang
// Sosial ("Program Rehabilitasi Sosial" for 1.06.04), and false for a code
// the built-in list does not know (other programs and everything below,
// whose names are the rows' own; bidang of the supporting units 4 to 8).
func (k Kode) NamaBaku() (string, bool) {
	if j := k.Jenjang(); j < JenjangUrusan || j > JenjangProgram {
		return "", false
	}
	n, ok := urusanBaku[k.String()]
	return n, ok
}
