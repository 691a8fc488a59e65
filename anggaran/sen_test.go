package anggaran_test

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/shopspring/decimal"
)

// rupiahUji makes a Rupiah from fuzz input: n sen, or with lebih the
// decimal n × 10^-3 (a third decimal, held as a decimal unless it is
// whole sen).
func rupiahUji(n int64, lebih bool) (anggaran.Rupiah, decimal.Decimal) {
	if lebih {
		d := decimal.New(n, -3)
		return anggaran.RupiahDesimal(d), d
	}
	return anggaran.RupiahSen(n), decimal.New(n, -2)
}

// FuzzRupiah: for random amounts (in sen up to the int64 limits, or with
// a third decimal), sums, differences, comparisons and percentages under
// each rounding and 0 to 20 decimals equal shopspring/decimal's, and the
// texts equal the decimal formatters'.
func FuzzRupiah(f *testing.F) {
	f.Add(int64(939949797200), int64(921520917200), false, false, uint8(2), false)
	f.Add(int64(math.MaxInt64), int64(1), false, false, uint8(2), false)
	f.Add(int64(math.MinInt64), int64(-1), false, true, uint8(0), true)
	f.Add(int64(1), int64(3), false, false, uint8(17), false)
	f.Add(int64(-5), int64(1000), true, false, uint8(1), false)
	f.Add(int64(5), int64(0), false, false, uint8(2), false)
	f.Fuzz(func(t *testing.T, a, b int64, la, lb bool, des uint8, potong bool) {
		ra, da := rupiahUji(a, la)
		rb, db := rupiahUji(b, lb)
		if !ra.Decimal().Equal(da) {
			t.Fatalf("%v: Decimal %v", da, ra.Decimal())
		}
		for _, c := range []struct {
			nama      string
			got, want decimal.Decimal
		}{
			{"Add", ra.Add(rb).Decimal(), da.Add(db)},
			{"Sub", ra.Sub(rb).Decimal(), da.Sub(db)},
		} {
			if !c.got.Equal(c.want) {
				t.Fatalf("%v %s %v = %v, decimal %v", da, c.nama, db, c.got, c.want)
			}
		}
		if got, want := ra.Cmp(rb), da.Cmp(db); got != want || ra.Equal(rb) != (want == 0) {
			t.Fatalf("Cmp(%v, %v) = %d, decimal %d", da, db, got, want)
		}
		if ra.Sign() != da.Sign() || ra.IsZero() != da.IsZero() {
			t.Fatalf("%v: Sign %d IsZero %v", da, ra.Sign(), ra.IsZero())
		}
		if got, want := ra.String(), anggaran.FormatAngkaBerkas(da); got != want {
			t.Fatalf("%v: String %q, FormatAngkaBerkas %q", da, got, want)
		}
		if got, want := ra.Format(), anggaran.FormatRupiah(da); got != want {
			t.Fatalf("%v: Format %q, FormatRupiah %q", da, got, want)
		}
		p := anggaran.BulatSetengahNaik
		if potong {
			p = anggaran.BulatPotong
		}
		d := int32(des % 21)
		got, ok := ra.Persen(rb, d, p)
		want, wok := anggaran.Persen(da, db, d, p)
		if ok != wok {
			t.Fatalf("Persen(%v, %v) ok %v, decimal %v", da, db, ok, wok)
		}
		if ok {
			if g := got.Decimal(); !g.Equal(want) || g.Exponent() != want.Exponent() || got.Desimal() != d {
				t.Fatalf("Persen(%v, %v, %d, %v) = %v (exp %d), decimal %v (exp %d)", da, db, d, p, g, g.Exponent(), want, want.Exponent())
			}
			if got.String() != want.StringFixed(d) {
				t.Fatalf("Persentase.String %q, decimal %q", got.String(), want.StringFixed(d))
			}
			if got.Format() != anggaran.FormatSatuan(want, d, "%") {
				t.Fatalf("Persentase.Format %q, FormatSatuan %q", got.Format(), anggaran.FormatSatuan(want, d, "%"))
			}
		}
	})
}

// FuzzParseRupiahSen: ParseRupiahSen reads every text to the value
// ParseRupiah reads, or refuses it with the same error.
func FuzzParseRupiahSen(f *testing.F) {
	for _, s := range []string{"9.399.497.972", "Rp. 9.399.497.972", "Rp 1.987.663,-", "1.987.663,50", "1.987.663,505",
		"9399497972", "-", "", "12,34,5", "1.2.3", "Rp", "abc", "(1.500)", "-1.500,5", "99999999999999999,99",
		"9.999.999.999.999.999", "0,125", "1,500", "١٢"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := anggaran.ParseRupiahSen(s)
		want, werr := anggaran.ParseRupiah(s)
		if (err == nil) != (werr == nil) || (err != nil && err.Error() != werr.Error()) {
			t.Fatalf("%q: error %v, ParseRupiah %v", s, err, werr)
		}
		if err == nil && !got.Decimal().Equal(want) {
			t.Fatalf("%q: %v, ParseRupiah %v", s, got.Decimal(), want)
		}
	})
}

// TestParseRupiahSenTanpaAlokasi: the usual amounts are read without
// allocating.
func TestParseRupiahSenTanpaAlokasi(t *testing.T) {
	for _, s := range []string{"9.399.497.972", "Rp 1.987.663,-", "1.987.663,50", "9399497972"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = anggaran.ParseRupiahSen(s) }); n != 0 {
			t.Errorf("%q: %v allocations", s, n)
		}
	}
}

// TestNilaiSamaBaris is the property test of Pohon.Nilai: on random trees
// (amounts in sen, with a third decimal, past the int64 limit, negative,
// missing; fisik on some), under every rounding option, every node's
// fixed-point figures are the decimals of Baris, field by field, and a
// tree summed in sen reads them without allocating.
func TestNilaiSamaBaris(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	cepat := 0
	for iter := range 400 {
		rows := acak(r, 1+r.IntN(60), iter%3)
		for i := range rows {
			switch r.IntN(12) {
			case 0:
				if iter%4 == 3 {
					rows[i].Pagu = anggaran.RupiahDariDesimal(anggaran.Ada(decimal.New(r.Int64N(1e9), -3)))
				}
			case 1, 2, 3:
				rows[i].Fisik = anggaran.Ada(decimal.New(r.Int64N(10_001), -int32(r.IntN(3))))
			}
		}
		o := opsiUji[iter%len(opsiUji)]
		p := anggaran.Compute(rows, nil, anggaran.Kode{}, o)
		for i := range p.Len() {
			b, v := p.Baris(i), p.Nilai(i)
			got := []decimal.NullDecimal{v.PaguMurni.Decimal(), v.Pagu.Decimal(), v.Perubahan.Decimal(), v.Realisasi.Decimal(), v.Sisa.Decimal(), v.Persen.Decimal(), v.Fisik.Decimal()}
			want := []decimal.NullDecimal{b.PaguMurni, b.Pagu, b.Perubahan, b.Realisasi, b.Sisa, b.Persen, b.Fisik}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("iter %d %+v node %s (-Baris +Nilai):\n%s", iter, o, b.Kode, diff)
			}
			if v.Persen.Valid && v.Persen.Persentase.Desimal() != desimalOpsi(o) {
				t.Fatalf("iter %d node %s: persen %v with %d decimals", iter, b.Kode, v.Persen.Persentase, v.Persen.Persentase.Desimal())
			}
		}
		if n := testing.AllocsPerRun(3, func() {
			for i := range p.Len() {
				_ = p.Nilai(i)
			}
		}); n == 0 {
			cepat++
		}
	}
	// Two trees in three have amounts past int64 sen, one in four of the
	// rest a third decimal, and a negative pagu under a fisik sends that
	// parent's fisik to decimals: few trees are left that allocate nothing.
	if cepat < 10 {
		t.Fatalf("only %d of 400 trees read without allocating", cepat)
	}
}

// TestNilaiSintetisTanpaAlokasi: the kabupaten's tree (whole Rupiah) reads
// every node without allocating, and its figures are Baris's.
func TestNilaiSintetisTanpaAlokasi(t *testing.T) {
	p := anggaran.Compute(buatSintetis(ukuranBench[0]), nil, anggaran.Kode{}, anggaran.Opsi{})
	if n := testing.AllocsPerRun(5, func() {
		for i := range p.Len() {
			_ = p.Nilai(i)
		}
	}); n != 0 {
		t.Errorf("%v allocations reading %d nodes", n, p.Len())
	}
	j, v := p.Jumlah(), p.Nilai(0)
	if !v.Pagu.Decimal().Decimal.Equal(j.Pagu.Decimal) || !v.Persen.Decimal().Decimal.Equal(j.Persen.Decimal) {
		t.Errorf("total %v / %v, Baris %v / %v", v.Pagu.Rupiah, v.Persen.Persentase, j.Pagu.Decimal, j.Persen.Decimal)
	}
}

// TestPohonKosong: a nil and a zero Pohon are the tree of no rows, as
// Compute gives it for no rows: the same answers from every method.
func TestPohonKosong(t *testing.T) {
	want := anggaran.Compute(nil, nil, anggaran.Kode{}, anggaran.Opsi{})
	for _, p := range []*anggaran.Pohon{nil, {}} {
		if p.Len() != want.Len() || p.Len() != 1 {
			t.Errorf("Len %d, want %d", p.Len(), want.Len())
		}
		if diff := cmp.Diff(want.Baris(0), p.Baris(0)); diff != "" {
			t.Errorf("Baris(0) (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(want.Jumlah(), p.Jumlah()); diff != "" {
			t.Errorf("Jumlah (-want +got):\n%s", diff)
		}
		if p.Nilai(0) != want.Nilai(0) || p.Nilai(0) != (anggaran.Nilai{}) {
			t.Errorf("Nilai(0) = %+v, want %+v", p.Nilai(0), want.Nilai(0))
		}
		if p.Induk(0) != -1 || len(p.Anak(0)) != 0 || p.Hitungan() != (anggaran.Hitungan{}) || p.Rincian() != nil || !p.UrusanBidang().IsZero() {
			t.Errorf("Induk %d, Anak %v, Hitungan %+v, Rincian %v, UrusanBidang %v", p.Induk(0), p.Anak(0), p.Hitungan(), p.Rincian(), p.UrusanBidang())
		}
		if i, ok := p.Find(anggaran.Kode{}); i != 0 || !ok {
			t.Errorf("Find(total) = %d, %v", i, ok)
		}
		if _, ok := p.Find(anggaran.MustKode("1.06")); ok {
			t.Error("Find(1.06) found a node")
		}
		if _, _, ok := p.PaguRealisasi(""); ok {
			t.Error("PaguRealisasi of the empty total ok")
		}
		a, err := p.MarshalJSON()
		b, werr := want.MarshalJSON()
		if p == nil {
			b = []byte("null") // as json.Marshal writes a nil pointer
		}
		if err != nil || werr != nil || !bytes.Equal(a, b) {
			t.Errorf("MarshalJSON %s (%v), want %s (%v)", a, err, b, werr)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Baris(1) of the tree of no rows did not panic")
		}
	}()
	var p *anggaran.Pohon
	p.Baris(1)
}

// TestRupiahNol: the zero values are documented: Rp 0, and 0 % with no
// decimals.
func TestRupiahNol(t *testing.T) {
	var r anggaran.Rupiah
	if !r.IsZero() || r.String() != "0" || r.Format() != "Rp 0" || !r.Decimal().IsZero() {
		t.Errorf("zero Rupiah: %q %q %v", r.String(), r.Format(), r.Decimal())
	}
	if n, ok := r.Sen(); n != 0 || !ok {
		t.Errorf("zero Rupiah: Sen %d %v", n, ok)
	}
	var p anggaran.Persentase
	if !p.IsZero() || p.String() != "0" || p.Format() != "0%" || p.Desimal() != 0 {
		t.Errorf("zero Persentase: %q %q %d", p.String(), p.Format(), p.Desimal())
	}
	if _, ok := r.Persen(anggaran.Rupiah{}, 2, anggaran.BulatSetengahNaik); ok {
		t.Error("a percentage of Rp 0")
	}
}

// FuzzBacaRupiahNaskah: a data file's Rupiah amount, a JSON number or a
// JSON string, is read by BacaRupiahNaskah to the value BacaAngkaNaskah
// reads under JenisRupiah, or refused with the same error; an amount in
// the file's notation with at most two decimals is held in sen.
func FuzzBacaRupiahNaskah(f *testing.F) {
	for _, s := range []string{"59349800", "-1500.5", "0.25", "1.001", "1e3", "12345678901234567", "1234567890123456.78",
		"-0", "00", ".5", "5.", "1500.50", "9.399.497.972", "Rp 1.987.663,-", "-", ""} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, bilangan bool) {
		v := &naskah.Nilai{Jenis: naskah.JenisTeks, Teks: s}
		if bilangan {
			v.Jenis = naskah.JenisBilangan
		}
		got, err := anggaran.BacaRupiahNaskah(v)
		want, werr := anggaran.BacaAngkaNaskah(v, anggaran.JenisRupiah)
		if (err == nil) != (werr == nil) || (err != nil && err.Error() != werr.Error()) {
			t.Fatalf("%q: error %v, BacaAngkaNaskah %v", s, err, werr)
		}
		if err != nil {
			return
		}
		if got.Valid != want.Valid || got.Valid && !got.Rupiah.Decimal().Equal(want.Decimal) {
			t.Fatalf("%q: %+v, BacaAngkaNaskah %+v", s, got, want)
		}
		if _, ok := got.Rupiah.Sen(); got.Valid && !ok && want.Decimal.Exponent() >= -2 && want.Decimal.Abs().LessThan(decimal.New(1, 16)) {
			t.Fatalf("%q: %s not held in sen", s, want.Decimal)
		}
	})
}
