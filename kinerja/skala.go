package kinerja

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/shopspring/decimal"
)

// Skala is a predikat scale: contiguous bands of capaian (or score), each
// with its predikat, listed from the lowest band to the highest.
//
// The bands are half-open. With TutupAtas false (capaian scales) a band
// holds Bawah ≤ x < Atas; with TutupAtas true (the PermenPANRB grades,
// "> 80 – 90") it holds Bawah < x ≤ Atas. The two outer ends are closed:
// the first band holds x = Bawah and the last holds x = Atas. A nil bound
// is unbounded. On a capaian scale (TutupAtas false) a value above the top
// band gets the top predikat: a capaian above 100 % is achieved, and only
// a cap (Opsi.Batas) says otherwise, by lowering the capaian first. Any
// other value outside every band (below a bounded first band, or outside
// a TutupAtas score scale such as PANRB88) has no predikat.
type Skala struct {
	Nama      string
	Pita      []Pita
	TutupAtas bool
}

// Pita is one band of a [Skala].
type Pita struct {
	Bawah    *decimal.Decimal // lower bound, nil = unbounded
	Atas     *decimal.Decimal // upper bound, nil = unbounded
	Predikat string
}

func angkaP(s string) *decimal.Decimal {
	d := decimal.RequireFromString(s)
	return &d
}

// SkalaPermendagri86 is the default scale (Permendagri 86/2017, evaluation
// of the Renja): x ≥ 91 Sangat Tinggi; 76 ≤ x < 91 Tinggi; 66 ≤ x < 76
// Sedang; 51 ≤ x < 66 Rendah; x < 51 Sangat Rendah. Reports print the
// bands as integers with gaps (76–90, 91–100); here they are half-open,
// so 90,99 is Tinggi and 91 Sangat Tinggi, and above 100 stays Sangat
// Tinggi.
func SkalaPermendagri86() Skala {
	return skalaLima("permendagri86", "Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi")
}

// SkalaBaik uses the Permendagri 86/2017 bands with the wording Sangat
// Kurang, Kurang, Cukup, Baik, Sangat Baik, seen in many LKIPs.
func SkalaBaik() Skala {
	return skalaLima("baik", "Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik")
}

func skalaLima(nama string, p ...string) Skala {
	b := []*decimal.Decimal{nil, angkaP("51"), angkaP("66"), angkaP("76"), angkaP("91"), nil}
	s := Skala{Nama: nama}
	for i, x := range p {
		s.Pita = append(s.Pita, Pita{Bawah: b[i], Atas: b[i+1], Predikat: x})
	}
	return s
}

// SkalaPK is the Perjanjian Kinerja style scale: x ≥ 100 Sangat Berhasil;
// 75 ≤ x < 100 Berhasil; 55 ≤ x < 75 Cukup Berhasil; x < 55 Kurang
// Berhasil.
func SkalaPK() Skala {
	return Skala{Nama: "pk", Pita: []Pita{
		{Atas: angkaP("55"), Predikat: "Kurang Berhasil"},
		{Bawah: angkaP("55"), Atas: angkaP("75"), Predikat: "Cukup Berhasil"},
		{Bawah: angkaP("75"), Atas: angkaP("100"), Predikat: "Berhasil"},
		{Bawah: angkaP("100"), Predikat: "Sangat Berhasil"},
	}}
}

// SkalaPANRB88 grades the SAKIP evaluation score of a whole institution
// (PermenPANRB 88/2021), 0 to 100: AA > 90; A > 80–90; BB > 70–80; B > 60–70;
// CC > 50–60; C > 30–50; D 0–30. The regulation's "> 80 – 90" is read
// literally: each band includes its upper bound, so exactly 90 is A and
// 90,01 is AA, exactly 30 is D; 0 is D and 100 is AA; scores below 0 or
// above 100 have no grade.
func SkalaPANRB88() Skala {
	b := []string{"0", "30", "50", "60", "70", "80", "90", "100"}
	g := []string{"D", "C", "CC", "B", "BB", "A", "AA"}
	s := Skala{Nama: "panrb88", TutupAtas: true}
	for i, x := range g {
		s.Pita = append(s.Pita, Pita{Bawah: angkaP(b[i]), Atas: angkaP(b[i+1]), Predikat: x})
	}
	return s
}

// SkalaBernama returns the named scale: "permendagri86" (the default),
// "baik", "pk" or "panrb88".
func SkalaBernama(nama string) (Skala, bool) {
	switch strings.ToLower(strings.TrimSpace(nama)) {
	case "", "permendagri86":
		return SkalaPermendagri86(), true
	case "baik":
		return SkalaBaik(), true
	case "pk":
		return SkalaPK(), true
	case "panrb88":
		return SkalaPANRB88(), true
	}
	return Skala{}, false
}

// NewSkala builds a custom scale from its bands (lowest first) and checks
// it with [Skala.Validate].
func NewSkala(nama string, tutupAtas bool, pita ...Pita) (Skala, error) {
	s := Skala{Nama: nama, Pita: append([]Pita(nil), pita...), TutupAtas: tutupAtas}
	return s, s.Validate()
}

// Validate checks that the bands are listed from lowest to highest, that
// each lower bound is below its upper bound, and that they leave no gap
// and do not overlap: each band's Atas equals the next band's Bawah. Only
// the first band may be unbounded below and only the last unbounded above.
// Errors are in Bahasa Indonesia.
func (s Skala) Validate() error {
	if len(s.Pita) == 0 {
		return errors.New("skala tidak mempunyai pita")
	}
	for i, p := range s.Pita {
		if strings.TrimSpace(p.Predikat) == "" {
			return fmt.Errorf("pita ke-%d tidak mempunyai predikat", i+1)
		}
		if p.Bawah == nil && i > 0 {
			return fmt.Errorf("pita %q: hanya pita terbawah yang boleh tanpa batas bawah", p.Predikat)
		}
		if p.Atas == nil && i < len(s.Pita)-1 {
			return fmt.Errorf("pita %q: hanya pita teratas yang boleh tanpa batas atas", p.Predikat)
		}
		if p.Bawah != nil && p.Atas != nil && p.Bawah.Cmp(*p.Atas) >= 0 {
			return fmt.Errorf("pita %q: batas bawah %s tidak lebih kecil dari batas atas %s", p.Predikat,
				anggaran.FormatAngka(*p.Bawah, -1), anggaran.FormatAngka(*p.Atas, -1))
		}
		if i == 0 {
			continue
		}
		q := s.Pita[i-1]
		switch c := q.Atas.Cmp(*p.Bawah); {
		case c < 0:
			return fmt.Errorf("ada celah antara pita %q (sampai %s) dan pita %q (mulai %s)", q.Predikat,
				anggaran.FormatAngka(*q.Atas, -1), p.Predikat, anggaran.FormatAngka(*p.Bawah, -1))
		case c > 0:
			return fmt.Errorf("pita %q (sampai %s) tumpang tindih dengan pita %q (mulai %s)", q.Predikat,
				anggaran.FormatAngka(*q.Atas, -1), p.Predikat, anggaran.FormatAngka(*p.Bawah, -1))
		}
	}
	return nil
}

// Predikat returns the predikat of x, and false when x lies outside every
// band (or the scale is empty); on a capaian scale a value above the top
// band has the top predikat (see [Skala]).
func (s Skala) Predikat(x decimal.Decimal) (string, bool) {
	i := pitaKe(len(s.Pita), s.TutupAtas, func(i int, atas bool) (int, bool) {
		b := s.Pita[i].Bawah
		if atas {
			b = s.Pita[i].Atas
		}
		if b == nil {
			return 0, false
		}
		return x.Cmp(*b), true
	})
	if i < 0 {
		return "", false
	}
	return s.Pita[i].Predikat, true
}

// pitaKe is the band rule of a scale, the one rule of [Skala.Predikat]
// and of the scoring's int64 form of it: the index of the band a value
// falls in, −1 for none, from how the value compares with each band's
// bounds (banding(i, atas) is the comparison with band i's lower or, when
// atas, upper bound, and false when the band has no such bound). Bands
// are [bawah, atas) with the last one closed, or (bawah, atas] with the
// first one closed when tutupAtas; a value above the last band's upper
// bound is in it (a capaian above the top of a half-open scale).
func pitaKe(n int, tutupAtas bool, banding func(i int, atas bool) (int, bool)) int {
	last := n - 1
	for i := range n {
		cb, adaBawah := banding(i, false)
		ca, adaAtas := banding(i, true)
		var bawahOK, atasOK bool
		if tutupAtas {
			bawahOK = !adaBawah || cb > 0 || (i == 0 && cb == 0)
			atasOK = !adaAtas || ca <= 0
		} else {
			bawahOK = !adaBawah || cb >= 0
			atasOK = !adaAtas || ca < 0 || (i == last && ca == 0)
		}
		if bawahOK && atasOK {
			return i
		}
	}
	if last >= 0 && !tutupAtas {
		if ca, adaAtas := banding(last, true); adaAtas && ca > 0 {
			return last
		}
	}
	return -1
}

type skalaJSON struct {
	Nama      string     `json:"nama"`
	TutupAtas bool       `json:"tutup_atas,omitempty"`
	Pita      []pitaJSON `json:"pita"`
}

type pitaJSON struct {
	Bawah    json.RawMessage `json:"bawah,omitempty"`
	Atas     json.RawMessage `json:"atas,omitempty"`
	Predikat string          `json:"predikat"`
}

// MarshalJSON writes the scale as
// {"nama": …, "tutup_atas": …, "pita": [{"bawah": "51", "atas": "66", "predikat": "Rendah"}, …]},
// bounds as plain decimal strings, an unbounded end left out.
func (s Skala) MarshalJSON() ([]byte, error) {
	o := skalaJSON{Nama: s.Nama, TutupAtas: s.TutupAtas, Pita: []pitaJSON{}}
	batas := func(d *decimal.Decimal) json.RawMessage {
		if d == nil {
			return nil
		}
		b, _ := json.Marshal(anggaran.FormatAngkaBerkas(*d))
		return b
	}
	for _, p := range s.Pita {
		o.Pita = append(o.Pita, pitaJSON{Bawah: batas(p.Bawah), Atas: batas(p.Atas), Predikat: p.Predikat})
	}
	return json.Marshal(o)
}

// ParseSkala reads a scale written as [Skala.MarshalJSON] writes it (a
// Pemda's own scale in a settings file):
//
//	{"nama": "pemda", "tutup_atas": false, "pita": [
//	  {"atas": "60", "predikat": "Kurang"},
//	  {"bawah": "60", "atas": "85,5", "predikat": "Baik"}, …]}
//
// Bounds may be strings, read as percentages ("90,5", "85.5",
// [anggaran.ParsePersen]), or JSON numbers; an absent or null bound is
// unbounded. The text is read by the reader every data file shares
// (internal/naskah: limits, a UTF-8 byte order mark skipped, keys given
// twice refused); unknown fields are refused and the scale must pass
// [Skala.Validate]. berkas names the file in errors and may be empty.
// Every error is a [*ParseError] in Bahasa Indonesia with the line and
// the field ("skala.json: baris 3: pita[1].atas: …").
func ParseSkala(data []byte, berkas string) (Skala, error) {
	gagal := func(err error) (Skala, error) {
		if pe, ok := err.(*ParseError); ok {
			pe.Berkas = berkas
		}
		return Skala{}, err
	}
	v, err := naskah.Baca(data)
	if err != nil {
		return gagal(err)
	}
	var p naskah.Pembaca
	o := p.Objek(v, "")
	out := Skala{Nama: o.Teks("nama"), TutupAtas: o.Benar("tutup_atas")}
	batas := func(q *naskah.Objek, k string) *decimal.Decimal {
		n := q.Ambil(k)
		if n == nil {
			return nil
		}
		var d decimal.Decimal
		var err error
		switch n.Jenis {
		case naskah.JenisTeks:
			d, err = anggaran.ParsePersen(n.Teks)
		case naskah.JenisBilangan:
			d, err = angkaJSON(n.Teks)
		default:
			p.Bukan(n, q.Sub(k), "angka atau teks angka")
			return nil
		}
		if err != nil {
			p.Gagal(n, q.Sub(k), err)
			return nil
		}
		return &d
	}
	ada := o.Daftar("pita", func(n *naskah.Nilai, path string) {
		q := p.Objek(n, path)
		bawah, atas := batas(q, "bawah"), batas(q, "atas")
		out.Pita = append(out.Pita, Pita{Bawah: bawah, Atas: atas, Predikat: q.Teks("predikat")})
		q.Selesai()
	})
	o.Selesai()
	if err := p.ErrDi(v, ""); err != nil {
		return gagal(err)
	}
	if !ada {
		return gagal(&ParseError{Baris: int(v.Baris), Path: "pita", Err: errors.New("wajib diisi: daftar pita skala")})
	}
	if err := out.Validate(); err != nil {
		return gagal(&ParseError{Err: fmt.Errorf("skala %q: %w", out.Nama, err)})
	}
	return out, nil
}

// UnmarshalJSON reads the scale as [ParseSkala] does (without a file
// name), so that a settings type can embed a Skala; its errors are
// ParseSkala's, in Bahasa Indonesia.
func (s *Skala) UnmarshalJSON(b []byte) error {
	out, err := ParseSkala(b, "")
	if err != nil {
		return err
	}
	*s = out
	return nil
}
