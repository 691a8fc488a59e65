// Command capaian scores the IKU of a dinas' LKIP data file: Tabel 3.1
// with capaian and predikat added, the capaian per sasaran and for the
// dinas, and the comparison with the previous year. With no file it reads
// the embedded seed (the LKIP 2022 of Dinas Sosial Kabupaten Flores Timur).
//
//	go run ./examples/capaian [-format md|json] [-skala permendagri86|baik|pk|panrb88|SKALA.json] [-tahun 2022] [-batas 0:200] [-anggaran=false] [-temuan=false] [-version] [FILE.json|FILE.csv|FILE.xlsx]
//
// FILE is a whole data file ({"versi": 1, "kinerja": {…}, …}), a bare
// kinerja section, or a printed Tabel 3.1 saved as CSV (a name ending in
// .csv): header at least indikator;target;realisasi, optionally sasaran,
// satuan, polaritas, capaian and tahun (see kinerja.ParseTabel31; without
// a tahun column give -tahun). For a CSV the report shows the computed
// capaian and predikat, and the findings those a Tabel 3.1 answers for: a
// printed capaian that differs, a polarity that cannot be right, a target
// of 0, … (kinerja.SaringTabel31 leaves out those about the formula, the
// Renstra and the Perjanjian Kinerja, which the table does not hold). A
// workbook (.xlsx) is read from its first sheet whose header names those
// columns (package lkip/impor), the same way. When it is a whole data file with an "anggaran"
// section, the capaian per sasaran is set against the budget spent
// (efficiency). A Pemda's own predikat scale can be given as a JSON file
// ({"nama": …, "pita": [{"atas": "51", "predikat": "Sangat Rendah"}, …]}).
// The findings of the reviu go to stderr. It exits 0 when no finding is a
// kesalahan (and for -h and -version), 1 when any is, and 2 on bad usage
// or a file that cannot be read (with a message saying where): the exit
// codes of every example (package internal/cli).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/cli"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip/impor"
	"github.com/shopspring/decimal"
)

func main() { cli.Jalankan(run) }

// skor is a document and its scores, what the outputs are written from.
type skor struct {
	d *kinerja.Dokumen
	h *kinerja.Hasil
}

// bentuk are the outputs of -format.
var bentuk = []cli.Bentuk[skor]{
	{Nama: "md", Tulis: func(w io.Writer, x skor) error { return kinerja.RenderMarkdown(w, x.d, x.h) }},
	{Nama: "json", Tulis: func(w io.Writer, x skor) error { return kinerja.RenderJSON(w, x.d, x.h) }},
}

func run(args []string, stdout, stderr io.Writer) int {
	p := cli.New("capaian", "pemakaian: capaian [-format md|json] [-skala nama|SKALA.json] [-tahun N] [-batas BAWAH:ATAS] [-anggaran=false] [-temuan=false] [BERKAS.json|TABEL31.csv|TABEL31.xlsx]",
		"Menghitung capaian dan predikat IKU (Tabel 3.1), per sasaran dan dinas, dari berkas data atau dari Tabel 3.1 berformat CSV (tanpa berkas: contoh bawaan); temuan reviu ke stderr.", stdout, stderr)
	fs := p.Flag
	format := fs.String("format", "md", "keluaran: md (Markdown) atau json")
	namaSkala := fs.String("skala", "permendagri86", "skala predikat: permendagri86, baik, pk, panrb88, atau berkas .json skala sendiri")
	tahun := fs.Int("tahun", 0, "tahun laporan (0: tahun dalam berkas)")
	temuan := fs.Bool("temuan", true, "tulis temuan reviu ke stderr")
	batas := fs.String("batas", "", "lantai:plafon capaian dalam persen, mis. 0:200 (kosong: tanpa batas)")
	pakaiAnggaran := fs.Bool("anggaran", true, "hitung efisiensi per sasaran dari bagian anggaran berkas data (bila ada)")
	b, kode, lanjut := cli.Mulai(p, args, format, nil, bentuk)
	if !lanjut {
		return kode
	}
	skala, ok := kinerja.SkalaBernama(*namaSkala)
	if !ok && strings.HasSuffix(*namaSkala, ".json") {
		b, err := naskah.ReadFile(*namaSkala)
		if err == nil {
			skala, err = kinerja.ParseSkala(b, *namaSkala)
		}
		if err != nil {
			return p.Gagal("-skala: %v", err)
		}
		ok = true
	}
	if !ok {
		return p.Gagal("skala %q tidak dikenal (permendagri86, baik, pk, panrb88, atau berkas .json)", *namaSkala)
	}
	berkas, ok := p.Berkas()
	if !ok {
		return cli.Salah
	}
	opsi := kinerja.Opsi{Skala: skala}
	if *batas != "" {
		b, err := bacaBatas(*batas)
		if err != nil {
			return p.Gagal("-batas %s: %v", *batas, err)
		}
		opsi.Batas = b
	}
	if strings.EqualFold(filepath.Ext(berkas), ".csv") {
		return tabel31(p, berkas, *tahun, opsi, b, *temuan)
	}
	if strings.EqualFold(filepath.Ext(berkas), ".xlsx") {
		d, kode := lembar31(p, berkas, *tahun)
		if d == nil {
			return kode
		}
		return skor31(p, d, *tahun, opsi, b, *temuan)
	}
	data, nama := sampel.FlotimDinsos2022, "flotim-dinsos-2022.json (bawaan)"
	if berkas != "" {
		nama = berkas
		b, err := naskah.ReadFile(nama)
		if err != nil {
			return p.Gagal("%v", err)
		}
		data = b
	}
	d, err := kinerja.ParseBerkas(data)
	if err != nil {
		var pe *anggaran.ParseError
		if errors.As(err, &pe) {
			pe.Berkas = nama
		}
		return p.Gagal("%v", err)
	}
	var sumber kinerja.SumberAnggaran
	if *pakaiAnggaran {
		sumber = bacaAnggaran(data, nama, stderr)
	}
	h := kinerja.Compute(d, *tahun, opsi, sumber)
	if err := b.Tulis(stdout, skor{d, h}); err != nil {
		return p.Gagal("%v", err)
	}
	if *temuan {
		cli.TulisTemuan(stderr, "", h.Temuan)
	}
	return cli.Keluar(h.Temuan)
}

// tabel31 scores a printed Tabel 3.1 read from the CSV file nama: the
// computed capaian and predikat on stdout, the findings a Tabel 3.1
// answers for on stderr.
func tabel31(p *cli.Program, nama string, tahun int, opsi kinerja.Opsi, b cli.Bentuk[skor], temuan bool) int {
	data, err := naskah.ReadFile(nama)
	if err != nil {
		return p.Gagal("%v", err)
	}
	d, err := kinerja.ParseTabel31(bytes.NewReader(data), kinerja.OpsiTabel31{Berkas: nama, Tahun: tahun})
	if err != nil {
		return p.Gagal("%v", err)
	}
	return skor31(p, d, tahun, opsi, b, temuan)
}

// lembar31 reads a printed Tabel 3.1 from the first sheet of workbook
// nama whose header names its columns (lkip/impor: indikator, target,
// realisasi, and the optional ones); nil and the exit code when none can
// be read.
func lembar31(p *cli.Program, nama string, tahun int) (*kinerja.Dokumen, int) {
	data, err := naskah.ReadFile(nama)
	if err != nil {
		return nil, p.Gagal("%v", err)
	}
	ls, err := impor.Baca(filepath.Base(nama), data)
	if err != nil {
		return nil, p.Gagal("%v", err)
	}
	var jenis []string
	for _, l := range ls {
		u := impor.Usulkan(l)
		if u.Jenis != impor.JenisTabel31 {
			jenis = append(jenis, fmt.Sprintf("lembar %q: %s", l.Nama, u.Jenis))
			continue
		}
		h, err := impor.Susun(l, u, impor.Opsi{Tahun: tahun})
		if err != nil {
			return nil, p.Gagal("%v", err)
		}
		return h.Kinerja, 0
	}
	return nil, p.Gagal("%s: tidak ada lembar Tabel 3.1 (baris judul dengan kolom indikator, target dan realisasi): %s", nama, strings.Join(jenis, "; "))
}

// skor31 scores a printed Tabel 3.1: the computed capaian and predikat on
// stdout, the findings a Tabel 3.1 answers for on stderr.
func skor31(p *cli.Program, d *kinerja.Dokumen, tahun int, opsi kinerja.Opsi, b cli.Bentuk[skor], temuan bool) int {
	h := kinerja.Compute(d, tahun, opsi, nil)
	if err := b.Tulis(p.Stdout, skor{d, h}); err != nil {
		return p.Gagal("%v", err)
	}
	ts, lewat := kinerja.SaringTabel31(d, h.Temuan)
	if temuan {
		judul := ""
		if lewat > 0 {
			judul = fmt.Sprintf(" (%d temuan lain tentang rumus, Renstra dan Perjanjian Kinerja dilewati: tidak ada dalam Tabel 3.1)", lewat)
		}
		cli.TulisTemuan(p.Stderr, judul, ts)
	}
	return cli.Keluar(ts)
}

// bacaBatas reads "BAWAH:ATAS" (either may be empty) as a floor and cap.
func bacaBatas(s string) (*kinerja.Batas, error) {
	bawah, atas, ok := strings.Cut(s, ":")
	if !ok {
		return nil, fmt.Errorf("tulis BAWAH:ATAS, misalnya 0:200")
	}
	var b kinerja.Batas
	for _, x := range []struct {
		teks string
		ke   **decimal.Decimal
	}{{bawah, &b.Bawah}, {atas, &b.Atas}} {
		if strings.TrimSpace(x.teks) == "" {
			continue
		}
		v, err := anggaran.ParsePersen(x.teks)
		if err != nil {
			return nil, err
		}
		*x.ke = &v
	}
	if b.Bawah != nil && b.Atas != nil && b.Bawah.GreaterThan(*b.Atas) {
		return nil, fmt.Errorf("lantai lebih besar dari plafon")
	}
	return &b, nil
}

// bacaAnggaran computes the budget tree of the data file's "anggaran"
// section (cli.BacaAnggaran), for the efficiency per sasaran. A bare
// kinerja section has none; a section that cannot be read is reported and
// skipped (nil).
func bacaAnggaran(data []byte, nama string, stderr io.Writer) kinerja.SumberAnggaran {
	a, err := cli.BacaAnggaran(data, nama, false)
	if err != nil {
		fmt.Fprintf(stderr, "capaian: bagian anggaran diabaikan, efisiensi tidak dihitung: %v\n", err)
		return nil
	}
	if a == nil {
		return nil
	}
	return a.Compute(anggaran.Opsi{})
}
