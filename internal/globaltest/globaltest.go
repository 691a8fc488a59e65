// Package globaltest checks that no output of the library depends on
// shopspring/decimal's package variables (issue 10, item 3): a host
// program may set them, and the project's own number formatters
// (anggaran.FormatAngkaBerkas, FormatAngka, internal/tetap.Teks) must
// make every byte the same.
//
// The tests that use it set package globals, so they must not run in
// parallel with the other tests of their package (no t.Parallel); every
// variable is restored with t.Cleanup.
package globaltest

import (
	"archive/zip"
	"bytes"
	"io"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// Ubahan is one change of decimal's package variables: Nama names it,
// Ubah makes it and returns what restores it.
type Ubahan struct {
	Nama string
	Ubah func() (pulih func())
}

func setel[T any](p *T, v func(T) T) func() {
	lama := *p
	*p = v(lama)
	return func() { *p = lama }
}

// Daftar lists every package variable of shopspring/decimal v1.6 that
// changes what a method prints or computes, each set to a value that
// differs from the default.
var Daftar = []Ubahan{
	{"DivisionPrecision=2", func() func() { return setel(&decimal.DivisionPrecision, func(int) int { return 2 }) }},
	{"DivisionPrecision=40", func() func() { return setel(&decimal.DivisionPrecision, func(int) int { return 40 }) }},
	{"PowPrecisionNegativeExponent=2", func() func() {
		return setel(&decimal.PowPrecisionNegativeExponent, func(int) int { return 2 })
	}},
	{"MarshalJSONWithoutQuotes", func() func() { return setel(&decimal.MarshalJSONWithoutQuotes, func(v bool) bool { return !v }) }},
	{"TrimTrailingZeros", func() func() { return setel(&decimal.TrimTrailingZeros, func(v bool) bool { return !v }) }},
	{"UseScientificNotation", func() func() { return setel(&decimal.UseScientificNotation, func(v bool) bool { return !v }) }},
	{"ExpMaxIterations=1", func() func() { return setel(&decimal.ExpMaxIterations, func(int) int { return 1 }) }},
}

// Periksa computes keluaran once with decimal's defaults, then once with
// each change of [Daftar] (restored afterwards, also on failure) and
// fails t, line by line, where any output differs. keluaran returns the
// outputs by name ("xlsx", "md", …); binary ones may be given in any
// text form that shows every byte that matters (a spreadsheet's XML
// parts, say).
func Periksa(t *testing.T, keluaran func(t *testing.T) map[string]string) {
	t.Helper()
	awal := keluaran(t)
	if len(awal) == 0 {
		t.Fatal("tidak ada keluaran untuk dibandingkan")
	}
	for _, u := range Daftar {
		t.Run(u.Nama, func(t *testing.T) {
			t.Cleanup(u.Ubah())
			got := keluaran(t)
			for k := range awal {
				a, b := strings.Split(awal[k], "\n"), strings.Split(got[k], "\n")
				if diff := cmp.Diff(a, b); diff != "" {
					t.Errorf("%s changed with decimal.%s (-default +changed):\n%s", k, u.Nama, diff)
				}
			}
		})
	}
}

// Arsip writes the parts of a zip archive (a .xlsx or .docx) as text for
// [Periksa]: each part's name, then its content with one XML element a
// line, so that a difference shows the cell it is in.
func Arsip(t *testing.T, data []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("bukan arsip zip: %v", err)
	}
	var b strings.Builder
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		isi, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("== " + f.Name + "\n")
		b.WriteString(strings.ReplaceAll(string(isi), "><", ">\n<"))
		b.WriteString("\n")
	}
	return b.String()
}

// UbahDesimal replaces every decimal.Decimal reachable through exported
// fields from p (a pointer) by f of it: a document whose figures carry
// trailing zeros ([TambahNol]) prints differently under
// TrimTrailingZeros=false unless every formatter ignores it.
func UbahDesimal(p any, f func(decimal.Decimal) decimal.Decimal) {
	ubahDesimal(reflect.ValueOf(p), f)
}

// TambahNol returns d with three more trailing zeros (98.42 as
// 98.42000): the same value, another exponent.
func TambahNol(d decimal.Decimal) decimal.Decimal {
	return decimal.NewFromBigInt(new(big.Int).Mul(d.Coefficient(), big.NewInt(1000)), d.Exponent()-3)
}

func ubahDesimal(v reflect.Value, f func(decimal.Decimal) decimal.Decimal) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			ubahDesimal(v.Elem(), f)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[decimal.Decimal]() {
			if v.CanSet() {
				v.Set(reflect.ValueOf(f(v.Interface().(decimal.Decimal))))
			}
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				ubahDesimal(v.Field(i), f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			ubahDesimal(v.Index(i), f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			ubahDesimal(e, f)
			v.SetMapIndex(k, e)
		}
	}
}
