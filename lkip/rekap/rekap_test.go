package rekap_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/gen/kabupaten"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/lkip/rekap"
	"github.com/shopspring/decimal"
)

// kecil is a rekap of four documents: the sample, a new empty document, an
// unreadable file and the sample again under another dinas name.
func kecil(t *testing.T) *rekap.Rekap {
	t.Helper()
	p := rekap.New(rekap.Opsi{})
	if err := p.Tambah("dinsos.json", lkip.Contoh()); err != nil {
		t.Fatal(err)
	}
	baru, err := lkip.Baru("Kabupaten Flores Timur", "Dinas Kesehatan", "1.02", 2022)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Tambah("dinkes.json", baru); err != nil {
		t.Fatal(err)
	}
	if err := p.TambahData("rusak.json", []byte(`{"versi": 1, "identitas": {"tahun": "dua ribu"}}`)); err == nil {
		t.Fatal("berkas rusak terbaca")
	}
	lain := lkip.Contoh()
	lain.Identitas.Dinas = "Dinas Sosial Bagian Dua"
	if err := p.Tambah("dinsos2.json", lain); err != nil {
		t.Fatal(err)
	}
	return p.Rekap()
}

func urutan(r *rekap.Rekap) []int {
	var out []int
	for _, b := range r.Baris {
		out = append(out, b.No)
	}
	return out
}

func TestUrutkan(t *testing.T) {
	for _, c := range []struct {
		kolom rekap.Kolom
		turun bool
		ingin []int
	}{
		{rekap.KolomNo, true, []int{4, 3, 2, 1}},
		{rekap.KolomDinas, false, []int{2, 1, 4, 3}}, // no name last
		{rekap.KolomDinas, true, []int{4, 1, 2, 3}},
		{rekap.KolomPagu, false, []int{1, 4, 2, 3}}, // missing pagu last, ties in file order
		{rekap.KolomPagu, true, []int{1, 4, 2, 3}},  // missing last either way
		{rekap.KolomSerapan, true, []int{1, 4, 2, 3}},
		{rekap.KolomCapaian, false, []int{1, 4, 2, 3}},
		{rekap.KolomKesalahan, true, []int{1, 4, 2, 3}}, // the unreadable file has no count
		{rekap.KolomLengkap, false, []int{2, 1, 4, 3}},
		{rekap.KolomPerhatian, true, []int{1, 4, 2, 3}}, // a tie keeps file order
		{rekap.KolomIKU, false, []int{2, 1, 4, 3}},
	} {
		r := kecil(t)
		if err := r.Urutkan(c.kolom, c.turun); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(c.ingin, urutan(r)); diff != "" {
			t.Errorf("Urutkan(%s, %v) (-ingin +dapat):\n%s", c.kolom, c.turun, diff)
		}
	}
	r := kecil(t)
	if err := r.Urutkan("warna", false); err == nil || !strings.Contains(err.Error(), "tidak dikenal") {
		t.Errorf("kolom tak dikenal: %v", err)
	}
	if diff := cmp.Diff([]int{1, 2, 3, 4}, urutan(r)); diff != "" {
		t.Errorf("kolom tak dikenal mengubah urutan: %s", diff)
	}
	for _, k := range rekap.SemuaKolom {
		if err := r.Urutkan(k, false); err != nil {
			t.Errorf("%s: %v", k, err)
		}
	}
}

func TestSaring(t *testing.T) {
	r := kecil(t)
	for _, c := range []struct {
		s     rekap.Saringan
		ingin []int
	}{
		{rekap.Saringan{}, []int{1, 2, 3, 4}},
		{rekap.Saringan{Dinas: "sosial"}, []int{1, 4}},
		{rekap.Saringan{Dinas: "SOSIAL  bagian"}, []int{4}},
		{rekap.Saringan{Bidang: "1"}, []int{1, 2, 4}},
		{rekap.Saringan{Bidang: "1.02"}, []int{2}},
		{rekap.Saringan{Bidang: "1.0"}, nil},
		{rekap.Saringan{Predikat: "sangat tinggi"}, []int{1, 4}},
		{rekap.Saringan{AdaKesalahan: true}, []int{1, 4}},
		{rekap.Saringan{BelumLengkap: true}, []int{1, 2, 3, 4}},
		{rekap.Saringan{Perhatian: true, Dinas: "kesehatan"}, []int{2}},
	} {
		f := r.Saring(c.s)
		if diff := cmp.Diff(c.ingin, urutan(f)); diff != "" {
			t.Errorf("Saring(%+v) (-ingin +dapat):\n%s", c.s, diff)
		}
	}
	f := r.Saring(rekap.Saringan{Dinas: "bagian dua"})
	if f.Jumlah.Dinas != 1 || !f.Jumlah.Pagu.Decimal.Equal(decimal.RequireFromString("9399497972")) {
		t.Errorf("jumlah saringan: %+v", f.Jumlah)
	}
	if len(r.Baris) != 4 || r.Jumlah.Dinas != 3 {
		t.Error("Saring mengubah rekap asal")
	}
}

func TestRekapKecil(t *testing.T) {
	r := kecil(t)
	j := r.Jumlah
	// The sample twice under two names: twice its pagu; the new document
	// is counted without amounts; the unreadable file is not counted.
	if j.Berkas != 4 || j.Dinas != 3 || j.TanpaAnggaran != 1 || !j.Pagu.Decimal.Equal(decimal.RequireFromString("18798995944")) {
		t.Errorf("jumlah: %+v", j)
	}
	if j.Serapan.Decimal.String() != "98.42" || j.Capaian == nil || j.Capaian.String() != "164.64" {
		t.Errorf("serapan %v, capaian %v", j.Serapan, j.Capaian)
	}
	kode := map[string]int{}
	for _, tm := range r.Temuan {
		kode[tm.Kode]++
	}
	// The sample's 31 sub kegiatan outside program 01 are in both.
	ingin := map[string]int{rekap.TemuanBerkas: 1, rekap.TemuanJumlahTidakLengkap: 1, rekap.TemuanSubKegiatanGanda: kode[rekap.TemuanSubKegiatanGanda]}
	if diff := cmp.Diff(ingin, kode); diff != "" || kode[rekap.TemuanSubKegiatanGanda] == 0 {
		t.Errorf("temuan (-ingin +dapat):\n%s", diff)
	}
	if b := r.Baris[2]; b.Galat == "" || b.Dihitung || !strings.Contains(b.Galat, "identitas.tahun") {
		t.Errorf("berkas rusak: %+v", b)
	}
	if !r.Kesalahan() {
		t.Error("Kesalahan() = false")
	}
	// Every renderer works on it.
	for _, f := range []func(*bytes.Buffer, *rekap.Rekap) error{
		func(w *bytes.Buffer, r *rekap.Rekap) error { return rekap.RenderMarkdown(w, r) },
		func(w *bytes.Buffer, r *rekap.Rekap) error { return rekap.RenderHTML(w, r) },
		func(w *bytes.Buffer, r *rekap.Rekap) error { return rekap.RenderJSON(w, r) },
	} {
		var b bytes.Buffer
		if err := f(&b, r); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRekapKosong: no file at all, and a file of nothing but {}.
func TestRekapKosong(t *testing.T) {
	for _, data := range [][]byte{nil, []byte(`{}`)} {
		p := rekap.New(rekap.Opsi{})
		if data != nil {
			if err := p.TambahData("kosong.json", data); err != nil {
				t.Fatal(err)
			}
		}
		r := p.Rekap()
		var md, js, html bytes.Buffer
		if err := rekap.RenderMarkdown(&md, r); err != nil {
			t.Fatal(err)
		}
		if err := rekap.RenderHTML(&html, r); err != nil {
			t.Fatal(err)
		}
		if err := rekap.RenderJSON(&js, r); err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		if err := json.Unmarshal(js.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAmbang: the documented defaults, and options that change them.
func TestAmbang(t *testing.T) {
	r := rekap.New(rekap.Opsi{}).Rekap()
	if r.Opsi.SerapanRendah.String() != "80" || r.Opsi.CapaianBawah.String() != "75" || r.Opsi.CapaianAtas.String() != "125" {
		t.Errorf("bawaan: %v %v %v", r.Opsi.SerapanRendah, r.Opsi.CapaianBawah, r.Opsi.CapaianAtas)
	}
	// The sample's serapan is 98,42 %: attention under a 99 % threshold only.
	for _, c := range []struct {
		ambang string
		ingin  bool
	}{{"99", true}, {"98.42", false}, {"50", false}} {
		p := rekap.New(rekap.Opsi{SerapanRendah: decimal.RequireFromString(c.ambang), CapaianAtas: decimal.NewFromInt(1000)})
		if err := p.Tambah("dinsos.json", lkip.Contoh()); err != nil {
			t.Fatal(err)
		}
		ada := false
		for _, a := range p.Rekap().Baris[0].Perhatian {
			ada = ada || a.Kode == rekap.AlasanSerapan
		}
		if ada != c.ingin {
			t.Errorf("ambang %s: serapan rendah %v, ingin %v", c.ambang, ada, c.ingin)
		}
	}
}

// TestProvinsi: two kabupaten with the same dinas and codes are two pemda:
// no duplicate dinas, no sub kegiatan in two dinas; without BanyakPemda the
// other pemda is a peringatan.
func TestProvinsi(t *testing.T) {
	bs, _ := kabupaten.Buat(kabupaten.Opsi{SubKegiatan: 6, Ulang: 2, Bersih: true})
	for _, c := range []struct {
		banyak bool
		ingin  map[string]int
	}{
		{true, map[string]int{}},
		{false, map[string]int{rekap.TemuanPemda: 39}},
	} {
		p := rekap.New(rekap.Opsi{BanyakPemda: c.banyak})
		for _, b := range bs {
			if err := p.TambahData(b.Nama, b.Data); err != nil {
				t.Fatal(err)
			}
		}
		r := p.Rekap()
		kode := map[string]int{}
		for _, tm := range r.Temuan {
			kode[tm.Kode]++
		}
		if diff := cmp.Diff(c.ingin, kode); diff != "" || r.Jumlah.Dinas != 78 {
			t.Errorf("BanyakPemda %v: %d dinas, temuan (-ingin +dapat):\n%s", c.banyak, r.Jumlah.Dinas, diff)
		}
	}
}
