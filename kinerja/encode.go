package kinerja

import (
	"encoding/json"

	"github.com/pemkab/sakip/anggaran"
)

// MarshalJSON writes the document as the kinerja section of a data file,
// in the schema [Parse] reads, so that Parse(MarshalJSON(d)) gives d back.
// Figures are written as printed (their Teks) when that text reads back to
// the same value, else as JSON numbers.
func (d *Dokumen) MarshalJSON() ([]byte, error) {
	return json.Marshal(keluarDokumen(d))
}

type (
	oButir struct {
		Nomor  string `json:"nomor,omitempty"`
		Uraian string `json:"uraian"`
	}
	oRenstra struct {
		PeriodeAwal  int      `json:"periode_awal,omitempty"`
		PeriodeAkhir int      `json:"periode_akhir,omitempty"`
		VisiDaerah   string   `json:"visi_daerah,omitempty"`
		Visi         string   `json:"visi,omitempty"`
		MisiDinas    []oButir `json:"misi_dinas,omitempty"`
		Misi         []oButir `json:"misi,omitempty"`
		Tujuan       []oButir `json:"tujuan,omitempty"`
		Sasaran      []oButir `json:"sasaran,omitempty"`
		Strategi     []oButir `json:"strategi,omitempty"`
		Kebijakan    []oButir `json:"kebijakan,omitempty"`
	}
	oKutipan struct {
		Sumber string `json:"sumber,omitempty"`
		Teks   string `json:"teks"`
	}
	oSasaran struct {
		ID       string     `json:"id"`
		Nomor    string     `json:"nomor,omitempty"`
		Uraian   string     `json:"uraian"`
		Renstra  string     `json:"renstra,omitempty"`
		Tercetak []oKutipan `json:"tercetak,omitempty"`
		Anggaran []string   `json:"anggaran,omitempty"`
	}
	oRumus struct {
		Teks      string          `json:"teks,omitempty"`
		Pembilang string          `json:"pembilang,omitempty"`
		Penyebut  string          `json:"penyebut,omitempty"`
		Pengali   json.RawMessage `json:"pengali,omitempty"`
	}
	oKutipanAngka struct {
		Sumber    string          `json:"sumber"`
		Target    json.RawMessage `json:"target,omitempty"`
		Realisasi json.RawMessage `json:"realisasi,omitempty"`
	}
	oButirRincian struct {
		Uraian     string          `json:"uraian"`
		Nilai      json.RawMessage `json:"nilai,omitempty"`
		Satuan     string          `json:"satuan,omitempty"`
		Keterangan string          `json:"keterangan,omitempty"`
	}
	oRincian struct {
		Bagian string          `json:"bagian"`
		Uraian string          `json:"uraian,omitempty"`
		Total  json.RawMessage `json:"total,omitempty"`
		Satuan string          `json:"satuan,omitempty"`
		Sumber string          `json:"sumber,omitempty"`
		Butir  []oButirRincian `json:"butir,omitempty"`
	}
	oTahun struct {
		Tahun            int               `json:"tahun"`
		Sumber           string            `json:"sumber,omitempty"`
		Target           json.RawMessage   `json:"target,omitempty"`
		Realisasi        json.RawMessage   `json:"realisasi,omitempty"`
		Pembilang        json.RawMessage   `json:"pembilang,omitempty"`
		Penyebut         json.RawMessage   `json:"penyebut,omitempty"`
		RealisasiPeriode []json.RawMessage `json:"realisasi_periode,omitempty"`
		Kutipan          []oKutipanAngka   `json:"kutipan,omitempty"`
		Rincian          []oRincian        `json:"rincian,omitempty"`
	}
	oIndikator struct {
		ID            string          `json:"id"`
		Nomor         string          `json:"nomor,omitempty"`
		Nama          string          `json:"nama"`
		Sasaran       string          `json:"sasaran,omitempty"`
		IKU           bool            `json:"iku,omitempty"`
		Satuan        string          `json:"satuan,omitempty"`
		Jenis         string          `json:"jenis"`
		Polaritas     string          `json:"polaritas"`
		RumusNegatif  string          `json:"rumus_negatif,omitempty"`
		BolehLebih100 bool            `json:"boleh_lebih_100,omitempty"`
		Rumus         *oRumus         `json:"rumus,omitempty"`
		TargetAkhir   json.RawMessage `json:"target_akhir,omitempty"`
		Tercetak      []oKutipan      `json:"tercetak,omitempty"`
		Tahun         []oTahun        `json:"tahun,omitempty"`
	}
	oBarisPK struct {
		Sasaran     string          `json:"sasaran,omitempty"`
		Indikator   string          `json:"indikator"`
		IndikatorID string          `json:"indikator_id,omitempty"`
		Target      json.RawMessage `json:"target,omitempty"`
		Satuan      string          `json:"satuan,omitempty"`
		SubKegiatan string          `json:"sub_kegiatan,omitempty"`
	}
	oPK struct {
		Tahun int        `json:"tahun,omitempty"`
		Baris []oBarisPK `json:"baris,omitempty"`
	}
	oDokumen struct {
		Tahun             int          `json:"tahun"`
		Bidang            string       `json:"bidang,omitempty"`
		Renstra           *oRenstra    `json:"renstra,omitempty"`
		Sasaran           []oSasaran   `json:"sasaran,omitempty"`
		Indikator         []oIndikator `json:"indikator,omitempty"`
		PerjanjianKinerja *oPK         `json:"perjanjian_kinerja,omitempty"`
	}
)

// keluarAngka writes a figure: its printed text when that reads back to
// the same value under the column's rules, else its plain decimal text if
// that does, else a JSON number (a quantity like 1.500 with three decimals,
// which as text would read as fifteen hundred).
func keluarAngka(a *Angka, j anggaran.Jenis) json.RawMessage {
	if a == nil {
		return nil
	}
	polos := a.Nilai.StringFixed(a.Desimal())
	for _, teks := range []string{a.Teks, polos} {
		if teks == "" {
			continue
		}
		if v, err := anggaran.ParseAngka(teks, j); err == nil && v.Equal(a.Nilai) && (Angka{Nilai: v}).Desimal() == a.Desimal() {
			b, _ := json.Marshal(teks)
			return b
		}
	}
	return json.RawMessage(polos)
}

func keluarButir(l []Butir) []oButir {
	var out []oButir
	for _, b := range l {
		out = append(out, oButir{Nomor: b.Nomor, Uraian: b.Uraian})
	}
	return out
}

func keluarKutipan(l []Kutipan) []oKutipan {
	var out []oKutipan
	for _, k := range l {
		out = append(out, oKutipan{Sumber: k.Sumber, Teks: k.Teks})
	}
	return out
}

func keluarDokumen(d *Dokumen) oDokumen {
	o := oDokumen{Tahun: d.Tahun, Bidang: d.Bidang}
	r := d.Renstra
	or := oRenstra{
		PeriodeAwal: r.PeriodeAwal, PeriodeAkhir: r.PeriodeAkhir, VisiDaerah: r.VisiDaerah, Visi: r.Visi,
		MisiDinas: keluarButir(r.MisiDinas), Misi: keluarButir(r.Misi), Tujuan: keluarButir(r.Tujuan),
		Sasaran: keluarButir(r.Sasaran), Strategi: keluarButir(r.Strategi), Kebijakan: keluarButir(r.Kebijakan),
	}
	var nol oRenstra
	if !cmpRenstraKosong(or, nol) {
		o.Renstra = &or
	}
	for _, s := range d.Sasaran {
		o.Sasaran = append(o.Sasaran, oSasaran{ID: s.ID, Nomor: s.Nomor, Uraian: s.Uraian, Renstra: s.Renstra,
			Tercetak: keluarKutipan(s.Tercetak), Anggaran: append([]string(nil), s.Anggaran...)})
	}
	for _, ind := range d.Indikator {
		j := anggaran.JenisBilangan
		if ind.Jenis == Persentase {
			j = anggaran.JenisPersen
		}
		oi := oIndikator{ID: ind.ID, Nomor: ind.Nomor, Nama: ind.Nama, Sasaran: ind.Sasaran, IKU: ind.IKU,
			Satuan: ind.Satuan, Jenis: ind.Jenis.String(), Polaritas: ind.Polaritas.String(),
			RumusNegatif: ind.RumusNegatif.String(), BolehLebih100: ind.BolehLebih100, TargetAkhir: keluarAngka(ind.TargetAkhir, j),
			Tercetak: keluarKutipan(ind.Tercetak)}
		if r := ind.Rumus; r != nil {
			oi.Rumus = &oRumus{Teks: r.Teks, Pembilang: r.Pembilang, Penyebut: r.Penyebut,
				Pengali: json.RawMessage(r.Pengali.String())}
		}
		for _, dt := range ind.Tahun {
			ot := oTahun{Tahun: dt.Tahun, Sumber: dt.Sumber, Target: keluarAngka(dt.Target, j),
				Realisasi: keluarAngka(dt.Realisasi, j), Pembilang: keluarAngka(dt.Pembilang, anggaran.JenisBilangan),
				Penyebut: keluarAngka(dt.Penyebut, anggaran.JenisBilangan)}
			for _, p := range dt.RealisasiPeriode {
				v := keluarAngka(p, j)
				if v == nil {
					v = json.RawMessage("null")
				}
				ot.RealisasiPeriode = append(ot.RealisasiPeriode, v)
			}
			for _, q := range dt.Kutipan {
				ot.Kutipan = append(ot.Kutipan, oKutipanAngka{Sumber: q.Sumber, Target: keluarAngka(q.Target, j), Realisasi: keluarAngka(q.Realisasi, j)})
			}
			for _, rc := range dt.Rincian {
				or := oRincian{Bagian: rc.Bagian, Uraian: rc.Uraian, Total: keluarAngka(rc.Total, anggaran.JenisBilangan),
					Satuan: rc.Satuan, Sumber: rc.Sumber}
				for _, b := range rc.Butir {
					or.Butir = append(or.Butir, oButirRincian{Uraian: b.Uraian, Nilai: keluarAngka(b.Nilai, anggaran.JenisBilangan),
						Satuan: b.Satuan, Keterangan: b.Keterangan})
				}
				ot.Rincian = append(ot.Rincian, or)
			}
			oi.Tahun = append(oi.Tahun, ot)
		}
		o.Indikator = append(o.Indikator, oi)
	}
	pk := d.PerjanjianKinerja
	if pk.Tahun != 0 || len(pk.Baris) > 0 {
		op := &oPK{Tahun: pk.Tahun}
		for _, b := range pk.Baris {
			op.Baris = append(op.Baris, oBarisPK{Sasaran: b.Sasaran, Indikator: b.Indikator, IndikatorID: b.IndikatorID,
				Target: keluarAngka(b.Target, anggaran.JenisBilangan), Satuan: b.Satuan, SubKegiatan: b.SubKegiatan})
		}
		o.PerjanjianKinerja = op
	}
	return o
}

func cmpRenstraKosong(a, b oRenstra) bool {
	return a.PeriodeAwal == b.PeriodeAwal && a.PeriodeAkhir == b.PeriodeAkhir && a.VisiDaerah == "" && a.Visi == "" &&
		a.MisiDinas == nil && a.Misi == nil && a.Tujuan == nil && a.Sasaran == nil && a.Strategi == nil && a.Kebijakan == nil
}
