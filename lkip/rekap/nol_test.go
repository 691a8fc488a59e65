package rekap_test

import (
	"testing"

	"github.com/pemkab/sakip/internal/nol"
	. "github.com/pemkab/sakip/lkip/rekap"
)

// TestNilaiNol calls every exported function and method of the package
// with zero arguments: none may panic.
func TestNilaiNol(t *testing.T) {
	nol.Fungsi(t, ".", map[string]any{
		"New": New, "RenderHTML": RenderHTML, "RenderJSON": RenderJSON, "RenderMarkdown": RenderMarkdown, "RenderXLSX": RenderXLSX,
	}, nil)
	nol.Metode(t, nil, Opsi{}, Tercetak{}, BarisDinas{}, JumlahPredikat{}, Alasan{}, Jumlah{}, Rekap{}, &Rekap{}, (*Rekap)(nil),
		Penyusun{}, &Penyusun{}, (*Penyusun)(nil), Saringan{}, Kolom(""))
}
