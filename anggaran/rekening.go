package anggaran

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/pemkab/sakip/internal/normal"
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

// rekeningBaku lists the standard names of the belanja accounts
// (Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021; DOMAIN.md
// §5): every akun, kelompok and jenis, and the objek (level 4) whose names
// are certain: of Belanja Pegawai, Belanja Barang dan Jasa and Belanja
// Modal, and one of Belanja Hibah. Each entry holds the official name and
// other names in use for the same account. Objek not listed have no
// standard name here (Hibah and Bantuan Sosial mostly, Belanja Modal
// Tanah).
var rekeningBaku = map[string][]string{
	"5":      {"Belanja Daerah"},
	"5.1":    {"Belanja Operasi"},
	"5.1.01": {"Belanja Pegawai"},
	// Objek of Belanja Pegawai.
	"5.1.01.01": {"Belanja Gaji dan Tunjangan ASN"},
	"5.1.01.02": {"Tambahan Penghasilan ASN", "Belanja Tambahan Penghasilan ASN"},
	"5.1.01.03": {"Tambahan Penghasilan berdasarkan Pertimbangan Objektif Lainnya ASN"},
	"5.1.01.99": {"Belanja Pegawai BLUD"},
	"5.1.02":    {"Belanja Barang dan Jasa"},
	// Objek of Belanja Barang dan Jasa.
	"5.1.02.01": {"Belanja Barang"},
	"5.1.02.02": {"Belanja Jasa"},
	"5.1.02.03": {"Belanja Pemeliharaan"},
	"5.1.02.04": {"Belanja Perjalanan Dinas"},
	"5.1.02.05": {"Belanja Uang dan/atau Jasa untuk Diberikan kepada Pihak Ketiga/Pihak Lain/Masyarakat"},
	"5.1.02.99": {"Belanja Barang dan Jasa BLUD"},
	"5.1.03":    {"Belanja Bunga"},
	"5.1.04":    {"Belanja Subsidi"},
	"5.1.05":    {"Belanja Hibah"},
	"5.1.05.05": {"Belanja Hibah kepada Badan, Lembaga, Organisasi Kemasyarakatan yang Berbadan Hukum Indonesia"},
	"5.1.06":    {"Belanja Bantuan Sosial"},
	"5.2":       {"Belanja Modal"},
	"5.2.01":    {"Belanja Modal Tanah", "Belanja Tanah"},
	"5.2.02":    {"Belanja Modal Peralatan dan Mesin", "Belanja Peralatan dan Mesin"},
	// Objek of Belanja Modal Peralatan dan Mesin: the groups of the
	// classification of Barang Milik Daerah (1.3.2.xx).
	"5.2.02.01": {"Belanja Modal Alat Besar"},
	"5.2.02.02": {"Belanja Modal Alat Angkutan"},
	"5.2.02.03": {"Belanja Modal Alat Bengkel dan Alat Ukur"},
	"5.2.02.04": {"Belanja Modal Alat Pertanian"},
	"5.2.02.05": {"Belanja Modal Alat Kantor dan Rumah Tangga"},
	"5.2.02.06": {"Belanja Modal Alat Studio, Komunikasi, dan Pemancar"},
	"5.2.02.07": {"Belanja Modal Alat Kedokteran dan Kesehatan"},
	"5.2.02.08": {"Belanja Modal Alat Laboratorium"},
	"5.2.02.10": {"Belanja Modal Komputer"},
	"5.2.02.13": {"Belanja Modal Alat Produksi, Pengolahan, dan Pemurnian"},
	"5.2.03":    {"Belanja Modal Gedung dan Bangunan", "Belanja Gedung dan Bangunan"},
	"5.2.03.01": {"Belanja Modal Bangunan Gedung"},
	"5.2.03.04": {"Belanja Modal Tugu Titik Kontrol/Pasti"},
	"5.2.04": {"Belanja Modal Jalan, Jaringan dan Irigasi", "Belanja Modal Jalan, Irigasi dan Jaringan",
		"Belanja Jalan, Jaringan dan Irigasi", "Belanja Jalan, Irigasi dan Jaringan"},
	"5.2.04.01": {"Belanja Modal Jalan dan Jembatan"},
	"5.2.04.02": {"Belanja Modal Bangunan Air"},
	"5.2.04.03": {"Belanja Modal Instalasi"},
	"5.2.04.04": {"Belanja Modal Jaringan"},
	"5.2.05":    {"Belanja Modal Aset Tetap Lainnya", "Belanja Aset Tetap Lainnya"},
	"5.2.05.01": {"Belanja Modal Bahan Perpustakaan"},
	"5.2.05.05": {"Belanja Modal Tanaman"},
	"5.2.05.08": {"Belanja Modal Aset Tidak Berwujud"},
	"5.2.06":    {"Belanja Modal Aset Lainnya", "Belanja Aset Lainnya"},
	"5.3":       {"Belanja Tidak Terduga"},
	"5.3.01":    {"Belanja Tidak Terduga"},
	"5.4":       {"Belanja Transfer"},
	"5.4.01":    {"Belanja Bagi Hasil"},
	"5.4.02":    {"Belanja Bantuan Keuangan"},
}

// NamaBaku returns the standard name of an account down to the jenis level
// ("Belanja Modal Peralatan dan Mesin" for 5.2.02) and of the objek listed
// ("Belanja Barang" for 5.1.02.01), and false for an account the built-in
// list does not know (other objek, deeper accounts, other akun).
func (k KodeRekening) NamaBaku() (string, bool) {
	names, ok := rekeningBaku[k.String()]
	if !ok {
		return "", false
	}
	return names[0], true
}

// CocokNama reports whether a printed account name is a name of account k:
// its standard name or a common variant, ignoring case, punctuation and a
// missing leading "Belanja" or "Belanja Modal". Accounts without a standard
// name match every name.
func (k KodeRekening) CocokNama(uraian string) bool {
	names, ok := rekeningBaku[k.String()]
	if !ok {
		return true
	}
	got := kunciRekening(uraian)
	for _, n := range names {
		if got == kunciRekening(n) {
			return true
		}
	}
	return false
}

// kunciRekening is the comparison form of an account name: normal.Nama
// without a leading "belanja" and, after it, "modal".
func kunciRekening(s string) string {
	t := normal.Nama(s, " ")
	if r, ok := strings.CutPrefix(t, "belanja "); ok {
		t = strings.TrimPrefix(r, "modal ")
	}
	return t
}

// Equal reports whether k and o are the same account (go-cmp uses it).
func (k KodeRekening) Equal(o KodeRekening) bool { return k == o }
