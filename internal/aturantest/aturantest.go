// Package aturantest checks a package's list of reviu rules (its
// DaftarAturan) against the finding codes its source uses, for the tests
// of anggaran, kinerja and lkip.
package aturantest

import (
	"go/ast"
	"go/token"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/sumbergo"
)

// Periksa fails t when daftar has a duplicate code, a code outside
// awalan+"/", an empty title or meaning, an unknown severity, or when the
// finding codes written as string literals in the non-test Go files of
// dir (the package under test: ".") and the codes of daftar differ.
func Periksa(t *testing.T, dir, awalan string, daftar []anggaran.Aturan) {
	t.Helper()
	pola := regexp.MustCompile(`^` + regexp.QuoteMeta(awalan) + `/[a-z0-9]+(-[a-z0-9]+)*$`)
	terdaftar := map[string]bool{}
	for _, a := range daftar {
		switch {
		case terdaftar[a.Kode]:
			t.Errorf("kode %s terdaftar dua kali", a.Kode)
		case !pola.MatchString(a.Kode):
			t.Errorf("kode %q tidak berbentuk %s/nama-aturan", a.Kode, awalan)
		case a.Tingkat < anggaran.Catatan || a.Tingkat > anggaran.Kesalahan:
			t.Errorf("%s: tingkat %v tidak sah", a.Kode, a.Tingkat)
		case strings.TrimSpace(a.Judul) == "" || strings.TrimSpace(a.Arti) == "":
			t.Errorf("%s: judul atau arti kosong", a.Kode)
		}
		terdaftar[a.Kode] = true
	}
	dipakai := Kode(t, dir, awalan)
	for k := range dipakai {
		if !terdaftar[k] {
			t.Errorf("kode %s dipakai di %s tetapi tidak ada di DaftarAturan", k, dipakai[k])
		}
	}
	for k := range terdaftar {
		if _, ok := dipakai[k]; !ok {
			t.Errorf("kode %s ada di DaftarAturan tetapi tidak dipakai oleh pemeriksaan mana pun", k)
		}
	}
}

// Kode returns the string literals of the form awalan/name in the non-test
// Go files of dir, each with the file and line of its first use.
func Kode(t *testing.T, dir, awalan string) map[string]string {
	t.Helper()
	pola := regexp.MustCompile(`^` + regexp.QuoteMeta(awalan) + `/[a-z0-9]+(-[a-z0-9]+)*$`)
	fset, files := sumbergo.Baca(t, dir)
	out := map[string]string{}
	for _, af := range files {
		ast.Inspect(af, func(n ast.Node) bool {
			bl, ok := n.(*ast.BasicLit)
			if !ok || bl.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(bl.Value)
			if err == nil && pola.MatchString(s) {
				if _, ada := out[s]; !ada {
					out[s] = fset.Position(bl.Pos()).String()
				}
			}
			return true
		})
	}
	return out
}
