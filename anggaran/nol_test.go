package anggaran_test

import (
	"bytes"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"strings"
	"testing"

	. "github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/nol"
)

// TestNilaiNol calls every exported function and method of the package
// with zero arguments: none may panic.
func TestNilaiNol(t *testing.T) {
	nol.Fungsi(t, ".", map[string]any{
		"Ada": Ada, "BacaAngkaNaskah": BacaAngkaNaskah, "BacaNaskah": BacaNaskah, "BeriTingkat": BeriTingkat, "CariAturan": CariAturan, "Compute": Compute,
		"ComputeBelanja": ComputeBelanja, "FormatAngka": FormatAngka, "FormatPersen": FormatPersen, "FormatRupiah": FormatRupiah,
		"FormatSatuan":      FormatSatuan,
		"FormatAngkaBerkas": FormatAngkaBerkas, "FormatIsian": FormatIsian, "ParseAngkaBerkas": ParseAngkaBerkas, "ParseIsian": ParseIsian,
		"MustKode": nol.Lewati("panik pada kode tidak sah, seperti regexp.MustCompile"), "MustKodeRekening": nol.Lewati("panik pada kode tidak sah"),
		"ParseAngka": ParseAngka, "ParseBilangan": ParseBilangan, "ParseCSV": ParseCSV, "ParseJSON": ParseJSON,
		"ParseKode": ParseKode, "ParseKodeRekening": ParseKodeRekening, "ParseKodeRincian": ParseKodeRincian, "ParseKodeSingkat": ParseKodeSingkat,
		"ParsePersen": ParsePersen, "ParseRupiah": ParseRupiah, "Persen": Persen, "ParseTingkat": ParseTingkat, "TingkatUraian": TingkatUraian,
		"RenderBelanjaMarkdown": RenderBelanjaMarkdown, "RenderJSON": RenderJSON,
		"RenderMarkdown":    RenderMarkdown,
		"LookupNomenklatur": LookupNomenklatur, "LookupNama": LookupNama, "CariNomenklatur": CariNomenklatur, "CariRekening": CariRekening,
	}, diketahuiPanik)
	nol.Metode(t, diketahuiPanik,
		Anggaran{}, &Anggaran{}, (*Anggaran)(nil), AngkaError{}, &AngkaError{}, Aturan{}, Baris{}, Hitungan{}, Jenis(0), Jenjang(0),
		JumlahRekening{}, Kode{}, &Kode{}, KodeError{}, &KodeError{}, KodeRekening{}, &KodeRekening{},
		Lokasi{}, Nomenklatur{}, Opsi{}, OpsiCari{}, OpsiCSV{}, ParseError{}, &ParseError{}, Pembulatan(0), PerjanjianKinerja{}, &Pohon{}, (*Pohon)(nil),
		&PohonRekening{}, (*PohonRekening)(nil), Rekening{}, Rincian{}, Temuan{}, Tingkat(0), new(Tingkat))
}

// diketahuiPanik are the calls that still panic on zero arguments, in
// files outside the reviu's (pohon.go, csv.go, render.go): to be fixed by their owners; the test fails when one is
// fixed and not removed here.
var diketahuiPanik = map[string]string{
	"ParseCSV":                              "runtime error: invalid memory address or nil pointer dereference",
	"RenderBelanjaMarkdown":                 "runtime error: invalid memory address or nil pointer dereference",
	"RenderJSON":                            "runtime error: invalid memory address or nil pointer dereference",
	"RenderMarkdown":                        "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Anggaran)(nil).Compute":     "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon).Anak":                "runtime error: index out of range [0] with length 0",
	"(*anggaran.Pohon).Baris":               "runtime error: index out of range [0] with length 0",
	"(*anggaran.Pohon).Induk":               "runtime error: index out of range [0] with length 0",
	"(*anggaran.Pohon).Jumlah":              "runtime error: index out of range [0] with length 0",
	"(*anggaran.Pohon).MarshalJSON":         "runtime error: index out of range [0] with length 0",
	"(*anggaran.Pohon)(nil).Anak":           "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).Baris":          "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).Find":           "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).Hitungan":       "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).Induk":          "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).Jumlah":         "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).Len":            "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).MarshalJSON":    "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).Opsi":           "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).PaguRealisasi":  "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).Rincian":        "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.Pohon)(nil).UrusanBidang":   "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.PohonRekening)(nil).Find":   "runtime error: invalid memory address or nil pointer dereference",
	"(*anggaran.PohonRekening)(nil).Jumlah": "runtime error: invalid memory address or nil pointer dereference",
}

// TestOpsiNol: the zero Opsi is the documented default, spelled out:
// percentages half up to 2 decimals.
func TestOpsiNol(t *testing.T) {
	a := &Anggaran{UrusanBidang: MustKode("1.06"), Rincian: []Rincian{
		{Kode: MustKode("1.06.01.2.01.01"), Uraian: "A", Pagu: decimal.NewNullDecimal(decimal.NewFromInt(3)), Realisasi: decimal.NewNullDecimal(decimal.NewFromInt(2))}}}
	var nol, eksplisit bytes.Buffer
	if err := RenderJSON(&nol, a.Compute(Opsi{})); err != nil {
		t.Fatal(err)
	}
	if err := RenderJSON(&eksplisit, a.Compute(Opsi{Pembulatan: BulatSetengahNaik, Desimal: 2})); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(eksplisit.String(), nol.String()); diff != "" || !strings.Contains(nol.String(), `"66.67"`) {
		t.Errorf("Opsi{} bukan bawaan yang didokumentasikan (-bawaan +nol):\n%s\n%s", diff, nol.String())
	}
}
