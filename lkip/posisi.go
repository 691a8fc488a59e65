package lkip

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
)

// nilaiJSON is one value of a JSON text: its path (as in errors and
// findings, "profil.aset.baris[3].jumlah") and its byte span.
type nilaiJSON struct {
	path        string
	awal, akhir int64
}

// petaJSON lists every value of the JSON text data in document order, with
// its path and span. On a syntax error it returns what it read so far and
// the error. It is used only to locate errors, so it favours simplicity
// over speed.
func petaJSON(data []byte) ([]nilaiJSON, error) {
	type bingkai struct {
		objek   bool
		kunci   string
		indeks  int
		mauKey  bool
		path    string
		nilaiKe int // index in out of this container's value
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var (
		out    []nilaiJSON
		tumpuk []bingkai
	)
	pathAnak := func() string {
		if len(tumpuk) == 0 {
			return ""
		}
		b := tumpuk[len(tumpuk)-1]
		if b.objek {
			if b.path == "" {
				return b.kunci
			}
			return b.path + "." + b.kunci
		}
		return b.path + "[" + strconv.Itoa(b.indeks) + "]"
	}
	selesai := func() {
		if len(tumpuk) == 0 {
			return
		}
		b := &tumpuk[len(tumpuk)-1]
		if b.objek {
			b.mauKey = true
		} else {
			b.indeks++
		}
	}
	for {
		sebelum := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		sesudah := dec.InputOffset()
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			b := tumpuk[len(tumpuk)-1]
			out[b.nilaiKe].akhir = sesudah
			tumpuk = tumpuk[:len(tumpuk)-1]
			selesai()
			continue
		}
		if n := len(tumpuk); n > 0 && tumpuk[n-1].objek && tumpuk[n-1].mauKey {
			tumpuk[n-1].kunci, _ = tok.(string)
			tumpuk[n-1].mauKey = false
			continue
		}
		awal := awalNilai(data, sebelum)
		p := pathAnak()
		if d, ok := tok.(json.Delim); ok {
			out = append(out, nilaiJSON{path: p, awal: awal})
			tumpuk = append(tumpuk, bingkai{objek: d == '{', mauKey: d == '{', path: p, nilaiKe: len(out) - 1})
			continue
		}
		out = append(out, nilaiJSON{path: p, awal: awal, akhir: sesudah})
		selesai()
	}
}

// awalNilai skips white space, ':' and ',' from off to the first byte of
// the value.
func awalNilai(data []byte, off int64) int64 {
	for off < int64(len(data)) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
			continue
		}
		break
	}
	return off
}

// barisKe returns the 1-based line of byte offset off in data.
func barisKe(data []byte, off int64) int {
	if off < 0 {
		return 0
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

// cariPath returns the start offset of the value at path, or of its
// nearest ancestor that exists, and whether path itself was found.
func cariPath(peta []nilaiJSON, path string) (int64, bool) {
	for {
		for _, n := range peta {
			if n.path == path {
				return n.awal, true
			}
		}
		if path == "" {
			return -1, false
		}
		path = indukPath(path)
		for _, n := range peta {
			if n.path == path {
				return n.awal, false
			}
		}
	}
}

// indukPath returns the parent of a JSON path: "a.b[2]" → "a.b", "a.b" → "a".
func indukPath(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '.' || p[i] == '[' {
			return p[:i]
		}
	}
	return ""
}

// pathPada returns the path of the innermost value whose span contains off
// (or which starts at or before off when the span is unknown).
func pathPada(peta []nilaiJSON, off int64) string {
	best := ""
	for _, n := range peta {
		if n.awal <= off && (n.akhir == 0 || off < n.akhir || n.akhir < n.awal) {
			best = n.path
		}
	}
	return best
}

// gabungPath joins a section prefix and a relative path.
func gabungPath(prefix, p string) string {
	switch {
	case p == "":
		return prefix
	case prefix == "":
		return p
	case p[0] == '[':
		return prefix + p
	}
	return prefix + "." + p
}
