package md

import (
	"strings"
	"testing"
)

// FuzzSel: an escaped cell never holds a line break or a "|" that is not
// escaped (preceded by an odd run of backslashes), never starts or ends
// with white space, and keeps every non-space character of its text.
func FuzzSel(f *testing.F) {
	for _, s := range []string{"", "a|b", `a\|b`, `\\|`, "x\r\ny", "**tebal**", "[a](b)", " \t|\v\f\u0085\u00a0", "–"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Sel(s)
		if strings.ContainsAny(got, "\r\n") {
			t.Fatalf("Sel(%q) = %q holds a line break", s, got)
		}
		miring := 0 // the backslashes just before i
		for i := 0; i < len(got); i++ {
			switch got[i] {
			case '\\':
				miring++
				continue
			case '|':
				if miring%2 == 0 {
					t.Fatalf("Sel(%q) = %q: unescaped | at %d", s, got, i)
				}
			}
			miring = 0
		}
		if got != strings.TrimSpace(got) {
			t.Fatalf("Sel(%q) = %q has white space at an end", s, got)
		}
		// Read back as Markdown reads it: a backslash takes the next
		// character literally, and every character Teks escapes must
		// come so. The text read back is s with its white space folded:
		// nothing lost, nothing added.
		var dibaca strings.Builder
		for i := 0; i < len(got); i++ {
			c := got[i]
			if c == '\\' && i+1 < len(got) {
				i++
				dibaca.WriteByte(got[i])
				continue
			}
			if strings.IndexByte("\\*_~[]`<>&|", c) >= 0 {
				t.Fatalf("Sel(%q) = %q: %q at %d not escaped", s, got, c, i)
			}
			dibaca.WriteByte(c)
		}
		if ingin := strings.Join(strings.Fields(s), " "); dibaca.String() != ingin {
			t.Fatalf("Sel(%q) = %q reads back as %q, want %q", s, got, dibaca.String(), ingin)
		}
	})
}
