package lkip

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// TestPeriksaPKKendaraan: the PK of the seed targets the maintenance of 11
// vehicles while Tabel 1.3 lists 7; other data balance or are not checked.
func TestPeriksaPKKendaraan(t *testing.T) {
	baris := func(sub, satuan string, target int64) kinerja.BarisPK {
		return kinerja.BarisPK{Indikator: "Jumlah kendaraan yang dipelihara", SubKegiatan: sub, Satuan: satuan,
			Target: &kinerja.Angka{Nilai: decimal.NewFromInt(target)}}
	}
	aset := func(kode string, n int) Aset { return Aset{KodeBarang: kode, Nama: "x", Jumlah: n} }
	for _, tc := range []struct {
		nama string
		ubah func(d *Dokumen)
		want []string // tercetak, terhitung, path of the finding; nil: none
	}{
		{"seed", nil, []string{"11 unit", "7 kendaraan", "kinerja.perjanjian_kinerja.baris[15].target"}},
		{"kendaraan lengkap", func(d *Dokumen) {
			d.Profil.Aset.Baris = append(d.Profil.Aset.Baris, aset("1.3.2.02.001.001.006", 4))
		}, nil},
		{"tanpa tabel aset", func(d *Dokumen) { d.Profil.Aset.Baris = nil }, nil},
		{"dua sub kegiatan dijumlah", func(d *Dokumen) {
			d.Kinerja.PerjanjianKinerja.Baris = []kinerja.BarisPK{baris("1.06.01.2.09.02", "Unit", 5), baris("1.06.01.2.09.01", "unit", 3), baris("1.06.01.2.09.02", "Unit", 4)}
		}, []string{"8 unit", "7 kendaraan", "kinerja.perjanjian_kinerja.baris[0].target"}},
		{"satuan lain", func(d *Dokumen) {
			d.Kinerja.PerjanjianKinerja.Baris = []kinerja.BarisPK{baris("1.06.01.2.09.02", "Kali", 12)}
		}, nil},
		{"satuan kendaraan", func(d *Dokumen) {
			d.Kinerja.PerjanjianKinerja.Baris = []kinerja.BarisPK{baris("1.06.01.2.09.02", "Kendaraan", 9)}
		}, []string{"9 kendaraan", "7 kendaraan", "kinerja.perjanjian_kinerja.baris[0].target"}},
		{"tanpa satuan", func(d *Dokumen) {
			d.Kinerja.PerjanjianKinerja.Baris = []kinerja.BarisPK{baris("1.06.01.2.09.01", "", 8)}
		}, []string{"8", "7 kendaraan", "kinerja.perjanjian_kinerja.baris[0].target"}},
		{"persen", func(d *Dokumen) {
			d.Kinerja.PerjanjianKinerja.Baris = []kinerja.BarisPK{baris("1.06.01.2.09.02", "%", 100)}
		}, nil},
		{"sub kegiatan lain", func(d *Dokumen) {
			d.Kinerja.PerjanjianKinerja.Baris = []kinerja.BarisPK{baris("1.06.01.2.09.09", "Unit", 12), baris("1.06.02.2.09.02.01", "Unit", 12)}
		}, nil},
		{"bukan kode kendaraan", func(d *Dokumen) {
			d.Profil.Aset.Baris = []Aset{aset("1.3.2.10.001.002.002", 20)}
		}, []string{"11 unit", "0 kendaraan", "kinerja.perjanjian_kinerja.baris[15].target"}},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			d := Contoh()
			if tc.ubah != nil {
				tc.ubah(d)
			}
			l, err := Compute(d, DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, x := range l.Temuan {
				if x.Kode == TemuanPKKendaraan {
					got = append(got, x.Tercetak, x.Terhitung, x.Lokasi.Path)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
