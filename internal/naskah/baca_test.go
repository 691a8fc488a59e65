package naskah

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

func TestBacaGalat(t *testing.T) {
	for _, tc := range []struct {
		nama, in string
		path     string
		baris    int
		pesan    string
	}{
		{"kosong", "", "", 1, "isi kosong"},
		{"spasi saja", " \n ", "", 1, "isi kosong"},
		{"nilai hilang", "{\"a\": [\n1,\n}]}", "a[1]", 3, "karakter tidak sah '}' di tempat yang seharusnya nilai"},
		{"titik dua", "{\"a\" []}", "a", 1, "sesudah nama kolom"},
		{"koma daftar", `{"a": [{} {}]}`, "a[1]", 1, "sesudah unsur daftar"},
		{"koma objek", "{\"a\": 1\n \"b\": 2}", "", 2, "sesudah pasangan kolom:nilai"},
		{"kunci", `{"a": {,}}`, "a", 1, "seharusnya nama kolom"},
		{"terpotong", "{\"a\": [\n{\"b\": 1,\n", "a[0]", 3, "JSON terpotong"},
		{"teks terpotong", `{"a": "xy`, "a", 1, "JSON terpotong"},
		{"kata", `{"a": tru}`, "a", 1, "di dalam nilai (seharusnya true)"},
		{"sisa", `{} {}`, "", 1, "ada teks lain setelah akhir"},
		{"dua kali", "{\"a\": 1,\n\"a\": 2}", "a", 2, `kolom "a" ditulis dua kali dalam objek yang sama (pertama di baris 1)`},
		{"dua kali besar", "{" + kunciBanyak(40) + ",\n\"k7\": 0}", "k7", 2, "ditulis dua kali"},
		{"dua kali dalam", `{"a": [{"b": 1, "b": 1}]}`, "a[0].b", 1, "dua kali"},
		{"kendali", "{\"a\": \"x\ty\"}", "a", 1, "karakter kendali"},
		{"escape", `{"a": "\x"}`, "a", 1, `kode escape \x`},
		{"u pendek", `{"a": "\u12"}`, "a", 1, `\u`},
		{"surrogate", `{"a": "\ud800x"}`, "a", 1, "surrogate"},
		{"bukan utf8", "{\"a\": \"\xff\"}", "a", 1, "bukan UTF-8"},
		{"nol depan", `{"a": 012}`, "a", 1, "di dalam angka"},
		{"titik", `{"a": 1.}`, "a", 1, "di dalam angka"},
		{"eksponen", `{"a": 1e400}`, "a", 1, "di luar batas"},
		{"eksponen panjang", `{"a": 1e0000000000000000000001}`, "", 0, ""},
		{"31 angka", `{"a": 1234567890123456789012345678901}`, "a", 1, "30 angka sebelum koma"},
		{"31 desimal", `{"a": 0.1234567890123456789012345678901}`, "a", 1, "30 angka sesudah koma"},
		{"bom di tengah", "{}\ufeff", "", 1, "ada teks lain"},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			_, err := Baca([]byte(tc.in))
			if tc.pesan == "" {
				if err != nil {
					t.Fatalf("ditolak: %v", err)
				}
				return
			}
			var g *Galat
			if !errors.As(err, &g) {
				t.Fatalf("galat %v (%T), ingin *Galat", err, err)
			}
			if g.Path != tc.path || g.Baris != tc.baris || !strings.Contains(g.Error(), tc.pesan) {
				t.Errorf("galat %q (path %q baris %d); ingin path %q baris %d memuat %q", g, g.Path, g.Baris, tc.path, tc.baris, tc.pesan)
			}
		})
	}
}

// TestBacaLajur: an error gives the column of the byte where it is found.
func TestBacaLajur(t *testing.T) {
	_, err := Baca([]byte("{\n  \"a\": [1,\n   }]}"))
	g, _ := err.(*Galat)
	if g == nil || g.Baris != 3 || g.Lajur != 4 {
		t.Errorf("galat %+v; ingin baris 3 lajur 4", err)
	}
	v, _ := Baca([]byte("{\n  \"a\": \"x\"}"))
	p := &Pembaca{}
	p.Objek(v, "").Bulat("a")
	if g, _ := p.Err().(*Galat); g == nil || g.Baris != 2 || g.Lajur != 8 {
		t.Errorf("galat %+v; ingin baris 2 lajur 8", p.Err())
	}
}

func kunciBanyak(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`"k` + string(rune('0'+i%10)) + string(rune('a'+i/10)) + `": 0`)
	}
	// k7 is k7a in that scheme: add it plainly
	return b.String() + `, "k7": 1`
}

// TestBacaBOM: a byte order mark at the start is skipped and lines are
// unchanged; the tree equals that of the text without it.
func TestBacaBOM(t *testing.T) {
	in := "{\n\"a\": [1, \"x\"]\n}"
	tanpa, err := Baca([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	dengan, err := Baca([]byte(bom + in))
	if err != nil {
		t.Fatalf("dengan BOM: %v", err)
	}
	if diff := cmp.Diff(tanpa, dengan, abaikanLetak); diff != "" {
		t.Errorf("dengan BOM berbeda:\n%s", diff)
	}
	if _, err := Baca([]byte(bom + "{\n\"a\" 1}")); err == nil || err.(*Galat).Baris != 2 {
		t.Errorf("galat dengan BOM %v; ingin baris 2", err)
	}
}

// abaikanLetak compares trees by content only.
var abaikanLetak = cmp.Transformer("isi", func(v Nilai) struct {
	Nama, Teks string
	Jenis      Jenis
	Isi        []Nilai
} {
	return struct {
		Nama, Teks string
		Jenis      Jenis
		Isi        []Nilai
	}{v.Nama, v.Teks, v.Jenis, v.Isi}
})

// alokasi returns the bytes allocated by one call of fn.
func alokasi(fn func()) uint64 {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	fn()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// TestBacaDalam: 200 KB of nested brackets (on the old reader: about 15 GB)
// are refused at the 65th level, in a few allocations.
func TestBacaDalam(t *testing.T) {
	for _, buka := range []string{"[", `{"a":`, `[{"a":[`} {
		data := []byte(strings.Repeat(buka, 200_000/len(buka)))
		var err error
		n := alokasi(func() { _, err = Baca(data) })
		if err == nil || !strings.Contains(err.Error(), "terlalu dalam") {
			t.Fatalf("%q…: galat %v; ingin terlalu dalam", buka, err)
		}
		if n > 64<<10 {
			t.Errorf("%q…: %d byte dialokasikan; ingin paling banyak 64 KiB", buka, n)
		}
		// a few per level, for the path of the error
		if a := testing.AllocsPerRun(5, func() { Baca(data) }); a > 4*MaksKedalaman+16 {
			t.Errorf("%q…: %.0f alokasi; ingin paling banyak %d", buka, a, 4*MaksKedalaman+16)
		}
	}
	// exactly MaksKedalaman levels are accepted
	ok := strings.Repeat("[", MaksKedalaman) + strings.Repeat("]", MaksKedalaman)
	if _, err := Baca([]byte(ok)); err != nil {
		t.Errorf("%d tingkat ditolak: %v", MaksKedalaman, err)
	}
	if _, err := Baca([]byte("[" + ok + "]")); err == nil {
		t.Errorf("%d tingkat diterima", MaksKedalaman+1)
	}
}

// TestBacaBesar: a text over MaksUkuran is refused before it is read.
func TestBacaBesar(t *testing.T) {
	data := bytes.Repeat([]byte(" "), MaksUkuran+1)
	data[0] = '['
	var err error
	n := alokasi(func() { _, err = Baca(data) })
	if err == nil || !strings.Contains(err.Error(), "terlalu besar") {
		t.Fatalf("galat %v; ingin terlalu besar", err)
	}
	// MemStats counts the whole process (the race detector and the
	// runtime allocate too): the bound says "not proportional to the
	// 32 MiB", with room for that noise.
	if n > 64<<10 {
		t.Errorf("%d byte dialokasikan untuk menolak", n)
	}
}

// TestBacaBanyak: more than MaksNilai values are refused.
func TestBacaBanyak(t *testing.T) {
	data := []byte("[" + strings.Repeat("0,", MaksNilai) + "0]")
	var err error
	n := alokasi(func() { _, err = Baca(data) })
	if err == nil || !strings.Contains(err.Error(), "terlalu banyak nilai") {
		t.Fatalf("galat %v; ingin terlalu banyak nilai", err)
	}
	// the pending members grown by doubling (2 × 80 bytes a value) and
	// the finished list copied out (80)
	if n > 260*MaksNilai {
		t.Errorf("%d byte dialokasikan untuk menolak %d nilai", n, MaksNilai+1)
	}
	if unsafe.Sizeof(Nilai{}) != 80 {
		t.Errorf("Nilai %d byte; dokumentasi MaksNilai menyebut 80", unsafe.Sizeof(Nilai{}))
	}
}

func TestBacaTeks(t *testing.T) {
	v, err := Baca([]byte(`["a\"b\\c\/\b\f\n\r\t\u00e9\ud83d\ude00", "é😀"]`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.Isi[0].Teks, "a\"b\\c/\b\f\n\r\té😀"; got != want {
		t.Errorf("teks %q; ingin %q", got, want)
	}
	if v.Isi[1].Teks != "é😀" {
		t.Errorf("teks %q", v.Isi[1].Teks)
	}
}

func TestPembacaBulat(t *testing.T) {
	for _, tc := range []struct {
		in    string
		ingin int
		pesan string
	}{
		{`2022`, 2022, ""},
		{`-3`, -3, ""},
		{`999999999999999`, 999999999999999, ""},
		{`1000000000000000`, 0, "terlalu besar"},
		{`9223372036854775807`, 0, "terlalu besar"},
		{`99999999999999999999`, 0, "terlalu besar"},
		{`"2022"`, 0, `harus berupa bilangan bulat, bukan teks "2022"`},
		{`2022.0`, 0, "bukan bilangan bulat"},
		{`2e3`, 0, "bukan bilangan bulat"},
		{`true`, 0, "bukan benar/salah"},
	} {
		v, err := Baca([]byte(`{"n": ` + tc.in + `}`))
		if err != nil {
			t.Fatal(err)
		}
		p := &Pembaca{}
		o := p.Objek(v, "")
		n := o.Bulat("n")
		o.Selesai()
		err = p.Err()
		switch {
		case tc.pesan == "" && (err != nil || n != tc.ingin):
			t.Errorf("%s: %d, %v; ingin %d", tc.in, n, err, tc.ingin)
		case tc.pesan != "" && (err == nil || !strings.Contains(err.Error(), tc.pesan)):
			t.Errorf("%s: galat %v; ingin %q", tc.in, err, tc.pesan)
		}
	}
}

func TestPembacaKolomAsing(t *testing.T) {
	v, _ := Baca([]byte("{\"a\": 1,\n\"b\": 2}"))
	p := &Pembaca{}
	o := p.Objek(v, "x")
	o.Bulat("a")
	o.Bulat("c")
	o.Selesai()
	g, _ := p.Err().(*Galat)
	if g == nil || g.Path != "x.b" || g.Baris != 2 || !strings.Contains(g.Error(), `kolom "b" tidak dikenal; yang dikenal di sini: a, c`) {
		t.Errorf("galat %v", p.Err())
	}
}

// TestPenulis: the writer's form is encoding/json's with SetIndent("",
// "  ") and no HTML escaping.
func TestPenulis(t *testing.T) {
	w := NewPenulis("  ")
	w.MulaiObjek()
	w.Kunci("a")
	w.Teks("x\"<>&\u2028\x01\xff")
	w.Kunci("b")
	w.MulaiDaftar()
	w.AkhirDaftar()
	w.Kunci("c")
	w.MulaiDaftar()
	w.Bulat(-12)
	w.MulaiObjek()
	w.AkhirObjek()
	w.MulaiObjek()
	w.Kunci("k")
	w.MulaiDaftar()
	w.Bulat(1)
	w.MulaiObjek()
	w.AkhirObjek()
	w.AkhirDaftar()
	w.Kunci("l")
	w.Teks("a,b:{")
	w.AkhirObjek()
	w.AkhirDaftar()
	w.AkhirObjek()
	want := `{
  "a": "x\"<>&\u2028\u0001\ufffd",
  "b": [],
  "c": [
    -12,
    {},
    {
      "k": [
        1,
        {}
      ],
      "l": "a,b:{"
    }
  ]
}`
	if diff := cmp.Diff(want, string(w.Bytes())); diff != "" {
		t.Errorf("(-ingin +hasil):\n%s", diff)
	}
}

func TestCari(t *testing.T) {
	v, _ := Baca([]byte(`{"a": {"b": [1, {"c": "x"}]}}`))
	for _, tc := range []struct {
		path  string
		tepat bool
		teks  string
	}{{"a.b[1].c", true, "x"}, {"a.b[0]", true, "1"}, {"a.b[2]", false, ""}, {"a.z", false, ""}, {"", true, ""}} {
		n, ok := v.Cari(tc.path)
		if ok != tc.tepat || n.Teks != tc.teks {
			t.Errorf("Cari(%q) = %q, %v", tc.path, n.Teks, ok)
		}
	}
}

// tulis writes a tree with the writer, for the round trip.
func tulis(w *Penulis, v *Nilai) {
	switch v.Jenis {
	case JenisObjek:
		w.MulaiObjek()
		for i := range v.Isi {
			w.Kunci(v.Isi[i].Nama)
			tulis(w, &v.Isi[i])
		}
		w.AkhirObjek()
	case JenisDaftar:
		w.MulaiDaftar()
		for i := range v.Isi {
			tulis(w, &v.Isi[i])
		}
		w.AkhirDaftar()
	case JenisTeks:
		w.Teks(v.Teks)
	case JenisBilangan:
		w.Bilangan(v.Teks)
	case JenisBoolean:
		w.Boolean(v.Teks == "true")
	default:
		w.Null()
	}
}

// FuzzBaca: no panic; an error is a *Galat on a line of the text; an
// accepted text written and read again gives the same tree, and writing
// that gives the same bytes.
func FuzzBaca(f *testing.F) {
	for _, s := range []string{`{"a": [1, "x", true, null, {"b": -0.5e-3}]}`, "\ufeff{}", `{"a": 1, "a": 2}`, "[[[[", `"\u00e9\ud83d\ude00"`, "{\"a\":\n\"\t\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Baca(data)
		if err != nil {
			g, ok := err.(*Galat)
			if !ok {
				t.Fatalf("galat %T", err)
			}
			if g.Baris < 1 || g.Baris > bytes.Count(data, []byte{'\n'})+1 {
				t.Fatalf("baris %d di luar teks", g.Baris)
			}
			return
		}
		// the tree writer builds the tree the text would give
		pw := NewPohon()
		tulis(pw, v)
		if diff := cmp.Diff(v, pw.Pohon(), abaikanLetak); diff != "" {
			t.Fatalf("pohon berbeda:\n%s", diff)
		}
		for _, indent := range []string{"", "  "} {
			w := NewPenulis(indent)
			tulis(w, v)
			v2, err := Baca(w.Bytes())
			if err != nil {
				t.Fatalf("tulisan tidak terbaca: %v\n%s", err, w.Bytes())
			}
			if diff := cmp.Diff(v, v2, abaikanLetak); diff != "" {
				t.Fatalf("berbeda setelah ditulis:\n%s", diff)
			}
			w2 := NewPenulis(indent)
			tulis(w2, v2)
			if !bytes.Equal(w.Bytes(), w2.Bytes()) {
				t.Fatalf("tulisan kedua berbeda:\n%s\n%s", w.Bytes(), w2.Bytes())
			}
		}
	})
}
