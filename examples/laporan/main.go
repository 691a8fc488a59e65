// Command laporan renders the LKIP of a data file: Markdown (default),
// print-ready HTML or JSON with everything computed. Without a file it
// renders the embedded sample, the LKIP 2022 of Dinas Sosial Kabupaten
// Flores Timur.
//
//	go run ./examples/laporan [-format md|html|json] [-o FILE] [FILE.json]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/pemkab/sakip/lkip"
)

func main() {
	format := flag.String("format", "md", "bentuk keluaran: md, html atau json")
	keluar := flag.String("o", "", "tulis ke berkas ini (bawaan: keluaran standar)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "pemakaian: laporan [-format md|html|json] [-o BERKAS] [DATA.json]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := jalankan(*format, *keluar, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "laporan:", err)
		os.Exit(1)
	}
}

func jalankan(format, keluar string, args []string) error {
	var render func(io.Writer, *lkip.Laporan) error
	switch format {
	case "md":
		render = lkip.RenderMarkdown
	case "html":
		render = lkip.RenderHTML
	case "json":
		render = lkip.RenderJSON
	default:
		return fmt.Errorf("format %q tidak dikenal (md, html, json)", format)
	}
	var d *lkip.Dokumen
	switch len(args) {
	case 0:
		d = lkip.Contoh()
	case 1:
		data, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}
		if d, err = lkip.Parse(data, args[0]); err != nil {
			return err
		}
	default:
		return fmt.Errorf("hanya satu berkas data, bukan %d", len(args))
	}
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		return err
	}
	var w io.Writer = os.Stdout
	if keluar != "" {
		f, err := os.Create(keluar)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	if err := render(bw, l); err != nil {
		return err
	}
	return bw.Flush()
}
