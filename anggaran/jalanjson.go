package anggaran

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// jalanJSON reads a JSON text token by token and keeps the path of each
// value ("rincian[3].pagu"). [ValidateJSON] and [NewLetakJSON] are built
// on it.
//
// A text that [json.Valid] accepts, as every file the PWA and the
// programs have written is, is read by a small tokenizer of its own (about
// ten times faster than [json.Decoder.Token], which allocates an error
// value for every scalar). Any other text is read with json.Decoder, whose
// syntax errors (with their offsets) are the ones reported.
type jalanJSON struct {
	dec    *json.Decoder // nil for a valid text
	data   []byte
	pos    int64 // valid text: the end of the last token
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
	if json.Valid(data) {
		return &jalanJSON{data: data}
	}
	return newJalanJSONDecoder(data)
}

// newJalanJSONDecoder reads data with json.Decoder whatever it holds.
func newJalanJSONDecoder(data []byte) *jalanJSON {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return &jalanJSON{dec: dec, data: data}
}

// offset returns the byte offset of the end of the last token read, which
// is also where the next one is looked for (json.Decoder.InputOffset).
func (j *jalanJSON) offset() int64 {
	if j.dec != nil {
		return j.dec.InputOffset()
	}
	return j.pos
}

// next reads the next token and returns its kind and, for a value, its
// path (a key's path is not made: most readers never need it). An opened
// container becomes the innermost one (atas). At the end of the text the
// error is io.EOF.
func (j *jalanJSON) next() (tok json.Token, jenis int, path string, err error) {
	w := j.atas()
	kunci := w != nil && w.objek && w.mauKey
	if j.dec != nil {
		tok, err = j.dec.Token()
	} else {
		tok, err = j.token(kunci)
	}
	if err != nil {
		return nil, 0, "", err
	}
	if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
		j.ditutup = j.tumpuk[len(j.tumpuk)-1]
		j.tumpuk = j.tumpuk[:len(j.tumpuk)-1]
		j.lanjut()
		return tok, tokTutup, "", nil
	}
	if kunci {
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

// token reads the next token of a valid text as json.Decoder.Token would
// return it, except that a string value (not a key) is returned as "":
// no reader of jalanJSON uses the text of values. The separators ':' and
// ',' are skipped like white space, which a valid text allows.
func (j *jalanJSON) token(kunci bool) (json.Token, error) {
	d, i := j.data, j.pos
	for i < int64(len(d)) {
		switch d[i] {
		case ' ', '\t', '\r', '\n', ':', ',':
			i++
			continue
		}
		break
	}
	if i >= int64(len(d)) {
		j.pos = i
		return nil, io.EOF
	}
	awal := i
	switch c := d[i]; c {
	case '{', '}', '[', ']':
		j.pos = i + 1
		return json.Delim(c), nil
	case '"':
		i++
		lolos := false // the string has an escape or a byte beyond ASCII
		for d[i] != '"' {
			if d[i] == '\\' {
				i++
				lolos = true
			} else if d[i] >= 0x80 {
				lolos = true
			}
			i++
		}
		j.pos = i + 1
		if !kunci {
			return "", nil
		}
		mentah := d[awal:j.pos]
		if !lolos {
			return string(mentah[1 : len(mentah)-1]), nil
		}
		var s string
		if err := json.Unmarshal(mentah, &s); err != nil {
			return nil, err // cannot happen in a valid text
		}
		return s, nil
	case 't':
		j.pos = i + 4
		return true, nil
	case 'f':
		j.pos = i + 5
		return false, nil
	case 'n':
		j.pos = i + 4
		return nil, nil
	}
	for i < int64(len(d)) && strings.IndexByte("+-0123456789.eE", d[i]) >= 0 {
		i++
	}
	j.pos = i
	return json.Number(d[awal:i]), nil
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
