//go:build !wasm

package main

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// get requests path from srv with the Accept-Encoding accept (and the
// If-None-Match inm when set), without the transport's own decompression,
// and returns the response with its body decoded.
func get(t *testing.T, srv *httptest.Server, path, accept, inm string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", srv.URL+path, nil)
	req.Header.Set("Accept-Encoding", accept)
	if inm != "" {
		req.Header.Set("If-None-Match", inm)
	}
	res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var r io.Reader = res.Body
	switch res.Header.Get("Content-Encoding") {
	case "br":
		r = brotli.NewReader(res.Body)
	case "gzip":
		if r, err = gzip.NewReader(res.Body); err != nil {
			t.Fatal(err)
		}
	}
	body, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("GET %s (%s): %v", path, accept, err)
	}
	return res, string(body)
}

// TestSmallFilesCompressed: besides app.wasm, the page and every small file
// the first visit loads are sent with brotli or gzip as the browser
// accepts, decode to what is sent uncompressed, are revalidated by their
// own ETag; the PWA's app.js carries sakip's loader and the page preloads
// app.wasm, while a site kept on go-app's own loading (the minimal app the
// tests compare with) has neither.
func TestSmallFilesCompressed(t *testing.T) {
	s := testSite(t, "")
	srv := httptest.NewServer(s.server())
	defer srv.Close()
	for _, path := range []string{"/", "/anggaran", "/app.js", "/wasm_exec.js", "/app-worker.js", "/manifest.webmanifest", "/app.css", "/web/sakip.css", "/web/icon.svg"} {
		_, plain := get(t, srv, path, "", "")
		for _, enc := range []string{"br", "gzip"} {
			res, body := get(t, srv, path, enc, "")
			if got := res.Header.Get("Content-Encoding"); got != enc {
				t.Errorf("GET %s, Accept-Encoding %s: Content-Encoding %q", path, enc, got)
				continue
			}
			if n := res.ContentLength; n <= 0 || int(n) >= len(plain) {
				t.Errorf("GET %s (%s): %d bytes sent for %d", path, enc, n, len(plain))
			}
			if sortBytes(body) != sortBytes(plain) { // go-app writes a page's attributes in any order
				t.Errorf("GET %s (%s): the decoded body differs from the uncompressed one", path, enc)
			}
			if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
				t.Errorf("GET %s (%s): no Vary: Accept-Encoding", path, enc)
			}
			etag := res.Header.Get("ETag")
			if etag == "" {
				t.Errorf("GET %s (%s): no ETag", path, enc)
				continue
			}
			if again, _ := get(t, srv, path, enc, etag); again.StatusCode != http.StatusNotModified || again.Header.Get("ETag") != etag {
				t.Errorf("GET %s (%s) with If-None-Match %s: status %d, ETag %s; want 304 with the same tag", path, enc, etag, again.StatusCode, again.Header.Get("ETag"))
			}
		}
	}
	_, js := get(t, srv, "/app.js", "br", "")
	_, page := get(t, srv, "/", "br", "")
	if !strings.Contains(js, "sakip: the fetched response") || strings.Count(js, "function fetchWithProgress(") != 1 {
		t.Error("app.js does not carry sakip's loader (pemuatJS) in place of go-app's fetchWithProgress")
	}
	if !strings.Contains(page, `<link rel="preload" href="/web/app.wasm" as="fetch"`) {
		t.Error("the page does not preload app.wasm")
	}

	b := testSite(t, "")
	b.bawaan = true
	srvB := httptest.NewServer(b.server())
	defer srvB.Close()
	_, js = get(t, srvB, "/app.js", "br", "")
	_, page = get(t, srvB, "/", "br", "")
	if strings.Contains(js, "sakip: the fetched response") || !strings.Contains(js, "function fetchWithProgress(") || strings.Contains(page, `rel="preload" href="/web/app.wasm"`) {
		t.Error("a site on go-app's own loading (bawaan) has sakip's loader or preload")
	}
}

// sortBytes returns the bytes of s in order, to compare texts that differ
// only in the order of their parts.
func sortBytes(s string) string {
	b := []byte(s)
	slices.Sort(b)
	return string(b)
}
