// Command laporan renders the LKIP of a data file: Markdown (default),
// print-ready HTML, JSON with everything computed, a Word document (docx)
// or the report's tables as an Excel workbook (xlsx). Without a file it
// renders the embedded sample, the LKIP 2022 of Dinas Sosial Kabupaten
// Flores Timur.
//
//	go run ./examples/laporan [-format md|html|json|docx|xlsx] [-o FILE] [-serapan 15/40/60/90] [-toleransi 0] [-version] [FILE.json]
//
// docx and xlsx are binary: they are not written to a terminal (use -o).
// Exit status, as every example's (package internal/cli): 0 the report is
// written and its reviu found no kesalahan (also for -h and -version), 1
// it is written and the reviu found a kesalahan (the findings are in the
// report), 2 bad usage, a data file that cannot be read or loaded, or an
// output that cannot be written.
package main

import (
	"io"

	"github.com/pemkab/sakip/internal/cli"
	"github.com/pemkab/sakip/lkip"
)

func main() { cli.Jalankan(run) }

const pemakaian = "pemakaian: laporan [-format md|html|json|docx|xlsx] [-o BERKAS] [-serapan 15/40/60/90] [-toleransi 0] [DATA.json]"

// bentuk are the report's output formats.
var bentuk = []cli.Bentuk[*lkip.Laporan]{
	{Nama: "md", Tulis: lkip.RenderMarkdown},
	{Nama: "html", Tulis: lkip.RenderHTML},
	{Nama: "json", Tulis: lkip.RenderJSON},
	{Nama: "docx", Tulis: lkip.RenderDOCX, Biner: true},
	{Nama: "xlsx", Tulis: lkip.RenderXLSX, Biner: true},
}

func run(args []string, stdout, stderr io.Writer) int {
	p := cli.New("laporan", pemakaian, "Menyusun LKIP lengkap dari berkas data (tanpa berkas: contoh bawaan) sebagai Markdown, HTML siap cetak, JSON, Word (DOCX) atau Excel (XLSX); temuan reviu ada di dalam laporan.", stdout, stderr)
	format := p.Flag.String("format", "md", "bentuk keluaran: md, html, json, docx atau xlsx")
	keluar := p.Flag.String("o", "", "tulis ke berkas ini (bawaan: keluaran standar)")
	triwulan := p.FlagTriwulan()
	b, kode, lanjut := cli.Mulai(p, args, format, keluar, bentuk)
	if !lanjut {
		return kode
	}
	d, ok := p.Dokumen()
	if !ok {
		return cli.Salah
	}
	opsi := lkip.DefaultOpsi()
	tw, err := triwulan()
	if err != nil {
		return p.Gagal("%v", err)
	}
	opsi.Anggaran.Triwulan = tw
	l, err := lkip.Compute(d, opsi)
	if err != nil {
		return p.Gagal("%v", err)
	}
	if err := cli.Tulis(*keluar, stdout, func(w io.Writer) error { return b.Tulis(w, l) }); err != nil {
		return p.Gagal("%v", err)
	}
	// The report is written; its reviu decides the status, as every
	// example's (internal/cli): 1 when a finding is a kesalahan.
	return cli.Keluar(l.Temuan)
}
