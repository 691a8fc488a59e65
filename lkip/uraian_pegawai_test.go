package lkip

import "testing"

// TestUraianPegawai: a quoted staff figure is named in findings by the
// names the document prints, not by its keys.
func TestUraianPegawai(t *testing.T) {
	pns := []KelompokPegawai{{ID: "pns", Nama: "Pegawai Negeri Sipil (PNS)", Rincian: []RincianPegawai{
		{ID: "jenis_kelamin", Nama: "Jenis kelamin", Butir: []ButirPegawai{{ID: "laki_laki", Nama: "laki-laki"}, {ID: "perempuan", Nama: "perempuan"}}},
		{ID: "penyetaraan", Nama: "Penyetaraan jabatan", Butir: []ButirPegawai{{ID: "struktural", Nama: "tetap struktural"}}},
	}}}
	for _, c := range []struct{ kunci, kolom, want string }{
		{"pns", "", "Pegawai Negeri Sipil (PNS)"},
		{"pns", "jumlah", "Pegawai Negeri Sipil (PNS)"},
		{"pns", "jenis_kelamin.laki_laki", "Pegawai Negeri Sipil (PNS) laki-laki"},
		{"pns", "struktural", "Pegawai Negeri Sipil (PNS) tetap struktural"},
		{"pns", "jenis_kelamin.lain_lain", "Pegawai Negeri Sipil (PNS) jenis kelamin lain lain"},
		{"pppk", "laki_laki", "pppk laki laki"},
	} {
		if got := uraianPegawai(pns, c.kunci, c.kolom); got != c.want {
			t.Errorf("uraianPegawai(%q, %q) = %q, want %q", c.kunci, c.kolom, got, c.want)
		}
	}
}
