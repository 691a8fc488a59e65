package renja

import (
	"errors"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// Opsi are the options of [Hitung]. The zero value is the default.
type Opsi struct {
	// Triwulan are the cumulative serapan targets per triwulan, in
	// percent of the pagu, and the points below them not flagged, the same
	// options as the LKIP's ([anggaran.OpsiTriwulan]); the zero value is
	// the default 15, 40, 60, 90 with no tolerance (DOMAIN §5).
	Triwulan anggaran.OpsiTriwulan
	// SerapanSemuaBaris flags a serapan below target on every row; by
	// default only on programs and the form's top rows, where a Pemda
	// watches it (a sub kegiatan's spending is lumpy by nature).
	SerapanSemuaBaris bool
	// Skala is the predikat scale; the zero value means Permendagri 86/2017.
	Skala kinerja.Skala
}

// errTanpaTujuan is the writers' error for a nil io.Writer.
var errTanpaTujuan = errors.New("renja: tidak ada tujuan tulis (io.Writer nil)")

// siap gives the writers and [Periksa] a form and its computation whatever
// they are handed: a nil form is an empty one, a nil computation is made
// with the default options, and one that [Hitung] did not make of this
// form (another form's, or one built by hand) is made again with its own
// options.
func siap(f *Formulir, h *Hasil) (*Formulir, *Hasil) {
	if f == nil {
		f = &Formulir{}
	}
	switch {
	case h == nil:
		h = Hitung(f, Opsi{})
	case h.formulir != f:
		h = Hitung(f, h.Opsi)
	}
	return f, h
}

// HasilBaris is the computed form of one row.
type HasilBaris struct {
	Renstra, SampaiLalu, Target Pasangan    // 6, 7, 8 (Rp of a parent summed)
	Triwulan                    [4]Pasangan // 9–12, per quarter
	Kumulatif                   [4]Pasangan // realisasi to the end of TW I..IV
	// Progres is the cumulative K realisasi in percent of this year's
	// target per quarter (the form's "%" column), Serapan the cumulative
	// Rp in percent of the pagu.
	Progres, Serapan [4]Nilai
	Kolom            [3]Pasangan // 13, 14, 15
	// CapaianTahun is this year's capaian, 13 K / 8 K × 100.
	CapaianTahun Nilai
	Predikat     string // of column 15 K
	// Terjumlah says whether the unit can be summed across years.
	Terjumlah bool
	// HanyaRenstra marks a row with Renstra figures and nothing for this
	// year (no target, pagu or realisasi).
	HanyaRenstra bool
	// progres10 is the cumulative progress as a fraction, unrounded (10
	// places), the input of the parent's roll-up.
	progres10 [4]*decimal.Decimal
}

// Hasil is the computed form.
type Hasil struct {
	Baris []HasilBaris
	// Jumlah is the total (Rp only): of the rows the form's total row
	// adds when it names them (Formulir.JumlahDari), else of the top rows.
	Jumlah        HasilBaris
	TargetSerapan [4]decimal.Decimal
	Opsi          Opsi
	formulir      *Formulir // the form computed (siap tells another's computation by it)
}

func add(a, b Nilai) Nilai {
	switch {
	case !a.Ada:
		return b
	case !b.Ada:
		return a
	}
	return N(a.Angka.Add(b.Angka))
}

func persen(bagian, total Nilai) Nilai {
	if !bagian.Ada || !total.Ada {
		return Nilai{}
	}
	p, ok := anggaran.Persen(bagian.Angka, total.Angka, 2, anggaran.BulatSetengahNaik)
	if !ok {
		return Nilai{Galat: "#DIV/0!"}
	}
	return N(p)
}

// Hitung computes the form: every row's money rolled up from the sub
// kegiatan, kinerja per quarter and cumulative, columns 13, 14 and 15,
// serapan per quarter, capaian and predikat (see the package doc for the
// rules). It never changes f.
func Hitung(f *Formulir, o Opsi) *Hasil {
	if f == nil {
		f = &Formulir{}
	}
	if len(o.Skala.Pita) == 0 {
		o.Skala = kinerja.SkalaPermendagri86()
	}
	h := &Hasil{Baris: make([]HasilBaris, len(f.Baris)), TargetSerapan: o.Triwulan.TargetPada(), Opsi: o, formulir: f}
	// Children come after their parents: compute from the bottom up.
	for i := len(f.Baris) - 1; i >= 0; i-- {
		hitungBaris(f, h, i)
	}
	// The total: of the rows the form's total row adds, when it names
	// them; otherwise of the top rows.
	inJumlah := make([]bool, len(f.Baris))
	for _, i := range f.JumlahDari {
		if i >= 0 && i < len(inJumlah) {
			inJumlah[i] = true
		}
	}
	for i := range f.Baris {
		b, r := &f.Baris[i], &h.Baris[i]
		if b.Lanjutan {
			continue
		}
		if (len(f.JumlahDari) == 0 && b.Induk < 0) || inJumlah[i] {
			j := &h.Jumlah
			j.Renstra.Rp = add(j.Renstra.Rp, r.Renstra.Rp)
			j.SampaiLalu.Rp = add(j.SampaiLalu.Rp, r.SampaiLalu.Rp)
			j.Target.Rp = add(j.Target.Rp, r.Target.Rp)
			for q := 0; q < 4; q++ {
				j.Triwulan[q].Rp = add(j.Triwulan[q].Rp, r.Triwulan[q].Rp)
			}
		}
	}
	selesai(&h.Jumlah, h, true)
	return h
}

func hitungBaris(f *Formulir, h *Hasil, i int) {
	b, r := &f.Baris[i], &h.Baris[i]
	r.Terjumlah = kinerja.SatuanTerjumlah(b.Satuan)
	r.Renstra, r.SampaiLalu, r.Target = b.Renstra, b.SampaiLalu, b.Target
	for q := 0; q < 4; q++ {
		r.Triwulan[q] = Pasangan{K: b.Triwulan[q].K, Rp: b.Triwulan[q].Rp}
	}
	if b.Lanjutan {
		r.Renstra.Rp, r.SampaiLalu.Rp, r.Target.Rp = Nilai{}, Nilai{}, Nilai{}
		for q := range r.Triwulan {
			r.Triwulan[q].Rp = Nilai{}
		}
	}
	if len(b.Anak) > 0 {
		// Money: the sum of the children.
		var s [7]Nilai
		for _, c := range b.Anak {
			rc := &h.Baris[c]
			s[0] = add(s[0], rc.Renstra.Rp)
			s[1] = add(s[1], rc.SampaiLalu.Rp)
			s[2] = add(s[2], rc.Target.Rp)
			for q := 0; q < 4; q++ {
				s[3+q] = add(s[3+q], rc.Triwulan[q].Rp)
			}
		}
		if s[0].Ada {
			r.Renstra.Rp = s[0]
		}
		if s[1].Ada {
			r.SampaiLalu.Rp = s[1]
		}
		if s[2].Ada {
			r.Target.Rp = s[2]
		}
		for q := 0; q < 4; q++ {
			if s[3+q].Ada {
				r.Triwulan[q].Rp = s[3+q]
			}
		}
		// Kinerja: the mean of the children's progress times the target.
		if t := r.Target.K; t.Ada && !t.Angka.IsZero() {
			var cum [4]*decimal.Decimal
			for q := 0; q < 4; q++ {
				sum, n := decimal.Zero, 0
				for _, c := range b.Anak {
					if p := h.Baris[c].progres10[q]; p != nil {
						sum = sum.Add(*p)
						n++
					}
				}
				if n > 0 {
					m := sum.DivRound(decimal.NewFromInt(int64(n)), 10)
					cum[q] = &m
				}
			}
			if cum[3] != nil {
				prev := decimal.Zero
				for q := 0; q < 4; q++ {
					if cum[q] == nil {
						r.Triwulan[q].K = Nilai{}
						continue
					}
					k := cum[q].Mul(t.Angka).Round(4)
					r.Triwulan[q].K = N(k.Sub(prev))
					prev = k
				}
			}
		}
	}
	r.HanyaRenstra = !r.Target.K.Ada && !r.Target.Rp.Ada
	for q := 0; q < 4; q++ {
		r.HanyaRenstra = r.HanyaRenstra && !r.Triwulan[q].K.Ada && !r.Triwulan[q].Rp.Ada
	}
	selesai(r, h, false)
}

// selesai computes the cumulative figures, columns 13 to 15, serapan,
// progress, capaian and predikat of a row whose inputs are set.
func selesai(r *HasilBaris, h *Hasil, jumlah bool) {
	var cum Pasangan
	for q := 0; q < 4; q++ {
		cum.K = add(cum.K, r.Triwulan[q].K)
		cum.Rp = add(cum.Rp, r.Triwulan[q].Rp)
		r.Kumulatif[q] = cum
		r.Serapan[q] = persen(cum.Rp, r.Target.Rp)
		if t := r.Target.K; cum.K.Ada && t.Ada && !t.Angka.IsZero() {
			p := cum.K.Angka.DivRound(t.Angka, 10)
			r.progres10[q] = &p
			r.Progres[q] = persen(cum.K, t)
		}
	}
	if r.HanyaRenstra {
		return
	}
	r.Kolom[0] = cum
	r.Kolom[1].Rp = add(r.SampaiLalu.Rp, cum.Rp)
	if r.Terjumlah {
		r.Kolom[1].K = add(r.SampaiLalu.K, cum.K)
	} else {
		r.Kolom[1].K = cum.K
	}
	r.Kolom[2].K = persen(r.Kolom[1].K, r.Renstra.K)
	r.Kolom[2].Rp = persen(r.Kolom[1].Rp, r.Renstra.Rp)
	if jumlah {
		r.Kolom[0].K, r.Kolom[1].K, r.Kolom[2].K = Nilai{}, Nilai{}, Nilai{}
		return
	}
	r.CapaianTahun = persen(cum.K, r.Target.K)
	if r.Kolom[2].K.Ada {
		r.Predikat, _ = h.Opsi.Skala.Predikat(r.Kolom[2].K.Angka)
	}
}
