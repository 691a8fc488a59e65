package anggaran_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// seimbang checks that the tree balances like a ledger: every parent's
// amounts are the sums of its children's, present exactly when all of
// the children's are, and children are sorted under their parent.
func seimbang(t testing.TB, p *anggaran.Pohon) {
	t.Helper()
	for i := range p.Len() {
		b := p.Baris(i)
		anak := p.Anak(i)
		if b.Daun != (len(anak) == 0) && i != 0 {
			t.Fatalf("node %d %s: Daun %v with %d children", i, b.Kode, b.Daun, len(anak))
		}
		if len(anak) == 0 {
			continue
		}
		var sums [3]decimal.Decimal
		var valid [3]bool
		for f := range valid {
			valid[f] = true
		}
		prev := b.Kode
		for _, c := range anak {
			cb := p.Baris(c)
			if p.Induk(c) != i || !b.Kode.Contains(cb.Kode) || cb.Kode.Compare(prev) <= 0 {
				t.Fatalf("node %d %s: child %s out of place", i, b.Kode, cb.Kode)
			}
			prev = cb.Kode
			for f, v := range []decimal.NullDecimal{cb.Pagu, cb.Realisasi, cb.PaguMurni} {
				valid[f] = valid[f] && v.Valid
				sums[f] = sums[f].Add(v.Decimal)
			}
		}
		for f, v := range []decimal.NullDecimal{b.Pagu, b.Realisasi, b.PaguMurni} {
			if v.Valid != valid[f] || (v.Valid && !v.Decimal.Equal(sums[f])) {
				t.Fatalf("node %d %s field %d: %v, children sum to %v (valid %v)", i, b.Kode, f, v, sums[f], valid[f])
			}
		}
		if b.Pagu.Valid && b.Realisasi.Valid && !b.Sisa.Decimal.Equal(b.Pagu.Decimal.Sub(b.Realisasi.Decimal)) {
			t.Fatalf("node %d: sisa %v", i, b.Sisa)
		}
	}
}

// acak makes n random rows at random levels in a small code space (so
// that parents, duplicates and gaps occur), with amounts of every shape:
// whole, with sen, negative, more than 18 digits, missing.
//
// mode 0 keeps every amount within int64 (the fast path), mode 1 adds
// amounts near the int64 limit (sums overflow: the fast path must give way
// to decimal), mode 2 adds amounts of more than 18 digits.
func acak(r *rand.Rand, n, mode int) []anggaran.Rincian {
	rows := make([]anggaran.Rincian, n)
	amount := func() decimal.NullDecimal {
		kind := r.IntN(10)
		if kind == 2 && mode == 0 {
			kind = 4
		}
		if kind == 2 && mode == 1 {
			return anggaran.Ada(decimal.NewFromInt(4e18 + r.Int64N(1e18)))
		}
		switch kind {
		case 0:
			return decimal.NullDecimal{}
		case 1:
			return anggaran.Ada(decimal.New(r.Int64N(1_000_000_00), -2))
		case 2:
			return anggaran.Ada(decimal.RequireFromString(fmt.Sprintf("%d%018d", r.IntN(1000)+1, r.Int64N(1e18))))
		case 3:
			return anggaran.Ada(decimal.NewFromInt(-r.Int64N(1_000_000)))
		}
		return anggaran.Ada(decimal.NewFromInt(r.Int64N(10_000_000_000)))
	}
	for i := range rows {
		s := fmt.Sprintf("%d.%02d.%02d.2.%02d.%02d", 1+r.IntN(2), 1+r.IntN(2), 1+r.IntN(3), 1+r.IntN(3), 1+r.IntN(4))
		k := anggaran.MustKode(s).Pada(anggaran.Jenjang(1 + r.IntN(5)))
		rows[i] = anggaran.Rincian{Kode: k, Uraian: "r" + fmt.Sprint(i), PaguMurni: anggaran.RupiahDariDesimal(amount()), Pagu: anggaran.RupiahDariDesimal(amount()), Realisasi: anggaran.RupiahDariDesimal(amount())}
	}
	return rows
}

// naif computes a node's sums the slow obvious way: over every row that
// has no descendant among the rows.
func naif(rows []anggaran.Rincian, k anggaran.Kode) (sums [3]decimal.Decimal, valid [3]bool) {
	valid = [3]bool{true, true, true}
	any := false
	for i, r := range rows {
		if !k.Contains(r.Kode) || r.Kode.IsZero() {
			continue
		}
		leaf := true
		for j, o := range rows {
			if j != i && o.Kode != r.Kode && r.Kode.Contains(o.Kode) {
				leaf = false
				break
			}
		}
		if !leaf {
			continue
		}
		any = true
		for f, v := range []decimal.NullDecimal{r.Pagu.Decimal(), r.Realisasi.Decimal(), r.PaguMurni.Decimal()} {
			valid[f] = valid[f] && v.Valid
			sums[f] = sums[f].Add(v.Decimal)
		}
	}
	if !any {
		valid = [3]bool{}
	}
	return sums, valid
}

// TestPohonAcak is the property test: random trees roll up to the sums of
// their leaves, computed naively, and balance.
func TestPohonAcak(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := range 300 {
		rows := acak(r, 1+r.IntN(60), iter%3)
		p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
		seimbang(t, p)
		for i := range p.Len() {
			b := p.Baris(i)
			sums, valid := naif(rows, b.Kode)
			for f, v := range []decimal.NullDecimal{b.Pagu, b.Realisasi, b.PaguMurni} {
				if v.Valid != valid[f] || (v.Valid && !v.Decimal.Equal(sums[f])) {
					t.Fatalf("iter %d node %s field %d: %v, naive %v (valid %v)", iter, b.Kode, f, v, sums[f], valid[f])
				}
			}
		}
	}
}

// opsiUji are the rounding options the property tests run under.
var opsiUji = []anggaran.Opsi{{}, {Bulat: &anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatPotong}}, {Bulat: &anggaran.Bulat{Desimal: 4}},
	{Bulat: &anggaran.Bulat{Desimal: 0}}, {Bulat: &anggaran.Bulat{Desimal: 12}}, {Bulat: &anggaran.Bulat{Desimal: 3, Aturan: anggaran.BulatPotong}}}

// desimalOpsi is the number of decimals a percentage gets under o.
func desimalOpsi(o anggaran.Opsi) int32 { return o.Bulat.Berlaku().Desimal }

// TestPohonTurunan checks Perubahan, Sisa and Persen of every node of
// random trees (computed with int64 arithmetic when the tree was summed in
// int64) against decimal arithmetic, under several rounding options.
func TestPohonTurunan(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for iter := range 300 {
		rows := acak(r, 1+r.IntN(60), iter%3)
		o := opsiUji[iter%len(opsiUji)]
		p := anggaran.Compute(rows, nil, anggaran.Kode{}, o)
		des := desimalOpsi(o)
		for i := range p.Len() {
			b := p.Baris(i)
			var want anggaran.Baris
			if b.Pagu.Valid && b.PaguMurni.Valid {
				want.Perubahan = anggaran.Ada(b.Pagu.Decimal.Sub(b.PaguMurni.Decimal))
			}
			if b.Pagu.Valid && b.Realisasi.Valid {
				want.Sisa = anggaran.Ada(b.Pagu.Decimal.Sub(b.Realisasi.Decimal))
				if q, ok := anggaran.Persen(b.Realisasi.Decimal, b.Pagu.Decimal, des, o.Bulat.Berlaku().Aturan); ok {
					want.Persen = anggaran.Ada(q)
				}
			}
			for _, f := range []struct {
				nama      string
				got, want decimal.NullDecimal
			}{{"perubahan", b.Perubahan, want.Perubahan}, {"sisa", b.Sisa, want.Sisa}, {"persen", b.Persen, want.Persen}} {
				if f.got.Valid != f.want.Valid || (f.got.Valid && (!f.got.Decimal.Equal(f.want.Decimal) || f.got.Decimal.String() != f.want.Decimal.String())) {
					t.Fatalf("iter %d %+v node %s %s: %v, want %v", iter, o, b.Kode, f.nama, f.got, f.want)
				}
			}
			if b.Persen.Valid && b.Persen.Decimal.Exponent() != -des {
				t.Fatalf("iter %d node %s persen %v has exponent %d, want %d", iter, b.Kode, b.Persen, b.Persen.Decimal.Exponent(), -des)
			}
		}
	}
}

// TestPohonFisik checks the realisasi fisik of every parent of random
// trees (computed with integer arithmetic when the tree was summed in
// int64) against the weighted mean of its leaves in decimal arithmetic,
// under several rounding options. The fisik values have up to four
// decimals, some are missing, negative or above 100.
func TestPohonFisik(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	diperiksa := 0
	for iter := range 400 {
		rows := acak(r, 1+r.IntN(60), iter%3)
		for i := range rows {
			switch k := r.IntN(20); {
			case k == 0 && iter%4 == 0:
				rows[i].Fisik = decimal.NullDecimal{}
			case k == 1:
				rows[i].Fisik = anggaran.Ada(decimal.New(-r.Int64N(1000), -1))
			case k == 2:
				rows[i].Fisik = anggaran.Ada(decimal.New(r.Int64N(2_000_000), -4))
			default:
				rows[i].Fisik = anggaran.Ada(decimal.New(r.Int64N(10_001), -int32(r.IntN(3))))
			}
			if rows[i].Pagu.Valid && rows[i].Pagu.Rupiah.Decimal().IsNegative() && iter%2 == 0 {
				rows[i].Pagu = anggaran.RupiahDariDesimal(anggaran.Ada(rows[i].Pagu.Rupiah.Decimal().Neg()))
			}
		}
		o := opsiUji[iter%len(opsiUji)]
		des := desimalOpsi(o)
		p := anggaran.Compute(rows, nil, anggaran.Kode{}, o)
		for i := range p.Len() {
			b := p.Baris(i)
			if b.Daun {
				continue
			}
			var want decimal.NullDecimal
			var num, den decimal.Decimal
			ok := true
			for j := i + 1; j < p.Len() && b.Kode.Contains(p.Baris(j).Kode) || (i == 0 && j < p.Len()); j++ {
				c := p.Baris(j)
				if !c.Daun {
					continue
				}
				if !c.Fisik.Valid || !c.Pagu.Valid {
					ok = false
					break
				}
				num = num.Add(c.Fisik.Decimal.Mul(c.Pagu.Decimal))
				den = den.Add(c.Pagu.Decimal)
			}
			if ok && !den.IsZero() {
				q, _ := anggaran.Persen(num, den.Mul(decimal.NewFromInt(100)), des, o.Bulat.Berlaku().Aturan)
				want = anggaran.Ada(q)
			}
			if b.Fisik.Valid != want.Valid || (want.Valid && b.Fisik.Decimal.String() != want.Decimal.String()) {
				t.Fatalf("iter %d %+v node %s fisik: %v, want %v", iter, o, b.Kode, b.Fisik, want)
			}
			if want.Valid {
				diperiksa++
			}
		}
	}
	if diperiksa < 500 {
		t.Fatalf("only %d parents had a fisik to check: the test does not exercise the computation", diperiksa)
	}
}

// TestPohonPersenSeri: exact halves round away from zero, or are cut.
func TestPohonPersenSeri(t *testing.T) {
	for _, c := range []struct {
		pagu, real string
		opsi       anggaran.Opsi
		want       string
	}{
		{"8", "1", anggaran.Opsi{Bulat: &anggaran.Bulat{Desimal: 0}}, "13"},
		{"8", "1", anggaran.Opsi{Bulat: &anggaran.Bulat{Desimal: 0, Aturan: anggaran.BulatPotong}}, "12"},
		{"16", "1", anggaran.Opsi{Bulat: &anggaran.Bulat{Desimal: 1}}, "6.3"},
		{"16", "1", anggaran.Opsi{Bulat: &anggaran.Bulat{Desimal: 1, Aturan: anggaran.BulatPotong}}, "6.2"},
		{"16", "1", anggaran.Opsi{}, "6.25"},
		{"3", "2", anggaran.Opsi{}, "66.67"},
		{"3", "2", anggaran.Opsi{Bulat: &anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatPotong}}, "66.66"},
		{"0.03", "0.02", anggaran.Opsi{}, "66.67"},
		{"9399497972", "9250976072", anggaran.Opsi{}, "98.42"},
	} {
		rows := []anggaran.Rincian{{Kode: anggaran.MustKode("1.06.01.2.01.0001"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d(c.pagu))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d(c.real)))}}
		p := anggaran.Compute(rows, nil, anggaran.Kode{}, c.opsi)
		for i := range p.Len() {
			if got := p.Baris(i).Persen; !got.Valid || got.Decimal.String() != c.want {
				t.Errorf("%s/%s %+v node %d: persen %v, want %s", c.real, c.pagu, c.opsi, i, got, c.want)
			}
		}
	}
}

func TestPohonBarisTingkatApaSaja(t *testing.T) {
	k := anggaran.MustKode
	rows := []anggaran.Rincian{
		{Kode: k("1.06.02.2.01.01"), Uraian: "sub", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("100"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("90"))), Fisik: anggaran.Ada(d("100"))},
		{Kode: k("1.06.03"), Uraian: "program tanpa rincian", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("50"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("50"))), Fisik: anggaran.Ada(d("40"))},
		{Kode: k("1.06.02"), Uraian: "program", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("999")))},
		{Kode: k("1.06.02.2.01.02"), Uraian: "sub tanpa realisasi", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("0")))},
	}
	p := anggaran.Compute(rows, nil, k("1.06"), anggaran.Opsi{})
	seimbang(t, p)
	type got struct {
		Kode                    string
		Daun                    bool
		Pagu, Realisasi, Persen string
		Fisik                   string
	}
	s := func(n decimal.NullDecimal) string {
		if !n.Valid {
			return "-"
		}
		return n.Decimal.String()
	}
	var out []got
	for i := range p.Len() {
		b := p.Baris(i)
		out = append(out, got{b.Kode.String(), b.Daun, s(b.Pagu), s(b.Realisasi), s(b.Persen), s(b.Fisik)})
	}
	want := []got{
		{"", false, "150", "-", "-", "-"},
		{"1", false, "150", "-", "-", "-"},
		{"1.06", false, "150", "-", "-", "-"},
		{"1.06.02", false, "100", "-", "-", "-"},
		{"1.06.02.2.01", false, "100", "-", "-", "-"},
		{"1.06.02.2.01.01", true, "100", "90", "90", "100"},
		{"1.06.02.2.01.02", true, "0", "-", "-", "-"},
		{"1.06.03", true, "50", "50", "100", "40"},
	}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("tree (-want +got):\n%s", diff)
	}
	// The leaf with pagu 0 weighs nothing in the pagu-weighted fisik.
	rows[3].Fisik = anggaran.Ada(d("0"))
	rows[3].Realisasi = anggaran.RupiahDariDesimal(anggaran.Ada(d("0")))
	p = anggaran.Compute(rows, nil, k("1.06"), anggaran.Opsi{})
	if f := p.Jumlah().Fisik; !f.Valid || !f.Decimal.Equal(d("80")) {
		t.Errorf("fisik = %v, want 80 ((100×100 + 0×0 + 40×50) / 150)", f)
	}
	if pg, re, ok := p.PaguRealisasi("2"); !ok || !pg.Equal(d("100")) || !re.Equal(d("90")) {
		t.Errorf(`PaguRealisasi("2") = %v %v %v`, pg, re, ok)
	}
	if pg, re, ok := p.PaguRealisasi("1.06.02.2.01"); !ok || !pg.Equal(d("100")) || !re.Equal(d("90")) {
		t.Errorf("PaguRealisasi(kegiatan) = %v %v %v", pg, re, ok)
	}
	if pg, _, ok := p.PaguRealisasi(""); !ok || !pg.Equal(d("150")) {
		t.Errorf("PaguRealisasi(total) = %v %v", pg, ok)
	}
	for _, kode := range []string{"9", "1.06.09", "x", "1 2"} {
		if _, _, ok := p.PaguRealisasi(kode); ok {
			t.Errorf("PaguRealisasi(%q) ok", kode)
		}
	}
}

func TestPohonGanda(t *testing.T) {
	k := anggaran.MustKode
	rows := []anggaran.Rincian{
		{Kode: k("1.06.02.2.01.01"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("100"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("10")))},
		{Kode: k("1.06.02.2.01.01"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("5"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("1")))},
		{Kode: k("1.06.02"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("105"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("11")))},
		{Kode: k("1.06.02"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("1")))},
	}
	a := &anggaran.Anggaran{Rincian: rows}
	p := a.Compute(anggaran.Opsi{})
	seimbang(t, p)
	if j := p.Jumlah(); !j.Pagu.Decimal.Equal(d("105")) || !j.Realisasi.Decimal.Equal(d("11")) {
		t.Errorf("total %v %v, want 105 11 (duplicate leaves summed)", j.Pagu, j.Realisasi)
	}
	var kodes []string
	for _, f := range a.Check(anggaran.Opsi{}) {
		kodes = append(kodes, f.Kode+" "+f.Lokasi.Path)
	}
	want := []string{
		"anggaran/kode-ganda rincian[1].kode",
		"anggaran/kode-ganda rincian[3].kode",
		// The program's printed row is the first; it matches the sums. The
		// kegiatan is not printed, but neither is any other kegiatan: not
		// a gap.
	}
	if diff := cmp.Diff(want, kodes); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestCheck covers each check of the realisation table on a small table.
func TestCheck(t *testing.T) {
	k := anggaran.MustKode
	a := &anggaran.Anggaran{
		Tabel:        "Tabel X",
		UrusanBidang: k("1.06"),
		Rincian: []anggaran.Rincian{
			{Kode: k("1.06.02"), Uraian: "Program", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("300"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("250"))), Persen: anggaran.Ada(d("83.33"))},
			{Kode: k("1.06.02.2.01"), Uraian: "Kegiatan", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("301"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("250"))), Persen: anggaran.Ada(d("83.1")), Sisa: anggaran.RupiahDariDesimal(anggaran.Ada(d("50")))},
			{Kode: k("1.06.02.2.01.01"), Uraian: "A", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("100"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("120"))), Fisik: anggaran.Ada(d("101"))},
			{Kode: k("1.06.02.2.01.02"), Uraian: "B", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("200"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("130"))), Persen: anggaran.Ada(d("65"))},
			{Kode: k("1.06.03.2.01.01"), Uraian: "C", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("-5"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("0")))},
			{Uraian: "tanpa kode", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("1")))},
		},
		Jumlah: &anggaran.Rincian{Uraian: "JUMLAH", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("295"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("250"))), Persen: anggaran.Ada(d("84.75"))},
	}
	var got []string
	for _, f := range a.Check(anggaran.Opsi{}) {
		got = append(got, fmt.Sprintf("%s %s %s|%s", f.Kode, f.Lokasi.Path, f.Tercetak, f.Terhitung))
	}
	// Not findings: the total (100 + 200 − 5 = 295; 250 × 100 / 295 =
	// 84,75), the program (300; 83,33), the kegiatan's sisa (300 − 250)
	// and B's 65 (130 × 100 / 200).
	want := []string{
		"anggaran/kode-kosong rincian[5].kode |",
		"anggaran/fisik-di-luar-rentang rincian[2].fisik 101%|",
		"anggaran/nilai-negatif rincian[4].pagu -Rp 5|",
		"anggaran/jumlah-berbeda rincian[1].pagu Rp 301|Rp 300",
		"anggaran/persen-berbeda rincian[1].persen 83,1%|83,3%", // compared at the printed 1 decimal
		"anggaran/realisasi-melebihi-pagu rincian[2].realisasi Rp 120|pagu Rp 100",
		"anggaran/induk-tidak-ada rincian[4].kode |-Rp 5", // program 1.06.03
		"anggaran/induk-tidak-ada rincian[4].kode |-Rp 5", // kegiatan 1.06.03.2.01
		"anggaran/realisasi-melebihi-pagu rincian[4].realisasi Rp 0|pagu -Rp 5",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	for _, f := range a.Check(anggaran.Opsi{}) {
		if f.Pesan == "" || f.Tingkat == 0 || f.Lokasi.Tabel == "" {
			t.Errorf("incomplete finding %+v", f)
		}
		if strings.Contains(f.Lokasi.Path, "rincian[1].pagu") && !strings.Contains(f.Pesan, "program 1.06.02 di atasnya") {
			t.Errorf("the subtotal finding should point at the agreeing program: %s", f.Pesan)
		}
	}
}

// TestPohonUrutan: rows in any order give the same tree as rows in table
// order, for small inputs (comparison sort) and large ones (radix sort),
// with duplicates kept in input order.
func TestPohonUrutan(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, rows := range [][]anggaran.Rincian{acak(r, 50, 0), buatSintetis(ukuranBench[0])} {
		sorted := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
		shuffled := append([]anggaran.Rincian(nil), rows...)
		perm := r.Perm(len(rows))
		for i, j := range perm {
			shuffled[j] = rows[i]
		}
		// Duplicates of a code must appear in input order in both, so
		// shuffle only codes: restore the relative order of equal codes.
		byKode := map[anggaran.Kode][]anggaran.Rincian{}
		for _, row := range rows {
			byKode[row.Kode] = append(byKode[row.Kode], row)
		}
		for i := range shuffled {
			k := shuffled[i].Kode
			shuffled[i], byKode[k] = byKode[k][0], byKode[k][1:]
		}
		p := anggaran.Compute(shuffled, nil, anggaran.Kode{}, anggaran.Opsi{})
		seimbang(t, p)
		if p.Len() != sorted.Len() {
			t.Fatalf("%d nodes shuffled, %d sorted", p.Len(), sorted.Len())
		}
		for i := range p.Len() {
			a, b := sorted.Baris(i), p.Baris(i)
			a.Indeks, b.Indeks = 0, 0
			if diff := cmp.Diff(a, b); diff != "" {
				t.Fatalf("node %d differs (-sorted +shuffled):\n%s", i, diff)
			}
		}
	}
}

// TestPeriksaBelanjaPK covers the checks of the belanja table and of the
// Perjanjian Kinerja.
func TestPeriksaBelanjaPK(t *testing.T) {
	a, err := anggaran.ParseJSON([]byte(`{"urusan_bidang": "1.06", "tabel": "Tabel 3.2",
		"rincian": [
			{"kode": "2", "uraian": "Program Pemberdayaan Sosial", "pagu": "100"},
			{"kode": "2 2 1 1", "uraian": "Fasilitasi KAT", "pagu": "60", "realisasi": "50"},
			{"kode": "2 2 3 3", "uraian": "PSKS Keluarga", "pagu": "40", "realisasi": "40"}],
		"belanja": [
			{"kode": "5", "uraian": "BELANJA DAERAH", "pagu_murni": "90", "pagu": "101"},
			{"kode": "5 . 1", "uraian": "BELANJA OPERASI", "pagu_murni": "90", "pagu": "100"},
			{"kode": "5 . 1 . 02", "uraian": "Belanja Barang dan Jasa", "pagu_murni": "90", "pagu": "90"},
			{"kode": "5 . 1 . 02", "uraian": "Belanja Barang dan Jasa", "pagu_murni": "0", "pagu": "10"},
			{"kode": "5 . 1 . 09", "uraian": "Belanja Lain", "pagu": "-1"},
			{"kode": "5 . 2", "uraian": "Belanja Modal", "pagu_murni": "0", "pagu": "0"}],
		"perjanjian_kinerja": {"rincian": [
			{"kode": "2", "uraian": "PROGRAM PEMBERDAYAAN SOSIAL", "pagu": "100"},
			{"kode": "2 2 1 1", "uraian": "1. Fasilitasi Pemberdayaan KAT", "pagu": "60"},
			{"kode": "2 2 9 9", "uraian": "2. Tidak di Tabel 3.2", "pagu": "40"}],
			"jumlah": {"uraian": "TOTAL", "pagu": "99"}}}`), "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range a.Check(anggaran.Opsi{}) {
		got = append(got, fmt.Sprintf("%s %s %s|%s", f.Kode, f.Lokasi.Path, f.Tercetak, f.Terhitung))
	}
	want := []string{
		// Tabel 3.2: a sub kegiatan's short name is not the nomenclature's.
		"anggaran/uraian-nomenklatur rincian[2].uraian PSKS Keluarga|Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota",
		// Belanja: the duplicate, the unknown account (and its negative
		// pagu), then the sums: 5.1 = 90 + 10 + (−1) = 99 printed 100;
		// 5 = 99 + 0 printed 101; the total 99 ≠ Tabel 3.2's 100.
		"anggaran/rekening-ganda belanja[3].kode 5.1.02|",
		"anggaran/rekening-tidak-dikenal belanja[4].kode 5.1.09|",
		"anggaran/nilai-negatif belanja[4].pagu -Rp 1|",
		"anggaran/belanja-jumlah-berbeda belanja[0].pagu Rp 101|Rp 99",
		"anggaran/belanja-jumlah-berbeda belanja[1].pagu Rp 100|Rp 99",
		"anggaran/belanja-total-berbeda belanja[0].pagu Rp 99|Rp 100",
		// Perjanjian Kinerja: its own total (60 + 40 = 100, printed 99),
		// a code Tabel 3.2 lacks, a name that differs, a code the PK
		// lacks, and its total against Tabel 3.2.
		"anggaran/pk-jumlah-berbeda perjanjian_kinerja.jumlah.pagu Rp 99|Rp 100",
		"anggaran/pk-uraian-berbeda perjanjian_kinerja.rincian[1].uraian Fasilitasi Pemberdayaan KAT|Fasilitasi KAT",
		"anggaran/pk-tidak-ada perjanjian_kinerja.rincian[2].kode 1.06.02.2.09.09|",
		"anggaran/pk-tidak-ada perjanjian_kinerja.rincian |1.06.02.2.03.03",
		"anggaran/pk-berbeda perjanjian_kinerja.jumlah.pagu Rp 99|Rp 100",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

func TestOpsi(t *testing.T) {
	rows := []anggaran.Rincian{{Kode: anggaran.MustKode("1.06.01.2.01.01"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("3"))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(d("2")))}}
	for _, c := range []struct {
		opsi anggaran.Opsi
		want string
	}{
		{anggaran.Opsi{}, "66.67"},
		{anggaran.Opsi{Bulat: &anggaran.Bulat{Desimal: 1}}, "66.7"},
		{anggaran.Opsi{Bulat: &anggaran.Bulat{Desimal: 0}}, "67"},
		{anggaran.Opsi{Bulat: &anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatPotong}}, "66.66"},
		{anggaran.Opsi{Bulat: &anggaran.Bulat{Desimal: 3, Aturan: anggaran.BulatPotong}}, "66.666"},
	} {
		p := anggaran.Compute(rows, nil, anggaran.Kode{}, c.opsi)
		if got := p.Jumlah().Persen; !got.Valid || got.Decimal.String() != c.want || p.Opsi() != c.opsi {
			t.Errorf("%+v: persen %v, want %s", c.opsi, got, c.want)
		}
	}
}

// TestSematanJSON: an Anggaran embedded in a larger document is read with
// the same rules (json.Unmarshal calls its UnmarshalJSON), and codes
// marshal as text.
func TestSematanJSON(t *testing.T) {
	var doc struct {
		Anggaran *anggaran.Anggaran `json:"anggaran"`
		Kode     anggaran.Kode      `json:"kode"`
		Rekening anggaran.KodeRekening
	}
	err := json.Unmarshal([]byte(`{"anggaran": {"urusan_bidang": "1.06", "rincian": [{"kode": "1 2 1 6", "pagu": "1"}]}, "kode": "1.06.01.2.01.0006", "Rekening": "5 . 1 . 01"}`), &doc)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Anggaran.Rincian[0].Kode != anggaran.MustKode("1.06.01.2.01.06") || doc.Kode != anggaran.MustKode("1.06.01.2.01.06") || doc.Rekening.String() != "5.1.01" {
		t.Errorf("decoded %+v", doc)
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"kode":"1.06.01.2.01.06","Rekening":"5.1.01"`) {
		t.Errorf("encoded %s", out)
	}
	err = json.Unmarshal([]byte(`{"anggaran": {"rincian": [{"kode": "1.06.01", "pagu": "x"}]}}`), &doc)
	var pe *anggaran.ParseError
	if !errors.As(err, &pe) || pe.Path != "rincian[0].pagu" {
		t.Errorf("embedded error = %v", err)
	}
	if err := json.Unmarshal([]byte(`{"kode": "1.6"}`), &doc); err == nil {
		t.Error("an invalid code was accepted")
	}
}

func TestBelanjaJumlahBeberapaAkun(t *testing.T) {
	b := anggaran.ComputeBelanja([]anggaran.Rekening{
		{Kode: anggaran.MustKodeRekening("5.1.01"), Pagu: anggaran.Ada(d("10")), PaguMurni: anggaran.Ada(d("5"))},
		{Kode: anggaran.MustKodeRekening("6.2"), Pagu: anggaran.Ada(d("3"))},
	})
	j := b.Jumlah()
	if !j.Pagu.Valid || !j.Pagu.Decimal.Equal(d("13")) || j.PaguMurni.Valid || j.Indeks != -1 {
		t.Errorf("Jumlah = %+v (murni is missing on 6.2, so the total has none)", j)
	}
	if r, ok := b.Find(anggaran.MustKodeRekening("5.1")); !ok || r.Uraian != "Belanja Operasi" || r.Indeks != -1 || r.Daun {
		t.Errorf("implied 5.1 = %+v, %v", r, ok)
	}
}

// TestPohonSerentak reads one tree from several goroutines (run with
// -race): a Pohon is safe for concurrent reading.
func TestPohonSerentak(t *testing.T) {
	a := sampel(t)
	p := a.Compute(anggaran.Opsi{})
	var want bytes.Buffer
	if err := anggaran.RenderMarkdown(&want, p); err != nil {
		t.Fatal(err)
	}
	done := make(chan string)
	for range 4 {
		go func() {
			var b bytes.Buffer
			anggaran.RenderMarkdown(&b, p)
			anggaran.RenderJSON(io.Discard, p)
			p.PaguRealisasi("2 2 1")
			done <- b.String()
		}()
	}
	for range 4 {
		if got := <-done; got != want.String() {
			t.Error("concurrent rendering differs")
		}
	}
}

// TestPohonNamaBaku: nodes without a named row (urusan, bidang, Sosial
// programs, kegiatan and sub kegiatan of any bidang) get their standard
// names; a row's own name wins; codes without a known name stay empty.
func TestPohonNamaBaku(t *testing.T) {
	rows := []anggaran.Rincian{
		{Kode: anggaran.MustKode("1.06.04"), Uraian: "Program Rehabilitasi Sosial (tercetak)"},
		{Kode: anggaran.MustKode("1.06.04.2.01.01"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("1")))},
		{Kode: anggaran.MustKode("1.06.05.2.01.01"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("1")))},
		{Kode: anggaran.MustKode("4.01.02.2.01.01"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("1")))},
	}
	p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
	got := map[string]string{}
	for i := range p.Len() {
		b := p.Baris(i)
		got[b.Kode.String()] = b.Uraian
	}
	want := map[string]string{
		"": "", "1": "Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar", "1.06": "Urusan Pemerintahan Bidang Sosial",
		"1.06.04":         "Program Rehabilitasi Sosial (tercetak)",
		"1.06.04.2.01":    "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
		"1.06.04.2.01.01": "Penyediaan Permakanan",
		"1.06.05":         "Program Perlindungan dan Jaminan Sosial", "1.06.05.2.01": "", "1.06.05.2.01.01": "",
		"4": "Unsur Pendukung Urusan Pemerintahan", "4.01": "", "4.01.02": "", "4.01.02.2.01": "Administrasi Tata Pemerintahan", "4.01.02.2.01.01": "Penataan Administrasi Pemerintahan",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
}

// TestPohonStruktur checks the shape of random trees, coded and printed
// without codes, in order and shuffled, against itself: a node's parent
// ([anggaran.Pohon.Induk]) lists it among its children
// ([anggaran.Pohon.Anak]) and has its code one level up, a node is a leaf
// exactly when it has no children, and [anggaran.Pohon.Find] finds every
// node by its code. The nodes keep neither their code nor their parent:
// both are found from the rows.
func TestPohonStruktur(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	kabupaten := buatSintetis(ukuranBench[0])
	tabel := [][]anggaran.Rincian{kabupaten, tanpaKodeSintetis(kabupaten)}
	for iter := range 200 {
		rows := acak(r, 1+r.IntN(80), iter%3)
		if iter%4 == 0 {
			r.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
		}
		tabel = append(tabel, rows)
	}
	for n, rows := range tabel {
		p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
		if got := p.Induk(0); got != -1 {
			t.Fatalf("table %d: the grand total's parent is %d", n, got)
		}
		for i := range p.Len() {
			b := p.Baris(i)
			anak := p.Anak(i)
			if b.Daun != (len(anak) == 0) {
				t.Fatalf("table %d node %d (%s): Daun %v with %d children", n, i, b.Kode, b.Daun, len(anak))
			}
			for _, c := range anak {
				if got := p.Induk(c); got != i {
					t.Fatalf("table %d: node %d is a child of %d, its parent is %d", n, c, i, got)
				}
			}
			if i == 0 {
				continue
			}
			if want := b.Kode.Pada(b.Jenjang - 1); p.Baris(p.Induk(i)).Kode != want {
				t.Fatalf("table %d node %d (%s): parent %s, want %s", n, i, b.Kode, p.Baris(p.Induk(i)).Kode, want)
			}
			if got, ok := p.Find(b.Kode); !ok || got != i {
				t.Fatalf("table %d node %d (%s): Find gives %d, %v", n, i, b.Kode, got, ok)
			}
		}
	}
}

// TestPohonJalurJarang: the rollup's rare paths give the sums naif gives
// and a consistent tree: leaves that fit in int64 sen whose sums do not
// (rows in order and shuffled), a row without a code first, and a large
// table whose node count outgrows the estimate made from its first
// sixteenth (the node slice grows).
func TestPohonJalurJarang(t *testing.T) {
	besar := anggaran.RupiahDariDesimal(anggaran.Ada(decimal.NewFromInt(60_000_000_000_000_000))) // 6e18 sen: fits; two do not
	meluap := []anggaran.Rincian{
		{Kode: anggaran.MustKode("1.02.01.2.01.01"), Uraian: "a", Pagu: besar, Realisasi: besar, PaguMurni: besar},
		{Kode: anggaran.MustKode("1.02.01.2.01.02"), Uraian: "b", Pagu: besar, Realisasi: besar, PaguMurni: besar},
		{Kode: anggaran.MustKode("1.02.01.2.02.01"), Uraian: "c", Pagu: besar, Realisasi: besar, PaguMurni: besar},
	}
	acakMeluap := []anggaran.Rincian{meluap[2], meluap[0], meluap[1]}
	tanpaKode := append([]anggaran.Rincian{{Uraian: "tanpa kode", Pagu: besar}}, meluap[:1]...)
	// 5,000 rows without subtotals: the first sixteenth each in a kegiatan
	// of its own (two or three nodes a row, so the estimate is more than
	// the room a table without subtotals gets and the slice grows), the
	// rest sub kegiatan of one kegiatan (one node a row).
	var tumbuh []anggaran.Rincian
	satu := anggaran.RupiahDariDesimal(anggaran.Ada(decimal.NewFromInt(1000)))
	for i := range 5000 {
		kode := fmt.Sprintf("1.02.99.2.01.%04d", i+1)
		if i < 5000/16 {
			kode = fmt.Sprintf("1.02.%02d.2.%02d.01", 2+i/99, 1+i%99)
		}
		tumbuh = append(tumbuh, anggaran.Rincian{Kode: anggaran.MustKode(kode), Uraian: "r", Pagu: satu, Realisasi: satu, PaguMurni: satu})
	}
	slices.SortFunc(tumbuh, func(a, b anggaran.Rincian) int { return a.Kode.Compare(b.Kode) })
	tumbuh = slices.CompactFunc(tumbuh, func(a, b anggaran.Rincian) bool { return a.Kode == b.Kode })
	for _, tc := range []struct {
		nama string
		rows []anggaran.Rincian
	}{{"meluap berurutan", meluap}, {"meluap acak", acakMeluap}, {"tanpa kode di depan", tanpaKode}, {"simpul tumbuh", tumbuh}} {
		p := anggaran.Compute(tc.rows, nil, anggaran.Kode{}, anggaran.Opsi{})
		seimbang(t, p)
		for i := range p.Len() {
			b := p.Baris(i)
			sums, valid := naif(tc.rows, b.Kode)
			for f, v := range []decimal.NullDecimal{b.Pagu, b.Realisasi, b.PaguMurni} {
				if v.Valid != valid[f] || (v.Valid && !v.Decimal.Equal(sums[f])) {
					t.Fatalf("%s node %d %s field %d: %v, naive %v (valid %v)", tc.nama, i, b.Kode, f, v, sums[f], valid[f])
				}
			}
			for _, c := range p.Anak(i) {
				if p.Induk(c) != i {
					t.Fatalf("%s: node %d is a child of %d, its parent is %d", tc.nama, c, i, p.Induk(c))
				}
			}
		}
	}
}
