package anggaran_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	contoh "github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/internal/txtar"
	"github.com/shopspring/decimal"
)

var update = flag.Bool("update", false, "rewrite the expected outputs of the scenarios in testdata/*.txtar")

// sampel returns the anggaran section of the embedded seed data file.
func sampel(t testing.TB) *anggaran.Anggaran {
	t.Helper()
	var f struct {
		Anggaran json.RawMessage `json:"anggaran"`
	}
	if err := json.Unmarshal(contoh.FlotimDinsos2022, &f); err != nil {
		t.Fatalf("data file: %v", err)
	}
	a, err := anggaran.ParseJSON(f.Anggaran, "flotim-dinsos-2022.json")
	if err != nil {
		t.Fatalf("anggaran section: %v", err)
	}
	return a
}

// periksa compares the outputs got with those of the scenario archive
// testdata/NAME.txtar, or rewrites them with -update.
func periksa(t *testing.T, nama string, got map[string][]byte) {
	t.Helper()
	txtar.Periksa(t, filepath.Join("testdata", nama+".txtar"), got, *update, "go test ./anggaran -update")
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestSampel renders and checks the anggaran section of the embedded
// sample: the scenario testdata/sampel.txtar.
func TestSampel(t *testing.T) {
	a := sampel(t)
	p := a.Compute(anggaran.Opsi{})
	var md, js, bel, tm bytes.Buffer
	if err := anggaran.RenderMarkdown(&md, p); err != nil {
		t.Fatal(err)
	}
	if err := anggaran.RenderJSON(&js, p); err != nil {
		t.Fatal(err)
	}
	if !json.Valid(js.Bytes()) {
		t.Fatalf("RenderJSON: JSON tidak sah:\n%s", js.String())
	}
	if err := anggaran.RenderBelanjaMarkdown(&bel, anggaran.ComputeBelanja(a.Belanja)); err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Check(anggaran.Opsi{}) {
		tm.WriteString(f.Kode + "\t" + f.Lokasi.Path + "\n\t" + f.String() + "\n")
	}
	periksa(t, "sampel", map[string][]byte{"tabel-3-2.md": md.Bytes(), "pohon.json": js.Bytes(), "belanja.md": bel.Bytes(), "temuan.txt": tm.Bytes()})
}

// TestTabel32Tercetak proves that each of the 52 rows of the seed's Tabel
// 3.2 (31 sub kegiatan, 14 kegiatan, 6 programs and the total) is
// reproduced exactly from the 31 sub kegiatan: the printed pagu, realisasi
// and percentage equal the computed ones.
func TestTabel32Tercetak(t *testing.T) {
	a := sampel(t)
	p := a.Compute(anggaran.Opsi{})
	rows := append([]anggaran.Rincian(nil), a.Rincian...)
	rows = append(rows, *a.Jumlah)
	perLevel := map[anggaran.Jenjang]int{}
	for i, r := range rows {
		n, ok := p.Find(r.Kode) // the zero Kode of the total finds the root
		if !ok {
			t.Fatalf("row %d %s: not in tree", i, r.Kode)
		}
		b := p.Baris(n)
		perLevel[b.Jenjang]++
		for _, c := range []struct {
			kolom      string
			want, have decimal.NullDecimal
		}{{"pagu", r.Pagu.Decimal(), b.Pagu}, {"realisasi", r.Realisasi.Decimal(), b.Realisasi}, {"persen", r.Persen, b.Persen}} {
			if !c.want.Valid || !c.have.Valid {
				t.Errorf("row %d %s %s: printed valid %v, computed valid %v", i, r.Kode, c.kolom, c.want.Valid, c.have.Valid)
				continue
			}
			if !c.want.Decimal.Equal(c.have.Decimal) {
				t.Errorf("row %d %s %s: printed %s, computed %s", i, r.Kode, c.kolom, c.want.Decimal, c.have.Decimal)
			}
		}
		if b.Jenjang != anggaran.JenjangSubKegiatan && b.Daun {
			t.Errorf("row %d %s: a subtotal row computed as a leaf", i, r.Kode)
		}
	}
	want := map[anggaran.Jenjang]int{
		anggaran.JenjangSubKegiatan: 31, anggaran.JenjangKegiatan: 14, anggaran.JenjangProgram: 6, anggaran.JenjangJumlah: 1,
	}
	if diff := cmp.Diff(want, perLevel); diff != "" {
		t.Errorf("rows per level (-want +got):\n%s", diff)
	}
	if len(rows) != 52 {
		t.Errorf("%d rows, want 52", len(rows))
	}
}

func TestHitunganSampel(t *testing.T) {
	p := sampel(t).Compute(anggaran.Opsi{})
	want := anggaran.Hitungan{Urusan: 1, Bidang: 1, Program: 6, Kegiatan: 14, SubKegiatan: 31}
	if diff := cmp.Diff(want, p.Hitungan()); diff != "" {
		t.Errorf("Hitungan (-want +got):\n%s", diff)
	}
	j := p.Jumlah()
	if !j.Pagu.Decimal.Equal(d("9399497972")) || !j.Realisasi.Decimal.Equal(d("9250672850")) ||
		!j.Persen.Decimal.Equal(d("98.42")) || !j.Sisa.Decimal.Equal(d("148825122")) {
		t.Errorf("total = %v / %v / %v / sisa %v", j.Pagu, j.Realisasi, j.Persen, j.Sisa)
	}
}

func TestBelanjaSampel(t *testing.T) {
	b := anggaran.ComputeBelanja(sampel(t).Belanja)
	for _, c := range []struct {
		kode, murni, pagu string
	}{
		{"5", "5555561000", "9399497972"},
		{"5.1", "5555561000", "9367247972"},
		{"5.1.01", "2028190502", "2287832054"},
		{"5.1.02", "1135620498", "1648265918"},
		{"5.1.06", "2391750000", "5431150000"},
		{"5.2", "0", "32250000"},
	} {
		r, ok := b.Find(anggaran.MustKodeRekening(c.kode))
		if !ok {
			t.Errorf("%s: missing", c.kode)
			continue
		}
		if !r.PaguMurni.Valid || !r.PaguMurni.Decimal.Equal(d(c.murni)) || !r.Pagu.Valid || !r.Pagu.Decimal.Equal(d(c.pagu)) {
			t.Errorf("%s: murni %v pagu %v, want %s %s", c.kode, r.PaguMurni, r.Pagu, c.murni, c.pagu)
		}
	}
	j := b.Jumlah()
	if !j.Perubahan.Decimal.Equal(d("3843936972")) {
		t.Errorf("perubahan = %v", j.Perubahan)
	}
}

// TestTemuanSampel pins the findings the seed must produce: its printed
// errors.
func TestTemuanSampel(t *testing.T) {
	got := map[string][]string{}
	for _, f := range sampel(t).Check(anggaran.Opsi{}) {
		got[f.Kode] = append(got[f.Kode], f.Lokasi.Path+" "+f.Tercetak+" → "+f.Terhitung)
	}
	want := map[string][]string{
		anggaran.TemuanNamaRekening: {"belanja[6].uraian Belanja Pegawai → Belanja Modal Peralatan dan Mesin"},
		anggaran.TemuanPKBerbeda:    {"perjanjian_kinerja.rincian[23].pagu Rp 39.175.000 → Rp 88.500.000"},
		anggaran.TemuanPKJumlah:     {"perjanjian_kinerja.rincian[23].pagu Rp 39.175.000 → Rp 88.500.000"},
		// Tabel 3.2 shortens the name of 1.06.01.2.06.05 (the PK has the
		// nomenclature's).
		anggaran.TemuanUraianBaku: {"rincian[10].uraian Penyediaan Barang Cetak dan Penggandaan → Penyediaan Barang Cetakan dan Penggandaan"},
		anggaran.TemuanPKUraian: {
			"perjanjian_kinerja.rincian[10].uraian Penyediaan Barang Cetakan dan Penggandaan → Penyediaan Barang Cetak dan Penggandaan",
			"perjanjian_kinerja.rincian[12].uraian Fasilitas Kunjungan Tamu → Fasilitasi Kunjungan Tamu",
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestTranskripsiSeed checks the transcription against the seed document
// itself (its text in testdata/seed): every amount
// of Tabel 3.2, the belanja table and the Perjanjian Kinerja, as printed,
// appears on the seed's line for the same row.
func TestTranskripsiSeed(t *testing.T) {
	raw, err := os.ReadFile("../testdata/seed/flotim-dinsos-lkip-2022.txt")
	if err != nil {
		t.Fatal(err)
	}
	seed := string(raw)
	var f struct {
		Anggaran struct {
			Rincian []map[string]string `json:"rincian"`
			Jumlah  map[string]string   `json:"jumlah"`
			Belanja []map[string]string `json:"belanja"`
			PK      struct {
				Rincian []map[string]string `json:"rincian"`
				Jumlah  map[string]string   `json:"jumlah"`
			} `json:"perjanjian_kinerja"`
		} `json:"anggaran"`
	}
	if err := json.Unmarshal(contoh.FlotimDinsos2022, &f); err != nil {
		t.Fatal(err)
	}
	has := func(what string, parts ...string) {
		t.Helper()
		for _, line := range strings.Split(seed, "\n") {
			ok := true
			for _, p := range parts {
				if !strings.Contains(line, "| "+p+" |") {
					ok = false
					break
				}
			}
			if ok {
				return
			}
		}
		t.Errorf("%s: no seed line holds %q", what, parts)
	}
	a := f.Anggaran
	for i, r := range append(a.Rincian, a.Jumlah) {
		// Tabel 3.2 pages split the code into columns: "1 | 2 | 6 | 2".
		has("rincian "+r["kode"], r["uraian"], r["pagu"], r["realisasi"], r["persen"])
		_ = i
	}
	for _, r := range a.Belanja {
		has("belanja "+r["kode"], r["kode"], r["uraian"], r["pagu_murni"], r["pagu"])
	}
	for _, r := range append(a.PK.Rincian, a.PK.Jumlah) {
		has("perjanjian_kinerja "+r["kode"], r["pagu"])
	}
}

// TestMurniFisik renders a table with pagu before and after perubahan,
// realisasi fisik and two bidang urusan (official codes, urusan and bidang
// rows), as Markdown and as a JSON tree: the scenario
// testdata/murni-fisik.txtar.
func TestMurniFisik(t *testing.T) {
	const nama = "testdata/murni-fisik.txtar"
	raw, err := os.ReadFile(nama)
	if err != nil {
		t.Fatal(err)
	}
	in, ok := txtar.Parse(raw).File("input.csv")
	if !ok {
		t.Fatalf("%s: input.csv tidak ada", nama)
	}
	a, err := anggaran.ParseCSV(bytes.NewReader(in), "input.csv", anggaran.OpsiCSV{})
	if err != nil {
		t.Fatal(err)
	}
	p := a.Compute(anggaran.Opsi{})
	var md, js bytes.Buffer
	if err := anggaran.RenderMarkdown(&md, p); err != nil {
		t.Fatal(err)
	}
	if err := anggaran.RenderJSON(&js, p); err != nil {
		t.Fatal(err)
	}
	periksa(t, "murni-fisik", map[string][]byte{"tabel-3-2.md": md.Bytes(), "pohon.json": js.Bytes()})
}
