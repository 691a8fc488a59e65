package ui

import (
	"strings"
	"testing"

	rj "github.com/pemkab/sakip/internal/sampel/renja"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/lkip/impor"
)

// TestImporLembar: a budget CSV without codes into a new dinas document
// through a mapping the user changed; accepting keeps the version before
// in the history (undoable) and remembers the mapping for the dinas, so
// that the next sheet of the same layout is read with it; Batal changes
// nothing.
func TestImporLembar(t *testing.T) {
	toko, _, _ := tokoUji(t)
	d, err := lkip.Baru("Kabupaten Flores Timur", "Dinas Sosial", "1.06", 2024)
	if err != nil {
		t.Fatal(err)
	}
	toko.tambah(d, "")
	csv := "Uraian;Anggaran;Anggaran Perubahan;Realisasi\n" +
		"Program Perlindungan dan Jaminan Sosial;;;\n" +
		"Kegiatan Pengelolaan Data Fakir Miskin;;;\n" +
		"Sub Kegiatan Pengumpulan Data;10.000;12.000;11.000\n"
	toko.ImporLembar("realisasi.csv", []byte(csv))
	s := toko.Lembar
	if s == nil || s.Galat != "" || s.Dikenang {
		t.Fatalf("session %+v", s)
	}
	if got := s.Usulan.Kolom[1]; got != impor.KolomPagu {
		t.Errorf("proposed column B: %q", got)
	}
	toko.SetKolomImpor(1, impor.KolomPaguMurni)
	toko.SetKolomImpor(2, impor.KolomPagu)
	if p := s.Pratinjau; p == nil || p.Ditambah != 3 {
		t.Fatalf("preview %+v (%s)", p, s.Galat)
	}
	html := render(t, &Impor{dasar: dasar{Toko: toko}})
	for _, want := range []string{`id="impor-kolom:C"`, "3 ditambah, 0 diubah", "Sub Kegiatan Pengumpulan Data", `id="impor-terima"`} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	toko.TerimaImpor()
	if toko.Lembar != nil {
		t.Error("the session stays after Terima")
	}
	a := toko.Dok.Anggaran
	if a == nil || len(a.Rincian) != 3 || a.Rincian[2].PaguMurni.Rupiah.Decimal().IntPart() != 10000 || a.Rincian[2].Pagu.Rupiah.Decimal().IntPart() != 12000 {
		t.Fatalf("document after Terima: %+v", a)
	}
	if len(toko.Riwayat) != 1 || toko.Urung == nil {
		t.Errorf("history %d, undo %v", len(toko.Riwayat), toko.Urung)
	}
	// the next sheet of the same layout, its columns moved: the mapping
	// remembered for Dinas Sosial is used, and the row changes
	toko.ImporLembar("realisasi-tw2.csv", []byte("Realisasi;Uraian;Anggaran Perubahan;Anggaran\n;Program Perlindungan dan Jaminan Sosial;;\n;Kegiatan Pengelolaan Data Fakir Miskin;;\n11.500;Sub Kegiatan Pengumpulan Data;12.000;10.000\n"))
	s = toko.Lembar
	if !s.Dikenang || s.Usulan.Kolom[3] != impor.KolomPaguMurni {
		t.Fatalf("remembered mapping not used: %v %v", s.Dikenang, s.Usulan.Kolom)
	}
	if p := s.Pratinjau; p.Diubah != 1 || p.Baris[2].Beda[0].Baru != "Rp 11.500" {
		t.Errorf("preview: %+v", p.Baris)
	}
	toko.BatalImpor()
	if toko.Lembar != nil || toko.Dok.Anggaran.Rincian[2].Realisasi.Rupiah.Decimal().IntPart() != 11000 {
		t.Error("Batal changed something")
	}
}

// TestImporRenja: the Deli Serdang Renja form without an active document
// becomes a new document with its 92 budget rows.
func TestImporRenja(t *testing.T) {
	toko, _, _ := tokoUji(t)
	toko.ImporLembar(rj.NamaDeliSerdang2025, rj.DeliSerdang2025)
	s := toko.Lembar
	if s == nil || s.Usulan.Jenis != impor.JenisRenja || s.Pratinjau == nil {
		t.Fatalf("session %+v", s)
	}
	if len(s.Pratinjau.Selisih) != 8 {
		t.Errorf("%d differing totals", len(s.Pratinjau.Selisih))
	}
	toko.TerimaImpor()
	if toko.Dok == nil || len(toko.Dok.Anggaran.Rincian) != 92 {
		t.Fatalf("new document: %v", toko.Dok)
	}
}
