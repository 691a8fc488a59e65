package anggaran_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

var (
	semuaJenis = []anggaran.Jenis{anggaran.JenisRupiah, anggaran.JenisPersen, anggaran.JenisBilangan, anggaran.JenisCacah}
	semuaGaya  = []anggaran.Gaya{anggaran.GayaTebak, anggaran.GayaIndonesia, anggaran.GayaInggris}
)

// TestParseIsian holds what a typed figure becomes: its exact value, or a
// refusal whose message says why (alasan) and, where the issue asks for
// it, names the other reading (juga). The cases of issue 10 are here.
func TestParseIsian(t *testing.T) {
	const (
		rp   = anggaran.JenisRupiah
		pct  = anggaran.JenisPersen
		bil  = anggaran.JenisBilangan
		cch  = anggaran.JenisCacah
		bbs  = anggaran.GayaTebak
		indo = anggaran.GayaIndonesia
		ingg = anggaran.GayaInggris
	)
	for _, c := range []struct {
		in     string
		jenis  anggaran.Jenis
		gaya   anggaran.Gaya
		want   string // the value, "" when refused
		alasan string // part of the refusal
		juga   string // another part of the refusal
	}{
		// Both readings named, in the notation that cannot settle it.
		{"1,500", rp, bbs, "", "tidak jelas", "1500"},
		{"2,214", rp, bbs, "", "2214", "2 koma 214"},
		{"1.500", rp, bbs, "", "tidak jelas", "1 koma 500"},
		{"1.500", bil, bbs, "", "tidak jelas", "pemisah ribuan"},
		{"1.500", cch, bbs, "1500", "", ""},        // a count has no decimals
		{"1234.567", bil, bbs, "1234.567", "", ""}, // no thousands group has 4 digits
		{"1234,567", rp, bbs, "", "sen", ""},
		// A document's notation settles it.
		{"1.500", rp, indo, "1500", "", ""},
		{"1,500", rp, ingg, "1500", "", ""},
		{"2,214", rp, indo, "", "sen", "tulis 2.214"},
		{"1,500", bil, indo, "1.5", "", ""},
		{"1.500", bil, ingg, "1.5", "", ""},
		// A dot is never thousands or decimal by digit count alone.
		{"1.5", rp, bbs, "1.5", "", ""},
		{"150.00", rp, bbs, "150", "", ""},
		{"1.5", rp, indo, "", "tidak teratur", "tulis 1,5"},
		{"150.00", rp, indo, "", "hanya memisahkan ribuan", "tulis 150,00"},
		{"1,5", rp, ingg, "", "tidak teratur", "tulis 1.5"},
		// More decimals than the field keeps: refused, never rounded.
		{"12.3456", rp, bbs, "", "paling banyak 2", "tidak dibulatkan"},
		{"12,3456", pct, indo, "", "paling banyak 2", "tidak dibulatkan"},
		{"12,3456", bil, indo, "12.3456", "", ""},
		{"58.180.100,125", rp, indo, "", "sen", ""},
		{"58.180.100,125", rp, bbs, "", "sen", ""},
		{"1,1250", rp, indo, "", "sen", ""},
		{"1,1250", bil, indo, "1.125", "", ""},
		{"1,500", rp, indo, "", "dibaca 1 koma 500", "tulis 1.500"},
		{"13,5", cch, indo, "", "bilangan bulat", ""},
		// Signs and sizes a field cannot mean.
		{"-100", rp, bbs, "", "tidak boleh negatif", ""},
		{"(100)", rp, indo, "", "tidak boleh negatif", ""},
		{"-100", cch, indo, "", "tidak boleh negatif", ""},
		{"-2,5", pct, indo, "-2.5", "", ""},
		{"-2,5", bil, indo, "-2.5", "", ""},
		{"99999999999999999999", rp, bbs, "", "terlalu besar", "16 angka"},
		{"9999999999999999", rp, bbs, "9999999999999999", "", ""},
		{"9223372036854775807", cch, bbs, "", "terlalu besar", ""},
		{"999999999999999999", cch, bbs, "999999999999999999", "", ""},
		// The usual forms.
		{"Rp. 9.399.497.972", rp, indo, "9399497972", "", ""},
		{"Rp 1.987.663,-", rp, indo, "1987663", "", ""},
		{"Rp 1.987.663,50", rp, bbs, "1987663.5", "", ""},
		{"9,399,497,972.00", rp, ingg, "9399497972", "", ""},
		{"-", rp, indo, "0", "", ""},
		{"98,42%", pct, indo, "98.42", "", ""},
		{"93.6", pct, bbs, "93.6", "", ""},
		{"93.6", pct, indo, "", "tulis 93,6", ""},
		{"0,125", bil, bbs, "0.125", "", ""},
		{"1.000 000", rp, indo, "", "spasi", ""},
		{"1,000.000,5", rp, bbs, "", "lebih dari sekali", ""},
		{"Rp 1.987.663,-", rp, ingg, "", "gaya Inggris", ""},
	} {
		got, err := anggaran.ParseIsian(c.in, c.jenis, c.gaya)
		if c.want != "" {
			if err != nil || !got.Equal(decimal.RequireFromString(c.want)) {
				t.Errorf("ParseIsian(%q, %v, %v) = %v, %v; want %s", c.in, c.jenis, c.gaya, got, err, c.want)
			}
			continue
		}
		var ae *anggaran.AngkaError
		if !errors.As(err, &ae) || ae.Teks != c.in || !strings.Contains(err.Error(), c.alasan) || !strings.Contains(err.Error(), c.juga) {
			t.Errorf("ParseIsian(%q, %v, %v) = %v, %v; want an *AngkaError saying %q and %q", c.in, c.jenis, c.gaya, got, err, c.alasan, c.juga)
		}
	}
	if _, err := anggaran.ParseIsian("  ", rp, indo); !errors.Is(err, anggaran.ErrKosong) {
		t.Errorf("ParseIsian(blank) = %v, want ErrKosong", err)
	}
}

// TestAngkaBerkas holds the file notation: the issue's 58180100.125 (which
// the file writer wrote and the reader then refused as irregular
// thousands) reads back, and the refused forms say what to write.
func TestAngkaBerkas(t *testing.T) {
	for _, c := range []struct{ in, out string }{
		{"58180100.125", "58180100.125"},
		{"58180100.120", "58180100.12"},
		{"150.00", "150"},
		{"1.500", "1.5"},
		{"-0.5", "-0.5"},
		{"-0", "0"},
		{"007", "7"},
		{"9399497972", "9399497972"},
	} {
		d, err := anggaran.ParseAngkaBerkas(c.in, anggaran.JenisRupiah)
		if err != nil {
			t.Errorf("ParseAngkaBerkas(%q): %v", c.in, err)
			continue
		}
		if got := anggaran.FormatAngkaBerkas(d); got != c.out {
			t.Errorf("FormatAngkaBerkas(ParseAngkaBerkas(%q)) = %q, want %q", c.in, got, c.out)
		}
	}
	for _, in := range []string{"1.000.000", "1,5", "1e3", " 1", "+1", ".5", "5.", "Rp 5", "--1", "", strings.Repeat("9", 31)} {
		if d, err := anggaran.ParseAngkaBerkas(in, anggaran.JenisRupiah); err == nil {
			t.Errorf("ParseAngkaBerkas(%q) = %v, want an error", in, d)
		}
	}
	for _, in := range []string{"1.5", "-1", "9223372036854775808999"} {
		if d, err := anggaran.ParseAngkaBerkas(in, anggaran.JenisCacah); err == nil {
			t.Errorf("ParseAngkaBerkas(%q, JenisCacah) = %v, want an error", in, d)
		}
	}
}

// TestFormatIsian: the text shown in a field is read back to the same
// value in the same notation.
func TestFormatIsian(t *testing.T) {
	for _, c := range []struct {
		in   string
		gaya anggaran.Gaya
		want string
	}{
		{"1500", anggaran.GayaIndonesia, "1.500"},
		{"1500", anggaran.GayaInggris, "1,500"},
		{"1500", anggaran.GayaTebak, "1500"},
		{"1500000.25", anggaran.GayaTebak, "1.500.000,25"},
		{"2.214", anggaran.GayaTebak, "2,2140"},
		{"2.214", anggaran.GayaIndonesia, "2,214"},
		{"-1234.5", anggaran.GayaInggris, "-1,234.5"},
	} {
		if got := anggaran.FormatIsian(decimal.RequireFromString(c.in), anggaran.JenisBilangan, c.gaya); got != c.want {
			t.Errorf("FormatIsian(%s, %v) = %q, want %q", c.in, c.gaya, got, c.want)
		}
	}
}

// FuzzAngkaPulang holds the round trip of every kind of field (Rupiah,
// persen, count, indicator value) in every notation: a typed text that
// ParseIsian accepts is written for the file (FormatAngkaBerkas) and read
// back (ParseAngkaBerkas) to the same value, writing it again gives the
// same bytes, and the text shown in the field (FormatIsian) and in the
// report (FormatAngka, FormatRupiah) reads back to the same value.
// A refusal is an *AngkaError quoting the input.
func FuzzAngkaPulang(f *testing.F) {
	for _, s := range []string{"9.399.497.972", "9,399,497,972", "Rp. 9.399.497.972", "Rp 1.987.663,-", "98,42%", "-", "1,500", "2,214", "1.5", "150.00", "12.3456", "-100", "99999999999999999999", "58.180.100,125", "1,1250", "0,125", "(1.000,50)", "1.000.000,25", "1,000,000.25"} {
		f.Add(s, uint8(0), uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, jenis, gaya uint8) {
		j := semuaJenis[int(jenis)%len(semuaJenis)]
		g := semuaGaya[int(gaya)%len(semuaGaya)]
		d, err := anggaran.ParseIsian(s, j, g)
		if err != nil {
			var ae *anggaran.AngkaError
			if !errors.As(err, &ae) || ae.Teks != s || ae.Alasan == "" {
				t.Fatalf("ParseIsian(%q, %v, %v): error %v is not an *AngkaError quoting the input", s, j, g, err)
			}
			return
		}
		berkas := anggaran.FormatAngkaBerkas(d)
		back, err := anggaran.ParseAngkaBerkas(berkas, j)
		if err != nil || !back.Equal(d) {
			t.Fatalf("%q (%v, %v) → %v → file %q → %v, %v", s, j, g, d, berkas, back, err)
		}
		if again := anggaran.FormatAngkaBerkas(back); again != berkas {
			t.Fatalf("%q → file %q → %q: not byte-identical", s, berkas, again)
		}
		shown := anggaran.FormatIsian(d, j, g)
		if v, err := anggaran.ParseIsian(shown, j, g); err != nil || !v.Equal(d) {
			t.Fatalf("%q (%v, %v) → %v → shown %q → %v, %v", s, j, g, d, shown, v, err)
		}
		laporan := anggaran.FormatAngka(d, -1)
		switch j {
		case anggaran.JenisRupiah:
			laporan = anggaran.FormatRupiah(d)
		case anggaran.JenisPersen:
			laporan = anggaran.FormatPersen(d)
		}
		if v, err := anggaran.ParseIsian(laporan, j, anggaran.GayaIndonesia); err != nil || !v.Equal(d) {
			t.Fatalf("%q (%v, %v) → %v → report %q → %v, %v", s, j, g, d, laporan, v, err)
		}
	})
}

func TestParseAngkaCacah(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{{"1.170", "1170"}, {"3356", "3356"}, {"1.5", ""}, {"-3", ""}, {"9223372036854775807", ""}, {"13,0", "13"}} {
		d, err := anggaran.ParseAngka(c.in, anggaran.JenisCacah)
		if c.want == "" {
			if err == nil {
				t.Errorf("ParseAngka(%q, JenisCacah) = %v, want an error", c.in, d)
			}
			continue
		}
		if err != nil || !d.Equal(decimal.RequireFromString(c.want)) {
			t.Errorf("ParseAngka(%q, JenisCacah) = %v, %v; want %s", c.in, d, err, c.want)
		}
	}
}

func ExampleParseIsian() {
	for _, s := range []string{"1.500", "1,500", "12,3456", "-100"} {
		d, err := anggaran.ParseIsian(s, anggaran.JenisRupiah, anggaran.GayaIndonesia)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(anggaran.FormatRupiah(d), anggaran.FormatAngkaBerkas(d))
	}
	// Output:
	// Rp 1.500 1500
	// "1,500" bukan angka rupiah yang sah: dalam gaya Indonesia (1.500,25) tanda ini menandai desimal, jadi "1,500" dibaca 1 koma 500, padahal jumlah uang paling banyak 2 angka di belakang koma (sen); angka ini tidak dibulatkan diam-diam: tulis sendiri angka yang dimaksud; bila maksudnya 1500 (tanda sebagai pemisah ribuan), tulis 1.500
	// "12,3456" bukan angka rupiah yang sah: jumlah uang paling banyak 2 angka di belakang koma (sen); angka ini tidak dibulatkan diam-diam: tulis sendiri angka yang dimaksud
	// "-100" bukan angka rupiah yang sah: jumlah uang pada isian ini tidak boleh negatif; tulis tanpa tanda minus
}

func ExampleFormatAngkaBerkas() {
	d, _ := anggaran.ParseIsian("58.180.100,12", anggaran.JenisRupiah, anggaran.GayaIndonesia)
	s := anggaran.FormatAngkaBerkas(d)
	back, _ := anggaran.ParseAngkaBerkas(s, anggaran.JenisRupiah)
	fmt.Println(s, back.Equal(d))
	// Output: 58180100.12 true
}
