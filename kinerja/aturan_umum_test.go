package kinerja

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAturanUmum checks the rules that hold on any document: each
// scenario a small document and the findings of the rules under test
// (code, severity, path, printed, computed), exactly.
func TestAturanUmum(t *testing.T) {
	kode := []string{"kinerja/polaritas-janggal", "kinerja/sasaran-tanpa-iku", "kinerja/penyebut-berbeda", "kinerja/target-nol"}
	for _, tc := range []struct {
		nama string
		doc  string
		opsi Opsi
		want []string
	}{
		{"polaritas janggal", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}], "indikator": [
			{"id": "A", "nama": "Persentase penduduk miskin", "sasaran": "S", "satuan": "%", "tahun": [{"tahun": 2022, "target": "10", "realisasi": "9"}]},
			{"id": "B", "nama": "Angka stunting", "sasaran": "S", "polaritas": "negatif", "tahun": [{"tahun": 2022, "target": "10", "realisasi": "9"}]},
			{"id": "C", "nama": "Jumlah kasus gizi buruk", "sasaran": "S", "tahun": [{"tahun": 2022, "target": "5", "realisasi": "3"}]},
			{"id": "D", "nama": "Persentase kasus gizi buruk yang ditangani", "sasaran": "S", "tahun": [{"tahun": 2022, "target": "100", "realisasi": "100"}]},
			{"id": "E", "nama": "Persentase penurunan angka stunting", "sasaran": "S", "tahun": [{"tahun": 2022, "target": "10", "realisasi": "12"}]},
			{"id": "F", "nama": "Persentase PMKS yang tertangani", "sasaran": "S", "tahun": [{"tahun": 2022, "target": "10", "realisasi": "12"}]},
			{"id": "G", "nama": "Persentase balita gizi buruk mendapat perawatan", "sasaran": "S", "tahun": [{"tahun": 2022, "target": "100", "realisasi": "100"}]},
			{"id": "H", "nama": "Tingkat Pengangguran Terbuka (TPT)", "sasaran": "S", "satuan": "%", "tahun": [{"tahun": 2022, "target": "5", "realisasi": "4"}]}]}`,
			Opsi{}, []string{
				`kinerja/polaritas-janggal peringatan indikator[0].polaritas "positif" "negatif"`,
				`kinerja/polaritas-janggal peringatan indikator[2].polaritas "positif" "negatif"`,
				`kinerja/polaritas-janggal peringatan indikator[7].polaritas "positif" "negatif"`,
			}},
		{"sasaran tanpa IKU", `{"tahun": 2022,
			"renstra": {"misi": [{"nomor": "1", "uraian": "m"}], "tujuan": [{"nomor": "1.1", "uraian": "t"}],
			  "sasaran": [{"nomor": "1.1.1", "uraian": "X"}, {"nomor": "1.1.2", "uraian": "Y"}]},
			"sasaran": [{"id": "S1", "uraian": "X", "renstra": "1.1.1"}, {"id": "S2", "uraian": "Y", "renstra": "1.1.2"}, {"id": "S3", "uraian": "pendukung"}],
			"indikator": [{"id": "A", "nama": "a", "sasaran": "S1", "iku": true, "target_akhir": "1", "rumus": {"pembilang": "p", "penyebut": "q"},
			  "tahun": [{"tahun": 2022, "target": "1", "realisasi": "1"}]},
			  {"id": "B", "nama": "b", "sasaran": "S2", "tahun": [{"tahun": 2022, "target": "1", "realisasi": "1"}]}]}`,
			Opsi{}, []string{`kinerja/sasaran-tanpa-iku peringatan sasaran[1] "" "0 IKU"`}},
		{"penyebut berbeda", `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}], "indikator": [
			{"id": "A", "nama": "a", "sasaran": "S", "satuan": "%", "rumus": {"pembilang": "Jumlah balita ditimbang", "penyebut": "Jumlah balita"},
			  "tahun": [{"tahun": 2022, "target": "80", "realisasi": "80", "pembilang": "800", "penyebut": "1.000"}]},
			{"id": "B", "nama": "b", "sasaran": "S", "satuan": "%", "rumus": {"pembilang": "Jumlah balita diimunisasi", "penyebut": "jumlah  balita."},
			  "tahun": [{"tahun": 2022, "target": "80", "realisasi": "75", "pembilang": "900", "penyebut": "1.200"}]},
			{"id": "C", "nama": "c", "sasaran": "S", "satuan": "%", "rumus": {"pembilang": "Jumlah balita gizi baik", "penyebut": "Jumlah balita"},
			  "tahun": [{"tahun": 2022, "target": "80", "realisasi": "90", "pembilang": "900", "penyebut": "1.000"}]}]}`,
			Opsi{}, []string{`kinerja/penyebut-berbeda peringatan indikator[1].tahun[0].penyebut "1.200" "1.000"`}},
		{"target nol bawaan", targetNol, Opsi{}, []string{
			`kinerja/target-nol peringatan indikator[0].tahun[0].target "0 kasus" ""`,
			`kinerja/target-nol peringatan indikator[1].tahun[0].target "0 kasus" ""`,
			`kinerja/target-nol peringatan indikator[2].tahun[0].target "0 kasus" ""`,
		}},
		{"target nol negatif tercapai", targetNol, Opsi{TargetNol: TargetNolNegatifTercapai}, []string{
			`kinerja/target-nol peringatan indikator[1].tahun[0].target "0 kasus" ""`,
			`kinerja/target-nol peringatan indikator[2].tahun[0].target "0 kasus" ""`,
		}},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			var got []string
			for _, x := range Check(mustParse(t, tc.doc), 0, tc.opsi) {
				if slices.Contains(kode, x.Kode) {
					got = append(got, fmt.Sprintf("%s %s %s %q %q", x.Kode, x.Tingkat, x.Lokasi.Path, x.Tercetak, x.Terhitung))
					if strings.Contains(x.Pesan, "[") {
						t.Errorf("pesan memuat path JSON: %s", x.Pesan)
					}
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// targetNol: target 0 cases, negative polarity, realisasi 0 (A), 2 (B);
// positive polarity, realisasi 0 (C).
const targetNol = `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}], "indikator": [
	{"id": "A", "nama": "Jumlah kasus gizi buruk", "sasaran": "S", "satuan": "kasus", "polaritas": "negatif", "tahun": [{"tahun": 2022, "target": "0", "realisasi": "0"}]},
	{"id": "B", "nama": "Jumlah kasus gizi buruk baru", "sasaran": "S", "satuan": "kasus", "polaritas": "negatif", "tahun": [{"tahun": 2022, "target": "0", "realisasi": "2"}]},
	{"id": "C", "nama": "Jumlah desa tangguh bencana", "sasaran": "S", "satuan": "kasus", "tahun": [{"tahun": 2022, "target": "0", "realisasi": "0"}]}]}`

// TestTargetNolCapaian: under TargetNolNegatifTercapai a negative
// indicator with target 0 and realisasi 0 scores 100 %, with the top
// predikat; by default it has no capaian.
func TestTargetNolCapaian(t *testing.T) {
	d := mustParse(t, targetNol)
	for _, tc := range []struct {
		opsi Opsi
		want []string
	}{
		{Opsi{}, []string{"", "", ""}},
		{Opsi{TargetNol: TargetNolNegatifTercapai}, []string{"100 Sangat Tinggi", "", ""}},
	} {
		h := Compute(d, 0, tc.opsi, nil)
		var got []string
		for _, hi := range h.Indikator {
			s := hi.Pada(2022)
			v := ""
			if s.Capaian.Nilai != nil {
				v = s.Capaian.Nilai.String() + " " + s.Predikat
			}
			got = append(got, v)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%+v (-want +got):\n%s", tc.opsi.TargetNol, diff)
		}
	}
}

// TestRataRataTepat: the mean of a sasaran is taken of the unrounded
// capaian: 10,0049 + 10,0049 + 10,0102 = 30,02 / 3 = 10,0067 → 10,01 (the
// mean of the rounded 10,00 + 10,00 + 10,01 would give 10,00).
func TestRataRataTepat(t *testing.T) {
	d := mustParse(t, `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}], "indikator": [
		{"id": "A", "nama": "a", "sasaran": "S", "iku": true, "tahun": [{"tahun": 2022, "target": "100", "realisasi": "10,0049"}]},
		{"id": "B", "nama": "b", "sasaran": "S", "iku": true, "tahun": [{"tahun": 2022, "target": "100", "realisasi": "10,0049"}]},
		{"id": "C", "nama": "c", "sasaran": "S", "iku": true, "tahun": [{"tahun": 2022, "target": "100", "realisasi": "10,0102"}]}]}`)
	h := Compute(d, 0, Opsi{}, nil)
	var per []string
	for _, hi := range h.Indikator {
		per = append(per, hi.Pada(2022).Capaian.Nilai.String())
	}
	got := append(per, h.Sasaran[0].Capaian.Nilai.String(), h.Dinas.Capaian.Nilai.String())
	if diff := cmp.Diff([]string{"10", "10", "10.01", "10.01", "10.01"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestCapaianDiAtasSkala: on a Pemda's scale whose top band ends at 100,
// a capaian of 120 % gets the top predikat; a cap at 100 gives the same
// predikat from the capped value; a PANRB88 score above 100 has none.
func TestCapaianDiAtasSkala(t *testing.T) {
	sk, err := NewSkala("pemda", false,
		Pita{Atas: angkaP("60"), Predikat: "Kurang"},
		Pita{Bawah: angkaP("60"), Atas: angkaP("100"), Predikat: "Baik"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sk   Skala
		x    string
		want string
	}{
		{sk, "120", "Baik"}, {sk, "100", "Baik"}, {sk, "59,99", "Kurang"},
		{SkalaPermendagri86(), "787,30", "Sangat Tinggi"},
		{SkalaPANRB88(), "100,01", ""},
	} {
		v := *angkaP(strings.ReplaceAll(tc.x, ",", "."))
		if got, _ := tc.sk.Predikat(v); got != tc.want {
			t.Errorf("%s %s: %q, ingin %q", tc.sk.Nama, tc.x, got, tc.want)
		}
	}
}
