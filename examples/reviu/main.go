// Command reviu prints the findings of the reviu of a data file, one per
// line, most severe first, then what the report still lacks (catatan
// lkip/belum-diisi, from lkip.Laporan.Kelengkapan), so that a half-filled
// document is not mistaken for a clean one. Without a file it reviews the
// embedded sample, the LKIP 2022 of Dinas Sosial Kabupaten Flores Timur.
//
//	go run ./examples/reviu [-version] [-serapan 15/40/60/90] [-toleransi 0] [FILE.json]
//
// It exits 0 when no finding is a kesalahan (and for -h and -version), 1
// when any is, and 2 when the file cannot be read or loaded, or on bad
// usage: the exit codes of every example (package internal/cli).
package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/pemkab/sakip/internal/cli"
	"github.com/pemkab/sakip/lkip"
)

func main() { cli.Jalankan(run) }

const pemakaian = "pemakaian: reviu [-serapan 15/40/60/90] [-toleransi 0] [DATA.json]"

func run(args []string, stdout, stderr io.Writer) int {
	p := cli.New("reviu", pemakaian, "Mencetak temuan reviu berkas data (tanpa berkas: contoh bawaan) satu per baris, yang terberat dahulu.", stdout, stderr)
	triwulan := p.FlagTriwulan()
	if kode, selesai := p.Parse(args); selesai {
		return kode
	}
	opsi := lkip.DefaultOpsi()
	tw, err := triwulan()
	if err != nil {
		return p.Gagal("%v", err)
	}
	opsi.Anggaran.Triwulan = tw
	d, ok := p.Dokumen()
	if !ok {
		return cli.Salah
	}
	l, err := lkip.Compute(d, opsi)
	if err != nil {
		return p.Gagal("%v", err)
	}
	w := bufio.NewWriter(stdout)
	for _, t := range l.Temuan {
		fmt.Fprintln(w, lkip.BarisTemuan(t))
	}
	belum := l.Kelengkapan().Temuan()
	for _, t := range belum {
		fmt.Fprintln(w, lkip.BarisTemuan(t))
	}
	r := l.Ringkasan
	fmt.Fprintf(w, "%d temuan: %d kesalahan, %d peringatan, %d catatan", len(l.Temuan), r.Kesalahan, r.Peringatan, r.Catatan)
	if n := len(l.Ditanggapi); n > 0 {
		fmt.Fprintf(w, "; %d temuan lain sudah ditanggapi dinas", n)
	}
	if len(belum) > 0 {
		fmt.Fprintf(w, "; %d hal belum diisi", len(belum))
	}
	fmt.Fprintln(w)
	if err := w.Flush(); err != nil {
		return p.Gagal("%v", err)
	}
	return cli.Keluar(l.Temuan)
}
