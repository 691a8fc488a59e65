package kinerja

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/internal/txtar"
	"github.com/shopspring/decimal"
)

// The safety net of the checks: the findings of Compute, every field of
// every one in order, on many documents, kept in testdata/periksa/*.txtar
// (go test ./kinerja -run TestPeriksaJaring -update rewrites them). A
// change to how the checks are made (not to what they find) must leave
// them as they are; a change of what they find shows in git diff.
//
// The documents: every JSON literal of the package's tests that parses as
// a kinerja section (named by the hash of its text, so that editing one
// test does not rename the others), the sample and its corrected copy,
// the Deli Serdang file, the 40 dinas of the rekap's kabupaten, a
// document of 100 indicators over 5 years (dokumenBesar) and the same
// with a mistake of every kind planted (dokumenCampur), each under the
// default options and under opsiLain; and, as a digest only (count per
// code and a hash of every finding), dokumenBesar(2000, 5) and (10000, 5).

// opsiLain changes every option the checks read.
func opsiLain() Opsi {
	bawah, atas := decimal.Zero, decimal.NewFromInt(120)
	return Opsi{
		Bulat:          &anggaran.Bulat{Desimal: 1, Aturan: anggaran.BulatSetengahNaik},
		Batas:          &Batas{Bawah: &bawah, Atas: &atas},
		RumusNegatif:   TBagiR,
		Wajar:          &Ambang{Atas: decimal.NewFromInt(150), Bawah: decimal.NewFromInt(50)},
		SemuaIndikator: true,
		TargetNol:      TargetNolNegatifTercapai,
	}
}

// sumberSebagian knows every budget code but those ending in 7.
type sumberSebagian struct{}

func (sumberSebagian) PaguRealisasi(k string) (decimal.Decimal, decimal.Decimal, bool) {
	if strings.HasSuffix(k, "7") {
		return decimal.Zero, decimal.Zero, false
	}
	return decimal.NewFromInt(1_000_000), decimal.NewFromInt(950_000), true
}

// barisTemuan writes each finding as one JSON line.
func barisTemuan(t testing.TB, ts []Temuan) []byte {
	t.Helper()
	var b []byte
	for _, x := range ts {
		j, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		b = append(append(b, j...), '\n')
	}
	return b
}

// ringkasTemuan is the digest of many findings: how many of each code,
// and the SHA-256 of their JSON lines.
func ringkasTemuan(t testing.TB, ts []Temuan) []byte {
	t.Helper()
	n := map[string]int{}
	for _, x := range ts {
		n[x.Kode]++
	}
	kode := make([]string, 0, len(n))
	for k := range n {
		kode = append(kode, k)
	}
	slices.Sort(kode)
	var b strings.Builder
	fmt.Fprintf(&b, "%d temuan\n", len(ts))
	for _, k := range kode {
		fmt.Fprintf(&b, "%s %d\n", k, n[k])
	}
	fmt.Fprintf(&b, "sha256 %x\n", sha256.Sum256(barisTemuan(t, ts)))
	return []byte(b.String())
}

// dokumenUji returns every string literal of the package's test files
// that parses as a kinerja section, by the hash of its text.
func dokumenUji(t testing.TB) map[string]*Dokumen {
	t.Helper()
	berkas, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*Dokumen{}
	fs := token.NewFileSet()
	for _, nama := range berkas {
		f, err := parser.ParseFile(fs, nama, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !strings.Contains(s, "{") {
				return true
			}
			d, err := ParseBerkas([]byte(s))
			if err != nil {
				return true
			}
			out[fmt.Sprintf("uji-%x", sha256.Sum256([]byte(s)))[:16]] = d
			return true
		})
	}
	return out
}

// dokumenCampur is dokumenBesar(n, 5) with a mistake of every kind the
// checks know planted among its indicators, sasaran and PK rows.
func dokumenCampur(n int) *Dokumen {
	d := dokumenBesar(n, 5)
	a := func(s string) *Angka {
		v := decimal.RequireFromString(strings.ReplaceAll(s, ",", "."))
		return &Angka{Nilai: v, Teks: s}
	}
	d.Renstra = Renstra{PeriodeAwal: 2018, PeriodeAkhir: 2021,
		Misi:     []Butir{{Nomor: "1", Uraian: "Misi"}},
		Tujuan:   []Butir{{Nomor: "1.1", Uraian: "Tujuan"}, {Nomor: "2.1", Uraian: "Yatim"}},
		Sasaran:  []Butir{{Nomor: "1.1.1", Uraian: "Sasaran 0"}, {Nomor: "1.1.2", Uraian: "Sasaran lain"}},
		Strategi: []Butir{{Nomor: "1.1.1.1", Uraian: "Meningkatkan mutu layanan"}}}
	d.Sasaran[0].Renstra = "1.1.1"
	d.Sasaran[0].Tercetak = []Kutipan{{Sumber: "Tabel 2.1", Teks: "SASARAN 0."}, {Sumber: "PK", Teks: "Meningkatkan mutu layanan"}, {Sumber: "Bab I", Teks: "Sasaran nol"}}
	d.Sasaran[0].Capaian = []CapaianTercetak{{Tahun: d.Tahun, Sumber: "Tabel 3.2", Capaian: a("98,7")}, {Tahun: d.Tahun, Capaian: a("12")}}
	if len(d.Sasaran) > 1 {
		d.Sasaran[1].Renstra = "1.1.2"
	}
	if len(d.Sasaran) > 2 {
		d.Sasaran[2].Renstra = "9.9.9"
		d.Sasaran[2].Anggaran = []string{"1.06.01.2.01.07"}
	}
	d.Sasaran = append(d.Sasaran,
		Sasaran{ID: "SPK", Uraian: "Sasaran PK saja"},
		Sasaran{ID: "SR", Uraian: "Sasaran lain", Renstra: "1.1.2"})
	d.PerjanjianKinerja.Baris = append(d.PerjanjianKinerja.Baris,
		BarisPK{Sasaran: "SPK", Indikator: "Keluaran", Target: a("3")},
		BarisPK{Sasaran: "", Indikator: "Tanpa sasaran", IndikatorID: "TIDAK-ADA"},
		BarisPK{Sasaran: "X", Indikator: "persentase KE-1", IndikatorID: "I1", Target: a("-2"), SubKegiatan: "1.06.02.2.01.07"})
	nama := []string{"Persentase penduduk miskin", "Jumlah kasus yang ditangani", "Angka kematian bayi", "Prevalensi stunting (balita pendek)"}
	for i := range d.Indikator {
		ind := &d.Indikator[i]
		y := ind.Tahun
		switch i % 37 {
		case 1:
			ind.Sasaran = ""
		case 2:
			ind.Sasaran = "X"
		case 3:
			ind.Tercetak = []Kutipan{{Sumber: "Bab II", Teks: strings.ToUpper(ind.Nama) + "!"}, {Sumber: "Bab III", Teks: ind.Nama + " baru"}}
		case 4:
			ind.Rumus = nil
		case 5:
			ind.Rumus = &Rumus{Teks: "a / a", Pembilang: "Jumlah  Warga, 1 th", Penyebut: "jumlah warga 1 th", Pengali: decimal.NewFromInt(100)}
		case 6, 7, 8, 9:
			ind.Nama = nama[i%37-6]
			ind.Polaritas = Positif
		case 10:
			ind.TargetAkhir = nil
		case 11:
			ind.TargetAkhir = a("-5")
			ind.Tahun = y[1:]
		case 12:
			y[4].Target = nil
			y[3].Target = a("0")
			y[2].Target = a("0")
			y[2].Capaian = a("100")
			y[4].Realisasi = nil
		case 13:
			y[4].Target, y[4].Realisasi, y[4].Pembilang, y[4].Penyebut = a("-1"), a("-2"), a("-3"), a("-4")
			y[3].RealisasiPeriode = []*Angka{a("1"), a("-1")}
		case 14:
			// printed with fewer decimals, truncated, or different
			y[4].Realisasi = &Angka{Nilai: y[4].Realisasi.Nilai.Round(0)}
			y[3].Realisasi = &Angka{Nilai: y[3].Realisasi.Nilai.Add(decimal.New(3, -2))}
			p, q := y[2].Pembilang.Nilai, y[2].Penyebut.Nilai
			y[2].Realisasi = &Angka{Nilai: p.Mul(decimal.NewFromInt(100)).Div(q).Truncate(1)}
		case 15:
			y[4].Realisasi, y[4].Pembilang, y[4].Penyebut = a("104,5"), a("209"), a("200")
			y[3].Pembilang, y[3].Penyebut = a("310"), a("300")
		case 16, 17, 18:
			ind.Rumus = &Rumus{Teks: "x", Pembilang: "Jumlah penerima", Penyebut: []string{"Jumlah PMKS yang ada", "Jumlah PMKS dalam 1 tahun", "Jumlah PMKS, per desa"}[i%37-16], Pengali: decimal.NewFromInt(100)}
			y[4].Penyebut = nil
			if i%37 == 18 {
				y[4].Penyebut = a("170000")
			}
		case 19:
			y[4].Kutipan = []KutipanAngka{{Sumber: "Bab III narasi", Target: a("1"), Realisasi: y[4].Realisasi, Capaian: a("5")}, {Sumber: "Ringkasan", Realisasi: a("-1"), Capaian: a("77,7")}}
			y[3].Capaian = a("1")
			y[3].Kutipan = []KutipanAngka{{Sumber: "Bab IV", Capaian: a("2")}}
		case 20:
			y[4].Rincian = []Rincian{
				{Bagian: "pembilang", Uraian: "u", Total: a("10"), Satuan: "jiwa", Sumber: "Tabel 3.3", Butir: []ButirRincian{{Uraian: "a", Nilai: a("4"), Satuan: "jiwa"}, {Uraian: "b", Nilai: a("5"), Satuan: "KK"}, {Uraian: "c"}}},
				{Bagian: "penyebut", Total: a("-1"), Butir: []ButirRincian{{Uraian: "d", Nilai: a("-1")}}},
			}
		case 21:
			ind.Jenis, ind.Satuan, ind.Rumus = Jumlah, "Orang", nil
			y[4].Target, y[4].Realisasi = a("10"), a("30")
			y[4].RealisasiTriwulan = []*Angka{a("5"), nil, a("12"), a("3")}
			y[3].RealisasiTriwulan = []*Angka{a("1"), a("-1")}
		case 22:
			ind.Jenis, ind.Satuan, ind.Rumus = Jumlah, "Orang / Bulan", nil
			y[4].Target, y[4].Realisasi = a("40"), a("40")
			y[4].RealisasiTriwulan = []*Angka{a("10"), a("10"), a("10"), a("10")}
			y[3].Realisasi = a("7")
			y[3].RealisasiTriwulan = []*Angka{a("10"), a("9")}
		case 23:
			// the capaian printed: truncated, by the other polarity, wrong
			y[4].Target, y[4].Realisasi, y[4].Pembilang, y[4].Penyebut = a("3"), a("2"), nil, nil
			y[4].Capaian = a("66,66")
			y[3].Target, y[3].Realisasi, y[3].Pembilang, y[3].Penyebut = a("4"), a("5"), nil, nil
			y[3].Capaian = a("75")
			y[2].Target, y[2].Realisasi, y[2].Pembilang, y[2].Penyebut = a("4"), a("5"), nil, nil
			y[2].Capaian = a("60")
			ind.Polaritas = Negatif
		case 24:
			y[4].Target, y[4].Realisasi, y[4].Pembilang, y[4].Penyebut = a("4"), a("5"), nil, nil
			y[4].Capaian = a("80")
			y[3].Target, y[3].Realisasi, y[3].Pembilang, y[3].Penyebut = a("4"), a("5"), nil, nil
			y[3].Capaian = a("99")
			y[2].Target, y[2].Realisasi, y[2].Pembilang, y[2].Penyebut = a("3"), a("2"), nil, nil
			y[2].Capaian = a("66,66")
		case 25:
			y[4].Target = a("1")
			y[3].Target = a("900")
		case 26:
			// the same realisasi as the indicator before it, the same pembilang
			prev := &d.Indikator[i-1]
			y[4].Realisasi = prev.Tahun[len(prev.Tahun)-1].Realisasi
			y[3].Pembilang = prev.Tahun[len(prev.Tahun)-2].Pembilang
		case 27:
			ind.Rumus = &Rumus{Teks: "x", Pembilang: "p", Penyebut: "Jumlah Penduduk", Pengali: decimal.NewFromInt(100)}
			y[4].Penyebut = a(fmt.Sprint(100000 + i))
		case 28:
			ind.IKU = false
		case 29:
			ind.Tahun = y[:3]
		case 30:
			ind.ID = d.Indikator[i-1].ID // two indicators, one ID
		case 31:
			// in the PK by its wording only, or not at all
			d.PerjanjianKinerja.Baris[i].IndikatorID = ""
			d.PerjanjianKinerja.Baris[i].Indikator = strings.ToUpper(ind.Nama) + "."
			d.PerjanjianKinerja.Baris[i-1].IndikatorID = ""
			d.PerjanjianKinerja.Baris[i-1].Indikator = "lain"
		}
	}
	if len(d.PerjanjianKinerja.Baris) > 5 {
		d.PerjanjianKinerja.Baris[5].Indikator = "Rumusan lain"
		d.PerjanjianKinerja.Baris[4].Target = nil
	}
	d.PerjanjianKinerja.Tahun = d.Tahun - 1
	return d
}

func TestPeriksaJaring(t *testing.T) {
	dir := filepath.Join("testdata", "periksa")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	const perintah = "go test ./kinerja -run TestPeriksaJaring -update"
	semua := map[string]bool{}
	cek := func(arsip string, dok map[string]*Dokumen, sumber SumberAnggaran, ringkas bool) {
		got := map[string][]byte{}
		for nama, d := range dok {
			for _, o := range []struct {
				nama string
				o    Opsi
			}{{"", Opsi{}}, {"-opsi", opsiLain()}} {
				if ringkas && o.nama != "" {
					continue
				}
				ts := Compute(d, 0, o.o, sumber).Temuan
				for _, x := range ts {
					semua[x.Kode] = true
				}
				if ringkas {
					got[nama+o.nama] = ringkasTemuan(t, ts)
				} else {
					got[nama+o.nama] = barisTemuan(t, ts)
				}
			}
		}
		txtar.Periksa(t, filepath.Join(dir, arsip), got, *update, perintah)
	}

	cek("uji.txtar", dokumenUji(t), sumberSebagian{}, false)

	sampelDok := map[string]*Dokumen{}
	for nama, b := range map[string][]byte{"flotim": sampel.FlotimDinsos2022, "flotim-bersih": sampel.FlotimDinsos2022Bersih} {
		d, err := ParseBerkas(b)
		if err != nil {
			t.Fatal(err)
		}
		sampelDok[nama] = d
	}
	lain, err := filepath.Glob(filepath.Join("..", "lkip", "rekap", "testdata", "kabupaten", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	lain = append(lain, filepath.Join("..", "testdata", "deliserdang-bappedalitbang-2025.json"))
	for _, p := range lain {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ParseBerkas(b)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		sampelDok[strings.TrimSuffix(filepath.Base(p), ".json")] = d
	}
	cek("sampel.txtar", sampelDok, sumberSebagian{}, false)

	cek("besar.txtar", map[string]*Dokumen{"besar-100x5": dokumenBesar(100, 5), "campur-100x5": dokumenCampur(100)}, sumberSebagian{}, false)
	cek("ringkas.txtar", map[string]*Dokumen{"besar-2000x5": dokumenBesar(2000, 5), "besar-10000x5": dokumenBesar(10000, 5),
		"campur-2000x5": dokumenCampur(2000)}, sumberRata{}, true)

	var tidak []string
	for _, a := range DaftarAturan {
		if !semua[a.Kode] {
			tidak = append(tidak, a.Kode)
		}
	}
	if len(tidak) > 0 {
		t.Errorf("aturan yang tidak diuji jaring ini: %s", strings.Join(tidak, ", "))
	}
}
