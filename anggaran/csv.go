package anggaran

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/pemkab/sakip/internal/csvteks"
	"github.com/pemkab/sakip/internal/naskah"
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

// kolomCSV are the known header names; uraian, pagu and realisasi are
// required, and kode or tingkat (or level words in the names).
// MaksCSV is the largest CSV file [ParseCSV] reads, in bytes (32 MiB, the
// limit of the data file, see lkip/SCHEMA.md): a larger one is refused
// after reading at most one byte more than that.
const MaksCSV = 32 << 20

var kolomCSV = []string{"kode", "uraian", "pagu", "realisasi", "tingkat", "pagu_murni", "fisik", "persen", "sisa", "catatan"}

// ParseCSV reads budget rows from a CSV file as Excel saves it: separator
// ";" (Indonesian locale) or ",", detected from the header row; an optional
// UTF-8 byte order mark; CRLF or LF line ends; quoted fields. The header
// names the columns in any order, case-insensitively, spaces read as "_":
// uraian, pagu and realisasi are required; kode, tingkat, pagu_murni,
// fisik, persen, sisa and catatan are optional; any other column is
// refused. Rules for rows:
//   - an empty row is skipped (tables often separate groups with one);
//   - a row without a kode (and without a tingkat) whose uraian starts
//     with "jumlah" or "total" is the printed grand total (at most one),
//     compared with the computed total and not added to it;
//   - a table has a code on every other row, or on none. Without codes,
//     a row's level is its tingkat ([ParseTingkat]: program, kegiatan,
//     sub kegiatan, prog, keg, sub, 1, 2, 3…) or, when the column is
//     absent or empty, the first words of its uraian ([TingkatUraian]:
//     "Program …", "Kegiatan …", "Sub Kegiatan …"); rows are then placed
//     by level and order (a kegiatan under the program above it, a sub
//     kegiatan under the kegiatan above it), and a row out of that order
//     is refused. A mix of rows with and without codes is refused. With
//     codes, a tingkat given must be the code's level;
//   - amounts are read with [ParseRupiah] (pagu, realisasi, pagu_murni,
//     sisa) or [ParsePersen] (persen, fisik); empty means missing. A
//     lone "-" (or "–") is nihil (zero) on a row without rows below it,
//     and not printed on a program or kegiatan that has rows below (its
//     amounts are computed from them);
//   - a row without rows below it and without a pagu is read: the check
//     reports it (anggaran/pagu-kosong) and the sums above it are
//     printed "tidak lengkap".
//
// Errors are [*ParseError] values naming the file (berkas), the line and
// the column; a nil reader is one too.
func ParseCSV(r io.Reader, berkas string, opsi OpsiCSV) (*Anggaran, error) {
	if r == nil {
		return nil, &ParseError{Berkas: berkas, Err: errors.New("tidak ada isi berkas untuk dibaca (nil)")}
	}
	data, err := io.ReadAll(io.LimitReader(r, MaksCSV+1))
	if err != nil {
		return nil, &ParseError{Berkas: berkas, Err: err}
	}
	if len(data) > MaksCSV {
		return nil, &ParseError{Berkas: berkas, Baris: 1, Err: fmt.Errorf("berkas CSV lebih besar dari %d MiB (anggaran satu dinas jauh lebih kecil); tidak dibaca", MaksCSV>>20)}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	fail := func(line int, kolom string, err error) (*Anggaran, error) {
		return nil, &ParseError{Berkas: berkas, Baris: line, Kolom: kolom, Err: err}
	}
	comma := csvteks.Pemisah(data)
	if !utf8.Valid(data) {
		line, kolom, err := bukanUTF8(data, comma)
		return fail(line, kolom, err)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return fail(0, "", errors.New("berkas kosong: baris judul kolom (kode;uraian;pagu;realisasi) tidak ada"))
	}
	if err != nil {
		return fail(csvteks.Galat(err, data, comma, nil))
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
	for _, k := range kolomCSV[1:4] {
		if _, ok := col[k]; !ok {
			return fail(1, k, fmt.Errorf("kolom wajib %q tidak ada di baris judul (perlu: uraian, pagu, realisasi, dan kode atau tingkat; pemisah %q)", k, cr.Comma))
		}
	}
	a := &Anggaran{Tahun: opsi.Tahun, UrusanBidang: opsi.UrusanBidang, Tabel: opsi.Tabel}
	var lines []int
	var strip [][]string // the Rupiah columns of each row that print a lone dash
	barisBerkode, barisTanpaKode := 0, 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(csvteks.Galat(err, data, comma, header))
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
		nama := potongTeks(strings.TrimSpace(row.Uraian))
		var tingkat Jenjang
		if t := get("tingkat"); t != "" {
			j, err := ParseTingkat(t)
			if err != nil {
				return fail(line, "tingkat", fmt.Errorf("baris %q: %w", nama, err))
			}
			tingkat = j
		}
		u := strings.ToLower(row.Uraian)
		switch kode := get("kode"); {
		case kode != "":
			k, err := ParseKodeRincian(kode, opsi.UrusanBidang)
			if err != nil {
				return fail(line, "kode", err)
			}
			if tingkat != 0 && tingkat != k.Jenjang() {
				return fail(line, "tingkat", fmt.Errorf("baris %q: tingkat %s tidak sama dengan tingkat kodenya %s (%s)", nama, tingkat, k, k.Jenjang()))
			}
			row.Kode = k
			if barisTanpaKode > 0 {
				return fail(line, "kode", fmt.Errorf("baris %q berkode, padahal baris %d tanpa kode: isi kode setiap baris, atau kosongkan semuanya (tabel tanpa kode memakai kolom tingkat atau awalan Program/Kegiatan/Sub Kegiatan pada uraian)", nama, barisTanpaKode))
			}
			if barisBerkode == 0 {
				barisBerkode = line
			}
		case tingkat == 0 && (strings.HasPrefix(u, "jumlah") || strings.HasPrefix(u, "total")):
			if a.Jumlah != nil {
				return fail(line, "kode", errors.New("baris jumlah (tanpa kode) muncul dua kali"))
			}
			isJumlah = true
		default:
			if tingkat == 0 {
				j, ok := TingkatUraian(row.Uraian)
				if !ok {
					kolom := "kode"
					if _, ada := col["tingkat"]; ada {
						kolom = "tingkat"
					}
					return fail(line, kolom, fmt.Errorf("baris %q: kode atau tingkat wajib diisi (atau awali uraiannya dengan Program, Kegiatan atau Sub Kegiatan); hanya baris JUMLAH/TOTAL yang boleh tanpa keduanya", nama))
				}
				tingkat = j
			}
			if barisBerkode > 0 {
				return fail(line, "kode", fmt.Errorf("baris %q tanpa kode, padahal baris %d berkode: isi kode setiap baris, atau kosongkan semuanya", nama, barisBerkode))
			}
			if barisTanpaKode == 0 {
				barisTanpaKode = line
			}
			row.Tingkat = tingkat
		}
		var garis []string
		for _, f := range []struct {
			nama string
			out  *NullRupiah
		}{
			{"pagu_murni", &row.PaguMurni},
			{"pagu", &row.Pagu},
			{"realisasi", &row.Realisasi},
			{"sisa", &row.Sisa},
		} {
			v, err := bacaTeksRupiah(get(f.nama))
			if err != nil {
				return fail(line, f.nama, err)
			}
			*f.out = v
			if v.Valid && v.Rupiah.IsZero() && garisSaja(get(f.nama)) {
				garis = append(garis, f.nama)
			}
		}
		for _, f := range []struct {
			nama string
			out  *decimal.NullDecimal
		}{
			{"persen", &row.Persen},
			{"fisik", &row.Fisik},
		} {
			v, err := bacaTeksAngka(get(f.nama), JenisPersen)
			if err != nil {
				return fail(line, f.nama, err)
			}
			*f.out = v
		}
		if isJumlah {
			hapusGaris(&row, garis) // a total is a sum: a dash is "not printed"
			a.Jumlah = &row
			continue
		}
		a.Rincian = append(a.Rincian, row)
		lines = append(lines, line)
		strip = append(strip, garis)
	}
	var daun []bool
	if barisTanpaKode > 0 {
		var salah error
		kodes := kodePosisi(a.Rincian, a.UrusanBidang, func(i int, alasan string) {
			if salah == nil {
				salah = &ParseError{Berkas: berkas, Baris: lines[i], Kolom: "tingkat",
					Err: fmt.Errorf("baris %q (%s): %s", potongTeks(strings.TrimSpace(a.Rincian[i].Uraian)), a.Rincian[i].Tingkat, alasan)}
			}
		})
		if salah != nil {
			return nil, salah
		}
		daun = make([]bool, len(kodes))
		for i := range kodes {
			daun[i] = i+1 == len(kodes) || !kodes[i].Contains(kodes[i+1])
		}
	} else {
		daun = barisDaun(a.Rincian)
	}
	// A lone dash on a row with rows below is "not printed": its amounts
	// are the computed sums.
	for i, gs := range strip {
		if !daun[i] {
			hapusGaris(&a.Rincian[i], gs)
		}
	}
	return a, nil
}

// hapusGaris makes the Rupiah columns gs of r missing.
func hapusGaris(r *Rincian, gs []string) {
	for _, g := range gs {
		switch g {
		case "pagu":
			r.Pagu = NullRupiah{}
		case "realisasi":
			r.Realisasi = NullRupiah{}
		case "pagu_murni":
			r.PaguMurni = NullRupiah{}
		case "sisa":
			r.Sisa = NullRupiah{}
		}
	}
}

// garisSaja reports whether s is a lone dash ("-", "–", "—"), the way
// tables print nihil or an amount left out.
func garisSaja(s string) bool {
	switch strings.TrimSpace(s) {
	case "-", "\u2013", "\u2014", "\u2212":
		return true
	}
	return false
}

// bukanUTF8 locates the first text that is not UTF-8 (row and column
// name) and says how to save the file right. Excel on Windows saves "CSV
// (Comma delimited)" in the Windows-1252 code page; read as UTF-8 its
// letters like é would silently become U+FFFD.
func bukanUTF8(data []byte, comma rune) (int, string, error) {
	off := 0
	for off < len(data) {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	line, kolom, isi := naskah.BarisKe(data, int64(off)), "", ""
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	var header []string
cari:
	for {
		rec, err := cr.Read()
		if err != nil {
			break
		}
		for i, f := range rec {
			if utf8.ValidString(f) {
				continue
			}
			line, _ = cr.FieldPos(i)
			if header != nil && i < len(header) {
				kolom = strings.TrimSpace(header[i])
			}
			isi = f
			break cari
		}
		if header == nil {
			header = rec
		}
	}
	if isi == "" {
		isi = string(csvteks.Baris(data, line))
	}
	return line, kolom, fmt.Errorf("teks bukan UTF-8 (byte 0x%02X dalam %q): berkas ini tampaknya disimpan Excel dengan pengodean Windows (ANSI/Windows-1252); "+
		"buka di Excel, pilih Simpan Sebagai (Save As) dengan jenis \"CSV UTF-8 (Comma delimited) (*.csv)\", lalu coba lagi", data[off], potongTeks(isi))
}
