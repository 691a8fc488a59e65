package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

// TestParse: -h and -version end the program with 0, a bad flag with 2;
// -h lists the flags without Go type names and states the exit codes.
func TestParse(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		kode    int
		selesai bool
		stdout  string
		stderr  []string
	}{
		{nil, 0, false, "", nil},
		{[]string{"-h"}, Bersih, true, "", []string{"pemakaian: contoh [BERKAS]", "-format\n", "(bawaan: md)", "Status keluar: 0"}},
		{[]string{"-version"}, Bersih, true, "contoh (sakip " + lkip.Versi + ")\n", nil},
		{[]string{"-entah"}, Salah, true, "", []string{"flag provided but not defined"}},
	} {
		var out, errb bytes.Buffer
		p := New("contoh", "pemakaian: contoh [BERKAS]", "Keterangan.", &out, &errb)
		p.Flag.String("format", "md", "keluaran")
		kode, selesai := p.Parse(tc.args)
		if kode != tc.kode || selesai != tc.selesai || out.String() != tc.stdout {
			t.Errorf("%v: (%d, %v, %q), ingin (%d, %v, %q)", tc.args, kode, selesai, out.String(), tc.kode, tc.selesai, tc.stdout)
		}
		for _, s := range tc.stderr {
			if !strings.Contains(errb.String(), s) {
				t.Errorf("%v: stderr tidak memuat %q:\n%s", tc.args, s, errb.String())
			}
		}
		if strings.Contains(errb.String(), " string\n") {
			t.Errorf("%v: -h memuat nama tipe Go:\n%s", tc.args, errb.String())
		}
	}
}

// TestKeluar: 1 with a kesalahan, else 0.
func TestKeluar(t *testing.T) {
	for _, tc := range []struct {
		ts   []anggaran.Temuan
		want int
	}{
		{nil, Bersih},
		{[]anggaran.Temuan{{Tingkat: anggaran.Peringatan}, {Tingkat: anggaran.Catatan}}, Bersih},
		{[]anggaran.Temuan{{Tingkat: anggaran.Catatan}, {Tingkat: anggaran.Kesalahan}}, Kesalahan},
	} {
		if got := Keluar(tc.ts); got != tc.want {
			t.Errorf("Keluar(%v) = %d, ingin %d", tc.ts, got, tc.want)
		}
	}
}

// TestPilihBentuk: a known format is chosen; an unknown one is refused
// naming the known ones, and so is a binary one bound for a terminal
// (which a buffer is not).
func TestPilihBentuk(t *testing.T) {
	bs := []Bentuk[int]{{Nama: "md"}, {Nama: "xlsx", Biner: true}}
	for _, tc := range []struct {
		nama, keluar string
		ok           bool
		stderr       string
	}{
		{"md", "", true, ""},
		{"xlsx", "", true, ""}, // a buffer is not a terminal
		{"xlsx", "buku.xlsx", true, ""},
		{"pdf", "", false, `contoh: format "pdf" tidak dikenal (md, xlsx)` + "\n"},
	} {
		var out, errb bytes.Buffer
		p := New("contoh", "pemakaian: contoh", "", &out, &errb)
		b, ok := PilihBentuk(p, tc.nama, tc.keluar, bs)
		if ok != tc.ok || errb.String() != tc.stderr || (ok && b.Nama != tc.nama) {
			t.Errorf("%s: (%q, %v, %q), ingin (%q, %v, %q)", tc.nama, b.Nama, ok, errb.String(), tc.nama, tc.ok, tc.stderr)
		}
	}
}

// TestTulis: to stdout when no file is named, to the file otherwise; a
// file that cannot be made is named in the error, in Bahasa Indonesia.
func TestTulis(t *testing.T) {
	tulis := func(w io.Writer) error { _, err := io.WriteString(w, "isi"); return err }
	var out bytes.Buffer
	if err := Tulis("", &out, tulis); err != nil || out.String() != "isi" {
		t.Errorf("stdout: %q, %v", out.String(), err)
	}
	path := filepath.Join(t.TempDir(), "a.md")
	if err := Tulis(path, &out, tulis); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "isi" {
		t.Errorf("berkas: %q, %v", b, err)
	}
	err := Tulis(filepath.Join(t.TempDir(), "tidak", "ada.md"), &out, tulis)
	if err == nil || !strings.Contains(err.Error(), "ada.md tidak dapat dibuat") {
		t.Errorf("folder tidak ada: %v", err)
	}
}

// TestFlagTriwulan: the flags read into the quarterly options; an
// unreadable target is an error.
func TestFlagTriwulan(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		salah bool
		ingin string
	}{
		{nil, false, "[15 40 60 90] 0"},
		{[]string{"-serapan", "25/50/75/100", "-toleransi", "2,5"}, false, "[25 50 75 100] 2.5"},
		{[]string{"-serapan", "15, 40, 60, 90"}, false, "[15 40 60 90] 0"},
		{[]string{"-serapan", "10,20"}, true, ""},
	} {
		p := New("c", "", "", &bytes.Buffer{}, &bytes.Buffer{})
		baca := p.FlagTriwulan()
		if _, selesai := p.Parse(tc.args); selesai {
			t.Fatalf("%v: selesai", tc.args)
		}
		o, err := baca()
		if (err != nil) != tc.salah {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if got := fmt.Sprint(o.TargetPada(), " ", o.Toleransi); err == nil && got != tc.ingin {
			t.Errorf("%v: %s, ingin %s", tc.args, got, tc.ingin)
		}
	}
}

// TestDokumen: no argument is the sample, two are refused, an unreadable
// file is named.
func TestDokumen(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		ok     bool
		stderr string
	}{
		{nil, true, ""},
		{[]string{"a.json", "b.json"}, false, "hanya satu berkas data, bukan 2"},
		{[]string{filepath.Join(t.TempDir(), "tidak-ada.json")}, false, "tidak-ada.json"},
	} {
		var errb bytes.Buffer
		p := New("c", "pemakaian: c", "", &bytes.Buffer{}, &errb)
		p.Parse(tc.args)
		d, ok := p.Dokumen()
		if ok != tc.ok || (ok && d == nil) || !strings.Contains(errb.String(), tc.stderr) {
			t.Errorf("%v: (%v, %v, %q)", tc.args, d != nil, ok, errb.String())
		}
	}
}

// TestTulisTemuan: a count line, then a finding a line with its code.
func TestTulisTemuan(t *testing.T) {
	var b bytes.Buffer
	TulisTemuan(&b, " (x)", []anggaran.Temuan{{Kode: "a/b", Tingkat: anggaran.Catatan, Pesan: "pesan"}})
	if got, ingin := b.String(), "1 temuan (x):\n- [a/b] "; !strings.HasPrefix(got, ingin) || !strings.HasSuffix(got, "pesan\n") {
		t.Errorf("%q, ingin %q…pesan", got, ingin)
	}
}

// TestMulai: parsing and picking -format in one step; -h and a bad
// format end the program with their codes.
func TestMulai(t *testing.T) {
	bs := []Bentuk[int]{{Nama: "md"}, {Nama: "json"}}
	for _, tc := range []struct {
		args   []string
		nama   string
		kode   int
		lanjut bool
	}{
		{nil, "md", Bersih, true},
		{[]string{"-format", "json"}, "json", Bersih, true},
		{[]string{"-h"}, "", Bersih, false},
		{[]string{"-format", "pdf"}, "", Salah, false},
	} {
		p := New("c", "pemakaian: c", "", &bytes.Buffer{}, &bytes.Buffer{})
		format := p.Flag.String("format", "md", "keluaran")
		b, kode, lanjut := Mulai(p, tc.args, format, nil, bs)
		if kode != tc.kode || lanjut != tc.lanjut || (lanjut && b.Nama != tc.nama) {
			t.Errorf("%v: (%q, %d, %v), ingin (%q, %d, %v)", tc.args, b.Nama, kode, lanjut, tc.nama, tc.kode, tc.lanjut)
		}
	}
}
