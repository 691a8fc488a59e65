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
	"github.com/shopspring/decimal"
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

// TestTanpaKodeJSON: a data file's rows with a tingkat and no kode are
// read, computed like the CSV table, written back with their tingkat and
// read back unchanged, a sub kegiatan without pagu included (it is the
// finding anggaran/pagu-kosong, no longer a file that cannot be read
// back).
func TestTanpaKodeJSON(t *testing.T) {
	in := `{"tahun": 2025, "urusan_bidang": "1.06", "tabel": "Tabel 3.2", "rincian": [
		{"tingkat": "program", "uraian": "Program Penunjang Urusan Pemerintahan Daerah"},
		{"tingkat": "kegiatan", "uraian": "Administrasi Keuangan Perangkat Daerah", "pagu": "1000"},
		{"tingkat": "sub kegiatan", "uraian": "Penyediaan Gaji dan Tunjangan ASN", "pagu": "600", "realisasi": "600"},
		{"tingkat": "sub kegiatan", "uraian": "Koordinasi dan Pelaksanaan Akuntansi", "realisasi": "350"}
	], "jumlah": {"uraian": "JUMLAH", "pagu": "1000"}}`
	a, err := anggaran.ParseJSON([]byte(in), "x.json")
	if err != nil {
		t.Fatal(err)
	}
	want := []anggaran.Jenjang{anggaran.JenjangProgram, anggaran.JenjangKegiatan, anggaran.JenjangSubKegiatan, anggaran.JenjangSubKegiatan}
	for i, r := range a.Rincian {
		if r.Tingkat != want[i] || !r.Kode.IsZero() {
			t.Errorf("rincian[%d]: tingkat %v kode %q, want tingkat %v and no code", i, r.Tingkat, r.Kode, want[i])
		}
	}
	out, err := a.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := anggaran.ParseJSON(out, "")
	if err != nil {
		t.Fatalf("written file not read back: %v\n%s", err, out)
	}
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("round trip (-read +read back):\n%s", diff)
	}
	if !bytes.Contains(out, []byte(`"tingkat":"sub kegiatan"`)) || bytes.Contains(out, []byte(`"kode"`)) {
		t.Errorf("written rows should have a tingkat and no kode:\n%s", out)
	}
	p := a.Compute(anggaran.Opsi{})
	h := p.Hitungan()
	if !p.TanpaKode() || h != (anggaran.Hitungan{Program: 1, Kegiatan: 1, SubKegiatan: 2}) {
		t.Errorf("TanpaKode %v, Hitungan %+v", p.TanpaKode(), h)
	}
	if j := p.Jumlah(); j.Pagu.Valid || !j.Realisasi.Valid || j.Realisasi.Decimal.String() != "950" {
		t.Errorf("total: pagu %v (want none: a leaf lacks it), realisasi %v (want 950)", j.Pagu, j.Realisasi)
	}
	var kodes []string
	for _, x := range a.Check(anggaran.Opsi{}) {
		kodes = append(kodes, x.Kode+" "+x.Lokasi.Baris)
	}
	if diff := cmp.Diff([]string{"anggaran/pagu-kosong ke-4 Koordinasi dan Pelaksanaan Akuntansi"}, kodes); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestTanpaKodeCampuranGo: rows built in Go with a mix of codes and
// levels are not refused (Compute has no error) but the rows without a
// code are left out of the sums, each the finding anggaran/kode-kosong:
// codes win, and nothing is silently placed.
func TestTanpaKodeCampuranGo(t *testing.T) {
	rp := func(n int64) decimal.NullDecimal { return anggaran.Ada(decimal.NewFromInt(n)) }
	a := &anggaran.Anggaran{UrusanBidang: anggaran.MustKode("1.06"), Rincian: []anggaran.Rincian{
		{Kode: anggaran.MustKode("1.06.01.2.01.01"), Uraian: "A", Pagu: anggaran.RupiahDariDesimal(rp(10))},
		{Tingkat: anggaran.JenjangSubKegiatan, Uraian: "B", Pagu: anggaran.RupiahDariDesimal(rp(5))},
	}}
	p := a.Compute(anggaran.Opsi{})
	if p.TanpaKode() || p.Jumlah().Pagu.Decimal.IntPart() != 10 {
		t.Errorf("TanpaKode %v, total %v: want a coded tree of 10", p.TanpaKode(), p.Jumlah().Pagu)
	}
	var got []string
	for _, x := range a.Check(anggaran.Opsi{}) {
		if x.Kode == anggaran.TemuanKodeKosong {
			got = append(got, x.Lokasi.Baris)
		}
	}
	if diff := cmp.Diff([]string{"ke-2 B"}, got); diff != "" {
		t.Errorf("kode-kosong (-want +got):\n%s", diff)
	}
}

// TestTanpaKodeUrutanGo: a row built in Go out of level order (a sub
// kegiatan before any kegiatan) is left out and reported with the
// reason, naming the row.
func TestTanpaKodeUrutanGo(t *testing.T) {
	rp := func(n int64) decimal.NullDecimal { return anggaran.Ada(decimal.NewFromInt(n)) }
	a := &anggaran.Anggaran{Rincian: []anggaran.Rincian{
		{Tingkat: anggaran.JenjangProgram, Uraian: "P"},
		{Tingkat: anggaran.JenjangSubKegiatan, Uraian: "S1", Pagu: anggaran.RupiahDariDesimal(rp(5))},
		{Tingkat: anggaran.JenjangKegiatan, Uraian: "K"},
		{Tingkat: anggaran.JenjangSubKegiatan, Uraian: "S2", Pagu: anggaran.RupiahDariDesimal(rp(7))},
	}}
	p := a.Compute(anggaran.Opsi{})
	if j := p.Jumlah(); !p.TanpaKode() || j.Pagu.Decimal.IntPart() != 7 {
		t.Errorf("TanpaKode %v, total %v: want 7 (S1 left out)", p.TanpaKode(), j.Pagu)
	}
	var got []string
	for _, x := range a.Check(anggaran.Opsi{}) {
		got = append(got, x.Kode+": "+x.String())
	}
	want := []string{"anggaran/kode-kosong: kesalahan: tabel realisasi anggaran, baris ke-2 S1, kolom kode: sub kegiatan ini muncul sebelum kegiatan mana pun (dalam programnya); baris kegiatan harus di atas sub kegiatannya, sehingga tidak ikut dijumlahkan"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestGarisInduk: in a data file as in a CSV, a lone dash on a row with
// rows below it (and on the total) is "not printed", its amounts computed;
// on a leaf it is nihil (zero).
func TestGarisInduk(t *testing.T) {
	for _, in := range []string{
		`{"rincian": [{"tingkat": "program", "uraian": "P", "pagu": "–"}, {"tingkat": "kegiatan", "uraian": "K", "pagu": "-", "realisasi": "—"},
			{"tingkat": "sub kegiatan", "uraian": "S", "pagu": "-", "realisasi": "–"}], "jumlah": {"uraian": "Jumlah", "pagu": "-"}}`,
		`{"urusan_bidang": "1.06", "rincian": [{"kode": "1", "uraian": "P", "pagu": "–"}, {"kode": "1 2 1", "uraian": "K", "pagu": "-", "realisasi": "—"},
			{"kode": "1 2 1 1", "uraian": "S", "pagu": "-", "realisasi": "–"}], "jumlah": {"uraian": "Jumlah", "pagu": "-"}}`,
	} {
		a, err := anggaran.ParseJSON([]byte(in), "")
		if err != nil {
			t.Fatal(err)
		}
		r := a.Rincian
		if r[0].Pagu.Valid || r[1].Pagu.Valid || r[1].Realisasi.Valid || a.Jumlah.Pagu.Valid {
			t.Errorf("parents' dashes should be missing: %+v %+v %+v", r[0].Pagu, r[1].Pagu, a.Jumlah.Pagu)
		}
		if !r[2].Pagu.Valid || !r[2].Pagu.Rupiah.Decimal().IsZero() || !r[2].Realisasi.Valid {
			t.Errorf("a leaf's dash is nihil: %+v %+v", r[2].Pagu, r[2].Realisasi)
		}
		for _, x := range a.Check(anggaran.Opsi{}) {
			if x.Kode != anggaran.TemuanUraianBaku { // the names are placeholders
				t.Errorf("finding: %v", x)
			}
		}
	}
}

func TestParseTingkat(t *testing.T) {
	for _, c := range []struct {
		in   string
		want anggaran.Jenjang
	}{
		{"program", anggaran.JenjangProgram}, {"PROGRAM", anggaran.JenjangProgram}, {"Prog.", anggaran.JenjangProgram}, {"1", anggaran.JenjangProgram},
		{"kegiatan", anggaran.JenjangKegiatan}, {"Keg", anggaran.JenjangKegiatan}, {"2", anggaran.JenjangKegiatan},
		{"sub kegiatan", anggaran.JenjangSubKegiatan}, {"Sub Keg.", anggaran.JenjangSubKegiatan}, {"subkeg", anggaran.JenjangSubKegiatan},
		{"sub", anggaran.JenjangSubKegiatan}, {"sub_kegiatan", anggaran.JenjangSubKegiatan}, {"Sub-Kegiatan", anggaran.JenjangSubKegiatan}, {"3", anggaran.JenjangSubKegiatan},
		{"urusan", 0}, {"", 0}, {"4", 0}, {"subprogram", 0},
	} {
		got, err := anggaran.ParseTingkat(c.in)
		if got != c.want || (err == nil) != (c.want != 0) {
			t.Errorf("ParseTingkat(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
}

func TestTingkatUraian(t *testing.T) {
	for _, c := range []struct {
		in   string
		want anggaran.Jenjang
	}{
		{"Program Penunjang Urusan Pemerintahan Daerah", anggaran.JenjangProgram},
		{"PROGRAM: PERLINDUNGAN SOSIAL", anggaran.JenjangProgram},
		{"1. Program Penunjang", anggaran.JenjangProgram},
		{"II. Program Penunjang", anggaran.JenjangProgram},
		{"1.2 Kegiatan Administrasi Keuangan", anggaran.JenjangKegiatan},
		{"a) Kegiatan Administrasi Keuangan", anggaran.JenjangKegiatan},
		{"- Sub Kegiatan Penyediaan Gaji", anggaran.JenjangSubKegiatan},
		{"1.2.3 Sub Kegiatan Penyediaan Gaji", anggaran.JenjangSubKegiatan},
		{"Subkegiatan Penyediaan Gaji", anggaran.JenjangSubKegiatan},
		{"Sub-Kegiatan Penyediaan Gaji", anggaran.JenjangSubKegiatan},
		{"Penyediaan Gaji dan Tunjangan ASN", 0},
		{"Koordinasi Program Keluarga Harapan", 0},
		{"Sub Bagian Umum", 0},
		{"Programmer", 0},
		{"", 0},
	} {
		got, ok := anggaran.TingkatUraian(c.in)
		if got != c.want || ok != (c.want != 0) {
			t.Errorf("TingkatUraian(%q) = %v, %v; want %v", c.in, got, ok, c.want)
		}
	}
}

// FuzzTingkat: ParseTingkat and TingkatUraian never panic, give only the
// three levels of a budget row, and a level written by the writer
// (Jenjang.String) reads back as itself.
func FuzzTingkat(f *testing.F) {
	for _, s := range []string{"program", "Sub Keg.", "3", "1. Program X", "- Sub Kegiatan Y", "(ii) Kegiatan", "urusan", "\u00a0sub\tkegiatan"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, j := range []anggaran.Jenjang{func() anggaran.Jenjang { j, _ := anggaran.ParseTingkat(s); return j }(),
			func() anggaran.Jenjang { j, _ := anggaran.TingkatUraian(s); return j }()} {
			if j == 0 {
				continue
			}
			if j < anggaran.JenjangProgram || j > anggaran.JenjangSubKegiatan {
				t.Fatalf("%q: level %v", s, j)
			}
			if back, err := anggaran.ParseTingkat(j.String()); err != nil || back != j {
				t.Fatalf("%v does not read back: %v, %v", j, back, err)
			}
		}
	})
}

// TestTanpaKodePK: a Perjanjian Kinerja is matched to the realisation
// table by code; with a realisation table without codes it is checked
// against itself only (no finding for every row "not in the other
// table").
func TestTanpaKodePK(t *testing.T) {
	rp := func(n int64) decimal.NullDecimal { return anggaran.Ada(decimal.NewFromInt(n)) }
	a := &anggaran.Anggaran{UrusanBidang: anggaran.MustKode("1.06"), Rincian: []anggaran.Rincian{
		{Tingkat: anggaran.JenjangProgram, Uraian: "P"},
		{Tingkat: anggaran.JenjangKegiatan, Uraian: "K"},
		{Tingkat: anggaran.JenjangSubKegiatan, Uraian: "S", Pagu: anggaran.RupiahDariDesimal(rp(10))},
	}, PerjanjianKinerja: &anggaran.PerjanjianKinerja{Rincian: []anggaran.Rincian{
		{Kode: anggaran.MustKode("1.06.01"), Uraian: "P", Pagu: anggaran.RupiahDariDesimal(rp(10))},
		{Kode: anggaran.MustKode("1.06.01.2.01.01"), Uraian: "S", Pagu: anggaran.RupiahDariDesimal(rp(9))},
	}}}
	var got []string
	for _, x := range a.Check(anggaran.Opsi{}) {
		if x.Kode != anggaran.TemuanUraianBaku {
			got = append(got, x.Kode)
		}
	}
	if diff := cmp.Diff([]string{anggaran.TemuanPKJumlah}, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}
