package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/kinerja/renja"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// Tulis reads the form from its XLSX and returns the data file's bytes.
func Tulis(xlsx []byte) ([]byte, error) {
	f, err := renja.BacaXLSX(xlsx)
	if err != nil {
		return nil, err
	}
	d, err := Susun(f)
	if err != nil {
		return nil, err
	}
	data, err := d.Encode()
	if err != nil {
		return nil, err
	}
	// The file must read back as it was written.
	if _, err := lkip.Parse(data, Berkas); err != nil {
		return nil, fmt.Errorf("transkripsi tidak dapat dibaca kembali: %w", err)
	}
	return data, nil
}

// Susun transcribes a Renja evaluation form into an LKIP data file:
//
//   - identitas: the form's pemda, perangkat daerah and year;
//   - anggaran.rincian: a row per program, kegiatan and sub kegiatan of
//     the form, in its order, WITHOUT codes (the form has none) but with
//     their tingkat; pagu is column 8 Rp, realisasi column 13 Rp as
//     printed, pagu_renstra column 6 Rp, and for a sub kegiatan triwulan
//     the Rp of columns 9–12 (each within its quarter; blank as for K
//     below). The urusan and
//     bidang rows are not rows of an LKIP's realisation table; the
//     form's total row is anggaran.jumlah. Rows with only Renstra
//     figures (no 2025 target, pagu or realisasi: sheet rows 108–112)
//     are not in the 2025 budget and are left out, with their indicators.
//   - kinerja: a sasaran per text of column 2 (a row's sasaran is the
//     last one printed at or above it); an indicator per row with an
//     indicator in column 4 (a further indicator of a row included), ID
//     "B" + its sheet row, the form's No as its number, the program's
//     indicators as IKU; target_akhir column 6 K, 2025's target column 8
//     K, realisasi column 13 K as printed, capaian the cumulative % the
//     form prints at TW IV (to 2 decimals), realisasi_triwulan columns
//     9–12 K (a blank quarter is 0 where the row prints column 13, the
//     form's sum of the quarters, which counts it as 0); jenis persentase for unit "%", indeks for "Nilai"/"Indeks",
//     otherwise jumlah; anggaran links it to its row's uraian.
//
// K figures are rounded to 4 decimals: the spreadsheet stores binary
// fractions (0,79999999999999982 for 0,8) that it displays rounded.
func Susun(f *renja.Formulir) (*lkip.Dokumen, error) {
	if f == nil {
		return nil, fmt.Errorf("tidak ada formulir")
	}
	d := &lkip.Dokumen{
		Versi:     lkip.VersiSkema,
		Identitas: lkip.Identitas{Pemda: f.Pemda, Dinas: f.PerangkatDaerah, Tahun: f.Tahun},
	}
	a := &anggaran.Anggaran{Tahun: f.Tahun, Tabel: renja.Tabel}
	k := &kinerja.Dokumen{Tahun: f.Tahun, PerjanjianKinerja: kinerja.PerjanjianKinerja{Tahun: f.Tahun}}
	h := renja.Hitung(f, renja.Opsi{})
	sasaran := map[string]string{}
	kiniSasaran := ""
	for i := range f.Baris {
		b := &f.Baris[i]
		if s := strings.TrimSpace(b.Sasaran); s != "" {
			id, ok := sasaran[s]
			if !ok {
				id = "SS" + strconv.Itoa(len(sasaran)+1)
				sasaran[s] = id
				k.Sasaran = append(k.Sasaran, kinerja.Sasaran{ID: id, Nomor: strconv.Itoa(len(sasaran)), Uraian: s})
			}
			kiniSasaran = id
		}
		if h.Baris[i].HanyaRenstra {
			continue
		}
		j, ok := jenjang(b.Tingkat)
		if !ok {
			continue
		}
		induk := b
		if b.Lanjutan && b.Induk >= 0 {
			induk = &f.Baris[b.Induk]
		}
		if !b.Lanjutan {
			r := anggaran.Rincian{Tingkat: j, Uraian: strings.TrimSpace(b.Nama)}
			r.Pagu = rp(b.Target.Rp)
			r.Realisasi = rp(b.Tercetak[0].Rp)
			r.PaguRenstra = rp(b.Renstra.Rp)
			if !adaAnak(f, h, i) {
				r.Triwulan = make([]anggaran.NullRupiah, 4)
				for q := range 4 {
					r.Triwulan[q] = rp(nolBila(b.Triwulan[q].Rp, b.Tercetak[0].Rp))
				}
			}
			a.Rincian = append(a.Rincian, r)
		}
		if strings.TrimSpace(b.Indikator) == "" {
			continue
		}
		ind := kinerja.Indikator{
			ID: "B" + strconv.Itoa(b.Lembar), Nomor: b.No, Nama: strings.TrimSpace(b.Indikator), Sasaran: kiniSasaran,
			IKU: b.Tingkat == renja.Program, Satuan: strings.TrimSpace(b.Satuan), Jenis: jenis(b.Satuan),
			TargetAkhir: k4(b.Renstra.K), Anggaran: strings.TrimSpace(induk.Nama),
		}
		if ind.Nomor == "" {
			ind.Nomor = induk.No
		}
		dt := kinerja.DataTahun{Tahun: f.Tahun, Sumber: renja.Tabel, Target: k4(b.Target.K), Realisasi: k4(b.Tercetak[0].K),
			Capaian: persen2(b.Triwulan[3].Persen)}
		for q := range 4 {
			dt.RealisasiTriwulan = append(dt.RealisasiTriwulan, k4(nolBila(b.Triwulan[q].K, b.Tercetak[0].K)))
		}
		ind.Tahun = []kinerja.DataTahun{dt}
		k.Indikator = append(k.Indikator, ind)
	}
	if j := f.Jumlah; j != nil {
		a.Jumlah = &anggaran.Rincian{Uraian: "JUMLAH", Pagu: rp(j.Target.Rp), Realisasi: rp(j.Tercetak[0].Rp)}
	}
	d.Anggaran, d.Kinerja = a, k
	return d, nil
}

// adaAnak reports whether row i has a child that is transcribed (a row
// with this year's figures, not a further indicator).
func adaAnak(f *renja.Formulir, h *renja.Hasil, i int) bool {
	for _, c := range f.Baris[i].Anak {
		if !f.Baris[c].Lanjutan && !h.Baris[c].HanyaRenstra {
			return true
		}
	}
	return false
}

func jenjang(t renja.Tingkat) (anggaran.Jenjang, bool) {
	switch t {
	case renja.Program:
		return anggaran.JenjangProgram, true
	case renja.Kegiatan:
		return anggaran.JenjangKegiatan, true
	case renja.SubKegiatan:
		return anggaran.JenjangSubKegiatan, true
	}
	return 0, false
}

func jenis(satuan string) kinerja.Jenis {
	switch s := strings.ToLower(strings.TrimSpace(satuan)); {
	case s == "%":
		return kinerja.Persentase
	case s == "nilai" || strings.HasPrefix(s, "indeks"):
		return kinerja.Indeks
	}
	return kinerja.Jumlah
}

// nolBila is a quarter's cell, 0 when it is blank while the row's column
// 13 (=SUM of the four quarters) is printed: the form itself counts the
// blank cell as 0.
func nolBila(n, kolom13 renja.Nilai) renja.Nilai {
	if !n.Ada && n.Galat == "" && kolom13.Ada {
		return renja.N(decimal.Zero)
	}
	return n
}

// persen2 is the form's cumulative % of TW IV (the year's capaian as the
// form prints it), rounded to 2 decimals as the sheet displays it; nil
// when blank.
func persen2(n renja.Nilai) *kinerja.Angka {
	if !n.Ada {
		return nil
	}
	return &kinerja.Angka{Nilai: decimal.RequireFromString(anggaran.FormatAngkaBerkas(n.Angka.Round(2)))}
}

// rp is an amount of the form; a blank cell or an error value is absent.
func rp(n renja.Nilai) anggaran.NullRupiah {
	if !n.Ada {
		return anggaran.NullRupiah{}
	}
	return anggaran.AdaRupiah(anggaran.RupiahDesimal(n.Angka))
}

// k4 is a kinerja figure of the form rounded to 4 decimals, written
// without trailing zeros; nil for a blank cell or an error value.
func k4(n renja.Nilai) *kinerja.Angka {
	if !n.Ada {
		return nil
	}
	v := decimal.RequireFromString(anggaran.FormatAngkaBerkas(n.Angka.Round(4)))
	return &kinerja.Angka{Nilai: v}
}
