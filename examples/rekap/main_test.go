package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/gen/kabupaten"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/internal/xlsx"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	bersih := filepath.Join(dir, "bersih")
	os.Mkdir(bersih, 0o755)
	bs, _ := kabupaten.Buat(kabupaten.Opsi{Bersih: true, SubKegiatan: 6})
	for _, b := range bs[:5] {
		if err := os.WriteFile(filepath.Join(bersih, b.Nama), b.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rusak := filepath.Join(dir, "rusak.json")
	os.WriteFile(rusak, []byte(`{"versi": 1, "tidak_dikenal": 1}`), 0o644)
	seed := filepath.Join(dir, "dinsos.json")
	os.WriteFile(seed, sampel.FlotimDinsos2022, 0o644)
	kosong := filepath.Join(dir, "kosong")
	os.Mkdir(kosong, 0o755)
	keluar := filepath.Join(dir, "rekap.html")
	buku := filepath.Join(dir, "rekap.xlsx")
	for _, c := range []struct {
		nama   string
		args   []string
		kode   int
		stdout []string
		stderr []string
	}{
		{"kabupaten contoh", nil, 1, []string{"# Rekap LKIP Kabupaten Nusa Bunga Tahun 2024", "rekap/sub-kegiatan-ganda", "Dinas Perikanan"}, nil},
		{"json", []string{"-format", "json"}, 1, []string{`"serapan": "94.13"`}, nil},
		{"html ke berkas", []string{"-format", "html", "-o", keluar}, 1, nil, nil},
		{"xlsx ke berkas", []string{"-format", "xlsx", "-o", buku, bersih}, 0, nil, nil},
		{"xlsx ke keluaran standar (bukan terminal)", []string{"-format", "xlsx", bersih}, 0, []string{"PK\x03\x04", "xl/workbook.xml"}, nil},
		{"folder bersih", []string{bersih}, 0, []string{"5 berkas, 5 dinas dijumlahkan", "Tidak ada temuan."}, nil},
		{"urut dan saring", []string{"-urut", "serapan", "-perhatian"}, 1, []string{"Disaring: perlu perhatian"}, nil},
		{"pagu tercetak", []string{"-pagu", "Rp 1.000", bersih}, 1, []string{"rekap/jumlah-kabupaten"}, nil},
		{"seed: kesalahan reviu", []string{seed}, 1, []string{"Dinas Sosial"}, nil},
		{"berkas rusak", []string{bersih, rusak}, 2, []string{"rusak.json (tidak terbaca)"}, []string{"tidak_dikenal"}},
		{"tidak ada", []string{filepath.Join(dir, "tidak-ada.json")}, 2, nil, []string{"tidak-ada.json tidak ditemukan"}},
		{"folder kosong", []string{kosong}, 2, nil, []string{"tidak memuat berkas .json"}},
		{"bantuan", []string{"-h"}, 0, nil, []string{"pemakaian: rekap", "-format", "Status keluar"}},
		{"versi", []string{"-version"}, 0, []string{"rekap (sakip "}, nil},
		{"bendera tak dikenal", []string{"-x"}, 2, nil, []string{"flag provided but not defined: -x"}},
		{"format tak dikenal", []string{"-format", "pdf"}, 2, nil, []string{`format "pdf" tidak dikenal`}},
		{"kolom tak dikenal", []string{"-urut", "warna"}, 2, nil, []string{`kolom "warna" tidak dikenal`}},
		{"pagu salah", []string{"-pagu", "satu juta"}, 2, nil, []string{"-pagu"}},
		{"keluaran tak dapat dibuat", []string{"-o", filepath.Join(dir, "tidak", "ada.md"), bersih}, 2, nil, []string{"ada.md tidak dapat dibuat"}},
	} {
		t.Run(c.nama, func(t *testing.T) {
			var out, errb bytes.Buffer
			if got := run(c.args, &out, &errb); got != c.kode {
				t.Errorf("exit %d, ingin %d\nstderr: %s", got, c.kode, errb.String())
			}
			for _, s := range c.stdout {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout tidak memuat %q:\n%.600s", s, out.String())
				}
			}
			for _, s := range c.stderr {
				if !strings.Contains(errb.String(), s) {
					t.Errorf("stderr tidak memuat %q:\n%s", s, errb.String())
				}
			}
		})
	}
	if b, err := os.ReadFile(keluar); err != nil || !bytes.Contains(b, []byte("<svg")) {
		t.Errorf("rekap.html: %v", err)
	}
	b, err := os.ReadFile(buku)
	if err != nil {
		t.Fatalf("rekap.xlsx: %v", err)
	}
	wb, err := xlsx.Read(b)
	if err != nil {
		t.Fatalf("rekap.xlsx does not read back: %v", err)
	}
	if s := wb.Sheet("Rekap per dinas"); s == nil || len(s.Rows) < 2+5+1 {
		t.Errorf("rekap.xlsx: no sheet of the 5 dinas and their total")
	} else if c, _ := s.Lookup("H3"); c.Kind != xlsx.KindNumber {
		t.Errorf("rekap.xlsx: pagu H3 is %v %q, not a number", c.Kind, c.Value)
	}
}
