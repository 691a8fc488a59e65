package lkip

import (
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
)

// VersiSkema is the schema version this package writes. [Parse] reads it and
// every older version (see [Parse] for the migrations); a newer one is
// refused.
const VersiSkema = 2

// Dokumen is one LKIP data file: one dinas, one year. It composes the
// anggaran and kinerja sections (each package's own model) with the parts
// only the LKIP has: the identity of the dinas, the facts of Bab I, the
// narrative paragraphs, and the figures the narrative quotes. What the
// document printed is kept next to what it is computed from, so that the
// reviu can compare them. See SCHEMA.md for the JSON form.
type Dokumen struct {
	Versi     int       `json:"versi"`
	Identitas Identitas `json:"identitas"`
	Profil    Profil    `json:"profil"`
	Narasi    Narasi    `json:"narasi"`
	Kutipan   Kutipan   `json:"kutipan"`
	// Tanggapan are the dinas' responses to advisory findings of the reviu
	// (catatan and peringatan); a finding with a response is listed in
	// Laporan.Ditanggapi instead of Laporan.Temuan. A kesalahan cannot be
	// answered, only corrected.
	Tanggapan []Tanggapan        `json:"tanggapan,omitempty"`
	Anggaran  *anggaran.Anggaran `json:"-"`
	Kinerja   *kinerja.Dokumen   `json:"-"`
}

// Tanggapan is a response to one finding, identified by its code and the
// JSON path it points at.
type Tanggapan struct {
	Kode      string `json:"kode"`
	Path      string `json:"path"`
	Tanggapan string `json:"tanggapan"` // the explanation, in Bahasa Indonesia
}

// Identitas names the dinas, the year and the signatory.
type Identitas struct {
	Pemda   string  `json:"pemda"`   // e.g. "Kabupaten Flores Timur"
	Dinas   string  `json:"dinas"`   // e.g. "Dinas Sosial"
	Tahun   int     `json:"tahun"`   // reporting year
	Alamat  string  `json:"alamat"`  // street address as printed
	Telepon string  `json:"telepon"` // telephone/fax as printed
	Kota    string  `json:"kota"`    // place of signature, e.g. "Larantuka"
	Tanggal string  `json:"tanggal"` // date of signature as written, e.g. "Januari 2023"
	Kepala  Pejabat `json:"kepala"`  // the head of the dinas, who signs
	// TandaTangan are the signature blocks as the document printed them
	// (Kata Pengantar, Ikhtisar, Bab IV), kept so that the reviu can compare
	// them with Kepala. The report prints Kepala, not these.
	TandaTangan []TandaTangan `json:"tanda_tangan,omitempty"`
}

// Pejabat is an official: name with degrees, NIP and pangkat as written.
type Pejabat struct {
	Nama    string `json:"nama"`
	NIP     string `json:"nip"`
	Pangkat string `json:"pangkat"`
	Jabatan string `json:"jabatan"` // e.g. "Kepala Dinas Sosial Kabupaten Flores Timur"
}

// TandaTangan is one signature block as printed.
type TandaTangan struct {
	// Bagian is where it is printed: "kata_pengantar", "ikhtisar" or
	// "penutup".
	Bagian        string `json:"bagian"`
	TempatTanggal string `json:"tempat_tanggal,omitempty"` // e.g. "Larantuka, Januari 2023"
	Nama          string `json:"nama"`
	NIP           string `json:"nip"`
	Pangkat       string `json:"pangkat"`
}

// Profil holds the facts of Bab I: organisation, staff, assets, problems
// and solutions.
type Profil struct {
	SusunanOrganisasi []Unit `json:"susunan_organisasi"`
	// Pegawai are the groups of staff the text states, each with its
	// breakdowns (marker {{tabel_pegawai}}, placeholders {{pns.jumlah}}).
	Pegawai          []KelompokPegawai `json:"pegawai,omitempty"`
	PendidikanEselon Silang            `json:"pns_pendidikan_eselon"`   // Tabel 1.1
	PendidikanGolong Silang            `json:"pns_pendidikan_golongan"` // Tabel 1.2
	Aset             TabelAset         `json:"aset"`                    // Tabel 1.3
	// DasarHukum are the regulations the text cites, as printed in each
	// place, so that the reviu finds one regulation cited two ways.
	DasarHukum   []DasarHukum `json:"dasar_hukum,omitempty"`
	Permasalahan []string     `json:"permasalahan"`
	Solusi       []string     `json:"solusi"`
}

// DasarHukum is one citation of a regulation, as printed.
type DasarHukum struct {
	Bagian  string `json:"bagian"`            // where it is cited, e.g. "Bab I A.2"
	Jenis   string `json:"jenis"`             // e.g. "Peraturan Bupati Flores Timur"
	Nomor   string `json:"nomor"`             // as printed, e.g. "02"
	Tahun   int    `json:"tahun"`             // year of the regulation
	Tentang string `json:"tentang,omitempty"` // its subject as printed
}

// Unit is one unit of the organisation, with its sub-units.
type Unit struct {
	Nama string `json:"nama"`
	Sub  []Unit `json:"sub,omitempty"`
}

// KelompokPegawai is one group of staff as Bab I states it, under any
// label the dinas uses: PNS, PPPK, tenaga honorer, non-ASN, dokter,
// perawat, bidan, guru, TKSK, pekerja sosial. Its total is computed from
// its first complete breakdown ([RincianPegawai] without Sebagian), or is
// the printed total when it has none; Tercetak is the total as the text
// printed it, nil when the text gives none. The reviu compares the printed
// total with the computed one, and every other breakdown with the total
// (lkip/pegawai-jumlah, lkip/pegawai-rincian).
type KelompokPegawai struct {
	// ID is the key of the group in the narrative's placeholders
	// ({{pns.jumlah}}, {{pns.laki_laki}}) and in the rules that need PNS
	// ("pns"); empty: derived from Nama ([Kunci]).
	ID       string           `json:"id,omitempty"`
	Nama     string           `json:"nama"`             // as printed, e.g. "Pegawai Negeri Sipil (PNS)", "Bidan"
	Tercetak *int             `json:"jumlah,omitempty"` // the printed total
	Rincian  []RincianPegawai `json:"rincian,omitempty"`
}

// RincianPegawai is one breakdown of a group along one dimension: by sex,
// by status (PNS/PPPK/honorer/non-ASN), by profession, by who pays, by the
// outcome of the penyetaraan jabatan, or any other. Its parts add up to the
// group's total, unless Sebagian says they cover only part of the group
// (then they add up to at most the total).
type RincianPegawai struct {
	// ID names the dimension: "jenis_kelamin", "status", "profesi",
	// "sumber_dana", "penyetaraan" or any other; empty: derived from Nama.
	ID       string         `json:"id,omitempty"`
	Nama     string         `json:"nama"` // as printed, e.g. "Jenis kelamin"
	Sebagian bool           `json:"sebagian,omitempty"`
	Butir    []ButirPegawai `json:"butir"`
}

// ButirPegawai is one part of a breakdown: a label and its headcount.
type ButirPegawai struct {
	ID     string `json:"id,omitempty"` // key in placeholders ({{pns.laki_laki}}); empty: derived from Nama
	Nama   string `json:"nama"`         // as printed, e.g. "laki-laki", "APBN", "PPPK"
	Jumlah int    `json:"jumlah"`
}

// Kunci returns the group's key: its ID, or else its name in lower case
// with every run of other characters than letters and digits as one "_"
// ("Tenaga Honorer" → "tenaga_honorer"); "" for nil.
func (k *KelompokPegawai) Kunci() string {
	if k == nil {
		return ""
	}
	return kunciDari(k.ID, k.Nama)
}

// Kunci returns the breakdown's key (its ID, or else derived from Nama).
func (r *RincianPegawai) Kunci() string {
	if r == nil {
		return ""
	}
	return kunciDari(r.ID, r.Nama)
}

// Kunci returns the part's key (its ID, or else derived from Nama).
func (b *ButirPegawai) Kunci() string {
	if b == nil {
		return ""
	}
	return kunciDari(b.ID, b.Nama)
}

// Silang is a cross table of headcounts (Tabel 1.1, 1.2): rows by one
// attribute, columns by another. Row and column totals are computed; the
// printed ones are kept in Baris[i].Tercetak and Jumlah.
type Silang struct {
	Judul       string        `json:"judul"`
	KepalaBaris string        `json:"kepala_baris"` // header of the row names, e.g. "Eselonering"
	KepalaKolom string        `json:"kepala_kolom"` // header over the columns, e.g. "Jenjang Pendidikan"
	Kolom       []string      `json:"kolom"`
	Baris       []BarisSilang `json:"baris"`
	// Jumlah is the printed totals row, nil when none is printed.
	Jumlah *JumlahSilang `json:"jumlah,omitempty"`
	Sumber string        `json:"sumber,omitempty"`
}

// BarisSilang is one row of a [Silang]: one count per column (a printed
// "-" is 0) and the printed row total.
type BarisSilang struct {
	Nama     string `json:"nama"`
	Nilai    []int  `json:"nilai"`
	Tercetak *int   `json:"jumlah,omitempty"`
}

// JumlahSilang is the printed totals row of a [Silang].
type JumlahSilang struct {
	Nilai    []int `json:"nilai"`
	Tercetak *int  `json:"jumlah,omitempty"`
}

// TabelAset is the assets table (Tabel 1.3). The total is computed; the
// printed one is Tercetak.
type TabelAset struct {
	Judul    string `json:"judul"`
	Baris    []Aset `json:"baris"`
	Tercetak *int   `json:"jumlah,omitempty"`
	Sumber   string `json:"sumber,omitempty"`
}

// Aset is one row of the assets table.
type Aset struct {
	KodeBarang string `json:"kode_barang"`
	Nama       string `json:"nama"`
	MerkTipe   string `json:"merk_tipe"`
	Tahun      int    `json:"tahun"`   // year of purchase
	Keadaan    string `json:"keadaan"` // Baik, Kurang Baik, Rusak Berat (or B, KB, RB)
	Jumlah     int    `json:"jumlah"`
}

// Teks is narrative text: a list of blocks. A block is a paragraph, a list
// (every line starts with "- ", or with a printed label such as "1. ",
// "a. ", "iv. "; a line indented by two spaces belongs to the item above),
// or a marker "{{name}}" that the report replaces with generated content (a
// table, a chart, a generated paragraph). Inside paragraphs "*x*" is
// emphasis, "**x**" strong, and "{{name}}" a figure from the data (see
// SCHEMA.md for the names).
type Teks []string

// Bagian is a titled section of narrative with sub-sections.
type Bagian struct {
	Judul string   `json:"judul"`
	Teks  Teks     `json:"teks,omitempty"`
	Sub   []Bagian `json:"sub,omitempty"`
}

// Narasi holds the narrative of the LKIP, chapter by chapter, as written.
type Narasi struct {
	KataPengantar Teks     `json:"kata_pengantar"`
	Ikhtisar      Teks     `json:"ikhtisar"`
	Bab1          []Bagian `json:"bab1"`
	Bab2          []Bagian `json:"bab2"`
	Bab3          []Bagian `json:"bab3"`
	Bab4          Teks     `json:"bab4"`
	// Sasaran holds the introduction of each sasaran in the evaluation of
	// Bab III A.2 (marker {{evaluasi_iku}}).
	Sasaran []NarasiSasaran `json:"sasaran,omitempty"`
	// IKU holds the evaluation paragraphs of each IKU (Bab III A.2).
	IKU []NarasiIKU `json:"iku,omitempty"`
}

// NarasiSasaran is the introduction of one sasaran in Bab III A.2.
type NarasiSasaran struct {
	Sasaran string `json:"sasaran"` // ID of the kinerja sasaran
	Teks    Teks   `json:"teks"`
}

// NarasiIKU is the evaluation of one IKU in Bab III A.2, as written. The
// target and realisasi it quotes belong to the kinerja section (the
// indicator's data per year, "kutipan"), where kinerja compares them with
// Tabel 3.1.
type NarasiIKU struct {
	IKU  string `json:"iku"` // ID of the kinerja indicator
	Teks Teks   `json:"teks"`
}

// Kutipan holds what the narrative quotes from the tables, as printed, so
// that the reviu compares it with its source.
type Kutipan struct {
	// Angka are the figures the narrative quotes (outside the IKU
	// evaluations, whose quotes belong to the kinerja section), in any
	// sentence: each tied to the place that prints it and to what it
	// quotes.
	Angka []AngkaKutipan `json:"angka,omitempty"`
	// DaftarIsi are the lines of the printed table of contents (chapter
	// and section titles, without page numbers), compared with the titles
	// of the report.
	DaftarIsi []string `json:"daftar_isi,omitempty"`
	// TahunPerbandingan are the years the sentence introducing the
	// comparison with earlier years (Bab III A.3) names.
	TahunPerbandingan []int `json:"tahun_perbandingan,omitempty"`
}

// AngkaKutipan is one figure the narrative quotes: where it is printed
// (Tempat), what it quotes (Sumber, Kunci, Kolom, Tahun: see SCHEMA.md for
// every kind of source) and the figure as printed (Nilai). The reviu
// compares the figure with its source at the printed precision, and checks
// that a paragraph of Tempat prints it.
type AngkaKutipan struct {
	// Tempat is where the figure is printed: "kata_pengantar", "ikhtisar",
	// "bab1" … "bab4", optionally narrowed to a section by the labels of
	// its title ("bab3.B" is the section "B. …" of Bab III, "bab3.A.3" its
	// sub-section "3. …").
	Tempat string `json:"tempat"`
	// Sumber is the kind of what it quotes: "anggaran", "belanja",
	// "rincian", "kinerja", "indikator", "pegawai" or "aset".
	Sumber string `json:"sumber"`
	// Kunci says which figure of the kind: "pagu", an account code, an
	// indicator ID, a group of staff …
	Kunci string `json:"kunci"`
	// Kolom is the column of a row ("realisasi" of a budget row, "capaian"
	// of an indicator); empty: the kind's default.
	Kolom string `json:"kolom,omitempty"`
	// Tahun is the year of an indicator's value; 0: the reporting year.
	Tahun int `json:"tahun,omitempty"`
	// Nilai is the figure as printed ("Rp. 9.399.497.972", "98,42%", 6).
	Nilai *Angka `json:"nilai"`
}
