// Command realisasi computes a dinas' budget realisation (Program >
// Kegiatan > Sub Kegiatan) and checks it, from a CSV or JSON file or, with
// no file, from the embedded sample (the LKIP 2022 of Dinas Sosial
// Kabupaten Flores Timur):
//
//	go run ./examples/realisasi [-format md|json] [-urusan 1.06] [-temuan=false] [FILE.csv|FILE.json]
//
// It writes the realisation table (Markdown laid out like an LKIP's Tabel
// 3.2, followed by the belanja table when there is one) or the JSON tree to
// standard output, and the findings (temuan) to standard error. A JSON file
// may be a whole data file (its "anggaran" key is used) or a bare anggaran
// section. A CSV file needs a header with at least kode;uraian;pagu;realisasi.
// It exits 1 when the file cannot be read, naming the row and the column,
// and 2 on bad usage.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/testdata"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("realisasi", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "md", "output: md (Markdown table) or json (tree)")
	urusan := fs.String("urusan", "", "urusan dan bidang urusan (mis. 1.06) untuk kode singkat di CSV")
	temuan := fs.Bool("temuan", true, "tulis temuan pemeriksaan ke stderr")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "pemakaian: realisasi [-format md|json] [-urusan 1.06] [-temuan=false] [BERKAS.csv|BERKAS.json]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *format != "md" && *format != "json" {
		fmt.Fprintf(stderr, "realisasi: format %q tidak dikenal (md atau json)\n", *format)
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	var awalan anggaran.Kode
	if *urusan != "" {
		k, err := anggaran.ParseKode(*urusan)
		if err == nil && k.Jenjang() != anggaran.JenjangBidang {
			err = fmt.Errorf("%q bukan kode bidang urusan (mis. 1.06)", *urusan)
		}
		if err != nil {
			fmt.Fprintf(stderr, "realisasi: -urusan: %v\n", err)
			return 2
		}
		awalan = k
	}
	var a *anggaran.Anggaran
	var err error
	if fs.NArg() == 0 {
		a, err = bacaJSON(testdata.FlotimDinsos2022, "testdata/flotim-dinsos-2022.json")
	} else {
		a, err = bacaBerkas(fs.Arg(0), awalan)
	}
	if err != nil {
		fmt.Fprintf(stderr, "realisasi: %v\n", err)
		return 1
	}
	p := a.Hitung(anggaran.Opsi{})
	var out bytes.Buffer
	switch *format {
	case "json":
		err = anggaran.RenderJSON(&out, p)
	default:
		h := p.Hitungan()
		fmt.Fprintf(&out, "%d program, %d kegiatan, %d sub kegiatan\n\n", h.Program, h.Kegiatan, h.SubKegiatan)
		err = anggaran.RenderMarkdown(&out, p)
		if err == nil && len(a.Belanja) > 0 {
			out.WriteString("\n")
			err = anggaran.RenderBelanjaMarkdown(&out, anggaran.HitungBelanja(a.Belanja))
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "realisasi: %v\n", err)
		return 1
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return 1
	}
	if *temuan {
		ts := a.Periksa(anggaran.Opsi{})
		fmt.Fprintf(stderr, "%d temuan\n", len(ts))
		for _, t := range ts {
			fmt.Fprintf(stderr, "%s [%s]\n", t, t.Kode)
		}
	}
	return 0
}

func bacaBerkas(path string, awalan anggaran.Kode) (*anggaran.Anggaran, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("berkas tidak dapat dibaca: %w", err)
	}
	name := filepath.Base(path)
	ext := strings.ToLower(filepath.Ext(path))
	isJSON := ext == ".json" || (ext != ".csv" && len(bytes.TrimSpace(data)) > 0 && bytes.TrimSpace(data)[0] == '{')
	if isJSON {
		return bacaJSON(data, name)
	}
	return anggaran.ParseCSV(bytes.NewReader(data), name, anggaran.OpsiCSV{UrusanBidang: awalan})
}

// bacaJSON reads a whole data file (with an "anggaran" key) or a bare
// anggaran section.
func bacaJSON(data []byte, name string) (*anggaran.Anggaran, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
			return nil, fmt.Errorf("%s: baris %d: JSON tidak sah: %v", name, line, se)
		}
		return nil, fmt.Errorf("%s: harus berupa objek JSON: %v", name, err)
	}
	if sec, ok := top["anggaran"]; ok {
		a, err := anggaran.ParseJSON(sec, name)
		var pe *anggaran.ParseError
		if errors.As(err, &pe) && pe.Path != "" {
			pe.Path = "anggaran." + pe.Path
		} else if errors.As(err, &pe) {
			pe.Path = "anggaran"
		}
		return a, err
	}
	return anggaran.ParseJSON(data, name)
}
