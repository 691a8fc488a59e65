package impor

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/pemkab/sakip/internal/xlsx"
)

// Jenis is the kind of table a sheet holds.
type Jenis int

// The kinds of table.
const (
	// JenisAnggaran is a budget table: program, kegiatan, sub kegiatan
	// with pagu and realisasi (Tabel 3.2, a DPA or realisation export).
	JenisAnggaran Jenis = iota
	// JenisRenja is the Renja evaluation form of Permendagri 86/2017,
	// read for its budget rows.
	JenisRenja
	// JenisTabel31 is a printed Tabel 3.1: indicators with target,
	// realisasi and capaian.
	JenisTabel31
)

// String names the kind for staff.
func (j Jenis) String() string {
	switch j {
	case JenisRenja:
		return "formulir evaluasi Renja (Permendagri 86/2017)"
	case JenisTabel31:
		return "Tabel 3.1 (capaian IKU)"
	}
	return "tabel anggaran (program, kegiatan, sub kegiatan)"
}

// Kolom is what a sheet column is read as; "" is a column not read.
type Kolom string

// The columns of a budget table.
const (
	KolomKode      Kolom = "kode"
	KolomTingkat   Kolom = "tingkat"
	KolomUraian    Kolom = "uraian"
	KolomPaguMurni Kolom = "pagu_murni"
	KolomPagu      Kolom = "pagu"
	KolomRealisasi Kolom = "realisasi"
	KolomPersen    Kolom = "persen"
	KolomFisik     Kolom = "fisik"
	KolomSisa      Kolom = "sisa"
	KolomCatatan   Kolom = "catatan"
)

// The columns of a Tabel 3.1 (realisasi is [KolomRealisasi]).
const (
	KolomSasaran   Kolom = "sasaran"
	KolomIndikator Kolom = "indikator"
	KolomSatuan    Kolom = "satuan"
	KolomTarget    Kolom = "target"
	KolomCapaian   Kolom = "capaian"
	KolomPolaritas Kolom = "polaritas"
	KolomTahun     Kolom = "tahun"
	KolomNo        Kolom = "no"
)

// DaftarKolom returns the columns a table of kind j can map, in the order
// a select lists them.
func DaftarKolom(j Jenis) []Kolom {
	if j == JenisTabel31 {
		return []Kolom{KolomNo, KolomSasaran, KolomIndikator, KolomSatuan, KolomPolaritas, KolomTahun, KolomTarget, KolomRealisasi, KolomCapaian}
	}
	return []Kolom{KolomKode, KolomTingkat, KolomUraian, KolomPaguMurni, KolomPagu, KolomRealisasi, KolomPersen, KolomFisik, KolomSisa, KolomCatatan}
}

// Judul is the column's name for staff.
func (k Kolom) Judul() string {
	switch k {
	case "":
		return "(tidak dibaca)"
	case KolomPaguMurni:
		return "pagu murni (sebelum perubahan)"
	case KolomPagu:
		return "pagu (setelah perubahan)"
	case KolomRealisasi:
		return "realisasi"
	case KolomPersen:
		return "persen realisasi"
	case KolomFisik:
		return "realisasi fisik (%)"
	case KolomSisa:
		return "sisa anggaran"
	case KolomNo:
		return "nomor"
	}
	return string(k)
}

// sinonimAnggaran maps normalised header wordings (see normal) of budget
// tables to their column.
var sinonimAnggaran = map[string]Kolom{
	"kode": KolomKode, "kode rekening": KolomKode, "kode program": KolomKode, "kode kegiatan": KolomKode,
	"kode program kegiatan sub kegiatan": KolomKode, "kode rek": KolomKode, "no rekening": KolomKode, "kd": KolomKode,
	"tingkat": KolomTingkat, "level": KolomTingkat, "jenjang": KolomTingkat,
	"uraian": KolomUraian, "nama": KolomUraian, "nomenklatur": KolomUraian, "program kegiatan sub kegiatan": KolomUraian,
	"program kegiatan": KolomUraian, "nama program kegiatan sub kegiatan": KolomUraian, "nama program kegiatan": KolomUraian,
	"urusan bidang urusan program kegiatan sub kegiatan": KolomUraian, "uraian program kegiatan": KolomUraian,
	"uraian program kegiatan sub kegiatan": KolomUraian, "program": KolomUraian,
	"pagu murni": KolomPaguMurni, "pagu sebelum perubahan": KolomPaguMurni, "anggaran murni": KolomPaguMurni,
	"pagu induk": KolomPaguMurni, "anggaran sebelum perubahan": KolomPaguMurni, "pagu awal": KolomPaguMurni,
	"pagu": KolomPagu, "pagu anggaran": KolomPagu, "anggaran": KolomPagu, "pagu perubahan": KolomPagu,
	"pagu setelah perubahan": KolomPagu, "anggaran setelah perubahan": KolomPagu, "anggaran perubahan": KolomPagu,
	"alokasi": KolomPagu, "alokasi anggaran": KolomPagu, "pagu dpa": KolomPagu, "dpa": KolomPagu, "jumlah anggaran": KolomPagu,
	"realisasi": KolomRealisasi, "realisasi keuangan": KolomRealisasi, "realisasi anggaran": KolomRealisasi,
	"realisasi belanja": KolomRealisasi, "serapan anggaran": KolomRealisasi, "realisasi sp2d": KolomRealisasi,
	"persen": KolomPersen, "persentase": KolomPersen, "persentase realisasi": KolomPersen, "realisasi persen": KolomPersen,
	"capaian keuangan": KolomPersen, "serapan": KolomPersen, "persentase serapan": KolomPersen, "realisasi keuangan persen": KolomPersen,
	"fisik": KolomFisik, "realisasi fisik": KolomFisik, "capaian fisik": KolomFisik, "progres fisik": KolomFisik,
	"sisa": KolomSisa, "sisa anggaran": KolomSisa, "sisa pagu": KolomSisa,
	"catatan": KolomCatatan, "keterangan": KolomCatatan, "ket": KolomCatatan,
}

// sinonimTabel31 maps normalised header wordings of a Tabel 3.1 to their
// column; kinerja.ParseTabel31 reads the same wordings.
var sinonimTabel31 = map[string]Kolom{
	"indikator": KolomIndikator, "indikator kinerja": KolomIndikator, "indikator kinerja utama": KolomIndikator,
	"iku": KolomIndikator, "indikator sasaran": KolomIndikator, "indikator sasaran strategis": KolomIndikator,
	"sasaran": KolomSasaran, "sasaran strategis": KolomSasaran, "sasaran program": KolomSasaran,
	"target": KolomTarget, "target kinerja": KolomTarget,
	"realisasi": KolomRealisasi, "realisasi kinerja": KolomRealisasi,
	"capaian": KolomCapaian, "capaian kinerja": KolomCapaian, "persentase capaian": KolomCapaian, "capaian persen": KolomCapaian,
	"satuan":    KolomSatuan,
	"polaritas": KolomPolaritas, "polarisasi": KolomPolaritas, "sifat indikator": KolomPolaritas,
	"tahun": KolomTahun,
	"no":    KolomNo, "nomor": KolomNo, "no urut": KolomNo, "no iku": KolomNo,
}

var tahunJudul = regexp.MustCompile(`\b(19|20)[0-9]{2}\b`)

// normal normalises a header: lower case, "%" read as "persen", "Rp" and
// a year dropped, punctuation as spaces, spaces collapsed.
func normal(s string) string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "%", " persen ")
	s = tahunJudul.ReplaceAllString(s, " ")
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := f[:0]
	for _, w := range f {
		if w == "rp" || w == "dalam" || w == "rupiah" || w == "dan" || w == "atau" {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// kenali returns the column a header names in a table of kind j.
func kenali(judul string, j Jenis) (Kolom, bool) {
	n := normal(judul)
	if n == "" {
		return "", false
	}
	m := sinonimAnggaran
	if j == JenisTabel31 {
		m = sinonimTabel31
	}
	if k, ok := m[n]; ok {
		return k, true
	}
	// "Capaian (%)" in a Tabel 3.1, "Realisasi (%)" in a budget table.
	if base, ok := strings.CutSuffix(n, " persen"); ok {
		if k, ok := m[base]; ok {
			if j == JenisAnggaran && k == KolomRealisasi {
				return KolomPersen, true
			}
			return k, true
		}
	}
	return "", false
}

// Usulan is the proposed reading of a sheet: its kind, its header row and
// what each column is read as. The user may change Kolom before [Susun].
type Usulan struct {
	Jenis Jenis
	// Judul is the sheet row number of the header (for the Renja form,
	// its numbers row "1 2 3 … 15").
	Judul int
	// JudulKolom are the column headers as printed, one per sheet column
	// (for the Renja form, "8 Rp · Target …").
	JudulKolom []string
	// Kolom is what each sheet column (index 0 = column A) is read as.
	Kolom []Kolom
}

// Usulkan proposes how to read sheet l: the Renja form when it has the
// form's numbers row, else the row among the first 40 that names the most
// known columns as its header, the kind it names (a Tabel 3.1 when it has
// an indikator and a target, else a budget table) and a column for every
// header recognised. A sheet without a recognisable header gets the first
// row as header and no column mapped.
func Usulkan(l *Lembar) Usulan {
	if l == nil {
		return Usulan{}
	}
	if u, ok := usulRenja(l); ok {
		return u
	}
	best, bestN, bestJ := -1, 0, JenisAnggaran
	for i, b := range l.Baris {
		if i >= 40 {
			break
		}
		for _, j := range []Jenis{JenisAnggaran, JenisTabel31} {
			n := 0
			seen := map[Kolom]bool{}
			for _, s := range b.Sel {
				if k, ok := kenali(s.Teks, j); ok && !seen[k] {
					seen[k] = true
					n++
				}
			}
			if j == JenisTabel31 && !(seen[KolomIndikator] && seen[KolomTarget]) {
				continue
			}
			if j == JenisAnggaran && !seen[KolomUraian] && !seen[KolomKode] {
				continue
			}
			if n > bestN {
				best, bestN, bestJ = i, n, j
			}
		}
	}
	u := Usulan{Jenis: bestJ, Kolom: make([]Kolom, l.Kolom), JudulKolom: make([]string, l.Kolom)}
	if best < 0 {
		if len(l.Baris) > 0 {
			u.Judul = l.Baris[0].No
			for c, s := range l.Baris[0].Sel {
				u.JudulKolom[c] = s.Teks
			}
		}
		return u
	}
	u.Judul = l.Baris[best].No
	seen := map[Kolom]bool{}
	for c, s := range l.Baris[best].Sel {
		u.JudulKolom[c] = s.Teks
		if k, ok := kenali(s.Teks, bestJ); ok && !seen[k] {
			seen[k] = true
			u.Kolom[c] = k
		}
	}
	return u
}

// Salin returns a copy of u whose Kolom may be changed without changing u.
func (u Usulan) Salin() Usulan {
	u.Kolom = append([]Kolom(nil), u.Kolom...)
	u.JudulKolom = append([]string(nil), u.JudulKolom...)
	return u
}

// Pemetaan returns the mapping in the form the PWA remembers per dinas:
// each column's header as printed (its letter, "C", when the header is
// empty) to what it is read as ("" for a column not read), so that the
// mapping fits the next sheet of the same layout even when its columns
// moved.
func (u Usulan) Pemetaan() map[string]string {
	m := map[string]string{}
	for c, k := range u.Kolom {
		h := xlsx.ColumnName(c + 1)
		if c < len(u.JudulKolom) && u.JudulKolom[c] != "" {
			h = u.JudulKolom[c]
		}
		if _, dua := m[h]; dua {
			continue // the first of two columns with one header
		}
		m[h] = string(k)
	}
	return m
}

// PakaiPemetaan applies a remembered mapping ([Usulan.Pemetaan]) to u: a
// column whose header (or letter) the mapping names is read as it says;
// the others keep the proposal, unless it reads them as a remembered
// column is read. It applies nothing and reports false when no header
// matches, when a column read is unknown to u's kind, or when two
// remembered columns would be read as one.
func (u *Usulan) PakaiPemetaan(m map[string]string) bool {
	if len(m) == 0 {
		return false
	}
	kenal := map[Kolom]bool{"": true}
	for _, k := range DaftarKolom(u.Jenis) {
		kenal[k] = true
	}
	baru := append([]Kolom(nil), u.Kolom...)
	dikenang := make([]bool, len(baru))
	cocok := 0
	for c := range baru {
		h := xlsx.ColumnName(c + 1)
		if c < len(u.JudulKolom) && u.JudulKolom[c] != "" {
			h = u.JudulKolom[c]
		}
		k, ok := m[h]
		if !ok {
			continue
		}
		if !kenal[Kolom(k)] {
			return false
		}
		baru[c] = Kolom(k)
		dikenang[c] = true
		cocok++
	}
	if cocok == 0 {
		return false
	}
	// a proposed column yields to a remembered one read the same way
	seen := map[Kolom]bool{}
	for c, k := range baru {
		if dikenang[c] && k != "" {
			if seen[k] {
				return false
			}
			seen[k] = true
		}
	}
	for c, k := range baru {
		if !dikenang[c] && seen[k] {
			baru[c] = ""
		}
	}
	u.Kolom = baru
	return true
}

// HurufKolom is the spreadsheet letter of column index c (0 = A).
func HurufKolom(c int) string { return xlsx.ColumnName(c + 1) }
