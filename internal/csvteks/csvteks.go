// Package csvteks holds what the CSV readers of the module share (the
// budget of package anggaran, the printed Tabel 3.1 of package kinerja):
// the separator Excel chose, the text of a line, and encoding/csv's errors
// in Bahasa Indonesia with the row and the column's name.
package csvteks

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Pemisah picks the separator from the header line: ";" when it holds one
// outside quotes, else ",".
func Pemisah(data []byte) rune {
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

// Galat turns encoding/csv's error into the row, the column name
// (when the header names it) and a message in Bahasa Indonesia. The
// position csv gives is a byte index in the line; the message counts
// characters, as an editor does.
func Galat(err error, data []byte, comma rune, header []string) (int, string, error) {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return 0, "", err
	}
	baris := pe.StartLine
	if baris == 0 {
		baris = pe.Line
	}
	teks := Baris(data, pe.Line)
	awal := teks[:min(max(pe.Column-1, 0), len(teks))]
	letak := fmt.Sprintf("karakter ke-%d di baris %d", utf8.RuneCount(awal)+1, pe.Line)
	// The column: named in ParseError.Kolom when the header names it,
	// else counted in the message.
	// A quote left open is reported at the end of the text; a closing
	// quote followed by something else, at that quote.
	kolom, namaKolom, terbuka := "", "", pe.Line != baris || len(awal) >= len(teks)
	if pe.Line == baris {
		k := indeksKolom(awal, comma)
		if k < len(header) && strings.TrimSpace(header[k]) != "" {
			kolom = strings.TrimSpace(header[k])
		} else {
			namaKolom = fmt.Sprintf(" kolom ke-%d", k+1)
		}
	}
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return baris, kolom, fmt.Errorf("tanda kutip (\") di tengah isi%s (%s): bila isinya memang memuat kutip, apit seluruh isinya dengan kutip dan tulis kutipnya dua kali (\"\")", namaKolom, letak)
	case errors.Is(pe.Err, csv.ErrQuote) && terbuka:
		return baris, kolom, fmt.Errorf("tanda kutip (\") tidak berpasangan: isi%s yang dibuka dengan kutip di baris %d tidak pernah ditutup (berkas berakhir pada %s)", namaKolom, baris, letak)
	case errors.Is(pe.Err, csv.ErrQuote):
		return baris, kolom, fmt.Errorf("tanda kutip (\") tidak berpasangan di isi%s (%s): kutip penutup harus langsung diikuti pemisah %q atau akhir baris", namaKolom, letak, comma)
	}
	return baris, kolom, fmt.Errorf("CSV tidak sah di %s", letak)
}

// Baris returns line n (1-based) of data without its line end.
func Baris(data []byte, n int) []byte {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return nil
		}
		data = data[j+1:]
	}
	if j := bytes.IndexByte(data, '\n'); j >= 0 {
		data = data[:j]
	}
	return bytes.TrimSuffix(data, []byte("\r"))
}

// indeksKolom returns the 0-based index of the field that the end of
// line prefix awal is in: the separators outside quotes before it.
func indeksKolom(awal []byte, comma rune) int {
	k, quoted := 0, false
	for _, r := range string(awal) {
		switch {
		case r == '"':
			quoted = !quoted
		case r == comma && !quoted:
			k++
		}
	}
	return k
}
