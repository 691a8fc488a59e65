// Command rekap summarises the LKIP data files of many dinas of one year:
// a row per dinas (pagu, realisasi, serapan, IKU, capaian, predikat,
// efficiency, reviu findings, completeness), the kabupaten's totals, the
// dinas that need attention first and the cross-dinas checks. Without an
// argument it summarises a kabupaten of 40 dinas generated in memory (the
// one of the golden test, package internal/gen/kabupaten, with its planted
// mistakes). A folder stands for its *.json files.
//
//	go run ./examples/rekap [-format md|html|json|xlsx] [-o FILE] [-urut KOLOM] [-turun]
//	    [-perhatian] [-dinas TEKS] [-tahun N] [-banyak-pemda] [-pagu RP] [-realisasi RP]
//	    [-serapan 15/40/60/90] [-toleransi 0] [-pekerja N] [-version] [DIR|FILE.json…]
//
// Files are read, computed, summarised and dropped by -pekerja goroutines
// at once (by default one per CPU), so memory holds that many documents
// and the rekap whatever their number. It exits 0 when
// nothing is a kesalahan (and for -h), 1 when a kesalahan is found (in the
// cross-dinas checks or in a dinas' reviu), and 2 on bad usage, an
// unreadable input file or an output that cannot be written.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/cli"
	"github.com/pemkab/sakip/internal/gen/kabupaten"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/lkip/rekap"
)

func main() { cli.Jalankan(run) }

const pemakaian = "pemakaian: rekap [-format md|html|json|xlsx] [-o BERKAS] [-urut KOLOM] [-turun] [-perhatian] [-dinas TEKS] [-tahun N] [-banyak-pemda] [-pagu RP] [-realisasi RP] [-serapan 15/40/60/90] [-toleransi 0] [FOLDER|DATA.json…]"

// bentuk are the rekap's output formats.
var bentuk = []cli.Bentuk[*rekap.Rekap]{
	{Nama: "md", Tulis: rekap.RenderMarkdown},
	{Nama: "html", Tulis: rekap.RenderHTML},
	{Nama: "json", Tulis: rekap.RenderJSON},
	{Nama: "xlsx", Tulis: rekap.RenderXLSX, Biner: true},
}

func run(args []string, stdout, stderr io.Writer) int {
	c := cli.New("rekap", pemakaian, "Rekap berkas data banyak dinas satu tahun: satu baris per dinas, jumlah kabupaten, dinas yang perlu perhatian, pemeriksaan lintas dinas. Tanpa berkas: kabupaten contoh 40 dinas yang dibuat di memori.", stdout, stderr)
	f := c.Flag
	format := f.String("format", "md", "bentuk keluaran: md, html, json atau xlsx (xlsx tidak ditulis ke terminal: pakai -o)")
	keluar := f.String("o", "", "tulis ke berkas ini (bawaan: keluaran standar)")
	urut := f.String("urut", "", "urutkan menurut kolom: "+kolom())
	turun := f.Bool("turun", false, "urutkan dari yang terbesar")
	perhatian := f.Bool("perhatian", false, "hanya dinas yang perlu perhatian")
	dinas := f.String("dinas", "", "hanya dinas yang namanya memuat teks ini")
	tahun := f.Int("tahun", 0, "tahun rekap (bawaan: tahun kebanyakan berkas)")
	pekerja := f.Int("pekerja", runtime.GOMAXPROCS(0), "berkas yang dibaca sekaligus (memori: satu dokumen per pekerja)")
	banyak := f.Bool("banyak-pemda", false, "berkas dari beberapa pemda (rekap provinsi)")
	pagu := f.String("pagu", "", "pagu kabupaten tercetak (mis. Perda APBD), dibandingkan dengan jumlah dinas")
	realisasi := f.String("realisasi", "", "realisasi kabupaten tercetak, dibandingkan dengan jumlah dinas")
	triwulan := c.FlagTriwulan()
	b, kode, lanjut := cli.Mulai(c, args, format, keluar, bentuk)
	if !lanjut {
		return kode
	}
	if *urut != "" && !slices.Contains(rekap.SemuaKolom, rekap.Kolom(*urut)) {
		return c.Gagal("kolom %q tidak dikenal; pilih salah satu: %s", *urut, kolom())
	}
	o := rekap.Opsi{Tahun: *tahun, BanyakPemda: *banyak}
	tw, err := triwulan()
	if err != nil {
		return c.Gagal("%v", err)
	}
	o.LKIP.Anggaran.Triwulan = tw
	for _, x := range []struct{ nama, nilai string }{{"pagu", *pagu}, {"realisasi", *realisasi}} {
		if x.nilai == "" {
			continue
		}
		v, err := anggaran.ParseRupiah(x.nilai)
		if err != nil {
			return c.Gagal("-%s: %v", x.nama, err)
		}
		if o.Tercetak == nil {
			o.Tercetak = &rekap.Tercetak{Sumber: "jumlah tercetak"}
		}
		if x.nama == "pagu" {
			o.Tercetak.Pagu = anggaran.Ada(v)
		} else {
			o.Tercetak.Realisasi = anggaran.Ada(v)
		}
	}
	p := rekap.New(o)
	gagal := false
	if f.NArg() == 0 {
		bs, _ := kabupaten.Buat(kabupaten.Opsi{})
		for _, b := range bs {
			if err := p.TambahData(b.Nama, b.Data); err != nil {
				fmt.Fprintln(stderr, "rekap:", err)
				gagal = true
			}
		}
	}
	var files []string
	for _, a := range f.Args() {
		fs, err := berkas(a)
		if err != nil {
			return c.Gagal("%v", err)
		}
		files = append(files, fs...)
	}
	if err := p.TambahSemua(files, *pekerja); err != nil {
		fmt.Fprintln(stderr, "rekap:", err)
		gagal = true
	}
	r := p.Rekap()
	if *perhatian || *dinas != "" {
		r = r.Saring(rekap.Saringan{Perhatian: *perhatian, Dinas: *dinas})
	}
	if *urut != "" {
		r.Urutkan(rekap.Kolom(*urut), *turun) // checked above
	}
	if err := cli.Tulis(*keluar, stdout, func(w io.Writer) error { return b.Tulis(w, r) }); err != nil {
		return c.Gagal("%v", err)
	}
	switch {
	case gagal:
		return cli.Salah
	case r.Kesalahan():
		return cli.Kesalahan
	}
	return cli.Bersih
}

func kolom() string {
	s := make([]string, len(rekap.SemuaKolom))
	for i, k := range rekap.SemuaKolom {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// berkas expands a folder to its *.json files, in name order; a file is
// itself.
func berkas(a string) ([]string, error) {
	fi, err := os.Stat(a)
	if err != nil {
		return nil, naskah.PesanBerkas(a, err, false)
	}
	if !fi.IsDir() {
		return []string{a}, nil
	}
	fs, err := filepath.Glob(filepath.Join(a, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(fs) == 0 {
		return nil, fmt.Errorf("folder %s tidak memuat berkas .json", a)
	}
	slices.Sort(fs)
	return fs, nil
}
