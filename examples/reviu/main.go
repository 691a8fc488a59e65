// Command reviu prints the findings of the reviu of a data file, one per
// line, most severe first, and exits with status 1 when any is a
// kesalahan (2 when the file cannot be read). Without a file it reviews
// the embedded sample, the LKIP 2022 of Dinas Sosial Kabupaten Flores
// Timur.
//
//	go run ./examples/reviu [FILE.json]
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/pemkab/sakip/lkip"
)

func main() {
	var d *lkip.Dokumen
	switch len(os.Args) {
	case 1:
		d = lkip.Contoh()
	case 2:
		data, err := os.ReadFile(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "reviu:", err)
			os.Exit(2)
		}
		if d, err = lkip.Parse(data, os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "reviu:", err)
			os.Exit(2)
		}
	default:
		fmt.Fprintln(os.Stderr, "pemakaian: reviu [DATA.json]")
		os.Exit(2)
	}
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		fmt.Fprintln(os.Stderr, "reviu:", err)
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	for _, t := range l.Temuan {
		fmt.Fprintln(w, lkip.BarisTemuan(t))
	}
	r := l.Ringkasan
	fmt.Fprintf(w, "%d temuan: %d kesalahan, %d peringatan, %d catatan", len(l.Temuan), r.Kesalahan, r.Peringatan, r.Catatan)
	if n := len(l.Ditanggapi); n > 0 {
		fmt.Fprintf(w, "; %d temuan lain sudah ditanggapi dinas", n)
	}
	fmt.Fprintln(w)
	w.Flush()
	if r.Kesalahan > 0 {
		os.Exit(1)
	}
}
