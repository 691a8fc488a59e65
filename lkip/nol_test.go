package lkip_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/nol"
	"github.com/pemkab/sakip/kinerja"
	. "github.com/pemkab/sakip/lkip"
)

// TestNilaiNol calls every exported function and method of the package
// with zero arguments: none may panic (no call is known to).
func TestNilaiNol(t *testing.T) {
	nol.Fungsi(t, ".", map[string]any{
		"AngkaDari": AngkaDari, "Baru": Baru, "RenderKelengkapanMarkdown": RenderKelengkapanMarkdown, "BarisTemuan": BarisTemuan, "BagianTemuan": BagianTemuan, "Compute": Compute, "ComputeAngka": ComputeAngka, "ComputeReviu": ComputeReviu, "ComputeAnggaran": ComputeAnggaran, "ComputeKinerja": ComputeKinerja, "Contoh": Contoh, "DefaultOpsi": DefaultOpsi, "DaftarPenanda": DaftarPenanda, "RenderDOCX": RenderDOCX, "RenderXLSX": RenderXLSX,
		"Parse": Parse, "ParseFile": ParseFile, "RenderHTML": RenderHTML, "RenderJSON": RenderJSON, "RenderMarkdown": RenderMarkdown,
		"SemuaAturan": SemuaAturan,
		"CariMedan":   CariMedan, "DaftarBidang": DaftarBidang, "DaftarMedan": DaftarMedan, "Pola": Pola,
	}, nil)
	nol.Metode(t, nil,
		Angka{}, &Angka{}, (*Angka)(nil), Aset{}, AsetHitung{}, Bagian{}, BarisSilang{}, Batang{}, DasarHukum{}, Dokumen{}, &Dokumen{},
		(*Dokumen)(nil), Grafik{}, Identitas{}, JumlahKeadaan{}, JumlahSilang{}, Kutipan{}, AngkaKutipan{}, &AngkaKutipan{},
		Laporan{}, &Laporan{}, (*Laporan)(nil), Narasi{}, NarasiIKU{}, NarasiSasaran{}, Opsi{}, Pejabat{}, KelompokPegawai{}, &KelompokPegawai{}, (*KelompokPegawai)(nil),
		RincianPegawai{}, (*RincianPegawai)(nil), ButirPegawai{}, (*ButirPegawai)(nil), KelompokHitung{}, Profil{}, ProfilHitung{}, Ringkasan{}, Silang{}, SilangHitung{}, TabelAset{}, TandaTangan{}, Tanggapan{},
		Teks(nil), TemuanDitanggapi{}, Unit{}, Kelengkapan{}, BagianKelengkapan{}, ButirKelengkapan{})
}

// TestOpsiNol: the zero Opsi is DefaultOpsi and the documented default,
// spelled out (budget percentages half up to 2 decimals, capaian the same,
// Permendagri 86/2017 scale).
func TestOpsiNol(t *testing.T) {
	bawaan := Opsi{
		Anggaran: anggaran.Opsi{Bulat: &anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatSetengahNaik}},
		Kinerja: kinerja.Opsi{Skala: kinerja.SkalaPermendagri86(), Bulat: &anggaran.Bulat{Desimal: 2, Aturan: anggaran.BulatSetengahNaik},
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

// TestNilaiNolHasil: what the zero-value calls return is the documented
// result, an error or an empty value.
func TestNilaiNolHasil(t *testing.T) {
	var l *Laporan
	if l.GrafikCapaian() != nil || l.GrafikRealisasi() != nil {
		t.Error("grafik laporan nil bukan nil")
	}
	if _, err := Compute(nil, Opsi{}); err == nil {
		t.Error("Compute(nil): tidak ada galat")
	}
	var buf bytes.Buffer
	for nama, f := range map[string]func(io.Writer, *Laporan) error{"RenderMarkdown": RenderMarkdown, "RenderHTML": RenderHTML, "RenderJSON": RenderJSON} {
		if err := f(&buf, nil); err == nil || buf.Len() > 0 {
			t.Errorf("%s(w, nil) = %v, menulis %d bita", nama, err, buf.Len())
		}
	}
}
