// Command deliserdang transcribes the real Renja evaluation 2025 of the
// Bappedalitbang of Kabupaten Deli Serdang (the Permendagri 86/2017 form,
// internal/sampel/renja/deliserdang-bappedalitbang-evaluasi-renja-2025.xlsx, read
// by kinerja/renja's reader) into the LKIP data format:
//
//	go run ./internal/gen/deliserdang [-o testdata/deliserdang-bappedalitbang-2025.json]
//
// The transcription (see [Susun]) keeps every figure as the form prints
// it, its mistakes included, so that the reviu finds them; a test checks
// that the committed file is this program's output.
package main

import (
	"flag"
	"fmt"
	"os"

	renjadata "github.com/pemkab/sakip/internal/sampel/renja"
)

// Berkas is the transcription's path from the module root.
const Berkas = "testdata/deliserdang-bappedalitbang-2025.json"

func main() {
	out := flag.String("o", Berkas, "berkas keluaran")
	flag.Parse()
	if flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "pemakaian: go run ./internal/gen/deliserdang [-o BERKAS.json]")
		os.Exit(2)
	}
	data, err := Tulis(renjadata.DeliSerdang2025)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d byte\n", *out, len(data))
}
