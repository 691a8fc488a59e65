package txtar

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *Archive
	}{
		{"empty", "", &Archive{}},
		{"comment only", "hello\n", &Archive{Comment: []byte("hello\n")}},
		{"two files", "c\n-- a.json --\n{}\n-- b.md --\n# B\n\n", &Archive{
			Comment: []byte("c\n"),
			Files:   []File{{"a.json", []byte("{}\n")}, {"b.md", []byte("# B\n\n")}},
		}},
		{"not a marker", "-- a --x\n--  --\n", &Archive{Comment: []byte("-- a --x\n--  --\n")}},
		{"empty file", "-- a --\n-- b --\nx\n", &Archive{Files: []File{{"a", nil}, {"b", []byte("x\n")}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Parse([]byte(tt.in))
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Fatalf("Parse (-want +got):\n%s", d)
			}
			if again := Parse(Format(got)); !cmp.Equal(got, again) {
				t.Fatalf("Parse(Format) differs:\n%s", cmp.Diff(got, again))
			}
		})
	}
}

func TestSetFile(t *testing.T) {
	a := Parse([]byte("-- a --\n1\n"))
	a.Set("a", []byte("2\n"))
	a.Set("b", []byte("3"))
	if got := string(Format(a)); got != "-- a --\n2\n-- b --\n3\n" {
		t.Fatalf("Format = %q", got)
	}
	if d, ok := a.File("b"); !ok || string(d) != "3" {
		t.Fatalf("File(b) = %q, %v", d, ok)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("c\n-- a --\nx\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a := Parse(data)
		b := Parse(Format(a))
		if len(a.Files) != len(b.Files) {
			t.Fatalf("files %d then %d", len(a.Files), len(b.Files))
		}
	})
}
