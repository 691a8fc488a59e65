package kinerja

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/shopspring/decimal"
)

// Terjumlah reports whether the indicator's figures can be added across
// quarters and years: an indicator of jenis jumlah whose unit
// [SatuanTerjumlah] accepts, or that gives none (its jenis says it counts).
func (ind *Indikator) Terjumlah() bool {
	if ind == nil || ind.Jenis != Jumlah {
		return false
	}
	return strings.TrimSpace(ind.Satuan) == "" || SatuanTerjumlah(ind.Satuan)
}

// SatuanTerjumlah reports whether figures in unit s can be added across
// quarters and years: a count can (Dok, Laporan, Unit, Orang, Paket, and
// "Klien /Orang" or "siswa/i", where "/" means "or"), while a percentage,
// an index, a score, a ratio, a level or a rate cannot: "per 1.000
// penduduk", or a "/" followed by a period or a population ("Orang /
// Bulan", "kasus/1.000 kelahiran hidup"). An empty unit cannot: what it
// counts is unknown. kinerja/renja's form uses the same rule.
func SatuanTerjumlah(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return false
	}
	for _, w := range []string{"%", "persen", "indeks", "index", "nilai", "rasio", "skor", "predikat", "tingkat", "opini", " per ", "rata"} {
		if strings.Contains(" "+s+" ", w) {
			return false
		}
	}
	_, sesudah, garis := strings.Cut(s, "/")
	for garis {
		var bagian string
		bagian, sesudah, garis = strings.Cut(sesudah, "/")
		if kataLaju(strings.TrimSpace(bagian)) {
			return false
		}
	}
	return true
}

// kataLaju reports whether the text after a "/" of a unit makes it a rate:
// it starts with a period, a population or a number of them.
func kataLaju(s string) bool {
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		return true // "/1.000 penduduk", "/100.000 kelahiran hidup"
	}
	kata, _, _ := strings.Cut(s, " ")
	switch kata {
	case "hari", "minggu", "bulan", "triwulan", "semester", "tahun", "thn", "bln", "jam",
		"kapita", "penduduk", "kk", "rumah", "km", "km2", "ha", "hektar", "kelahiran":
		return true
	}
	return false
}

// Triwulan is an indicator's realisasi of one year by quarter.
type Triwulan struct {
	// Kumulatif is the realisasi from the start of the year to the end of
	// each quarter: for a unit that can be summed the sum of the quarters
	// so far, otherwise the quarter's own value; nil for a quarter not
	// reported (and, for a sum, every quarter after a gap).
	Kumulatif [4]*decimal.Decimal
	// Dilaporkan is the last quarter reported (1–4), 0 when none.
	Dilaporkan int
	// Tahun is the year's realisasi the quarters give: the sum of the
	// quarters reported, or for a unit that cannot be summed the last
	// one; nil when no quarter is reported.
	Tahun *decimal.Decimal
	// Jumlah is the plain sum of the quarters reported, whatever the unit
	// (what a form that adds every column prints).
	Jumlah *decimal.Decimal
}

// Triwulan returns the year's quarterly realisasi under the unit rule of
// ind ([Indikator.Terjumlah]).
func (dt *DataTahun) Triwulan(ind *Indikator) Triwulan {
	var t Triwulan
	if dt == nil || ind == nil {
		return t
	}
	terjumlah := ind.Terjumlah()
	sum, putus := decimal.Zero, false
	for q, a := range dt.RealisasiTriwulan {
		if q >= 4 {
			break
		}
		if a == nil {
			putus = true
			continue
		}
		sum = sum.Add(a.Nilai)
		s, v := sum, a.Nilai
		t.Jumlah = &s
		t.Dilaporkan = q + 1
		switch {
		case !terjumlah:
			t.Kumulatif[q] = &v
			t.Tahun = &v
		case !putus:
			t.Kumulatif[q] = &s
			t.Tahun = &s
		default:
			t.Tahun = &s
		}
	}
	return t
}

// sepersen is the tolerance of the quarterly comparisons: figures
// transcribed from a spreadsheet carry binary fractions
// (1,9999999999999996 for 2).
var sepersen = decimal.New(1, -2)

func hampirSama(a, b decimal.Decimal) bool { return a.Sub(b).Abs().LessThan(sepersen) }

// triwulan checks the quarterly realisasi of every indicator: the year's
// realisasi against its quarters under the unit rule, quarters of a unit
// that cannot be summed added up anyway, and a single quarter above the
// year's target.
func (p *pemeriksa) triwulan() {
	for i := range p.d.Indikator {
		ind := &p.d.Indikator[i]
		for j := range ind.Tahun {
			dt := &ind.Tahun[j]
			if len(dt.RealisasiTriwulan) == 0 {
				continue
			}
			path := jalurTahun(i, j, ".realisasi_triwulan")
			lok := Lokasi{Bagian: "Bab III A", Tabel: dt.Sumber, Baris: namaBaris(ind), Kolom: kolomTahun("realisasi triwulan", dt.Tahun), Path: path}
			adaNegatif := false
			var rinci []string
			for q, a := range dt.RealisasiTriwulan {
				if a == nil || q >= 4 {
					continue
				}
				rinci = append(rinci, "TW "+anggaran.NamaTriwulan[q]+" "+fmtTercetak(a, ind.Satuan))
				if negatif(a) {
					adaNegatif = true
					l := lok
					l.Path = fmt.Sprintf("%s[%d]", path, q)
					p.negatif(a, ind.Satuan, l, fmt.Sprintf("Realisasi triwulan %s tahun %d", anggaran.NamaTriwulan[q], dt.Tahun), "Triwulan ini tidak diperiksa.")
				}
			}
			t := dt.Triwulan(ind)
			if adaNegatif || t.Tahun == nil {
				continue
			}
			if r := dt.Realisasi; r != nil && !hampirSama(r.Nilai, *t.Tahun) {
				switch {
				case !ind.Terjumlah() && t.Dilaporkan > 1 && hampirSama(r.Nilai, *t.Jumlah):
					p.tambah("kinerja/triwulan-satuan", lok, fmtTercetak(r, ind.Satuan), fmtAngka(*t.Tahun, -1, ind.Satuan),
						fmt.Sprintf("Realisasi tahun %d (%s) adalah jumlah realisasi per triwulan (%s), padahal satuan %q tidak dapat dijumlahkan antartriwulan: realisasi setahun adalah nilai pada akhir triwulan terakhir yang dilaporkan (TW %s: %s). Isi realisasi triwulan sebagai nilai pada akhir tiap triwulan, atau ubah satuannya bila yang diukur memang jumlah.",
							dt.Tahun, fmtTercetak(r, ind.Satuan), strings.Join(rinci, ", "), ind.Satuan, anggaran.NamaTriwulan[t.Dilaporkan-1], fmtAngka(*t.Tahun, -1, ind.Satuan)))
				case ind.Terjumlah():
					p.tambah("kinerja/triwulan-jumlah", lok, fmtTercetak(r, ind.Satuan), fmtAngka(*t.Tahun, -1, ind.Satuan),
						fmt.Sprintf("Realisasi tahun %d (%s) tidak sama dengan jumlah realisasi per triwulan (%s = %s).",
							dt.Tahun, fmtTercetak(r, ind.Satuan), strings.Join(rinci, " + "), fmtAngka(*t.Tahun, -1, ind.Satuan)))
				default:
					p.tambah("kinerja/triwulan-jumlah", lok, fmtTercetak(r, ind.Satuan), fmtAngka(*t.Tahun, -1, ind.Satuan),
						fmt.Sprintf("Realisasi tahun %d (%s) tidak sama dengan nilai pada akhir triwulan terakhir yang dilaporkan (TW %s: %s); satuan %q tidak dijumlahkan antartriwulan.",
							dt.Tahun, fmtTercetak(r, ind.Satuan), anggaran.NamaTriwulan[t.Dilaporkan-1], fmtAngka(*t.Tahun, -1, ind.Satuan), ind.Satuan))
				}
			}
			if tg := dt.Target; tg != nil && tg.Nilai.IsPositive() && ind.Terjumlah() && ind.Polaritas == Positif {
				for q, a := range dt.RealisasiTriwulan {
					if a != nil && q < 4 && a.Nilai.Sub(tg.Nilai).GreaterThanOrEqual(sepersen) {
						l := lok
						l.Path = fmt.Sprintf("%s[%d]", path, q)
						p.tambah("kinerja/triwulan-melebihi-target", l, fmtTercetak(a, ind.Satuan), fmtTercetak(tg, ind.Satuan),
							fmt.Sprintf("Realisasi triwulan %s saja (%s) melebihi target setahun %d (%s): periksa apakah angka triwulan ini kumulatif atau salah ketik.",
								anggaran.NamaTriwulan[q], fmtTercetak(a, ind.Satuan), dt.Tahun, fmtTercetak(tg, ind.Satuan)))
						break
					}
				}
			}
		}
	}
}

// triwulan reads realisasi_triwulan of a year: at most four figures,
// null for a quarter not reported.
func (p *pembaca) triwulan(o *naskah.Objek, dt *DataTahun, j anggaran.Jenis) {
	o.Daftar("realisasi_triwulan", func(v *naskah.Nilai, jl string) {
		if len(dt.RealisasiTriwulan) == 4 {
			if !p.Salah() {
				p.gagalf(jl, "paling banyak 4 triwulan (I–IV) dalam setahun")
			}
			return
		}
		dt.RealisasiTriwulan = append(dt.RealisasiTriwulan, p.angka(v, jl, j))
	})
}

// tulisTriwulan writes realisasi_triwulan, as triwulan reads it.
func tulisTriwulan(w *naskah.Penulis, dt *DataTahun, j anggaran.Jenis) {
	if len(dt.RealisasiTriwulan) == 0 {
		return
	}
	w.Kunci("realisasi_triwulan")
	w.MulaiDaftar()
	for _, a := range dt.RealisasiTriwulan {
		if a == nil {
			w.Null()
		} else {
			angka(w, a, j)
		}
	}
	w.AkhirDaftar()
}
