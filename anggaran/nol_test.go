package anggaran_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	. "github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/nol"
)

// TestNilaiNol calls every exported function and method of the package
// with zero arguments: none may panic.
func TestNilaiNol(t *testing.T) {
	nol.Fungsi(t, ".", map[string]any{
		"Ada": Ada, "AdaRupiah": AdaRupiah, "RupiahDariDesimal": RupiahDariDesimal, "BacaAngkaNaskah": BacaAngkaNaskah, "BacaRupiahNaskah": BacaRupiahNaskah, "BacaNaskah": BacaNaskah, "BeriTingkat": BeriTingkat, "BulatBawaan": BulatBawaan, "CariAturan": CariAturan, "Compute": Compute,
		"ComputeBelanja": ComputeBelanja, "FormatAngka": FormatAngka, "FormatPersen": FormatPersen, "FormatRupiah": FormatRupiah,
		"FormatSatuan": FormatSatuan, "FormatRupiahNull": FormatRupiahNull, "FormatAngkaNull": FormatAngkaNull, "FormatPersenNull": FormatPersenNull,
		"FormatAngkaBerkas": FormatAngkaBerkas, "FormatIsian": FormatIsian, "ParseAngkaBerkas": ParseAngkaBerkas, "ParseIsian": ParseIsian,
		"MustKode": nol.Lewati("panik pada kode tidak sah, seperti regexp.MustCompile"), "MustKodeRekening": nol.Lewati("panik pada kode tidak sah"),
		"ParseAngka": ParseAngka, "ParseBilangan": ParseBilangan, "ParseCSV": ParseCSV, "ParseJSON": ParseJSON,
		"ParseKode": ParseKode, "ParseKodeRekening": ParseKodeRekening, "ParseKodeRincian": ParseKodeRincian, "ParseKodeSingkat": ParseKodeSingkat,
		"ParsePersen": ParsePersen, "ParseRupiah": ParseRupiah, "ParseRupiahSen": ParseRupiahSen, "RupiahSen": RupiahSen, "RupiahDesimal": RupiahDesimal, "PersentaseDesimal": PersentaseDesimal, "Persen": Persen, "ParseTingkat": ParseTingkat, "TingkatUraian": TingkatUraian,
		"RenderBelanjaMarkdown": RenderBelanjaMarkdown, "RenderJSON": RenderJSON,
		"RenderMarkdown": RenderMarkdown, "RenderTabelMarkdown": RenderTabelMarkdown,
		"LookupNomenklatur": LookupNomenklatur, "LookupNama": LookupNama, "CariNomenklatur": CariNomenklatur, "CariRekening": CariRekening,
		"TargetSerapanBaku": TargetSerapanBaku, "ParseTargetSerapan": ParseTargetSerapan, "ParseOpsiTriwulan": ParseOpsiTriwulan,
	}, diketahuiPanik)
	nol.Metode(t, diketahuiPanik,
		Anggaran{}, &Anggaran{}, (*Anggaran)(nil), AngkaError{}, &AngkaError{}, Aturan{}, Baris{}, Bulat{}, (*Bulat)(nil), Hitungan{}, Jenis(0), Jenjang(0),
		JumlahRekening{}, Kode{}, &Kode{}, KodeError{}, &KodeError{}, KodeRekening{}, &KodeRekening{},
		Lokasi{}, Nomenklatur{}, Opsi{}, OpsiCari{}, OpsiCSV{}, ParseError{}, &ParseError{}, Pembulatan(0), PerjanjianKinerja{}, &Pohon{}, (*Pohon)(nil),
		Rupiah{}, NullRupiah{}, Persentase{}, NullPersentase{}, Nilai{},
		&PohonRekening{}, (*PohonRekening)(nil), Rekening{}, Rincian{}, Temuan{}, Tingkat(0), new(Tingkat),
		OpsiTriwulan{}, &Triwulanan{}, BarisTriwulan{}, &Tabel{}, (*Tabel)(nil), KolomTabel{}, BarisTabel{})
}

// diketahuiPanik are the calls allowed to panic on zero arguments, with
// why: none is left (the methods of a zero or nil *Pohon were the last).
// The test fails when one listed here no longer panics.
var diketahuiPanik = map[string]string{}

// TestOpsiNol: the zero Opsi is the documented default, spelled out:
// percentages half up to 2 decimals.
func TestOpsiNol(t *testing.T) {
	a := &Anggaran{UrusanBidang: MustKode("1.06"), Rincian: []Rincian{
		{Kode: MustKode("1.06.01.2.01.01"), Uraian: "A", Pagu: AdaRupiah(RupiahSen(300)), Realisasi: AdaRupiah(RupiahSen(200))}}}
	var nol, eksplisit bytes.Buffer
	if err := RenderJSON(&nol, a.Compute(Opsi{})); err != nil {
		t.Fatal(err)
	}
	if err := RenderJSON(&eksplisit, a.Compute(Opsi{Bulat: &Bulat{Desimal: 2, Aturan: BulatSetengahNaik}})); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(eksplisit.String(), nol.String()); diff != "" || !strings.Contains(nol.String(), `"66.67"`) {
		t.Errorf("Opsi{} bukan bawaan yang didokumentasikan (-bawaan +nol):\n%s\n%s", diff, nol.String())
	}
}

// TestNilaiNolHasil: what the zero-value calls return is the documented
// result, an error or an empty value, and a failed renderer writes nothing.
func TestNilaiNolHasil(t *testing.T) {
	var buf bytes.Buffer
	for nama, f := range map[string]func() error{
		"RenderMarkdown(w, nil)":        func() error { return RenderMarkdown(&buf, nil) },
		"RenderMarkdown(nil, p)":        func() error { return RenderMarkdown(nil, (&Anggaran{}).Compute(Opsi{})) },
		"RenderJSON(w, nil)":            func() error { return RenderJSON(&buf, nil) },
		"RenderBelanjaMarkdown(w, nil)": func() error { return RenderBelanjaMarkdown(&buf, nil) },
		"RenderBelanjaMarkdown(nil, b)": func() error { return RenderBelanjaMarkdown(nil, ComputeBelanja(nil)) },
		"RenderTabelMarkdown(w, nil)":   func() error { return RenderTabelMarkdown(&buf, nil) },
		"RenderTabelMarkdown(nil, t)":   func() error { return RenderTabelMarkdown(nil, &Tabel{}) },
		"ParseCSV(nil, …)":              func() error { _, err := ParseCSV(nil, "x.csv", OpsiCSV{}); return err },
	} {
		if err := f(); err == nil {
			t.Errorf("%s: tidak ada galat", nama)
		}
	}
	if buf.Len() > 0 {
		t.Errorf("renderer yang gagal menulis %q", buf.String())
	}
	if _, err := ParseCSV(nil, "x.csv", OpsiCSV{}); err == nil || !strings.Contains(err.Error(), "x.csv") {
		t.Errorf("ParseCSV(nil): galat %v tidak menyebut berkasnya", err)
	}
	if p := (*Anggaran)(nil).Compute(Opsi{}); p == nil || p.Len() != 1 || p.Hitungan() != (Hitungan{}) {
		t.Errorf("(*Anggaran)(nil).Compute bukan pohon kosong")
	}
	if b, err := (*Pohon)(nil).MarshalJSON(); err != nil || string(b) != "null" {
		t.Errorf("MarshalJSON pohon nil = %s, %v; ingin null", b, err)
	}
	if _, ok := (*PohonRekening)(nil).Find(KodeRekening{}); ok {
		t.Error("(*PohonRekening)(nil).Find menemukan sesuatu")
	}
	if j := (*PohonRekening)(nil).Jumlah(); j != ComputeBelanja(nil).Jumlah() {
		t.Errorf("(*PohonRekening)(nil).Jumlah() = %+v, bukan jumlah tabel kosong", j)
	}
}
