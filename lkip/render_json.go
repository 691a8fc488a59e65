package lkip

import (
	"encoding/json"
	"io"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// laporanJSON is the JSON form of a [Laporan]: everything computed, numbers
// as plain decimal strings ("9399497972", "98.42"), null where a figure
// cannot be computed.
type laporanJSON struct {
	Versi     int             `json:"versi"`
	Identitas Identitas       `json:"identitas"`
	Ringkasan ringkasanJSON   `json:"ringkasan"`
	Profil    profilJSON      `json:"profil"`
	Kinerja   *kinerjaJSON    `json:"kinerja"`
	Realisasi *anggaran.Pohon `json:"realisasi"` // Tabel 3.2, the tree of anggaran
	Belanja   []rekeningJSON  `json:"belanja"`
	// PerjanjianKinerja are the rows of the Perjanjian Kinerja, each with
	// the pagu of its sub kegiatan computed from Tabel 3.2.
	PerjanjianKinerja []pkJSON           `json:"perjanjian_kinerja"`
	Temuan            []anggaran.Temuan  `json:"temuan"`
	Ditanggapi        []TemuanDitanggapi `json:"ditanggapi"`
	// Triwulan is the quarterly monitoring (tabel_triwulan.go), absent
	// when the document gives no quarters.
	Triwulan *triwulanJSON `json:"triwulan,omitempty"`
}

type ringkasanJSON struct {
	Tahun                int     `json:"tahun"`
	Program              int     `json:"program"`
	Kegiatan             int     `json:"kegiatan"`
	SubKegiatan          int     `json:"sub_kegiatan"`
	PaguMurni            *string `json:"pagu_murni"`
	Pagu                 *string `json:"pagu"`
	Realisasi            *string `json:"realisasi"`
	Sisa                 *string `json:"sisa"`
	PersenRealisasi      *string `json:"persen_realisasi"`
	PersenFisik          *string `json:"persen_fisik"`
	BelanjaOperasi       *string `json:"belanja_operasi"`
	BelanjaPegawai       *string `json:"belanja_pegawai"`
	BelanjaBarangJasa    *string `json:"belanja_barang_jasa"`
	BelanjaBantuanSosial *string `json:"belanja_bantuan_sosial"`
	BelanjaModal         *string `json:"belanja_modal"`
	JumlahIKU            int     `json:"jumlah_iku"`
	Capaian              *string `json:"capaian"`
	Predikat             *string `json:"predikat"`
	Kesalahan            int     `json:"kesalahan"`
	Peringatan           int     `json:"peringatan"`
	Catatan              int     `json:"catatan"`
}

type profilJSON struct {
	PNS              int            `json:"pns"`     // the PNS the text states (ProfilHitung.PNS)
	Pegawai          []kelompokJSON `json:"pegawai"` // exact sums (jumlahCacah), never wrapped
	PendidikanEselon silangJSON     `json:"pns_pendidikan_eselon"`
	PendidikanGolong silangJSON     `json:"pns_pendidikan_golongan"`
	Aset             asetJSON       `json:"aset"`
}

type kelompokJSON struct {
	Kunci   string        `json:"kunci"`
	Nama    string        `json:"nama"`
	Jumlah  *json.Number  `json:"jumlah"` // null when neither a breakdown nor a printed total gives it
	Rincian []rincianJSON `json:"rincian"`
}

type rincianJSON struct {
	Kunci    string      `json:"kunci"`
	Nama     string      `json:"nama"`
	Sebagian bool        `json:"sebagian"`
	Jumlah   json.Number `json:"jumlah"`
	Butir    []butirJSON `json:"butir"`
}

type butirJSON struct {
	Kunci  string `json:"kunci"`
	Nama   string `json:"nama"`
	Jumlah int    `json:"jumlah"`
}

type silangJSON struct {
	Kolom       []string      `json:"kolom"`
	Baris       []string      `json:"baris"`
	JumlahBaris []json.Number `json:"jumlah_baris"`
	JumlahKolom []json.Number `json:"jumlah_kolom"`
	Jumlah      json.Number   `json:"jumlah"`
}

type asetJSON struct {
	Jumlah     json.Number   `json:"jumlah"`
	PerKeadaan []keadaanJSON `json:"per_keadaan"`
}

type keadaanJSON struct {
	Keadaan string `json:"keadaan"`
	Jumlah  int    `json:"jumlah"`
}

type kinerjaJSON struct {
	Skala    string                 `json:"skala"`
	Capaian  []kinerja.BarisCapaian `json:"capaian"`
	Sasaran  []agregatJSON          `json:"sasaran"`
	Dinas    agregatJSON            `json:"dinas"`
	Kemajuan []kemajuanJSON         `json:"target_akhir"`
}

type agregatJSON struct {
	ID         string  `json:"id,omitempty"`
	Uraian     string  `json:"uraian"`
	Jumlah     int     `json:"jumlah_indikator"`
	Capaian    *string `json:"capaian"`
	Predikat   *string `json:"predikat"`
	Pagu       *string `json:"pagu"`
	Realisasi  *string `json:"realisasi"`
	Penyerapan *string `json:"penyerapan"`
	Selisih    *string `json:"selisih"`
	Efisiensi  *string `json:"efisiensi"`
}

type kemajuanJSON struct {
	IndikatorID string  `json:"indikator_id"`
	TargetAkhir *string `json:"target_akhir"`
	Kemajuan    *string `json:"kemajuan"`
}

type pkJSON struct {
	Sasaran     string  `json:"sasaran"`
	Indikator   string  `json:"indikator"`
	IndikatorID string  `json:"indikator_id,omitempty"`
	Target      *string `json:"target"`
	Satuan      string  `json:"satuan,omitempty"`
	SubKegiatan string  `json:"sub_kegiatan,omitempty"` // full code, e.g. "1.06.01.2.01.06"
	Anggaran    *string `json:"anggaran"`               // pagu of the sub kegiatan in Tabel 3.2; null without one
}

type rekeningJSON struct {
	Kode      string  `json:"kode"`
	Uraian    string  `json:"uraian"`
	PaguMurni *string `json:"pagu_murni"`
	Pagu      *string `json:"pagu"`
	Realisasi *string `json:"realisasi"`
}

func nullStr(d decimal.NullDecimal) *string {
	if !d.Valid {
		return nil
	}
	s := anggaran.FormatAngkaBerkas(d.Decimal)
	return &s
}

func decStr(d *decimal.Decimal, des int32) *string {
	if d == nil {
		return nil
	}
	s := d.StringFixed(des)
	return &s
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// RenderJSON writes everything computed as indented JSON: the key figures
// (ringkasan), the totals of Bab I, the capaian of every indicator per year
// with predikat, the aggregates and efficiency per sasaran, the progress
// against the Renstra end target, the realisation tree (Tabel 3.2), the
// belanja accounts, and the reviu. Numbers are plain decimal strings; null
// means "cannot be computed".
func RenderJSON(w io.Writer, l *Laporan) error {
	if w == nil || l == nil {
		return errTanpaTujuan
	}
	r := &l.Ringkasan
	out := laporanJSON{
		Versi:     VersiSkema,
		Identitas: l.Dokumen.Identitas,
		Ringkasan: ringkasanJSON{
			Tahun: r.Tahun, Program: r.Program, Kegiatan: r.Kegiatan, SubKegiatan: r.SubKegiatan,
			PaguMurni: nullStr(r.PaguMurni), Pagu: nullStr(r.Pagu), Realisasi: nullStr(r.Realisasi), Sisa: nullStr(r.Sisa),
			PersenRealisasi: nullStr(r.PersenRealisasi), PersenFisik: nullStr(r.PersenFisik),
			BelanjaOperasi: nullStr(r.BelanjaOperasi), BelanjaPegawai: nullStr(r.BelanjaPegawai),
			BelanjaBarangJasa: nullStr(r.BelanjaBarangJasa), BelanjaBantuanSosial: nullStr(r.BelanjaBantuanSosial),
			BelanjaModal: nullStr(r.BelanjaModal), JumlahIKU: r.JumlahIKU, Predikat: strOrNil(r.Predikat),
			Kesalahan: r.Kesalahan, Peringatan: r.Peringatan, Catatan: r.Catatan,
		},
		Realisasi:  l.Pohon,
		Temuan:     l.Temuan,
		Ditanggapi: l.Ditanggapi,
		Triwulan:   l.triwulanJSON(),
	}
	if l.Kinerja != nil {
		out.Ringkasan.Capaian = decStr(r.Capaian, l.Kinerja.Desimal)
	}
	p := &l.Profil
	angka := func(ss []string) []json.Number {
		out := make([]json.Number, len(ss))
		for i, s := range ss {
			out[i] = json.Number(s)
		}
		return out
	}
	silang := func(s *Silang, h *SilangHitung) silangJSON {
		jb, jk, jt := silangTepat(s)
		j := silangJSON{Kolom: s.Kolom, JumlahBaris: angka(jb), JumlahKolom: angka(jk), Jumlah: json.Number(jt)}
		for _, b := range s.Baris {
			j.Baris = append(j.Baris, b.Nama)
		}
		return j
	}
	var aset []int
	for _, a := range l.Dokumen.Profil.Aset.Baris {
		aset = append(aset, a.Jumlah)
	}
	out.Profil = profilJSON{
		PNS: p.PNS, Pegawai: pegawaiJSON(l.Dokumen.Profil.Pegawai, p.Pegawai),
		PendidikanEselon: silang(&l.Dokumen.Profil.PendidikanEselon, &p.PendidikanEselon),
		PendidikanGolong: silang(&l.Dokumen.Profil.PendidikanGolong, &p.PendidikanGolong),
		Aset:             asetJSON{Jumlah: json.Number(jumlahCacah(aset...)), PerKeadaan: []keadaanJSON{}}}
	for _, k := range p.Aset.PerKeadaan {
		out.Profil.Aset.PerKeadaan = append(out.Profil.Aset.PerKeadaan, keadaanJSON{k.Keadaan, k.Jumlah})
	}
	if h := l.Kinerja; h != nil {
		des := h.Desimal
		agr := func(a kinerja.Agregat) agregatJSON {
			j := agregatJSON{ID: a.ID, Uraian: a.Uraian, Jumlah: a.Jumlah, Capaian: decStr(a.Capaian.Nilai, des), Predikat: strOrNil(a.Predikat)}
			if e := a.Efisiensi; e != nil {
				pg, rl := anggaran.FormatAngkaBerkas(e.Pagu), anggaran.FormatAngkaBerkas(e.Realisasi)
				j.Pagu, j.Realisasi = &pg, &rl
				j.Penyerapan, j.Selisih, j.Efisiensi = decStr(e.Penyerapan, des), decStr(e.Selisih, des), strOrNil(e.Kelas)
			}
			return j
		}
		kj := &kinerjaJSON{Skala: h.Skala, Capaian: kinerja.DaftarCapaian(l.Dokumen.Kinerja, h), Dinas: agr(h.Dinas), Sasaran: []agregatJSON{}}
		if kj.Capaian == nil {
			kj.Capaian = []kinerja.BarisCapaian{}
		}
		for _, a := range h.Sasaran {
			kj.Sasaran = append(kj.Sasaran, agr(a))
		}
		for _, hi := range h.Indikator {
			if !hi.IKU {
				continue
			}
			k := kemajuanJSON{IndikatorID: hi.ID, Kemajuan: decStr(hi.Kemajuan.Nilai, des)}
			if hi.TargetAkhir != nil {
				s := anggaran.FormatAngkaBerkas(hi.TargetAkhir.Nilai)
				k.TargetAkhir = &s
			}
			kj.Kemajuan = append(kj.Kemajuan, k)
		}
		out.Kinerja = kj
	}
	if l.Belanja != nil {
		for _, jr := range l.Belanja.Rekening {
			out.Belanja = append(out.Belanja, rekeningJSON{Kode: jr.Kode.String(), Uraian: jr.NamaCetak(),
				PaguMurni: nullStr(jr.PaguMurni), Pagu: nullStr(jr.Pagu), Realisasi: nullStr(jr.Realisasi)})
		}
	}
	out.PerjanjianKinerja = l.pkJSON()
	if out.Temuan == nil {
		out.Temuan = []anggaran.Temuan{}
	}
	if out.Ditanggapi == nil {
		out.Ditanggapi = []TemuanDitanggapi{}
	}
	if out.Belanja == nil {
		out.Belanja = []rekeningJSON{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// pkJSON returns the rows of the Perjanjian Kinerja with the computed pagu
// of the sub kegiatan each names (null when it names none, or one absent
// from Tabel 3.2).
func (l *Laporan) pkJSON() []pkJSON {
	out := []pkJSON{}
	k := l.Dokumen.Kinerja
	if k == nil {
		return out
	}
	for _, b := range k.PerjanjianKinerja.Baris {
		r := pkJSON{Sasaran: b.Sasaran, Indikator: b.Indikator, IndikatorID: b.IndikatorID, Satuan: b.Satuan}
		if b.Target != nil {
			s := anggaran.FormatAngkaBerkas(b.Target.Nilai)
			r.Target = &s
		}
		if b.SubKegiatan != "" {
			if kode, err := anggaran.ParseKodeRincian(b.SubKegiatan, l.pohonAwalan()); err == nil {
				r.SubKegiatan = kode.String()
				if l.Pohon != nil {
					if i, ok := l.Pohon.Find(kode); ok {
						r.Anggaran = nullStr(l.Pohon.Baris(i).Pagu)
					}
				}
			} else {
				r.SubKegiatan = b.SubKegiatan
			}
		}
		out = append(out, r)
	}
	return out
}

func pegawaiJSON(ks []KelompokPegawai, hs []KelompokHitung) []kelompokJSON {
	out := []kelompokJSON{}
	for i := range ks {
		k, h := &ks[i], &hs[i]
		j := kelompokJSON{Kunci: h.Kunci, Nama: k.Nama, Rincian: []rincianJSON{}}
		if h.Jumlah != "" {
			n := json.Number(h.Jumlah)
			j.Jumlah = &n
		}
		for r := range k.Rincian {
			x := &k.Rincian[r]
			rj := rincianJSON{Kunci: x.Kunci(), Nama: x.Nama, Sebagian: x.Sebagian, Jumlah: json.Number(h.Rincian[r]), Butir: []butirJSON{}}
			for _, b := range x.Butir {
				rj.Butir = append(rj.Butir, butirJSON{Kunci: b.Kunci(), Nama: b.Nama, Jumlah: b.Jumlah})
			}
			j.Rincian = append(j.Rincian, rj)
		}
		out = append(out, j)
	}
	return out
}
