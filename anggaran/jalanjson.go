package anggaran

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// jalanJSON reads a JSON text token by token and keeps the path of each
// value ("rincian[3].pagu"). [ValidateJSON] and [NewLetakJSON] are built
// on it.
type jalanJSON struct {
	dec    *json.Decoder
	tumpuk []wadahJSON
	// ditutup is the container the last tokTutup closed.
	ditutup wadahJSON
}

// wadahJSON is an open object or array.
type wadahJSON struct {
	objek  bool
	mauKey bool   // an object expecting a key or its end
	path   string // the container's own path
	kunci  string // an object's current key
	indeks int    // an array's current index
	// Room for what the walkers note per container: the index of its
	// entry (LetakJSON) and the keys seen so far, lower-cased, with the
	// offset of their first use (ValidateJSON).
	ke     int
	kunciS map[string]int64
}

// Kinds of token returned by jalanJSON.next.
const (
	tokNilai = iota // a value: a scalar, or '{' or '[' opening a container
	tokKunci        // an object's key
	tokTutup        // '}' or ']' closing the innermost container
)

func newJalanJSON(data []byte) *jalanJSON {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return &jalanJSON{dec: dec}
}

// next reads the next token and returns its kind and, for a value, its
// path (a key's path is not made: most readers never need it). An opened
// container becomes the innermost one (atas).
func (j *jalanJSON) next() (tok json.Token, jenis int, path string, err error) {
	tok, err = j.dec.Token()
	if err != nil {
		return nil, 0, "", err
	}
	if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
		j.ditutup = j.tumpuk[len(j.tumpuk)-1]
		j.tumpuk = j.tumpuk[:len(j.tumpuk)-1]
		j.lanjut()
		return tok, tokTutup, "", nil
	}
	if w := j.atas(); w != nil && w.objek && w.mauKey {
		w.kunci, _ = tok.(string)
		w.mauKey = false
		return tok, tokKunci, "", nil // the key's path, when needed: JoinPath(atas().path, key)
	}
	path = j.pathNilai()
	if d, ok := tok.(json.Delim); ok {
		j.tumpuk = append(j.tumpuk, wadahJSON{objek: d == '{', mauKey: d == '{', path: path})
		return tok, tokNilai, path, nil
	}
	j.lanjut()
	return tok, tokNilai, path, nil
}

// atas returns the innermost open container, nil at the top level.
func (j *jalanJSON) atas() *wadahJSON {
	if len(j.tumpuk) == 0 {
		return nil
	}
	return &j.tumpuk[len(j.tumpuk)-1]
}

// pathNilai returns the path of the value to be read next.
func (j *jalanJSON) pathNilai() string {
	w := j.atas()
	switch {
	case w == nil:
		return ""
	case w.objek:
		return JoinPath(w.path, w.kunci)
	}
	return w.path + "[" + strconv.Itoa(w.indeks) + "]"
}

// tempat returns the path where the reader stands, for an error: the
// object's own path when it expects a key, else the next value's path.
func (j *jalanJSON) tempat() string {
	if w := j.atas(); w != nil && w.objek && w.mauKey {
		return w.path
	}
	return j.pathNilai()
}

// lanjut moves the innermost container past a finished value.
func (j *jalanJSON) lanjut() {
	w := j.atas()
	switch {
	case w == nil:
	case w.objek:
		w.mauKey = true
	default:
		w.indeks++
	}
}
