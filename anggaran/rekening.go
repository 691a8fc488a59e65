package anggaran

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// KodeRekening is a belanja account code of the chart of accounts
// (Permendagri 90/2019): akun 5, kelompok 5.1, jenis 5.1.01, objek
// 5.1.01.01, rincian objek 5.1.01.01.01, sub rincian objek
// 5.1.01.01.01.0001. The zero value is no account.
type KodeRekening struct {
	seg [6]uint16
	n   uint8
}

// lebarRekening is the official width of each segment.
var lebarRekening = [6]int{1, 1, 2, 2, 2, 4}

// ParseKodeRekening reads an account code, with or without spaces around
// the dots: "5", "5.1", "5 . 1 . 01", "5.1.02.01.01.0024". A segment may
// omit leading zeros ("5.1.1") but not be longer than its official width or
// be 0 (except the 1-digit kelompok, never 0 either).
func ParseKodeRekening(s string) (KodeRekening, error) {
	fail := func(alasan string) (KodeRekening, error) {
		return KodeRekening{}, &KodeError{Teks: s, Alasan: alasan}
	}
	t := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	if t == "" {
		return fail("kosong")
	}
	parts := strings.Split(t, ".")
	if len(parts) > len(lebarRekening) {
		return fail(fmt.Sprintf("terlalu banyak bagian (%d, paling banyak 6)", len(parts)))
	}
	var k KodeRekening
	for i, p := range parts {
		if len(p) > lebarRekening[i] {
			return fail(fmt.Sprintf("bagian ke-%d %q lebih dari %d angka", i+1, p, lebarRekening[i]))
		}
		n, err := angkaSegmen(p)
		if err != nil {
			return fail(fmt.Sprintf("bagian ke-%d %q: %v", i+1, p, err))
		}
		k.seg[i] = uint16(n)
	}
	k.n = uint8(len(parts))
	return k, nil
}

// MustKodeRekening is [ParseKodeRekening] for tests and examples: it
// panics on an invalid code.
func MustKodeRekening(s string) KodeRekening {
	k, err := ParseKodeRekening(s)
	if err != nil {
		panic(err)
	}
	return k
}

// IsZero reports whether k is no account.
func (k KodeRekening) IsZero() bool { return k.n == 0 }

// Tingkat returns the number of segments: 1 akun, 2 kelompok, 3 jenis, 4
// objek, 5 rincian objek, 6 sub rincian objek.
func (k KodeRekening) Tingkat() int { return int(k.n) }

// Induk returns the parent account (5.1 for 5.1.01), the zero value for an
// akun.
func (k KodeRekening) Induk() KodeRekening {
	if k.n == 0 {
		return k
	}
	k.n--
	k.seg[k.n] = 0
	return k
}

// Contains reports whether o is k or one of its sub-accounts.
func (k KodeRekening) Contains(o KodeRekening) bool {
	if o.n < k.n {
		return false
	}
	for i := range int(k.n) {
		if k.seg[i] != o.seg[i] {
			return false
		}
	}
	return true
}

// Compare orders codes numerically per segment, a parent before its
// sub-accounts.
func (k KodeRekening) Compare(o KodeRekening) int {
	for i := range 6 {
		if k.seg[i] != o.seg[i] {
			if k.seg[i] < o.seg[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// String returns the official form with zero-padded segments: "5.1.01".
func (k KodeRekening) String() string {
	var b []byte
	for i := range int(k.n) {
		if i > 0 {
			b = append(b, '.')
		}
		s := strconv.Itoa(int(k.seg[i]))
		for range lebarRekening[i] - len(s) {
			b = append(b, '0')
		}
		b = append(b, s...)
	}
	return string(b)
}

// MarshalText writes the official form.
func (k KodeRekening) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads any form [ParseKodeRekening] accepts.
func (k *KodeRekening) UnmarshalText(b []byte) error {
	v, err := ParseKodeRekening(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// rekeningBaku lists the standard names of the belanja accounts down to
// the jenis level (Permendagri 90/2019 as amended; DOMAIN.md §5). Each
// entry holds the official name and other names in use for the same
// account.
var rekeningBaku = map[string][]string{
	"5":      {"Belanja Daerah"},
	"5.1":    {"Belanja Operasi"},
	"5.1.01": {"Belanja Pegawai"},
	"5.1.02": {"Belanja Barang dan Jasa"},
	"5.1.03": {"Belanja Bunga"},
	"5.1.04": {"Belanja Subsidi"},
	"5.1.05": {"Belanja Hibah"},
	"5.1.06": {"Belanja Bantuan Sosial"},
	"5.2":    {"Belanja Modal"},
	"5.2.01": {"Belanja Modal Tanah", "Belanja Tanah"},
	"5.2.02": {"Belanja Modal Peralatan dan Mesin", "Belanja Peralatan dan Mesin"},
	"5.2.03": {"Belanja Modal Gedung dan Bangunan", "Belanja Gedung dan Bangunan"},
	"5.2.04": {"Belanja Modal Jalan, Jaringan dan Irigasi", "Belanja Modal Jalan, Irigasi dan Jaringan",
		"Belanja Jalan, Jaringan dan Irigasi", "Belanja Jalan, Irigasi dan Jaringan"},
	"5.2.05": {"Belanja Modal Aset Tetap Lainnya", "Belanja Aset Tetap Lainnya"},
	"5.2.06": {"Belanja Modal Aset Lainnya", "Belanja Aset Lainnya"},
	"5.3":    {"Belanja Tidak Terduga"},
	"5.3.01": {"Belanja Tidak Terduga"},
	"5.4":    {"Belanja Transfer"},
	"5.4.01": {"Belanja Bagi Hasil"},
	"5.4.02": {"Belanja Bantuan Keuangan"},
}

// NamaBaku returns the standard name of an account down to the jenis level
// ("Belanja Modal Peralatan dan Mesin" for 5.2.02), and false for an
// account the built-in list does not know (deeper accounts, other akun).
func (k KodeRekening) NamaBaku() (string, bool) {
	names, ok := rekeningBaku[k.String()]
	if !ok {
		return "", false
	}
	return names[0], true
}

// CocokNama reports whether a printed account name is a name of account k:
// its standard name or a common variant, ignoring case, punctuation and a
// missing leading "Belanja". Accounts without a standard name match every
// name.
func (k KodeRekening) CocokNama(uraian string) bool {
	names, ok := rekeningBaku[k.String()]
	if !ok {
		return true
	}
	got := strings.TrimPrefix(normalNama(uraian), "belanja ")
	for _, n := range names {
		if got == strings.TrimPrefix(normalNama(n), "belanja ") {
			return true
		}
	}
	return false
}

// normalNama lower-cases s, turns every run of non-letters and non-digits
// into one space, and trims: "Pengujian/ Verifikasi," → "pengujian
// verifikasi".
func normalNama(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// Equal reports whether k and o are the same account (go-cmp uses it).
func (k KodeRekening) Equal(o KodeRekening) bool { return k == o }
