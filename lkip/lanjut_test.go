package lkip_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

func TestLanjutkan(t *testing.T) {
	d := lkip.Contoh()
	sebelum, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	salinan, err := lkip.Parse(sebelum, "salinan.json")
	if err != nil {
		t.Fatal(err)
	}
	n, catatan, err := d.Lanjutkan()
	if err != nil {
		t.Fatal(err)
	}
	// The old document is unchanged, deeply.
	if diff := cmp.Diff(salinan, d, samaDokumen); diff != "" {
		t.Fatalf("Lanjutkan mengubah dokumen lama (-sebelum +sesudah):\n%s", diff)
	}
	if sesudah, _ := d.Encode(); string(sesudah) != string(sebelum) {
		t.Fatal("Encode dokumen lama berubah")
	}
	// The new one round-trips.
	b, err := n.Encode()
	if err != nil {
		t.Fatal(err)
	}
	n2, err := lkip.Parse(b, "lanjut.json")
	if err != nil {
		t.Fatalf("Parse(Encode(Lanjutkan)): %v", err)
	}
	if diff := cmp.Diff(n, n2, samaDokumen); diff != "" {
		t.Errorf("round trip (-lanjut +terbaca):\n%s", diff)
	}
	if n.Identitas.Tahun != 2023 || n.Kinerja.Tahun != 2023 || n.Anggaran.Tahun != 2023 {
		t.Errorf("tahun: %d %d %d", n.Identitas.Tahun, n.Kinerja.Tahun, n.Anggaran.Tahun)
	}
	if len(n.Kinerja.Indikator) != len(d.Kinerja.Indikator) || len(n.Anggaran.Rincian) != len(d.Anggaran.Rincian) {
		t.Errorf("jumlah indikator/rincian berubah")
	}
	for i, r := range n.Anggaran.Rincian {
		if r.Pagu.Valid || r.Realisasi.Valid || r.Kode != d.Anggaran.Rincian[i].Kode || r.Uraian != d.Anggaran.Rincian[i].Uraian {
			t.Errorf("rincian[%d]: %+v", i, r)
		}
	}
	for i, ind := range n.Kinerja.Indikator {
		lama := d.Kinerja.Indikator[i]
		if ind.Rumus != nil && lama.Rumus != nil && ind.Rumus.Teks != lama.Rumus.Teks {
			t.Errorf("rumus %s berubah", ind.ID)
		}
		// This year's realisasi stays as the previous year's.
		if a, b := ind.DataPada(2022), lama.DataPada(2022); b != nil && b.Realisasi != nil && (a == nil || a.Realisasi == nil || a.Realisasi.Teks != b.Realisasi.Teks) {
			t.Errorf("%s: realisasi 2022 hilang", ind.ID)
		}
		if ind.DataPada(2023) == nil {
			t.Errorf("%s: tidak ada data 2023", ind.ID)
		}
	}
	if len(n.Kutipan.DaftarIsi) != 0 || len(n.Tanggapan) != 0 || len(n.Identitas.TandaTangan) != 0 {
		t.Error("kutipan/tanggapan/tanda tangan lama terbawa")
	}
	// The seed's Renstra ends in 2022: the note says so.
	if !strings.Contains(strings.Join(catatan, "\n"), "sudah berakhir") {
		t.Errorf("catatan tidak menyebut periode Renstra berakhir:\n%s", strings.Join(catatan, "\n"))
	}
	// The report of next year computes and names the comparison year.
	l, err := lkip.Compute(n, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	var md strings.Builder
	if err := lkip.RenderMarkdown(&md, l); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "TAHUN 2023") {
		t.Error("laporan 2023 tidak menyebut TAHUN 2023")
	}
}

func TestLanjutkanTanpaTahun(t *testing.T) {
	if _, _, err := (&lkip.Dokumen{}).Lanjutkan(); err == nil {
		t.Error("Lanjutkan tanpa tahun: tidak ada galat")
	}
}

// TestLanjutkanTarget: next year's target comes from the data the Renstra
// gives for that year, else from the end target in the Renstra's last
// year, else it is empty and named in the notes; the PK rows follow.
func TestLanjutkanTarget(t *testing.T) {
	const data = `{"versi": 1,
  "identitas": {"pemda": "Kabupaten Contoh", "dinas": "Dinas Kesehatan", "tahun": 2024},
  "kinerja": {"tahun": 2024, "bidang": "1.02",
    "renstra": {"periode_awal": 2021, "periode_akhir": 2025},
    "sasaran": [{"id": "SS1", "uraian": "Meningkatnya derajat kesehatan"}],
    "indikator": [
      {"id": "A", "nama": "Dengan target 2025", "sasaran": "SS1", "iku": true, "satuan": "%", "target_akhir": "90",
       "tahun": [{"tahun": 2024, "target": "80", "realisasi": "82"}, {"tahun": 2025, "target": "85"}]},
      {"id": "B", "nama": "Hanya target akhir", "sasaran": "SS1", "iku": true, "satuan": "%", "target_akhir": "70",
       "tahun": [{"tahun": 2024, "target": "60", "realisasi": "61"}]},
      {"id": "C", "nama": "Tanpa target", "sasaran": "SS1", "iku": true, "satuan": "%",
       "tahun": [{"tahun": 2024, "target": "10", "realisasi": "9"}]}
    ],
    "perjanjian_kinerja": {"tahun": 2024, "baris": [
      {"sasaran": "SS1", "indikator": "Dengan target 2025", "indikator_id": "A", "target": "80", "satuan": "%"},
      {"sasaran": "SS1", "indikator": "Tanpa target", "indikator_id": "C", "target": "10", "satuan": "%"}]}
  }}`
	d, err := lkip.Parse([]byte(data), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	n, catatan, err := d.Lanjutkan()
	if err != nil {
		t.Fatal(err)
	}
	target := func(id string) string {
		ind := &n.Kinerja.Indikator[n.Kinerja.IndeksIndikator(id)]
		dt := ind.DataPada(2025)
		if dt == nil || dt.Target == nil {
			return "-"
		}
		if dt.Realisasi != nil {
			t.Errorf("%s: realisasi 2025 %v", id, dt.Realisasi.Nilai)
		}
		return dt.Target.Nilai.String()
	}
	got := []string{target("A"), target("B"), target("C")}
	if diff := cmp.Diff([]string{"85", "70", "-"}, got); diff != "" {
		t.Errorf("target 2025 (-ingin +dapat):\n%s", diff)
	}
	pk := n.Kinerja.PerjanjianKinerja
	if pk.Tahun != 2025 || pk.Baris[0].Target == nil || pk.Baris[0].Target.Nilai.String() != "85" || pk.Baris[1].Target != nil {
		t.Errorf("PK: %+v", pk)
	}
	if s := strings.Join(catatan, "\n"); !strings.Contains(s, "1 IKU: Tanpa target") || strings.Contains(s, "sudah berakhir") {
		t.Errorf("catatan:\n%s", s)
	}
	// This year's realisasi is kept as last year's.
	if r := n.Kinerja.Indikator[0].DataPada(2024).Realisasi; r == nil || r.Nilai.String() != "82" {
		t.Errorf("realisasi 2024: %v", r)
	}
}

// TestLanjutkanCetakan: what the old document printed besides the official
// figures (other wordings, printed capaian, quotations) is not carried, so
// next year's reviu does not repeat this year's findings about it; the
// notes say what was carried and what was emptied.
func TestLanjutkanCetakan(t *testing.T) {
	d := lkip.Contoh()
	n, catatan, err := d.Lanjutkan()
	if err != nil {
		t.Fatal(err)
	}
	var lama int
	for _, ind := range d.Kinerja.Indikator {
		for _, dt := range ind.Tahun {
			lama += len(dt.Kutipan)
		}
	}
	if lama == 0 {
		t.Fatal("contoh tanpa kutipan: uji ini tidak menguji apa pun")
	}
	for _, s := range n.Kinerja.Sasaran {
		if len(s.Tercetak) != 0 || len(s.Capaian) != 0 {
			t.Errorf("sasaran %s: tercetak/capaian lama terbawa", s.ID)
		}
	}
	for _, ind := range n.Kinerja.Indikator {
		if len(ind.Tercetak) != 0 {
			t.Errorf("%s: rumusan tercetak lama terbawa", ind.ID)
		}
		for _, dt := range ind.Tahun {
			if len(dt.Kutipan) != 0 || dt.Capaian != nil {
				t.Errorf("%s %d: kutipan/capaian tercetak lama terbawa", ind.ID, dt.Tahun)
			}
		}
	}
	l, err := lkip.Compute(n, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	for _, tm := range l.Temuan {
		switch tm.Kode {
		case "kinerja/kutipan-beda", "kinerja/sasaran-strategi", "kinerja/capaian-tercetak", "kinerja/sasaran-nama":
			t.Errorf("temuan dari dokumen lama terbawa: %s", lkip.BarisTemuan(tm))
		}
	}
	s := strings.Join(catatan, "\n")
	for _, want := range []string{"tahun 2023", "disalin dengan rumus", "realisasi tahun 2022 tetap ada", "dikosongkan"} {
		if !strings.Contains(s, want) {
			t.Errorf("catatan tidak memuat %q:\n%s", want, s)
		}
	}
}

// TestLanjutkanAnggaran: every budget row (realisation table, belanja,
// Perjanjian Kinerja) keeps only what places it (code, level, name); every
// figure of this year is emptied, whatever fields the row has.
func TestLanjutkanAnggaran(t *testing.T) {
	d := lkip.Contoh()
	n, _, err := d.Lanjutkan()
	if err != nil {
		t.Fatal(err)
	}
	a, lama := n.Anggaran, d.Anggaran
	for i, r := range a.Rincian {
		l := lama.Rincian[i]
		if diff := cmp.Diff(anggaran.Rincian{Kode: l.Kode, Tingkat: l.Tingkat, Uraian: l.Uraian}, r, samaDokumen); diff != "" {
			t.Errorf("rincian[%d] (-ingin +dapat):\n%s", i, diff)
		}
	}
	for i, r := range a.Belanja {
		l := lama.Belanja[i]
		if diff := cmp.Diff(anggaran.Rekening{Kode: l.Kode, Uraian: l.Uraian}, r, samaDokumen); diff != "" {
			t.Errorf("belanja[%d] (-ingin +dapat):\n%s", i, diff)
		}
	}
	if a.PerjanjianKinerja == nil || len(a.PerjanjianKinerja.Rincian) != len(lama.PerjanjianKinerja.Rincian) {
		t.Fatal("PK anggaran hilang")
	}
	for i, r := range a.PerjanjianKinerja.Rincian {
		l := lama.PerjanjianKinerja.Rincian[i]
		if diff := cmp.Diff(anggaran.Rincian{Kode: l.Kode, Tingkat: l.Tingkat, Uraian: l.Uraian}, r, samaDokumen); diff != "" {
			t.Errorf("PK rincian[%d] (-ingin +dapat):\n%s", i, diff)
		}
	}
}
