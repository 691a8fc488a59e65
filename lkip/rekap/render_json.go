package rekap

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

type rekapJSON struct {
	Pemda     string            `json:"pemda"`
	Tahun     int               `json:"tahun"`
	Ambang    ambangJSON        `json:"ambang"`
	Predikat  []string          `json:"predikat"`
	Saringan  *Saringan         `json:"saringan,omitempty"`
	Jumlah    jumlahJSON        `json:"jumlah"`
	Baris     []barisJSON       `json:"baris"`
	Perhatian []perhatianJSON   `json:"perhatian"`
	Temuan    []anggaran.Temuan `json:"temuan"`
	Grafik    []grafikJSON      `json:"grafik"`
}

type ambangJSON struct {
	SerapanRendah string `json:"serapan_rendah"`
	CapaianBawah  string `json:"capaian_bawah"`
	CapaianAtas   string `json:"capaian_atas"`
}

type barisJSON struct {
	No             int              `json:"no"`
	Berkas         string           `json:"berkas"`
	Pemda          string           `json:"pemda,omitempty"`
	Dinas          string           `json:"dinas,omitempty"`
	Tahun          int              `json:"tahun,omitempty"`
	Bidang         string           `json:"bidang,omitempty"`
	Galat          string           `json:"galat,omitempty"`
	Dihitung       bool             `json:"dihitung"`
	Program        int              `json:"program"`
	Kegiatan       int              `json:"kegiatan"`
	SubKegiatan    int              `json:"sub_kegiatan"`
	Pagu           *string          `json:"pagu"`
	Realisasi      *string          `json:"realisasi"`
	Serapan        *string          `json:"serapan"`
	JumlahIKU      int              `json:"jumlah_iku"`
	Capaian        *string          `json:"capaian"`
	Predikat       string           `json:"predikat,omitempty"`
	PerPredikat    []JumlahPredikat `json:"iku_per_predikat"`
	Efisiensi      *string          `json:"efisiensi"`
	KelasEfisiensi string           `json:"kelas_efisiensi,omitempty"`
	Kesalahan      int              `json:"kesalahan"`
	Peringatan     int              `json:"peringatan"`
	Catatan        int              `json:"catatan"`
	Lengkap        bool             `json:"lengkap"`
	PersenLengkap  int              `json:"persen_lengkap"`
	Kurang         []string         `json:"kurang,omitempty"`
	Perhatian      []Alasan         `json:"perhatian,omitempty"`
}

type jumlahJSON struct {
	Berkas        int              `json:"berkas"`
	Dinas         int              `json:"dinas"`
	TanpaAnggaran int              `json:"tanpa_anggaran"`
	Program       int              `json:"program"`
	Kegiatan      int              `json:"kegiatan"`
	SubKegiatan   int              `json:"sub_kegiatan"`
	Pagu          *string          `json:"pagu"`
	Realisasi     *string          `json:"realisasi"`
	Serapan       *string          `json:"serapan"`
	JumlahIKU     int              `json:"jumlah_iku"`
	Capaian       *string          `json:"capaian"`
	Predikat      string           `json:"predikat,omitempty"`
	PerPredikat   []JumlahPredikat `json:"iku_per_predikat"`
	Kesalahan     int              `json:"kesalahan"`
	Peringatan    int              `json:"peringatan"`
	Catatan       int              `json:"catatan"`
	Lengkap       int              `json:"lengkap"`
}

type perhatianJSON struct {
	No     int      `json:"no"`
	Dinas  string   `json:"dinas"`
	Berkas string   `json:"berkas"`
	Alasan []Alasan `json:"alasan"`
}

type grafikJSON struct {
	ID      string       `json:"id"`
	Judul   string       `json:"judul"`
	Acuan   *string      `json:"acuan,omitempty"`
	Catatan string       `json:"catatan,omitempty"`
	Batang  []batangJSON `json:"batang"`
}

type batangJSON struct {
	Label string `json:"label"`
	Nilai string `json:"nilai"`
}

func s(d decimal.NullDecimal) *string {
	if !d.Valid {
		return nil
	}
	v := anggaran.FormatAngkaBerkas(d.Decimal)
	return &v
}

func sp(d *decimal.Decimal) *string { return s(nd(d)) }

// MarshalJSON writes JumlahPredikat as {"predikat", "jumlah"}.
func (j JumlahPredikat) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Predikat string `json:"predikat"`
		Jumlah   int    `json:"jumlah"`
	}{j.Predikat, j.Jumlah})
}

// MarshalJSON writes Alasan as {"kode", "pesan"}.
func (a Alasan) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Kode  string `json:"kode"`
		Pesan string `json:"pesan"`
	}{a.Kode, a.Pesan})
}

// RenderJSON writes the rekap as JSON: every amount, percentage and
// capaian as a plain decimal string ("9399497972", "98.42"), a missing one
// as null.
func RenderJSON(w io.Writer, r *Rekap) error {
	if w == nil || r == nil {
		return fmt.Errorf("rekap: tidak ada tujuan tulis atau rekap (nil)")
	}
	o := r.Opsi
	j := r.Jumlah
	out := rekapJSON{Pemda: r.Pemda, Tahun: r.Tahun, Predikat: r.Predikat, Saringan: r.Saringan,
		Ambang: ambangJSON{anggaran.FormatAngkaBerkas(o.SerapanRendah), anggaran.FormatAngkaBerkas(o.CapaianBawah), anggaran.FormatAngkaBerkas(o.CapaianAtas)},
		Jumlah: jumlahJSON{j.Berkas, j.Dinas, j.TanpaAnggaran, j.Program, j.Kegiatan, j.SubKegiatan, s(j.Pagu), s(j.Realisasi), s(j.Serapan),
			j.JumlahIKU, sp(j.Capaian), j.Predikat, j.PerPredikat, j.Kesalahan, j.Peringatan, j.Catatan, j.Lengkap},
		Baris: []barisJSON{}, Perhatian: []perhatianJSON{}, Temuan: r.Temuan, Grafik: []grafikJSON{}}
	if out.Temuan == nil {
		out.Temuan = []anggaran.Temuan{}
	}
	for _, b := range r.Baris {
		out.Baris = append(out.Baris, barisJSON{b.No, b.Berkas, b.Pemda, b.Dinas, b.Tahun, b.Bidang, b.Galat, b.Dihitung,
			b.Program, b.Kegiatan, b.SubKegiatan, s(b.Pagu), s(b.Realisasi), s(b.Serapan), b.JumlahIKU, sp(b.Capaian), b.Predikat,
			b.PerPredikat, sp(b.Efisiensi), b.KelasEfisiensi, b.Kesalahan, b.Peringatan, b.Catatan, b.Lengkap, b.PersenLengkap, b.Kurang, b.Perhatian})
	}
	for _, b := range r.Perhatian() {
		out.Perhatian = append(out.Perhatian, perhatianJSON{b.No, b.Dinas, b.Berkas, b.Perhatian})
	}
	if g := r.GrafikSerapan(); g != nil {
		out.Grafik = append(out.Grafik, grafikKeJSON("serapan", g.Judul, g.Acuan, g.Catatan, g.Batang))
	}
	if g := r.GrafikPredikat(); g != nil {
		out.Grafik = append(out.Grafik, grafikKeJSON("predikat", g.Judul, g.Acuan, g.Catatan, g.Batang))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func grafikKeJSON(id, judul string, acuan *decimal.Decimal, catatan string, bs []lkip.Batang) grafikJSON {
	g := grafikJSON{ID: id, Judul: judul, Acuan: sp(acuan), Catatan: catatan, Batang: []batangJSON{}}
	for _, b := range bs {
		g.Batang = append(g.Batang, batangJSON{b.Label, anggaran.FormatAngkaBerkas(b.Nilai)})
	}
	return g
}
