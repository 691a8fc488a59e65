package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/cli"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected outputs of testdata/sampel.txtar")

// TestBOM: a data file saved with a UTF-8 byte order mark gives the same
// report as the embedded sample, efficiency (from the anggaran section)
// included.
func TestBOM(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bom.json")
	if err := os.WriteFile(p, append([]byte("\ufeff"), sampel.FlotimDinsos2022...), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"md", "json"} {
		var want, got, errWant, errGot bytes.Buffer
		if code := run([]string{"-format", format}, &want, &errWant); code != cli.Kesalahan {
			t.Fatalf("bawaan: kode %d: %s", code, errWant.String())
		}
		if code := run([]string{"-format", format, p}, &got, &errGot); code != cli.Kesalahan {
			t.Fatalf("berkas ber-BOM: kode %d: %s", code, errGot.String())
		}
		if diff := cmp.Diff(want.String(), got.String()); diff != "" {
			t.Errorf("%s: keluaran berkas ber-BOM berbeda (-bawaan +BOM):\n%s", format, diff)
		}
		if diff := cmp.Diff(errWant.String(), errGot.String()); diff != "" {
			t.Errorf("%s: temuan berkas ber-BOM berbeda (-bawaan +BOM):\n%s", format, diff)
		}
	}
}

// TestGolden pins the example's output on the embedded sample: the
// scenario testdata/sampel.txtar.
func TestGolden(t *testing.T) {
	got := map[string][]byte{}
	for _, tc := range []struct {
		args           []string
		keluar, temuan string
	}{
		{[]string{}, "capaian.md", "temuan.txt"},
		{[]string{"-format", "json"}, "capaian.json", ""},
	} {
		var out, errb bytes.Buffer
		if code := run(tc.args, &out, &errb); code != cli.Kesalahan {
			t.Fatalf("run(%v) = %d, stderr:\n%s", tc.args, code, errb.String())
		}
		got[tc.keluar] = out.Bytes()
		if tc.temuan != "" {
			got[tc.temuan] = errb.Bytes()
		}
	}
	txtar.Periksa(t, filepath.Join("testdata", "sampel.txtar"), got, *update, "go test ./examples/capaian -update")
}

func TestBerkasBuruk(t *testing.T) {
	dir := t.TempDir()
	tulis := func(nama, isi string) string {
		p := filepath.Join(dir, nama)
		if err := os.WriteFile(p, []byte(isi), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		nama, isi string
		pesan     []string
	}{
		{"sintaks.json", "{\n  \"tahun\": 2022,\n  \"indikator\": [\n", []string{"sintaks.json", "JSON"}},
		{"angka.json", "{\n  \"versi\": 1,\n  \"kinerja\": {\n    \"tahun\": 2022,\n    \"indikator\": [\n      {\"id\": \"A\", \"nama\": \"x\", \"satuan\": \"%\",\n       \"tahun\": [{\"tahun\": 2022, \"target\": \"6,7,7\"}]}\n    ]\n  }\n}\n",
			[]string{"angka.json", "baris 7", "kinerja.indikator[0].tahun[0].target", "6,7,7"}},
		{"asing.json", "{\"tahun\": 2022, \"targett\": 1}", []string{"asing.json", "targett", "tidak dikenal"}},
		{"kosong.json", "", []string{"kosong.json"}},
	} {
		var out, errb bytes.Buffer
		code := run([]string{tulis(tc.nama, tc.isi)}, &out, &errb)
		if code != cli.Salah {
			t.Errorf("%s: kode keluar %d, ingin 2", tc.nama, code)
		}
		for _, p := range tc.pesan {
			if !strings.Contains(errb.String(), p) {
				t.Errorf("%s: pesan %q tidak memuat %q", tc.nama, errb.String(), p)
			}
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{filepath.Join(dir, "tidak-ada.json")}, &out, &errb); code != cli.Salah {
		t.Errorf("berkas tidak ada: kode keluar %d", code)
	}
	if code := run([]string{"-format", "xml"}, &out, &errb); code != 2 {
		t.Errorf("format xml: kode keluar %d", code)
	}
	// a missing Tabel 3.1 CSV, and two files, are named in Bahasa Indonesia
	for _, tc := range []struct {
		args  []string
		ingin string
	}{
		{[]string{filepath.Join(dir, "tidak-ada.csv")}, "tidak-ada.csv tidak ditemukan"},
		{[]string{"a.json", "b.json"}, "hanya satu berkas data, bukan 2"},
	} {
		errb.Reset()
		if code := run(tc.args, &out, &errb); code != cli.Salah || !strings.Contains(errb.String(), tc.ingin) {
			t.Errorf("%v: kode %d, %q tidak memuat %q", tc.args, code, errb.String(), tc.ingin)
		}
	}
}

func TestSkalaSendiri(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "skala.json")
	os.WriteFile(p, []byte(`{"nama": "pemda", "pita": [{"atas": "100", "predikat": "Belum"}, {"bawah": "100", "predikat": "Tercapai"}]}`), 0o644)
	var out, errb bytes.Buffer
	if code := run([]string{"-skala", p, "-format", "json", "-temuan=false"}, &out, &errb); code != cli.Kesalahan {
		t.Fatalf("kode %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), `"predikat": "Tercapai"`) || !strings.Contains(out.String(), `"predikat": "Belum"`) || errb.Len() != 0 {
		t.Errorf("keluaran tidak memakai skala sendiri:\n%s\n%s", out.String(), errb.String())
	}
	os.WriteFile(p, []byte(`{"nama": "pemda", "pita": [{"atas": "50", "predikat": "A"}, {"bawah": "51", "predikat": "B"}]}`), 0o644)
	errb.Reset()
	if code := run([]string{"-skala", p}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "ada celah") {
		t.Errorf("skala bercelah: kode %d, %s", code, errb.String())
	}
	errb.Reset()
	if code := run([]string{"-skala", "entah"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "tidak dikenal") {
		t.Errorf("skala tak dikenal: kode %d, %s", code, errb.String())
	}
}

func TestBatas(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-batas", "0:200", "-temuan=false"}, &out, &errb); code != cli.Kesalahan {
		t.Fatalf("kode %d: %s", code, errb.String())
	}
	// IKU 1: 787,30 % capped at 200
	if !strings.Contains(out.String(), "200,00% (dibatasi; semula 787,30%)") {
		t.Errorf("plafon tidak diterapkan:\n%s", out.String())
	}
	for _, salah := range []string{"200", "a:b", "300:200"} {
		errb.Reset()
		if code := run([]string{"-batas", salah}, &out, &errb); code != 2 {
			t.Errorf("-batas %s: kode %d", salah, code)
		}
	}
}

// TestTabel31CSV: a printed Tabel 3.1 as CSV is scored; a printed capaian
// that differs is a kesalahan (exit 1) and the report prints the computed
// one; a right table exits 0; a table that cannot be read exits 2 naming
// the file, row and column.
func TestTabel31CSV(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		nama, isi string
		args      []string
		kode      int
		stdout    []string
		stderr    []string
	}{
		{"salah.csv", "Indikator Kinerja;Target;Realisasi;Capaian (%);Tahun\nPersentase PMKS yang tertangani;65,65;60,1;98,55;2022\n", nil, cli.Kesalahan,
			[]string{"| 91,55% | Sangat Tinggi |"}, []string{"1 temuan", "[kinerja/capaian-tercetak]", "dicetak 98,55%", "91,55%"}},
		{"benar.csv", "\ufeffindikator,target,realisasi,capaian\nJumlah Kube,50,60,120\n", []string{"-tahun", "2022"}, cli.Bersih,
			[]string{"| 120,00% | Sangat Tinggi |"}, []string{"0 temuan"}},
		{"json.csv", "indikator;target;realisasi;tahun\nJumlah Kube;50;60;2022\n", []string{"-format", "json"}, cli.Bersih,
			[]string{`"predikat": "Sangat Tinggi"`}, nil},
		{"polaritas.csv", "indikator;polaritas;target;realisasi;capaian;tahun\nAngka stunting;negatif;10;8;80;2022\n", nil, cli.Kesalahan,
			nil, []string{"[kinerja/polaritas-rumus]"}},
		{"ambigu.csv", "indikator;target;realisasi;tahun\nJumlah;1.200;1.500;2022\n", nil, cli.Salah,
			nil, []string{"ambigu.csv: baris 2: kolom target:", "1200", "1,2"}},
		{"tanpatahun.csv", "indikator;target;realisasi\nJumlah;1;2\n", nil, cli.Salah,
			nil, []string{"-tahun"}},
	} {
		p := filepath.Join(dir, tc.nama)
		if err := os.WriteFile(p, []byte(tc.isi), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		if kode := run(append(tc.args, p), &out, &errb); kode != tc.kode {
			t.Errorf("%s: kode %d, ingin %d; stderr:\n%s", tc.nama, kode, tc.kode, errb.String())
		}
		for _, s := range tc.stdout {
			if !strings.Contains(out.String(), s) {
				t.Errorf("%s: stdout tidak memuat %q:\n%s", tc.nama, s, out.String())
			}
		}
		for _, s := range tc.stderr {
			if !strings.Contains(errb.String(), s) {
				t.Errorf("%s: stderr tidak memuat %q:\n%s", tc.nama, s, errb.String())
			}
		}
	}
}

// TestSkalaBerkasSalah: a -skala file that cannot be read is refused
// (exit 2) with the file, the line and the field, in Bahasa Indonesia:
// it is read by the data-file reader, not by encoding/json, whose English
// ("invalid character", "unknown field") it used to pass through (issue
// 10, item 1).
func TestSkalaBerkasSalah(t *testing.T) {
	dir := t.TempDir()
	inggris := regexp.MustCompile(`\b(invalid|character|looking|unexpected|unknown|field|cannot|unmarshal|string|bool|no such file)\b`)
	for _, c := range []struct{ nama, isi, want string }{
		{"sintaks.json", "{\"nama\": \"pemda\",\n \"pita\": [\n  {\"atas\": \"60\" \"predikat\": \"Kurang\"}]}", "sintaks.json: baris 3: pita[0]: JSON tidak sah"},
		{"asing.json", "{\"nama\": \"pemda\",\n \"warna\": \"merah\", \"pita\": []}", `asing.json: baris 2: warna: kolom "warna" tidak dikenal`},
		{"batas.json", "{\"nama\": \"pemda\", \"pita\": [\n {\"atas\": \"enam puluh\", \"predikat\": \"Kurang\"}]}", `batas.json: baris 2: pita[0].atas: "enam puluh" bukan persentase yang sah`},
		{"jenis.json", "{\"nama\": \"pemda\", \"pita\": [\n {\"atas\": true, \"predikat\": \"Kurang\"}]}", "jenis.json: baris 2: pita[0].atas: harus berupa angka atau teks angka"},
		{"terpotong.json", "{\"nama\": \"pemda\", \"pita\": [", "terpotong.json: baris 1: pita[0]: JSON terpotong"},
		{"tidak-ada.json", "", "tidak-ada.json tidak ditemukan"},
	} {
		p := filepath.Join(dir, c.nama)
		if c.isi != "" {
			os.WriteFile(p, []byte(c.isi), 0o644)
		}
		var out, errb bytes.Buffer
		code := run([]string{"-skala", p}, &out, &errb)
		if code != cli.Salah || !strings.Contains(errb.String(), c.want) {
			t.Errorf("%s: kode %d, stderr %q; ingin kode 2 dan %q", c.nama, code, errb.String(), c.want)
		}
		if w := inggris.FindString(errb.String()); w != "" {
			t.Errorf("%s: pesan berbahasa Inggris (%q): %s", c.nama, w, errb.String())
		}
	}
	// a byte order mark (Notepad, Excel) is skipped
	p := filepath.Join(dir, "bom.json")
	os.WriteFile(p, []byte("\ufeff"+`{"nama": "pemda", "pita": [{"atas": "100", "predikat": "Belum"}, {"bawah": "100", "predikat": "Tercapai"}]}`), 0o644)
	var out, errb bytes.Buffer
	if code := run([]string{"-skala", p, "-temuan=false"}, &out, &errb); code == cli.Salah {
		t.Errorf("skala dengan BOM ditolak: %s", errb.String())
	}
}

// TestAnggaranSalah: a data file whose anggaran section cannot be read is
// still scored, without efficiency, and the reason names the file, the line
// and the field (the shared path cli.BacaAnggaran).
func TestAnggaranSalah(t *testing.T) {
	var bagian map[string]json.RawMessage
	if err := json.Unmarshal(sampel.FlotimDinsos2022, &bagian); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "data.json")
	isi := "{\"versi\": 1,\n \"anggaran\": {\"rincian\": [\n  {\"kode\": \"1.06.01\", \"pagu\": \"x\"}]},\n \"kinerja\": " + string(bagian["kinerja"]) + "}"
	os.WriteFile(p, []byte(isi), 0o644)
	var out, errb bytes.Buffer
	if code := run([]string{p}, &out, &errb); code == cli.Salah {
		t.Fatalf("kode %d: %s", code, errb.String())
	}
	if want := "capaian: bagian anggaran diabaikan, efisiensi tidak dihitung: " + p + ": baris 3: anggaran.rincian[0].pagu:"; !strings.Contains(errb.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, errb.String())
	}
}
