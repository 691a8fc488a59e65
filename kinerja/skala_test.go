package kinerja

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestSkalaBatas(t *testing.T) {
	type kasus struct {
		x, want string // want "" = outside every band
	}
	for _, tc := range []struct {
		skala Skala
		kasus []kasus
	}{
		{SkalaPermendagri86(), []kasus{
			{"-10", "Sangat Rendah"}, {"0", "Sangat Rendah"},
			{"50.99", "Sangat Rendah"}, {"51", "Rendah"},
			{"65.99", "Rendah"}, {"66", "Sedang"},
			{"75.99", "Sedang"}, {"76", "Tinggi"},
			{"90.99", "Tinggi"}, {"91", "Sangat Tinggi"},
			{"100", "Sangat Tinggi"}, {"787.30", "Sangat Tinggi"},
		}},
		{SkalaBaik(), []kasus{
			{"50.99", "Sangat Kurang"}, {"51", "Kurang"},
			{"65.99", "Kurang"}, {"66", "Cukup"},
			{"75.99", "Cukup"}, {"76", "Baik"},
			{"90.99", "Baik"}, {"91", "Sangat Baik"},
		}},
		{SkalaPK(), []kasus{
			{"0", "Kurang Berhasil"}, {"54.99", "Kurang Berhasil"}, {"55", "Cukup Berhasil"},
			{"74.99", "Cukup Berhasil"}, {"75", "Berhasil"},
			{"99.99", "Berhasil"}, {"100", "Sangat Berhasil"}, {"164.36", "Sangat Berhasil"},
		}},
		{SkalaPANRB88(), []kasus{
			{"-0.01", ""}, {"0", "D"}, {"30", "D"}, {"30.01", "C"},
			{"50", "C"}, {"50.01", "CC"}, {"60", "CC"}, {"60.01", "B"},
			{"70", "B"}, {"70.01", "BB"}, {"80", "BB"}, {"80.01", "A"},
			{"90", "A"}, {"90.01", "AA"}, {"100", "AA"}, {"100.01", ""},
		}},
	} {
		if err := tc.skala.Validate(); err != nil {
			t.Errorf("%s: %v", tc.skala.Nama, err)
		}
		for _, k := range tc.kasus {
			got, ok := tc.skala.Predikat(decimal.RequireFromString(k.x))
			if got != k.want || ok != (k.want != "") {
				t.Errorf("%s: Predikat(%s) = %q, %v; ingin %q", tc.skala.Nama, k.x, got, ok, k.want)
			}
		}
	}
}

func TestSkalaBernama(t *testing.T) {
	for _, n := range []string{"", "permendagri86", "baik", "pk", "panrb88", " PK "} {
		s, ok := SkalaBernama(n)
		if !ok || s.Validate() != nil {
			t.Errorf("SkalaBernama(%q) = %v, %v", n, s.Nama, ok)
		}
	}
	if _, ok := SkalaBernama("lain"); ok {
		t.Error(`SkalaBernama("lain") dikenal`)
	}
}

func TestSkalaValidate(t *testing.T) {
	for _, tc := range []struct {
		nama string
		pita []Pita
		err  string // "" = valid
	}{
		{"dua pita", []Pita{{Atas: dp("60"), Predikat: "Kurang"}, {Bawah: dp("60"), Predikat: "Baik"}}, ""},
		{"tertutup", []Pita{{Bawah: dp("0"), Atas: dp("50"), Predikat: "Kurang"}, {Bawah: dp("50"), Atas: dp("100"), Predikat: "Baik"}}, ""},
		{"kosong", nil, "tidak mempunyai pita"},
		{"celah gaya laporan 0-50, 51-100", []Pita{{Bawah: dp("0"), Atas: dp("50"), Predikat: "Kurang"}, {Bawah: dp("51"), Atas: dp("100"), Predikat: "Baik"}}, "ada celah antara pita \"Kurang\" (sampai 50) dan pita \"Baik\" (mulai 51)"},
		{"tumpang tindih", []Pita{{Atas: dp("60"), Predikat: "Kurang"}, {Bawah: dp("55"), Predikat: "Baik"}}, "tumpang tindih"},
		{"terbalik", []Pita{{Bawah: dp("60"), Atas: dp("50"), Predikat: "Kurang"}}, "tidak lebih kecil"},
		{"tanpa predikat", []Pita{{Predikat: " "}}, "tidak mempunyai predikat"},
		{"tanpa batas bawah di tengah", []Pita{{Atas: dp("50"), Predikat: "A"}, {Atas: dp("60"), Predikat: "B"}}, "hanya pita terbawah"},
		{"tanpa batas atas di tengah", []Pita{{Predikat: "A"}, {Bawah: dp("50"), Predikat: "B"}}, "hanya pita teratas"},
		{"urutan menurun", []Pita{{Bawah: dp("50"), Atas: dp("100"), Predikat: "Baik"}, {Bawah: dp("0"), Atas: dp("50"), Predikat: "Kurang"}}, "tumpang tindih"},
	} {
		_, err := NewSkala(tc.nama, false, tc.pita...)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%s: %v", tc.nama, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: galat %v, ingin memuat %q", tc.nama, err, tc.err)
		}
	}
}

// TestSkalaKustom checks a custom scale with closed upper bounds, and that
// the scale in Opsi is the one Compute uses.
func TestSkalaKustom(t *testing.T) {
	s, err := NewSkala("kustom", true,
		Pita{Bawah: dp("0"), Atas: dp("60"), Predikat: "Kurang"},
		Pita{Bawah: dp("60"), Atas: dp("100"), Predikat: "Baik"},
	)
	if err != nil {
		t.Fatal(err)
	}
	for x, want := range map[string]string{"0": "Kurang", "60": "Kurang", "60.01": "Baik", "100": "Baik", "100.5": ""} {
		if got, _ := s.Predikat(decimal.RequireFromString(x)); got != want {
			t.Errorf("Predikat(%s) = %q, ingin %q", x, got, want)
		}
	}
	h := Compute(seed(t), 2022, Opsi{Skala: s}, nil)
	if h.Skala != "kustom" {
		t.Errorf("skala %q", h.Skala)
	}
	// IKU 1: 787,30 % is above the custom scale: no predikat
	if p := h.Indikator[0].Pada(2022).Predikat; p != "" {
		t.Errorf("predikat IKU 1 %q, ingin kosong (di luar skala)", p)
	}
	if p := h.Indikator[7].Pada(2022).Predikat; p != "Baik" {
		t.Errorf("predikat IKU 8 %q, ingin Baik", p)
	}
}

func TestSkalaJSON(t *testing.T) {
	for _, s := range []Skala{SkalaPermendagri86(), SkalaBaik(), SkalaPK(), SkalaPANRB88()} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var s2 Skala
		if err := json.Unmarshal(b, &s2); err != nil {
			t.Fatalf("%s: %v\n%s", s.Nama, err, b)
		}
		if diff := cmp.Diff(s, s2); diff != "" {
			t.Errorf("%s (-awal +akhir):\n%s", s.Nama, diff)
		}
	}
	for _, tc := range []struct{ in, err string }{
		{`{"nama": "x", "pita": [{"atas": "50", "predikat": "A"}, {"bawah": "51", "predikat": "B"}]}`, "ada celah"},
		{`{"nama": "x", "pita": [{"atas": "50,5", "predikat": "A"}, {"bawah": 50.5, "predikat": "B"}]}`, ""},
		{`{"nama": "x", "pita": [{"atas": "1.500", "predikat": "A"}]}`, "tidak jelas"},
		{`{"nama": "x", "pita": [{"atas": true, "predikat": "A"}]}`, "harus berupa angka atau teks angka, bukan benar/salah"},
		{`{"nama": "x", "warna": "merah", "pita": []}`, `baris 1: warna: kolom "warna" tidak dikenal`},
		{`{"nama": "x", "pita": []}`, "tidak mempunyai pita"},
		{`[`, "unexpected end"}, {`"x"`, "harus berupa objek"},
	} {
		var s Skala
		err := json.Unmarshal([]byte(tc.in), &s)
		if (tc.err == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("%s: galat %v, ingin %q", tc.in, err, tc.err)
		}
	}
}

// FuzzSkalaJSON: no panic; an accepted scale is valid, writes and reads
// back the same, and gives every value between its outer bounds exactly
// one predikat.
func FuzzSkalaJSON(f *testing.F) {
	for _, s := range []Skala{SkalaPermendagri86(), SkalaPK(), SkalaPANRB88()} {
		b, _ := json.Marshal(s)
		f.Add(b, "75.5")
	}
	f.Add([]byte(`{"nama": "x", "pita": [{"atas": "50", "predikat": "A"}, {"bawah": "50", "atas": "1e2", "predikat": "B"}]}`), "50")
	f.Fuzz(func(t *testing.T, data []byte, x string) {
		s, err := ParseSkala(data, "skala.json")
		if err != nil {
			if pe, ok := err.(*ParseError); !ok || pe.Berkas != "skala.json" {
				t.Fatalf("galat %T %v: bukan *ParseError dengan nama berkas", err, err)
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("skala diterima tetapi tidak sah: %v", err)
		}
		b, _ := json.Marshal(s)
		var s2 Skala
		if err := json.Unmarshal(b, &s2); err != nil || !cmp.Equal(s, s2) {
			t.Fatalf("tulis-baca berubah: %v\n%s", err, b)
		}
		v, err := decimal.NewFromString(x)
		if err != nil {
			return
		}
		first, last := s.Pita[0], s.Pita[len(s.Pita)-1]
		inside := (first.Bawah == nil || v.GreaterThanOrEqual(*first.Bawah)) && (last.Atas == nil || v.LessThanOrEqual(*last.Atas))
		// a capaian scale gives its top predikat above its top band
		atas := !s.TutupAtas && last.Atas != nil && v.GreaterThan(*last.Atas)
		n := 0
		for i := range s.Pita {
			one := Skala{Pita: s.Pita[i : i+1], TutupAtas: s.TutupAtas}
			// a band alone: closed ends only where the whole scale's are
			if hi := s.Pita[i].Atas; hi != nil && v.GreaterThan(*hi) {
				continue // above the band alone: its "top predikat" rule
			}
			if _, ok := one.Predikat(v); ok {
				lo, hi := s.Pita[i].Bawah, s.Pita[i].Atas
				onLo := lo != nil && v.Equal(*lo)
				onHi := hi != nil && v.Equal(*hi)
				switch {
				case s.TutupAtas && onLo && i > 0:
				case !s.TutupAtas && onHi && i < len(s.Pita)-1:
				default:
					n++
				}
			}
		}
		p, ok := s.Predikat(v)
		if atas {
			if !ok || p != last.Predikat {
				t.Fatalf("nilai %s di atas pita teratas: %q, %v; ingin %q", v, p, ok, last.Predikat)
			}
			return
		}
		if ok != inside || (inside && n != 1) {
			t.Fatalf("nilai %s: ok %v, di dalam %v, %d pita", v, ok, inside, n)
		}
	})
}

// TestParseSkala: a settings file's scale is read by the data-file reader
// (internal/naskah), so every refusal is in Bahasa Indonesia with the file,
// the line and the field, never encoding/json's English ("invalid
// character", "unknown field") (issue 10, item 1).
func TestParseSkala(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"{\"nama\": \"pemda\",\n \"pita\": [\n  {\"atas\": \"60\", \"predikat\": \"Kurang\"},\n  {\"bawah\": \"60\", \"atas\": \"x\", \"predikat\": \"Baik\"}]}",
			`skala.json: baris 4: pita[1].atas: "x" bukan persentase yang sah`},
		{"{\"nama\": \"pemda\",\n \"warna\": \"merah\"}", `skala.json: baris 2: warna: kolom "warna" tidak dikenal; yang dikenal di sini: nama, tutup_atas, pita`},
		{"{\"nama\": \"pemda\",\n \"pita\": [\n  {\"atas\": 60 \"predikat\": \"Kurang\"}]}", "skala.json: baris 3: pita[0]: JSON tidak sah"},
		{"{\"nama\": \"pemda\", \"pita\": [{\"atas\": \"60\"}], \"nama\": \"lain\"}", `skala.json: baris 1: nama: kolom "nama" ditulis dua kali`},
		{"{\"nama\": \"pemda\", \"tutup_atas\": \"ya\", \"pita\": []}", "skala.json: baris 1: tutup_atas: harus berupa true atau false"},
		{"{\"nama\": \"pemda\"}", "skala.json: baris 1: pita: wajib diisi"},
		{"{\"nama\": \"pemda\", \"pita\": [{\"atas\": \"60\", \"predikat\": \"A\"}, {\"bawah\": \"55\", \"predikat\": \"B\"}]}",
			`skala.json: skala "pemda": pita "A" (sampai 60) tumpang tindih dengan pita "B" (mulai 55)`},
		{"\ufeff{\"nama\": \"pemda\", \"pita\": [{\"atas\": \"60\", \"predikat\": \"A\"}, {\"bawah\": \"60\", \"predikat\": \"B\"}]}", ""},
	} {
		_, err := ParseSkala([]byte(c.in), "skala.json")
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%q: %v", c.in, err)
		case c.want != "" && (err == nil || !strings.HasPrefix(err.Error(), c.want)):
			t.Errorf("%q:\n got %v\nwant %s…", c.in, err, c.want)
		}
	}
}
