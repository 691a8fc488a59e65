package anggaran

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pemkab/sakip/internal/naskah"
	"github.com/shopspring/decimal"
)

// ParseJSON reads the anggaran section of a data file (the value of its
// "anggaran" key; schema in the package documentation). berkas names the
// file in errors and may be empty. Every error is a [*ParseError] whose
// Path is relative to the section ("rincian[3].pagu") and whose Baris is
// the line in data. The text is read by the reader all data files share
// (limits, a leading UTF-8 byte order mark skipped, keys given twice
// refused); unknown fields are refused. A row of the realisation table
// has a kode or, in a table printed without codes, a tingkat ("program",
// "kegiatan", "sub kegiatan", [ParseTingkat]): every row one or every row
// the other, in level order (a kegiatan under the program above it, a sub
// kegiatan under the kegiatan above it). A row without descendants (a
// leaf, normally a sub kegiatan) without a pagu is read; the check reports
// it (anggaran/pagu-kosong).
func ParseJSON(data []byte, berkas string) (*Anggaran, error) {
	v, err := naskah.Baca(data)
	if err == nil {
		var a *Anggaran
		if a, err = BacaNaskah(v, ""); err == nil {
			return a, nil
		}
	}
	pe := err.(*ParseError)
	pe.Berkas = berkas
	return nil, pe
}

// UnmarshalJSON reads the section like [ParseJSON] (without a file name),
// so that a data file type can embed an Anggaran.
func (a *Anggaran) UnmarshalJSON(data []byte) error {
	b, err := ParseJSON(data, "")
	if err != nil {
		return err
	}
	*a = *b
	return nil
}

// Fields of each object of the section, in the order of the schema.
var (
	kolomRincian  = []string{"kode", "tingkat", "uraian", "pagu_murni", "pagu", "realisasi", "sisa", "persen", "fisik", "catatan", "pagu_renstra", "triwulan"}
	kolomRekening = []string{"kode", "uraian", "pagu_murni", "pagu", "realisasi", "catatan"}
	kolomPK       = []string{"kode", "uraian", "pagu", "catatan"}
)

// BacaNaskah reads the section from v, a value of a data file read by
// internal/naskah (the lkip package reads the whole file once and hands
// each section to its package). path is the section's own path in that
// file ("anggaran"), the prefix of every error's Path; lines are those of
// the file. It is for the packages of this module: other programs call
// [ParseJSON].
func BacaNaskah(v *naskah.Nilai, path string) (*Anggaran, error) {
	p := &naskah.Pembaca{}
	a := bacaAnggaran(p, v, path)
	if err := p.ErrDi(v, path); err != nil {
		return nil, err
	}
	return a, nil
}

func bacaAnggaran(p *naskah.Pembaca, v *naskah.Nilai, path string) *Anggaran {
	o := p.Objek(v, path)
	out := Anggaran{Tahun: o.Bulat("tahun")}
	if s := o.Teks("urusan_bidang"); s != "" {
		k, err := ParseKode(s)
		if err == nil && k.Jenjang() != JenjangBidang {
			err = fmt.Errorf("%q bukan kode bidang urusan (bentuknya U.BB, mis. 1.06)", s)
		}
		if err != nil {
			p.Gagal(o.Ambil("urusan_bidang"), o.Sub("urusan_bidang"), err)
		}
		out.UrusanBidang = k
	}
	out.Tabel = o.Teks("tabel")
	out.Rincian = bacaDaftarRincian(p, o, "rincian", out.UrusanBidang, kolomRincian)
	if j := o.Ambil("jumlah"); j != nil {
		r := bacaRincian(p, j, o.Sub("jumlah"), out.UrusanBidang, kolomRincian, false)
		hapusGaris(&r, garisNaskah(j)) // a total is a sum: a dash is "not printed"
		out.Jumlah = &r
	}

	o.Daftar("belanja", func(v *naskah.Nilai, path string) {
		ro := p.Objek(v, path)
		r := Rekening{}
		if kv := ro.Ambil("kode"); kv == nil {
			p.Gagal(v, ro.Sub("kode"), errors.New("kode rekening wajib diisi"))
		} else if k, err := ParseKodeRekening(p.Teks(kv, ro.Sub("kode"))); err != nil {
			p.Gagal(kv, ro.Sub("kode"), err)
		} else {
			r.Kode = k
		}
		r.Uraian = ro.Teks("uraian")
		r.PaguMurni = bacaAngka(p, ro, "pagu_murni", JenisRupiah)
		r.Pagu = bacaAngka(p, ro, "pagu", JenisRupiah)
		r.Realisasi = bacaAngka(p, ro, "realisasi", JenisRupiah)
		r.Catatan = ro.Teks("catatan")
		ro.Selesai()
		out.Belanja = append(out.Belanja, r)
	})
	if pv := o.Ambil("perjanjian_kinerja"); pv != nil {
		po := p.Objek(pv, o.Sub("perjanjian_kinerja"))
		pk := &PerjanjianKinerja{Tabel: po.Teks("tabel")}
		pk.Rincian = bacaDaftarRincian(p, po, "rincian", out.UrusanBidang, kolomPK)
		if j := po.Ambil("jumlah"); j != nil {
			r := bacaRincian(p, j, po.Sub("jumlah"), out.UrusanBidang, kolomPK, false)
			pk.Jumlah = &r
		}
		po.Selesai()
		out.PerjanjianKinerja = pk
	}
	o.Selesai()
	if p.Salah() {
		return nil
	}
	return &out
}

// bacaDaftarRincian reads the list of rows k of o and checks that the rows
// all have codes or all have levels, in level order.
func bacaDaftarRincian(p *naskah.Pembaca, o *naskah.Objek, k string, awalan Kode, kolom []string) []Rincian {
	// never nil, as the writer writes the list even when empty
	daftar := o.Ambil(k)
	rows := []Rincian{}
	if daftar != nil && daftar.Jenis == naskah.JenisDaftar {
		rows = make([]Rincian, 0, len(daftar.Isi))
	}
	p.Daftar(daftar, o.Sub(k), func(v *naskah.Nilai, path string) {
		rows = append(rows, bacaRincian(p, v, path, awalan, kolom, true))
	})
	if p.Salah() {
		return rows
	}
	berkode, tanpa := -1, -1
	for i := range rows {
		if rows[i].Kode.IsZero() && berkode < 0 && tanpa < 0 {
			tanpa = i
		} else if !rows[i].Kode.IsZero() && berkode < 0 && tanpa < 0 {
			berkode = i
		} else if rows[i].Kode.IsZero() != (tanpa >= 0) {
			lain := max(berkode, tanpa)
			p.Gagal(&daftar.Isi[i], fmt.Sprintf("%s[%d]", o.Sub(k), i),
				fmt.Errorf("baris ke-%d %q dan baris ke-%d %q: satu berkode, satu bertingkat tanpa kode; isi kode setiap baris, atau tingkat setiap baris tanpa kode",
					lain+1, potongTeks(strings.TrimSpace(rows[lain].Uraian)), i+1, potongTeks(strings.TrimSpace(rows[i].Uraian))))
			return rows
		}
	}
	var kodes []Kode
	if tanpa >= 0 {
		kodes = kodePosisi(rows, awalan, func(i int, alasan string) {
			if !p.Salah() {
				p.Gagal(&daftar.Isi[i], fmt.Sprintf("%s[%d].tingkat", o.Sub(k), i),
					fmt.Errorf("baris ke-%d %q (%s): %s", i+1, potongTeks(strings.TrimSpace(rows[i].Uraian)), rows[i].Tingkat, alasan))
			}
		})
	}
	// A lone dash on a row with rows below is "not printed", as in ParseCSV:
	// its amounts are the computed sums.
	var daun []bool
	for i := range rows {
		gs := garisNaskah(&daftar.Isi[i])
		if len(gs) == 0 {
			continue
		}
		if daun == nil {
			if kodes != nil {
				daun = make([]bool, len(kodes))
				for j := range kodes {
					daun[j] = j+1 == len(kodes) || !kodes[j].Contains(kodes[j+1])
				}
			} else {
				daun = barisDaun(rows)
			}
		}
		if !daun[i] {
			hapusGaris(&rows[i], gs)
		}
	}
	return rows
}

// garisNaskah returns the Rupiah fields of row object v written as a lone
// dash ("-", "–").
func garisNaskah(v *naskah.Nilai) []string {
	var gs []string
	for _, m := range v.Isi {
		switch m.Nama {
		case "pagu", "realisasi", "pagu_murni", "sisa":
			if m.Jenis == naskah.JenisTeks && garisSaja(m.Teks) {
				gs = append(gs, m.Nama)
			}
		}
	}
	return gs
}

// barisDaun reports for each row whether no other row is its descendant.
func barisDaun(rows []Rincian) []bool {
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return rows[a].Kode.Compare(rows[b].Kode) })
	daun := make([]bool, len(rows))
	for p, i := range idx {
		k := rows[i].Kode
		leaf := true
		for q := p + 1; q < len(idx); q++ {
			o := rows[idx[q]].Kode
			if o == k {
				continue
			}
			leaf = !k.Contains(o)
			break
		}
		daun[i] = leaf && !k.IsZero()
	}
	return daun
}

// bacaRincian reads one row: kolom says which fields a row of its table
// has (the Perjanjian Kinerja prints one amount per row); perluKode
// whether it needs a code (a totals row has none).
func bacaRincian(p *naskah.Pembaca, v *naskah.Nilai, path string, awalan Kode, kolom []string, perluKode bool) Rincian {
	o := p.Objek(v, path)
	pk := len(kolom) == len(kolomPK)
	r := Rincian{}
	kv := o.Ambil("kode")
	switch s := p.Teks(kv, o.Sub("kode")); {
	case strings.TrimSpace(s) != "":
		if !perluKode {
			p.Gagal(kv, o.Sub("kode"), errors.New("baris jumlah tidak memakai kode"))
			break
		}
		k, err := ParseKodeRincian(s, awalan)
		if err != nil {
			p.Gagal(kv, o.Sub("kode"), err)
		}
		r.Kode = k
	case perluKode && !slices.Contains(kolom, "tingkat"):
		p.Gagal(v, o.Sub("kode"), errors.New("kode wajib diisi"))
	case perluKode && o.Ambil("tingkat") == nil:
		p.Gagal(v, o.Sub("kode"), errors.New("kode atau tingkat (program, kegiatan, sub kegiatan) wajib diisi"))
	}
	if slices.Contains(kolom, "tingkat") {
		if tv := o.Ambil("tingkat"); tv != nil {
			j, err := ParseTingkat(p.Teks(tv, o.Sub("tingkat")))
			switch {
			case !perluKode:
				err = errors.New("baris jumlah tidak memakai tingkat")
			case err == nil && !r.Kode.IsZero() && j != r.Kode.Jenjang():
				err = fmt.Errorf("tingkat %s tidak sama dengan tingkat kodenya %s (%s)", j, r.Kode, r.Kode.Jenjang())
			}
			if err != nil {
				p.Gagal(tv, o.Sub("tingkat"), err)
			}
			if r.Kode.IsZero() {
				r.Tingkat = j
			}
		}
	}
	r.Uraian = o.Teks("uraian")
	if !pk {
		r.PaguMurni = bacaRupiah(p, o, "pagu_murni")
	}
	r.Pagu = bacaRupiah(p, o, "pagu")
	if !pk {
		r.Realisasi = bacaRupiah(p, o, "realisasi")
		r.Sisa = bacaRupiah(p, o, "sisa")
		r.Persen = bacaAngka(p, o, "persen", JenisPersen)
		r.Fisik = bacaAngka(p, o, "fisik", JenisPersen)
	}
	r.Catatan = o.Teks("catatan")
	if !pk {
		bacaTriwulan(p, o, &r) // triwulan.go
	}
	o.Selesai()
	return r
}

// bacaAngka reads the amount k of o: a JSON number with JSON's rules, a
// string with the Indonesian rules of its column. An absent value, null,
// "" and (outside Rupiah columns) "-" are missing.
func bacaAngka(p *naskah.Pembaca, o *naskah.Objek, k string, j Jenis) decimal.NullDecimal {
	v := o.Ambil(k)
	if v == nil {
		return decimal.NullDecimal{}
	}
	d, err := BacaAngkaNaskah(v, j)
	if err != nil {
		p.Gagal(v, o.Sub(k), err)
	}
	return d
}

// BacaAngkaNaskah reads a figure of a data file (v from internal/naskah):
// a JSON number exactly, a JSON string with [ParseAngka] under the column
// kind j. Null, "" and the forms ParseAngka reads as missing give an
// invalid NullDecimal. It is the one reading of figures that the sections
// of a data file share; it is for the packages of this module.
func BacaAngkaNaskah(v *naskah.Nilai, j Jenis) (decimal.NullDecimal, error) {
	if v == nil {
		return decimal.NullDecimal{}, nil
	}
	switch v.Jenis {
	case naskah.JenisNull:
		return decimal.NullDecimal{}, nil
	case naskah.JenisBilangan:
		d, err := decimal.NewFromString(v.Teks)
		if err != nil {
			return decimal.NullDecimal{}, fmt.Errorf("bilangan JSON %s tidak dapat dibaca", v.Teks)
		}
		return ada(d), nil
	case naskah.JenisTeks:
		return bacaTeksAngka(v.Teks, j)
	}
	p := &naskah.Pembaca{}
	p.Bukan(v, "", "angka atau teks angka (mis. \"9.399.497.972\")")
	return decimal.NullDecimal{}, p.Err().(*ParseError).Err
}

// bacaTeksAngka reads a figure given as text with [ParseAngka]; the forms
// it reads as missing give an invalid NullDecimal.
func bacaTeksAngka(s string, j Jenis) (decimal.NullDecimal, error) {
	d, err := ParseAngka(s, j)
	if errors.Is(err, ErrKosong) {
		return decimal.NullDecimal{}, nil
	}
	if err != nil {
		return decimal.NullDecimal{}, err
	}
	return ada(d), nil
}

// bacaRupiah reads the Rupiah amount k of o straight into sen, as
// [bacaAngka] reads it under [JenisRupiah] ([BacaRupiahNaskah]).
func bacaRupiah(p *naskah.Pembaca, o *naskah.Objek, k string) NullRupiah {
	v := o.Ambil(k)
	if v == nil {
		return NullRupiah{}
	}
	r, err := BacaRupiahNaskah(v)
	if err != nil {
		p.Gagal(v, o.Sub(k), err)
	}
	return r
}

// BacaRupiahNaskah reads a Rupiah amount of a data file (v from
// internal/naskah) as [BacaAngkaNaskah] reads it under [JenisRupiah], to
// the same value, but as a [Rupiah]: an amount of at most two decimals
// that fits is read into int64 sen without a decimal. It is for the
// packages of this module.
func BacaRupiahNaskah(v *naskah.Nilai) (NullRupiah, error) {
	if v == nil {
		return NullRupiah{}, nil
	}
	switch v.Jenis {
	case naskah.JenisNull:
		return NullRupiah{}, nil
	case naskah.JenisBilangan:
		if n, ok := senBerkas(v.Teks); ok {
			return AdaRupiah(RupiahSen(n)), nil
		}
		d, err := decimal.NewFromString(v.Teks)
		if err != nil {
			return NullRupiah{}, fmt.Errorf("bilangan JSON %s tidak dapat dibaca", v.Teks)
		}
		return AdaRupiah(RupiahDesimal(d)), nil
	case naskah.JenisTeks:
		return bacaTeksRupiah(v.Teks)
	}
	d, err := BacaAngkaNaskah(v, JenisRupiah) // the same refusal
	return RupiahDariDesimal(d), err
}

// bacaTeksRupiah reads a Rupiah amount given as text with
// [ParseRupiahSen]; the forms it reads as missing give an invalid
// NullRupiah.
func bacaTeksRupiah(s string) (NullRupiah, error) {
	r, err := ParseRupiahSen(s)
	if errors.Is(err, ErrKosong) {
		return NullRupiah{}, nil
	}
	if err != nil {
		return NullRupiah{}, err
	}
	return AdaRupiah(r), nil
}

// senBerkas reads a JSON number written in the data file's notation
// ("9399497972", "-1500.5") with at most 16 digits before the point and
// at most two after it as a count of sen; false for any other text,
// which is then read as a decimal.
func senBerkas(s string) (int64, bool) {
	t := s
	neg := len(t) > 0 && t[0] == '-'
	if neg {
		t = t[1:]
	}
	var n int64
	digit, frac := 0, -1
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			if frac >= 0 {
				frac++
				if frac > 2 {
					return 0, false
				}
			} else if digit++; digit > 16 {
				return 0, false
			}
			n = n*10 + int64(c-'0')
		case c == '.' && frac < 0 && digit > 0:
			frac = 0
		default:
			return 0, false
		}
	}
	if digit == 0 || frac == 0 {
		return 0, false
	}
	for frac = max(frac, 0); frac < 2; frac++ {
		n *= 10
	}
	if neg {
		n = -n
	}
	return n, true
}

func potongTeks(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// MarshalJSON writes the section in its input schema, amounts as plain
// decimal strings ("2982697372", "98.03"), codes inside UrusanBidang in the
// short form ("1 2 1 6") and other codes in the official form, so that
// [ParseJSON] reads back the same values.
//
// With UrusanBidang set, a code without a dot reads as a short code
// ("1" is program 1.06.01), so a row at the urusan level cannot be
// written: MarshalJSON refuses it rather than change its meaning.
func (a Anggaran) MarshalJSON() ([]byte, error) {
	w := naskah.NewPenulis("")
	if err := a.TulisNaskah(w); err != nil {
		return nil, err
	}
	return w.Bytes(), nil
}

// cekTulis refuses what cannot be written (see [Anggaran.MarshalJSON]).
func (a *Anggaran) cekTulis() error {
	if !a.UrusanBidang.IsZero() {
		rows := a.Rincian
		if a.PerjanjianKinerja != nil {
			rows = append(slices.Clip(rows), a.PerjanjianKinerja.Rincian...)
		}
		for _, r := range rows {
			if r.Kode.Jenjang() == JenjangUrusan {
				return fmt.Errorf("kode urusan %s tidak dapat ditulis bila urusan_bidang diisi: kode tanpa titik dibaca sebagai kode singkat program", r.Kode)
			}
		}
	}
	return nil
}

// TulisNaskah writes the section into w, the writer of the whole data file
// (internal/naskah), as [Anggaran.MarshalJSON] describes. It is for the
// packages of this module.
func (a *Anggaran) TulisNaskah(w *naskah.Penulis) error {
	if a == nil || w == nil {
		return errors.New("anggaran: TulisNaskah tanpa anggaran atau penulis")
	}
	if err := a.cekTulis(); err != nil {
		return err
	}
	w.MulaiObjek()
	w.Kunci("tahun")
	w.Bulat(a.Tahun)
	if !a.UrusanBidang.IsZero() {
		w.Medan("urusan_bidang", a.UrusanBidang.String())
	}
	w.Medan("tabel", a.Tabel)
	w.Kunci("rincian")
	tulisDaftar(w, a.Rincian, false, a.UrusanBidang)
	if a.Jumlah != nil {
		w.Kunci("jumlah")
		tulisRincian(w, a.Jumlah, false, true, a.UrusanBidang)
	}
	if a.Belanja != nil {
		w.Kunci("belanja")
		w.MulaiDaftar()
		for _, r := range a.Belanja {
			w.MulaiObjek()
			w.Kunci("kode")
			w.Teks(r.Kode.String())
			w.Medan("uraian", r.Uraian)
			tulisAngka(w, "pagu_murni", r.PaguMurni)
			tulisAngka(w, "pagu", r.Pagu)
			tulisAngka(w, "realisasi", r.Realisasi)
			w.Medan("catatan", r.Catatan)
			w.AkhirObjek()
		}
		w.AkhirDaftar()
	}
	if pk := a.PerjanjianKinerja; pk != nil {
		w.Kunci("perjanjian_kinerja")
		w.MulaiObjek()
		w.Kunci("rincian")
		tulisDaftar(w, pk.Rincian, true, a.UrusanBidang)
		if pk.Jumlah != nil {
			w.Kunci("jumlah")
			tulisRincian(w, pk.Jumlah, true, true, a.UrusanBidang)
		}
		w.Medan("tabel", pk.Tabel)
		w.AkhirObjek()
	}
	w.AkhirObjek()
	return nil
}

func tulisDaftar(w *naskah.Penulis, rows []Rincian, pk bool, awalan Kode) {
	w.MulaiDaftar()
	for i := range rows {
		tulisRincian(w, &rows[i], pk, false, awalan)
	}
	w.AkhirDaftar()
}

// tulisRincian writes one row; codes of programs and below inside the
// document's bidang urusan (awalan) in the short form, as LKIP tables
// print them, other codes in the official form.
func tulisRincian(w *naskah.Penulis, r *Rincian, pk, jumlah bool, awalan Kode) {
	w.MulaiObjek()
	if jumlah {
		w.Kunci("uraian")
		w.Teks(r.Uraian)
	} else {
		kode := r.Kode.String()
		if awalan.Jenjang() == JenjangBidang && r.Kode.Jenjang() >= JenjangProgram && awalan.Contains(r.Kode) {
			kode = r.Kode.Singkat()
		}
		if r.Kode.IsZero() && r.Tingkat != 0 && !pk {
			w.Medan("tingkat", r.Tingkat.String())
		} else {
			w.Kunci("kode")
			w.Teks(kode)
		}
		w.Medan("uraian", r.Uraian)

	}
	if !pk {
		tulisRupiah(w, "pagu_murni", r.PaguMurni)
	}
	tulisRupiah(w, "pagu", r.Pagu)
	if !pk {
		tulisRupiah(w, "realisasi", r.Realisasi)
		tulisRupiah(w, "sisa", r.Sisa)
		tulisAngka(w, "persen", r.Persen)
		tulisAngka(w, "fisik", r.Fisik)
	}
	w.Medan("catatan", r.Catatan)
	if !pk {
		tulisTriwulan(w, r) // triwulan.go
	}
	w.AkhirObjek()
}

// tulisAngka writes the figure nama when present: as a JSON string in the
// file's notation when the reader, which reads a string with [ParseAngka]
// under the field's kind, reads it back to the same value (every amount
// of whole Rupiah or sen), otherwise as a JSON number, which the reader
// takes exactly ("1.001", three decimals, would read back as 1001).
func tulisAngka(w *naskah.Penulis, nama string, d decimal.NullDecimal) {
	if !d.Valid {
		return
	}
	tulisTeksAngka(w, nama, FormatAngkaBerkas(d.Decimal), d.Decimal)
}

// tulisRupiah writes the Rupiah amount nama when present, as [tulisAngka]
// writes it; an amount in sen is written without a decimal.
func tulisRupiah(w *naskah.Penulis, nama string, r NullRupiah) {
	if !r.Valid {
		return
	}
	if n, ok := r.Rupiah.Sen(); ok {
		s := r.Rupiah.String()
		if n >= 0 && n%100 == 0 && n < 1e17 {
			// Whole Rupiah of at most 15 digits: plain digits, which
			// ParseRupiahSen reads back as they are (no need to check).
			w.Medan(nama, s)
			return
		}
		if v, err := ParseRupiahSen(s); err == nil {
			if m, ok := v.Sen(); ok && m == n {
				w.Medan(nama, s)
				return
			}
		}
		w.Kunci(nama)
		w.Bilangan(s)
		return
	}
	d := r.Rupiah.Decimal()
	tulisTeksAngka(w, nama, FormatAngkaBerkas(d), d)
}

// tulisTeksAngka writes s, the file's notation of d, as a JSON string
// when ParseAngka reads it back to d, otherwise as a JSON number.
func tulisTeksAngka(w *naskah.Penulis, nama, s string, d decimal.Decimal) {
	j := JenisRupiah
	if nama == "persen" || nama == "fisik" {
		j = JenisPersen
	}
	if v, err := ParseAngka(s, j); err == nil && v.Equal(d) {
		w.Medan(nama, s)
		return
	}
	w.Kunci(nama)
	w.Bilangan(s)
}

// teksDesimal writes d as a plain decimal string ("2982697372", "98.42"),
// independent of decimal's package-level settings: [FormatAngkaBerkas],
// for the report's JSON (render.go).
func teksDesimal(d decimal.Decimal) string { return FormatAngkaBerkas(d) }

// tulisString writes s as a JSON string with HTML characters escaped, for
// the report's JSON (render.go), which is not a data file.
func tulisString(b *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s)
	b.Write(enc)
}
