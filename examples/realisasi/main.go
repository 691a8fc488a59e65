// Command realisasi computes a dinas' budget realisation (Program >
// Kegiatan > Sub Kegiatan) and checks it, from a CSV or JSON file or, with
// no file, from the embedded sample (the LKIP 2022 of Dinas Sosial
// Kabupaten Flores Timur):
//
//	go run ./examples/realisasi [-format md|json] [-urusan 1.06] [-temuan=false] [-version] [FILE.csv|FILE.json|FILE.xlsx]
//
// It writes the realisation table (Markdown laid out like an LKIP's Tabel
// 3.2, followed by the belanja table when there is one) or the JSON tree to
// standard output, and the findings (temuan) to standard error. A JSON file
// may be a whole data file (its "anggaran" key is used) or a bare anggaran
// section. A CSV file needs a header with at least kode;uraian;pagu;realisasi,
// or, for a table printed without codes, tingkat;uraian;pagu;realisasi
// (optional persen, kept and compared), or uraian;pagu;realisasi with names
// that begin with "Program", "Kegiatan" or "Sub Kegiatan"; such a table is
// printed without a code column. A workbook (.xlsx) is read from its first
// sheet holding a budget table or the Renja evaluation form of Permendagri
// 86/2017 (package lkip/impor: the header proposes the columns; the form's
// levels come from the nomenclature's names and its layout); the rows it
// refuses and every printed total that differs from the sum of its rows
// are written to standard error.
// It exits 0 when no finding is a kesalahan (and for -h and -version), 1
// when any is (whether or not -temuan prints them), and 2 on bad usage or
// when the file cannot be read, naming the row and the column: the exit
// codes of every example (package internal/cli).
package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/cli"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/lkip/impor"
)

func main() { cli.Jalankan(run) }

// bentuk are the outputs of -format, of the budget read.
var bentuk = []cli.Bentuk[*anggaran.Anggaran]{
	{Nama: "md", Tulis: tulisMarkdown},
	{Nama: "json", Tulis: func(w io.Writer, a *anggaran.Anggaran) error {
		return anggaran.RenderJSON(w, a.Compute(anggaran.Opsi{}))
	}},
}

// tulisMarkdown writes the counts, Tabel 3.2 and, when the budget has
// one, the belanja table.
func tulisMarkdown(w io.Writer, a *anggaran.Anggaran) error {
	pohon := a.Compute(anggaran.Opsi{})
	h := pohon.Hitungan()
	fmt.Fprintf(w, "%d program, %d kegiatan, %d sub kegiatan\n\n", h.Program, h.Kegiatan, h.SubKegiatan)
	err := anggaran.RenderMarkdown(w, pohon)
	if err == nil && len(a.Belanja) > 0 {
		io.WriteString(w, "\n")
		err = anggaran.RenderBelanjaMarkdown(w, anggaran.ComputeBelanja(a.Belanja))
	}
	return err
}

func run(args []string, stdout, stderr io.Writer) int {
	p := cli.New("realisasi", "pemakaian: realisasi [-format md|json] [-urusan 1.06] [-temuan=false] [BERKAS.csv|BERKAS.json|BERKAS.xlsx]",
		"Menghitung dan memeriksa realisasi anggaran (Tabel 3.2) dari berkas CSV atau JSON (tanpa berkas: contoh bawaan); temuan ke stderr.", stdout, stderr)
	fs := p.Flag
	format := fs.String("format", "md", "keluaran: md (tabel Markdown) atau json (pohon)")
	urusan := fs.String("urusan", "", "urusan dan bidang urusan (mis. 1.06) untuk kode singkat di CSV")
	temuan := fs.Bool("temuan", true, "tulis temuan pemeriksaan ke stderr")
	b, kode, lanjut := cli.Mulai(p, args, format, nil, bentuk)
	if !lanjut {
		return kode
	}
	berkas, ok := p.Berkas()
	if !ok {
		return cli.Salah
	}
	var awalan anggaran.Kode
	if *urusan != "" {
		k, err := anggaran.ParseKode(*urusan)
		if err == nil && k.Jenjang() != anggaran.JenjangBidang {
			err = fmt.Errorf("%q bukan kode bidang urusan (mis. 1.06)", *urusan)
		}
		if err != nil {
			return p.Gagal("-urusan: %v", err)
		}
		awalan = k
	}
	var a *anggaran.Anggaran
	var err error
	var lembar *impor.Hasil
	switch {
	case berkas == "":
		a, err = bacaJSON(sampel.FlotimDinsos2022, "internal/sampel/flotim-dinsos-2022.json")
	case strings.EqualFold(filepath.Ext(berkas), ".xlsx"):
		lembar, err = bacaXLSX(berkas, awalan)
		if lembar != nil {
			a = lembar.Anggaran
		}
	default:
		a, err = bacaBerkas(berkas, awalan)
	}
	if err != nil {
		return p.Gagal("%v", err)
	}
	if err := cli.Tulis("", stdout, func(w io.Writer) error { return b.Tulis(w, a) }); err != nil {
		return p.Gagal("%v", err)
	}
	if lembar != nil {
		return laporXLSX(lembar, stderr, *temuan)
	}
	ts := a.Check(anggaran.Opsi{})
	if *temuan {
		cli.TulisTemuan(stderr, "", ts)
	}
	return cli.Keluar(ts)
}

func bacaBerkas(path string, awalan anggaran.Kode) (*anggaran.Anggaran, error) {
	data, err := naskah.ReadFile(path)
	if err != nil {
		return nil, err
	}
	name := filepath.Base(path)
	if cli.BerkasJSON(path, data) {
		return bacaJSON(data, name)
	}
	return anggaran.ParseCSV(bytes.NewReader(data), name, anggaran.OpsiCSV{UrusanBidang: awalan})
}

// bacaJSON reads a whole data file (with an "anggaran" key) or a bare
// anggaran section (cli.BacaAnggaran); an empty section is an empty
// budget.
func bacaJSON(data []byte, name string) (*anggaran.Anggaran, error) {
	a, err := cli.BacaAnggaran(data, name, true)
	if a == nil && err == nil {
		a = &anggaran.Anggaran{}
	}
	return a, err
}

// bacaXLSX reads the budget rows of the first sheet of a workbook that
// holds a budget table or the Renja form, with the mapping its header
// proposes (package lkip/impor).
func bacaXLSX(path string, awalan anggaran.Kode) (*impor.Hasil, error) {
	data, err := naskah.ReadFile(path)
	if err != nil {
		return nil, err
	}
	ls, err := impor.Baca(filepath.Base(path), data)
	if err != nil {
		return nil, err
	}
	var salah []string
	for _, l := range ls {
		u := impor.Usulkan(l)
		if u.Jenis == impor.JenisTabel31 {
			salah = append(salah, fmt.Sprintf("lembar %q: %s (pakai examples/capaian)", l.Nama, u.Jenis))
			continue
		}
		h, err := impor.Susun(l, u, impor.Opsi{UrusanBidang: awalan})
		if err != nil {
			salah = append(salah, err.Error())
			continue
		}
		return h, nil
	}
	return nil, fmt.Errorf("%s: tidak ada lembar anggaran yang dapat dibaca: %s", filepath.Base(path), strings.Join(salah, "; "))
}

// laporXLSX writes to stderr the rows of the sheet that were refused, the
// printed totals that differ from the sum of their rows, and (temuan) the
// findings; a refused row counts as a kesalahan.
func laporXLSX(h *impor.Hasil, stderr io.Writer, temuan bool) int {
	kode := cli.Keluar(h.Temuan)
	if n := h.Ditolak(); n > 0 {
		kode = cli.Kesalahan
		fmt.Fprintf(stderr, "%s: %d baris ditolak (tidak ikut dihitung):\n", h.Lembar, n)
		for _, b := range h.Baris {
			if b.Ditolak != "" {
				fmt.Fprintf(stderr, "- baris %d «%s»: %s\n", b.No, b.Nama, b.Ditolak)
			}
		}
	}
	fmt.Fprintf(stderr, "%d jumlah tercetak berbeda dari jumlah baris-barisnya\n", len(h.Selisih))
	for _, t := range h.Selisih {
		fmt.Fprintf(stderr, "- [%s] %s\n", t.Kode, t)
	}
	if temuan {
		cli.TulisTemuan(stderr, "", h.Temuan)
	}
	return kode
}
