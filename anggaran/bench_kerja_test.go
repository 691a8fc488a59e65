package anggaran_test

import (
	"math"
	"runtime"
	"testing"
	"time"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/tetap"
)

// kolomPohon is a budget tree laid out as a bare int64 program would hold
// it: the nodes in pre-order with their parent's index, and every leaf's
// amounts in sen in parallel columns (murni -1: none). It is the input of
// the same-work yardstick of [BenchmarkRollupBacaKerja].
type kolomPohon struct {
	induk             []int32 // parent of node i (-1 for the root)
	simpul            []int   // node i's index in the Pohon
	daun              []int32 // node of each leaf
	pagu, real, murni []int64 // leaf amounts, in the order of daun
	// the nodes' sums, sisa, perubahan and persen, written by each run
	sPagu, sReal, sMurni, sisa, ubah, persen []int64
}

// susunKolom lays out the tree of rows (computed once, outside the timing).
func susunKolom(tb testing.TB, rows []anggaran.Rincian) *kolomPohon {
	p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
	k := &kolomPohon{}
	var jalan func(i int, induk int32)
	jalan = func(i int, induk int32) {
		me := int32(len(k.induk))
		k.induk = append(k.induk, induk)
		k.simpul = append(k.simpul, i)
		anak := p.Anak(i)
		if len(anak) == 0 {
			v := p.Nilai(i)
			pagu, ok1 := v.Pagu.Rupiah.Sen()
			real, ok2 := v.Realisasi.Rupiah.Sen()
			if !ok1 || !ok2 {
				tb.Fatal("leaf amount not in sen")
			}
			murni := int64(-1)
			if v.PaguMurni.Valid {
				murni, _ = v.PaguMurni.Rupiah.Sen()
			}
			k.daun = append(k.daun, me)
			k.pagu, k.real, k.murni = append(k.pagu, pagu), append(k.real, real), append(k.murni, murni)
			return
		}
		for _, c := range anak {
			jalan(c, me)
		}
	}
	jalan(0, -1)
	n := len(k.induk)
	k.sPagu, k.sReal, k.sMurni = make([]int64, n), make([]int64, n), make([]int64, n)
	k.sisa, k.ubah, k.persen = make([]int64, n), make([]int64, n), make([]int64, n)
	// The yardstick does the rollup's work: the same sums, sisa and
	// percentages for every node.
	k.hitung()
	for j, i := range k.simpul {
		v := p.Nilai(i)
		pagu, _ := v.Pagu.Rupiah.Sen()
		sisa, _ := v.Sisa.Rupiah.Sen()
		persen, _ := tetap.Hitung(v.Persen.Persentase.Decimal(), -2)
		if pagu != k.sPagu[j] || sisa != k.sisa[j] || persen != k.persen[j] {
			tb.Fatalf("node %d: the bare loop gives pagu %d, sisa %d, persen %d; the rollup %d, %d, %d", i, k.sPagu[j], k.sisa[j], k.persen[j], pagu, sisa, persen)
		}
	}
	return k
}

// hitung is the same work as a rollup read back, as a bare loop over the
// columns: every leaf's amounts into its node, every node's sums into its
// parent (pre-order walked backwards), then every node's sisa, perubahan
// and percentage (two decimals, half away from zero: one 64-bit division
// where the amounts allow, else in 128 bits, as the rollup does). It reports the count of percentages, so that nothing is
// optimised away.
func (k *kolomPohon) hitung() int {
	clear(k.sPagu)
	clear(k.sReal)
	clear(k.sMurni)
	for j, n := range k.daun {
		k.sPagu[n], k.sReal[n] = k.pagu[j], k.real[j]
		if m := k.murni[j]; m >= 0 {
			k.sMurni[n] = m
		}
	}
	for i := len(k.induk) - 1; i > 0; i-- {
		a := k.induk[i]
		k.sPagu[a] += k.sPagu[i]
		k.sReal[a] += k.sReal[i]
		k.sMurni[a] += k.sMurni[i]
	}
	ada := 0
	for i := range k.induk {
		k.sisa[i] = k.sPagu[i] - k.sReal[i]
		k.ubah[i] = k.sPagu[i] - k.sMurni[i]
		r, pg := k.sReal[i], k.sPagu[i]
		switch {
		case pg > 0 && r >= 0 && r <= math.MaxInt64/10000:
			// the common case in one 64-bit division, rounded half up
			// from its remainder, as the rollup's
			q, rem := r*10000/pg, r*10000%pg
			k.persen[i] = q + int64(tetap.Naik(uint64(rem), uint64(pg)))
			ada++
		default:
			if q, ok := tetap.Bagi(r, pg, 4, false); ok {
				k.persen[i] = q
				ada++
			}
		}
	}
	return ada
}

// BenchmarkRollupBacaKerja times, in the same run, the rollup read back
// (as [BenchmarkRollupBaca]: [anggaran.Compute] from the rows, then every
// node's [anggaran.Pohon.Nilai]) and the same work done by a bare int64
// loop over columns laid out beforehand (kolomPohon.hitung: sums per
// parent, sisa, perubahan, percentage). The metric "x-kerja" is their
// ratio: what the tree, its general API and reading the rows cost over the
// arithmetic itself. (BenchmarkRollupBaca's "x-int64" compares with a bare
// sum of the leaf amounts alone, no sums per parent and no percentage.)
func BenchmarkRollupBacaKerja(b *testing.B) {
	for _, u := range ukuranBench {
		b.Run(u.nama, func(b *testing.B) {
			rows := buatSintetis(u)
			k := susunKolom(b, rows)
			runtime.GC()
			b.ReportAllocs()
			b.ResetTimer()
			n := 0
			for b.Loop() {
				p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
				for i := range p.Len() {
					if p.Nilai(i).Persen.Valid {
						n++
					}
				}
			}
			per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.StopTimer()
			loops := max(b.N, 1+2_000_000/len(k.daun))
			runtime.GC()
			t0 := time.Now()
			m := 0
			for range loops {
				m += k.hitung()
			}
			bare := float64(time.Since(t0).Nanoseconds()) / float64(loops)
			if n/b.N != m/loops {
				b.Fatalf("the rollup read %d percentages, the bare loop %d", n/b.N, m/loops)
			}
			b.ReportMetric(bare/1e6, "ms-kerja")
			b.ReportMetric(per/bare, "x-kerja")
		})
	}
}
