package kinerja

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCheck triggers every finding on a small document and checks its
// code, severity, path and printed/computed figures.
func TestCheck(t *testing.T) {
	type temuan struct {
		Kode, Tingkat, Path, Tercetak, Terhitung string
	}
	for _, tc := range []struct {
		nama string
		doc  string
		want []temuan // each must appear
		tdk  []string // codes that must not appear
		n    map[string]int
	}{
		{"renstra tanpa induk", `{"tahun": 2023, "renstra": {"periode_awal": 2017, "periode_akhir": 2022, "misi": [{"nomor": "1", "uraian": "m"}],
			"tujuan": [{"nomor": "2.1", "uraian": "t"}], "sasaran": [{"nomor": "1.2.4", "uraian": "s"}]}}`,
			[]temuan{
				{"kinerja/renstra-induk", "kesalahan", "renstra.tujuan[0].nomor", "2.1", ""},
				{"kinerja/renstra-induk", "kesalahan", "renstra.sasaran[0].nomor", "1.2.4", ""},
				{"kinerja/renstra-periode", "peringatan", "renstra.periode_akhir", "2017–2022", "2023"},
			}, nil, nil},
		{"sasaran dan renstra", `{"tahun": 2022,
			"renstra": {"misi": [{"nomor": "1", "uraian": "m"}], "tujuan": [{"nomor": "1.1", "uraian": "t"}],
			  "sasaran": [{"nomor": "1.1.1", "uraian": "Meningkatnya X"}], "strategi": [{"nomor": "1.1.1.1", "uraian": "Meningkatkan Y"}]},
			"sasaran": [
			  {"id": "S1", "uraian": "Meningkatnya X", "renstra": "1.1.1",
			   "tercetak": [{"sumber": "Tabel 3.1", "teks": "Meningkatkan Y"}, {"sumber": "PK", "teks": "Meningkatkan X"}, {"sumber": "Bab II", "teks": "meningkatnya  X."}]},
			  {"id": "S2", "uraian": "Z"},
			  {"id": "S3", "uraian": "W", "renstra": "9.9.9"},
			  {"id": "S4", "uraian": "Meningkatnya pelayanan administrasi perkantoran"},
			  {"id": "S5", "uraian": "tidak dipakai"}],
			"perjanjian_kinerja": {"tahun": 2022, "baris": [{"sasaran": "S4", "indikator": "Jumlah dokumen", "target": "8"}]},
			"indikator": [{"id": "A", "nama": "a", "sasaran": "S2", "iku": true, "rumus": {"pembilang": "p", "penyebut": "q"},
			  "target_akhir": "1", "tahun": [{"tahun": 2022, "target": "1", "realisasi": "1"}]}]}`,
			[]temuan{
				{"kinerja/sasaran-strategi", "peringatan", "sasaran[0].tercetak[0].teks", "Meningkatkan Y", "Meningkatnya X"},
				{"kinerja/sasaran-nama", "catatan", "sasaran[0].tercetak[1].teks", "Meningkatkan X", "Meningkatnya X"},
				{"kinerja/sasaran-renstra", "catatan", "sasaran[1].renstra", "", ""},
				{"kinerja/sasaran-renstra-tidak-ada", "kesalahan", "sasaran[2].renstra", "9.9.9", ""},
				{"kinerja/sasaran-pk-renstra", "peringatan", "sasaran[3].renstra", "", ""},
			}, []string{"kinerja/renstra-induk", "kinerja/target-akhir"}, map[string]int{"kinerja/sasaran-renstra": 1}},
		{"indikator", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}],
			"indikator": [
			  {"id": "A", "nama": "a", "iku": true, "satuan": "%", "tercetak": [{"sumber": "Bab II A", "teks": "A;"}, {"sumber": "Bab II C", "teks": "b"}],
			   "tahun": [{"tahun": 2021, "target": "1", "realisasi": "1"}, {"tahun": 2022, "realisasi": "2"}]},
			  {"id": "B", "nama": "b", "sasaran": "X", "iku": true, "satuan": "%", "rumus": {"pembilang": "Jumlah korban, 1 tahun", "penyebut": "jumlah korban 1 tahun"},
			   "tahun": [{"tahun": 2022, "target": "0", "realisasi": "5"}]},
			  {"id": "C", "nama": "c", "sasaran": "S", "iku": true, "satuan": "%", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "5"}]}]}`,
			[]temuan{
				{"kinerja/indikator-sasaran", "peringatan", "indikator[0].sasaran", "", ""},
				{"kinerja/indikator-nama", "catatan", "indikator[0].tercetak[1].teks", "b", "a"},
				{"kinerja/rumus-kosong", "peringatan", "indikator[0].rumus", "", ""},
				{"kinerja/target-akhir", "catatan", "indikator[0].target_akhir", "", ""},
				{"kinerja/target-kosong", "peringatan", "indikator[0].tahun[1].target", "", ""},
				{"kinerja/indikator-sasaran-tidak-ada", "kesalahan", "indikator[1].sasaran", "X", ""},
				{"kinerja/rumus-sama", "kesalahan", "indikator[1].rumus.penyebut", "jumlah korban 1 tahun", ""},
				{"kinerja/target-kosong", "peringatan", "indikator[1].tahun", "", ""},
				{"kinerja/target-nol", "peringatan", "indikator[1].tahun[0].target", "0%", ""},
				{"kinerja/target-kosong", "peringatan", "indikator[2].tahun", "", ""},
				{"kinerja/realisasi-kosong", "peringatan", "indikator[2].tahun[0].realisasi", "", ""},
				{"kinerja/pk-kosong", "catatan", "perjanjian_kinerja", "", ""},
			}, nil, nil},
		{"realisasi dan rumus", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}],
			"indikator": [
			  {"id": "A", "nama": "a", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2019, "target": "1", "realisasi": "107,9", "pembilang": "181.395", "penyebut": "168.010"},
			             {"tahun": 2020, "target": "1", "realisasi": "108", "pembilang": "181.395", "penyebut": "168.010"},
			             {"tahun": 2021, "target": "1", "realisasi": "107,97", "pembilang": "181.395", "penyebut": "168.010"},
			             {"tahun": 2022, "target": "1", "realisasi": "107,5", "pembilang": "181.395", "penyebut": "168.010"}]},
			  {"id": "B", "nama": "b", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2019, "target": "1", "realisasi": "1"}, {"tahun": 2020, "target": "1", "realisasi": "1"}, {"tahun": 2021, "target": "1", "realisasi": "1"},
			             {"tahun": 2022, "target": "6,77", "realisasi": "53,3", "pembilang": "181.395"}]}]}`,
			[]temuan{
				{"kinerja/realisasi-dipotong", "peringatan", "indikator[0].tahun[0].realisasi", "107,9%", "107,97%"},
				{"kinerja/realisasi-dibulatkan", "catatan", "indikator[0].tahun[1].realisasi", "108%", "107,97%"},
				{"kinerja/realisasi-rumus", "kesalahan", "indikator[0].tahun[3].realisasi", "107,5%", "107,97%"},
				{"kinerja/penyebut-tersirat", "catatan", "indikator[1].tahun[3].penyebut", "", "340.328"},
				{"kinerja/capaian-ekstrem", "peringatan", "indikator[1].tahun[3].target", "6,77%", "787,30%"},
			}, []string{"kinerja/target-kosong", "kinerja/target-akhir"}, nil},
		// A share of a population above 100 %: reported (A), by formula
		// only (B, path on the pembilang), allowed (C), not a persentase
		// (D), exactly 100 (E).
		{"persentase lebih 100", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}],
			"indikator": [
			  {"id": "A", "nama": "a", "sasaran": "S", "satuan": "%", "rumus": {"pembilang": "Jumlah PMKS yang memperoleh bantuan", "penyebut": "Jumlah PMKS yang seharusnya memperoleh bantuan"},
			   "tahun": [{"tahun": 2021, "target": "60", "realisasi": "63,04"}, {"tahun": 2022, "target": "65,65", "realisasi": "107,9", "pembilang": "181.395", "penyebut": "168.010"}]},
			  {"id": "B", "nama": "b", "sasaran": "S", "satuan": "%", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "65", "realisasi": "99", "pembilang": "181.395", "penyebut": "168.010"}]},
			  {"id": "C", "nama": "c", "sasaran": "S", "satuan": "%", "boleh_lebih_100": true,
			   "tahun": [{"tahun": 2022, "target": "100", "realisasi": "120"}]},
			  {"id": "D", "nama": "d", "sasaran": "S", "satuan": "KK",
			   "tahun": [{"tahun": 2022, "target": "100", "realisasi": "120"}]},
			  {"id": "E", "nama": "e", "sasaran": "S", "satuan": "%",
			   "tahun": [{"tahun": 2022, "target": "100", "realisasi": "100,00"}]}]}`,
			[]temuan{
				{"kinerja/persentase-lebih-100", "peringatan", "indikator[0].tahun[1].realisasi", "107,9%", "paling tinggi 100%"},
				{"kinerja/persentase-lebih-100", "peringatan", "indikator[1].tahun[0].pembilang", "107,97%", "paling tinggi 100%"},
			}, nil, map[string]int{"kinerja/persentase-lebih-100": 2}},
		// Four indicators whose penyebut count "PMKS": A's implied 340.328
		// contradicts C's 168.010, D's 34.020 and B's ≈ 4.564 (from its
		// pembilang breakdown); E counts panti, F the same 340.328.
		{"populasi penyebut", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}],
			"indikator": [
			  {"id": "A", "nomor": "1", "nama": "a", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "Jumlah PMKS yang seharusnya menerima bantuan"},
			   "tahun": [{"tahun": 2022, "target": "6,77", "realisasi": "53,3", "pembilang": "181.395"}]},
			  {"id": "B", "nomor": "2", "nama": "b", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "Jumlah PMKS yang ada"},
			   "tahun": [{"tahun": 2022, "target": "6,77", "realisasi": "1,49", "rincian": [{"bagian": "pembilang", "butir": [{"uraian": "x", "nilai": "60"}, {"uraian": "y", "nilai": "8"}]}]}]},
			  {"id": "C", "nomor": "3", "nama": "c", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "Jumlah PMKS dalam 1 tahun yang seharusnya memperoleh bantuan sosial"},
			   "tahun": [{"tahun": 2022, "target": "65,65", "realisasi": "63", "pembilang": "105.846", "penyebut": "168.010"}]},
			  {"id": "D", "nomor": "4", "nama": "d", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "jumlah pmks, dalam 1 tahun"},
			   "tahun": [{"tahun": 2022, "target": "85,55", "realisasi": "3,44", "pembilang": "1.170", "penyebut": "34.020"}]},
			  {"id": "E", "nomor": "5", "nama": "e", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "Jumlah panti sosial yang ada"},
			   "tahun": [{"tahun": 2022, "target": "55", "realisasi": "77,78", "pembilang": "7", "penyebut": "9"}]},
			  {"id": "F", "nomor": "6", "nama": "f", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "Jumlah PMKS yang ada"},
			   "tahun": [{"tahun": 2022, "target": "50", "realisasi": "50", "pembilang": "170.164", "penyebut": "340.328"}]}]}`,
			[]temuan{
				{"kinerja/penyebut-tersirat", "catatan", "indikator[0].tahun[0].penyebut", "", "340.328"},
			}, nil, map[string]int{"kinerja/penyebut-tersirat": 1}},
		{"kembar", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}],
			"indikator": [
			  {"id": "A", "nama": "a", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "1", "realisasi": "63,04", "pembilang": "181.395"}]},
			  {"id": "B", "nama": "b", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "1", "realisasi": "63.04", "pembilang": "181395"}]},
			  {"id": "C", "nama": "c", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "1", "realisasi": "53,3", "pembilang": "181.395"}]},
			  {"id": "D", "nama": "d", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "1", "realisasi": "100", "pembilang": "7"}]},
			  {"id": "E", "nama": "e", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "1", "realisasi": "100", "pembilang": "7"}]},
			  {"id": "F", "nama": "f", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "1", "realisasi": "50", "pembilang": "7"}]},
			  {"id": "G", "nama": "g", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "1", "realisasi": "50"}]}]}`,
			[]temuan{
				{"kinerja/realisasi-kembar", "catatan", "indikator[1].tahun[0].realisasi", "63,04%", ""},
				{"kinerja/pembilang-sama", "catatan", "indikator[2].tahun[0].pembilang", "181.395", ""},
			}, nil, map[string]int{"kinerja/realisasi-kembar": 1, "kinerja/pembilang-sama": 1}},
		{"kutipan dan rincian", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}],
			"indikator": [{"id": "A", "nama": "a", "sasaran": "S", "satuan": "%",
			  "tahun": [{"tahun": 2022, "target": "0,5", "realisasi": "0", "pembilang": "80", "penyebut": "10",
			    "kutipan": [{"sumber": "narasi", "target": "0,4", "realisasi": "0"}, {"sumber": "tabel lain", "target": "0,50"}],
			    "rincian": [
			      {"bagian": "pembilang", "total": "181.395", "satuan": "jiwa", "butir": [{"uraian": "x", "nilai": "111.122"}, {"uraian": "y", "nilai": "154", "satuan": "Kelompok"}, {"uraian": "z"}]},
			      {"bagian": "penyebut", "total": "9", "satuan": "panti", "butir": [{"uraian": "p1", "nilai": "1", "satuan": "panti"}]},
			      {"bagian": "pembilang", "total": "79", "satuan": "jiwa", "butir": [{"uraian": "alam", "nilai": "27", "satuan": "jiwa"}, {"uraian": "sosial", "nilai": "52", "satuan": "Jiwa"}]}]}]}]}`,
			[]temuan{
				{"kinerja/kutipan-beda", "kesalahan", "indikator[0].tahun[0].kutipan[0].target", "0,4%", "0,5%"},
				{"kinerja/rincian-jumlah", "peringatan", "indikator[0].tahun[0].rincian[0].total", "181.395 jiwa", "111.276 jiwa"},
				{"kinerja/rincian-satuan", "peringatan", "indikator[0].tahun[0].rincian[0].butir", "tanpa satuan, kelompok", ""},
				{"kinerja/rincian-bagian", "kesalahan", "indikator[0].tahun[0].rincian[0].total", "181.395 jiwa", "80"},
				{"kinerja/rincian-jumlah", "peringatan", "indikator[0].tahun[0].rincian[1].total", "9 panti", "1 panti"},
				{"kinerja/rincian-bagian", "kesalahan", "indikator[0].tahun[0].rincian[2].total", "79 jiwa", "80"},
			}, []string{"kinerja/realisasi-rumus"}, nil},
		{"perjanjian kinerja", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}],
			"indikator": [{"id": "A", "nama": "Indikator A", "sasaran": "S", "iku": true}, {"id": "B", "nama": "Indikator B", "sasaran": "S", "iku": true},
			  {"id": "R", "nama": "Jumlah KK warga KAT", "sasaran": "S"},
			  {"id": "C", "nama": "Indikator C", "sasaran": "S", "satuan": "%",
			   "tahun": [{"tahun": 2021, "sumber": "Tabel 3.1", "target": "6,77"}, {"tahun": 2022, "target": "5"}]}],
			"perjanjian_kinerja": {"tahun": 2021, "baris": [
			  {"sasaran": "S", "indikator": "Indikator A", "indikator_id": "A", "target": "1"},
			  {"sasaran": "S", "indikator": "Indikator C", "indikator_id": "C", "target": "0,677", "satuan": "%"},
			  {"sasaran": "S", "indikator": "Indikator C", "indikator_id": "C", "target": 6.770, "satuan": "%"},
			  {"indikator": "x", "target": "1"},
			  {"sasaran": "Q", "indikator": "Jumlah KK Warga KAT yang didampingi", "indikator_id": "R"},
			  {"sasaran": "S", "indikator": "y", "indikator_id": "Z", "target": "2"}]}}`,
			[]temuan{
				{"kinerja/pk-tahun", "peringatan", "perjanjian_kinerja.tahun", "2021", "2022"},
				{"kinerja/pk-target-beda", "kesalahan", "perjanjian_kinerja.baris[1].target", "0,677%", "6,77%"},
				{"kinerja/pk-sasaran", "peringatan", "perjanjian_kinerja.baris[3].sasaran", "", ""},
				{"kinerja/pk-sasaran-tidak-ada", "kesalahan", "perjanjian_kinerja.baris[4].sasaran", "Q", ""},
				{"kinerja/pk-rumusan", "catatan", "perjanjian_kinerja.baris[4].indikator", "Jumlah KK Warga KAT yang didampingi", "Jumlah KK warga KAT"},
				{"kinerja/pk-target-kosong", "peringatan", "perjanjian_kinerja.baris[4].target", "", ""},
				{"kinerja/pk-indikator", "kesalahan", "perjanjian_kinerja.baris[5].indikator_id", "Z", ""},
				{"kinerja/pk-iku", "peringatan", "indikator[1]", "", ""},
				{"kinerja/pk-bukan-iku", "catatan", "perjanjian_kinerja.baris", "", "5 dari 6 baris"},
			}, []string{"kinerja/pk-tanpa-iku"}, map[string]int{"kinerja/pk-target-beda": 1}},
		// S1 is served by a PK row's sub kegiatan, S2 by its own list, S3
		// by nothing although it carries an IKU; S4 has no IKU.
		{"sasaran tanpa anggaran", `{"tahun": 2022, "sasaran": [{"id": "S1", "uraian": "a"}, {"id": "S2", "uraian": "b", "anggaran": ["1.06.02"]},
			  {"id": "S3", "uraian": "Meningkatnya peran dan fungsi kelembagaan sosial"}, {"id": "S4", "uraian": "d"}],
			"indikator": [{"id": "A", "nama": "a", "sasaran": "S1", "iku": true}, {"id": "B", "nama": "b", "sasaran": "S2", "iku": true},
			  {"id": "C", "nama": "c", "sasaran": "S3", "iku": true}, {"id": "D", "nama": "d", "sasaran": "S3", "iku": true}],
			"perjanjian_kinerja": {"tahun": 2022, "baris": [{"sasaran": "S1", "indikator": "x", "target": "1", "sub_kegiatan": "1.06.02.2.01.01"},
			  {"sasaran": "S3", "indikator": "c", "indikator_id": "C", "target": "1"}, {"sasaran": "S4", "indikator": "y", "target": "1", "sub_kegiatan": "1.06.02.2.01.01"}]}}`,
			[]temuan{
				{"kinerja/sasaran-tanpa-anggaran", "peringatan", "sasaran[2].anggaran", "", "2 dari 4 IKU"},
			}, nil, map[string]int{"kinerja/sasaran-tanpa-anggaran": 1}},
		// Every figure negative somewhere. Without the check each of these
		// gave a derived finding computed from the negative figure (an
		// implied penyebut of -340.328, a formula mismatch, breakdowns
		// that do not add up, a capaian of -787,30 % or 250 %).
		{"angka negatif", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}],
			"indikator": [
			  {"id": "A", "nama": "a", "sasaran": "S", "satuan": "%", "target_akhir": "-70",
			   "tahun": [{"tahun": 2022, "target": "-6,77", "realisasi": "53,3"}]},
			  {"id": "B", "nama": "b", "sasaran": "S", "satuan": "%", "target_akhir": "70", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "6,77", "realisasi": "-53,3", "pembilang": "181.395",
			     "kutipan": [{"sumber": "narasi", "realisasi": "-53,3"}]}]},
			  {"id": "C", "nama": "c", "sasaran": "S", "satuan": "%", "target_akhir": "70", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "65,65", "realisasi": "107,9", "pembilang": "-181.395", "penyebut": "168.010"}]},
			  {"id": "D", "nama": "d", "sasaran": "S", "satuan": "%", "target_akhir": "70", "rumus": {"pembilang": "p", "penyebut": "q"},
			   "tahun": [{"tahun": 2022, "target": "55", "realisasi": "77", "pembilang": "7", "penyebut": "-9",
			     "rincian": [
			       {"bagian": "pembilang", "total": "7", "butir": [{"uraian": "x", "nilai": "5"}, {"uraian": "y", "nilai": "-1"}]},
			       {"bagian": "penyebut", "total": "9", "butir": [{"uraian": "x", "nilai": "9"}]},
			       {"bagian": "pembilang", "total": "-7", "butir": [{"uraian": "x", "nilai": "7"}]}]}]},
			  {"id": "E", "nama": "e", "sasaran": "S", "satuan": "%", "target_akhir": "1", "polaritas": "negatif", "rumus_negatif": "nilai_akhir",
			   "tahun": [{"tahun": 2022, "target": "2", "realisasi": "2", "realisasi_periode": ["2", "-1"]}]}],
			"perjanjian_kinerja": {"tahun": 2022, "baris": [{"sasaran": "S", "indikator": "a", "indikator_id": "A", "target": "-44"}]}}`,
			[]temuan{
				{"kinerja/angka-negatif", "kesalahan", "indikator[0].target_akhir", "-70%", ""},
				{"kinerja/angka-negatif", "kesalahan", "indikator[0].tahun[0].target", "-6,77%", ""},
				{"kinerja/angka-negatif", "kesalahan", "indikator[1].tahun[0].realisasi", "-53,3%", ""},
				{"kinerja/angka-negatif", "kesalahan", "indikator[1].tahun[0].kutipan[0].realisasi", "-53,3%", ""},
				{"kinerja/angka-negatif", "kesalahan", "indikator[2].tahun[0].pembilang", "-181.395", ""},
				{"kinerja/angka-negatif", "kesalahan", "indikator[3].tahun[0].penyebut", "-9", ""},
				{"kinerja/angka-negatif", "kesalahan", "indikator[3].tahun[0].rincian[0].butir[1].nilai", "-1", ""},
				{"kinerja/angka-negatif", "kesalahan", "indikator[3].tahun[0].rincian[2].total", "-7", ""},
				{"kinerja/angka-negatif", "kesalahan", "indikator[4].tahun[0].realisasi_periode[1]", "-1%", ""},
				{"kinerja/angka-negatif", "kesalahan", "perjanjian_kinerja.baris[0].target", "-44", ""},
			},
			[]string{"kinerja/penyebut-tersirat", "kinerja/realisasi-rumus", "kinerja/rincian-jumlah", "kinerja/rincian-bagian", "kinerja/capaian-ekstrem"},
			map[string]int{"kinerja/angka-negatif": 10}},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			d := mustParse(t, tc.doc)
			ts := Check(d, 0, Opsi{})
			got := map[temuan]bool{}
			kode := map[string]bool{}
			var semua []string
			for _, x := range ts {
				got[temuan{x.Kode, x.Tingkat.String(), x.Lokasi.Path, x.Tercetak, x.Terhitung}] = true
				kode[x.Kode] = true
				semua = append(semua, fmt.Sprintf("%s %s %s %q %q", x.Kode, x.Tingkat, x.Lokasi.Path, x.Tercetak, x.Terhitung))
				if x.Pesan == "" || strings.HasSuffix(x.Pesan, " ") {
					t.Errorf("pesan kosong atau berakhir spasi: %+v", x)
				}
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("tidak ada temuan %+v; ada:\n%s", w, strings.Join(semua, "\n"))
				}
			}
			n := map[string]int{}
			for _, x := range ts {
				n[x.Kode]++
			}
			for k, want := range tc.n {
				if n[k] != want {
					t.Errorf("%s %d kali, ingin %d; ada:\n%s", k, n[k], want, strings.Join(semua, "\n"))
				}
			}
			for _, k := range tc.tdk {
				if kode[k] {
					t.Errorf("temuan %s tak terduga; ada:\n%s", k, strings.Join(semua, "\n"))
				}
			}
		})
	}
}

// TestCheckStabil checks that the findings come out in the same order on
// every run (the golden files and the PWA rely on it).
func TestCheckStabil(t *testing.T) {
	d := seed(t)
	a := Check(d, 2022, Opsi{})
	for i := 0; i < 20; i++ {
		b := Check(d, 2022, Opsi{})
		if len(a) != len(b) {
			t.Fatal("jumlah temuan berubah")
		}
		for j := range a {
			if a[j] != b[j] {
				t.Fatalf("temuan %d berubah: %v / %v", j, a[j], b[j])
			}
		}
	}
}

// TestRealisasiRumusPresisi: a realisasi printed with more decimals than
// the rounding, and right, is no finding; one rounded to fewer decimals is
// a remark; one truncated a warning; any other an error.
func TestRealisasiRumusPresisi(t *testing.T) {
	for _, tc := range []struct {
		cetak, tingkat string // "" = no finding
	}{
		{"107,96679", ""}, {"107,97", ""}, {"107,9668", ""}, {"108", "catatan"}, {"108,0", "catatan"},
		{"107,9", "peringatan"}, {"107", "peringatan"}, {"107,96", "peringatan"}, {"107,98", "kesalahan"}, {"53,3", "kesalahan"},
	} {
		d := mustParse(t, `{"tahun": 2022, "indikator": [{"id": "A", "nama": "a", "satuan": "%", "rumus": {"pembilang": "p", "penyebut": "q"},
			"tahun": [{"tahun": 2022, "target": "100", "realisasi": "`+tc.cetak+`", "pembilang": "181.395", "penyebut": "168.010"}]}]}`)
		got := ""
		for _, x := range Check(d, 0, Opsi{}) {
			if strings.HasPrefix(x.Kode, "kinerja/realisasi-") && x.Kode != "kinerja/realisasi-kosong" && x.Kode != "kinerja/realisasi-kembar" {
				got = x.Tingkat.String()
			}
		}
		if got != tc.tingkat {
			t.Errorf("realisasi %s: temuan %q, ingin %q", tc.cetak, got, tc.tingkat)
		}
	}
}

// TestPenyebutPopulasi: the implied-penyebut note of an indicator names
// the other indicators whose penyebut counts the same population with
// another figure, and only those (not panti, not the same 340.328).
func TestPenyebutPopulasi(t *testing.T) {
	d := mustParse(t, `{"tahun": 2022, "indikator": [
	  {"id": "A", "nomor": "1", "nama": "a", "iku": true, "satuan": "%", "rumus": {"pembilang": "p", "penyebut": "Jumlah PMKS yang seharusnya menerima bantuan"},
	   "tahun": [{"tahun": 2022, "target": "6,77", "realisasi": "53,3", "pembilang": "181.395"}]},
	  {"id": "B", "nomor": "2", "nama": "b", "iku": true, "satuan": "%", "rumus": {"pembilang": "p", "penyebut": "Jumlah PMKS yang ada"},
	   "tahun": [{"tahun": 2022, "target": "6,77", "realisasi": "1,49", "rincian": [{"bagian": "pembilang", "butir": [{"uraian": "x", "nilai": "60"}, {"uraian": "y", "nilai": "8"}]}]}]},
	  {"id": "C", "nomor": "3", "nama": "c", "iku": true, "satuan": "%", "rumus": {"pembilang": "p", "penyebut": "Jumlah PMKS dalam 1 tahun yang seharusnya memperoleh bantuan sosial"},
	   "tahun": [{"tahun": 2022, "target": "65,65", "realisasi": "63", "pembilang": "105.846", "penyebut": "168.010"}]},
	  {"id": "D", "nomor": "4", "nama": "d", "iku": true, "satuan": "%", "rumus": {"pembilang": "p", "penyebut": "jumlah pmks, dalam 1 tahun"},
	   "tahun": [{"tahun": 2022, "target": "85,55", "realisasi": "3,44", "pembilang": "1.170", "penyebut": "34.020"}]},
	  {"id": "E", "nomor": "5", "nama": "e", "iku": true, "satuan": "%", "rumus": {"pembilang": "p", "penyebut": "Jumlah panti sosial yang ada"},
	   "tahun": [{"tahun": 2022, "target": "55", "realisasi": "77,78", "pembilang": "7", "penyebut": "9"}]},
	  {"id": "F", "nomor": "6", "nama": "f", "iku": true, "satuan": "%", "rumus": {"pembilang": "p", "penyebut": "Jumlah PMKS yang ada"},
	   "tahun": [{"tahun": 2022, "target": "50", "realisasi": "50", "pembilang": "170.164", "penyebut": "340.328"}]}]}`)
	var got []string
	for _, x := range Check(d, 0, Opsi{}) {
		if x.Kode == "kinerja/penyebut-tersirat" {
			got = append(got, x.Lokasi.Path+" "+x.Tingkat.String()+" "+x.Terhitung+": "+x.Pesan)
		}
	}
	want := []string{"indikator[0].tahun[0].penyebut catatan 340.328: Penyebut (Jumlah PMKS yang seharusnya menerima bantuan) tidak dicantumkan. " +
		"Dari pembilang 181.395 dan realisasi 53,3%, penyebutnya sekitar 340.328. Indikator lain menyebut populasi yang sama (PMKS) tahun 2022 " +
		"dengan jumlah berbeda: IKU 2 sekitar 4.564, IKU 3 168.010, IKU 4 34.020; satu populasi hanya mempunyai satu jumlah, jadi penyebut-penyebut ini " +
		"bertentangan dan definisi atau data penyebutnya perlu diseragamkan."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("penyebut-tersirat (-ingin +didapat):\n%s", diff)
	}
}
