package impor_test

import (
	"fmt"

	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/lkip/impor"
)

// A realisation sheet without codes into a new document: the mapping the
// header proposes, the preview row by row, then the new document.
func Example() {
	csv := "Program/Kegiatan/Sub Kegiatan;Pagu Anggaran (Rp);Realisasi (Rp)\n" +
		"Program Perlindungan dan Jaminan Sosial;–;–\n" +
		"Kegiatan Pengelolaan Data Fakir Miskin;;\n" +
		"Sub Kegiatan Pengumpulan Data;10.000.000;9.500.000\n" +
		"Sub Kegiatan Tanpa Angka;abc;0\n" +
		"Jumlah;10.000.000;9.000.000\n"
	ls, err := impor.Baca("realisasi.csv", []byte(csv))
	if err != nil {
		fmt.Println(err)
		return
	}
	u := impor.Usulkan(ls[0])
	fmt.Println(u.Jenis, u.Kolom)
	h, err := impor.Susun(ls[0], u, impor.Opsi{Tahun: 2024})
	if err != nil {
		fmt.Println(err)
		return
	}
	d, _ := lkip.Baru("Kabupaten Flores Timur", "Dinas Sosial", "1.06", 2024)
	p, _ := impor.Pratinjau(d, h)
	for _, b := range p.Baris {
		fmt.Println(b)
	}
	for _, s := range p.Selisih {
		fmt.Println(s)
	}
	baru, _ := impor.Terapkan(d, h)
	fmt.Println(len(baru.Anggaran.Rincian), "baris;", "dokumen lama:", d.Anggaran == nil || len(d.Anggaran.Rincian) == 0)
	// Output:
	// tabel anggaran (program, kegiatan, sub kegiatan) [uraian pagu realisasi]
	// baris 2, program «Program Perlindungan dan Jaminan Sosial»: ditambah
	// baris 3, kegiatan «Kegiatan Pengelolaan Data Fakir Miskin»: ditambah
	// baris 4, sub kegiatan «Sub Kegiatan Pengumpulan Data»: ditambah
	// baris 5, sub kegiatan «Sub Kegiatan Tanpa Angka»: ditolak — kolom pagu (setelah perubahan): "abc" bukan angka rupiah yang sah: mengandung karakter 'a'
	// baris 6, baris jumlah: ditambah
	// kesalahan: Tabel 3.2, baris Jumlah, kolom realisasi: realisasi jumlah tercetak tidak sama dengan jumlah rinciannya (tercetak Rp 9.000.000; terhitung Rp 9.500.000)
	// 3 baris; dokumen lama: true
}
