package lkip

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// Opsi are the rules the report and the reviu compute with. The zero value
// is [DefaultOpsi].
type Opsi struct {
	// Anggaran rounds budget percentages (half up to 2 decimals by
	// default, the seed's rule).
	Anggaran anggaran.Opsi
	// Kinerja holds the predikat scale, the rounding and the optional
	// floor/cap of capaian, the formula for negative polarity, the
	// efficiency thresholds and the thresholds of a capaian so far from
	// 100 % that the target should be reviewed (Wajar; 200 % and 25 % by
	// default).
	Kinerja kinerja.Opsi
}

// DefaultOpsi returns the default rules: Permendagri 86/2017 predikat,
// percentages rounded half up to 2 decimals, no cap on capaian, efficiency
// thresholds ±5 points, capaian above 200 % or below 25 % flagged.
func DefaultOpsi() Opsi { return Opsi{} }

// Laporan is everything computed from a [Dokumen]: the figures of every
// chapter and the reviu. It refers to the Dokumen (not a copy); do not
// change the Dokumen while the Laporan is in use.
type Laporan struct {
	Dokumen   *Dokumen
	Opsi      Opsi
	Ringkasan Ringkasan
	// Profil holds the computed totals of Bab I.
	Profil ProfilHitung
	// Pohon is the computed realisation table (Tabel 3.2); nil without an
	// anggaran section.
	Pohon *anggaran.Pohon
	// Belanja is the computed belanja table; nil without belanja rows.
	Belanja *anggaran.PohonRekening
	// Kinerja holds the capaian, predikat, comparisons and efficiency; nil
	// without a kinerja section.
	Kinerja *kinerja.Hasil
	// Temuan is the reviu: the findings of anggaran, kinerja and the
	// cross-document checks of this package, most severe first, then in
	// document order. Paths are from the root of the data file.
	Temuan []anggaran.Temuan
	// Ditanggapi are the advisory findings the data file answers
	// (Dokumen.Tanggapan), with the answer.
	Ditanggapi []TemuanDitanggapi
}

// TemuanDitanggapi is a finding with the dinas' response.
type TemuanDitanggapi struct {
	Temuan    anggaran.Temuan `json:"temuan"`
	Tanggapan string          `json:"tanggapan"`
}

// Ringkasan holds the key figures of the report. Amounts that cannot be
// computed (no anggaran section, a missing realisasi) are not Valid.
type Ringkasan struct {
	Tahun                                   int
	Program, Kegiatan, SubKegiatan          int
	PaguMurni, Pagu, Realisasi, Sisa        decimal.NullDecimal // PaguMurni from Tabel 3.2, else the belanja table's total (5)
	PersenRealisasi                         decimal.NullDecimal // realisasi × 100 / pagu, rounded by Opsi.Anggaran
	PersenFisik                             decimal.NullDecimal // pagu-weighted mean of the sub kegiatan
	BelanjaOperasi, BelanjaPegawai          decimal.NullDecimal // 5.1, 5.1.01 (pagu setelah perubahan)
	BelanjaBarangJasa, BelanjaBantuanSosial decimal.NullDecimal // 5.1.02, 5.1.06
	BelanjaModal                            decimal.NullDecimal // 5.2
	JumlahIKU                               int
	// Capaian is the mean capaian of the IKU, Predikat its category; nil
	// and "" when it cannot be computed.
	Capaian  *decimal.Decimal
	Predikat string
	// Kesalahan, Peringatan, Catatan count the findings by severity.
	Kesalahan, Peringatan, Catatan int
}

// ProfilHitung holds the computed totals of Bab I.
type ProfilHitung struct {
	// Pegawai are the computed totals of the groups of staff, one per
	// Profil.Pegawai, in order.
	Pegawai []KelompokHitung
	// PNS is the PNS the text states (see SCHEMA.md, profil.pegawai): the
	// total of the group "pns", or the "pns" parts of the groups' "status"
	// breakdowns; Tabel 1.1 and 1.2 are compared with it.
	PNS              int
	PendidikanEselon SilangHitung // Tabel 1.1
	PendidikanGolong SilangHitung // Tabel 1.2
	Aset             AsetHitung   // Tabel 1.3
}

// SilangHitung holds the computed totals of a cross table.
type SilangHitung struct {
	Baris []int // per row
	Kolom []int // per column
	Total int
}

// AsetHitung holds the computed totals of the assets table.
type AsetHitung struct {
	Total      int
	PerKeadaan []JumlahKeadaan // Baik, Kurang Baik, Rusak Berat, in that order, only those present
}

// JumlahKeadaan is the number of items in one condition.
type JumlahKeadaan struct {
	Keadaan string
	Jumlah  int
}

// Compute computes the report and the reviu of d under o. It does not
// change d. It returns an error only for a nil d and for options that
// cannot be used (an invalid predikat scale); data problems are findings.
// It is [ComputeAngka] followed by [ComputeReviu].
func Compute(d *Dokumen, o Opsi) (*Laporan, error) {
	if d == nil {
		return nil, errors.New("lkip: Compute: dokumen nil (baca berkas data dengan Parse atau ParseFile)")
	}
	l, err := ComputeAngka(d, o)
	if err != nil {
		return nil, err
	}
	l.reviu()
	return l, nil
}

// ComputeAngka computes the figures of the report of d under o without the
// reviu: the Laporan [Compute] returns, but with no Temuan, no Ditanggapi
// and no finding counts in its Ringkasan. An app that opens a document
// shows these first and the reviu once [ComputeReviu] has added it.
func ComputeAngka(d *Dokumen, o Opsi) (*Laporan, error) {
	if d == nil {
		return nil, errors.New("lkip: ComputeAngka: dokumen nil (baca berkas data dengan Parse atau ParseFile)")
	}
	if len(o.Kinerja.Skala.Pita) > 0 {
		if err := o.Kinerja.Skala.Validate(); err != nil {
			return nil, err
		}
	}
	l := &Laporan{Dokumen: d, Opsi: o}
	r := &l.Ringkasan
	r.Tahun = d.Identitas.Tahun
	if a := d.Anggaran; a != nil {
		l.Pohon, l.Belanja = ComputeAnggaran(d, o)
		h := l.Pohon.Hitungan()
		r.Program, r.Kegiatan, r.SubKegiatan = h.Program, h.Kegiatan, h.SubKegiatan
		j := l.Pohon.Jumlah()
		r.PaguMurni, r.Pagu, r.Realisasi, r.Sisa, r.PersenRealisasi, r.PersenFisik = j.PaguMurni, j.Pagu, j.Realisasi, j.Sisa, j.Persen, j.Fisik
		if l.Belanja != nil {
			for _, b := range []struct {
				kode string
				ke   *decimal.NullDecimal
			}{{"5.1", &r.BelanjaOperasi}, {"5.1.01", &r.BelanjaPegawai}, {"5.1.02", &r.BelanjaBarangJasa}, {"5.1.06", &r.BelanjaBantuanSosial}, {"5.2", &r.BelanjaModal}} {
				if jr, ok := l.Belanja.Find(anggaran.MustKodeRekening(b.kode)); ok {
					*b.ke = jr.Pagu
				}
			}
			// Tabel 3.2 without a pagu murni column: the belanja table's
			// total (account 5) gives it.
			if jr, ok := l.Belanja.Find(anggaran.MustKodeRekening("5")); ok && !r.PaguMurni.Valid {
				r.PaguMurni = jr.PaguMurni
			}
		}
	}
	if d.Kinerja != nil {
		l.Kinerja = ComputeKinerja(d, o, l.Pohon)
		for _, hi := range l.Kinerja.Indikator {
			if hi.IKU {
				r.JumlahIKU++
			}
		}
		r.Capaian, r.Predikat = l.Kinerja.Dinas.Capaian.Nilai, l.Kinerja.Dinas.Predikat
	}
	l.Profil = hitungProfil(&d.Profil)
	return l, nil
}

// ComputeReviu returns a copy of l, from [ComputeAngka], with the reviu
// added: what [Compute] returns for the same document and options. l itself
// is not changed. A nil l gives nil, a report without its document a copy
// without findings.
func ComputeReviu(l *Laporan) *Laporan {
	if l == nil {
		return nil
	}
	c := *l
	if c.Dokumen != nil {
		c.reviu()
	}
	return &c
}

// reviu computes the findings of l (Temuan, Ditanggapi and the counts of
// the Ringkasan) from its figures.
func (l *Laporan) reviu() {
	d, o, r := l.Dokumen, l.Opsi, &l.Ringkasan
	var ta, tk []anggaran.Temuan
	if a := d.Anggaran; a != nil {
		ta = awalan("anggaran", a.Check(o.Anggaran))
	}
	if l.Kinerja != nil {
		tk = awalan("kinerja", l.Kinerja.Temuan)
	}
	r.Kesalahan, r.Peringatan, r.Catatan = 0, 0, 0
	var semua []anggaran.Temuan
	semua = append(semua, l.reviuAwal()...)
	semua = append(semua, tk...)
	semua = append(semua, ta...)
	semua = append(semua, l.reviuAnggaran()...)
	semua = append(semua, l.reviuTriwulan()...) // periksa_triwulan.go
	tn, ke := l.tautanNarasi()
	arahkanKeNarasi(semua, ke)
	semua = append(semua, tn...)
	anggaran.BeriTingkat(semua, DaftarAturan)
	semua = satukanKembar(semua)
	semua, l.Ditanggapi = l.terapkanTanggapan(semua)
	sort.SliceStable(semua, func(i, j int) bool { return semua[i].Tingkat > semua[j].Tingkat })
	l.Temuan = semua
	for _, t := range semua {
		switch t.Tingkat {
		case anggaran.Kesalahan:
			r.Kesalahan++
		case anggaran.Peringatan:
			r.Peringatan++
		default:
			r.Catatan++
		}
	}
}

// awalan prefixes the paths of a section's findings with the section key.
func awalan(bagian string, ts []anggaran.Temuan) []anggaran.Temuan {
	out := make([]anggaran.Temuan, len(ts))
	for i, t := range ts {
		t.Lokasi.Path = naskah.JoinPath(bagian, t.Lokasi.Path)
		out[i] = t
	}
	return out
}

func hitungProfil(p *Profil) ProfilHitung {
	h := ProfilHitung{
		PendidikanEselon: hitungSilang(&p.PendidikanEselon),
		PendidikanGolong: hitungSilang(&p.PendidikanGolong),
	}
	for i := range p.Pegawai {
		h.Pegawai = append(h.Pegawai, hitungKelompok(&p.Pegawai[i]))
	}
	h.PNS = pnsHitung(p.Pegawai, h.Pegawai)
	per := map[string]int{}
	for _, a := range p.Aset.Baris {
		h.Aset.Total += a.Jumlah
		per[keadaanAset[lower(a.Keadaan)]] += a.Jumlah
	}
	for _, k := range []string{"Baik", "Kurang Baik", "Rusak Berat"} {
		if n, ok := per[k]; ok {
			h.Aset.PerKeadaan = append(h.Aset.PerKeadaan, JumlahKeadaan{k, n})
		}
	}
	return h
}

func hitungSilang(s *Silang) SilangHitung {
	h := SilangHitung{Baris: make([]int, len(s.Baris)), Kolom: make([]int, len(s.Kolom))}
	for i, b := range s.Baris {
		for j, v := range b.Nilai {
			h.Baris[i] += v
			if j < len(h.Kolom) {
				h.Kolom[j] += v
			}
			h.Total += v
		}
	}
	return h
}

// terapkanTanggapan moves the answered advisory findings out of ts. A
// response to a kesalahan, or to no finding at all, is itself reported.
func (l *Laporan) terapkanTanggapan(ts []anggaran.Temuan) ([]anggaran.Temuan, []TemuanDitanggapi) {
	tg := l.Dokumen.Tanggapan
	if len(tg) == 0 {
		return ts, nil
	}
	dipakai := make([]bool, len(tg))
	var sisa []anggaran.Temuan
	var dit []TemuanDitanggapi
	var tambahan []anggaran.Temuan
	for _, t := range ts {
		j := -1
		for i, r := range tg {
			if r.Kode == t.Kode && r.Path == t.Lokasi.Path {
				j = i
				break
			}
		}
		switch {
		case j < 0:
			sisa = append(sisa, t)
		case t.Tingkat == anggaran.Kesalahan:
			dipakai[j] = true
			sisa = append(sisa, t)
			tambahan = append(tambahan, anggaran.Temuan{Kode: TemuanTanggapan, Lokasi: anggaran.Lokasi{Bagian: "tanggapan reviu", Path: fmt.Sprintf("tanggapan[%d]", j)}, Tercetak: tg[j].Kode,
				Pesan: "kesalahan tidak dapat ditanggapi, hanya diperbaiki; perbaiki data yang ditunjuk temuan " + t.Kode})
		default:
			dipakai[j] = true
			dit = append(dit, TemuanDitanggapi{Temuan: t, Tanggapan: tg[j].Tanggapan})
		}
	}
	for i, u := range dipakai {
		if !u {
			tambahan = append(tambahan, anggaran.Temuan{Kode: TemuanTanggapan, Lokasi: anggaran.Lokasi{Bagian: "tanggapan reviu", Path: fmt.Sprintf("tanggapan[%d]", i)}, Tercetak: tg[i].Kode + " " + tg[i].Path,
				Pesan: "tanggapan ini tidak cocok dengan temuan mana pun (temuannya sudah diperbaiki atau kode/path salah); hapus atau perbaiki"})
		}
	}
	return append(sisa, anggaran.BeriTingkat(tambahan, DaftarAturan)...), dit
}

// satukanKembar collapses the findings that report one error twice: the
// same Path with the same printed and computed values (e.g. a Perjanjian
// Kinerja amount found by two checks of anggaran). The most severe is
// kept, on a tie the more specific (the longer message), and it names the
// codes it stands for, so that the count of kesalahan is honest. Findings
// without a path or without values are never collapsed.
func satukanKembar(ts []anggaran.Temuan) []anggaran.Temuan {
	type kunci struct{ path, tercetak, terhitung string }
	pertama := map[kunci]int{}
	lain := map[int][]string{}
	out := make([]anggaran.Temuan, 0, len(ts))
	for _, t := range ts {
		k := kunci{t.Lokasi.Path, t.Tercetak, t.Terhitung}
		if k.path == "" || (k.tercetak == "" && k.terhitung == "") {
			out = append(out, t)
			continue
		}
		j, ada := pertama[k]
		if !ada {
			pertama[k] = len(out)
			out = append(out, t)
			continue
		}
		u := out[j]
		if t.Tingkat > u.Tingkat || (t.Tingkat == u.Tingkat && len(t.Pesan) > len(u.Pesan)) {
			lain[j] = append(lain[j], u.Kode)
			out[j] = t
		} else {
			lain[j] = append(lain[j], t.Kode)
		}
	}
	for j, kode := range lain {
		var beda []string
		for _, k := range kode {
			if k != out[j].Kode && !slices.Contains(beda, k) {
				beda = append(beda, k)
			}
		}
		if len(beda) > 0 {
			out[j].Pesan += " (temuan yang sama juga dilaporkan sebagai " + strings.Join(beda, ", ") + ")"
		}
	}
	return out
}
