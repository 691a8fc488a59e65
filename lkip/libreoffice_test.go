package lkip

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// kantor returns the path of LibreOffice and poppler's tools, skipping
// the test when they are missing, except under CI=true (./.ci/run installs
// them), where it fails.
func kantor(t *testing.T) (soffice, pdftotext, pdfinfo string) {
	t.Helper()
	cari := func(paket string, nama ...string) string {
		for _, n := range nama {
			if p, err := exec.LookPath(n); err == nil {
				return p
			}
		}
		pesan := nama[0] + " not found (Debian: apt-get install " + paket + ")"
		if os.Getenv("CI") == "true" {
			t.Fatal(pesan)
		}
		t.Skip(pesan)
		return ""
	}
	soffice = cari("libreoffice-writer libreoffice-calc", "libreoffice", "soffice")
	pdftotext = cari("poppler-utils", "pdftotext")
	pdfinfo = cari("poppler-utils", "pdfinfo")
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("LibreOffice conversions skipped in -short mode")
	}
	return soffice, pdftotext, pdfinfo
}

// profilLibreOffice is a fresh LibreOffice user profile whose locale is
// Indonesian, so that a spreadsheet shows numbers as Excel or LibreOffice
// does for Indonesian staff.
func profilLibreOffice(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "profil")
	if err := os.MkdirAll(filepath.Join(dir, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	xcu := `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
</oor:items>
`
	if err := os.WriteFile(filepath.Join(dir, "user", "registrymodifications.xcu"), []byte(xcu), 0o644); err != nil {
		t.Fatal(err)
	}
	return "file://" + filepath.ToSlash(dir)
}

func jalankan(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.Bytes()
}

// TestLibreOfficeDOCX converts the sample's Word document to PDF with
// LibreOffice headless and checks its text and pages: the chapters and
// tables are there, the figures as printed, a page number on every page
// but the cover, and a page count between the chapters' least and a bound
// that a layout gone wrong (a table a page per row) exceeds.
func TestLibreOfficeDOCX(t *testing.T) {
	soffice, pdftotext, pdfinfo := kantor(t)
	l := laporanContoh(t)
	dir := t.TempDir()
	docx := filepath.Join(dir, "lkip.docx")
	var b bytes.Buffer
	if err := RenderDOCX(&b, l); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(docx, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	jalankan(t, soffice, "--headless", "-env:UserInstallation="+profilLibreOffice(t), "--convert-to", "pdf", "--outdir", dir, docx)
	pdf := filepath.Join(dir, "lkip.pdf")
	info := string(jalankan(t, pdfinfo, pdf))
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo: no page count:\n%s", info)
	}
	halaman, _ := strconv.Atoi(m[1])
	bab := 0
	for _, x := range l.susun() {
		if x.Judul != "" {
			bab++
		}
	}
	t.Logf("%d pages (%d chapters)", halaman, bab)
	// the cover and each chapter start a page; the sample's text and
	// tables fill about 35 A4 pages
	if halaman < bab+1 || halaman > 60 {
		t.Errorf("%d pages, want between %d and 60", halaman, bab+1)
	}
	teks := string(jalankan(t, pdftotext, "-layout", pdf, "-"))
	pages := strings.Split(strings.TrimRight(teks, "\f"), "\f")
	if len(pages) != halaman {
		t.Errorf("pdftotext gives %d pages, pdfinfo %d", len(pages), halaman)
	}
	// the page number, alone on the last line of each page but the cover
	for i, p := range pages {
		baris := strings.Split(strings.TrimRight(p, " \n"), "\n")
		akhir := strings.TrimSpace(baris[len(baris)-1])
		switch {
		case i == 0 && akhir == "1":
			t.Error("the cover shows a page number")
		case i > 0 && akhir != strconv.Itoa(i+1):
			t.Errorf("page %d ends with %q, not its number", i+1, akhir)
		}
	}
	datar := strings.Join(strings.Fields(teks), " ")
	var harus []string
	for _, x := range l.susun() {
		if x.Judul != "" {
			harus = append(harus, x.Judul)
		}
	}
	harus = append(harus, "LAPORAN KINERJA INSTANSI PEMERINTAH (LKIP)", "Tabel 3.1 Capaian IKU", "Tabel 3.2 Realisasi Belanja",
		"9.399.497.972", "98,42%", "787,30%", "Grafik: Capaian IKU tahun 2022 (%)", "NIP. 19670420 199703 1 001")
	for _, s := range harus {
		if !strings.Contains(datar, s) {
			t.Errorf("the PDF lacks %q", s)
		}
	}
}

// TestLibreOfficeXLSX converts the sample's workbook to CSV with LibreOffice
// headless, every sheet, twice: with the cells' raw values, where every
// figure must be a plain number ("9399497972"), and as shown in an
// Indonesian locale, where every cell must read as the report prints it
// ("9.399.497.972", "98,42%", "13.875 Jiwa").
func TestLibreOfficeXLSX(t *testing.T) {
	soffice, _, _ := kantor(t)
	l := laporanContoh(t)
	dir := t.TempDir()
	xlsx := filepath.Join(dir, "lkip.xlsx")
	var b bytes.Buffer
	if err := RenderXLSX(&b, l); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(xlsx, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	profil := profilLibreOffice(t)
	// CSV filter options: separator ";", quote '"', UTF-8, from line 1,
	// language id-ID, …, token 9 "as shown", token 12 -1 every sheet
	konversi := func(tampil bool) map[string][][]string {
		out := filepath.Join(dir, "csv-"+strconv.FormatBool(tampil))
		opsi := "csv:Text - txt - csv (StarCalc):59,34,76,1,,1057,false,true," + strconv.FormatBool(tampil) + ",false,false,-1"
		jalankan(t, soffice, "--headless", "-env:UserInstallation="+profil, "--convert-to", opsi, "--outdir", out, xlsx)
		files, err := filepath.Glob(filepath.Join(out, "*.csv"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no CSV written (%v)", err)
		}
		sheets := map[string][][]string{}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(bytes.NewReader(data))
			r.Comma, r.FieldsPerRecord = ';', -1
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			for i := range rows {
				for len(rows[i]) > 0 && rows[i][len(rows[i])-1] == "" {
					rows[i] = rows[i][:len(rows[i])-1]
				}
			}
			sheets[rows[0][0]] = rows // keyed by the title in A1
		}
		return sheets
	}
	shown, raw := konversi(true), konversi(false)

	n := 0
	for _, x := range l.susun() {
		for _, e := range x.Isi {
			var tb *tabel
			switch e.Jenis {
			case elTabel:
				tb = e.Tabel
			case elGrafik:
				tb = tabelGrafik(e.Grafik)
			default:
				continue
			}
			n++
			judul := strings.TrimSpace(tb.Nomor + " " + tb.Judul)
			want := [][]string{{judul}}
			baris := func(row []sel) []string {
				var out []string
				for _, c := range row {
					out = append(out, c.Teks)
					for k := 1; k < c.Span; k++ {
						out = append(out, "")
					}
				}
				for len(out) > 0 && out[len(out)-1] == "" {
					out = out[:len(out)-1]
				}
				return out
			}
			want = append(want, baris(tb.Kepala))
			for _, r := range append(append([][]sel{}, tb.Badan...), tb.Kaki...) {
				want = append(want, baris(r))
			}
			if tb.Sumber != "" {
				want = append(want, nil, []string{"Sumber: " + tb.Sumber})
			}
			if tb.Catatan != "" {
				want = append(want, []string{tb.Catatan})
			}
			got, ok := shown[judul]
			if !ok {
				t.Errorf("no sheet titled %q", judul)
				continue
			}
			for i := range got {
				if len(got[i]) == 0 {
					got[i] = nil
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s as shown in id-ID (-report +LibreOffice):\n%s", judul, diff)
			}
			// raw: each figure the writer made a number is a plain decimal
			mentah := raw[judul]
			for i, r := range append(append([][]sel{}, tb.Badan...), tb.Kaki...) {
				col := 0
				for _, c := range r {
					if d, _, ok := angkaSel(c.Teks); ok && c.Angka {
						v := ""
						if i+2 < len(mentah) && col < len(mentah[i+2]) {
							v = strings.TrimSuffix(mentah[i+2][col], "%")
						}
						want := d.String()
						if strings.HasSuffix(c.Teks, "%") {
							want = d.Shift(2).String()
						}
						if v != want && v != strings.Replace(want, ".", ",", 1) {
							t.Errorf("%s %s%d: raw %q, want the number %s", judul, string(rune('A'+col)), i+3, v, want)
						}
					}
					col += max(c.Span, 1)
				}
			}
		}
	}
	if n != len(shown) {
		t.Errorf("%d sheets, want %d (one per table and chart)", len(shown), n)
	}
}
