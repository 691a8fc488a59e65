package anggaran_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
)

// TestLookupNomenklatur: every level, every bidang, both forms of the sub
// kegiatan part, the Program Penunjang shared by every bidang, codes the
// nomenclature lacks.
func TestLookupNomenklatur(t *testing.T) {
	for _, c := range []struct {
		kode    string
		ok      bool
		jenjang anggaran.Jenjang
		nama    string
		lain    []string
	}{
		{"1", true, anggaran.JenjangUrusan, "Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar", nil},
		{"1.02", true, anggaran.JenjangBidang, "Urusan Pemerintahan Bidang Kesehatan", nil},
		{"1.06.04", true, anggaran.JenjangProgram, "Program Rehabilitasi Sosial", nil},
		// A program of another bidang: known from its kegiatan, no name
		// in the lists.
		{"1.02.02", true, anggaran.JenjangProgram, "", nil},
		{"1.02.02.2.01", true, anggaran.JenjangKegiatan, "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", nil},
		{"1.02.02.2.01.0002", true, anggaran.JenjangSubKegiatan, "Pembangunan Puskesmas", nil},
		{"1.02.02.2.01.02", true, anggaran.JenjangSubKegiatan, "Pembangunan Puskesmas", nil},
		{"1.02.02.2.02.0048", true, anggaran.JenjangSubKegiatan, "Pengelolaan Layanan Imunisasi", nil},
		{"1.01.02.2.01.0029", true, anggaran.JenjangSubKegiatan, "Pengelolaan Dana BOS Sekolah Dasar", nil},
		{"1.06.04.2.01.0001", true, anggaran.JenjangSubKegiatan, "Penyediaan Permakanan", nil},
		// The Program Penunjang's kegiatan and sub kegiatan, in any bidang.
		{"1.02.01.2.02", true, anggaran.JenjangKegiatan, "Administrasi Keuangan Perangkat Daerah", nil},
		{"1.02.01.2.02.0001", true, anggaran.JenjangSubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", nil},
		{"3.27.01.2.02.01", true, anggaran.JenjangSubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", nil},
		// Two names for one code (the 4-digit list's first).
		{"5.02.04.2.01.0014", true, anggaran.JenjangSubKegiatan, "Pembinaan dan Pengawasan Pengelolaan Pajak Daerah dan Retribusi Daerah",
			[]string{"Pembinaan dan Pengawasan Pengelolaan Retribusi Daerah"}},
		// Unknown: a program number no bidang has, a sub kegiatan beyond
		// the list, a bidang of an Unsur whose name is not built in.
		{"1.02.99", false, 0, "", nil},
		{"1.02.02.2.01.0099", false, 0, "", nil},
		{"9.99.99.9.99.9999", false, 0, "", nil},
	} {
		n, ok := anggaran.LookupNomenklatur(anggaran.MustKode(c.kode))
		if ok != c.ok {
			t.Errorf("LookupNomenklatur(%s) ok = %v, want %v", c.kode, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		want := anggaran.Nomenklatur{Kode: anggaran.MustKode(c.kode), Jenjang: c.jenjang, Nama: c.nama, NamaLain: c.lain}
		if diff := cmp.Diff(want, n); diff != "" {
			t.Errorf("LookupNomenklatur(%s) (-want +got):\n%s", c.kode, diff)
		}
		nama, named := n.Kode.NamaBaku()
		if nama != c.nama || named != (c.nama != "") {
			t.Errorf("%s.NamaBaku() = %q, %v; want %q", c.kode, nama, named, c.nama)
		}
	}
	if _, ok := anggaran.LookupNomenklatur(anggaran.Kode{}); ok {
		t.Error("the zero Kode is in the nomenclature")
	}
}

// TestCocokNama: what a printed name may differ in and still be the
// nomenclature's.
func TestCocokNama(t *testing.T) {
	for _, c := range []struct {
		kode, nama string
		cocok      bool
	}{
		{"1.02.02.2.01.0002", "Pembangunan Puskesmas", true},
		{"1.02.02.2.01.0002", "PEMBANGUNAN PUSKESMAS", true},
		{"1.02.02.2.01.0002", "  pembangunan   puskesmas. ", true},
		{"1.02.02.2.01.0002", "3. Pembangunan Puskesmas", true},
		{"1.02.02.2.01.0002", "Sub Kegiatan Pembangunan Puskesmas", true},
		{"1.02.02.2.01.0002", "Kegiatan", true}, // only a level word: no name to check
		{"1.02.02.2.01.0002", "Pengembangan Puskesmas", false},
		{"1.02.02.2.01.0002", "Pembangunan Rumah Sakit", false},
		{"1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kab/Kota", true},
		{"1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM & UKP Kewenangan Daerah Kabupaten / Kota", true},
		{"1.06.04", "PROGRAM REHABILITASI SOSIAL", true},
		{"1.06.04", "Rehabilitasi Sosial", true},
		{"1.06.04", "Program Pemberdayaan Sosial", false},
		// "Kerja Sama" and "Kerjasama", "Perundang-undangan" and
		// "Perundang Undangan".
		{"2.07.05.2.02.0004", "Pelaksanaan Operasional Lembaga Kerja Sama Tripartit Daerah Kabupaten/Kota", true},
		{"2.07.05.2.02.0004", "Pelaksanaan Operasional Lembaga Kerjasama Tripartit Daerah Kabupaten/Kota", true},
		{"1.01.01.2.06.0006", "Penyediaan Bahan Bacaan dan Peraturan Perundang Undangan", true},
		// Either name of a code with two.
		{"5.02.04.2.01.0014", "Pembinaan dan Pengawasan Pengelolaan Retribusi Daerah", true},
		// A code without a name, a code not in the list: anything.
		{"1.02.02", "Program apa saja", true},
		{"1.02.02.2.01.0099", "apa saja", true},
	} {
		if got := anggaran.MustKode(c.kode).CocokNama(c.nama); got != c.cocok {
			t.Errorf("%s.CocokNama(%q) = %v, want %v", c.kode, c.nama, got, c.cocok)
		}
	}
}

// TestCocokNamaTerpotong: a name the source cut at 255 characters matches
// the full name and every name that begins with the cut part.
func TestCocokNamaTerpotong(t *testing.T) {
	k := anggaran.MustKode("8.01.03.2.01")
	n, ok := anggaran.LookupNomenklatur(k)
	if !ok || !strings.HasSuffix(n.Nama, "…") {
		t.Fatalf("LookupNomenklatur(%s) = %+v, want a cut name", k, n)
	}
	cut := strings.TrimSuffix(n.Nama, "…")
	if !k.CocokNama(cut) || !k.CocokNama(cut+" di Daerah") {
		t.Errorf("the cut name or a longer one does not match")
	}
	if k.CocokNama(cut[:len(cut)/2]) {
		t.Errorf("half the name matches")
	}
}

// TestPeriksaUraianBaku: the reviu checks names in any bidang (Kesehatan,
// Pendidikan, the Program Penunjang), and a row with only a code gets its
// name in the computed tree.
func TestPeriksaUraianBaku(t *testing.T) {
	rows := []anggaran.Rincian{
		{Kode: anggaran.MustKode("1.01.02.2.01"), Uraian: "Pengelolaan Pendidikan Sekolah Dasar"},
		{Kode: anggaran.MustKode("1.01.02.2.01.0029"), Uraian: "Pengelolaan Dana BOS Sekolah Dasar", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("10")))},
		// Swapped: 0030 is the capacity building, not the BOS itself.
		{Kode: anggaran.MustKode("1.01.02.2.01.0030"), Uraian: "Pengelolaan Dana BOS SD", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("5")))},
		{Kode: anggaran.MustKode("1.02.01.2.02.0001"), Uraian: "1. Penyediaan Gaji dan Tunjangan ASN", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("100")))},
		{Kode: anggaran.MustKode("1.02.02.2.01.0002"), Uraian: "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("50")))},
		// Only a code: no finding; the tree names it.
		{Kode: anggaran.MustKode("1.02.02.2.02.0048"), Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("7")))},
		// Not in the nomenclature: no finding.
		{Kode: anggaran.MustKode("1.02.02.2.02.0099"), Uraian: "Sub kegiatan daerah", Pagu: anggaran.RupiahDariDesimal(anggaran.Ada(d("1")))},
	}
	a := &anggaran.Anggaran{Tabel: "Tabel 3.2", Rincian: rows}
	var got []string
	for _, f := range a.Check(anggaran.Opsi{}) {
		if f.Kode == anggaran.TemuanUraianBaku {
			got = append(got, fmt.Sprintf("%s %s | %s | %s → %s | %s", f.Tingkat, f.Lokasi.Path, f.Lokasi.Baris, f.Tercetak, f.Terhitung, f.Pesan))
		}
	}
	want := []string{
		"peringatan rincian[2].uraian | 1.01.02.2.01.30 Pengelolaan Dana BOS SD | Pengelolaan Dana BOS SD → Peningkatan Kapasitas Pengelolaan Dana BOS Sekolah Dasar | " +
			`nama sub kegiatan 1.01.02.2.01.30 menurut nomenklatur (Kepmendagri 050-5889/2021) adalah "Peningkatan Kapasitas Pengelolaan Dana BOS Sekolah Dasar"; periksa kodenya atau namanya`,
		// The printed name is another sub kegiatan's: the code is named.
		"peringatan rincian[4].uraian | 1.02.02.2.01.02 Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya | Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya → Pembangunan Puskesmas | " +
			`nama sub kegiatan 1.02.02.2.01.02 menurut nomenklatur (Kepmendagri 050-5889/2021) adalah "Pembangunan Puskesmas"; nama tercetak adalah nama sub kegiatan 1.02.02.2.01.01: kodenya mungkin salah`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	p := a.Compute(anggaran.Opsi{})
	names := map[string]string{}
	for i := range p.Len() {
		b := p.Baris(i)
		names[b.Kode.String()] = b.Uraian
	}
	for k, want := range map[string]string{
		"1.02.02.2.02.48": "Pengelolaan Layanan Imunisasi",                                                        // a row with only a code
		"1.02.02.2.02":    "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", // a parent without a row
		"1.02.01.2.02":    "Administrasi Keuangan Perangkat Daerah",                                               // the Program Penunjang
		"1.02.02":         "",                                                                                     // a program without a name in the lists
		"1.02.02.2.02.99": "Sub kegiatan daerah",                                                                  // the row's own name
	} {
		if names[k] != want {
			t.Errorf("Baris(%s).Uraian = %q, want %q", k, names[k], want)
		}
	}
}

// TestCariNomenklatur: word-prefix search across every bidang, ranked;
// code prefixes; the Program Penunjang under the document's bidang.
func TestCariNomenklatur(t *testing.T) {
	kodes := func(ns []anggaran.Nomenklatur) []string {
		var out []string
		for _, n := range ns {
			out = append(out, n.Kode.StringPanjang())
		}
		return out
	}
	for _, c := range []struct {
		q    string
		opsi anggaran.OpsiCari
		want []string
	}{
		{"puskesmas pembangunan", anggaran.OpsiCari{Maks: 1}, []string{"1.02.02.2.01.0002"}},
		{"imunisasi", anggaran.OpsiCari{}, []string{"1.02.02.2.02.0048", "1.02.02.2.02.0036"}},
		{"IMUNISASI layanan", anggaran.OpsiCari{}, []string{"1.02.02.2.02.0048"}},
		{"rehab sos", anggaran.OpsiCari{Maks: 3}, []string{"1.06.04", "1.06.04.2.01", "1.06.04.2.02"}},
		{"urusan kesehatan", anggaran.OpsiCari{}, []string{"1.02"}},
		{"1.02.02.2.01.000", anggaran.OpsiCari{Maks: 2}, []string{"1.02.02.2.01.0001", "1.02.02.2.01.0002"}},
		{"1.02.02.2.01.0", anggaran.OpsiCari{Maks: 2}, []string{"1.02.02.2.01.0001", "1.02.02.2.01.0002"}},
		// The Program Penunjang: only under a bidang.
		{"gaji tunjangan asn", anggaran.OpsiCari{}, nil},
		{"gaji tunjangan asn", anggaran.OpsiCari{Bidang: anggaran.MustKode("1.02")}, []string{"1.02.01.2.02.0001"}},
		{"1.02.01.2.02", anggaran.OpsiCari{Bidang: anggaran.MustKode("1.02"), Maks: 2}, []string{"1.02.01.2.02", "1.02.01.2.02.0001"}},
		{"tidakadakatainidimanapun", anggaran.OpsiCari{}, nil},
		{"  ", anggaran.OpsiCari{}, nil},
		{"—", anggaran.OpsiCari{}, nil},
	} {
		got := kodes(anggaran.CariNomenklatur(c.q, c.opsi))
		if len(got) > len(c.want) && len(c.want) > 0 {
			got = got[:len(c.want)]
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("CariNomenklatur(%q, %+v) (-want +got):\n%s", c.q, c.opsi, diff)
		}
	}
	// The document's bidang first: "Perencanaan" is the Program
	// Penunjang's kegiatan 2.01 of that bidang before any other match.
	got := anggaran.CariNomenklatur("perencanaan penganggaran", anggaran.OpsiCari{Bidang: anggaran.MustKode("1.06"), Maks: 1})
	if len(got) != 1 || got[0].Kode.String() != "1.06.01.2.01" {
		t.Errorf("with bidang 1.06: %v", kodes(got))
	}
	if n := len(anggaran.CariNomenklatur("pengelolaan", anggaran.OpsiCari{})); n != 20 {
		t.Errorf("default Maks: %d results, want 20", n)
	}
}

func ExampleLookupNomenklatur() {
	for _, s := range []string{"1.02", "1.02.02.2.01.0002", "1.02.02.2.01.02", "3.27.01.2.02.0001", "1.02.02.2.01.0099"} {
		n, ok := anggaran.LookupNomenklatur(anggaran.MustKode(s))
		fmt.Printf("%-17s %v %s %q\n", s, ok, n.Jenjang, n.Nama)
	}
	// Output:
	// 1.02              true bidang urusan "Urusan Pemerintahan Bidang Kesehatan"
	// 1.02.02.2.01.0002 true sub kegiatan "Pembangunan Puskesmas"
	// 1.02.02.2.01.02   true sub kegiatan "Pembangunan Puskesmas"
	// 3.27.01.2.02.0001 true sub kegiatan "Penyediaan Gaji dan Tunjangan ASN"
	// 1.02.02.2.01.0099 false jumlah ""
}

func ExampleCariNomenklatur() {
	for _, n := range anggaran.CariNomenklatur("layanan imunisasi", anggaran.OpsiCari{Maks: 3}) {
		fmt.Println(n.Kode.StringPanjang(), n.Jenjang, n.Nama)
	}
	// Output:
	// 1.02.02.2.02.0048 sub kegiatan Pengelolaan Layanan Imunisasi
}

func ExampleKode_CocokNama() {
	k := anggaran.MustKode("1.02.02.2.01.02")
	fmt.Println(k.CocokNama("Pembangunan Puskesmas"), k.CocokNama("1. PEMBANGUNAN PUSKESMAS"), k.CocokNama("Pembangunan Rumah Sakit"))
	// Output:
	// true true false
}

func BenchmarkLookupNomenklatur(b *testing.B) {
	ks := []anggaran.Kode{anggaran.MustKode("1.02.02.2.01.0002"), anggaran.MustKode("3.27.01.2.02.0001"), anggaran.MustKode("1.02.02.2.01.0099")}
	anggaran.LookupNomenklatur(ks[0]) // load the index outside the loop
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range ks {
			anggaran.LookupNomenklatur(k)
		}
	}
}

// BenchmarkLookupNama: the codes of a row printed without a code.
func BenchmarkLookupNama(b *testing.B) {
	anggaran.LookupNama("x", 0, anggaran.Kode{})
	b.ReportAllocs()
	for b.Loop() {
		anggaran.LookupNama("Pembangunan Puskesmas", anggaran.JenjangSubKegiatan, anggaran.MustKode("1.02"))
	}
}

func BenchmarkCocokNama(b *testing.B) {
	k := anggaran.MustKode("1.02.02.2.01.0002")
	b.ReportAllocs()
	for b.Loop() {
		k.CocokNama("2. Pembangunan Puskesmas")
	}
}

// BenchmarkCariNomenklatur: one keystroke of the PWA's picker (a search of
// every entry).
func BenchmarkCariNomenklatur(b *testing.B) {
	for _, q := range []string{"puskes", "pengelolaan pendidikan sekolah", "1.02.02"} {
		b.Run(q, func(b *testing.B) {
			anggaran.CariNomenklatur(q, anggaran.OpsiCari{})
			b.ReportAllocs()
			for b.Loop() {
				anggaran.CariNomenklatur(q, anggaran.OpsiCari{Bidang: anggaran.MustKode("1.02")})
			}
		})
	}
}

// FuzzNomenklatur: any text as a code, a query or a name, without a
// panic; a found code is the code asked for, at its level; search results
// are at most Maks and have a name; every code LookupNama gives for a
// name matches that name.
func FuzzNomenklatur(f *testing.F) {
	for _, s := range []string{"1.02.02.2.01.0002", "1.02.01.2.02.01", "puskes", "rehab sos", "1.0", "", "9.99.99.9.99.9999", "&", "kab/kota"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k, err := anggaran.ParseKode(s); err == nil {
			if n, ok := anggaran.LookupNomenklatur(k); ok && (n.Kode != k || n.Jenjang != k.Jenjang()) {
				t.Fatalf("LookupNomenklatur(%s) = %+v", k, n)
			}
			k.CocokNama(s)
		}
		res := anggaran.CariNomenklatur(s, anggaran.OpsiCari{Bidang: anggaran.MustKode("1.02"), Maks: 5})
		if len(res) > 5 {
			t.Fatalf("%d results", len(res))
		}
		for _, n := range res {
			if n.Nama == "" {
				t.Fatalf("result without a name: %+v", n)
			}
		}
		for _, n := range anggaran.LookupNama(s, 0, anggaran.MustKode("1.02")) {
			if !n.Kode.CocokNama(s) {
				t.Fatalf("LookupNama(%q) gives %s, whose name does not match", s, n.Kode)
			}
		}
	})
}

// TestLookupNama: the codes a name may have, for rows printed without a
// code.
func TestLookupNama(t *testing.T) {
	kodes := func(ns []anggaran.Nomenklatur) []string {
		var out []string
		for _, n := range ns {
			out = append(out, n.Kode.StringPanjang())
		}
		return out
	}
	for _, c := range []struct {
		nama    string
		jenjang anggaran.Jenjang
		bidang  string
		want    []string
	}{
		{"Pembangunan Puskesmas", anggaran.JenjangSubKegiatan, "", []string{"1.02.02.2.01.0002"}},
		{"Sub Kegiatan: PEMBANGUNAN PUSKESMAS", 0, "", []string{"1.02.02.2.01.0002"}},
		{"Pembangunan Puskesmas", anggaran.JenjangKegiatan, "", nil},
		{"Program Rehabilitasi Sosial", anggaran.JenjangProgram, "", []string{"1.06.04"}},
		{"Rehabilitasi Sosial", 0, "", []string{"1.06.04"}},
		// The Program Penunjang: under a bidang only.
		{"Penyediaan Gaji dan Tunjangan ASN", anggaran.JenjangSubKegiatan, "", nil},
		{"Penyediaan Gaji dan Tunjangan ASN", anggaran.JenjangSubKegiatan, "1.02", []string{"1.02.01.2.02.0001"}},
		{"Kegiatan Administrasi Keuangan Perangkat Daerah", anggaran.JenjangKegiatan, "5.01", []string{"5.01.01.2.02"}},
		// The older list's name finds its code too.
		{"Pembinaan dan Pengawasan Pengelolaan Retribusi Daerah", 0, "", []string{"5.02.04.2.01.0014"}},
		{"Kegiatan", 0, "", nil},
		{"", 0, "", nil},
	} {
		var b anggaran.Kode
		if c.bidang != "" {
			b = anggaran.MustKode(c.bidang)
		}
		got := kodes(anggaran.LookupNama(c.nama, c.jenjang, b))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("LookupNama(%q, %v, %q) (-want +got):\n%s", c.nama, c.jenjang, c.bidang, diff)
		}
	}
	// Names shared by several bidang give every code.
	if got := anggaran.LookupNama("Penyediaan Makanan", anggaran.JenjangSubKegiatan, anggaran.Kode{}); len(got) == 0 {
		t.Error("Penyediaan Makanan: no code")
	}
}

func ExampleLookupNama() {
	for _, n := range anggaran.LookupNama("Sub Kegiatan Pengelolaan Layanan Imunisasi", anggaran.JenjangSubKegiatan, anggaran.Kode{}) {
		fmt.Println(n.Kode, n.Nama)
	}
	// Output:
	// 1.02.02.2.02.48 Pengelolaan Layanan Imunisasi
}

// TestCocokNamaSemua: every entry matches its own names, in capitals,
// with a list number and a level word before them; and LookupNama finds
// it by each of them.
func TestCocokNamaSemua(t *testing.T) {
	n := 0
	for _, q := range []string{"1", "2", "3", "4", "5", "6", "7", "8"} {
		for _, e := range anggaran.CariNomenklatur(q, anggaran.OpsiCari{Bidang: anggaran.MustKode("1.02"), Maks: 100000}) {
			for _, nama := range append([]string{e.Nama}, e.NamaLain...) {
				n++
				vs := []string{nama, strings.ToUpper(nama), "12. " + nama}
				if e.Jenjang >= anggaran.JenjangProgram {
					vs = append(vs, e.Jenjang.String()+" "+nama)
				}
				for _, v := range vs {
					if !e.Kode.CocokNama(v) {
						t.Errorf("%s.CocokNama(%q) = false", e.Kode, v)
					}
				}
				if strings.HasSuffix(nama, "…") || e.Jenjang < anggaran.JenjangProgram {
					continue
				}
				found := false
				for _, x := range anggaran.LookupNama(nama, e.Jenjang, e.Kode.Pada(anggaran.JenjangBidang)) {
					found = found || x.Kode == e.Kode
				}
				if !found {
					t.Errorf("LookupNama(%q) lacks %s", nama, e.Kode)
				}
			}
		}
	}
	if n < 1500 {
		t.Errorf("%d names checked, want every entry's (> 1500)", n)
	}
}
