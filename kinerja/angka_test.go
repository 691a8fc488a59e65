package kinerja

import (
	"encoding"
	"encoding/json"
	"testing"
)

// TestAngkaTanpaPembacaLain: a figure is read only by the data-file reader
// (internal/naskah through Parse), never by encoding/json through a method
// of its own, which accepted any JSON value as text (issue 10, item 1).
func TestAngkaTanpaPembacaLain(t *testing.T) {
	for _, v := range []any{&Angka{}, Angka{}} {
		if _, ok := v.(json.Unmarshaler); ok {
			t.Errorf("%T is a json.Unmarshaler: a second reader of the data file's figures", v)
		}
		if _, ok := v.(encoding.TextUnmarshaler); ok {
			t.Errorf("%T is an encoding.TextUnmarshaler: a second reader of the data file's figures", v)
		}
	}
}
