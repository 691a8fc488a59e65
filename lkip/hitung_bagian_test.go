package lkip

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/kinerja"
)

// bagianHitung are the figures an editor shows, compared between the
// incremental entries and Compute.
type bagianHitung struct {
	Jumlah  anggaran.Baris
	Belanja []anggaran.JumlahRekening
	Dinas   kinerja.Agregat
	Sasaran []kinerja.Agregat
}

func ringkasBagian(p *anggaran.Pohon, b *anggaran.PohonRekening, k *kinerja.Hasil) bagianHitung {
	var h bagianHitung
	if p != nil {
		h.Jumlah = p.Jumlah()
	}
	if b != nil {
		h.Belanja = b.Rekening
	}
	if k != nil {
		h.Dinas, h.Sasaran = k.Dinas, k.Sasaran
	}
	return h
}

// TestComputeBagian checks that ComputeAnggaran and ComputeKinerja give
// what Compute gives, on the sample, after an edit of a realisasi (which
// changes the efficiency of the kinerja section), on a document without a
// year in its identitas, and on a document without sections.
func TestComputeBagian(t *testing.T) {
	tests := []struct {
		nama string
		ubah func(d *Dokumen)
	}{
		{"contoh", func(d *Dokumen) {}},
		{"realisasi diubah", func(d *Dokumen) {
			for i, r := range d.Anggaran.Rincian {
				if r.Realisasi.Valid {
					d.Anggaran.Rincian[i].Realisasi = anggaran.RupiahDariDesimal(anggaran.Ada(r.Realisasi.Rupiah.Decimal().Shift(-1)))
				}
			}
		}},
		{"tanpa tahun", func(d *Dokumen) { d.Identitas.Tahun = 0 }},
		{"tanpa bagian", func(d *Dokumen) { d.Anggaran, d.Kinerja = nil, nil }},
	}
	for _, tc := range tests {
		t.Run(tc.nama, func(t *testing.T) {
			d, err := Parse(sampel.FlotimDinsos2022, "")
			if err != nil {
				t.Fatal(err)
			}
			tc.ubah(d)
			o := DefaultOpsi()
			l, err := Compute(d, o)
			if err != nil {
				t.Fatal(err)
			}
			p, b := ComputeAnggaran(d, o)
			k := ComputeKinerja(d, o, p)
			if (p == nil) != (l.Pohon == nil) || (b == nil) != (l.Belanja == nil) || (k == nil) != (l.Kinerja == nil) {
				t.Fatalf("sections present: got %v %v %v, Compute %v %v %v", p != nil, b != nil, k != nil, l.Pohon != nil, l.Belanja != nil, l.Kinerja != nil)
			}
			if diff := cmp.Diff(ringkasBagian(l.Pohon, l.Belanja, l.Kinerja), ringkasBagian(p, b, k)); diff != "" {
				t.Errorf("incremental entries differ from Compute (-Compute +incremental):\n%s", diff)
			}
		})
	}
}

// BenchmarkComputeBagian is what an editor recomputes on a keystroke in a
// budget figure of a kabupaten-sized budget (8,000 sub kegiatan): the tree,
// the belanja table and the scores, beside the whole Compute.
func BenchmarkComputeBagian(b *testing.B) {
	d, err := Parse(sampel.FlotimDinsos2022, "")
	if err != nil {
		b.Fatal(err)
	}
	d.Anggaran.Rincian, d.Anggaran.Jumlah, d.Anggaran.PerjanjianKinerja = sampel.AnggaranUji(40, 10, 20), nil, nil
	o := DefaultOpsi()
	b.Run("bagian", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			p, _ := ComputeAnggaran(d, o)
			ComputeKinerja(d, o, p)
		}
	})
	b.Run("Compute", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := Compute(d, o); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestComputeAngkaReviu checks that ComputeAngka gives Compute's figures
// without the reviu and that ComputeReviu then gives what Compute gives,
// leaving the figures-only report as it was, on the sample and on a
// document with the reviu's answers (tanggapan) removed.
func TestComputeAngkaReviu(t *testing.T) {
	for _, tc := range []struct {
		nama string
		ubah func(d *Dokumen)
	}{
		{"contoh", func(d *Dokumen) {}},
		{"tanpa tanggapan", func(d *Dokumen) { d.Tanggapan = nil }},
		{"tanpa bagian", func(d *Dokumen) { d.Anggaran, d.Kinerja = nil, nil }},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			d, err := Parse(sampel.FlotimDinsos2022, "")
			if err != nil {
				t.Fatal(err)
			}
			tc.ubah(d)
			o := DefaultOpsi()
			penuh, err := Compute(d, o)
			if err != nil {
				t.Fatal(err)
			}
			angka, err := ComputeAngka(d, o)
			if err != nil {
				t.Fatal(err)
			}
			if len(angka.Temuan) != 0 || len(angka.Ditanggapi) != 0 || angka.Ringkasan.Kesalahan+angka.Ringkasan.Peringatan+angka.Ringkasan.Catatan != 0 {
				t.Errorf("ComputeAngka has a reviu: %d findings, %d answered", len(angka.Temuan), len(angka.Ditanggapi))
			}
			want := penuh.Ringkasan
			want.Kesalahan, want.Peringatan, want.Catatan = 0, 0, 0
			if diff := cmp.Diff(want, angka.Ringkasan); diff != "" {
				t.Errorf("ComputeAngka's figures differ from Compute's (-Compute +ComputeAngka):\n%s", diff)
			}
			lengkap := ComputeReviu(angka)
			if len(angka.Temuan) != 0 || angka.Ringkasan.Catatan+angka.Ringkasan.Peringatan+angka.Ringkasan.Kesalahan != 0 {
				t.Error("ComputeReviu changed the report it was given")
			}
			if len(penuh.Temuan) == 0 && tc.nama != "tanpa bagian" {
				t.Fatal("the sample has no findings: the test cannot tell")
			}
			if diff := cmp.Diff(penuh.Ringkasan, lengkap.Ringkasan); diff != "" {
				t.Errorf("ComputeReviu's summary differs from Compute's (-Compute +ComputeReviu):\n%s", diff)
			}
			if diff := cmp.Diff(penuh.Temuan, lengkap.Temuan); diff != "" {
				t.Errorf("ComputeReviu's findings differ from Compute's (-Compute +ComputeReviu):\n%s", diff)
			}
			if diff := cmp.Diff(penuh.Ditanggapi, lengkap.Ditanggapi); diff != "" {
				t.Errorf("ComputeReviu's answered findings differ from Compute's (-Compute +ComputeReviu):\n%s", diff)
			}
		})
	}
}
