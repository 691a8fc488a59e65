package lkip

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/kinerja"
)

// TestParseBOM: a data file saved by Notepad or Excel starts with a UTF-8
// byte order mark; it reads as the same document, with the same lines in
// errors.
func TestParseBOM(t *testing.T) {
	bom := []byte("\xef\xbb\xbf")
	want, err := Parse(sampel.FlotimDinsos2022, "")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(append(bom, sampel.FlotimDinsos2022...), "")
	if err != nil {
		t.Fatalf("dengan BOM: %v", err)
	}
	if diff := cmp.Diff(want, got, abaikanMentah); diff != "" {
		t.Errorf("dengan BOM berbeda (-tanpa +dengan):\n%s", diff)
	}
	_, err = Parse(append(bom, "{\"versi\": 1,\n\"lampiran\": 1}"...), "")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Baris != 2 || pe.Path != "lampiran" {
		t.Errorf("galat dengan BOM %v; ingin baris 2 lampiran", err)
	}
}

// TestTahunTeks: a year written as text is refused with the same words in
// every section of the file (it was accepted in kinerja and refused in
// anggaran and lkip).
func TestTahunTeks(t *testing.T) {
	const pesan = `harus berupa bilangan bulat, bukan teks "2022"`
	for _, tc := range []struct{ path, in string }{
		{"identitas.tahun", `{"versi": 1, "identitas": {"tahun": "2022"}}`},
		{"profil.aset.baris[0].tahun", `{"versi": 1, "profil": {"aset": {"baris": [{"tahun": "2022"}]}}}`},
		{"profil.dasar_hukum[0].tahun", `{"versi": 1, "profil": {"dasar_hukum": [{"tahun": "2022"}]}}`},
		{"anggaran.tahun", `{"versi": 1, "anggaran": {"tahun": "2022", "rincian": []}}`},
		{"kinerja.tahun", `{"versi": 1, "kinerja": {"tahun": "2022"}}`},
		{"kinerja.indikator[0].tahun[0].tahun", `{"versi": 1, "kinerja": {"tahun": 2022, "indikator": [{"id": "A", "nama": "x", "tahun": [{"tahun": "2022"}]}]}}`},
	} {
		_, err := Parse([]byte(tc.in), "")
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Path != tc.path || !strings.Contains(pe.Error(), pesan) {
			t.Errorf("%s: galat %v; ingin %q", tc.path, err, pesan)
		}
	}
	// and each package alone says the same
	if _, err := anggaran.ParseJSON([]byte(`{"tahun": "2022"}`), ""); err == nil || !strings.Contains(err.Error(), pesan) {
		t.Errorf("anggaran: %v", err)
	}
	if _, err := kinerja.Parse([]byte(`{"tahun": "2022"}`)); err == nil || !strings.Contains(err.Error(), pesan) {
		t.Errorf("kinerja: %v", err)
	}
}

// TestBulatLuap: a count that does not fit is refused, never wrapped (a
// headcount near the int64 limit was printed negative).
func TestBulatLuap(t *testing.T) {
	for _, n := range []string{"9223372036854775807", "9223372036854775808", "99999999999999999999", "1000000000000000"} {
		_, err := Parse([]byte(`{"versi": 2, "profil": {"pegawai": [{"id": "pns", "nama": "PNS", "rincian": [{"nama": "jenis kelamin", "butir": [{"nama": "laki-laki", "jumlah": `+n+`}, {"nama": "perempuan", "jumlah": 1}]}]}]}}`), "")
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Path != "profil.pegawai[0].rincian[0].butir[0].jumlah" || !strings.Contains(pe.Error(), "terlalu besar") {
			t.Errorf("%s: galat %v; ingin terlalu besar", n, err)
		}
	}
	d, err := Parse([]byte(`{"versi": 1, "profil": {"pegawai": {"pns": {"laki_laki": 999999999999999, "perempuan": 999999999999999}}}}`), "")
	if err != nil {
		t.Fatal(err)
	}
	if tot := hitungKelompok(&d.Profil.Pegawai[0]).Total; tot <= 0 {
		t.Errorf("total %d", tot)
	}
}

// TestParseDalam: 200 KB of nested brackets (about 15 GB on the old
// reader) are refused with a clear message in bounded memory.
func TestParseDalam(t *testing.T) {
	data := []byte(strings.Repeat("[", 200_000))
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	_, err := Parse(data, "dalam.json")
	runtime.ReadMemStats(&b)
	if err == nil || !strings.Contains(err.Error(), "terlalu dalam") {
		t.Fatalf("galat %v; ingin terlalu dalam", err)
	}
	if n := b.TotalAlloc - a.TotalAlloc; n > 1<<20 {
		t.Errorf("%d byte dialokasikan untuk menolaknya; ingin paling banyak 1 MiB", n)
	}
}

// TestParseBesar: a file over 32 MiB is refused before it is read.
func TestParseBesar(t *testing.T) {
	data := bytes.Repeat([]byte(" "), 32<<20+1)
	data[0] = '{'
	_, err := Parse(data, "besar.json")
	if err == nil || !strings.Contains(err.Error(), "terlalu besar") {
		t.Fatalf("galat %v; ingin terlalu besar", err)
	}
}

// TestEncodeStabil: a document read and written again is byte-identical
// the second time, for both sample files.
func TestEncodeStabil(t *testing.T) {
	for _, tc := range []struct {
		nama string
		data []byte
	}{{"flotim-dinsos-2022.json", sampel.FlotimDinsos2022}, {"flotim-dinsos-2022-bersih.json", sampel.FlotimDinsos2022Bersih}} {
		t.Run(tc.nama, func(t *testing.T) { encodeStabil(t, tc.data) })
	}
}

// encodeStabil checks Encode(Parse(Encode(Parse(data)))) == Encode(Parse(data)).
func encodeStabil(t *testing.T, data []byte) {
	t.Helper()
	d, err := Parse(data, "")
	if err != nil {
		t.Fatal(err)
	}
	satu, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	d2, err := Parse(satu, "")
	if err != nil {
		t.Fatalf("Parse(Encode(d)): %v", err)
	}
	dua, err := d2.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(satu, dua) {
		t.Errorf("tulisan kedua berbeda:\n%s", cmp.Diff(string(satu), string(dua)))
	}
}
