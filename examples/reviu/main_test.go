package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/sampel"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	tulis := func(nama string, isi []byte) string {
		p := filepath.Join(dir, nama)
		if err := os.WriteFile(p, isi, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bersih := tulis("bersih.json", sampel.FlotimDinsos2022Bersih)
	kosong := tulis("kosong.json", []byte(`{"versi": 2, "identitas": {"pemda": "Kabupaten Contoh", "dinas": "Dinas Kesehatan", "tahun": 2024}}`))
	for _, c := range []struct {
		nama   string
		args   []string
		kode   int
		stdout []string
		stderr []string
	}{
		{"contoh: ada kesalahan", nil, 1, []string{"kesalahan [lkip/tanda-tangan]", " kesalahan, "}, nil},
		{"setengah isi", []string{kosong}, 0, []string{"catatan [lkip/belum-diisi] identitas.alamat: Identitas: alamat kantor belum diisi", "0 temuan: 0 kesalahan, 0 peringatan, 0 catatan; ", " hal belum diisi"}, nil},
		{"data bersih", []string{bersih}, 0, []string{"0 temuan: 0 kesalahan, 0 peringatan, 0 catatan"}, nil},
		{"seed sebagai berkas", []string{tulis("seed.json", sampel.FlotimDinsos2022)}, 1, []string{"kesalahan [lkip/tanda-tangan]"}, nil},
		{"bantuan", []string{"-h"}, 0, nil, []string{"pemakaian: reviu [-serapan 15/40/60/90] [-toleransi 0] [DATA.json]"}},
		{"target serapan sendiri", []string{"-serapan", "10/30/50/80", "../../testdata/deliserdang-bappedalitbang-2025.json"}, 1,
			[]string{"serapan anggaran kumulatif di bawah target triwulan: TW I 1,35% (target 10%)"}, nil},
		{"target serapan tidak kumulatif", []string{"-serapan", "10/60/50/80", bersih}, 2, nil, []string{"lebih kecil daripada triwulan II"}},
		{"bendera tak dikenal", []string{"-x"}, 2, nil, []string{"flag provided but not defined: -x", "pemakaian: reviu"}},
		{"dua berkas", []string{bersih, bersih}, 2, nil, []string{"hanya satu berkas data, bukan 2", "pemakaian: reviu"}},
		{"tidak ada", []string{filepath.Join(dir, "tidak-ada.json")}, 2, nil, []string{"tidak-ada.json tidak ditemukan: periksa nama berkas dan foldernya"}},
		{"folder", []string{dir}, 2, nil, []string{"adalah folder, bukan berkas"}},
		{"bukan JSON", []string{tulis("rusak.json", []byte("{\"versi\": 1,\n \"identitas\": x}"))}, 2, nil, []string{"rusak.json", "baris 2"}},
	} {
		t.Run(c.nama, func(t *testing.T) {
			var out, errb bytes.Buffer
			if got := run(c.args, &out, &errb); got != c.kode {
				t.Errorf("exit %d, want %d\nstderr: %s", got, c.kode, errb.String())
			}
			for _, s := range c.stdout {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q", s)
				}
			}
			for _, s := range c.stderr {
				if !strings.Contains(errb.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, errb.String())
				}
			}
		})
	}
}
