package anggaran_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// TestBulat: a Bulat means what it says (Desimal 0 is whole percentages),
// a nil *Bulat is the default, and the percentages of a tree follow the
// Bulat of its Opsi.
func TestBulat(t *testing.T) {
	tiga, dua := decimal.NewFromInt(3), decimal.NewFromInt(2)
	for _, tc := range []struct {
		nama  string
		b     *anggaran.Bulat
		want  anggaran.Bulat
		teks  string
		persn string // 2 / 3 × 100
	}{
		{"nil", nil, anggaran.Bulat{Desimal: 2}, "dibulatkan ke 2 desimal", "66.67"},
		{"nol", &anggaran.Bulat{}, anggaran.Bulat{}, "dibulatkan ke 0 desimal", "67"},
		{"negatif", &anggaran.Bulat{Desimal: -1}, anggaran.Bulat{}, "dibulatkan ke 0 desimal", "67"},
		{"potong", &anggaran.Bulat{Desimal: 1, Aturan: anggaran.BulatPotong}, anggaran.Bulat{Desimal: 1, Aturan: anggaran.BulatPotong}, "dipotong ke 1 desimal", "66.6"},
		{"empat", &anggaran.Bulat{Desimal: 4}, anggaran.Bulat{Desimal: 4}, "dibulatkan ke 4 desimal", "66.6667"},
	} {
		b := tc.b.Berlaku()
		if diff := cmp.Diff(tc.want, b); diff != "" {
			t.Errorf("%s: Berlaku (-ingin +dapat):\n%s", tc.nama, diff)
		}
		if b.String() != tc.teks {
			t.Errorf("%s: String = %q, ingin %q", tc.nama, b.String(), tc.teks)
		}
		v, ok := b.Persen(dua, tiga)
		if !ok || v.String() != tc.persn {
			t.Errorf("%s: Persen(2, 3) = %s, %v; ingin %s", tc.nama, v, ok, tc.persn)
		}
		if r := b.Round(decimal.RequireFromString("66.666666")); r.String() != tc.persn {
			t.Errorf("%s: Round(66,666666) = %s, ingin %s", tc.nama, r, tc.persn)
		}
		a := &anggaran.Anggaran{Rincian: []anggaran.Rincian{{Kode: anggaran.MustKode("1.06.01.2.01.01"), Uraian: "A",
			Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(tiga)), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(dua))}}}
		if got := a.Compute(anggaran.Opsi{Bulat: tc.b}).Jumlah().Persen.Decimal.String(); got != tc.persn {
			t.Errorf("%s: persen pohon = %s, ingin %s", tc.nama, got, tc.persn)
		}
	}
	if _, ok := anggaran.BulatBawaan().Persen(dua, decimal.Zero); ok {
		t.Error("Persen dengan total 0 dapat dihitung")
	}
}

// A Bulat means what it says; a nil *Bulat in an options struct is the
// default.
func ExampleBulat() {
	satu := &anggaran.Bulat{Desimal: 1, Aturan: anggaran.BulatPotong}
	var bawaan *anggaran.Bulat
	for _, b := range []*anggaran.Bulat{bawaan, satu, {Desimal: 0}} {
		v, _ := b.Berlaku().Persen(decimal.NewFromInt(181395), decimal.NewFromInt(168010))
		fmt.Println(b.Berlaku(), anggaran.FormatAngka(v, -1))
	}
	// Output:
	// dibulatkan ke 2 desimal 107,97
	// dipotong ke 1 desimal 107,9
	// dibulatkan ke 0 desimal 108
}
