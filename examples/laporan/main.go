// Command laporan renders the LKIP of a data file: Markdown (default),
// print-ready HTML, JSON with everything computed, a Word document (docx)
// or the report's tables as an Excel workbook (xlsx). Without a file it
// renders the embedded sample, the LKIP 2022 of Dinas Sosial Kabupaten
// Flores Timur.
//
//	go run ./examples/laporan [-format md|html|json|docx|xlsx] [-o FILE] [FILE.json]
//
// docx and xlsx are binary: they are not written to a terminal (use -o).
// Exit status, as every example's (package internal/cli): 0 the report is
// written and its reviu found no kesalahan (also for -h and -version), 1
// it is written and the reviu found a kesalahan (the findings are in the
// report), 2 bad usage, a data file that cannot be read or loaded, or an
// output that cannot be written.
package main

import (
	"bufio"
	"io"
	"os"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/cli"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/lkip"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const pemakaian = "pemakaian: laporan [-format md|html|json|docx|xlsx] [-o BERKAS] [-serapan 15/40/60/90] [-toleransi 0] [DATA.json]"

func run(args []string, stdout, stderr io.Writer) int {
	p := cli.New("laporan", pemakaian, "Menyusun LKIP lengkap dari berkas data (tanpa berkas: contoh bawaan) sebagai Markdown, HTML siap cetak, JSON, Word (DOCX) atau Excel (XLSX); temuan reviu ada di dalam laporan.", stdout, stderr)
	f := p.Flag
	format := f.String("format", "md", "bentuk keluaran: md, html, json, docx atau xlsx")
	keluar := f.String("o", "", "tulis ke berkas ini (bawaan: keluaran standar)")
	serapan := f.String("serapan", "", "target serapan kumulatif per triwulan dalam persen pagu, mis. 25/50/75/100 (kosong: bawaan 15/40/60/90)")
	toleransi := f.String("toleransi", "", "poin di bawah target serapan yang tidak dilaporkan")
	if kode, selesai := p.Parse(args); selesai {
		return kode
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
		return p.Gagal("format %q tidak dikenal (md, html, json, docx, xlsx)\n%s", *format, pemakaian)
	}
	if (*format == "docx" || *format == "xlsx") && *keluar == "" && terminal(stdout) {
		return p.Gagal("format %s adalah berkas biner: tulis ke berkas dengan -o BERKAS\n%s", *format, pemakaian)
	}
	var d *lkip.Dokumen
	switch f.NArg() {
	case 0:
		d = lkip.Contoh()
	case 1:
		var err error
		if d, err = lkip.ParseFile(f.Arg(0)); err != nil {
			return p.Gagal("%v", err)
		}
	default:
		return p.Gagal("hanya satu berkas data, bukan %d\n%s", f.NArg(), pemakaian)
	}
	opsi := lkip.DefaultOpsi()
	tw, err := anggaran.ParseOpsiTriwulan(*serapan, *toleransi)
	if err != nil {
		return p.Gagal("%v", err)
	}
	opsi.Anggaran.Triwulan = tw
	l, err := lkip.Compute(d, opsi)
	if err != nil {
		return p.Gagal("%v", err)
	}
	w := stdout
	var berkas *os.File
	if *keluar != "" {
		if berkas, err = os.Create(*keluar); err != nil {
			return p.Gagal("%v", naskah.PesanBerkas(*keluar, err, true))
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
		return p.Gagal("%v", err)
	}
	// The report is written; its reviu decides the status, as every
	// example's (internal/cli): 1 when a finding is a kesalahan.
	return cli.Keluar(l.Temuan)
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
