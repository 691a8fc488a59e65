package lkip

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/normal"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// Codes of lkip's cross-document checks ([anggaran.Temuan].Kode). They are
// stable: tests, the reviu program and the PWA filter on them.
const (
	TemuanTandaTangan       = "lkip/tanda-tangan"            // a printed signature block differs from the kepala dinas (name, NIP, pangkat)
	TemuanKutipanJumlah     = "lkip/kutipan-jumlah"          // a count of programs, kegiatan, sub kegiatan or IKU stated in the text ≠ the tables
	TemuanKutipanRupiah     = "lkip/kutipan-rupiah"          // an amount quoted in the text ≠ the tables
	TemuanKutipanPersen     = "lkip/kutipan-persen"          // a percentage quoted in the text ≠ the computed one
	TemuanKutipanDipotong   = "lkip/kutipan-persen-dipotong" // a percentage quoted in the text truncated, not rounded
	TemuanKutipanTakTeruji  = "lkip/kutipan-tak-teruji"      // a quoted figure the data cannot confirm
	TemuanTahunPerbandingan = "lkip/tahun-perbandingan"      // the comparison of Bab III A.3 names a year it does not show
	TemuanPegawaiJumlah     = "lkip/pegawai-jumlah"          // a printed headcount of a group of staff ≠ the sum of its breakdown
	TemuanPegawaiRincian    = "lkip/pegawai-rincian"         // a breakdown of a group of staff ≠ the group's total
	TemuanTabelJumlah       = "lkip/tabel-jumlah"            // a printed total of Tabel 1.1, 1.2 or 1.3 ≠ the computed one
	TemuanTabelPNS          = "lkip/tabel-pns"               // the PNS in Tabel 1.1 or 1.2 ≠ the PNS stated in the text
	TemuanNarasiRujukan     = "lkip/narasi-rujukan"          // a narrative refers to an IKU or sasaran the kinerja section lacks
	TemuanNarasiIKU         = "lkip/narasi-iku"              // an IKU without an evaluation paragraph
	TemuanTanggapan         = "lkip/tanggapan"               // a response to a kesalahan, or to no finding
	TemuanDasarHukum        = "lkip/dasar-hukum"             // one regulation cited with two kinds, or one subject with two numbers
	TemuanDaftarIsi         = "lkip/daftar-isi"              // a chapter title in the printed table of contents ≠ the chapter's title
	TemuanDaftarIsiSubbab   = "lkip/daftar-isi-subbab"       // a section title in the printed table of contents ≠ the section's title
)

// DaftarAturan lists every rule of lkip's own checks (the cross-document
// reviu), one value per rule: the severity of a finding comes from here.
// Add a rule here (and its check and test). [SemuaAturan] adds the rules
// of anggaran and kinerja; the README table of finding codes is generated
// from it (go test ./lkip -run TestTabelAturanREADME -update).
var DaftarAturan = []anggaran.Aturan{
	{Kode: TemuanBelumDiisi, Tingkat: anggaran.Catatan, Judul: "Belum diisi",
		Arti: "Something the report needs is not filled in yet (Kelengkapan.Temuan, for a half-filled document; Compute does not add it)."},
	{Kode: TemuanTandaTangan, Tingkat: anggaran.Kesalahan, Judul: "Tanda tangan berbeda",
		Arti: "A printed signature block (Kata Pengantar, Ikhtisar, Penutup) differs from the kepala dinas: name, NIP or pangkat."},
	{Kode: TemuanDaftarIsi, Tingkat: anggaran.Peringatan, Judul: "Judul bab di Daftar Isi salah",
		Arti: "A chapter title in the printed table of contents differs from the chapter's title."},
	{Kode: TemuanDaftarIsiSubbab, Tingkat: anggaran.Catatan, Judul: "Judul subbab di Daftar Isi berbeda",
		Arti: "A section title in the printed table of contents differs from the section's title."},
	{Kode: TemuanKutipanJumlah, Tingkat: anggaran.Kesalahan, Judul: "Jumlah yang dikutip salah",
		Arti: "A count quoted in the text (programs, kegiatan, sub kegiatan, IKU, staff, assets) differs from the tables."},
	{Kode: TemuanKutipanRupiah, Tingkat: anggaran.Kesalahan, Judul: "Rupiah yang dikutip salah",
		Arti: "An amount quoted in the text (pagu, realisasi, a belanja account of any level, a budget row) differs from the tables."},
	{Kode: TemuanKutipanPersen, Tingkat: anggaran.Kesalahan, Judul: "Persentase yang dikutip salah",
		Arti: "A percentage quoted in the text (realisasi keuangan or fisik, of the whole table or one row; a capaian) differs from the computed one at its printed decimals."},
	{Kode: TemuanKutipanDipotong, Tingkat: anggaran.Peringatan, Judul: "Persentase yang dikutip dipotong",
		Arti: "A percentage quoted in the text equals the computed one truncated, not rounded: the same severity as any truncated figure of the document."},
	{Kode: TemuanKutipanNilai, Tingkat: anggaran.Kesalahan, Judul: "Angka yang dikutip salah",
		Arti: "A figure quoted in the text that is not a count, an amount or a percentage (an indicator's target or realisasi) differs from its source at the printed decimals."},
	{Kode: TemuanKutipanNilaiDipotong, Tingkat: anggaran.Peringatan, Judul: "Angka yang dikutip dipotong",
		Arti: "A figure quoted in the text equals its source truncated, not rounded, at its printed decimals: the same severity as any truncated figure of the document."},
	{Kode: TemuanKutipanTakTeruji, Tingkat: anggaran.Catatan, Judul: "Kutipan tidak dapat diperiksa",
		Arti: "A figure quoted in the text that the data cannot confirm (the table it comes from is missing)."},
	{Kode: TemuanKutipanNarasi, Tingkat: anggaran.Peringatan, Judul: "Kutipan tidak tercetak di narasi",
		Arti: "A figure the data file records as quoted by a paragraph that the paragraph does not print: the check of the quote proves nothing about the printed text."},
	{Kode: TemuanTahunPerbandingan, Tingkat: anggaran.Peringatan, Judul: "Tahun perbandingan salah",
		Arti: "The sentence introducing the comparison of Bab III A.3 names a year the table does not show."},
	{Kode: TemuanPegawaiJumlah, Tingkat: anggaran.Kesalahan, Judul: "Jumlah pegawai salah",
		Arti: "The printed total of a group of staff in Bab I (PNS, PPPK, honorer, dokter, guru, …) differs from the sum of its first complete breakdown (men + women, APBN + APBD, …); the message names the group."},
	{Kode: TemuanPegawaiRincian, Tingkat: anggaran.Kesalahan, Judul: "Rincian pegawai tidak sama dengan jumlahnya",
		Arti: "Another breakdown of a group of staff (by status, profession, who pays, the penyetaraan jabatan, …) adds up to a different number than the group's total, or a partial breakdown to more than it; the message names the group and the breakdown."},
	{Kode: TemuanPenyetaraanEselon, Tingkat: anggaran.Peringatan, Judul: "Pejabat eselon melebihi PNS struktural",
		Arti: "Tabel 1.1 counts more PNS in its eselon rows than the text says remain in jabatan struktural after the penyetaraan jabatan: the table still shows the positions before the penyetaraan."},
	{Kode: TemuanTabelJumlah, Tingkat: anggaran.Kesalahan, Judul: "Jumlah tabel Bab I salah",
		Arti: "A printed total of Tabel 1.1, 1.2 or 1.3 (a row, a column, the whole) differs from the computed one."},
	{Kode: TemuanTabelPNS, Tingkat: anggaran.Kesalahan, Judul: "PNS di tabel berbeda dengan teks",
		Arti: "The PNS counted in Tabel 1.1 or 1.2 differ from the PNS stated in the text."},
	{Kode: TemuanPendidikanSilang, Tingkat: anggaran.Kesalahan, Judul: "PNS per pendidikan berbeda antar tabel",
		Arti: "Tabel 1.1 and Tabel 1.2 count a different number of PNS of one education level."},
	{Kode: TemuanDasarHukum, Tingkat: anggaran.Peringatan, Judul: "Dasar hukum tidak seragam",
		Arti: "One regulation cited as two kinds (Perda and Perbup), or one subject cited with two numbers."},
	{Kode: TemuanPKKendaraan, Tingkat: anggaran.Catatan, Judul: "Target pemeliharaan kendaraan melebihi aset",
		Arti: "The Perjanjian Kinerja targets the maintenance of more vehicles than the asset table (Tabel 1.3) lists as Alat Angkutan."},
	{Kode: TemuanPenandaHilang, Tingkat: anggaran.Peringatan, Judul: "Tabel atau grafik tidak tercetak",
		Arti: "A generated table or chart the report should print is missing from the narrative's outline."},
	{Kode: TemuanNarasiRujukan, Tingkat: anggaran.Kesalahan, Judul: "Narasi merujuk IKU atau sasaran yang tidak ada",
		Arti: "An evaluation paragraph refers to an IKU or sasaran the kinerja section lacks."},
	{Kode: TemuanNarasiIKU, Tingkat: anggaran.Catatan, Judul: "IKU tanpa uraian evaluasi",
		Arti: "An IKU without an evaluation paragraph, where the outline prints the evaluation of every IKU."},
	{Kode: TemuanDanaTanpaKeluaran, Tingkat: anggaran.Peringatan, Judul: "Dana terpakai tanpa keluaran",
		Arti: "The budget row an indicator measures (kinerja.indikator.anggaran) spent money in the reporting year while the indicator's realisasi is 0, in the year and in every quarter reported."},
	{Kode: TemuanKeluaranAnggaran, Tingkat: anggaran.Kesalahan, Judul: "Anggaran indikator tidak ditemukan",
		Arti: "An indicator's anggaran names no row of the realisation table (by code, or by uraian in a table without codes), or the uraian of several rows."},
	{Kode: TemuanTanggapan, Tingkat: anggaran.Catatan, Judul: "Tanggapan tidak berlaku",
		Arti: "A response of the dinas to a kesalahan (which can only be corrected), or to no finding at all."},
}

// SemuaAturan returns every rule of the reviu: those of anggaran, of
// kinerja and of this package, in that order (a new slice).
func SemuaAturan() []anggaran.Aturan {
	var out []anggaran.Aturan
	out = append(out, anggaran.DaftarAturan...)
	out = append(out, kinerja.DaftarAturan...)
	return append(out, DaftarAturan...)
}

var namaBagian = map[string]string{
	"kata_pengantar": "Kata Pengantar",
	"ikhtisar":       "Ikhtisar Eksekutif",
	"penutup":        "Bab IV Penutup",
}

// reviuAwal runs the checks of the front matter and Bab I.
func (l *Laporan) reviuAwal() []anggaran.Temuan {
	var ts []anggaran.Temuan
	d := l.Dokumen
	k := d.Identitas.Kepala
	for i, t := range d.Identitas.TandaTangan {
		path := fmt.Sprintf("identitas.tanda_tangan[%d]", i)
		lok := func(kolom string) anggaran.Lokasi {
			return anggaran.Lokasi{Bagian: namaBagian[t.Bagian], Tabel: "tanda tangan", Kolom: kolom, Path: path + "." + kolom}
		}
		if normal.Nama(t.Nama, "") != normal.Nama(k.Nama, "") {
			ts = append(ts, anggaran.Temuan{Kode: TemuanTandaTangan, Lokasi: lok("nama"),
				Tercetak: t.Nama, Terhitung: k.Nama,
				Pesan: fmt.Sprintf("nama penanda tangan di %s berbeda dengan kepala dinas", namaBagian[t.Bagian])})
		}
		if digit(t.NIP) != digit(k.NIP) {
			ts = append(ts, anggaran.Temuan{Kode: TemuanTandaTangan, Lokasi: lok("nip"),
				Tercetak: t.NIP, Terhitung: k.NIP,
				Pesan: fmt.Sprintf("NIP penanda tangan di %s berbeda dengan NIP kepala dinas", namaBagian[t.Bagian])})
		}
		if normal.Nama(t.Pangkat, "") != normal.Nama(k.Pangkat, "") {
			var lain []string
			for _, u := range d.Identitas.TandaTangan {
				if normal.Nama(u.Pangkat, "") == normal.Nama(k.Pangkat, "") {
					lain = append(lain, namaBagian[u.Bagian])
				}
			}
			pesan := fmt.Sprintf("pangkat penanda tangan di %s berbeda dengan pangkat kepala dinas", namaBagian[t.Bagian])
			if len(lain) > 0 {
				pesan += " yang tercetak di " + strings.Join(lain, " dan ")
			}
			pesan += "; satu orang hanya mempunyai satu pangkat, seragamkan semua blok tanda tangan"
			ts = append(ts, anggaran.Temuan{Kode: TemuanTandaTangan, Lokasi: lok("pangkat"),
				Tercetak: t.Pangkat, Terhitung: k.Pangkat, Pesan: pesan})
		}
	}
	ts = append(ts, l.periksaDaftarIsi()...)
	ts = append(ts, l.periksaAngkaKutipan(true)...)
	ts = append(ts, l.reviuProfil()...)
	ts = append(ts, l.periksaPKKendaraan()...)
	ts = append(ts, l.reviuPenanda()...)
	return ts
}

// reviuAnggaran runs the checks of Bab III: the quotes around the belanja
// table, the comparison title and the IKU narratives.
func (l *Laporan) reviuAnggaran() []anggaran.Temuan {
	d := l.Dokumen
	ts := l.periksaAngkaKutipan(false)
	if th := d.Kutipan.TahunPerbandingan; len(th) > 0 && l.Kinerja != nil {
		tahun := l.tahunTabelPerbandingan()
		for i, t := range th {
			if len(tahun) > 0 && !slices.Contains(tahun, t) {
				ts = append(ts, anggaran.Temuan{Kode: TemuanTahunPerbandingan, Lokasi: anggaran.Lokasi{Bagian: "Bab III A.3", Tabel: "perbandingan dengan tahun sebelumnya", Kolom: "kalimat pengantar", Path: fmt.Sprintf("kutipan.tahun_perbandingan[%d]", i)},
					Tercetak: fmt.Sprint(t), Terhitung: gabungTahun(tahun),
					Pesan: fmt.Sprintf("kalimat pengantar menyebut capaian tahun %d, padahal tabel menyajikan tahun %s; perbaiki tahun dalam kalimat", t, gabungTahun(tahun))})
			}
		}
	}
	if k := d.Kinerja; k != nil {
		ada := map[string]bool{}
		for i, n := range d.Narasi.IKU {
			j := k.IndeksIndikator(n.IKU)
			if j < 0 || !k.Indikator[j].IKU {
				ts = append(ts, anggaran.Temuan{Kode: TemuanNarasiRujukan, Lokasi: anggaran.Lokasi{Bagian: "Bab III A.2", Kolom: "iku", Path: fmt.Sprintf("narasi.iku[%d].iku", i)},
					Tercetak: n.IKU, Pesan: fmt.Sprintf("evaluasi merujuk IKU %q yang tidak ada di daftar IKU", n.IKU)})
			}
			ada[n.IKU] = true
		}
		for i, s := range d.Narasi.Sasaran {
			if k.FindSasaran(s.Sasaran) == nil {
				ts = append(ts, anggaran.Temuan{Kode: TemuanNarasiRujukan, Lokasi: anggaran.Lokasi{Bagian: "Bab III A.2", Kolom: "sasaran", Path: fmt.Sprintf("narasi.sasaran[%d].sasaran", i)},
					Tercetak: s.Sasaran, Pesan: fmt.Sprintf("evaluasi merujuk sasaran %q yang tidak ada", s.Sasaran)})
			}
		}
		if l.penandaCetak()["evaluasi_iku"] {
			for i, ind := range k.Indikator {
				if ind.IKU && !ada[ind.ID] {
					ts = append(ts, anggaran.Temuan{Kode: TemuanNarasiIKU, Lokasi: anggaran.Lokasi{Bagian: "Bab III A.2", Baris: ind.Nama, Path: fmt.Sprintf("kinerja.indikator[%d]", i)},
						Pesan: "IKU ini tidak mempunyai uraian evaluasi di Bab III A.2; tambahkan uraian yang menjelaskan penyebab capaiannya"})
				}
			}
		}
	}
	return ts
}

// tahunTabelPerbandingan returns the years the comparison table shows.
func (l *Laporan) tahunTabelPerbandingan() []int {
	t := l.tahunPerbandingan()
	if len(t) > maksTahunPerbandingan {
		t = t[len(t)-maksTahunPerbandingan:]
	}
	return t
}

// maksTahunPerbandingan is the number of years the comparison shows.
const maksTahunPerbandingan = 3

// tahunPerbandingan returns every year up to the reporting year with data
// of an IKU.
func (l *Laporan) tahunPerbandingan() []int {
	ada := map[int]bool{}
	for _, hi := range l.Kinerja.Indikator {
		if !hi.IKU {
			continue
		}
		for _, s := range hi.Tahun {
			ada[s.Tahun] = true
		}
	}
	var out []int
	for t := l.Kinerja.Tahun - 10; t <= l.Kinerja.Tahun; t++ {
		if ada[t] {
			out = append(out, t)
		}
	}
	return out
}

func gabungTahun(ts []int) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = fmt.Sprint(t)
	}
	if len(s) <= 1 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " dan " + s[len(s)-1]
}

// bandingPersen compares a printed percentage with bagian × 100 / total at
// the printed number of decimals: equal under the rounding rule p is fine;
// equal only when truncated is a catatan; otherwise a kesalahan.
func bandingPersen(a *Angka, bagian, total decimal.Decimal, p anggaran.Pembulatan) *anggaran.Temuan {
	des := a.Desimal()
	bulat, _ := anggaran.Persen(bagian, total, des, p)
	if a.Nilai.Equal(bulat) {
		return nil
	}
	tepat, _ := anggaran.Persen(bagian, total, des+2, p)
	potong, _ := anggaran.Persen(bagian, total, des, anggaran.BulatPotong)
	t := &anggaran.Temuan{Kode: TemuanKutipanPersen, Tercetak: anggaran.FormatAngka(a.Nilai, des) + "%", Terhitung: anggaran.FormatAngka(tepat, des+2) + "%"}
	if a.Nilai.Equal(potong) {
		t.Kode = TemuanKutipanDipotong
		t.Pesan = fmt.Sprintf("dipotong, bukan dibulatkan; dibulatkan ke %d desimal seharusnya %s%%", des, anggaran.FormatAngka(bulat, des))
		return t
	}
	t.Pesan = fmt.Sprintf("berbeda dengan hasil hitung dari tabel (%s%% bila dibulatkan ke %d desimal)", anggaran.FormatAngka(bulat, des), des)
	return t
}

// pembulatanSama reports whether the printed a equals v rounded to a's
// decimals.
func pembulatanSama(a *Angka, v decimal.Decimal) bool {
	return a.Nilai.Equal(v.Round(a.Desimal()))
}

// barisFisik counts the rows of the realisation table with a realisasi
// fisik: when the mean cannot be computed although some have one, the
// reason is not "no data" (lkip/kutipan-tak-teruji says so).
func (l *Laporan) barisFisik() int {
	n := 0
	if a := l.Dokumen.Anggaran; a != nil {
		for _, r := range a.Rincian {
			if r.Fisik.Valid {
				n++
			}
		}
	}
	return n
}

func tidakTeruji(lok anggaran.Lokasi, tercetak, apa string) anggaran.Temuan {
	return anggaran.Temuan{Kode: TemuanKutipanTakTeruji, Lokasi: lok, Tercetak: tercetak,
		Pesan: fmt.Sprintf("%s yang disebut dalam teks tidak dapat diperiksa karena datanya tidak ada; lengkapi datanya", apa)}
}

// reviuProfil checks the figures of Bab I.
func (l *Laporan) reviuProfil() []anggaran.Temuan {
	var ts []anggaran.Temuan
	p := &l.Dokumen.Profil
	h := &l.Profil
	ts = append(ts, l.periksaPegawai()...)
	ts = append(ts, periksaSilang(&p.PendidikanEselon, &h.PendidikanEselon, l.letakPenanda("tabel_1_1"), "Tabel 1.1", "profil.pns_pendidikan_eselon", h.PNS)...)
	ts = append(ts, periksaSilang(&p.PendidikanGolong, &h.PendidikanGolong, l.letakPenanda("tabel_1_2"), "Tabel 1.2", "profil.pns_pendidikan_golongan", h.PNS)...)
	ts = append(ts, l.periksaPendidikanSilang()...)
	ts = append(ts, l.periksaPenyetaraanEselon()...)
	ts = append(ts, periksaDasarHukum(p.DasarHukum)...)
	if a := p.Aset; a.Tercetak != nil && *a.Tercetak != h.Aset.Total {
		ts = append(ts, anggaran.Temuan{Kode: TemuanTabelJumlah, Lokasi: anggaran.Lokasi{Bagian: l.letakPenanda("tabel_1_3"), Tabel: "Tabel 1.3", Baris: "JUMLAH", Kolom: "jumlah barang", Path: "profil.aset.jumlah"},
			Tercetak: fmt.Sprint(*a.Tercetak), Terhitung: fmt.Sprint(h.Aset.Total),
			Pesan: "jumlah barang tercetak tidak sama dengan jumlah baris-barisnya"})
	}
	return ts
}

func periksaSilang(s *Silang, h *SilangHitung, bab, tabel, path string, pns int) []anggaran.Temuan {
	if len(s.Baris) == 0 {
		return nil
	}
	var ts []anggaran.Temuan
	for i, b := range s.Baris {
		if b.Tercetak != nil && *b.Tercetak != h.Baris[i] {
			ts = append(ts, anggaran.Temuan{Kode: TemuanTabelJumlah, Lokasi: anggaran.Lokasi{Bagian: bab, Tabel: tabel, Baris: b.Nama, Kolom: "jumlah pegawai", Path: fmt.Sprintf("%s.baris[%d].jumlah", path, i)},
				Tercetak: fmt.Sprint(*b.Tercetak), Terhitung: fmt.Sprint(h.Baris[i]),
				Pesan: "jumlah baris tidak sama dengan jumlah kolom-kolomnya"})
		}
	}
	if j := s.Jumlah; j != nil {
		for c, v := range j.Nilai {
			if c < len(h.Kolom) && v != h.Kolom[c] {
				ts = append(ts, anggaran.Temuan{Kode: TemuanTabelJumlah, Lokasi: anggaran.Lokasi{Bagian: bab, Tabel: tabel, Baris: "Jumlah", Kolom: s.Kolom[c], Path: fmt.Sprintf("%s.jumlah.nilai[%d]", path, c)},
					Tercetak: fmt.Sprint(v), Terhitung: fmt.Sprint(h.Kolom[c]),
					Pesan: "jumlah kolom tercetak tidak sama dengan jumlah baris-barisnya"})
			}
		}
		if j.Tercetak != nil && *j.Tercetak != h.Total {
			ts = append(ts, anggaran.Temuan{Kode: TemuanTabelJumlah, Lokasi: anggaran.Lokasi{Bagian: bab, Tabel: tabel, Baris: "Jumlah", Kolom: "jumlah pegawai", Path: path + ".jumlah.jumlah"},
				Tercetak: fmt.Sprint(*j.Tercetak), Terhitung: fmt.Sprint(h.Total),
				Pesan: "jumlah keseluruhan tercetak tidak sama dengan jumlah isi tabel"})
		}
	}
	if pns > 0 && h.Total != pns {
		ts = append(ts, anggaran.Temuan{Kode: TemuanTabelPNS, Lokasi: anggaran.Lokasi{Bagian: bab, Tabel: tabel, Baris: "Jumlah", Path: path},
			Tercetak: fmt.Sprint(h.Total), Terhitung: fmt.Sprint(pns),
			Pesan: fmt.Sprintf("%s memuat %d PNS, sedangkan teks menyebut %d PNS", tabel, h.Total, pns)})
	}
	return ts
}

// penandaCetak returns the names of the block markers in the narrative as
// printed (the default outline standing in for an empty chapter).
func (l *Laporan) penandaCetak() map[string]bool {
	n := l.narasiCetak()
	ada := map[string]bool{}
	var cari func(bs []Bagian)
	diTeks := func(t Teks) {
		for _, s := range t {
			if nama, ok := penandaBlok(s); ok {
				ada[nama] = true
			}
		}
	}
	cari = func(bs []Bagian) {
		for _, b := range bs {
			diTeks(b.Teks)
			cari(b.Sub)
		}
	}
	for _, t := range []Teks{n.KataPengantar, n.Ikhtisar, n.Bab4} {
		diTeks(t)
	}
	for _, bs := range [][]Bagian{n.Bab1, n.Bab2, n.Bab3} {
		cari(bs)
	}
	return ada
}

func digit(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func lower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// BarisTemuan writes a finding on one line for a reviu listing:
// "kesalahan [KODE] path: lokasi: pesan (tercetak …; terhitung …)".
func BarisTemuan(t anggaran.Temuan) string {
	var b strings.Builder
	b.WriteString(t.Tingkat.String())
	b.WriteString(" [" + t.Kode + "]")
	if t.Lokasi.Path != "" {
		b.WriteString(" " + t.Lokasi.Path)
	}
	b.WriteString(": ")
	if l := t.Lokasi.String(); l != "" && l != t.Lokasi.Path {
		b.WriteString(l + ": ")
	}
	b.WriteString(t.Pesan)
	b.WriteString(t.Nilai())
	return b.String()
}

// periksaDasarHukum compares the citations of regulations: one number and
// year must be one kind of regulation (a Peraturan Daerah is not a
// Peraturan Bupati), and one subject must be one regulation. In each group
// the form cited most often (the first on a tie) is taken as right and the
// others are flagged.
func periksaDasarHukum(dh []DasarHukum) []anggaran.Temuan {
	var ts []anggaran.Temuan
	sebut := func(x DasarHukum) string {
		return fmt.Sprintf("%s Nomor %s Tahun %d", x.Jenis, x.Nomor, x.Tahun)
	}
	nomor := func(x DasarHukum) string { return strings.TrimLeft(digit(x.Nomor), "0") + "/" + fmt.Sprint(x.Tahun) }
	// mayoritas returns, for each index, the index of the most cited form
	// of its group (by key), comparing forms with sama.
	mayoritas := func(kunci func(DasarHukum) string, bentuk func(DasarHukum) string) []int {
		out := make([]int, len(dh))
		for i, x := range dh {
			out[i] = i
			k := kunci(x)
			if k == "" {
				continue
			}
			hitung := map[string]int{}
			pertama := map[string]int{}
			for j, y := range dh {
				if kunci(y) != k {
					continue
				}
				f := bentuk(y)
				if _, ada := pertama[f]; !ada {
					pertama[f] = j
				}
				hitung[f]++
			}
			best := -1
			for f, n := range hitung {
				if best < 0 || n > hitung[bentuk(dh[best])] || (n == hitung[bentuk(dh[best])] && pertama[f] < best) {
					best = pertama[f]
				}
			}
			out[i] = best
		}
		return out
	}
	jenis := mayoritas(nomor, func(x DasarHukum) string { return normal.Nama(x.Jenis, "") })
	tentang := mayoritas(func(x DasarHukum) string {
		if x.Tentang == "" {
			return ""
		}
		return normalTentang(x.Tentang)
	}, nomor)
	for i, x := range dh {
		path := fmt.Sprintf("profil.dasar_hukum[%d]", i)
		if y := dh[jenis[i]]; normal.Nama(y.Jenis, "") != normal.Nama(x.Jenis, "") {
			ts = append(ts, anggaran.Temuan{Kode: TemuanDasarHukum, Lokasi: anggaran.Lokasi{Bagian: x.Bagian, Baris: sebut(x), Kolom: "jenis", Path: path + ".jenis"},
				Tercetak: x.Jenis, Terhitung: y.Jenis,
				Pesan: fmt.Sprintf("peraturan Nomor %s Tahun %d disebut sebagai %s di sini tetapi sebagai %s di %s; seragamkan jenis peraturannya", x.Nomor, x.Tahun, x.Jenis, y.Jenis, y.Bagian)})
			continue
		}
		if y := dh[tentang[i]]; nomor(y) != nomor(x) {
			ts = append(ts, anggaran.Temuan{Kode: TemuanDasarHukum, Lokasi: anggaran.Lokasi{Bagian: x.Bagian, Baris: sebut(x), Kolom: "nomor", Path: path + ".nomor"},
				Tercetak: sebut(x), Terhitung: sebut(y),
				Pesan: fmt.Sprintf("peraturan tentang %q disebut %s di sini tetapi %s di %s; pakai nomor dan tahun yang berlaku", x.Tentang, sebut(x), sebut(y), y.Bagian)})
		}
	}
	return ts
}

// normalTentang compares the subjects of regulations ignoring case,
// punctuation and the words "dan", "serta".
func normalTentang(s string) string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if w != "dan" && w != "serta" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// judulBab are the chapter titles of the report by Roman numeral.
var judulBab = map[string]string{"I": "BAB I PENDAHULUAN", "II": "BAB II PERENCANAAN KINERJA", "III": "BAB III AKUNTABILITAS KINERJA", "IV": "BAB IV PENUTUP"}

// periksaDaftarIsi compares the printed table of contents with the titles
// of the chapters and of their sections (case and spacing ignored).
func (l *Laporan) periksaDaftarIsi() []anggaran.Temuan {
	d := l.Dokumen
	var ts []anggaran.Temuan
	sama := func(a, b string) bool {
		return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
	}
	bagian := map[string][]Bagian{"I": d.Narasi.Bab1, "II": d.Narasi.Bab2, "III": d.Narasi.Bab3}
	var bab string
	for i, baris := range d.Kutipan.DaftarIsi {
		lok := anggaran.Lokasi{Bagian: "Daftar Isi", Baris: baris, Path: fmt.Sprintf("kutipan.daftar_isi[%d]", i)}
		f := strings.Fields(strings.ToUpper(baris))
		if k := slices.Index(f, "BAB"); k >= 0 && k+1 < len(f) {
			bab = f[k+1]
			if want, ok := judulBab[bab]; ok && !sama(baris, want) {
				ts = append(ts, anggaran.Temuan{Kode: TemuanDaftarIsi, Lokasi: lok, Tercetak: baris, Terhitung: want,
					Pesan: "judul bab di Daftar Isi berbeda dengan judul babnya"})
			}
			continue
		}
		if len(f) == 0 || bagian[bab] == nil {
			continue
		}
		// a section: "A. GAMBARAN UMUM OPD" is the section whose title has
		// the same letter
		huruf := f[0]
		for _, b := range bagian[bab] {
			if g := strings.Fields(strings.ToUpper(b.Judul)); len(g) > 0 && g[0] == huruf {
				if !sama(baris, b.Judul) {
					ts = append(ts, anggaran.Temuan{Kode: TemuanDaftarIsiSubbab, Lokasi: lok, Tercetak: baris, Terhitung: b.Judul,
						Pesan: "judul subbab di Daftar Isi berbeda dengan judul subbabnya"})
				}
				break
			}
		}
	}
	return ts
}
