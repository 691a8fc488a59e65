package lkip_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
		if (r.Pagu.Valid && !r.Pagu.Decimal.IsZero()) || r.Realisasi.Valid || r.Kode != d.Anggaran.Rincian[i].Kode || r.Uraian != d.Anggaran.Rincian[i].Uraian {
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
