package anggaran

import (
	"bytes"
	"encoding/json"
)

// LetakJSON maps the values of a JSON text to their paths and byte spans,
// so that an input error known by its path ("rincian[3].pagu", as in
// [ParseError].Path and [Lokasi].Path) can be given a line number, and an
// error known by its byte offset can be given a path. It is built only when
// an error has to be located, so it favours simplicity over speed.
type LetakJSON struct {
	data  []byte
	nilai []letakNilai // in document order
}

type letakNilai struct {
	path        string
	awal, akhir int64 // akhir is 0 while a container is unclosed
}

// NewLetakJSON maps data as far as it is valid JSON; the values after a
// syntax error are simply absent from the map.
func NewLetakJSON(data []byte) *LetakJSON {
	l := &LetakJSON{data: data}
	j := newJalanJSON(data)
	for {
		sebelum := j.offset()
		tok, jenis, path, err := j.next()
		if err != nil {
			return l
		}
		sesudah := j.offset()
		switch jenis {
		case tokTutup:
			l.nilai[j.ditutup.ke].akhir = sesudah
		case tokNilai:
			awal := l.awalNilai(sebelum)
			if _, ok := tok.(json.Delim); ok {
				l.nilai = append(l.nilai, letakNilai{path: path, awal: awal})
				j.atas().ke = len(l.nilai) - 1
				continue
			}
			l.nilai = append(l.nilai, letakNilai{path: path, awal: awal, akhir: sesudah})
		}
	}
}

// awalNilai skips white space, ':' and ',' from off to the first byte of
// a value.
func (l *LetakJSON) awalNilai(off int64) int64 {
	for off < int64(len(l.data)) {
		switch l.data[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
			continue
		}
		break
	}
	return off
}

// Awal returns the byte offset where the value at path starts and true;
// when there is no such value, the start of its nearest ancestor that
// exists and false; -1 and false when not even the root exists.
func (l *LetakJSON) Awal(path string) (int64, bool) {
	for tepat := true; ; tepat = false {
		for _, n := range l.nilai {
			if n.path == path {
				return n.awal, tepat
			}
		}
		if path == "" {
			return -1, false
		}
		path = IndukPath(path)
	}
}

// Rentang returns the byte span [awal, akhir) of the value at path, and
// false when there is no such value or it is not closed.
func (l *LetakJSON) Rentang(path string) (awal, akhir int64, ok bool) {
	for _, n := range l.nilai {
		if n.path == path {
			return n.awal, n.akhir, n.akhir > n.awal
		}
	}
	return -1, -1, false
}

// PathPada returns the path of the innermost value whose span contains the
// byte offset off ("" for the root or when none does).
func (l *LetakJSON) PathPada(off int64) string {
	best := ""
	for _, n := range l.nilai {
		if n.awal <= off && (n.akhir == 0 || off < n.akhir) {
			best = n.path
		}
	}
	return best
}

// Baris returns the 1-based line of the byte offset off (0 when off is
// negative).
func (l *LetakJSON) Baris(off int64) int { return BarisKe(l.data, off) }

// BarisKe returns the 1-based line of the byte offset off in data (0 when
// off is negative; the last line when off is past the end).
func BarisKe(data []byte, off int64) int {
	if off < 0 {
		return 0
	}
	off = min(off, int64(len(data)))
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

// BarisPath returns the line where the value at path starts, or where its
// nearest existing ancestor starts; 0 when neither exists.
func (l *LetakJSON) BarisPath(path string) int {
	off, _ := l.Awal(path)
	return l.Baris(off)
}

// JoinPath joins a path prefix and a path relative to it:
// ("anggaran", "rincian[3].pagu") → "anggaran.rincian[3].pagu",
// ("rincian", "[3]") → "rincian[3]".
func JoinPath(prefix, p string) string {
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

// IndukPath returns the parent of a path: "a.b[2]" → "a.b", "a.b" → "a",
// "a" → "".
func IndukPath(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '.' || p[i] == '[' {
			return p[:i]
		}
	}
	return ""
}
