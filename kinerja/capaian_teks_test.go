package kinerja_test

import (
	"fmt"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// TestCapaianTeks: the one capaian-to-text of the report and the PWA.
func TestCapaianTeks(t *testing.T) {
	d := func(s string) *decimal.Decimal { v := decimal.RequireFromString(s); return &v }
	for _, tc := range []struct {
		c    kinerja.Capaian
		des  int32
		want string
	}{
		{kinerja.Capaian{Nilai: d("787.3")}, 2, "787,30%"},
		{kinerja.Capaian{Nilai: d("107.97")}, 1, "108,0%"},
		{kinerja.Capaian{Nilai: d("98")}, 0, "98%"},
		{kinerja.Capaian{Nilai: d("200"), SebelumBatas: d("324.55")}, 2, "200,00% (dibatasi; semula 324,55%)"},
		{kinerja.Capaian{Nilai: d("99"), SebelumBatas: d("99")}, 2, "99,00%"},
		{kinerja.Capaian{Alasan: "target tidak ada"}, 2, "tidak dapat dihitung"},
		{kinerja.Capaian{}, 2, kinerja.TidakDapatDihitung},
	} {
		if got := tc.c.Teks(tc.des); got != tc.want {
			t.Errorf("%+v.Teks(%d) = %q, ingin %q", tc.c, tc.des, got, tc.want)
		}
	}
}

func ExampleCapaian_Teks() {
	t, r := decimal.NewFromInt(168010), decimal.NewFromInt(181395)
	c := kinerja.ComputeCapaian(&t, &r, kinerja.Positif, kinerja.RumusBawaan, kinerja.Opsi{})
	fmt.Println(c.Teks(anggaran.BulatBawaan().Desimal))
	fmt.Println(kinerja.ComputeCapaian(nil, &r, kinerja.Positif, kinerja.RumusBawaan, kinerja.Opsi{}).Teks(2))
	// Output:
	// 107,97%
	// tidak dapat dihitung
}
