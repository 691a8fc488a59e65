// Command reviu prints the findings of the reviu of a data file, one per
// line, most severe first. Without a file it reviews the embedded sample,
// the LKIP 2022 of Dinas Sosial Kabupaten Flores Timur.
//
//	go run ./examples/reviu [FILE.json]
//
// It exits 0 when no finding is a kesalahan (and for -h), 1 when any is,
// and 2 when the file cannot be read or loaded, or on bad usage.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/pemkab/sakip/lkip"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const pemakaian = "pemakaian: reviu [DATA.json]"

func run(args []string, stdout, stderr io.Writer) int {
	f := flag.NewFlagSet("reviu", flag.ContinueOnError)
	f.SetOutput(stderr)
	f.Usage = func() {
		fmt.Fprintln(stderr, pemakaian)
		fmt.Fprintln(stderr, "Mencetak temuan reviu satu per baris; status keluar 1 bila ada kesalahan, 2 bila berkas tidak dapat dibaca.")
	}
	if err := f.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var d *lkip.Dokumen
	switch f.NArg() {
	case 0:
		d = lkip.Contoh()
	case 1:
		var err error
		if d, err = lkip.ParseFile(f.Arg(0)); err != nil {
			fmt.Fprintln(stderr, "reviu:", err)
			return 2
		}
	default:
		fmt.Fprintf(stderr, "reviu: hanya satu berkas data, bukan %d\n%s\n", f.NArg(), pemakaian)
		return 2
	}
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		fmt.Fprintln(stderr, "reviu:", err)
		return 2
	}
	w := bufio.NewWriter(stdout)
	for _, t := range l.Temuan {
		fmt.Fprintln(w, lkip.BarisTemuan(t))
	}
	r := l.Ringkasan
	fmt.Fprintf(w, "%d temuan: %d kesalahan, %d peringatan, %d catatan", len(l.Temuan), r.Kesalahan, r.Peringatan, r.Catatan)
	if n := len(l.Ditanggapi); n > 0 {
		fmt.Fprintf(w, "; %d temuan lain sudah ditanggapi dinas", n)
	}
	fmt.Fprintln(w)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "reviu:", err)
		return 2
	}
	if r.Kesalahan > 0 {
		return 1
	}
	return 0
}
