package lkip

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
)

// kolomError is an unknown field in the data file, with its path and the
// offset of its key.
type kolomError struct {
	path    string
	off     int64
	dikenal []string
}

func (e *kolomError) Error() string {
	k := e.path
	if i := strings.LastIndexByte(k, '.'); i >= 0 {
		k = k[i+1:]
	}
	return fmt.Sprintf("kolom %q tidak dikenal; kolom yang dikenal di sini: %s", k, strings.Join(e.dikenal, ", "))
}

var tipeUnmarshaler = reflect.TypeOf((*json.Unmarshaler)(nil)).Elem()

// cariKolomAsing walks the JSON text data along the Go type t and returns
// the first object key that t has no field for, as a *kolomError. Values
// whose type decodes itself (json.Unmarshaler) are not entered. Syntax
// errors end the walk silently: the decoder reports them.
func cariKolomAsing(data []byte, t reflect.Type) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	err := telusuri(dec, data, t, "")
	if ke, ok := err.(*kolomError); ok {
		return ke
	}
	return nil
}

var errSintaks = fmt.Errorf("sintaks")

func telusuri(dec *json.Decoder, data []byte, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(tipeUnmarshaler) || t.Implements(tipeUnmarshaler) {
		return lewati(dec)
	}
	tok, err := dec.Token()
	if err != nil {
		return errSintaks
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil
	}
	switch {
	case d == '{' && t.Kind() == reflect.Struct:
		kolom := map[string]reflect.Type{}
		var nama []string
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := strings.Split(f.Tag.Get("json"), ",")[0]
			if tag == "-" || !f.IsExported() {
				continue
			}
			if tag == "" {
				tag = f.Name
			}
			kolom[tag] = f.Type
			nama = append(nama, tag)
		}
		sort.Strings(nama)
		for dec.More() {
			off := dec.InputOffset()
			kt, err := dec.Token()
			if err != nil {
				return errSintaks
			}
			k, _ := kt.(string)
			ft, ada := kolom[k]
			if !ada {
				off += int64(len(data[off:]) - len(bytes.TrimLeft(data[off:], " \t\r\n,"))) // to the key itself
				return &kolomError{path: anggaran.JoinPath(path, k), off: off, dikenal: nama}
			}
			if err := telusuri(dec, data, ft, anggaran.JoinPath(path, k)); err != nil {
				return err
			}
		}
		_, err := dec.Token()
		if err != nil {
			return errSintaks
		}
		return nil
	case d == '[' && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array):
		for i := 0; dec.More(); i++ {
			if err := telusuri(dec, data, t.Elem(), path+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			return errSintaks
		}
		return nil
	}
	return lewatiSisa(dec, 1)
}

// lewati consumes one whole value.
func lewati(dec *json.Decoder) error {
	tok, err := dec.Token()
	if err != nil {
		return errSintaks
	}
	if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
		return lewatiSisa(dec, 1)
	}
	return nil
}

// lewatiSisa consumes tokens until depth open containers are closed.
func lewatiSisa(dec *json.Decoder, depth int) error {
	for depth > 0 {
		tok, err := dec.Token()
		if err != nil {
			return errSintaks
		}
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
	return nil
}
