package lkip

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestProgramREADME builds the program of the README's "Using sakip from
// Go" from outside the module, as another Pemkab project would: a module
// of its own that requires github.com/pemkab/sakip, replaced by this
// repository, built offline from the module cache (GOFLAGS=-mod=mod,
// GOPROXY=off). It then runs it on the sample and checks what it prints
// and its exit status (1: the sample has kesalahan).
func TestProgramREADME(t *testing.T) {
	if testing.Short() {
		t.Skip("membangun program di luar modul (-short)")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("perintah go tidak ada")
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sisa, ok1 := bytes.Cut(readme, []byte("<!-- program-readme -->\n```go\n"))
	program, _, ok2 := bytes.Cut(sisa, []byte("```\n<!-- /program-readme -->"))
	if !ok1 || !ok2 {
		t.Fatal("README.md: program di antara <!-- program-readme --> dan <!-- /program-readme --> tidak ada")
	}
	akar, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gomod := "module example.com/cek\n\ngo 1.26\n\nrequire github.com/pemkab/sakip v0.0.0\n\nreplace github.com/pemkab/sakip => " + akar + "\n"
	gosum, err := os.ReadFile(filepath.Join(akar, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	for nama, isi := range map[string][]byte{"go.mod": []byte(gomod), "go.sum": gosum, "main.go": program} {
		if err := os.WriteFile(filepath.Join(dir, nama), isi, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "cek")
	build := exec.Command(goBin, "build", "-o", bin, ".")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off", "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build program README: %v\n%s", err, out)
	}
	run := exec.Command(bin, filepath.Join(akar, "internal", "sampel", "flotim-dinsos-2022.json"))
	out, err := run.Output()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("program README pada contoh: %v, ingin status keluar 1\n%s", err, out)
	}
	for _, s := range []string{"IKU 1 Persentase PMKS yang memperoleh bantuan sosial: capaian 787,30% (Sangat Tinggi)", "capaian dinas ", "kesalahan [anggaran/pk-jumlah-berbeda]"} {
		if !strings.Contains(string(out), s) {
			t.Errorf("keluaran program README tidak memuat %q:\n%s", s, out)
		}
	}
}
