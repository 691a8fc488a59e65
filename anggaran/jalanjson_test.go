package anggaran

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// peristiwaJSON records everything a walker reports for one token.
type peristiwaJSON struct {
	Jenis          int
	Path           string
	Token          string // type and value; a value string's text is not compared
	Kunci          string
	Sebelum, Akhir int64
}

func jalani(j *jalanJSON) ([]peristiwaJSON, string) {
	var out []peristiwaJSON
	for {
		sebelum := j.offset()
		tok, jenis, path, err := j.next()
		if err != nil {
			return out, err.Error()
		}
		e := peristiwaJSON{Jenis: jenis, Path: path, Sebelum: sebelum, Akhir: j.offset()}
		switch v := tok.(type) {
		case string:
			e.Token = "string"
			if jenis == tokKunci {
				e.Kunci = v
			}
		default:
			e.Token = fmt.Sprintf("%T %v", v, v)
		}
		out = append(out, e)
	}
}

// TestJalanJSONSamaDenganDecoder: on valid texts, the tokenizer of
// jalanJSON reports exactly what json.Decoder does (kinds, paths, keys,
// token types and values, offsets), and ValidateJSON and NewLetakJSON give
// the same results either way.
func TestJalanJSONSamaDenganDecoder(t *testing.T) {
	seed, err := os.ReadFile("../testdata/flotim-dinsos-2022.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append(contohJSON, string(seed)) {
		bandingJalanJSON(t, []byte(s))
	}
}

var contohJSON = []string{
	`{"a":[1,{"b":"x"}]}`, `[]`, `{}`, `"x"`, `-1.5e+3`, `true`, `null`, ` [ 1 , 2 ] `,
	"{\n  \"Pagu\": \"1\",\n  \"pagu\": 2\n}", `{"a":1e400}`, `{"k\u00e9y":"\ud83d\ude00","x\"y":[null,false]}`,
	`{"a":{"b":{"c":[[],[{}],"d\\"e"]}}}`, `{"é": "\xff"}`, `{"a":1} {"b":2}`, `{"a":`, `[1,]`, ``,
	`{"rincian":[{"kode":"1.06","pagu":"9.399.497.972"},{"kode":"1.06.01","pagu":123456789012345678901234567890123}]}`,
}

func bandingJalanJSON(t *testing.T, data []byte) {
	t.Helper()
	if !json.Valid(data) {
		return // the tokenizer is used only for valid texts
	}
	cepat, galatCepat := jalani(newJalanJSON(data))
	lambat, galatLambat := jalani(newJalanJSONDecoder(data))
	if diff := cmp.Diff(lambat, cepat); diff != "" || galatCepat != galatLambat {
		t.Fatalf("%.80q: tokenizer differs from json.Decoder (-decoder +tokenizer):\n%s\nend: %q vs %q", data, diff, galatLambat, galatCepat)
	}
	e1, e2 := fmt.Sprint(periksaJSON(data, newJalanJSON)), fmt.Sprint(periksaJSON(data, newJalanJSONDecoder))
	if e1 != e2 {
		t.Fatalf("%.80q: ValidateJSON %q, with json.Decoder %q", data, e1, e2)
	}
}

func FuzzJalanJSON(f *testing.F) {
	for _, s := range contohJSON {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.Count(s, "[")+strings.Count(s, "{") > 1000 {
			return
		}
		bandingJalanJSON(t, []byte(s))
	})
}
