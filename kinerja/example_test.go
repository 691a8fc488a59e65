package kinerja_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

const bagian = `{
  "tahun": 2022,
  "sasaran": [{"id": "SS1", "nomor": "1", "uraian": "Meningkatnya kesejahteraan sosial PMKS"}],
  "indikator": [
    {"id": "IKU3", "nomor": "3", "nama": "Persentase PMKS yang memperoleh bantuan sosial",
     "sasaran": "SS1", "iku": true, "satuan": "%",
     "rumus": {"teks": "a / b x 100%", "pembilang": "PMKS yang memperoleh bantuan", "penyebut": "PMKS yang seharusnya memperoleh bantuan"},
     "target_akhir": "70",
     "tahun": [
       {"tahun": 2021, "target": "65,55", "realisasi": "63,04"},
       {"tahun": 2022, "sumber": "Tabel 3.1", "target": "65,65", "realisasi": "107,9", "pembilang": "181.395", "penyebut": "168.010"}
     ]},
    {"id": "IKU7", "nomor": "7", "nama": "Angka stunting", "sasaran": "SS1", "iku": true, "satuan": "%", "polaritas": "negatif",
     "tahun": [{"tahun": 2022, "target": "20", "realisasi": "0"}]}
  ]
}`

func ExampleParse() {
	d, err := kinerja.Parse([]byte(bagian))
	if err != nil {
		fmt.Println(err)
		return
	}
	ind := d.Indikator[0]
	r := ind.DataPada(2022).Realisasi
	fmt.Println(ind.ID, ind.Jenis, ind.Polaritas, r.Teks, r.Nilai, r.Desimal())

	_, err = kinerja.Parse([]byte(`{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "satuan": "%",
	  "tahun": [{"tahun": 2022, "target": "6,7,7"}]}]}`))
	fmt.Println(err)
	// Output:
	// IKU3 persentase positif 107,9 107.9 1
	// baris 2: indikator[0].tahun[0].target: "6,7,7" bukan persentase yang sah: pengelompokan ribuan tidak teratur
}

func ExampleParseBerkas() {
	d, err := kinerja.ParseBerkas(sampel.FlotimDinsos2022)
	if err != nil {
		fmt.Println(err)
		return
	}
	iku := 0
	for _, ind := range d.Indikator {
		if ind.IKU {
			iku++
		}
	}
	fmt.Println(d.Tahun, d.Renstra.Visi)
	fmt.Println(iku, "IKU,", len(d.PerjanjianKinerja.Baris), "baris PK")
	// Output:
	// 2022 Terwujudnya Masyarakat Penyandang Masalah Kesejahteraan Sosial (PMKS) Yang Bahagia dan Sejahtera.
	// 9 IKU, 41 baris PK
}

func ExampleCompute() {
	d, _ := kinerja.Parse([]byte(bagian))
	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, nil)
	for _, hi := range h.Indikator {
		s := hi.Pada(2022)
		fmt.Printf("%s: capaian %s (%s), realisasi menurut rumus %v\n", hi.ID, s.Capaian.Nilai, s.Predikat, s.RealisasiRumus)
	}
	s := h.Indikator[0].Pada(2022)
	fmt.Printf("dari %d: realisasi %+v poin, %s\n", s.Perubahan.DariTahun, s.Perubahan.Realisasi, s.Perubahan.Arah)
	fmt.Println("kemajuan terhadap target akhir:", h.Indikator[0].Kemajuan.Nilai)
	fmt.Println("sasaran:", h.Sasaran[0].Capaian.Nilai, h.Sasaran[0].Predikat)
	// Output:
	// IKU3: capaian 164.36 (Sangat Tinggi), realisasi menurut rumus 107.97
	// IKU7: capaian 200 (Sangat Tinggi), realisasi menurut rumus <nil>
	// dari 2021: realisasi 44.86 poin, membaik
	// kemajuan terhadap target akhir: 154.14
	// sasaran: 182.18 Sangat Tinggi
}

func ExampleCompute_batas() {
	d, _ := kinerja.Parse([]byte(bagian))
	nol, atas := decimal.NewFromInt(0), decimal.NewFromInt(120)
	o := kinerja.Opsi{Batas: &kinerja.Batas{Bawah: &nol, Atas: &atas}, Skala: kinerja.SkalaPK()}
	h := kinerja.Compute(d, 2022, o, nil)
	c := h.Indikator[1].Pada(2022).Capaian
	fmt.Println(c.Nilai, c.SebelumBatas, c.Dibatasi())
	fmt.Println(h.Sasaran[0].Capaian.Nilai, h.Sasaran[0].Predikat)
	// Output:
	// 120 200 true
	// 120 Sangat Berhasil
}

// A SumberAnggaran gives the budget per code; anggaran's computed tree
// (*anggaran.Pohon) is one. Here a map stands in for it.
type anggaranPalsu map[string][2]int64

func (a anggaranPalsu) PaguRealisasi(kode string) (decimal.Decimal, decimal.Decimal, bool) {
	v, ok := a[kode]
	return decimal.NewFromInt(v[0]), decimal.NewFromInt(v[1]), ok
}

func ExampleSumberAnggaran() {
	d, _ := kinerja.Parse([]byte(bagian))
	d.Sasaran[0].Anggaran = []string{"1.06.02"}
	sumber := anggaranPalsu{"1.06.02": {5_829_141_600, 5_795_088_800}}
	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, sumber)
	e := h.Sasaran[0].Efisiensi
	fmt.Printf("capaian %s%%, penyerapan %s%%, selisih %s poin: %s\n", h.Sasaran[0].Capaian.Nilai, e.Penyerapan, e.Selisih, e.Kelas)
	// Output:
	// capaian 182.18%, penyerapan 99.42%, selisih 82.76 poin: efisien
}

func ExampleCheck() {
	d, _ := kinerja.Parse([]byte(bagian))
	for _, t := range kinerja.Check(d, 2022, kinerja.Opsi{}) {
		fmt.Printf("%s %s %s [%s|%s]\n", t.Kode, t.Tingkat, t.Lokasi.Path, t.Tercetak, t.Terhitung)
	}
	// Output:
	// kinerja/sasaran-renstra catatan sasaran[0].renstra [|]
	// kinerja/realisasi-dipotong peringatan indikator[0].tahun[1].realisasi [107,9%|107,97%]
	// kinerja/persentase-lebih-100 peringatan indikator[0].tahun[1].realisasi [107,9%|paling tinggi 100%]
	// kinerja/rumus-kosong peringatan indikator[1].rumus [|]
	// kinerja/target-akhir catatan indikator[1].target_akhir [|]
	// kinerja/target-kosong peringatan indikator[1].tahun [|]
	// kinerja/pk-kosong catatan perjanjian_kinerja [|]
}

// A minus sign typed by mistake is a finding, and nothing is computed
// from the figure: no capaian, no implied penyebut.
func ExampleCheck_negatif() {
	d, _ := kinerja.Parse([]byte(`{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "Meningkatnya pelayanan sosial"}],
	  "indikator": [{"id": "A", "nama": "Persentase PMKS yang memperoleh bantuan sosial", "sasaran": "S", "satuan": "%", "rumus": {"pembilang": "Jumlah PMKS yang diberikan bantuan", "penyebut": "Jumlah PMKS"},
	  "tahun": [{"tahun": 2022, "target": "6,77", "realisasi": "-53,3", "pembilang": "181.395"}]}]}`))
	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, nil)
	fmt.Println(h.Indikator[0].Pada(2022).Capaian.Alasan)
	for _, t := range h.Temuan {
		fmt.Printf("%s %s %s\n%s\n", t.Kode, t.Tingkat, t.Lokasi.Path, t.Pesan)
	}
	// Output:
	// realisasi negatif: capaian tidak dapat dihitung
	// kinerja/angka-negatif kesalahan indikator[0].tahun[0].realisasi
	// Realisasi tahun 2022 bernilai negatif (-53,3%); angka kinerja tidak mungkin di bawah nol, kemungkinan tanda minus salah ketik. Capaian tahun 2022 tidak dihitung. Perbandingan dengan rumus dan dengan tahun sebelumnya juga tidak dihitung.
}

func ExampleComputeCapaian() {
	d := func(s string) *decimal.Decimal { v := decimal.RequireFromString(s); return &v }
	show := func(c kinerja.Capaian) {
		if c.Nilai == nil {
			fmt.Println("tidak dapat dihitung:", c.Alasan)
			return
		}
		fmt.Println(c.Nilai)
	}
	o := kinerja.Opsi{}
	show(kinerja.ComputeCapaian(d("6.77"), d("53.3"), kinerja.Positif, kinerja.RumusBawaan, o))
	show(kinerja.ComputeCapaian(d("20"), d("15"), kinerja.Negatif, kinerja.RumusBawaan, o)) // (2T−R)/T
	show(kinerja.ComputeCapaian(d("20"), d("15"), kinerja.Negatif, kinerja.TBagiR, o))
	show(kinerja.ComputeCapaian(d("0"), d("5"), kinerja.Positif, kinerja.RumusBawaan, o))
	show(kinerja.ComputeCapaian(d("5"), nil, kinerja.Positif, kinerja.RumusBawaan, o))
	show(kinerja.ComputeCapaian(d("6.77"), d("-53.3"), kinerja.Positif, kinerja.RumusBawaan, o)) // a typing error
	potong := kinerja.Opsi{Bulat: &anggaran.Bulat{Desimal: 1, Aturan: anggaran.BulatPotong}}
	show(kinerja.ComputeCapaian(d("3"), d("2"), kinerja.Positif, kinerja.RumusBawaan, potong))
	// Output:
	// 787.3
	// 125
	// 133.33
	// tidak dapat dihitung: target 0: capaian tidak dapat dihitung
	// tidak dapat dihitung: realisasi tidak ada
	// tidak dapat dihitung: realisasi negatif: capaian tidak dapat dihitung
	// 66.6
}

func ExampleRealisasiRumus() {
	p, q := decimal.NewFromInt(181395), decimal.NewFromInt(168010)
	v, ok := kinerja.RealisasiRumus(&p, &q, decimal.NewFromInt(100), kinerja.Opsi{})
	fmt.Println(v, ok)
	// Output: 107.97 true
}

func ExampleSkala_Predikat() {
	s := kinerja.SkalaPermendagri86()
	for _, x := range []string{"50.99", "51", "65.99", "66", "75.99", "76", "90.99", "91", "787.3"} {
		p, _ := s.Predikat(decimal.RequireFromString(x))
		fmt.Printf("%s: %s\n", x, p)
	}
	// Output:
	// 50.99: Sangat Rendah
	// 51: Rendah
	// 65.99: Rendah
	// 66: Sedang
	// 75.99: Sedang
	// 76: Tinggi
	// 90.99: Tinggi
	// 91: Sangat Tinggi
	// 787.3: Sangat Tinggi
}

func ExampleSkalaPANRB88() {
	s := kinerja.SkalaPANRB88()
	for _, x := range []string{"30", "30.01", "80", "80.01", "90", "90.01", "100", "101"} {
		p, ok := s.Predikat(decimal.RequireFromString(x))
		fmt.Println(x, p, ok)
	}
	// Output:
	// 30 D true
	// 30.01 C true
	// 80 BB true
	// 80.01 A true
	// 90 A true
	// 90.01 AA true
	// 100 AA true
	// 101  false
}

func ExampleNewSkala() {
	n := func(s string) *decimal.Decimal { v := decimal.RequireFromString(s); return &v }
	// bands written the way reports print them, 0–50 and 51–100, leave a gap
	_, err := kinerja.NewSkala("pemda", false,
		kinerja.Pita{Bawah: n("0"), Atas: n("50"), Predikat: "Kurang"},
		kinerja.Pita{Bawah: n("51"), Atas: n("100"), Predikat: "Baik"})
	fmt.Println(err)
	s, err := kinerja.NewSkala("pemda", false,
		kinerja.Pita{Atas: n("51"), Predikat: "Kurang"},
		kinerja.Pita{Bawah: n("51"), Predikat: "Baik"})
	p, _ := s.Predikat(decimal.RequireFromString("50.99"))
	fmt.Println(err, p)
	// Output:
	// ada celah antara pita "Kurang" (sampai 50) dan pita "Baik" (mulai 51)
	// <nil> Kurang
}

func ExampleSkalaBernama() {
	s, ok := kinerja.SkalaBernama("pk")
	p, _ := s.Predikat(decimal.NewFromInt(99))
	fmt.Println(s.Nama, ok, p)
	// Output: pk true Berhasil
}

func ExampleNormalizeKode() {
	for _, k := range []string{"1 2 1 6", "2 2 1 1", "1.06.01.2.01.0006", "1.6.1"} {
		fmt.Println(kinerja.NormalizeKode(k, "1.06"))
	}
	// Output:
	// 1.06.01.2.01.06 <nil>
	// 1.06.02.2.01.01 <nil>
	// 1.06.01.2.01.06 <nil>
	//  kode "1.6.1" tidak sah: bagian bidang urusan "6" harus 2 angka
}

func ExampleRenderTabelCapaian() {
	d, _ := kinerja.Parse([]byte(bagian))
	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, nil)
	d.Indikator[0].Rumus.Teks = "" // keep the example short
	kinerja.RenderTabelCapaian(os.Stdout, d, h)
	// Output:
	// ### Tabel 3.1 Capaian IKU Tahun 2022
	//
	// | No. | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Realisasi menurut rumus | Capaian | Predikat | Rumus |
	// |---|---|---|---:|---:|---:|---:|---|---|
	// | 1. | Meningkatnya kesejahteraan sosial PMKS | Persentase PMKS yang memperoleh bantuan sosial | 65,65% | 107,9% | 107,97% | 164,36% | Sangat Tinggi | – |
	// |  |  | Angka stunting | 20% | 0% | – | 200,00% | Sangat Tinggi | – |
	// | Rata-rata capaian sasaran: Meningkatnya kesejahteraan sosial PMKS | | | | | | 182,18% | Sangat Tinggi |  |
	// | **Rata-rata capaian seluruh IKU** | | | | | | **182,18%** | **Sangat Tinggi** |  |
	//
	// Capaian = realisasi / target × 100 (polaritas positif); (2 × target − realisasi) / target × 100 (polaritas negatif), dibulatkan ke 2 desimal; predikat menurut skala permendagri86.
}

func ExampleRenderPerbandingan() {
	d, _ := kinerja.Parse([]byte(bagian))
	d.Indikator = d.Indikator[:1]
	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, nil)
	kinerja.RenderPerbandingan(os.Stdout, d, h)
	// Output:
	// ### Capaian IKU Tahun 2021 dan 2022
	//
	// | No. | Sasaran Strategis | Indikator Kinerja | Target 2021 | Realisasi 2021 | Capaian 2021 | Target 2022 | Realisasi 2022 | Capaian 2022 | Perubahan realisasi | Perubahan capaian | Target akhir Renstra | Kemajuan |
	// |---|---|---|---:|---:|---:|---:|---:|---:|---|---|---:|---:|
	// | 1. | Meningkatnya kesejahteraan sosial PMKS | Persentase PMKS yang memperoleh bantuan sosial | 65,55% | 63,04% | 96,17% | 65,65% | 107,9% | 164,36% | +44,86 poin (membaik) | +68,19 poin | 70% | 154,14% |
	//
	// Perubahan: tahun 2022 dibanding tahun 2021; realisasi dalam poin persentase untuk indikator persentase.
	// Kemajuan: realisasi terakhir terhadap target akhir Renstra, dengan rumus capaian yang sama.
}

func ExampleRenderJSON() {
	d, _ := kinerja.Parse([]byte(bagian))
	d.Indikator = d.Indikator[1:]
	d.Indikator[0].Tahun[0].Target = nil
	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, nil)
	kinerja.RenderJSON(os.Stdout, d, h)
	// Output:
	// [
	//   {
	//     "indikator_id": "IKU7",
	//     "nomor": "7",
	//     "indikator": "Angka stunting",
	//     "sasaran": "Meningkatnya kesejahteraan sosial PMKS",
	//     "iku": true,
	//     "satuan": "%",
	//     "tahun": 2022,
	//     "target": null,
	//     "realisasi": "0",
	//     "realisasi_rumus": null,
	//     "capaian": null,
	//     "predikat": null,
	//     "alasan": "target tidak ada"
	//   }
	// ]
}

func ExampleDaftarCapaian() {
	d, _ := kinerja.ParseBerkas(sampel.FlotimDinsos2022)
	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, nil)
	for _, b := range kinerja.DaftarCapaian(d, h) {
		if b.Tahun == 2022 && b.IKU {
			fmt.Println(b.Nomor, *b.Target, *b.Realisasi, *b.Capaian, *b.Predikat)
		}
	}
	// Output:
	// 1 6.77 53.3 787.30 Sangat Tinggi
	// 2 6.77 1.49 22.01 Sangat Rendah
	// 3 65.65 107.9 164.36 Sangat Tinggi
	// 4 85.55 3.43 4.01 Sangat Rendah
	// 5 55 77 140.00 Sangat Tinggi
	// 6 0.5 0 0.00 Sangat Rendah
	// 7 100 100 100.00 Sangat Tinggi
	// 8 100 100 100.00 Sangat Tinggi
	// 9 5.24 8.6 164.12 Sangat Tinggi
}

func ExampleDokumen_PohonRenstra() {
	d, _ := kinerja.ParseBerkas(sampel.FlotimDinsos2022)
	var tulis func(s *kinerja.Simpul, ind string)
	tulis = func(s *kinerja.Simpul, ind string) {
		if s.Jenis == "indikator" {
			return
		}
		fmt.Println(ind + s.Nomor + " " + s.Uraian)
		for _, a := range s.Anak {
			tulis(a, ind+"  ")
		}
	}
	for _, s := range d.PohonRenstra() {
		tulis(s, "")
	}
	// Output:
	// 1 Selamatkan Orang Muda Flores Timur
	//   1.2 Terselamatkannya orang muda dari masalah sosial budaya
	//     1.2.4 Meningkatnya kesejahteraan sosial penyandang masalah kesejahteraan sosial
	//       1.2.4.1 Meningkatkan pelayanan sosial bagi PMKS
	//         1.2.4.1.1 Peningkatan rehabilitasi sosial, pemberdayaan sosial dan perlindungan sosial terhadap PMKS
	//       1.2.4.2 Meningkatkan peran dan fungsi kelembagaan sosial
	//         1.2.4.2.1 Pendayagunaan dan pemberdayaan lembaga sosial dalam Penanganan PMKS.
}

func ExampleDokumen_MarshalJSON() {
	d, _ := kinerja.Parse([]byte(`{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "satuan": "%",
	  "tahun": [{"tahun": 2022, "target": "6,70", "realisasi": 53.3}]}]}`))
	b, _ := json.Marshal(d)
	fmt.Println(string(b))
	// Output:
	// {"tahun":2022,"indikator":[{"id":"A","nama":"x","satuan":"%","jenis":"persentase","polaritas":"positif","tahun":[{"tahun":2022,"target":"6,70","realisasi":"53.3"}]}]}
}

func ExampleSkala_UnmarshalJSON() {
	var s kinerja.Skala
	err := json.Unmarshal([]byte(`{"nama": "pemda", "pita": [
	  {"atas": "60", "predikat": "Kurang"},
	  {"bawah": "60", "atas": "85,5", "predikat": "Baik"},
	  {"bawah": "85,5", "predikat": "Sangat Baik"}]}`), &s)
	p, _ := s.Predikat(decimal.RequireFromString("85.5"))
	fmt.Println(err, s.Nama, p)
	err = json.Unmarshal([]byte(`{"nama": "pemda", "pita": [{"atas": "60", "predikat": "Kurang"}, {"bawah": "55", "predikat": "Baik"}]}`), &s)
	fmt.Println(err)
	// Output:
	// <nil> pemda Sangat Baik
	// skala "pemda": pita "Kurang" (sampai 60) tumpang tindih dengan pita "Baik" (mulai 55)
}

func ExampleRenderMarkdown() {
	d, _ := kinerja.Parse([]byte(bagian))
	d.Indikator = d.Indikator[:1]
	d.Indikator[0].Rumus.Teks = ""
	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, nil)
	kinerja.RenderMarkdown(os.Stdout, d, h)
	// Output:
	// ### Tabel 3.1 Capaian IKU Tahun 2022
	//
	// | No. | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Realisasi menurut rumus | Capaian | Predikat | Rumus |
	// |---|---|---|---:|---:|---:|---:|---|---|
	// | 1. | Meningkatnya kesejahteraan sosial PMKS | Persentase PMKS yang memperoleh bantuan sosial | 65,65% | 107,9% | 107,97% | 164,36% | Sangat Tinggi | – |
	// | Rata-rata capaian sasaran: Meningkatnya kesejahteraan sosial PMKS | | | | | | 164,36% | Sangat Tinggi |  |
	// | **Rata-rata capaian seluruh IKU** | | | | | | **164,36%** | **Sangat Tinggi** |  |
	//
	// Capaian = realisasi / target × 100 (polaritas positif), dibulatkan ke 2 desimal; predikat menurut skala permendagri86.
	//
	// ### Capaian per Sasaran Tahun 2022
	//
	// | Sasaran | Jumlah IKU | Rata-rata capaian | Predikat |
	// |---|---:|---:|---|
	// | Meningkatnya kesejahteraan sosial PMKS | 1 | 164,36% | Sangat Tinggi |
	// | **Dinas (rata-rata seluruh IKU)** | **1** | **164,36%** | **Sangat Tinggi** |
	//
	// ### Capaian IKU Tahun 2021 dan 2022
	//
	// | No. | Sasaran Strategis | Indikator Kinerja | Target 2021 | Realisasi 2021 | Capaian 2021 | Target 2022 | Realisasi 2022 | Capaian 2022 | Perubahan realisasi | Perubahan capaian | Target akhir Renstra | Kemajuan |
	// |---|---|---|---:|---:|---:|---:|---:|---:|---|---|---:|---:|
	// | 1. | Meningkatnya kesejahteraan sosial PMKS | Persentase PMKS yang memperoleh bantuan sosial | 65,55% | 63,04% | 96,17% | 65,65% | 107,9% | 164,36% | +44,86 poin (membaik) | +68,19 poin | 70% | 154,14% |
	//
	// Perubahan: tahun 2022 dibanding tahun 2021; realisasi dalam poin persentase untuk indikator persentase.
	// Kemajuan: realisasi terakhir terhadap target akhir Renstra, dengan rumus capaian yang sama.
}

func ExampleBarisPK_Program() {
	b := kinerja.BarisPK{Indikator: "Jumlah KK Warga KAT yang didampingi", SubKegiatan: "1.06.02.2.01.01"}
	fmt.Println(b.Program(), b.Kegiatan(), b.SubKegiatan)
	// Output: 1.06.02 1.06.02.2.01 1.06.02.2.01.01
}

func ExampleButir_Induk() {
	for _, n := range []string{"1.2.4.1.1", "1.2.4.1", "1.2", "1"} {
		fmt.Printf("%q → %q\n", n, kinerja.Butir{Nomor: n}.Induk())
	}
	// Output:
	// "1.2.4.1.1" → "1.2.4.1"
	// "1.2.4.1" → "1.2.4"
	// "1.2" → "1"
	// "1" → ""
}

func ExampleSkala_Validate() {
	n := func(s string) *decimal.Decimal { v := decimal.RequireFromString(s); return &v }
	s := kinerja.Skala{Nama: "salah", Pita: []kinerja.Pita{
		{Atas: n("60"), Predikat: "Kurang"},
		{Bawah: n("55"), Predikat: "Baik"},
	}}
	fmt.Println(s.Validate())
	fmt.Println(kinerja.SkalaPermendagri86().Validate())
	// Output:
	// pita "Kurang" (sampai 60) tumpang tindih dengan pita "Baik" (mulai 55)
	// <nil>
}

func ExampleIKUPerSasaran() {
	d, _ := kinerja.ParseBerkas(sampel.FlotimDinsos2022)
	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, nil)
	ss, gs := kinerja.IKUPerSasaran(d, h)
	for i, s := range ss {
		fmt.Printf("%d IKU: %s\n", len(gs[i]), s.Uraian)
	}
	// Output:
	// 3 IKU: Meningkatnya kesejahteraan sosial penyandang masalah kesejahteraan sosial
	// 6 IKU: Meningkatnya peran dan fungsi kelembagaan sosial
}

func ExampleParseSkala() {
	s, err := kinerja.ParseSkala([]byte(`{"nama": "pemda", "pita": [
	  {"atas": "60", "predikat": "Kurang"},
	  {"bawah": "60", "predikat": "Baik"}]}`), "skala.json")
	p, _ := s.Predikat(decimal.RequireFromString("75"))
	fmt.Println(err, s.Nama, p)
	_, err = kinerja.ParseSkala([]byte("{\"nama\": \"pemda\",\n \"pita\": [{\"atas\": \"enam puluh\", \"predikat\": \"Kurang\"}]}"), "skala.json")
	fmt.Println(err)
	// Output:
	// <nil> pemda Baik
	// skala.json: baris 2: pita[0].atas: "enam puluh" bukan persentase yang sah: ada spasi di tengah angka
}
