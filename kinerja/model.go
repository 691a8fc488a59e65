package kinerja

import (
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Temuan is a finding of a consistency check; kinerja uses anggaran's type
// so that lkip lists both packages' findings together.
type Temuan = anggaran.Temuan

// Lokasi says where a finding is, in the printed document and in the data
// file (Path, relative to the kinerja section).
type Lokasi = anggaran.Lokasi

// ParseError is an input error located by file, line and JSON path.
type ParseError = anggaran.ParseError

// Severities of a [Temuan], re-exported for convenience.
const (
	Catatan    = anggaran.Catatan
	Peringatan = anggaran.Peringatan
	Kesalahan  = anggaran.Kesalahan
)

// Dokumen is the kinerja section of a dinas' yearly LKIP data file: its
// Renstra, its sasaran, every indicator (IKU and others) with targets and
// realisasi per year, and the Perjanjian Kinerja of the reporting year.
type Dokumen struct {
	Tahun             int               // reporting year, e.g. 2022
	Bidang            string            // urusan and bidang code, e.g. "1.06"; completes short codes
	Renstra           Renstra           // the strategic plan tree
	Sasaran           []Sasaran         // sasaran strategis and other sasaran (PK)
	Indikator         []Indikator       // every indicator, IKU marked
	PerjanjianKinerja PerjanjianKinerja // the PK of the reporting year
}

// Renstra is the dinas' strategic plan: the visi of the Kepala Daerah and of
// the dinas, and the numbered tree Misi > Tujuan > Sasaran > Strategi >
// Kebijakan. An item's parent is found from its number: tujuan 1.2 belongs
// to misi 1, sasaran 1.2.4 to tujuan 1.2, strategi 1.2.4.1 to sasaran 1.2.4,
// kebijakan 1.2.4.1.1 to strategi 1.2.4.1.
type Renstra struct {
	PeriodeAwal  int     // first year of the plan, e.g. 2017
	PeriodeAkhir int     // last year, e.g. 2022
	VisiDaerah   string  // visi of the Kepala Daerah (RPJMD)
	Visi         string  // visi of the dinas
	MisiDinas    []Butir // misi of the dinas (not part of the numbered tree)
	Misi         []Butir // misi of the Kepala Daerah the dinas serves, numbered "1"
	Tujuan       []Butir // numbered "1.2"
	Sasaran      []Butir // numbered "1.2.4"
	Strategi     []Butir // numbered "1.2.4.1"
	Kebijakan    []Butir // numbered "1.2.4.1.1"
}

// Butir is one numbered item of the Renstra tree.
type Butir struct {
	Nomor  string // hierarchical number, e.g. "1.2.4.1"
	Uraian string // text as the document words it
}

// Induk returns the number of the item's parent ("1.2.4" for "1.2.4.1"), or
// "" for a top-level item.
func (b Butir) Induk() string {
	i := strings.LastIndexByte(b.Nomor, '.')
	if i < 0 {
		return ""
	}
	return b.Nomor[:i]
}

// Sasaran is an objective indicators are grouped under: a sasaran
// strategis (with IKU) or a sasaran of the Perjanjian Kinerja.
type Sasaran struct {
	ID       string    // identifier used by indicators and PK rows, e.g. "SS1"
	Nomor    string    // number as printed, e.g. "1"; may be empty
	Uraian   string    // the canonical wording
	Renstra  string    // number of the Renstra sasaran it is, e.g. "1.2.4"; may be empty
	Tercetak []Kutipan // other wordings printed elsewhere in the document
	Anggaran []string  // official codes of programs/kegiatan/sub kegiatan serving it, besides PK rows
	// Capaian holds the capaian of the sasaran as the document prints it
	// (the mean of its IKU, often in Tabel 3.2), per year and place. The
	// report prints the computed mean; the reviu compares the two
	// (kinerja/capaian-tercetak).
	Capaian []CapaianTercetak
}

// CapaianTercetak is a capaian as printed in one place for one year.
type CapaianTercetak struct {
	Tahun   int
	Sumber  string // where, e.g. "Tabel 3.2"
	Capaian *Angka // as printed; nil when the place prints none
}

// Kutipan is a text as printed in one place of the document.
type Kutipan struct {
	Sumber string // where, e.g. "Tabel 3.1"
	Teks   string
}

// Jenis is the kind of an indicator's value.
type Jenis int

const (
	// Persentase is a percentage (formula parts × 100).
	Persentase Jenis = iota
	// Jumlah is a count (KK, Kube, Jiwa, Dokumen …).
	Jumlah
	// Rasio is a ratio (formula parts × pengali, often 1 or 1000).
	Rasio
	// Indeks is an index value (IPM, IKM …).
	Indeks
)

var namaJenis = []string{"persentase", "jumlah", "rasio", "indeks"}

// String returns the Indonesian name used in the data file.
func (j Jenis) String() string {
	if j >= 0 && int(j) < len(namaJenis) {
		return namaJenis[j]
	}
	return "jenis?"
}

// Polaritas says whether a higher realisasi is better.
type Polaritas int

const (
	// Positif: higher is better (the default).
	Positif Polaritas = iota
	// Negatif: lower is better (e.g. angka stunting).
	Negatif
)

// String returns "positif" or "negatif".
func (p Polaritas) String() string {
	if p == Negatif {
		return "negatif"
	}
	return "positif"
}

// RumusNegatif selects the capaian formula of a negative-polarity indicator
// (DOMAIN §2).
type RumusNegatif int

const (
	// RumusBawaan means "use the default of [Opsi]" (which is DuaTMinusR
	// unless set otherwise).
	RumusBawaan RumusNegatif = iota
	// DuaTMinusR is (2·T − R) / T × 100.
	DuaTMinusR
	// TBagiR is T / R × 100.
	TBagiR
	// NilaiAkhir uses only the last period's realisasi (the last entry of
	// the year's realisasi per periode, else the reported realisasi) in
	// (2·T − R) / T × 100.
	NilaiAkhir
)

var namaRumusNegatif = []string{"", "2t-r", "t/r", "nilai_akhir"}

// String returns the name used in the data file ("2t-r", "t/r",
// "nilai_akhir"; "" for the default).
func (r RumusNegatif) String() string {
	if r >= 0 && int(r) < len(namaRumusNegatif) {
		return namaRumusNegatif[r]
	}
	return "rumus?"
}

// Rumus is an indicator's formula: pembilang / penyebut × pengali, each
// part with its definition as the document words it.
type Rumus struct {
	Teks      string          // the whole formula as printed
	Pembilang string          // numerator definition
	Penyebut  string          // denominator definition
	Pengali   decimal.Decimal // multiplier, 100 for a percentage
}

// Indikator is a performance indicator of the Renstra, the IKU list or the
// PK, with its formula and its data per year.
type Indikator struct {
	ID           string       // identifier, e.g. "IKU3"
	Nomor        string       // number as printed
	Nama         string       // name as printed
	Sasaran      string       // ID of its [Sasaran]
	IKU          bool         // an Indikator Kinerja Utama
	Satuan       string       // unit, "%" for a percentage
	Jenis        Jenis        // kind of value
	Polaritas    Polaritas    // whether higher is better
	RumusNegatif RumusNegatif // capaian formula when Polaritas is Negatif
	// BolehLebih100 marks a Persentase that may exceed 100 (a growth or a
	// change against a base). By default a Persentase is a share of a
	// population, whose pembilang cannot exceed its penyebut, and a
	// realisasi above 100 is a finding (kinerja/persentase-lebih-100).
	BolehLebih100 bool
	Rumus         *Rumus      // formula, nil when not given
	TargetAkhir   *Angka      // Renstra end target, nil when not given
	Tahun         []DataTahun // data per year, ascending and unique
	Tercetak      []Kutipan   // other wordings of the name printed elsewhere
	// Anggaran names the row of the realisation table whose output (or
	// outcome) the indicator measures: its code, or in a table without
	// codes its uraian; empty when not linked. lkip compares money spent
	// with output (lkip/dana-tanpa-keluaran).
	Anggaran string
}

// DataTahun is an indicator's data for one year: target and realisasi as
// reported (the official figures), the capaian as printed beside them, the
// formula parts when known, figures quoted elsewhere in the document, and
// breakdowns of the parts. The printed capaian is never scored: [Compute]
// derives its own from target and realisasi, and [Check] compares the two
// at the printed precision (kinerja/capaian-tercetak).
type DataTahun struct {
	Tahun            int
	Sumber           string   // table the official figures come from
	Target           *Angka   // nil when missing
	Realisasi        *Angka   // as reported; nil when missing
	Capaian          *Angka   // capaian in percent as printed beside them; nil when not printed
	Pembilang        *Angka   // formula numerator, when known
	Penyebut         *Angka   // formula denominator, when known
	RealisasiPeriode []*Angka // realisasi per period (triwulan), for NilaiAkhir
	// RealisasiTriwulan is the realisasi of each quarter I–IV (at most
	// 4, nil for a quarter not reported): for a unit that can be summed
	// ([Indikator.Terjumlah]) the realisasi within the quarter, else the
	// value at the end of the quarter ([DataTahun.Triwulan]).
	RealisasiTriwulan []*Angka
	Kutipan           []KutipanAngka // the same figures quoted elsewhere
	Rincian           []Rincian      // breakdowns of a formula part
}

// KutipanAngka is a target, realisasi and/or capaian quoted in another
// place of the document (the narrative, another table).
type KutipanAngka struct {
	Sumber    string
	Target    *Angka
	Realisasi *Angka
	Capaian   *Angka // capaian in percent as quoted
}

// Rincian is a breakdown of a formula part, e.g. the list of bantuan
// programmes that make up "181.395 jiwa".
type Rincian struct {
	Bagian string // "pembilang" or "penyebut"
	Uraian string // what is broken down
	Total  *Angka // the total as printed, nil when none is stated
	Satuan string // unit of the total
	Sumber string // where it is printed
	Butir  []ButirRincian
}

// ButirRincian is one line of a [Rincian].
type ButirRincian struct {
	Uraian     string
	Nilai      *Angka // nil when the line gives no number
	Satuan     string // as printed, may be empty
	Keterangan string
}

// PerjanjianKinerja is the yearly performance agreement: rows of sasaran,
// indicator and target, each with the sub kegiatan that serves it. The
// amounts are anggaran's; they are not stored here.
type PerjanjianKinerja struct {
	Tahun int
	Baris []BarisPK
}

// BarisPK is one indicator row of the Perjanjian Kinerja.
type BarisPK struct {
	Sasaran     string // ID of its [Sasaran]
	Indikator   string // indicator as printed in the PK
	IndikatorID string // ID of the matching [Indikator], may be empty
	Target      *Angka // nil when the PK prints none
	Satuan      string
	SubKegiatan string // official code, e.g. "1.06.01.2.01.06"
}

// Program returns the program code of the row ("1.06.01"), derived from
// the sub kegiatan code, or "" when that is not a valid official code.
func (b BarisPK) Program() string { return kodePada(b.SubKegiatan, anggaran.JenjangProgram) }

// Kegiatan returns the kegiatan code of the row ("1.06.01.2.01"), or ""
// when the row names only a program or no valid code.
func (b BarisPK) Kegiatan() string { return kodePada(b.SubKegiatan, anggaran.JenjangKegiatan) }

// IndeksIndikator returns the position of the indicator with the given ID,
// or -1 (also for a nil document).
func (d *Dokumen) IndeksIndikator(id string) int {
	if d == nil {
		return -1
	}
	for i := range d.Indikator {
		if d.Indikator[i].ID == id {
			return i
		}
	}
	return -1
}

// FindSasaran returns the sasaran with the given ID, or nil (also for a
// nil document).
func (d *Dokumen) FindSasaran(id string) *Sasaran {
	if d == nil {
		return nil
	}
	for i := range d.Sasaran {
		if d.Sasaran[i].ID == id {
			return &d.Sasaran[i]
		}
	}
	return nil
}

// DataPada returns the indicator's data for year t, or nil (also for a
// nil indicator).
func (ind *Indikator) DataPada(t int) *DataTahun {
	if ind == nil {
		return nil
	}
	for i := range ind.Tahun {
		if ind.Tahun[i].Tahun == t {
			return &ind.Tahun[i]
		}
	}
	return nil
}

// Simpul is a node of the Renstra tree returned by [Dokumen.PohonRenstra].
type Simpul struct {
	Jenis  string // "misi", "tujuan", "sasaran", "strategi", "kebijakan" or "indikator"
	Nomor  string // hierarchical number; for an indicator, its Nomor
	Uraian string
	ID     string // for an indicator, its ID
	IKU    bool   // for an indicator, whether it is an IKU
	Anak   []*Simpul
}

// PohonRenstra returns the Renstra as a tree: misi > tujuan > sasaran >
// strategi > kebijakan, each node under the item whose number is its own
// without the last part; under a Renstra sasaran come, after its
// strategi, the indicators of every [Sasaran] linked to it (Renstra
// field). An item whose parent is missing becomes a root (Check reports
// it). A nil document has no tree.
func (d *Dokumen) PohonRenstra() []*Simpul {
	if d == nil {
		return nil
	}
	r := d.Renstra
	byNomor := map[string]*Simpul{}
	var akar []*Simpul
	tambah := func(jenis string, l []Butir) {
		for _, b := range l {
			s := &Simpul{Jenis: jenis, Nomor: b.Nomor, Uraian: b.Uraian}
			if induk, ada := byNomor[b.Induk()]; ada && b.Induk() != "" {
				induk.Anak = append(induk.Anak, s)
			} else {
				akar = append(akar, s)
			}
			if _, ada := byNomor[b.Nomor]; !ada {
				byNomor[b.Nomor] = s
			}
		}
	}
	tambah("misi", r.Misi)
	tambah("tujuan", r.Tujuan)
	tambah("sasaran", r.Sasaran)
	tambah("strategi", r.Strategi)
	tambah("kebijakan", r.Kebijakan)
	for _, s := range d.Sasaran {
		n, ada := byNomor[s.Renstra]
		if s.Renstra == "" || !ada || n.Jenis != "sasaran" {
			continue
		}
		for _, ind := range d.Indikator {
			if ind.Sasaran == s.ID {
				n.Anak = append(n.Anak, &Simpul{Jenis: "indikator", Nomor: ind.Nomor, Uraian: ind.Nama, ID: ind.ID, IKU: ind.IKU})
			}
		}
	}
	return akar
}
