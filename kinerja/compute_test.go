package kinerja

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func mustParse(t testing.TB, s string) *Dokumen {
	t.Helper()
	d, err := Parse([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// sumberPalsu is a fake SumberAnggaran: code → pagu, realisasi.
type sumberPalsu map[string][2]string

func (f sumberPalsu) PaguRealisasi(kode string) (decimal.Decimal, decimal.Decimal, bool) {
	v, ok := f[kode]
	if !ok {
		return decimal.Zero, decimal.Zero, false
	}
	return decimal.RequireFromString(v[0]), decimal.RequireFromString(v[1]), true
}

const dokUji = `{
  "tahun": 2022,
  "sasaran": [
    {"id": "S1", "uraian": "Sasaran satu", "anggaran": ["1.06.02"]},
    {"id": "S2", "uraian": "Sasaran dua"},
    {"id": "S3", "uraian": "Sasaran tanpa IKU"}
  ],
  "indikator": [
    {"id": "A", "nama": "A", "sasaran": "S1", "iku": true, "satuan": "%", "target_akhir": "80",
     "tahun": [{"tahun": 2020, "target": "50", "realisasi": "40"},
               {"tahun": 2021, "target": "60", "realisasi": "30"},
               {"tahun": 2022, "target": "70", "realisasi": "210"},
               {"tahun": 2023, "target": "75"}]},
    {"id": "B", "nama": "B", "sasaran": "S1", "iku": true, "satuan": "%", "polaritas": "negatif",
     "tahun": [{"tahun": 2021, "target": "20", "realisasi": "25"},
               {"tahun": 2022, "target": "20", "realisasi": "15"}]},
    {"id": "C", "nama": "C", "sasaran": "S2", "iku": true, "satuan": "%", "polaritas": "negatif", "rumus_negatif": "nilai_akhir",
     "tahun": [{"tahun": 2022, "target": "10", "realisasi": "12", "realisasi_periode": ["14", "13", "9", null]}]},
    {"id": "D", "nama": "D", "sasaran": "S2", "iku": true, "satuan": "%",
     "tahun": [{"tahun": 2022, "target": "0", "realisasi": "5"}]},
    {"id": "E", "nama": "E", "sasaran": "S2", "satuan": "Dokumen",
     "tahun": [{"tahun": 2022, "target": "8", "realisasi": "4"}]}
  ],
  "perjanjian_kinerja": {"tahun": 2022, "baris": [
    {"sasaran": "S2", "indikator": "E", "indikator_id": "E", "target": "8", "sub_kegiatan": "1.06.05.2.01.02"},
    {"sasaran": "S2", "indikator": "E2", "target": "1", "sub_kegiatan": "1.06.05.2.01.02"},
    {"sasaran": "S2", "indikator": "E3", "target": "1", "sub_kegiatan": "1.06.09.2.01.01"},
    {"sasaran": "S1", "indikator": "A", "indikator_id": "A", "target": "70", "sub_kegiatan": "1.06.02.2.01.01"}
  ]}
}`

func TestCompute(t *testing.T) {
	d := mustParse(t, dokUji)
	sumber := sumberPalsu{
		"1.06.02":         {"1000", "900"},
		"1.06.05.2.01.02": {"200", "150"},
	}
	h := Compute(d, 0, Opsi{}, sumber)
	if h.Tahun != 2022 || h.Skala != "permendagri86" || h.Desimal != 2 {
		t.Fatalf("hasil %d %s %d", h.Tahun, h.Skala, h.Desimal)
	}
	a := h.Indikator[0]
	if len(a.Tahun) != 3 {
		t.Fatalf("tahun A: %d skor, ingin 3 (2023 sesudah tahun laporan)", len(a.Tahun))
	}
	s := a.Pada(2022)
	if s.Capaian.Nilai.String() != "300" || s.Predikat != "Sangat Tinggi" {
		t.Errorf("A 2022: %v %s", s.Capaian.Nilai, s.Predikat)
	}
	if p := s.Perubahan; p == nil || p.DariTahun != 2021 || p.Realisasi.String() != "180" || p.Capaian.String() != "250" || p.Arah != "membaik" {
		t.Errorf("perubahan A: %+v", s.Perubahan)
	}
	if a.Tahun[0].Perubahan != nil {
		t.Error("tahun pertama mempunyai perubahan")
	}
	if k := a.Kemajuan; k.Nilai == nil || k.Nilai.String() != "262.5" {
		t.Errorf("kemajuan A: %v %s", k.Nilai, k.Alasan)
	}
	b := h.Indikator[1].Pada(2022)
	if b.Capaian.Nilai.String() != "125" || b.Perubahan.Arah != "membaik" {
		t.Errorf("B 2022: %v %s", b.Capaian.Nilai, b.Perubahan.Arah)
	}
	if h.Indikator[1].Kemajuan.Alasan != "target akhir Renstra tidak ada" {
		t.Errorf("kemajuan B: %q", h.Indikator[1].Kemajuan.Alasan)
	}
	c := h.Indikator[2].Pada(2022)
	if c.RealisasiDipakai.String() != "9" || c.Capaian.Nilai.String() != "110" || h.Indikator[2].Rumus != NilaiAkhir {
		t.Errorf("C nilai akhir: R %v capaian %v", c.RealisasiDipakai, c.Capaian.Nilai)
	}
	if dd := h.Indikator[3].Pada(2022); dd.Capaian.Nilai != nil || dd.Predikat != "" {
		t.Errorf("D target 0: %v %q", dd.Capaian.Nilai, dd.Predikat)
	}
	// S1 = mean(300, 125); S2 = mean(110) (D cannot be computed, E is not IKU)
	got := map[string]string{}
	for _, x := range append(h.Sasaran, h.Dinas) {
		v := "-"
		if x.Capaian.Nilai != nil {
			v = x.Capaian.Nilai.String() + " " + x.Predikat
		}
		got[x.ID+"/"+x.Uraian] = v
	}
	want := map[string]string{
		"S1/Sasaran satu":      "212.5 Sangat Tinggi",
		"S2/Sasaran dua":       "110 Sangat Tinggi",
		"S3/Sasaran tanpa IKU": "-",
		"/Dinas":               "178.33 Sangat Tinggi",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agregat (-ingin +didapat):\n%s", diff)
	}
	// efficiency: S1 has 1.06.02 (its own) and the PK row under it, summed once
	e1 := h.Sasaran[0].Efisiensi
	if e1 == nil || !cmp.Equal(e1.Kode, []string{"1.06.02"}) || e1.Penyerapan.String() != "90" || e1.Selisih.String() != "122.5" || e1.Kelas != "efisien" {
		t.Errorf("efisiensi S1: %+v", e1)
	}
	e2 := h.Sasaran[1].Efisiensi
	if e2 == nil || !cmp.Equal(e2.Hilang, []string{"1.06.09.2.01.01"}) || e2.Penyerapan.String() != "75" || e2.Kelas != "efisien" {
		t.Errorf("efisiensi S2: %+v", e2)
	}
	if h.Sasaran[2].Efisiensi != nil {
		t.Error("S3 tanpa kode mempunyai efisiensi")
	}
	if e := h.Dinas.Efisiensi; e == nil || e.Pagu.String() != "1200" || e.Realisasi.String() != "1050" {
		t.Errorf("efisiensi dinas: %+v", e)
	}
	n := 0
	for _, x := range h.Temuan {
		if x.Kode == "kinerja/anggaran-kode" {
			n++
			if x.Tercetak != "1.06.09.2.01.01" || x.Lokasi.Path != "sasaran[1]" {
				t.Errorf("temuan kode: %+v", x)
			}
		}
	}
	if n != 1 {
		t.Errorf("kinerja/anggaran-kode %d kali", n)
	}
}

// TestComputeNegatif: a negative figure is never scored. The capaian of a
// year with a negative target or realisasi (or a negative last period
// under nilai akhir) cannot be computed and says why; the change from the
// previous year and the progress toward a negative end target are not
// computed either; the realisasi implied by negative formula parts is not
// computed; and the indicator drops out of the mean.
func TestComputeNegatif(t *testing.T) {
	d := mustParse(t, `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s"}],
	  "indikator": [
	    {"id": "A", "nama": "a", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "70", "rumus": {"pembilang": "p", "penyebut": "q"},
	     "tahun": [{"tahun": 2021, "target": "6,70", "realisasi": "63,04"},
	               {"tahun": 2022, "target": "6,77", "realisasi": "-53,3", "pembilang": "181.395", "penyebut": "168.010"}]},
	    {"id": "B", "nama": "b", "sasaran": "S", "iku": true, "satuan": "%", "target_akhir": "70", "rumus": {"pembilang": "p", "penyebut": "q"},
	     "tahun": [{"tahun": 2021, "target": "-6,70", "realisasi": "63,04"},
	               {"tahun": 2022, "target": "65,65", "realisasi": "107,9", "pembilang": "-181.395", "penyebut": "168.010"}]},
	    {"id": "C", "nama": "c", "sasaran": "S", "iku": true, "satuan": "%", "polaritas": "negatif", "rumus_negatif": "nilai_akhir", "target_akhir": "-5",
	     "tahun": [{"tahun": 2022, "target": "10", "realisasi": "12", "realisasi_periode": ["14", "-9"]}]}]}`)
	h := Compute(d, 0, Opsi{}, nil)
	type skor struct {
		ID, Capaian, Alasan, Rumus, Perubahan, Arah string
	}
	var got []skor
	for _, hi := range h.Indikator {
		for _, s := range hi.Tahun {
			k := skor{ID: fmt.Sprint(hi.ID, " ", s.Tahun), Alasan: s.Capaian.Alasan}
			if s.Capaian.Nilai != nil {
				k.Capaian = s.Capaian.Nilai.StringFixed(2)
			}
			if s.RealisasiRumus != nil {
				k.Rumus = s.RealisasiRumus.StringFixed(2)
			}
			if p := s.Perubahan; p != nil {
				k.Arah = p.Arah
				if p.Realisasi != nil {
					k.Perubahan = p.Realisasi.String()
				}
			}
			got = append(got, k)
		}
		alasan := map[string]string{
			"A": "realisasi negatif: capaian tidak dapat dihitung",
			"C": "target negatif: capaian tidak dapat dihitung",
		}[hi.ID]
		if alasan != "" && (hi.Kemajuan.Nilai != nil || hi.Kemajuan.Alasan != alasan) {
			t.Errorf("kemajuan %s: %v %q; ingin %q", hi.ID, hi.Kemajuan.Nilai, hi.Kemajuan.Alasan, alasan)
		}
	}
	want := []skor{
		{"A 2021", "940.90", "", "", "", ""},
		{"A 2022", "", "realisasi negatif: capaian tidak dapat dihitung", "107.97", "", ""},
		{"B 2021", "", "target negatif: capaian tidak dapat dihitung", "", "", ""},
		{"B 2022", "164.36", "", "", "44.86", "membaik"},
		{"C 2022", "", "realisasi negatif: capaian tidak dapat dihitung", "", "", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("skor (-ingin +didapat):\n%s", diff)
	}
	if h.Dinas.Jumlah != 1 || h.Dinas.Capaian.Nilai == nil || !h.Dinas.Capaian.Nilai.Equal(decimal.RequireFromString("164.36")) {
		t.Errorf("dinas: %d IKU, capaian %v; ingin 1 IKU, 164.36", h.Dinas.Jumlah, h.Dinas.Capaian.Nilai)
	}
}

func TestComputeOpsi(t *testing.T) {
	d := mustParse(t, dokUji)
	batas := &Batas{Atas: dp("150")}
	h := Compute(d, 2022, Opsi{Batas: batas, SemuaIndikator: true, RumusNegatif: TBagiR}, nil)
	// cap first: A 300 → 150; B (T/R by option) 20/15 = 133.33; E (not IKU) 50
	if s := h.Indikator[0].Pada(2022); s.Capaian.Nilai.String() != "150" || !s.Capaian.Dibatasi() {
		t.Errorf("A dibatasi: %v", s.Capaian.Nilai)
	}
	if s := h.Indikator[1].Pada(2022); s.Capaian.Nilai.String() != "133.33" {
		t.Errorf("B T/R: %v", s.Capaian.Nilai)
	}
	// S1 = mean(150, 133.33) = 141.665 → 141.67 (half up)
	if v := h.Sasaran[0].Capaian.Nilai.String(); v != "141.67" {
		t.Errorf("S1 %s", v)
	}
	// S2 = mean(110, 50) with E counted
	if v := h.Sasaran[1].Capaian.Nilai.String(); v != "80" || h.Sasaran[1].Jumlah != 2 {
		t.Errorf("S2 %s dari %d", v, h.Sasaran[1].Jumlah)
	}
	// the efficiency thresholds are options
	sumber := sumberPalsu{"1.06.02": {"100", "99"}}
	ambang := &Ambang{Atas: decimal.NewFromInt(50), Bawah: decimal.NewFromInt(-50)}
	h = Compute(d, 2022, Opsi{Efisiensi: ambang}, sumber)
	if e := h.Sasaran[0].Efisiensi; e.Kelas != "efisien" { // 212.5 − 99 = 113.5
		t.Errorf("kelas %q", e.Kelas)
	}
	sumber["1.06.02"] = [2]string{"100", "0"}
	d.Indikator[0].Tahun[2].Realisasi = &Angka{Nilai: decimal.NewFromInt(0)}
	d.Indikator[1].Tahun[1].Realisasi = &Angka{Nilai: decimal.NewFromInt(40)}
	h = Compute(d, 2022, Opsi{Efisiensi: ambang}, sumber) // S1 = mean(0, 0) = 0; 0 − 0 = 0
	if e := h.Sasaran[0].Efisiensi; e.Kelas != "cukup efisien" || e.Selisih.String() != "0" {
		t.Errorf("kelas %q selisih %v", e.Kelas, e.Selisih)
	}
	// an earlier reporting year scores only the years up to it
	h = Compute(d, 2021, Opsi{}, nil)
	if len(h.Indikator[0].Tahun) != 2 || len(h.Indikator[2].Tahun) != 0 {
		t.Errorf("tahun 2021: %d, %d skor", len(h.Indikator[0].Tahun), len(h.Indikator[2].Tahun))
	}
}

func TestEfisiensiKelas(t *testing.T) {
	for _, tc := range []struct{ capaian, pagu, real, kelas string }{
		{"100", "100", "94.99", "efisien"},
		{"100", "100", "95", "cukup efisien"},
		{"100", "100", "105", "cukup efisien"},
		{"100", "100", "105.01", "tidak efisien"},
	} {
		c := Capaian{Nilai: dp(tc.capaian)}
		e := efisiensi(ringkasan{lain: []string{"x"}}, c, sumberPalsu{"x": {tc.pagu, tc.real}}, Opsi{})
		if e.Kelas != tc.kelas {
			t.Errorf("capaian %s, penyerapan %s/%s: %q, ingin %q", tc.capaian, tc.real, tc.pagu, e.Kelas, tc.kelas)
		}
	}
	if e := efisiensi(ringkasan{lain: []string{"x"}}, Capaian{}, sumberPalsu{"x": {"0", "0"}}, Opsi{}); e.Penyerapan != nil || e.Kelas != "" {
		t.Errorf("pagu 0: %+v", e)
	}
}

func TestPohonRenstra(t *testing.T) {
	d := seed(t)
	akar := d.PohonRenstra()
	var tulis func(s *Simpul, ind string) string
	tulis = func(s *Simpul, ind string) string {
		out := ind + s.Jenis + " " + s.Nomor + "\n"
		for _, a := range s.Anak {
			out += tulis(a, ind+"  ")
		}
		return out
	}
	got := ""
	for _, a := range akar {
		got += tulis(a, "")
	}
	want := "misi 1\n  tujuan 1.2\n    sasaran 1.2.4\n      strategi 1.2.4.1\n        kebijakan 1.2.4.1.1\n      strategi 1.2.4.2\n        kebijakan 1.2.4.2.1\n"
	for _, ind := range d.Indikator {
		if ind.Sasaran == "SS1" {
			want += "      indikator " + ind.Nomor + "\n"
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pohon (-ingin +didapat):\n%s", diff)
	}
}
