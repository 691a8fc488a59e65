package kinerja

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// posisiJSON returns the byte offset where the value at path starts in the
// JSON text data, or -1 when there is no such value. Paths are written as
// in errors and findings: "indikator[2].tahun[1].realisasi"; "" is the
// root. It streams tokens, so it is only used to locate an error.
func posisiJSON(data []byte, path string) int {
	type bingkai struct {
		objek    bool
		kunci    string
		indeks   int
		mauKunci bool
		jalur    string // path of this container
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var tumpuk []bingkai
	jalurNilai := func() string {
		if len(tumpuk) == 0 {
			return ""
		}
		b := tumpuk[len(tumpuk)-1]
		if b.objek {
			if b.jalur == "" {
				return b.kunci
			}
			return b.jalur + "." + b.kunci
		}
		return b.jalur + "[" + strconv.Itoa(b.indeks) + "]"
	}
	selesaiNilai := func() {
		if len(tumpuk) == 0 {
			return
		}
		b := &tumpuk[len(tumpuk)-1]
		if b.objek {
			b.mauKunci = true
		} else {
			b.indeks++
		}
	}
	for {
		off := int(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			return -1
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			tumpuk = tumpuk[:len(tumpuk)-1]
			selesaiNilai()
			continue
		}
		if len(tumpuk) > 0 {
			b := &tumpuk[len(tumpuk)-1]
			if b.objek && b.mauKunci {
				b.kunci, _ = tok.(string)
				b.mauKunci = false
				continue
			}
		}
		// tok starts a value
		jalur := jalurNilai()
		if jalur == path {
			return awalNilai(data, off)
		}
		if d, ok := tok.(json.Delim); ok {
			tumpuk = append(tumpuk, bingkai{objek: d == '{', mauKunci: d == '{', jalur: jalur})
			continue
		}
		selesaiNilai()
	}
}

// awalNilai skips white space, ':' and ',' from off.
func awalNilai(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
		default:
			return off
		}
	}
	return off
}

// barisKolom returns the 1-based line and column of byte offset off.
func barisKolom(data []byte, off int) (int, int) {
	if off < 0 {
		return 0, 0
	}
	if off > len(data) {
		off = len(data)
	}
	baris := bytes.Count(data[:off], []byte{'\n'}) + 1
	kolom := off - (bytes.LastIndexByte(data[:off], '\n') + 1) + 1
	return baris, kolom
}

// gabungJalur joins a path prefix and a relative path.
func gabungJalur(awal, jalur string) string {
	switch {
	case awal == "":
		return jalur
	case jalur == "":
		return awal
	case strings.HasPrefix(jalur, "["):
		return awal + jalur
	}
	return awal + "." + jalur
}
