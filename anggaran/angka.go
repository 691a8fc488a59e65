package anggaran

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/pemkab/sakip/internal/tetap"
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
	// JenisBilangan is a plain quantity or an indicator value (13.875
	// Jiwa, 53,3); "-" alone is [ErrKosong].
	JenisBilangan
	// JenisCacah is a count of people or things (a headcount, a number of
	// vehicles): a whole number, not negative, that fits in an int64. "-"
	// alone is [ErrKosong]. It reads its separators as JenisBilangan does.
	JenisCacah
)

// String returns the Indonesian name of the kind, as used in messages.
func (j Jenis) String() string {
	switch j {
	case JenisRupiah:
		return "angka rupiah"
	case JenisPersen:
		return "persentase"
	case JenisCacah:
		return "bilangan cacah"
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
	neg, t, err := kupas(s, j)
	if err != nil {
		return decimal.Zero, err
	}
	if t == "" { // nihil: "-" in a Rupiah column
		return decimal.Zero, nil
	}
	intPart, fracPart, group, alasan := pisahAngka(t, j)
	if alasan != "" {
		return fail(alasan)
	}
	if group != 0 {
		intPart = strings.ReplaceAll(intPart, string(group), "")
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
	if j == JenisCacah {
		if alasan := batasCacah(neg, intPart, fracPart); alasan != "" {
			return fail(alasan)
		}
	}
	return d, nil
}

// pisahAngka splits t (digits and separators only, as [kupas] leaves it)
// under the rules of [ParseAngka] into the digits before the decimal mark
// (still with their thousands separator group, well formed) and after
// it, or says what is wrong. It allocates nothing.
func pisahAngka(t string, j Jenis) (intPart, fracPart string, group byte, alasan string) {
	dots, commas := strings.Count(t, "."), strings.Count(t, ",")
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
			return "", "", 0, "tanda desimal muncul lebih dari sekali"
		}
		intPart, fracPart = t[:last], t[last+1:]
		if strings.ContainsRune(fracPart, rune(group)) {
			return "", "", 0, "pemisah ribuan sesudah tanda desimal"
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
				return "", "", 0, "tidak jelas apakah pemisah ribuan atau tanda desimal; tulis misalnya 1500 atau 1,5"
			}
			group = t[i]
			intPart = t
		} else {
			intPart, fracPart = t[:i], t[i+1:]
		}
	}
	if group != 0 && !ribuanTeratur(intPart, group) {
		return "", "", 0, "pengelompokan ribuan tidak teratur"
	}
	return intPart, fracPart, group, ""
}

// ribuanTeratur reports whether s groups thousands with g well: 1 to 3
// digits not starting with 0, then groups of exactly 3.
func ribuanTeratur(s string, g byte) bool {
	first := strings.IndexByte(s, g)
	if first < 1 || first > 3 || s[0] == '0' {
		return false
	}
	for i := first; i < len(s); i += 4 {
		if s[i] != g || i+4 > len(s) || strings.IndexByte(s[i+1:i+4], g) >= 0 {
			return false
		}
	}
	return true
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
	if s, ok := formatAngkaSen(d, desimal); ok {
		return s
	}
	return formatAngkaDesimal(d, desimal)
}

// formatAngkaSen is [FormatAngka] for the common case, a coefficient that
// fits in int64 at most 18 decimals: the digits are written straight from
// the int64 (rounded with [tetap.Bulat], half away from zero as
// decimal.StringFixed rounds), with no decimal text made and read again.
// False for anything else, which formatAngkaDesimal writes; a test and a
// fuzz test hold the two equal.
func formatAngkaSen(d decimal.Decimal, desimal int32) (string, bool) {
	e := d.Exponent()
	if e > 0 {
		e = 0 // Hitung scales the coefficient up to units
	}
	c, ok := tetap.Hitung(d, e)
	if !ok {
		return "", false
	}
	return formatKoefisien(c, -e, desimal)
}

// formatKoefisien writes c × 10^-k as [FormatAngka] writes it with desimal
// places (desimal < 0: as many as it has, trailing zeros dropped), from
// the int64 alone; false when k or desimal is above 18.
func formatKoefisien(c int64, k, desimal int32) (string, bool) {
	if k < 0 || k > 18 || desimal > 18 {
		return "", false
	}
	var ok bool
	switch {
	case desimal < 0:
		for k > 0 && c%10 == 0 {
			c /= 10
			k--
		}
	case desimal < k:
		if c, ok = tetap.Bulat(c, k, desimal, false); !ok {
			return "", false
		}
		k = desimal
	}
	u, neg := tetap.Abs(c)
	var buf [64]byte
	b := buf[:0]
	if neg {
		b = append(b, '-')
	}
	b = appendTetap(b, u, k, ',', true)
	if desimal > k {
		if k == 0 {
			b = append(b, ',')
		}
		for range desimal - k {
			b = append(b, '0')
		}
	}
	return string(b), true
}

// formatAngkaDesimal is [FormatAngka] through decimal's own text, for any
// value.
func formatAngkaDesimal(d decimal.Decimal, desimal int32) string {
	var s string
	if desimal < 0 {
		s = teksTepat(d)
	} else {
		s = d.StringFixed(desimal)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, fracPart, _ := strings.Cut(s, ".")
	b := make([]byte, 0, len(s)+len(s)/3+2)
	if neg {
		b = append(b, '-')
	}
	b = appendRibuan(b, intPart)
	if fracPart != "" {
		b = append(b, ',')
		b = append(b, fracPart...)
	}
	return string(b)
}

// appendRibuan appends the digits of a whole number grouped by thousands
// with dots, the Indonesian way ("9.399.497.972").
func appendRibuan[S string | []byte](b []byte, digit S) []byte {
	for i := range len(digit) {
		if i > 0 && (len(digit)-i)%3 == 0 {
			b = append(b, '.')
		}
		b = append(b, digit[i])
	}
	return b
}

// FormatRupiah writes an amount as "Rp 9.399.497.972". The amount is first
// rounded half away from zero to whole sen; a whole amount then has no
// decimals and one with sen has two ("Rp 1.500,50"). A negative amount is
// "-Rp 1.500".
func FormatRupiah(d decimal.Decimal) string {
	// Whole sen that fit in int64, as amounts are: written from the int64.
	if c, ok := tetap.Hitung(d, -2); ok {
		if s, ok := formatRupiahSen(c); ok {
			return s
		}
	}
	return formatRupiahDesimal(d)
}

// formatRupiahSen is [FormatRupiah] of c sen, written from the int64;
// false for the one value whose magnitude int64 cannot hold.
func formatRupiahSen(c int64) (string, bool) {
	if c == math.MinInt64 {
		return "", false
	}
	places := int32(0)
	if c%100 != 0 {
		places = 2
	}
	s, ok := formatKoefisien(max(c, -c), 2, places)
	switch {
	case !ok:
		return "", false
	case c < 0:
		return "-Rp " + s, true
	}
	return "Rp " + s, true
}

// formatRupiahDesimal is [FormatRupiah] through decimal arithmetic, for
// any value.
func formatRupiahDesimal(d decimal.Decimal) string {
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

// Strip is what every table of the packages prints for a figure that is
// missing or cannot be computed: an en dash.
const Strip = "–"

// FormatRupiahNull is [FormatRupiah] of d, or [Strip] when d is missing.
func FormatRupiahNull(d decimal.NullDecimal) string {
	if !d.Valid {
		return Strip
	}
	return FormatRupiah(d.Decimal)
}

// FormatAngkaNull is [FormatAngka] of d with desimal places, or [Strip]
// when d is missing.
func FormatAngkaNull(d decimal.NullDecimal, desimal int32) string {
	if !d.Valid {
		return Strip
	}
	return FormatAngka(d.Decimal, desimal)
}

// FormatPersenNull is [FormatPersen] of d, or [Strip] when d is missing.
func FormatPersenNull(d decimal.NullDecimal) string {
	if !d.Valid {
		return Strip
	}
	return FormatPersen(d.Decimal)
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

// teksTepat writes d exactly as a plain decimal ([tetap.Teks]): no
// exponent, no grouping, trailing zeros after the point dropped, whatever
// decimal's package variables say.
func teksTepat(d decimal.Decimal) string { return tetap.Teks(d) }

// batasCacah says what is wrong with a count whose digits are intPart and
// fracPart, or "" when it is a whole number from 0 to the int64 limit.
func batasCacah(neg bool, intPart, fracPart string) string {
	if strings.Trim(fracPart, "0") != "" {
		return "jumlah orang atau barang harus bilangan bulat; tulis tanpa angka di belakang koma"
	}
	n := strings.TrimLeft(intPart, "0")
	if neg && n != "" {
		return "jumlah orang atau barang tidak boleh negatif; tulis tanpa tanda minus"
	}
	if len(n) > 18 {
		return "terlalu besar untuk jumlah orang atau barang (paling banyak 18 angka)"
	}
	return ""
}

// Gaya is the notation a typed figure is written in: which of "." and ","
// groups thousands and which marks decimals. It is passed in by the
// caller (the document's or the user's choice), never guessed from a
// package setting.
type Gaya int

const (
	// GayaTebak reads either notation and refuses what could be read both
	// ways. When "." and "," both occur, the last one is the decimal mark.
	// One kind of separator occurring more than once groups thousands
	// ("1.000.000"). A lone separator followed by exactly three digits
	// after one to three digits not starting with 0 ("1.500", "2,214")
	// could group thousands or mark decimals: it is refused, naming both
	// readings, except for a count ([JenisCacah]), which has no decimals
	// and so can only mean thousands. Any other lone separator ("1.5",
	// "150.00", "12,3456", "0,125", "1234.567") can only be a decimal
	// mark, since a thousands group has exactly three digits and follows
	// one to three digits that do not start with 0.
	GayaTebak Gaya = iota
	// GayaIndonesia is the notation of Indonesian documents: "." groups
	// thousands, "," marks decimals ("9.399.497.972", "98,42"). A "." that
	// does not group thousands ("1.5", "150.00") is refused.
	GayaIndonesia
	// GayaInggris is the English notation: "," groups thousands, "."
	// marks decimals ("9,399,497,972", "93.6"). A "," that does not group
	// thousands is refused.
	GayaInggris
)

// String returns the Indonesian name of the notation, as used in messages.
func (g Gaya) String() string {
	switch g {
	case GayaIndonesia:
		return "gaya Indonesia (1.500,25)"
	case GayaInggris:
		return "gaya Inggris (1,500.25)"
	}
	return "gaya bebas"
}

// Batas returns what a typed figure of kind j may hold: at most desimal
// decimal places (-1: any, up to 30), at most digit digits before the
// decimal mark, and whether it may be negative.
//
//	JenisRupiah    2 (sen), 16 digits (up to 9.999 triliun), not negative
//	JenisPersen    2, 30 digits, may be negative (a fall of 2,5%)
//	JenisBilangan  any, 30 digits, may be negative (an indicator value)
//	JenisCacah     0, 18 digits (fits an int64), not negative
func (j Jenis) Batas() (desimal, digit int, negatif bool) {
	switch j {
	case JenisRupiah:
		return 2, 16, false
	case JenisPersen:
		return 2, maksDigit, true
	case JenisCacah:
		return 0, 18, false
	}
	return -1, maksDigit, true
}

// ParseIsian reads a figure a user typed into a field of kind j, written
// in notation g, and either keeps it exactly or refuses it with an
// [*AngkaError] saying, in Bahasa Indonesia, why and what to type instead.
// Nothing is rounded, and no digit is read by guesswork:
//
//   - spaces, "Rp"/"Rp." and a trailing ",-" (Rupiah), a trailing "%"
//     (percentages) and "-" alone for nihil (Rupiah, zero) are accepted
//     as in [ParseAngka]; "" is [ErrKosong];
//   - the separators are read under g (see [GayaTebak], [GayaIndonesia],
//     [GayaInggris]); thousands groups must be well formed;
//   - the figure must fit its kind ([Jenis.Batas]): more decimals written
//     than the kind keeps, even zeros ("12,3456" Rupiah, "1,500" Rupiah in GayaIndonesia), a
//     negative value where the kind cannot be negative (a pagu, a
//     realisasi, a count), or more digits than the kind can have
//     ("99999999999999999999" Rupiah) are refused, never rounded or
//     clipped.
//
// What ParseIsian accepts, [FormatIsian] writes back as text that
// ParseIsian reads to the same value, and [FormatAngkaBerkas] writes for
// the data file as text that [ParseAngkaBerkas] reads to the same value.
func ParseIsian(s string, j Jenis, g Gaya) (decimal.Decimal, error) {
	fail := func(alasan string) (decimal.Decimal, error) {
		return decimal.Zero, &AngkaError{Teks: s, Jenis: j, Alasan: alasan}
	}
	neg, t, err := kupas(s, j)
	if err != nil {
		return decimal.Zero, err
	}
	if t == "" { // "-" alone in a Rupiah field: nihil
		return decimal.Zero, nil
	}
	intPart, fracPart, alasan := pisahGaya(t, j, g, neg)
	if alasan != "" {
		return fail(alasan)
	}
	if intPart == "" {
		return fail("tidak ada angka sebelum tanda desimal")
	}
	des, digit, negatif := j.Batas()
	bulat := strings.TrimLeft(intPart, "0")
	if neg && !negatif && (strings.Trim(bulat+fracPart, "0") != "") {
		return fail(fmt.Sprintf("%s pada isian ini tidak boleh negatif; tulis tanpa tanda minus", namaJenis(j)))
	}
	if len(bulat) > digit {
		return fail(fmt.Sprintf("terlalu besar untuk %s (paling banyak %d angka sebelum tanda desimal)", namaJenis(j), digit))
	}
	if len(fracPart) > maksDigit {
		return fail(fmt.Sprintf("terlalu panjang (paling banyak %d angka sesudah tanda desimal)", maksDigit))
	}
	if des >= 0 && len(fracPart) > des {
		return fail(alasanDesimal(t, intPart, fracPart, j, g, des, neg))
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

// namaJenis names what a field of kind j holds, for messages.
func namaJenis(j Jenis) string {
	switch j {
	case JenisRupiah:
		return "jumlah uang"
	case JenisPersen:
		return "persentase"
	case JenisCacah:
		return "jumlah orang atau barang"
	}
	return "nilai"
}

// alasanDesimal explains a figure with more decimals than its kind keeps,
// and names the other reading when the text is the ambiguous "1,500".
func alasanDesimal(t, intPart, fracPart string, j Jenis, g Gaya, des int, neg bool) string {
	if j == JenisCacah {
		return "jumlah orang atau barang harus bilangan bulat; tulis tanpa angka di belakang koma"
	}
	desTeks := "angka di belakang koma"
	if g == GayaInggris {
		desTeks = "angka di belakang titik"
	}
	alasan := fmt.Sprintf("%s paling banyak %d %s", namaJenis(j), des, desTeks)
	if j == JenisRupiah {
		alasan += " (sen)"
	}
	alasan += "; angka ini tidak dibulatkan diam-diam: tulis sendiri angka yang dimaksud"
	if len(fracPart) == 3 && strings.Count(t, ".")+strings.Count(t, ",") == 1 && intPart[0] != '0' && len(intPart) <= 3 {
		alasan = fmt.Sprintf("dalam %s tanda ini menandai desimal, jadi %q dibaca %s koma %s, padahal %s", g, t, intPart, fracPart, alasan)
		ribuan := decimal.RequireFromString(intPart + fracPart)
		if neg {
			ribuan = ribuan.Neg()
		}
		if saran, ok := saranIsian(FormatIsian(ribuan, j, g), j, g); ok {
			alasan += fmt.Sprintf("; bila maksudnya %s%s (tanda sebagai pemisah ribuan), tulis %s", intPart, fracPart, saran)
		}
	}
	return alasan
}

// kupas strips what surrounds the digits of a typed or printed figure
// (spaces, sign, "Rp", ",-", "%") and checks that only digits and
// separators remain, well placed. t is "" for nihil ("-" in Rupiah).
func kupas(s string, j Jenis) (neg bool, t string, err error) {
	fail := func(alasan string) (bool, string, error) {
		return false, "", &AngkaError{Teks: s, Jenis: j, Alasan: alasan}
	}
	t = strings.Map(func(r rune) rune {
		switch r {
		case '\u2212', '\u2013', '\u2014': // minus sign, en and em dash
			return '-'
		}
		return r
	}, s)
	t = trimSpasi(t)
	if t == "" || t == "-" {
		if t == "-" && j == JenisRupiah {
			return false, "", nil
		}
		return false, "", &AngkaError{Teks: s, Jenis: j, Alasan: "nilai kosong", Err: ErrKosong}
	}
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
	return neg, t, nil
}

// pisahGaya splits t (digits and separators only) into the digits before
// and after the decimal mark under notation g, or says what is wrong.
func pisahGaya(t string, j Jenis, g Gaya, neg bool) (intPart, fracPart, alasan string) {
	dots, commas := strings.Count(t, "."), strings.Count(t, ",")
	var group, mark byte
	switch g {
	case GayaIndonesia:
		group, mark = '.', ','
	case GayaInggris:
		group, mark = ',', '.'
	default:
		switch {
		case dots == 0 && commas == 0:
			return t, "", ""
		case dots > 0 && commas > 0:
			mark = t[strings.LastIndexAny(t, ".,")]
			group = '.' + ',' - mark
		case dots > 1 || commas > 1:
			group = '.'
			if commas > 1 {
				group = ','
			}
			mark = '.' + ',' - group
		default: // one lone separator
			i := strings.IndexAny(t, ".,")
			// Only 1 to 3 digits not starting with 0 can stand before a
			// thousands separator: "1234.567" is a decimal.
			if len(t)-i-1 == 3 && t[0] != '0' && i <= 3 {
				if j == JenisCacah { // no decimals: only thousands
					group, mark = t[i], '.'+','-t[i]
					break
				}
				ribuan := t[:i] + t[i+1:]
				saran := ""
				if neg {
					saran = "-"
				}
				if teks, ok := saranIsian(saran+ribuan, j, g); ok {
					saran = fmt.Sprintf("tulis %s tanpa pemisah bila maksudnya ribuan, atau ", teks)
				} else {
					saran = ""
				}
				return "", "", fmt.Sprintf("tidak jelas: bisa berarti %s (%q sebagai pemisah ribuan) atau %s koma %s (%q sebagai tanda desimal); %spilih gaya penulisan angka yang menetapkan arti titik dan koma",
					ribuan, t[i], t[:i], t[i+1:], t[i], saran)
			}
			return t[:i], t[i+1:], ""
		}
	}
	if strings.Count(t, string(mark)) > 1 {
		if g == GayaTebak {
			return "", "", fmt.Sprintf("tanda desimal %q muncul lebih dari sekali", mark)
		}
		return "", "", fmt.Sprintf("tanda desimal %q muncul lebih dari sekali: dalam %s tanda %q menandai desimal dan %q memisahkan ribuan", mark, g, mark, group)
	}
	intPart, fracPart, _ = strings.Cut(t, string(mark))
	if strings.IndexByte(fracPart, group) >= 0 {
		return "", "", fmt.Sprintf("pemisah ribuan %q sesudah tanda desimal %q", group, mark)
	}
	if strings.IndexByte(intPart, group) < 0 {
		return intPart, fracPart, ""
	}
	groups := strings.Split(intPart, string(group))
	ok := len(groups[0]) >= 1 && len(groups[0]) <= 3 && groups[0][0] != '0'
	for _, x := range groups[1:] {
		ok = ok && len(x) == 3
	}
	if !ok {
		if g == GayaTebak {
			return "", "", "pengelompokan ribuan tidak teratur"
		}
		saran := ""
		if strings.Count(t, string(group)) == 1 && !strings.ContainsRune(t, rune(mark)) {
			saran = saranDesimal(t, group, mark, j, g, neg)
		}
		return "", "", fmt.Sprintf("pengelompokan ribuan tidak teratur: dalam %s tanda %q hanya memisahkan ribuan (kelompok tiga angka) dan %q menandai desimal%s", g, group, mark, saran)
	}
	return strings.Join(groups, ""), fracPart, ""
}

// saranDesimal suggests, for a figure whose one separator cannot group
// thousands in notation g ("12.3456" in GayaIndonesia), the same figure
// with that separator as the decimal mark, but only when a field of kind
// j accepts it; otherwise it says how many decimals the field allows.
func saranDesimal(t string, group, mark byte, j Jenis, g Gaya, neg bool) string {
	teks := strings.Replace(t, string(group), string(mark), 1)
	if neg {
		teks = "-" + teks
	}
	if saran, ok := saranIsian(teks, j, g); ok {
		return "; bila maksudnya desimal, tulis " + saran
	}
	des, _, _ := j.Batas()
	fracLen := len(t) - strings.IndexByte(t, group) - 1
	switch {
	case des == 0:
		return fmt.Sprintf("; %s tidak mempunyai desimal, jadi tulis bilangan bulat", namaJenis(j))
	case des > 0 && fracLen > des:
		desTeks := "angka di belakang koma"
		if g == GayaInggris {
			desTeks = "angka di belakang titik"
		}
		return fmt.Sprintf("; sebagai desimal pun tidak dapat: %s paling banyak %d %s", namaJenis(j), des, desTeks)
	}
	return ""
}

// saranIsian returns teks when [ParseIsian] accepts it for a field of
// kind j in notation g: a message never suggests a text its own field
// would refuse.
func saranIsian(teks string, j Jenis, g Gaya) (string, bool) {
	_, err := ParseIsian(teks, j, g)
	return teks, err == nil
}

// FormatIsian writes d as the text to show in an input field of kind j
// for notation g, so that [ParseIsian] reads it back to the same value:
// every decimal kept, thousands grouped ("1.500,25" in GayaIndonesia,
// "1,500.25" in GayaInggris), no "Rp" or "%". In GayaTebak a figure
// whose grouped form would be ambiguous ("1.500") is written without
// grouping ("1500"), and a decimal with exactly three places ("2,214")
// gets a trailing zero ("2,2140"). A value ParseIsian would refuse
// (too many decimals for the kind) is still written exactly.
func FormatIsian(d decimal.Decimal, j Jenis, g Gaya) string {
	s := FormatAngka(d, -1) // Indonesian: "." groups, "," decimals
	switch g {
	case GayaInggris:
		return strings.Map(func(r rune) rune {
			switch r {
			case '.':
				return ','
			case ',':
				return '.'
			}
			return r
		}, s)
	case GayaTebak:
		u := strings.TrimPrefix(s, "-")
		if strings.Count(u, ".")+strings.Count(u, ",") == 1 {
			i := strings.IndexAny(u, ".,")
			if len(u)-i-1 == 3 && u[0] != '0' {
				if u[i] == '.' {
					return strings.Replace(s, ".", "", 1)
				}
				return s + "0"
			}
		}
	}
	return s
}

// ParseAngkaBerkas reads a figure in the data file's canonical notation,
// as [FormatAngkaBerkas] writes it: an optional "-", digits without
// grouping, and optionally "." and more digits ("58180100.12", "-0.5",
// "1500"); at most 30 digits before and 30 after the point, no exponent,
// no spaces. Every reader reads such a text to one value: "." is always
// the decimal point. The value is kept exactly (a file may hold what a
// check then reports, such as a negative pagu); only a count
// ([JenisCacah]) must be a whole number from 0 to the int64 limit.
func ParseAngkaBerkas(s string, j Jenis) (decimal.Decimal, error) {
	fail := func(alasan string) (decimal.Decimal, error) {
		return decimal.Zero, &AngkaError{Teks: s, Jenis: j, Alasan: alasan}
	}
	if s == "" {
		return decimal.Zero, &AngkaError{Teks: s, Jenis: j, Alasan: "nilai kosong", Err: ErrKosong}
	}
	t := s
	neg := strings.HasPrefix(t, "-")
	if neg {
		t = t[1:]
	}
	intPart, fracPart, titik := strings.Cut(t, ".")
	if intPart == "" || (titik && fracPart == "") {
		return fail(`tidak sesuai penulisan berkas: angka tanpa pemisah ribuan, dengan "." sebagai tanda desimal (misalnya 58180100.12)`)
	}
	for _, p := range []string{intPart, fracPart} {
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return fail(fmt.Sprintf(`mengandung karakter %q; dalam berkas angka ditulis tanpa pemisah ribuan, dengan "." sebagai tanda desimal (misalnya 58180100.12)`, rune(p[i])))
			}
		}
	}
	if len(intPart) > maksDigit || len(fracPart) > maksDigit {
		return fail(fmt.Sprintf("terlalu panjang (paling banyak %d angka sebelum dan %d sesudah tanda desimal)", maksDigit, maksDigit))
	}
	if j == JenisCacah {
		if alasan := batasCacah(neg, intPart, fracPart); alasan != "" {
			return fail(alasan)
		}
	}
	d, err := decimal.NewFromString(t)
	if err != nil {
		return fail("tidak dapat dibaca")
	}
	if neg {
		d = d.Neg()
	}
	return d, nil
}

// FormatAngkaBerkas writes d in the data file's canonical notation, read
// back by [ParseAngkaBerkas] (and by any JSON reader, as a JSON number)
// to the same value: "-" for a negative value, the digits without
// grouping, and "." with the decimals when there are any, trailing zeros
// dropped ("58180100.125", "150", "-0.5"). Each value has exactly one
// text, so a file written, read and written again is byte-identical. It
// does not depend on decimal's package variables.
func FormatAngkaBerkas(d decimal.Decimal) string { return teksTepat(d) }
