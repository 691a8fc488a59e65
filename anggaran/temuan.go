package anggaran

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/internal/naskah"
)

// Tingkat is the severity of a [Temuan] (finding).
type Tingkat int

const (
	// Catatan is a remark: worth a look, not an error.
	Catatan Tingkat = iota + 1
	// Peringatan is a warning: probably wrong, or unusual enough to justify.
	Peringatan
	// Kesalahan is an error: two figures that must agree do not.
	Kesalahan
)

// String returns "catatan", "peringatan" or "kesalahan".
func (t Tingkat) String() string {
	switch t {
	case Catatan:
		return "catatan"
	case Peringatan:
		return "peringatan"
	case Kesalahan:
		return "kesalahan"
	}
	return "tingkat(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText writes the severity as its Indonesian name.
func (t Tingkat) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText reads "catatan", "peringatan" or "kesalahan".
func (t *Tingkat) UnmarshalText(b []byte) error {
	for _, c := range []Tingkat{Catatan, Peringatan, Kesalahan} {
		if string(b) == c.String() {
			*t = c
			return nil
		}
	}
	return fmt.Errorf("tingkat %q tidak dikenal (catatan, peringatan, kesalahan)", b)
}

// Lokasi says where a finding is: in the printed document (Bagian, Tabel,
// Baris, Kolom) and in the data file (Path, a JSON path such as
// "anggaran.rincian[5].realisasi", which the PWA uses to go to the field).
type Lokasi struct {
	Bagian string `json:"bagian,omitempty"` // chapter or section, e.g. "Bab III B"
	Tabel  string `json:"tabel,omitempty"`  // e.g. "Tabel 3.2"
	Baris  string `json:"baris,omitempty"`  // row, e.g. a code and its name
	Kolom  string `json:"kolom,omitempty"`  // column or field, e.g. "realisasi"
	Path   string `json:"path,omitempty"`   // JSON path in the data file
}

// String joins the printed-document parts: "Bab III B, Tabel 3.2, baris
// 1.06.01.2.06, kolom realisasi".
func (l Lokasi) String() string {
	var parts []string
	if l.Bagian != "" {
		parts = append(parts, l.Bagian)
	}
	if l.Tabel != "" {
		parts = append(parts, l.Tabel)
	}
	if l.Baris != "" {
		parts = append(parts, "baris "+l.Baris)
	}
	if l.Kolom != "" {
		parts = append(parts, "kolom "+l.Kolom)
	}
	if len(parts) == 0 && l.Path != "" {
		return l.Path
	}
	return strings.Join(parts, ", ")
}

// Temuan is one finding of a consistency check: what a reviewer would mark
// in the margin. Kode is a stable identifier of the check (for filtering
// and tests), Tercetak the value as the document printed it and Terhitung
// the value computed from the data, both formatted for people; Pesan says,
// in Bahasa Indonesia, what is wrong and what to do.
type Temuan struct {
	Kode      string  `json:"kode"`
	Tingkat   Tingkat `json:"tingkat"`
	Lokasi    Lokasi  `json:"lokasi"`
	Tercetak  string  `json:"tercetak,omitempty"`
	Terhitung string  `json:"terhitung,omitempty"`
	Pesan     string  `json:"pesan"`
}

// String writes the finding on one line:
// "kesalahan: Tabel 3.2, baris …: <pesan> (tercetak …; terhitung …)".
func (t Temuan) String() string {
	var b strings.Builder
	b.WriteString(t.Tingkat.String())
	b.WriteString(": ")
	if l := t.Lokasi.String(); l != "" {
		b.WriteString(l)
		b.WriteString(": ")
	}
	b.WriteString(t.Pesan)
	b.WriteString(t.Nilai())
	return b.String()
}

// Nilai writes the printed and computed values as the suffix of a one-line
// finding: " (tercetak …; terhitung …)", " (tercetak …)", " (terhitung …)",
// or "" when the finding has neither.
func (t Temuan) Nilai() string {
	switch {
	case t.Tercetak != "" && t.Terhitung != "":
		return fmt.Sprintf(" (tercetak %s; terhitung %s)", t.Tercetak, t.Terhitung)
	case t.Tercetak != "":
		return fmt.Sprintf(" (tercetak %s)", t.Tercetak)
	case t.Terhitung != "":
		return fmt.Sprintf(" (terhitung %s)", t.Terhitung)
	}
	return ""
}

// ParseError is an input error with its location: the file, the line (or
// CSV row), the field or column, and the JSON path where there is one. Its
// message is in Bahasa Indonesia, e.g.
// `flotim.csv: baris 3: kolom pagu: "12,34,5" bukan angka rupiah yang sah: …`.
// It is the one error type of every reader of sakip (kinerja.ParseError and
// lkip.ParseError are the same type).
type ParseError = naskah.Galat

// Aturan is one rule of the reviu, as one value: its stable code, the
// severity of every finding it gives (one kind of mistake has one
// severity, wherever it is found), a short title in Bahasa Indonesia for
// staff, and its meaning: what it compares and when it fires. Each package
// that checks something lists its rules in one DaftarAturan variable
// ([DaftarAturan], kinerja.DaftarAturan, lkip.DaftarAturan); its checks
// give findings by code and take the severity from the list, and a test
// keeps the list, the codes used in the code and the README table in
// agreement. Adding a rule is adding its value to that list, its check
// and its test.
type Aturan struct {
	Kode    string  `json:"kode"`    // stable identifier, "paket/nama-aturan"
	Tingkat Tingkat `json:"tingkat"` // severity of every finding of the rule
	Judul   string  `json:"judul"`   // short title, Bahasa Indonesia
	Arti    string  `json:"arti"`    // what it means and when it fires
}

// Temuan returns a finding of rule a at l, with its severity.
func (a Aturan) Temuan(l Lokasi, tercetak, terhitung, pesan string) Temuan {
	return Temuan{Kode: a.Kode, Tingkat: a.Tingkat, Lokasi: l, Tercetak: tercetak, Terhitung: terhitung, Pesan: pesan}
}

// CariAturan returns the rule of code kode in daftar; ok is false when
// no rule has that code.
func CariAturan(daftar []Aturan, kode string) (a Aturan, ok bool) {
	for _, x := range daftar {
		if x.Kode == kode {
			return x, true
		}
	}
	return Aturan{}, false
}

// BeriTingkat sets the severity of every finding of ts whose code is a
// rule of daftar from that rule, in place, and returns ts. Findings of
// other codes are left as they are.
func BeriTingkat(ts []Temuan, daftar []Aturan) []Temuan {
	for i := range ts {
		if a, ok := CariAturan(daftar, ts[i].Kode); ok {
			ts[i].Tingkat = a.Tingkat
		}
	}
	return ts
}
