package anggaran

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// ParseJSON reads the anggaran section of a data file (the value of its
// "anggaran" key; schema in the package documentation). berkas names the
// file in errors and may be empty. Every error is a [*ParseError] whose
// Path is relative to the section ("rincian[3].pagu"). Unknown fields are
// refused, and so is a key given twice in one object. A row without
// descendants (a leaf, normally a sub kegiatan) must have a pagu. A UTF-8
// byte order mark at the start is skipped. The error's Baris is the line
// in data (of the value at Path, or of the syntax error).
func ParseJSON(data []byte, berkas string) (*Anggaran, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var a Anggaran
	if err := a.unmarshal(data); err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) {
			pe = &ParseError{Err: err}
		}
		pe.Berkas = berkas
		if pe.Baris == 0 {
			pe.Baris = NewLetakJSON(data).BarisPath(pe.Path)
		}
		return nil, pe
	}
	return &a, nil
}

// UnmarshalJSON reads the section like [ParseJSON] (without a file name),
// so that a data file type can embed an Anggaran.
func (a *Anggaran) UnmarshalJSON(data []byte) error { return a.unmarshal(data) }

// Input shapes. Amounts are kept as text until parsed with the rules of
// their column.

type nilaiJSON struct {
	teks  string
	angka bool  // a JSON number, read with JSON's own rules
	ada   bool  // present, not null
	salah error // neither string nor number: reported by bacaNilai with the field's path
}

// UnmarshalJSON keeps a JSON string or number as text, null as missing.
// Any other value is kept as an error for [bacaNilai], which knows the
// field's path.
func (n *nilaiJSON) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		*n = nilaiJSON{}
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*n = nilaiJSON{teks: s, ada: true}
	case len(b) > 0 && (b[0] == '-' || (b[0] >= '0' && b[0] <= '9')):
		*n = nilaiJSON{teks: string(b), angka: true, ada: true}
	default:
		*n = nilaiJSON{ada: true, salah: fmt.Errorf("harus teks angka (mis. \"9.399.497.972\") atau bilangan, bukan %s", jenisJSON(b))}
	}
	return nil
}

type rincianJSON struct {
	Kode      *string   `json:"kode"`
	Uraian    string    `json:"uraian"`
	PaguMurni nilaiJSON `json:"pagu_murni"`
	Pagu      nilaiJSON `json:"pagu"`
	Realisasi nilaiJSON `json:"realisasi"`
	Sisa      nilaiJSON `json:"sisa"`
	Persen    nilaiJSON `json:"persen"`
	Fisik     nilaiJSON `json:"fisik"`
	Catatan   string    `json:"catatan"`
}

type rekeningJSON struct {
	Kode      *string   `json:"kode"`
	Uraian    string    `json:"uraian"`
	PaguMurni nilaiJSON `json:"pagu_murni"`
	Pagu      nilaiJSON `json:"pagu"`
	Realisasi nilaiJSON `json:"realisasi"`
	Catatan   string    `json:"catatan"`
}

type pkJSON struct {
	Tabel   string            `json:"tabel"`
	Rincian []json.RawMessage `json:"rincian"`
	Jumlah  json.RawMessage   `json:"jumlah"`
}

type anggaranJSON struct {
	Tahun             int               `json:"tahun"`
	UrusanBidang      string            `json:"urusan_bidang"`
	Tabel             string            `json:"tabel"`
	Rincian           []json.RawMessage `json:"rincian"`
	Jumlah            json.RawMessage   `json:"jumlah"`
	Belanja           []json.RawMessage `json:"belanja"`
	PerjanjianKinerja json.RawMessage   `json:"perjanjian_kinerja"`
}

var (
	kolomRincian  = []string{"kode", "uraian", "pagu_murni", "pagu", "realisasi", "sisa", "persen", "fisik", "catatan"}
	kolomRekening = []string{"kode", "uraian", "pagu_murni", "pagu", "realisasi", "catatan"}
	kolomPK       = []string{"kode", "uraian", "pagu", "catatan"}
	kolomAnggaran = []string{"tahun", "urusan_bidang", "tabel", "rincian", "jumlah", "belanja", "perjanjian_kinerja"}
)

// decodeKetat decodes one JSON value refusing unknown fields, with errors
// in Bahasa Indonesia located at path.
func decodeKetat(data []byte, v any, path string, kolom []string) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			path = JoinPath(path, te.Field)
		}
		return &ParseError{Path: path, Err: terjemahJSON(err, data, kolom)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return &ParseError{Path: path, Err: errors.New("ada data lain setelah nilai JSON")}
	}
	return nil
}

// terjemahJSON rewrites encoding/json's errors in Bahasa Indonesia.
func terjemahJSON(err error, data []byte, kolom []string) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	msg := err.Error()
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("JSON tidak sah (baris %d dalam bagian ini): %s", BarisKe(data, se.Offset), PesanSintaksJSON(se.Error()))
	case errors.As(err, &te):
		return errors.New(PesanTipeJSON(te))
	case strings.HasPrefix(msg, "json: unknown field "):
		f := strings.TrimPrefix(msg, "json: unknown field ")
		return fmt.Errorf("kolom %s tidak dikenal; yang dikenal: %s", f, strings.Join(kolom, ", "))
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("JSON terpotong atau kosong")
	}
	return err
}

func (a *Anggaran) unmarshal(data []byte) error {
	if err := periksaJSON(data, newJalanJSON); err != nil {
		return err
	}
	var in anggaranJSON
	if err := decodeKetat(data, &in, "", kolomAnggaran); err != nil {
		return err
	}
	out := Anggaran{Tahun: in.Tahun, Tabel: in.Tabel}
	if in.UrusanBidang != "" {
		k, err := ParseKode(in.UrusanBidang)
		if err == nil && k.Jenjang() != JenjangBidang {
			err = fmt.Errorf("%q bukan kode bidang urusan (bentuknya U.BB, mis. 1.06)", in.UrusanBidang)
		}
		if err != nil {
			return &ParseError{Path: "urusan_bidang", Err: err}
		}
		out.UrusanBidang = k
	}
	var err error
	if out.Rincian, err = parseDaftarRincian(in.Rincian, "rincian", out.UrusanBidang, kolomRincian); err != nil {
		return err
	}
	if isiJSON(in.Jumlah) {
		j, err := parseRincianJSON(in.Jumlah, "jumlah", out.UrusanBidang, kolomRincian, false)
		if err != nil {
			return err
		}
		out.Jumlah = &j
	}
	for i, raw := range in.Belanja {
		path := fmt.Sprintf("belanja[%d]", i)
		var rj rekeningJSON
		if err := decodeKetat(raw, &rj, path, kolomRekening); err != nil {
			return err
		}
		if rj.Kode == nil {
			return &ParseError{Path: path + ".kode", Err: errors.New("kode rekening wajib diisi")}
		}
		k, err := ParseKodeRekening(*rj.Kode)
		if err != nil {
			return &ParseError{Path: path + ".kode", Err: err}
		}
		r := Rekening{Kode: k, Uraian: rj.Uraian, Catatan: rj.Catatan}
		for _, f := range []struct {
			nama string
			in   nilaiJSON
			out  *decimal.NullDecimal
		}{{"pagu_murni", rj.PaguMurni, &r.PaguMurni}, {"pagu", rj.Pagu, &r.Pagu}, {"realisasi", rj.Realisasi, &r.Realisasi}} {
			if *f.out, err = bacaNilai(f.in, JenisRupiah); err != nil {
				return &ParseError{Path: path + "." + f.nama, Err: err}
			}
		}
		out.Belanja = append(out.Belanja, r)
	}
	if isiJSON(in.PerjanjianKinerja) {
		var pj pkJSON
		if err := decodeKetat(in.PerjanjianKinerja, &pj, "perjanjian_kinerja", []string{"tabel", "rincian", "jumlah"}); err != nil {
			return err
		}
		pk := &PerjanjianKinerja{Tabel: pj.Tabel}
		if pk.Rincian, err = parseDaftarRincian(pj.Rincian, "perjanjian_kinerja.rincian", out.UrusanBidang, kolomPK); err != nil {
			return err
		}
		if isiJSON(pj.Jumlah) {
			j, err := parseRincianJSON(pj.Jumlah, "perjanjian_kinerja.jumlah", out.UrusanBidang, kolomPK, false)
			if err != nil {
				return err
			}
			pk.Jumlah = &j
		}
		out.PerjanjianKinerja = pk
	}
	*a = out
	return nil
}

func isiJSON(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) > 0 && string(t) != "null"
}

// parseDaftarRincian reads a list of rows and checks that every leaf has a
// pagu.
func parseDaftarRincian(raws []json.RawMessage, path string, awalan Kode, kolom []string) ([]Rincian, error) {
	rows := make([]Rincian, 0, len(raws))
	for i, raw := range raws {
		r, err := parseRincianJSON(raw, fmt.Sprintf("%s[%d]", path, i), awalan, kolom, true)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r)
	}
	if i, ok := cekPaguDaun(rows); !ok {
		return nil, &ParseError{Path: fmt.Sprintf("%s[%d].pagu", path, i), Err: errPaguDaun}
	}
	return rows, nil
}

var errPaguDaun = errors.New("pagu wajib diisi: baris ini tidak punya rincian di bawahnya, jadi pagunya data, bukan jumlah")

// cekPaguDaun returns the index of the first leaf row without a pagu.
func cekPaguDaun(rows []Rincian) (int, bool) {
	daun := barisDaun(rows)
	for i := range rows {
		if daun[i] && !rows[i].Pagu.Valid {
			return i, false
		}
	}
	return 0, true
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

func parseRincianJSON(raw json.RawMessage, path string, awalan Kode, kolom []string, perluKode bool) (Rincian, error) {
	var rj rincianJSON
	if err := decodeKetat(raw, &rj, path, kolom); err != nil {
		return Rincian{}, err
	}
	if len(kolom) == len(kolomPK) {
		// The Perjanjian Kinerja prints one amount per row.
		for _, f := range []struct {
			nama string
			ada  bool
		}{{"pagu_murni", rj.PaguMurni.ada}, {"realisasi", rj.Realisasi.ada}, {"sisa", rj.Sisa.ada}, {"persen", rj.Persen.ada}, {"fisik", rj.Fisik.ada}} {
			if f.ada {
				return Rincian{}, &ParseError{Path: path, Err: fmt.Errorf("kolom %q tidak dikenal di perjanjian kinerja; yang dikenal: %s", f.nama, strings.Join(kolomPK, ", "))}
			}
		}
	}
	r := Rincian{Uraian: rj.Uraian, Catatan: rj.Catatan}
	switch {
	case rj.Kode != nil && strings.TrimSpace(*rj.Kode) != "":
		if !perluKode {
			return Rincian{}, &ParseError{Path: path + ".kode", Err: errors.New("baris jumlah tidak memakai kode")}
		}
		k, err := ParseKodeRincian(*rj.Kode, awalan)
		if err != nil {
			return Rincian{}, &ParseError{Path: path + ".kode", Err: err}
		}
		r.Kode = k
	case perluKode:
		return Rincian{}, &ParseError{Path: path + ".kode", Err: errors.New("kode wajib diisi")}
	}
	var err error
	for _, f := range []struct {
		nama  string
		in    nilaiJSON
		jenis Jenis
		out   *decimal.NullDecimal
	}{
		{"pagu_murni", rj.PaguMurni, JenisRupiah, &r.PaguMurni},
		{"pagu", rj.Pagu, JenisRupiah, &r.Pagu},
		{"realisasi", rj.Realisasi, JenisRupiah, &r.Realisasi},
		{"sisa", rj.Sisa, JenisRupiah, &r.Sisa},
		{"persen", rj.Persen, JenisPersen, &r.Persen},
		{"fisik", rj.Fisik, JenisPersen, &r.Fisik},
	} {
		if *f.out, err = bacaNilai(f.in, f.jenis); err != nil {
			return Rincian{}, &ParseError{Path: path + "." + f.nama, Err: err}
		}
	}
	return r, nil
}

// bacaNilai parses an amount: a JSON number with JSON's rules, a string
// with the Indonesian rules of its column. An absent value, null, "" and
// (outside Rupiah columns) "-" are missing.
func bacaNilai(n nilaiJSON, j Jenis) (decimal.NullDecimal, error) {
	if n.salah != nil {
		return decimal.NullDecimal{}, n.salah
	}
	if !n.ada {
		return decimal.NullDecimal{}, nil
	}
	if n.angka {
		d, err := decimal.NewFromString(n.teks)
		if err != nil {
			return decimal.NullDecimal{}, fmt.Errorf("bilangan JSON %s tidak dapat dibaca", n.teks)
		}
		return ada(d), nil
	}
	d, err := ParseAngka(n.teks, j)
	if errors.Is(err, ErrKosong) {
		return decimal.NullDecimal{}, nil
	}
	if err != nil {
		return decimal.NullDecimal{}, err
	}
	return ada(d), nil
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
	if !a.UrusanBidang.IsZero() {
		rows := a.Rincian
		if a.PerjanjianKinerja != nil {
			rows = append(slices.Clip(rows), a.PerjanjianKinerja.Rincian...)
		}
		for _, r := range rows {
			if r.Kode.Jenjang() == JenjangUrusan {
				return nil, fmt.Errorf("kode urusan %s tidak dapat ditulis bila urusan_bidang diisi: kode tanpa titik dibaca sebagai kode singkat program", r.Kode)
			}
		}
	}
	var b bytes.Buffer
	b.WriteByte('{')
	fmt.Fprintf(&b, `"tahun":%d`, a.Tahun)
	if !a.UrusanBidang.IsZero() {
		b.WriteString(`,"urusan_bidang":`)
		tulisString(&b, a.UrusanBidang.String())
	}
	if a.Tabel != "" {
		b.WriteString(`,"tabel":`)
		tulisString(&b, a.Tabel)
	}
	b.WriteString(`,"rincian":`)
	tulisDaftar(&b, a.Rincian, false, a.UrusanBidang)
	if a.Jumlah != nil {
		b.WriteString(`,"jumlah":`)
		tulisRincian(&b, a.Jumlah, false, true, a.UrusanBidang)
	}
	if a.Belanja != nil {
		b.WriteString(`,"belanja":[`)
		for i, r := range a.Belanja {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`{"kode":`)
			tulisString(&b, r.Kode.String())
			tulisMedan(&b, "uraian", r.Uraian)
			tulisAngka(&b, "pagu_murni", r.PaguMurni)
			tulisAngka(&b, "pagu", r.Pagu)
			tulisAngka(&b, "realisasi", r.Realisasi)
			tulisMedan(&b, "catatan", r.Catatan)
			b.WriteByte('}')
		}
		b.WriteByte(']')
	}
	if pk := a.PerjanjianKinerja; pk != nil {
		b.WriteString(`,"perjanjian_kinerja":{"rincian":`)
		tulisDaftar(&b, pk.Rincian, true, a.UrusanBidang)
		if pk.Jumlah != nil {
			b.WriteString(`,"jumlah":`)
			tulisRincian(&b, pk.Jumlah, true, true, a.UrusanBidang)
		}
		tulisMedan(&b, "tabel", pk.Tabel)
		b.WriteByte('}')
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func tulisDaftar(b *bytes.Buffer, rows []Rincian, pk bool, awalan Kode) {
	b.WriteByte('[')
	for i := range rows {
		if i > 0 {
			b.WriteByte(',')
		}
		tulisRincian(b, &rows[i], pk, false, awalan)
	}
	b.WriteByte(']')
}

// tulisRincian writes one row; codes of programs and below inside the
// document's bidang urusan (awalan) in the short form, as LKIP tables
// print them, other codes in the official form.
func tulisRincian(b *bytes.Buffer, r *Rincian, pk, jumlah bool, awalan Kode) {
	b.WriteByte('{')
	if jumlah {
		b.WriteString(`"uraian":`)
		tulisString(b, r.Uraian)
	} else {
		b.WriteString(`"kode":`)
		kode := r.Kode.String()
		if awalan.Jenjang() == JenjangBidang && r.Kode.Jenjang() >= JenjangProgram && awalan.Contains(r.Kode) {
			kode = r.Kode.Singkat()
		}
		tulisString(b, kode)
		tulisMedan(b, "uraian", r.Uraian)
	}
	if !pk {
		tulisAngka(b, "pagu_murni", r.PaguMurni)
	}
	tulisAngka(b, "pagu", r.Pagu)
	if !pk {
		tulisAngka(b, "realisasi", r.Realisasi)
		tulisAngka(b, "sisa", r.Sisa)
		tulisAngka(b, "persen", r.Persen)
		tulisAngka(b, "fisik", r.Fisik)
	}
	tulisMedan(b, "catatan", r.Catatan)
	b.WriteByte('}')
}

func tulisMedan(b *bytes.Buffer, nama, s string) {
	if s == "" {
		return
	}
	b.WriteString(`,"` + nama + `":`)
	tulisString(b, s)
}

func tulisAngka(b *bytes.Buffer, nama string, d decimal.NullDecimal) {
	if !d.Valid {
		return
	}
	b.WriteString(`,"` + nama + `":`)
	b.WriteString(strconv.Quote(teksDesimal(d.Decimal)))
}

// teksDesimal writes d as a plain decimal string ("2982697372", "98.42"),
// independent of decimal's package-level settings.
func teksDesimal(d decimal.Decimal) string {
	if d.Exponent() >= 0 {
		return d.StringFixed(0)
	}
	s := d.StringFixed(-d.Exponent())
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func tulisString(b *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s)
	b.Write(enc)
}
