package anggaran_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
)

func TestParseKode(t *testing.T) {
	for _, c := range []struct {
		in, str, panjang string
		jenjang          anggaran.Jenjang
	}{
		{"1", "1", "1", anggaran.JenjangUrusan},
		{"1.06", "1.06", "1.06", anggaran.JenjangBidang},
		{"1.06.02", "1.06.02", "1.06.02", anggaran.JenjangProgram},
		{"1.06.01.2.01", "1.06.01.2.01", "1.06.01.2.01", anggaran.JenjangKegiatan},
		{"1.06.01.2.01.06", "1.06.01.2.01.06", "1.06.01.2.01.0006", anggaran.JenjangSubKegiatan},
		{"1.06.01.2.01.0006", "1.06.01.2.01.06", "1.06.01.2.01.0006", anggaran.JenjangSubKegiatan},
		{" 1 . 06 . 01 . 2 . 09 . 10 ", "1.06.01.2.09.10", "1.06.01.2.09.0010", anggaran.JenjangSubKegiatan},
		{"2.17.03.2.02.0123", "2.17.03.2.02.0123", "2.17.03.2.02.0123", anggaran.JenjangSubKegiatan},
	} {
		k, err := anggaran.ParseKode(c.in)
		if err != nil {
			t.Errorf("ParseKode(%q): %v", c.in, err)
			continue
		}
		if k.String() != c.str || k.StringPanjang() != c.panjang || k.Jenjang() != c.jenjang {
			t.Errorf("ParseKode(%q) = %s / %s / %v, want %s / %s / %v", c.in, k, k.StringPanjang(), k.Jenjang(), c.str, c.panjang, c.jenjang)
		}
	}
}

func TestParseKodeSalah(t *testing.T) {
	for _, c := range []struct{ in, alasan string }{
		{"", "kosong"},
		{"1.6", "bidang urusan"},
		{"1.06.1", "program"},
		{"1.06.01.2", "dua bagian"},
		{"1.06.01.02.01", "kegiatan"},
		{"1.06.01.2.01.6", "sub kegiatan"},
		{"1.06.01.2.01.006", "sub kegiatan"},
		{"1.06.00", "tidak boleh 0"},
		{"1.06.01.2.01.06.01", "terlalu banyak"},
		{"1.O6", "bukan angka"},
		{"a", "bukan angka"},
		{"1..06", "bidang urusan"},
	} {
		_, err := anggaran.ParseKode(c.in)
		if err == nil || !strings.Contains(err.Error(), c.alasan) {
			t.Errorf("ParseKode(%q) error = %v, want one mentioning %q", c.in, err, c.alasan)
		}
	}
}

func TestParseKodeSingkat(t *testing.T) {
	awalan := anggaran.MustKode("1.06")
	for _, c := range []struct{ in, want, singkat string }{
		{"1", "1.06.01", "1"},
		{"1 2 1", "1.06.01.2.01", "1 2 1"},
		{"1 2 1 6", "1.06.01.2.01.06", "1 2 1 6"},
		{"1 | 2 | 9 | 10", "1.06.01.2.09.10", "1 2 9 10"},
		{"01\t2 01 0006", "1.06.01.2.01.06", "1 2 1 6"},
		{"7 2 1 2", "1.06.07.2.01.02", "7 2 1 2"},
	} {
		k, err := anggaran.ParseKodeSingkat(c.in, awalan)
		if err != nil {
			t.Errorf("ParseKodeSingkat(%q): %v", c.in, err)
			continue
		}
		if k.String() != c.want || k.Singkat() != c.singkat {
			t.Errorf("ParseKodeSingkat(%q) = %s (%s), want %s (%s)", c.in, k, k.Singkat(), c.want, c.singkat)
		}
	}
	for _, c := range []struct {
		in     string
		awalan anggaran.Kode
	}{
		{"1 2", awalan}, {"1 2 1 6 1", awalan}, {"100", awalan}, {"1 12 1", awalan}, {"1 2 1 10000", awalan},
		{"1 2 1 0", awalan}, {"", awalan}, {"x", awalan}, {"1 2 1 6", anggaran.Kode{}}, {"1 2 1 6", anggaran.MustKode("1.06.01")},
	} {
		if k, err := anggaran.ParseKodeSingkat(c.in, c.awalan); err == nil {
			t.Errorf("ParseKodeSingkat(%q, %q) = %s, want an error", c.in, c.awalan, k)
		}
	}
}

func TestKodeUrutan(t *testing.T) {
	in := []string{"1.06.01.2.09.10", "1.06.02", "1.06.01.2.09.09", "1.06.01.2.09", "1.06.01", "1.06", "1.06.01.2.10.01", "1.06.01.2.09.0100", "2.01"}
	want := []string{"1.06", "1.06.01", "1.06.01.2.09", "1.06.01.2.09.09", "1.06.01.2.09.10", "1.06.01.2.09.0100", "1.06.01.2.10.01", "1.06.02", "2.01"}
	ks := make([]anggaran.Kode, len(in))
	for i, s := range in {
		ks[i] = anggaran.MustKode(s)
	}
	slices.SortFunc(ks, anggaran.Kode.Compare)
	var got []string
	for _, k := range ks {
		got = append(got, k.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("sorted = %v\nwant     %v", got, want)
	}
}

func TestKodeInduk(t *testing.T) {
	k := anggaran.MustKode("1.06.02.2.01.01")
	var chain []string
	for ; !k.IsZero(); k = k.Induk() {
		chain = append(chain, k.String())
	}
	want := []string{"1.06.02.2.01.01", "1.06.02.2.01", "1.06.02", "1.06", "1"}
	if !slices.Equal(chain, want) {
		t.Errorf("chain = %v, want %v", chain, want)
	}
	if !anggaran.MustKode("1.06").Contains(anggaran.MustKode("1.06.02.2.01.01")) ||
		anggaran.MustKode("1.06.02").Contains(anggaran.MustKode("1.06.03.2.01")) ||
		!(anggaran.Kode{}).Contains(anggaran.MustKode("2")) {
		t.Error("Contains is wrong")
	}
}

func TestKodeRekening(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"5", "5"}, {"5 . 1", "5.1"}, {"5 . 1 . 01", "5.1.01"}, {"5.2.2", "5.2.02"}, {"5.1.02.01.01.0024", "5.1.02.01.01.0024"},
	} {
		k, err := anggaran.ParseKodeRekening(c.in)
		if err != nil || k.String() != c.want {
			t.Errorf("ParseKodeRekening(%q) = %s, %v; want %s", c.in, k, err, c.want)
		}
	}
	for _, in := range []string{"", "5.", "5.10", "5.1.001", "5.1.0", "x", "5.1.01.01.01.00001", "5.1.01.01.01.0001.1"} {
		if k, err := anggaran.ParseKodeRekening(in); err == nil {
			t.Errorf("ParseKodeRekening(%q) = %s, want an error", in, k)
		}
	}
	for _, c := range []struct {
		kode, nama string
		cocok      bool
	}{
		{"5.2.02", "Belanja Pegawai", false},
		{"5.2.02", "Belanja Modal Peralatan dan Mesin", true},
		{"5.2.02", "BELANJA PERALATAN DAN MESIN", true},
		{"5.1.01", "Belanja Pegawai", true},
		{"5.1.01", "Pegawai", true},
		{"5", "BELANJA DAERAH", true},
		{"5.2", "BELANJA MODAL", true},
		{"5.2", "Belanja Pegawai", false},
		{"5.2.04", "Belanja Modal Jalan, Irigasi, dan Jaringan", true},
		{"5.1.02.01.01", "apa saja", true}, // no standard name at this depth
	} {
		if got := anggaran.MustKodeRekening(c.kode).CocokNama(c.nama); got != c.cocok {
			t.Errorf("%s.CocokNama(%q) = %v, want %v", c.kode, c.nama, got, c.cocok)
		}
	}
}

// FuzzParseKode: no panics; a parsed code prints to a form that parses
// back to the same code, and its parent contains it.
func FuzzParseKode(f *testing.F) {
	for _, s := range []string{"1.06.01.2.01.06", "1.06.01.2.01.0006", "1", "1.06.01", "9.99.99.9.99.9999", "1..", ".", "1.06.01.2", "0"} {
		f.Add(s, "1 2 1 6")
	}
	awalan := anggaran.MustKode("1.06")
	f.Fuzz(func(t *testing.T, s, singkat string) {
		k, err := anggaran.ParseKode(s)
		if err == nil {
			back, err := anggaran.ParseKode(k.String())
			if err != nil || back != k {
				t.Fatalf("%q → %s → %v, %v", s, k, back, err)
			}
			back, err = anggaran.ParseKode(k.StringPanjang())
			if k.Jenjang() == anggaran.JenjangSubKegiatan && (err != nil || back != k) {
				t.Fatalf("%q → %s → %v, %v", s, k.StringPanjang(), back, err)
			}
			if !k.Induk().Contains(k) || k.Induk().Compare(k) >= 0 {
				t.Fatalf("%s: parent %s does not contain it or sort first", k, k.Induk())
			}
		}
		k, err = anggaran.ParseKodeSingkat(singkat, awalan)
		if err == nil {
			back, err := anggaran.ParseKodeSingkat(k.Singkat(), awalan)
			if err != nil || back != k || !awalan.Contains(k) {
				t.Fatalf("%q → %s → %v, %v", singkat, k.Singkat(), back, err)
			}
		}
		if _, err := anggaran.ParseKodeRekening(s); err == nil {
			r := anggaran.MustKodeRekening(s)
			if back := anggaran.MustKodeRekening(r.String()); back != r {
				t.Fatalf("rekening %q → %s → %s", s, r, back)
			}
		}
	})
}
