package anggaran_test

import (
	"fmt"
	"testing"

	"github.com/pemkab/sakip/anggaran"
)

func TestLetakJSON(t *testing.T) {
	data := []byte("{\n  \"a\": [\n    {\"b\": 1},\n    {\"b\": \"x\", \"c\": [true, null]}\n  ],\n  \"d\": {}\n}\n")
	l := anggaran.NewLetakJSON(data)
	for _, c := range []struct {
		path  string
		baris int
		tepat bool
	}{
		{"", 1, true},
		{"a", 2, true},
		{"a[0]", 3, true},
		{"a[0].b", 3, true},
		{"a[1].c[1]", 4, true},
		{"d", 6, true},
		{"a[1].zzz", 4, false}, // nearest ancestor a[1]
		{"a[7].b", 2, false},   // nearest ancestor a
		{"zzz", 1, false},      // the root
	} {
		off, tepat := l.Awal(c.path)
		if got := l.Baris(off); got != c.baris || tepat != c.tepat {
			t.Errorf("Awal(%q): line %d exact %v; want line %d exact %v", c.path, got, tepat, c.baris, c.tepat)
		}
	}
	for _, c := range []struct {
		sub  string
		path string
	}{
		{`"x"`, "a[1].b"},
		{`null`, "a[1].c[1]"},
		{`{}`, "d"},
	} {
		off := int64(indexOf(data, c.sub))
		if got := l.PathPada(off); got != c.path {
			t.Errorf("PathPada(offset of %s) = %q; want %q", c.sub, got, c.path)
		}
	}
	if a, b, ok := l.Rentang("a[0]"); !ok || string(data[a:b]) != `{"b": 1}` {
		t.Errorf("Rentang(a[0]) = %d, %d, %v", a, b, ok)
	}
	if _, _, ok := l.Rentang("a[9]"); ok {
		t.Errorf("Rentang(a[9]) found a value that does not exist")
	}
	if off, tepat := anggaran.NewLetakJSON([]byte("not json")).Awal("a"); off != -1 || tepat {
		t.Errorf("Awal on invalid JSON = %d, %v; want -1, false", off, tepat)
	}
}

func indexOf(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		if string(b[i:i+len(s)]) == s {
			return i
		}
	}
	return -1
}

func TestGabungIndukPath(t *testing.T) {
	for _, c := range []struct{ prefix, p, want, induk string }{
		{"anggaran", "rincian[3].pagu", "anggaran.rincian[3].pagu", "anggaran.rincian[3]"},
		{"rincian", "[3]", "rincian[3]", "rincian"},
		{"", "a", "a", ""},
		{"a", "", "a", ""},
	} {
		got := anggaran.JoinPath(c.prefix, c.p)
		if got != c.want {
			t.Errorf("JoinPath(%q, %q) = %q; want %q", c.prefix, c.p, got, c.want)
		}
		if i := anggaran.IndukPath(got); i != c.induk {
			t.Errorf("IndukPath(%q) = %q; want %q", got, i, c.induk)
		}
	}
}

// FuzzNewLetakJSON: any text maps without panic, every value found by its
// path starts inside the text, and PathPada of that start gives the path
// back (or one of its descendants' ancestors: the same path).
func FuzzNewLetakJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,{"b":"x"}]}`, `[`, `{"a":`, `"x"`, `{"a.b":1}`, ``} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := anggaran.NewLetakJSON([]byte(s))
		for _, p := range []string{"", "a", "a[1].b", "a[0]"} {
			off, tepat := l.Awal(p)
			if tepat && (off < 0 || off > int64(len(s))) {
				t.Fatalf("Awal(%q) = %d outside a text of %d bytes", p, off, len(s))
			}
			_ = l.Baris(off)
			_ = l.PathPada(off)
		}
	})
}

func ExampleNewLetakJSON() {
	data := []byte("{\n  \"rincian\": [\n    {\"kode\": \"1 2 1 6\", \"pagu\": \"12,34,5\"}\n  ]\n}")
	l := anggaran.NewLetakJSON(data)
	fmt.Println(l.BarisPath("rincian[0].pagu"))
	// Output: 3
}
