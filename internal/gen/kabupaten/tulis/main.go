// Command tulis writes a generated kabupaten (package
// internal/gen/kabupaten) into a folder, for measuring the rekap from
// files with tools outside Go's benchmarks (/usr/bin/time -v):
//
//	go run ./internal/gen/kabupaten/tulis [-sub 200] [-ulang 0] [-bersih] DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/pemkab/sakip/internal/gen/kabupaten"
)

func main() {
	sub := flag.Int("sub", 200, "sub kegiatan per dinas")
	ulang := flag.Int("ulang", 0, "kabupaten (0: one, without numbering)")
	bersih := flag.Bool("bersih", false, "without the planted mistakes")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "pemakaian: tulis [-sub N] [-ulang N] [-bersih] FOLDER")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bs, _ := kabupaten.Buat(kabupaten.Opsi{SubKegiatan: *sub, Ulang: *ulang, Bersih: *bersih})
	n := 0
	for _, b := range bs {
		if err := os.WriteFile(filepath.Join(dir, b.Nama), b.Data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		n += len(b.Data)
	}
	fmt.Printf("%d berkas, %d byte\n", len(bs), n)
}
