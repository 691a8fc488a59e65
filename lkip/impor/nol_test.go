package impor_test

import (
	"testing"

	"github.com/pemkab/sakip/internal/nol"
	. "github.com/pemkab/sakip/lkip/impor"
)

// TestNilaiNol calls every exported function and method of the package
// with zero arguments: none may panic.
func TestNilaiNol(t *testing.T) {
	nol.Fungsi(t, ".", map[string]any{
		"HurufKolom": HurufKolom, "Terapkan": Terapkan, "Susun": Susun, "DaftarKolom": DaftarKolom,
		"Baca": Baca, "Pratinjau": Pratinjau, "Usulkan": Usulkan,
	}, nil)
	nol.Metode(t, nil, BarisLembar{}, &BarisLembar{}, BarisImpor{}, Beda{}, Hasil{}, &Hasil{}, (*Hasil)(nil), Identitas{},
		Jenis(0), JenisPerubahan(0), Kolom(""), Lembar{}, &Lembar{}, (*Lembar)(nil), Opsi{}, Perubahan{},
		Pratinjauan{}, &Pratinjauan{}, (*Pratinjauan)(nil), Sel{}, Usulan{}, &Usulan{})
}
