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
	return fmt.Sprintf("%d B mentah, %d B gzip, %d B brotli", s.raw, s.gz, s.br)
}

func (s sizes) ratio(o sizes) string {
	return fmt.Sprintf("%.3f (gzip %.3f, brotli %.3f)",
		float64(s.raw)/float64(o.raw), float64(s.gz)/float64(o.gz), float64(s.br)/float64(o.br))
}

// maxSizeRatio is issue 5's bound on app.wasm: 1.2× a minimal go-app v10
// app built the same way in the same run.
const maxSizeRatio = 1.2

// maxMinimalRatio guards app.wasm, as downloaded (brotli), against the
// minimal app while issue 5's bound cannot be met (see TestWasmSize). It
// was 1.45× at 1.40×; this round's features are real weight (the national
// nomenclature +36 KB brotli, safe storage with history and two-tab merge,
// uncoded budget rows, the rekap of many dinas), 1.50× now, so the guard is
// 1.6×: what it is for is a large accidental link, such as html/template
// once more (+4 MB raw; lkip/rekap's template renderer alone added 1.5 MB
// raw, 0.05× brotli, before it was written without it). The bound that
// measures the UI is maxSizeRatio against the library baseline.
//
// The LKIP cycle of issue 12 and the quarter of issue 13 are real weight
// again: the spreadsheet import (lkip/impor: the XLSX reader's archive/zip
// and encoding/xml decoder, the Renja form, Tabel 3.1; about 0.12×), the
// Isi page (structural edits, field descriptions, editors; 0.06×), next
// year's document, Kelengkapan, the ZIP import and the rekap's XLSX
// (0.05×), the triwulan checks and table. Measured side by side after
// merging them: app.wasm 1.873× the minimal app (brotli), the library
// baseline 1.648×, app.wasm / library 1.136×. The guard is 1.9×.
const maxMinimalRatio = 1.9

// TestWasmSize measures app.wasm against two programs built the same way in
// the same run: the minimal go-app app (internal/minimal) and that app plus
// the library calls the PWA makes (internal/pustaka).
//
// Issue 5 asks for app.wasm ≤ 1.2× the minimal app. The library alone
// already exceeds that (decimal, kinerja, anggaran, lkip and the embedded
// sample: about 1.30× in testdata/wasm/perf.txt), which the PWA cannot
// change; the owner has to decide. So the test asserts two
// bounds that it can: what the PWA adds, app.wasm ≤ 1.2× the library
// baseline, and a guard against growth, app.wasm ≤ maxMinimalRatio × the
// minimal app. It logs (and with -perf writes to testdata/wasm/perf.txt)
// the ratio. Lessons learned on the way: each typed go-app element
// links its whole method set, so the UI uses the generic app.Elem (−2.7
// MB); html/template in the library kept every exported method alive (−4
// MB when lkip stopped using it); fmt.Sscan linked fmt's scanner (−0.1 MB).
func TestWasmSize(t *testing.T) {
	wasmBuilt(t)
	app, min, lib := sizesOf(t, builtWasm), sizesOf(t, minimalWasm), sizesOf(t, pustakaWasm)
	perf.set("ukuran app.wasm", app.String())
	perf.set("ukuran go-app minimal", min.String())
	perf.set("ukuran go-app minimal + pustaka sakip", lib.String())
	perf.set("rasio app.wasm / go-app minimal (batas issue 5: 1.2; diuji brotli ≤ "+fmt.Sprint(maxMinimalRatio)+")", app.ratio(min))
	perf.set("rasio pustaka / go-app minimal", lib.ratio(min))
	perf.set("rasio app.wasm / pustaka (diuji brotli ≤ 1.2)", app.ratio(lib))
	t.Logf("app.wasm: %v", app)
	t.Logf("minimal go-app: %v", min)
	t.Logf("minimal go-app + library: %v", lib)
	t.Logf("app.wasm / minimal: %s (issue 5 bound %.1f, not met: see the doc comment)", app.ratio(min), maxSizeRatio)
	t.Logf("library / minimal: %s", lib.ratio(min))
	t.Logf("app.wasm / library: %s", app.ratio(lib))
	// Both bounds are on the brotli size, what a phone downloads (issue 12:
	// "1.2× minimal go-app + the library calls the PWA makes (brotli)").
	if r := float64(app.br) / float64(lib.br); r > maxSizeRatio {
		t.Errorf("app.wasm is %.3f× the library baseline (brotli %d vs %d bytes), more than %.1f×: the UI is too heavy",
			r, app.br, lib.br, maxSizeRatio)
	}
	if r := float64(app.br) / float64(min.br); r > maxMinimalRatio {
		t.Errorf("app.wasm is %.3f× the minimal go-app app (brotli %d vs %d bytes), more than the guard %.2f×: something large was linked in",
			r, app.br, min.br, maxMinimalRatio)
	}
}
