// Package cli holds what the example programs share: the -h and -version
// flags, the usage text, and the exit codes, which are the same for every
// program:
//
//	0  clean: no finding is a kesalahan (also for -h and -version)
//	1  a kesalahan was found (the findings are in the output: on stderr, or
//	   on stdout for reviu, or in the report for laporan)
//	2  bad usage, or an input that cannot be read or loaded
//
// A program's main is [Jalankan]; it builds its flags on [New] (the
// quarterly flags with [Program.FlagTriwulan]), parses them and picks its
// -format with [Mulai] ([Program.Parse], [PilihBentuk]), takes its file
// with [Program.Berkas] or reads it with [Program.Dokumen] (or
// [BacaAnggaran]), writes its output with [Tulis] and its findings with
// [TulisTemuan], and ends with [Keluar] (or returns one of the codes;
// [Program.Gagal] reports an error and returns [Salah]).
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

// The exit codes of every example program.
const (
	Bersih    = 0 // no kesalahan (also -h and -version)
	Kesalahan = 1 // at least one finding is a kesalahan
	Salah     = 2 // bad usage, or an input that cannot be read or loaded
)

// Program is one example program: its name, its flags and where it writes.
type Program struct {
	Nama   string
	Flag   *flag.FlagSet
	Stdout io.Writer
	Stderr io.Writer
	versi  *bool
	// pemakaian is the usage line New was given, repeated after an error
	// of usage.
	pemakaian string
}

// New returns a program named nama writing to stdout and stderr. pemakaian
// is the usage line ("pemakaian: reviu [DATA.json]") and keterangan the
// paragraph under it; -h prints both, the flags, and the exit codes.
func New(nama, pemakaian, keterangan string, stdout, stderr io.Writer) *Program {
	p := &Program{Nama: nama, Flag: flag.NewFlagSet(nama, flag.ContinueOnError), Stdout: stdout, Stderr: stderr, pemakaian: pemakaian}
	p.Flag.SetOutput(stderr)
	p.versi = p.Flag.Bool("version", false, "tulis versi sakip lalu keluar")
	p.Flag.Usage = func() {
		fmt.Fprintln(stderr, pemakaian)
		if keterangan != "" {
			fmt.Fprintln(stderr, keterangan)
		}
		fmt.Fprintln(stderr)
		p.Flag.VisitAll(func(f *flag.Flag) {
			fmt.Fprintf(stderr, "  -%s\n    \t%s", f.Name, f.Usage)
			if f.DefValue != "" && f.DefValue != "false" {
				fmt.Fprintf(stderr, " (bawaan: %s)", f.DefValue)
			}
			fmt.Fprintln(stderr)
		})
		fmt.Fprintln(stderr, "\nStatus keluar: 0 tanpa kesalahan, 1 ada temuan kesalahan, 2 pemakaian salah atau berkas tidak dapat dibaca.")
	}
	return p
}

// Parse parses args. selesai is true when the program should exit now
// with code kode: after -h (0), -version (0, the version written to
// stdout) or a bad flag (2, the error and the usage written to stderr).
func (p *Program) Parse(args []string) (kode int, selesai bool) {
	if err := p.Flag.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return Bersih, true
		}
		return Salah, true
	}
	if *p.versi {
		fmt.Fprintf(p.Stdout, "%s (sakip %s)\n", p.Nama, lkip.Versi)
		return Bersih, true
	}
	return 0, false
}

// Gagal writes "nama: pesan" to stderr and returns [Salah].
func (p *Program) Gagal(format string, a ...any) int {
	fmt.Fprintf(p.Stderr, "%s: %s\n", p.Nama, fmt.Sprintf(format, a...))
	return Salah
}

// Keluar returns the exit code for findings ts: [Kesalahan] when any is a
// kesalahan, else [Bersih].
func Keluar(ts []anggaran.Temuan) int {
	for _, t := range ts {
		if t.Tingkat == anggaran.Kesalahan {
			return Kesalahan
		}
	}
	return Bersih
}

// Jalankan runs a program's run function on the process's arguments and
// standard streams and exits with the code it returns: the whole of
// every example's main.
func Jalankan(run func(args []string, stdout, stderr io.Writer) int) {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
