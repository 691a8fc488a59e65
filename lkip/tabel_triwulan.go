package lkip

import (
	"fmt"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// adaTriwulan reports whether the document gives realisasi per triwulan:
// budget rows (anggaran.rincian[].triwulan) or IKU
// (kinerja.indikator[].tahun[].realisasi_triwulan of the reporting year).
func (l *Laporan) adaTriwulan() bool {
	if l.Pohon != nil && l.Pohon.Triwulan().Ada {
		return true
	}
	return len(l.ikuTriwulan()) > 0
}

// ikuTriwulan returns the positions of the IKU with quarterly realisasi in
// the reporting year.
func (l *Laporan) ikuTriwulan() []int {
	k := l.Dokumen.Kinerja
	if k == nil || l.Kinerja == nil {
		return nil
	}
	var out []int
	for i := range k.Indikator {
		ind := &k.Indikator[i]
		if dt := ind.DataPada(l.tahunLaporan()); ind.IKU && dt != nil && len(dt.RealisasiTriwulan) > 0 {
			out = append(out, i)
		}
	}
	return out
}

// tabelTriwulan lays out the quarterly monitoring: the realisasi keuangan
// of each program and kegiatan per triwulan with the cumulative serapan
// against the targets of Opsi.Anggaran.Triwulan (a serapan below its
// target marked *), and the IKU's realisasi to the end of each quarter
// under the unit rule (a count summed, a percentage, index or rate the
// quarter's own value).
func (s *penyusun) tabelTriwulan() []elemen {
	l := s.l
	t := l.Pohon.Triwulan() // made once: it walks every row (nil Pohon: no quarters)
	if !t.Ada && len(l.ikuTriwulan()) == 0 {
		return tanpaData("Tabel monitoring triwulan")
	}
	var out []elemen
	if p := l.Pohon; t.Ada {
		tb := &tabel{Judul: fmt.Sprintf("Monitoring Realisasi Anggaran per Triwulan TA. %s", l.tahunCetak()), Lebar: "lebar"}
		kolomKode := p.KolomKode() // as Tabel 3.2
		if kolomKode {
			tb.Kepala = []sel{{Teks: "Kode"}}
		}
		tb.Kepala = append(tb.Kepala, sel{Teks: "Uraian Program dan Kegiatan"}, sel{Teks: "Pagu (Rp)", Angka: true})
		for q := range 4 {
			tb.Kepala = append(tb.Kepala, sel{Teks: "TW " + anggaran.NamaTriwulan[q] + " (Rp)", Angka: true},
				sel{Teks: "Serapan s.d. TW " + anggaran.NamaTriwulan[q] + " (%)", Angka: true})
		}
		baris := func(i int, uraian string, tebal bool) []sel {
			b := p.Baris(i)
			bt := &t.Baris[i]
			var out []sel
			if kolomKode {
				kode := ""
				if i > 0 {
					kode = b.Kode.Singkat()
				}
				out = append(out, sel{Teks: kode, Tebal: tebal})
			}
			out = append(out, sel{Teks: uraian, Tebal: tebal}, sel{Teks: angkaRp(b.Pagu), Angka: true, Tebal: tebal})
			for q := range 4 {
				out = append(out, sel{Teks: angkaRp(bt.Realisasi[q]), Angka: true, Tebal: tebal},
					sel{Teks: serapanCetak(bt.Serapan[q], t.Target[q], t.Toleransi), Angka: true, Tebal: tebal})
			}
			return out
		}
		for i := 1; i < p.Len(); i++ {
			b := p.Baris(i)
			if b.Jenjang != anggaran.JenjangProgram && b.Jenjang != anggaran.JenjangKegiatan {
				continue
			}
			tb.Badan = append(tb.Badan, baris(i, b.Uraian, b.Jenjang == anggaran.JenjangProgram))
		}
		span := 2
		if kolomKode {
			span = 3
		}
		target := []sel{{Teks: "Target serapan kumulatif", Span: span}}
		for q := range 4 {
			target = append(target, sel{Teks: ""}, sel{Teks: anggaran.FormatAngka(t.Target[q], -1), Angka: true})
		}
		tb.Kaki = [][]sel{baris(0, "JUMLAH", true), target}
		tb.Catatan = "Realisasi per triwulan adalah dana yang terpakai dalam triwulan itu; serapan adalah realisasi kumulatif sejak awal tahun dibagi pagu. Tanda * : serapan di bawah target triwulan."
		out = append(out, elemen{Jenis: elTabel, Tabel: tb})
	}
	if iku := l.ikuTriwulan(); len(iku) > 0 {
		k := l.Dokumen.Kinerja
		tb := &tabel{Judul: fmt.Sprintf("Monitoring Realisasi IKU per Triwulan TA. %s", l.tahunCetak()), Lebar: "lebar"}
		tb.Kepala = []sel{{Teks: "No"}, {Teks: "Indikator"}, {Teks: "Satuan"}, {Teks: "Target", Angka: true}}
		for q := range 4 {
			tb.Kepala = append(tb.Kepala, sel{Teks: "s.d. TW " + anggaran.NamaTriwulan[q], Angka: true})
		}
		tb.Kepala = append(tb.Kepala, sel{Teks: "Realisasi", Angka: true}, sel{Teks: "Capaian (%)", Angka: true})
		for _, i := range iku {
			ind := &k.Indikator[i]
			dt := ind.DataPada(l.tahunLaporan())
			tw := dt.Triwulan(ind)
			row := []sel{{Teks: ind.Nomor}, {Teks: ind.Nama}, {Teks: ind.Satuan}, {Teks: angkaKin(dt.Target, ""), Angka: true}}
			for q := range 4 {
				v := anggaran.Strip
				if c := tw.Kumulatif[q]; c != nil {
					v = anggaran.FormatAngka(*c, -1)
				}
				row = append(row, sel{Teks: v, Angka: true})
			}
			capaian := anggaran.Strip
			if i < len(l.Kinerja.Indikator) {
				if sk := l.Kinerja.Indikator[i].Pada(l.tahunLaporan()); sk != nil && sk.Capaian.Nilai != nil {
					capaian = anggaran.FormatAngka(*sk.Capaian.Nilai, 2)
				}
			}
			row = append(row, sel{Teks: angkaKin(dt.Realisasi, ""), Angka: true}, sel{Teks: capaian, Angka: true})
			tb.Badan = append(tb.Badan, row)
		}
		tb.Catatan = "Satuan yang dapat dijumlahkan (dokumen, laporan, orang …) dijumlahkan sampai akhir triwulan; persentase, indeks, rasio dan satuan per waktu (Orang / Bulan) memakai nilai pada akhir triwulan itu."
		out = append(out, elemen{Jenis: elTabel, Tabel: tb})
	}
	return out
}

// serapanCetak prints a quarter's serapan, marked * when it is below its
// target by more than the tolerance.
func serapanCetak(s decimal.NullDecimal, target, toleransi decimal.Decimal) string {
	if !s.Valid {
		return anggaran.Strip
	}
	v := anggaran.FormatAngka(s.Decimal, 2)
	if s.Decimal.Add(toleransi).LessThan(target) {
		v += "*"
	}
	return v
}

// kerangkaTriwulan is the default outline of Bab III with the quarterly
// monitoring table after the realisation chart (a document with
// quarterly data and no narrative prints it).
func kerangkaTriwulan() []Bagian {
	out := make([]Bagian, len(kerangkaBab3))
	copy(out, kerangkaBab3)
	b := &out[len(out)-1]
	b.Teks = append(append(Teks{}, b.Teks...), "{{tabel_triwulan}}")
	return out
}

// triwulanJSON is the quarterly monitoring in the JSON report: the
// cumulative serapan targets, and per program, kegiatan and sub kegiatan
// (and the total, first) the realisasi within each quarter, cumulative,
// and the serapan; figures as plain decimal strings, null where a quarter
// is not reported.
type triwulanJSON struct {
	Target []string            `json:"target_serapan"`
	Baris  []barisTriwulanJSON `json:"baris"`
}

type barisTriwulanJSON struct {
	Kode       string    `json:"kode,omitempty"`
	Jenjang    string    `json:"jenjang"`
	Uraian     string    `json:"uraian"`
	Realisasi  []*string `json:"realisasi"`
	Kumulatif  []*string `json:"kumulatif"`
	Serapan    []*string `json:"serapan"`
	Dilaporkan int       `json:"dilaporkan"`
}

func (l *Laporan) triwulanJSON() *triwulanJSON {
	if l.Pohon == nil {
		return nil
	}
	t := l.Pohon.Triwulan()
	if !t.Ada {
		return nil
	}
	out := &triwulanJSON{}
	for _, x := range t.Target {
		out.Target = append(out.Target, anggaran.FormatAngkaBerkas(x))
	}
	for i := 0; i < l.Pohon.Len(); i++ {
		b := l.Pohon.Baris(i)
		if i > 0 && b.Jenjang < anggaran.JenjangProgram {
			continue
		}
		bt := &t.Baris[i]
		r := barisTriwulanJSON{Kode: b.Kode.String(), Jenjang: b.Jenjang.String(), Uraian: b.Uraian, Dilaporkan: bt.Dilaporkan}
		if i == 0 {
			r.Jenjang, r.Uraian = "jumlah", "JUMLAH"
		}
		for q := range 4 {
			r.Realisasi = append(r.Realisasi, nullStr(bt.Realisasi[q]))
			r.Kumulatif = append(r.Kumulatif, nullStr(bt.Kumulatif[q]))
			r.Serapan = append(r.Serapan, nullStr(bt.Serapan[q]))
		}
		out.Baris = append(out.Baris, r)
	}
	return out
}
