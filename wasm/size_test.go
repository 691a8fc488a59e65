//go:build !wasm

package main

import (
	"fmt"
	"os"
	"testing"
)

// sizes are the raw, gzip and brotli sizes of a WebAssembly file.
type sizes struct{ raw, gz, br int64 }

func sizesOf(t *testing.T, wasm string) sizes {
	t.Helper()
	var s sizes
	for _, f := range []struct {
		name string
		n    *int64
	}{{wasm, &s.raw}, {wasm + ".gz", &s.gz}, {wasm + ".br", &s.br}} {
		info, err := os.Stat(f.name)
		if err != nil {
			t.Fatal(err)
		}
		*f.n = info.Size()
	}
	return s
}

func (s sizes) String() string {
	return fmt.Sprintf("%d B raw, %d B gzip, %d B brotli", s.raw, s.gz, s.br)
}

// maxSizeRatio bounds app.wasm against a minimal go-app v10 app built the
// same way in the same run (issue 5).
const maxSizeRatio = 1.2

// TestWasmSize compares app.wasm with the minimal go-app app.
func TestWasmSize(t *testing.T) {
	wasmBuilt(t)
	app, min := sizesOf(t, builtWasm), sizesOf(t, minimalWasm)
	ratio := float64(app.raw) / float64(min.raw)
	perf.set("ukuran app.wasm", app.String())
	perf.set("ukuran go-app minimal", min.String())
	perf.set("rasio ukuran (mentah)", fmt.Sprintf("%.3f (gzip %.3f, brotli %.3f; batas %.1f)",
		ratio, float64(app.gz)/float64(min.gz), float64(app.br)/float64(min.br), maxSizeRatio))
	t.Logf("app.wasm: %v", app)
	t.Logf("minimal go-app: %v", min)
	t.Logf("ratio %.3f", ratio)
	if ratio > maxSizeRatio {
		t.Errorf("app.wasm is %.3f× the minimal go-app app (%d vs %d bytes), more than %.1f×",
			ratio, app.raw, min.raw, maxSizeRatio)
	}
}
