package kinerja

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/csvteks"
	"github.com/shopspring/decimal"
)

// OpsiTabel31 are the options of [ParseTabel31].
type OpsiTabel31 struct {
	// Berkas names the file in errors.
	Berkas string
	// Tahun is the year of the rows when the table has no tahun column
	// (then it is required), and the reporting year of the document (0:
	// the latest year of the table).
	Tahun int
	// Tabel names the table in findings; "" is "Tabel 3.1".
	Tabel string
}

// MaksTabel31 is the largest CSV file [ParseTabel31] reads, in bytes (the
// limit of the data file, see lkip/SCHEMA.md).
const MaksTabel31 = 32 << 20

// kolomTabel31 maps the normalised header names (see [normal]) a printed
// Tabel 3.1 uses to the column read.
var kolomTabel31 = map[string]string{
	"indikator": "indikator", "indikator kinerja": "indikator", "indikator kinerja utama": "indikator",
	"iku": "indikator", "indikator sasaran": "indikator", "indikator sasaran strategis": "indikator",
	"sasaran": "sasaran", "sasaran strategis": "sasaran", "sasaran program": "sasaran",
	"target": "target", "target kinerja": "target",
	"realisasi": "realisasi", "realisasi kinerja": "realisasi",
	"capaian": "capaian", "capaian kinerja": "capaian", "persentase capaian": "capaian", "capaian persen": "capaian",
	"satuan":    "satuan",
	"polaritas": "polaritas", "polarisasi": "polaritas", "sifat indikator": "polaritas",
	"tahun": "tahun",
	"no":    "no", "nomor": "no", "no urut": "no", "no iku": "no",
	// printed but not read (the report computes them): allowed, ignored
	"predikat": "", "kategori": "", "kriteria": "", "keterangan": "", "ket": "", "catatan": "",
}

// ParseTabel31 reads a printed Tabel 3.1 (the IKU with target, realisasi
// and capaian) saved as CSV by a spreadsheet, and returns it as a
// [Dokumen] of IKU with one year's data each (several when a tahun column
// gives several years), so that [Compute] and [Check] run on it.
//
// The file: an optional UTF-8 byte order mark; ";" or "," as separator,
// decided from the header line (";" when it holds one outside quotes);
// Excel quoting ("98,5" in a ","-separated file). The header names the
// columns in any order, case and punctuation ignored: indikator, target
// and realisasi are required ("indikator kinerja", "iku" …); sasaran
// ("sasaran strategis"), satuan, polaritas ("polarisasi"), capaian
// ("capaian (%)", "capaian kinerja"), tahun and no are optional; a year
// after a header name ("Target 2022", "Capaian 2022 (%)") is the year of
// the rows when there is no tahun column;
// predikat, kategori, kriteria, keterangan and catatan are allowed and not
// read (the report computes the predikat); any other column is refused.
//
// Rows: an empty row is skipped; an empty sasaran repeats the one above
// (a merged cell); with a tahun column, an empty indikator repeats the one
// above too; a row with a sasaran and a capaian but no indikator, target
// or realisasi is the printed capaian of the sasaran. The polaritas is
// positif (or empty), negatif, or their common wordings (maksimal /
// minimal, naik / turun, "semakin tinggi/rendah semakin baik"). A satuan
// "%" or "persen" (or a name starting "Persentase") makes a persentase.
//
// Figures: "", "-", "–" and a spreadsheet error ("#DIV/0!", "#N/A" …)
// are missing; a trailing "%" is dropped. Real tables mix the Indonesian
// (1.500,25) and English (1,500.25) notations, so the notation of each
// column is decided from all its cells: a cell such as "98,5" or "1.5"
// can be read only one way; when the column's cells that decide all fit
// one notation, every cell of the column is read in it (see
// [anggaran.ParseIsian]); when the column holds cells of both notations,
// each such cell is read the only way it can be and a cell that could be
// read both ways is refused; when no cell decides and some can be read
// both ways ("1.500": 1500 or 1,5), the column is refused, naming both
// readings. Nothing is rounded: the printed precision is kept.
//
// Every error is a *[ParseError] naming the file (o.Berkas), the row
// (1-based line of the file) and the column, in Bahasa Indonesia.
func ParseTabel31(r io.Reader, o OpsiTabel31) (*Dokumen, error) {
	if r == nil {
		return nil, &ParseError{Berkas: o.Berkas, Baris: 1, Err: errors.New("tidak ada berkas untuk dibaca")}
	}
	data, err := io.ReadAll(io.LimitReader(r, MaksTabel31+1))
	if err != nil {
		return nil, &ParseError{Berkas: o.Berkas, Baris: 1, Err: err}
	}
	if len(data) > MaksTabel31 {
		return nil, &ParseError{Berkas: o.Berkas, Baris: 1, Err: fmt.Errorf("berkas lebih besar dari %d MiB", MaksTabel31>>20)}
	}
	t := &tabel31{o: o, data: bytes.TrimPrefix(data, []byte("\ufeff"))}
	if t.o.Tabel == "" {
		t.o.Tabel = "Tabel 3.1"
	}
	d, err := t.baca()
	if err != nil {
		return nil, err
	}
	return d, nil
}

type tabel31 struct {
	o          OpsiTabel31
	data       []byte
	kolom      map[string]int // column read → index
	judul      []string       // the header as printed
	tahunJudul int            // the year the headers name ("Target 2022"), 0 when none
	baris      []barisTabel31
}

type barisTabel31 struct {
	line                                int
	sasaran, indikator, satuan, pol, no string
	tahun                               string
	angka                               [3]string // target, realisasi, capaian as printed (see kolomAngka)
}

func (t *tabel31) gagal(line int, kolom string, format string, a ...any) error {
	if line < 1 {
		line = 1
	}
	return &ParseError{Berkas: t.o.Berkas, Baris: line, Kolom: kolom, Err: fmt.Errorf(format, a...)}
}

// nama returns the printed header of column k, for errors.
func (t *tabel31) nama(k string) string {
	if i, ok := t.kolom[k]; ok {
		return strings.TrimSpace(t.judul[i])
	}
	return k
}

func (t *tabel31) baca() (*Dokumen, error) {
	if !utf8.Valid(t.data) {
		off := 0
		for off < len(t.data) {
			r, n := utf8.DecodeRune(t.data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, t.gagal(bytes.Count(t.data[:off], []byte("\n"))+1, "",
			"teks bukan UTF-8 (Excel menyimpan \"CSV (Comma delimited)\" dalam kode Windows-1252): simpan ulang sebagai \"CSV UTF-8\"")
	}
	comma := csvteks.Pemisah(t.data)
	cr := csv.NewReader(bytes.NewReader(t.data))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	judul, err := cr.Read()
	if err == io.EOF {
		return nil, t.gagal(1, "", "berkas kosong: baris judul kolom (indikator;target;realisasi) tidak ada")
	}
	if err != nil {
		return nil, t.galatCSV(err)
	}
	t.judul = append([]string(nil), judul...)
	t.kolom = map[string]int{}
	for i, h := range t.judul {
		n := normal(h)
		if n == "" {
			continue
		}
		// "Target 2022", "Capaian 2022 (%)": the year of the column
		if i := strings.LastIndexByte(n, ' '); i > 0 {
			if y, err := strconv.Atoi(n[i+1:]); err == nil && y >= 1900 && y <= 2200 && len(n)-i-1 == 4 {
				if t.tahunJudul != 0 && t.tahunJudul != y {
					return nil, t.gagal(1, strings.TrimSpace(h), "judul kolom menyebut dua tahun (%d dan %d); satu tabel memuat satu tahun, atau pakai kolom tahun", t.tahunJudul, y)
				}
				t.tahunJudul, n = y, n[:i]
			}
		}
		k, dikenal := kolomTabel31[n]
		if !dikenal {
			if strings.HasPrefix(n, "capaian") {
				k, dikenal = "capaian", true
			}
		}
		if !dikenal {
			return nil, t.gagal(1, strings.TrimSpace(h), "kolom %q tidak dikenal; yang dikenal: indikator, target, realisasi, sasaran, satuan, polaritas, capaian, tahun, no (dan predikat, kategori, keterangan yang tidak dibaca)", strings.TrimSpace(h))
		}
		if k == "" {
			continue
		}
		if j, dup := t.kolom[k]; dup {
			return nil, t.gagal(1, strings.TrimSpace(h), "kolom %q dan %q sama-sama kolom %s", strings.TrimSpace(t.judul[j]), strings.TrimSpace(h), k)
		}
		t.kolom[k] = i
	}
	for _, k := range []string{"indikator", "target", "realisasi"} {
		if _, ok := t.kolom[k]; !ok {
			return nil, t.gagal(1, k, "kolom wajib %q tidak ada di baris judul (perlu: indikator, target, realisasi; pemisah terbaca %q)", k, comma)
		}
	}
	if _, ok := t.kolom["tahun"]; ok && t.tahunJudul != 0 {
		return nil, t.gagal(1, t.nama("tahun"), "tabel mempunyai kolom tahun dan judul kolom bertahun (%d); pakai salah satu", t.tahunJudul)
	}
	if t.o.Tahun != 0 && t.tahunJudul != 0 && t.o.Tahun != t.tahunJudul {
		return nil, t.gagal(1, "", "judul kolom menyebut tahun %d, sedangkan tahun yang diminta %d", t.tahunJudul, t.o.Tahun)
	}
	if t.o.Tahun == 0 {
		t.o.Tahun = t.tahunJudul
	}
	if _, ok := t.kolom["tahun"]; !ok && t.o.Tahun == 0 {
		return nil, t.gagal(1, "tahun", "tabel tidak mempunyai kolom tahun: sebutkan tahun datanya (opsi -tahun) atau tambahkan kolom tahun")
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, t.galatCSV(err)
		}
		line, _ := cr.FieldPos(0)
		kosong := true
		for i, f := range rec {
			if strings.TrimSpace(f) == "" {
				continue
			}
			kosong = false
			if i >= len(t.judul) || strings.TrimSpace(t.judul[i]) == "" {
				return nil, t.gagal(line, "", "kolom ke-%d tidak punya judul tetapi berisi %q; beri judul atau kosongkan", i+1, f)
			}
		}
		if kosong {
			continue
		}
		ambil := func(k string) string {
			i, ok := t.kolom[k]
			if !ok || i >= len(rec) {
				return ""
			}
			return strings.TrimSpace(rec[i])
		}
		b := barisTabel31{line: line, sasaran: ambil("sasaran"), indikator: ambil("indikator"), satuan: ambil("satuan"),
			pol: ambil("polaritas"), no: ambil("no"), tahun: ambil("tahun")}
		for n, k := range kolomAngka {
			b.angka[n] = ambil(k)
		}
		t.baris = append(t.baris, b)
	}
	nilai, err := t.bacaAngka()
	if err != nil {
		return nil, err
	}
	return t.dokumen(nilai)
}

func (t *tabel31) galatCSV(err error) error {
	baris, kolom, err := csvteks.Galat(err, t.data, csvteks.Pemisah(t.data), t.judul)
	return t.gagal(max(baris, 1), kolom, "%v", err)
}

// kosongTabel31 reports a cell that prints no figure: empty, a dash, or
// a spreadsheet error (a target of 0 prints "#DIV/0!" as its capaian).
func kosongTabel31(s string) bool {
	switch s {
	case "", "-", "–", "—", "−":
		return true
	}
	if strings.HasPrefix(s, "#") {
		switch strings.ToUpper(s) {
		case "#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!":
			return true
		}
	}
	return false
}

// selAngka is one figure cell as read in both notations.
type selAngka struct {
	baris              int
	teks               string // as printed, trailing % dropped
	idn, ing           decimal.Decimal
	okIdn, okIng       bool
	galatIdn, galatIng error
}

// bacaAngka reads the figure columns, each in the notation its cells
// decide (see [ParseTabel31]); the result is per row and column, nil for
// a missing figure.
func (t *tabel31) bacaAngka() ([][3]*Angka, error) {
	out := make([][3]*Angka, len(t.baris))
	gayaLain := map[string]anggaran.Gaya{}
	type hasilKolom struct {
		selAngka []selAngka
		idx      []int
		hasI     bool
		hasE     bool
		ambi     []selAngka
		sI, sE   selAngka // the first cell only Indonesian, only English
	}
	kolom := map[string]*hasilKolom{}
	for nk, k := range kolomAngka {
		if _, ada := t.kolom[k]; !ada {
			continue
		}
		h := &hasilKolom{}
		kolom[k] = h
		for i, b := range t.baris {
			s := b.angka[nk]
			if kosongTabel31(s) {
				continue
			}
			teks := strings.TrimSpace(strings.TrimSuffix(s, "%"))
			c := selAngka{baris: b.line, teks: s}
			bacaSel(&c, teks)
			switch {
			case !c.okIdn && !c.okIng:
				_, err := anggaran.ParseIsian(teks, anggaran.JenisBilangan, anggaran.GayaTebak)
				if err == nil {
					err = c.galatIdn
				}
				return nil, t.gagal(b.line, t.nama(k), "%v", err)
			case c.okIdn && c.okIng && !c.idn.Equal(c.ing):
				h.ambi = append(h.ambi, c)
			case c.okIdn && !c.okIng:
				if !h.hasI {
					h.sI = c
				}
				h.hasI = true
			case c.okIng && !c.okIdn:
				if !h.hasE {
					h.sE = c
				}
				h.hasE = true
			}
			h.selAngka = append(h.selAngka, c)
			h.idx = append(h.idx, i)
		}
		switch {
		case h.hasI && !h.hasE:
			gayaLain[k] = anggaran.GayaIndonesia
		case h.hasE && !h.hasI:
			gayaLain[k] = anggaran.GayaInggris
		}
	}
	for nk, k := range kolomAngka {
		h := kolom[k]
		if h == nil {
			continue
		}
		g, tentu := gayaLain[k]
		if !tentu && !h.hasI && !h.hasE && len(h.ambi) > 0 {
			c := h.ambi[0]
			petunjuk := ""
			for _, l := range kolomAngka {
				if gl, ok := gayaLain[l]; ok && l != k {
					petunjuk = fmt.Sprintf(" (Kolom %s berkas ini ditulis dalam %s.)", t.nama(l), gl)
					break
				}
			}
			return nil, t.gagal(c.baris, t.nama(k),
				"gaya angka kolom %s tidak dapat ditentukan: tidak satu pun angkanya hanya dapat dibaca satu cara, dan %q (baris %d) dapat berarti %s (gaya Indonesia: pemisah ribuan) atau %s (gaya Inggris: tanda desimal); %d angka kolom ini bermakna ganda. Tulis angkanya tanpa pemisah ribuan, atau dengan desimal yang menunjukkan gayanya.%s",
				t.nama(k), c.teks, c.baris, polos(c.idn), polos(c.ing), len(h.ambi), petunjuk)
		}
		for n, c := range h.selAngka {
			var v decimal.Decimal
			switch {
			case tentu && g == anggaran.GayaIndonesia:
				v = c.idn
			case tentu && g == anggaran.GayaInggris:
				v = c.ing
			case c.okIdn && c.okIng && !c.idn.Equal(c.ing):
				// a column mixing both notations: this cell decides nothing
				return nil, t.gagal(c.baris, t.nama(k),
					"kolom ini mencampur gaya Indonesia (%q di baris %d) dan gaya Inggris (%q di baris %d), sehingga %q dapat berarti %s atau %s; tulis angka ini tanpa pemisah ribuan atau dengan desimal",
					h.sI.teks, h.sI.baris, h.sE.teks, h.sE.baris, c.teks, polos(c.idn), polos(c.ing))
			case c.okIdn:
				v = c.idn
			default:
				v = c.ing
			}
			out[h.idx[n]][nk] = &Angka{Nilai: v, Teks: c.teks}
		}
	}
	return out, nil
}

// bacaSel reads teks in both notations into c. A figure that
// [anggaran.GayaTebak] reads has one reading: without separators it fits
// both notations alike, with them exactly one (the one whose decimal mark
// or thousands separator it uses), so only a figure GayaTebak refuses
// (ambiguous or malformed) is parsed twice, and the messages of the
// refusals are built only then.
func bacaSel(c *selAngka, teks string) {
	v, err := anggaran.ParseIsian(teks, anggaran.JenisBilangan, anggaran.GayaTebak)
	if err == nil {
		titik, koma := strings.Count(teks, "."), strings.Count(teks, ",")
		var idn bool
		switch {
		case titik == 0 && koma == 0:
			c.idn, c.ing, c.okIdn, c.okIng = v, v, true, true
			return
		case titik > 0 && koma > 0:
			idn = strings.LastIndexAny(teks, ".,") == strings.LastIndexByte(teks, ',') // the decimal mark is the last one
		case titik > 1 || koma > 1:
			idn = titik > 1 // the repeated one groups thousands
		default:
			idn = koma == 1 // a lone separator GayaTebak accepts is a decimal mark
		}
		if idn {
			c.idn, c.okIdn = v, true
		} else {
			c.ing, c.okIng = v, true
		}
		return
	}
	c.idn, c.galatIdn = anggaran.ParseIsian(teks, anggaran.JenisBilangan, anggaran.GayaIndonesia)
	c.ing, c.galatIng = anggaran.ParseIsian(teks, anggaran.JenisBilangan, anggaran.GayaInggris)
	c.okIdn, c.okIng = c.galatIdn == nil, c.galatIng == nil
}

// polos writes v without thousands grouping and with a decimal comma
// ("1500", "1,5"), so that the two readings of an ambiguous figure are
// told apart in a message.
func polos(v decimal.Decimal) string {
	return strings.Replace(anggaran.FormatAngkaBerkas(v), ".", ",", 1)
}

// polaritasTabel31 reads a printed polarity.
func polaritasTabel31(s string) (Polaritas, bool) {
	switch strings.TrimSpace(s) {
	case "", "positif", "+":
		return Positif, true
	}
	switch normal(s) {
	case "positif", "positive", "maksimal", "maksimum", "maximize", "maximal", "naik", "meningkat",
		"semakin tinggi semakin baik", "makin tinggi makin baik", "lebih tinggi lebih baik":
		return Positif, true
	case "negatif", "negative", "minimal", "minimum", "minimize", "turun", "menurun",
		"semakin rendah semakin baik", "makin rendah makin baik", "lebih rendah lebih baik":
		return Negatif, true
	}
	return Positif, false
}

// kolomAngka are the figure columns, in the order of barisTabel31.angka.
var kolomAngka = [3]string{"target", "realisasi", "capaian"}

func (t *tabel31) dokumen(nilai [][3]*Angka) (*Dokumen, error) {
	d := &Dokumen{Tahun: t.o.Tahun}
	idSasaran := map[string]string{} // normalised uraian → ID
	type kunciInd struct{ sasaran, nama string }
	idInd := map[kunciInd]int{}
	barisTahun := map[[2]int]int{} // indicator, year → line
	sasaran, lalu := "", -1
	_, adaTahun := t.kolom["tahun"]
	maks := 0
	for i, b := range t.baris {
		if b.sasaran != "" {
			n := normal(b.sasaran)
			id, ada := idSasaran[n]
			if !ada {
				id = "S" + strconv.Itoa(len(d.Sasaran)+1)
				idSasaran[n] = id
				d.Sasaran = append(d.Sasaran, Sasaran{ID: id, Nomor: strconv.Itoa(len(d.Sasaran) + 1), Uraian: b.sasaran})
			}
			sasaran = id
		}
		tahun := t.o.Tahun
		if adaTahun && b.tahun != "" {
			n, err := strconv.Atoi(b.tahun)
			if err != nil || n < 1900 || n > 2200 {
				return nil, t.gagal(b.line, t.nama("tahun"), "tahun %q tidak sah (tulis empat angka, misalnya 2022)", b.tahun)
			}
			tahun = n
		}
		if tahun == 0 {
			return nil, t.gagal(b.line, t.nama("tahun"), "tahun kosong")
		}
		maks = max(maks, tahun)
		v := nilai[i]
		if b.indikator == "" {
			switch {
			case b.sasaran != "" && v[0] == nil && v[1] == nil && v[2] != nil:
				s := &d.Sasaran[len(d.Sasaran)-1]
				if s.ID != sasaran {
					s = d.FindSasaran(sasaran)
				}
				s.Capaian = append(s.Capaian, CapaianTercetak{Tahun: tahun, Sumber: t.o.Tabel, Capaian: v[2]})
				continue
			case adaTahun && lalu >= 0:
				// a merged indikator cell: the indicator above, another year
			default:
				return nil, t.gagal(b.line, t.nama("indikator"), "nama indikator kosong")
			}
		} else {
			k := kunciInd{sasaran, normal(b.indikator)}
			j, ada := idInd[k]
			if !ada {
				j = len(d.Indikator)
				idInd[k] = j
				nomor := b.no
				if nomor == "" {
					nomor = strconv.Itoa(j + 1)
				}
				ind := Indikator{ID: "IKU" + strconv.Itoa(j+1), Nomor: nomor, Nama: b.indikator, Sasaran: sasaran, IKU: true}
				d.Indikator = append(d.Indikator, ind)
			}
			lalu = j
		}
		ind := &d.Indikator[lalu]
		if b.satuan != "" {
			ind.Satuan = b.satuan
			switch normal(b.satuan) {
			case "", "persen", "persentase", "prosen":
				ind.Satuan = "%"
			}
		}
		if b.pol != "" {
			p, ok := polaritasTabel31(b.pol)
			if !ok {
				return nil, t.gagal(b.line, t.nama("polaritas"), "polaritas %q tidak dikenal (positif atau negatif; juga maksimal/minimal, naik/turun)", b.pol)
			}
			ind.Polaritas = p
		}
		if l, ada := barisTahun[[2]int{lalu, tahun}]; ada {
			return nil, t.gagal(b.line, t.nama("indikator"), "indikator %q tahun %d sudah ada di baris %d", ind.Nama, tahun, l)
		}
		barisTahun[[2]int{lalu, tahun}] = b.line
		ind.Tahun = append(ind.Tahun, DataTahun{Tahun: tahun, Sumber: t.o.Tabel, Target: v[0], Realisasi: v[1], Capaian: v[2]})
	}
	for i := range d.Indikator {
		ind := &d.Indikator[i]
		ind.Jenis = Jumlah
		nama := normal(ind.Nama)
		switch {
		case ind.Satuan == "%" || strings.HasPrefix(nama, "persentase") || strings.HasPrefix(nama, "prosentase"):
			ind.Jenis = Persentase
		case strings.HasPrefix(nama, "indeks") || strings.Contains(normal(ind.Satuan), "indeks"):
			ind.Jenis = Indeks
		}
		sort.SliceStable(ind.Tahun, func(a, b int) bool { return ind.Tahun[a].Tahun < ind.Tahun[b].Tahun })
	}
	if d.Tahun == 0 {
		d.Tahun = maks
	}
	return d, nil
}

// lewatTabel31 are the rules about parts of an LKIP that a Tabel 3.1
// does not hold (formulas, Renstra end targets and tree, Perjanjian
// Kinerja): on a document read by [ParseTabel31] they say only that the
// table is not a whole LKIP.
var lewatTabel31 = map[string]bool{
	"kinerja/rumus-kosong": true, "kinerja/target-akhir": true, "kinerja/pk-kosong": true, "kinerja/sasaran-renstra": true,
}

// SaringTabel31 returns the findings of ts (of the document d read by
// [ParseTabel31]) that a Tabel 3.1 can answer for, and how many were left
// out: those about the formula, the Renstra end target, the Renstra tree
// and the Perjanjian Kinerja, which a Tabel 3.1 does not print, and, when
// the table has no sasaran column, the indicators without sasaran.
func SaringTabel31(d *Dokumen, ts []Temuan) (tetap []Temuan, lewat int) {
	tanpaSasaran := d == nil || len(d.Sasaran) == 0
	for _, x := range ts {
		if lewatTabel31[x.Kode] || (tanpaSasaran && x.Kode == "kinerja/indikator-sasaran") {
			lewat++
			continue
		}
		tetap = append(tetap, x)
	}
	return tetap, lewat
}
