package kinerja_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/kinerja"
)

// TestTerjumlah: which units add up across quarters and years.
func TestTerjumlah(t *testing.T) {
	for _, c := range []struct {
		jenis  kinerja.Jenis
		satuan string
		want   bool
	}{
		{kinerja.Jumlah, "Dok", true},
		{kinerja.Jumlah, "Laporan", true},
		{kinerja.Jumlah, "", true},
		{kinerja.Jumlah, "Orang / Bulan", false},
		{kinerja.Jumlah, "Klien /Orang", true}, // the sample's unit: "/" is "or"
		{kinerja.Jumlah, "siswa/i", true},
		{kinerja.Jumlah, "kasus/1.000 kelahiran hidup", false},
		{kinerja.Jumlah, "kasus per 1.000 kelahiran", false},
		{kinerja.Jumlah, "Nilai", false},
		{kinerja.Jumlah, "%", false},
		{kinerja.Persentase, "%", false},
		{kinerja.Indeks, "poin", false},
		{kinerja.Rasio, "", false},
	} {
		ind := kinerja.Indikator{Jenis: c.jenis, Satuan: c.satuan}
		if got := ind.Terjumlah(); got != c.want {
			t.Errorf("%s %q: Terjumlah %v, ingin %v", c.jenis, c.satuan, got, c.want)
		}
	}
}

// dokTriwulan is a kinerja section with one indicator of the given unit,
// target, realisasi and quarters.
func dokTriwulan(jenis, satuan, target, realisasi string, tw ...string) string {
	q := make([]string, len(tw))
	for i, s := range tw {
		if s == "" {
			q[i] = "null"
		} else {
			q[i] = fmt.Sprintf("%q", s)
		}
	}
	return fmt.Sprintf(`{"tahun": 2025, "sasaran": [{"id": "S1", "uraian": "Sasaran"}],
 "indikator": [{"id": "I1", "nama": "Indikator", "sasaran": "S1", "satuan": %q, "jenis": %q,
  "tahun": [{"tahun": 2025, "target": %q, "realisasi": %q, "realisasi_triwulan": [%s]}]}]}`, satuan, jenis, target, realisasi, strings.Join(q, ", "))
}

// TestTriwulanIndikator: the quarters of an indicator under the unit
// rule, and the findings on them.
func TestTriwulanIndikator(t *testing.T) {
	for _, c := range []struct {
		nama       string
		dok        string
		tahun      string // the year's realisasi the quarters give
		kumulatif  string // to the end of each quarter
		dilaporkan int
		temuan     []string
	}{
		{"hitungan dijumlahkan", dokTriwulan("jumlah", "Dok", "8", "8", "2,4", "1,6", "2", "2"), "8", "2,4 4 6 8", 4, nil},
		{"hitungan salah: 0 padahal 35", dokTriwulan("jumlah", "Unit", "35", "0", "0", "0", "0", "35"), "35", "0 0 0 35", 4, []string{"kinerja/triwulan-jumlah"}},
		{"persen: nilai akhir", dokTriwulan("persentase", "%", "100", "80", "20", "40", "60", "80"), "80", "20 40 60 80", 4, nil},
		{"persen dijumlahkan antartriwulan", dokTriwulan("persentase", "%", "100", "100", "20", "17,5", "31,25", "31,25"), "31,25", "20 17,5 31,25 31,25", 4, []string{"kinerja/triwulan-satuan"}},
		{"orang per bulan dijumlahkan", dokTriwulan("jumlah", "Orang / Bulan", "45", "45", "11,25", "11,25", "11,25", "11,25"), "11,25", "11,25 11,25 11,25 11,25", 4, []string{"kinerja/triwulan-satuan"}},
		{"persen: bukan akhir, bukan jumlah", dokTriwulan("persentase", "%", "100", "90", "20", "40", "60", "70"), "70", "20 40 60 70", 4, []string{"kinerja/triwulan-jumlah"}},
		{"satu triwulan melebihi target setahun", dokTriwulan("jumlah", "Lap", "1", "5", "0", "5", "0", "0"), "5", "0 5 5 5", 4, []string{"kinerja/triwulan-melebihi-target"}},
		{"belum dilaporkan", dokTriwulan("jumlah", "Dok", "4", "3", "1", "2"), "3", "1 3 – –", 2, nil},
		{"triwulan kosong di tengah", dokTriwulan("jumlah", "Dok", "4", "3", "1", "", "2"), "3", "1 – – –", 3, nil},
		{"angka negatif", dokTriwulan("jumlah", "Dok", "4", "3", "1", "-2"), "-1", "1 -1 – –", 2, []string{"kinerja/angka-negatif"}},
	} {
		t.Run(c.nama, func(t *testing.T) {
			d, err := kinerja.Parse([]byte(c.dok))
			if err != nil {
				t.Fatal(err)
			}
			ind := &d.Indikator[0]
			tw := ind.Tahun[0].Triwulan(ind)
			tahun := "–"
			if tw.Tahun != nil {
				tahun = fmtID(tw.Tahun.String())
			}
			var kum []string
			for _, k := range tw.Kumulatif {
				if k == nil {
					kum = append(kum, "–")
				} else {
					kum = append(kum, fmtID(k.String()))
				}
			}
			if tahun != c.tahun {
				t.Errorf("realisasi setahun %s, ingin %s", tahun, c.tahun)
			}
			if got := strings.Join(kum, " "); got != c.kumulatif {
				t.Errorf("kumulatif %s, ingin %s", got, c.kumulatif)
			}
			if tw.Dilaporkan != c.dilaporkan {
				t.Errorf("dilaporkan %d, ingin %d", tw.Dilaporkan, c.dilaporkan)
			}
			var got []string
			for _, tm := range kinerja.Check(d, 2025, kinerja.Opsi{}) {
				if strings.Contains(tm.Kode, "triwulan") || tm.Kode == "kinerja/angka-negatif" {
					got = append(got, tm.Kode)
					if strings.Contains(tm.Pesan, "[") {
						t.Errorf("pesan memuat jalur: %s", tm.Pesan)
					}
				}
			}
			if diff := cmp.Diff(c.temuan, got); diff != "" {
				t.Errorf("temuan (-ingin +dapat):\n%s", diff)
			}
			// Written and read back: the same quarters.
			out, err := d.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			d2, err := kinerja.Parse(out)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if diff := cmp.Diff(ind.Tahun[0].RealisasiTriwulan, d2.Indikator[0].Tahun[0].RealisasiTriwulan); diff != "" {
				t.Errorf("tulis lalu baca (-baca +ulang):\n%s", diff)
			}
		})
	}
}

func fmtID(s string) string { return strings.ReplaceAll(s, ".", ",") }

// TestTriwulanLima: a fifth quarter is refused.
func TestTriwulanLima(t *testing.T) {
	_, err := kinerja.Parse([]byte(dokTriwulan("jumlah", "Dok", "4", "3", "1", "1", "1", "0", "0")))
	if err == nil || !strings.Contains(err.Error(), "paling banyak 4 triwulan") {
		t.Errorf("galat %v", err)
	}
}
