package kinerja_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/nol"
	"github.com/pemkab/sakip/internal/sampel"
	. "github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// TestNilaiNol calls every exported function and method of the package
// with zero arguments: none may panic (no call is known to).
func TestNilaiNol(t *testing.T) {
	nol.Fungsi(t, ".", map[string]any{
		"DaftarCapaian": DaftarCapaian, "Check": Check, "Compute": Compute, "ComputeCapaian": ComputeCapaian, "IKUPerSasaran": IKUPerSasaran,
		"BacaNaskah": BacaNaskah, "NewSkala": NewSkala, "NormalizeKode": NormalizeKode, "Parse": Parse, "ParseBerkas": ParseBerkas, "ParseSkala": ParseSkala, "SatuanTerjumlah": SatuanTerjumlah, "RealisasiRumus": RealisasiRumus,
		"RenderJSON": RenderJSON, "RenderMarkdown": RenderMarkdown, "RenderPerbandingan": RenderPerbandingan,
		"RenderTabelCapaian": RenderTabelCapaian, "SkalaBaik": SkalaBaik, "SkalaBernama": SkalaBernama, "SkalaPANRB88": SkalaPANRB88,
		"SkalaPK": SkalaPK, "SkalaPermendagri86": SkalaPermendagri86, "ParseTabel31": ParseTabel31, "SaringTabel31": SaringTabel31,
	}, nil)
	nol.Metode(t, nil,
		Agregat{}, Ambang{}, Angka{}, &Angka{}, (*Angka)(nil), BarisCapaian{}, BarisPK{}, Batas{}, anggaran.Bulat{}, Butir{}, ButirRincian{},
		Capaian{}, DataTahun{}, &DataTahun{}, Dokumen{}, &Dokumen{}, (*Dokumen)(nil), Efisiensi{}, Hasil{}, &Hasil{}, (*Hasil)(nil),
		HasilIndikator{}, &HasilIndikator{}, (*HasilIndikator)(nil), Indikator{}, &Indikator{}, (*Indikator)(nil), Jenis(0), Kutipan{},
		KutipanAngka{}, Opsi{}, PerjanjianKinerja{}, Perubahan{}, Pita{}, Polaritas(0), Renstra{}, Rincian{}, Rumus{}, RumusNegatif(0),
		Sasaran{}, Simpul{}, Skala{}, &Skala{}, Skor{}, TargetNol(0), CapaianTercetak{}, OpsiTabel31{}, Triwulan{}, (*DataTahun)(nil))
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
		Bulat:        &anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatSetengahNaik},
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

// TestNilaiNolHasil: what the zero-value calls return is the documented
// result, an error or an empty value, and a failed renderer writes nothing.
func TestNilaiNolHasil(t *testing.T) {
	var buf bytes.Buffer
	d, h := &Dokumen{}, Compute(&Dokumen{}, 2022, Opsi{}, nil)
	for nama, f := range map[string]func() error{
		"RenderMarkdown(w, nil, h)":     func() error { return RenderMarkdown(&buf, nil, h) },
		"RenderMarkdown(w, d, nil)":     func() error { return RenderMarkdown(&buf, d, nil) },
		"RenderMarkdown(nil, d, h)":     func() error { return RenderMarkdown(nil, d, h) },
		"RenderTabelCapaian(w, nil, h)": func() error { return RenderTabelCapaian(&buf, nil, h) },
		"RenderPerbandingan(w, d, nil)": func() error { return RenderPerbandingan(&buf, d, nil) },
		"RenderJSON(w, nil, nil)":       func() error { return RenderJSON(&buf, nil, nil) },
	} {
		if err := f(); err == nil {
			t.Errorf("%s: tidak ada galat", nama)
		}
	}
	if buf.Len() > 0 {
		t.Errorf("renderer yang gagal menulis %q", buf.String())
	}
	if err := RenderMarkdown(&buf, d, h); err != nil || buf.Len() == 0 {
		t.Errorf("RenderMarkdown dokumen kosong: %v, %d bita", err, buf.Len())
	}
	if b := DaftarCapaian(nil, h); b != nil {
		t.Errorf("DaftarCapaian(nil, h) = %v", b)
	}
	if ss, gs := IKUPerSasaran(d, nil); ss != nil || gs != nil {
		t.Errorf("IKUPerSasaran(d, nil) = %v, %v", ss, gs)
	}
	var nd *Dokumen
	if nd.IndeksIndikator("x") != -1 || nd.FindSasaran("x") != nil || nd.PohonRenstra() != nil || (*Indikator)(nil).DataPada(2022) != nil {
		t.Error("metode dokumen/indikator nil tidak memberi hasil kosong")
	}
}
