package kinerja

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/internal/sampel"
)

func seed(t testing.TB) *Dokumen {
	t.Helper()
	d, err := ParseBerkas(sampel.FlotimDinsos2022)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSeedTranscription checks the transcription against the document's
// own totals: 9 IKU under 2 sasaran strategis, 15 Renstra indicators, the
// PK rows, the Renstra tree.
func TestSeedTranscription(t *testing.T) {
	d := seed(t)
	iku, renstra := 0, 0
	per := map[string]int{}
	for _, ind := range d.Indikator {
		if ind.IKU {
			iku++
			per[ind.Sasaran]++
		} else {
			renstra++
		}
	}
	if iku != 9 || renstra != 15 {
		t.Errorf("IKU %d, indikator Renstra %d; ingin 9 dan 15", iku, renstra)
	}
	if diff := cmp.Diff(map[string]int{"SS1": 3, "SS2": 6}, per); diff != "" {
		t.Errorf("IKU per sasaran (-ingin +didapat):\n%s", diff)
	}
	if n := len(d.PerjanjianKinerja.Baris); n != 41 {
		t.Errorf("baris PK %d, ingin 41", n)
	}
	subkeg := map[string]bool{}
	for _, b := range d.PerjanjianKinerja.Baris {
		subkeg[b.SubKegiatan] = true
	}
	// Tabel 3.2 lists 31 sub kegiatan; the PK has a row for every one
	if len(subkeg) != 31 {
		t.Errorf("sub kegiatan dalam PK: %d, ingin 31", len(subkeg))
	}
	r := d.Renstra
	if len(r.MisiDinas) != 4 || len(r.Misi) != 1 || len(r.Strategi) != 2 || len(r.Kebijakan) != 2 {
		t.Errorf("Renstra: misi dinas %d, misi %d, strategi %d, kebijakan %d", len(r.MisiDinas), len(r.Misi), len(r.Strategi), len(r.Kebijakan))
	}
}

// TestSeedCapaian checks every capaian of Tabel 3.1 and the 2021 column.
func TestSeedCapaian(t *testing.T) {
	d := seed(t)
	h := Compute(d, 2022, Opsi{}, nil)
	type baris struct {
		ID       string
		Tahun    int
		Capaian  string
		Predikat string
		Rumus    string
	}
	var got []baris
	for _, hi := range h.Indikator {
		for _, s := range hi.Tahun {
			b := baris{ID: hi.ID, Tahun: s.Tahun, Predikat: s.Predikat}
			if s.Capaian.Nilai != nil {
				b.Capaian = s.Capaian.Nilai.StringFixed(2)
			}
			if s.RealisasiRumus != nil {
				b.Rumus = s.RealisasiRumus.StringFixed(2)
			}
			got = append(got, b)
		}
	}
	want := []baris{
		{"IKU1", 2021, "940.90", "Sangat Tinggi", ""},
		{"IKU1", 2022, "787.30", "Sangat Tinggi", ""},
		{"IKU2", 2021, "42.54", "Sangat Rendah", ""},
		{"IKU2", 2022, "22.01", "Sangat Rendah", ""},
		{"IKU3", 2021, "96.17", "Sangat Tinggi", ""},
		{"IKU3", 2022, "164.36", "Sangat Tinggi", "107.97"},
		{"IKU4", 2021, "1.18", "Sangat Rendah", ""},
		{"IKU4", 2022, "4.01", "Sangat Rendah", "3.44"},
		{"IKU5", 2021, "133.32", "Sangat Tinggi", ""},
		{"IKU5", 2022, "140.00", "Sangat Tinggi", "77.78"},
		{"IKU6", 2021, "0.00", "Sangat Rendah", ""},
		{"IKU6", 2022, "0.00", "Sangat Rendah", ""},
		{"IKU7", 2021, "100.00", "Sangat Tinggi", ""},
		{"IKU7", 2022, "100.00", "Sangat Tinggi", ""},
		{"IKU8", 2021, "73.12", "Sedang", ""},
		{"IKU8", 2022, "100.00", "Sangat Tinggi", ""},
		{"IKU9", 2021, "35.69", "Sangat Rendah", ""},
		{"IKU9", 2022, "164.12", "Sangat Tinggi", "8.68"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("capaian (-ingin +didapat):\n%s", diff)
	}
	if g := h.Dinas.Capaian.Nilai.StringFixed(2); g != "164.64" || h.Dinas.Jumlah != 9 {
		t.Errorf("capaian dinas %s dari %d IKU", g, h.Dinas.Jumlah)
	}
}

// TestSeedTemuan checks that the reviu finds every inconsistency of the
// seed the issue lists.
func TestSeedTemuan(t *testing.T) {
	d := seed(t)
	h := Compute(d, 2022, Opsi{}, nil)
	type kunci struct{ Kode, Path, Tercetak, Terhitung string }
	ada := map[kunci]bool{}
	for _, x := range h.Temuan {
		ada[kunci{x.Kode, x.Lokasi.Path, x.Tercetak, x.Terhitung}] = true
	}
	for _, k := range []kunci{
		{"kinerja/realisasi-dipotong", "indikator[2].tahun[1].realisasi", "107,9%", "107,97%"},
		{"kinerja/realisasi-dipotong", "indikator[3].tahun[1].realisasi", "3,43%", "3,44%"},
		{"kinerja/realisasi-dipotong", "indikator[4].tahun[1].realisasi", "77%", "77,78%"},
		{"kinerja/realisasi-dipotong", "indikator[8].tahun[1].realisasi", "8,6%", "8,68%"},
		{"kinerja/rincian-jumlah", "indikator[0].tahun[1].rincian[0].total", "181.395 jiwa", "178.907 jiwa"},
		{"kinerja/rincian-jumlah", "indikator[4].tahun[1].rincian[0].total", "9 panti", "7 panti"},
		{"kinerja/kutipan-beda", "indikator[5].tahun[1].kutipan[1].target", "0,4%", "0,5%"},
		{"kinerja/persentase-lebih-100", "indikator[2].tahun[1].realisasi", "107,9%", "paling tinggi 100%"},
		{"kinerja/sasaran-pk-renstra", "sasaran[2].renstra", "", ""},
		{"kinerja/sasaran-tanpa-anggaran", "sasaran[1].anggaran", "", "6 dari 9 IKU"},
		{"kinerja/sasaran-pk-renstra", "sasaran[3].renstra", "", ""},
		{"kinerja/capaian-ekstrem", "indikator[0].tahun[1].target", "6,77%", "787,30%"},
		{"kinerja/rumus-sama", "indikator[6].rumus.penyebut", "Jumlah korban bencana yang seharusnya menerima bantuan sosial selama masa tanggap darurat dalam 1 tahun", ""},
		{"kinerja/pk-tanpa-iku", "perjanjian_kinerja.baris", "", "0 dari 9 IKU"},
	} {
		if !ada[k] {
			t.Errorf("temuan tidak ada: %+v", k)
		}
	}
	kode := map[string]int{}
	for _, x := range h.Temuan {
		kode[x.Kode]++
	}
	if kode["kinerja/rincian-satuan"] != 1 {
		t.Errorf("kinerja/rincian-satuan %d kali, ingin 1 (rincian IKU 1)", kode["kinerja/rincian-satuan"])
	}
	// bencana 27 + 52 = 79: adds up, no finding on IKU 7's breakdown
	for _, x := range h.Temuan {
		if x.Lokasi.Path == "indikator[6].tahun[1].rincian[0].total" {
			t.Errorf("temuan tak terduga pada rincian IKU 7: %v", x)
		}
	}
}

// TestSeedTemuanPath checks that every finding of the seed points into the
// data file (the PWA jumps to Lokasi.Path): the field itself or, for a
// missing value, the object that should hold it.
func TestSeedTemuanPath(t *testing.T) {
	akar, err := naskah.Baca(seedBagian(t))
	if err != nil {
		t.Fatal(err)
	}
	letak := struct {
		Awal func(string) (*naskah.Nilai, bool)
	}{akar.Cari}
	h := Compute(seed(t), 2022, Opsi{}, nil)
	ada := map[string]bool{"kinerja/realisasi-dipotong": true, "kinerja/sasaran-strategi": true, "kinerja/kutipan-beda": true, "kinerja/rincian-jumlah": true,
		"kinerja/rincian-satuan": true, "kinerja/sasaran-nama": true, "kinerja/rumus-sama": true, "kinerja/capaian-ekstrem": true,
		"kinerja/pk-rumusan": true, "kinerja/realisasi-kembar": true, "kinerja/pembilang-sama": true}
	for _, x := range h.Temuan {
		p := x.Lokasi.Path
		if p == "" {
			t.Errorf("%s tanpa path", x.Kode)
			continue
		}
		if ada[x.Kode] {
			if _, tepat := letak.Awal(p); !tepat {
				t.Errorf("%s: path %q tidak ada dalam data", x.Kode, p)
			}
			continue
		}
		induk := p
		if i := strings.LastIndexAny(p, ".["); i > 0 {
			induk = p[:i]
		}
		_, adaP := letak.Awal(p)
		_, adaInduk := letak.Awal(induk)
		if !adaP && !adaInduk {
			t.Errorf("%s: path %q maupun induknya tidak ada dalam data", x.Kode, p)
		}
	}
}

// TestSeedPesanTanpaID checks that no message of the seed's reviu names a
// sasaran or indicator by its internal ID ("R7", "IKU3", "SS1"): a staff
// member knows them by their wording or printed number.
func TestSeedPesanTanpaID(t *testing.T) {
	d := seed(t)
	var id []string
	for _, s := range d.Sasaran {
		id = append(id, s.ID)
	}
	for _, ind := range d.Indikator {
		id = append(id, ind.ID)
	}
	for _, x := range Check(d, 2022, Opsi{}) {
		kata := strings.FieldsFunc(x.Pesan, func(r rune) bool { return r == ' ' || r == '.' || r == ',' || r == ';' || r == ':' || r == '"' })
		for _, k := range kata {
			for _, v := range id {
				if k == v {
					t.Errorf("%s %s: pesan menyebut ID internal %s: %s", x.Kode, x.Lokasi.Path, v, x.Pesan)
				}
			}
		}
	}
}
