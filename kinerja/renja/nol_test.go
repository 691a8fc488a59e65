package renja_test

import (
	"testing"

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
