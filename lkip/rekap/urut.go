package rekap

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Kolom names a column of the rekap, for [Rekap.Urutkan].
type Kolom string

// The columns.
const (
	KolomNo          Kolom = "no"
	KolomDinas       Kolom = "dinas"
	KolomBidang      Kolom = "bidang"
	KolomPagu        Kolom = "pagu"
	KolomRealisasi   Kolom = "realisasi"
	KolomSerapan     Kolom = "serapan"
	KolomIKU         Kolom = "iku"
	KolomCapaian     Kolom = "capaian"
	KolomEfisiensi   Kolom = "efisiensi"
	KolomKesalahan   Kolom = "kesalahan"
	KolomPeringatan  Kolom = "peringatan"
	KolomCatatan     Kolom = "catatan"
	KolomLengkap     Kolom = "lengkap"
	KolomPerhatian   Kolom = "perhatian"
	KolomSubKegiatan Kolom = "sub_kegiatan"
)

// SemuaKolom lists every column [Rekap.Urutkan] accepts.
var SemuaKolom = []Kolom{KolomNo, KolomDinas, KolomBidang, KolomPagu, KolomRealisasi, KolomSerapan, KolomIKU,
	KolomCapaian, KolomEfisiensi, KolomKesalahan, KolomPeringatan, KolomCatatan, KolomLengkap, KolomPerhatian, KolomSubKegiatan}

func banding(a, b decimal.NullDecimal) (int, bool) {
	switch {
	case a.Valid && b.Valid:
		return a.Decimal.Cmp(b.Decimal), true
	case a.Valid == b.Valid:
		return 0, true
	}
	return 0, false
}

func nd(p *decimal.Decimal) decimal.NullDecimal {
	if p == nil {
		return decimal.NullDecimal{}
	}
	return decimal.NullDecimal{Decimal: *p, Valid: true}
}

// Urutkan sorts the rows by a column, ascending or descending (turun); a
// row without the value (no pagu, no capaian, an unreadable file) comes
// last either way, and ties keep the order of the files (No). An unknown
// column is an error and leaves the rows as they are.
func (r *Rekap) Urutkan(k Kolom, turun bool) error {
	if r == nil {
		return fmt.Errorf("rekap: Rekap nil")
	}
	var nilai func(*BarisDinas) decimal.NullDecimal
	var teks func(*BarisDinas) string
	angka := func(f func(*BarisDinas) int) func(*BarisDinas) decimal.NullDecimal {
		return func(b *BarisDinas) decimal.NullDecimal {
			if b.Galat != "" {
				return decimal.NullDecimal{}
			}
			return decimal.NullDecimal{Decimal: decimal.NewFromInt(int64(f(b))), Valid: true}
		}
	}
	switch k {
	case KolomNo:
		nilai = func(b *BarisDinas) decimal.NullDecimal {
			return decimal.NullDecimal{Decimal: decimal.NewFromInt(int64(b.No)), Valid: true}
		}
	case KolomDinas:
		teks = func(b *BarisDinas) string { return normal(b.Dinas) }
	case KolomBidang:
		teks = func(b *BarisDinas) string { return b.Bidang }
	case KolomPagu:
		nilai = func(b *BarisDinas) decimal.NullDecimal { return b.Pagu }
	case KolomRealisasi:
		nilai = func(b *BarisDinas) decimal.NullDecimal { return b.Realisasi }
	case KolomSerapan:
		nilai = func(b *BarisDinas) decimal.NullDecimal { return b.Serapan }
	case KolomCapaian:
		nilai = func(b *BarisDinas) decimal.NullDecimal { return nd(b.Capaian) }
	case KolomEfisiensi:
		nilai = func(b *BarisDinas) decimal.NullDecimal { return nd(b.Efisiensi) }
	case KolomIKU:
		nilai = angka(func(b *BarisDinas) int { return b.JumlahIKU })
	case KolomSubKegiatan:
		nilai = angka(func(b *BarisDinas) int { return b.SubKegiatan })
	case KolomKesalahan:
		nilai = angka(func(b *BarisDinas) int { return b.Kesalahan })
	case KolomPeringatan:
		nilai = angka(func(b *BarisDinas) int { return b.Peringatan })
	case KolomCatatan:
		nilai = angka(func(b *BarisDinas) int { return b.Catatan })
	case KolomLengkap:
		nilai = angka(func(b *BarisDinas) int { return b.PersenLengkap })
	case KolomPerhatian:
		nilai = angka(func(b *BarisDinas) int { return len(b.Perhatian) })
	default:
		return fmt.Errorf("kolom %q tidak dikenal; pilih salah satu: %s", k, daftarKolom())
	}
	arah := 1
	if turun {
		arah = -1
	}
	slices.SortStableFunc(r.Baris, func(a, b BarisDinas) int {
		if teks != nil {
			ta, tb := teks(&a), teks(&b)
			if (ta == "") != (tb == "") {
				if ta == "" {
					return 1
				}
				return -1
			}
			if c := strings.Compare(ta, tb); c != 0 {
				return arah * c
			}
			return cmp.Compare(a.No, b.No)
		}
		c, ok := banding(nilai(&a), nilai(&b))
		if !ok {
			if nilai(&a).Valid {
				return -1
			}
			return 1
		}
		if c != 0 {
			return arah * c
		}
		return cmp.Compare(a.No, b.No)
	})
	return nil
}

func daftarKolom() string {
	s := make([]string, len(SemuaKolom))
	for i, k := range SemuaKolom {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// Saringan selects rows; every condition set must hold.
type Saringan struct {
	Dinas        string `json:"dinas,omitempty"`         // part of the dinas' name, any case
	Bidang       string `json:"bidang,omitempty"`        // urusan.bidang prefix, e.g. "1.02" or "1"
	Predikat     string `json:"predikat,omitempty"`      // the dinas' predikat, any case
	Perhatian    bool   `json:"perhatian,omitempty"`     // only the dinas that need attention
	BelumLengkap bool   `json:"belum_lengkap,omitempty"` // only incomplete documents
	AdaKesalahan bool   `json:"ada_kesalahan,omitempty"` // only dinas with a kesalahan in their reviu
}

func (s Saringan) cocok(b *BarisDinas) bool {
	if s.Dinas != "" && !strings.Contains(normal(b.Dinas), normal(s.Dinas)) {
		return false
	}
	if s.Bidang != "" && !(b.Bidang == s.Bidang || strings.HasPrefix(b.Bidang, s.Bidang+".")) {
		return false
	}
	if s.Predikat != "" && normal(b.Predikat) != normal(s.Predikat) {
		return false
	}
	if s.Perhatian && len(b.Perhatian) == 0 {
		return false
	}
	if s.BelumLengkap && b.Lengkap {
		return false
	}
	if s.AdaKesalahan && b.Kesalahan == 0 {
		return false
	}
	return true
}

// Saring returns a rekap of the rows that match s, with the totals of
// those rows; the cross-dinas findings are those about the rows kept.
// r is not changed.
func (r *Rekap) Saring(s Saringan) *Rekap {
	if r == nil {
		return nil
	}
	out := *r
	out.Saringan = &s
	out.Baris = nil
	simpan := map[string]bool{}
	for i := range r.Baris {
		if b := &r.Baris[i]; s.cocok(b) {
			out.Baris = append(out.Baris, *b)
			simpan[lokasi(b).Bagian+"|"+lokasi(b).Tabel] = true
		}
	}
	out.Temuan = nil
	for _, t := range r.Temuan {
		if simpan[t.Lokasi.Bagian+"|"+t.Lokasi.Tabel] || t.Lokasi.Bagian == "Rekap kabupaten" || (t.Kode == TemuanSubKegiatanGanda && menyebut(t.Tercetak, out.Baris)) {
			out.Temuan = append(out.Temuan, t)
		}
	}
	out.Jumlah = jumlahkan(out.Baris, r.Predikat, r.Opsi.LKIP)
	return &out
}

// Perhatian returns the rows that need attention, most urgent first: the
// most reasons, then the most kesalahan, then the lowest serapan, then
// file order.
func (r *Rekap) Perhatian() []BarisDinas {
	if r == nil {
		return nil
	}
	var out []BarisDinas
	for _, b := range r.Baris {
		if len(b.Perhatian) > 0 {
			out = append(out, b)
		}
	}
	slices.SortStableFunc(out, func(a, b BarisDinas) int {
		if c := cmp.Compare(len(b.Perhatian), len(a.Perhatian)); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Kesalahan, a.Kesalahan); c != 0 {
			return c
		}
		if c, ok := banding(a.Serapan, b.Serapan); ok && c != 0 {
			return c
		} else if !ok {
			if a.Serapan.Valid {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.No, b.No)
	})
	return out
}

// Kesalahan reports whether the rekap has a kesalahan: a cross-dinas
// finding or one in a dinas' reviu.
func (r *Rekap) Kesalahan() bool {
	if r == nil {
		return false
	}
	for _, t := range r.Temuan {
		if t.Tingkat == anggaran.Kesalahan {
			return true
		}
	}
	for _, b := range r.Baris {
		if b.Kesalahan > 0 {
			return true
		}
	}
	return false
}

// menyebut reports whether the list of dinas names "A; B" names a dinas
// of bs.
func menyebut(daftar string, bs []BarisDinas) bool {
	for _, n := range strings.Split(daftar, "; ") {
		for i := range bs {
			if bs[i].Dinas == n {
				return true
			}
		}
	}
	return false
}
