//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// withCompression sends the small text files of h compressed with brotli
// or gzip when the request accepts it: the page, app.js, wasm_exec.js, the
// worker, the manifest and the style sheets (issue 12: "the small files are
// compressed too"). go-app's handler sends them as they are. app.wasm,
// which site.serveWasm sends pre-compressed, and responses already encoded,
// partial or not 200 pass untouched. The compressed bodies are kept by
// content, so that each is compressed once.
func withCompression(h http.Handler) http.Handler {
	var cache sync.Map // encoding + sha256 of the body → compressed body
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ae := r.Header.Get("Accept-Encoding")
		enc := ""
		switch {
		case acceptsEncoding(ae, "br"):
			enc = "br"
		case acceptsEncoding(ae, "gzip"):
			enc = "gzip"
		}
		if enc == "" || (r.Method != http.MethodGet && r.Method != http.MethodHead) ||
			r.Header.Get("Range") != "" || strings.HasSuffix(r.URL.Path, "/app.wasm") {
			h.ServeHTTP(w, r)
			return
		}
		// The compressed variant's ETag is the handler's with the coding
		// appended; a revalidation asks the handler with its own.
		suffix := "-" + enc + `"`
		r2 := r
		if inm := r.Header.Get("If-None-Match"); strings.HasSuffix(inm, suffix) {
			r2 = r.Clone(r.Context())
			r2.Header.Set("If-None-Match", strings.TrimSuffix(inm, suffix)+`"`)
		}
		rec := &rekaman{header: http.Header{}, status: http.StatusOK}
		h.ServeHTTP(rec, r2)
		hd := w.Header()
		for k, v := range rec.header {
			hd[k] = v
		}
		hd.Add("Vary", "Accept-Encoding")
		body := rec.body.Bytes()
		tagged := func() {
			if etag := hd.Get("ETag"); strings.HasSuffix(etag, `"`) {
				hd.Set("ETag", strings.TrimSuffix(etag, `"`)+suffix)
			}
		}
		if rec.status == http.StatusNotModified && r2 != r {
			tagged() // the browser holds the compressed variant
		}
		if rec.status != http.StatusOK || rec.header.Get("Content-Encoding") != "" || len(body) < minKompres || !teks(rec.header.Get("Content-Type")) {
			w.WriteHeader(rec.status)
			w.Write(body)
			return
		}
		tagged()
		var out []byte
		if strings.HasPrefix(rec.header.Get("Content-Type"), "text/html") {
			// go-app writes a page's attributes in any order, so pages are
			// not kept: each is compressed at a fast level (a page is small;
			// the best brotli level costs tens of milliseconds per request)
			out = compressBody(enc, body, false)
		} else {
			sum := sha256.Sum256(body)
			key := enc + string(sum[:])
			if z, ok := cache.Load(key); ok {
				out = z.([]byte)
			} else {
				out = compressBody(enc, body, true)
				cache.Store(key, out)
			}
		}
		hd.Set("Content-Encoding", enc)
		hd.Set("Content-Length", strconv.Itoa(len(out)))
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			w.Write(out)
		}
	})
}

// minKompres is the smallest body worth compressing (below it the coding's
// own header and a packet's size make no difference).
const minKompres = 256

// teks reports whether a content type is text that compresses: HTML, CSS,
// JavaScript, JSON, the manifest, SVG.
func teks(ct string) bool {
	ct, _, _ = strings.Cut(ct, ";")
	ct = strings.TrimSpace(strings.ToLower(ct))
	switch {
	case strings.HasPrefix(ct, "text/"):
		return true
	case ct == "application/javascript", ct == "application/json", ct == "application/manifest+json", ct == "image/svg+xml":
		return true
	}
	return false
}

// compressBody compresses a small body with enc: at its best level when the
// result is kept (terbaik), at a fast one when it is made for each request.
func compressBody(enc string, body []byte, terbaik bool) []byte {
	var b bytes.Buffer
	if enc == "br" {
		level := 5 // fast, for a body compressed at each request
		if terbaik {
			level = brotli.BestCompression
		}
		w := brotli.NewWriterLevel(&b, level)
		w.Write(body)
		w.Close()
		return b.Bytes()
	}
	level := gzip.DefaultCompression
	if terbaik {
		level = gzip.BestCompression
	}
	w, _ := gzip.NewWriterLevel(&b, level)
	w.Write(body)
	w.Close()
	return b.Bytes()
}

// rekaman records a response of the wrapped handler.
type rekaman struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *rekaman) Header() http.Header         { return r.header }
func (r *rekaman) WriteHeader(status int)      { r.status = status }
func (r *rekaman) Write(p []byte) (int, error) { return r.body.Write(p) }
