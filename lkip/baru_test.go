package lkip_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/pemkab/sakip/lkip"
)

// samaDokumen compares two documents as the data file sees them: an empty
// list is an absent one, and the raw bytes kept for re-encoding are not
// compared.
var samaDokumen = cmp.Options{cmpopts.EquateEmpty(), cmpopts.IgnoreUnexported(lkip.Dokumen{})}

func TestBaru(t *testing.T) {
	d, err := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2025)
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	d2, err := lkip.Parse(b, "baru.json")
	if err != nil {
		t.Fatalf("Parse(Encode(Baru)): %v\n%s", err, b)
	}
	if diff := cmp.Diff(d, d2, samaDokumen); diff != "" {
		t.Errorf("Parse(Encode(Baru)) berbeda (-baru +terbaca):\n%s", diff)
	}
	if d.Anggaran.UrusanBidang.String() != "1.02" || d.Kinerja.Bidang != "1.02" || d.Kinerja.Tahun != 2025 {
		t.Errorf("bidang/tahun: %v %q %d", d.Anggaran.UrusanBidang, d.Kinerja.Bidang, d.Kinerja.Tahun)
	}
}

func TestBaruSalah(t *testing.T) {
	for _, c := range []struct {
		pemda, dinas, bidang string
		tahun                int
		pesan                string
	}{
		{"", "Dinas Kesehatan", "1.02", 2025, "nama pemda"},
		{"Kabupaten Contoh", " ", "1.02", 2025, "nama dinas"},
		{"Kabupaten Contoh", "Dinas Kesehatan", "1.02", 0, "tahun 0"},
		{"Kabupaten Contoh", "Dinas Kesehatan", "1", 2025, "urusan/bidang"},
		{"Kabupaten Contoh", "Dinas Kesehatan", "1.02.02", 2025, "urusan/bidang"},
		{"Kabupaten Contoh", "Dinas Kesehatan", "kesehatan", 2025, "urusan/bidang"},
	} {
		_, err := lkip.Baru(c.pemda, c.dinas, c.bidang, c.tahun)
		if err == nil || !strings.Contains(err.Error(), c.pesan) {
			t.Errorf("Baru(%q, %q, %q, %d) = %v, ingin galat berisi %q", c.pemda, c.dinas, c.bidang, c.tahun, err, c.pesan)
		}
	}
}
