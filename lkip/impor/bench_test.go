package impor

import (
	"bytes"
	"fmt"
	"testing"
)

// besar is a realisation sheet without codes of n sub kegiatan (ten per
// kegiatan, ten kegiatan per program), as the 8,000-row test documents.
func besar(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Uraian;Pagu;Realisasi;Fisik (%)\n")
	for i := 0; i < n; i++ {
		if i%100 == 0 {
			fmt.Fprintf(&b, "Program P%d;;;\n", i/100)
		}
		if i%10 == 0 {
			fmt.Fprintf(&b, "Kegiatan K%d;;;\n", i/10)
		}
		fmt.Fprintf(&b, "Sub Kegiatan S%d;%d.000.000;%d.500.000;90\n", i, i%97+1, i%89+1)
	}
	return b.Bytes()
}

// BenchmarkImpor8000 reads, maps, builds and previews 8,000 sub kegiatan
// against the document they were first imported into (every row matched).
func BenchmarkImpor8000(b *testing.B) {
	data := besar(8000)
	ls, err := Baca("besar.csv", data)
	if err != nil {
		b.Fatal(err)
	}
	h, err := Susun(ls[0], Usulkan(ls[0]), Opsi{Tahun: 2024})
	if err != nil {
		b.Fatal(err)
	}
	d, err := Terapkan(nil, h)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		ls, _ := Baca("besar.csv", data)
		h, _ := Susun(ls[0], Usulkan(ls[0]), Opsi{Tahun: 2024})
		p, err := Pratinjau(d, h)
		if err != nil || p.Sama != len(h.Anggaran.Rincian) {
			b.Fatalf("%v %d", err, p.Sama)
		}
	}
}

// TestBesar: a sheet of 22,200 rows (200 programs, the data file allows
// 255) is read, previewed and applied without quadratic work (it would
// take minutes).
func TestBesar(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	ls, err := Baca("besar.csv", besar(20000))
	if err != nil {
		t.Fatal(err)
	}
	h, err := Susun(ls[0], Usulkan(ls[0]), Opsi{Tahun: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if h.Ditolak() != 0 || len(h.Anggaran.Rincian) != 20000+2000+200 {
		t.Fatalf("%d refused, %d rows", h.Ditolak(), len(h.Anggaran.Rincian))
	}
	p, err := Pratinjau(nil, h)
	if err != nil || p.Ditambah != 22200 {
		t.Fatalf("%v %d", err, p.Ditambah)
	}
}
