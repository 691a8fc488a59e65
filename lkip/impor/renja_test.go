package impor

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	rj "github.com/pemkab/sakip/internal/sampel/renja"
	"github.com/pemkab/sakip/internal/xlsx"
	"github.com/pemkab/sakip/kinerja/renja"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// TestRenjaDeliSerdang imports the real Renja evaluation of Deli Serdang's
// Bappedalitbang (sheet "Realisasi TW IV") into a new document through the
// proposed mapping: its levels come from the nomenclature's names and the
// form's layout (no codes, no "Kegiatan" prefixes), its Renstra-only rows
// are skipped, its total is the form's, and the printed totals that
// differ from their rows are reported.
func TestRenjaDeliSerdang(t *testing.T) {
	ls, err := Baca(rj.NamaDeliSerdang2025, rj.DeliSerdang2025)
	if err != nil {
		t.Fatal(err)
	}
	l := ls[0]
	u := Usulkan(l)
	if u.Jenis != JenisRenja || u.Judul != 9 {
		t.Fatalf("Usulkan: %s, header row %d; want the Renja form, rows 8 (numbers) and 9 (K Rp %%)", u.Jenis, u.Judul)
	}
	dibaca := map[string]Kolom{}
	for c, k := range u.Kolom {
		if k != "" {
			dibaca[HurufKolom(c)] = k
		}
	}
	if diff := cmp.Diff(map[string]Kolom{"G": KolomUraian, "O": KolomPagu, "AC": KolomRealisasi}, dibaca); diff != "" {
		t.Errorf("mapping (-want +got):\n%s", diff)
	}
	h, err := Susun(l, u, Opsi{Tahun: 2025})
	if err != nil {
		t.Fatal(err)
	}
	n := map[anggaran.Jenjang]int{}
	lewat := 0
	for _, b := range h.Baris {
		if b.Ditolak != "" {
			t.Errorf("row %d «%s» refused: %s", b.No, b.Nama, b.Ditolak)
		}
		if b.Lewat != "" {
			lewat++
			continue
		}
		n[b.Tingkat]++
	}
	want := map[anggaran.Jenjang]int{anggaran.JenjangJumlah: 1, anggaran.JenjangProgram: 6, anggaran.JenjangKegiatan: 17, anggaran.JenjangSubKegiatan: 69}
	if diff := cmp.Diff(want, n); diff != "" {
		t.Errorf("rows per level (-want +got):\n%s", diff)
	}
	// urusan 11, bidang 12, 91, 96, Renstra-only 108–112
	if lewat != 9 {
		t.Errorf("%d rows skipped, want 9", lewat)
	}
	// "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
	// has no level word: the nomenclature names it a kegiatan.
	if j, ok := tingkatNama("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", h.Anggaran.UrusanBidang); !ok || j != anggaran.JenjangKegiatan {
		t.Errorf("tingkatNama: %s %v", j, ok)
	}
	if h.Identitas.Pemda != "Kabupaten Deli Serdang" || h.Identitas.Tahun != 2025 || h.Anggaran.Tahun != 2025 {
		t.Errorf("identity from the title rows: %+v, budget year %d", h.Identitas, h.Anggaran.Tahun)
	}
	if nd, err := Terapkan(nil, h); err != nil || nd.Identitas.Dinas != h.Identitas.Dinas || nd.Identitas.Tahun != 2025 {
		t.Errorf("new document from the form: %+v %v", nd.Identitas, err)
	}
	if got := h.Anggaran.UrusanBidang.String(); got != "5.01" {
		t.Errorf("bidang from the program names: %s, want 5.01", got)
	}
	d, err := lkip.Baru("Kabupaten Deli Serdang", "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan", "5.01", 2025)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Pratinjau(d, h)
	if err != nil {
		t.Fatal(err)
	}
	if p.Ditambah != 93 || p.Ditolak != 0 || p.Lewat != 9 {
		t.Errorf("preview: %d added, %d refused, %d skipped; want 93, 0, 9", p.Ditambah, p.Ditolak, p.Lewat)
	}
	baru, err := Terapkan(d, h)
	if err != nil {
		t.Fatal(err)
	}
	if d.Anggaran != nil && len(d.Anggaran.Rincian) > 0 {
		t.Error("Terapkan changed the old document")
	}
	pohon := baru.Anggaran.Compute(anggaran.Opsi{})
	j := pohon.Jumlah()
	// the form's total row prints Rp 14.723.660.349 in column 8
	if !j.Pagu.Valid || !j.Pagu.Decimal.Equal(decimal.RequireFromString("14723660349")) {
		t.Errorf("computed total pagu %v", j.Pagu)
	}
	// the printed totals that differ: every one the form's own review
	// (renja/jumlah-induk, renja/kolom-13) or the budget check finds
	kode := map[string]int{}
	for _, s := range h.Selisih {
		kode[s.Kode]++
	}
	if kode[renja.KodeJumlahInduk] == 0 || kode[renja.KodeKolom13] == 0 {
		t.Errorf("Selisih by code: %v", kode)
	}
	if len(p.Selisih) != len(h.Selisih) {
		t.Errorf("preview lists %d differing totals, the result %d", len(p.Selisih), len(h.Selisih))
	}
	// imported again: nothing changes
	p2, err := Pratinjau(baru, h)
	if err != nil || p2.Ditambah != 0 || p2.Diubah != 0 || p2.Sama != 93 {
		t.Errorf("second import: %d added, %d changed, %d same, %v", p2.Ditambah, p2.Diubah, p2.Sama, err)
	}
}

// TestXLSXAngka reads number cells of a workbook: exact values for amounts,
// the Indonesian notation with the format's decimals as text, a percentage
// format shown × 100.
func TestXLSXAngka(t *testing.T) {
	w := xlsx.NewWriter()
	s := w.AddSheet("Realisasi")
	s.AddRow(xlsx.Text("Kode"), xlsx.Text("Uraian"), xlsx.Text("Pagu"), xlsx.Text("Realisasi"), xlsx.Text("Persen"))
	s.AddRow(xlsx.Text("1.06.01"), xlsx.Text("Program Penunjang"), xlsx.Value{}, xlsx.Value{}, xlsx.Value{})
	s.AddRow(xlsx.Text("1.06.01.2.02"), xlsx.Text("Administrasi Keuangan"), xlsx.Value{}, xlsx.Value{}, xlsx.Value{})
	s.AddRow(xlsx.Text("1.06.01.2.02.01"), xlsx.Text("Penyediaan Gaji"),
		xlsx.Number(decimal.RequireFromString("1234567.5"), xlsx.FormatBulat),
		xlsx.Number(decimal.RequireFromString("1000000"), xlsx.FormatBulat),
		xlsx.Number(decimal.RequireFromString("0.81"), xlsx.FormatPersen2))
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	ls, err := Baca("realisasi.xlsx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	l := ls[0]
	if got := l.Sel(4, 3); got.Teks != "1234568" || got.Angka == nil || got.Angka.String() != "1234567.5" {
		t.Errorf("pagu cell %q %v", got.Teks, got.Angka)
	}
	if got := l.Sel(4, 5).Teks; got != "81,00%" {
		t.Errorf("percent cell %q", got)
	}
	u := Usulkan(l)
	h, err := Susun(l, u, Opsi{})
	if err != nil {
		t.Fatal(err)
	}
	r := h.Anggaran.Rincian[2]
	if !r.Pagu.Rupiah.Decimal().Equal(decimal.RequireFromString("1234567.5")) || !r.Persen.Decimal.Equal(decimal.RequireFromString("81")) {
		t.Errorf("row: pagu %v persen %v", r.Pagu, r.Persen)
	}
}
