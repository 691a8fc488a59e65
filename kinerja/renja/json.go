package renja

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/pemkab/sakip/anggaran"
)

// The JSON form of a computed Renja evaluation, for programs (the PWA, a
// kabupaten's rekap): every figure a plain decimal string, unrounded (the
// exact computed value; round for display as the Markdown does), null
// when blank or not computable; printed figures as the sheet cached them,
// a printed error ("#DIV/0!") as its text.

type jsonNilai struct {
	K      *string `json:"k"`
	Persen *string `json:"persen,omitempty"`
	Rp     *string `json:"rp"`
}

type jsonBaris struct {
	Lembar       int                  `json:"lembar,omitempty"`
	No           string               `json:"no,omitempty"`
	Tingkat      string               `json:"tingkat"`
	Induk        *int                 `json:"induk,omitempty"` // the parent's "lembar"
	Lanjutan     bool                 `json:"lanjutan,omitempty"`
	Sasaran      string               `json:"sasaran,omitempty"`
	Nama         string               `json:"nama,omitempty"`
	Indikator    string               `json:"indikator,omitempty"`
	Satuan       string               `json:"satuan,omitempty"`
	Kolom        map[string]jsonNilai `json:"kolom"`    // "6" … "15", computed
	Tercetak     map[string]jsonNilai `json:"tercetak"` // "13", "14", "15" as printed
	Kumulatif    [4]jsonNilai         `json:"kumulatif"`
	Serapan      [4]*string           `json:"serapan"`
	Progres      [4]*string           `json:"progres"`
	CapaianTahun *string              `json:"capaian_tahun"`
	Predikat     string               `json:"predikat,omitempty"`
	Terjumlah    bool                 `json:"satuan_terjumlah"`
	HanyaRenstra bool                 `json:"hanya_renstra,omitempty"`
}

type jsonFormulir struct {
	Judul           string            `json:"judul,omitempty"`
	Pemda           string            `json:"pemda,omitempty"`
	Tahun           int               `json:"tahun,omitempty"`
	PerangkatDaerah string            `json:"perangkat_daerah,omitempty"`
	Lembar          string            `json:"lembar,omitempty"`
	TargetSerapan   [4]string         `json:"target_serapan"`
	Baris           []jsonBaris       `json:"baris"`
	Jumlah          jsonBaris         `json:"jumlah"`
	Temuan          []anggaran.Temuan `json:"temuan"`
}

func js(n Nilai) *string {
	if !n.Ada {
		if n.Galat != "" {
			s := n.Galat
			return &s
		}
		return nil
	}
	s := anggaran.FormatAngkaBerkas(n.Angka)
	return &s
}

func jsComputed(n Nilai) *string {
	if !n.Ada {
		return nil
	}
	s := anggaran.FormatAngkaBerkas(n.Angka)
	return &s
}

func jsonHasil(b *BarisFormulir, r *HasilBaris) jsonBaris {
	out := jsonBaris{Lembar: b.Lembar, No: b.No, Tingkat: b.Tingkat.String(), Lanjutan: b.Lanjutan, Sasaran: b.Sasaran,
		Nama: b.Nama, Indikator: b.Indikator, Satuan: b.Satuan, Predikat: r.Predikat, Terjumlah: r.Terjumlah,
		HanyaRenstra: r.HanyaRenstra, CapaianTahun: jsComputed(r.CapaianTahun),
		Kolom: map[string]jsonNilai{}, Tercetak: map[string]jsonNilai{}}
	pair := func(p Pasangan) jsonNilai { return jsonNilai{K: jsComputed(p.K), Rp: jsComputed(p.Rp)} }
	out.Kolom["6"], out.Kolom["7"], out.Kolom["8"] = pair(r.Renstra), pair(r.SampaiLalu), pair(r.Target)
	for q := 0; q < 4; q++ {
		v := pair(r.Triwulan[q])
		v.Persen = jsComputed(r.Progres[q])
		out.Kolom[strconv.Itoa(9+q)] = v
		out.Kumulatif[q] = pair(r.Kumulatif[q])
		out.Serapan[q] = jsComputed(r.Serapan[q])
		out.Progres[q] = jsComputed(r.Progres[q])
	}
	for c := 0; c < 3; c++ {
		n := strconv.Itoa(13 + c)
		out.Kolom[n] = pair(r.Kolom[c])
		out.Tercetak[n] = jsonNilai{K: js(b.Tercetak[c].K), Rp: js(b.Tercetak[c].Rp)}
	}
	return out
}

// TulisJSON writes the computed form and its review as JSON (see the
// comment above jsonFormulir for the conventions).
// A nil f or h is taken as [Periksa] takes it; a nil w is an error.
func TulisJSON(w io.Writer, f *Formulir, h *Hasil, temuan []anggaran.Temuan) error {
	if w == nil {
		return errTanpaTujuan
	}
	f, h = siap(f, h)
	out := jsonFormulir{Judul: f.Judul, Pemda: f.Pemda, Tahun: f.Tahun, PerangkatDaerah: f.PerangkatDaerah, Lembar: f.Lembar,
		Baris: make([]jsonBaris, len(f.Baris)), Temuan: temuan}
	if out.Temuan == nil {
		out.Temuan = []anggaran.Temuan{}
	}
	for q := 0; q < 4; q++ {
		out.TargetSerapan[q] = anggaran.FormatAngkaBerkas(h.TargetSerapan[q])
	}
	for i := range f.Baris {
		out.Baris[i] = jsonHasil(&f.Baris[i], &h.Baris[i])
		if p := f.Baris[i].Induk; p >= 0 {
			l := f.Baris[p].Lembar
			out.Baris[i].Induk = &l
		}
	}
	jb := BarisFormulir{Nama: "Jumlah"}
	if f.Jumlah != nil {
		jb = *f.Jumlah
		jb.Nama = "Jumlah"
	}
	out.Jumlah = jsonHasil(&jb, &h.Jumlah)
	out.Jumlah.Tingkat = "jumlah"
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
