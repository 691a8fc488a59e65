package anggaran_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/pemkab/sakip/anggaran"
)

const csvExcel = "\ufeffKode;Uraian;Pagu Murni;Pagu;Realisasi;Persen;Fisik\r\n" +
	"1;Program Penunjang;;2.982.697.372;2.882.856.050;96,65;\r\n" +
	"1 2 1;Perencanaan;;59.349.800;58.180.100;98,03;\r\n" +
	"1 2 1 6;Koordinasi dan Penyusunan Laporan;50.000.000;59.349.800;58.180.100;98,03;100\r\n" +
	";;;;;;\r\n" +
	"JUMLAH BELANJA LANGSUNG;;;;;;\r\n"

func TestParseCSV(t *testing.T) {
	in := strings.Replace(csvExcel, "JUMLAH BELANJA LANGSUNG;;;;;;", ";JUMLAH BELANJA LANGSUNG;;59.349.800;58.180.100;98,03;", 1)
	a, err := anggaran.ParseCSV(strings.NewReader(in), "excel.csv", anggaran.OpsiCSV{UrusanBidang: anggaran.MustKode("1.06")})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Rincian) != 3 || a.Jumlah == nil || a.Jumlah.Uraian != "JUMLAH BELANJA LANGSUNG" {
		t.Fatalf("got %d rows, jumlah %+v", len(a.Rincian), a.Jumlah)
	}
	leaf := a.Rincian[2]
	if leaf.Kode.String() != "1.06.01.2.01.06" || !leaf.PaguMurni.Rupiah.Decimal().Equal(d("50000000")) || !leaf.Fisik.Decimal.Equal(d("100")) {
		t.Errorf("leaf = %+v", leaf)
	}
	// The program prints 2.982.697.372 but only one sub kegiatan is given.
	var kodes []string
	for _, f := range a.Check(anggaran.Opsi{}) {
		kodes = append(kodes, f.Kode+" "+f.Lokasi.Path)
	}
	want := []string{
		"anggaran/jumlah-berbeda rincian[0].pagu",
		"anggaran/jumlah-berbeda rincian[0].realisasi",
		"anggaran/persen-berbeda rincian[0].persen",
		// "Perencanaan" and "Koordinasi dan Penyusunan Laporan" are short
		// for the standard names.
		"anggaran/uraian-nomenklatur rincian[1].uraian",
		"anggaran/uraian-nomenklatur rincian[2].uraian",
	}
	if diff := cmp.Diff(want, kodes); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	// The same file with "," as separator and quoted amounts.
	comma := strings.NewReplacer(";", ",").Replace(in)
	comma = strings.ReplaceAll(comma, "96,65", `"96,65"`)
	comma = strings.ReplaceAll(comma, "98,03", `"98,03"`)
	b, err := anggaran.ParseCSV(strings.NewReader(comma), "excel.csv", anggaran.OpsiCSV{UrusanBidang: anggaran.MustKode("1.06")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("',' file differs from ';' file:\n%s", diff)
	}
}

func TestParseCSVSalah(t *testing.T) {
	opsi := anggaran.OpsiCSV{UrusanBidang: anggaran.MustKode("1.06")}
	for _, c := range []struct {
		name, in string
		baris    int
		kolom    string
		pesan    string
	}{
		{"empty", "", 0, "", "kosong"},
		{"missing column", "kode;uraian;pagu\n", 1, "realisasi", "wajib"},
		{"unknown column", "kode;uraian;pagu;realisasi;anggaran\n", 1, "anggaran", "tidak dikenal"},
		{"duplicate column", "kode;uraian;pagu;realisasi;Pagu\n", 1, "Pagu", "dua kali"},
		{"bad amount", "kode;uraian;pagu;realisasi\n1 2 1 6;x;1.000;12,34,5\n", 2, "realisasi", `"12,34,5"`},
		{"bad code", "kode;uraian;pagu;realisasi\n\n1 2;x;1;1\n", 3, "kode", "dua bagian"},
		{"no code", "kode;uraian;pagu;realisasi\n;Penyediaan;1;1\n", 2, "kode", "wajib"},
		{"two totals", "kode;uraian;pagu;realisasi\n;Jumlah;1;1\n;TOTAL;1;1\n", 3, "kode", "dua kali"},
		{"too many fields", "kode;uraian;pagu;realisasi\n1;x;1;1;9\n", 2, "", "lebih banyak"},
		{"data without header", "kode;uraian;;pagu;realisasi\n1;x;catatan;1;1\n", 2, "", "tidak punya judul"},
		{"quote", "kode;uraian;pagu;realisasi\n1;\"x;1;1\n", 2, "uraian", "dibuka dengan kutip di baris 2 tidak pernah ditutup"},
		{"quote over lines", "kode;uraian;pagu;realisasi\n1;\"x\ny;1;1\n\n", 2, "", "dibuka dengan kutip di baris 2 tidak pernah ditutup (berkas berakhir pada karakter ke-1 di baris 4)"},
		{"bare quote", "kode;uraian;pagu;realisasi\n1;Bantuan « lansia \"x\";1;1\n", 2, "uraian", "tanda kutip (\") di tengah isi (karakter ke-20 di baris 2)"},
		{"bare quote unnamed", "kode;uraian;pagu;realisasi\n1;x;1;1;é\"\n", 2, "", "di tengah isi kolom ke-5 (karakter ke-10 di baris 2)"},
		{"after closing quote", "kode,uraian,pagu,realisasi\r\n1,\"ééé\"x,1,1\r\n", 2, "uraian", "(karakter ke-7 di baris 2): kutip penutup harus langsung diikuti pemisah ','"},
		{"quote in header", "kode;\"uraian;pagu;realisasi\n", 1, "", "dibuka dengan kutip di baris 1"},
		{"windows-1252", "kode;uraian;pagu;realisasi\n1;x;1;1\n1 2;Bantuan Caf\xe9;1;1\n", 3, "uraian", "teks bukan UTF-8 (byte 0xE9 dalam \"Bantuan Caf\\xe9\"): berkas ini tampaknya disimpan Excel dengan pengodean Windows"},
		{"windows-1252 header", "kode;\x93uraian\x94;pagu;realisasi\n", 1, "", `"CSV UTF-8`},
		{"windows-1252 in quotes", "kode;uraian;pagu;realisasi\n1;\"a;\n\x80\";1;1\n", 2, "uraian", "0x80"},
	} {
		_, err := anggaran.ParseCSV(strings.NewReader(c.in), "f.csv", opsi)
		var pe *anggaran.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v is not a *ParseError", c.name, err)
			continue
		}
		if pe.Berkas != "f.csv" || pe.Baris != c.baris || pe.Kolom != c.kolom || !strings.Contains(err.Error(), c.pesan) {
			t.Errorf("%s: %q (baris %d kolom %q), want baris %d kolom %q mentioning %q", c.name, err, pe.Baris, pe.Kolom, c.baris, c.kolom, c.pesan)
		}
	}
}

// FuzzParseCSV: no panics, a refused file is a located *ParseError, and a
// parsed table balances.
func FuzzParseCSV(f *testing.F) {
	f.Add([]byte(csvExcel))
	f.Add([]byte("kode,uraian,pagu,realisasi\n1.06.01,a,\"1,000\",5\n1.06.01.2.01.01,b,-,\n"))
	f.Add([]byte("kode;uraian;pagu;realisasi;pagu_murni;fisik;persen;sisa;catatan\n1 2 1 6;x;1;1;1;1;1;1;c\n1 2 1 6;x;1;1;1;1;1;1;c\n"))
	// Tables without codes: a tingkat column, names' level words, dashes
	// on parents, a total row, a leaf without pagu, a mix, a bad order.
	f.Add([]byte("tingkat;uraian;pagu;realisasi;persen\nprogram;P;–;–;–\nkeg;K;-;;\nsub keg;S;1.000;500;50,00\n3;T;;-;\n;Jumlah;1.000;500;50\n"))
	f.Add([]byte("uraian,pagu,realisasi\n1. Program P,,\nKegiatan K,,\nSub Kegiatan S,\"1,000\",5\nTotal,2,1\n"))
	f.Add([]byte("kode;tingkat;uraian;pagu;realisasi\n1;program;P;1;1\n;kegiatan;K;1;1\n"))
	f.Add([]byte("tingkat;uraian;pagu;realisasi\nprogram;P;1;1\nsub;S;1;1\nkegiatan;K;1;1\n"))
	opsi := anggaran.OpsiCSV{UrusanBidang: anggaran.MustKode("1.06")}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := anggaran.ParseCSV(bytes.NewReader(data), "f.csv", opsi)
		if err != nil {
			var pe *anggaran.ParseError
			if !errors.As(err, &pe) || pe.Berkas != "f.csv" {
				t.Fatalf("error %v is not a located *ParseError", err)
			}
			return
		}
		// Every row has a code, or every row a level (never both kinds).
		berkode := 0
		for _, r := range a.Rincian {
			if !r.Kode.IsZero() {
				berkode++
			} else if r.Tingkat < anggaran.JenjangProgram || r.Tingkat > anggaran.JenjangSubKegiatan {
				t.Fatalf("row %q without a code and without a level", r.Uraian)
			}
		}
		if berkode != 0 && berkode != len(a.Rincian) {
			t.Fatalf("%d of %d rows have a code", berkode, len(a.Rincian))
		}
		p := a.Compute(anggaran.Opsi{})
		seimbang(t, p)
		if p.TanpaKode() {
			// Every row is placed: the tree has one node per row, and no
			// code is shown.
			if h := p.Hitungan(); h.Program+h.Kegiatan+h.SubKegiatan != len(a.Rincian) {
				t.Fatalf("%d rows, tree %+v", len(a.Rincian), h)
			}
			for i := range p.Len() {
				if b := p.Baris(i); b.Kode.String() != "" || b.Kode.Singkat() != "" {
					t.Fatalf("node %d shows a code %q", i, b.Kode.String())
				}
			}
		}
		_ = a.Check(anggaran.Opsi{})
		var b bytes.Buffer
		if err := anggaran.RenderMarkdown(&b, p); err != nil {
			t.Fatal(err)
		}
		// What ParseCSV read, the data file keeps.
		out, err := a.MarshalJSON()
		if err != nil {
			return // an urusan-level code with short codes: refused by the writer, documented
		}
		back, err := anggaran.ParseJSON(out, "")
		if err != nil {
			t.Fatalf("written file not read back: %v\n%s", err, out)
		}
		// The rows' places (code or level, name) survive; amounts are the
		// writer's and reader's own tests'.
		type tempat struct {
			Kode    string
			Tingkat anggaran.Jenjang
			Uraian  string
		}
		places := func(rs []anggaran.Rincian) []tempat {
			var out []tempat
			for _, r := range rs {
				out = append(out, tempat{r.Kode.String(), r.Tingkat, r.Uraian})
			}
			return out
		}
		if diff := cmp.Diff(places(a.Rincian), places(back.Rincian), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("JSON round trip (-csv +json):\n%s", diff)
		}
	})
}

// FuzzParseJSON: no panics; a parsed section balances and survives a round
// trip.
func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(`{"urusan_bidang":"1.06","rincian":[{"kode":"1 2 1 6","pagu":"1.000","realisasi":"5","persen":"0,5"}],"belanja":[{"kode":"5 . 1","uraian":"x","pagu":"1"}]}`))
	f.Add([]byte(`{"rincian":[{"tingkat":"program","uraian":"P","pagu":"–"},{"tingkat":"keg","uraian":"K"},{"tingkat":"sub kegiatan","uraian":"S","realisasi":"-"}],"jumlah":{"pagu":"-"}}`))
	f.Add([]byte(`{"rincian":[{"tingkat":"sub","uraian":"S","pagu":"1"},{"kode":"1.06.01","tingkat":"program","pagu":"1"}]}`))
	f.Add([]byte(`{"rincian":[{"kode":"1.06.01","pagu":1e3},{"kode":"1.06.01","pagu":"-"}],"perjanjian_kinerja":{"rincian":[{"kode":"1.06.01","pagu":"2"}],"jumlah":{"pagu":"3"}}}`))
	f.Add([]byte(`{"rincian":[{"tingkat":"program","uraian":"P","pagu_renstra":"9","triwulan":[null,"1"]},{"tingkat":"sub","uraian":"S","pagu":"10","realisasi":"3","pagu_renstra":"7","triwulan":["1",null,"2","0,5"]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := anggaran.ParseJSON(data, "")
		if err != nil {
			return
		}
		seimbang(t, a.Compute(anggaran.Opsi{}))
		seimbangTriwulan(t, a.Compute(anggaran.Opsi{}))
		_ = a.Check(anggaran.Opsi{})
		out, err := a.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		back, err := anggaran.ParseJSON(out, "")
		if err != nil {
			t.Fatalf("%s\n→ %s\n→ %v", data, out, err)
		}
		if diff := cmp.Diff(a, back); diff != "" {
			t.Fatalf("round trip differs:\n%s", diff)
		}
		// the second writing is byte-identical to the first
		if out2, err := back.MarshalJSON(); err != nil || !bytes.Equal(out, out2) {
			t.Fatalf("second MarshalJSON differs (%v):\n%s\n%s", err, out, out2)
		}
	})
}

// endless is a reader of CSV rows, twice MaksCSV of them, that counts the
// bytes read.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	const row = "1 2 1 6;Koordinasi;59.349.800\n"
	if e.n >= 2*anggaran.MaksCSV {
		return 0, io.EOF
	}
	for i := range p {
		p[i] = row[(e.n+i)%len(row)]
	}
	e.n += len(p)
	return len(p), nil
}

// TestParseCSVBesar: a CSV larger than MaksCSV is refused, naming the file,
// after reading at most a little more than the limit (before, ParseCSV read
// the whole input, however large).
func TestParseCSVBesar(t *testing.T) {
	r := &endless{}
	_, err := anggaran.ParseCSV(r, "besar.csv", anggaran.OpsiCSV{})
	if err == nil || !strings.Contains(err.Error(), "besar.csv") || !strings.Contains(err.Error(), "lebih besar dari 32 MiB") {
		t.Fatalf("err = %v; want the file refused as too large", err)
	}
	if r.n > anggaran.MaksCSV+64<<10 {
		t.Errorf("read %d bytes; want at most about MaksCSV (%d)", r.n, anggaran.MaksCSV)
	}
	// Exactly the limit is read (and refused for what it holds, not its size).
	data := bytes.Repeat([]byte("x"), anggaran.MaksCSV)
	if _, err := anggaran.ParseCSV(bytes.NewReader(data), "pas.csv", anggaran.OpsiCSV{}); err != nil && strings.Contains(err.Error(), "lebih besar") {
		t.Errorf("a file of exactly MaksCSV bytes refused as too large: %v", err)
	}
}
