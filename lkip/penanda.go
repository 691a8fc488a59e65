package lkip

import (
	"fmt"

	"github.com/pemkab/sakip/anggaran"
)

// Penanda is a generated part of the report — a table, a chart or a
// paragraph computed from the data — that the narrative places with a
// block of its own, "{{Nama}}". The list of them, [DaftarPenanda], is the
// one place a new generated part is added: the reader's check of the
// narrative, the renderers, the reviu's check of required parts and the
// PWA's insert menu all read it.
type Penanda struct {
	Nama  string // the marker's name: {{tabel_3_2}}
	Judul string // what it prints, in Bahasa Indonesia (menus, SCHEMA.md)
	// Bab is the chapter an LKIP must print it in when its data exists
	// ("Bab I", "Bab II", "Bab III"); empty for an optional part. A
	// required part missing from its chapter is lkip/penanda-hilang.
	Bab string

	kinerja bool                       // needs the kinerja section
	ada     func(l *Laporan) bool      // its data exists (required parts)
	susun   func(s *penyusun) []elemen // lays it out
}

// daftarPenanda is every generated part, in the order of the report. It
// is filled by init: the parts lay out narrative text, which may hold
// markers again, so a literal would be an initialization cycle.
var daftarPenanda []Penanda

func init() {
	daftarPenanda = []Penanda{
		{Nama: "ikhtisar_anggaran", Judul: "paragraf Ikhtisar: jumlah program/kegiatan/sub kegiatan, pagu, belanja, realisasi",
			susun: (*penyusun).ikhtisarAnggaran},
		{Nama: "ikhtisar_capaian", Judul: "paragraf Ikhtisar: ringkasan capaian IKU dan predikat",
			susun: (*penyusun).ikhtisarCapaian},
		{Nama: "susunan_organisasi", Judul: "daftar susunan organisasi (profil.susunan_organisasi)",
			susun: func(s *penyusun) []elemen {
				return []elemen{{Jenis: elDaftar, Butir: unitButir(s.l.Dokumen.Profil.SusunanOrganisasi, true)}}
			}},
		{Nama: "tabel_pegawai", Judul: "tabel pegawai menurut kelompok dan rinciannya (profil.pegawai)",
			susun: (*penyusun).tabelPegawai},
		{Nama: "tabel_1_1", Judul: "Tabel 1.1 PNS menurut pendidikan dan eselon", Bab: "Bab I",
			ada: func(l *Laporan) bool { return len(l.Dokumen.Profil.PendidikanEselon.Baris) > 0 },
			susun: func(s *penyusun) []elemen {
				return s.tabelSilang(&s.l.Dokumen.Profil.PendidikanEselon, &s.l.Profil.PendidikanEselon, "Tabel 1.1")
			}},
		{Nama: "tabel_1_2", Judul: "Tabel 1.2 PNS menurut pendidikan dan golongan", Bab: "Bab I",
			ada: func(l *Laporan) bool { return len(l.Dokumen.Profil.PendidikanGolong.Baris) > 0 },
			susun: func(s *penyusun) []elemen {
				return s.tabelSilang(&s.l.Dokumen.Profil.PendidikanGolong, &s.l.Profil.PendidikanGolong, "Tabel 1.2")
			}},
		{Nama: "tabel_1_3", Judul: "Tabel 1.3 sarana dan prasarana", Bab: "Bab I",
			ada:   func(l *Laporan) bool { return len(l.Dokumen.Profil.Aset.Baris) > 0 },
			susun: (*penyusun).tabelAset},
		{Nama: "permasalahan", Judul: "daftar permasalahan (profil.permasalahan)",
			susun: func(s *penyusun) []elemen {
				return []elemen{{Jenis: elDaftar, Butir: s.daftarTeks(s.l.Dokumen.Profil.Permasalahan, true)}}
			}},
		{Nama: "solusi", Judul: "daftar solusi (profil.solusi)",
			susun: func(s *penyusun) []elemen {
				return []elemen{{Jenis: elDaftar, Butir: s.daftarTeks(s.l.Dokumen.Profil.Solusi, false)}}
			}},
		{Nama: "daftar_iku", Judul: "daftar IKU", Bab: "Bab II", kinerja: true,
			ada: adaIKU, susun: (*penyusun).daftarIKU},
		{Nama: "tabel_renstra", Judul: "tabel Renstra: visi, misi, tujuan, sasaran, strategi, kebijakan", Bab: "Bab II", kinerja: true,
			ada: func(l *Laporan) bool {
				k := l.Dokumen.Kinerja
				return k != nil && (k.Renstra.Visi != "" || len(k.Renstra.Misi) > 0 || len(k.Renstra.Sasaran) > 0)
			},
			susun: (*penyusun).tabelRenstra},
		{Nama: "tabel_tujuan", Judul: "tabel tujuan, sasaran dan indikator Renstra", kinerja: true,
			susun: (*penyusun).tabelTujuan},
		{Nama: "sasaran_indikator", Judul: "daftar sasaran strategis dan indikatornya", kinerja: true,
			susun: (*penyusun).sasaranIndikator},
		{Nama: "perjanjian_kinerja", Judul: "tabel Perjanjian Kinerja", Bab: "Bab II", kinerja: true,
			ada: func(l *Laporan) bool {
				k, a := l.Dokumen.Kinerja, l.Dokumen.Anggaran
				return k != nil && len(k.PerjanjianKinerja.Baris) > 0 || a != nil && a.PerjanjianKinerja != nil && len(a.PerjanjianKinerja.Rincian) > 0
			},
			susun: (*penyusun).perjanjianKinerja},
		{Nama: "tabel_3_1", Judul: "Tabel 3.1 capaian IKU dengan predikat", Bab: "Bab III", kinerja: true,
			ada: adaIKU, susun: (*penyusun).tabel31},
		{Nama: "grafik_capaian", Judul: "grafik capaian per IKU", Bab: "Bab III", kinerja: true,
			ada: adaIKU, susun: (*penyusun).grafikCapaian},
		{Nama: "evaluasi_iku", Judul: "evaluasi per sasaran dan per IKU (narasi.sasaran, narasi.iku)", kinerja: true,
			susun: (*penyusun).evaluasiIKU},
		{Nama: "perbandingan", Judul: "tabel perbandingan dengan tahun sebelumnya", Bab: "Bab III", kinerja: true,
			ada:   func(l *Laporan) bool { return adaIKU(l) && len(l.tahunPerbandingan()) > 1 },
			susun: (*penyusun).perbandingan},
		{Nama: "renstra_akhir", Judul: "tabel perbandingan dengan target akhir Renstra", Bab: "Bab III", kinerja: true,
			ada:   func(l *Laporan) bool { return adaIKU(l) && l.adaTargetAkhir() },
			susun: (*penyusun).renstraAkhir},
		{Nama: "efisiensi", Judul: "tabel efisiensi: capaian kinerja dibanding penyerapan anggaran", Bab: "Bab III", kinerja: true,
			ada:   func(l *Laporan) bool { return l.Kinerja != nil && l.Kinerja.Dinas.Efisiensi != nil },
			susun: (*penyusun).efisiensi},
		{Nama: "anggaran_pengantar", Judul: "kalimat pengantar Bab III B dengan pagu",
			susun: (*penyusun).anggaranPengantar},
		{Nama: "tabel_belanja", Judul: "tabel belanja menurut rekening", Bab: "Bab III",
			ada:   func(l *Laporan) bool { return l.Dokumen.Anggaran != nil && len(l.Dokumen.Anggaran.Belanja) > 0 },
			susun: (*penyusun).tabelBelanja},
		{Nama: "realisasi_anggaran", Judul: "paragraf realisasi: jumlah program, fisik, keuangan",
			susun: (*penyusun).realisasiAnggaran},
		{Nama: "tabel_3_2", Judul: "Tabel 3.2 realisasi per program, kegiatan, sub kegiatan", Bab: "Bab III",
			ada: adaAnggaran, susun: (*penyusun).tabel32},
		{Nama: "grafik_realisasi", Judul: "grafik realisasi per program", Bab: "Bab III",
			ada: adaAnggaran, susun: (*penyusun).grafikRealisasi},
		{Nama: "tabel_triwulan", Judul: "tabel monitoring per triwulan: realisasi dan serapan per program dan kegiatan, IKU s.d. tiap triwulan",
			susun: (*penyusun).tabelTriwulan},
	}
}

func adaIKU(l *Laporan) bool      { return l.Ringkasan.JumlahIKU > 0 }
func adaAnggaran(l *Laporan) bool { return l.Pohon != nil }

// DaftarPenanda returns every generated part of the report, in the order
// of the report (a copy: changing it changes nothing).
func DaftarPenanda() []Penanda { return append([]Penanda(nil), daftarPenanda...) }

// cariPenanda returns the generated part named nama.
func cariPenanda(nama string) (*Penanda, bool) {
	for i := range daftarPenanda {
		if daftarPenanda[i].Nama == nama {
			return &daftarPenanda[i], true
		}
	}
	return nil, false
}

// penanda lays out the generated part named nama (nothing for an unknown
// name, which the reader has refused already).
func (s *penyusun) penanda(nama string) []elemen {
	p, ok := cariPenanda(nama)
	if !ok {
		return nil
	}
	if p.kinerja && s.l.Kinerja == nil {
		return tanpaData("Bagian kinerja (" + nama + ")")
	}
	return p.susun(s)
}

// anggaranPengantar is the sentence that opens Bab III B with the pagu.
func (s *penyusun) anggaranPengantar() []elemen {
	l := s.l
	if !l.Ringkasan.Pagu.Valid {
		return tanpaData("Pengantar realisasi anggaran")
	}
	d := l.Dokumen
	return []elemen{{Jenis: elParagraf, Teks: []potongan{
		{Teks: fmt.Sprintf("Pada Tahun anggaran %s, %s mengelola anggaran sebesar ", l.tahunCetak(), atauBelum(d.Identitas.Dinas, "nama dinas"))},
		{Teks: anggaran.FormatRupiah(l.Ringkasan.Pagu.Decimal), Strong: true},
		{Teks: ", yang terdiri dari :"}}}}
}

// reviuPenanda reports each required part whose data exists but whose
// marker the narrative of its chapter lacks (an empty chapter gets them all
// from the default outline), so that the report would not print it.
func (l *Laporan) reviuPenanda() []anggaran.Temuan {
	var ts []anggaran.Temuan
	dicetak := l.penandaCetak()
	for _, p := range daftarPenanda {
		if p.Bab == "" || dicetak[p.Nama] || !p.ada(l) {
			continue
		}
		ts = append(ts, anggaran.Temuan{Kode: TemuanPenandaHilang, Tingkat: anggaran.Peringatan,
			Lokasi:    anggaran.Lokasi{Bagian: p.Bab, Path: pathBab[p.Bab]},
			Terhitung: "{{" + p.Nama + "}}",
			Pesan:     fmt.Sprintf("%s tidak dicetak: datanya ada, tetapi narasi %s tidak memuat penanda {{%s}}; sisipkan penanda itu sebagai satu blok di subbab yang tepat", p.Judul, p.Bab, p.Nama)})
	}
	return ts
}

// pathBab is the data-file path of each chapter's narrative.
var pathBab = map[string]string{"Bab I": "narasi.bab1", "Bab II": "narasi.bab2", "Bab III": "narasi.bab3"}
