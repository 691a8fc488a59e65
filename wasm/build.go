//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
)

// moduleDir returns the root of the sakip module (the directory holding
// go.mod): from this file's compiled-in path when available, else from
// `go list`.
func moduleDir() (string, error) {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		dir := filepath.Dir(filepath.Dir(file))
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		return "", fmt.Errorf("cannot find the sakip module (run from inside it): %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// wasmEnv is the environment of every go command that concerns app.wasm.
func wasmEnv() []string {
	return append(os.Environ(), "GOOS=js", "GOARCH=wasm")
}

// wasmSources lists the files app.wasm is built from inside the module: the
// Go and embedded files of every package of the module that ./wasm depends
// on, plus go.mod and go.sum. Packages of other modules are versioned by
// go.sum and need no listing.
func wasmSources(ctx context.Context, modDir string) ([]string, error) {
	const format = `{{if and .Module .Module.Main}}{{.Dir}}{{range .GoFiles}}` + "\t" +
		`{{.}}{{end}}{{range .EmbedFiles}}` + "\t" + `{{.}}{{end}}` + "\n" + `{{end}}`
	cmd := exec.CommandContext(ctx, "go", "list", "-deps", "-f", format, "./wasm")
	cmd.Dir = modDir
	cmd.Env = wasmEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list ./wasm: %v\n%s", err, stderr.Bytes())
	}
	files := []string{filepath.Join(modDir, "go.mod"), filepath.Join(modDir, "go.sum")}
	for _, line := range strings.Split(string(out), "\n") {
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			continue
		}
		for _, f := range fields[1:] {
			files = append(files, filepath.Join(fields[0], f))
		}
	}
	return files, nil
}

// staleReason says why the file out must be rebuilt from sources, or ""
// when it is newer than every one of them.
func staleReason(out string, sources []string) string {
	info, err := os.Stat(out)
	if err != nil {
		return filepath.Base(out) + " belum ada"
	}
	for _, src := range sources {
		s, err := os.Stat(src)
		if err != nil {
			continue // go.sum may be absent in a module without dependencies
		}
		if s.ModTime().After(info.ModTime()) {
			return src + " lebih baru"
		}
	}
	return ""
}

// buildWasm compiles ./wasm for GOOS=js GOARCH=wasm into out (stripped with
// -ldflags "-s -w"), through a temporary file so that a failed build never
// leaves a broken app.wasm behind.
func buildWasm(ctx context.Context, modDir, pkg, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	tmp := out + ".tmp"
	cmd := exec.CommandContext(ctx, "go", "build", "-ldflags=-s -w", "-o", tmp, pkg)
	cmd.Dir = modDir
	cmd.Env = wasmEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("GOOS=js GOARCH=wasm go build %s: %v\n%s", pkg, err, stderr.Bytes())
	}
	return os.Rename(tmp, out)
}

// ensureWasm rebuilds out (app.wasm of ./wasm) when it is missing or older
// than its sources, then makes sure out.br and out.gz are up to date. It
// logs what it does through logf.
func ensureWasm(ctx context.Context, modDir, out string, logf func(string, ...any)) error {
	srcs, err := wasmSources(ctx, modDir)
	if err != nil {
		return err
	}
	if why := staleReason(out, srcs); why != "" {
		logf("membangun %s (%s)…", out, why)
		start := time.Now()
		if err := buildWasm(ctx, modDir, "./wasm", out); err != nil {
			return err
		}
		logf("app.wasm selesai dibangun dalam %v", time.Since(start).Round(time.Millisecond))
	}
	return ensureCompressed(out, logf)
}

// Compression levels of the pre-compressed app.wasm. Brotli 9 is within a
// few percent of level 11 on Go WebAssembly at a fraction of the time.
const (
	brotliLevel = 9
	gzipLevel   = gzip.BestCompression
)

// ensureCompressed writes name.br and name.gz when they are missing or older
// than name.
func ensureCompressed(name string, logf func(string, ...any)) error {
	if staleReason(name+".br", []string{name}) == "" && staleReason(name+".gz", []string{name}) == "" {
		return nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	start := time.Now()
	br, gz, err := compress(data)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(name+".br", br); err != nil {
		return err
	}
	if err := writeFileAtomic(name+".gz", gz); err != nil {
		return err
	}
	logf("app.wasm dikompresi: %d B mentah, %d B gzip, %d B brotli (%v)",
		len(data), len(gz), len(br), time.Since(start).Round(time.Millisecond))
	return nil
}

// compress returns data compressed with brotli and with gzip.
func compress(data []byte) (br, gz []byte, err error) {
	var b, g bytes.Buffer
	bw := brotli.NewWriterLevel(&b, brotliLevel)
	if _, err := bw.Write(data); err != nil {
		return nil, nil, err
	}
	if err := bw.Close(); err != nil {
		return nil, nil, err
	}
	gw, err := gzip.NewWriterLevel(&g, gzipLevel)
	if err != nil {
		return nil, nil, err
	}
	if _, err := gw.Write(data); err != nil {
		return nil, nil, err
	}
	if err := gw.Close(); err != nil {
		return nil, nil, err
	}
	return b.Bytes(), g.Bytes(), nil
}

func writeFileAtomic(name string, data []byte) error {
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, name)
}
