//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

// pemuatJS replaces go-app's fetchWithProgress in app.js. go-app hands
// WebAssembly.instantiateStreaming a Response it builds from a stream, to
// count the bytes for its progress bar; such a Response has no URL, and a
// browser caches the compiled code of a module only for a response it
// fetched (V8's WebAssembly code cache), so every start compiled app.wasm
// again. This one hands over the fetched response itself and counts the
// bytes on a clone. The page's <link rel="preload"> has started the same
// request already; the fetch takes it.
const pemuatJS = `async function fetchWithProgress(url, progress) {
  // sakip: the fetched response goes to instantiateStreaming as it is, so
  // that the browser can cache the compiled code; a clone counts the bytes.
  const response = await fetch(url);
  let total = parseInt(goappWasmContentLength, 10);
  if (!(total > 0)) {
    total = parseInt(response.headers.get(goappWasmContentLengthHeader) || response.headers.get("Content-Length"), 10);
  }
  if (response.ok && response.body && total > 0) {
    const reader = response.clone().body.getReader();
    let loaded = 0;
    (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          progress(100);
          return;
        }
        loaded += value.byteLength;
        progress(Math.min(100, Math.round((loaded * 100) / total)));
      }
    })().catch(() => {});
  }
  return response;
}
`

// pasangPemuat returns go-app's app.js with its fetchWithProgress replaced
// by pemuatJS, and whether the function was found (a go-app version that
// no longer has it keeps its own loader).
func pasangPemuat(js string) (string, bool) {
	const awal = "async function fetchWithProgress("
	i := strings.Index(js, awal)
	if i < 0 {
		return js, false
	}
	n := strings.Index(js[i:], "\n}\n")
	if n < 0 {
		return js, false
	}
	return js[:i] + pemuatJS + js[i+n+len("\n}\n"):], true
}

// withPemuat serves app.js (and its alias goapp.js) of go-app's handler h
// with sakip's loader (pasangPemuat); everything else goes to h.
func withPemuat(h http.Handler, version string) http.Handler {
	var (
		once sync.Once
		body []byte
		ct   string
	)
	etag := `"` + version + `-pemuat"`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/app.js" && r.URL.Path != "/goapp.js" || r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.ServeHTTP(w, r)
			return
		}
		once.Do(func() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
			js, _ := pasangPemuat(rec.Body.String())
			body, ct = []byte(js), rec.Header().Get("Content-Type")
		})
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", ct)
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
	})
}
