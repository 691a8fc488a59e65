package anggaran_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/txtar"
)

// TestTanpaKode runs the scenarios of testdata/tanpakode/*.txtar: budget
// tables printed without codes (issue 11 item 2). Each has its input
// input.csv (read by ParseCSV with the urusan/bidang 1.06) and its outputs
// tabel-3-2.md (the computed Tabel 3.2, RenderMarkdown) and temuan.txt
// (the findings of Check, one a line, or "galat: …" when the file is
// refused). -update rewrites the outputs; the comment of each archive says
// what the scenario shows.
func TestTanpaKode(t *testing.T) {
	files, err := filepath.Glob("testdata/tanpakode/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			ar := txtar.Parse(data)
			in, ok := ar.File("input.csv")
			if !ok {
				t.Fatal("no input.csv")
			}
			tabel, temuan := jalankanTanpaKode(t, in)
			if *update {
				ar.Set("tabel-3-2.md", tabel)
				ar.Set("temuan.txt", temuan)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, f := range []struct {
				name string
				got  []byte
			}{{"tabel-3-2.md", tabel}, {"temuan.txt", temuan}} {
				want, _ := ar.File(f.name)
				if diff := cmp.Diff(string(want), string(f.got)); diff != "" {
					t.Errorf("%s (-want +got):\n%s", f.name, diff)
				}
			}
		})
	}
}

// jalankanTanpaKode reads, computes, renders and checks one table. The
// internal positional codes must never show: no output may hold a dotted
// code of the default urusan/bidang.
func jalankanTanpaKode(t *testing.T, in []byte) (tabel, temuan []byte) {
	t.Helper()
	a, err := anggaran.ParseCSV(bytes.NewReader(in), "input.csv", anggaran.OpsiCSV{UrusanBidang: anggaran.MustKode("1.06"), Tabel: "Tabel 3.2"})
	if err != nil {
		return nil, []byte("galat: " + err.Error() + "\n")
	}
	p := a.Compute(anggaran.Opsi{})
	var b bytes.Buffer
	if err := anggaran.RenderMarkdown(&b, p); err != nil {
		t.Fatal(err)
	}
	tabel = b.Bytes()
	var tb bytes.Buffer
	for _, x := range a.Check(anggaran.Opsi{}) {
		tb.WriteString(x.Kode + " " + x.String() + "\n")
		if strings.Contains(x.Lokasi.Path, "rincian[") && strings.Contains(x.String(), "rincian[") {
			t.Errorf("a message to staff shows a JSON path: %s", x)
		}
	}
	temuan = tb.Bytes()
	if p.TanpaKode() {
		var js bytes.Buffer
		if err := anggaran.RenderJSON(&js, p); err != nil {
			t.Fatal(err)
		}
		for _, out := range [][]byte{tabel, temuan, js.Bytes()} {
			if bytes.Contains(out, []byte("1.06.")) || bytes.Contains(out, []byte("0.00.")) {
				t.Errorf("an internal positional code is shown:\n%s", out)
			}
		}
	}
	return tabel, temuan
}
