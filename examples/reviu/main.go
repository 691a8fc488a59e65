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
	"io/fs"
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
		data, err := bacaIsi(f.Arg(0))
		if err == nil {
			d, err = lkip.Parse(data, f.Arg(0))
		}
		if err != nil {
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

// bacaIsi reads a file, with the errors a staff member can act on in
// Bahasa Indonesia, naming the file.
func bacaIsi(path string) ([]byte, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("%s adalah folder, bukan berkas: sebutkan berkas data JSON di dalamnya", path)
	}
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		return data, nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("berkas %s tidak ditemukan: periksa nama berkas dan foldernya", path)
	case errors.Is(err, fs.ErrPermission):
		return nil, fmt.Errorf("berkas %s tidak boleh dibaca (izin ditolak): periksa hak akses berkas", path)
	}
	return nil, fmt.Errorf("berkas %s tidak dapat dibaca (keterangan sistem: %v)", path, err)
}
