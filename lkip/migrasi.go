package lkip

import (
	"bytes"
	"encoding/json"
	"errors"
)

// migrasiV0 rewrites a versi 0 document (the unversioned draft shape) as
// versi 1. Versi 0 differs in one place: identitas held the head of the
// dinas as flat fields, "kepala_dinas" (the name), "nip", "pangkat" and
// "jabatan", where versi 1 has the object "kepala". Everything else is
// carried over unchanged; figures keep their exact text (numbers are
// read as json.Number).
func migrasiV0(data []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var atas map[string]any
	if err := dec.Decode(&atas); err != nil {
		return nil, errorJSON(data, data, err, dec.InputOffset())
	}
	if id, ok := atas["identitas"].(map[string]any); ok {
		if _, sudah := id["kepala"]; sudah {
			return nil, &ParseError{Path: "identitas.kepala", Err: errors.New(
				"berkas tanpa \"versi\" dibaca sebagai versi 0, yang belum mengenal \"kepala\"; tambahkan \"versi\": 1")}
		}
		kepala := map[string]any{}
		for lama, baru := range map[string]string{"kepala_dinas": "nama", "nip": "nip", "pangkat": "pangkat", "jabatan": "jabatan"} {
			if v, ada := id[lama]; ada {
				kepala[baru] = v
				delete(id, lama)
			}
		}
		id["kepala"] = kepala
	}
	atas["versi"] = json.Number("1")
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(atas); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
