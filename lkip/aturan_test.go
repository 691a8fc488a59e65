package lkip

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/aturantest"
	"github.com/shopspring/decimal"
)

// TestDaftarAturan checks that every finding code of the package is one
// rule of DaftarAturan and every rule is used, and that no two packages
// register one code.
func TestDaftarAturan(t *testing.T) {
	aturantest.Periksa(t, ".", "lkip", DaftarAturan)
	ada := map[string]bool{}
	for _, a := range SemuaAturan() {
		if ada[a.Kode] {
			t.Errorf("kode %s terdaftar dua kali", a.Kode)
		}
		ada[a.Kode] = true
	}
}

const (
	awalTabelAturan  = "<!-- tabel-aturan: dibuat oleh go test ./lkip -run TestTabelAturanREADME -update; jangan disunting -->"
	akhirTabelAturan = "<!-- /tabel-aturan -->"
)

// tabelAturan is the README's table of finding codes, from SemuaAturan.
func tabelAturan() string {
	var b strings.Builder
	b.WriteString("| Kode | Tingkat | Judul | Arti |\n|---|---|---|---|\n")
	for _, a := range SemuaAturan() {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", a.Kode, a.Tingkat, a.Judul, strings.ReplaceAll(a.Arti, "|", "\\|"))
	}
	return b.String()
}

// TestTabelAturanREADME checks that the README's table of finding codes
// is the one SemuaAturan gives; -update rewrites it.
func TestTabelAturanREADME(t *testing.T) {
	const berkas = "../README.md"
	readme, err := os.ReadFile(berkas)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(readme, []byte(awalTabelAturan))
	j := bytes.Index(readme, []byte(akhirTabelAturan))
	if i < 0 || j < i {
		t.Fatalf("%s: penanda %q … %q tidak ada", berkas, awalTabelAturan, akhirTabelAturan)
	}
	lama := string(readme[i+len(awalTabelAturan) : j])
	baru := "\n" + tabelAturan()
	if lama == baru {
		return
	}
	if !*update {
		t.Fatalf("tabel kode temuan di README.md tidak sama dengan DaftarAturan; jalankan go test ./lkip -run TestTabelAturanREADME -update")
	}
	out := append(append(append([]byte{}, readme[:i+len(awalTabelAturan)]...), baru...), readme[j:]...)
	if err := os.WriteFile(berkas, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFisikTakTeruji: the realisasi fisik quoted in the text cannot be
// checked; without any fisik in the table the finding says the data is
// missing, with some it says the mean cannot be computed (a sub kegiatan
// without fisik, a duplicated code), not that there is no data.
func TestFisikTakTeruji(t *testing.T) {
	for _, tc := range []struct {
		nama string
		ubah func(d *Dokumen)
		want string
	}{
		{"tanpa data fisik", func(d *Dokumen) {}, "data fisik per sub kegiatan tidak ada"},
		{"sebagian", func(d *Dokumen) {
			for i := range d.Anggaran.Rincian {
				if d.Anggaran.Rincian[i].Kode.Jenjang() == anggaran.JenjangSubKegiatan {
					d.Anggaran.Rincian[i].Fisik = decimal.NewNullDecimal(decimal.NewFromInt(100))
					break
				}
			}
		}, "1 baris tabel realisasi mempunyai data fisik, tetapi rata-ratanya tidak dapat dihitung"},
	} {
		d := Contoh()
		tc.ubah(d)
		l, err := Compute(d, DefaultOpsi())
		if err != nil {
			t.Fatal(err)
		}
		var pesan []string
		for _, x := range l.Temuan {
			if x.Kode == TemuanKutipanTakTeruji && x.Lokasi.Kolom == "persen_fisik" {
				pesan = append(pesan, x.Pesan)
			}
		}
		if len(pesan) != 1 || !strings.Contains(pesan[0], tc.want) {
			t.Errorf("%s: %q, ingin satu temuan berisi %q", tc.nama, pesan, tc.want)
		}
	}
}

// TestIndeksSetelah: an index in a data file's path, written as the file
// writes it; anything else is not one.
func TestIndeksSetelah(t *testing.T) {
	for _, tc := range []struct {
		path, awal string
		i          int
		sisa       string
		ok         bool
	}{
		{"kutipan.angka[3].nilai", "kutipan.angka[", 3, ".nilai", true},
		{"kutipan.angka[0]", "kutipan.angka[", 0, "", true},
		{"kinerja.indikator[12].tahun[1].target", "kinerja.indikator[", 12, ".tahun[1].target", true},
		{"kutipan.angka[03].nilai", "kutipan.angka[", 0, "", false},
		{"kutipan.angka[-1].nilai", "kutipan.angka[", 0, "", false},
		{"kutipan.angka[+1].nilai", "kutipan.angka[", 0, "", false},
		{"kutipan.angka[].nilai", "kutipan.angka[", 0, "", false},
		{"kutipan.angka[1", "kutipan.angka[", 0, "", false},
		{"kutipan.angka[9999999999].nilai", "kutipan.angka[", 0, "", false},
		{"narasi.x[1]", "kutipan.angka[", 0, "", false},
	} {
		i, sisa, ok := indeksSetelah(tc.path, tc.awal)
		if i != tc.i || sisa != tc.sisa || ok != tc.ok {
			t.Errorf("indeksSetelah(%q, %q) = (%d, %q, %v), ingin (%d, %q, %v)", tc.path, tc.awal, i, sisa, ok, tc.i, tc.sisa, tc.ok)
		}
	}
}
