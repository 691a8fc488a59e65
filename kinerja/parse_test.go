package kinerja

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
)

func TestParseGalat(t *testing.T) {
	for _, tc := range []struct {
		nama, in string
		path     string
		baris    int
		pesan    string
	}{
		{"kosong", "", "", 1, "isi kosong"},
		{"bukan objek", "[1, 2]", "", 1, "harus berupa objek"},
		{"sintaks", "{\n  \"tahun\": 2022,\n  \"x\" 1\n}", "x", 3, "JSON tidak sah"},
		{"terpotong", "{\n  \"tahun\": 2022,\n", "", 3, "JSON"},
		{"sisa teks", "{\"tahun\": 2022} {}", "", 1, "ada teks lain setelah akhir objek"},
		{"tahun wajib", "{}", "tahun", 1, "wajib diisi"},
		{"tahun bukan bulat", `{"tahun": 2022.5}`, "tahun", 1, "bukan bilangan bulat"},
		{"kolom asing", "{\n  \"tahun\": 2022,\n  \"indikatorr\": []\n}", "indikatorr", 3, `kolom "indikatorr" tidak dikenal`},
		{"kolom asing bersarang", "{\"tahun\": 2022, \"indikator\": [{\"id\": \"A\", \"nama\": \"x\",\n \"targe\": 1}]}", "indikator[0].targe", 2, "tidak dikenal"},
		{"angka persen buruk", "{\"tahun\": 2022,\n\"indikator\": [\n{\"id\": \"A\", \"nama\": \"x\", \"satuan\": \"%\",\n\"tahun\": [{\"tahun\": 2022,\n\"realisasi\": \"12,34,5\"}]}]}", "indikator[0].tahun[0].realisasi", 5, `"12,34,5" bukan persentase yang sah`},
		{"persen ambigu", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "satuan": "%", "tahun": [{"tahun": 2022, "target": "1.500"}]}]}`, "indikator[0].tahun[0].target", 1, "tidak jelas"},
		{"angka bukan teks", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "tahun": [{"tahun": 2022, "target": true}]}]}`, "indikator[0].tahun[0].target", 1, "harus berupa angka"},
		{"id ganda", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x"}, {"id": "A", "nama": "y"}]}`, "indikator[1].id", 1, `id "A" sudah dipakai di indikator[0]`},
		{"sasaran id ganda", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "x"}, {"id": "S", "uraian": "y"}]}`, "sasaran[1].id", 1, "sudah dipakai"},
		{"nama wajib", `{"tahun": 2022, "indikator": [{"id": "A"}]}`, "indikator[0].nama", 1, "wajib diisi"},
		{"jenis", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "jenis": "persen"}]}`, "indikator[0].jenis", 1, `jenis "persen" tidak dikenal`},
		{"polaritas", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "polaritas": "naik"}]}`, "indikator[0].polaritas", 1, "tidak dikenal"},
		{"rumus negatif", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "rumus_negatif": "r/t"}]}`, "indikator[0].rumus_negatif", 1, "tidak dikenal"},
		{"tahun tidak urut", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "tahun": [{"tahun": 2022}, {"tahun": 2021}]}]}`, "indikator[0].tahun[1].tahun", 1, "harus sesudah"},
		{"tahun ganda", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "tahun": [{"tahun": 2022}, {"tahun": 2022}]}]}`, "indikator[0].tahun[1].tahun", 1, "harus sesudah"},
		{"tahun mustahil", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "tahun": [{"tahun": 22}]}]}`, "indikator[0].tahun[0].tahun", 1, "tidak masuk akal"},
		{"bagian rincian", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "tahun": [{"tahun": 2022, "rincian": [{"bagian": "total"}]}]}]}`, "indikator[0].tahun[0].rincian[0].bagian", 1, "tidak dikenal"},
		{"nomor renstra", `{"tahun": 2022, "renstra": {"tujuan": [{"nomor": "1.2.3", "uraian": "x"}]}}`, "renstra.tujuan[0].nomor", 1, `harus berisi 2 angka`},
		{"nomor renstra huruf", `{"tahun": 2022, "renstra": {"strategi": [{"nomor": "1.2.a.1", "uraian": "x"}]}}`, "renstra.strategi[0].nomor", 1, `harus berisi 4 angka`},
		{"nomor renstra ganda", `{"tahun": 2022, "renstra": {"misi": [{"nomor": "1", "uraian": "x"}, {"nomor": "1", "uraian": "y"}]}}`, "renstra.misi[1].nomor", 1, "sudah dipakai"},
		{"periode", `{"tahun": 2022, "renstra": {"periode_awal": 2022, "periode_akhir": 2017}}`, "renstra.periode_akhir", 1, "sebelum"},
		{"kode sub kegiatan", `{"tahun": 2022, "perjanjian_kinerja": {"baris": [{"indikator": "x", "sub_kegiatan": "1.6.1.2.1.6"}]}}`, "perjanjian_kinerja.baris[0].sub_kegiatan", 1, "harus 2 angka"},
		{"kode pendek tanpa bidang", `{"tahun": 2022, "perjanjian_kinerja": {"baris": [{"indikator": "x", "sub_kegiatan": "1 2 1 6"}]}}`, "perjanjian_kinerja.baris[0].sub_kegiatan", 1, "memerlukan kode urusan/bidang"},
		{"bidang", `{"tahun": 2022, "bidang": "1.6"}`, "bidang", 1, "bukan kode urusan/bidang"},
		{"daftar bukan daftar", `{"tahun": 2022, "indikator": {}}`, "indikator", 1, "harus berupa daftar"},
		{"teks bukan teks", `{"tahun": 2022, "indikator": [{"id": 1, "nama": "x"}]}`, "indikator[0].id", 1, "harus berupa teks"},
		{"pangkat raksasa", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "tahun": [{"tahun": 2022, "target": 1e40}]}]}`, "indikator[0].tahun[0].target", 1, "di luar batas"},
		{"iku bukan bool", `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "iku": "ya"}]}`, "indikator[0].iku", 1, "true atau false"},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			_, err := Parse([]byte(tc.in))
			var pe *anggaran.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("galat %v (%T), ingin *ParseError", err, err)
			}
			if pe.Path != tc.path || pe.Baris != tc.baris || !strings.Contains(pe.Error(), tc.pesan) {
				t.Errorf("galat %q (path %q, baris %d); ingin path %q, baris %d, memuat %q", pe.Error(), pe.Path, pe.Baris, tc.path, tc.baris, tc.pesan)
			}
		})
	}
}

func TestParseBerkas(t *testing.T) {
	whole := "{\n  \"versi\": 1,\n  \"anggaran\": {\"apa\": \"saja\"},\n  \"kinerja\": {\n    \"tahun\": 2022,\n    \"indikator\": [{\"id\": \"A\", \"nama\": \"x\",\n      \"tahun\": [{\"tahun\": 2022, \"target\": \"abc\"}]}]\n  }\n}\n"
	_, err := ParseBerkas([]byte(whole))
	var pe *anggaran.ParseError
	if !errors.As(err, &pe) || pe.Path != "kinerja.indikator[0].tahun[0].target" || pe.Baris != 7 {
		t.Fatalf("galat %v; ingin path kinerja.indikator[0].tahun[0].target baris 7", err)
	}
	// a bare section is read as such
	d, err := ParseBerkas([]byte(`{"tahun": 2021}`))
	if err != nil || d.Tahun != 2021 {
		t.Fatalf("bagian saja: %v, %v", d, err)
	}
	// the other keys of a whole file are not read
	d, err = ParseBerkas([]byte(`{"versi": 1, "lain": [1, 2], "kinerja": {"tahun": 2020}}`))
	if err != nil || d.Tahun != 2020 {
		t.Fatalf("berkas utuh: %v, %v", d, err)
	}
	if _, err := ParseBerkas([]byte(`{"versi": 1,`)); err == nil {
		t.Fatal("JSON rusak diterima")
	}
}

// TestParseBOM: a file saved by Notepad or Excel starts with a UTF-8 byte
// order mark; Parse and ParseBerkas read it as if it were absent, with the
// same line numbers in errors.
func TestParseBOM(t *testing.T) {
	const bom = "\ufeff"
	for _, tc := range []struct {
		nama  string
		parse func([]byte) (*Dokumen, error)
		in    []byte
	}{
		{"Parse", Parse, seedBagian(t)},
		{"ParseBerkas utuh", ParseBerkas, sampel.FlotimDinsos2022},
		{"ParseBerkas bagian", ParseBerkas, seedBagian(t)},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			want, err := tc.parse(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tc.parse(append([]byte(bom), tc.in...))
			if err != nil {
				t.Fatalf("dengan BOM: %v", err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("dengan BOM berbeda (-tanpa +dengan):\n%s", diff)
			}
		})
	}
	whole := bom + "{\n  \"versi\": 1,\n  \"kinerja\": {\n    \"tahun\": 2022,\n    \"indikator\": [{\"id\": \"A\", \"nama\": \"x\",\n      \"tahun\": [{\"tahun\": 2022, \"target\": \"abc\"}]}]\n  }\n}\n"
	for _, parse := range []func([]byte) (*Dokumen, error){ParseBerkas} {
		_, err := parse([]byte(whole))
		var pe *anggaran.ParseError
		if !errors.As(err, &pe) || pe.Path != "kinerja.indikator[0].tahun[0].target" || pe.Baris != 6 {
			t.Errorf("galat %v; ingin path kinerja.indikator[0].tahun[0].target baris 6", err)
		}
	}
	_, err := Parse([]byte(bom + "{\n  \"tahun\": 2022,\n  \"x\" 1\n}"))
	var pe *anggaran.ParseError
	if !errors.As(err, &pe) || pe.Baris != 3 || !strings.Contains(pe.Error(), "JSON tidak sah") {
		t.Errorf("galat sintaks dengan BOM: %v; ingin baris 3", err)
	}
	// only a leading mark is removed: one inside the text stays an error
	if _, err := Parse([]byte(`{"tahun": 2022}` + bom)); err == nil {
		t.Error("BOM setelah objek diterima")
	}
}

// TestParseNilai checks how figures are read: as printed (kept), JSON
// numbers, and the empty forms that mean "missing", not zero.
func TestParseNilai(t *testing.T) {
	in := `{"tahun": 2022, "bidang": "1.06",
	  "indikator": [{"id": "A", "nama": "x", "satuan": "%", "rumus": {"teks": "a / b x 100%"},
	    "tahun": [
	      {"tahun": 2021, "target": 6.7, "realisasi": "-", "pembilang": "181.395", "penyebut": null},
	      {"tahun": 2022, "target": "6,70%", "realisasi": "", "pembilang": 3356, "penyebut": "38.662"}]},
	    {"id": "B", "nama": "y", "tahun": [{"tahun": 2022, "target": "13.875"}]}],
	  "perjanjian_kinerja": {"baris": [{"indikator": "z", "target": "40.000", "sub_kegiatan": "1 2 1 6"}]}}`
	d, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	a := d.Indikator[0]
	if a.Jenis != Persentase || !a.Rumus.Pengali.Equal(decimal100) {
		t.Errorf("jenis %v pengali %v", a.Jenis, a.Rumus.Pengali)
	}
	y0, y1 := a.Tahun[0], a.Tahun[1]
	if y0.Target.Teks != "6.7" || y0.Realisasi != nil || y0.Penyebut != nil || y0.Pembilang.Nilai.String() != "181395" {
		t.Errorf("2021: %+v", y0)
	}
	if y1.Target.Teks != "6,70%" || y1.Target.Desimal() != 2 || y1.Realisasi != nil || y1.Pembilang.Nilai.String() != "3356" || y1.Penyebut.Nilai.String() != "38662" {
		t.Errorf("2022: %+v", y1)
	}
	if b := d.Indikator[1]; b.Jenis != Jumlah || b.Tahun[0].Target.Nilai.String() != "13875" {
		t.Errorf("B: %v %v", b.Jenis, b.Tahun[0].Target)
	}
	row := d.PerjanjianKinerja.Baris[0]
	if diff := cmp.Diff([]string{"1.06.01.2.01.06", "1.06.01.2.01", "1.06.01", "40000"},
		[]string{row.SubKegiatan, row.Kegiatan(), row.Program(), row.Target.Nilai.String()}); diff != "" {
		t.Errorf("baris PK (-ingin +didapat):\n%s", diff)
	}
}

func TestNormalizeKode(t *testing.T) {
	for _, tc := range []struct{ in, bidang, want, err string }{
		{"1.06.01.2.01.06", "", "1.06.01.2.01.06", ""},
		{"1.06.01.2.01.0006", "", "1.06.01.2.01.06", ""}, // anggaran's official form
		{"1.06.01.2.01.0106", "", "1.06.01.2.01.0106", ""},
		{" 1.06.02 ", "", "1.06.02", ""},
		{"1.06.02.2.01", "", "1.06.02.2.01", ""},
		{"1 2 1 6", "1.06", "1.06.01.2.01.06", ""},
		{"2 2 1 1", "1.06", "1.06.02.2.01.01", ""},
		{"1 2 9 10", "1.06", "1.06.01.2.09.10", ""},
		{"4 2 1", "1.06", "1.06.04.2.01", ""},
		{"7", "1.06", "1.06.07", ""},
		{"01 2 01 0006", "1.06", "1.06.01.2.01.06", ""},
		{"1 2 1 106", "1.06", "1.06.01.2.01.0106", ""},
		{"1 2", "1.06", "", "perlu dua bagian"},
		{"1 2 1 6 1", "1.06", "", "terlalu banyak bagian"},
		{"1 2 1 6", "", "", "memerlukan"},
		{"1 2 1 6", "1.6", "", "kode bidang \"1.6\" tidak sah"},
		{"1 2 1 6", " 1.06", "", "kode bidang"},
		{"1 2 1 6", "1.06.01", "", "kode bidang"},
		{"1 a 1 6", "1.06", "", "bukan angka"},
		{"1 20 1 6", "1.06", "", "terlalu panjang"},
		{"1 0 1 6", "1.06", "", "tidak boleh 0"},
		{"", "", "", "kosong"},
		{"1.06", "", "", "bukan kode program"},
		{"1.06.01.2", "", "", "perlu dua bagian"},
		{"1.06.01.2.01.6", "", "", "harus 2 atau 4 angka"},
		{"1.06.0x", "", "", "bukan angka"},
		{"1.06.01.2.01.006", "", "", "harus 2 atau 4 angka"},
	} {
		got, err := NormalizeKode(tc.in, tc.bidang)
		if tc.err == "" {
			if err != nil || got != tc.want {
				t.Errorf("NormalizeKode(%q, %q) = %q, %v; ingin %q", tc.in, tc.bidang, got, err, tc.want)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("NormalizeKode(%q, %q) = %q, %v; ingin galat %q", tc.in, tc.bidang, got, err, tc.err)
		}
	}
}

func TestRingkasKode(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in, want []string
	}{
		{"kosong", nil, nil},
		{"dua ejaan", []string{"1.06.01.2.01.0006", "1.06.01.2.01.06"}, []string{"1.06.01.2.01.06"}},
		{"induk menggantikan anak", []string{"1.06.01.2.01.06", "1.06.01", "1.06.01.2.02"}, []string{"1.06.01"}},
		{"bukan awalan teks", []string{"1.06.01", "1.06.011"}, []string{"1.06.01", "1.06.011"}},
		{"urutan angka", []string{"1.06.01.2.09.10", "1.06.01.2.09.09", "1.06.02"}, []string{"1.06.01.2.09.09", "1.06.01.2.09.10", "1.06.02"}},
		{"sub kegiatan empat angka", []string{"1.06.01.2.01.0106", "1.06.01.2.01.07"}, []string{"1.06.01.2.01.07", "1.06.01.2.01.0106"}},
		{"teks tak sah di akhir", []string{"x", "1.06.02", "x", "1.6"}, []string{"1.06.02", "1.6", "x"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, ringkas(tc.in, nil, map[string]kodeBaca{}).kode(), cmpopts.EquateEmpty()); d != "" {
				t.Errorf("ringkas(%q) (-ingin +dapat):\n%s", tc.in, d)
			}
			if d := cmp.Diff(tc.want, ringkasKode(tc.in)); d != "" {
				t.Errorf("ringkasKode(%q), the reference (-ingin +dapat):\n%s", tc.in, d)
			}
		})
	}
}

func TestBarisPKJenjang(t *testing.T) {
	for _, tc := range []struct{ kode, program, kegiatan string }{
		{"1.06.01.2.01.06", "1.06.01", "1.06.01.2.01"},
		{"1.06.01.2.01.0006", "1.06.01", "1.06.01.2.01"},
		{"1.06.01.2.01", "1.06.01", "1.06.01.2.01"},
		{"1.06.01", "1.06.01", ""},
		{"1.06", "", ""},
		{"bukan kode", "", ""},
		{"", "", ""},
	} {
		b := BarisPK{SubKegiatan: tc.kode}
		if p, k := b.Program(), b.Kegiatan(); p != tc.program || k != tc.kegiatan {
			t.Errorf("%q: Program %q, Kegiatan %q; ingin %q, %q", tc.kode, p, k, tc.program, tc.kegiatan)
		}
	}
}
