package ui

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"runtime"
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/wasm/simpan"
)

// entriZip is one entry of a hand-made archive: the bytes it inflates to
// (n zero bytes, or isi), and what its header says it holds (-1: the truth).
type entriZip struct {
	nama    string
	isi     []byte
	nol     int
	katanya int64
}

// zipMentah writes an archive whose entries may say they hold less than
// they inflate to, as a ZIP bomb does.
func zipMentah(t *testing.T, es []entriZip) []byte {
	t.Helper()
	var out bytes.Buffer
	z := zip.NewWriter(&out)
	type mampat struct {
		b   []byte
		crc uint32
		n   int64
	}
	sama := map[int]mampat{} // entries of zeros only, compressed once
	for _, e := range es {
		m, ok := sama[e.nol]
		if !ok || len(e.isi) > 0 {
			var comp bytes.Buffer
			fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
			h := crc32.NewIEEE()
			n := int64(len(e.isi))
			fw.Write(e.isi)
			h.Write(e.isi)
			blok := make([]byte, 1<<20)
			for sisa := e.nol; sisa > 0; sisa -= len(blok) {
				b := blok[:min(len(blok), sisa)]
				fw.Write(b)
				h.Write(b)
				n += int64(len(b))
			}
			fw.Close()
			m = mampat{comp.Bytes(), h.Sum32(), n}
			if len(e.isi) == 0 {
				sama[e.nol] = m
			}
		}
		n := m.n
		if e.katanya >= 0 {
			n = e.katanya
		}
		w, err := z.CreateRaw(&zip.FileHeader{Name: e.nama, Method: zip.Deflate, CRC32: m.crc,
			CompressedSize64: uint64(len(m.b)), UncompressedSize64: uint64(n)})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(m.b)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func jumlahDokumen(g *simpan.Memori) int {
	n := 0
	g.Daftar(func(l []simpan.Ringkasan, err error) { n = len(l) })
	return n
}

// TestImporZipBom: the data files of an archive are bounded one by one and
// together (naskah.MaksArsip), by what the entries say and by what they
// inflate to. Before, only each entry was bounded: nine entries of 30 MiB
// were all inflated (270 MiB) and each refused only after.
func TestImporZipBom(t *testing.T) {
	a, _ := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
	ja, _ := a.Encode()

	t.Run("bawaan", func(t *testing.T) {
		toko, g, _ := tokoUji(t)
		var es []entriZip
		for i := range 9 {
			es = append(es, entriZip{nama: "kab/" + string(rune('a'+i)) + ".json", nol: 30 << 20, katanya: -1})
		}
		data := zipMentah(t, es)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		toko.MulaiImpor()
		toko.Impor("bom.zip", data)
		runtime.ReadMemStats(&m1)
		if got := m1.TotalAlloc - m0.TotalAlloc; got > 8<<20 {
			t.Errorf("refusing the archive allocated %d bytes; want nothing inflated", got)
		}
		if !strings.Contains(toko.Galat, "bom.zip") || !strings.Contains(toko.Galat, "lebih dari batas "+naskah.Ukuran(naskah.MaksArsip)) {
			t.Errorf("notice %q; want the archive and the limit named", toko.Galat)
		}
		if n := jumlahDokumen(g); n != 0 {
			t.Errorf("%d documents stored", n)
		}
	})

	kecil := batasZip{isi: 10, satu: 4 << 10, jumlah: 8 << 10}
	for _, c := range []struct {
		nama   string
		es     []entriZip
		simpan int    // documents stored
		pesan  string // in the notice
	}{
		{"jujur, terlalu besar bersama", []entriZip{
			{nama: "a.json", isi: ja, nol: 0, katanya: -1},
			{nama: "b.json", nol: 7 << 9, katanya: -1},
			{nama: "c.json", nol: 7 << 9, katanya: -1},
		}, 0, "setelah diurai, lebih dari batas 8 KB"},
		// archive/zip itself stops at the size an entry says it holds.
		{"satu berbohong", []entriZip{
			{nama: "a.json", isi: ja, katanya: -1},
			{nama: "bom.json", nol: 1 << 20, katanya: 100},
		}, 1, "bom.json tidak dapat diimpor: isinya lebih besar dari yang disebut arsipnya"},
		{"bersama berbohong", []entriZip{
			{nama: "b.json", nol: 7 << 9, katanya: 100},
			{nama: "c.json", nol: 7 << 9, katanya: 100},
			{nama: "a.json", isi: ja, katanya: -1},
		}, 1, "c.json tidak dapat diimpor: isinya lebih besar dari yang disebut arsipnya"},
		{"satu terlalu besar", []entriZip{
			{nama: "a.json", isi: ja, katanya: -1},
			{nama: "besar.json", nol: 5 << 10, katanya: -1},
		}, 1, "berkas besar.json berukuran 5 KB, lebih besar dari batas 4 KB"},
	} {
		t.Run(c.nama, func(t *testing.T) {
			if len(ja) > 2<<10 {
				t.Fatalf("the data file is %d bytes, more than the test's limits allow", len(ja))
			}
			toko, g, _ := tokoUji(t)
			toko.MulaiImpor()
			ds, _ := toko.bacaArsipBatas("kab.zip", zipMentah(t, c.es), kecil)
			if len(ds) > 0 {
				toko.tambahBanyak(ds, "uji", "")
			}
			if n := jumlahDokumen(g); n != c.simpan {
				t.Errorf("%d documents stored, want %d", n, c.simpan)
			}
			if !strings.Contains(toko.Galat, c.pesan) {
				t.Errorf("notice %q; want %q", toko.Galat, c.pesan)
			}
		})
	}
}
