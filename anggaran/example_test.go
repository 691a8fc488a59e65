package anggaran_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

func ExampleParseRupiah() {
	for _, s := range []string{"9.399.497.972", "2,982,697,372", "Rp. 1.987.663,-", "-", "12,34,5"} {
		d, err := anggaran.ParseRupiah(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d)
	}
	// Output:
	// 9399497972
	// 2982697372
	// 1987663
	// 0
	// "12,34,5" bukan angka rupiah yang sah: pengelompokan ribuan tidak teratur
}

func ExampleParsePersen() {
	for _, s := range []string{"98,42%", "93.6", "1.500", "-"} {
		d, err := anggaran.ParsePersen(s)
		fmt.Println(d, err)
	}
	// Output:
	// 98.42 <nil>
	// 93.6 <nil>
	// 0 "1.500" bukan persentase yang sah: tidak jelas apakah pemisah ribuan atau tanda desimal; tulis misalnya 1500 atau 1,5
	// 0 "-" bukan persentase yang sah: nilai kosong
}

func ExampleFormatRupiah() {
	fmt.Println(anggaran.FormatRupiah(decimal.RequireFromString("9399497972")))
	fmt.Println(anggaran.FormatRupiah(decimal.RequireFromString("1987663.5")))
	fmt.Println(anggaran.FormatPersen(decimal.RequireFromString("98.4166")))
	// Output:
	// Rp 9.399.497.972
	// Rp 1.987.663,50
	// 98,42%
}

// ExampleFormatRupiahNull writes a figure that may be missing: a table
// prints Strip for a missing one.
func ExampleFormatRupiahNull() {
	fmt.Println(anggaran.FormatRupiahNull(anggaran.Ada(decimal.RequireFromString("9399497972"))))
	fmt.Println(anggaran.FormatRupiahNull(decimal.NullDecimal{}))
	fmt.Println(anggaran.FormatPersenNull(anggaran.Ada(decimal.RequireFromString("98.4166"))))
	fmt.Println(anggaran.FormatAngkaNull(anggaran.Ada(decimal.RequireFromString("1500.50")), -1))
	// Output:
	// Rp 9.399.497.972
	// –
	// 98,42%
	// 1.500,5
}

func ExamplePersen() {
	realisasi, pagu := decimal.RequireFromString("9250672850"), decimal.RequireFromString("9399497972")
	p, ok := anggaran.Persen(realisasi, pagu, 2, anggaran.BulatSetengahNaik)
	fmt.Println(anggaran.FormatPersen(p), ok)
	_, ok = anggaran.Persen(realisasi, decimal.Zero, 2, anggaran.BulatSetengahNaik)
	fmt.Println("pagu 0:", ok)
	// Output:
	// 98,42% true
	// pagu 0: false
}

func ExampleParseKode() {
	for _, s := range []string{"1.06.01.2.01.06", "1.06.01.2.01.0006", "1.06.02"} {
		k, err := anggaran.ParseKode(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s %s (%s), induk %s\n", k, k.StringPanjang(), k.Jenjang(), k.Induk())
	}
	_, err := anggaran.ParseKode("1.06.01.2")
	fmt.Println(err)
	// Output:
	// 1.06.01.2.01.06 1.06.01.2.01.0006 (sub kegiatan), induk 1.06.01.2.01
	// 1.06.01.2.01.06 1.06.01.2.01.0006 (sub kegiatan), induk 1.06.01.2.01
	// 1.06.02 1.06.02 (program), induk 1.06
	// kode "1.06.01.2" tidak sah: kode kegiatan perlu dua bagian setelah program (mis. 1.06.01.2.01)
}

func ExampleParseKodeSingkat() {
	awalan := anggaran.MustKode("1.06") // urusan 1, bidang 06 (Sosial)
	for _, s := range []string{"1", "1 2 1", "1 2 1 6", "1 2 9 10"} {
		k, _ := anggaran.ParseKodeSingkat(s, awalan)
		fmt.Printf("%-8s → %s (%s)\n", s, k, k.Jenjang())
	}
	// Output:
	// 1        → 1.06.01 (program)
	// 1 2 1    → 1.06.01.2.01 (kegiatan)
	// 1 2 1 6  → 1.06.01.2.01.06 (sub kegiatan)
	// 1 2 9 10 → 1.06.01.2.09.10 (sub kegiatan)
}

func ExampleKodeRekening_NamaBaku() {
	k, _ := anggaran.ParseKodeRekening("5 . 2 . 02")
	nama, _ := k.NamaBaku()
	fmt.Println(k, nama)
	fmt.Println(k.CocokNama("Belanja Pegawai"), k.CocokNama("Belanja Peralatan dan Mesin"))
	// Output:
	// 5.2.02 Belanja Modal Peralatan dan Mesin
	// false true
}

// ExampleCompute builds a tree from sub kegiatan rows written in Go, and
// reads the computed kegiatan, program and total.
func ExampleCompute() {
	rp := func(s string) anggaran.NullRupiah { r, _ := anggaran.ParseRupiahSen(s); return anggaran.AdaRupiah(r) }
	rows := []anggaran.Rincian{
		{Kode: anggaran.MustKode("1.06.05.2.02.01"), Uraian: "Pendataan Fakir Miskin", Pagu: rp("107.110.000"), Realisasi: rp("106.134.000")},
		{Kode: anggaran.MustKode("1.06.05.2.02.02"), Uraian: "Pengelolaan Data Fakir Miskin", Pagu: rp("50.000.000"), Realisasi: rp("49.420.000")},
		{Kode: anggaran.MustKode("1.06.05.2.01.02"), Uraian: "Rujukan Anak-Anak Terlantar", Pagu: rp("25.000.000"), Realisasi: rp("24.950.000")},
	}
	p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
	for i := range p.Len() {
		b := p.Baris(i)
		if b.Jenjang < anggaran.JenjangProgram && b.Jenjang != anggaran.JenjangJumlah {
			continue
		}
		kode := b.Kode.String()
		if b.Jenjang == anggaran.JenjangJumlah {
			kode = "JUMLAH"
		}
		fmt.Printf("%-16s %15s %15s %7s\n", kode, anggaran.FormatRupiah(b.Pagu.Decimal),
			anggaran.FormatRupiah(b.Sisa.Decimal), anggaran.FormatPersen(b.Persen.Decimal))
	}
	fmt.Printf("%+v\n", p.Hitungan())
	// Output:
	// JUMLAH            Rp 182.110.000    Rp 1.606.000  99,12%
	// 1.06.05           Rp 182.110.000    Rp 1.606.000  99,12%
	// 1.06.05.2.01       Rp 25.000.000       Rp 50.000  99,80%
	// 1.06.05.2.01.02    Rp 25.000.000       Rp 50.000  99,80%
	// 1.06.05.2.02      Rp 157.110.000    Rp 1.556.000  99,01%
	// 1.06.05.2.02.01   Rp 107.110.000      Rp 976.000  99,09%
	// 1.06.05.2.02.02    Rp 50.000.000      Rp 580.000  98,84%
	// {Urusan:1 Bidang:1 Program:1 Kegiatan:2 SubKegiatan:3}
}

func ExamplePohon_PaguRealisasi() {
	a, _ := anggaran.ParseJSON([]byte(`{"urusan_bidang": "1.06", "rincian": [
		{"kode": "2 2 1 1", "uraian": "Fasilitasi Pemberdayaan Sosial KAT", "pagu": "88.500.000", "realisasi": "87.825.000"}]}`), "")
	p := a.Compute(anggaran.Opsi{})
	for _, kode := range []string{"2 2 1 1", "1.06.02.2.01", "2", "", "3"} {
		pagu, real, ok := p.PaguRealisasi(kode)
		fmt.Printf("%q: %s %s %v\n", kode, pagu, real, ok)
	}
	// Output:
	// "2 2 1 1": 88500000 87825000 true
	// "1.06.02.2.01": 88500000 87825000 true
	// "2": 88500000 87825000 true
	// "": 88500000 87825000 true
	// "3": 0 0 false
}

// ExampleAnggaran_Check finds a printed subtotal that is not the sum of
// its sub kegiatan (the seed's Perjanjian Kinerja prints 39,175,000 for
// the KAT kegiatan).
func ExampleAnggaran_Check() {
	a, _ := anggaran.ParseJSON([]byte(`{"urusan_bidang": "1.06", "tabel": "Tabel 3.2", "rincian": [
		{"kode": "2", "uraian": "Program Pemberdayaan Sosial", "pagu": "88.500.000"},
		{"kode": "2 2 1", "uraian": "Pemberdayaan Sosial KAT", "pagu": "39.175.000", "realisasi": "87.825.000"},
		{"kode": "2 2 1 1", "uraian": "Fasilitasi Pemberdayaan Sosial KAT", "pagu": "88.500.000", "realisasi": "87.825.000", "persen": "99,24"}]}`), "")
	for _, t := range a.Check(anggaran.Opsi{}) {
		fmt.Println(t.Kode, t.Lokasi.Path)
		fmt.Println(t)
	}
	// Output:
	// anggaran/jumlah-berbeda rincian[1].pagu
	// kesalahan: Tabel 3.2, baris 1.06.02.2.01 Pemberdayaan Sosial KAT, kolom pagu: pagu kegiatan tercetak tidak sama dengan jumlah sub kegiatannya; program 1.06.02 di atasnya (Rp 88.500.000) cocok dengan jumlah terhitung, jadi angka baris inilah yang salah (tercetak Rp 39.175.000; terhitung Rp 88.500.000)
}

func ExampleParseCSV() {
	csv := "kode;uraian;pagu;realisasi\r\n" +
		"6 2 2 1;Kampung Siaga Bencana;57.876.600;57.487.000\r\n" +
		"6 2 2 2;Taruna Siaga Bencana;8.883.000;6.151.000\r\n"
	a, err := anggaran.ParseCSV(strings.NewReader(csv), "bencana.csv", anggaran.OpsiCSV{UrusanBidang: anggaran.MustKode("1.06")})
	if err != nil {
		fmt.Println(err)
		return
	}
	anggaran.RenderMarkdown(os.Stdout, a.Compute(anggaran.Opsi{}))

	_, err = anggaran.ParseCSV(strings.NewReader("kode;uraian;pagu;realisasi\n6 2 2 1;x;57.876.60;0\n"), "salah.csv", anggaran.OpsiCSV{UrusanBidang: anggaran.MustKode("1.06")})
	fmt.Println(err)
	// Output:
	// | KODE REKENING | URAIAN ORGANISASI, PROGRAM DAN KEGIATAN | JUMLAH ANGGARAN (Rp) | REALISASI KEUANGAN (Rp) | REALISASI KEUANGAN (%) |
	// |---|---|---:|---:|---:|
	// | **6** | **Program Penanganan Bencana** | **66.759.600** | **63.638.000** | **95,32** |
	// | 6 2 2 | Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota | 66.759.600 | 63.638.000 | 95,32 |
	// | 6 2 2 1 | Kampung Siaga Bencana | 57.876.600 | 57.487.000 | 99,33 |
	// | 6 2 2 2 | Taruna Siaga Bencana | 8.883.000 | 6.151.000 | 69,24 |
	// | **JUMLAH** | | **66.759.600** | **63.638.000** | **95,32** |
	// salah.csv: baris 2: kolom pagu: "57.876.60" bukan angka rupiah yang sah: pengelompokan ribuan tidak teratur
}

func ExampleRenderJSON() {
	a, _ := anggaran.ParseJSON([]byte(`{"rincian": [
		{"kode": "1.06.07.2.01.02", "uraian": "Pemeliharaan Taman Makam Pahlawan", "pagu": "8.000.000", "realisasi": "7.593.000"}]}`), "")
	p := a.Compute(anggaran.Opsi{})
	pagu, real, _ := p.PaguRealisasi("")
	fmt.Println(pagu, real)
	b, _ := p.MarshalJSON()
	fmt.Println(strings.Join(strings.Split(string(b), "\n")[:8], "\n"))
	// Output:
	// 8000000 7593000
	// {
	//   "kode": "",
	//   "jenjang": "jumlah",
	//   "uraian": "JUMLAH",
	//   "pagu": "8000000",
	//   "realisasi": "7593000",
	//   "sisa": "407000",
	//   "persen": "94.91",
}

func ExampleComputeBelanja() {
	rp := func(s string) decimal.NullDecimal { d, _ := anggaran.ParseRupiah(s); return anggaran.Ada(d) }
	b := anggaran.ComputeBelanja([]anggaran.Rekening{
		{Kode: anggaran.MustKodeRekening("5.1.01"), Uraian: "Belanja Pegawai", PaguMurni: rp("2.028.190.502"), Pagu: rp("2.287.832.054")},
		{Kode: anggaran.MustKodeRekening("5.1.02"), Uraian: "Belanja Barang dan Jasa", PaguMurni: rp("1.135.620.498"), Pagu: rp("1.648.265.918")},
		{Kode: anggaran.MustKodeRekening("5.2.02"), Uraian: "Belanja Modal Peralatan dan Mesin", PaguMurni: rp("0"), Pagu: rp("32.250.000")},
	})
	anggaran.RenderBelanjaMarkdown(os.Stdout, b)
	// Output:
	// | KODE REKENING | URAIAN | SEBELUM PERUBAHAN (Rp) | SETELAH PERUBAHAN (Rp) |
	// |---|---|---:|---:|
	// | **5** | **Belanja Daerah** | **3.163.811.000** | **3.968.347.972** |
	// | **5.1** | **Belanja Operasi** | **3.163.811.000** | **3.936.097.972** |
	// | 5.1.01 | Belanja Pegawai | 2.028.190.502 | 2.287.832.054 |
	// | 5.1.02 | Belanja Barang dan Jasa | 1.135.620.498 | 1.648.265.918 |
	// | **5.2** | **Belanja Modal** | **0** | **32.250.000** |
	// | 5.2.02 | Belanja Modal Peralatan dan Mesin | 0 | 32.250.000 |
}

func ExampleParseJSON() {
	a, err := anggaran.ParseJSON([]byte(`{"tahun": 2022, "urusan_bidang": "1.06", "rincian": [
		{"kode": "1 2 8 1", "uraian": "Penyediaan Jasa Surat Menyurat", "pagu": "3.500.000", "realisasi": "1.987.000", "persen": "56,77"}]}`), "flotim.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	r := a.Rincian[0]
	fmt.Println(r.Kode, r.Pagu.Rupiah, r.Realisasi.Rupiah, r.Persen.Decimal)

	_, err = anggaran.ParseJSON([]byte(`{"rincian": [{"kode": "1.06.01.2.08.01", "pagu": "12,34,5"}]}`), "flotim.json")
	fmt.Println(err)
	// Output:
	// 1.06.01.2.08.01 3500000 1987000 56.77
	// flotim.json: baris 1: rincian[0].pagu: "12,34,5" bukan angka rupiah yang sah: pengelompokan ribuan tidak teratur
}

func ExampleRenderMarkdown() {
	a, _ := anggaran.ParseJSON([]byte(`{"urusan_bidang": "1.06", "rincian": [
		{"kode": "7", "uraian": "Program Pengelolaan Taman Makam Pahlawan", "pagu": "8.000.000", "realisasi": "7.593.000"},
		{"kode": "7 2 1", "uraian": "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "pagu": "8.000.000", "realisasi": "7.593.000"},
		{"kode": "7 2 1 2", "uraian": "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "pagu": "8.000.000", "realisasi": "7.593.000"}],
		"jumlah": {"uraian": "JUMLAH BELANJA LANGSUNG", "pagu": "8.000.000", "realisasi": "7.593.000"}}`), "")
	anggaran.RenderMarkdown(os.Stdout, a.Compute(anggaran.Opsi{}))
	// Output:
	// | KODE REKENING | URAIAN ORGANISASI, PROGRAM DAN KEGIATAN | JUMLAH ANGGARAN (Rp) | REALISASI KEUANGAN (Rp) | REALISASI KEUANGAN (%) |
	// |---|---|---:|---:|---:|
	// | **7** | **Program Pengelolaan Taman Makam Pahlawan** | **8.000.000** | **7.593.000** | **94,91** |
	// | 7 2 1 | Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota | 8.000.000 | 7.593.000 | 94,91 |
	// | 7 2 1 2 | Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota | 8.000.000 | 7.593.000 | 94,91 |
	// | **JUMLAH BELANJA LANGSUNG** | | **8.000.000** | **7.593.000** | **94,91** |
}

// ExampleRenderBelanjaMarkdown writes the belanja table of an LKIP: the
// accounts with their standard parents summed, before and after
// perubahan, and the realisasi when the rows give it.
func ExampleRenderBelanjaMarkdown() {
	rp := func(s string) decimal.NullDecimal { d, _ := anggaran.ParseRupiah(s); return anggaran.Ada(d) }
	b := anggaran.ComputeBelanja([]anggaran.Rekening{
		{Kode: anggaran.MustKodeRekening("5.1.02"), Uraian: "Belanja Barang dan Jasa", PaguMurni: rp("1.135.620.498"), Pagu: rp("1.648.265.918"), Realisasi: rp("1.610.000.000")},
		{Kode: anggaran.MustKodeRekening("5.1.06"), Uraian: "Belanja Bantuan Sosial", PaguMurni: rp("500.000.000"), Pagu: rp("400.000.000"), Realisasi: rp("400.000.000")},
	})
	if err := anggaran.RenderBelanjaMarkdown(os.Stdout, b); err != nil {
		fmt.Println(err)
	}
	// Output:
	// | KODE REKENING | URAIAN | SEBELUM PERUBAHAN (Rp) | SETELAH PERUBAHAN (Rp) | REALISASI (Rp) |
	// |---|---|---:|---:|---:|
	// | **5** | **Belanja Daerah** | **1.635.620.498** | **2.048.265.918** | **2.010.000.000** |
	// | **5.1** | **Belanja Operasi** | **1.635.620.498** | **2.048.265.918** | **2.010.000.000** |
	// | 5.1.02 | Belanja Barang dan Jasa | 1.135.620.498 | 1.648.265.918 | 1.610.000.000 |
	// | 5.1.06 | Belanja Bantuan Sosial | 500.000.000 | 400.000.000 | 400.000.000 |
}

func ExampleParseKodeRekening() {
	for _, s := range []string{"5", "5 . 1 . 02", "5.1.1", "5.1.02.01.01.0024", "5.1.001", "6.1"} {
		k, err := anggaran.ParseKodeRekening(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		nama, _ := k.NamaBaku()
		fmt.Printf("%-18s → %s %q\n", s, k, nama)
	}
	// Output:
	// 5                  → 5 "Belanja Daerah"
	// 5 . 1 . 02         → 5.1.02 "Belanja Barang dan Jasa"
	// 5.1.1              → 5.1.01 "Belanja Pegawai"
	// 5.1.02.01.01.0024  → 5.1.02.01.01.0024 ""
	// kode "5.1.001" tidak sah: bagian ke-3 "001" lebih dari 2 angka
	// 6.1                → 6.1 ""
}

func ExampleParseKodeRincian() {
	sosial := anggaran.MustKode("1.06")
	for _, c := range []struct {
		s      string
		awalan anggaran.Kode
	}{
		{"1 2 1 6", sosial},           // short form, relative to 1.06
		{"1", sosial},                 // program 1.06.01, not urusan 1
		{"1.06.01.2.01.0006", sosial}, // a dot: the official form
		{"1", anggaran.Kode{}},        // no awalan: urusan 1
		{"1 2 1 6", anggaran.Kode{}},  // short form without awalan
	} {
		k, err := anggaran.ParseKodeRincian(c.s, c.awalan)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-17s → %s (%s)\n", c.s, k, k.Jenjang())
	}
	// Output:
	// 1 2 1 6           → 1.06.01.2.01.06 (sub kegiatan)
	// 1                 → 1.06.01 (program)
	// 1.06.01.2.01.0006 → 1.06.01.2.01.06 (sub kegiatan)
	// 1                 → 1 (urusan)
	// kode "1 2 1 6" tidak sah: kode singkat memerlukan urusan dan bidang urusan dokumen (mis. 1.06) sebagai awalan
}

func ExampleKode_NamaBaku() {
	for _, s := range []string{"1", "1.06", "1.06.04", "2.08", "1.02.02.2.01.02", "1.02.02", "1.06.02.2.01"} {
		nama, ok := anggaran.MustKode(s).NamaBaku()
		fmt.Printf("%s %q %v\n", s, nama, ok)
	}
	// Output:
	// 1 "Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar" true
	// 1.06 "Urusan Pemerintahan Bidang Sosial" true
	// 1.06.04 "Program Rehabilitasi Sosial" true
	// 2.08 "Urusan Pemerintahan Bidang Pemberdayaan Perempuan dan Pelindungan Anak" true
	// 1.02.02.2.01.02 "Pembangunan Puskesmas" true
	// 1.02.02 "" false
	// 1.06.02.2.01 "" false
}

func ExampleFormatSatuan() {
	fmt.Println(anggaran.FormatSatuan(decimal.RequireFromString("6.77"), 2, "%"))
	fmt.Println(anggaran.FormatSatuan(decimal.NewFromInt(13875), 0, "Jiwa"))
	// Output:
	// 6,77%
	// 13.875 Jiwa
}

// A table printed without codes: the level of each row from the tingkat
// column (or, without it, from the first words of the name). Parents that
// print "–" are computed; the printed total row and percentages are kept
// and checked. The report prints no code column, and the findings name
// the row by its number and name.
func ExampleParseCSV_tanpaKode() {
	csv := "tingkat;uraian;pagu;realisasi;persen\n" +
		"program;Program Penanganan Bencana;–;–;–\n" +
		"kegiatan;Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana;–;–;–\n" +
		"sub kegiatan;Kampung Siaga Bencana;57.876.600;57.487.000;99,33\n" +
		"sub kegiatan;Taruna Siaga Bencana;8.883.000;6.151.000;69,25\n" +
		";Jumlah;66.759.600;63.638.000;95,32\n"
	a, err := anggaran.ParseCSV(strings.NewReader(csv), "bencana.csv", anggaran.OpsiCSV{Tabel: "Tabel 3.2"})
	if err != nil {
		fmt.Println(err)
		return
	}
	anggaran.RenderMarkdown(os.Stdout, a.Compute(anggaran.Opsi{}))
	for _, t := range a.Check(anggaran.Opsi{}) {
		fmt.Println(t)
	}
	// Output:
	// | URAIAN ORGANISASI, PROGRAM DAN KEGIATAN | JUMLAH ANGGARAN (Rp) | REALISASI KEUANGAN (Rp) | REALISASI KEUANGAN (%) |
	// |---|---:|---:|---:|
	// | **Program Penanganan Bencana** | **66.759.600** | **63.638.000** | **95,32** |
	// | Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana | 66.759.600 | 63.638.000 | 95,32 |
	// | Kampung Siaga Bencana | 57.876.600 | 57.487.000 | 99,33 |
	// | Taruna Siaga Bencana | 8.883.000 | 6.151.000 | 69,24 |
	// | **Jumlah** | **66.759.600** | **63.638.000** | **95,32** |
	// kesalahan: Tabel 3.2, baris ke-4 Taruna Siaga Bencana, kolom persen: persentase realisasi tercetak tidak sama dengan realisasi × 100 / pagu (dibulatkan, 2 desimal) (tercetak 69,25%; terhitung 69,24%)
}
