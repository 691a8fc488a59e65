package rekap_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/pemkab/sakip/internal/gen/kabupaten"
	"github.com/pemkab/sakip/lkip/rekap"
)

// tulisKabupaten writes a generated kabupaten into a temporary folder and
// returns its files and their total size.
func tulisKabupaten(b *testing.B, o kabupaten.Opsi) ([]string, int64) {
	b.Helper()
	dir := b.TempDir()
	bs, _ := kabupaten.Buat(o)
	var files []string
	var n int64
	for _, x := range bs {
		p := filepath.Join(dir, x.Nama)
		if err := os.WriteFile(p, x.Data, 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, p)
		n += int64(len(x.Data))
	}
	return files, n
}

// jumlahInt64 is the limit the rekap is compared with: the same bytes
// read, and every amount after "pagu" or "realisasi" summed as an int64
// (the digits of "12.345.000" and 12345000 alike), without JSON parsing.
func jumlahInt64(data []byte) (pagu, realisasi int64) {
	for i := 0; i < len(data); i++ {
		if data[i] != '"' {
			continue
		}
		var ke *int64
		switch {
		case hasAt(data, i, `"pagu":`):
			ke, i = &pagu, i+len(`"pagu":`)
		case hasAt(data, i, `"realisasi":`):
			ke, i = &realisasi, i+len(`"realisasi":`)
		default:
			continue
		}
		for i < len(data) && (data[i] == ' ' || data[i] == '"') {
			i++
		}
		var v int64
		for ; i < len(data); i++ {
			c := data[i]
			if c >= '0' && c <= '9' {
				v = v*10 + int64(c-'0')
			} else if c != '.' {
				break
			}
		}
		*ke += v
	}
	return
}

func hasAt(data []byte, i int, s string) bool {
	return len(data)-i >= len(s) && string(data[i:i+len(s)]) == s
}

// BenchmarkRekap: the rekap from files (read, parse, compute with the
// reviu, summarise, one document at a time) of a kabupaten of 40 dinas ×
// 200 sub kegiatan and of a province of 8 kabupaten × 39 dinas × 150 sub
// kegiatan, side by side with the limit (BenchmarkRekap/…/baca-int64: the
// same files read and their amounts summed as int64).
//
//	go test ./lkip/rekap -run '^$' -bench Rekap -benchmem -benchtime 5x
func BenchmarkRekap(b *testing.B) {
	for _, c := range []struct {
		nama string
		o    kabupaten.Opsi
	}{
		{"kabupaten-40x200", kabupaten.Opsi{SubKegiatan: 200}},
		{"provinsi-8x39x150", kabupaten.Opsi{SubKegiatan: 150, Ulang: 8, Bersih: true}},
	} {
		files, n := tulisKabupaten(b, c.o)
		b.Run(c.nama+"/rekap", func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			var ditahan float64
			for b.Loop() {
				var m0, m1 runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&m0)
				p := rekap.New(rekap.Opsi{BanyakPemda: c.o.Ulang > 0})
				for _, f := range files {
					if err := p.TambahBerkas(f); err != nil {
						b.Fatal(err)
					}
				}
				r := p.Rekap()
				if r.Jumlah.Berkas != len(files) {
					b.Fatal(r.Jumlah.Berkas)
				}
				// What the rekap keeps once the documents are dropped, per
				// sub kegiatan read: the arithmetic for all of Indonesia.
				runtime.GC()
				runtime.ReadMemStats(&m1)
				ditahan = float64(m1.HeapAlloc-m0.HeapAlloc) / float64(r.Jumlah.SubKegiatan)
				runtime.KeepAlive(p)
			}
			b.ReportMetric(ditahan, "B-ditahan/sub")
		})
		b.Run(c.nama+"/rekap-serentak", func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				p := rekap.New(rekap.Opsi{BanyakPemda: c.o.Ulang > 0})
				if err := p.TambahSemua(files, runtime.GOMAXPROCS(0)); err != nil {
					b.Fatal(err)
				}
				if r := p.Rekap(); r.Jumlah.Berkas != len(files) {
					b.Fatal(r.Jumlah.Berkas)
				}
			}
		})
		b.Run(c.nama+"/baca-int64", func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				var pagu int64
				for _, f := range files {
					data, err := os.ReadFile(f)
					if err != nil {
						b.Fatal(err)
					}
					p, _ := jumlahInt64(data)
					pagu += p
				}
				if pagu == 0 {
					b.Fatal("pagu 0")
				}
			}
		})
	}
}
