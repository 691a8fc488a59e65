package lkip

import (
	"bytes"
	"io"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// keluaranContoh returns every output the library writes for the sample:
// the data file, the Markdown, HTML and JSON report. The document is
// read before the caller changes anything.
func keluaranContoh(t *testing.T, d *Dokumen) map[string]string {
	t.Helper()
	out := map[string]string{}
	f, err := d.Encode()
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	out["berkas"] = string(f)
	l, err := Compute(d, DefaultOpsi())
	if err != nil {
		t.Fatalf("Compute: %v", err)
	}
	for nama, r := range map[string]func(io.Writer, *Laporan) error{"md": RenderMarkdown, "html": RenderHTML, "json": RenderJSON} {
		var b bytes.Buffer
		if err := r(&b, l); err != nil {
			t.Fatalf("Render %s: %v", nama, err)
		}
		out[nama] = b.String()
	}
	return out
}

// TestGlobalDecimal: a host program that sets shopspring/decimal's package
// variables changes no byte the library writes (issue 10, item 3). Each
// variable is set in turn and restored.
func TestGlobalDecimal(t *testing.T) {
	sepuluh := big.NewInt(10)
	for _, v := range []struct {
		nama string
		ubah func(decimal.Decimal) decimal.Decimal
	}{
		{"contoh", nil},
		// Every figure with three more trailing zeros (98.42 as 98.42000):
		// what decimal.TrimTrailingZeros=false would print.
		{"nol-di-belakang", func(d decimal.Decimal) decimal.Decimal {
			return decimal.NewFromBigInt(new(big.Int).Mul(d.Coefficient(), big.NewInt(1000)), d.Exponent()-3)
		}},
		// Every figure with its trailing zeros moved into a positive
		// exponent (1500 as 15×10²): what decimal.UseScientificNotation
		// would print as 1.5E3.
		{"eksponen-positif", func(d decimal.Decimal) decimal.Decimal {
			c, e := d.Coefficient(), d.Exponent()
			m := new(big.Int)
			for c.Sign() != 0 {
				q, r := new(big.Int).QuoRem(c, sepuluh, m)
				if r.Sign() != 0 {
					break
				}
				c, e = q, e+1
			}
			return decimal.NewFromBigInt(c, e)
		}},
	} {
		t.Run(v.nama, func(t *testing.T) {
			d := Contoh()
			if v.ubah != nil {
				ubahDesimal(reflect.ValueOf(d).Elem(), v.ubah)
			}
			periksaGlobal(t, d)
		})
	}
}

// ubahDesimal replaces every decimal.Decimal reachable from v by f of it.
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

func periksaGlobal(t *testing.T, d *Dokumen) {
	awal := keluaranContoh(t, d)
	for _, c := range []struct {
		nama string
		ubah func() func()
	}{
		{"DivisionPrecision=2", func() func() {
			v := decimal.DivisionPrecision
			decimal.DivisionPrecision = 2
			return func() { decimal.DivisionPrecision = v }
		}},
		{"DivisionPrecision=40", func() func() {
			v := decimal.DivisionPrecision
			decimal.DivisionPrecision = 40
			return func() { decimal.DivisionPrecision = v }
		}},
		{"PowPrecisionNegativeExponent=2", func() func() {
			v := decimal.PowPrecisionNegativeExponent
			decimal.PowPrecisionNegativeExponent = 2
			return func() { decimal.PowPrecisionNegativeExponent = v }
		}},
		{"MarshalJSONWithoutQuotes", func() func() {
			v := decimal.MarshalJSONWithoutQuotes
			decimal.MarshalJSONWithoutQuotes = !v
			return func() { decimal.MarshalJSONWithoutQuotes = v }
		}},
		{"TrimTrailingZeros", func() func() {
			v := decimal.TrimTrailingZeros
			decimal.TrimTrailingZeros = !v
			return func() { decimal.TrimTrailingZeros = v }
		}},
		{"UseScientificNotation", func() func() {
			v := decimal.UseScientificNotation
			decimal.UseScientificNotation = !v
			return func() { decimal.UseScientificNotation = v }
		}},
		{"ExpMaxIterations=1", func() func() {
			v := decimal.ExpMaxIterations
			decimal.ExpMaxIterations = 1
			return func() { decimal.ExpMaxIterations = v }
		}},
	} {
		t.Run(c.nama, func(t *testing.T) {
			pulih := c.ubah()
			defer pulih()
			got := keluaranContoh(t, d)
			for k := range awal {
				a, b := strings.Split(awal[k], "\n"), strings.Split(got[k], "\n")
				if diff := cmp.Diff(a, b); diff != "" {
					t.Errorf("%s changed with decimal.%s (-default +changed):\n%s", k, c.nama, diff)
				}
			}
		})
	}
}
