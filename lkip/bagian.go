package lkip

import (
	"encoding/json"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
)

// This file adapts the anggaran and kinerja sections for writing: it calls
// their packages' encoders. They are read from the file's tree by
// anggaran.BacaNaskah and kinerja.BacaNaskah (see parse.go).

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
