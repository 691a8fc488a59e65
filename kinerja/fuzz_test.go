package kinerja

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
)

func seedBagian(t testing.TB) []byte {
	var atas map[string]json.RawMessage
	if err := json.Unmarshal(sampel.FlotimDinsos2022, &atas); err != nil {
		t.Fatal(err)
	}
	return atas["kinerja"]
}

// TestMarshalJSON checks that writing a parsed document and reading it
// back gives the same document (the seed: every figure, every text).
func TestMarshalJSON(t *testing.T) {
	d := seed(t)
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	d2, err := Parse(b)
	if err != nil {
		t.Fatalf("membaca kembali: %v", err)
	}
	if diff := cmp.Diff(d, d2); diff != "" {
		t.Errorf("berbeda setelah ditulis dan dibaca (-awal +akhir):\n%s", diff)
	}
}

// FuzzParse feeds arbitrary bytes to Parse and ParseBerkas. Invariants:
// no panic; an error is a located *ParseError; a document that parses can
// be scored and checked, its findings point into the document, nothing is
// computed from a negative figure (no capaian, no realisasi from the
// formula parts), and it survives a write and re-read unchanged (the
// writer is idempotent and the scores are the same).
//
// Run it with a short minimisation time: the seed corpus holds the whole
// sample file, and minimising a failing input that large with the default
// -fuzzminimizetime (60s) stalls at 0 execs/s:
//
//	go test ./kinerja -run '^$' -fuzz '^FuzzParse$' -fuzztime 1m -fuzzminimizetime 2s
func FuzzParse(f *testing.F) {
	f.Add(seedBagian(f))
	f.Add(sampel.FlotimDinsos2022)
	f.Add([]byte(dokUji))
	f.Add([]byte(`{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "satuan": "%", "tahun": [{"tahun": 2022, "target": "6,77", "realisasi": "1.500"}]}]}`))
	f.Add([]byte(`{"tahun": 2022, "bidang": "1.06", "perjanjian_kinerja": {"baris": [{"indikator": "x", "sub_kegiatan": "1 2 1 6", "target": 1e3}]}}`))
	f.Add([]byte(`{"tahun": 2022, "renstra": {"kebijakan": [{"nomor": "1.2.4.1.1", "uraian": "k"}]}}`))
	f.Add([]byte(`{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "polaritas": "negatif", "rumus_negatif": "t/r", "tahun": [{"tahun": 2022, "target": "0", "realisasi": "0", "realisasi_periode": [null, "2"]}]}]}`))
	f.Add([]byte("\ufeff" + `{"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "satuan": "%", "rumus": {"pembilang": "p"}, "tahun": [{"tahun": 2021, "target": "6,70", "realisasi": "63,04"}, {"tahun": 2022, "target": "-6,77", "realisasi": "-53,3", "pembilang": "-181.395", "penyebut": "168.010", "rincian": [{"bagian": "pembilang", "total": "-1", "butir": [{"uraian": "u", "nilai": "-1"}]}]}]}]}`))
	f.Add([]byte(`{"tahun": 2025, "indikator": [{"id": "A", "nama": "x", "satuan": "Orang / Bulan", "anggaran": "Sub", "tahun": [{"tahun": 2025, "target": "45", "realisasi": "45", "realisasi_triwulan": ["11,25", null, "-1", "11,25"]}]}]}`))
	f.Add([]byte(`{`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, parse := range []func([]byte) (*Dokumen, error){Parse, ParseBerkas} {
			d, err := parse(data)
			if err != nil {
				var pe *anggaran.ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("galat bukan *ParseError: %T %v", err, err)
				}
				if pe.Error() == "" {
					t.Fatal("pesan galat kosong")
				}
				continue
			}
			h := Compute(d, 0, Opsi{}, nil)
			for i, hi := range h.Indikator {
				for _, s := range hi.Tahun {
					dt := d.Indikator[i].Tahun[s.Indeks]
					if s.Capaian.Nilai != nil && (negatif(dt.Target) || (s.RealisasiDipakai != nil && s.RealisasiDipakai.IsNegative())) {
						t.Fatalf("capaian %s dari angka negatif: %s %d", s.Capaian.Nilai, hi.ID, s.Tahun)
					}
					if s.RealisasiRumus != nil && (negatif(dt.Pembilang) || negatif(dt.Penyebut)) {
						t.Fatalf("realisasi rumus %s dari bagian negatif: %s %d", s.RealisasiRumus, hi.ID, s.Tahun)
					}
				}
			}
			for _, x := range h.Temuan {
				if x.Kode == "" || x.Pesan == "" || x.Tingkat < Catatan || x.Tingkat > Kesalahan {
					t.Fatalf("temuan tidak lengkap: %+v", x)
				}
			}
			b1, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			d2, err := Parse(b1)
			if err != nil {
				t.Fatalf("tulisan tidak terbaca kembali: %v\n%s", err, b1)
			}
			b2, _ := json.Marshal(d2)
			if !bytes.Equal(b1, b2) {
				t.Fatalf("penulis tidak idempoten:\n%s\n%s", b1, b2)
			}
			if diff := cmp.Diff(DaftarCapaian(d, h), DaftarCapaian(d2, Compute(d2, 0, Opsi{}, nil))); diff != "" {
				t.Fatalf("skor berubah setelah ditulis ulang:\n%s", diff)
			}
		}
	})
}

// FuzzNormalizeKode: no panic; a code that normalises is in official
// form, normalises to itself, and its prefixes are program and kegiatan.
func FuzzNormalizeKode(f *testing.F) {
	for _, s := range []string{"1.06.01.2.01.06", "1 2 1 6", "2 2 1 1", "1.06.01.2.01.0006", "7", "1.06", " 1 2 9 10 ", "1..2", "01 2 3 4"} {
		f.Add(s, "1.06")
	}
	f.Add("0", " 0.00") // once gave " 0.00.00"
	f.Fuzz(func(t *testing.T, s, bidang string) {
		k, err := NormalizeKode(s, bidang)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("pesan kosong")
			}
			return
		}
		k2, err := NormalizeKode(k, "")
		if err != nil || k2 != k {
			t.Fatalf("%q → %q → %q, %v", s, k, k2, err)
		}
		n := strings.Count(k, ".") + 1
		if n != 3 && n != 5 && n != 6 {
			t.Fatalf("%q → %q: %d bagian", s, k, n)
		}
		kode, err := anggaran.ParseKode(k)
		if err != nil || kode.String() != k {
			t.Fatalf("%q → %q bukan bentuk resmi anggaran: %v", s, k, err)
		}
		program := BarisPK{SubKegiatan: k}.Program()
		if !strings.HasPrefix(k, program) || !anggaran.MustKode(program).Contains(kode) {
			t.Fatalf("%q tidak di bawah programnya %q", k, program)
		}
	})
}
