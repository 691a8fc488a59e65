package anggaran_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Benchmark sizes. A kabupaten: 40 dinas of 200 sub kegiatan each (5
// programs × 5 kegiatan × 8 sub kegiatan), every dinas in its own bidang
// urusan. National: every Pemda at once, 3,000,000 sub kegiatan (200
// bidang × 30 programs × 20 kegiatan × 25 sub kegiatan), synthetic. Rows
// include the printed program and kegiatan subtotals, as LKIP tables do.
type ukuran struct {
	nama                            string
	bidang, program, kegiatan, subs int
}

var ukuranBench = []ukuran{
	{"kabupaten", 40, 5, 5, 8},
	{"nasional", 200, 30, 20, 25},
}

var (
	sintetisMu sync.Mutex
	sintetis   = map[string][]anggaran.Rincian{}
)

// buatSintetis builds (once per size) the rows of a synthetic budget in
// table order. Amounts are whole Rupiah up to 10 billion, realisasi below
// pagu, and a pagu murni on every other leaf; every amount is a distinct
// decimal, as if parsed.
func buatSintetis(u ukuran) []anggaran.Rincian {
	sintetisMu.Lock()
	defer sintetisMu.Unlock()
	if rows, ok := sintetis[u.nama]; ok {
		return rows
	}
	r := rand.New(rand.NewPCG(7, 8))
	n := u.bidang * u.program * (1 + u.kegiatan*(1+u.subs))
	rows := make([]anggaran.Rincian, 0, n)
	for bi := range u.bidang {
		urusan, bidang := 1+bi/25, 1+bi%25
		for p := 1; p <= u.program; p++ {
			prog := anggaran.MustKode(fmt.Sprintf("%d.%02d.%02d", urusan, bidang, p))
			pi := len(rows)
			rows = append(rows, anggaran.Rincian{Kode: prog, Uraian: "Program"})
			var pPagu, pReal int64
			for k := 1; k <= u.kegiatan; k++ {
				keg := anggaran.MustKode(fmt.Sprintf("%s.2.%02d", prog, k))
				ki := len(rows)
				rows = append(rows, anggaran.Rincian{Kode: keg, Uraian: "Kegiatan"})
				var kPagu, kReal int64
				for s := 1; s <= u.subs; s++ {
					pagu := 1_000_000 + r.Int64N(10_000_000_000)
					real := pagu - r.Int64N(pagu/10+1)
					row := anggaran.Rincian{
						Kode:      anggaran.MustKode(fmt.Sprintf("%s.%02d", keg, s)),
						Uraian:    "Sub Kegiatan",
						Pagu:      rpBulat(pagu),
						Realisasi: rpBulat(real),
					}
					if s%2 == 0 {
						row.PaguMurni = rpBulat(pagu - r.Int64N(pagu/5+1))
					}
					rows = append(rows, row)
					kPagu, kReal = kPagu+pagu, kReal+real
				}
				rows[ki].Pagu, rows[ki].Realisasi = rpBulat(kPagu), rpBulat(kReal)
				pPagu, pReal = pPagu+kPagu, pReal+kReal
			}
			rows[pi].Pagu, rows[pi].Realisasi = rpBulat(pPagu), rpBulat(pReal)
		}
	}
	sintetis[u.nama] = rows
	return rows
}

// daunSaja returns the leaf amounts the rollup adds: pagu, realisasi and
// pagu murni of every sub kegiatan.
// rpBulat is n whole Rupiah as a present amount.
func rpBulat(n int64) anggaran.NullRupiah { return anggaran.AdaRupiah(anggaran.RupiahSen(n * 100)) }

func daunSaja(rows []anggaran.Rincian) []decimal.Decimal {
	var out []decimal.Decimal
	for _, r := range rows {
		if r.Kode.Jenjang() != anggaran.JenjangSubKegiatan {
			continue
		}
		for _, v := range []decimal.NullDecimal{r.Pagu.Decimal(), r.Realisasi.Decimal(), r.PaguMurni.Decimal()} {
			if v.Valid {
				out = append(out, v.Decimal)
			}
		}
	}
	return out
}

func subKegiatan(rows []anggaran.Rincian) int {
	n := 0
	for _, r := range rows {
		if r.Kode.Jenjang() == anggaran.JenjangSubKegiatan {
			n++
		}
	}
	return n
}

// BenchmarkRollup computes the tree (sums of every program, kegiatan,
// bidang, urusan and the total) at three sizes. Its sub-benchmark "acak"
// gives the national rows in random order, so the rollup has to sort.
func BenchmarkRollup(b *testing.B) {
	b.Run("seed", func(b *testing.B) {
		a := sampel(b)
		b.ReportAllocs()
		for b.Loop() {
			a.Compute(anggaran.Opsi{})
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(subKegiatan(a.Rincian)), "ns/subkeg")
	})
	for _, u := range ukuranBench {
		b.Run(u.nama, func(b *testing.B) {
			rows := buatSintetis(u)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(subKegiatan(rows)), "ns/subkeg")
		})
	}
	// The kabupaten's rows printed without codes (each row its level
	// instead): the same rollup on positional codes, to compare with
	// "kabupaten" in the same run.
	b.Run("kabupaten-tanpa-kode", func(b *testing.B) {
		berkode := buatSintetis(ukuranBench[0])
		rows := tanpaKodeSintetis(berkode)
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(subKegiatan(berkode)), "ns/subkeg")
	})
	b.Run("nasional-acak", func(b *testing.B) {
		rows := append([]anggaran.Rincian(nil), buatSintetis(ukuranBench[1])...)
		rand.New(rand.NewPCG(9, 9)).Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
		// The rows hold their amounts in place (Rupiah, no pointers): the
		// shuffle alone is the order a file in this order gives.
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(subKegiatan(rows)), "ns/subkeg")
	})
}

// BenchmarkRollupBaca computes the tree AND reads every node with
// [anggaran.Pohon.Nilai] (sums, sisa, persen, perubahan and fisik, in
// fixed point), at the three sizes: the whole cost of a realisation table.
// Each run also times, in the same run, the yardsticks over the same leaf
// amounts (pagu, realisasi and pagu murni of every sub kegiatan):
//
//   - "x-int64": a bare loop summing them as int64 sen from an []int64
//     (the floor: no decimal read at all);
//   - "x-baca": a bare loop that reads each from its row's
//     [anggaran.NullRupiah] as int64 sen and sums it (what any reader of
//     these rows pays);
//   - "x-add": a bare loop of decimal.Add (see [BenchmarkDecimalAdd]).
//
// The sub-benchmark "desimal" reads every node with [anggaran.Pohon.Baris]
// instead: the price of decimals at the edge.
func BenchmarkRollupBaca(b *testing.B) {
	run := func(b *testing.B, rows []anggaran.Rincian, desimal bool) {
		amounts := daunSaja(rows)
		sen := make([]int64, len(amounts))
		for i, v := range amounts {
			r := anggaran.RupiahDesimal(v)
			n, ok := r.Sen()
			if !ok {
				b.Fatal("amount not in sen")
			}
			sen[i] = n
		}
		// bare times a bare loop as many times as the benchmark loop ran
		// (and enough to last about 20 ms for the small sizes), from a
		// collected heap; the result is the mean per loop.
		bare := func(loops int, f func() bool) float64 {
			loops = max(loops, 1+2_000_000/(len(amounts)+1))
			runtime.GC()
			t0 := time.Now()
			for range loops {
				if !f() {
					b.Fatal("impossible")
				}
			}
			return float64(time.Since(t0).Nanoseconds()) / float64(loops)
		}
		runtime.GC()
		b.ReportAllocs()
		b.ResetTimer()
		var n int
		for b.Loop() {
			p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
			for i := range p.Len() {
				if desimal {
					if p.Baris(i).Persen.Valid {
						n++
					}
				} else if p.Nilai(i).Persen.Valid {
					n++
				}
			}
		}
		per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		b.StopTimer()
		int64Loop := bare(b.N, func() bool {
			var sum int64
			for _, v := range sen {
				sum += v
			}
			return sum >= 0
		})
		bacaLoop := bare(b.N, func() bool {
			var sum int64
			for i := range rows {
				if rows[i].Kode.Jenjang() != anggaran.JenjangSubKegiatan {
					continue
				}
				for _, v := range [...]*anggaran.NullRupiah{&rows[i].Pagu, &rows[i].Realisasi, &rows[i].PaguMurni} {
					if v.Valid {
						n, _ := v.Rupiah.Sen()
						sum += n
					}
				}
			}
			return sum >= 0
		})
		addLoop := bare(b.N, func() bool {
			sum := decimal.Zero
			for _, v := range amounts {
				sum = sum.Add(v)
			}
			return !sum.IsNegative()
		})
		if n == 0 {
			b.Fatal("no percentage computed")
		}
		b.ReportMetric(per/float64(subKegiatan(rows)), "ns/subkeg")
		b.ReportMetric(per/int64Loop, "x-int64")
		b.ReportMetric(per/bacaLoop, "x-baca")
		b.ReportMetric(per/addLoop, "x-add")
	}
	b.Run("seed", func(b *testing.B) { run(b, sampel(b).Rincian, false) })
	for _, u := range ukuranBench {
		b.Run(u.nama, func(b *testing.B) { run(b, buatSintetis(u), false) })
	}
	// The kabupaten with a realisasi fisik on every sub kegiatan, as a
	// finished year has: every parent's fisik is read too.
	b.Run("kabupaten-fisik", func(b *testing.B) {
		rows := slices.Clone(buatSintetis(ukuranBench[0]))
		for i := range rows {
			if rows[i].Kode.Jenjang() == anggaran.JenjangSubKegiatan {
				rows[i].Fisik = anggaran.Ada(decimal.New(int64(9000+i%1000), -2))
			}
		}
		run(b, rows, false)
	})
	for _, u := range ukuranBench {
		b.Run(u.nama+"-desimal", func(b *testing.B) { run(b, buatSintetis(u), true) })
	}
}

// BenchmarkFaseNasional splits [BenchmarkRollupBaca] at national size
// into its two phases, timed in the same loop: "ms-bangun" is
// [anggaran.Compute] (reading the rows, writing the nodes into fresh
// memory, summing), "ms-baca" the read-back of every node with
// [anggaran.Pohon.Nilai].
func BenchmarkFaseNasional(b *testing.B) {
	rows := buatSintetis(ukuranBench[1])
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	var bangun, baca time.Duration
	n := 0
	for b.Loop() {
		t0 := time.Now()
		p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
		t1 := time.Now()
		for i := range p.Len() {
			if p.Nilai(i).Persen.Valid {
				n++
			}
		}
		baca += time.Since(t1)
		bangun += t1.Sub(t0)
	}
	if n == 0 {
		b.Fatal("no percentage computed")
	}
	b.ReportMetric(float64(bangun.Microseconds())/1e3/float64(b.N), "ms-bangun")
	b.ReportMetric(float64(baca.Microseconds())/1e3/float64(b.N), "ms-baca")
}

// BenchmarkDecimalAdd is the yardstick: a bare loop of decimal.Add over the
// same leaf amounts the rollup adds (pagu, realisasi, pagu murni of every
// sub kegiatan), at the same sizes.
func BenchmarkDecimalAdd(b *testing.B) {
	run := func(b *testing.B, rows []anggaran.Rincian) {
		amounts := daunSaja(rows)
		b.ReportAllocs()
		b.ResetTimer()
		var sum decimal.Decimal
		for b.Loop() {
			sum = decimal.Zero
			for _, v := range amounts {
				sum = sum.Add(v)
			}
		}
		if sum.IsNegative() {
			b.Fatal("impossible")
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(subKegiatan(rows)), "ns/subkeg")
	}
	b.Run("seed", func(b *testing.B) { run(b, sampel(b).Rincian) })
	for _, u := range ukuranBench {
		b.Run(u.nama, func(b *testing.B) { run(b, buatSintetis(u)) })
	}
}

// BenchmarkCheck runs every check on the seed.
func BenchmarkCheck(b *testing.B) {
	a := sampel(b)
	b.ReportAllocs()
	for b.Loop() {
		a.Check(anggaran.Opsi{})
	}
}

// TestRollupSintetis checks the synthetic benchmark data (the kabupaten
// size) the way the benchmarks use it: counts and balance, and that the
// printed subtotals agree.
func TestRollupSintetis(t *testing.T) {
	rows := buatSintetis(ukuranBench[0])
	a := &anggaran.Anggaran{Rincian: rows}
	p := a.Compute(anggaran.Opsi{})
	seimbang(t, p)
	h := p.Hitungan()
	if h.SubKegiatan != 8000 || h.Kegiatan != 1000 || h.Program != 200 || h.Bidang != 40 {
		t.Errorf("Hitungan = %+v", h)
	}
	if f := a.Check(anggaran.Opsi{}); len(f) != 0 {
		t.Errorf("%d findings, first %v", len(f), f[0])
	}
}

// csvSintetis writes rows as an Excel CSV (";" separator, Indonesian
// numbers).
func csvSintetis(rows []anggaran.Rincian) []byte {
	var b strings.Builder
	b.WriteString("kode;uraian;pagu_murni;pagu;realisasi\r\n")
	f := func(d decimal.NullDecimal) string {
		if !d.Valid {
			return ""
		}
		return anggaran.FormatAngka(d.Decimal, -1)
	}
	for _, r := range rows {
		b.WriteString(r.Kode.String() + ";" + r.Uraian + ";" + f(r.PaguMurni.Decimal()) + ";" + f(r.Pagu.Decimal()) + ";" + f(r.Realisasi.Decimal()) + "\r\n")
	}
	return []byte(b.String())
}

// BenchmarkParseCSV reads a kabupaten's rows (9,240 rows) from CSV.
func BenchmarkParseCSV(b *testing.B) {
	data := csvSintetis(buatSintetis(ukuranBench[0]))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := anggaran.ParseCSV(bytes.NewReader(data), "", anggaran.OpsiCSV{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderMarkdown writes a kabupaten's table (9,481 rows).
func BenchmarkRenderMarkdown(b *testing.B) {
	p := anggaran.Compute(buatSintetis(ukuranBench[0]), nil, anggaran.Kode{}, anggaran.Opsi{})
	b.ReportAllocs()
	for b.Loop() {
		if err := anggaran.RenderMarkdown(io.Discard, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseJSON reads the seed's anggaran section.
func BenchmarkParseJSON(b *testing.B) {
	a := sampel(b)
	data, err := json.Marshal(a)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := anggaran.ParseJSON(data, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCSVSintetis: the CSV the benchmark reads is the synthetic table.
func TestCSVSintetis(t *testing.T) {
	rows := buatSintetis(ukuranBench[0])
	a, err := anggaran.ParseCSV(bytes.NewReader(csvSintetis(rows)), "", anggaran.OpsiCSV{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rows, a.Rincian); diff != "" {
		t.Errorf("CSV round trip differs:\n%s", diff)
	}
}

// tanpaKodeSintetis returns rows as a table printed without codes: each
// row's level instead of its code, in the same order.
func tanpaKodeSintetis(rows []anggaran.Rincian) []anggaran.Rincian {
	out := slices.Clone(rows)
	for i := range out {
		out[i].Tingkat, out[i].Kode = out[i].Kode.Jenjang(), anggaran.Kode{}
	}
	return out
}

// TestTanpaKodeSintetis: the kabupaten's rows without codes give the same
// totals and counts as with codes.
func TestTanpaKodeSintetis(t *testing.T) {
	rows := buatSintetis(ukuranBench[0])
	p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
	q := anggaran.Compute(tanpaKodeSintetis(rows), nil, anggaran.Kode{}, anggaran.Opsi{})
	if !q.TanpaKode() {
		t.Fatal("not a tree without codes")
	}
	hp, hq := p.Hitungan(), q.Hitungan()
	hp.Urusan, hp.Bidang = 0, 0
	if hp != hq {
		t.Errorf("counts %+v, without codes %+v", hp, hq)
	}
	if diff := cmp.Diff(p.Jumlah(), q.Jumlah()); diff != "" {
		t.Errorf("totals (-coded +uncoded):\n%s", diff)
	}
	for i := range rows {
		n, ok := q.FindBaris(i)
		if !ok || q.Baris(n).Indeks != i {
			t.Fatalf("FindBaris(%d) = %d, %v", i, n, ok)
		}
		m, _ := p.FindBaris(i)
		bp, bq := p.Baris(m), q.Baris(n)
		if !bp.Pagu.Decimal.Equal(bq.Pagu.Decimal) || !bp.Persen.Decimal.Equal(bq.Persen.Decimal) || bp.Jenjang != bq.Jenjang || bq.Kode.String() != "" {
			t.Fatalf("row %d: coded %+v, uncoded %+v", i, bp, bq)
		}
	}
}

// BenchmarkParseRupiah reads the amounts of the kabupaten as a document
// prints them ("9.399.497.972") with ParseRupiah (decimal) and with
// ParseRupiahSen (Rupiah in sen), side by side.
func BenchmarkParseRupiah(b *testing.B) {
	var teks []string
	for _, v := range daunSaja(buatSintetis(ukuranBench[0])) {
		teks = append(teks, anggaran.FormatAngka(v, 0))
	}
	b.Run("desimal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range teks {
				if _, err := anggaran.ParseRupiah(s); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(teks)), "ns/angka")
	})
	b.Run("sen", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range teks {
				if _, err := anggaran.ParseRupiahSen(s); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(teks)), "ns/angka")
	})
}
