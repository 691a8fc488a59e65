package kinerja

import (
	"math"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// normalLama is normal as it was written first, through strings: the
// reference the buffer version is held to.
func normalLama(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(f, " ")
}

// lebihBaikRendahLama is lebihBaikRendah as it was written first.
func lebihBaikRendahLama(name string) string {
	n := " " + normalLama(name) + " "
	for _, w := range kataPenanganan {
		if strings.Contains(n, " "+w+" ") {
			return ""
		}
	}
	for _, w := range kataLebihBaikRendah {
		if strings.Contains(n, " "+w+" ") {
			return w
		}
	}
	return ""
}

var teksNormal = []string{
	"", " ", "Persentase ke-12", "  Jumlah  PMKS, yang ada.", "ÉTAT Çà", "İstanbul", "ǅemal", "\xff\xfeabc\x80", "a\u0307b",
	"Angka Kematian Ibu (AKI)", "kasus yang ditangani", "Penurunan angka stunting", "balita pendek; gizi buruk",
	"PREVALENSI stunting", "Jumlah penduduk miskin", "angka mengulang kelas", "Ⅻ roman ½ ²", "x\u00a0y\u2003z",
	"kemiskinan-kemiskinan", "gini ratio", "Indeks Gini", "buta-aksara", "putus  sekolah", "Cakupan kasus",
}

func TestNormal(t *testing.T) {
	for _, s := range teksNormal {
		if got, want := normal(s), normalLama(s); got != want {
			t.Errorf("normal(%q) = %q, ingin %q", s, got, want)
		}
		if got, want := lebihBaikRendah(s), lebihBaikRendahLama(s); got != want {
			t.Errorf("lebihBaikRendah(%q) = %q, ingin %q", s, got, want)
		}
	}
	p := &pemeriksa{}
	for _, a := range teksNormal {
		for _, b := range teksNormal {
			if got, want := p.samaNormal(a, b), normalLama(a) == normalLama(b); got != want {
				t.Errorf("samaNormal(%q, %q) = %v, ingin %v", a, b, got, want)
			}
		}
	}
}

// TestDaftarKataNormal: lebihBaikRendah finds the words of its lists in
// a normalised name, so each must be normalised text itself.
func TestDaftarKataNormal(t *testing.T) {
	for _, l := range [][]string{kataLebihBaikRendah, kataPenanganan} {
		for _, w := range l {
			if normal(w) != w || w == "" {
				t.Errorf("%q bukan teks ternormalkan (%q)", w, normal(w))
			}
		}
	}
}

func FuzzNormal(f *testing.F) {
	for _, s := range teksNormal {
		f.Add(s, "Persentase kasus")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := normal(a), normalLama(a); got != want {
			t.Fatalf("normal(%q) = %q, ingin %q", a, got, want)
		}
		if got, want := lebihBaikRendah(a+" "+b), lebihBaikRendahLama(a+" "+b); got != want {
			t.Fatalf("lebihBaikRendah(%q) = %q, ingin %q", a+" "+b, got, want)
		}
		p := &pemeriksa{}
		if got, want := p.samaNormal(a, b), normalLama(a) == normalLama(b); got != want {
			t.Fatalf("samaNormal(%q, %q) = %v", a, b, got)
		}
	})
}

var angkaBanding = []string{
	"0", "0.00", "-0.0", "100", "100.00", "100.01", "99.999", "6.77", "6.770", "-6.77", "1e3", "1000", "1000.0000000001",
	"9223372036854775807", "9223372036854775808", "92233720368547758.07", "-9223372036854775808", "1e-30", "123456789012345678901234567890",
	"123456789012345678901234567890e-28", "1.5e20", "150000000000000000000", "0.1", "0.10", "1e18", "1e19", "12.30",
}

// TestBandingKunci holds the int64 shortcuts to decimal's own answers:
// banding to Cmp, adaPecahan to Truncate, and two keys of kamusNilai
// equal exactly when the values' FormatAngkaBerkas texts are.
func TestBandingKunci(t *testing.T) {
	var d []decimal.Decimal
	for _, s := range angkaBanding {
		d = append(d, decimal.RequireFromString(s))
	}
	var kamus kamusNilai
	for _, a := range d {
		if got, want := adaPecahan(a), !a.Equal(a.Truncate(0)); got != want {
			t.Errorf("adaPecahan(%s) = %v, ingin %v", a, got, want)
		}
		for _, b := range d {
			if got, want := banding(a, b), a.Cmp(b); got != want {
				t.Errorf("banding(%s, %s) = %d, ingin %d", a, b, got, want)
			}
			ka, kb := kamus.kunci(a), kamus.kunci(b)
			if got, want := ka == kb, anggaran.FormatAngkaBerkas(a) == anggaran.FormatAngkaBerkas(b); got != want {
				t.Errorf("kunci %s (%+v) dan %s (%+v) sama: %v, ingin %v", a, ka, b, kb, got, want)
			}
		}
	}
}

// TestBandingEksponenJauh: exponents further apart than an int32 holds
// (a Go caller's option, never a file's) compare as decimal.Cmp does
// when the signs differ (Cmp answers at once), instead of panicking; a
// zero is equal to another zero whatever its exponent.
func TestBandingEksponenJauh(t *testing.T) {
	for _, tc := range []struct {
		a, b decimal.Decimal
		want int
	}{
		{decimal.New(5, -2), decimal.New(-1, math.MaxInt32), 1},
		{decimal.New(-1, math.MaxInt32), decimal.New(5, -2), -1},
		{decimal.New(5, math.MinInt32), decimal.New(-1, 1), 1},
		{decimal.New(0, math.MinInt32), decimal.New(0, math.MaxInt32), 0},
	} {
		if got := banding(tc.a, tc.b); got != tc.want {
			t.Errorf("banding(%v, %v) = %d, ingin %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func FuzzBanding(f *testing.F) {
	for i, s := range angkaBanding {
		f.Add(s, angkaBanding[(i*7+3)%len(angkaBanding)])
	}
	f.Fuzz(func(t *testing.T, sa, sb string) {
		a, err := decimal.NewFromString(sa)
		if err != nil || len(sa) > 60 {
			return
		}
		b, err := decimal.NewFromString(sb)
		if err != nil || len(sb) > 60 || a.Exponent() < -60 || b.Exponent() < -60 || a.Exponent() > 60 || b.Exponent() > 60 {
			return
		}
		if got, want := banding(a, b), a.Cmp(b); got != want {
			t.Fatalf("banding(%s, %s) = %d, ingin %d", a, b, got, want)
		}
		if got, want := adaPecahan(a), !a.Equal(a.Truncate(0)); got != want {
			t.Fatalf("adaPecahan(%s) = %v", a, got)
		}
		var kamus kamusNilai
		if got, want := kamus.kunci(a) == kamus.kunci(b), anggaran.FormatAngkaBerkas(a) == anggaran.FormatAngkaBerkas(b); got != want {
			t.Fatalf("kunci %s dan %s sama: %v, ingin %v", a, b, got, want)
		}
	})
}

func TestJalur(t *testing.T) {
	got := []string{jalurIndikator(12, ".sasaran"), jalurTahun(3, 0, ".realisasi"), jalurTahun(123456, 78, ""), jalurBarisPK(9, ".target"), kolomTahun("realisasi triwulan", 2022)}
	want := []string{"indikator[12].sasaran", "indikator[3].tahun[0].realisasi", "indikator[123456].tahun[78]", "perjanjian_kinerja.baris[9].target", "realisasi triwulan 2022"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
}

// TestPetaKembar holds petaKembar to a Go map, through its growth.
func TestPetaKembar(t *testing.T) {
	m := buatPetaKembar(1)
	ref := map[kunciKembar]int{}
	for i := range 5000 {
		k := kunciKembar{tahun: int64(2018 + i%7), koef: int64(i*7919) % 613, eksp: int32(-(i % 3)), jenis: int32(i % 2)}
		j, ada := m.ambil(k, i)
		jr, adaRef := ref[k]
		if !adaRef {
			ref[k] = i
		}
		if ada != adaRef || j != jr {
			t.Fatalf("%d %+v: %d %v, ingin %d %v", i, k, j, ada, jr, adaRef)
		}
	}
	if len(m.isi) != len(ref) {
		t.Errorf("%d isi, ingin %d", len(m.isi), len(ref))
	}
}
