package anggaran

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"
)

// OpsiCSV are the options of [ParseCSV].
type OpsiCSV struct {
	// UrusanBidang completes short codes ("1 2 1 6"); required when the
	// file uses them.
	UrusanBidang Kode
	// Tahun is copied into the result.
	Tahun int
	// Tabel names the table in findings, e.g. "Tabel 3.2".
	Tabel string
}

// kolomCSV are the known header names; the first four are required.
var kolomCSV = []string{"kode", "uraian", "pagu", "realisasi", "pagu_murni", "fisik", "persen", "sisa", "catatan"}

// ParseCSV reads budget rows from a CSV file as Excel saves it: separator
// ";" (Indonesian locale) or ",", detected from the header row; an optional
// UTF-8 byte order mark; CRLF or LF line ends; quoted fields. The header
// names the columns in any order, case-insensitively, spaces read as "_":
// kode, uraian, pagu and realisasi are required; pagu_murni, fisik, persen,
// sisa and catatan are optional; any other column is refused. Rules for
// rows:
//   - an empty row is skipped (tables often separate groups with one);
//   - a row without a kode whose uraian starts with "jumlah" or "total" is
//     the printed grand total (at most one);
//   - amounts are read with [ParseRupiah] (pagu, realisasi, pagu_murni,
//     sisa) or [ParsePersen] (persen, fisik); empty means missing;
//   - a row without descendants must have a pagu.
//
// Errors are [*ParseError] values naming the file (berkas), the line and
// the column.
func ParseCSV(r io.Reader, berkas string, opsi OpsiCSV) (*Anggaran, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{Berkas: berkas, Err: err}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	fail := func(line int, kolom string, err error) (*Anggaran, error) {
		return nil, &ParseError{Berkas: berkas, Baris: line, Kolom: kolom, Err: err}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = pemisah(data)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return fail(0, "", errors.New("berkas kosong: baris judul kolom (kode;uraian;pagu;realisasi) tidak ada"))
	}
	if err != nil {
		return fail(barisCSV(err), "", terjemahCSV(err))
	}
	col := map[string]int{}
	for i, h := range header {
		name := strings.ToLower(strings.Join(strings.Fields(h), "_"))
		if name == "" {
			continue
		}
		known := false
		for _, k := range kolomCSV {
			known = known || k == name
		}
		if !known {
			return fail(1, h, fmt.Errorf("kolom %q tidak dikenal; yang dikenal: %s", h, strings.Join(kolomCSV, ", ")))
		}
		if _, dup := col[name]; dup {
			return fail(1, h, fmt.Errorf("kolom %q muncul dua kali", h))
		}
		col[name] = i
	}
	for _, k := range kolomCSV[:4] {
		if _, ok := col[k]; !ok {
			return fail(1, k, fmt.Errorf("kolom wajib %q tidak ada di baris judul (perlu: kode, uraian, pagu, realisasi; pemisah %q)", k, cr.Comma))
		}
	}
	a := &Anggaran{Tahun: opsi.Tahun, UrusanBidang: opsi.UrusanBidang, Tabel: opsi.Tabel}
	var lines []int
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(barisCSV(err), "", terjemahCSV(err))
		}
		line, _ := cr.FieldPos(0)
		get := func(name string) string {
			i, ok := col[name]
			if !ok || i >= len(rec) {
				return ""
			}
			return strings.TrimSpace(rec[i])
		}
		empty := true
		for _, f := range rec {
			empty = empty && strings.TrimSpace(f) == ""
		}
		if empty {
			continue
		}
		for i, f := range rec {
			if strings.TrimSpace(f) == "" {
				continue
			}
			if i >= len(header) {
				return fail(line, "", fmt.Errorf("ada %d kolom, lebih banyak dari baris judul (%d); isi kolom ke-%d tidak punya judul", len(rec), len(header), i+1))
			}
			if strings.TrimSpace(header[i]) == "" {
				return fail(line, "", fmt.Errorf("kolom ke-%d tidak punya judul tetapi berisi %q; beri judul atau kosongkan", i+1, f))
			}
		}
		row := Rincian{Uraian: get("uraian"), Catatan: get("catatan")}
		isJumlah := false
		if kode := get("kode"); kode != "" {
			k, err := ParseKodeRincian(kode, opsi.UrusanBidang)
			if err != nil {
				return fail(line, "kode", err)
			}
			row.Kode = k
		} else {
			u := strings.ToLower(row.Uraian)
			if !strings.HasPrefix(u, "jumlah") && !strings.HasPrefix(u, "total") {
				return fail(line, "kode", errors.New("kode wajib diisi (hanya baris JUMLAH/TOTAL yang boleh tanpa kode)"))
			}
			if a.Jumlah != nil {
				return fail(line, "kode", errors.New("baris jumlah (tanpa kode) muncul dua kali"))
			}
			isJumlah = true
		}
		for _, f := range []struct {
			nama  string
			jenis Jenis
			out   *decimal.NullDecimal
		}{
			{"pagu_murni", JenisRupiah, &row.PaguMurni},
			{"pagu", JenisRupiah, &row.Pagu},
			{"realisasi", JenisRupiah, &row.Realisasi},
			{"sisa", JenisRupiah, &row.Sisa},
			{"persen", JenisPersen, &row.Persen},
			{"fisik", JenisPersen, &row.Fisik},
		} {
			v, err := bacaNilai(nilaiJSON{teks: get(f.nama), ada: true}, f.jenis)
			if err != nil {
				return fail(line, f.nama, err)
			}
			*f.out = v
		}
		if isJumlah {
			a.Jumlah = &row
			continue
		}
		a.Rincian = append(a.Rincian, row)
		lines = append(lines, line)
	}
	if i, ok := cekPaguDaun(a.Rincian); !ok {
		return fail(lines[i], "pagu", errPaguDaun)
	}
	return a, nil
}

// pemisah picks the separator from the header line: ";" when it holds one
// outside quotes, else ",".
func pemisah(data []byte) rune {
	quoted := false
	for _, c := range data {
		switch c {
		case '"':
			quoted = !quoted
		case ';':
			if !quoted {
				return ';'
			}
		case '\n':
			if !quoted {
				return ','
			}
		}
	}
	return ','
}

func barisCSV(err error) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Line
	}
	return 0
}

// terjemahCSV rewrites encoding/csv's errors in Bahasa Indonesia.
func terjemahCSV(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(pe.Err, csv.ErrQuote), errors.Is(pe.Err, csv.ErrBareQuote):
			return fmt.Errorf("tanda kutip (\") tidak berpasangan di kolom ke-%d", pe.Column)
		}
		return fmt.Errorf("CSV tidak sah di kolom ke-%d: %v", pe.Column, pe.Err)
	}
	return err
}
