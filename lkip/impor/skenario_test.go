package impor

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/txtar"
	"github.com/pemkab/sakip/lkip"
)

var update = flag.Bool("update", false, "rewrite the outputs of testdata/skenario")

// TestSkenario runs testdata/skenario/*.txtar. Each archive has a sheet
// (lembar.csv), optionally the sheet the document was made from before
// (sebelum.csv, imported into an empty document with its proposed mapping)
// and a changed mapping (pemetaan: lines "C=pagu", "D=" to read no column);
// the outputs are the proposed mapping (usulan), the preview row by row
// (pratinjau) and what applying it gives (hasil: the rows of the new
// document). -update rewrites the outputs.
func TestSkenario(t *testing.T) {
	files, err := filepath.Glob("testdata/skenario/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			ar := txtar.Parse(data)
			got := jalankan(t, ar)
			if *update {
				for _, name := range []string{"usulan", "pratinjau", "hasil"} {
					ar.Set(name, got[name])
				}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, name := range []string{"usulan", "pratinjau", "hasil"} {
				want, _ := ar.File(name)
				if diff := cmp.Diff(string(want), string(got[name])); diff != "" {
					t.Errorf("%s (-want +got):\n%s", name, diff)
				}
			}
		})
	}
}

func jalankan(t *testing.T, ar *txtar.Archive) map[string][]byte {
	t.Helper()
	var d *lkip.Dokumen
	if sebelum, ok := ar.File("sebelum.csv"); ok {
		d = impor1(t, "sebelum.csv", sebelum, nil, nil)
	}
	in, ok := ar.File("lembar.csv")
	if !ok {
		t.Fatal("no lembar.csv")
	}
	out := map[string][]byte{}
	var peta map[string]string
	if p, ok := ar.File("pemetaan"); ok {
		peta = map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(string(p)), "\n") {
			h, k, _ := strings.Cut(line, "=")
			peta[strings.TrimSpace(h)] = strings.TrimSpace(k)
		}
	}
	ls, err := Baca("lembar.csv", in)
	if err != nil {
		out["usulan"] = []byte("galat: " + err.Error() + "\n")
		return out
	}
	u := Usulkan(ls[0])
	var b bytes.Buffer
	fmt.Fprintf(&b, "jenis: %s\njudul: baris %d\n", u.Jenis, u.Judul)
	for c, k := range u.Kolom {
		fmt.Fprintf(&b, "%s %q: %s\n", HurufKolom(c), u.JudulKolom[c], k.Judul())
	}
	out["usulan"] = b.Bytes()
	b = bytes.Buffer{}
	if peta != nil {
		for h, k := range peta {
			c := nomorKolom(h) - 1
			if c < 0 || c >= len(u.Kolom) {
				t.Fatalf("pemetaan: column %q", h)
			}
			u.Kolom[c] = Kolom(k)
		}
	}
	h, err := Susun(ls[0], u, Opsi{Tahun: 2024})
	if err != nil {
		out["pratinjau"] = []byte("galat: " + err.Error() + "\n")
		return out
	}
	p, err := Pratinjau(d, h)
	if err != nil {
		fmt.Fprintf(&b, "galat: %v\n", err)
	}
	if p != nil {
		fmt.Fprintf(&b, "ditambah %d, diubah %d, sama %d, ditolak %d, dilewati %d, tetap %d\n", p.Ditambah, p.Diubah, p.Sama, p.Ditolak, p.Lewat, p.Tetap)
		for _, r := range p.Baris {
			fmt.Fprintln(&b, r)
		}
		for _, s := range p.Selisih {
			fmt.Fprintln(&b, "selisih:", s)
		}
	}
	out["pratinjau"] = b.Bytes()
	baru, err := Terapkan(d, h)
	if err != nil {
		out["hasil"] = []byte("galat: " + err.Error() + "\n")
		return out
	}
	out["hasil"] = ringkas(baru)
	return out
}

// impor1 imports data into d with the proposed mapping (peta when given).
func impor1(t *testing.T, nama string, data []byte, d *lkip.Dokumen, peta map[string]string) *lkip.Dokumen {
	t.Helper()
	ls, err := Baca(nama, data)
	if err != nil {
		t.Fatal(err)
	}
	u := Usulkan(ls[0])
	if peta != nil && !u.PakaiPemetaan(peta) { // by header
		t.Fatalf("mapping %v does not fit", peta)
	}
	h, err := Susun(ls[0], u, Opsi{Tahun: 2024})
	if err != nil {
		t.Fatal(err)
	}
	baru, err := Terapkan(d, h)
	if err != nil {
		t.Fatal(err)
	}
	return baru
}

// ringkas lists a document's budget rows and indicators, one a line.
func ringkas(d *lkip.Dokumen) []byte {
	var b bytes.Buffer
	if a := d.Anggaran; a != nil {
		for _, r := range a.Rincian {
			j := r.Tingkat
			if !r.Kode.IsZero() {
				j = r.Kode.Jenjang()
			}
			fmt.Fprintf(&b, "%s", namaBaris(r, j))
			for _, k := range kolomAnggaran {
				if v := k.ambil(&r); v.Valid {
					fmt.Fprintf(&b, "; %s %s", k.nama, tulis(v, k.rp))
				}
			}
			b.WriteString("\n")
		}
		if a.Jumlah != nil {
			fmt.Fprintf(&b, "jumlah; pagu %s; realisasi %s\n", tulis(a.Jumlah.Pagu.Decimal(), true), tulis(a.Jumlah.Realisasi.Decimal(), true))
		}
	}
	if k := d.Kinerja; k != nil {
		ids := map[string]string{}
		for _, s := range k.Sasaran {
			ids[s.ID] = s.Uraian
		}
		for _, ind := range k.Indikator {
			var th []string
			for _, dt := range ind.Tahun {
				th = append(th, fmt.Sprintf("%d: %s / %s / %s", dt.Tahun, tulisAngka(dt.Target), tulisAngka(dt.Realisasi), tulisAngka(dt.Capaian)))
			}
			sort.Strings(th)
			fmt.Fprintf(&b, "%s «%s» (sasaran «%s», %s %s) %s\n", ind.ID, ind.Nama, ids[ind.Sasaran], ind.Satuan, ind.Polaritas, strings.Join(th, "; "))
		}
	}
	return b.Bytes()
}

// nomorKolom reads a spreadsheet column letter; 0 when it is none.
func nomorKolom(h string) int {
	n := 0
	if h == "" || len(h) > 3 {
		return 0
	}
	for _, r := range h {
		if r < 'A' || r > 'Z' {
			return 0
		}
		n = n*26 + int(r-'A'+1)
	}
	return n
}
