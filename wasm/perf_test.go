//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// perf collects the measurements of the browser tests (sizes, timings).
// They are logged, never asserted as timings; with -perf they are written
// to testdata/wasm/perf.txt for the README.
var perf = &perfLog{m: map[string]string{}}

type perfLog struct {
	mu sync.Mutex
	m  map[string]string
}

func (p *perfLog) set(k, v string) {
	p.mu.Lock()
	p.m[k] = v
	p.mu.Unlock()
}

// write writes the measurements with the machine they were taken on.
func (p *perfLog) write() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.m) == 0 {
		return nil
	}
	dir, err := moduleDir()
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Pengukuran PWA sakip (go test ./wasm -perf)\n")
	fmt.Fprintf(&b, "mesin: %s, %d CPU, %s %s/%s\n", cpuModel(), runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	keys := make([]string, 0, len(p.m))
	for k := range p.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%s: %s\n", k, p.m[k])
	}
	out := filepath.Join(dir, "testdata", "wasm", "perf.txt")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// cpuModel returns the CPU's model name from /proc/cpuinfo when available.
func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "CPU tidak diketahui"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "CPU tidak diketahui"
}
