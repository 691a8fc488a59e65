package kinerja_test

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/kinerja"
)

// A printed Tabel 3.1 as a spreadsheet saves it: the capaian of the first
// IKU is several points off its own target and realisasi, the second is
// a negative indicator scored with the positive formula.
func ExampleParseTabel31() {
	csv := "Sasaran Strategis;Indikator Kinerja;Polaritas;Target;Realisasi;Capaian (%)\n" +
		"Meningkatnya kesejahteraan PMKS;Persentase PMKS tertangani;positif;65,65;60,1;98,55\n" +
		";Angka stunting balita;negatif;10;8;80\n"
	d, err := kinerja.ParseTabel31(strings.NewReader(csv), kinerja.OpsiTabel31{Berkas: "tabel31.csv", Tahun: 2022})
	if err != nil {
		fmt.Println(err)
		return
	}
	h := kinerja.Compute(d, 0, kinerja.Opsi{}, nil)
	for _, hi := range h.Indikator {
		s := hi.Pada(2022)
		fmt.Printf("IKU %s: capaian %s%%, %s\n", hi.Nomor, s.Capaian.Nilai.StringFixed(2), s.Predikat)
	}
	ts, _ := kinerja.SaringTabel31(d, h.Temuan)
	for _, t := range ts {
		fmt.Println(t.Kode, t.Tingkat, t.Tercetak, "→", t.Terhitung)
	}
	// Output:
	// IKU 1: capaian 91.55%, Sangat Tinggi
	// IKU 2: capaian 120.00%, Sangat Tinggi
	// kinerja/capaian-tercetak kesalahan 98,55% → 91,55%
	// kinerja/polaritas-rumus kesalahan 80% → 120%
}

// The notation of each column is decided from its cells; a column that
// can be read both ways throughout is refused.
func ExampleParseTabel31_ambigu() {
	csv := "indikator;target;realisasi\nJumlah penerima;1.200;1.500\n"
	_, err := kinerja.ParseTabel31(strings.NewReader(csv), kinerja.OpsiTabel31{Berkas: "tabel31.csv", Tahun: 2022})
	fmt.Println(err)
	// Output:
	// tabel31.csv: baris 2: kolom target: gaya angka kolom target tidak dapat ditentukan: tidak satu pun angkanya hanya dapat dibaca satu cara, dan "1.200" (baris 2) dapat berarti 1200 (gaya Indonesia: pemisah ribuan) atau 1,2 (gaya Inggris: tanda desimal); 1 angka kolom ini bermakna ganda. Tulis angkanya tanpa pemisah ribuan, atau dengan desimal yang menunjukkan gayanya.
}
