package rekap

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// Opsi are the rules of the rekap. The zero value gives the documented
// defaults.
type Opsi struct {
	// LKIP are the rules each document is computed with.
	LKIP lkip.Opsi
	// Tahun is the year of the rekap; 0: the year most files have (the
	// earliest on a tie).
	Tahun int
	// SerapanRendah: a serapan below it needs attention; zero: 80 (%).
	SerapanRendah decimal.Decimal
	// CapaianBawah, CapaianAtas: a mean capaian below or above them
	// needs attention; zero: 75 and 125 (%).
	CapaianBawah, CapaianAtas decimal.Decimal
	// BanyakPemda: the files are of several pemda (a province's rekap of
	// its kabupaten): no TemuanPemda, and the title names no pemda.
	BanyakPemda bool
	// Tercetak are the kabupaten's totals as printed elsewhere (the APBD,
	// the LKPJ); nil: not compared.
	Tercetak *Tercetak
}

// Tercetak are the kabupaten's printed totals; an amount not Valid is not
// compared.
type Tercetak struct {
	Sumber          string // where printed, e.g. "Perda APBD 2024"
	Pagu, Realisasi decimal.NullDecimal
}

var (
	bawaanSerapan      = decimal.NewFromInt(80)
	bawaanCapaianBawah = decimal.NewFromInt(75)
	bawaanCapaianAtas  = decimal.NewFromInt(125)
)

func (o Opsi) lengkapi() Opsi {
	if o.SerapanRendah.IsZero() {
		o.SerapanRendah = bawaanSerapan
	}
	if o.CapaianBawah.IsZero() {
		o.CapaianBawah = bawaanCapaianBawah
	}
	if o.CapaianAtas.IsZero() {
		o.CapaianAtas = bawaanCapaianAtas
	}
	return o
}

// BarisDinas is one dinas (one file) of the rekap.
type BarisDinas struct {
	No     int    // order in which the file was added, from 1
	Berkas string // the file's name as given
	Pemda  string
	Dinas  string
	Tahun  int
	Bidang string // urusan.bidang, e.g. "1.02"; "" when the document has none

	Program, Kegiatan, SubKegiatan int
	Pagu, Realisasi                decimal.NullDecimal
	Serapan                        decimal.NullDecimal // realisasi × 100 / pagu

	JumlahIKU   int
	Capaian     *decimal.Decimal // mean capaian of the IKU; nil: cannot be computed
	Predikat    string           // of Capaian
	PerPredikat []JumlahPredikat // IKU per predikat, in the order of Rekap.Predikat

	// Efisiensi is Capaian − Serapan in points, nil when either is
	// missing; KelasEfisiensi is "efisien", "cukup efisien", "tidak efisien" or "".
	Efisiensi      *decimal.Decimal
	KelasEfisiensi string

	Kesalahan, Peringatan, Catatan int

	// Lengkap: every data section of the document is filled in (the reviu
	// is in the columns above); PersenLengkap and Kurang are from
	// lkip.Laporan.Kelengkapan.
	Lengkap       bool
	PersenLengkap int
	Kurang        []string

	// Galat is why the file could not be read; the row then has no figures.
	Galat string
	// Dihitung: the row is in the kabupaten's totals (false for an
	// unreadable file, another year, a second file of a dinas).
	Dihitung bool
	// Perhatian are the reasons the dinas needs attention.
	Perhatian []Alasan
	// TriwulanDilaporkan is the last quarter every sub kegiatan of the
	// document reports (0: no quarters), SerapanTriwulan the cumulative
	// serapan at its end and TargetTriwulan that quarter's target
	// (lkip.Opsi.Anggaran.Triwulan).
	TriwulanDilaporkan int
	SerapanTriwulan    decimal.NullDecimal
	TargetTriwulan     decimal.Decimal

	programLain []string // programs of another urusan/bidang
}

// JumlahPredikat is a number of IKU with one predikat.
type JumlahPredikat struct {
	Predikat string
	Jumlah   int
}

// Alasan is one reason a dinas needs attention: a stable code and the
// reason in Bahasa Indonesia.
type Alasan struct {
	Kode  string
	Pesan string
}

// The codes of Alasan.
const (
	AlasanSerapan     = "serapan-rendah"
	AlasanCapaian     = "capaian-rendah"
	AlasanCapaianAtas = "capaian-tinggi"
	AlasanKesalahan   = "kesalahan-reviu"
	AlasanBelum       = "belum-lengkap"
	AlasanBerkas      = "berkas"
	AlasanLintas      = "lintas-dinas"     // a kesalahan of the cross-dinas checks names the dinas
	AlasanTriwulan    = "serapan-triwulan" // the serapan at the end of the last quarter reported is below its target
)

// TidakDihitung is the predikat bucket of IKU without a capaian.
const TidakDihitung = kinerja.TidakDapatDihitung

// Jumlah are the kabupaten's totals over the rows counted.
type Jumlah struct {
	Berkas, Dinas                  int // files listed, dinas counted
	TanpaAnggaran                  int // dinas counted without budget figures
	Program, Kegiatan, SubKegiatan int
	Pagu, Realisasi, Serapan       decimal.NullDecimal
	JumlahIKU                      int
	Capaian                        *decimal.Decimal // mean of the dinas' means
	Predikat                       string
	PerPredikat                    []JumlahPredikat
	Kesalahan, Peringatan, Catatan int
	Lengkap                        int // complete documents
}

// Rekap is the summary of many dinas of one year.
type Rekap struct {
	Pemda    string // the pemda most files name
	Tahun    int
	Opsi     Opsi     // with the defaults filled in
	Predikat []string // predikat names, best first, then TidakDihitung
	Baris    []BarisDinas
	Jumlah   Jumlah
	// Temuan are the cross-dinas findings, most severe first.
	Temuan []anggaran.Temuan
	// Saringan is the filter applied ([Rekap.Saring]), nil for none.
	Saringan *Saringan
}

// Penyusun builds a Rekap one document at a time. The zero value is not
// usable; call [New].
type Penyusun struct {
	o        Opsi
	predikat []string
	baris    []BarisDinas
	// sub maps each sub kegiatan code, within one pemda, to the first row
	// whose table has it; lagi holds the further rows of the codes found
	// in more than one (a few), so that the common case costs one small
	// map entry per code.
	sub   map[kunciSub]int32
	lagi  map[kunciSub][]int32
	pemda map[string]int32 // normalised pemda name → its number in kunciSub
}

// kunciSub is a sub kegiatan code within one pemda: the same code in two
// pemda is two different sub kegiatan.
type kunciSub struct {
	pemda int32
	kode  anggaran.Kode
}

// New returns a Penyusun with the rules o.
func New(o Opsi) *Penyusun {
	o = o.lengkapi()
	sk := o.LKIP.Kinerja.Skala
	if len(sk.Pita) == 0 {
		sk = kinerja.SkalaPermendagri86()
	}
	var pr []string
	for i := len(sk.Pita) - 1; i >= 0; i-- {
		pr = append(pr, sk.Pita[i].Predikat)
	}
	pr = append(pr, TidakDihitung)
	return &Penyusun{o: o, predikat: pr, sub: map[kunciSub]int32{}, lagi: map[kunciSub][]int32{}, pemda: map[string]int32{}}
}

// siap makes a zero Penyusun one of New(Opsi{}); a nil one is an error.
func (p *Penyusun) siap() error {
	if p == nil {
		return fmt.Errorf("rekap: Penyusun nil; buat dengan rekap.New")
	}
	if p.sub == nil {
		*p = *New(p.o)
	}
	return nil
}

// TambahBerkas reads, computes and summarises the data file at path. A
// file that cannot be read or parsed becomes a row with Galat (and a
// finding); the error is also returned, so that a program can exit with
// the right status.
func (p *Penyusun) TambahBerkas(path string) error {
	if err := p.siap(); err != nil {
		return err
	}
	data, err := naskah.ReadFile(path)
	if err != nil {
		p.tambahGalat(path, err)
		return err
	}
	return p.TambahData(path, data)
}

// TambahData parses, computes and summarises one data file's bytes; berkas
// names it in the rows and findings.
func (p *Penyusun) TambahData(berkas string, data []byte) error {
	if err := p.siap(); err != nil {
		return err
	}
	d, err := lkip.Parse(data, filepath.Base(berkas))
	if err != nil {
		p.tambahGalat(berkas, err)
		return err
	}
	return p.Tambah(berkas, d)
}

func (p *Penyusun) tambahGalat(berkas string, err error) { p.gabung(barisGalat(berkas, err), nil) }

func barisGalat(berkas string, err error) BarisDinas {
	return BarisDinas{Berkas: berkas, Galat: err.Error(), Perhatian: []Alasan{{AlasanBerkas, "berkas tidak dapat dibaca: " + err.Error()}}}
}

// hasil is one file read and summarised by a worker of TambahSemua.
type hasil struct {
	b   BarisDinas
	sub []anggaran.Kode
	err error
}

// TambahSemua reads, computes and summarises the files with pekerja
// goroutines at once (pekerja < 1: one), adding the rows in the order of
// paths, as TambahBerkas one after the other would. Memory holds at most
// pekerja documents and pekerja summaries waiting for their turn. It
// returns the errors of the files that could not be read, joined.
func (p *Penyusun) TambahSemua(paths []string, pekerja int) error {
	if err := p.siap(); err != nil {
		return err
	}
	pekerja = max(pekerja, 1)
	antre := make(chan chan hasil, pekerja)
	go func() {
		sem := make(chan struct{}, pekerja)
		for _, path := range paths {
			c := make(chan hasil, 1)
			antre <- c
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				c <- p.baca(path)
			}()
		}
		close(antre)
	}()
	var errs []error
	for c := range antre {
		h := <-c
		if h.err != nil {
			errs = append(errs, h.err)
		}
		p.gabung(h.b, h.sub)
	}
	return errors.Join(errs...)
}

// baca reads, parses and summarises one file (a row with Galat when it
// cannot be read).
func (p *Penyusun) baca(path string) hasil {
	data, err := naskah.ReadFile(path)
	if err != nil {
		return hasil{b: barisGalat(path, err), err: err}
	}
	d, err := lkip.Parse(data, filepath.Base(path))
	if err != nil {
		return hasil{b: barisGalat(path, err), err: err}
	}
	b, sub, err := p.ringkas(path, d)
	if err != nil {
		return hasil{b: barisGalat(path, err), err: err}
	}
	return hasil{b: b, sub: sub}
}

// Tambah computes and summarises one document; berkas names it. The
// document is not kept.
func (p *Penyusun) Tambah(berkas string, d *lkip.Dokumen) error {
	if err := p.siap(); err != nil {
		return err
	}
	if d == nil {
		return fmt.Errorf("rekap: %s: tidak ada dokumen", berkas)
	}
	b, sub, err := p.ringkas(berkas, d)
	if err != nil {
		return err
	}
	p.gabung(b, sub)
	return nil
}

// gabung adds a summarised row and records its sub kegiatan codes.
func (p *Penyusun) gabung(b BarisDinas, sub []anggaran.Kode) {
	i := len(p.baris)
	b.No = i + 1
	np, ada := p.pemda[normal(b.Pemda)]
	if !ada {
		np = int32(len(p.pemda))
		p.pemda[normal(b.Pemda)] = np
	}
	for _, k := range sub {
		ks := kunciSub{np, k}
		if j, ada := p.sub[ks]; !ada {
			p.sub[ks] = int32(i)
		} else if rs := p.lagi[ks]; j != int32(i) && (len(rs) == 0 || rs[len(rs)-1] != int32(i)) {
			p.lagi[ks] = append(rs, int32(i))
		}
	}
	p.baris = append(p.baris, b)
}

// ringkas computes one document and summarises it as a row (without its
// number) and the codes of its sub kegiatan outside program 01. It reads
// only the Penyusun's rules, so that several documents may be summarised
// at once.
func (p *Penyusun) ringkas(berkas string, d *lkip.Dokumen) (BarisDinas, []anggaran.Kode, error) {
	l, err := lkip.Compute(d, p.o.LKIP)
	if err != nil {
		return BarisDinas{}, nil, err
	}
	var sub []anggaran.Kode
	b := BarisDinas{Berkas: berkas, Pemda: strings.TrimSpace(d.Identitas.Pemda), Dinas: strings.TrimSpace(d.Identitas.Dinas)}
	r := l.Ringkasan
	b.Tahun = r.Tahun
	if b.Tahun == 0 && d.Kinerja != nil {
		b.Tahun = d.Kinerja.Tahun
	}
	if b.Tahun == 0 && d.Anggaran != nil {
		b.Tahun = d.Anggaran.Tahun
	}
	var bidang anggaran.Kode
	if d.Anggaran != nil && !d.Anggaran.UrusanBidang.IsZero() {
		bidang = d.Anggaran.UrusanBidang.Pada(anggaran.JenjangBidang)
	} else if d.Kinerja != nil && d.Kinerja.Bidang != "" {
		if k, err := anggaran.ParseKode(d.Kinerja.Bidang); err == nil {
			bidang = k.Pada(anggaran.JenjangBidang)
		}
	}
	if !bidang.IsZero() {
		b.Bidang = bidang.String()
	}
	b.Program, b.Kegiatan, b.SubKegiatan = r.Program, r.Kegiatan, r.SubKegiatan
	b.Pagu, b.Realisasi = r.Pagu, r.Realisasi
	if r.Pagu.Valid && r.Realisasi.Valid {
		b.Serapan = persen(r.Realisasi.Decimal, r.Pagu.Decimal, p.o.LKIP.Anggaran)
	}
	if pohon := l.Pohon; pohon != nil {
		if t := pohon.Triwulan(); t.Ada && t.Baris[0].Dilaporkan > 0 {
			q := t.Baris[0].Dilaporkan - 1
			b.TriwulanDilaporkan, b.SerapanTriwulan, b.TargetTriwulan = q+1, t.Baris[0].Serapan[q], t.Target[q]
		}
		lain := map[string]bool{}
		for j := 0; j < pohon.Len(); j++ {
			x := pohon.Baris(j)
			switch x.Jenjang {
			case anggaran.JenjangSubKegiatan:
				if penunjang(x.Kode) {
					continue // every perangkat daerah has its own program 01
				}
				sub = append(sub, x.Kode)
			case anggaran.JenjangProgram:
				if !bidang.IsZero() && !x.Kode.Pada(anggaran.JenjangBidang).Equal(bidang) && !lain[x.Kode.String()] {
					lain[x.Kode.String()] = true
					nama := x.Kode.String()
					if x.Uraian != "" {
						nama += " " + x.Uraian
					}
					b.programLain = append(b.programLain, nama)
				}
			}
		}
	}
	b.JumlahIKU = r.JumlahIKU
	b.Capaian, b.Predikat = r.Capaian, r.Predikat
	b.PerPredikat = make([]JumlahPredikat, len(p.predikat))
	for j, n := range p.predikat {
		b.PerPredikat[j].Predikat = n
	}
	if h := l.Kinerja; h != nil {
		for _, hi := range h.Indikator {
			if !hi.IKU {
				continue
			}
			pr := TidakDihitung
			if sk := hi.Pada(h.Tahun); sk != nil && sk.Predikat != "" {
				pr = sk.Predikat
			}
			j := slices.Index(p.predikat, pr)
			if j < 0 {
				j = len(p.predikat) - 1
			}
			b.PerPredikat[j].Jumlah++
		}
	}
	if b.Capaian != nil && b.Serapan.Valid {
		v := b.Capaian.Sub(b.Serapan.Decimal)
		b.Efisiensi = &v
		atas, bawah := decimal.NewFromInt(5), decimal.NewFromInt(-5)
		if am := p.o.LKIP.Kinerja.Efisiensi; am != nil {
			atas, bawah = am.Atas, am.Bawah
		}
		switch {
		case v.GreaterThan(atas):
			b.KelasEfisiensi = "efisien"
		case v.LessThan(bawah):
			b.KelasEfisiensi = "tidak efisien"
		default:
			b.KelasEfisiensi = "cukup efisien"
		}
	}
	b.Kesalahan, b.Peringatan, b.Catatan = r.Kesalahan, r.Peringatan, r.Catatan
	k := l.Kelengkapan()
	b.Lengkap = true
	var n, m int
	for _, bg := range k.Bagian {
		if bg.ID == "tanggapan" {
			continue // the reviu has its own columns
		}
		x, y := bg.Terisi()
		n, m = n+x, m+y
		if x < y {
			b.Lengkap = false
		}
		for _, bt := range bg.Butir {
			if !bt.Terisi {
				b.Kurang = append(b.Kurang, bg.Judul+": "+bt.Nama)
			}
		}
	}
	if m > 0 {
		b.PersenLengkap = n * 100 / m
	}
	return b, sub, nil
}

// penunjang reports whether k is in program 01 of its bidang, the
// Program Penunjang Urusan Pemerintahan Daerah that every perangkat daerah
// of the bidang has under the same code (Permendagri 90/2019).
func penunjang(k anggaran.Kode) bool {
	p := k.Pada(anggaran.JenjangProgram)
	return strings.HasSuffix(p.String(), ".01")
}

func persen(bagian, total decimal.Decimal, o anggaran.Opsi) decimal.NullDecimal {
	v, ok := o.Bulat.Berlaku().Persen(bagian, total)
	if !ok {
		return decimal.NullDecimal{}
	}
	return anggaran.Ada(v)
}

// Rekap finishes the rekap: the year, which rows are counted, the totals,
// the attention reasons and the cross-dinas findings. The Penyusun may be
// given more documents afterwards and asked again.
func (p *Penyusun) Rekap() *Rekap {
	if p.siap() != nil {
		p = New(Opsi{})
	}
	r := &Rekap{Opsi: p.o, Predikat: slices.Clone(p.predikat)}
	r.Baris = make([]BarisDinas, len(p.baris))
	copy(r.Baris, p.baris)
	for i := range r.Baris {
		r.Baris[i].Perhatian = slices.Clone(r.Baris[i].Perhatian)
	}
	r.Tahun = p.o.Tahun
	if r.Tahun == 0 {
		r.Tahun = terbanyak(r.Baris, func(b *BarisDinas) (int, bool) { return b.Tahun, b.Galat == "" && b.Tahun != 0 })
	}
	if !p.o.BanyakPemda {
		r.Pemda = namaTerbanyak(r.Baris)
	}
	var ts []anggaran.Temuan
	lihat := map[string]int{}
	for i := range r.Baris {
		b := &r.Baris[i]
		if b.Galat != "" {
			ts = append(ts, temuan(TemuanBerkas, anggaran.Kesalahan, b, "", "berkas tidak dapat dibaca, jadi dinas ini tidak masuk rekap: "+b.Galat))
			continue
		}
		b.Dihitung = true
		if b.Tahun != r.Tahun {
			b.Dihitung = false
			ts = append(ts, temuanNilai(TemuanTahun, anggaran.Kesalahan, b, tahunStr(b.Tahun), tahunStr(r.Tahun),
				fmt.Sprintf("berkas ini untuk tahun %s, rekap untuk tahun %d; dinas ini tidak dijumlahkan. Periksa apakah berkas yang dikirim salah tahun", tahunStr(b.Tahun), r.Tahun)))
			b.Perhatian = append(b.Perhatian, Alasan{AlasanBerkas, fmt.Sprintf("berkas tahun %s, bukan %d", tahunStr(b.Tahun), r.Tahun)})
			continue
		}
		kunci := normal(b.Pemda) + "|" + normal(b.Dinas)
		if j, ada := lihat[kunci]; ada && b.Dinas != "" {
			b.Dihitung = false
			ts = append(ts, temuan(TemuanDinasGanda, anggaran.Kesalahan, b, filepath.Base(r.Baris[j].Berkas),
				fmt.Sprintf("berkas kedua untuk %s tahun %d (yang pertama %s); hanya yang pertama dijumlahkan. Hapus salah satunya", b.Dinas, r.Tahun, filepath.Base(r.Baris[j].Berkas))))
			b.Perhatian = append(b.Perhatian, Alasan{AlasanBerkas, "berkas kedua untuk dinas yang sama (pertama: " + filepath.Base(r.Baris[j].Berkas) + ")"})
			continue
		}
		lihat[kunci] = i
		if !p.o.BanyakPemda && r.Pemda != "" && b.Pemda != "" && normal(b.Pemda) != normal(r.Pemda) {
			ts = append(ts, temuanNilai(TemuanPemda, anggaran.Peringatan, b, b.Pemda, r.Pemda,
				"berkas ini untuk pemda lain daripada berkas lainnya; periksa apakah berkas ini memang bagian rekap ini"))
		}
		if len(b.programLain) > 0 {
			ts = append(ts, temuanNilai(TemuanUrusan, anggaran.Peringatan, b, strings.Join(b.programLain, "; "), b.Bidang,
				fmt.Sprintf("%d program bukan urusan/bidang dinas ini (%s): periksa kode programnya, atau apakah dinas ini memang dinas gabungan yang melaksanakan urusan tersebut", len(b.programLain), b.Bidang)))
		}
		if !b.Pagu.Valid || !b.Realisasi.Valid {
			ts = append(ts, temuan(TemuanJumlahTidakLengkap, anggaran.Peringatan, b, "",
				"dinas ini belum punya pagu atau realisasi yang dapat dijumlahkan, jadi jumlah kabupaten belum memuatnya"))
		}
	}
	// The same sub kegiatan in two dinas (counted rows only).
	var kode []kunciSub
	baris := func(k kunciSub) []int32 { return append([]int32{p.sub[k]}, p.lagi[k]...) }
	for k := range p.lagi {
		rs := baris(k)
		n := 0
		for _, i := range rs {
			if r.Baris[i].Dihitung {
				n++
			}
		}
		if n > 1 {
			kode = append(kode, k)
		}
	}
	slices.SortFunc(kode, func(a, b kunciSub) int {
		if a.pemda != b.pemda {
			return int(a.pemda - b.pemda)
		}
		return a.kode.Compare(b.kode)
	})
	for _, ks := range kode {
		k := ks.kode
		var nama []string
		var pertama *BarisDinas
		for _, i := range baris(ks) {
			if b := &r.Baris[i]; b.Dihitung {
				if pertama == nil {
					pertama = b
				}
				nama = append(nama, b.Dinas)
			}
		}
		t := temuanNilai(TemuanSubKegiatanGanda, anggaran.Kesalahan, pertama, strings.Join(nama, "; "), "",
			fmt.Sprintf("sub kegiatan %s ada di tabel %d dinas (%s): anggarannya terhitung lebih dari sekali dalam jumlah kabupaten. Satu sub kegiatan dilaksanakan satu perangkat daerah; perbaiki kodenya", k, len(nama), strings.Join(nama, ", ")))
		t.Lokasi.Baris = k.String()
		ts = append(ts, t)
		for _, i := range baris(ks) {
			if b := &r.Baris[i]; b.Dihitung {
				lain := slices.DeleteFunc(slices.Clone(nama), func(n string) bool { return n == b.Dinas })
				b.Perhatian = append(b.Perhatian, Alasan{AlasanLintas, fmt.Sprintf("sub kegiatan %s juga di tabel %s", k, strings.Join(lain, ", "))})
			}
		}
	}
	r.Jumlah = jumlahkan(r.Baris, r.Predikat, p.o.LKIP)
	if tc := p.o.Tercetak; tc != nil {
		for _, x := range []struct {
			apa           string
			cetak, hitung decimal.NullDecimal
		}{{"pagu", tc.Pagu, r.Jumlah.Pagu}, {"realisasi", tc.Realisasi, r.Jumlah.Realisasi}} {
			if x.cetak.Valid && x.hitung.Valid && !x.cetak.Decimal.Equal(x.hitung.Decimal) {
				sumber := tc.Sumber
				if sumber == "" {
					sumber = "jumlah tercetak"
				}
				ts = append(ts, anggaran.Temuan{Kode: TemuanJumlah, Tingkat: anggaran.Kesalahan,
					Lokasi:   anggaran.Lokasi{Bagian: "Rekap kabupaten", Tabel: sumber, Kolom: x.apa},
					Tercetak: anggaran.FormatRupiah(x.cetak.Decimal), Terhitung: anggaran.FormatRupiah(x.hitung.Decimal),
					Pesan: fmt.Sprintf("%s kabupaten menurut %s berbeda %s dari jumlah %d dinas; cari dinas yang belum dikirim atau angka yang berbeda", x.apa, sumber,
						anggaran.FormatRupiah(x.cetak.Decimal.Sub(x.hitung.Decimal).Abs()), r.Jumlah.Dinas)})
			}
		}
	}
	for i := range r.Baris {
		if b := &r.Baris[i]; b.Dihitung {
			b.Perhatian = append(b.Perhatian, perhatian(b, p.o)...)
		}
	}
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].Tingkat > ts[j].Tingkat })
	r.Temuan = ts
	return r
}

func tahunStr(t int) string {
	if t == 0 {
		return "(belum diisi)"
	}
	return fmt.Sprint(t)
}

func perhatian(b *BarisDinas, o Opsi) []Alasan {
	var out []Alasan
	if b.Serapan.Valid && b.Serapan.Decimal.LessThan(o.SerapanRendah) {
		out = append(out, Alasan{AlasanSerapan, fmt.Sprintf("serapan %s di bawah %s", anggaran.FormatPersen(b.Serapan.Decimal), anggaran.FormatAngka(o.SerapanRendah, -1)+"%")})
	}
	if c := b.Capaian; c != nil {
		if c.LessThan(o.CapaianBawah) {
			out = append(out, Alasan{AlasanCapaian, fmt.Sprintf("capaian rata-rata %s di bawah %s", anggaran.FormatPersen(*c), anggaran.FormatAngka(o.CapaianBawah, -1)+"%")})
		} else if c.GreaterThan(o.CapaianAtas) {
			out = append(out, Alasan{AlasanCapaianAtas, fmt.Sprintf("capaian rata-rata %s di atas %s: target mungkin terlalu rendah", anggaran.FormatPersen(*c), anggaran.FormatAngka(o.CapaianAtas, -1)+"%")})
		}
	}
	if s := b.SerapanTriwulan; b.TriwulanDilaporkan > 0 && s.Valid && s.Decimal.Add(o.LKIP.Anggaran.Triwulan.Toleransi).LessThan(b.TargetTriwulan) {
		out = append(out, Alasan{AlasanTriwulan, fmt.Sprintf("serapan s.d. triwulan %s %s di bawah target %s", anggaran.NamaTriwulan[b.TriwulanDilaporkan-1],
			anggaran.FormatPersen(s.Decimal), anggaran.FormatAngka(b.TargetTriwulan, -1)+"%")})
	}
	if b.Kesalahan > 0 {
		out = append(out, Alasan{AlasanKesalahan, fmt.Sprintf("%d kesalahan dalam reviu", b.Kesalahan)})
	}
	if !b.Lengkap {
		kurang := b.Kurang
		lagi := ""
		if len(kurang) > 3 {
			kurang, lagi = kurang[:3], fmt.Sprintf(" dan %d lainnya", len(b.Kurang)-3)
		}
		out = append(out, Alasan{AlasanBelum, fmt.Sprintf("dokumen baru %d%% terisi; belum: %s%s", b.PersenLengkap, strings.Join(kurang, ", "), lagi)})
	}
	return out
}

func temuan(kode string, t anggaran.Tingkat, b *BarisDinas, tercetak, pesan string) anggaran.Temuan {
	return anggaran.Temuan{Kode: kode, Tingkat: t, Lokasi: lokasi(b), Tercetak: tercetak, Pesan: pesan}
}

func temuanNilai(kode string, t anggaran.Tingkat, b *BarisDinas, tercetak, terhitung, pesan string) anggaran.Temuan {
	return anggaran.Temuan{Kode: kode, Tingkat: t, Lokasi: lokasi(b), Tercetak: tercetak, Terhitung: terhitung, Pesan: pesan}
}

func lokasi(b *BarisDinas) anggaran.Lokasi {
	if b == nil {
		return anggaran.Lokasi{Bagian: "Rekap kabupaten"}
	}
	return anggaran.Lokasi{Bagian: filepath.Base(b.Berkas), Tabel: namaAtauBerkas(b)}
}

func namaAtauBerkas(b *BarisDinas) string {
	if b.Dinas != "" {
		return b.Dinas
	}
	if b.Galat != "" {
		return "(berkas tidak terbaca)"
	}
	return "(nama dinas belum diisi)"
}

func normal(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

func terbanyak(bs []BarisDinas, f func(*BarisDinas) (int, bool)) int {
	n := map[int]int{}
	for i := range bs {
		if v, ok := f(&bs[i]); ok {
			n[v]++
		}
	}
	best, bestN := 0, 0
	for v, c := range n {
		if c > bestN || (c == bestN && v < best) {
			best, bestN = v, c
		}
	}
	return best
}

func namaTerbanyak(bs []BarisDinas) string {
	n := map[string]int{}
	asli := map[string]string{}
	for _, b := range bs {
		if b.Pemda != "" {
			k := normal(b.Pemda)
			n[k]++
			if _, ada := asli[k]; !ada {
				asli[k] = b.Pemda
			}
		}
	}
	best, bestN := "", 0
	for k, c := range n {
		if c > bestN || (c == bestN && k < best) {
			best, bestN = k, c
		}
	}
	return asli[best]
}

// jumlahkan sums the counted rows.
func jumlahkan(bs []BarisDinas, predikat []string, o lkip.Opsi) Jumlah {
	j := Jumlah{Berkas: len(bs), PerPredikat: make([]JumlahPredikat, len(predikat))}
	for i, n := range predikat {
		j.PerPredikat[i].Predikat = n
	}
	pagu, real := decimal.Zero, decimal.Zero
	adaAngka := false
	sumC, nC := decimal.Zero, 0
	for i := range bs {
		b := &bs[i]
		if !b.Dihitung {
			continue
		}
		j.Dinas++
		j.Program += b.Program
		j.Kegiatan += b.Kegiatan
		j.SubKegiatan += b.SubKegiatan
		if b.Pagu.Valid && b.Realisasi.Valid {
			pagu, real, adaAngka = pagu.Add(b.Pagu.Decimal), real.Add(b.Realisasi.Decimal), true
		} else {
			j.TanpaAnggaran++
		}
		j.JumlahIKU += b.JumlahIKU
		if b.Capaian != nil {
			sumC, nC = sumC.Add(*b.Capaian), nC+1
		}
		for k := range b.PerPredikat {
			if k < len(j.PerPredikat) {
				j.PerPredikat[k].Jumlah += b.PerPredikat[k].Jumlah
			}
		}
		j.Kesalahan += b.Kesalahan
		j.Peringatan += b.Peringatan
		j.Catatan += b.Catatan
		if b.Lengkap {
			j.Lengkap++
		}
	}
	if adaAngka {
		j.Pagu, j.Realisasi = anggaran.Ada(pagu), anggaran.Ada(real)
		j.Serapan = persen(real, pagu, o.Anggaran)
	}
	if nC > 0 {
		// The mean sumC / nC, rounded once like a capaian: Persen
		// computes sumC × 100 / (nC × 100) exactly.
		if v, ok := o.Kinerja.Bulat.Berlaku().Persen(sumC, decimal.NewFromInt(int64(nC)*100)); ok {
			j.Capaian = &v
			sk := o.Kinerja.Skala
			if len(sk.Pita) == 0 {
				sk = kinerja.SkalaPermendagri86()
			}
			j.Predikat, _ = sk.Predikat(v)
		}
	}
	return j
}
