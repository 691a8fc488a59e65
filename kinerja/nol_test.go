package kinerja_test

import (
	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/shopspring/decimal"
	"testing"

	"github.com/pemkab/sakip/internal/nol"
	. "github.com/pemkab/sakip/kinerja"
)

// TestNilaiNol calls every exported function and method of the package
// with zero arguments: none may panic.
func TestNilaiNol(t *testing.T) {
	nol.Fungsi(t, ".", map[string]any{
		"Baris": Baris, "Check": Check, "Compute": Compute, "ComputeCapaian": ComputeCapaian, "IKUPerSasaran": IKUPerSasaran,
		"BacaNaskah": BacaNaskah, "NewSkala": NewSkala, "NormalizeKode": NormalizeKode, "Parse": Parse, "ParseBerkas": ParseBerkas, "RealisasiRumus": RealisasiRumus,
		"RenderJSON": RenderJSON, "RenderMarkdown": RenderMarkdown, "RenderPerbandingan": RenderPerbandingan,
		"RenderTabelCapaian": RenderTabelCapaian, "SkalaBaik": SkalaBaik, "SkalaBernama": SkalaBernama, "SkalaPANRB88": SkalaPANRB88,
		"SkalaPK": SkalaPK, "SkalaPermendagri86": SkalaPermendagri86, "ParseTabel31": ParseTabel31, "SaringTabel31": SaringTabel31,
	}, diketahuiPanik)
	nol.Metode(t, diketahuiPanik,
		Agregat{}, Ambang{}, Angka{}, &Angka{}, (*Angka)(nil), BarisCapaian{}, BarisPK{}, Batas{}, Bulat{}, Butir{}, ButirRincian{},
		Capaian{}, DataTahun{}, &DataTahun{}, Dokumen{}, &Dokumen{}, (*Dokumen)(nil), Efisiensi{}, Hasil{}, &Hasil{}, (*Hasil)(nil),
		HasilIndikator{}, &HasilIndikator{}, (*HasilIndikator)(nil), Indikator{}, &Indikator{}, (*Indikator)(nil), Jenis(0), Kutipan{},
		KutipanAngka{}, Opsi{}, PerjanjianKinerja{}, Perubahan{}, Pita{}, Polaritas(0), Renstra{}, Rincian{}, Rumus{}, RumusNegatif(0),
		Sasaran{}, Simpul{}, Skala{}, &Skala{}, Skor{}, TargetNol(0), CapaianTercetak{}, OpsiTabel31{})
}

// diketahuiPanik are the calls that still panic on zero arguments, in
// files outside the reviu's: to be fixed by their owners; the test fails
// when one is fixed and not removed here.
var diketahuiPanik = map[string]string{
	"Baris":                               "render.go: nil Dokumen/Hasil",
	"IKUPerSasaran":                       "render.go: nil Dokumen/Hasil",
	"RenderJSON":                          "render.go: nil io.Writer/Dokumen/Hasil",
	"RenderMarkdown":                      "render.go: nil io.Writer/Dokumen/Hasil",
	"RenderPerbandingan":                  "render.go: nil io.Writer/Dokumen/Hasil",
	"RenderTabelCapaian":                  "render.go: nil io.Writer/Dokumen/Hasil",
	"(*kinerja.Dokumen)(nil).FindSasaran": "model.go: nil receiver",
	"(*kinerja.Dokumen)(nil).IndeksIndikator": "model.go: nil receiver",
	"(*kinerja.Dokumen)(nil).PohonRenstra":    "model.go: nil receiver",
	"(*kinerja.Indikator)(nil).DataPada":      "model.go: nil receiver",
}

// TestOpsiNol: the zero Opsi is the documented default, spelled out.
func TestOpsiNol(t *testing.T) {
	d, err := ParseBerkas(sampel.FlotimDinsos2022)
	if err != nil {
		t.Fatal(err)
	}
	d100 := decimal.NewFromInt
	bawaan := Opsi{
		Skala:        SkalaPermendagri86(),
		Bulat:        &Bulat{Desimal: 2, Aturan: anggaran.BulatSetengahNaik},
		RumusNegatif: DuaTMinusR,
		Efisiensi:    &Ambang{Atas: d100(5), Bawah: d100(-5)},
		Wajar:        &Ambang{Atas: d100(200), Bawah: d100(25)},
		TargetNol:    TargetNolTidakDihitung,
	}
	nol, eksplisit := Compute(d, 0, Opsi{}, nil), Compute(d, 0, bawaan, nil)
	if diff := cmp.Diff(eksplisit, nol); diff != "" {
		t.Errorf("Opsi{} bukan bawaan yang didokumentasikan (-bawaan +nol):\n%s", diff)
	}
}
