package anggaran

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// Bounds of a JSON number in the data file: budget amounts have at most
// 30 digits before the decimal point and 30 after it, and the exponent
// of a number written with one (1e9) lies within ±30.
const (
	maksAngkaBulat   = 30
	maksAngkaDesimal = 30
	maksEksponen     = 30
)

// ValidateJSON checks a whole data file before any section is decoded:
// its syntax, keys given twice in one object (encoding/json would keep the
// last silently) and the bounds of numbers. The error is a *[ParseError]
// with the path from the root of data and the line, in Bahasa Indonesia.
func ValidateJSON(data []byte) error {
	if pe := periksaJSON(data, newJalanJSON); pe != nil {
		return pe
	}
	return nil
}

// periksaJSON checks a JSON text before it is decoded: its syntax, keys
// given twice in one object (encoding/json would silently keep the last,
// and matches keys case-insensitively, so "Pagu" repeats "pagu"), and the
// bounds of numbers. The error is a *ParseError with the path and the
// 1-based line in data. jalan makes the walker: newJalanJSON, or in
// tests newJalanJSONDecoder to compare.
func periksaJSON(data []byte, jalan func([]byte) *jalanJSON) *ParseError {
	j := jalan(data)
	gagal := func(off int64, path string, err error) *ParseError {
		return &ParseError{Baris: BarisKe(data, off), Path: path, Err: err}
	}
	for mulai := true; mulai || len(j.tumpuk) > 0; mulai = false {
		off := j.offset()
		tok, jenis, path, err := j.next()
		if err != nil {
			var se *json.SyntaxError
			switch {
			case errors.As(err, &se):
				pesan := PesanSintaksJSON(se.Error())
				if strings.HasSuffix(pesan, "'") { // no context given: say what was expected
					if w := j.atas(); w != nil && w.objek && w.mauKey {
						pesan += " di tempat yang seharusnya nama kolom (teks bertanda kutip)"
					} else {
						pesan += " di tempat yang seharusnya nilai"
					}
				}
				return gagal(se.Offset, j.tempat(), errors.New("JSON tidak sah: "+pesan))
			case err == io.EOF && mulai:
				return gagal(0, "", errors.New("isi kosong, seharusnya objek JSON"))
			case err == io.EOF, errors.Is(err, io.ErrUnexpectedEOF):
				p := ""
				if w := j.atas(); w != nil {
					p = w.path // the value left open
				}
				return gagal(int64(len(data)), p, errors.New("JSON terpotong (berakhir sebelum waktunya): tanda penutup } atau ] kurang"))
			}
			return gagal(off, j.tempat(), fmt.Errorf("JSON tidak dapat dibaca: %v", err))
		}
		switch jenis {
		case tokKunci:
			w := j.atas()
			k := strings.ToLower(w.kunci)
			if w.kunciS == nil {
				w.kunciS = map[string]int64{}
			}
			if awal, dua := w.kunciS[k]; dua {
				return gagal(j.offset(), JoinPath(w.path, w.kunci), fmt.Errorf(
					"kolom %q ditulis dua kali dalam objek yang sama (pertama di baris %d); hapus salah satu: nilai mana yang benar tidak dapat ditebak",
					w.kunci, BarisKe(data, awal)))
			}
			w.kunciS[k] = j.offset()
		case tokNilai:
			if v, ok := tok.(json.Number); ok {
				if err := cekBilangan(string(v)); err != nil {
					return gagal(j.offset(), path, err)
				}
			}
		}
	}
	if _, _, _, err := j.next(); err != io.EOF {
		return gagal(j.offset(), "", errors.New("ada data lain setelah nilai JSON"))
	}
	return nil
}

// cekBilangan refuses a JSON number outside the bounds of an amount
// (see maksAngkaBulat), before it is turned into a decimal: "1e400" would
// otherwise become a 401-digit amount.
func cekBilangan(s string) error {
	mant, eks := s, 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant = s[:i]
		e, err := strconv.Atoi(strings.TrimPrefix(s[i+1:], "+"))
		if err != nil || e > maksEksponen || e < -maksEksponen {
			return fmt.Errorf("bilangan %s di luar batas: eksponen harus antara -%d dan %d", potongTeks(s), maksEksponen, maksEksponen)
		}
		eks = e
	}
	mant = strings.TrimPrefix(mant, "-")
	bulat, desimal, _ := strings.Cut(mant, ".")
	bulat = strings.TrimLeft(bulat, "0")
	desimal = strings.TrimRight(desimal, "0")
	if len(bulat) > 0 && len(bulat)+eks > maksAngkaBulat {
		return fmt.Errorf("bilangan %s di luar batas: paling banyak %d angka sebelum koma", potongTeks(s), maksAngkaBulat)
	}
	if len(desimal) > 0 && len(desimal)-eks > maksAngkaDesimal {
		return fmt.Errorf("bilangan %s di luar batas: paling banyak %d angka sesudah koma", potongTeks(s), maksAngkaDesimal)
	}
	return nil
}

func potongTeks(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// PesanSintaksJSON translates the message of an encoding/json syntax error
// into Bahasa Indonesia ("invalid character '}' looking for beginning of
// value" → "karakter tidak sah '}' di tempat yang seharusnya nilai"). Every
// package of sakip words JSON errors with it and [PesanTipeJSON].
func PesanSintaksJSON(s string) string {
	s = strings.TrimPrefix(s, "json: ")
	return penerjemahSintaks.Replace(s)
}

var penerjemahSintaks = strings.NewReplacer(
	"invalid character", "karakter tidak sah",
	"looking for beginning of object key string", "di tempat yang seharusnya nama kolom (teks bertanda kutip)",
	"looking for beginning of value", "di tempat yang seharusnya nilai",
	"after object key:value pair", "sesudah pasangan kolom:nilai (seharusnya koma atau })",
	"after object key", "sesudah nama kolom (seharusnya titik dua)",
	"after array element", "sesudah unsur daftar (seharusnya koma atau ])",
	"after top-level value", "sesudah nilai utama",
	"in string escape code", "di dalam kode escape teks",
	"in string literal", "di dalam teks",
	"in numeric literal", "di dalam angka",
	"in \\u hexadecimal character escape", "di dalam kode \\u heksadesimal",
	"in literal", "di dalam nilai",
	"(expecting", "(seharusnya",
	"unexpected end of JSON input", "JSON berakhir sebelum waktunya",
)

// PesanTipeJSON words an encoding/json type error in Bahasa Indonesia:
// "nilai teks tidak cocok: seharusnya bilangan bulat".
func PesanTipeJSON(te *json.UnmarshalTypeError) string {
	return fmt.Sprintf("nilai %s tidak cocok: seharusnya %s", namaNilaiJSON(te.Value), namaJenisGo(te.Type))
}

// namaNilaiJSON names the kind of a JSON value in Bahasa Indonesia, as
// encoding/json's UnmarshalTypeError.Value gives it.
func namaNilaiJSON(v string) string {
	switch {
	case v == "string":
		return "teks"
	case v == "bool":
		return "benar/salah (true/false)"
	case v == "array":
		return "daftar"
	case v == "object":
		return "objek"
	case v == "number":
		return "bilangan"
	case strings.HasPrefix(v, "number "):
		return "bilangan " + strings.TrimPrefix(v, "number ")
	}
	return v
}

// namaJenisGo names the kind of value a Go type holds, in Bahasa
// Indonesia: "bilangan bulat", "teks", "daftar", "objek".
func namaJenisGo(t reflect.Type) string {
	if t == nil {
		return "nilai lain"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "bilangan bulat"
	case reflect.Float32, reflect.Float64:
		return "bilangan"
	case reflect.String:
		return "teks"
	case reflect.Bool:
		return "benar/salah (true/false)"
	case reflect.Slice, reflect.Array:
		if t == reflect.TypeFor[json.RawMessage]() {
			return "nilai JSON"
		}
		return "daftar"
	}
	return "objek"
}

// jenisJSON names the kind of the JSON value that starts b.
func jenisJSON(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return "kosong"
	}
	switch b[0] {
	case '{':
		return "objek"
	case '[':
		return "daftar"
	case 't', 'f':
		return "nilai benar/salah " + string(b)
	}
	return potongTeks(string(b))
}
