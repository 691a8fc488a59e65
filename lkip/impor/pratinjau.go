package impor

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// JenisPerubahan is what an import does to one row.
type JenisPerubahan int

// What an import does to a row.
const (
	// Sama: the row is in the document with the same figures.
	Sama JenisPerubahan = iota
	// Ditambah: the row is new to the document.
	Ditambah
	// Diubah: the row is in the document; some figures change.
	Diubah
	// Ditolak: the row cannot be read or placed; Alasan says why.
	Ditolak
	// Dilewati: the row is not data of this kind (an urusan row of the
	// Renja form, a row of the Renstra only); Alasan says why.
	Dilewati
)

// String names the change for staff.
func (j JenisPerubahan) String() string {
	switch j {
	case Ditambah:
		return "ditambah"
	case Diubah:
		return "diubah"
	case Ditolak:
		return "ditolak"
	case Dilewati:
		return "dilewati"
	}
	return "sama"
}

// Beda is one figure that changes: the column and the old and new values
// as staff read them ("Rp 1.250.000", "98,5"); Lama is "" when the
// document had none.
type Beda struct {
	Kolom string
	Lama  string
	Baru  string
}

// Perubahan is what the import does to one sheet row.
type Perubahan struct {
	Jenis JenisPerubahan
	No    int    // the sheet row
	Nama  string // the row's name, with its level or year ("kegiatan «…»")
	Beda  []Beda // Diubah: the figures that change
	// Alasan says why a row is refused or skipped, in Bahasa Indonesia.
	Alasan string
}

// String is the row as one line for staff: "baris 15, sub kegiatan
// «Penyusunan …»: diubah — pagu Rp 1 → Rp 2".
func (p Perubahan) String() string {
	s := fmt.Sprintf("baris %d, %s: %s", p.No, p.Nama, p.Jenis)
	switch {
	case p.Alasan != "":
		s += " — " + p.Alasan
	case len(p.Beda) > 0:
		var bs []string
		for _, b := range p.Beda {
			lama := b.Lama
			if lama == "" {
				lama = "(kosong)"
			}
			bs = append(bs, fmt.Sprintf("%s %s → %s", b.Kolom, lama, b.Baru))
		}
		s += " — " + strings.Join(bs, "; ")
	}
	return s
}

// Pratinjauan is the preview of an import: row by row, and the counts.
type Pratinjauan struct {
	Baris                                  []Perubahan
	Ditambah, Diubah, Sama, Ditolak, Lewat int
	// Tetap counts the document's rows the sheet does not list: they are
	// kept as they are.
	Tetap int
	// Selisih are the printed figures of the sheet that its own rows
	// contradict ([Hasil.Selisih]), one line each.
	Selisih []string
}

// Pratinjau returns what [Terapkan] would do to document d (nil: a new
// document), row by row. d is not changed.
func Pratinjau(d *lkip.Dokumen, h *Hasil) (*Pratinjauan, error) {
	_, p, err := gabung(d, h)
	return p, err
}

// Terapkan returns a new document: a copy of d (nil: an empty document
// named as the sheet names its dinas, [Hasil.Identitas]) with the rows of
// h added and changed as [Pratinjau] shows. d is never
// changed. The error says why the result could not be made a valid data
// file.
func Terapkan(d *lkip.Dokumen, h *Hasil) (*lkip.Dokumen, error) {
	baru, _, err := gabung(d, h)
	return baru, err
}

func salin(d *lkip.Dokumen) (*lkip.Dokumen, error) {
	if d == nil {
		return &lkip.Dokumen{Versi: lkip.VersiSkema}, nil
	}
	data, err := d.Encode()
	if err != nil {
		return nil, fmt.Errorf("dokumen tidak dapat disalin: %v", err)
	}
	return lkip.Parse(data, "dokumen.json")
}

func gabung(d *lkip.Dokumen, h *Hasil) (*lkip.Dokumen, *Pratinjauan, error) {
	if h == nil {
		return nil, nil, errors.New("impor: tidak ada hasil impor (nil): susun lembarnya dahulu")
	}
	baru, err := salin(d)
	if err != nil {
		return nil, nil, err
	}
	if d == nil {
		// a new document: named as the sheet names its dinas
		baru.Identitas.Pemda, baru.Identitas.Dinas = h.Identitas.Pemda, h.Identitas.Dinas
		baru.Identitas.Tahun = h.Identitas.Tahun
		if baru.Identitas.Tahun == 0 && h.Anggaran != nil {
			baru.Identitas.Tahun = h.Anggaran.Tahun
		}
		if baru.Identitas.Tahun == 0 && h.Kinerja != nil {
			baru.Identitas.Tahun = h.Kinerja.Tahun
		}
	}
	p := &Pratinjauan{}
	for _, t := range h.Selisih {
		p.Selisih = append(p.Selisih, t.String())
	}
	if h.Jenis == JenisTabel31 {
		gabungKinerja(baru, h, p)
	} else {
		gabungAnggaran(baru, h, p)
	}
	for _, b := range p.Baris {
		switch b.Jenis {
		case Ditambah:
			p.Ditambah++
		case Diubah:
			p.Diubah++
		case Sama:
			p.Sama++
		case Ditolak:
			p.Ditolak++
		case Dilewati:
			p.Lewat++
		}
	}
	// the result must be a valid data file
	data, err := baru.Encode()
	if err == nil {
		baru, err = lkip.Parse(data, "dokumen.json")
	}
	if err != nil {
		return nil, p, fmt.Errorf("hasil impor bukan berkas data yang sah, jadi tidak diterapkan: %v", err)
	}
	return baru, p, nil
}

// namaBaris is a budget row's name for staff: its level, code and name.
func namaBaris(r anggaran.Rincian, j anggaran.Jenjang) string {
	s := j.String()
	if !r.Kode.IsZero() && !r.Kode.TanpaKode() {
		s += " " + r.Kode.String()
	}
	if r.Uraian != "" {
		s += " «" + r.Uraian + "»"
	}
	return s
}

// jalur is a budget row's place: its code's ancestors, or without codes
// the levels and names of the rows above it and its own.
func jalurAnggaran(rows []anggaran.Rincian) []string {
	out := make([]string, len(rows))
	atas := map[anggaran.Jenjang]string{}
	for i, r := range rows {
		if !r.Kode.IsZero() {
			var seg []string
			for j := anggaran.JenjangProgram; j <= r.Kode.Jenjang(); j++ {
				seg = append(seg, r.Kode.Pada(j).String())
			}
			out[i] = strings.Join(seg, "/")
			continue
		}
		j := r.Tingkat
		s := j.String() + ":" + kunciUraian(r.Uraian, j)
		if j > anggaran.JenjangProgram {
			s = atas[j-1] + "/" + s
		}
		atas[j] = s
		out[i] = s
	}
	return out
}

// kunciUraian is a row's name compared across tables: case and spacing
// ignored, and the level word a table may print before it ("Kegiatan
// Administrasi Keuangan …" is the Renja form's "Administrasi Keuangan …").
func kunciUraian(s string, j anggaran.Jenjang) string {
	k := kunci(s)
	awal := map[anggaran.Jenjang][]string{
		anggaran.JenjangProgram:     {"program "},
		anggaran.JenjangKegiatan:    {"kegiatan "},
		anggaran.JenjangSubKegiatan: {"sub kegiatan ", "subkegiatan ", "sub-kegiatan "},
	}[j]
	for _, a := range awal {
		if rest, ok := strings.CutPrefix(k, a); ok && rest != "" {
			return strings.TrimLeft(rest, ": ")
		}
	}
	return k
}

type kolomAngka struct {
	nama  string
	rp    bool
	ambil func(*anggaran.Rincian) decimal.NullDecimal
	salin func(ke, dari *anggaran.Rincian) // copies the figure
}

var kolomAnggaran = []kolomAngka{
	{"pagu murni", true, func(r *anggaran.Rincian) decimal.NullDecimal { return r.PaguMurni.Decimal() },
		func(ke, dari *anggaran.Rincian) { ke.PaguMurni = dari.PaguMurni }},
	{"pagu", true, func(r *anggaran.Rincian) decimal.NullDecimal { return r.Pagu.Decimal() },
		func(ke, dari *anggaran.Rincian) { ke.Pagu = dari.Pagu }},
	{"realisasi", true, func(r *anggaran.Rincian) decimal.NullDecimal { return r.Realisasi.Decimal() },
		func(ke, dari *anggaran.Rincian) { ke.Realisasi = dari.Realisasi }},
	{"sisa", true, func(r *anggaran.Rincian) decimal.NullDecimal { return r.Sisa.Decimal() },
		func(ke, dari *anggaran.Rincian) { ke.Sisa = dari.Sisa }},
	{"persen", false, func(r *anggaran.Rincian) decimal.NullDecimal { return r.Persen },
		func(ke, dari *anggaran.Rincian) { ke.Persen = dari.Persen }},
	{"fisik", false, func(r *anggaran.Rincian) decimal.NullDecimal { return r.Fisik },
		func(ke, dari *anggaran.Rincian) { ke.Fisik = dari.Fisik }},
}

func tulis(v decimal.NullDecimal, rp bool) string {
	if !v.Valid {
		return ""
	}
	if rp {
		return anggaran.FormatRupiah(v.Decimal)
	}
	return anggaran.FormatAngka(v.Decimal, max(-v.Decimal.Exponent(), 0))
}

// ubahRincian copies onto lama every figure baru has that differs, and
// returns what changed; a figure baru lacks is kept.
func ubahRincian(lama *anggaran.Rincian, baru anggaran.Rincian) []Beda {
	var bs []Beda
	for _, k := range kolomAnggaran {
		l, b := k.ambil(lama), k.ambil(&baru)
		if !b.Valid || l.Valid && l.Decimal.Equal(b.Decimal) {
			continue
		}
		bs = append(bs, Beda{Kolom: k.nama, Lama: tulis(l, k.rp), Baru: tulis(b, k.rp)})
		k.salin(lama, &baru)
	}
	if baru.Catatan != "" && baru.Catatan != lama.Catatan {
		bs = append(bs, Beda{Kolom: "catatan", Lama: lama.Catatan, Baru: baru.Catatan})
		lama.Catatan = baru.Catatan
	}
	if !baru.Kode.IsZero() && baru.Uraian != "" && kunci(baru.Uraian) != kunci(lama.Uraian) {
		bs = append(bs, Beda{Kolom: "uraian", Lama: lama.Uraian, Baru: baru.Uraian})
		lama.Uraian = baru.Uraian
	}
	return bs
}

func gabungAnggaran(d *lkip.Dokumen, h *Hasil, p *Pratinjauan) {
	imp := h.Anggaran
	if d.Anggaran == nil {
		d.Anggaran = &anggaran.Anggaran{Tabel: imp.Tabel}
	}
	a := d.Anggaran
	if a.Tahun == 0 {
		a.Tahun = imp.Tahun
		if a.Tahun == 0 {
			a.Tahun = d.Identitas.Tahun
		}
	}
	if a.UrusanBidang.IsZero() && len(a.Rincian) == 0 {
		a.UrusanBidang = imp.UrusanBidang
	}
	if a.Tabel == "" {
		a.Tabel = imp.Tabel
	}
	lamaBerkode := len(a.Rincian) > 0 && !a.Rincian[0].Kode.IsZero()
	impBerkode := len(imp.Rincian) > 0 && !imp.Rincian[0].Kode.IsZero()
	bentrok := ""
	if len(a.Rincian) > 0 && len(imp.Rincian) > 0 && lamaBerkode != impBerkode {
		if lamaBerkode {
			bentrok = "anggaran dokumen memakai kode, baris lembar ini tanpa kode: petakan kolom kodenya"
		} else {
			bentrok = "anggaran dokumen tanpa kode, baris lembar ini berkode: kosongkan pemetaan kolom kode"
		}
	}
	keys := jalurAnggaran(a.Rincian)
	impKeys := jalurAnggaran(imp.Rincian)
	cocok := make([]bool, len(keys))
	indeks := make(map[string]int, len(keys)) // key → index of a document row
	for i, k := range keys {
		if _, dup := indeks[k]; !dup {
			indeks[k] = i
		}
	}
	// akhir[i] is the index after the last row below document row i
	akhir := make([]int, len(keys))
	for i := len(keys) - 1; i >= 0; i-- {
		akhir[i] = i + 1
		if i+1 < len(keys) && strings.HasPrefix(keys[i+1], keys[i]+"/") {
			akhir[i] = akhir[i+1]
			for akhir[i] < len(keys) && strings.HasPrefix(keys[akhir[i]], keys[i]+"/") {
				akhir[i] = akhir[akhir[i]]
			}
		}
	}
	// new rows go before document row n (len: at the end), in sheet order
	sisip := map[int][]anggaran.Rincian{}
	sisipDi := map[string]int{} // key of a new row → where it goes
	for _, b := range h.Baris {
		pr := Perubahan{No: b.No, Nama: "baris «" + b.Nama + "»"}
		if b.Tingkat != 0 {
			pr.Nama = b.Tingkat.String() + " «" + b.Nama + "»"
		}
		switch {
		case b.Lewat != "":
			pr.Jenis, pr.Alasan = Dilewati, b.Lewat
		case b.Ditolak != "":
			pr.Jenis, pr.Alasan = Ditolak, b.Ditolak
		case b.Jumlah:
			pr.Nama = "baris jumlah"
			if a.Jumlah == nil {
				j := *imp.Jumlah
				a.Jumlah = &j
				pr.Jenis = Ditambah
			} else if pr.Beda = ubahRincian(a.Jumlah, *imp.Jumlah); len(pr.Beda) > 0 {
				pr.Jenis = Diubah
			}
		case b.Rincian < 0:
			continue
		case bentrok != "":
			pr.Jenis, pr.Alasan = Ditolak, bentrok
		default:
			r := imp.Rincian[b.Rincian]
			pr.Nama = namaBaris(r, b.Tingkat)
			key := impKeys[b.Rincian]
			if i, ok := indeks[key]; ok && !cocok[i] {
				cocok[i] = true
				if pr.Beda = ubahRincian(&a.Rincian[i], r); len(pr.Beda) > 0 {
					pr.Jenis = Diubah
				}
				break
			}
			// a new row: after the last row below its parent, else last
			at := len(a.Rincian)
			if cut := strings.LastIndexByte(key, '/'); cut >= 0 {
				induk := key[:cut]
				if n, ok := sisipDi[induk]; ok {
					at = n
				} else if i, ok := indeks[induk]; ok {
					at = akhir[i]
				}
			}
			sisip[at] = append(sisip[at], r)
			sisipDi[key] = at
			pr.Jenis = Ditambah
		}
		p.Baris = append(p.Baris, pr)
	}
	if len(sisip) > 0 {
		rows := make([]anggaran.Rincian, 0, len(a.Rincian)+len(sisip))
		for i := 0; i <= len(a.Rincian); i++ {
			rows = append(rows, sisip[i]...)
			if i < len(a.Rincian) {
				rows = append(rows, a.Rincian[i])
			}
		}
		a.Rincian = rows
	}
	for _, c := range cocok {
		if !c {
			p.Tetap++
		}
	}
}

func tulisAngka(a *kinerja.Angka) string {
	if a == nil {
		return ""
	}
	if a.Teks != "" {
		return a.Teks
	}
	return anggaran.FormatAngka(a.Nilai, max(-a.Nilai.Exponent(), 0))
}

func samaAngka(a, b *kinerja.Angka) bool {
	return a != nil && b != nil && a.Nilai.Equal(b.Nilai) && a.Teks == b.Teks
}

func gabungKinerja(d *lkip.Dokumen, h *Hasil, p *Pratinjauan) {
	imp := h.Kinerja
	if d.Kinerja == nil {
		d.Kinerja = &kinerja.Dokumen{Tahun: imp.Tahun}
	}
	k := d.Kinerja
	if k.Tahun == 0 {
		k.Tahun = imp.Tahun
	}
	sasaranImp := map[string]string{}
	for _, s := range imp.Sasaran {
		sasaranImp[s.ID] = s.Uraian
	}
	idDipakai := map[string]bool{}
	for _, s := range k.Sasaran {
		idDipakai[s.ID] = true
	}
	for _, ind := range k.Indikator {
		idDipakai[ind.ID] = true
	}
	idBaru := func(awal string) string {
		for n := 1; ; n++ {
			id := fmt.Sprintf("%s%d", awal, n)
			if !idDipakai[id] {
				idDipakai[id] = true
				return id
			}
		}
	}
	for _, b := range h.Baris {
		if b.Ditolak != "" {
			p.Baris = append(p.Baris, Perubahan{Jenis: Ditolak, No: b.No, Nama: "indikator «" + b.Nama + "»", Alasan: b.Ditolak})
		}
	}
	cocok := make([]bool, len(k.Indikator))
	namaIndikator := map[string]int{}
	for i := len(k.Indikator) - 1; i >= 0; i-- {
		namaIndikator[kunci(k.Indikator[i].Nama)] = i
	}
	for ii, ind := range imp.Indikator {
		pr := Perubahan{No: h.indikator[ii], Nama: "indikator «" + ind.Nama + "»"}
		found, ok := namaIndikator[kunci(ind.Nama)]
		if !ok {
			found = -1
		}
		if found < 0 {
			ind.ID = idBaru("IKU")
			ind.Tahun = append([]kinerja.DataTahun(nil), ind.Tahun...)
			if u := sasaranImp[imp.Indikator[ii].Sasaran]; u != "" {
				ind.Sasaran = ""
				for _, s := range k.Sasaran {
					if kunci(s.Uraian) == kunci(u) {
						ind.Sasaran = s.ID
					}
				}
				if ind.Sasaran == "" {
					ind.Sasaran = idBaru("SS")
					k.Sasaran = append(k.Sasaran, kinerja.Sasaran{ID: ind.Sasaran, Uraian: u})
				}
			}
			namaIndikator[kunci(ind.Nama)] = len(k.Indikator)
			k.Indikator = append(k.Indikator, ind)
			cocok = append(cocok, true)
			pr.Jenis = Ditambah
			p.Baris = append(p.Baris, pr)
			continue
		}
		cocok[found] = true
		lama := &k.Indikator[found]
		if h.satuanDari[ii] && ind.Satuan != lama.Satuan {
			pr.Beda = append(pr.Beda, Beda{Kolom: "satuan", Lama: lama.Satuan, Baru: ind.Satuan})
			lama.Satuan = ind.Satuan
		}
		if h.polaritasDari[ii] && ind.Polaritas != lama.Polaritas {
			pr.Beda = append(pr.Beda, Beda{Kolom: "polaritas", Lama: lama.Polaritas.String(), Baru: ind.Polaritas.String()})
			lama.Polaritas = ind.Polaritas
		}
		for _, dt := range ind.Tahun {
			j := -1
			for x := range lama.Tahun {
				if lama.Tahun[x].Tahun == dt.Tahun {
					j = x
				}
			}
			if j < 0 {
				at := len(lama.Tahun)
				for x := range lama.Tahun {
					if lama.Tahun[x].Tahun > dt.Tahun {
						at = x
						break
					}
				}
				lama.Tahun = append(lama.Tahun[:at], append([]kinerja.DataTahun{{Tahun: dt.Tahun, Sumber: dt.Sumber}}, lama.Tahun[at:]...)...)
				j = at
			}
			lt := &lama.Tahun[j]
			for _, f := range []struct {
				nama       string
				lama, baru **kinerja.Angka
			}{
				{"target", &lt.Target, &dt.Target},
				{"realisasi", &lt.Realisasi, &dt.Realisasi},
				{"capaian", &lt.Capaian, &dt.Capaian},
			} {
				if *f.baru == nil || samaAngka(*f.lama, *f.baru) {
					continue
				}
				pr.Beda = append(pr.Beda, Beda{Kolom: fmt.Sprintf("%s %d", f.nama, dt.Tahun), Lama: tulisAngka(*f.lama), Baru: tulisAngka(*f.baru)})
				*f.lama = *f.baru
			}
		}
		if len(pr.Beda) > 0 {
			pr.Jenis = Diubah
		}
		p.Baris = append(p.Baris, pr)
	}
	for _, c := range cocok {
		if !c {
			p.Tetap++
		}
	}
	sort.SliceStable(p.Baris, func(i, j int) bool { return p.Baris[i].No < p.Baris[j].No })
}
