// Package nol calls every exported function and method of a package with
// zero arguments (nil pointers, slices and maps, zero structs, "", 0) and
// reports a panic, for the tests of every library package (anggaran,
// kinerja, kinerja/renja, lkip, lkip/impor, lkip/rekap): no
// exported function may panic on a nil or zero argument.
package nol

import (
	"fmt"
	"go/ast"
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/pemkab/sakip/internal/sumbergo"
)

// Lewati stands in fs for a function that is not called, with the
// reason: a Must… function panics on a bad argument by design, as
// regexp.MustCompile does.
type Lewati string

// Fungsi calls each function of fs (name → function value) with the zero
// value of each parameter (a variadic one gets none) and fails t when one
// panics. A [Lewati] value is not called. It also fails t when an exported top-level function of the
// non-test Go files of dir is missing from fs, so that the list cannot
// fall behind the package.
func Fungsi(t *testing.T, dir string, fs map[string]any, diketahui map[string]string) {
	t.Helper()
	for _, n := range Ekspor(t, dir) {
		if _, ok := fs[n]; !ok {
			t.Errorf("fungsi %s belum ada dalam daftar uji nilai nol", n)
		}
	}
	for _, n := range slices.Sorted(maps.Keys(fs)) {
		if _, ok := fs[n].(Lewati); ok {
			continue
		}
		panggil(t, n, reflect.ValueOf(fs[n]), diketahui)
	}
}

// Metode calls every exported method of each value of vs (a zero value,
// a pointer to one, or a nil pointer) with zero arguments and fails t when
// one panics.
func Metode(t *testing.T, diketahui map[string]string, vs ...any) {
	t.Helper()
	for _, v := range vs {
		rv := reflect.ValueOf(v)
		for i := 0; i < rv.NumMethod(); i++ {
			m := rv.Type().Method(i)
			if rv.Kind() == reflect.Pointer && rv.IsNil() {
				if _, nilai := rv.Type().Elem().MethodByName(m.Name); nilai {
					continue // a value method through a nil pointer: Go itself panics
				}
			}
			nama := fmt.Sprintf("(%s).%s", rv.Type(), m.Name)
			if rv.Kind() == reflect.Pointer && rv.IsNil() {
				nama = fmt.Sprintf("(%s)(nil).%s", rv.Type(), m.Name)
			}
			panggil(t, nama, rv.Method(i), diketahui)
		}
	}
}

// panggil calls f with zero arguments. A panic fails t unless diketahui
// names the call (a known panic not fixed yet, with the reason): then it
// is logged, and a known call that no longer panics fails t, so that the
// list only shrinks.
func panggil(t *testing.T, nama string, f reflect.Value, diketahui map[string]string) {
	t.Helper()
	ft := f.Type()
	n := ft.NumIn()
	if ft.IsVariadic() {
		n--
	}
	args := make([]reflect.Value, n)
	for i := range args {
		args[i] = reflect.Zero(ft.In(i))
	}
	alasan, tahu := diketahui[nama]
	func() {
		defer func() {
			r := recover()
			switch {
			case r != nil && tahu:
				t.Logf("diketahui: %s dengan argumen nol: panic (%s)", nama, alasan)
			case r != nil:
				t.Errorf("%s dengan argumen nol: panic: %v", nama, r)
			case tahu:
				t.Errorf("%s tidak panik lagi dengan argumen nol: hapus dari daftar diketahui", nama)
			}
		}()
		f.Call(args)
	}()
}

// Ekspor returns the names of the exported top-level functions (not
// methods) of the non-test Go files of dir.
func Ekspor(t *testing.T, dir string) []string {
	t.Helper()
	_, files := sumbergo.Baca(t, dir)
	var out []string
	for _, af := range files {
		for _, d := range af.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.IsExported() {
				out = append(out, fd.Name.Name)
			}
		}
	}
	slices.Sort(out)
	return out
}
