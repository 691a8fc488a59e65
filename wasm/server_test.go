//go:build !wasm

package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pemkab/sakip/wasm/ui"
)

func TestAcceptsEncoding(t *testing.T) {
	for _, tc := range []struct {
		header, enc string
		want        bool
	}{
		{"gzip, deflate, br, zstd", "br", true},
		{"gzip, deflate, br, zstd", "gzip", true},
		{"gzip;q=1.0, br;q=0", "br", false},
		{"GZIP", "gzip", true},
		{"br ; q=0.5", "br", true},
		{"", "gzip", false},
		{"identity", "br", false},
		{"xbr", "br", false},
	} {
		if got := acceptsEncoding(tc.header, tc.enc); got != tc.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v, want %v", tc.header, tc.enc, got, tc.want)
		}
	}
}

func TestResolve(t *testing.T) {
	for _, tc := range []struct{ prefix, loc, want string }{
		{"", "/", "/"},
		{"", "/web/app.wasm", "/web/app.wasm"},
		{"/sakip/", "/", "/sakip/"},
		{"sakip", "", "/sakip/"},
		{"/sakip", "/web/app.wasm", "/sakip/web/app.wasm"},
		{"/sakip", "web/icon.svg", "/sakip/web/icon.svg"},
		{"/sakip", "/manifest.webmanifest", "/sakip/manifest.webmanifest"},
		{"/sakip", "/kinerja", "/sakip/kinerja"},
		{"/sakip", "https://contoh.id/x.png", "https://contoh.id/x.png"},
		{"/sakip", "#isi", "#isi"},
	} {
		s := &site{prefix: cleanPrefix(tc.prefix)}
		if got := s.Resolve(tc.loc); got != tc.want {
			t.Errorf("prefix %q: Resolve(%q) = %q, want %q", tc.prefix, tc.loc, got, tc.want)
		}
	}
}

// TestStaleReason checks the rebuild rule of `go run ./wasm`: app.wasm is
// rebuilt when missing or older than any of its sources.
func TestStaleReason(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "app.wasm")
	src := filepath.Join(dir, "a.go")
	if err := os.WriteFile(src, []byte("package a"), 0o644); err != nil {
		t.Fatal(err)
	}
	if why := staleReason(out, []string{src}); !strings.Contains(why, "belum ada") {
		t.Errorf("missing app.wasm: %q", why)
	}
	if err := os.WriteFile(out, []byte("\x00asm"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(src, old, old)
	if why := staleReason(out, []string{src, filepath.Join(dir, "absent.go")}); why != "" {
		t.Errorf("fresh app.wasm: %q", why)
	}
	os.Chtimes(src, time.Now().Add(time.Hour), time.Now().Add(time.Hour))
	if why := staleReason(out, []string{src}); !strings.Contains(why, "a.go") {
		t.Errorf("source newer than app.wasm: %q", why)
	}
}

// TestWasmSources checks that the sources of app.wasm include the library's
// Go files, the embedded sample data file, and go.mod/go.sum.
func TestWasmSources(t *testing.T) {
	dir, err := moduleDir()
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := wasmSources(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	rel := make([]string, len(srcs))
	for i, s := range srcs {
		rel[i], _ = filepath.Rel(dir, s)
	}
	for _, want := range []string{"go.mod", "go.sum", "wasm/client.go", "wasm/ui/toko.go", "internal/sampel/flotim-dinsos-2022.json"} {
		if !slices.Contains(rel, filepath.FromSlash(want)) {
			t.Errorf("sources of app.wasm lack %s", want)
		}
	}
	for _, notWant := range []string{"wasm/server.go", "wasm/build.go"} {
		if slices.Contains(rel, filepath.FromSlash(notWant)) {
			t.Errorf("sources of app.wasm include the server half's %s", notWant)
		}
	}
}

// TestServerPrefix serves the app under /sakip from the Go server: the
// bare prefix redirects, pages and app.wasm are found under it, and every
// response carries the content security policy.
func TestServerPrefix(t *testing.T) {
	s := testSite(t, "/sakip")
	srv := httptest.NewServer(s.server())
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tc := range []struct {
		path   string
		status int
		want   string
	}{
		{"/sakip", http.StatusMovedPermanently, ""},
		{"/sakip/", http.StatusOK, `src="/sakip/app.js"`},
		{"/sakip/kinerja", http.StatusOK, `href="/sakip/web/sakip.css"`},
		{"/sakip/app-worker.js", http.StatusOK, `"/sakip/web/app.wasm"`},
		{"/sakip/manifest.webmanifest", http.StatusOK, `"start_url":"/sakip/"`},
		{"/sakip/web/app.wasm", http.StatusOK, "\x00asm"},
		{"/sakip/web/icon-192.png", http.StatusOK, "PNG"},
	} {
		res, err := client.Get(srv.URL + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != tc.status {
			t.Errorf("GET %s: status %d, want %d", tc.path, res.StatusCode, tc.status)
		}
		if !strings.Contains(string(body), tc.want) {
			t.Errorf("GET %s: body lacks %q", tc.path, tc.want)
		}
		if res.Header.Get("Content-Security-Policy") != contentSecurityPolicy {
			t.Errorf("GET %s: no content security policy", tc.path)
		}
	}
	if loc := mustHead(t, client, srv.URL+"/sakip").Header.Get("Location"); loc != "/sakip/" {
		t.Errorf("/sakip redirects to %q", loc)
	}
}

func mustHead(t *testing.T, c *http.Client, url string) *http.Response {
	t.Helper()
	res, err := c.Head(url)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res
}

// TestServerContoh: the server's -contoh option reaches the app as the
// SAKIP_CONTOH environment variable, and is absent without it.
func TestServerContoh(t *testing.T) {
	for _, contoh := range []bool{true, false} {
		s := testSite(t, "")
		s.contoh = contoh
		srv := httptest.NewServer(s.server())
		res, err := http.Get(srv.URL + "/app.js")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		srv.Close()
		if got := strings.Contains(string(body), ui.EnvContoh); got != contoh {
			t.Errorf("contoh=%v: app.js mentions %s: %v", contoh, ui.EnvContoh, got)
		}
	}
}

// TestFrameAncestors: no other site can show the app in a frame. The header
// says frame-ancestors 'none' (browsers honour it only there); the page's
// <meta> policy, which browsers read for offline starts, leaves it out
// (there it is ignored with an error in the console).
func TestFrameAncestors(t *testing.T) {
	s := testSite(t, "")
	srv := httptest.NewServer(s.server())
	defer srv.Close()
	res, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if h := res.Header.Get("Content-Security-Policy"); !strings.Contains(h, "frame-ancestors 'none'") {
		t.Errorf("the page's Content-Security-Policy header %q lacks frame-ancestors 'none'", h)
	}
	meta := string(body)
	if i := strings.Index(meta, `http-equiv="Content-Security-Policy"`); i < 0 {
		t.Error("the page has no Content-Security-Policy <meta>")
	} else if end := strings.Index(meta[i:], ">"); strings.Contains(meta[i:i+end], "frame-ancestors") {
		t.Errorf("the <meta> policy names frame-ancestors, which browsers ignore there: %s", meta[i:i+end])
	}
}
