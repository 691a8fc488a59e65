package lkip

import (
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// TestIsianPulang follows a typed figure as the PWA handles it: read with
// anggaran.ParseIsian in the Indonesian notation, put into the document,
// shown, saved (Encode), reloaded (Parse) and shown again. The value and
// the text shown must be the same after the reload (issue 10, item 2).
func TestIsianPulang(t *testing.T) {
	const g = anggaran.GayaIndonesia
	d0 := Contoh()
	daun := -1
	for i, r := range d0.Anggaran.Rincian {
		if r.Realisasi.Valid && r.Kode.Jenjang() == anggaran.JenjangSubKegiatan {
			daun = i
			break
		}
	}
	if daun < 0 || len(d0.Kinerja.Indikator) == 0 || len(d0.Kinerja.Indikator[0].Tahun) == 0 {
		t.Fatal("the sample has no sub kegiatan with a realisasi or no indicator year")
	}
	jenisIndikator := anggaran.JenisBilangan
	if d0.Kinerja.Indikator[0].Jenis == kinerja.Persentase {
		jenisIndikator = anggaran.JenisPersen
	}
	for _, c := range []struct {
		nama  string
		jenis anggaran.Jenis
		set   func(*Dokumen, decimal.Decimal, string)
		get   func(*Dokumen) (decimal.Decimal, bool)
		teks  []string
	}{
		{"anggaran realisasi", anggaran.JenisRupiah,
			func(d *Dokumen, v decimal.Decimal, _ string) {
				d.Anggaran.Rincian[daun].Realisasi = anggaran.RupiahDariDesimal(anggaran.Ada(v))
			},
			func(d *Dokumen) (decimal.Decimal, bool) {
				r := d.Anggaran.Rincian[daun].Realisasi
				return r.Rupiah.Decimal(), r.Valid
			},
			[]string{"58.180.100,12", "58.180.100,1", "1.500", "1,5", "0,05", "Rp 1.987.663,-", "-", "9.999.999.999.999.999,99"}},
		{"kinerja realisasi", jenisIndikator,
			func(d *Dokumen, v decimal.Decimal, teks string) {
				d.Kinerja.Indikator[0].Tahun[0].Realisasi = &kinerja.Angka{Nilai: v, Teks: teks}
			},
			func(d *Dokumen) (decimal.Decimal, bool) {
				a := d.Kinerja.Indikator[0].Tahun[0].Realisasi
				if a == nil {
					return decimal.Decimal{}, false
				}
				return a.Nilai, true
			},
			[]string{"98,42", "1.500", "1,5", "0,25", "-2,5", "100"}},
		// A figure quoted in the narrative (lkip.Angka), typed the
		// Indonesian way: "1.500" % is fifteen hundred, which the file's
		// own rule for a quoted percentage would refuse as ambiguous.
		{"kutipan persen fisik", anggaran.JenisPersen,
			func(d *Dokumen, v decimal.Decimal, teks string) {
				d.Kutipan.Angka = append(d.Kutipan.Angka, AngkaKutipan{Tempat: "ikhtisar", Sumber: "anggaran", Kunci: "persen_fisik", Nilai: &Angka{Nilai: v, Teks: teks}})
			},
			func(d *Dokumen) (decimal.Decimal, bool) {
				_, q := kutipanDi(d, "ikhtisar", "anggaran", "persen_fisik")
				a := q.Nilai
				if a == nil {
					return decimal.Decimal{}, false
				}
				return a.Nilai, true
			},
			[]string{"98,42", "1.500", "1,5", "100"}},
	} {
		for _, s := range c.teks {
			v, err := anggaran.ParseIsian(s, c.jenis, g)
			if err != nil {
				t.Errorf("%s: ParseIsian(%q): %v", c.nama, s, err)
				continue
			}
			d := Contoh()
			c.set(d, v, s)
			tampil := anggaran.FormatIsian(v, c.jenis, g)
			f, err := d.Encode()
			if err != nil {
				t.Errorf("%s %q: Encode: %v", c.nama, s, err)
				continue
			}
			d2, err := Parse(f, "simpan.json")
			if err != nil {
				t.Errorf("%s %q: the saved document does not open again: %v", c.nama, s, err)
				continue
			}
			v2, ok := c.get(d2)
			if !ok || !v2.Equal(v) {
				t.Errorf("%s %q: typed %v, after the reload %v (%v)", c.nama, s, v, v2, ok)
				continue
			}
			if got := anggaran.FormatIsian(v2, c.jenis, g); got != tampil {
				t.Errorf("%s %q: shown %q, after the reload %q", c.nama, s, tampil, got)
			}
		}
	}
}
