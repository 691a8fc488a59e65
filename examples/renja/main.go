// Command renja computes and reviews a Renja evaluation (the form of
// Permendagri 86/2017, "Evaluasi terhadap Hasil Renja Perangkat Daerah"):
// it reads the form from its spreadsheet, finds the columns by the form's
// numbers row (1 2 3 … 15) and the levels of the rows from their formulas
// and layout, computes columns 13, 14 and 15, the triwulan and the serapan
// from the sub kegiatan up, and writes the form as Markdown with the
// findings of the review on stderr. With no file it reads the embedded
// real form of the Bappedalitbang of Kabupaten Deli Serdang, 2025.
//
//	go run ./examples/renja [-format md|html|json|tsv] [-lembar NAMA] [-serapan 15/40/60/90] [-toleransi 0] [-temuan=false] [-version] [FILE.xlsx|FILE.tsv]
//
// FILE is the form as an .xlsx workbook, or its transcription as
// tab-separated values (-format tsv writes one); -format html writes the
// form ready to print (A4 landscape). Exit status: 0 when the
// review found no kesalahan, 1 when it found at least one, 2 for bad usage
// or a file that cannot be read (the message says which sheet, cell and
// row).
package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/cli"
	"github.com/pemkab/sakip/internal/naskah"
	contoh "github.com/pemkab/sakip/internal/sampel/renja"
	"github.com/pemkab/sakip/internal/xlsx"
	"github.com/pemkab/sakip/kinerja/renja"
)

func main() { cli.Jalankan(run) }

const pemakaian = "pemakaian: renja [-format md|html|json|tsv] [-lembar NAMA] [-serapan 15/40/60/90] [-toleransi 0] [-temuan=false] [BERKAS.xlsx|BERKAS.tsv]"

// hasil is what the form's outputs are written from.
type hasil struct {
	f  *renja.Formulir
	h  *renja.Hasil
	ts []anggaran.Temuan
}

// bentuk are the outputs of -format.
var bentuk = []cli.Bentuk[hasil]{
	{Nama: "md", Tulis: func(w io.Writer, x hasil) error { return renja.TulisMarkdown(w, x.f, x.h) }},
	{Nama: "html", Tulis: func(w io.Writer, x hasil) error { return renja.TulisHTML(w, x.f, x.h) }},
	{Nama: "json", Tulis: func(w io.Writer, x hasil) error { return renja.TulisJSON(w, x.f, x.h, x.ts) }},
	{Nama: "tsv", Tulis: func(w io.Writer, x hasil) error { return renja.TulisTSV(w, x.f) }},
}

func run(args []string, stdout, stderr io.Writer) int {
	p := cli.New("renja", pemakaian, "Menghitung dan mereviu formulir Evaluasi Hasil Renja (Permendagri 86/2017). Tanpa BERKAS: formulir Bappedalitbang Kabupaten Deli Serdang 2025.", stdout, stderr)
	fs := p.Flag
	format := fs.String("format", "md", "keluaran: md (formulir Markdown), html (formulir siap cetak), json (formulir terhitung dan temuan) atau tsv (transkripsi formulir)")
	triwulan := p.FlagTriwulan()
	temuan := fs.Bool("temuan", true, "tulis temuan reviu ke stderr")
	lembar := fs.String("lembar", "", "nama lembar formulir dalam buku kerja (kosong: lembar pertama yang memuat baris nomor kolom 1 … 15)")
	b, kode, lanjut := cli.Mulai(p, args, format, nil, bentuk)
	if !lanjut {
		return kode
	}
	berkas, ok := p.Berkas()
	if !ok {
		return cli.Salah
	}
	var opsi renja.Opsi
	tw, err := triwulan()
	if err != nil {
		return p.Gagal("%v", err)
	}
	opsi.Triwulan = tw

	data, nama := contoh.DeliSerdang2025, contoh.NamaDeliSerdang2025+" (bawaan)"
	if berkas != "" {
		nama = berkas
		if data, err = naskah.ReadFile(nama); err != nil {
			return p.Gagal("%v", err)
		}
	}
	var f *renja.Formulir
	switch {
	case bytes.HasPrefix(data, []byte("PK")) && *lembar != "":
		var wb *xlsx.Workbook
		if wb, err = xlsx.Read(data); err == nil {
			if s := wb.Sheet(*lembar); s != nil {
				f, err = renja.BacaLembar(s)
			} else {
				var ada []string
				for _, s := range wb.Sheets {
					ada = append(ada, strconv.Quote(s.Name))
				}
				err = fmt.Errorf("tidak ada lembar %q (yang ada: %s)", *lembar, strings.Join(ada, ", "))
			}
		}
	case bytes.HasPrefix(data, []byte("PK")):
		f, err = renja.BacaXLSX(data)
	default:
		f, err = renja.BacaTSV(bytes.TrimPrefix(data, []byte("\ufeff")))
	}
	if err != nil {
		return p.Gagal("%s: %v", nama, err)
	}
	h := renja.Hitung(f, opsi)
	ts := renja.Periksa(f, h)
	if err := b.Tulis(stdout, hasil{f, h, ts}); err != nil {
		return p.Gagal("%v", err)
	}
	if *temuan {
		n := map[anggaran.Tingkat]int{}
		for _, t := range ts {
			n[t.Tingkat]++
		}
		fmt.Fprintf(stderr, "%s: ", nama)
		cli.TulisTemuan(stderr, fmt.Sprintf(" (%d kesalahan, %d peringatan, %d catatan)", n[anggaran.Kesalahan], n[anggaran.Peringatan], n[anggaran.Catatan]), ts)
	}
	return cli.Keluar(ts)
}
