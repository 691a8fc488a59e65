package lkip_test

import (
	"bytes"
	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"testing"

	"github.com/pemkab/sakip/internal/nol"
	. "github.com/pemkab/sakip/lkip"
)

// TestNilaiNol calls every exported function and method of the package
// with zero arguments: none may panic.
func TestNilaiNol(t *testing.T) {
	nol.Fungsi(t, ".", map[string]any{
		"AngkaDari": AngkaDari, "Baru": Baru, "RenderKelengkapanMarkdown": RenderKelengkapanMarkdown, "BarisTemuan": BarisTemuan, "Compute": Compute, "Contoh": Contoh, "DefaultOpsi": DefaultOpsi, "DaftarPenanda": DaftarPenanda, "RenderDOCX": RenderDOCX, "RenderXLSX": RenderXLSX,
		"Parse": Parse, "ParseFile": ParseFile, "RenderHTML": RenderHTML, "RenderJSON": RenderJSON, "RenderMarkdown": RenderMarkdown,
		"SemuaAturan": SemuaAturan,
		"CariMedan":   CariMedan, "DaftarBidang": DaftarBidang, "DaftarMedan": DaftarMedan, "Pola": Pola,
	}, diketahuiPanik)
	nol.Metode(t, diketahuiPanik,
		Angka{}, &Angka{}, (*Angka)(nil), Aset{}, AsetHitung{}, Bagian{}, BarisSilang{}, Batang{}, DasarHukum{}, Dokumen{}, &Dokumen{},
		(*Dokumen)(nil), Grafik{}, Identitas{}, Jumlah{}, &Jumlah{}, JumlahKeadaan{}, JumlahSilang{}, Kutipan{}, KutipanAnggaran{},
		Laporan{}, &Laporan{}, (*Laporan)(nil), Narasi{}, NarasiIKU{}, NarasiSasaran{}, Opsi{}, Pegawai{}, Pejabat{}, Peksos{}, &Peksos{},
		Penyetaraan{}, Profil{}, ProfilHitung{}, Ringkasan{}, Silang{}, SilangHitung{}, TabelAset{}, TandaTangan{}, Tanggapan{},
		Teks(nil), TemuanDitanggapi{}, Unit{}, Kelengkapan{}, BagianKelengkapan{}, ButirKelengkapan{})
}

// diketahuiPanik are the calls that still panic on zero arguments, in
// files outside the reviu's: to be fixed by their owners; the test fails
// when one is fixed and not removed here.
var diketahuiPanik = map[string]string{
	"(*lkip.Angka)(nil).UnmarshalJSON":     "angka.go: nil receiver",
	"(*lkip.Laporan)(nil).GrafikCapaian":   "grafik: nil receiver",
	"(*lkip.Laporan)(nil).GrafikRealisasi": "grafik: nil receiver",
}

// TestOpsiNol: the zero Opsi is DefaultOpsi and the documented default,
// spelled out (budget percentages half up to 2 decimals, capaian the same,
// Permendagri 86/2017 scale).
func TestOpsiNol(t *testing.T) {
	bawaan := Opsi{
		Anggaran: anggaran.Opsi{Pembulatan: anggaran.BulatSetengahNaik, Desimal: 2},
		Kinerja: kinerja.Opsi{Skala: kinerja.SkalaPermendagri86(), Bulat: &kinerja.Bulat{Desimal: 2, Aturan: anggaran.BulatSetengahNaik},
			RumusNegatif: kinerja.DuaTMinusR},
	}
	if !cmp.Equal(DefaultOpsi(), Opsi{}) {
		t.Errorf("DefaultOpsi() = %+v, bukan Opsi{}", DefaultOpsi())
	}
	var md [2]bytes.Buffer
	for i, o := range []Opsi{{}, bawaan} {
		l, err := Compute(Contoh(), o)
		if err != nil {
			t.Fatal(err)
		}
		if err := RenderMarkdown(&md[i], l); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(md[1].String(), md[0].String()); diff != "" {
		t.Errorf("laporan dengan Opsi{} berbeda dari bawaan yang didokumentasikan (-bawaan +nol):\n%s", diff)
	}
}
