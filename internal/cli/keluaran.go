package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/lkip"
)

// Bentuk is one output format of a program: its -format name, how it is
// written, and whether it is binary (never written to a terminal).
type Bentuk[T any] struct {
	Nama  string
	Tulis func(io.Writer, T) error
	Biner bool
}

// PilihBentuk returns the format named nama among bs. An unknown name, or
// a binary format bound for a terminal (keluar is the -o file, "" for
// stdout), is reported on stderr: ok is false and the program exits
// [Salah].
func PilihBentuk[T any](p *Program, nama, keluar string, bs []Bentuk[T]) (b Bentuk[T], ok bool) {
	var ada []string
	for _, b := range bs {
		if b.Nama == nama {
			if b.Biner && keluar == "" && terminal(p.Stdout) {
				p.Gagal("format %s adalah berkas biner: tulis ke berkas dengan -o BERKAS", nama)
				return b, false
			}
			return b, true
		}
		ada = append(ada, b.Nama)
	}
	p.Gagal("format %q tidak dikenal (%s)", nama, strings.Join(ada, ", "))
	return b, false
}

// Mulai parses a program's arguments ([Program.Parse]) and picks its
// -format ([PilihBentuk]); format and keluar are its -format and -o flags
// (keluar nil for a program without -o), read once parsed. lanjut is
// false when the program ends now with kode (-h, -version, a bad flag or
// format).
func Mulai[T any](p *Program, args []string, format, keluar *string, bs []Bentuk[T]) (b Bentuk[T], kode int, lanjut bool) {
	if kode, selesai := p.Parse(args); selesai {
		return b, kode, false
	}
	o := ""
	if keluar != nil {
		o = *keluar
	}
	b, ok := PilihBentuk(p, *format, o, bs)
	if !ok {
		return b, Salah, false
	}
	return b, Bersih, true
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

// Tulis writes through tulis, buffered, to the file path (created, or
// truncated) or, when path is "", to stdout. An error names the file.
func Tulis(path string, stdout io.Writer, tulis func(io.Writer) error) error {
	w := stdout
	var berkas *os.File
	if path != "" {
		var err error
		if berkas, err = os.Create(path); err != nil {
			return naskah.PesanBerkas(path, err, true)
		}
		w = berkas
	}
	bw := bufio.NewWriter(w)
	err := tulis(bw)
	if err == nil {
		err = bw.Flush()
	}
	if berkas != nil {
		if e := berkas.Close(); err == nil {
			err = e
		}
	}
	if err != nil && path != "" {
		err = naskah.PesanBerkas(path, err, true)
	}
	return err
}

// FlagTriwulan adds the flags -serapan (the cumulative serapan targets per
// quarter, [anggaran.ParseTargetSerapan]) and -toleransi (the points
// below them not reported) and returns the function that reads them,
// after [Program.Parse].
func (p *Program) FlagTriwulan() func() (anggaran.OpsiTriwulan, error) {
	serapan := p.Flag.String("serapan", "", "target serapan kumulatif per triwulan dalam persen pagu, mis. 25/50/75/100 (kosong: bawaan 15/40/60/90)")
	toleransi := p.Flag.String("toleransi", "", "poin di bawah target serapan yang tidak dilaporkan")
	return func() (anggaran.OpsiTriwulan, error) {
		return anggaran.ParseOpsiTriwulan(*serapan, *toleransi)
	}
}

// Berkas returns the one file the arguments name ("" when they name
// none, then the program reads its sample). ok is false when they name
// more than one: the error and the usage line are on stderr and the
// program exits [Salah].
func (p *Program) Berkas() (path string, ok bool) {
	switch p.Flag.NArg() {
	case 0:
		return "", true
	case 1:
		return p.Flag.Arg(0), true
	}
	p.Gagal("hanya satu berkas data, bukan %d\n%s", p.Flag.NArg(), p.pemakaian)
	return "", false
}

// Dokumen reads the one data file the arguments name ([Program.Berkas]),
// or the embedded sample ([lkip.Contoh]) when there is none. ok is false
// when it cannot: the error is on stderr and the program exits [Salah].
func (p *Program) Dokumen() (d *lkip.Dokumen, ok bool) {
	path, ok := p.Berkas()
	switch {
	case !ok:
		return nil, false
	case path == "":
		return lkip.Contoh(), true
	}
	d, err := lkip.ParseFile(path)
	if err != nil {
		p.Gagal("%v", err)
		return nil, false
	}
	return d, true
}

// TulisTemuan writes findings to w, one a line ("- [kode] finding"),
// under a line saying how many there are (with judul after the count
// when it is not empty).
func TulisTemuan(w io.Writer, judul string, ts []anggaran.Temuan) {
	fmt.Fprintf(w, "%d temuan%s:\n", len(ts), judul)
	for _, t := range ts {
		fmt.Fprintf(w, "- [%s] %s\n", t.Kode, t)
	}
}
