package lkip

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Where a signature block may be printed.
var bagianTandaTangan = map[string]string{
	"kata_pengantar": "Kata Pengantar",
	"ikhtisar":       "Ikhtisar Eksekutif",
	"penutup":        "Bab IV Penutup",
}

// keadaanAset maps the accepted spellings of an asset's condition to the
// canonical one.
var keadaanAset = map[string]string{
	"baik": "Baik", "b": "Baik",
	"kurang baik": "Kurang Baik", "kb": "Kurang Baik",
	"rusak berat": "Rusak Berat", "rb": "Rusak Berat",
}

// periksaBentuk checks what makes lkip's own sections unreadable: figures
// that are not numbers, unknown markers, rows of the wrong length,
// negative counts. It reads the printed text of every figure into its
// value. Inconsistencies (totals that disagree) are not errors here but
// findings of the reviu.
func (d *Dokumen) periksaBentuk() error {
	if t := d.Identitas.Tahun; t != 0 && (t < 1900 || t > 2200) { // 0: not filled in yet
		return &ParseError{Path: "identitas.tahun", Err: fmt.Errorf("tahun %d tidak masuk akal (harus antara 1900 dan 2200)", d.Identitas.Tahun)}
	}
	for i, t := range d.Identitas.TandaTangan {
		if _, ok := bagianTandaTangan[t.Bagian]; !ok {
			return &ParseError{Path: fmt.Sprintf("identitas.tanda_tangan[%d].bagian", i),
				Err: fmt.Errorf("bagian %q tidak dikenal (kata_pengantar, ikhtisar, penutup)", t.Bagian)}
		}
	}
	for i, t := range d.Tanggapan {
		p := fmt.Sprintf("tanggapan[%d]", i)
		switch {
		case strings.TrimSpace(t.Kode) == "":
			return &ParseError{Path: p + ".kode", Err: errors.New("kode temuan kosong")}
		case strings.TrimSpace(t.Tanggapan) == "":
			return &ParseError{Path: p + ".tanggapan", Err: errors.New("tanggapan kosong: jelaskan mengapa temuan ini dapat diterima")}
		}
	}
	if err := d.Profil.periksa(); err != nil {
		return err
	}
	kenal := kenalIsian(d.Profil.Pegawai)
	n := &d.Narasi
	for _, t := range []struct {
		teks Teks
		path string
	}{{n.KataPengantar, "narasi.kata_pengantar"}, {n.Ikhtisar, "narasi.ikhtisar"}, {n.Bab4, "narasi.bab4"}} {
		if err := periksaTeks(t.teks, t.path, kenal); err != nil {
			return err
		}
	}
	for _, bab := range []struct {
		b    []Bagian
		nama string
	}{{n.Bab1, "bab1"}, {n.Bab2, "bab2"}, {n.Bab3, "bab3"}} {
		if err := periksaBagian(bab.b, "narasi."+bab.nama, kenal); err != nil {
			return err
		}
	}
	for i, s := range n.Sasaran {
		if err := periksaTeks(s.Teks, fmt.Sprintf("narasi.sasaran[%d].teks", i), kenal); err != nil {
			return err
		}
	}
	for i := range n.IKU {
		it := &n.IKU[i]
		p := fmt.Sprintf("narasi.iku[%d]", i)
		if strings.TrimSpace(it.IKU) == "" {
			return &ParseError{Path: p + ".iku", Err: errors.New("rujukan IKU kosong")}
		}
		if err := periksaTeks(it.Teks, p+".teks", kenal); err != nil {
			return err
		}
	}
	if err := d.Kutipan.periksa(); err != nil {
		return err
	}
	return nil
}

func periksaBagian(bs []Bagian, path string, kenal isianDikenal) error {
	for i, b := range bs {
		p := fmt.Sprintf("%s[%d]", path, i)
		if err := periksaTeks(b.Teks, p+".teks", kenal); err != nil {
			return err
		}
		if err := periksaBagian(b.Sub, p+".sub", kenal); err != nil {
			return err
		}
	}
	return nil
}

// bacaAngka reads the quoted figure *pa under column kind j. A figure
// written as an empty text ("" or "-" where the kind has no nihil) is not
// given: *pa becomes nil, never zero. A JSON number always has a value,
// so only a text leaves Nilai the zero Decimal.
func bacaAngka(pa **Angka, j anggaran.Jenis, path string) error {
	a := *pa
	if a == nil {
		return nil
	}
	if a.Teks == "" && a.Nilai == (decimal.Decimal{}) {
		*pa = nil
		return nil
	}
	if err := bacaTeksAngka(a, j); err != nil {
		if errors.Is(err, anggaran.ErrKosong) {
			*pa = nil
			return nil
		}
		return &ParseError{Path: path, Err: err}
	}
	return nil
}

func (p *Profil) periksa() error {
	neg := func(n int, path string) error {
		if n < 0 {
			return &ParseError{Path: path, Err: fmt.Errorf("jumlah %d tidak boleh negatif", n)}
		}
		return nil
	}
	if err := periksaPegawai(p.Pegawai); err != nil {
		return err
	}
	for _, s := range []struct {
		s    *Silang
		path string
	}{{&p.PendidikanEselon, "profil.pns_pendidikan_eselon"}, {&p.PendidikanGolong, "profil.pns_pendidikan_golongan"}} {
		for i, b := range s.s.Baris {
			bp := fmt.Sprintf("%s.baris[%d].nilai", s.path, i)
			if len(b.Nilai) != len(s.s.Kolom) {
				return &ParseError{Path: bp, Err: fmt.Errorf("baris %q berisi %d nilai, padahal tabel mempunyai %d kolom", b.Nama, len(b.Nilai), len(s.s.Kolom))}
			}
			for j, v := range b.Nilai {
				if err := neg(v, fmt.Sprintf("%s[%d]", bp, j)); err != nil {
					return err
				}
			}
		}
		if s.s.Jumlah != nil && len(s.s.Jumlah.Nilai) != len(s.s.Kolom) {
			return &ParseError{Path: s.path + ".jumlah.nilai", Err: fmt.Errorf("baris jumlah berisi %d nilai, padahal tabel mempunyai %d kolom", len(s.s.Jumlah.Nilai), len(s.s.Kolom))}
		}
	}
	for i, x := range p.DasarHukum {
		if x.Tahun < 1900 || x.Tahun > 2200 {
			return &ParseError{Path: fmt.Sprintf("profil.dasar_hukum[%d].tahun", i), Err: fmt.Errorf("tahun %d tidak masuk akal", x.Tahun)}
		}
	}
	for i, a := range p.Aset.Baris {
		ap := fmt.Sprintf("profil.aset.baris[%d]", i)
		if _, ok := keadaanAset[strings.ToLower(strings.TrimSpace(a.Keadaan))]; !ok {
			return &ParseError{Path: ap + ".keadaan", Err: fmt.Errorf("keadaan %q tidak dikenal (Baik/B, Kurang Baik/KB, Rusak Berat/RB)", a.Keadaan)}
		}
		if err := neg(a.Jumlah, ap+".jumlah"); err != nil {
			return err
		}
	}
	return nil
}
