package renja

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
)

func deliSerdang(t testing.TB) (*Formulir, *Hasil, []anggaran.Temuan) {
	t.Helper()
	data, err := os.ReadFile(deliSerdangXLSX)
	if err != nil {
		t.Fatal(err)
	}
	f, err := BacaXLSX(data)
	if err != nil {
		t.Fatal(err)
	}
	h := Hitung(f, Opsi{})
	return f, h, Periksa(f, h)
}

// lembarDari returns the sheet row a finding names ("84 (No 74) «…»" → 84).
func lembarDari(tm anggaran.Temuan) string {
	s, _, _ := strings.Cut(tm.Lokasi.Baris, " ")
	return s
}

// TestTemuanDeliSerdang lists what each kesalahan and peringatan on the
// real Deli Serdang Renja evaluation is, by code, sheet row and column,
// and counts the catatan per code. Every entry is a real mistake of the
// document, checked by hand against the spreadsheet.
func TestTemuanDeliSerdang(t *testing.T) {
	_, _, ts := deliSerdang(t)
	type key struct{ kode, lembar, kolom string }
	want := map[key]string{
		// Parents whose printed total is not the sum of their children.
		{KodeJumlahInduk, "84", "6 (Rp)"}:  "kegiatan 74 (Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan): its Renstra pagu SUM(K85:K88) leaves out sub kegiatan 79 and 80 (rows 89, 90): Rp 85.916.205 short",
		{KodeJumlahInduk, "12", "9 (Rp)"}:  "bidang PERENCANAAN: TW I Rp adds bidang Keuangan and Penelitian dan Pengembangan (R91, R96), which are its siblings, not its children",
		{KodeJumlahInduk, "12", "10 (Rp)"}: "the same double count in TW II",
		{KodeJumlahInduk, "12", "11 (Rp)"}: "the same double count in TW III",
		{KodeJumlahInduk, "12", "12 (Rp)"}: "TW IV adds bidang Keuangan (AA91)",
		// Column 13 not the sum of the four quarters.
		{KodeKolom13, "11", "13 (Rp)"}: "urusan: its printed quarters carry row 12's double count, its column 13 does not",
		{KodeKolom13, "12", "13 (Rp)"}: "bidang PERENCANAAN: column 13 (SUM of children) disagrees with its double-counted quarters",
		{KodeKolom13, "51", "13 (K)"}:  "Pemeliharaan Mebel: the four triwulan add up to 35 Unit and Rp 2.790.000 was spent, column 13 prints 0",
		// Column 14 not 7 + 13.
		{KodeKolom14, "64", "14 (Rp)"}: "kegiatan 54: AE64 = M64 + AF64 adds the capaian % (192) to last year's money instead of column 13",
		// A target of 0.
		{KodeTargetNol, "82", "15 (K)"}:  "sub kegiatan 72: Renstra target 0, column 15 prints #DIV/0!",
		{KodeTargetNol, "82", "15 (Rp)"}: "the same row: Renstra pagu 0 while Rp 15.211.000 was spent up to 2024, #DIV/0!",
		{KodeTargetNol, "82", "8 (K)"}:   "the same row: 2025 target 0 with a realisasi of 1 Lap",
		// Money spent, output 0.
		{KodeUangTanpaOutput, "46", "13"}: "Penyediaan Jasa Surat Menyurat: Rp 800.000 spent, K 0 in every quarter while the % column says 100 %",
		{KodeUangTanpaOutput, "48", "13"}: "Penyediaan Jasa Pelayanan Umum Kantor: Rp 321.890.797 spent, K 0",
		// Duplicated pagu.
		{KodePaguGanda, "41", "6 (Rp)"}:  "Pengadaan Kendaraan Dinas Operasional: the same Renstra pagu (Rp 70.315.088) as Kendaraan Dinas Jabatan in row 40",
		{KodePaguGanda, "106", "6 (Rp)"}: "Program Riset dan Inovasi Daerah (the row numbered 0): Rp 1.173.117.699, the pagu of Program Penelitian dan Pengembangan Daerah (rows 96, 97) again",
		{KodePaguGanda, "110", "6 (Rp)"}: "Renstra-only kegiatan Invensi dan Inovasi: the pagu of Pengembangan Inovasi dan Teknologi (row 103)",
		{KodePaguGanda, "111", "6 (Rp)"}: "Renstra-only sub kegiatan: the pagu of Fasilitasi Hak Kekayaan Intelektual (row 105)",
		{KodePaguGanda, "112", "6 (Rp)"}: "Renstra-only sub kegiatan: the pagu of Diseminasi … Inovatif (row 104)",
	}
	// Units that cannot be summed across years, summed by column 14:
	// "Orang / Bulan" (row 23: 580 person-months up to 2024 + 45 = 625,
	// capaian 1.388 %), and the percentages and scores of every program
	// and kegiatan (100 % + 100 % = 200 %). The urusan and bidang rows
	// (11, 12, 91) have no column 13 K: their 14 K copies column 7.
	for _, r := range []int{13, 14, 22, 23, 30, 39, 45, 55, 56, 64, 67, 70, 71, 77, 84, 92, 93, 97, 98, 101, 103} {
		want[key{KodeTakTerjumlah, strconv.Itoa(r), "14 (K)"}] = "column 14 K adds years of a unit that cannot be added"
	}
	got := map[key]bool{}
	catatan := map[string]int{}
	for _, tm := range ts {
		if tm.Tingkat == anggaran.Catatan {
			catatan[tm.Kode]++
			continue
		}
		k := key{tm.Kode, lembarDari(tm), tm.Lokasi.Kolom}
		if got[k] {
			t.Errorf("finding twice: %v", k)
		}
		got[k] = true
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected finding: %s", tm)
		}
	}
	for k, why := range want {
		if !got[k] {
			t.Errorf("missing finding %v: %s", k, why)
		}
	}
	// The remarks: 33 sub kegiatan whose printed cumulative % per quarter
	// disagrees with their K (e.g. row 16: K 0, 0, 0, 1 with 25, 50, 75,
	// 100 %); 6 rows (the urusan and 5 programs) below the serapan targets
	// 15/40/60/90; the 5 Renstra-only rows 108–112; the row numbered 0
	// (106); "Unir" for "Unit" (row 40); two indicators in one cell (row
	// 13); Program Riset dan Inovasi Daerah (106), a top row the form's
	// total row (SUM(K12+K91+K96)) leaves out.
	wantCatatan := map[string]int{KodePersenTriwulan: 33, KodeSerapan: 6, KodeHanyaRenstra: 5, KodeNomor: 1, KodeSatuan: 1, KodeIndikatorGanda: 1, KodeDiLuarJumlah: 1}
	if diff := cmp.Diff(wantCatatan, catatan); diff != "" {
		t.Errorf("catatan per code (-want +got):\n%s", diff)
	}
	// No message shows a path; every one names its row.
	for _, tm := range ts {
		if tm.Lokasi.Path != "" || strings.Contains(tm.Pesan, "[") || tm.Lokasi.Baris == "" {
			t.Errorf("finding without a row name or with a path: %s", tm)
		}
	}
}

// TestKolomTercetak: wherever the form's printed columns 13, 14 and 15
// differ from the computed ones, the review has a finding on that row or
// on a row below it (the cause); wherever they agree, the form was right.
// It also counts the agreements, so that a computation that drifts away
// from the form fails.
func TestKolomTercetak(t *testing.T) {
	f, h, ts := deliSerdang(t)
	ditemukan := map[int]bool{}
	byLembar := map[string]int{}
	for i := range f.Baris {
		byLembar[strconv.Itoa(f.Baris[i].Lembar)] = i
	}
	for _, tm := range ts {
		if i, ok := byLembar[lembarDari(tm)]; ok {
			for x := i; x >= 0; x = f.Baris[x].Induk {
				ditemukan[x] = true // a finding explains its row and its ancestors
			}
		}
	}
	sama, beda := 0, 0
	for i := range f.Baris {
		b, r := &f.Baris[i], &h.Baris[i]
		if r.HanyaRenstra {
			continue
		}
		for c := 0; c < 3; c++ {
			pairs := [][2]Nilai{{b.Tercetak[c].K, r.Kolom[c].K}, {b.Tercetak[c].Rp, r.Kolom[c].Rp}}
			if b.Lanjutan {
				pairs = pairs[:1] // a further indicator's money is its row's
			}
			for _, pair := range pairs {
				printed, computed := pair[0], pair[1]
				if !printed.Ada && printed.Galat == "" {
					continue
				}
				ok := printed.Ada && computed.Ada && printed.Angka.Sub(computed.Angka).Abs().LessThan(decimalCent)
				if ok {
					sama++
					continue
				}
				beda++
				if !ditemukan[i] {
					t.Errorf("row %s column %d: printed %s, computed %s, and no finding", b.Label(), 13+c, tulisNilai(printed), tulisNilai(computed))
				}
			}
		}
	}
	t.Logf("printed columns 13–15: %d agree with the computation, %d differ (each explained by a finding)", sama, beda)
	if sama < 350 {
		t.Errorf("only %d printed figures agree with the computation", sama)
	}
}

// TestPohonDeliSerdang checks the tree read from the formulas and layout.
func TestPohonDeliSerdang(t *testing.T) {
	f, h, _ := deliSerdang(t)
	count := map[Tingkat]int{}
	for _, b := range f.Baris {
		if !b.Lanjutan {
			count[b.Tingkat]++
		}
	}
	want := map[Tingkat]int{Urusan: 1, Bidang: 3, Program: 6, Kegiatan: 19, SubKegiatan: 72}
	if diff := cmp.Diff(want, count); diff != "" {
		t.Errorf("levels (-want +got):\n%s", diff)
	}
	var parents []string
	for _, b := range f.Baris {
		if b.Induk < 0 && !b.Lanjutan {
			parents = append(parents, b.Label())
		}
	}
	sort.Strings(parents)
	if diff := cmp.Diff([]string{"106 (No 0) «Program Riset dan Inovasi Daerah»", "11 (No 1) «UNSUR PENUNJANG URUSAN PEMERINTAHAN»"}, parents); diff != "" {
		t.Errorf("roots (-want +got):\n%s", diff)
	}
	if f.Pemda != "Kabupaten Deli Serdang" || f.Tahun != 2025 || !strings.Contains(f.PerangkatDaerah, "BAPPEDALITBANG") {
		t.Errorf("title: %q %d %q", f.Pemda, f.Tahun, f.PerangkatDaerah)
	}
	// The kabupaten's pagu 2025 and its realisasi, computed from the sub
	// kegiatan: Rp 14.723.660.349 and Rp 12.023.973.159 (81,66 %), as the
	// form's total row prints them.
	if got := tulisRp(h.Jumlah.Target.Rp); got != "14.723.660.349" {
		t.Errorf("pagu %s", got)
	}
	if got := tulisRp(h.Jumlah.Kolom[0].Rp); got != "12.023.973.159" {
		t.Errorf("realisasi %s", got)
	}
	if got := tulisPct(h.Jumlah.Serapan[3]); got != "81,66" {
		t.Errorf("serapan TW IV %s", got)
	}
}

var decimalCent = sepersepuluh
