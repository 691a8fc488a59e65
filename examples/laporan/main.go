// Command laporan renders the LKIP of a data file: Markdown (default),
// print-ready HTML, JSON with everything computed, a Word document (docx)
// or the report's tables as an Excel workbook (xlsx). Without a file it
// renders the embedded sample, the LKIP 2022 of Dinas Sosial Kabupaten
// Flores Timur.
//
//	go run ./examples/laporan [-format md|html|json|docx|xlsx] [-o FILE] [FILE.json]
//
// docx and xlsx are binary: they are not written to a terminal (use -o).
// It exits 0 on success (and for -h), 1 when the data file cannot be read
// or loaded or the output cannot be written, and 2 on bad usage.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/lkip"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const pemakaian = "pemakaian: laporan [-format md|html|json|docx|xlsx] [-o BERKAS] [-serapan 15/40/60/90] [-toleransi 0] [DATA.json]"

func run(args []string, stdout, stderr io.Writer) int {
	f := flag.NewFlagSet("laporan", flag.ContinueOnError)
	f.SetOutput(stderr)
	format := f.String("format", "md", "bentuk keluaran: md, html, json, docx atau xlsx")
	keluar := f.String("o", "", "tulis ke berkas ini (bawaan: keluaran standar)")
	serapan := f.String("serapan", "", "target serapan kumulatif per triwulan dalam persen pagu, mis. 25/50/75/100 (kosong: bawaan 15/40/60/90)")
	toleransi := f.String("toleransi", "", "poin di bawah target serapan yang tidak dilaporkan")
	f.Usage = func() {
		fmt.Fprintln(stderr, pemakaian)
		f.PrintDefaults()
	}
	if err := f.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var render func(io.Writer, *lkip.Laporan) error
	switch *format {
	case "md":
		render = lkip.RenderMarkdown
	case "html":
		render = lkip.RenderHTML
	case "json":
		render = lkip.RenderJSON
	case "docx":
		render = lkip.RenderDOCX
	case "xlsx":
		render = lkip.RenderXLSX
	default:
		fmt.Fprintf(stderr, "laporan: format %q tidak dikenal (md, html, json, docx, xlsx)\n%s\n", *format, pemakaian)
		return 2
	}
	if (*format == "docx" || *format == "xlsx") && *keluar == "" && terminal(stdout) {
		fmt.Fprintf(stderr, "laporan: format %s adalah berkas biner: tulis ke berkas dengan -o BERKAS\n%s\n", *format, pemakaian)
		return 2
	}
	var d *lkip.Dokumen
	switch f.NArg() {
	case 0:
		d = lkip.Contoh()
	case 1:
		var err error
		if d, err = lkip.ParseFile(f.Arg(0)); err != nil {
			fmt.Fprintln(stderr, "laporan:", err)
			return 1
		}
	default:
		fmt.Fprintf(stderr, "laporan: hanya satu berkas data, bukan %d\n%s\n", f.NArg(), pemakaian)
		return 2
	}
	opsi := lkip.DefaultOpsi()
	tw, err := anggaran.ParseOpsiTriwulan(*serapan, *toleransi)
	if err != nil {
		fmt.Fprintln(stderr, "laporan:", err)
		return 2
	}
	opsi.Anggaran.Triwulan = tw
	l, err := lkip.Compute(d, opsi)
	if err != nil {
		fmt.Fprintln(stderr, "laporan:", err)
		return 1
	}
	w := stdout
	var berkas *os.File
	if *keluar != "" {
		if berkas, err = os.Create(*keluar); err != nil {
			fmt.Fprintln(stderr, "laporan:", naskah.PesanBerkas(*keluar, err, true))
			return 1
		}
		w = berkas
	}
	bw := bufio.NewWriter(w)
	err = render(bw, l)
	if err == nil {
		err = bw.Flush()
	}
	if berkas != nil {
		if e := berkas.Close(); err == nil {
			err = e
		}
	}
	if err != nil {
		if *keluar != "" {
			err = naskah.PesanBerkas(*keluar, err, true)
		}
		fmt.Fprintln(stderr, "laporan:", err)
		return 1
	}
	return 0
}

// terminal reports whether w is a terminal (a character device).
func terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
