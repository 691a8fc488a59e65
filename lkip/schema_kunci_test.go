package lkip

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/internal/txtar"
)

// kunciDikenal finds the JSON keys the readers accept in every object of
// the given data files: it adds an unknown member to one object of each
// kind (path with the indices taken out) and reads the list of known keys
// from the reader's refusal. It returns, per object path
// ("kinerja.indikator[].tahun[]"), the keys known there.
func kunciDikenal(t *testing.T, berkas map[string][]byte) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	pola := regexp.MustCompile(`yang dikenal di sini: (.*)$`)
	indeks := regexp.MustCompile(`\[\d+\]`)
	for nama, data := range berkas {
		akar, err := naskah.Baca(data)
		if err != nil {
			t.Fatalf("%s: %v", nama, err)
		}
		var jalan func(v *naskah.Nilai, path string)
		jalan = func(v *naskah.Nilai, path string) {
			switch v.Jenis {
			case naskah.JenisObjek:
				umum := indeks.ReplaceAllString(path, "[]")
				if _, ada := out[umum]; !ada {
					v.Isi = append(v.Isi, naskah.Nilai{Nama: "zz_uji", Jenis: naskah.JenisBoolean, Teks: "true", Baris: v.Baris})
					_, err := dariNaskah(akar)
					v.Isi = v.Isi[:len(v.Isi)-1]
					var pe *ParseError
					if errors.As(err, &pe) && pe.Path == naskah.JoinPath(path, "zz_uji") {
						if m := pola.FindStringSubmatch(pe.Err.Error()); m != nil {
							out[umum] = strings.Split(m[1], ", ")
						}
					}
				}
				for i := range v.Isi {
					jalan(&v.Isi[i], naskah.JoinPath(path, v.Isi[i].Nama))
				}
			case naskah.JenisDaftar:
				for i := range v.Isi {
					jalan(&v.Isi[i], path+"["+strconv.Itoa(i)+"]")
				}
			}
		}
		jalan(akar, "")
	}
	return out
}

// TestSchemaSemuaKunci: every JSON key the readers accept in the sample,
// every data file of ../testdata, the example of SCHEMA.md and the
// scenarios of testdata (staff, kelengkapan) is documented in SCHEMA.md
// (as `key`, or as the end of a path: `baris[].key`), and the
// root, every lkip section, anggaran and kinerja are among the objects
// seen, so that a new field cannot go undocumented.
func TestSchemaSemuaKunci(t *testing.T) {
	b, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	schema := string(b)
	berkas := map[string][]byte{"seed": sampel.FlotimDinsos2022, "bersih": sampel.FlotimDinsos2022Bersih}
	if i := strings.Index(schema, "## A complete small example"); i >= 0 {
		s := schema[i:]
		s = s[strings.Index(s, "```json\n")+len("```json\n"):]
		berkas["SCHEMA.md"] = []byte(s[:strings.Index(s, "```")])
	}
	lain, _ := filepath.Glob("../testdata/*.json") // every data file of the module's test data
	for _, p := range lain {
		if raw, err := os.ReadFile(p); err == nil {
			berkas[p] = raw
		}
	}
	for _, pola := range []string{"testdata/pegawai/*.txtar", "testdata/kelengkapan/*.txtar"} {
		ps, _ := filepath.Glob(pola)
		for _, p := range ps {
			raw, _ := os.ReadFile(p)
			if in, ok := txtar.Parse(raw).File("input.json"); ok {
				berkas[p] = in
			}
		}
	}
	kunci := kunciDikenal(t, berkas)
	for _, wajib := range []string{"", "identitas", "identitas.kepala", "identitas.tanda_tangan[]", "profil", "profil.pegawai[]",
		"profil.pegawai[].rincian[]", "profil.pegawai[].rincian[].butir[]", "narasi", "narasi.bab1[]", "kutipan", "kutipan.angka[]",
		"tanggapan[]", "anggaran", "anggaran.rincian[]", "anggaran.belanja[]", "kinerja", "kinerja.indikator[]", "kinerja.indikator[].tahun[]",
		"kinerja.sasaran[]", "kinerja.renstra", "kinerja.perjanjian_kinerja"} {
		if _, ok := kunci[wajib]; !ok {
			t.Errorf("no object %q seen in the test files", wajib)
		}
	}
	var paths []string
	for p := range kunci {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		for _, k := range kunci[p] {
			if !strings.Contains(schema, "`"+k+"`") && !strings.Contains(schema, "."+k+"`") {
				t.Errorf("SCHEMA.md does not document the key `%s` of %s", k, naskah.JoinPath(p, ""))
			}
		}
		if testing.Verbose() {
			t.Logf("%s: %s", p, strings.Join(kunci[p], ", "))
		}
	}
}
