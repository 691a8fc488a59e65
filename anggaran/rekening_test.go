package anggaran_test

import (
	"testing"

	"github.com/pemkab/sakip/anggaran"
)

// TestRekeningBaku: the standard names to level 4 and what CocokNama
// tolerates (case, punctuation, a missing "Belanja" or "Belanja Modal").
func TestRekeningBaku(t *testing.T) {
	for _, c := range []struct {
		kode, nama string // nama "" when the list has no name
	}{
		{"5", "Belanja Daerah"},
		{"5.1.01", "Belanja Pegawai"},
		{"5.1.01.01", "Belanja Gaji dan Tunjangan ASN"},
		{"5.1.01.03", "Tambahan Penghasilan berdasarkan Pertimbangan Objektif Lainnya ASN"},
		{"5.1.02.01", "Belanja Barang"},
		{"5.1.02.04", "Belanja Perjalanan Dinas"},
		{"5.1.02.05", "Belanja Uang dan/atau Jasa untuk Diberikan kepada Pihak Ketiga/Pihak Lain/Masyarakat"},
		{"5.1.06", "Belanja Bantuan Sosial"},
		{"5.2.02.10", "Belanja Modal Komputer"},
		{"5.2.03.01", "Belanja Modal Bangunan Gedung"},
		{"5.3.01", "Belanja Tidak Terduga"},
		{"5.4.02", "Belanja Bantuan Keuangan"},
		{"5.1.06.01", ""},    // objek of Bantuan Sosial: not certain, not listed
		{"5.1.02.01.01", ""}, // rincian objek
		{"5.5", ""},          // no such kelompok
		{"4.1.01", ""},       // pendapatan, not belanja
		{"5.2.02.09", ""},    // not listed
		{"5.1.01.01.01.0001", ""},
	} {
		got, ok := anggaran.MustKodeRekening(c.kode).NamaBaku()
		if got != c.nama || ok != (c.nama != "") {
			t.Errorf("%s.NamaBaku() = %q, %v; want %q", c.kode, got, ok, c.nama)
		}
	}
	for _, c := range []struct {
		kode, nama string
		cocok      bool
	}{
		{"5.1.02.01", "Belanja Barang", true},
		{"5.1.02.01", "BELANJA BARANG", true},
		{"5.1.02.01", "Belanja Jasa", false},
		{"5.1.02.02", "Jasa", true},
		{"5.2.02.10", "Belanja Komputer", true},
		{"5.2.02.10", "Komputer", true},
		{"5.2.02.10", "Belanja Modal Alat Kantor dan Rumah Tangga", false},
		{"5.2.02.06", "Belanja Modal Alat Studio Komunikasi dan Pemancar", true},
		{"5.1.01.02", "Belanja Tambahan Penghasilan ASN", true},
		{"5.2.01", "Belanja Tanah", true},
		{"5.1.06.01", "apa saja", true}, // no standard name
	} {
		if got := anggaran.MustKodeRekening(c.kode).CocokNama(c.nama); got != c.cocok {
			t.Errorf("%s.CocokNama(%q) = %v, want %v", c.kode, c.nama, got, c.cocok)
		}
	}
}
