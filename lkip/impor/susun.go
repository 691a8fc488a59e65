package impor

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/kinerja/renja"
	"github.com/shopspring/decimal"
)

// Opsi are the options of [Susun].
type Opsi struct {
	// Tahun is the year of the rows: the budget year, and for a Tabel 3.1
	// without a tahun column the year of its figures (then required).
	Tahun int
	// UrusanBidang completes short codes ("1 2 1 6") of a budget table,
	// and lets names of the Program Penunjang be found in the nomenclature.
	UrusanBidang anggaran.Kode
}

// BarisImpor is what became of one sheet row below the header.
type BarisImpor struct {
	No      int              // the sheet row
	Nama    string           // its name (uraian or indikator) as printed
	Tingkat anggaran.Jenjang // budget rows: its level, 0 when unknown
	// Rincian is the row's index in Hasil.Anggaran.Rincian; -1 when the
	// row was not read into it (refused, skipped, the total row, a
	// Tabel 3.1 row).
	Rincian int
	Jumlah  bool   // the printed total row
	Ditolak string // why the row is refused, in Bahasa Indonesia
	Lewat   string // why the row is not read although not wrong (an urusan row)
}

// Hasil is the content read from a sheet under a mapping.
type Hasil struct {
	Jenis  Jenis
	Lembar string // the sheet's label, for messages
	// Anggaran holds the budget rows read (JenisAnggaran, JenisRenja);
	// nil for a Tabel 3.1.
	Anggaran *anggaran.Anggaran
	// Kinerja holds the indicators read from a Tabel 3.1, nil otherwise.
	Kinerja *kinerja.Dokumen
	// Baris says row by row what was read and what was refused.
	Baris []BarisImpor
	// Temuan are the findings on the rows read alone: the budget check
	// (anggaran.Anggaran.Check) and, for the Renja form, the form's own
	// review (renja.Periksa); for a Tabel 3.1 the findings a Tabel 3.1
	// answers for (kinerja.SaringTabel31). Selisih are the printed figures
	// among them that their own rows contradict: totals that differ from
	// the sum of their rows (anggaran/jumlah-berbeda, renja/jumlah-induk,
	// renja/kolom-13), a printed capaian that differs from its target and
	// realisasi (kinerja/capaian-tercetak, kinerja/capaian-dipotong).
	Temuan  []anggaran.Temuan
	Selisih []anggaran.Temuan
	// Identitas is what the sheet says of the dinas (the Renja form's
	// title rows: Pemda, perangkat daerah, year); [Terapkan] gives it to a
	// new document.
	Identitas Identitas
	// indikator links each indicator read (by index) to its first sheet row.
	indikator map[int]int
	// satuanDari and polaritasDari say, by index in Kinerja.Indikator,
	// whether the sheet prints the indicator's unit and its polarity (a
	// mapped column with a cell on one of its rows): only then does the
	// import change those of an indicator the document already has.
	satuanDari, polaritasDari map[int]bool
}

// Identitas is what a sheet says of whose table it is; empty fields are
// not said.
type Identitas struct {
	Pemda, Dinas string
	Tahun        int
}

// Ditolak counts the refused rows.
func (h *Hasil) Ditolak() int {
	if h == nil {
		return 0
	}
	n := 0
	for _, b := range h.Baris {
		if b.Ditolak != "" {
			n++
		}
	}
	return n
}

// calon is a candidate budget row: its sheet row, its cells and what is
// known of its level.
type calon struct {
	no      int
	nama    string
	tingkat anggaran.Jenjang
	kode    anggaran.Kode
	berkode bool
	nilai   map[Kolom]Sel
	tolak   string
	lewat   string
	jumlah  bool
	rincian anggaran.Rincian       // the amounts read
	garis   []*anggaran.NullRupiah // the Rupiah amounts of rincian printed as a lone dash
}

// Susun reads the rows of sheet l below the header under mapping u. A
// budget table needs an uraian column or a kode column, and a pagu or a
// realisasi column; a Tabel 3.1 an indikator, a target and a realisasi
// column. Without them, or when the Renja form cannot be read, it returns
// an error in Bahasa Indonesia; otherwise every row is read or refused
// with its reason (Hasil.Baris).
func Susun(l *Lembar, u Usulan, o Opsi) (*Hasil, error) {
	if l == nil {
		return nil, errors.New("impor: tidak ada lembar (nil)")
	}
	pakai := map[Kolom]int{}
	for c, k := range u.Kolom {
		if k == "" {
			continue
		}
		if c2, dua := pakai[k]; dua {
			return nil, fmt.Errorf("%s: kolom %s dan %s sama-sama dibaca sebagai %s; pilih satu", l.Label(), HurufKolom(c2), HurufKolom(c), k.Judul())
		}
		pakai[k] = c
	}
	perlu := func(ks ...Kolom) error {
		for _, k := range ks {
			if _, ok := pakai[k]; !ok {
				return fmt.Errorf("%s: belum ada kolom yang dibaca sebagai %s", l.Label(), k.Judul())
			}
		}
		return nil
	}
	if u.Jenis == JenisTabel31 {
		if err := perlu(KolomIndikator, KolomTarget, KolomRealisasi); err != nil {
			return nil, err
		}
		return susunTabel31(l, u, o)
	}
	_, adaUraian := pakai[KolomUraian]
	_, adaKode := pakai[KolomKode]
	_, adaPagu := pakai[KolomPagu]
	_, adaReal := pakai[KolomRealisasi]
	if !adaUraian && !adaKode {
		return nil, perlu(KolomUraian)
	}
	if !adaPagu && !adaReal {
		return nil, perlu(KolomPagu)
	}
	h := &Hasil{Jenis: u.Jenis, Lembar: l.Label()}
	var cs []calon
	var jumlah *calon
	bidang := o.UrusanBidang
	var formulir *renja.Formulir // the Renja form, read once for its rows and its review
	if u.Jenis == JenisRenja {
		var err error
		var b anggaran.Kode
		var id Identitas
		if formulir, err = renja.BacaLembar(l.xlsx); err == nil {
			cs, jumlah, b, id, err = calonRenja(l, formulir, u)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: formulir Renja tidak dapat dibaca: %v", l.Label(), err)
		}
		h.Identitas = id
		if o.Tahun == 0 {
			o.Tahun = id.Tahun
		}
		if bidang.IsZero() {
			bidang = b
		}
	} else {
		cs, jumlah = calonTabel(l, u, bidang)
	}
	a := &anggaran.Anggaran{Tahun: o.Tahun, UrusanBidang: bidang, Tabel: "Tabel 3.2"}
	if bidang.Jenjang() != anggaran.JenjangBidang {
		a.UrusanBidang = anggaran.Kode{}
	}
	for i := range cs {
		c := &cs[i]
		if c.tolak != "" || c.lewat != "" {
			continue
		}
		c.rincian = anggaran.Rincian{Uraian: c.nama, Catatan: c.nilai[KolomCatatan].Teks}
		c.garis, c.tolak = bacaAngka(c.nilai, &c.rincian)
	}
	tempat(cs)
	var dipakai []int // indices into cs of the rows read
	for i := range cs {
		if cs[i].tolak == "" && cs[i].lewat == "" {
			dipakai = append(dipakai, i)
		}
	}
	indeks := map[int]int{} // cs index → Rincian index
	for n, i := range dipakai {
		c := &cs[i]
		daun := true
		if n+1 < len(dipakai) {
			next := &cs[dipakai[n+1]]
			if c.berkode {
				daun = !c.kode.Contains(next.kode)
			} else {
				daun = next.tingkat <= c.tingkat
			}
		}
		if daun {
			for _, g := range c.garis {
				*g = anggaran.AdaRupiah(anggaran.Rupiah{}) // a dash on a leaf is nihil
			}
		}
		r := c.rincian
		if c.berkode {
			r.Kode = c.kode
		} else {
			r.Tingkat = c.tingkat
		}
		indeks[i] = len(a.Rincian)
		a.Rincian = append(a.Rincian, r)
	}
	if jumlah != nil {
		r := anggaran.Rincian{Uraian: jumlah.nama}
		if _, err := bacaAngka(jumlah.nilai, &r); err != "" {
			jumlah.tolak = err
		} else {
			a.Jumlah = &r
		}
	}
	for i, c := range cs {
		b := BarisImpor{No: c.no, Nama: c.nama, Tingkat: c.tingkat, Rincian: -1, Ditolak: c.tolak, Lewat: c.lewat}
		if j, ok := indeks[i]; ok {
			b.Rincian = j
		}
		h.Baris = append(h.Baris, b)
	}
	if jumlah != nil {
		h.Baris = append(h.Baris, BarisImpor{No: jumlah.no, Nama: jumlah.nama, Rincian: -1, Jumlah: jumlah.tolak == "", Ditolak: jumlah.tolak})
		sortBaris(h.Baris)
	}
	h.Anggaran = a
	if len(a.Rincian) > 0 {
		h.Temuan = a.Check(anggaran.Opsi{})
	}
	if u.Jenis == JenisRenja {
		h.Temuan = append(h.Temuan, temuanRenja(formulir)...)
	}
	for _, t := range h.Temuan {
		switch t.Kode {
		case "anggaran/jumlah-berbeda", renja.KodeJumlahInduk, renja.KodeKolom13:
			h.Selisih = append(h.Selisih, t)
		}
	}
	return h, nil
}

func sortBaris(bs []BarisImpor) {
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].No < bs[j].No })
}

// calonTabel reads the candidate rows of a budget table below its header:
// the level from the code, the tingkat column, the name's first words or
// the nomenclature's name, in that order.
func calonTabel(l *Lembar, u Usulan, bidang anggaran.Kode) ([]calon, *calon) {
	var out []calon
	var jumlah *calon
	for _, b := range l.Baris {
		if b.No <= u.Judul {
			continue
		}
		c := calon{no: b.No, nilai: nilaiBaris(l, u, b.No)}
		if len(c.nilai) == 0 {
			continue
		}
		c.nama = c.nilai[KolomUraian].Teks
		kode := c.nilai[KolomKode].Teks
		var tingkat anggaran.Jenjang
		if t := c.nilai[KolomTingkat].Teks; t != "" {
			j, err := anggaran.ParseTingkat(t)
			if err != nil {
				c.tolak = err.Error()
			}
			tingkat = j
		}
		low := strings.ToLower(c.nama)
		switch {
		case c.tolak != "":
		case kode != "":
			k, err := anggaran.ParseKodeRincian(kode, bidang)
			switch {
			case err != nil:
				c.tolak = err.Error()
			case k.Jenjang() < anggaran.JenjangProgram:
				c.tolak = fmt.Sprintf("kode %s adalah kode %s, bukan kode program, kegiatan atau sub kegiatan", k, k.Jenjang())
			case tingkat != 0 && tingkat != k.Jenjang():
				c.tolak = fmt.Sprintf("tingkat %s tidak sama dengan tingkat kodenya %s (%s)", tingkat, k, k.Jenjang())
			default:
				c.kode, c.berkode, tingkat = k, true, k.Jenjang()
			}
		case tingkat == 0 && (strings.HasPrefix(low, "jumlah") || strings.HasPrefix(low, "total")):
			if jumlah == nil {
				c.jumlah = true
				jumlah = &c
				continue
			}
			c.tolak = fmt.Sprintf("baris jumlah kedua (baris %d sudah baris jumlah)", jumlah.no)
		case tingkat == 0:
			if j, ok := anggaran.TingkatUraian(c.nama); ok {
				tingkat = j
			} else if j, ok := tingkatNama(c.nama, bidang); ok {
				tingkat = j
			} else if c.nama == "" {
				c.lewat = "baris tanpa uraian dan tanpa kode"
			} else {
				c.tolak = "tingkatnya tidak diketahui: isi kolom kode atau tingkat, atau awali uraiannya dengan Program, Kegiatan atau Sub Kegiatan (namanya tidak ada di nomenklatur)"
			}
		}
		c.tingkat = tingkat
		out = append(out, c)
	}
	return out, jumlah
}

// tempat checks the place of every row: a table has codes on every row or
// on none (the first row read decides; the others are refused), and
// without codes a kegiatan needs a program above it and a sub kegiatan a
// kegiatan; a row below a refused row is refused with it.
func tempat(cs []calon) {
	berkode, dikenal := false, false
	for i := range cs {
		c := &cs[i]
		if c.tolak != "" || c.lewat != "" {
			continue
		}
		if !dikenal {
			berkode, dikenal = c.berkode, true
		}
		if c.berkode != berkode {
			if berkode {
				c.tolak = "baris tanpa kode di tabel yang berkode: isi kodenya"
			} else {
				c.tolak = "baris berkode di tabel tanpa kode: kosongkan kodenya, atau isi kode setiap baris"
			}
		}
	}
	if berkode {
		ditolak := map[anggaran.Kode]bool{}
		for i := range cs {
			c := &cs[i]
			if c.lewat != "" {
				continue
			}
			if c.tolak != "" {
				if c.berkode {
					ditolak[c.kode] = true
				}
				continue
			}
			for j := anggaran.JenjangProgram; j < c.kode.Jenjang(); j++ {
				if k := c.kode.Pada(j); ditolak[k] {
					c.tolak = fmt.Sprintf("induknya %s ditolak", k)
					break
				}
			}
		}
		return
	}
	// the row of each level above the current row: -1 none, -2 refused
	// (then tolakAtas says why the rows below it are refused too)
	atas := map[anggaran.Jenjang]int{anggaran.JenjangProgram: -1, anggaran.JenjangKegiatan: -1}
	tolakAtas := map[anggaran.Jenjang]string{}
	for i := range cs {
		c := &cs[i]
		if c.lewat != "" {
			continue
		}
		if c.tingkat == 0 {
			// a row of unknown level: the rows after it cannot be placed
			// with certainty until the next program
			for _, j := range []anggaran.Jenjang{anggaran.JenjangProgram, anggaran.JenjangKegiatan} {
				atas[j] = -2
				tolakAtas[j] = fmt.Sprintf("baris %d di atasnya, yang tingkatnya tidak diketahui, mungkin induknya", c.no)
			}
			continue
		}
		induk := c.tingkat - 1
		if c.tolak == "" && c.tingkat > anggaran.JenjangProgram {
			switch atas[induk] {
			case -1:
				c.tolak = fmt.Sprintf("%s tanpa %s di atasnya", c.tingkat, induk)
			case -2:
				c.tolak = tolakAtas[induk]
			}
		}
		if c.tingkat == anggaran.JenjangProgram || c.tingkat == anggaran.JenjangKegiatan {
			if c.tolak != "" {
				atas[c.tingkat] = -2
				tolakAtas[c.tingkat] = fmt.Sprintf("%s di atasnya (baris %d) ditolak", c.tingkat, c.no)
			} else {
				atas[c.tingkat] = i
			}
			if c.tingkat == anggaran.JenjangProgram {
				atas[anggaran.JenjangKegiatan] = -1
				if c.tolak != "" {
					atas[anggaran.JenjangKegiatan] = -2
					tolakAtas[anggaran.JenjangKegiatan] = tolakAtas[c.tingkat]
				}
			}
		}
	}
}

// bacaAngka reads the amounts of a row into r; it returns the Rupiah
// amounts printed as a lone "-" (nihil on a leaf, "not printed" on a
// parent: left missing here) and, when one cannot be read, the reason. A
// spreadsheet error ("#DIV/0!") is missing.
func bacaAngka(nilai map[Kolom]Sel, r *anggaran.Rincian) (garis []*anggaran.NullRupiah, alasan string) {
	for _, f := range []struct {
		k   Kolom
		out *anggaran.NullRupiah
	}{
		{KolomPaguMurni, &r.PaguMurni},
		{KolomPagu, &r.Pagu},
		{KolomRealisasi, &r.Realisasi},
		{KolomSisa, &r.Sisa},
	} {
		s, ok := nilai[f.k]
		if !ok || strings.HasPrefix(s.Teks, "#") {
			continue
		}
		if garisSel(s.Teks) {
			garis = append(garis, f.out)
			continue
		}
		if s.Angka != nil {
			*f.out = anggaran.AdaRupiah(anggaran.RupiahDesimal(*s.Angka))
			continue
		}
		v, err := anggaran.ParseRupiahSen(s.Teks)
		if errors.Is(err, anggaran.ErrKosong) {
			continue
		}
		if err != nil {
			return nil, fmt.Sprintf("kolom %s: %v", f.k.Judul(), err)
		}
		*f.out = anggaran.AdaRupiah(v)
	}
	for _, f := range []struct {
		k   Kolom
		out *decimal.NullDecimal
	}{
		{KolomPersen, &r.Persen},
		{KolomFisik, &r.Fisik},
	} {
		s, ok := nilai[f.k]
		if !ok || strings.HasPrefix(s.Teks, "#") || garisSel(s.Teks) {
			continue
		}
		d, err := anggaran.ParseAngka(s.Teks, anggaran.JenisPersen)
		if errors.Is(err, anggaran.ErrKosong) {
			continue
		}
		if err != nil {
			return nil, fmt.Sprintf("kolom %s: %v", f.k.Judul(), err)
		}
		*f.out = anggaran.Ada(d)
	}
	return garis, ""
}

// garisSel reports whether a cell holds a lone dash.
func garisSel(teks string) bool {
	t := strings.TrimSpace(teks)
	return t == "-" || t == "–" || t == "—"
}

// susunTabel31 writes the mapped columns as the CSV kinerja.ParseTabel31
// reads, so that a Tabel 3.1 from a workbook is read by the same rules as
// one from a CSV file. A row the reader refuses (a figure that cannot be
// read, a cell whose notation is ambiguous) is refused with its reason
// and the rest read again without it, up to maksTolak rows; an error of
// the header, or of more rows, is returned naming the sheet row.
func susunTabel31(l *Lembar, u Usulan, o Opsi) (*Hasil, error) {
	var kol []int
	var judul []string
	for c, k := range u.Kolom {
		if k != "" {
			kol = append(kol, c)
			judul = append(judul, string(k))
		}
	}
	h := &Hasil{Jenis: JenisTabel31, Lembar: l.Label(), indikator: map[int]int{}}
	tolak := map[int]string{} // sheet row → why refused
	var d *kinerja.Dokumen
	for {
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.Comma = ';'
		w.Write(judul)
		baris := []int{u.Judul} // CSV line (1-based) → sheet row
		for _, b := range l.Baris {
			if b.No <= u.Judul || tolak[b.No] != "" {
				continue
			}
			rec := make([]string, len(kol))
			kosong := true
			for i, c := range kol {
				if c < len(b.Sel) {
					rec[i] = b.Sel[c].Teks
					kosong = kosong && rec[i] == ""
				}
			}
			if kosong {
				continue
			}
			w.Write(rec)
			baris = append(baris, b.No)
		}
		w.Flush()
		var err error
		d, err = kinerja.ParseTabel31(&buf, kinerja.OpsiTabel31{Berkas: l.Label(), Tahun: o.Tahun})
		if err == nil {
			break
		}
		var pe *anggaran.ParseError
		if !errors.As(err, &pe) {
			return nil, err
		}
		e := *pe
		if e.Baris >= 1 && e.Baris <= len(baris) {
			e.Baris = baris[e.Baris-1]
		}
		if e.Baris <= u.Judul || len(tolak) >= maksTolak {
			return nil, &e
		}
		alasan := e.Err.Error()
		if e.Kolom != "" {
			alasan = "kolom " + e.Kolom + ": " + alasan
		}
		tolak[e.Baris] = alasan
	}
	h.Kinerja = d
	h.Temuan, _ = kinerja.SaringTabel31(d, kinerja.Compute(d, o.Tahun, kinerja.Opsi{}, nil).Temuan)
	for _, t := range h.Temuan {
		if t.Kode == "kinerja/capaian-tercetak" || t.Kode == "kinerja/capaian-dipotong" {
			h.Selisih = append(h.Selisih, t)
		}
	}
	// each indicator's first sheet row
	ik := -1
	for c, k := range u.Kolom {
		if k == KolomIndikator {
			ik = c
		}
	}
	pertama := map[string]int{}
	nama := map[int]string{}
	for _, b := range l.Baris {
		if b.No > u.Judul && ik < len(b.Sel) {
			nama[b.No] = b.Sel[ik].Teks
			if _, ada := pertama[kunci(b.Sel[ik].Teks)]; !ada && tolak[b.No] == "" {
				pertama[kunci(b.Sel[ik].Teks)] = b.No
			}
		}
	}
	dicetak := func(kolom Kolom) map[int]bool {
		c := -1
		for i, k := range u.Kolom {
			if k == kolom {
				c = i
			}
		}
		ada := map[string]bool{}
		for _, b := range l.Baris {
			if c >= 0 && b.No > u.Judul && tolak[b.No] == "" && ik >= 0 && ik < len(b.Sel) && c < len(b.Sel) && strings.TrimSpace(b.Sel[c].Teks) != "" {
				ada[kunci(b.Sel[ik].Teks)] = true
			}
		}
		out := map[int]bool{}
		for i, ind := range d.Indikator {
			out[i] = ada[kunci(ind.Nama)]
		}
		return out
	}
	h.satuanDari, h.polaritasDari = dicetak(KolomSatuan), dicetak(KolomPolaritas)
	for i, ind := range d.Indikator {
		no := pertama[kunci(ind.Nama)]
		h.indikator[i] = no
		h.Baris = append(h.Baris, BarisImpor{No: no, Nama: ind.Nama, Rincian: -1})
	}
	for no, alasan := range tolak {
		h.Baris = append(h.Baris, BarisImpor{No: no, Nama: nama[no], Rincian: -1, Ditolak: alasan})
	}
	sortBaris(h.Baris)
	return h, nil
}

// maksTolak is how many rows of a Tabel 3.1 are refused one by one before
// the sheet as a whole is.
const maksTolak = 50

// kunci is a name compared case- and space-insensitively.
func kunci(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
