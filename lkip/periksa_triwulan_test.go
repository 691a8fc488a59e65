package lkip_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// TestKeluaranAnggaran: an indicator's anggaran that names no budget row
// (or the uraian of two rows) is a finding naming the indicator; one that
// names its row is compared with the money spent (lkip/dana-tanpa-keluaran
// on the two Deli Serdang rows that spent money without output).
func TestKeluaranAnggaran(t *testing.T) {
	d, _ := deliSerdangLKIP(t, lkip.DefaultOpsi())
	ind := &d.Kinerja.Indikator[0]
	ind.Anggaran = "Program yang Tidak Ada"
	// Two rows with the same uraian: the link is ambiguous.
	d.Anggaran.Rincian[3].Uraian = d.Anggaran.Rincian[2].Uraian
	d.Kinerja.Indikator[1].Anggaran = d.Anggaran.Rincian[2].Uraian
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tm := range l.Temuan {
		switch tm.Kode {
		case lkip.TemuanKeluaranAnggaran, lkip.TemuanDanaTanpaKeluaran:
			got = append(got, tm.Kode+" "+tm.Lokasi.Baris)
		}
	}
	want := []string{
		"lkip/keluaran-anggaran IKU 3: 1. Nilai LHE AKIP Perangkat Daerah 2. Indeks Kepuasan Masyarakat (IKM)",
		"lkip/keluaran-anggaran " + d.Kinerja.Indikator[1].Nama,
		// the indicators of the two rows themselves: one names the
		// ambiguous uraian, the other the uraian that no longer exists
		"lkip/keluaran-anggaran " + d.Kinerja.Indikator[2].Nama,
		"lkip/keluaran-anggaran " + d.Kinerja.Indikator[3].Nama,
		"lkip/dana-tanpa-keluaran Jumlah Laporan Penyediaan Jasa Surat Menyurat",
		"lkip/dana-tanpa-keluaran Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("temuan (-ingin +dapat):\n%s", diff)
	}
}

// TestLanjutkanTriwulan: next year's document starts without this year's
// quarters.
func TestLanjutkanTriwulan(t *testing.T) {
	d, _ := deliSerdangLKIP(t, lkip.DefaultOpsi())
	n, _, err := d.Lanjutkan()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range n.Anggaran.Rincian {
		if r.Triwulan != nil {
			t.Fatalf("baris %q membawa triwulan tahun lalu", r.Uraian)
		}
	}
	l, err := lkip.Compute(n, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	if l.Pohon.Triwulan().Ada {
		t.Error("dokumen tahun berikutnya masih memuat triwulan")
	}
}

// TestSetNilaiTriwulan: a quarter is typed like the other amounts of its
// row: kept exactly, or refused with the reason.
func TestSetNilaiTriwulan(t *testing.T) {
	d, _ := deliSerdangLKIP(t, lkip.DefaultOpsi())
	for _, c := range []struct {
		path, nilai, want string
		galat             bool
	}{
		{"anggaran.rincian[2].triwulan[0]", "9.000.000", "9000000", false},
		{"anggaran.rincian[2].pagu_renstra", "Rp 85.102.671", "85102671", false},
		{"anggaran.rincian[2].triwulan[1]", "1,505", "", true},
		{"anggaran.rincian[2].triwulan[2]", "-5", "", true},
		{"kinerja.indikator[2].tahun[0].realisasi_triwulan[3]", "1,5", "1.5", false},
	} {
		n, err := d.SetNilai(c.path, c.nilai)
		if c.galat {
			if err == nil {
				t.Errorf("%s = %q diterima", c.path, c.nilai)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s = %q: %v", c.path, c.nilai, err)
			continue
		}
		var got string
		switch {
		case c.path == "anggaran.rincian[2].triwulan[0]":
			got = n.Anggaran.Rincian[2].Triwulan[0].Rupiah.Decimal().String()
		case c.path == "anggaran.rincian[2].pagu_renstra":
			got = n.Anggaran.Rincian[2].PaguRenstra.Rupiah.Decimal().String()
		default:
			got = n.Kinerja.Indikator[2].Tahun[0].RealisasiTriwulan[3].Nilai.String()
		}
		if got != c.want {
			t.Errorf("%s = %q: tersimpan %s, ingin %s", c.path, c.nilai, got, c.want)
		}
	}
}

// TestTriwulanSampel adds quarters to the coded sample (each sub
// kegiatan's realisasi split 10/20/30/40 %): the quarters add up, so no
// triwulan-jumlah; the table prints the code column as Tabel 3.2 does; the
// whole table's TW IV cumulative is the year's realisasi; and the sample's
// other findings are unchanged.
func TestTriwulanSampel(t *testing.T) {
	d := lkip.Contoh()
	l0, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	bagi := []int64{10, 20, 30}
	for i := range d.Anggaran.Rincian {
		r := &d.Anggaran.Rincian[i]
		if n, ok := l0.Pohon.FindBaris(i); !ok || !l0.Pohon.Baris(n).Daun || !r.Realisasi.Valid {
			continue
		}
		sisa := r.Realisasi.Rupiah.Decimal()
		r.Triwulan = nil
		for _, p := range bagi {
			q := r.Realisasi.Rupiah.Decimal().Mul(decimal.NewFromInt(p)).Div(decimal.NewFromInt(100)).Floor()
			r.Triwulan = append(r.Triwulan, anggaran.RupiahDariDesimal(anggaran.Ada(q)))
			sisa = sisa.Sub(q)
		}
		r.Triwulan = append(r.Triwulan, anggaran.RupiahDariDesimal(anggaran.Ada(sisa)))
	}
	// The sample's own Bab III does not place the table: its narrative
	// places it with the marker.
	b3 := &d.Narasi.Bab3[len(d.Narasi.Bab3)-1]
	b3.Teks = append(append(lkip.Teks{}, b3.Teks...), "{{tabel_triwulan}}")
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	kode := map[string]int{}
	for _, tm := range l.Temuan {
		kode[tm.Kode]++
	}
	if kode[anggaran.TemuanTriwulanJumlah] != 0 || kode[anggaran.TemuanTriwulanInduk] != 0 {
		t.Errorf("temuan triwulan pada triwulan yang benar: %v", kode)
	}
	if n := len(l.Temuan) - kode[anggaran.TemuanSerapanTriwulan]; n != len(l0.Temuan) {
		t.Errorf("%d temuan lain, sebelumnya %d", n, len(l0.Temuan))
	}
	j := l.Pohon.Triwulan().Baris[0]
	if !j.Kumulatif[3].Valid || !j.Kumulatif[3].Decimal.Equal(l.Ringkasan.Realisasi.Decimal) {
		t.Errorf("kumulatif TW IV %v, realisasi %v", j.Kumulatif[3], l.Ringkasan.Realisasi)
	}
	var md bytes.Buffer
	if err := lkip.RenderMarkdown(&md, l); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| Kode | Uraian Program dan Kegiatan | Pagu (Rp) | TW I (Rp) |") {
		t.Errorf("tabel triwulan tanpa kolom kode:\n%s", baris(md.String(), "Uraian Program dan Kegiatan |"))
	}
}
