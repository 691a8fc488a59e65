package lkip_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/txtar"
	"github.com/pemkab/sakip/lkip"
)

// berkasDeliSerdang is the transcription of the real Renja evaluation
// 2025 of the Deli Serdang Bappedalitbang (internal/gen/deliserdang).
const berkasDeliSerdang = "../testdata/deliserdang-bappedalitbang-2025.json"

func deliSerdangLKIP(t testing.TB, o lkip.Opsi) (*lkip.Dokumen, *lkip.Laporan) {
	t.Helper()
	data, err := os.ReadFile(berkasDeliSerdang)
	if err != nil {
		t.Fatal(err)
	}
	d, err := lkip.Parse(data, "deliserdang-bappedalitbang-2025.json")
	if err != nil {
		t.Fatal(err)
	}
	l, err := lkip.Compute(d, o)
	if err != nil {
		t.Fatal(err)
	}
	return d, l
}

var jalurIndeks = regexp.MustCompile(`^(kinerja\.indikator|anggaran\.rincian)\[(\d+)\]`)

// siapa names the row a finding is on: an indicator by its ID ("B51", its
// sheet row), a budget row by its uraian, else the finding's row label.
func siapa(d *lkip.Dokumen, tm anggaran.Temuan) string {
	m := jalurIndeks.FindStringSubmatch(tm.Lokasi.Path)
	if m == nil {
		return tm.Lokasi.Baris
	}
	i, _ := strconv.Atoi(m[2])
	if m[1] == "kinerja.indikator" {
		return d.Kinerja.Indikator[i].ID
	}
	return d.Anggaran.Rincian[i].Uraian
}

// TestTemuanDeliSerdangLKIP lists what each kesalahan and peringatan of
// the LKIP reviu on the real Deli Serdang document is (by code and the
// indicator's sheet row or the budget row), and counts the catatan per
// code. Each entry was checked against the spreadsheet.
func TestTemuanDeliSerdangLKIP(t *testing.T) {
	d, l := deliSerdangLKIP(t, lkip.DefaultOpsi())
	type key struct{ kode, siapa string }
	want := map[key]string{
		// A kegiatan whose Renstra pagu is not the sum of its sub kegiatan.
		{anggaran.TemuanPaguRenstraJumlah, "Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan"}:        "kegiatan 74: its Renstra pagu SUM(K85:K88) leaves out sub kegiatan 79 and 80: Rp 85.916.205 short",
		{anggaran.TemuanPaguRenstraJumlah, "Program Koordinasi Dan Sinkronisasi Perancanaan Pembangunan Daerah"}: "program 60 adds the wrong kegiatan 74 (the message says the difference comes from it)",
		// A duplicated pagu.
		{anggaran.TemuanPaguGanda, "Pengadaan Kendaraan Dinas Operasional atau Lapangan yang Disediakan"}: "the Renstra pagu Rp 70.315.088 of Kendaraan Dinas Jabatan (row 40) again in row 41",
		{anggaran.TemuanPaguGanda, "Program Riset dan Inovasi Daerah"}:                                    "the row numbered 0: Rp 1.173.117.699, the Renstra pagu of Program Penelitian dan Pengembangan Daerah",
		// A realisasi of 0 while the four triwulan add up to 35 and money was spent.
		{"kinerja/triwulan-jumlah", "B51"}: "Pemeliharaan Mebel: realisasi 0 Unit, quarters 0 + 0 + 0 + 35, Rp 2.790.000 spent",
		{"kinerja/capaian-ekstrem", "B51"}: "the same row: capaian 0 % of 35 Unit",
		// Money spent while the output is 0.
		{lkip.TemuanDanaTanpaKeluaran, "B46"}: "Penyediaan Jasa Surat Menyurat: Rp 800.000 spent, K 0 in every quarter",
		{lkip.TemuanDanaTanpaKeluaran, "B48"}: "Penyediaan Jasa Pelayanan Umum Kantor: Rp 321.890.797 spent, K 0",
		{"kinerja/capaian-ekstrem", "B46"}:    "the same rows: capaian 0 %",
		{"kinerja/capaian-tercetak", "B46"}:   "the form's cumulative % of TW IV prints 100 % although K is 0 in every quarter",
		{"kinerja/capaian-tercetak", "B48"}:   "the same",
		{"kinerja/capaian-tercetak", "B51"}:   "Pemeliharaan Mebel: 100 % printed (35 of 35 by the quarters) beside a realisasi of 0",
		{"kinerja/capaian-ekstrem", "B48"}:    "",
		{"kinerja/capaian-ekstrem", "B105"}:   "Fasilitasi Hak Kekayaan Intelektual: target 1 Lap, realisasi 0 (pagu 0, nothing spent)",
		// A target of 0: row 82 realised 1 Lap against 0 (the form's column 15 printed #DIV/0!, its Renstra target being 0 too).
		{"kinerja/target-nol", "B82"}: "sub kegiatan 72: target 0, realisasi 1 Lap",
	}
	// The other targets of 0, with realisasi 0: rows not planned in 2025
	// (pagu 0) and Program Riset dan Inovasi Daerah with its second indicator.
	for _, r := range []string{"B40", "B41", "B43", "B86", "B89", "B90", "B106", "B107"} {
		want[key{"kinerja/target-nol", r}] = "target 0: capaian cannot be computed"
	}
	// Unit mix-ups: percentages, scores and "Orang / Bulan" whose four
	// quarters add up to the year's realisasi, as if they were counts
	// (row 23: 11,25 × 4 = 45 persons per month).
	for _, r := range []string{"B13", "B14", "B22", "B23", "B30", "B45", "B55", "B56", "B64", "B67", "B70", "B71", "B77", "B84", "B92", "B93", "B97", "B98", "B101", "B103"} {
		want[key{"kinerja/triwulan-satuan", r}] = "a unit that cannot be summed, summed over the quarters"
	}
	// The IKU (the programs' indicators) have no formula in the form.
	for _, r := range []string{"B13", "B55", "B70", "B92", "B97", "B106", "B107"} {
		want[key{"kinerja/rumus-kosong", r}] = "IKU without formula"
	}
	got := map[key]bool{}
	catatan := map[string]int{}
	for _, tm := range l.Temuan {
		if tm.Tingkat == anggaran.Catatan {
			catatan[tm.Kode]++
			continue
		}
		k := key{tm.Kode, siapa(d, tm)}
		if got[k] {
			t.Errorf("temuan dua kali: %v", k)
		}
		got[k] = true
		if _, ok := want[k]; !ok {
			t.Errorf("temuan tak terduga: %s", lkip.BarisTemuan(tm))
		}
	}
	for k, why := range want {
		if !got[k] {
			t.Errorf("temuan tidak ada %v: %s", k, why)
		}
	}
	// The remarks: 6 serapan below the quarter targets 15/40/60/90 (the
	// whole table, 81,66 % at TW IV, and 5 programs; Program Riset dan
	// Inovasi Daerah has a pagu of 0); 7 IKU without an evaluation
	// paragraph (the form has no narrative); 3 sasaran not in a Renstra
	// tree (the form has none) and no Perjanjian Kinerja.
	wantCatatan := map[string]int{anggaran.TemuanSerapanTriwulan: 6, lkip.TemuanNarasiIKU: 7, "kinerja/sasaran-renstra": 3, "kinerja/pk-kosong": 1}
	if diff := cmp.Diff(wantCatatan, catatan); diff != "" {
		t.Errorf("catatan per kode (-ingin +dapat):\n%s", diff)
	}
	for _, tm := range l.Temuan {
		if strings.Contains(tm.Pesan, "[") || tm.Lokasi.Baris == "" && tm.Kode != "kinerja/pk-kosong" {
			t.Errorf("temuan tanpa nama baris atau dengan jalur JSON: %s", lkip.BarisTemuan(tm))
		}
	}
}

// TestDeliSerdangGolden compares the report (Markdown) and the reviu of
// the Deli Serdang document with lkip/testdata/deliserdang.txtar (-update
// rewrites them).
func TestDeliSerdangGolden(t *testing.T) {
	_, l := deliSerdangLKIP(t, lkip.DefaultOpsi())
	var md, reviu bytes.Buffer
	if err := lkip.RenderMarkdown(&md, l); err != nil {
		t.Fatal(err)
	}
	for _, tm := range l.Temuan {
		reviu.WriteString(lkip.BarisTemuan(tm) + "\n")
	}
	const p = "testdata/deliserdang.txtar"
	keluaran := map[string][]byte{"laporan.md": md.Bytes(), "reviu.txt": reviu.Bytes()}
	if perbarui() {
		a := &txtar.Archive{Comment: []byte("The LKIP of ../../testdata/deliserdang-bappedalitbang-2025.json (generated from the Deli Serdang\nRenja evaluation 2025 by internal/gen/deliserdang): the report and the reviu under the default\noptions (go test ./lkip -run TestDeliSerdangGolden -update).\n")}
		a.Set("laporan.md", md.Bytes())
		a.Set("reviu.txt", reviu.Bytes())
		if err := os.WriteFile(p, txtar.Format(a), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	a := txtar.Parse(raw)
	for n, b := range keluaran {
		want, ok := a.File(n)
		if !ok {
			t.Errorf("%s tidak ada di arsip (jalankan dengan -update)", n)
			continue
		}
		if diff := cmp.Diff(strings.TrimRight(string(want), "\n"), strings.TrimRight(string(b), "\n")); diff != "" {
			t.Errorf("%s (-ingin +dapat):\n%s", n, diff)
		}
	}
}

// TestTabelTriwulan: the quarterly monitoring table is in every rendering
// of a document with quarters (the default outline prints it), with the
// targets of the options and serapan below them marked; the sample, which
// has no quarters, does not print it.
func TestTabelTriwulan(t *testing.T) {
	o := lkip.DefaultOpsi()
	_, l := deliSerdangLKIP(t, o)
	var md, html, docx bytes.Buffer
	if err := lkip.RenderMarkdown(&md, l); err != nil {
		t.Fatal(err)
	}
	if err := lkip.RenderHTML(&html, l); err != nil {
		t.Fatal(err)
	}
	if err := lkip.RenderDOCX(&docx, l); err != nil {
		t.Fatal(err)
	}
	xml := docxTeks(t, docx.Bytes())
	for nama, s := range map[string]string{"md": md.String(), "html": html.String(), "docx": xml} {
		for _, want := range []string{"Monitoring Realisasi Anggaran per Triwulan TA. 2025", "Monitoring Realisasi IKU per Triwulan TA. 2025", "Target serapan kumulatif"} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: %q tidak ada", nama, want)
			}
		}
	}
	// The whole table at TW I: 13,39 % of the pagu against a target of 15.
	if !strings.Contains(md.String(), "| **JUMLAH** | **14.723.660.349** | **1.971.343.265** | **13,39\\*** |") {
		t.Errorf("baris jumlah triwulan tidak sesuai:\n%s", baris(md.String(), "**JUMLAH** | **14.723"))
	}
	// The sample has no quarters: no table.
	ls, err := lkip.Compute(lkip.Contoh(), o)
	if err != nil {
		t.Fatal(err)
	}
	var ms bytes.Buffer
	if err := lkip.RenderMarkdown(&ms, ls); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(ms.String(), "Monitoring Realisasi") {
		t.Error("sampel tanpa triwulan mencetak tabel monitoring")
	}
	// The JSON report carries the roll-up only when there are quarters.
	var js, jss bytes.Buffer
	if err := lkip.RenderJSON(&js, l); err != nil {
		t.Fatal(err)
	}
	if err := lkip.RenderJSON(&jss, ls); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"target_serapan": [`) || !strings.Contains(js.String(), `"13.39"`) {
		t.Error("laporan JSON tanpa triwulan")
	}
	if strings.Contains(jss.String(), `"triwulan"`) {
		t.Error("laporan JSON sampel memuat triwulan")
	}
}

func baris(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return "(tidak ada)"
}

// docxTeks returns word/document.xml of a DOCX.
func docxTeks(t *testing.T, b []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			x, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(x)
		}
	}
	t.Fatal("word/document.xml tidak ada")
	return ""
}
