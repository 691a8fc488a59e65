package kinerja

import (
	"math/rand"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

func dp(s string) *decimal.Decimal {
	d := decimal.RequireFromString(s)
	return &d
}

func TestComputeCapaian(t *testing.T) {
	potong := &anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatPotong}
	satu := &anggaran.Bulat{Desimal: 1, Aturan: anggaran.BulatSetengahNaik}
	batas := &Batas{Bawah: dp("0"), Atas: dp("200")}
	for _, tc := range []struct {
		nama   string
		t, r   *decimal.Decimal
		pol    Polaritas
		rn     RumusNegatif
		o      Opsi
		want   string // "" = tidak dapat dihitung
		mentah string
		alasan string
	}{
		{"positif", dp("6.77"), dp("53.3"), Positif, 0, Opsi{}, "787.30", "787.30", ""},
		{"positif setengah naik", dp("3"), dp("2"), Positif, 0, Opsi{}, "66.67", "66.67", ""},
		{"positif dipotong", dp("3"), dp("2"), Positif, 0, Opsi{Bulat: potong}, "66.66", "66.66", ""},
		{"positif satu desimal", dp("65.65"), dp("107.9"), Positif, 0, Opsi{Bulat: satu}, "164.4", "164.4", ""},
		{"positif nol realisasi", dp("0.5"), dp("0"), Positif, 0, Opsi{}, "0.00", "0.00", ""},
		{"target nol", dp("0"), dp("5"), Positif, 0, Opsi{}, "", "", "target 0: capaian tidak dapat dihitung"},
		{"target nol negatif", dp("0"), dp("5"), Negatif, 0, Opsi{}, "", "", "target 0: capaian tidak dapat dihitung"},
		{"target tidak ada", nil, dp("5"), Positif, 0, Opsi{}, "", "", "target tidak ada"},
		{"realisasi tidak ada", dp("5"), nil, Positif, 0, Opsi{}, "", "", "realisasi tidak ada"},
		{"target negatif", dp("-5"), dp("5"), Positif, 0, Opsi{}, "", "", "target negatif: capaian tidak dapat dihitung"},
		{"target negatif negatif", dp("-5"), dp("5"), Negatif, 0, Opsi{}, "", "", "target negatif: capaian tidak dapat dihitung"},
		{"realisasi negatif", dp("6.77"), dp("-53.3"), Positif, 0, Opsi{}, "", "", "realisasi negatif: capaian tidak dapat dihitung"},
		{"realisasi negatif 2T-R", dp("20"), dp("-5"), Negatif, DuaTMinusR, Opsi{}, "", "", "realisasi negatif: capaian tidak dapat dihitung"},
		{"realisasi negatif T/R", dp("20"), dp("-5"), Negatif, TBagiR, Opsi{}, "", "", "realisasi negatif: capaian tidak dapat dihitung"},
		{"realisasi negatif berbatas", dp("6.77"), dp("-53.3"), Positif, 0, Opsi{Batas: batas}, "", "", "realisasi negatif: capaian tidak dapat dihitung"},
		{"negatif 2T-R bawaan", dp("20"), dp("15"), Negatif, 0, Opsi{}, "125.00", "125.00", ""},
		{"negatif 2T-R eksplisit", dp("20"), dp("25"), Negatif, DuaTMinusR, Opsi{}, "75.00", "75.00", ""},
		{"negatif 2T-R di bawah nol", dp("20"), dp("50"), Negatif, DuaTMinusR, Opsi{}, "-50.00", "-50.00", ""},
		{"negatif 2T-R lantai 0", dp("20"), dp("50"), Negatif, DuaTMinusR, Opsi{Batas: batas}, "0", "-50.00", ""},
		{"negatif T/R", dp("20"), dp("15"), Negatif, TBagiR, Opsi{}, "133.33", "133.33", ""},
		{"negatif T/R realisasi nol", dp("20"), dp("0"), Negatif, TBagiR, Opsi{}, "", "", "realisasi 0: rumus T/R tidak dapat dihitung"},
		{"negatif opsi T/R", dp("20"), dp("15"), Negatif, RumusBawaan, Opsi{RumusNegatif: TBagiR}, "133.33", "133.33", ""},
		{"negatif indikator menang atas opsi", dp("20"), dp("15"), Negatif, DuaTMinusR, Opsi{RumusNegatif: TBagiR}, "125.00", "125.00", ""},
		{"negatif nilai akhir", dp("20"), dp("15"), Negatif, NilaiAkhir, Opsi{}, "125.00", "125.00", ""},
		{"batas atas", dp("6.77"), dp("53.3"), Positif, 0, Opsi{Batas: batas}, "200", "787.30", ""},
		{"batas tak berlaku", dp("100"), dp("90"), Positif, 0, Opsi{Batas: batas}, "90.00", "90.00", ""},
		{"positif polaritas abaikan rumus negatif", dp("20"), dp("15"), Positif, TBagiR, Opsi{}, "75.00", "75.00", ""},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			c := ComputeCapaian(tc.t, tc.r, tc.pol, tc.rn, tc.o)
			if tc.want == "" {
				if c.Nilai != nil || c.SebelumBatas != nil {
					t.Fatalf("capaian %v, ingin tidak dapat dihitung", c.Nilai)
				}
				if c.Alasan != tc.alasan {
					t.Errorf("alasan %q, ingin %q", c.Alasan, tc.alasan)
				}
				return
			}
			if c.Nilai == nil {
				t.Fatalf("tidak dapat dihitung (%s), ingin %s", c.Alasan, tc.want)
			}
			if !c.Nilai.Equal(decimal.RequireFromString(tc.want)) || c.SebelumBatas.String() != decimal.RequireFromString(tc.mentah).String() {
				t.Errorf("capaian %s (semula %s), ingin %s (semula %s)", c.Nilai, c.SebelumBatas, tc.want, tc.mentah)
			}
			if c.Dibatasi() != (tc.want != tc.mentah) {
				t.Errorf("Dibatasi() = %v", c.Dibatasi())
			}
		})
	}
}

func TestRealisasiRumus(t *testing.T) {
	for _, tc := range []struct {
		p, q, k string
		o       Opsi
		want    string
		ok      bool
	}{
		{"181395", "168010", "100", Opsi{}, "107.97", true},
		{"1170", "34020", "100", Opsi{}, "3.44", true},
		{"7", "9", "100", Opsi{}, "77.78", true},
		{"3356", "38662", "100", Opsi{}, "8.68", true},
		{"3356", "38662", "100", Opsi{Bulat: &anggaran.Bulat{Desimal: 1, Aturan: anggaran.BulatPotong}}, "8.6", true},
		{"7", "9", "100", Opsi{Bulat: &anggaran.Bulat{Desimal: 0, Aturan: anggaran.BulatPotong}}, "77", true},
		{"5", "2", "1", Opsi{}, "2.5", true},
		{"5", "0", "100", Opsi{}, "", false},
		{"-181395", "168010", "100", Opsi{}, "", false},
		{"7", "-9", "100", Opsi{}, "", false},
		{"-7", "-9", "100", Opsi{}, "", false},
		{"0", "9", "100", Opsi{}, "0", true},
	} {
		got, ok := RealisasiRumus(dp(tc.p), dp(tc.q), decimal.RequireFromString(tc.k), tc.o)
		if ok != tc.ok || (ok && !got.Equal(decimal.RequireFromString(tc.want))) {
			t.Errorf("%s/%s×%s = %s, %v; ingin %s, %v", tc.p, tc.q, tc.k, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := RealisasiRumus(nil, dp("1"), decimal.NewFromInt(100), Opsi{}); ok {
		t.Error("pembilang tidak ada tetap dihitung")
	}
}

// TestCapaianMonoton is a property test: with a positive target, capaian
// never falls when realisasi rises under positive polarity, and never
// rises under negative polarity (every formula), for random values.
func TestCapaianMonoton(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	acak := func() decimal.Decimal { return decimal.New(rng.Int63n(2_000_000), -int32(rng.Intn(4))) }
	for i := 0; i < 5000; i++ {
		target := acak().Add(decimal.New(1, -3)) // > 0
		r1, r2 := acak(), acak()
		if r1.GreaterThan(r2) {
			r1, r2 = r2, r1
		}
		for _, b := range []*anggaran.Bulat{nil, {Desimal: 0, Aturan: anggaran.BulatPotong}, {Desimal: 4, Aturan: anggaran.BulatSetengahNaik}} {
			o := Opsi{Bulat: b}
			c1 := ComputeCapaian(&target, &r1, Positif, 0, o)
			c2 := ComputeCapaian(&target, &r2, Positif, 0, o)
			if c1.Nilai.GreaterThan(*c2.Nilai) {
				t.Fatalf("positif: T=%s R1=%s→%s > R2=%s→%s", target, r1, c1.Nilai, r2, c2.Nilai)
			}
			for _, rn := range []RumusNegatif{DuaTMinusR, TBagiR, NilaiAkhir} {
				if rn == TBagiR && r1.IsZero() {
					continue
				}
				n1 := ComputeCapaian(&target, &r1, Negatif, rn, o)
				n2 := ComputeCapaian(&target, &r2, Negatif, rn, o)
				if n1.Nilai.LessThan(*n2.Nilai) {
					t.Fatalf("negatif %v: T=%s R1=%s→%s < R2=%s→%s", rn, target, r1, n1.Nilai, r2, n2.Nilai)
				}
			}
		}
	}
}

var decimal100 = decimal.NewFromInt(100)
