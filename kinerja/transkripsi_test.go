package kinerja

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// seedTeks is the seed document, the LKIP 2022 of Dinas Sosial Flores
// Timur, as text (testdata/seed).
var seedTeks = filepath.Join("..", "testdata", "seed", "flotim-dinsos-lkip-2022.txt")

const (
	sumberTabel31   = "Tabel 3.1"
	sumberTabel2122 = "Tabel capaian 2021 dan 2022 (Bab III A.3)"
)

// diLuarButir lists the figures of the data file that the seed prints in
// another paragraph of the narrative than the one of their indicator, with
// where: IKU 7's paragraph (Sasaran 2 butir 4) gives the two groups of
// victims, 27 and 52 jiwa, but not their total, which Sasaran 1 butir 1
// prints ("korban bencana alam dan bencana sosial sebanyak 79 jiwa").
var diLuarButir = map[string]string{
	"IKU7 2022 pembilang":        "Sasaran 1 butir 1",
	"IKU7 2022 rincian[0] total": "Sasaran 1 butir 1",
}

// seedBab3 is the part of the seed's Bab III A the transcription comes from.
type seedBab3 struct {
	tabel31   []string          // lines of Tabel 3.1
	tabel2122 []string          // lines of the 2021/2022 table
	butir     map[string]string // "Sasaran 1 butir 3" → the paragraph, with its lists
}

// bacaSeedBab3 cuts the seed into Tabel 3.1 (from its title to "2.
// Evaluasi Capaian Sasaran Strategis"), the narrative (to "3. Analisa
// Capaian Kinerja Tahun Sebelumnya"), split into its numbered paragraphs
// per sasaran, and the 2021/2022 table (to "4. Analisa Penyebab").
func bacaSeedBab3(teks string) (seedBab3, error) {
	baris := strings.Split(teks, "\n")
	cari := func(dari int, awal string) (int, error) {
		for i := dari; i < len(baris); i++ {
			if strings.HasPrefix(baris[i], awal) {
				return i, nil
			}
		}
		return 0, fmt.Errorf("baris %q tidak ditemukan dalam seed", awal)
	}
	var b [4]int
	var err error
	for k, awal := range []string{"Tabel 3.1", "2. Evaluasi Capaian Sasaran Strategis", "3. Analisa Capaian Kinerja Tahun Sebelumnya", "4. Analisa Penyebab"} {
		dari := 0
		if k > 0 {
			dari = b[k-1] + 1
		}
		if b[k], err = cari(dari, awal); err != nil {
			return seedBab3{}, err
		}
	}
	s := seedBab3{tabel31: baris[b[0]:b[1]], tabel2122: baris[b[2]:b[3]], butir: map[string]string{}}
	judul := regexp.MustCompile(`^Sasaran (\d+)\s*:`)
	nomor := regexp.MustCompile(`^(\d+)\. `) // at column 0; nested lists are indented
	sasaran, kunci := "", ""
	for _, l := range baris[b[1]+1 : b[2]] {
		if m := judul.FindStringSubmatch(l); m != nil {
			sasaran, kunci = m[1], ""
			continue
		}
		if m := nomor.FindStringSubmatch(l); m != nil && sasaran != "" {
			kunci = "Sasaran " + sasaran + " butir " + m[1]
		}
		if kunci != "" {
			s.butir[kunci] += l + "\n"
		}
	}
	return s, nil
}

// adaAngka reports whether s holds the figure t as a whole number: not
// part of a longer one ("3.356" does not hold "356", nor "3,356" "3").
func adaAngka(s, t string) bool {
	angka := func(c byte) bool { return c >= '0' && c <= '9' }
	for dari := 0; ; {
		i := strings.Index(s[dari:], t)
		if i < 0 {
			return false
		}
		i += dari
		j := i + len(t)
		kiri := i == 0 || !angka(s[i-1]) && !(i >= 2 && (s[i-1] == '.' || s[i-1] == ',') && angka(s[i-2]))
		kanan := j == len(s) || !angka(s[j]) && !(j+1 < len(s) && (s[j] == '.' || s[j] == ',') && angka(s[j+1]))
		if kiri && kanan {
			return true
		}
		dari = i + 1
	}
}

// bagian is a named figure, for checking several in a fixed order.
type bagian struct {
	nama string
	a    *Angka
}

var butirSumber = regexp.MustCompile(`Sasaran \d+ butir \d+`)

// periksaTranskripsi compares the kinerja section with the seed text and
// returns what does not appear there as printed:
//
//   - each IKU's 2022 target and realisasi of Tabel 3.1, on the table's row
//     for the indicator ("| nama | 6,77% | 53,3% |");
//   - its 2021 and 2022 targets and realisasi of the 2021/2022 table, on
//     one row in that order;
//   - the formula parts, the figures quoted in the narrative and each
//     breakdown (its total, and each item's figure on the line that holds
//     its wording), in the indicator's paragraph of Bab III A.2, or where
//     diLuarButir says;
//   - every row of both tables matched by one IKU (none left over).
func periksaTranskripsi(seed seedBab3, d *Dokumen) []string {
	var salah []string
	gagal := func(format string, a ...any) { salah = append(salah, fmt.Sprintf(format, a...)) }
	sel := func(ind *Indikator, a *Angka) string {
		if a == nil {
			return "–"
		}
		if ind.Satuan == "%" {
			return a.Teks + "%"
		}
		return a.Teks
	}
	// baris returns the index of the line of tabel holding the row cells.
	baris := func(tabel []string, sel ...string) int {
		cari := "| " + strings.Join(sel, " | ") + " |"
		for i, l := range tabel {
			if strings.Contains(l, cari) {
				return i
			}
		}
		return -1
	}
	dipakai31, dipakai2122 := map[int]string{}, map[int]string{}
	iku := 0
	for i := range d.Indikator {
		ind := &d.Indikator[i]
		if !ind.IKU {
			continue
		}
		iku++
		var t21, t22 *DataTahun
		for j := range ind.Tahun {
			dt := &ind.Tahun[j]
			switch {
			case dt.Tahun == 2021 && dt.Sumber == sumberTabel2122:
				t21 = dt
			case dt.Tahun == 2022 && dt.Sumber == sumberTabel31:
				t22 = dt
			}
		}
		if t21 == nil || t22 == nil {
			gagal("%s: tidak ada data 2021 dari %q dan 2022 dari %q", ind.ID, sumberTabel2122, sumberTabel31)
			continue
		}
		// Tabel 3.1
		if k := baris(seed.tabel31, ind.Nama, sel(ind, t22.Target), sel(ind, t22.Realisasi)); k < 0 {
			gagal("%s: Tabel 3.1 tidak memuat baris | %s | %s | %s |", ind.ID, ind.Nama, sel(ind, t22.Target), sel(ind, t22.Realisasi))
		} else {
			dipakai31[k] = ind.ID
		}
		// the 2021/2022 table: 2021 from the year, 2022 as quoted from it
		var q22 *KutipanAngka
		for k := range t22.Kutipan {
			if t22.Kutipan[k].Sumber == sumberTabel2122 {
				q22 = &t22.Kutipan[k]
			}
		}
		if q22 == nil {
			gagal("%s: 2022 tanpa kutipan dari %q", ind.ID, sumberTabel2122)
		} else if k := baris(seed.tabel2122, ind.Nama, sel(ind, t21.Target), sel(ind, t21.Realisasi), sel(ind, q22.Target), sel(ind, q22.Realisasi)); k < 0 {
			gagal("%s: tabel 2021/2022 tidak memuat baris | %s | %s | %s | %s | %s |", ind.ID, ind.Nama,
				sel(ind, t21.Target), sel(ind, t21.Realisasi), sel(ind, q22.Target), sel(ind, q22.Realisasi))
		} else {
			dipakai2122[k] = ind.ID
		}
		// the narrative: the indicator's paragraph is the source of its quote
		paragraf := ""
		for _, q := range t22.Kutipan {
			if m := butirSumber.FindString(q.Sumber); m != "" {
				paragraf = m
				for _, x := range []bagian{{"target", q.Target}, {"realisasi", q.Realisasi}} {
					if x.a != nil && !adaAngka(seed.butir[m], sel(ind, x.a)) {
						gagal("%s: %s 2022 %s tidak tercetak di %s", ind.ID, x.nama, sel(ind, x.a), m)
					}
				}
			}
		}
		if paragraf == "" {
			gagal("%s: 2022 tanpa kutipan dari narasi (Sasaran N butir M)", ind.ID)
			continue
		}
		di := func(nama, asal string) string {
			if lain, ada := diLuarButir[ind.ID+" 2022 "+nama]; ada {
				return lain
			}
			return asal
		}
		for _, x := range []bagian{{"pembilang", t22.Pembilang}, {"penyebut", t22.Penyebut}} {
			if m := di(x.nama, paragraf); x.a != nil && !adaAngka(seed.butir[m], x.a.Teks) {
				gagal("%s: %s 2022 %s tidak tercetak di %s", ind.ID, x.nama, x.a.Teks, m)
			}
		}
		for k, r := range t22.Rincian {
			asal := butirSumber.FindString(r.Sumber)
			if asal == "" {
				gagal("%s: rincian[%d] tanpa sumber Sasaran N butir M: %q", ind.ID, k, r.Sumber)
				continue
			}
			if m := di(fmt.Sprintf("rincian[%d] total", k), asal); r.Total != nil && !adaAngka(seed.butir[m], r.Total.Teks) {
				gagal("%s: total rincian[%d] %s tidak tercetak di %s", ind.ID, k, r.Total.Teks, m)
			}
			for n, b := range r.Butir {
				ok := false
				for _, l := range strings.Split(seed.butir[asal], "\n") {
					// an item of a numbered list counts 1 without printing it
					if strings.Contains(l, b.Uraian) && (b.Nilai == nil || adaAngka(l, b.Nilai.Teks) || b.Nilai.Teks == "1") {
						ok = true
					}
				}
				if !ok {
					nilai := "tanpa angka"
					if b.Nilai != nil {
						nilai = b.Nilai.Teks
					}
					gagal("%s: rincian[%d].butir[%d] %q (%s) tidak tercetak pada satu baris di %s", ind.ID, k, n, b.Uraian, nilai, asal)
				}
			}
		}
	}
	// every row of both tables is an IKU's
	baca := func(nama string, tabel []string, dipakai map[int]string, kolom int) {
		for i, l := range tabel {
			f := strings.Split(l, "|")
			if len(f) != kolom+2 || !strings.HasSuffix(strings.TrimSpace(f[4]), "%") {
				continue // header, separator, text
			}
			if _, ada := dipakai[i]; !ada {
				gagal("%s: baris seed tidak cocok dengan IKU mana pun: %s", nama, l)
			}
		}
		if len(dipakai) != iku {
			gagal("%s: %d baris cocok dengan %d IKU", nama, len(dipakai), iku)
		}
	}
	baca("Tabel 3.1", seed.tabel31, dipakai31, 6)
	baca("tabel 2021/2022", seed.tabel2122, dipakai2122, 7)
	return salah
}

// TestTranskripsiSeed checks the kinerja transcription against the seed
// document itself when it is available (it lives outside the module):
// every target and realisasi of Tabel 3.1 and of the 2021/2022 table, and
// the formula parts and breakdowns the narrative quotes, appear in the
// seed as printed. It also checks that the comparison can fail: a copy of
// the data with figures changed the way a transcriber would (the computed
// 107,97 for the printed 107,9, a dropped thousands separator, a swapped
// 2021 target, a breakdown item's figure) gives exactly those errors.
func TestTranskripsiSeed(t *testing.T) {
	raw, err := os.ReadFile(seedTeks)
	if err != nil {
		t.Fatal(err)
	}
	s, err := bacaSeedBab3(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.butir) != 9 {
		t.Errorf("narasi Bab III A.2: %d paragraf IKU, ingin 9 (3 + 6)", len(s.butir))
	}
	for _, e := range periksaTranskripsi(s, seed(t)) {
		t.Error(e)
	}

	d := seed(t)
	ganti := func(a **Angka, teks string) {
		v := **a
		v.Teks = teks
		*a = &v
	}
	ganti(&d.Indikator[2].Tahun[1].Realisasi, "107,97")
	ganti(&d.Indikator[3].Tahun[1].Pembilang, "1170")
	ganti(&d.Indikator[4].Tahun[0].Target, "55")
	d.Indikator[0].Tahun[1].Rincian[0].Butir[3].Nilai = &Angka{Teks: "11.653"}
	want := []string{
		`IKU1: rincian[0].butir[3] "Rumah Tangga Miskin sebagai Keluarga Penerima Manfaat (KPM) Program Keluarga Harapan (PKH) di Pencairan Tahap IV" (11.653) tidak tercetak pada satu baris di Sasaran 1 butir 1`,
		"IKU3: Tabel 3.1 tidak memuat baris | Persentase PMKS skala yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar | 65,65% | 107,97% |",
		"IKU4: pembilang 2022 1170 tidak tercetak di Sasaran 2 butir 1",
		"IKU5: tabel 2021/2022 tidak memuat baris | Persentase panti sosial yang menyediakan sarana prasarana pelayanan kesehatan sosial | 55% | 66,66% | 55% | 77% |",
		"Tabel 3.1: baris seed tidak cocok dengan IKU mana pun: | | | Persentase PMKS skala yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar | 65,65% | 107,9% | Jumlah PMKS yang memperoleh bantuan sosial dalam 1 tahun / Jumlah PMKS dalam 1 tahun yang seharusnya memperoleh bantuan sosial x 100% |",
		"Tabel 3.1: 8 baris cocok dengan 9 IKU",
		"tabel 2021/2022: baris seed tidak cocok dengan IKU mana pun: | | | Persentase panti sosial yang menyediakan sarana prasarana pelayanan kesehatan sosial | 50% | 66,66% | 55% | 77% |",
		"tabel 2021/2022: 8 baris cocok dengan 9 IKU",
	}
	got := periksaTranskripsi(s, d)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("salinan yang diubah (-ingin +didapat):\n%s", diff)
	}
}
