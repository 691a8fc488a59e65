package anggaran_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/txtar"
	"github.com/shopspring/decimal"
)

// TestTriwulan runs the scenarios of testdata/triwulan/*.txtar: budget
// tables with realisasi per triwulan. Each archive holds input.json (an
// anggaran section), optionally opsi.txt (the serapan targets "25 50 75
// 100" and on a second line the tolerance), and the outputs triwulan.txt
// (the roll-up of every node: pagu, then per quarter the realisasi within
// it / cumulative / serapan %, and the quarters reported) and temuan.txt
// (the findings of Check). -update rewrites the outputs. Every input is
// also written and read back to the same rows.
func TestTriwulan(t *testing.T) {
	files, err := filepath.Glob("testdata/triwulan/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			ar := txtar.Parse(data)
			in, ok := ar.File("input.json")
			if !ok {
				t.Fatal("no input.json")
			}
			var o anggaran.Opsi
			if s, ok := ar.File("opsi.txt"); ok {
				o.Triwulan = bacaOpsiTriwulan(t, string(s))
			}
			roll, temuan := jalankanTriwulan(t, in, o)
			if *update {
				ar.Set("triwulan.txt", roll)
				ar.Set("temuan.txt", temuan)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, f := range []struct {
				name string
				got  []byte
			}{{"triwulan.txt", roll}, {"temuan.txt", temuan}} {
				want, _ := ar.File(f.name)
				if diff := cmp.Diff(string(want), string(f.got)); diff != "" {
					t.Errorf("%s (-want +got):\n%s", f.name, diff)
				}
			}
		})
	}
}

func bacaOpsiTriwulan(t *testing.T, s string) anggaran.OpsiTriwulan {
	t.Helper()
	var o anggaran.OpsiTriwulan
	lines := strings.Split(strings.TrimSpace(s), "\n")
	f := strings.Fields(lines[0])
	if len(f) != 4 {
		t.Fatalf("opsi.txt: 4 target, bukan %q", lines[0])
	}
	var tg [4]decimal.Decimal
	for i, x := range f {
		tg[i] = decimal.RequireFromString(x)
	}
	o.Target = &tg
	if len(lines) > 1 {
		o.Toleransi = decimal.RequireFromString(strings.TrimSpace(lines[1]))
	}
	return o
}

func jalankanTriwulan(t *testing.T, in []byte, o anggaran.Opsi) (roll, temuan []byte) {
	t.Helper()
	a, err := anggaran.ParseJSON(in, "input.json")
	if err != nil {
		return nil, []byte("galat: " + err.Error() + "\n")
	}
	// Written and read back: the same rows.
	out, err := a.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	b, err := anggaran.ParseJSON(out, "tulis.json")
	if err != nil {
		t.Fatalf("tulis lalu baca: %v\n%s", err, out)
	}
	if diff := cmp.Diff(a.Rincian, b.Rincian); diff != "" {
		t.Errorf("tulis lalu baca mengubah baris (-baca +tulis-baca):\n%s", diff)
	}
	p := a.Compute(o)
	seimbangTriwulan(t, p)
	tw := p.Triwulan()
	var r bytes.Buffer
	fmt.Fprintf(&r, "target %s; ada %v\n", teksTarget(tw.Target), tw.Ada)
	for i := 0; i < p.Len(); i++ {
		x := p.Baris(i)
		bt := tw.Baris[i]
		nama := x.Uraian
		if i == 0 {
			nama = "JUMLAH"
		}
		fmt.Fprintf(&r, "%s%s | pagu %s | renstra %s", strings.Repeat("  ", max(int(x.Jenjang)-2, 0)), nama, nd(x.Pagu), nd(bt.PaguRenstra))
		for q := range 4 {
			fmt.Fprintf(&r, " | %s %s/%s/%s", anggaran.NamaTriwulan[q], nd(bt.Realisasi[q]), nd(bt.Kumulatif[q]), nd(bt.Serapan[q]))
		}
		fmt.Fprintf(&r, " | dilaporkan %d\n", bt.Dilaporkan)
	}
	var tb bytes.Buffer
	for _, x := range a.Check(o) {
		tb.WriteString(x.Kode + " " + x.String() + "\n")
		if strings.Contains(x.String(), "rincian[") {
			t.Errorf("a message to staff shows a JSON path: %s", x)
		}
	}
	return r.Bytes(), tb.Bytes()
}

func nd(d decimal.NullDecimal) string {
	if !d.Valid {
		return "–"
	}
	return anggaran.FormatAngka(d.Decimal, -1)
}

func teksTarget(t [4]decimal.Decimal) string {
	var s []string
	for _, x := range t {
		s = append(s, x.String())
	}
	return strings.Join(s, "/")
}

// TestTriwulanTerlalu: a fifth quarter is refused, naming the row's field.
func TestTriwulanTerlalu(t *testing.T) {
	_, err := anggaran.ParseJSON([]byte(`{"tahun": 2025, "rincian": [{"tingkat": "sub kegiatan", "uraian": "A", "pagu": "10", "triwulan": ["1", "2", "3", "4", "5"]}]}`), "x.json")
	if err == nil || !strings.Contains(err.Error(), "paling banyak 4 triwulan") {
		t.Errorf("galat %v, ingin \"paling banyak 4 triwulan\"", err)
	}
	_, err = anggaran.ParseJSON([]byte(`{"tahun": 2025, "rincian": [{"tingkat": "sub kegiatan", "uraian": "A", "pagu": "10", "triwulan": ["1,5"]}]}`), "x.json")
	if err == nil {
		t.Error("1,5 rupiah per triwulan diterima")
	}
}

// TestTargetSerapanBaku: the zero options are the documented default.
func TestTargetSerapanBaku(t *testing.T) {
	got := anggaran.OpsiTriwulan{}.TargetPada()
	want := [4]string{"15", "40", "60", "90"}
	for i := range got {
		if got[i].String() != want[i] {
			t.Errorf("target TW %d %s, ingin %s", i+1, got[i], want[i])
		}
	}
}

// BenchmarkTriwulan measures the quarterly roll-up of a tree of 4.000
// sub kegiatan with four quarters each.
func BenchmarkTriwulan(b *testing.B) {
	var rows []anggaran.Rincian
	for p := 1; p <= 10; p++ {
		rows = append(rows, anggaran.Rincian{Tingkat: anggaran.JenjangProgram, Uraian: fmt.Sprint("Program ", p)})
		for k := 1; k <= 20; k++ {
			rows = append(rows, anggaran.Rincian{Tingkat: anggaran.JenjangKegiatan, Uraian: fmt.Sprint("Kegiatan ", k)})
			for s := 1; s <= 20; s++ {
				rp := func(n int64) anggaran.NullRupiah { return anggaran.AdaRupiah(anggaran.RupiahSen(n * 100)) }
				q := []anggaran.NullRupiah{rp(100_000), rp(250_000), rp(300_000), rp(325_000)}
				rows = append(rows, anggaran.Rincian{Tingkat: anggaran.JenjangSubKegiatan, Uraian: fmt.Sprint("Sub ", s),
					Pagu: rp(1_000_000), Realisasi: rp(975_000), Triwulan: q})
			}
		}
	}
	p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
	b.ReportAllocs()
	for b.Loop() {
		if !p.Triwulan().Ada {
			b.Fatal("tanpa triwulan")
		}
	}
}

// seimbangTriwulan checks the roll-up's invariants on any tree: every
// parent's quarter is the sum of its children's when present, and present
// only when every child has it; cumulative amounts add the quarters in
// order; nothing is present in a table without quarters.
func seimbangTriwulan(t *testing.T, p *anggaran.Pohon) {
	t.Helper()
	tw := p.Triwulan()
	if !tw.Ada {
		for _, b := range tw.Baris {
			for q := range 4 {
				if b.Realisasi[q].Valid {
					t.Fatalf("triwulan tanpa data: %+v", b)
				}
			}
		}
		return
	}
	for i := 0; i < p.Len(); i++ {
		anak := p.Anak(i)
		b := tw.Baris[i]
		if len(anak) > 0 && !p.Baris(i).Daun {
			for q := range 4 {
				sum, semua := decimal.Zero, true
				for _, c := range anak {
					if cb := tw.Baris[c]; cb.Realisasi[q].Valid {
						sum = sum.Add(cb.Realisasi[q].Decimal)
					} else {
						semua = false
					}
				}
				if semua != b.Realisasi[q].Valid {
					t.Fatalf("simpul %d TW %d: ada %v, semua anak %v", i, q+1, b.Realisasi[q].Valid, semua)
				}
				if semua && !sum.Equal(b.Realisasi[q].Decimal) {
					t.Fatalf("simpul %d TW %d: %s, jumlah anak %s", i, q+1, b.Realisasi[q].Decimal, sum)
				}
			}
		}
		// The serapan (int64 or decimal) is the one Persen gives on the
		// tree's own pagu.
		for q := range 4 {
			if !b.Serapan[q].Valid {
				continue
			}
			pagu := p.Baris(i).Pagu
			want, ok := anggaran.Persen(b.Kumulatif[q].Decimal, pagu.Decimal, 2, anggaran.BulatSetengahNaik)
			if !pagu.Valid || !ok || !want.Equal(b.Serapan[q].Decimal) {
				t.Fatalf("simpul %d TW %d: serapan %s, Persen %s (pagu %v)", i, q+1, b.Serapan[q].Decimal, want, pagu)
			}
		}
		cum := decimal.Zero
		for q := 0; q < b.Dilaporkan; q++ {
			cum = cum.Add(b.Realisasi[q].Decimal)
			if !b.Kumulatif[q].Valid || !b.Kumulatif[q].Decimal.Equal(cum) {
				t.Fatalf("simpul %d TW %d: kumulatif %v, ingin %s", i, q+1, b.Kumulatif[q], cum)
			}
		}
	}
}

// TestParseTargetSerapan: the forms a Pemda writes its targets in, and
// what is refused.
func TestParseTargetSerapan(t *testing.T) {
	for _, c := range []struct{ in, want, galat string }{
		{"15/40/60/90", "15 40 60 90", ""},
		{"25;50;75;100", "25 50 75 100", ""},
		{"25 50 75 100", "25 50 75 100", ""},
		{"15,40,60,90", "15 40 60 90", ""},
		{"12,5; 40%; 60; 90", "12.5 40 60 90", ""},
		{"15, 40, 60, 90", "15 40 60 90", ""},
		{"12,5, 40, 60, 90", "12.5 40 60 90", ""},
		{"15/40/60", "", "empat target"},
		{"15/40/60/120", "", "di luar 0–100%"},
		{"15/60/40/90", "", "lebih kecil daripada triwulan II"},
		{"15/x/60/90", "", "triwulan II"},
		{"", "", "empat target"},
	} {
		got, err := anggaran.ParseTargetSerapan(c.in)
		if c.galat != "" {
			if err == nil || !strings.Contains(err.Error(), c.galat) {
				t.Errorf("%q: galat %v, ingin %q", c.in, err, c.galat)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		var s []string
		for _, d := range got {
			s = append(s, d.String())
		}
		if strings.Join(s, " ") != c.want {
			t.Errorf("%q: %v, ingin %s", c.in, s, c.want)
		}
	}
}

// FuzzParseTargetSerapan: any text is read or refused, never a panic;
// what is read is four cumulative percentages of 0–100.
func FuzzParseTargetSerapan(f *testing.F) {
	for _, s := range []string{"15/40/60/90", "12,5;40;60;90", "1,2,3,4", "100 100 100 100", "-1/2/3/4", "1.500/2/3/4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := anggaran.ParseTargetSerapan(s)
		if err != nil {
			return
		}
		for i, d := range got {
			if d.IsNegative() || d.GreaterThan(decimal.NewFromInt(100)) || i > 0 && d.LessThan(got[i-1]) {
				t.Fatalf("%q → %v", s, got)
			}
		}
	})
}

// TestTriwulanKumulatifLuap: quarters that each fit the int64 fast path
// but whose running sum does not (amounts given with many decimals through
// the Go API) give the exact cumulative amounts and serapan, as decimals
// would; and a fifth quarter in a caller's slice is no panic.
func TestTriwulanKumulatifLuap(t *testing.T) {
	rp := func(s string) anggaran.NullRupiah {
		return anggaran.RupiahDariDesimal(anggaran.Ada(decimal.RequireFromString(s)))
	}
	q := "300000000.0000000001" // 3e18 at 10 decimals: two of them overflow int64
	rows := []anggaran.Rincian{
		{Tingkat: anggaran.JenjangProgram, Uraian: "Program A"},
		{Tingkat: anggaran.JenjangKegiatan, Uraian: "Kegiatan A"},
		{Tingkat: anggaran.JenjangSubKegiatan, Uraian: "Sub Kegiatan A", Pagu: rp("1200000000"), Realisasi: rp("1200000000.0000000004"),
			Triwulan: []anggaran.NullRupiah{rp(q), rp(q), rp(q), rp(q), rp("1")}},
	}
	p := anggaran.Compute(rows, nil, anggaran.Kode{}, anggaran.Opsi{})
	tw := p.Triwulan()
	for i, b := range tw.Baris {
		for k, want := range []string{"300000000.0000000001", "600000000.0000000002", "900000000.0000000003", "1200000000.0000000004"} {
			if got := b.Kumulatif[k]; !got.Valid || !got.Decimal.Equal(decimal.RequireFromString(want)) {
				t.Errorf("node %d TW %d: kumulatif %v, want %s", i, k+1, got, want)
			}
		}
		if got := b.Serapan[3]; !got.Valid || got.Decimal.String() != "100" {
			t.Errorf("node %d: serapan TW IV %v, want 100", i, got)
		}
	}
	_ = (&anggaran.Anggaran{Tahun: 2025, Rincian: rows}).Check(anggaran.Opsi{}) // the fifth quarter: no panic
}
