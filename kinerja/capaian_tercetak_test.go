package kinerja

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCapaianTercetak: a printed capaian (in Tabel 3.1, quoted in the
// text, or of a sasaran) is compared with the computed one at its printed
// precision; a truncated one, one scored with the other polarity's
// formula, and one simply wrong are told apart.
func TestCapaianTercetak(t *testing.T) {
	ind := func(pol, target, realisasi, capaian, kutipan string) string {
		k := ""
		if kutipan != "" {
			k = fmt.Sprintf(`, "kutipan": [{"sumber": "Bab III A.2", "capaian": %q}]`, kutipan)
		}
		c := ""
		if capaian != "" {
			c = fmt.Sprintf(`, "capaian": %q`, capaian)
		}
		return fmt.Sprintf(`{"id": "A", "nomor": "1", "nama": "Persentase X", "sasaran": "S", "iku": true, "satuan": "%%", "polaritas": %q,
			"tahun": [{"tahun": 2022, "sumber": "Tabel 3.1", "target": %q, "realisasi": %q%s%s}]}`, pol, target, realisasi, c, k)
	}
	doc := func(sasaranCapaian string, ind ...string) string {
		c := ""
		if sasaranCapaian != "" {
			c = fmt.Sprintf(`, "capaian": [{"tahun": 2022, "sumber": "Tabel 3.2", "capaian": %q}]`, sasaranCapaian)
		}
		return fmt.Sprintf(`{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "Meningkatnya X"%s}], "indikator": [%s]}`, c, strings.Join(ind, ","))
	}
	type temuan struct{ Kode, Path, Tercetak, Terhitung string }
	for _, tc := range []struct {
		nama  string
		doc   string
		want  []temuan
		pesan []string // substrings of the first finding's message
	}{
		{"dibulatkan benar, 1 desimal", doc("", ind("positif", "80", "79", "98,8", "")), nil, nil},
		{"dibulatkan benar, 2 desimal", doc("", ind("positif", "80", "79", "98,75", "")), nil, nil},
		{"dibulatkan benar, 0 desimal", doc("", ind("positif", "80", "79", "99", "")), nil, nil},
		{"dipotong", doc("", ind("positif", "80", "79", "98,7", "")),
			[]temuan{{"kinerja/capaian-dipotong", "indikator[0].tahun[0].capaian", "98,7%", "98,8%"}},
			[]string{`IKU 1 "Persentase X" tahun 2022`, "98,7%", "98,8%", "pemotongan"}},
		{"salah beberapa poin", doc("", ind("positif", "80", "79", "93,75", "")),
			[]temuan{{"kinerja/capaian-tercetak", "indikator[0].tahun[0].capaian", "93,75%", "98,75%"}},
			[]string{`IKU 1 "Persentase X" tahun 2022`, "93,75%", "98,75%", "selisih -5,00 poin"}},
		{"120 persen benar", doc("", ind("positif", "50", "60", "120", "")), nil, nil},
		{"negatif dinilai positif", doc("", ind("negatif", "10", "8", "80", "")),
			[]temuan{{"kinerja/polaritas-rumus", "indikator[0].tahun[0].capaian", "80%", "120%"}},
			[]string{"realisasi / target × 100", "berpolaritas negatif", "(2 × target − realisasi) / target × 100 = 120%"}},
		{"negatif benar", doc("", ind("negatif", "10", "8", "120", "")), nil, nil},
		{"positif dinilai negatif", doc("", ind("positif", "10", "8", "125", "")),
			[]temuan{{"kinerja/polaritas-rumus", "indikator[0].tahun[0].capaian", "125%", "80%"}},
			[]string{"target / realisasi × 100", "ubah polaritasnya menjadi negatif"}},
		{"kutipan berbeda dengan tabel", doc("", ind("positif", "80", "79", "98,75", "98,5")),
			[]temuan{{"kinerja/kutipan-beda", "indikator[0].tahun[0].kutipan[0].capaian", "98,5%", "98,75%"}},
			[]string{"Bab III A.2", "98,5%", "98,75%"}},
		{"kutipan salah, tabel tanpa capaian", doc("", ind("positif", "80", "79", "", "97")),
			[]temuan{{"kinerja/capaian-tercetak", "indikator[0].tahun[0].kutipan[0].capaian", "97%", "99%"}},
			[]string{"di Bab III A.2"}},
		{"target 0 dengan capaian tercetak", doc("", ind("negatif", "0", "0", "100", "")),
			[]temuan{{"kinerja/target-nol", "indikator[0].tahun[0].target", "0%", ""}},
			[]string{"mencetak capaian 100%", "TargetNolNegatifTercapai"}},
		{"sasaran benar", doc("99,38", ind("positif", "80", "79", "", ""), strings.Replace(ind("positif", "5", "5", "", ""), `"A"`, `"B"`, 1)), nil, nil},
		{"sasaran dipotong", doc("99,37", ind("positif", "80", "79", "", ""), strings.Replace(ind("positif", "5", "5", "", ""), `"A"`, `"B"`, 1)),
			[]temuan{{"kinerja/capaian-dipotong", "sasaran[0].capaian[0]", "99,37%", "99,38%"}}, []string{`sasaran "Meningkatnya X"`}},
		{"sasaran salah", doc("95", ind("positif", "80", "79", "", ""), strings.Replace(ind("positif", "5", "5", "", ""), `"A"`, `"B"`, 1)),
			[]temuan{{"kinerja/capaian-tercetak", "sasaran[0].capaian[0]", "95%", "99%"}}, []string{"rata-rata capaian 2 indikatornya 99%"}},
	} {
		t.Run(tc.nama, func(t *testing.T) {
			d := mustParse(t, tc.doc)
			var got []temuan
			var pesan []string
			for _, x := range Check(d, 0, Opsi{}) {
				switch x.Kode {
				case "kinerja/capaian-tercetak", "kinerja/capaian-dipotong", "kinerja/polaritas-rumus", "kinerja/kutipan-beda", "kinerja/target-nol":
					got = append(got, temuan{x.Kode, x.Lokasi.Path, x.Tercetak, x.Terhitung})
					pesan = append(pesan, x.Pesan)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("temuan (-ingin +didapat):\n%s", diff)
			}
			for _, s := range tc.pesan {
				if !strings.Contains(pesan[0], s) {
					t.Errorf("pesan tidak memuat %q: %s", s, pesan[0])
				}
			}
		})
	}
}

// TestCapaianTercetakBerkas: the printed capaian of an indicator year, a
// kutipan and a sasaran are read from and written to the data file.
func TestCapaianTercetakBerkas(t *testing.T) {
	src := `{"tahun": 2022, "sasaran": [{"id": "S", "uraian": "s", "capaian": [{"tahun": 2022, "sumber": "Tabel 3.2", "capaian": "99,4%"}]}],
		"indikator": [{"id": "A", "nama": "a", "sasaran": "S", "satuan": "%",
		  "tahun": [{"tahun": 2022, "target": "80", "realisasi": "79", "capaian": "98,75", "kutipan": [{"sumber": "Bab III", "capaian": "98,8"}]}]}]}`
	d := mustParse(t, src)
	dt := d.Indikator[0].Tahun[0]
	if dt.Capaian == nil || dt.Capaian.Teks != "98,75" || dt.Kutipan[0].Capaian == nil || dt.Kutipan[0].Capaian.Teks != "98,8" ||
		len(d.Sasaran[0].Capaian) != 1 || d.Sasaran[0].Capaian[0].Capaian.Teks != "99,4%" {
		t.Fatalf("capaian tidak terbaca: %+v %+v", dt, d.Sasaran[0].Capaian)
	}
	b, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	d2 := mustParse(t, string(b))
	if diff := cmp.Diff(d, d2); diff != "" {
		t.Errorf("baca-tulis-baca berbeda:\n%s\n%s", diff, b)
	}
	for _, s := range []string{`"capaian":"98,75"`, `"capaian":"98,8"`, `"capaian":"99,4%"`} {
		if !strings.Contains(string(b), s) {
			t.Errorf("tulisan tidak memuat %s:\n%s", s, b)
		}
	}
}
