package rekap_test

import (
	"bytes"
	"fmt"

	"github.com/pemkab/sakip/internal/xlsx"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/lkip/rekap"
)

// The rekap of two dinas: the sample, and a new document of Dinas
// Kesehatan that has nothing filled in yet.
func Example() {
	p := rekap.New(rekap.Opsi{})
	p.Tambah("dinsos.json", lkip.Contoh())
	baru, _ := lkip.Baru("Kabupaten Flores Timur", "Dinas Kesehatan", "1.02", 2022)
	p.Tambah("dinkes.json", baru)
	r := p.Rekap()
	fmt.Println(r.Pemda, r.Tahun, r.Jumlah.Dinas, "dinas, serapan", r.Jumlah.Serapan.Decimal)
	for _, b := range r.Perhatian() {
		fmt.Println(b.Dinas, len(b.Perhatian), "alasan, pertama:", b.Perhatian[0].Kode)
	}
	// Output:
	// Kabupaten Flores Timur 2022 2 dinas, serapan 98.42
	// Dinas Sosial 3 alasan, pertama: capaian-tinggi
	// Dinas Kesehatan 1 alasan, pertama: belum-lengkap
}

// Sorting by serapan, lowest first, and keeping the dinas with a
// kesalahan in their reviu.
func ExampleRekap_Urutkan() {
	p := rekap.New(rekap.Opsi{})
	p.Tambah("dinsos.json", lkip.Contoh())
	baru, _ := lkip.Baru("Kabupaten Flores Timur", "Dinas Kesehatan", "1.02", 2022)
	p.Tambah("dinkes.json", baru)
	r := p.Rekap()
	if err := r.Urutkan(rekap.KolomSerapan, false); err != nil {
		fmt.Println(err)
	}
	for _, b := range r.Saring(rekap.Saringan{AdaKesalahan: true}).Baris {
		fmt.Println(b.Dinas, b.Serapan.Decimal, b.Kesalahan)
	}
	fmt.Println(r.Urutkan("warna", false))
	// Output:
	// Dinas Sosial 98.42 5
	// kolom "warna" tidak dikenal; pilih salah satu: no, dinas, bidang, pagu, realisasi, serapan, iku, capaian, efisiensi, kesalahan, peringatan, catatan, lengkap, perhatian, sub_kegiatan
}

// Reading files one at a time: memory holds one document and the rekap.
// A file that cannot be read is a row and a finding, and an error for the
// caller's exit status.
func ExamplePenyusun_TambahBerkas() {
	p := rekap.New(rekap.Opsi{})
	if err := p.TambahBerkas("tidak-ada.json"); err != nil {
		fmt.Println("galat:", err != nil)
	}
	r := p.Rekap()
	fmt.Println(r.Baris[0].Dihitung, r.Temuan[0].Kode, r.Temuan[0].Tingkat)
	// Output:
	// galat: true
	// false rekap/berkas kesalahan
}

// The rekap as an Excel workbook, one sheet per table, figures as numbers.
func ExampleRenderXLSX() {
	p := rekap.New(rekap.Opsi{})
	p.Tambah("dinsos.json", lkip.Contoh())
	var b bytes.Buffer
	if err := rekap.RenderXLSX(&b, p.Rekap()); err != nil {
		fmt.Println(err)
		return
	}
	wb, _ := xlsx.Read(b.Bytes())
	s := wb.Sheets[0]
	pagu, _ := s.Lookup("H3")
	serapan, _ := s.Lookup("J3")
	fmt.Println(s.Name, "|", pagu.Value, pagu.NumFmt, "|", serapan.Value, serapan.NumFmt)
	// Output:
	// Rekap per dinas | 9399497972 #,##0 | 0.9842 0.00%
}
