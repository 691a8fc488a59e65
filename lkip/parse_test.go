package lkip

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
)

func TestContoh(t *testing.T) {
	d := Contoh()
	if got, want := d.Identitas.Dinas, "Dinas Sosial"; got != want {
		t.Errorf("Dinas = %q, want %q", got, want)
	}
	if got, want := kelompokDi(d, "pns").Rincian[0].Butir[0].Jumlah+kelompokDi(d, "pns").Rincian[0].Butir[1].Jumlah, 26; got != want {
		t.Errorf("PNS = %d, want %d", got, want)
	}
	if got, want := len(d.Profil.Aset.Baris), 21; got != want {
		t.Errorf("aset rows = %d, want %d", got, want)
	}
	_, q := kutipanDi(d, "ikhtisar", "anggaran", "pagu")
	if p := q.Nilai; p == nil || p.Teks != "Rp. 9.399.497.972" || !p.Nilai.Equal(mustDec("9399497972")) {
		t.Errorf("kutipan pagu Ikhtisar = %+v", p)
	}
	if _, q := kutipanDi(d, "ikhtisar", "anggaran", "persen_realisasi"); q.Nilai.Nilai.String() != "98.42" {
		got := q.Nilai.Nilai.String()
		t.Errorf("persen realisasi = %s, want 98.42", got)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name      string
		in        string
		path      string
		baris     int
		pesanMuat string
	}{
		{"sintaks", "{\n  \"versi\": 1,\n  \"identitas\": {,\n}", "identitas", 3, "JSON tidak sah"},
		{"kosong", "", "", 1, "isi kosong"},
		{"bukan objek", "[1, 2]", "", 1, "harus berupa objek JSON {…}, bukan daftar"},
		{"null", "null", "", 1, "bukan null"},
		{"terpotong", "{\"versi\": 1,\n\"identitas\": {", "identitas", 2, "terpotong"},
		{"versi baru", "{\n\"versi\": 3\n}", "versi", 2, "lebih baru"},
		{"versi negatif", "{\"versi\": -1}", "versi", 1, "tidak sah"},
		{"versi teks", "{\n\n\"versi\": \"1\"}", "versi", 3, "bilangan bulat"},
		{"kolom asing atas", "{\"versi\": 1,\n\"identitas\": {\"tahun\": 2022},\n\"lampiran\": 3}", "lampiran", 3, `kolom "lampiran" tidak dikenal`},
		{"kolom asing dalam", "{\"versi\": 1,\n\"identitas\": {\"tahun\": 2022,\n \"kepala\": {\"nama\": \"A\",\n  \"golongan\": \"IV/b\"}}}", "identitas.kepala.golongan", 4, "tidak dikenal"},
		{"kolom asing larik", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"profil\": {\"aset\": {\"baris\": [{},\n {\"warna\": 1}]}}}", "profil.aset.baris[1].warna", 3, "tidak dikenal"},
		{"tipe salah", "{\"versi\": 1,\n\"identitas\": {\n\"tahun\": \"2022\"}}", "identitas.tahun", 3, `harus berupa bilangan bulat, bukan teks "2022"`},
		{"tahun", "{\"versi\": 1,\n\"identitas\": {\n\"tahun\": 22}}", "identitas.tahun", 3, "tidak masuk akal"},
		{"angka salah", "{\"versi\": 2, \"identitas\": {\"tahun\": 2022},\n\"kutipan\": {\"angka\": [{\"tempat\": \"ikhtisar\", \"sumber\": \"anggaran\", \"kunci\": \"pagu\",\n\"nilai\": \"12,34,5\"}]}}", "kutipan.angka[0].nilai", 3, `"12,34,5" bukan angka rupiah yang sah`},
		{"persen ambigu", "{\"versi\": 2, \"identitas\": {\"tahun\": 2022},\n\"kutipan\": {\"angka\": [{\"tempat\": \"ikhtisar\", \"sumber\": \"anggaran\", \"kunci\": \"persen_realisasi\",\n\"nilai\": \"1.500\"}]}}", "kutipan.angka[0].nilai", 3, "tidak jelas"},
		{"angka v1", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"kutipan\": {\"ikhtisar\": {\n\"pagu\": \"12,34,5\"}}}", "kutipan.angka[0].nilai", 3, `"12,34,5" bukan angka rupiah yang sah`},
		{"kutipan v1 kolom asing", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"kutipan\": {\"ikhtisar\": {\n\"hibah\": \"1\"}}}", "kutipan.ikhtisar.hibah", 3, `kolom "hibah" tidak dikenal`},
		{"pegawai v1 kolom asing", "{\"versi\": 1,\n\"profil\": {\"pegawai\": {\"pns\": {\n\"pppk\": 3}}}}", "profil.pegawai.pns.pppk", 3, `kolom "pppk" tidak dikenal`},
		{"sumber asing", "{\"versi\": 2,\n\"kutipan\": {\"angka\": [{\"tempat\": \"ikhtisar\",\n\"sumber\": \"apbn\", \"kunci\": \"pagu\", \"nilai\": 1}]}}", "kutipan.angka[0].sumber", 3, `sumber kutipan "apbn" tidak dikenal`},
		{"kunci asing", "{\"versi\": 2,\n\"kutipan\": {\"angka\": [{\"tempat\": \"ikhtisar\",\n\"sumber\": \"anggaran\", \"kunci\": \"hibah\", \"nilai\": 1}]}}", "kutipan.angka[0].kunci", 3, `kunci "hibah" tidak dikenal`},
		{"tempat asing", "{\"versi\": 2,\n\"kutipan\": {\"angka\": [{\n\"tempat\": \"lampiran\", \"sumber\": \"anggaran\", \"kunci\": \"pagu\", \"nilai\": 1}]}}", "kutipan.angka[0].tempat", 3, `tempat "lampiran" tidak dikenal`},
		{"kelompok kembar", "{\"versi\": 2,\n\"profil\": {\"pegawai\": [{\"nama\": \"Bidan\"},\n{\"nama\": \"bidan\"}]}}", "profil.pegawai[1].nama", 3, `mempunyai kunci yang sama ("bidan")`},
		{"id kelompok", "{\"versi\": 2,\n\"profil\": {\"pegawai\": [{\n\"id\": \"Dokter Gigi\", \"nama\": \"Dokter gigi\"}]}}", "profil.pegawai[0].id", 3, "hanya boleh berisi huruf kecil"},
		{"jumlah negatif", "{\"versi\": 2,\n\"profil\": {\"pegawai\": [{\"nama\": \"Guru\", \"rincian\": [{\"nama\": \"Status\", \"butir\": [\n{\"nama\": \"PPPK\", \"jumlah\": -1}]}]}]}}", "profil.pegawai[0].rincian[0].butir[0].jumlah", 3, "tidak boleh negatif"},
		{"angka bukan teks", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"kutipan\": {\"bab3\": {\n\"pagu\": true}}}", "kutipan.angka[0].nilai", 3, "harus berupa angka atau teks angka, bukan benar/salah (true/false) true"},
		{"penanda asing", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"narasi\": {\"bab4\": [\"a\",\n\"{{tabel_9}}\"]}}", "narasi.bab4[1]", 3, "{{tabel_9}} tidak dikenal"},
		{"isian asing", "{\"versi\": 2, \"identitas\": {\"tahun\": 2022},\n\"narasi\": {\"bab1\": [{\"judul\": \"A\", \"teks\": [\n\"ada {{pns.total}} orang\"]}]}}", "narasi.bab1[0].teks[0]", 3, "isian {{pns.total}} tidak dikenal: belum ada kelompok pegawai"},
		{"isian butir asing", "{\"versi\": 2, \"profil\": {\"pegawai\": [{\"id\": \"pns\", \"nama\": \"PNS\"}]},\n\"narasi\": {\"bab1\": [{\"judul\": \"A\", \"teks\": [\n\"ada {{pns.pppk}} orang\"]}]}}", "narasi.bab1[0].teks[0]", 3, "kelompok pegawai \"PNS\" tidak mempunyai butir"},
		{"silang", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"profil\": {\"pns_pendidikan_eselon\": {\"kolom\": [\"S1\", \"S2\"], \"baris\": [\n{\"nama\": \"Eselon II\", \"nilai\": [1]}]}}}", "profil.pns_pendidikan_eselon.baris[0].nilai", 3, "berisi 1 nilai"},
		{"keadaan", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"profil\": {\"aset\": {\"baris\": [{\"nama\": \"Meja\",\n\"keadaan\": \"Hilang\"}]}}}", "profil.aset.baris[0].keadaan", 3, "keadaan \"Hilang\""},
		{"tanda tangan", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022, \"tanda_tangan\": [\n{\"bagian\": \"lampiran\"}]}}", "identitas.tanda_tangan[0].bagian", 2, "tidak dikenal"},
		{"v0 dengan kepala", "{\"identitas\": {\"tahun\": 2022,\n\"kepala\": {}}}", "identitas.kepala", 2, "versi 0"},
		{"v0 kolom asing", "{\"identitas\": {\"tahun\": 2022,\n\"kepala_dinas\": \"A\",\n\"hobi\": 1}}", "identitas.hobi", 3, "tidak dikenal"},
		{"anggaran", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"anggaran\": {\"tahun\": 2022, \"urusan_bidang\": \"1.06\",\n \"rincian\": [{\"kode\": \"1 2 1 6\",\n  \"pagu\": \"12,34,5\"}]}}", "anggaran.rincian[0].pagu", 4, `"12,34,5" bukan angka rupiah yang sah`},
		{"anggaran kolom", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"anggaran\": {\"tahun\": 2022,\n \"warna\": 1}}", "anggaran.warna", 3, `kolom "warna" tidak dikenal`},
		{"kinerja kolom", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"kinerja\": {\"tahun\": 2022,\n \"warna\": 1}}", "kinerja.warna", 3, `kolom "warna" tidak dikenal`},
		{"kinerja", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"kinerja\": {\"tahun\": 2022,\n \"indikator\": [{\"id\": \"A\", \"nama\": \"x\",\n  \"tahun\": [{\"tahun\": 2022, \"target\": \"1,2,3\"}]}]}}", "kinerja.indikator[0].tahun[0].target", 4, "1,2,3"},
		{"sisa", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022}} {}", "", 1, "ada teks lain setelah akhir objek JSON"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.in), "uji.json")
			var pe *anggaran.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse error = %v (%T), want *anggaran.ParseError", err, err)
			}
			if pe.Berkas != "uji.json" || pe.Path != tc.path || pe.Baris != tc.baris {
				t.Errorf("error at %s:%d %q, want uji.json:%d %q", pe.Berkas, pe.Baris, pe.Path, tc.baris, tc.path)
			}
			if !strings.Contains(err.Error(), tc.pesanMuat) {
				t.Errorf("error %q does not contain %q", err, tc.pesanMuat)
			}
		})
	}
}

func TestMigrasiV0(t *testing.T) {
	v1 := `{"versi": 1, "identitas": {"pemda": "Kabupaten X", "dinas": "Dinas Y", "tahun": 2022,
  "kepala": {"nama": "Budi", "nip": "1970 1", "pangkat": "Pembina", "jabatan": "Kepala Dinas Y"}},
  "kutipan": {"ikhtisar": {"pagu": "Rp 1.000", "program": 2}}}`
	v0 := `{"identitas": {"pemda": "Kabupaten X", "dinas": "Dinas Y", "tahun": 2022,
  "kepala_dinas": "Budi", "nip": "1970 1", "pangkat": "Pembina", "jabatan": "Kepala Dinas Y"},
  "kutipan": {"ikhtisar": {"pagu": "Rp 1.000", "program": 2}}}`
	want, err := Parse([]byte(v1), "")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse([]byte(v0), "")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, abaikanMentah); diff != "" {
		t.Errorf("migrated v0 differs from v1 (-want +got):\n%s", diff)
	}
	if got.Versi != VersiSkema {
		t.Errorf("Versi = %d, want %d", got.Versi, VersiSkema)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"seed", sampel.FlotimDinsos2022},
		{"bersih", sampel.FlotimDinsos2022Bersih},
		{"angka JSON", []byte(`{"versi": 1, "identitas": {"tahun": 2022}, "kutipan": {"bab3": {"pagu": 1.500, "persen_realisasi": 98.42}}}`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(tc.data, tc.name)
			if err != nil {
				t.Fatal(err)
			}
			b, err := d.Encode()
			if err != nil {
				t.Fatal(err)
			}
			d2, err := Parse(b, "encoded")
			if err != nil {
				t.Fatalf("Parse(Encode(d)): %v\n%s", err, b)
			}
			if diff := cmp.Diff(d, d2, abaikanMentah); diff != "" {
				t.Errorf("Parse(Encode(d)) differs (-d +d2):\n%s", diff)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sampel.FlotimDinsos2022)
	f.Add([]byte(`{"versi": 1, "identitas": {"tahun": 2022}, "kutipan": {"bab3": {"pagu": "Rp 1.500", "persen_realisasi": 98.42}}}`))
	f.Add([]byte(`{"identitas": {"tahun": 2022, "kepala_dinas": "A"}}`))
	f.Add([]byte(`{"versi": 1, "identitas": {"tahun": 2022}, "narasi": {"bab4": ["- a\n  - b", "{{tabel_3_2}}"]}}`))
	f.Add([]byte(`{"versi": 3}`))
	// versi 1 staff and quotes, migrated; versi 2 lists
	f.Add([]byte(`{"versi": 1, "profil": {"pegawai": {"pns": {"jumlah": 3, "laki_laki": 1}, "penyetaraan": {"struktural": 1}}}, "narasi": {"bab4": ["{{penyetaraan.struktural}}"]}, "tanggapan": [{"kode": "x", "path": "profil.pegawai.pns.jumlah", "tanggapan": "y"}]}`))
	f.Add([]byte(`{"versi": 1, "kutipan": {"ikhtisar": {"belanja_modal": "1"}, "bab3": null}, "narasi": {"bab3": [{"judul": "B.", "teks": ["{{tabel_3_2}}"]}]}}`))
	f.Add([]byte(`{"versi": 2, "profil": {"pegawai": [{"nama": "Bidan", "jumlah": 2, "rincian": [{"nama": "Status", "sebagian": true, "butir": [{"id": "pns", "nama": "PNS", "jumlah": 3}]}]}]}, "kutipan": {"angka": [{"tempat": "bab3.A.1", "sumber": "indikator", "kunci": "I", "kolom": "capaian", "nilai": "9,5"}]}, "narasi": {"bab4": ["{{bidan.pns}}"]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data, "fuzz.json")
		if err != nil {
			var pe *anggaran.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is %T, not *anggaran.ParseError", err, err)
			}
			if pe.Baris < 1 || pe.Baris > bytes.Count(data, []byte{'\n'})+1 {
				t.Fatalf("error %v: line %d is not a line of the file", err, pe.Baris)
			}
			return
		}
		b, err := d.Encode()
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		d2, err := Parse(b, "encoded")
		if err != nil {
			t.Fatalf("Parse(Encode(d)): %v\n%s", err, b)
		}
		if diff := cmp.Diff(d, d2, abaikanMentah); diff != "" {
			t.Fatalf("Parse(Encode(d)) differs (-d +d2):\n%s", diff)
		}
		// the second writing is byte-identical to the first
		b2, err := d2.Encode()
		if err != nil {
			t.Fatalf("Encode(Parse(Encode(d))): %v", err)
		}
		if !bytes.Equal(b, b2) {
			t.Fatalf("Encode(Parse(Encode(d))) differs from Encode(d):\n%s", cmp.Diff(string(b), string(b2)))
		}
	})
}

// TestEncodeSuntingan edits every section in memory, as the PWA does, and
// checks that Encode keeps the edits.
func TestEncodeSuntingan(t *testing.T) {
	d := Contoh()
	d.Identitas.Kepala.Pangkat = "Pembina Utama Muda"
	butirDi(kelompokDi(d, "pns"), "jenis_kelamin", "laki_laki").Jumlah = 12
	d.Narasi.Bab4[0] = "Teks baru."
	d.Kutipan.Angka = d.Kutipan.Angka[1:]
	d.Anggaran.Rincian[2].Pagu = anggaran.RupiahDariDesimal(anggaran.Ada(mustDec("59349801")))
	d.Kinerja.Indikator[0].Tahun[1].Target.Teks = "7,5"
	d.Kinerja.Indikator[0].Tahun[1].Target.Nilai = mustDec("7.5")
	b, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	d2, err := Parse(b, "")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, d2); diff != "" {
		t.Errorf("edits lost (-edited +reparsed):\n%s", diff)
	}
}

// TestDokumenBaru encodes a document built in Go with only a budget, as the
// PWA does on a CSV import, and reads it back.
func TestDokumenBaru(t *testing.T) {
	for _, d := range []*Dokumen{
		{Versi: VersiSkema},
		{Versi: VersiSkema, Anggaran: Contoh().Anggaran},
		{Versi: VersiSkema, Kinerja: Contoh().Kinerja},
	} {
		b, err := d.Encode()
		if err != nil {
			t.Fatal(err)
		}
		d2, err := Parse(b, "baru.json")
		if err != nil {
			t.Fatalf("Parse(Encode(new document)): %v\n%s", err, b)
		}
		if diff := cmp.Diff(d, d2); diff != "" {
			t.Errorf("(-d +d2):\n%s", diff)
		}
		l, err := Compute(d2, DefaultOpsi())
		if err != nil {
			t.Fatal(err)
		}
		var h bytes.Buffer
		if err := RenderHTML(&h, l); err != nil {
			t.Fatal(err)
		}
		if err := periksaTag(h.String()); err != nil {
			t.Fatal(err)
		}
	}
}

// TestParseKunciGanda: a key given twice, in any section, is refused with
// its path and line instead of keeping the last value silently.
func TestParseKunciGanda(t *testing.T) {
	for _, tc := range []struct{ name, in, path string }{
		{"atas", "{\"versi\": 1,\n\"identitas\": {\"tahun\": 2022},\n\"identitas\": {\"tahun\": 2023}}", "identitas"},
		{"kinerja", "{\"versi\": 1, \"identitas\": {\"tahun\": 2022},\n\"kinerja\": {\"tahun\": 2022,\n\"tahun\": 2023}}", "kinerja.tahun"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.in), "uji.json")
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Path != tc.path || !strings.Contains(err.Error(), "dua kali") {
				t.Fatalf("Parse: %v; want a ParseError at %s saying the key is given twice", err, tc.path)
			}
		})
	}
}

// TestParseAngkaKosong: a quoted figure written as "" (or "-" for a
// percentage) is not given: nil, never zero; a JSON number 0 is zero.
func TestParseAngkaKosong(t *testing.T) {
	for _, tc := range []struct {
		nilai string
		ada   bool
	}{
		{`""`, false},
		{`"-"`, false},
		{`0`, true},
		{`"0"`, true},
		{`"100"`, true},
	} {
		in := `{"versi": 1, "identitas": {"tahun": 2022}, "kutipan": {"bab3": {"persen_fisik": ` + tc.nilai + `}}}`
		if strings.Contains(tc.nilai, "-") || tc.nilai == `""` {
			// versi 2: the same figure in the list
			in = `{"versi": 2, "kutipan": {"angka": [{"tempat": "bab3", "sumber": "anggaran", "kunci": "persen_fisik", "nilai": ` + tc.nilai + `}]}}`
		}
		d, err := Parse([]byte(in), "uji.json")
		if err != nil {
			t.Fatalf("persen_fisik %s: %v", tc.nilai, err)
		}
		if got := d.Kutipan.fisik() != nil; got != tc.ada {
			t.Errorf("persen_fisik %s: given = %v, want %v", tc.nilai, got, tc.ada)
		}
	}
}

func TestParseFile(t *testing.T) {
	if _, err := ParseFile("../internal/sampel/flotim-dinsos-2022.json"); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseFile("tidak-ada.json"); err == nil || !strings.Contains(err.Error(), "tidak ditemukan") {
		t.Errorf("ParseFile of a missing file: %v; want an Indonesian 'tidak ditemukan'", err)
	}
}
