package rekap_test

import (
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip/rekap"
	"github.com/shopspring/decimal"
)

// TestPerhatianTriwulan: a document whose serapan at the end of its last
// quarter is below that quarter's target needs attention (the Deli
// Serdang Bappedalitbang: 81,66 % at TW IV against 90 %); under a Pemda's
// own targets that it meets, it does not.
func TestPerhatianTriwulan(t *testing.T) {
	d := func(n int) decimal.Decimal { return decimal.NewFromInt(int64(n)) }
	for _, c := range []struct {
		nama   string
		target *[4]decimal.Decimal
		pesan  string
	}{
		{"bawaan 15/40/60/90", nil, "serapan s.d. triwulan IV 81,66% di bawah target 90%"},
		{"target sendiri 10/30/50/80", &[4]decimal.Decimal{d(10), d(30), d(50), d(80)}, ""},
	} {
		t.Run(c.nama, func(t *testing.T) {
			o := rekap.Opsi{}
			o.LKIP.Anggaran.Triwulan = anggaran.OpsiTriwulan{Target: c.target}
			p := rekap.New(o)
			if err := p.TambahBerkas("../../testdata/deliserdang-bappedalitbang-2025.json"); err != nil {
				t.Fatal(err)
			}
			r := p.Rekap()
			b := r.Baris[0]
			if b.TriwulanDilaporkan != 4 {
				t.Errorf("triwulan dilaporkan %d, ingin 4", b.TriwulanDilaporkan)
			}
			got := ""
			for _, a := range b.Perhatian {
				if a.Kode == rekap.AlasanTriwulan {
					got = a.Pesan
				}
			}
			if got != c.pesan {
				t.Errorf("alasan %q, ingin %q", got, c.pesan)
			}
		})
	}
}
