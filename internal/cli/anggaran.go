package cli

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
)

// BacaAnggaran reads the budget in a data file's text, the one way every
// example does: the "anggaran" section of a whole data file ({"versi": 1,
// "anggaran": {…}, …}) or, with telanjang, the whole text as a bare
// anggaran section when it has no such key. It returns nil and no error
// when there is no budget: the section is null or {}, or absent and
// telanjang is false. The text is read once by internal/naskah (limits, a
// UTF-8 byte order mark skipped); every error is an *anggaran.ParseError
// naming berkas, the line and the path from the file's root
// ("anggaran.rincian[3].pagu").
func BacaAnggaran(data []byte, berkas string, telanjang bool) (*anggaran.Anggaran, error) {
	akar, err := naskah.Baca(data)
	if err != nil {
		return nil, denganBerkas(err, berkas)
	}
	bagian, path := akar.Anggota("anggaran"), "anggaran"
	switch {
	case bagian == nil && telanjang:
		bagian, path = akar, ""
	case bagian == nil || bagian.Jenis == naskah.JenisNull || (bagian.Jenis == naskah.JenisObjek && len(bagian.Isi) == 0):
		return nil, nil
	}
	a, err := anggaran.BacaNaskah(bagian, path)
	if err != nil {
		return nil, denganBerkas(err, berkas)
	}
	return a, nil
}

// denganBerkas names berkas in a reading error of the data file.
func denganBerkas(err error, berkas string) error {
	var pe *anggaran.ParseError
	if errors.As(err, &pe) {
		pe.Berkas = berkas
	}
	return err
}

// BerkasJSON reports whether the file path with content data is read as
// JSON: its name ends in .json, or it is not a .csv and its text (after
// any byte order mark and spaces) starts with "{".
func BerkasJSON(path string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return true
	case ".csv":
		return false
	}
	return bytes.HasPrefix(bytes.TrimLeft(data, "\ufeff \t\r\n"), []byte("{"))
}
