package anggaran_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

func TestMarshalJSONUrusan(t *testing.T) {
	a := anggaran.Anggaran{UrusanBidang: anggaran.MustKode("1.06"), Rincian: []anggaran.Rincian{{Kode: anggaran.MustKode("1"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("1")))}}}
	if _, err := json.Marshal(a); err == nil {
		t.Error("an urusan row with urusan_bidang set was written; it would read back as program 1.06.01")
	}
	a.UrusanBidang = anggaran.Kode{}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := anggaran.ParseJSON(data, "")
	if err != nil || back.Rincian[0].Kode != anggaran.MustKode("1") {
		t.Errorf("urusan row without urusan_bidang: %v, %v", back, err)
	}
}

// TestJSONBolakBalik: writing a section and reading it back gives the same
// values (codes, amounts, printed values, notes), for the seed and for
// random tables.
func TestJSONBolakBalik(t *testing.T) {
	cases := []*anggaran.Anggaran{sampel(t)}
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 50 {
		rows := acak(r, 1+r.IntN(30), i%3)
		for j := range rows {
			if !rows[j].Pagu.Valid {
				rows[j].Pagu = anggaran.RupiahDariDesimal(anggaran.Ada(d("0"))) // leaves need a pagu
			}
			if j%4 == 0 {
				rows[j].Persen = anggaran.Ada(d("98.42"))
				rows[j].Catatan = "catatan \"kutip\" \\ dan baris\nbaru"
			}
		}
		a := &anggaran.Anggaran{Tahun: 2000 + i, Rincian: rows}
		if i%2 == 0 {
			// Short codes are read relative to urusan_bidang; urusan rows
			// cannot be written then (see MarshalJSON).
			a.UrusanBidang = anggaran.MustKode("1.06")
			for j := range rows {
				if rows[j].Kode.Jenjang() == anggaran.JenjangUrusan {
					rows[j].Kode = anggaran.MustKode("1.06")
				}
			}
		}
		cases = append(cases, a)
	}
	for i, a := range cases {
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		back, err := anggaran.ParseJSON(data, "")
		if err != nil {
			t.Fatalf("case %d: %v\n%s", i, err, data)
		}
		if i == 0 && !strings.Contains(string(data), `{"kode":"1 2 9 10","uraian":"Pemeliharaan/Rehabilitasi Sarana`) {
			t.Errorf("the seed's codes are not written in their short form:\n%.300s", data)
		}
		if diff := cmp.Diff(a, back); diff != "" {
			t.Fatalf("case %d: round trip differs (-before +after):\n%s", i, diff)
		}
		// The computed trees agree too.
		p, q := a.Compute(anggaran.Opsi{}), back.Compute(anggaran.Opsi{})
		pj, _ := json.Marshal(p)
		qj, _ := json.Marshal(q)
		if string(pj) != string(qj) {
			t.Fatalf("case %d: trees differ", i)
		}
	}
}

func TestParseJSONSalah(t *testing.T) {
	for _, c := range []struct {
		name, in, path, pesan string
	}{
		{"not json", `{"rincian": [`, "rincian[0]", "JSON terpotong"},
		{"unknown top", `{"rincian": [], "pagu": "1"}`, "pagu", `kolom "pagu" tidak dikenal`},
		{"unknown row field", `{"urusan_bidang": "1.06", "rincian": [{"kode": "1 2 1 6", "pagu": "1", "anggaran": "2"}]}`, "rincian[0].anggaran", `kolom "anggaran" tidak dikenal`},
		{"bad amount", `{"urusan_bidang": "1.06", "rincian": [{"kode": "1", "pagu": "1"}, {"kode": "1 2 1 6", "pagu": "12,34,5"}]}`, "rincian[1].pagu", `"12,34,5" bukan angka rupiah yang sah`},
		{"bad percent", `{"rincian": [{"kode": "1.06.01", "pagu": "1", "persen": "1.500"}]}`, "rincian[0].persen", "tidak jelas"},
		{"bad type", `{"rincian": [{"kode": "1.06.01", "pagu": true}]}`, "rincian[0].pagu", "harus berupa angka atau teks angka"},
		{"missing code", `{"rincian": [{"pagu": "1"}]}`, "rincian[0].kode", "wajib"},
		{"short code without prefix", `{"rincian": [{"kode": "1 2 1 6", "pagu": "1"}]}`, "rincian[0].kode", "awalan"},
		{"bad prefix", `{"urusan_bidang": "1.06.01", "rincian": []}`, "urusan_bidang", "bidang urusan"},
		{"no code nor level", `{"rincian": [{"tingkat": "program", "uraian": "P", "pagu": "1"}, {"uraian": "K", "pagu": "1"}]}`, "rincian[1].kode", "kode atau tingkat"},
		{"bad level", `{"rincian": [{"tingkat": "urusan", "uraian": "Sosial", "pagu": "1"}]}`, "rincian[0].tingkat", `tingkat "urusan" tidak dikenal`},
		{"level order", `{"rincian": [{"tingkat": "program", "uraian": "P", "pagu": "1"}, {"tingkat": "sub kegiatan", "uraian": "S", "pagu": "1"}]}`, "rincian[1].tingkat", `baris ke-2 "S" (sub kegiatan): sub kegiatan ini muncul sebelum kegiatan`},
		{"code and level mixed", `{"rincian": [{"kode": "1.06.01", "uraian": "P", "pagu": "1"}, {"tingkat": "kegiatan", "uraian": "K", "pagu": "1"}]}`, "rincian[1]", `baris ke-1 "P" dan baris ke-2 "K": satu berkode`},
		{"level against code", `{"rincian": [{"kode": "1.06.01", "tingkat": "kegiatan", "uraian": "P", "pagu": "1"}]}`, "rincian[0].tingkat", "tidak sama dengan tingkat kodenya 1.06.01 (program)"},
		{"level in total", `{"rincian": [], "jumlah": {"tingkat": "program", "pagu": "1"}}`, "jumlah.tingkat", "tidak memakai tingkat"},
		{"code in total", `{"rincian": [], "jumlah": {"kode": "1", "pagu": "1"}}`, "jumlah.kode", "tidak memakai kode"},
		{"bad account", `{"rincian": [], "belanja": [{"kode": "5.1.001", "pagu": "1"}]}`, "belanja[0].kode", "lebih dari 2 angka"},
		{"pk realisasi", `{"rincian": [], "perjanjian_kinerja": {"rincian": [{"kode": "1.06.01", "pagu": "1", "realisasi": "1"}]}}`, "perjanjian_kinerja.rincian[0].realisasi", `"realisasi" tidak dikenal`},
		{"pk bad amount", `{"rincian": [], "perjanjian_kinerja": {"rincian": [{"kode": "1.06.01", "pagu": "1,2,3"}]}}`, "perjanjian_kinerja.rincian[0].pagu", "bukan angka rupiah"},
		{"trailing", `{"rincian": []} {}`, "", "ada teks lain setelah akhir"},
	} {
		_, err := anggaran.ParseJSON([]byte(c.in), "x.json")
		var pe *anggaran.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v is not a *ParseError", c.name, err)
			continue
		}
		if pe.Path != c.path || pe.Berkas != "x.json" || !strings.Contains(err.Error(), c.pesan) {
			t.Errorf("%s: error %q (path %q), want path %q mentioning %q", c.name, err, pe.Path, c.path, c.pesan)
		}
	}
}

// TestParseJSONLetak: every error of the JSON reader is located (path and
// line in the text given), in Bahasa Indonesia without encoding/json's
// English or Go type names.
func TestParseJSONLetak(t *testing.T) {
	inggris := regexp.MustCompile(`\b(invalid|character|looking|beginning|value|unexpected|expected|int|string|bool|slice|struct|map|json)\b`)
	for _, c := range []struct {
		name, in, path string
		baris          int
		pesan          string
	}{
		{"syntax", "{\"rincian\": [\n{\"kode\": \"1.06.01\", \"pagu\": \"1\"},\n}]}", "rincian[1]", 3, "karakter tidak sah '}' di tempat yang seharusnya nilai"},
		{"syntax in key", "{\"rincian\": [{kode: 1}]}", "rincian[0]", 1, "seharusnya nama kolom"},
		{"missing colon", "{\"rincian\" []}", "rincian", 1, "sesudah nama kolom"},
		{"missing comma", "{\"rincian\": [{\"kode\": \"1\"} {}]}", "rincian[1]", 1, "sesudah unsur daftar"},
		{"literal", "{\"rincian\": [{\"kode\": \"1\", \"pagu\": tru}]}", "rincian[0].pagu", 1, "di dalam nilai"},
		{"truncated", "{\"rincian\": [\n{\"kode\": \"1.06.01\",\n", "rincian[0]", 3, "JSON terpotong"},
		{"empty", "", "", 1, "kosong"},
		{"realisasi true", `{"rincian": [{"kode": "1.06.01", "pagu": "1"}, {"kode": "1.06.01.2.01", "pagu": "1", "realisasi": true}]}`, "rincian[1].realisasi", 1, "bukan benar/salah (true/false) true"},
		{"pagu object", `{"rincian": [{"kode": "1.06.01", "pagu": {"x": 1}}]}`, "rincian[0].pagu", 1, "bukan objek"},
		{"belanja pagu array", `{"rincian": [], "belanja": [{"kode": "5.1", "pagu": [1]}]}`, "belanja[0].pagu", 1, "bukan daftar"},
		{"tahun text", `{"tahun": "2022", "rincian": []}`, "tahun", 1, `harus berupa bilangan bulat, bukan teks "2022"`},
		{"uraian number", "{\"rincian\": [\n{\"kode\": \"1.06.01\", \"uraian\": 5, \"pagu\": \"1\"}]}", "rincian[0].uraian", 2, "harus berupa teks, bukan bilangan 5"},
		{"rincian object", `{"rincian": {}}`, "rincian", 1, "harus berupa daftar […], bukan objek"},
		{"kode number", `{"rincian": [{"kode": 106, "pagu": "1"}]}`, "rincian[0].kode", 1, "harus berupa teks, bukan bilangan 106"},
		{"huge exponent", "{\"rincian\": [\n{\"kode\": \"1.06.01\", \"pagu\": 1e400}]}", "rincian[0].pagu", 2, "di luar batas"},
		{"exponent 31", `{"rincian": [{"kode": "1.06.01", "pagu": 1e31}]}`, "rincian[0].pagu", 1, "di luar batas"},
		{"31 digits", `{"rincian": [{"kode": "1.06.01", "pagu": 1234567890123456789012345678901}]}`, "rincian[0].pagu", 1, "30 angka sebelum koma"},
		{"31 decimals", `{"rincian": [{"kode": "1.06.01", "pagu": 0.1234567890123456789012345678901}]}`, "rincian[0].pagu", 1, "30 angka sesudah koma"},
		{"tiny", `{"rincian": [{"kode": "1.06.01", "pagu": 1e-31}]}`, "rincian[0].pagu", 1, "di luar batas"},
		{"exponent overflow", `{"rincian": [{"kode": "1.06.01", "pagu": 1e99999999999999999999}]}`, "rincian[0].pagu", 1, "eksponen"},
		{"key twice", "{\"rincian\": [\n{\"kode\": \"1.06.01\",\n \"pagu\": \"1\",\n \"pagu\": \"2\"}]}", "rincian[0].pagu", 4, `kolom "pagu" ditulis dua kali dalam objek yang sama (pertama di baris 3)`},
		{"key twice other case", `{"rincian": [{"kode": "1.06.01", "pagu": "1", "Pagu": "2"}]}`, "rincian[0].Pagu", 1, `kolom "Pagu" tidak dikenal`},
		{"top key twice", "{\"rincian\": [],\n\"rincian\": []}", "rincian", 2, "dua kali"},
		{"unknown field", "{\"rincian\": [\n{\"kode\": \"1.06.01\", \"pagux\": \"1\"}]}", "rincian[0].pagux", 2, "tidak dikenal"},
	} {
		_, err := anggaran.ParseJSON([]byte(c.in), "x.json")
		var pe *anggaran.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v is not a *ParseError", c.name, err)
			continue
		}
		if pe.Path != c.path || pe.Baris != c.baris || pe.Berkas != "x.json" || !strings.Contains(err.Error(), c.pesan) {
			t.Errorf("%s: error %q (path %q, baris %d), want path %q, baris %d, mentioning %q", c.name, err, pe.Path, pe.Baris, c.path, c.baris, c.pesan)
		}
		if w := inggris.FindString(pe.Err.Error()); w != "" {
			t.Errorf("%s: %q is not in Bahasa Indonesia (%q)", c.name, pe.Err, w)
		}
	}
}

// TestParseJSONBatas: numbers at the bounds and a byte order mark are
// accepted.
func TestParseJSONBatas(t *testing.T) {
	a, err := anggaran.ParseJSON([]byte("\ufeff"+`{"rincian": [{"kode": "1.06.01", "pagu": 123456789012345678901234567890, "realisasi": 1e29, "persen": 0.123456789012345678901234567890, "fisik": 1E-30}]}`), "")
	if err != nil {
		t.Fatal(err)
	}
	r := a.Rincian[0]
	if r.Pagu.Rupiah.Decimal().String() != "123456789012345678901234567890" || !r.Realisasi.Rupiah.Decimal().Equal(d("1e29")) || !r.Fisik.Decimal.Equal(d("1e-30")) {
		t.Errorf("row = %+v", r)
	}
}

func TestParseJSONAngka(t *testing.T) {
	a, err := anggaran.ParseJSON([]byte(`{"rincian": [
		{"kode": "1.06.01.2.01.0006", "pagu": 59349800, "realisasi": "Rp 58.180.100,-", "persen": 98.03, "fisik": "-"},
		{"kode": "1.06.01.2.01.07", "pagu": "1.500", "realisasi": "-", "persen": null}]}`), "")
	if err != nil {
		t.Fatal(err)
	}
	r := a.Rincian
	if !r[0].Pagu.Rupiah.Decimal().Equal(d("59349800")) || !r[0].Realisasi.Rupiah.Decimal().Equal(d("58180100")) ||
		!r[0].Persen.Decimal.Equal(d("98.03")) || r[0].Fisik.Valid {
		t.Errorf("row 0 = %+v", r[0])
	}
	if !r[1].Pagu.Rupiah.Decimal().Equal(d("1500")) || !r[1].Realisasi.Valid || !r[1].Realisasi.Rupiah.Decimal().IsZero() || r[1].Persen.Valid {
		t.Errorf("row 1 = %+v (a Rupiah \"-\" is nihil, zero)", r[1])
	}
}

// TestTulisAngkaPulang: an amount the CSV or a program gives with more
// decimals than sen is written so that it reads back the same (it was
// written "1.001" and read back as 1001).
func TestTulisAngkaPulang(t *testing.T) {
	for _, s := range []string{"1.001", "58180100.125", "0.5", "12", "98.42", "1234.5678"} {
		a := &anggaran.Anggaran{Rincian: []anggaran.Rincian{{Kode: anggaran.MustKode("1.06.02.2.01.01"), Uraian: "Uji",
			Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(decimal.RequireFromString(s))), Realisasi: anggaran.RupiahDariDesimal(anggaran.Ada(decimal.RequireFromString(s)))}}}
		data, err := a.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		b, err := anggaran.ParseJSON(data, "uji.json")
		if err != nil {
			t.Fatalf("%s: written %s, read back: %v", s, data, err)
		}
		if got := b.Rincian[0].Pagu.Rupiah; !got.Equal(a.Rincian[0].Pagu.Rupiah) {
			t.Errorf("pagu %s written as %s reads back as %s", s, data, got)
		}
	}
}
