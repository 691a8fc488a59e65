package lkip_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/txtar"
	"github.com/pemkab/sakip/lkip"
)

func perbarui() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestKelengkapan checks the progress view and the cover and signature of
// the report for each scenario of testdata/kelengkapan: the archive holds
// the data file (input.json) and the expected kelengkapan.md and
// sampul.md (the report's Markdown up to the table of contents). -update
// rewrites the expected files.
func TestKelengkapan(t *testing.T) {
	berkas, _ := filepath.Glob("testdata/kelengkapan/*.txtar")
	if len(berkas) == 0 {
		t.Fatal("tidak ada skenario")
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
				t.Fatal("input.json tidak ada")
			}
			d, err := lkip.Parse(in, "input.json")
			if err != nil {
				t.Fatal(err)
			}
			l, err := lkip.Compute(d, lkip.DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			var km bytes.Buffer
			if err := lkip.RenderKelengkapanMarkdown(&km, l.Kelengkapan()); err != nil {
				t.Fatal(err)
			}
			var md, html, js bytes.Buffer
			if err := lkip.RenderMarkdown(&md, l); err != nil {
				t.Fatal(err)
			}
			if err := lkip.RenderHTML(&html, l); err != nil {
				t.Fatal(err)
			}
			if err := lkip.RenderJSON(&js, l); err != nil {
				t.Fatal(err)
			}
			for _, buruk := range []string{"TAHUN 0", "Kepala ,", "PEMERINTAH **", "PEMERINTAH <", "Tahun 0", "tahun 0", "TA. 0"} {
				for nama, out := range map[string]string{"md": md.String(), "html": html.String()} {
					if strings.Contains(out, buruk) {
						t.Errorf("laporan %s memuat %q", nama, buruk)
					}
				}
			}
			sampul := md.String()
			if i := strings.Index(sampul, "# DAFTAR ISI"); i >= 0 {
				sampul = sampul[:i]
			}
			keluaran := map[string][]byte{"kelengkapan.md": km.Bytes(), "sampul.md": []byte(sampul)}
			if perbarui() {
				for n, b := range keluaran {
					a.Set(n, b)
				}
				if err := os.WriteFile(p, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
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
		})
	}
}

// TestKelengkapanContoh: the sample is nearly complete; what it lacks is
// named, and its kesalahan are counted as to be corrected.
func TestKelengkapanContoh(t *testing.T) {
	l, err := lkip.Compute(lkip.Contoh(), lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	k := l.Kelengkapan()
	if k.Lengkap() {
		t.Error("contoh (5 kesalahan) dinyatakan lengkap")
	}
	kurang := strings.Join(k.Kurang(), "\n")
	if !strings.Contains(kurang, "5 kesalahan") {
		t.Errorf("kekurangan tidak menyebut 5 kesalahan:\n%s", kurang)
	}
	if p := k.Persen(); p < 80 || p >= 100 {
		t.Errorf("Persen = %d, ingin 80–99\n%s", p, kurang)
	}
}

// TestKelengkapanBaru: a new document says every section is to be filled
// in and its report computes.
func TestKelengkapanBaru(t *testing.T) {
	d, err := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2025)
	if err != nil {
		t.Fatal(err)
	}
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	k := l.Kelengkapan()
	if k.Lengkap() || k.Persen() > 40 {
		t.Errorf("dokumen baru: lengkap %v, %d%%", k.Lengkap(), k.Persen())
	}
	var md bytes.Buffer
	if err := lkip.RenderMarkdown(&md, l); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "TAHUN 2025") || !strings.Contains(md.String(), "DINAS KESEHATAN KABUPATEN CONTOH") {
		t.Errorf("sampul dokumen baru:\n%.400s", md.String())
	}
}

// FuzzKelengkapan: any data file that parses gives a progress view, a
// report and, with a year, next year's document, without panicking.
//
//	go test ./lkip -run '^$' -fuzz '^FuzzKelengkapan$' -fuzztime 20s -fuzzminimizetime 2s
func FuzzKelengkapan(f *testing.F) {
	f.Add([]byte(`{"versi": 1}`))
	f.Add([]byte(`{"versi": 1, "identitas": {"tahun": 2024}, "kinerja": {"tahun": 2024, "indikator": [{"id": "I", "nama": "x", "iku": true}]}}`))
	for _, p := range []string{"testdata/kelengkapan/separuh.txtar"} {
		if raw, err := os.ReadFile(p); err == nil {
			if in, ok := txtar.Parse(raw).File("input.json"); ok {
				f.Add(in)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := lkip.Parse(data, "fuzz.json")
		if err != nil {
			return
		}
		l, err := lkip.Compute(d, lkip.DefaultOpsi())
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := lkip.RenderKelengkapanMarkdown(&b, l.Kelengkapan()); err != nil {
			t.Fatal(err)
		}
		if n, _, err := d.Lanjutkan(); err == nil {
			if _, err := n.Encode(); err != nil {
				t.Fatalf("Encode(Lanjutkan): %v", err)
			}
		}
	})
}

// TestKelengkapanTemuan: an empty document's missing items as findings,
// one per item, each located at its section; none for the sample's reviu
// section.
func TestKelengkapanTemuan(t *testing.T) {
	l, err := lkip.Compute(&lkip.Dokumen{}, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	k := l.Kelengkapan()
	ts := k.Temuan()
	if len(ts) != len(k.Kurang()) || len(ts) == 0 {
		t.Fatalf("%d temuan, %d kekurangan", len(ts), len(k.Kurang()))
	}
	for _, x := range ts {
		if x.Kode != lkip.TemuanBelumDiisi || x.Lokasi.Path == "" || !strings.Contains(x.Pesan, "belum diisi") {
			t.Errorf("%s", lkip.BarisTemuan(x))
		}
	}
	if got := lkip.BarisTemuan(ts[0]); got != "catatan [lkip/belum-diisi] identitas.pemda: Identitas: nama pemda belum diisi" {
		t.Errorf("temuan pertama: %q", got)
	}
}
