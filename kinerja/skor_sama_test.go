package kinerja

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// dokumenRagam is dokumenBesar(n, tahun) with the cases scoring treats
// apart sprinkled over it, by position: missing and zero targets and
// realisasi, negative figures, finer exponents, amounts past int64,
// realisasi per period, formulas of every kind, indicators without an
// end target or not IKU, PK rows with codes in two spellings, ancestors
// and text that is no code.
func dokumenRagam(n, tahun int) *Dokumen {
	d := dokumenBesar(n, tahun)
	a := func(s string) *Angka { return &Angka{Nilai: decimal.RequireFromString(s), Teks: s} }
	rumus := []RumusNegatif{RumusBawaan, DuaTMinusR, TBagiR, NilaiAkhir}
	for i := range d.Indikator {
		ind := &d.Indikator[i]
		if i%3 == 0 {
			ind.Polaritas = Negatif
			ind.RumusNegatif = rumus[i/3%4]
		}
		switch i % 29 {
		case 1:
			ind.TargetAkhir = nil
		case 2:
			ind.IKU = false
		case 3:
			ind.Rumus = nil
		case 4:
			ind.TargetAkhir = a("0")
		case 5:
			ind.Rumus.Pengali = decimal.RequireFromString("0.001")
		}
		for j := range ind.Tahun {
			dt := &ind.Tahun[j]
			k := i*7 + j*3
			switch k % 37 {
			case 1:
				dt.Target = nil
			case 2:
				dt.Realisasi = nil
			case 3:
				dt.Target = a("0")
			case 4:
				dt.Realisasi = a("0")
			case 5:
				dt.Realisasi = a("-3.5")
			case 6:
				dt.Target = a("-10")
			case 7:
				dt.Realisasi = a("123456789012345678901234.5")
			case 8:
				dt.Target = a("0.000000000000000000001")
			case 9:
				dt.Realisasi = a("77.123")
			case 10:
				dt.Target = a("65.5")
			case 11:
				dt.Pembilang = nil
			case 12:
				dt.Penyebut = a("0")
			case 13:
				dt.Pembilang = a("99999999999999999999")
			case 14:
				dt.Realisasi = a("9223372036854775807")
			case 15:
				dt.Target, dt.Realisasi = a("3"), a("2")
			case 16:
				dt.Target, dt.Realisasi = a("7"), a("7.000")
			}
			if k%5 == 0 {
				dt.RealisasiPeriode = []*Angka{a("10.5"), nil, a(fmt.Sprint(20 + k%50))}
			}
			if k%9 == 0 {
				dt.RealisasiPeriode = []*Angka{nil, nil}
			}
		}
	}
	for s := range d.Sasaran {
		switch s % 4 {
		case 1:
			d.Sasaran[s].Anggaran = []string{"1.06.02", "1.06.02.2.01", "bukan kode", "1.06.02.2.01.0006"}
		case 2:
			d.Sasaran[s].Anggaran = []string{"1.06.03.2.01.0006", "1.06.03.2.01.06", "lain", "lain"}
		}
	}
	for i := range d.PerjanjianKinerja.Baris {
		if i%13 == 0 {
			d.PerjanjianKinerja.Baris[i].SubKegiatan = ""
		}
	}
	return d
}

// variasiSkor are the documents and rules [TestSkorSama] scores.
func variasiSkor(t testing.TB) []struct {
	nama   string
	d      *Dokumen
	tahun  int
	o      Opsi
	sumber SumberAnggaran
} {
	besar, ragam := dokumenBesar(2000, 5), dokumenRagam(2000, 5)
	satu := decimal.RequireFromString
	bawah, atas := satu("10"), satu("120")
	skalaTutup := SkalaPermendagri86()
	skalaTutup.TutupAtas = true
	b3 := satu("55.555")
	skalaAneh := Skala{Nama: "aneh", Pita: []Pita{
		{Atas: &b3, Predikat: "rendah"},
		{Bawah: &b3, Atas: &atas, Predikat: "sedang"},
		{Bawah: &atas, Predikat: "tinggi"},
	}}
	return []struct {
		nama   string
		d      *Dokumen
		tahun  int
		o      Opsi
		sumber SumberAnggaran
	}{
		{"besar", besar, 0, Opsi{}, sumberRata{}},
		{"besar-2020", besar, 2020, Opsi{}, nil},
		{"ragam", ragam, 0, Opsi{}, sumberRata{}},
		{"ragam-batas", ragam, 0, Opsi{Batas: &Batas{Bawah: &bawah, Atas: &atas}, RumusNegatif: TBagiR}, sumberRata{}},
		{"ragam-potong-3", ragam, 0, Opsi{Bulat: &anggaran.Bulat{Desimal: 3, Aturan: anggaran.BulatPotong}, SemuaIndikator: true, TargetNol: TargetNolNegatifTercapai}, sumberRata{}},
		{"ragam-0", ragam, 2020, Opsi{Bulat: &anggaran.Bulat{Desimal: 0}, RumusNegatif: NilaiAkhir}, nil},
		{"ragam-12", ragam, 0, Opsi{Bulat: &anggaran.Bulat{Desimal: 12}}, sumberRata{}},
		{"ragam-tutup", ragam, 0, Opsi{Skala: skalaTutup, Batas: &Batas{Atas: &atas}}, sumberRata{}},
		{"ragam-aneh", ragam, 0, Opsi{Skala: skalaAneh, SemuaIndikator: true}, sumberRata{}},
		{"seed", seed(t), 2022, Opsi{}, sumberRata{}},
	}
}

// TestSkorSama holds the scores of large and varied documents under
// varied rules to what they were before the scoring was made faster: a
// digest of every value of Hasil (decimals with their exponent) per
// variant, in testdata/skor_sama.txt (written by -update from the code
// of commit 64f1962). The findings are not part of it (Check's).
func TestSkorSama(t *testing.T) {
	var got strings.Builder
	for _, v := range variasiSkor(t) {
		h := skor(v.d, v.tahun, v.o, v.sumber)
		fmt.Fprintf(&got, "%s %s\n", v.nama, ringkasanHasil(h))
	}
	nama := filepath.Join("testdata", "skor_sama.txt")
	if *update {
		if err := os.WriteFile(nama, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(nama)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), got.String()); d != "" {
		t.Errorf("the scores changed (-before +now):\n%s", d)
	}
}

// ringkasanHasil returns the SHA-256 of a dump of every value h holds.
func ringkasanHasil(h *Hasil) string {
	s := sha256.New()
	w := bufio.NewWriter(s)
	tulisNilai(w, reflect.ValueOf(h))
	w.Flush()
	return hex.EncodeToString(s.Sum(nil))
}

var tipeDesimal = reflect.TypeFor[decimal.Decimal]()

// tulisNilai writes v to w: a decimal as coefficient and exponent,
// pointers followed ("nil" when nil), every field and element.
func tulisNilai(w io.Writer, v reflect.Value) {
	if v.Type() == tipeDesimal {
		d := v.Interface().(decimal.Decimal)
		fmt.Fprintf(w, "%se%d;", d.Coefficient(), d.Exponent())
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			io.WriteString(w, "nil;")
			return
		}
		io.WriteString(w, "&")
		tulisNilai(w, v.Elem())
	case reflect.Struct:
		io.WriteString(w, "{")
		for i := range v.NumField() {
			tulisNilai(w, v.Field(i))
		}
		io.WriteString(w, "}")
	case reflect.Slice:
		if v.IsNil() {
			io.WriteString(w, "nil[];")
			return
		}
		fmt.Fprintf(w, "[%d:", v.Len())
		for i := range v.Len() {
			tulisNilai(w, v.Index(i))
		}
		io.WriteString(w, "]")
	case reflect.String:
		fmt.Fprintf(w, "%q;", v.String())
	default:
		fmt.Fprintf(w, "%v;", v)
	}
}

// TestRingkasSama: the codes of every sasaran, and of the dinas as the
// union of the sasaran's reduced lists, are those ringkasKode gives.
func TestRingkasSama(t *testing.T) {
	d := dokumenRagam(2000, 5)
	d.Sasaran[3].Anggaran = []string{" 1.06.02 ", "1.06.02.2.01.06", "1.06.02.2.01.0106", "1.06.02.2.01.0006", "", "1.6"}
	pk := map[string][]string{}
	for _, b := range d.PerjanjianKinerja.Baris {
		pk[b.Sasaran] = append(pk[b.Sasaran], b.SubKegiatan)
	}
	baca := map[string]kodeBaca{}
	var semua, semuaTeks []string
	var gabung ringkasan
	for _, s := range d.Sasaran {
		kode := kodeSasaran(s, pk[s.ID])
		r := ringkas(s.Anggaran, pk[s.ID], baca)
		if diff := cmp.Diff(ringkasKode(kode), r.kode(), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("sasaran %s (-ringkasKode +ringkas):\n%s", s.ID, diff)
		}
		semua = append(semua, kode...)
		semuaTeks = append(semuaTeks, r.kode()...)
		gabung.sah, gabung.lain = append(gabung.sah, r.sah...), append(gabung.lain, r.lain...)
	}
	gabung.ringkas()
	if diff := cmp.Diff(ringkasKode(semua), gabung.kode()); diff != "" {
		t.Errorf("dinas (-ringkasKode +ringkas):\n%s", diff)
	}
	if diff := cmp.Diff(ringkasKode(semuaTeks), gabung.kode()); diff != "" {
		t.Errorf("dinas from the reduced lists (-ringkasKode +ringkas):\n%s", diff)
	}
}

// kodeSasaran returns the budget codes serving sasaran s: its own Anggaran
// list and the sub kegiatan of the PK rows under it (pk, collected by
// Compute from a PK of year tahun or without a year).
func kodeSasaran(s Sasaran, pk []string) []string {
	return append(append([]string(nil), s.Anggaran...), pk...)
}

// TestSkalaTetapSama: the predikat of skalaTetap, in int64, are those of
// Skala.Predikat, at every value around the bands of several scales and
// precisions, and for values at a finer precision (which it leaves to
// the scale).
func TestSkalaTetapSama(t *testing.T) {
	d := decimal.RequireFromString
	p := func(s string) *decimal.Decimal { v := d(s); return &v }
	tutup := SkalaPermendagri86()
	tutup.TutupAtas = true
	for _, sk := range []Skala{
		SkalaPermendagri86(), tutup,
		{Pita: []Pita{{Atas: p("55.555"), Predikat: "a"}, {Bawah: p("55.555"), Predikat: "b"}}},
		{Pita: []Pita{{Bawah: p("-5"), Atas: p("0"), Predikat: "a"}, {Bawah: p("50"), Atas: p("150.5"), Predikat: "b"}}},
		{Pita: []Pita{{Bawah: p("50"), Atas: p("150.5"), Predikat: "b"}}, TutupAtas: true},
		{},
	} {
		for _, des := range []int32{0, 1, 2, 3} {
			st := buatSkalaTetap(skalaSeragam(sk, des), des)
			var nilai []int64 // a grid, and every bound and its neighbours
			for n := int64(-1000); n <= 40000; n += 7 {
				nilai = append(nilai, n)
			}
			for _, pt := range sk.Pita {
				for _, b := range []*decimal.Decimal{pt.Bawah, pt.Atas} {
					if b != nil {
						c := b.Shift(des).IntPart()
						nilai = append(nilai, c-2, c-1, c, c+1, c+2)
					}
				}
			}
			for _, n := range nilai {
				for _, x := range []decimal.Decimal{decimal.New(n, -des), decimal.New(n, -des-1), decimal.New(10*n, -des-1)} {
					want, _ := skalaSeragam(sk, des).Predikat(x)
					if got := st.predikat(x); got != want {
						t.Fatalf("%+v at %d decimals: predikat(%v) = %q, Skala.Predikat %q", sk, des, x, got, want)
					}
				}
			}
		}
	}
}

// TestSkorAcuan compares, with go-cmp, the scores of skor with those of
// a plain reference built one value at a time from the exported
// functions (ComputeCapaian, RealisasiRumus, Skala.Predikat) and decimal
// arithmetic, for every variant of TestSkorSama: every indicator's
// scores and progress, and the means of the sasaran and the dinas
// (their efficiency is left to TestSkorSama). Decimals are equal when
// their value and exponent are. ComputeCapaian and RealisasiRumus run
// the same int64 code as skor (capaianTetap, rumusTetap), so for a
// capaian, a progress and a computed realisasi this test is skor against
// that code once more; what it checks on its own is the predikat, the
// change, the means and the blocks the scores are carved from. The
// int64 code itself is held to decimals by FuzzCapaianTetap
// (capaianDesimal) and the whole Hasil to 64f1962's by TestSkorSama.
func TestSkorAcuan(t *testing.T) {
	samaDesimal := cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) && a.Exponent() == b.Exponent() })
	for _, v := range variasiSkor(t) {
		got := skor(v.d, v.tahun, v.o, v.sumber)
		want := skorAcuan(v.d, v.tahun, v.o)
		if len(want.Indikator) != len(got.Indikator) {
			t.Fatalf("%s: %d indikator, acuan %d", v.nama, len(got.Indikator), len(want.Indikator))
		}
		beda := 0
		for i := range want.Indikator {
			if diff := cmp.Diff(want.Indikator[i], got.Indikator[i], samaDesimal); diff != "" && beda < 3 {
				t.Errorf("%s: indikator[%d] (-acuan +skor):\n%s", v.nama, i, diff)
				beda++
			}
		}
		buang := cmpopts.IgnoreFields(Agregat{}, "Efisiensi")
		if diff := cmp.Diff(want.Sasaran, got.Sasaran, samaDesimal, buang); diff != "" {
			t.Errorf("%s: sasaran (-acuan +skor):\n%s", v.nama, diff)
		}
		if diff := cmp.Diff(want.Dinas, got.Dinas, samaDesimal, buang); diff != "" {
			t.Errorf("%s: dinas (-acuan +skor):\n%s", v.nama, diff)
		}
	}
}

// skorAcuan scores d as Compute documents it, without efficiency or
// findings, in the plainest way.
func skorAcuan(d *Dokumen, tahun int, o Opsi) *Hasil {
	if tahun == 0 {
		tahun = d.Tahun
	}
	sk, b := o.skala(), o.bulat()
	h := &Hasil{Tahun: tahun, Skala: sk.Nama, Desimal: b.Desimal}
	for i := range d.Indikator {
		ind := &d.Indikator[i]
		hi := HasilIndikator{Indeks: i, ID: ind.ID, Nomor: ind.Nomor, Nama: ind.Nama, Satuan: ind.Satuan,
			Sasaran: ind.Sasaran, IKU: ind.IKU, Polaritas: ind.Polaritas, TargetAkhir: ind.TargetAkhir, Tahun: []Skor{}}
		if ind.Polaritas == Negatif {
			hi.Rumus = o.rumusBerlaku(ind.RumusNegatif)
		}
		var terakhir *decimal.Decimal
		for j := range ind.Tahun {
			dt := &ind.Tahun[j]
			if dt.Tahun > tahun {
				break
			}
			s := Skor{Tahun: dt.Tahun, Indeks: j, Target: dt.Target, Realisasi: dt.Realisasi, RealisasiDipakai: realisasiDipakai(dt, hi.Rumus)}
			if ind.Rumus != nil {
				if v, ok := RealisasiRumus(nilaiP(dt.Pembilang), nilaiP(dt.Penyebut), ind.Rumus.Pengali, o); ok {
					s.RealisasiRumus = &v
				}
			}
			s.Capaian = ComputeCapaian(nilaiP(dt.Target), s.RealisasiDipakai, ind.Polaritas, hi.Rumus, o)
			if s.Capaian.Nilai != nil {
				s.Predikat, _ = sk.Predikat(*s.Capaian.Nilai)
			}
			if n := len(hi.Tahun); n > 0 {
				lalu := &hi.Tahun[n-1]
				p := &Perubahan{DariTahun: lalu.Tahun}
				if r0, r1 := lalu.RealisasiDipakai, s.RealisasiDipakai; r0 != nil && r1 != nil && !r0.IsNegative() && !r1.IsNegative() {
					v := r1.Sub(*r0)
					p.Realisasi = &v
					switch {
					case v.IsZero():
						p.Arah = "tetap"
					case v.IsPositive() == (ind.Polaritas == Positif):
						p.Arah = "membaik"
					default:
						p.Arah = "memburuk"
					}
				}
				if lalu.Capaian.Nilai != nil && s.Capaian.Nilai != nil {
					v := s.Capaian.Nilai.Sub(*lalu.Capaian.Nilai)
					p.Capaian = &v
				}
				s.Perubahan = p
			}
			if s.RealisasiDipakai != nil {
				terakhir = s.RealisasiDipakai
			}
			hi.Tahun = append(hi.Tahun, s)
		}
		switch {
		case ind.TargetAkhir == nil:
			hi.Kemajuan = tidakDapat("target akhir Renstra tidak ada")
		case terakhir == nil:
			hi.Kemajuan = tidakDapat("realisasi tidak ada")
		default:
			hi.Kemajuan = ComputeCapaian(&ind.TargetAkhir.Nilai, terakhir, ind.Polaritas, hi.Rumus, Opsi{Bulat: o.Bulat, RumusNegatif: o.RumusNegatif})
		}
		h.Indikator = append(h.Indikator, hi)
	}
	rata := func(ikut func(*HasilIndikator) bool) Agregat {
		var a Agregat
		jumlah := decimal.Zero
		for i := range h.Indikator {
			hi := &h.Indikator[i]
			if !ikut(hi) || (!hi.IKU && !o.SemuaIndikator) {
				continue
			}
			s := hi.Pada(tahun)
			if s == nil || s.Capaian.Nilai == nil {
				continue
			}
			c := s.Capaian.Nilai
			if s.Capaian.Tepat != nil {
				c = s.Capaian.Tepat
			}
			jumlah = jumlah.Add(*c)
			a.Jumlah++
		}
		if a.Jumlah == 0 {
			a.Capaian = tidakDapat("tidak ada indikator dengan capaian")
			return a
		}
		n := decimal.NewFromInt(int64(a.Jumlah))
		v := jumlah.DivRound(n, b.Desimal)
		if b.Aturan == anggaran.BulatPotong {
			v, _ = jumlah.QuoRem(n, b.Desimal)
		}
		a.Capaian = Capaian{Nilai: &v, SebelumBatas: &v}
		a.Predikat, _ = sk.Predikat(v)
		return a
	}
	for _, s := range d.Sasaran {
		a := rata(func(hi *HasilIndikator) bool { return hi.Sasaran == s.ID })
		a.ID, a.Uraian = s.ID, s.Uraian
		h.Sasaran = append(h.Sasaran, a)
	}
	h.Dinas = rata(func(*HasilIndikator) bool { return true })
	h.Dinas.Uraian = "Dinas"
	return h
}

// TestSkorSerentak: Computes of one document in several goroutines (the
// shared small big.Ints of internal/tetap among them) give the same
// scores (go test -race).
func TestSkorSerentak(t *testing.T) {
	d := dokumenRagam(300, 5)
	want := ringkasanHasil(skor(d, 0, Opsi{}, sumberRata{}))
	hasil := make(chan string)
	for range 4 {
		go func() { hasil <- ringkasanHasil(skor(d, 0, Opsi{}, sumberRata{})) }()
	}
	for range 4 {
		if got := <-hasil; got != want {
			t.Errorf("a goroutine's scores differ: %s, want %s", got, want)
		}
	}
}

// TestSkorTanpaTahun: indicators without data, first or between others,
// have an empty Tahun (not nil), as the reference does, and the others
// their scores.
func TestSkorTanpaTahun(t *testing.T) {
	d := dokumenRagam(3, 2)
	kosong := Indikator{ID: "kosong", Sasaran: "S0", IKU: true}
	d.Indikator = append([]Indikator{kosong}, d.Indikator[0], kosong, d.Indikator[1], d.Indikator[2], kosong)
	samaDesimal := cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) && a.Exponent() == b.Exponent() })
	got := skor(d, 0, Opsi{}, nil)
	if diff := cmp.Diff(skorAcuan(d, 0, Opsi{}).Indikator, got.Indikator, samaDesimal); diff != "" {
		t.Errorf("(-acuan +skor):\n%s", diff)
	}
	for _, i := range []int{0, 2, 5} {
		if got.Indikator[i].Tahun == nil {
			t.Errorf("indikator[%d].Tahun is nil", i)
		}
	}
}

// ringkasKode is the reference of ringkas (the rule as it was written
// before ringkas, kept for TestRingkasSama and TestRingkasKode): it removes duplicates (the same code in two spellings, such as
// a four-digit sub kegiatan "0006" and "06") and codes under another
// listed code, and returns the rest in official form in the order of a
// budget table ([anggaran.Kode.Compare]). Text that is not an official
// code is kept as written (without duplicates, sorted, after the codes) so
// that the [SumberAnggaran] reports it as unknown.
func ringkasKode(kode []string) []string {
	var sah []anggaran.Kode
	var lain []string
	for _, s := range kode {
		if k, err := anggaran.ParseKode(s); err == nil {
			sah = append(sah, k)
		} else {
			lain = append(lain, s)
		}
	}
	slices.SortFunc(sah, anggaran.Kode.Compare)
	var out []string
	var atas anggaran.Kode // the last code kept; its descendants follow it
	for i, k := range sah {
		if i > 0 && atas.Contains(k) {
			continue
		}
		atas = k
		out = append(out, k.String())
	}
	slices.Sort(lain)
	return append(out, slices.Compact(lain)...)
}
