package lkip

import (
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
)

func TestTahunLaporan(t *testing.T) {
	for _, tc := range []struct {
		nama string
		d    *Dokumen
		want int
	}{
		{"nil", nil, 0},
		{"kosong", &Dokumen{}, 0},
		{"identitas dulu", &Dokumen{Identitas: Identitas{Tahun: 2022}, Anggaran: &anggaran.Anggaran{Tahun: 2021}, Kinerja: &kinerja.Dokumen{Tahun: 2020}}, 2022},
		{"kinerja sebelum anggaran", &Dokumen{Anggaran: &anggaran.Anggaran{Tahun: 2021}, Kinerja: &kinerja.Dokumen{Tahun: 2020}}, 2020},
		{"kinerja tanpa tahun", &Dokumen{Anggaran: &anggaran.Anggaran{Tahun: 2021}, Kinerja: &kinerja.Dokumen{}}, 2021},
		{"anggaran", &Dokumen{Anggaran: &anggaran.Anggaran{Tahun: 2021}}, 2021},
		{"kinerja", &Dokumen{Kinerja: &kinerja.Dokumen{Tahun: 2020}}, 2020},
	} {
		if got := tc.d.TahunLaporan(); got != tc.want {
			t.Errorf("%s: TahunLaporan() = %d, want %d", tc.nama, got, tc.want)
		}
	}
}
