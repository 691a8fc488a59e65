package lkip

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/txtar"
)

// TestPegawai reads the scenarios of testdata/pegawai (the staff of a
// Dinas Kesehatan, of a school, …): each archive holds input.json (versi
// 2) and the expected bab1.md (Bab I of the Markdown report, where the
// default outline prints {{tabel_pegawai}}), isian.txt (the placeholders
// of the staff and their values) and temuan.txt (the findings about the
// staff and the PNS). -update rewrites the expected files.
func TestPegawai(t *testing.T) {
	berkas, _ := filepath.Glob("testdata/pegawai/*.txtar")
	if len(berkas) == 0 {
		t.Fatal("no scenario")
	}
	for _, p := range berkas {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a := txtar.Parse(raw)
			in, ok := a.File("input.json")
			if !ok {
				t.Fatal("no input.json")
			}
			d, err := Parse(in, "input.json")
			if err != nil {
				t.Fatal(err)
			}
			l, err := Compute(d, DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			var md bytes.Buffer
			if err := RenderMarkdown(&md, l); err != nil {
				t.Fatal(err)
			}
			bab1 := md.String()
			if i := strings.Index(bab1, "# BAB I "); i >= 0 {
				bab1 = bab1[i:]
			}
			if i := strings.Index(bab1, "# BAB II "); i >= 0 {
				bab1 = bab1[:i]
			}
			var isian strings.Builder
			m := map[string]string{}
			isianPegawai(d.Profil.Pegawai, l.Profil.Pegawai, m)
			for _, n := range urutKunci(m) {
				fmt.Fprintf(&isian, "{{%s}} = %s\n", n, m[n])
			}
			fmt.Fprintf(&isian, "PNS (Tabel 1.1, 1.2) = %d\n", l.Profil.PNS)
			var temuan strings.Builder
			for _, x := range l.Temuan {
				if strings.HasPrefix(x.Lokasi.Path, "profil.") {
					fmt.Fprintln(&temuan, BarisTemuan(x))
				}
			}
			keluaran := map[string]string{"bab1.md": bab1, "isian.txt": isian.String(), "temuan.txt": temuan.String()}
			if *update {
				for _, n := range []string{"bab1.md", "isian.txt", "temuan.txt"} {
					a.Set(n, []byte(keluaran[n]))
				}
				if err := os.WriteFile(p, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for n, got := range keluaran {
				want, ok := a.File(n)
				if !ok {
					t.Errorf("%s not in the archive; run with -update", n)
					continue
				}
				if diff := cmp.Diff(strings.TrimRight(string(want), "\n"), strings.TrimRight(got, "\n")); diff != "" {
					t.Errorf("%s (-want +got):\n%s", n, diff)
				}
			}
		})
	}
}

func urutKunci(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// TestTabelPegawaiOffice: the table of the staff is one layout that every
// renderer reads, so DOCX and XLSX print the same groups and counts as
// Markdown and HTML.
func TestTabelPegawaiOffice(t *testing.T) {
	raw, err := os.ReadFile("testdata/pegawai/dinkes.txtar")
	if err != nil {
		t.Fatal(err)
	}
	in, _ := txtar.Parse(raw).File("input.json")
	d, err := Parse(in, "dinkes")
	if err != nil {
		t.Fatal(err)
	}
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	var md, html, docx, xlsx bytes.Buffer
	for _, r := range []struct {
		w  *bytes.Buffer
		fn func(*bytes.Buffer, *Laporan) error
	}{
		{&md, func(w *bytes.Buffer, l *Laporan) error { return RenderMarkdown(w, l) }},
		{&html, func(w *bytes.Buffer, l *Laporan) error { return RenderHTML(w, l) }},
		{&docx, func(w *bytes.Buffer, l *Laporan) error { return RenderDOCX(w, l) }},
		{&xlsx, func(w *bytes.Buffer, l *Laporan) error { return RenderXLSX(w, l) }},
	} {
		if err := r.fn(r.w, l); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"Jumlah pegawai menurut kelompok dan rinciannya", "Bidan", "Status: PPPK", "Profesi (sebagian): dokter"}
	body, _ := bacaDOCX(t, docx.Bytes())
	var dt strings.Builder
	for _, b := range body {
		dt.WriteString(b.Teks + "\n")
	}
	var xt strings.Builder
	for _, s := range bacaXLSX(t, xlsx.Bytes()) {
		xt.WriteString(s.Name + "\n")
		for _, r := range s.Rows {
			xt.WriteString(strings.Join(r, "|") + "\n")
		}
	}
	for nama, s := range map[string]string{"md": md.String(), "html": html.String(), "docx": dt.String(), "xlsx": xt.String()} {
		for _, w := range want {
			if !strings.Contains(s, w) {
				t.Errorf("%s lacks %q", nama, w)
			}
		}
	}
}
