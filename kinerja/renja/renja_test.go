package renja

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// sheetXLSX builds a one-sheet workbook from rows of cells; a cell is a
// number, a string (inline; "'1.500" forces text), or "=FORMULA|VALUE"
// for a formula with its cached value.
func sheetXLSX(t testing.TB, name string, rows [][]string) []byte {
	t.Helper()
	var sd strings.Builder
	for r, row := range rows {
		fmt.Fprintf(&sd, `<row r="%d">`, r+1)
		for c, v := range row {
			if v == "" {
				continue
			}
			ref := colName(c+1) + fmt.Sprint(r+1)
			switch {
			case strings.HasPrefix(v, "="):
				f, val, _ := strings.Cut(v[1:], "|")
				fmt.Fprintf(&sd, `<c r="%s"><f>%s</f><v>%s</v></c>`, ref, f, val)
			case strings.HasPrefix(v, "'"): // text, as Excel's leading apostrophe
				fmt.Fprintf(&sd, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, v[1:])
			case strings.HasPrefix(v, "#"):
				fmt.Fprintf(&sd, `<c r="%s" t="e"><v>%s</v></c>`, ref, v)
			case isNum(v):
				fmt.Fprintf(&sd, `<c r="%s"><v>%s</v></c>`, ref, v)
			default:
				fmt.Fprintf(&sd, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, v)
			}
		}
		sd.WriteString("</row>")
	}
	parts := map[string]string{
		"xl/workbook.xml":            `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="` + name + `" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml":   `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + sd.String() + `</sheetData></worksheet>`,
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range []string{"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"} {
		w, _ := zw.Create(n)
		io.WriteString(w, parts[n])
	}
	zw.Close()
	return buf.Bytes()
}

func colName(c int) string {
	s := ""
	for c > 0 {
		c--
		s = string(rune('A'+c%26)) + s
		c /= 26
	}
	return s
}

func isNum(s string) bool { _, err := decimal.NewFromString(s); return err == nil }

// formKecil is a small form as a spreadsheet would save it: title rows,
// the header, the numbers row with K/Rp under it, a kegiatan whose
// Renstra pagu is a SUM of its two sub kegiatan, and a total row.
// Columns: A No, B name, C indicator, D unit, E/F 6, G/H 7, I/J 8,
// K/L/M 9, N/O/P 10, Q/R/S 11, T/U/V 12, W/X 13, Y/Z 14, AA/AB 15.
func formKecil(sub1Pagu string) [][]string {
	num := []string{"1", "3", "4", "5", "6", "", "7", "", "8", "", "9", "", "", "10", "", "", "11", "", "", "12", "", "", "13 = 9 + 10 + 11 + 12", "", "14 = 7 + 13", "", "15 = 14 / 6 x 100", ""}
	// The numbers row must name 1..15 in order: column 2 (Sasaran) is
	// given in its own column.
	num = append([]string{"1", "2"}, num[1:]...)
	kr := []string{"", "", "", "", "", "K", "Rp.", "K", "Rp.", "K", "Rp.", "K", "%", "Rp.", "K", "%", "Rp.", "K", "%", "Rp.", "K", "%", "Rp.", "K", "Rp.", "K", "Rp.", "K", "Rp."}
	return [][]string{
		{"Evaluasi Terhadap Hasil Renja"},
		{"Kota Contoh"},
		{"Tahun 2025"},
		num,
		kr,
		{"1", "", "Program Contoh", "Persentase", "%", "100", "=SUM(G7)|30000", "", "", "100", "=SUM(K7)|3000"},
		{"2", "", "Kegiatan Contoh", "Persentase", "%", "100", "=SUM(G8:G9)|30000", "", "", "100", "=SUM(K8:K9)|3000"},
		{"3", "", "Sub Satu", "Jumlah dokumen", "Dok", "2", sub1Pagu, "", "", "1", "1000", "0", "0", "0", "1", "100", "1000"},
		{"4", "", "Sub Dua", "Jumlah laporan", "Lap", "2", "10000", "", "", "1", "2000", "1", "1", "200"},
		{"", "", "", "", "", "", "=SUM(G6)|30000"},
	}
}

func TestBacaXLSX(t *testing.T) {
	f, err := BacaXLSX(sheetXLSX(t, "TW I", formKecil("20000")))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range f.Baris {
		got = append(got, fmt.Sprintf("%s %s induk=%d", b.Nama, b.Tingkat, b.Induk))
	}
	want := []string{"Program Contoh program induk=-1", "Kegiatan Contoh kegiatan induk=0", "Sub Satu sub kegiatan induk=1", "Sub Dua sub kegiatan induk=1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if f.Pemda != "Kota Contoh" || f.Tahun != 2025 || f.Jumlah == nil || f.Lembar != "TW I" {
		t.Errorf("form: %+v", f)
	}
	if p := f.Baris[2].Triwulan[0].Persen; !p.Ada || !p.Angka.Equal(decimal.Zero) {
		t.Errorf("sub 1 TW I %% = %+v", p)
	}
	// The quarter's % column holds fractions (0 and 1 only): read ×100.
	if p := f.Baris[3].Triwulan[0].Persen; !p.Angka.Equal(decimal.NewFromInt(100)) {
		t.Errorf("sub 2 TW I %% = %v, want 100 (a fraction 1 read as 100 %%)", p.Angka)
	}
	h := Hitung(f, Opsi{})
	if got := tulisRp(h.Baris[0].Renstra.Rp); got != "30.000" {
		t.Errorf("program Renstra Rp = %s", got)
	}
}

func TestBacaXLSXErrors(t *testing.T) {
	bad := formKecil("20.000,5 rupiah")
	_, err := BacaXLSX(sheetXLSX(t, "TW I", bad))
	var ce *CellError
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v, want a CellError", err)
	}
	if want := `lembar "TW I", sel G8 (baris «Sub Satu»): "20.000,5 rupiah" bukan angka rupiah yang sah: ada spasi di tengah angka`; err.Error() != want {
		t.Errorf("err = %q\nwant  %q", err, want)
	}
	_, err = BacaXLSX(sheetXLSX(t, "Lain", [][]string{{"Tidak ada formulir di sini"}}))
	if !errors.Is(err, ErrBukanFormulir) {
		t.Errorf("err = %v, want ErrBukanFormulir", err)
	}
	if _, err := BacaXLSX([]byte("bukan zip")); err == nil {
		t.Error("no error for a file that is not xlsx")
	}
}

// TestAngkaTeks: a number the sheet keeps as text is read the Indonesian
// way for its column: "20.000" in an Rp column is 20000; "1.500" in a
// quarter's % column is ambiguous and refused with the cell named.
func TestAngkaTeks(t *testing.T) {
	rows := formKecil("20000")
	rows[7][6] = "Rp 20.000" // G8, text: inline string
	f, err := BacaXLSX(sheetXLSX(t, "TW I", rows))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Baris[2].Renstra.Rp; !got.Angka.Equal(decimal.NewFromInt(20000)) {
		t.Errorf("G8 = %v, want 20000", got.Angka)
	}
	rows[7][12] = "'1.500" // M8, the TW I % column: text, ambiguous
	_, err = BacaXLSX(sheetXLSX(t, "TW I", rows))
	if err == nil || !strings.Contains(err.Error(), `sel M8 (baris «Sub Satu»)`) {
		t.Errorf("err = %v", err)
	}
}

// TestOpsiSerapan: a Pemda's own serapan targets replace the default.
func TestOpsiSerapan(t *testing.T) {
	f, err := BacaXLSX(sheetXLSX(t, "TW I", formKecil("20000")))
	if err != nil {
		t.Fatal(err)
	}
	count := func(o Opsi) int {
		n := 0
		for _, tm := range Periksa(f, Hitung(f, o)) {
			if tm.Kode == KodeSerapan {
				n++
			}
		}
		return n
	}
	if n := count(Opsi{}); n != 1 {
		t.Errorf("default targets: %d serapan findings, want 1", n)
	}
	low := [4]decimal.Decimal{decimal.NewFromInt(5), decimal.NewFromInt(5), decimal.NewFromInt(5), decimal.NewFromInt(5)}
	if n := count(Opsi{Triwulan: anggaran.OpsiTriwulan{Target: &low}}); n != 0 {
		t.Errorf("targets of 5 %%: %d serapan findings, want 0", n)
	}
	if n := count(Opsi{SerapanSemuaBaris: true}); n != 4 {
		t.Errorf("every row: %d serapan findings, want 4 (the program, the kegiatan, both sub kegiatan)", n)
	}
	if n := count(Opsi{Triwulan: anggaran.OpsiTriwulan{Toleransi: decimal.NewFromInt(100)}}); n != 0 {
		t.Errorf("tolerance of 100 points: %d findings, want 0", n)
	}
}

func TestSatuanTerjumlah(t *testing.T) {
	for s, want := range map[string]bool{"Dok": true, "Lap": true, "Orang": true, "%": false, "Persen": false, "Indeks": false,
		"Nilai": false, "Orang / Bulan": false, "Rasio": false, "": false, "Unit": true,
		// "/" as "or" is a count; before a period or a population, a rate
		"Klien /Orang": true, "siswa/i": true, "Materai /Perangko": true, "Orang/Tahun": false,
		"kasus/1.000 kelahiran hidup": false, "Kg/kapita": false, "Tingkat": false} {
		if got := kinerja.SatuanTerjumlah(s); got != want {
			t.Errorf("SatuanTerjumlah(%q) = %v", s, got)
		}
	}
}

func TestBacaTSVErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"nama\tfoo\n", "baris 1: kolom foo: kolom tidak dikenal"},
		{"nama\n", "kepala harus memuat kolom nama dan tingkat"},
		{"nama\ttingkat\t6K\nA\tprogram\t1,5\n", `baris 2: kolom 6K: "1,5" bukan angka`},
		{"nama\ttingkat\nA\tdinas\n", `"dinas" bukan tingkat`},
		{"lembar\tnama\ttingkat\tinduk\n1\tA\tprogram\t2\n2\tB\tkegiatan\t1\n", `induk "2" bukan baris di atasnya`},
		{"# tahun\tdua ribu\n", "kolom tahun"},
		{"", "tidak ada baris kepala"},
		{"nama\ttingkat\nA\tprogram\tx\n", "3 sel, kepala hanya"},
	} {
		_, err := BacaTSV([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("BacaTSV(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func FuzzBacaTSV(f *testing.F) {
	for _, file := range []string{"testdata/kecil.txtar"} {
		if b, err := os.ReadFile(file); err == nil {
			_, tsv, _ := strings.Cut(string(b), "-- formulir.tsv --\n")
			tsv, _, _ = strings.Cut(tsv, "-- ")
			f.Add([]byte(tsv))
		}
	}
	f.Add([]byte("nama\ttingkat\t6K\nA\tprogram\t#DIV/0!\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fm, err := BacaTSV(data)
		if err != nil {
			return
		}
		h := Hitung(fm, Opsi{})
		Periksa(fm, h)
		if err := TulisMarkdown(io.Discard, fm, h); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		TulisTSV(&out, fm)
		again, err := BacaTSV(out.Bytes())
		if err != nil {
			t.Fatalf("the written transcription does not read back: %v\n%s", err, out.Bytes())
		}
		var out2 bytes.Buffer
		TulisTSV(&out2, again)
		if out.String() != out2.String() {
			t.Fatalf("transcription not stable:\n%s\n---\n%s", out.Bytes(), out2.Bytes())
		}
	})
}

func FuzzBacaXLSX(f *testing.F) {
	f.Add(sheetXLSX(f, "TW I", formKecil("20000")))
	f.Add(sheetXLSX(f, "TW I", formKecil("#DIV/0!")))
	f.Fuzz(func(t *testing.T, data []byte) {
		fm, err := BacaXLSX(data)
		if err != nil {
			return
		}
		h := Hitung(fm, Opsi{})
		for _, tm := range Periksa(fm, h) {
			if tm.Lokasi.Baris == "" {
				t.Fatalf("finding without a row: %s", tm)
			}
		}
		if err := TulisMarkdown(io.Discard, fm, h); err != nil {
			t.Fatal(err)
		}
	})
}

// besar makes a synthetic form of n programs of 5 kegiatan of 6 sub
// kegiatan each.
func besar(n int) *Formulir {
	f := &Formulir{Tahun: 2025}
	d := decimal.NewFromInt
	add := func(b BarisFormulir) int {
		b.Lembar = len(f.Baris) + 11
		b.No = fmt.Sprint(len(f.Baris) + 1)
		f.Baris = append(f.Baris, b)
		i := len(f.Baris) - 1
		if b.Induk >= 0 {
			f.Baris[b.Induk].Anak = append(f.Baris[b.Induk].Anak, i)
		}
		return i
	}
	for p := 0; p < n; p++ {
		pi := add(BarisFormulir{Tingkat: Program, Induk: -1, Nama: fmt.Sprint("Program ", p), Satuan: "%", Target: Pasangan{K: N(d(100))}, Renstra: Pasangan{K: N(d(100))}})
		for k := 0; k < 5; k++ {
			ki := add(BarisFormulir{Tingkat: Kegiatan, Induk: pi, Nama: fmt.Sprint("Kegiatan ", p, ".", k), Satuan: "%", Target: Pasangan{K: N(d(100))}, Renstra: Pasangan{K: N(d(100))}})
			for s := 0; s < 6; s++ {
				b := BarisFormulir{Tingkat: SubKegiatan, Induk: ki, Nama: fmt.Sprint("Sub ", p, ".", k, ".", s), Satuan: "Dok",
					Renstra: Pasangan{K: N(d(5)), Rp: N(d(int64(1000000 + s*1234567)))}, SampaiLalu: Pasangan{K: N(d(1)), Rp: N(d(200000))},
					Target: Pasangan{K: N(d(4)), Rp: N(d(int64(400000 + s*1000)))}}
				for q := 0; q < 4; q++ {
					b.Triwulan[q] = Triwulan{K: N(d(1)), Persen: N(d(int64(25 * (q + 1)))), Rp: N(d(int64(90000 + q*1000 + s)))}
				}
				add(b)
			}
		}
	}
	return f
}

func BenchmarkBacaXLSX(b *testing.B) {
	data, err := os.ReadFile(deliSerdangXLSX)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BacaXLSX(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHitung(b *testing.B) {
	data, err := os.ReadFile(deliSerdangXLSX)
	if err != nil {
		b.Fatal(err)
	}
	ds, err := BacaXLSX(data)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		f    *Formulir
	}{{"deliserdang", ds}, {"besar-1200", besar(40)}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Hitung(c.f, Opsi{})
			}
		})
		b.Run(c.name+"-periksa", func(b *testing.B) {
			h := Hitung(c.f, Opsi{})
			b.ReportAllocs()
			for b.Loop() {
				Periksa(c.f, h)
			}
		})
	}
}

func ExampleBacaXLSX() {
	data, err := os.ReadFile("../../internal/sampel/renja/deliserdang-bappedalitbang-evaluasi-renja-2025.xlsx")
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := BacaXLSX(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	h := Hitung(f, Opsi{})
	n := map[anggaran.Tingkat]int{}
	for _, t := range Periksa(f, h) {
		n[t.Tingkat]++
	}
	fmt.Printf("%s, %s %d: %d baris, pagu %s, realisasi %s (%s)\n", f.PerangkatDaerah[len(f.PerangkatDaerah)-16:], f.Pemda, f.Tahun, len(f.Baris),
		anggaran.FormatRupiah(h.Jumlah.Target.Rp.Angka), anggaran.FormatRupiah(h.Jumlah.Kolom[0].Rp.Angka), anggaran.FormatPersen(h.Jumlah.Serapan[3].Angka))
	fmt.Printf("temuan: %d kesalahan, %d peringatan, %d catatan\n", n[anggaran.Kesalahan], n[anggaran.Peringatan], n[anggaran.Catatan])
	// Output:
	// (BAPPEDALITBANG), Kabupaten Deli Serdang 2025: 102 baris, pagu Rp 14.723.660.349, realisasi Rp 12.023.973.159 (81,66%)
	// temuan: 9 kesalahan, 31 peringatan, 48 catatan
}

// TestBacaXLSXTanpaRumus: a form typed in as values, without a single
// formula: the kegiatan is the row whose pagu is the sum of the rows
// below it.
func TestBacaXLSXTanpaRumus(t *testing.T) {
	rows := formKecil("20000")
	for _, r := range rows {
		for j, c := range r {
			if strings.HasPrefix(c, "=") {
				_, v, _ := strings.Cut(c, "|")
				r[j] = v
			}
		}
	}
	f, err := BacaXLSX(sheetXLSX(t, "TW I", rows))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range f.Baris {
		got = append(got, fmt.Sprintf("%s %s induk=%d", b.Nama, b.Tingkat, b.Induk))
	}
	want := []string{"Program Contoh program induk=-1", "Kegiatan Contoh kegiatan induk=0", "Sub Satu sub kegiatan induk=1", "Sub Dua sub kegiatan induk=1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// TestTulisHTML: every row of the printed form has the 30 cells of its
// header (5 text columns, 6 to 8 and 13 to 15 with K and Rp, 9 to 12 with
// K, % and Rp, the predikat), and text from the file is escaped.
func TestTulisHTML(t *testing.T) {
	data, err := os.ReadFile(deliSerdangXLSX)
	if err != nil {
		t.Fatal(err)
	}
	f, err := BacaXLSX(data)
	if err != nil {
		t.Fatal(err)
	}
	f.Baris[0].Nama = "<b>UNSUR</b> & co"
	var b bytes.Buffer
	if err := TulisHTML(&b, f, Hitung(f, Opsi{})); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "&lt;b&gt;UNSUR&lt;/b&gt; &amp; co") || strings.Contains(out, "<b>UNSUR") {
		t.Error("name not escaped")
	}
	_, body, _ := strings.Cut(out, "<tbody>")
	body, _, _ = strings.Cut(body, "</tbody>")
	rows := strings.Split(strings.TrimSpace(body), "\n")
	if len(rows) != len(f.Baris)+1 {
		t.Fatalf("%d rows, want %d", len(rows), len(f.Baris)+1)
	}
	for i, r := range rows {
		if n := strings.Count(r, "<td"); n != 30 {
			t.Errorf("row %d has %d cells, want 30: %.200s", i, n, r)
		}
	}
	for _, want := range []string{"@page { size: A4 landscape", "13 = 9 + 10 + 11 + 12", "Rp</th>", "81,66%"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}

func ExampleBacaTSV() {
	tsv := "nama\ttingkat\tinduk\tlembar\tsatuan\t6K\t6Rp\t7K\t7Rp\t8K\t8Rp\t9K\t9Rp\t10K\t10Rp\t11K\t11Rp\t12K\t12Rp\t13K\n" +
		"Kegiatan A\tkegiatan\t\t1\t%\t100\t\t100\t\t100\n" +
		"Sub A1\tsub kegiatan\t1\t2\tDok\t4\t400\t1\t90\t2\t100\t0\t10\t1\t20\t0\t30\t1\t30\t0\n"
	f, err := BacaTSV([]byte(tsv))
	if err != nil {
		fmt.Println(err)
		return
	}
	h := Hitung(f, Opsi{})
	for i, b := range f.Baris {
		r := h.Baris[i]
		fmt.Printf("%s: 13 = %s K, Rp %s; 14 = %s K; 15 = %s%% K; serapan TW IV %s%%\n", b.Nama,
			tulisK(r.Kolom[0].K), tulisRp(r.Kolom[0].Rp), tulisK(r.Kolom[1].K), tulisPct(r.Kolom[2].K), tulisPct(r.Serapan[3]))
	}
	for _, t := range Periksa(f, h) {
		fmt.Println(t.Kode)
	}
	// Output:
	// Kegiatan A: 13 = 100 K, Rp 90; 14 = 100 K; 15 = 100,00% K; serapan TW IV 90,00%
	// Sub A1: 13 = 2 K, Rp 90; 14 = 3 K; 15 = 75,00% K; serapan TW IV 90,00%
	// renja/serapan-triwulan
	// renja/kolom-13
}

// FuzzBacaLembar fuzzes the sheet's XML inside a valid workbook, where
// mutations reach the form reader instead of failing in the zip layer.
func FuzzBacaLembar(f *testing.F) {
	x := sheetXLSX(f, "TW I", formKecil("20000"))
	zr, err := zip.NewReader(bytes.NewReader(x), int64(len(x)))
	if err != nil {
		f.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			rc, _ := zf.Open()
			b, _ := io.ReadAll(rc)
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, sheet []byte) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, zf := range zr.File {
			w, _ := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Store})
			if zf.Name == "xl/worksheets/sheet1.xml" {
				w.Write(sheet)
				continue
			}
			rc, _ := zf.Open()
			io.Copy(w, rc)
		}
		zw.Close()
		fm, err := BacaXLSX(buf.Bytes())
		if err != nil {
			return
		}
		h := Hitung(fm, Opsi{})
		Periksa(fm, h)
		if err := TulisMarkdown(io.Discard, fm, h); err != nil {
			t.Fatal(err)
		}
		var tsv bytes.Buffer
		TulisTSV(&tsv, fm)
		if _, err := BacaTSV(tsv.Bytes()); err != nil {
			t.Fatalf("the transcription of a read form does not read back: %v\n%s", err, tsv.Bytes())
		}
	})
}

// TestMutasi is a deterministic complement of FuzzBacaLembar (which the
// Go fuzzer runs slowly on a loaded machine): 500 seeded random byte
// changes of the sheet's XML, each read, computed, reviewed and
// transcribed without a panic, and every form read writes a transcription
// that reads back.
func TestMutasi(t *testing.T) {
	x := sheetXLSX(t, "TW I", formKecil("20000"))
	zr, err := zip.NewReader(bytes.NewReader(x), int64(len(x)))
	if err != nil {
		t.Fatal(err)
	}
	var seed []byte
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			rc, _ := zf.Open()
			seed, _ = io.ReadAll(rc)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	read := 0
	for n := 0; n < 500; n++ {
		m := append([]byte(nil), seed...)
		for k := 0; k < 1+r.IntN(4); k++ {
			const alfabet = "0123456789.-E<>/=\"#ABCKZ :"
			m[r.IntN(len(m))] = alfabet[r.IntN(len(alfabet))]
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, zf := range zr.File {
			w, _ := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Store})
			if zf.Name == "xl/worksheets/sheet1.xml" {
				w.Write(m)
				continue
			}
			rc, _ := zf.Open()
			io.Copy(w, rc)
		}
		zw.Close()
		fm, err := BacaXLSX(buf.Bytes())
		if err != nil {
			continue
		}
		read++
		h := Hitung(fm, Opsi{})
		Periksa(fm, h)
		var tsv bytes.Buffer
		TulisTSV(&tsv, fm)
		if _, err := BacaTSV(tsv.Bytes()); err != nil {
			t.Fatalf("mutation %d: the transcription does not read back: %v", n, err)
		}
	}
	if read == 0 {
		t.Error("no mutated form was readable: the test tests nothing")
	}
}

// TestTulisJSON: the JSON has a row per form row, plain decimal strings,
// null where nothing can be computed, the printed #DIV/0! as text, and
// the findings.
func TestTulisJSON(t *testing.T) {
	f, h, ts := deliSerdang(t)
	var b bytes.Buffer
	if err := TulisJSON(&b, f, h, ts); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Tahun         int      `json:"tahun"`
		TargetSerapan []string `json:"target_serapan"`
		Baris         []struct {
			Lembar   int                           `json:"lembar"`
			Induk    *int                          `json:"induk"`
			Kolom    map[string]map[string]*string `json:"kolom"`
			Tercetak map[string]map[string]*string `json:"tercetak"`
			Serapan  []*string                     `json:"serapan"`
		} `json:"baris"`
		Jumlah struct {
			Kolom map[string]map[string]*string `json:"kolom"`
		} `json:"jumlah"`
		Temuan []anggaran.Temuan `json:"temuan"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Tahun != 2025 || len(got.Baris) != len(f.Baris) || len(got.Temuan) != len(ts) || got.TargetSerapan[3] != "90" {
		t.Fatalf("tahun %d, %d rows, %d findings, targets %v", got.Tahun, len(got.Baris), len(got.Temuan), got.TargetSerapan)
	}
	for _, r := range got.Baris {
		if r.Lembar != 82 {
			continue
		}
		if v := r.Tercetak["15"]["k"]; v == nil || *v != "#DIV/0!" {
			t.Errorf("row 82 printed 15 K = %v", v)
		}
		if v := r.Kolom["15"]["k"]; v != nil {
			t.Errorf("row 82 computed 15 K = %q, want null", *v)
		}
		if r.Induk == nil || *r.Induk != 77 {
			t.Errorf("row 82 parent %v, want 77", r.Induk)
		}
	}
	if v := got.Jumlah.Kolom["8"]["rp"]; v == nil || *v != "14723660349" {
		t.Errorf("total pagu %v", v)
	}
}
