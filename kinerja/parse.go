package kinerja

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
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
// The text is read by the reader every data file shares
// (internal/naskah: limits, keys given twice, a leading UTF-8 byte order
// mark ignored with line numbers unchanged).
func Parse(data []byte) (*Dokumen, error) {
	v, err := naskah.Baca(data)
	if err != nil {
		return nil, err
	}
	return BacaNaskah(v, "")
}

// ParseBerkas reads the kinerja section from a whole data file
// ({"versi": 1, "kinerja": {…}, …}: the other keys are not read) or, when
// data has no "kinerja" key, from a bare section. Errors carry paths
// prefixed with "kinerja." and line numbers of the whole file. A leading
// byte order mark is ignored, as in [Parse].
func ParseBerkas(data []byte) (*Dokumen, error) {
	v, err := naskah.Baca(data)
	if err != nil {
		return nil, err
	}
	if k := v.Anggota("kinerja"); k != nil {
		return BacaNaskah(k, "kinerja")
	}
	return BacaNaskah(v, "")
}

// BacaNaskah reads the section from v, a value of a data file read by
// internal/naskah; path is the section's path in that file ("kinerja"),
// the prefix of every error's Path, and lines are those of the file. It is
// for the packages of this module: other programs call [Parse].
func BacaNaskah(v *naskah.Nilai, path string) (*Dokumen, error) {
	p := &pembaca{}
	d := p.dokumen(v, path)
	if err := p.ErrDi(v, path); err != nil {
		return nil, err
	}
	return d, nil
}

// pembaca walks the tree with the shared rules and builds the model,
// keeping the first error with its path.
type pembaca struct {
	naskah.Pembaca
	bidang string
}

// angka reads a figure written as a JSON string (as printed) or a JSON
// number; a missing field or null is nil. An empty string or "-" is also
// nil (the document printed no figure).
func (p *pembaca) angka(v *naskah.Nilai, jalur string, j anggaran.Jenis) *Angka {
	if v == nil || v.Jenis == naskah.JenisNull {
		return nil
	}
	if v.Jenis == naskah.JenisBilangan {
		d, err := angkaJSON(v.Teks)
		if err != nil {
			p.Gagal(v, jalur, err)
			return nil
		}
		return &Angka{Nilai: d, Teks: v.Teks}
	}
	d, err := anggaran.BacaAngkaNaskah(v, j)
	if err != nil {
		p.Gagal(v, jalur, err)
		return nil
	}
	if !d.Valid {
		return nil
	}
	return &Angka{Nilai: d.Decimal, Teks: v.Teks}
}

func (p *pembaca) angkaDi(o *naskah.Objek, k string, j anggaran.Jenis) *Angka {
	return p.angka(o.Ambil(k), o.Sub(k), j)
}

func (p *pembaca) dokumen(v *naskah.Nilai, path string) *Dokumen {
	o := p.Objek(v, path)
	d := &Dokumen{}
	d.Tahun = o.BulatWajib("tahun")
	d.Bidang = o.Teks("bidang")
	if d.Bidang != "" {
		if _, err := parseBidang(d.Bidang); err != nil {
			p.gagalf(o.Sub("bidang"), "%q bukan kode urusan/bidang yang sah (contoh: 1.06)", d.Bidang)
		}
	}
	p.bidang = d.Bidang
	if v := o.Ambil("renstra"); v != nil {
		d.Renstra = p.renstra(v, o.Sub("renstra"))
	}
	ids := map[string]string{}
	o.Daftar("sasaran", func(v *naskah.Nilai, jalur string) {
		s := p.sasaran(v, jalur)
		if lama, ada := ids[s.ID]; ada && s.ID != "" {
			p.gagalf(jalur+".id", "id %q sudah dipakai di %s", s.ID, lama)
		}
		ids[s.ID] = jalur
		d.Sasaran = append(d.Sasaran, s)
	})
	idInd := map[string]string{}
	o.Daftar("indikator", func(v *naskah.Nilai, jalur string) {
		ind := p.indikator(v, jalur)
		if lama, ada := idInd[ind.ID]; ada && ind.ID != "" {
			p.gagalf(jalur+".id", "id %q sudah dipakai di %s", ind.ID, lama)
		}
		idInd[ind.ID] = jalur
		d.Indikator = append(d.Indikator, ind)
	})
	if v := o.Ambil("perjanjian_kinerja"); v != nil {
		d.PerjanjianKinerja = p.pk(v, o.Sub("perjanjian_kinerja"))
	}
	o.Selesai()
	if p.Salah() {
		return nil
	}
	return d
}

func (p *pembaca) renstra(v *naskah.Nilai, jalur string) Renstra {
	o := p.Objek(v, jalur)
	r := Renstra{
		PeriodeAwal:  o.Bulat("periode_awal"),
		PeriodeAkhir: o.Bulat("periode_akhir"),
		VisiDaerah:   o.Teks("visi_daerah"),
		Visi:         o.Teks("visi"),
	}
	if r.PeriodeAwal != 0 && r.PeriodeAkhir != 0 && r.PeriodeAkhir < r.PeriodeAwal {
		p.gagalf(o.Sub("periode_akhir"), "periode_akhir %d sebelum periode_awal %d", r.PeriodeAkhir, r.PeriodeAwal)
	}
	nomor := map[string]string{}
	butir := func(k string, tingkat int) []Butir {
		var out []Butir
		o.Daftar(k, func(v *naskah.Nilai, jl string) {
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
	o.Selesai()
	return r
}

var namaTingkat = []string{"", "misi", "tujuan", "sasaran", "strategi", "kebijakan"}

// butir reads a numbered Renstra item; tingkat > 0 requires a number with
// that many parts (misi 1, tujuan 2, sasaran 3, strategi 4, kebijakan 5).
func (p *pembaca) butir(v *naskah.Nilai, jalur string, tingkat int) Butir {
	o := p.Objek(v, jalur)
	b := Butir{Nomor: teksJika(o, "nomor", tingkat > 0), Uraian: o.TeksWajib("uraian")}
	if tingkat > 0 && b.Nomor != "" {
		parts := strings.Split(b.Nomor, ".")
		ok := len(parts) == tingkat
		for _, x := range parts {
			ok = ok && x != "" && strings.Trim(x, "0123456789") == ""
		}
		if !ok {
			contoh := []string{"", "1", "1.2", "1.2.4", "1.2.4.1", "1.2.4.1.1"}[tingkat]
			p.gagalf(o.Sub("nomor"), "nomor %s %q harus berisi %d angka dipisah titik, misalnya %q", namaTingkat[tingkat], b.Nomor, tingkat, contoh)
		}
	}
	o.Selesai()
	return b
}

func (p *pembaca) kutipan(o *naskah.Objek, k string) []Kutipan {
	var out []Kutipan
	o.Daftar(k, func(v *naskah.Nilai, jl string) {
		q := p.Objek(v, jl)
		out = append(out, Kutipan{Sumber: q.Teks("sumber"), Teks: q.TeksWajib("teks")})
		q.Selesai()
	})
	return out
}

func (p *pembaca) sasaran(v *naskah.Nilai, jalur string) Sasaran {
	o := p.Objek(v, jalur)
	s := Sasaran{
		ID:      o.TeksWajib("id"),
		Nomor:   o.Teks("nomor"),
		Uraian:  o.TeksWajib("uraian"),
		Renstra: o.Teks("renstra"),
	}
	s.Tercetak = p.kutipan(o, "tercetak")
	o.Daftar("capaian", func(v *naskah.Nilai, jl string) {
		q := p.Objek(v, jl)
		c := CapaianTercetak{Tahun: q.BulatWajib("tahun"), Sumber: q.Teks("sumber"), Capaian: p.angkaDi(q, "capaian", anggaran.JenisPersen)}
		q.Selesai()
		s.Capaian = append(s.Capaian, c)
	})
	o.Daftar("anggaran", func(v *naskah.Nilai, jl string) {
		if v.Jenis != naskah.JenisTeks {
			p.Bukan(v, jl, "teks kode")
			return
		}
		n, err := NormalizeKode(v.Teks, p.bidang)
		if err != nil {
			p.gagal(jl, err)
			return
		}
		s.Anggaran = append(s.Anggaran, n)
	})
	o.Selesai()
	return s
}

func (p *pembaca) indikator(v *naskah.Nilai, jalur string) Indikator {
	o := p.Objek(v, jalur)
	ind := Indikator{
		ID:      o.TeksWajib("id"),
		Nomor:   o.Teks("nomor"),
		Nama:    o.TeksWajib("nama"),
		Sasaran: o.Teks("sasaran"),
		IKU:     o.Benar("iku"),
		Satuan:  o.Teks("satuan"),
	}
	ind.BolehLebih100 = o.Benar("boleh_lebih_100")
	ind.Jenis = Jumlah
	if ind.Satuan == "%" {
		ind.Jenis = Persentase
	}
	if s := o.Teks("jenis"); s != "" {
		found := false
		for i, n := range namaJenis {
			if s == n {
				ind.Jenis, found = Jenis(i), true
			}
		}
		if !found {
			p.gagalf(o.Sub("jenis"), "jenis %q tidak dikenal (persentase, jumlah, rasio, indeks)", s)
		}
	}
	switch s := o.Teks("polaritas"); s {
	case "", "positif":
	case "negatif":
		ind.Polaritas = Negatif
	default:
		p.gagalf(o.Sub("polaritas"), "polaritas %q tidak dikenal (positif, negatif)", s)
	}
	if s := o.Teks("rumus_negatif"); s != "" {
		found := false
		for i, n := range namaRumusNegatif {
			if i > 0 && s == n {
				ind.RumusNegatif, found = RumusNegatif(i), true
			}
		}
		if !found {
			p.gagalf(o.Sub("rumus_negatif"), "rumus_negatif %q tidak dikenal (2t-r, t/r, nilai_akhir)", s)
		}
	}
	jenisAngka := anggaran.JenisBilangan
	if ind.Jenis == Persentase {
		jenisAngka = anggaran.JenisPersen
	}
	if v := o.Ambil("rumus"); v != nil {
		r := p.Objek(v, o.Sub("rumus"))
		ind.Rumus = &Rumus{
			Teks:      r.Teks("teks"),
			Pembilang: r.Teks("pembilang"),
			Penyebut:  r.Teks("penyebut"),
		}
		if a := p.angkaDi(r, "pengali", anggaran.JenisBilangan); a != nil {
			ind.Rumus.Pengali = a.Nilai
		} else if ind.Jenis == Persentase {
			ind.Rumus.Pengali = decimal.NewFromInt(100)
		} else {
			ind.Rumus.Pengali = decimal.NewFromInt(1)
		}
		r.Selesai()
	}
	ind.TargetAkhir = p.angkaDi(o, "target_akhir", jenisAngka)
	ind.Tercetak = p.kutipan(o, "tercetak")
	ind.Anggaran = o.Teks("anggaran")
	o.Daftar("tahun", func(v *naskah.Nilai, jl string) {
		dt := p.dataTahun(v, jl, jenisAngka)
		if n := len(ind.Tahun); n > 0 && dt.Tahun <= ind.Tahun[n-1].Tahun {
			p.gagalf(jl+".tahun", "tahun %d harus sesudah tahun %d (urut naik, tidak berulang)", dt.Tahun, ind.Tahun[n-1].Tahun)
		}
		ind.Tahun = append(ind.Tahun, dt)
	})
	o.Selesai()
	return ind
}

func (p *pembaca) dataTahun(v *naskah.Nilai, jalur string, j anggaran.Jenis) DataTahun {
	o := p.Objek(v, jalur)
	dt := DataTahun{
		Tahun:     o.BulatWajib("tahun"),
		Sumber:    o.Teks("sumber"),
		Target:    p.angkaDi(o, "target", j),
		Realisasi: p.angkaDi(o, "realisasi", j),
		Capaian:   p.angkaDi(o, "capaian", anggaran.JenisPersen),
		Pembilang: p.angkaDi(o, "pembilang", anggaran.JenisBilangan),
		Penyebut:  p.angkaDi(o, "penyebut", anggaran.JenisBilangan),
	}
	if dt.Tahun < 1900 || dt.Tahun > 2200 {
		if !p.Salah() {
			p.gagalf(o.Sub("tahun"), "tahun %d tidak masuk akal", dt.Tahun)
		}
	}
	o.Daftar("realisasi_periode", func(v *naskah.Nilai, jl string) {
		dt.RealisasiPeriode = append(dt.RealisasiPeriode, p.angka(v, jl, j))
	})
	p.triwulan(o, &dt, j) // triwulan.go
	o.Daftar("kutipan", func(v *naskah.Nilai, jl string) {
		q := p.Objek(v, jl)
		dt.Kutipan = append(dt.Kutipan, KutipanAngka{
			Sumber:    q.TeksWajib("sumber"),
			Target:    p.angkaDi(q, "target", j),
			Realisasi: p.angkaDi(q, "realisasi", j),
			Capaian:   p.angkaDi(q, "capaian", anggaran.JenisPersen),
		})
		q.Selesai()
	})
	o.Daftar("rincian", func(v *naskah.Nilai, jl string) {
		dt.Rincian = append(dt.Rincian, p.rincian(v, jl))
	})
	o.Selesai()
	return dt
}

func (p *pembaca) rincian(v *naskah.Nilai, jalur string) Rincian {
	o := p.Objek(v, jalur)
	r := Rincian{
		Bagian: o.TeksWajib("bagian"),
		Uraian: o.Teks("uraian"),
		Total:  p.angkaDi(o, "total", anggaran.JenisBilangan),
		Satuan: o.Teks("satuan"),
		Sumber: o.Teks("sumber"),
	}
	if r.Bagian != "" && r.Bagian != "pembilang" && r.Bagian != "penyebut" {
		p.gagalf(o.Sub("bagian"), "bagian %q tidak dikenal (pembilang, penyebut)", r.Bagian)
	}
	o.Daftar("butir", func(v *naskah.Nilai, jl string) {
		b := p.Objek(v, jl)
		r.Butir = append(r.Butir, ButirRincian{
			Uraian:     b.TeksWajib("uraian"),
			Nilai:      p.angkaDi(b, "nilai", anggaran.JenisBilangan),
			Satuan:     b.Teks("satuan"),
			Keterangan: b.Teks("keterangan"),
		})
		b.Selesai()
	})
	o.Selesai()
	return r
}

func (p *pembaca) pk(v *naskah.Nilai, jalur string) PerjanjianKinerja {
	o := p.Objek(v, jalur)
	pk := PerjanjianKinerja{Tahun: o.Bulat("tahun")}
	o.Daftar("baris", func(v *naskah.Nilai, jl string) {
		b := p.Objek(v, jl)
		row := BarisPK{
			Sasaran:     b.Teks("sasaran"),
			Indikator:   b.TeksWajib("indikator"),
			IndikatorID: b.Teks("indikator_id"),
			Target:      p.angkaDi(b, "target", anggaran.JenisBilangan),
			Satuan:      b.Teks("satuan"),
		}
		if k := b.Teks("sub_kegiatan"); k != "" {
			n, err := NormalizeKode(k, p.bidang)
			if err != nil {
				p.gagal(b.Sub("sub_kegiatan"), err)
			}
			row.SubKegiatan = n
		}
		b.Selesai()
		pk.Baris = append(pk.Baris, row)
	})
	o.Selesai()
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

func (p *pembaca) gagal(path string, err error) { p.Gagal(nil, path, err) }

func (p *pembaca) gagalf(path, format string, a ...any) { p.Gagalf(nil, path, format, a...) }

// teksJika reads the text k, required when wajib.
func teksJika(o *naskah.Objek, k string, wajib bool) string {
	if wajib {
		return o.TeksWajib(k)
	}
	return o.Teks(k)
}
