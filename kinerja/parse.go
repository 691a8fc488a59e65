package kinerja

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Parse reads the kinerja section of a data file (a JSON object, see the
// package documentation for the schema) and checks its structure. An
// error is a *[ParseError] whose Path is relative to the section
// ("indikator[2].tahun[1].realisasi") and whose Baris is the line in data;
// its message is in Bahasa Indonesia. Unknown fields are refused. Figures
// are JSON strings as printed ("6,77", "181.395") or JSON numbers.
//
// Parse checks what makes the data unreadable (types, numbers, codes,
// duplicate IDs, the shape of Renstra numbers, the order of years); what
// makes it inconsistent (a missing target, an unknown sasaran) is reported
// by [Check] as findings, so that nothing is lost.
//
// A leading UTF-8 byte order mark (written by Notepad and Excel) is
// ignored; line numbers are unchanged by it.
func Parse(data []byte) (*Dokumen, error) {
	return parseDengan(tanpaBOM(data), "", 1)
}

// bom is the UTF-8 encoding of U+FEFF, the byte order mark.
var bom = []byte("\xef\xbb\xbf")

// tanpaBOM returns data without a leading byte order mark.
func tanpaBOM(data []byte) []byte { return bytes.TrimPrefix(data, bom) }

// ParseBerkas reads the kinerja section from a whole data file
// ({"versi": 1, "kinerja": {…}, …}: the other keys are not read) or, when
// data has no "kinerja" key, from a bare section. Errors carry paths
// prefixed with "kinerja." and line numbers of the whole file. A leading
// byte order mark is ignored, as in [Parse].
func ParseBerkas(data []byte) (*Dokumen, error) {
	data = tanpaBOM(data)
	var atas map[string]json.RawMessage
	if err := json.Unmarshal(data, &atas); err != nil {
		return parseDengan(data, "", 1) // reports the syntax error with its line
	}
	if _, ada := atas["kinerja"]; !ada {
		return parseDengan(data, "", 1)
	}
	letak := anggaran.NewLetakJSON(data)
	off, ada := letak.Awal("kinerja")
	if !ada {
		return nil, &ParseError{Path: "kinerja", Err: errors.New("bagian kinerja tidak dapat dibaca")}
	}
	return parseDengan(atas["kinerja"], "kinerja", letak.Baris(off))
}

// parseDengan parses a section whose paths are prefixed with awalan and
// whose first line is line barisAwal of its file (1 for a whole file).
func parseDengan(data []byte, awalan string, barisAwal int) (*Dokumen, error) {
	baris := func(off int) int {
		if off < 0 {
			return 0
		}
		return anggaran.BarisKe(data, int64(off)) + barisAwal - 1
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		var se *json.SyntaxError
		off := int(dec.InputOffset())
		pesan := "JSON tidak sah: " + err.Error()
		switch {
		case errors.As(err, &se):
			off = int(se.Offset)
			pesan = "JSON tidak sah: " + anggaran.PesanSintaksJSON(se.Error())
		case errors.Is(err, io.EOF):
			pesan = "isi kosong, seharusnya objek JSON"
		case errors.Is(err, io.ErrUnexpectedEOF):
			off = len(data)
			pesan = "JSON terpotong (berakhir sebelum waktunya)"
		}
		return nil, &ParseError{Baris: baris(off), Path: awalan, Err: errors.New(pesan)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &ParseError{Baris: baris(int(dec.InputOffset())), Path: awalan,
			Err: errors.New("JSON tidak sah: ada teks setelah akhir objek")}
	}
	p := &pembaca{}
	d := p.dokumen(v)
	if p.err != nil {
		off, _ := anggaran.NewLetakJSON(data).Awal(p.err.Path) // or its nearest ancestor
		p.err.Baris = baris(int(off))
		p.err.Path = anggaran.JoinPath(awalan, p.err.Path)
		return nil, p.err
	}
	return d, nil
}

// pembaca walks the decoded JSON tree and builds the model, keeping the
// first error with its path.
type pembaca struct {
	err    *ParseError
	bidang string
}

func (p *pembaca) gagal(path string, err error) {
	if p.err == nil {
		p.err = &ParseError{Path: path, Err: err}
	}
}

func (p *pembaca) gagalf(path, format string, a ...any) {
	p.gagal(path, fmt.Errorf(format, a...))
}

type objek struct {
	p     *pembaca
	jalur string
	m     map[string]any
	pakai []string // fields read, in order (objects have a handful)
}

func namaTipe(v any) string {
	switch v.(type) {
	case map[string]any:
		return "objek"
	case []any:
		return "daftar"
	case string:
		return "teks"
	case json.Number:
		return "angka"
	case bool:
		return "benar/salah"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

func (p *pembaca) objek(v any, jalur string) *objek {
	m, ok := v.(map[string]any)
	if !ok {
		p.gagalf(jalur, "harus berupa objek {…}, bukan %s", namaTipe(v))
		m = map[string]any{}
	}
	return &objek{p: p, jalur: jalur, m: m, pakai: make([]string, 0, 16)}
}

func (o *objek) sub(k string) string { return anggaran.JoinPath(o.jalur, k) }

func (o *objek) dipakai(k string) bool {
	for _, x := range o.pakai {
		if x == k {
			return true
		}
	}
	return false
}

func (o *objek) ambil(k string) (any, bool) {
	if !o.dipakai(k) {
		o.pakai = append(o.pakai, k)
	}
	v, ok := o.m[k]
	if v == nil {
		return nil, false
	}
	return v, ok
}

// selesai refuses the fields that were not read.
func (o *objek) selesai() {
	var asing []string
	for k := range o.m {
		if !o.dipakai(k) {
			asing = append(asing, k)
		}
	}
	if len(asing) == 0 {
		return
	}
	sort.Strings(asing)
	dikenal := append([]string(nil), o.pakai...)
	sort.Strings(dikenal)
	o.p.gagalf(o.sub(asing[0]), "kolom %q tidak dikenal (yang dikenal: %s)", asing[0], strings.Join(dikenal, ", "))
}

func (o *objek) teks(k string, wajib bool) string {
	v, ok := o.ambil(k)
	if !ok {
		if wajib {
			o.p.gagalf(o.sub(k), "wajib diisi")
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		o.p.gagalf(o.sub(k), "harus berupa teks, bukan %s", namaTipe(v))
		return ""
	}
	if wajib && strings.TrimSpace(s) == "" {
		o.p.gagalf(o.sub(k), "wajib diisi, tidak boleh kosong")
	}
	return s
}

func (o *objek) bulat(k string, wajib bool) int {
	v, ok := o.ambil(k)
	if !ok {
		if wajib {
			o.p.gagalf(o.sub(k), "wajib diisi")
		}
		return 0
	}
	var s string
	switch x := v.(type) {
	case json.Number:
		s = x.String()
	case string:
		s = strings.TrimSpace(x)
	default:
		o.p.gagalf(o.sub(k), "harus berupa bilangan bulat, bukan %s", namaTipe(v))
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || strconv.Itoa(n) != s { // no "+", no leading zero
		o.p.gagalf(o.sub(k), "%q bukan bilangan bulat", s)
		return 0
	}
	return n
}

func (o *objek) benar(k string) bool {
	v, ok := o.ambil(k)
	if !ok {
		return false
	}
	b, ok := v.(bool)
	if !ok {
		o.p.gagalf(o.sub(k), "harus true atau false, bukan %s", namaTipe(v))
	}
	return b
}

// angka reads a number written as a JSON string (as printed) or a JSON
// number; a missing field or null is nil. An empty string or "-" is also
// nil (the document printed no figure).
func (o *objek) angka(k string, j anggaran.Jenis) *Angka {
	v, ok := o.ambil(k)
	if !ok {
		return nil
	}
	return o.p.angka(v, o.sub(k), j)
}

func (p *pembaca) angka(v any, jalur string, j anggaran.Jenis) *Angka {
	switch x := v.(type) {
	case json.Number:
		d, err := angkaJSON(x.String())
		if err != nil {
			p.gagal(jalur, err)
			return nil
		}
		return &Angka{Nilai: d, Teks: x.String()}
	case string:
		d, err := anggaran.ParseAngka(x, j)
		if err != nil {
			if errors.Is(err, anggaran.ErrKosong) {
				return nil
			}
			p.gagal(jalur, err)
			return nil
		}
		return &Angka{Nilai: d, Teks: x}
	case nil:
		return nil
	}
	p.gagalf(jalur, "harus berupa angka atau teks angka, bukan %s", namaTipe(v))
	return nil
}

func (o *objek) daftar(k string, fn func(v any, jalur string)) {
	v, ok := o.ambil(k)
	if !ok {
		return
	}
	xs, ok := v.([]any)
	if !ok {
		o.p.gagalf(o.sub(k), "harus berupa daftar […], bukan %s", namaTipe(v))
		return
	}
	for i, x := range xs {
		if o.p.err != nil {
			return
		}
		fn(x, fmt.Sprintf("%s[%d]", o.sub(k), i))
	}
}

func (o *objek) daftarTeks(k string) []string {
	var out []string
	o.daftar(k, func(v any, jalur string) {
		s, ok := v.(string)
		if !ok {
			o.p.gagalf(jalur, "harus berupa teks, bukan %s", namaTipe(v))
			return
		}
		out = append(out, s)
	})
	return out
}

func (p *pembaca) dokumen(v any) *Dokumen {
	o := p.objek(v, "")
	d := &Dokumen{}
	d.Tahun = o.bulat("tahun", true)
	d.Bidang = o.teks("bidang", false)
	if d.Bidang != "" {
		if _, err := parseBidang(d.Bidang); err != nil {
			p.gagalf(o.sub("bidang"), "%q bukan kode urusan/bidang yang sah (contoh: 1.06)", d.Bidang)
		}
	}
	p.bidang = d.Bidang
	if v, ok := o.ambil("renstra"); ok {
		d.Renstra = p.renstra(v, o.sub("renstra"))
	}
	ids := map[string]string{}
	o.daftar("sasaran", func(v any, jalur string) {
		s := p.sasaran(v, jalur)
		if lama, ada := ids[s.ID]; ada && s.ID != "" {
			p.gagalf(jalur+".id", "id %q sudah dipakai di %s", s.ID, lama)
		}
		ids[s.ID] = jalur
		d.Sasaran = append(d.Sasaran, s)
	})
	idInd := map[string]string{}
	o.daftar("indikator", func(v any, jalur string) {
		ind := p.indikator(v, jalur)
		if lama, ada := idInd[ind.ID]; ada && ind.ID != "" {
			p.gagalf(jalur+".id", "id %q sudah dipakai di %s", ind.ID, lama)
		}
		idInd[ind.ID] = jalur
		d.Indikator = append(d.Indikator, ind)
	})
	if v, ok := o.ambil("perjanjian_kinerja"); ok {
		d.PerjanjianKinerja = p.pk(v, o.sub("perjanjian_kinerja"))
	}
	o.selesai()
	if p.err != nil {
		return nil
	}
	return d
}

func (p *pembaca) renstra(v any, jalur string) Renstra {
	o := p.objek(v, jalur)
	r := Renstra{
		PeriodeAwal:  o.bulat("periode_awal", false),
		PeriodeAkhir: o.bulat("periode_akhir", false),
		VisiDaerah:   o.teks("visi_daerah", false),
		Visi:         o.teks("visi", false),
	}
	if r.PeriodeAwal != 0 && r.PeriodeAkhir != 0 && r.PeriodeAkhir < r.PeriodeAwal {
		p.gagalf(o.sub("periode_akhir"), "periode_akhir %d sebelum periode_awal %d", r.PeriodeAkhir, r.PeriodeAwal)
	}
	nomor := map[string]string{}
	butir := func(k string, tingkat int) []Butir {
		var out []Butir
		o.daftar(k, func(v any, jl string) {
			b := p.butir(v, jl, tingkat)
			if tingkat > 0 {
				if lama, ada := nomor[b.Nomor]; ada {
					p.gagalf(jl+".nomor", "nomor %q sudah dipakai di %s", b.Nomor, lama)
				}
				nomor[b.Nomor] = jl
			}
			out = append(out, b)
		})
		return out
	}
	r.MisiDinas = butir("misi_dinas", 0)
	r.Misi = butir("misi", 1)
	r.Tujuan = butir("tujuan", 2)
	r.Sasaran = butir("sasaran", 3)
	r.Strategi = butir("strategi", 4)
	r.Kebijakan = butir("kebijakan", 5)
	o.selesai()
	return r
}

var namaTingkat = []string{"", "misi", "tujuan", "sasaran", "strategi", "kebijakan"}

// butir reads a numbered Renstra item; tingkat > 0 requires a number with
// that many parts (misi 1, tujuan 2, sasaran 3, strategi 4, kebijakan 5).
func (p *pembaca) butir(v any, jalur string, tingkat int) Butir {
	o := p.objek(v, jalur)
	b := Butir{Nomor: o.teks("nomor", tingkat > 0), Uraian: o.teks("uraian", true)}
	if tingkat > 0 && b.Nomor != "" {
		parts := strings.Split(b.Nomor, ".")
		ok := len(parts) == tingkat
		for _, x := range parts {
			ok = ok && x != "" && strings.Trim(x, "0123456789") == ""
		}
		if !ok {
			contoh := []string{"", "1", "1.2", "1.2.4", "1.2.4.1", "1.2.4.1.1"}[tingkat]
			p.gagalf(o.sub("nomor"), "nomor %s %q harus berisi %d angka dipisah titik, misalnya %q", namaTingkat[tingkat], b.Nomor, tingkat, contoh)
		}
	}
	o.selesai()
	return b
}

func (p *pembaca) kutipan(o *objek, k string) []Kutipan {
	var out []Kutipan
	o.daftar(k, func(v any, jl string) {
		q := p.objek(v, jl)
		out = append(out, Kutipan{Sumber: q.teks("sumber", false), Teks: q.teks("teks", true)})
		q.selesai()
	})
	return out
}

func (p *pembaca) sasaran(v any, jalur string) Sasaran {
	o := p.objek(v, jalur)
	s := Sasaran{
		ID:      o.teks("id", true),
		Nomor:   o.teks("nomor", false),
		Uraian:  o.teks("uraian", true),
		Renstra: o.teks("renstra", false),
	}
	s.Tercetak = p.kutipan(o, "tercetak")
	o.daftar("anggaran", func(v any, jl string) {
		k, ok := v.(string)
		if !ok {
			p.gagalf(jl, "harus berupa teks kode, bukan %s", namaTipe(v))
			return
		}
		n, err := NormalizeKode(k, p.bidang)
		if err != nil {
			p.gagal(jl, err)
			return
		}
		s.Anggaran = append(s.Anggaran, n)
	})
	o.selesai()
	return s
}

func (p *pembaca) indikator(v any, jalur string) Indikator {
	o := p.objek(v, jalur)
	ind := Indikator{
		ID:      o.teks("id", true),
		Nomor:   o.teks("nomor", false),
		Nama:    o.teks("nama", true),
		Sasaran: o.teks("sasaran", false),
		IKU:     o.benar("iku"),
		Satuan:  o.teks("satuan", false),
	}
	ind.BolehLebih100 = o.benar("boleh_lebih_100")
	ind.Jenis = Jumlah
	if ind.Satuan == "%" {
		ind.Jenis = Persentase
	}
	if s := o.teks("jenis", false); s != "" {
		found := false
		for i, n := range namaJenis {
			if s == n {
				ind.Jenis, found = Jenis(i), true
			}
		}
		if !found {
			p.gagalf(o.sub("jenis"), "jenis %q tidak dikenal (persentase, jumlah, rasio, indeks)", s)
		}
	}
	switch s := o.teks("polaritas", false); s {
	case "", "positif":
	case "negatif":
		ind.Polaritas = Negatif
	default:
		p.gagalf(o.sub("polaritas"), "polaritas %q tidak dikenal (positif, negatif)", s)
	}
	if s := o.teks("rumus_negatif", false); s != "" {
		found := false
		for i, n := range namaRumusNegatif {
			if i > 0 && s == n {
				ind.RumusNegatif, found = RumusNegatif(i), true
			}
		}
		if !found {
			p.gagalf(o.sub("rumus_negatif"), "rumus_negatif %q tidak dikenal (2t-r, t/r, nilai_akhir)", s)
		}
	}
	jenisAngka := anggaran.JenisBilangan
	if ind.Jenis == Persentase {
		jenisAngka = anggaran.JenisPersen
	}
	if v, ok := o.ambil("rumus"); ok {
		r := p.objek(v, o.sub("rumus"))
		ind.Rumus = &Rumus{
			Teks:      r.teks("teks", false),
			Pembilang: r.teks("pembilang", false),
			Penyebut:  r.teks("penyebut", false),
		}
		if a := r.angka("pengali", anggaran.JenisBilangan); a != nil {
			ind.Rumus.Pengali = a.Nilai
		} else if ind.Jenis == Persentase {
			ind.Rumus.Pengali = decimal.NewFromInt(100)
		} else {
			ind.Rumus.Pengali = decimal.NewFromInt(1)
		}
		r.selesai()
	}
	ind.TargetAkhir = o.angka("target_akhir", jenisAngka)
	ind.Tercetak = p.kutipan(o, "tercetak")
	o.daftar("tahun", func(v any, jl string) {
		dt := p.dataTahun(v, jl, jenisAngka)
		if n := len(ind.Tahun); n > 0 && dt.Tahun <= ind.Tahun[n-1].Tahun {
			p.gagalf(jl+".tahun", "tahun %d harus sesudah tahun %d (urut naik, tidak berulang)", dt.Tahun, ind.Tahun[n-1].Tahun)
		}
		ind.Tahun = append(ind.Tahun, dt)
	})
	o.selesai()
	return ind
}

func (p *pembaca) dataTahun(v any, jalur string, j anggaran.Jenis) DataTahun {
	o := p.objek(v, jalur)
	dt := DataTahun{
		Tahun:     o.bulat("tahun", true),
		Sumber:    o.teks("sumber", false),
		Target:    o.angka("target", j),
		Realisasi: o.angka("realisasi", j),
		Pembilang: o.angka("pembilang", anggaran.JenisBilangan),
		Penyebut:  o.angka("penyebut", anggaran.JenisBilangan),
	}
	if dt.Tahun < 1900 || dt.Tahun > 2200 {
		if p.err == nil {
			p.gagalf(o.sub("tahun"), "tahun %d tidak masuk akal", dt.Tahun)
		}
	}
	o.daftar("realisasi_periode", func(v any, jl string) {
		dt.RealisasiPeriode = append(dt.RealisasiPeriode, p.angka(v, jl, j))
	})
	o.daftar("kutipan", func(v any, jl string) {
		q := p.objek(v, jl)
		dt.Kutipan = append(dt.Kutipan, KutipanAngka{
			Sumber:    q.teks("sumber", true),
			Target:    q.angka("target", j),
			Realisasi: q.angka("realisasi", j),
		})
		q.selesai()
	})
	o.daftar("rincian", func(v any, jl string) {
		dt.Rincian = append(dt.Rincian, p.rincian(v, jl))
	})
	o.selesai()
	return dt
}

func (p *pembaca) rincian(v any, jalur string) Rincian {
	o := p.objek(v, jalur)
	r := Rincian{
		Bagian: o.teks("bagian", true),
		Uraian: o.teks("uraian", false),
		Total:  o.angka("total", anggaran.JenisBilangan),
		Satuan: o.teks("satuan", false),
		Sumber: o.teks("sumber", false),
	}
	if r.Bagian != "" && r.Bagian != "pembilang" && r.Bagian != "penyebut" {
		p.gagalf(o.sub("bagian"), "bagian %q tidak dikenal (pembilang, penyebut)", r.Bagian)
	}
	o.daftar("butir", func(v any, jl string) {
		b := p.objek(v, jl)
		r.Butir = append(r.Butir, ButirRincian{
			Uraian:     b.teks("uraian", true),
			Nilai:      b.angka("nilai", anggaran.JenisBilangan),
			Satuan:     b.teks("satuan", false),
			Keterangan: b.teks("keterangan", false),
		})
		b.selesai()
	})
	o.selesai()
	return r
}

func (p *pembaca) pk(v any, jalur string) PerjanjianKinerja {
	o := p.objek(v, jalur)
	pk := PerjanjianKinerja{Tahun: o.bulat("tahun", false)}
	o.daftar("baris", func(v any, jl string) {
		b := p.objek(v, jl)
		row := BarisPK{
			Sasaran:     b.teks("sasaran", false),
			Indikator:   b.teks("indikator", true),
			IndikatorID: b.teks("indikator_id", false),
			Target:      b.angka("target", anggaran.JenisBilangan),
			Satuan:      b.teks("satuan", false),
		}
		if k := b.teks("sub_kegiatan", false); k != "" {
			n, err := NormalizeKode(k, p.bidang)
			if err != nil {
				p.gagal(b.sub("sub_kegiatan"), err)
			}
			row.SubKegiatan = n
		}
		b.selesai()
		pk.Baris = append(pk.Baris, row)
	})
	o.selesai()
	return pk
}

// angkaJSON reads a JSON number. Exponent notation is allowed, but a
// number must stay within 40 significant digits and 10^±30, so that a
// typo such as 1e999999 cannot make the program write a million digits.
func angkaJSON(s string) (decimal.Decimal, error) {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Zero, fmt.Errorf("%q bukan angka yang sah", s)
	}
	if e := d.Exponent(); e > 30 || e < -30 || len(d.Coefficient().String()) > 40 {
		return decimal.Zero, fmt.Errorf("%q di luar jangkauan (paling banyak 40 angka penting, pangkat ±30)", s)
	}
	return d, nil
}
