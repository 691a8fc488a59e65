package lkip

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
)

// namaSkala gives the human name of the built-in predikat scales.
var namaSkala = map[string]string{
	"permendagri86": "Permendagri 86/2017",
	"baik":          "Permendagri 86/2017 (sebutan Sangat Kurang sampai Sangat Baik)",
}

// rumusCapaian is the capaian formula of a polarity and negative formula,
// as printed under Tabel 3.1.
func rumusCapaian(p kinerja.Polaritas, r kinerja.RumusNegatif, bawaan kinerja.RumusNegatif) string {
	if p != kinerja.Negatif {
		return "realisasi ÷ target × 100"
	}
	if r == kinerja.RumusBawaan {
		r = bawaan
	}
	switch r {
	case kinerja.TBagiR:
		return "target ÷ realisasi × 100"
	case kinerja.NilaiAkhir:
		return "(2 × target − realisasi periode terakhir) ÷ target × 100"
	}
	return "(2 × target − realisasi) ÷ target × 100"
}

// catatanTabel31 is the note under Tabel 3.1: the capaian formula actually
// used (per indicator when the polarities or formulas differ), the rounding
// rule and decimals set in the options, the cap if any, and the predikat
// scale by its human name with its bands.
func (l *Laporan) catatanTabel31(indeks []int) string {
	h := l.Kinerja
	o := l.Opsi.Kinerja
	// formula → the IKU using it, in order
	var urut []string
	pakai := map[string][]string{}
	for _, i := range indeks {
		hi := &h.Indikator[i]
		r := rumusCapaian(hi.Polaritas, hi.Rumus, o.RumusNegatif)
		if r != rumusCapaian(kinerja.Positif, 0, 0) {
			r += " (polaritas negatif)"
		} else {
			r += " (polaritas positif)"
		}
		if _, ok := pakai[r]; !ok {
			urut = append(urut, r)
		}
		nama := "IKU " + hi.Nomor
		if hi.Nomor == "" {
			nama = hi.ID
		}
		pakai[r] = append(pakai[r], nama)
	}
	var b strings.Builder
	switch len(urut) {
	case 0:
	case 1:
		b.WriteString("Capaian = " + urut[0] + " untuk semua indikator")
	default:
		b.WriteString("Capaian = ")
		for k, r := range urut {
			if k > 0 {
				b.WriteString("; ")
			}
			b.WriteString(r + " untuk " + strings.Join(pakai[r], ", "))
		}
	}
	bulat := o.Bulat.Berlaku()
	des, aturan := bulat.Desimal, bulat.Aturan
	if b.Len() > 0 {
		b.WriteString(", ")
	} else {
		b.WriteString("Capaian ")
	}
	if aturan == anggaran.BulatPotong {
		fmt.Fprintf(&b, "dipotong (tidak dibulatkan) ke %d desimal", des)
	} else {
		fmt.Fprintf(&b, "dibulatkan setengah ke atas ke %d desimal", des)
	}
	if bt := o.Batas; bt != nil && (bt.Bawah != nil || bt.Atas != nil) {
		var s []string
		if bt.Bawah != nil {
			s = append(s, "paling rendah "+anggaran.FormatAngka(*bt.Bawah, -1)+"%")
		}
		if bt.Atas != nil {
			s = append(s, "paling tinggi "+anggaran.FormatAngka(*bt.Atas, -1)+"%")
		}
		b.WriteString(", dibatasi " + strings.Join(s, " dan "))
	}
	sk := o.Skala
	if len(sk.Pita) == 0 {
		sk = kinerja.SkalaPermendagri86()
	}
	nama, ok := namaSkala[sk.Nama]
	if !ok {
		nama = sk.Nama
	}
	b.WriteString("; predikat menurut skala " + nama)
	var pita []string
	for k := len(sk.Pita) - 1; k >= 0; k-- {
		p := sk.Pita[k]
		switch {
		case p.Bawah != nil && p.Atas != nil:
			pita = append(pita, fmt.Sprintf("%s sampai kurang dari %s %s", anggaran.FormatAngka(*p.Bawah, -1), anggaran.FormatAngka(*p.Atas, -1), p.Predikat))
		case p.Bawah != nil:
			pita = append(pita, fmt.Sprintf("%s ke atas %s", anggaran.FormatAngka(*p.Bawah, -1), p.Predikat))
		case p.Atas != nil:
			pita = append(pita, fmt.Sprintf("kurang dari %s %s", anggaran.FormatAngka(*p.Atas, -1), p.Predikat))
		default:
			pita = append(pita, p.Predikat)
		}
	}
	if len(pita) > 0 {
		b.WriteString(" (" + strings.Join(pita, "; ") + ")")
	}
	b.WriteString(".")
	return b.String()
}
