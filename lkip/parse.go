package lkip

import (
	"errors"
	"fmt"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/kinerja"
)

// ParseError is the located input error [Parse] returns: file, line, JSON
// path and what is wrong, in Bahasa Indonesia.
type ParseError = anggaran.ParseError

// Parse reads a data file (one JSON document, see SCHEMA.md) named berkas
// (used in messages only; may be empty) and checks it.
//
// Rules, in order:
//  1. The text is read by the reader every section shares
//     (internal/naskah): at most 32 MiB, nesting at most 64 deep, a
//     leading UTF-8 byte order mark skipped, a key given twice in one
//     object refused, numbers within 30 digits each side of the point.
//  2. The document must be one JSON object. Its "versi" must be an integer
//     no greater than [VersiSkema]; a newer version is refused (the program
//     is too old), an older one is migrated in memory: versi 0, the
//     unversioned draft shape, keeps the kepala dinas as flat fields
//     "kepala_dinas", "nip", "pangkat" of identitas; versi 1 keeps the
//     staff of Bab I and the quoted figures in the fixed fields of one
//     Dinas Sosial (see migrasiV1 and SCHEMA.md, "Migrasi dari versi 1").
//  3. Unknown fields are refused, in every section; integers are JSON
//     integers ("tahun": 2022, not "2022") of at most 15 digits.
//  4. Figures given as text are read with the anggaran parsers (Rupiah,
//     Persen or Bilangan by field); markers and placeholders in the
//     narrative must be known names.
//  5. The "anggaran" and "kinerja" sections are read by their packages.
//
// Every error is a *[ParseError] with the file name, the line, and the
// JSON path from the root of the document ("anggaran.rincian[3].pagu"); its
// message is in Bahasa Indonesia. Parse never panics on bad input.
func Parse(data []byte, berkas string) (*Dokumen, error) {
	d, err := parse(data)
	if err != nil {
		pe, ok := err.(*ParseError)
		if !ok {
			pe = &ParseError{Err: err}
		}
		pe.Berkas = berkas
		return nil, pe
	}
	return d, nil
}

// ParseFile reads the data file at path and parses it (see [Parse]); a
// file that cannot be read, or is larger than 32 MiB, gets an Indonesian
// message too.
func ParseFile(path string) (*Dokumen, error) {
	data, err := naskah.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

func parse(data []byte) (*Dokumen, error) {
	akar, err := naskah.Baca(data)
	if err != nil {
		return nil, err
	}
	return dariNaskah(akar)
}

// dariNaskah builds the document from the tree of its data file.
func dariNaskah(akar *naskah.Nilai) (*Dokumen, error) {
	switch akar.Jenis {
	case naskah.JenisObjek:
	case naskah.JenisNull:
		return nil, &ParseError{Baris: 1, Err: errors.New("berkas harus berupa objek JSON, bukan null")}
	default:
		return nil, &ParseError{Baris: int(akar.Baris), Err: fmt.Errorf("berkas harus berupa objek JSON {…}, bukan %s", akar.Jenis)}
	}
	versi := 0
	if v := akar.Anggota("versi"); v != nil && v.Jenis != naskah.JenisNull {
		n, err := naskah.BacaBulat(v)
		if err != nil {
			return nil, &ParseError{Baris: int(v.Baris), Path: "versi", Err: fmt.Errorf("versi harus bilangan bulat: %w", err)}
		}
		versi = n
		switch {
		case versi > VersiSkema:
			return nil, &ParseError{Baris: int(v.Baris), Path: "versi", Err: fmt.Errorf(
				"versi skema %d lebih baru daripada yang dikenal program ini (%d); perbarui sakip untuk membuka berkas ini", versi, VersiSkema)}
		case versi < 0:
			return nil, &ParseError{Baris: int(v.Baris), Path: "versi", Err: fmt.Errorf("versi skema %d tidak sah", versi)}
		}
	}
	if versi == 0 {
		if err := migrasiV0(akar); err != nil {
			return nil, err
		}
	}
	if versi <= 1 {
		if err := migrasiV1(akar); err != nil {
			return nil, err
		}
	}
	p := &naskah.Pembaca{}
	d, ang, kin := bacaDokumen(p, akar)
	if err := p.ErrDi(akar, ""); err != nil {
		return nil, err
	}
	if err := d.periksaBentuk(); err != nil {
		return nil, lokasikan(akar, err)
	}
	var err error
	if !kosong(ang) {
		if d.Anggaran, err = anggaran.BacaNaskah(ang, "anggaran"); err != nil {
			return nil, err
		}
	}
	if !kosong(kin) {
		if d.Kinerja, err = kinerja.BacaNaskah(kin, "kinerja"); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// kosong reports whether a section is absent, null or an empty object:
// the document has no such section.
func kosong(v *naskah.Nilai) bool {
	return v == nil || v.Jenis == naskah.JenisNull || (v.Jenis == naskah.JenisObjek && len(v.Isi) == 0)
}

// lokasikan gives an error found in the model by its path (a rule of the
// document, not of the text) the line of its value, or of its nearest
// ancestor in the file.
func lokasikan(akar *naskah.Nilai, err error) error {
	pe, ok := err.(*ParseError)
	if !ok {
		return &ParseError{Baris: int(akar.Baris), Err: err}
	}
	if pe.Baris == 0 {
		n, _ := akar.Cari(pe.Path)
		pe.Baris, pe.Lajur = int(n.Baris), int(n.Lajur)
	}
	return pe
}

func potong(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// Contoh returns the embedded sample: the LKIP 2022 of Dinas Sosial
// Kabupaten Flores Timur (internal/sampel/flotim-dinsos-2022.json), parsed. It panics if
// the embedded file does not parse, which the tests rule out.
func Contoh() *Dokumen {
	d, err := Parse(sampel.FlotimDinsos2022, "flotim-dinsos-2022.json")
	if err != nil {
		panic("lkip: contoh tertanam tidak dapat dibaca: " + err.Error())
	}
	return d
}
