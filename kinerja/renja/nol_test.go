package renja_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	contoh "github.com/pemkab/sakip/internal/sampel/renja"

	"github.com/pemkab/sakip/internal/nol"
	. "github.com/pemkab/sakip/kinerja/renja"
)

// TestNilaiNol calls every exported function and method of the package
// with zero arguments: none may panic.
func TestNilaiNol(t *testing.T) {
	nol.Fungsi(t, ".", map[string]any{
		"Kepala": Kepala, "Periksa": Periksa, "Sel": Sel, "TulisHTML": TulisHTML, "TulisJSON": TulisJSON,
		"TulisMarkdown": TulisMarkdown, "TulisTSV": TulisTSV, "BacaLembar": BacaLembar, "BacaTSV": BacaTSV,
		"BacaXLSX": BacaXLSX, "Hitung": Hitung, "N": N,
	}, nil)
	nol.Metode(t, nil, BarisFormulir{}, &BarisFormulir{}, (*BarisFormulir)(nil), CellError{}, &CellError{}, (*CellError)(nil),
		Formulir{}, &Formulir{}, (*Formulir)(nil), Hasil{}, &Hasil{}, (*Hasil)(nil), HasilBaris{}, Nilai{}, &Nilai{},
		Opsi{}, Pasangan{}, TSVError{}, &TSVError{}, (*TSVError)(nil), Tingkat(0), Triwulan{})
}

// TestHasilFormulirLain: a computation of another form is made again for
// this form, with its own options, by the writers and Periksa.
func TestHasilFormulirLain(t *testing.T) {
	f, err := BacaXLSX(contoh.DeliSerdang2025)
	if err != nil {
		t.Fatal(err)
	}
	lain := &Formulir{Baris: make([]BarisFormulir, len(f.Baris))} // as many rows, another form
	o := Opsi{SerapanSemuaBaris: true}
	want := Periksa(f, Hitung(f, o))
	if got := Periksa(f, Hitung(lain, o)); !cmp.Equal(got, want) {
		t.Errorf("Periksa with another form's computation: %d findings, want %d (%s)", len(got), len(want), cmp.Diff(want, got))
	}
}
