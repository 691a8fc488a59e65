package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The quirks of the real lists, a few rows each: BOM and blank first row,
// a name over several lines, double spaces, a zero-padded kegiatan
// (1.06.07.2.001), the same code in its 2- and 4-digit forms with the same
// and with different names, numbers run together (000801, 00505), the
// application's "00" part (2.09.00.02…) repaired from the sub kegiatan's
// ids or dropped, a Program Penunjang in two bidang (shared as X.XX.01),
// an X.XX row, a row without a code, #N/A ids and a name cut at 255.
var (
	kegiatanCSV = "\ufeff;;;;;;\r\n" +
		"1;1.02.01.2.01;Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah;1;2;5;T\r\n" +
		"2;1.02.02.2.01;Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota;1;2;6;T\r\n" +
		"3;1.06.01.2.01;Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah;1;6;30;T\r\n" +
		"4;1.06.07.2.001;Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota;1;6;35;T\r\n" +
		"5;2.09.00.02.2.005510;Penyediaan Infrastruktur dan Seluruh Pendukung Kemandirian Pangan;2;9;49;T\r\n" +
		"6;2.09.00.01.2.0010;Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah;2;9;48;T\r\n" +
		"7;6.01.01.2.00505;Administrasi Kepegawaian Perangkat Daerah;6;42;155;T\r\n" +
		"8;;Kegiatan tanpa kode;1;1;1;T\r\n" +
		"9;X.XX.01.2.02;Administrasi Keuangan Perangkat Daerah;10;50;171;T\r\n" +
		"10;1.01.01.2.01;Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah;1;1;1;T\r\n"
	subkegiatanCSV = "\ufeff;;;;;;;\r\n" +
		"1;1.02.02.2.01.0001;\"Pengembangan Rumah Sakit\r\n\r\ndan Puskesmas\";1;2;6;2;T\r\n" +
		"2;1.02.02.2.01.01;Pengembangan Rumah Sakit dan Puskesmas;1;2;6;2;T\r\n" +
		"3;1.02.02.2.01.0002;Pengadaan  Alat Kesehatan;1;2;6;2;T\r\n" +
		"4;1.02.02.2.01.02;Pengadaan Alat Kesehatan/Alat Penunjang Medik;1;2;6;2;T\r\n" +
		"5;1.02.01.2.01.0001;Penyusunan Dokumen Perencanaan Perangkat Daerah;1;2;5;1;T\r\n" +
		"6;1.06.01.2.01.0001;Penyusunan Dokumen Perencanaan Perangkat Daerah;1;6;30;3;T\r\n" +
		"7;1.06.07.2.01.002;Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota;1;6;35;4;T\r\n" +
		"8;2.09.00.02.2.01.00221;Penyediaan Infrastruktur Lumbung Pangan;2;9;49;5;T\r\n" +
		"9;2.09.00.01.2.03.00990;Penyusunan Dokumen Perencanaan Perangkat Daerah;2;9;48;6;T\r\n" +
		"10;2.09.02.2.01.000801;Penyediaan Infrastruktur Lumbung Pangan;2;9;#N/A;#N/A;T\r\n" +
		"11;2.09.02.2.01.01;Penyediaan Infrastruktur Lumbung Pangan;2;9;#N/A;#N/A;T\r\n" +
		"12;8.01.03.2.01.0001;" + namaPanjang + ";8;44;60;300;T\r\n"
)

// namaPanjang is 255 characters: cut by the application's varchar(255).
var namaPanjang = strings.Repeat("Penyusunan Kebijakan ", 12) + "Akh"

func TestBersihkan(t *testing.T) {
	keg, err := baca(strings.NewReader(kegiatanCSV), 5)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := baca(strings.NewReader(subkegiatanCSV), 6)
	if err != nil {
		t.Fatal(err)
	}
	if len(keg) != 10 || len(sub) != 12 {
		t.Fatalf("read %d kegiatan, %d sub kegiatan rows; want 10, 12 (blank first row skipped)", len(keg), len(sub))
	}
	h := bersihkan(keg, sub)
	got := strings.Split(strings.TrimSuffix(string(h.teks()), "\n"), "\n")
	want := []string{
		// The Program Penunjang's kegiatan 2.01 of 1.01, 1.02 and 1.06 and
		// its sub kegiatan 0001 of 1.02 and 1.06 are shared; the X.XX row
		// joins them.
		"X.XX.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
		"1\tPenyusunan Dokumen Perencanaan Perangkat Daerah",
		"X.XX.01.2.02\tAdministrasi Keuangan Perangkat Daerah",
		"1.01.01",
		"1.02.01",
		"1.02.02",
		"1.02.02.2.01\tPenyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
		// The same name in both forms: one entry, the 4-digit row's
		// spelling (joined from three lines); different names: both.
		"1\tPengembangan Rumah Sakit dan Puskesmas",
		"2\tPengadaan Alat Kesehatan\tPengadaan Alat Kesehatan/Alat Penunjang Medik",
		"1.06.01",
		"1.06.07",
		"1.06.07.2.01\tPemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota",
		"2\tPemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota",
		// 2.09.00.02.2.005510 gets 2.09.02.2.01 from its sub kegiatan's
		// ids; 2.09.00.01.2.0010's sub kegiatan say 2.03, which is not
		// Perencanaan in the other bidang: dropped. 000801 dropped, 01
		// (with #N/A ids) kept.
		"2.09.02",
		"2.09.02.2.01\tPenyediaan Infrastruktur dan Seluruh Pendukung Kemandirian Pangan",
		"1\tPenyediaan Infrastruktur Lumbung Pangan",
		// A sub kegiatan whose kegiatan the list lacks: the kegiatan is
		// known, without a name; the 255-character name is marked cut.
		"8.01.03",
		"8.01.03.2.01",
		"1\t" + namaPanjang + "…",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("data (-want +got):\n%s", diff)
	}
	// Every repair and drop is reported, with its count.
	counts := map[string]int{}
	for _, a := range h.urutan {
		counts[a] = len(h.catatan[a])
	}
	wantCounts := map[string]int{
		"kegiatan: bagian terakhir berisi nol di depan melebihi lebarnya (mis. 001): dibaca menurut nilainya":                                                      1,
		"kegiatan dengan bagian \"00\" sisipan aplikasi: kode diambil dari sub kegiatannya (kolom id)":                                                             1,
		"kegiatan Program Penunjang dengan bagian \"00\" sisipan aplikasi: kode dari sub kegiatannya tidak cocok dengan nama kegiatan itu di bidang lain: dibuang": 1,
		"kegiatan: bagian terakhir terlalu panjang (dua angka tergabung, mis. 00505): dibuang":                                                                     1,
		"kegiatan tanpa kode: dibuang": 1,
		"Program Penunjang untuk semua bidang (X.XX.01…): dipakai sebagai bagian dari daftar Program Penunjang bersama":                                             1,
		"nama terbagi atas beberapa baris dalam sel CSV: digabung dengan satu spasi":                                                                                1,
		"kode yang sama dua kali dengan nama yang sama (bentuk 2 dan 4 angka, atau huruf besar/kecil berbeda): satu entri":                                          1,
		"spasi ganda dalam nama: dijadikan satu":                                                                                                                    1,
		"kode yang sama dua kali dengan nama berbeda: nama daftar 4 angka menjadi nama utama, yang lain disimpan sebagai nama lain (pemeriksaan menerima keduanya)": 1,
		"sub kegiatan: bagian terakhir berisi nol di depan melebihi lebarnya (mis. 002, 00010): dibaca menurut nilainya":                                            1,
		"sub kegiatan dengan bagian \"00\" sisipan aplikasi (tujuh bagian, bagian terakhir tak terbaca): dibuang":                                                   2,
		"sub kegiatan dengan id aplikasi #N/A: kodenya dibaca seperti baris lain (id aplikasi tidak diperlukan)":                                                    2,
		"sub kegiatan: bagian terakhir terlalu panjang (dua angka tergabung, mis. 000801, 0000403): dibuang":                                                        1,
		"nama 255 karakter, terpotong oleh aplikasinya: ditandai \"…\" (pemeriksaan menerima nama lengkap yang diawali potongan ini)":                               1,
		"kegiatan yang hanya dikenal dari kode sub kegiatannya (tidak ada di daftar kegiatan): tanpa nama":                                                          1,
	}
	if diff := cmp.Diff(wantCounts, counts); diff != "" {
		t.Errorf("report counts (-want +got):\n%s", diff)
	}
	if h.multiBaris != 1 {
		t.Errorf("multi-line names = %d, want 1", h.multiBaris)
	}
}

func TestUrai(t *testing.T) {
	for _, c := range []struct {
		s      string
		n      int
		want   string
		status int
	}{
		{"1.06.01.2.01", 5, "1.06.01.2.01", okBaku},
		{"1.06.01.2.01.06", 6, "1.06.01.2.01.0006", okBaku},
		{"1.06.01.2.01.0006", 6, "1.06.01.2.01.0006", okBaku},
		{" 1.06.01.2.01.0006 ", 6, "1.06.01.2.01.0006", okBaku},
		{"1.06.07.2.001", 5, "1.06.07.2.01", okLebar},
		{"6.01.01.2.06.00010", 6, "6.01.01.2.06.0010", okLebar},
		{"6.01.01.2.00505", 5, "", salahGabung},
		{"2.09.02.2.01.000801", 6, "", salahGabung},
		{"2.09.00.01.2.0010", 5, "", salahSisipan},
		{"2.09.00.01.2.02.00911", 6, "", salahSisipan},
		{"X.XX.01.2.01", 5, "X.XX.01.2.01", okSemua},
		{"X.XX.01.2.01.0004", 6, "X.XX.01.2.01.0004", okSemua},
		{"", 5, "", salahKosong},
		{"1.6.01.2.01", 5, "", salahBentuk},
		{"1.06.01.2", 5, "", salahBentuk},
		{"1.06.01.2.00", 5, "", salahBentuk},
		{"1.06.01.2.-1", 5, "", salahBentuk},
		{"1.06.01.2.0a", 5, "", salahBentuk},
	} {
		k, st := urai(c.s, c.n)
		got := ""
		if st == okBaku || st == okLebar || st == okSemua {
			got = k.String()
		}
		if got != c.want || st != c.status {
			t.Errorf("urai(%q, %d) = %q, %d; want %q, %d", c.s, c.n, got, st, c.want, c.status)
		}
	}
}

// FuzzBaca: any bytes read and cleaned without a panic, and every line of
// the data has a code and names without tabs or newlines.
func FuzzBaca(f *testing.F) {
	f.Add(kegiatanCSV, subkegiatanCSV)
	f.Add("", "")
	f.Add("1;X.XX.01.2.01;a\n", "1;X.XX.01.2.01.1;b;1;1;1;1;T\n")
	f.Fuzz(func(t *testing.T, kg, sb string) {
		keg, err := baca(strings.NewReader(kg), 5)
		if err != nil {
			return
		}
		sub, err := baca(strings.NewReader(sb), 6)
		if err != nil {
			return
		}
		h := bersihkan(keg, sub)
		for line := range strings.Lines(string(h.teks())) {
			code, _, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
			if code == "" || strings.ContainsAny(line[:len(line)-1], "\r\n") {
				t.Fatalf("bad line %q", line)
			}
		}
		_ = h.laporan("a", "b")
	})
}
