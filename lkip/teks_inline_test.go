package lkip

import (
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// teksInlineLama is teksInline as it was before it became linear (with
// the old gabungPotongan): the reference its output must keep.
func teksInlineLama(s string) []potongan {
	var out []potongan
	for s != "" {
		i := strings.IndexByte(s, '*')
		if i < 0 {
			out = append(out, potongan{Teks: s})
			break
		}
		strong := strings.HasPrefix(s[i:], "**")
		tanda := "*"
		if strong {
			tanda = "**"
		}
		j := strings.Index(s[i+len(tanda):], tanda)
		if j <= 0 || (!strong && strings.HasPrefix(s[i+1:], " ")) {
			out = append(out, potongan{Teks: s[:i+len(tanda)]})
			s = s[i+len(tanda):]
			continue
		}
		if i > 0 {
			out = append(out, potongan{Teks: s[:i]})
		}
		dalam := s[i+len(tanda) : i+len(tanda)+j]
		out = append(out, potongan{Teks: dalam, Em: !strong, Strong: strong})
		s = s[i+len(tanda)+j+len(tanda):]
	}
	return gabungPotonganLama(out)
}

// gabungPotonganLama is gabungPotongan as it was: each plain run joined
// to the one before it with +=, quadratic in the number of runs.
func gabungPotonganLama(ps []potongan) []potongan {
	var out []potongan
	for _, p := range ps {
		if n := len(out); n > 0 && !p.Em && !p.Strong && !out[n-1].Em && !out[n-1].Strong {
			out[n-1].Teks += p.Teks
			continue
		}
		out = append(out, p)
	}
	return out
}

var contohInline = []string{
	"", "a", "*a*", "**a**", "***a***", "****", "* a*", "a * b * c", "2*3*4", "**a *b* c**",
	"x **y", "x *y", "*", "**", "***", "a*", "*a", "**a*b**c*", "* * *", "kegiatan *penting* dan **utama** serta 5 * 3",
}

func TestTeksInlineSama(t *testing.T) {
	for _, s := range contohInline {
		if diff := cmp.Diff(teksInlineLama(s), teksInline(s), cmp.AllowUnexported(potongan{})); diff != "" {
			t.Errorf("teksInline(%q) differs from before (-lama +baru):\n%s", s, diff)
		}
	}
}

func FuzzTeksInline(f *testing.F) {
	for _, s := range contohInline {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(teksInlineLama(s), teksInline(s)); diff != "" {
			t.Fatalf("teksInline(%q) differs from before (-lama +baru):\n%s", s, diff)
		}
	})
}

// TestTeksInlineLinear: splitting a 375 KB paragraph of the shapes that
// were quadratic allocates a small multiple of its size (before: 75 GB for
// "****" repeated).
func TestTeksInlineLinear(t *testing.T) {
	for nama, p := range paragrafPanjang() {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		ps := teksInline(p)
		runtime.ReadMemStats(&m1)
		if got := m1.TotalAlloc - m0.TotalAlloc; got > 8*uint64(len(p))+1<<20 {
			t.Errorf("%s: teksInline of %d bytes allocated %d bytes into %d runs", nama, len(p), got, len(ps))
		}
	}
}

// BenchmarkTeksInline splits each 375 KB paragraph with the old splitter
// (lama, quadratic: run it with -benchtime 1x) and the new one (baru),
// side by side.
func BenchmarkTeksInline(b *testing.B) {
	for nama, p := range paragrafPanjang() {
		for _, c := range []struct {
			versi string
			f     func(string) []potongan
		}{{"lama", teksInlineLama}, {"baru", teksInline}} {
			b.Run(c.versi+"/"+nama, func(b *testing.B) {
				b.SetBytes(int64(len(p)))
				b.ReportAllocs()
				for b.Loop() {
					c.f(p)
				}
			})
		}
	}
}
