package kinerja

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ (go test ./kinerja -run TestTabel31 -update)")

// opsiSkenario reads the "opsi.txt" of a scenario: lines key=value
// (tahun=2022, targetnol=negatif-tercapai).
func opsiSkenario(t *testing.T, a *txtar.Archive) (OpsiTabel31, Opsi) {
	ot := OpsiTabel31{Berkas: "input.csv"}
	var o Opsi
	b, _ := a.File("opsi.txt")
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		k, v, _ := strings.Cut(strings.TrimSpace(l), "=")
		switch k {
		case "":
		case "tahun":
			ot.Tahun, _ = strconv.Atoi(v)
		case "targetnol":
			if v == "negatif-tercapai" {
				o.TargetNol = TargetNolNegatifTercapai
			}
		default:
			t.Fatalf("opsi.txt: %q tidak dikenal", l)
		}
	}
	return ot, o
}

// TestTabel31 runs the scenarios of testdata/tabel31: each archive holds
// input.csv (a printed Tabel 3.1), optionally opsi.txt, and the expected
// capaian.md (the computed capaian and predikat) and temuan.txt (the
// findings a Tabel 3.1 answers for, see SaringTabel31) — or galat.txt,
// the error of a table that is refused. -update rewrites the expected
// files.
func TestTabel31(t *testing.T) {
	files, err := filepath.Glob("testdata/tabel31/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("tidak ada skenario: %v", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := txtar.Parse(raw)
			in, ok := a.File("input.csv")
			if !ok {
				t.Fatal("input.csv tidak ada")
			}
			ot, o := opsiSkenario(t, a)
			got := map[string]string{}
			d, err := ParseTabel31(bytes.NewReader(in), ot)
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Baris < 1 || pe.Berkas != "input.csv" {
					t.Errorf("galat tanpa berkas atau baris: %#v", err)
				}
				got["galat.txt"] = err.Error() + "\n"
			} else {
				h := Compute(d, 0, o, nil)
				var md bytes.Buffer
				if err := RenderMarkdown(&md, d, h); err != nil {
					t.Fatal(err)
				}
				got["capaian.md"] = md.String()
				ts, lewat := SaringTabel31(d, h.Temuan)
				var tb strings.Builder
				fmt.Fprintf(&tb, "%d temuan (%d dilewati: bukan isi Tabel 3.1)\n", len(ts), lewat)
				for _, x := range ts {
					fmt.Fprintf(&tb, "- [%s] %s\n", x.Kode, x)
				}
				got["temuan.txt"] = tb.String()
			}
			if *update {
				for _, n := range []string{"galat.txt", "capaian.md", "temuan.txt"} {
					if _, ada := a.File(n); ada && got[n] == "" {
						a.Files = hapusBerkas(a.Files, n)
					}
				}
				for _, n := range []string{"capaian.md", "temuan.txt", "galat.txt"} {
					if got[n] != "" {
						a.Set(n, []byte(got[n]))
					}
				}
				if err := os.WriteFile(f, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, n := range []string{"capaian.md", "temuan.txt", "galat.txt"} {
				want, ada := a.File(n)
				if !ada && got[n] == "" {
					continue
				}
				if diff := cmp.Diff(string(want), got[n]); diff != "" {
					t.Errorf("%s berbeda (-ingin +didapat); bila benar, jalankan go test ./kinerja -run TestTabel31 -update:\n%s", n, diff)
				}
			}
		})
	}
}

func hapusBerkas(l []txtar.File, nama string) []txtar.File {
	var out []txtar.File
	for _, f := range l {
		if f.Name != nama {
			out = append(out, f)
		}
	}
	return out
}

// TestParseTabel31Galat: every refusal names the file, the row and the
// column, in Bahasa Indonesia.
func TestParseTabel31Galat(t *testing.T) {
	for _, tc := range []struct {
		nama, isi string
		baris     int
		kolom     string
		pesan     string
	}{
		{"kosong", "", 1, "", "berkas kosong"},
		{"kolom asing", "indikator;target;realisasi;anggaran\n", 1, "anggaran", "tidak dikenal"},
		{"kolom wajib", "indikator;target;tahun\n", 1, "realisasi", "kolom wajib"},
		{"kolom ganda", "indikator;indikator kinerja;target;realisasi;tahun\n", 1, "indikator kinerja", "sama-sama kolom indikator"},
		{"tanpa tahun", "indikator;target;realisasi\nA;1;1\n", 1, "tahun", "opsi -tahun"},
		{"tahun salah", "indikator;target;realisasi;tahun\nA;1;1;22\n", 2, "tahun", `tahun "22" tidak sah`},
		{"polaritas", "indikator;polaritas;target;realisasi;tahun\nA;-;1;1;2022\n", 2, "polaritas", `polaritas "-" tidak dikenal`},
		{"indikator kosong", "indikator;target;realisasi;tahun\n;1;1;2022\n", 2, "indikator", "nama indikator kosong"},
		{"ganda", "indikator;target;realisasi;tahun\nA;1;1;2022\n\nA;2;2;2022\n", 4, "indikator", "sudah ada di baris 2"},
		{"angka", "indikator;target;Realisasi (%);tahun\nA;1;1x;2022\n", 2, "Realisasi (%)", "karakter"},
		{"tanpa judul", "indikator;target;realisasi;tahun\nA;1;1;2022;lebih\n", 2, "", "tidak punya judul"},
		{"kutip", "indikator;target;realisasi;tahun\nA\"b;1;1;2022\n", 2, "indikator", "tanda kutip"},
		{"bukan utf8", "indikator;target;realisasi;tahun\nA\xe9;1;1;2022\n", 2, "", "UTF-8"},
		{"dua tahun judul", "indikator;target 2021;realisasi 2022\n", 1, "realisasi 2022", "dua tahun"},
	} {
		_, err := ParseTabel31(strings.NewReader(tc.isi), OpsiTabel31{Berkas: "t.csv"})
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: %v, ingin *ParseError", tc.nama, err)
			continue
		}
		if pe.Berkas != "t.csv" || pe.Baris != tc.baris || pe.Kolom != tc.kolom || !strings.Contains(err.Error(), tc.pesan) {
			t.Errorf("%s: %q (baris %d, kolom %q), ingin baris %d, kolom %q, memuat %q", tc.nama, err, pe.Baris, pe.Kolom, tc.baris, tc.kolom, tc.pesan)
		}
	}
}

// TestBacaSel: the one-parse reading of a cell gives the same readings as
// parsing it in both notations, for every text of up to 7 characters of
// digits and separators.
func TestBacaSel(t *testing.T) {
	abjad := []byte("0159.,")
	var buat func(s []byte)
	n := 0
	buat = func(s []byte) {
		if len(s) > 0 {
			n++
			teks := string(s)
			var cepat, lambat selAngka
			bacaSel(&cepat, teks)
			lambat.idn, lambat.galatIdn = anggaran.ParseIsian(teks, anggaran.JenisBilangan, anggaran.GayaIndonesia)
			lambat.ing, lambat.galatIng = anggaran.ParseIsian(teks, anggaran.JenisBilangan, anggaran.GayaInggris)
			lambat.okIdn, lambat.okIng = lambat.galatIdn == nil, lambat.galatIng == nil
			if cepat.okIdn != lambat.okIdn || cepat.okIng != lambat.okIng ||
				(cepat.okIdn && !cepat.idn.Equal(lambat.idn)) || (cepat.okIng && !cepat.ing.Equal(lambat.ing)) ||
				(cepat.okIdn && cepat.idn.Exponent() != lambat.idn.Exponent()) || (cepat.okIng && cepat.ing.Exponent() != lambat.ing.Exponent()) {
				t.Fatalf("%q: cepat %v/%v %v/%v, lambat %v/%v %v/%v", teks, cepat.okIdn, cepat.idn, cepat.okIng, cepat.ing, lambat.okIdn, lambat.idn, lambat.okIng, lambat.ing)
			}
		}
		if len(s) == 7 {
			return
		}
		for _, c := range abjad {
			buat(append(s, c))
		}
	}
	buat(nil)
	if n < 300000 {
		t.Fatalf("hanya %d teks", n)
	}
}
