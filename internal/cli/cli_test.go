package cli

import (
	"bytes"
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
