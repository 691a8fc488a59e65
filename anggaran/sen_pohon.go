package anggaran

// Nilai are the amounts of one node of a [Pohon] as fixed-point values:
// the figures of [Baris] without its decimals, under the same rules (a
// field is Valid exactly when the same field of Baris is, and has the
// same value). When the tree's amounts are whole sen that fit in int64,
// as budgets are, reading them allocates nothing: the sums were kept in
// sen, Sisa and Perubahan are int64 differences and Persen a 128-bit
// quotient rounded under [Opsi]. Otherwise a field holds its decimal
// ([Rupiah], [Persentase]).
//
// The zero value has no amounts (every field not Valid), as the grand
// total of a tree without rows.
type Nilai struct {
	PaguMurni NullRupiah // sum of pagu sebelum perubahan
	Pagu      NullRupiah // sum of pagu setelah perubahan
	Perubahan NullRupiah // Pagu − PaguMurni
	Realisasi NullRupiah // sum of realisasi keuangan
	Sisa      NullRupiah // Pagu − Realisasi
	// Persen is Realisasi × 100 / Pagu rounded under [Opsi], with the
	// options' decimals; not Valid when Pagu is zero or missing.
	Persen NullPersentase
	// Fisik is the realisasi fisik in % as in [Baris.Fisik].
	Fisik NullPersentase
}

// Nilai returns node i's amounts as fixed-point values (see [Nilai]); i
// is as for [Pohon.Baris]. A nil or zero Pohon is the tree of no rows:
// its only node, the grand total, has no amounts.
func (p *Pohon) Nilai(i int) (v Nilai) {
	// Small enough to be inlined: the value is the caller's own, filled
	// in place, not returned through the stack and copied again.
	p.isiNilai(i, &v)
	return v
}

// isiNilai sets *v, a zero Nilai, to node i's amounts ([Pohon.Nilai]).
func (p *Pohon) isiNilai(i int, v *Nilai) {
	// The common case, a node with pagu and realisasi in a tree summed in
	// sen: int64 arithmetic only.
	if p != nil && p.cepat && uint(i) < uint(len(p.simpul)) {
		s := p.titik(i)
		ada := s.ada()
		if ada&(adaPagu|adaRealisasi) == adaPagu|adaRealisasi {
			pagu, real, murni := s.n[0], s.n[1], s.n[2]
			sisa, ok := kurang64(pagu, real)
			var perubahan int64
			if ok && ada&adaMurni != 0 {
				perubahan, ok = kurang64(pagu, murni)
			}
			var q int64
			bulat := p.opsi.Bulat.Berlaku()
			if ok && pagu != 0 {
				if real >= 0 && pagu > 0 && bulat.Desimal == 2 && real <= maksPersenDua {
					q = persenDua(uint64(real), uint64(pagu), bulat.Aturan == BulatPotong) // persen64, inlined
				} else {
					q, ok = persen64(real, pagu, bulat.Desimal, bulat.Aturan)
				}
			}
			if ok {
				// *v is zero: only the sen and Valid of each field are set.
				v.Pagu.Rupiah.sen, v.Pagu.Valid = pagu, true
				v.Realisasi.Rupiah.sen, v.Realisasi.Valid = real, true
				v.Sisa.Rupiah.sen, v.Sisa.Valid = sisa, true
				if ada&adaMurni != 0 {
					v.PaguMurni.Rupiah.sen, v.PaguMurni.Valid = murni, true
					v.Perubahan.Rupiah.sen, v.Perubahan.Valid = perubahan, true
				}
				if pagu != 0 {
					v.Persen.Persentase.n, v.Persen.Persentase.des, v.Persen.Valid = q, bulat.Desimal, true
				}
				if p.adaFisik {
					v.Fisik = p.fisikTetap(i)
				}
				return
			}
		}
	}
	*v = p.nilaiUmum(i)
}

// nilaiUmum is [Pohon.Nilai] for every node: amounts that are not all
// in sen, a missing pagu or realisasi, a difference that overflows.
func (p *Pohon) nilaiUmum(i int) Nilai {
	var v Nilai
	if p.kosong0(i) {
		return v
	}
	s := p.titik(i)
	var pagu, real, murni Rupiah
	if p.cepat {
		n := &s.n
		pagu, real, murni = Rupiah{sen: n[0]}, Rupiah{sen: n[1]}, Rupiah{sen: n[2]}
	} else {
		dp, dr, dm := p.amounts(i)
		if s.ada()&adaPagu != 0 {
			pagu = RupiahDesimal(dp)
		}
		if s.ada()&adaRealisasi != 0 {
			real = RupiahDesimal(dr)
		}
		if s.ada()&adaMurni != 0 {
			murni = RupiahDesimal(dm)
		}
	}
	adaP, adaR, adaM := s.ada()&adaPagu != 0, s.ada()&adaRealisasi != 0, s.ada()&adaMurni != 0
	if adaP {
		v.Pagu = NullRupiah{pagu, true}
	}
	if adaR {
		v.Realisasi = NullRupiah{real, true}
	}
	if adaM {
		v.PaguMurni = NullRupiah{murni, true}
	}
	if adaP && adaM {
		v.Perubahan = NullRupiah{pagu.Sub(murni), true}
	}
	if adaP && adaR {
		v.Sisa = NullRupiah{pagu.Sub(real), true}
		if q, ok := real.Persen(pagu, p.opsi.desimal(), p.opsi.pembulatan()); ok {
			v.Persen = NullPersentase{q, true}
		}
	}
	v.Fisik = p.fisikTetap(i)
	return v
}

// fisikTetap is [Pohon.fisik] as a Persentase: without allocating for a
// leaf whose fisik fits and for a parent summed in sen.
func (p *Pohon) fisikTetap(i int) NullPersentase {
	if !p.adaFisik {
		return NullPersentase{}
	}
	s := p.titik(i)
	if s.daun() {
		if s.tunggal() {
			if f := p.rincian[s.baris].Fisik; f.Valid {
				return NullPersentase{PersentaseDesimal(f.Decimal), true}
			}
		}
		return NullPersentase{}
	}
	if f, ok := p.fisikCepat(i); ok {
		return f
	}
	if f := p.fisik(i); f.Valid {
		return NullPersentase{PersentaseDesimal(f.Decimal), true}
	}
	return NullPersentase{}
}

// kosong0 reports whether p is nil or zero (the tree of no rows) and i
// its grand total; any other i of such a tree is out of range, and
// panics as a slice index does.
func (p *Pohon) kosong0(i int) bool {
	if p != nil && len(p.simpul) > 0 {
		return false
	}
	if i != 0 {
		panic("anggaran: indeks simpul di luar jangkauan pohon tanpa baris")
	}
	return true
}
