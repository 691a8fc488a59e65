package anggaran

import (
	"slices"

	"github.com/shopspring/decimal"
)

// JumlahRekening is one computed account of a belanja table.
type JumlahRekening struct {
	Kode KodeRekening
	// Uraian is the name as printed, or the standard name for an account
	// implied by its sub-accounts but not printed.
	Uraian string
	// Daun is true for an account without sub-accounts in the table: its
	// amounts are the printed ones.
	Daun bool
	// Indeks is the row in the input, -1 for an implied account.
	Indeks                     int
	PaguMurni, Pagu, Realisasi decimal.NullDecimal
	Perubahan                  decimal.NullDecimal // Pagu − PaguMurni
}

// PohonRekening is a computed belanja account table: every printed account
// and every ancestor of one, sorted by code, each parent holding the sums
// of the leaf accounts below it.
type PohonRekening struct {
	Rekening []JumlahRekening
}

// ComputeBelanja computes the belanja account table: an account without
// sub-accounts in the table is a leaf and its amounts are data; every other
// account is the sum of its leaves (an amount is present only when every
// leaf has it). Duplicate rows of a leaf are summed.
func ComputeBelanja(rows []Rekening) *PohonRekening {
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return rows[a].Kode.Compare(rows[b].Kode) })
	// The set of codes: printed ones and their ancestors.
	var codes []KodeRekening
	for _, r := range rows {
		for k := r.Kode; !k.IsZero(); k = k.Induk() {
			codes = append(codes, k)
		}
	}
	slices.SortFunc(codes, KodeRekening.Compare)
	codes = slices.Compact(codes)
	out := &PohonRekening{Rekening: make([]JumlahRekening, len(codes))}
	for i, k := range codes {
		jr := JumlahRekening{Kode: k, Indeks: -1}
		for _, r := range idx {
			if rows[r].Kode == k {
				jr.Indeks, jr.Uraian = r, rows[r].Uraian
				break
			}
		}
		if jr.Indeks < 0 {
			jr.Uraian, _ = k.NamaBaku()
		}
		jr.Daun = i+1 >= len(codes) || !k.Contains(codes[i+1])
		var sums [3]decimal.Decimal
		var have [3]int
		leaves := 0
		for _, r := range idx {
			rk := rows[r].Kode
			if !k.Contains(rk) || !daunRekening(rk, codes) {
				continue
			}
			leaves++
			for f, v := range []decimal.NullDecimal{rows[r].PaguMurni, rows[r].Pagu, rows[r].Realisasi} {
				if v.Valid {
					sums[f] = sums[f].Add(v.Decimal)
					have[f]++
				}
			}
		}
		set := func(f int) decimal.NullDecimal {
			if leaves == 0 || have[f] != leaves {
				return decimal.NullDecimal{}
			}
			return ada(sums[f])
		}
		jr.PaguMurni, jr.Pagu, jr.Realisasi = set(0), set(1), set(2)
		if jr.PaguMurni.Valid && jr.Pagu.Valid {
			jr.Perubahan = ada(jr.Pagu.Decimal.Sub(jr.PaguMurni.Decimal))
		}
		out.Rekening[i] = jr
	}
	return out
}

// daunRekening reports whether k has no sub-account among codes (sorted).
func daunRekening(k KodeRekening, codes []KodeRekening) bool {
	i, _ := slices.BinarySearchFunc(codes, k, KodeRekening.Compare)
	return i+1 >= len(codes) || !k.Contains(codes[i+1])
}

// Find returns the computed account with code k; a nil table has none.
func (p *PohonRekening) Find(k KodeRekening) (JumlahRekening, bool) {
	if p == nil {
		return JumlahRekening{}, false
	}
	i, ok := slices.BinarySearchFunc(p.Rekening, k, func(a JumlahRekening, k KodeRekening) int { return a.Kode.Compare(k) })
	if !ok {
		return JumlahRekening{}, false
	}
	return p.Rekening[i], true
}

// Jumlah returns the total of the table: the single top account (5
// Belanja Daerah) when there is one, else the sum of the top accounts with
// Indeks -1.
func (p *PohonRekening) Jumlah() JumlahRekening {
	if p == nil {
		p = &PohonRekening{} // the total of no account
	}
	var tops []JumlahRekening
	for _, r := range p.Rekening {
		if r.Kode.Tingkat() == 1 {
			tops = append(tops, r)
		}
	}
	if len(tops) == 1 {
		return tops[0]
	}
	tot := JumlahRekening{Indeks: -1, Uraian: "Jumlah"}
	fields := func(r *JumlahRekening) []*decimal.NullDecimal {
		return []*decimal.NullDecimal{&r.PaguMurni, &r.Pagu, &r.Realisasi}
	}
	dst := fields(&tot)
	for f := range dst {
		*dst[f] = decimal.NullDecimal{Valid: len(tops) > 0}
	}
	for i := range tops {
		for f, v := range fields(&tops[i]) {
			if !v.Valid {
				*dst[f] = decimal.NullDecimal{}
			} else if dst[f].Valid {
				dst[f].Decimal = dst[f].Decimal.Add(v.Decimal)
			}
		}
	}
	return tot
}
