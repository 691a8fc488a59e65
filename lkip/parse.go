package lkip

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/testdata"
)

// ParseError is the located input error [Parse] returns: file, line, JSON
// path and what is wrong, in Bahasa Indonesia.
type ParseError = anggaran.ParseError

// berkasV1 is the JSON form of a data file of schema version 1.
type berkasV1 struct {
	Versi     int             `json:"versi"`
	Identitas Identitas       `json:"identitas"`
	Profil    Profil          `json:"profil"`
	Narasi    Narasi          `json:"narasi"`
	Kutipan   Kutipan         `json:"kutipan"`
	Tanggapan []Tanggapan     `json:"tanggapan,omitempty"`
	Anggaran  json.RawMessage `json:"anggaran"`
	Kinerja   json.RawMessage `json:"kinerja"`
}

// Parse reads a data file (one JSON document, see SCHEMA.md) named berkas
// (used in messages only; may be empty) and checks it.
//
// Rules, in order:
//  1. The document must be one JSON object. Its "versi" must be an integer
//     no greater than [VersiSkema]; a newer version is refused (the program
//     is too old), an older one is migrated in memory (versi 0, the
//     unversioned draft shape, keeps the kepala dinas as flat fields
//     "kepala_dinas", "nip", "pangkat" of identitas).
//  2. Unknown fields are refused, in every section.
//  3. Figures given as text are read with the anggaran parsers (Rupiah,
//     Persen or Bilangan by field); markers and placeholders in the
//     narrative must be known names.
//  4. The "anggaran" and "kinerja" sections are read by their packages.
//
// Every error is a *[ParseError] with the file name, the line, and the
// JSON path from the root of the document ("anggaran.rincian[3].pagu"); its
// message is in Bahasa Indonesia. Parse never panics on bad input.
func Parse(data []byte, berkas string) (*Dokumen, error) {
	d, err := parse(data)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			pe.Berkas = berkas
			return nil, pe
		}
		return nil, &ParseError{Berkas: berkas, Err: err}
	}
	return d, nil
}

// ParseFile reads the data file at path and parses it (see [Parse]); a
// file that cannot be read gets an Indonesian message too
// ([anggaran.ReadFile]).
func ParseFile(path string) (*Dokumen, error) {
	data, err := anggaran.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

func parse(data []byte) (*Dokumen, error) {
	asli := data
	// Syntax, keys given twice (in any section) and number bounds first:
	// encoding/json would silently keep the last of two equal keys.
	if err := anggaran.ValidateJSON(data); err != nil {
		return nil, err
	}
	// The common case, a current file, is decoded in one pass; anything
	// else (an error, another versi) goes through the version check first.
	b, berr := decodeV1(data)
	if berr != nil || b.Versi != VersiSkema {
		versi, err := bacaVersi(data)
		if err != nil {
			return nil, err
		}
		switch {
		case versi > VersiSkema:
			return nil, lokasikan(asli, &ParseError{Path: "versi", Err: fmt.Errorf(
				"versi skema %d lebih baru daripada yang dikenal program ini (%d); perbarui sakip untuk membuka berkas ini", versi, VersiSkema)})
		case versi < 0:
			return nil, lokasikan(asli, &ParseError{Path: "versi", Err: fmt.Errorf("versi skema %d tidak sah", versi)})
		case versi == 0:
			if data, err = migrasiV0(data); err != nil {
				return nil, lokasikan(asli, err)
			}
			if b, berr = decodeV1(data); berr != nil {
				// the line was counted in the migrated text: find the
				// path in the file as given
				if pe, ok := berr.(*ParseError); ok && pe.Path != "" {
					pe.Baris = 0
				}
			}
		}
		if berr != nil {
			return nil, lokasikan(asli, berr)
		}
	}
	d := &Dokumen{
		Versi:     VersiSkema,
		Identitas: b.Identitas,
		Profil:    b.Profil,
		Narasi:    b.Narasi,
		Kutipan:   b.Kutipan,
		Tanggapan: b.Tanggapan,
	}
	if err := d.periksaBentuk(); err != nil {
		return nil, lokasikan(asli, err)
	}
	var err error
	if d.Anggaran, err = parseAnggaran(b.Anggaran); err != nil {
		return nil, lokasikanBagian(asli, "anggaran", err)
	}
	if d.Kinerja, err = parseKinerja(b.Kinerja); err != nil {
		return nil, lokasikanBagian(asli, "kinerja", err)
	}
	return d, nil
}

// decodeV1 decodes a versi 1 document strictly, locating errors in data
// (their lines are recomputed by the caller for a migrated document).
func decodeV1(data []byte) (*berkasV1, error) {
	var b berkasV1
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		// encoding/json names an unknown field without its place: walk
		// the text along the types to find its path and line.
		if ke, ok := cariKolomAsing(data, reflect.TypeOf(berkasV1{})).(*kolomError); ok {
			return nil, &ParseError{Path: ke.path, Err: ke}
		}
		return nil, errorJSON(data, data, err, dec.InputOffset())
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &ParseError{Baris: anggaran.BarisKe(data, dec.InputOffset()), Err: errors.New("ada isi lain sesudah objek JSON utama")}
	}
	return &b, nil
}

// bacaVersi reads the top-level "versi": 0 when absent.
func bacaVersi(data []byte) (int, error) {
	var atas map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&atas); err != nil {
		return 0, errorJSON(data, data, err, dec.InputOffset())
	}
	if atas == nil {
		return 0, &ParseError{Baris: 1, Err: errors.New("berkas harus berupa objek JSON, bukan null")}
	}
	raw, ada := atas["versi"]
	if !ada {
		return 0, nil
	}
	var v int
	if err := json.Unmarshal(raw, &v); err != nil {
		return 0, lokasikan(data, &ParseError{Path: "versi", Err: fmt.Errorf("versi harus bilangan bulat, bukan %s", potong(string(raw)))})
	}
	return v, nil
}

// errorJSON turns an encoding/json error into a located *ParseError. data
// is the text that was decoded, asli the file as given (they differ after
// a migration).
func errorJSON(asli, data []byte, err error, off int64) error {
	var (
		se *json.SyntaxError
		te *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &se):
		return &ParseError{Baris: anggaran.BarisKe(data, se.Offset), Err: fmt.Errorf("JSON tidak sah: %s", anggaran.PesanSintaksJSON(se.Error()))}
	case errors.As(err, &te):
		p := anggaran.NewLetakJSON(data).PathPada(te.Offset - 1)
		return lokasikan(asli, &ParseError{Path: p, Err: errors.New(anggaran.PesanTipeJSON(te))})
	case errors.Is(err, io.EOF):
		return &ParseError{Baris: 1, Err: errors.New("berkas kosong, seharusnya objek JSON")}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &ParseError{Baris: anggaran.BarisKe(data, int64(len(data))), Err: errors.New("JSON terpotong (berakhir sebelum waktunya)")}
	}
	return lokasikan(asli, &ParseError{Path: anggaran.NewLetakJSON(data).PathPada(off - 1), Err: fmt.Errorf("tidak dapat dibaca: %v", err)})
}

func potong(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// lokasikan fills in the line of a *ParseError from its Path, looked up in
// the original file; other errors are wrapped.
func lokasikan(asli []byte, err error) error {
	var pe *ParseError
	if !errors.As(err, &pe) {
		pe = &ParseError{Err: err}
	}
	if pe.Baris == 0 {
		pe.Baris = anggaran.NewLetakJSON(asli).BarisPath(pe.Path)
	}
	return pe
}

// lokasikanBagian prefixes the path of an error from the anggaran or
// kinerja parser with the section name and recomputes its line in the
// whole file.
func lokasikanBagian(asli []byte, bagian string, err error) error {
	var pe *ParseError
	if !errors.As(err, &pe) {
		return lokasikan(asli, &ParseError{Path: bagian, Err: err})
	}
	baru := *pe
	baru.Path = anggaran.JoinPath(bagian, pe.Path)
	baru.Baris = 0
	letak := anggaran.NewLetakJSON(asli)
	if off, tepat := letak.Awal(baru.Path); off >= 0 {
		baru.Baris = letak.Baris(off)
		if !tepat && pe.Baris > 0 {
			// the path names something absent (a missing field): use the
			// section parser's own line, relative to the section start.
			if awal, ok := letak.Awal(bagian); ok {
				baru.Baris = letak.Baris(awal) + pe.Baris - 1
			}
		}
	}
	return &baru
}

// Encode writes the document as indented JSON of the current schema
// version. Figures keep their printed text; Parse(Encode(d)) equals d.
func (d *Dokumen) Encode() ([]byte, error) {
	ang, err := encodeAnggaran(d.Anggaran)
	if err != nil {
		return nil, err
	}
	kin, err := encodeKinerja(d.Kinerja)
	if err != nil {
		return nil, err
	}
	b := berkasV1{
		Versi:     VersiSkema,
		Identitas: d.Identitas,
		Profil:    d.Profil,
		Narasi:    d.Narasi,
		Kutipan:   d.Kutipan,
		Tanggapan: d.Tanggapan,
		Anggaran:  ang,
		Kinerja:   kin,
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Contoh returns the embedded sample: the LKIP 2022 of Dinas Sosial
// Kabupaten Flores Timur (testdata.FlotimDinsos2022), parsed. It panics if
// the embedded file does not parse, which the tests rule out.
func Contoh() *Dokumen {
	d, err := Parse(testdata.FlotimDinsos2022, "flotim-dinsos-2022.json")
	if err != nil {
		panic("lkip: contoh tertanam tidak dapat dibaca: " + err.Error())
	}
	return d
}
