package anggaran

// bukaCepat is the open node of one level in [pembangun.bangunUrut]: the
// node and its code, the sums in sen of the leaves below it, how many
// leaves there are and which amounts every one of them has.
type bukaCepat struct {
	n    [nField]int64
	kv   uint64 // the node's code (Kode.v)
	i    int32  // the node's index
	daun int32  // leaves below
	ada  uint8  // adaPagu|adaRealisasi|adaMurni: the amounts every leaf below has
}

// semuaAda is the ada of a level without leaves yet: the AND of no leaf.
const semuaAda = adaPagu | adaRealisasi | adaMurni

// bangunUrut is [pembangun.bangun] in fast mode for the rows in input
// order (no b.urut, no b.ringkas), the common case: the same tree, the
// same results, with the work per row cut to what that case needs. The
// sums of a level are kept beside its open node, which amounts every leaf
// has is an AND instead of counts, and a sum that overflows int64 is only
// noted (the sign bit of meluap) and reported as lambat at the end, or at
// the first row out of order, where bangun would have stopped at it
// already; an amount not in sen stops it at once, as bangun.
func (b *pembangun) bangunUrut() hasilBangun {
	p := b.p
	rows := p.rincian
	posisi := p.posisi
	n := len(rows)
	p.ganda, p.kosong = p.ganda[:0], p.kosong[:0]
	p.nilai, p.fisik64 = nil, nil
	p.cepat = true
	b.adaFisik, b.ef = false, 0
	var meluap uint64 // sign bit set: some sum overflowed int64
	// Some amount is not a multiple of 100 sen, of 10 sen (the exponent).
	var bukanRupiah, bukanPuluhan bool
	ns, bd := append(p.simpul[:0], simpul{baris: -1}), append(p.bendera[:0], 0) // the nodes and their flags
	var lv [JenjangSubKegiatan + 1]bukaCepat
	lv[0].ada = semuaAda
	dalam := Jenjang(0)
	var sebelum uint64 // the previous row's code
	proyeksi := -1
	if n >= batasProyeksi {
		proyeksi = n / 16
	}
	// pos == n closes every open node (j is 0 there).
	for pos := 0; ; pos++ {
		var k Kode
		var j Jenjang
		var v0, v1, v2 int64
		var ada uint8
		if pos < n {
			if pos == proyeksi {
				ns, bd = tambahRuang(ns, bd, n, pos)
			}
			if posisi != nil {
				k = posisi[pos]
			} else {
				k = rows[pos].Kode
			}
			if k.v < sebelum {
				if meluap>>63 != 0 {
					return b.selesaiUrut(lambat, ns, bd, bukanRupiah, bukanPuluhan) // a sum before this row overflowed
				}
				return b.selesaiUrut(acak, ns, bd, bukanRupiah, bukanPuluhan)
			}
			sebelum = k.v
			if k.v == 0 {
				p.kosong = append(p.kosong, int32(pos))
				continue
			}
			// The row's amounts in sen.
			row := &rows[pos]
			if d := &row.Pagu; d.Valid {
				if d.Rupiah.lain != nil {
					return b.selesaiUrut(lambat, ns, bd, bukanRupiah, bukanPuluhan)
				}
				v0, ada = d.Rupiah.sen, ada|adaPagu
			}
			if d := &row.Realisasi; d.Valid {
				if d.Rupiah.lain != nil {
					return b.selesaiUrut(lambat, ns, bd, bukanRupiah, bukanPuluhan)
				}
				v1, ada = d.Rupiah.sen, ada|adaRealisasi
			}
			if d := &row.PaguMurni; d.Valid {
				if d.Rupiah.lain != nil {
					return b.selesaiUrut(lambat, ns, bd, bukanRupiah, bukanPuluhan)
				}
				v2, ada = d.Rupiah.sen, ada|adaMurni
			}
			if v0%100 != 0 || v1%100 != 0 || v2%100 != 0 {
				bukanRupiah = true
				bukanPuluhan = bukanPuluhan || v0%10 != 0 || v1%10 != 0 || v2%10 != 0
			}
			j = k.Jenjang()
			if dalam == j && lv[j].kv == k.v {
				// a duplicate: its amounts are added to the node's
				p.ganda = append(p.ganda, int32(pos))
				s := &ns[lv[j].i]
				meluap |= tambahCatat(&s.n[0], v0) | tambahCatat(&s.n[1], v1) | tambahCatat(&s.n[2], v2)
				bd[lv[j].i] &^= benderaTunggal | semuaAda&^ada
				continue
			}
		}
		// Close the open nodes that are not k's ancestors ([pembangun.tutup]
		// in fast mode), each added to its parent's level: a leaf keeps the
		// amounts of its rows, a parent gets its sums.
		for dalam >= 1 && (dalam >= j || lv[dalam].kv != k.v&topeng[dalam]) {
			c := &lv[dalam]
			s := &ns[c.i]
			s.akhir = int32(len(ns))
			atas := &lv[dalam-1]
			jumlah := &c.n
			if s.akhir == c.i+1 {
				bd[c.i] |= benderaDaun
				if bd[c.i]&benderaTunggal != 0 {
					if f := &rows[s.baris].Fisik; f.Valid {
						b.adaFisik = true
						b.ef = min(b.ef, f.Decimal.Exponent())
					}
				}
				atas.daun++
				atas.ada &= bd[c.i] & semuaAda
				jumlah = &s.n
			} else {
				s.n = c.n
				bd[c.i] = bd[c.i]&^semuaAda | c.ada // a parent has a leaf below it
				atas.daun += c.daun
				atas.ada &= c.ada
			}
			meluap |= tambahCatat(&atas.n[0], jumlah[0]) | tambahCatat(&atas.n[1], jumlah[1]) | tambahCatat(&atas.n[2], jumlah[2])
			dalam--
		}
		if pos == n {
			break
		}
		for l := dalam + 1; l < j; l++ {
			ns, bd = append(ns, simpul{baris: -1}), append(bd, 0)
			lv[l] = bukaCepat{kv: k.v & topeng[l], i: int32(len(ns) - 1), ada: semuaAda}
		}
		ns = append(ns, simpul{n: [nField]int64{v0, v1, v2}, baris: int32(pos)})
		bd = append(bd, benderaTunggal|ada)
		lv[j] = bukaCepat{kv: k.v, i: int32(len(ns) - 1), ada: semuaAda}
		dalam = j
	}
	root := &ns[0]
	root.akhir = int32(len(ns))
	root.n = lv[0].n
	if lv[0].daun > 0 {
		bd[0] |= lv[0].ada
	}
	if meluap>>63 != 0 {
		return b.selesaiUrut(lambat, ns, bd, bukanRupiah, bukanPuluhan)
	}
	return b.selesaiUrut(selesai, ns, bd, bukanRupiah, bukanPuluhan)
}

// selesaiUrut ends [pembangun.bangunUrut] with h: it keeps the nodes
// (their room serves the next pass) and sets b.e, as [eksponenSen] over
// every amount: -2 when some amount is not a multiple of 10 sen, -1 when
// some is not of 100 sen, 0 otherwise.
func (b *pembangun) selesaiUrut(h hasilBangun, ns []simpul, bd []uint8, bukanRupiah, bukanPuluhan bool) hasilBangun {
	b.p.simpul, b.p.bendera = ns, bd
	switch {
	case bukanPuluhan:
		b.e = -2
	case bukanRupiah:
		b.e = -1
	default:
		b.e = 0
	}
	return h
}

// tambahCatat adds v to *a, wrapping, and returns a value whose sign bit
// is set when the sum overflowed int64.
func tambahCatat(a *int64, v int64) uint64 {
	s := *a + v
	o := uint64((*a ^ s) & (v ^ s))
	*a = s
	return o
}
