package kinerja

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/txtar"
)

// FuzzParseTabel31: no input makes the reader panic; every error is a
// *ParseError naming the file and a row; a table that is read can be
// computed and checked.
func FuzzParseTabel31(f *testing.F) {
	files, _ := filepath.Glob("testdata/tabel31/*.txtar")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if in, ok := txtar.Parse(b).File("input.csv"); ok {
			f.Add(in)
		}
	}
	f.Add([]byte("indikator,target,realisasi,tahun\n\"a\"\"b\",\"1,5\",2,2022\n"))
	f.Add([]byte("indikator;target;realisasi;tahun\n\"a;1;2;2022\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := ParseTabel31(bytes.NewReader(in), OpsiTabel31{Berkas: "f.csv"})
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Berkas != "f.csv" || pe.Baris < 1 {
				t.Fatalf("galat tanpa berkas dan baris: %#v", err)
			}
			if n := bytes.Count(in, []byte("\n")) + 1; pe.Baris > n {
				t.Fatalf("baris %d di luar berkas (%d baris): %v", pe.Baris, n, err)
			}
			return
		}
		h := Compute(d, 0, Opsi{}, nil)
		SaringTabel31(d, h.Temuan)
	})
}

// tabelBesar returns a Tabel 3.1 of n rows, half Indonesian, with a
// printed capaian.
func tabelBesar(n int) []byte {
	var b strings.Builder
	b.WriteString("No;Sasaran Strategis;Indikator Kinerja;Satuan;Polaritas;Target;Realisasi;Capaian (%);Tahun\n")
	for i := range n {
		s := ""
		if i%10 == 0 {
			s = fmt.Sprintf("Sasaran %d", i/10)
		}
		fmt.Fprintf(&b, "%d;%s;Persentase indikator %d;%%;positif;%d,5;%d,25;%s;2022\n", i+1, s, i, 60+i%40, 55+i%40, "-")
	}
	return []byte(b.String())
}

// TestTabelBesar: a 10,000-row table is read whole.
func TestTabelBesar(t *testing.T) {
	d, err := ParseTabel31(bytes.NewReader(tabelBesar(10000)), OpsiTabel31{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Indikator) != 10000 || len(d.Sasaran) != 1000 {
		t.Fatalf("%d indikator, %d sasaran", len(d.Indikator), len(d.Sasaran))
	}
}

func BenchmarkParseTabel31(b *testing.B) {
	data := tabelBesar(10000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseTabel31(bytes.NewReader(data), OpsiTabel31{}); err != nil {
			b.Fatal(err)
		}
	}
}
