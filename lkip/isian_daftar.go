package lkip

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
)

// JenisMedan is how a field of the data file is edited.
type JenisMedan uint8

// The kinds of field.
const (
	MedanTeks     JenisMedan = iota // one line of text
	MedanParagraf                   // a paragraph or list of the narrative
	MedanAngka                      // a figure of kind Medan.Angka (anggaran.Jenis)
	MedanBulat                      // a whole number: a count
	MedanTahun                      // a year
	MedanPilihan                    // one of Medan.Pilihan (or of the values at Medan.Rujukan)
	MedanKode                       // a code of the nomenclature (program, kegiatan, sub kegiatan)
	MedanRekening                   // a belanja account code (5.1.02…)
	MedanDaftar                     // a list of items
	MedanKelompok                   // a group of fields
)

// Pilihan is one choice of a [MedanPilihan] field: the value written to
// the file and its label.
type Pilihan struct {
	Nilai string
	Label string
}

// Medan describes one field (or list, or group) of the data file for an
// editor: its label, how it is edited and a short help, in Bahasa
// Indonesia. [DaftarMedan] is the one list of them; a field of the file
// without an entry is still edited, labelled from its key
// ([CariMedan]).
type Medan struct {
	// Pola is the field's path with every list index left out:
	// "kinerja.indikator[].tahun[].target".
	Pola    string
	Label   string
	Jenis   JenisMedan
	Angka   anggaran.Jenis // the kind of figure of a MedanAngka field
	Pilihan []Pilihan      // the choices of a MedanPilihan field
	// Rujukan is the pattern of the values a MedanPilihan field chooses
	// from ("kinerja.sasaran[].id"), named by the field beside them that
	// Medan.NamaButir of their list gives.
	Rujukan string
	Bantuan string
	// Butir is what one item of a list is called ("Sasaran"), NamaButir
	// the member of an item that names it ("uraian").
	Butir, NamaButir string
	// Baru is the value a new item of its list gets, for the fields the
	// file requires: a text, or "{id:SS}" (the next free identifier with
	// that prefix), "{nomor}" (the next number of a Renstra level),
	// "{tahun}" (the year next to the neighbouring item, or the document's),
	// "{nol-per-kolom}" (a list of one 0 per column of the cross table),
	// "{rujukan}" (the first of the Rujukan values no other item has).
	Baru string
	// Lanjut marks a field that copies what a printed LKIP states (a
	// printed total, a quoted figure, another wording) for the reviu to
	// compare: a new document does not need it, an editor may fold it away.
	Lanjut bool
}

// DaftarMedan returns the descriptions of the fields of the data file, in
// the file's order. Editors draw their fields from it; it is a copy.
func DaftarMedan() []Medan { return append([]Medan(nil), daftarMedan...) }

// Choices and texts used by several fields.
var (
	pilihanYaTidak   = []Pilihan{{"true", "Ya"}, {"false", "Tidak"}}
	pilihanBagianTTD = []Pilihan{{"kata_pengantar", "Kata Pengantar"}, {"ikhtisar", "Ikhtisar Eksekutif"}, {"penutup", "Bab IV Penutup"}}
	bantuanParagraf  = "Satu paragraf; baris yang diawali \"- \" atau \"1. \" menjadi daftar. Tabel dan grafik disisipkan dari menu, bukan diketik."
)

func mTeks(pola, label, bantuan string) Medan {
	return Medan{Pola: pola, Label: label, Jenis: MedanTeks, Bantuan: bantuan}
}

func mBulat(pola, label string) Medan { return Medan{Pola: pola, Label: label, Jenis: MedanBulat} }

func mAngka(pola, label string, j anggaran.Jenis) Medan {
	return Medan{Pola: pola, Label: label, Jenis: MedanAngka, Angka: j}
}

func mDaftar(pola, label, butir, nama string) Medan {
	return Medan{Pola: pola, Label: label, Jenis: MedanDaftar, Butir: butir, NamaButir: nama}
}

func mKelompok(pola, label string) Medan {
	return Medan{Pola: pola, Label: label, Jenis: MedanKelompok}
}

func mParagraf(pola, label string) []Medan {
	return []Medan{
		mDaftar(pola, label, "Paragraf", ""),
		{Pola: pola + "[]", Label: "Paragraf", Jenis: MedanParagraf, Bantuan: bantuanParagraf},
	}
}

// bab describes a chapter of sections (bab1, bab2, bab3), two levels deep.
func mBab(pola, label string) []Medan {
	m := []Medan{mDaftar(pola, label, "Bagian", "judul")}
	for _, p := range []string{pola + "[]", pola + "[].sub[]"} {
		m = append(m, mTeks(p+".judul", "Judul bagian", "Misalnya \"A. Gambaran Umum OPD\"."))
		m = append(m, mParagraf(p+".teks", "Teks")...)
	}
	return append(m, mDaftar(pola+"[].sub", "Sub bagian", "Sub bagian", "judul"))
}

// silang describes a cross table of Bab I.
func mSilang(pola, label string) []Medan {
	return []Medan{
		mKelompok(pola, label),
		mTeks(pola+".judul", "Judul tabel", ""),
		mTeks(pola+".kepala_baris", "Judul kolom nama baris", "Misalnya \"Eselonering\"."),
		mTeks(pola+".kepala_kolom", "Judul kelompok kolom", "Misalnya \"Jenjang Pendidikan\"."),
		mDaftar(pola+".kolom", "Kolom", "Kolom", ""),
		mTeks(pola+".kolom[]", "Nama kolom", "Misalnya \"S1\"."),
		mDaftar(pola+".baris", "Baris", "Baris", "nama"),
		mTeks(pola+".baris[].nama", "Nama baris", ""),
		{Pola: pola + ".baris[].nilai", Label: "Jumlah per kolom", Jenis: MedanDaftar, Butir: "Jumlah", Baru: "{nol-per-kolom}",
			Bantuan: "Satu angka untuk tiap kolom, urut seperti kolomnya."},
		mBulat(pola+".baris[].nilai[]", "Jumlah orang"),
		mBulat(pola+".baris[].jumlah", "Jumlah baris tercetak"),
		mKelompok(pola+".jumlah", "Baris jumlah tercetak"),
		mDaftar(pola+".jumlah.nilai", "Jumlah per kolom tercetak", "Jumlah", ""),
		mBulat(pola+".jumlah.nilai[]", "Jumlah tercetak"),
		mBulat(pola+".jumlah.jumlah", "Jumlah seluruhnya tercetak"),
		mTeks(pola+".sumber", "Sumber", ""),
	}
}

// rincianAnggaran describes a row of a budget table (the realisation
// table, the Perjanjian Kinerja's amounts).
func mRincianAnggaran(pola string, pk bool) []Medan {
	m := []Medan{
		{Pola: pola + ".kode", Label: "Kode", Jenis: MedanKode,
			Bantuan: "Pilih dari nomenklatur: ketik kode atau beberapa kata namanya."},
		{Pola: pola + ".tingkat", Label: "Tingkat", Jenis: MedanPilihan,
			Pilihan: []Pilihan{{"program", "Program"}, {"kegiatan", "Kegiatan"}, {"sub kegiatan", "Sub Kegiatan"}},
			Bantuan: "Hanya untuk tabel tanpa kode."},
		mTeks(pola+".uraian", "Uraian", "Nama program, kegiatan atau sub kegiatan."),
	}
	if !pk {
		m = append(m, mAngka(pola+".pagu_murni", "Pagu murni (Rp)", anggaran.JenisRupiah))
	}
	m = append(m, mAngka(pola+".pagu", "Pagu (Rp)", anggaran.JenisRupiah))
	if !pk {
		m = append(m,
			mAngka(pola+".realisasi", "Realisasi (Rp)", anggaran.JenisRupiah),
			mAngka(pola+".sisa", "Sisa tercetak (Rp)", anggaran.JenisRupiah),
			mAngka(pola+".persen", "Persen tercetak", anggaran.JenisPersen),
			mAngka(pola+".fisik", "Realisasi fisik (%)", anggaran.JenisPersen))
	}
	if !pk && strings.HasSuffix(pola, "[]") { // a row of the table, not its printed total
		m = append(m,
			mAngka(pola+".pagu_renstra", "Pagu Renstra seluruh periode (Rp)", anggaran.JenisRupiah),
			Medan{Pola: pola + ".triwulan", Label: "Realisasi per triwulan (Rp)", Jenis: MedanDaftar, Butir: "Triwulan",
				Bantuan: "Realisasi di dalam tiap triwulan (bukan kumulatif), TW I sampai IV."},
			mAngka(pola+".triwulan[]", "Realisasi triwulan (Rp)", anggaran.JenisRupiah))
	}
	return append(m, mTeks(pola+".catatan", "Catatan", ""))
}

// renstra describes the numbered levels of the Renstra tree.
func mRenstra() []Medan {
	var m []Medan
	for _, l := range []struct{ k, label, butir, contoh string }{
		{"misi_dinas", "Misi dinas", "Misi dinas", ""},
		{"misi", "Misi (RPJMD)", "Misi", "1"},
		{"tujuan", "Tujuan", "Tujuan", "1.2"},
		{"sasaran", "Sasaran Renstra", "Sasaran", "1.2.4"},
		{"strategi", "Strategi", "Strategi", "1.2.4.1"},
		{"kebijakan", "Kebijakan", "Kebijakan", "1.2.4.1.1"},
	} {
		p := "kinerja.renstra." + l.k
		m = append(m, mDaftar(p, l.label, l.butir, "uraian"))
		nomor := Medan{Pola: p + "[].nomor", Label: "Nomor", Jenis: MedanTeks, Baru: "{nomor}"}
		if l.contoh != "" {
			nomor.Bantuan = "Nomor bertingkat, misalnya \"" + l.contoh + "\": induknya dari nomornya."
		}
		m = append(m, nomor, Medan{Pola: p + "[].uraian", Label: "Uraian", Jenis: MedanParagraf, Baru: l.butir + " baru"})
	}
	return m
}

func mGabung(l ...[]Medan) []Medan {
	var out []Medan
	for _, m := range l {
		out = append(out, m...)
	}
	return out
}

// polaLanjut are the patterns (and what is below them) of the fields that
// copy a printed LKIP ([Medan.Lanjut]).
var polaLanjut = []string{
	"profil.pegawai[].jumlah",
	"profil.pns_pendidikan_eselon.baris[].jumlah", "profil.pns_pendidikan_eselon.jumlah",
	"profil.pns_pendidikan_golongan.baris[].jumlah", "profil.pns_pendidikan_golongan.jumlah",
	"profil.aset.jumlah", "profil.dasar_hukum",
	"anggaran.rincian[].sisa", "anggaran.rincian[].persen", "anggaran.rincian[].tingkat", "anggaran.jumlah",
	"anggaran.perjanjian_kinerja.rincian[].tingkat", "anggaran.perjanjian_kinerja.jumlah",
	"kinerja.sasaran[].tercetak", "kinerja.sasaran[].capaian", "kinerja.indikator[].tercetak",
	"kinerja.indikator[].tahun[].sumber", "kinerja.indikator[].tahun[].capaian", "kinerja.indikator[].tahun[].realisasi_periode",
	"kinerja.indikator[].tahun[].kutipan", "kinerja.indikator[].tahun[].rincian", "kinerja.indikator[].rumus_negatif",
	"kinerja.indikator[].boleh_lebih_100", "kinerja.indikator[].nomor", "kinerja.sasaran[].nomor",
}

// tandaiLanjut marks the fields of polaLanjut.
func tandaiLanjut(l []Medan) []Medan {
	for i := range l {
		for _, p := range polaLanjut {
			if rest, ok := strings.CutPrefix(l[i].Pola, p); ok && (rest == "" || rest[0] == '.' || rest[0] == '[') {
				l[i].Lanjut = true
			}
		}
	}
	return l
}

// DaftarBidang returns the bidang urusan of the nomenclature ("1.02"
// Urusan Pemerintahan Bidang Kesehatan …) in code order: what a new
// document's dinas is chosen from ([Baru]).
func DaftarBidang() []anggaran.Nomenklatur {
	var out []anggaran.Nomenklatur
	for u := 1; u <= 9; u++ {
		for b := 1; b <= 40; b++ {
			k, err := anggaran.ParseKode(strconv.Itoa(u) + "." + fmt.Sprintf("%02d", b))
			if err != nil {
				continue
			}
			if n, ok := anggaran.LookupNomenklatur(k); ok && n.Nama != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

// daftarMedan is every described field, in the file's order.
var daftarMedan = tandaiLanjut(mGabung(
	[]Medan{
		mKelompok("identitas", "Identitas"),
		mTeks("identitas.pemda", "Pemerintah daerah", "Misalnya \"Kabupaten Flores Timur\"."),
		mTeks("identitas.dinas", "Nama dinas", "Misalnya \"Dinas Kesehatan\"."),
		{Pola: "identitas.tahun", Label: "Tahun laporan", Jenis: MedanTahun},
		mTeks("identitas.alamat", "Alamat", "Seperti tercetak di sampul."),
		mTeks("identitas.telepon", "Telepon", ""),
		mTeks("identitas.kota", "Kota penandatanganan", "Misalnya \"Larantuka\"."),
		mTeks("identitas.tanggal", "Tanggal penandatanganan", "Misalnya \"Januari 2023\"."),
		mKelompok("identitas.kepala", "Kepala dinas"),
		mTeks("identitas.kepala.nama", "Nama kepala dinas", "Dengan gelar."),
		mTeks("identitas.kepala.nip", "NIP", ""),
		mTeks("identitas.kepala.pangkat", "Pangkat / golongan", "Misalnya \"Pembina Tk. I\"."),
		mTeks("identitas.kepala.jabatan", "Jabatan", ""),
		mDaftar("identitas.tanda_tangan", "Tanda tangan tercetak", "Tanda tangan", "bagian"),
		{Pola: "identitas.tanda_tangan[].bagian", Label: "Letak", Jenis: MedanPilihan, Pilihan: pilihanBagianTTD, Baru: "penutup"},
		mTeks("identitas.tanda_tangan[].tempat_tanggal", "Tempat dan tanggal", "Misalnya \"Larantuka, Januari 2023\"."),
		mTeks("identitas.tanda_tangan[].nama", "Nama", ""),
		mTeks("identitas.tanda_tangan[].nip", "NIP", ""),
		mTeks("identitas.tanda_tangan[].pangkat", "Pangkat", ""),

		mKelompok("profil", "Profil (Bab I)"),
		mDaftar("profil.susunan_organisasi", "Susunan organisasi", "Unit", "nama"),
		mTeks("profil.susunan_organisasi[].nama", "Nama unit", "Misalnya \"Sekretariat\"."),
		mDaftar("profil.susunan_organisasi[].sub", "Sub unit", "Sub unit", "nama"),
		mTeks("profil.susunan_organisasi[].sub[].nama", "Nama sub unit", ""),
		mDaftar("profil.pegawai", "Pegawai", "Kelompok pegawai", "nama"),
		mTeks("profil.pegawai[].id", "Kunci kelompok", "Huruf kecil, angka dan _, misalnya \"pns\"; dipakai penanda {{pns.jumlah}}. Kosong: dari namanya."),
		{Pola: "profil.pegawai[].nama", Label: "Nama kelompok", Jenis: MedanTeks, Baru: "Kelompok baru",
			Bantuan: "Seperti tercetak: PNS, PPPK, tenaga honorer, dokter, bidan, guru…"},
		mBulat("profil.pegawai[].jumlah", "Jumlah tercetak"),
		mDaftar("profil.pegawai[].rincian", "Rincian", "Rincian", "nama"),
		mTeks("profil.pegawai[].rincian[].id", "Kunci rincian", "Misalnya \"jenis_kelamin\", \"status\", \"penyetaraan\". Kosong: dari namanya."),
		{Pola: "profil.pegawai[].rincian[].nama", Label: "Rincian menurut", Jenis: MedanTeks, Baru: "Jenis kelamin",
			Bantuan: "Misalnya \"Jenis kelamin\", \"Status kepegawaian\", \"Sumber dana\"."},
		{Pola: "profil.pegawai[].rincian[].sebagian", Label: "Hanya sebagian kelompok", Jenis: MedanPilihan, Pilihan: pilihanYaTidak,
			Bantuan: "Ya bila butirnya tidak mencakup seluruh kelompok (3 dokter di antara 40 PNS)."},
		mDaftar("profil.pegawai[].rincian[].butir", "Butir", "Butir", "nama"),
		mTeks("profil.pegawai[].rincian[].butir[].id", "Kunci butir", "Misalnya \"laki_laki\". Kosong: dari namanya."),
		{Pola: "profil.pegawai[].rincian[].butir[].nama", Label: "Nama butir", Jenis: MedanTeks, Baru: "Butir baru"},
		mBulat("profil.pegawai[].rincian[].butir[].jumlah", "Jumlah orang"),
	},
	mSilang("profil.pns_pendidikan_eselon", "Tabel 1.1 PNS menurut pendidikan dan eselon"),
	mSilang("profil.pns_pendidikan_golongan", "Tabel 1.2 PNS menurut pendidikan dan golongan"),
	[]Medan{
		mKelompok("profil.aset", "Tabel 1.3 sarana dan prasarana"),
		mTeks("profil.aset.judul", "Judul tabel", ""),
		mDaftar("profil.aset.baris", "Aset", "Aset", "nama"),
		mTeks("profil.aset.baris[].kode_barang", "Kode barang", ""),
		mTeks("profil.aset.baris[].nama", "Nama barang", ""),
		mTeks("profil.aset.baris[].merk_tipe", "Merk / tipe", ""),
		{Pola: "profil.aset.baris[].tahun", Label: "Tahun pembelian", Jenis: MedanTahun},
		{Pola: "profil.aset.baris[].keadaan", Label: "Keadaan", Jenis: MedanPilihan,
			Pilihan: []Pilihan{{"Baik", "Baik"}, {"Kurang Baik", "Kurang Baik"}, {"Rusak Berat", "Rusak Berat"}}, Baru: "Baik"},
		mBulat("profil.aset.baris[].jumlah", "Jumlah"),
		mBulat("profil.aset.jumlah", "Jumlah tercetak"),
		mTeks("profil.aset.sumber", "Sumber", ""),
		mDaftar("profil.dasar_hukum", "Dasar hukum", "Peraturan", "jenis"),
		mTeks("profil.dasar_hukum[].bagian", "Dikutip di", "Misalnya \"Bab I A.2\"."),
		mTeks("profil.dasar_hukum[].jenis", "Jenis peraturan", "Misalnya \"Peraturan Bupati Flores Timur\"."),
		mTeks("profil.dasar_hukum[].nomor", "Nomor", ""),
		{Pola: "profil.dasar_hukum[].tahun", Label: "Tahun", Jenis: MedanTahun},
		mTeks("profil.dasar_hukum[].tentang", "Tentang", ""),
		mDaftar("profil.permasalahan", "Permasalahan", "Permasalahan", ""),
		{Pola: "profil.permasalahan[]", Label: "Permasalahan", Jenis: MedanParagraf},
		mDaftar("profil.solusi", "Solusi", "Solusi", ""),
		{Pola: "profil.solusi[]", Label: "Solusi", Jenis: MedanParagraf},

		mKelompok("narasi", "Narasi"),
	},
	mParagraf("narasi.kata_pengantar", "Kata Pengantar"),
	mParagraf("narasi.ikhtisar", "Ikhtisar Eksekutif"),
	mBab("narasi.bab1", "Bab I Pendahuluan"),
	mBab("narasi.bab2", "Bab II Perencanaan Kinerja"),
	mBab("narasi.bab3", "Bab III Akuntabilitas Kinerja"),
	mParagraf("narasi.bab4", "Bab IV Penutup"),
	[]Medan{
		mDaftar("narasi.sasaran", "Pengantar tiap sasaran (Bab III A.2)", "Pengantar sasaran", "sasaran"),
		{Pola: "narasi.sasaran[].sasaran", Label: "Sasaran", Jenis: MedanPilihan, Rujukan: "kinerja.sasaran[].id", Baru: "{rujukan}"},
		mDaftar("narasi.iku", "Evaluasi tiap IKU (Bab III A.2)", "Evaluasi IKU", "iku"),
		{Pola: "narasi.iku[].iku", Label: "IKU", Jenis: MedanPilihan, Rujukan: "kinerja.indikator[].id", Baru: "{rujukan}"},
	},
	mParagraf("narasi.sasaran[].teks", "Teks"),
	mParagraf("narasi.iku[].teks", "Teks"),
	[]Medan{
		mKelompok("kutipan", "Angka yang dikutip narasi"),
		mDaftar("kutipan.angka", "Angka yang dikutip kalimat narasi", "Kutipan", "kunci"),
		{Pola: "kutipan.angka[].tempat", Label: "Tercetak di", Jenis: MedanPilihan, Baru: "ikhtisar",
			Pilihan: []Pilihan{{"kata_pengantar", "Kata Pengantar"}, {"ikhtisar", "Ikhtisar Eksekutif"}, {"bab1", "Bab I"}, {"bab2", "Bab II"}, {"bab3", "Bab III"}, {"bab4", "Bab IV"}},
			Bantuan: "Bab, boleh dipersempit ke bagiannya: \"bab3.B\", \"bab3.A.3\"."},
		{Pola: "kutipan.angka[].sumber", Label: "Yang dikutip", Jenis: MedanPilihan, Baru: "anggaran",
			Pilihan: []Pilihan{{"anggaran", "Jumlah anggaran (Tabel 3.2)"}, {"belanja", "Rekening belanja"}, {"rincian", "Baris anggaran"},
				{"kinerja", "Jumlah kinerja"}, {"indikator", "Indikator"}, {"pegawai", "Pegawai"}, {"aset", "Aset (Tabel 1.3)"}}},
		{Pola: "kutipan.angka[].kunci", Label: "Angka mana", Jenis: MedanTeks, Baru: "pagu",
			Bantuan: "Misalnya \"pagu\", \"realisasi\", kode rekening \"5.1.02\", kode indikator \"IKU1\", kunci kelompok pegawai \"pns\"."},
		mTeks("kutipan.angka[].kolom", "Kolom", "Untuk baris anggaran, rekening, indikator atau pegawai: \"realisasi\", \"target\", \"capaian\"…"),
		{Pola: "kutipan.angka[].tahun", Label: "Tahun", Jenis: MedanTahun, Bantuan: "Untuk nilai indikator tahun lain; kosong: tahun laporan."},
		{Pola: "kutipan.angka[].nilai", Label: "Angka tercetak", Jenis: MedanTeks, Bantuan: "Persis seperti tercetak: \"Rp. 9.399.497.972\", \"98,42%\"."},
		mDaftar("kutipan.daftar_isi", "Daftar isi tercetak", "Baris", ""),
		mTeks("kutipan.daftar_isi[]", "Baris daftar isi", ""),
		mDaftar("kutipan.tahun_perbandingan", "Tahun pembanding yang disebut", "Tahun", ""),
		{Pola: "kutipan.tahun_perbandingan[]", Label: "Tahun", Jenis: MedanTahun, Baru: "{tahun}"},

		mDaftar("tanggapan", "Tanggapan atas reviu", "Tanggapan", "kode"),
		mTeks("tanggapan[].kode", "Kode temuan", "Misalnya \"kinerja/capaian-ekstrem\"."),
		mTeks("tanggapan[].path", "Letak temuan", "Diisi dari halaman Reviu."),
		{Pola: "tanggapan[].tanggapan", Label: "Tanggapan", Jenis: MedanParagraf, Bantuan: "Penjelasan dinas atas temuan ini."},

		mKelompok("anggaran", "Anggaran"),
		{Pola: "anggaran.tahun", Label: "Tahun anggaran", Jenis: MedanTahun},
		{Pola: "anggaran.urusan_bidang", Label: "Urusan / bidang", Jenis: MedanKode, Bantuan: "Misalnya \"1.02\" untuk Kesehatan."},
		mTeks("anggaran.tabel", "Nama tabel realisasi", "Misalnya \"Tabel 3.2\"."),
		mDaftar("anggaran.rincian", "Realisasi anggaran", "Baris anggaran", "uraian"),
	},
	mRincianAnggaran("anggaran.rincian[]", false),
	[]Medan{mKelompok("anggaran.jumlah", "Baris jumlah tercetak")},
	mRincianAnggaran("anggaran.jumlah", false)[2:],
	[]Medan{
		mDaftar("anggaran.belanja", "Belanja per rekening", "Rekening", "uraian"),
		{Pola: "anggaran.belanja[].kode", Label: "Kode rekening", Jenis: MedanRekening,
			Bantuan: "Kode rekening belanja, misalnya \"5.1.02\"; namanya diisi dari daftar baku."},
		mTeks("anggaran.belanja[].uraian", "Uraian", ""),
		mAngka("anggaran.belanja[].pagu_murni", "Pagu murni (Rp)", anggaran.JenisRupiah),
		mAngka("anggaran.belanja[].pagu", "Pagu perubahan (Rp)", anggaran.JenisRupiah),
		mAngka("anggaran.belanja[].realisasi", "Realisasi (Rp)", anggaran.JenisRupiah),
		mTeks("anggaran.belanja[].catatan", "Catatan", ""),
		mKelompok("anggaran.perjanjian_kinerja", "Anggaran Perjanjian Kinerja"),
		mDaftar("anggaran.perjanjian_kinerja.rincian", "Anggaran Perjanjian Kinerja", "Baris", "uraian"),
	},
	mRincianAnggaran("anggaran.perjanjian_kinerja.rincian[]", true),
	[]Medan{mKelompok("anggaran.perjanjian_kinerja.jumlah", "Jumlah tercetak")},
	mRincianAnggaran("anggaran.perjanjian_kinerja.jumlah", true)[2:],
	[]Medan{
		mTeks("anggaran.perjanjian_kinerja.tabel", "Nama tabel", ""),

		mKelompok("kinerja", "Kinerja"),
		{Pola: "kinerja.tahun", Label: "Tahun kinerja", Jenis: MedanTahun},
		{Pola: "kinerja.bidang", Label: "Urusan / bidang", Jenis: MedanKode},
		mKelompok("kinerja.renstra", "Renstra"),
		{Pola: "kinerja.renstra.periode_awal", Label: "Periode awal", Jenis: MedanTahun},
		{Pola: "kinerja.renstra.periode_akhir", Label: "Periode akhir", Jenis: MedanTahun},
		{Pola: "kinerja.renstra.visi_daerah", Label: "Visi kepala daerah (RPJMD)", Jenis: MedanParagraf},
		{Pola: "kinerja.renstra.visi", Label: "Visi dinas", Jenis: MedanParagraf},
	},
	mRenstra(),
	[]Medan{
		mDaftar("kinerja.sasaran", "Sasaran strategis", "Sasaran", "uraian"),
		{Pola: "kinerja.sasaran[].id", Label: "Kode sasaran", Jenis: MedanTeks, Baru: "{id:SS}",
			Bantuan: "Dipakai indikator dan Perjanjian Kinerja untuk menunjuk sasaran ini."},
		mTeks("kinerja.sasaran[].nomor", "Nomor tercetak", ""),
		{Pola: "kinerja.sasaran[].uraian", Label: "Uraian sasaran", Jenis: MedanParagraf, Baru: "Sasaran baru"},
		{Pola: "kinerja.sasaran[].renstra", Label: "Nomor sasaran Renstra", Jenis: MedanPilihan, Rujukan: "kinerja.renstra.sasaran[].nomor"},
		mDaftar("kinerja.sasaran[].tercetak", "Rumusan lain yang tercetak", "Rumusan", "teks"),
		mTeks("kinerja.sasaran[].tercetak[].sumber", "Tercetak di", ""),
		{Pola: "kinerja.sasaran[].tercetak[].teks", Label: "Rumusan", Jenis: MedanParagraf, Baru: "Rumusan lain"},
		mDaftar("kinerja.sasaran[].capaian", "Capaian sasaran tercetak", "Capaian", "tahun"),
		{Pola: "kinerja.sasaran[].capaian[].tahun", Label: "Tahun", Jenis: MedanTahun, Baru: "{tahun}"},
		mTeks("kinerja.sasaran[].capaian[].sumber", "Tercetak di", ""),
		mAngka("kinerja.sasaran[].capaian[].capaian", "Capaian tercetak (%)", anggaran.JenisPersen),
		mDaftar("kinerja.sasaran[].anggaran", "Program/kegiatan yang mendukung", "Kode", ""),
		{Pola: "kinerja.sasaran[].anggaran[]", Label: "Kode", Jenis: MedanKode},

		mDaftar("kinerja.indikator", "Indikator kinerja", "Indikator", "nama"),
		{Pola: "kinerja.indikator[].id", Label: "Kode indikator", Jenis: MedanTeks, Baru: "{id:IKU}"},
		mTeks("kinerja.indikator[].nomor", "Nomor tercetak", ""),
		{Pola: "kinerja.indikator[].nama", Label: "Nama indikator", Jenis: MedanParagraf, Baru: "Indikator baru"},
		{Pola: "kinerja.indikator[].sasaran", Label: "Sasaran", Jenis: MedanPilihan, Rujukan: "kinerja.sasaran[].id"},
		{Pola: "kinerja.indikator[].iku", Label: "Indikator Kinerja Utama (IKU)", Jenis: MedanPilihan, Pilihan: pilihanYaTidak, Baru: "true"},
		{Pola: "kinerja.indikator[].satuan", Label: "Satuan", Jenis: MedanTeks, Baru: "%",
			Bantuan: "\"%\" untuk persentase; atau orang, dokumen, indeks…"},
		{Pola: "kinerja.indikator[].jenis", Label: "Jenis nilai", Jenis: MedanPilihan, Baru: "persentase",
			Pilihan: []Pilihan{{"persentase", "Persentase"}, {"jumlah", "Jumlah"}, {"rasio", "Rasio"}, {"indeks", "Indeks"}}},
		{Pola: "kinerja.indikator[].polaritas", Label: "Polaritas", Jenis: MedanPilihan,
			Pilihan: []Pilihan{{"positif", "Positif: makin tinggi makin baik"}, {"negatif", "Negatif: makin rendah makin baik"}}},
		{Pola: "kinerja.indikator[].rumus_negatif", Label: "Rumus capaian polaritas negatif", Jenis: MedanPilihan,
			Pilihan: []Pilihan{{"", "Bawaan"}, {"2t-r", "(2×T − R) / T × 100"}, {"t/r", "T / R × 100"}, {"nilai_akhir", "Nilai periode terakhir"}}},
		{Pola: "kinerja.indikator[].boleh_lebih_100", Label: "Persentase boleh di atas 100", Jenis: MedanPilihan, Pilihan: pilihanYaTidak},
		mKelompok("kinerja.indikator[].rumus", "Rumus"),
		{Pola: "kinerja.indikator[].rumus.teks", Label: "Rumus tercetak", Jenis: MedanParagraf},
		{Pola: "kinerja.indikator[].rumus.pembilang", Label: "Pembilang", Jenis: MedanParagraf, Bantuan: "Apa yang dihitung di atas garis."},
		{Pola: "kinerja.indikator[].rumus.penyebut", Label: "Penyebut", Jenis: MedanParagraf, Bantuan: "Apa yang dihitung di bawah garis."},
		mAngka("kinerja.indikator[].rumus.pengali", "Pengali", anggaran.JenisBilangan),
		mAngka("kinerja.indikator[].target_akhir", "Target akhir Renstra", anggaran.JenisBilangan),
		mTeks("kinerja.indikator[].anggaran", "Baris anggaran yang diukur", "Kode program/kegiatan/sub kegiatan, atau uraiannya pada tabel tanpa kode."),
		mDaftar("kinerja.indikator[].tercetak", "Nama lain yang tercetak", "Nama", "teks"),
		mTeks("kinerja.indikator[].tercetak[].sumber", "Tercetak di", ""),
		{Pola: "kinerja.indikator[].tercetak[].teks", Label: "Nama", Jenis: MedanParagraf, Baru: "Nama lain"},
		mDaftar("kinerja.indikator[].tahun", "Data per tahun", "Tahun", "tahun"),
		{Pola: "kinerja.indikator[].tahun[].tahun", Label: "Tahun", Jenis: MedanTahun, Baru: "{tahun}"},
		mTeks("kinerja.indikator[].tahun[].sumber", "Sumber data", ""),
		mAngka("kinerja.indikator[].tahun[].target", "Target", anggaran.JenisBilangan),
		mAngka("kinerja.indikator[].tahun[].realisasi", "Realisasi", anggaran.JenisBilangan),
		mAngka("kinerja.indikator[].tahun[].capaian", "Capaian tercetak (%)", anggaran.JenisPersen),
		mAngka("kinerja.indikator[].tahun[].pembilang", "Nilai pembilang", anggaran.JenisBilangan),
		mAngka("kinerja.indikator[].tahun[].penyebut", "Nilai penyebut", anggaran.JenisBilangan),
		mDaftar("kinerja.indikator[].tahun[].realisasi_periode", "Realisasi per triwulan", "Triwulan", ""),
		mAngka("kinerja.indikator[].tahun[].realisasi_periode[]", "Realisasi", anggaran.JenisBilangan),
		{Pola: "kinerja.indikator[].tahun[].realisasi_triwulan", Label: "Realisasi tiap triwulan", Jenis: MedanDaftar, Butir: "Triwulan",
			Bantuan: "Untuk jumlah: realisasi di dalam triwulan; untuk persentase, indeks atau rasio: nilai pada akhir triwulan."},
		mAngka("kinerja.indikator[].tahun[].realisasi_triwulan[]", "Realisasi triwulan", anggaran.JenisBilangan),
		mDaftar("kinerja.indikator[].tahun[].kutipan", "Dikutip di tempat lain", "Kutipan", "sumber"),
		{Pola: "kinerja.indikator[].tahun[].kutipan[].sumber", Label: "Dikutip di", Jenis: MedanTeks, Baru: "Narasi"},
		mAngka("kinerja.indikator[].tahun[].kutipan[].target", "Target dikutip", anggaran.JenisBilangan),
		mAngka("kinerja.indikator[].tahun[].kutipan[].realisasi", "Realisasi dikutip", anggaran.JenisBilangan),
		mAngka("kinerja.indikator[].tahun[].kutipan[].capaian", "Capaian dikutip (%)", anggaran.JenisPersen),
		mDaftar("kinerja.indikator[].tahun[].rincian", "Rincian bagian rumus", "Rincian", "uraian"),
		{Pola: "kinerja.indikator[].tahun[].rincian[].bagian", Label: "Bagian rumus", Jenis: MedanPilihan,
			Pilihan: []Pilihan{{"pembilang", "Pembilang"}, {"penyebut", "Penyebut"}}, Baru: "pembilang"},
		mTeks("kinerja.indikator[].tahun[].rincian[].uraian", "Yang dirinci", ""),
		mAngka("kinerja.indikator[].tahun[].rincian[].total", "Total tercetak", anggaran.JenisBilangan),
		mTeks("kinerja.indikator[].tahun[].rincian[].satuan", "Satuan", ""),
		mTeks("kinerja.indikator[].tahun[].rincian[].sumber", "Sumber", ""),
		mDaftar("kinerja.indikator[].tahun[].rincian[].butir", "Butir", "Butir", "uraian"),
		{Pola: "kinerja.indikator[].tahun[].rincian[].butir[].uraian", Label: "Uraian", Jenis: MedanTeks, Baru: "Butir baru"},
		mAngka("kinerja.indikator[].tahun[].rincian[].butir[].nilai", "Nilai", anggaran.JenisBilangan),
		mTeks("kinerja.indikator[].tahun[].rincian[].butir[].satuan", "Satuan", ""),
		mTeks("kinerja.indikator[].tahun[].rincian[].butir[].keterangan", "Keterangan", ""),

		mKelompok("kinerja.perjanjian_kinerja", "Perjanjian Kinerja"),
		{Pola: "kinerja.perjanjian_kinerja.tahun", Label: "Tahun", Jenis: MedanTahun},
		mDaftar("kinerja.perjanjian_kinerja.baris", "Baris Perjanjian Kinerja", "Baris", "indikator"),
		{Pola: "kinerja.perjanjian_kinerja.baris[].sasaran", Label: "Sasaran", Jenis: MedanPilihan, Rujukan: "kinerja.sasaran[].id"},
		{Pola: "kinerja.perjanjian_kinerja.baris[].indikator", Label: "Indikator tercetak", Jenis: MedanParagraf, Baru: "Indikator baru"},
		{Pola: "kinerja.perjanjian_kinerja.baris[].indikator_id", Label: "Indikator", Jenis: MedanPilihan, Rujukan: "kinerja.indikator[].id"},
		mAngka("kinerja.perjanjian_kinerja.baris[].target", "Target", anggaran.JenisBilangan),
		mTeks("kinerja.perjanjian_kinerja.baris[].satuan", "Satuan", ""),
		{Pola: "kinerja.perjanjian_kinerja.baris[].sub_kegiatan", Label: "Sub kegiatan", Jenis: MedanKode,
			Bantuan: "Sub kegiatan yang mendukung: pilih dari nomenklatur."},
	},
))

// Pola returns the pattern of a path: every list index left out
// ("kinerja.indikator[2].tahun[0].target" → "kinerja.indikator[].tahun[].target").
func Pola(path string) string {
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		c := path[i]
		b.WriteByte(c)
		if c == '[' {
			for i+1 < len(path) && path[i+1] != ']' {
				i++
			}
		}
	}
	return b.String()
}

// CariMedan returns the description of the field at path (a path or a
// pattern). A field without an entry in [DaftarMedan] gets one made from
// its key ("nama_lengkap" → "Nama lengkap", a one-line text) and false.
func CariMedan(path string) (Medan, bool) {
	p := Pola(path)
	for _, m := range daftarMedan {
		if m.Pola == p {
			return m, true
		}
	}
	return Medan{Pola: p, Label: labelKunci(p), Jenis: MedanTeks}, false
}

// labelKunci words the last key of a pattern as a label.
func labelKunci(p string) string {
	p = strings.TrimSuffix(p, "[]")
	k := p[strings.LastIndexAny(p, ".]")+1:]
	k = strings.ReplaceAll(k, "_", " ")
	if k == "" {
		return "Isian"
	}
	return strings.ToUpper(k[:1]) + k[1:]
}
