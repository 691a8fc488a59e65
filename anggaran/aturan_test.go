package anggaran_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/aturantest"
	"github.com/shopspring/decimal"
)

// TestDaftarAturan checks that every finding code of the package is one
// rule of DaftarAturan and every rule is used.
func TestDaftarAturan(t *testing.T) {
	aturantest.Periksa(t, ".", "anggaran", anggaran.DaftarAturan)
}

// TestPersenDipotong: a printed percentage truncated instead of rounded is
// a peringatan (anggaran/persen-dipotong), another wrong one a kesalahan.
func TestPersenDipotong(t *testing.T) {
	for _, c := range []struct {
		persen  string
		kode    string
		tingkat anggaran.Tingkat
	}{
		{"66,67", "", 0},
		{"66,66", anggaran.TemuanPersenDipotong, anggaran.Peringatan},
		{"66,60", anggaran.TemuanPersenBerbeda, anggaran.Kesalahan},
	} {
		a, err := anggaran.ParseCSV(strings.NewReader("kode;uraian;pagu;realisasi;persen\n1.06.01.2.01.01;Sub;300;200;"+c.persen+"\n"), "t.csv", anggaran.OpsiCSV{})
		if err != nil {
			t.Fatal(err)
		}
		var got []anggaran.Temuan
		for _, tm := range a.Check(anggaran.Opsi{}) {
			if tm.Lokasi.Kolom == "persen" {
				got = append(got, tm)
			}
		}
		switch {
		case c.kode == "" && len(got) != 0:
			t.Errorf("%s: temuan %v, ingin tidak ada", c.persen, got)
		case c.kode != "" && (len(got) != 1 || got[0].Kode != c.kode || got[0].Tingkat != c.tingkat):
			t.Errorf("%s: temuan %v, ingin satu %s (%v)", c.persen, got, c.kode, c.tingkat)
		}
	}
}

// TestPaguTertukar: the pagu of two programs swapped (each printed with
// the other's): both subtotals are reported, each naming the other, and
// neither is blamed alone although the total above agrees.
func TestPaguTertukar(t *testing.T) {
	csv := "kode;uraian;pagu;realisasi\n" +
		"1.06.01;P1;400;300\n1.06.01.2.01;K1;500;300\n1.06.01.2.01.01;A;500;300\n" +
		"1.06.02;P2;500;200\n1.06.02.2.01;K2;400;200\n1.06.02.2.01.01;B;400;200\n"
	a, err := anggaran.ParseCSV(strings.NewReader(csv), "t.csv", anggaran.OpsiCSV{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tm := range a.Check(anggaran.Opsi{}) {
		if tm.Kode == anggaran.TemuanUraianBaku {
			continue // the names are placeholders
		}
		got = append(got, tm.Kode+" "+tm.Lokasi.Baris+": "+tm.Pesan)
	}
	want := []string{
		"anggaran/jumlah-berbeda 1.06.01 P1: pagu program tercetak tidak sama dengan jumlah kegiatan dan sub kegiatannya; selisihnya (-Rp 100) persis kebalikan selisih program 1.06.02 (+Rp 100): pagu sebesar Rp 100 tercatat di bawah baris yang salah, atau angka kedua baris tertukar; periksa rincian keduanya",
		"anggaran/jumlah-berbeda 1.06.02 P2: pagu program tercetak tidak sama dengan jumlah kegiatan dan sub kegiatannya; selisihnya (+Rp 100) persis kebalikan selisih program 1.06.01 (-Rp 100): pagu sebesar Rp 100 tercatat di bawah baris yang salah, atau angka kedua baris tertukar; periksa rincian keduanya",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestPaguKosong: a sub kegiatan without pagu (built in Go; the readers
// refuse it) is a kesalahan, once, on its row; the totals above it stay
// not Valid rather than a wrong number.
func TestPaguKosong(t *testing.T) {
	n := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }
	a := &anggaran.Anggaran{UrusanBidang: anggaran.MustKode("1.06"), Rincian: []anggaran.Rincian{
		{Kode: anggaran.MustKode("1.06.01.2.01.01"), Uraian: "A", Pagu: anggaran.RupiahDariDesimal(n("300")), Realisasi: anggaran.RupiahDariDesimal(n("200"))},
		{Kode: anggaran.MustKode("1.06.01.2.01.02"), Uraian: "B", Realisasi: anggaran.RupiahDariDesimal(n("100"))}}}
	var got []string
	for _, tm := range a.Check(anggaran.Opsi{}) {
		if tm.Kode == anggaran.TemuanUraianBaku {
			continue // the names are placeholders
		}
		got = append(got, fmt.Sprintf("%s %s %s %s", tm.Kode, tm.Tingkat, tm.Lokasi.Baris, tm.Lokasi.Path))
	}
	if diff := cmp.Diff([]string{"anggaran/pagu-kosong kesalahan 1.06.01.2.01.02 B rincian[1].pagu"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if j := a.Compute(anggaran.Opsi{}).Jumlah(); j.Pagu.Valid {
		t.Errorf("jumlah pagu %v, ingin tidak dapat dihitung", j.Pagu)
	}
}
