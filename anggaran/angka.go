package anggaran

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Jenis names the kind of column a number comes from. The kind decides how a
// lone separator is read: in a Rupiah or count column "1.500" is fifteen
// hundred, in a percentage column it is ambiguous and refused.
type Jenis int

const (
	// JenisRupiah is an amount of money. "Rp", "Rp." and a trailing ",-" or
	// ",00" are accepted; "-" alone means nihil (zero).
	JenisRupiah Jenis = iota
	// JenisPersen is a percentage. A trailing "%" is accepted; "-" alone is
	// [ErrKosong] (a missing value, not zero).
	JenisPersen
	// JenisBilangan is a plain quantity (13.875 Jiwa, 1.170 KK); "-" alone
	// is [ErrKosong].
	JenisBilangan
)

// String returns the Indonesian name of the kind, as used in messages.
func (j Jenis) String() string {
	switch j {
	case JenisRupiah:
		return "angka rupiah"
	case JenisPersen:
		return "persentase"
	default:
		return "bilangan"
	}
}

// ErrKosong is returned (wrapped in an [*AngkaError]) when a value is empty
// or "-" where a value is required. Callers that allow a missing value test
// for it with errors.Is.
var ErrKosong = errors.New("nilai kosong")

// AngkaError reports a number that could not be read: the text as given, the
// kind of column, and what is wrong with it, in Bahasa Indonesia.
type AngkaError struct {
	Teks   string // the text as given
	Jenis  Jenis  // the kind of column it was read for
	Alasan string // what is wrong
	Err    error  // ErrKosong for an empty value, else nil
}

func (e *AngkaError) Error() string {
	return fmt.Sprintf("%q bukan %s yang sah: %s", e.Teks, e.Jenis, e.Alasan)
}

// Unwrap returns ErrKosong for an empty value.
func (e *AngkaError) Unwrap() error { return e.Err }

// ParseRupiah reads an amount of money as Indonesian documents write it:
// "9.399.497.972", "9,399,497,972", "Rp. 9.399.497.972", "Rp 1.987.663,-",
// "1.987.663,50", "9399497972", and "-" for nihil (zero). A lone separator
// followed by exactly three digits groups thousands ("1.500" is 1500).
// Malformed text ("12,34,5", "1.2.3", "Rp", "abc", "") is an [*AngkaError].
func ParseRupiah(s string) (decimal.Decimal, error) {
	return ParseAngka(s, JenisRupiah)
}

// ParsePersen reads a percentage: "98,42", "98,42%", "93.6", "100". A lone
// separator followed by exactly three digits ("1.500", "1,500") is refused
// as ambiguous. "-" and "" are [ErrKosong].
func ParsePersen(s string) (decimal.Decimal, error) {
	return ParseAngka(s, JenisPersen)
}

// ParseBilangan reads a quantity such as "13.875", "181.395" or "3356".
// Like [ParseRupiah], a lone separator followed by three digits groups
// thousands. "-" and "" are [ErrKosong].
func ParseBilangan(s string) (decimal.Decimal, error) {
	return ParseAngka(s, JenisBilangan)
}

// ParseAngka reads a number written in any of the common Indonesian or
// English styles, under the rules of the column kind j:
//
//  1. Spaces are allowed around the number, its sign, "Rp" and "%", never
//     inside it ("1.000 000" is refused); for Rupiah a leading "Rp"/"Rp."
//     and a trailing ",-" are dropped; for percentages one trailing "%".
//  2. A leading "-" or enclosing parentheses make the number negative.
//  3. When both "." and "," occur, the last one is the decimal mark and
//     must occur once; the other groups thousands.
//  4. One kind of separator occurring more than once groups thousands.
//  5. One separator occurring once is a decimal mark, except when exactly
//     three digits follow: then it groups thousands for Rupiah and
//     quantities, and is ambiguous (refused) for percentages.
//
// Thousands groups must be well formed: 1 to 3 digits not starting with 0,
// then groups of 3 ("0,125" is therefore a decimal in every kind). At most
// 30 digits stand before and 30 after the decimal mark.
func ParseAngka(s string, j Jenis) (decimal.Decimal, error) {
	fail := func(alasan string) (decimal.Decimal, error) {
		return decimal.Zero, &AngkaError{Teks: s, Jenis: j, Alasan: alasan}
	}
	t := strings.Map(func(r rune) rune {
		switch r {
		case '\u2212', '\u2013', '\u2014': // minus sign, en and em dash
			return '-'
		}
		return r
	}, s)
	t = trimSpasi(t)
	if t == "" || t == "-" {
		if t == "-" && j == JenisRupiah {
			return decimal.Zero, nil
		}
		return decimal.Zero, &AngkaError{Teks: s, Jenis: j, Alasan: "nilai kosong", Err: ErrKosong}
	}
	neg := false
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		neg, t = true, trimSpasi(t[1:len(t)-1])
	}
	if strings.HasPrefix(t, "-") {
		if neg {
			return fail("tanda negatif ganda")
		}
		neg, t = true, trimSpasi(t[1:])
	}
	switch j {
	case JenisRupiah:
		if len(t) >= 2 && strings.EqualFold(t[:2], "rp") {
			t = trimSpasi(strings.TrimPrefix(t[2:], "."))
			if t == "" {
				return fail("tidak ada angka setelah Rp")
			}
		}
		if strings.HasPrefix(t, "-") && !neg {
			neg, t = true, trimSpasi(t[1:])
		}
		t = strings.TrimSuffix(t, ",-")
		t = strings.TrimSuffix(t, ".-")
	case JenisPersen:
		t = trimSpasi(strings.TrimSuffix(t, "%"))
	}
	if strings.IndexFunc(t, isSpasi) >= 0 {
		// "1.000 000" or "100 200" is never one number: refuse rather
		// than silently join the digits.
		return fail("ada spasi di tengah angka")
	}
	if t == "" {
		return fail("tidak ada angka")
	}
	for _, r := range t {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return fail(fmt.Sprintf("mengandung karakter %q", r))
		}
	}
	if t[0] == '.' || t[0] == ',' || t[len(t)-1] == '.' || t[len(t)-1] == ',' {
		return fail("diawali atau diakhiri tanda pemisah")
	}
	dots, commas := strings.Count(t, "."), strings.Count(t, ",")
	var intPart, fracPart string
	var group byte
	switch {
	case dots == 0 && commas == 0:
		intPart = t
	case dots > 0 && commas > 0:
		last := strings.LastIndexAny(t, ".,")
		mark := t[last]
		group = '.'
		if mark == '.' {
			group = ','
		}
		if strings.Count(t, string(mark)) != 1 {
			return fail("tanda desimal muncul lebih dari sekali")
		}
		intPart, fracPart = t[:last], t[last+1:]
		if strings.ContainsRune(fracPart, rune(group)) {
			return fail("pemisah ribuan sesudah tanda desimal")
		}
	case dots > 1 || commas > 1:
		group = '.'
		if commas > 1 {
			group = ','
		}
		intPart = t
	default: // exactly one separator
		i := strings.IndexAny(t, ".,")
		after := len(t) - i - 1
		// A grouped number never starts with 0, so "0,125" is a decimal.
		if after == 3 && t[0] != '0' {
			if j == JenisPersen {
				return fail("tidak jelas apakah pemisah ribuan atau tanda desimal; tulis misalnya 1500 atau 1,5")
			}
			group = t[i]
			intPart = t
		} else {
			intPart, fracPart = t[:i], t[i+1:]
		}
	}
	if group != 0 {
		groups := strings.Split(intPart, string(group))
		if len(groups[0]) < 1 || len(groups[0]) > 3 || groups[0][0] == '0' {
			return fail("pengelompokan ribuan tidak teratur")
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return fail("pengelompokan ribuan tidak teratur")
			}
		}
		intPart = strings.Join(groups, "")
	}
	if intPart == "" {
		return fail("tidak ada angka sebelum tanda desimal")
	}
	if len(intPart) > maksDigit || len(fracPart) > maksDigit {
		return fail(fmt.Sprintf("terlalu panjang (paling banyak %d angka sebelum dan %d sesudah tanda desimal)", maksDigit, maksDigit))
	}
	num := intPart
	if fracPart != "" {
		num += "." + fracPart
	}
	d, err := decimal.NewFromString(num)
	if err != nil {
		return fail("tidak dapat dibaca")
	}
	if neg {
		d = d.Neg()
	}
	return d, nil
}

// maksDigit bounds the digits before and after the decimal mark: no
// budget or indicator needs more, and a typo of a thousand digits must not
// become a thousand-digit number.
const maksDigit = 30

func isSpasi(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f'
}

func trimSpasi(s string) string { return strings.TrimFunc(s, isSpasi) }

// Pembulatan is a rounding rule. Every place that rounds names the rule it
// uses.
type Pembulatan int

const (
	// BulatSetengahNaik rounds half away from zero (for the non-negative
	// amounts of a budget this is "half up", the seed's rule).
	BulatSetengahNaik Pembulatan = iota
	// BulatPotong truncates toward zero, as some documents do (the seed's
	// Tabel 3.1 prints 107,9 for 107,97).
	BulatPotong
)

// String returns the Indonesian name of the rule.
func (p Pembulatan) String() string {
	if p == BulatPotong {
		return "dipotong"
	}
	return "dibulatkan"
}

// Round rounds d to the given number of decimal places under rule p.
func (p Pembulatan) Round(d decimal.Decimal, desimal int32) decimal.Decimal {
	if p == BulatPotong {
		return d.Truncate(desimal)
	}
	return d.Round(desimal)
}

var seratus = decimal.NewFromInt(100)

// Persen returns bagian / total × 100 rounded to desimal places under rule
// p, computed exactly (the multiplication happens before the division). It
// reports false when total is zero: the percentage cannot be computed.
func Persen(bagian, total decimal.Decimal, desimal int32, p Pembulatan) (decimal.Decimal, bool) {
	if total.IsZero() {
		return decimal.Zero, false
	}
	n := bagian.Mul(seratus)
	if p == BulatPotong {
		q, _ := n.QuoRem(total, desimal)
		return q, true
	}
	return n.DivRound(total, desimal), true
}

// FormatAngka writes d the Indonesian way with desimal decimal places,
// rounded half away from zero: 9399497972 → "9.399.497.972", 98.4166 with 2
// places → "98,42". With desimal < 0 the number is written with as many
// decimal places as it has.
func FormatAngka(d decimal.Decimal, desimal int32) string {
	var s string
	if desimal < 0 {
		s = d.String()
	} else {
		s = d.StringFixed(desimal)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, fracPart, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if fracPart != "" {
		b.WriteByte(',')
		b.WriteString(fracPart)
	}
	return b.String()
}

// FormatRupiah writes an amount as "Rp 9.399.497.972". The amount is first
// rounded half away from zero to whole sen; a whole amount then has no
// decimals and one with sen has two ("Rp 1.500,50"). A negative amount is
// "-Rp 1.500".
func FormatRupiah(d decimal.Decimal) string {
	d = d.Round(2)
	places := int32(0)
	if !d.Equal(d.Truncate(0)) {
		places = 2
	}
	s := FormatAngka(d.Abs(), places)
	if d.IsNegative() {
		return "-Rp " + s
	}
	return "Rp " + s
}

// FormatSatuan writes d with desimal decimal places (as [FormatAngka])
// followed by its unit: "6,77%" for "%", "13.875 Jiwa" for "Jiwa", the bare
// number for "".
func FormatSatuan(d decimal.Decimal, desimal int32, satuan string) string {
	s := FormatAngka(d, desimal)
	switch satuan {
	case "":
		return s
	case "%":
		return s + "%"
	}
	return s + " " + satuan
}

// FormatPersen writes a percentage with two decimals and a percent sign,
// rounded half away from zero: "98,42%".
func FormatPersen(d decimal.Decimal) string {
	return FormatAngka(d, 2) + "%"
}
