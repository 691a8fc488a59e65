package lkip

import (
	"bytes"
	"encoding/json"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
)

// This file adapts the anggaran and kinerja sections: it calls their
// packages' parsers and encoders on the raw JSON of each key.

// kosong reports whether a raw section is absent, null or an empty object:
// the document has no such section.
func kosong(raw json.RawMessage) bool {
	if len(bytes.TrimSpace(raw)) == 0 {
		return true
	}
	var buf bytes.Buffer
	if json.Compact(&buf, raw) != nil {
		return false
	}
	t := buf.String()
	return t == "null" || t == "{}"
}

func parseAnggaran(raw json.RawMessage) (*anggaran.Anggaran, error) {
	if kosong(raw) {
		return nil, nil
	}
	return anggaran.ParseJSON(raw, "")
}

func parseKinerja(raw json.RawMessage) (*kinerja.Dokumen, error) {
	if kosong(raw) {
		return nil, nil
	}
	return kinerja.Parse(raw)
}

func encodeAnggaran(a *anggaran.Anggaran) (json.RawMessage, error) {
	if a == nil {
		return json.RawMessage("null"), nil
	}
	return json.Marshal(a)
}

func encodeKinerja(k *kinerja.Dokumen) (json.RawMessage, error) {
	if k == nil {
		return json.RawMessage("null"), nil
	}
	return json.Marshal(k)
}
