//go:build !wasm

package main

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/wasm/ui"
)

// assets are the static files of the app besides app.wasm: icons and style.
//
//go:embed web/icon.svg web/icon-192.png web/icon-512.png web/sakip.css web/awal.js
var assets embed.FS

// site holds what the server half serves or exports: app.wasm with its
// pre-compressed variants, the static assets and the root prefix under which
// the app is hosted. It is the go-app [app.ResourceResolver] of the handler
// and serves the /web/ files.
type site struct {
	prefix  string // "" at the root, else "/sakip" (no trailing slash)
	version string // hash of app.wasm and the assets
	wasm    []byte // app.wasm
	br, gz  []byte // app.wasm compressed with brotli and gzip
	modTime time.Time
	files   fs.FS // assets, rooted at web/
	contoh  bool  // ask the app to start on the sample in an empty browser
	// bawaan keeps go-app's own loading of app.wasm (for the minimal app
	// the tests measure beside it): no preload, go-app's app.js.
	bawaan bool
}

// loadSite reads app.wasm and its .br and .gz variants from wasmPath.
func loadSite(wasmPath, prefix string) (*site, error) {
	s := &site{prefix: cleanPrefix(prefix)}
	var err error
	if s.wasm, err = os.ReadFile(wasmPath); err != nil {
		return nil, err
	}
	if s.br, err = os.ReadFile(wasmPath + ".br"); err != nil {
		return nil, err
	}
	if s.gz, err = os.ReadFile(wasmPath + ".gz"); err != nil {
		return nil, err
	}
	if info, err := os.Stat(wasmPath); err == nil {
		s.modTime = info.ModTime()
	}
	s.files, _ = fs.Sub(assets, "web")
	h := sha256.New()
	h.Write(s.wasm)
	fs.WalkDir(s.files, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := fs.ReadFile(s.files, p)
			fmt.Fprintf(h, "%s %d\n", p, len(b))
			h.Write(b)
		}
		return nil
	})
	s.version = hex.EncodeToString(h.Sum(nil))[:20]
	return s, nil
}

// cleanPrefix turns "sakip", "/sakip/" or "/sakip" into "/sakip", and "/"
// or "" into "".
func cleanPrefix(p string) string {
	p = strings.Trim(p, "/")
	if p == "" {
		return ""
	}
	return "/" + p
}

// Resolve maps a path of the app to its URL: local absolute paths get the
// root prefix ("/web/app.wasm" → "/sakip/web/app.wasm"), the root itself
// becomes prefix + "/" (the URL static hosts serve index.html at), and
// remote or relative locations are left alone. [ui.TandaContoh] is not a
// path: it asks whether pages pre-render the sample.
func (s *site) Resolve(loc string) string {
	switch {
	case loc == ui.TandaContoh:
		// Asked while pre-rendering a page: does a browser without
		// documents start on the sample (wasm/ui/pratayang.go)?
		if s.contoh && !s.bawaan {
			return ui.TandaContohYa
		}
		return ""
	case loc == "" || loc == "/":
		return s.prefix + "/"
	case strings.HasPrefix(loc, "http://"), strings.HasPrefix(loc, "https://"), strings.HasPrefix(loc, "//"):
		return loc
	case strings.HasPrefix(loc, "/"):
		return s.prefix + loc
	case loc == "web" || strings.HasPrefix(loc, "web/"):
		return s.prefix + "/" + loc
	}
	return loc
}

// ServeHTTP serves the /web/ files. app.wasm is sent pre-compressed with
// brotli or gzip when the request's Accept-Encoding allows, with
// Content-Encoding, Vary and an ETag per variant.
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if s.prefix != "" {
		p = strings.TrimPrefix(p, s.prefix)
	}
	if p == "/web/app.wasm" {
		s.serveWasm(w, r)
		return
	}
	name := strings.TrimPrefix(path.Clean(p), "/web/")
	data, err := fs.ReadFile(s.files, name)
	if err != nil || name == "." {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("ETag", `"`+s.version+`"`)
	http.ServeContent(w, r, name, s.modTime, bytes.NewReader(data))
}

func (s *site) serveWasm(w http.ResponseWriter, r *http.Request) {
	body, enc := s.wasm, ""
	switch {
	case acceptsEncoding(r.Header.Get("Accept-Encoding"), "br"):
		body, enc = s.br, "br"
	case acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip"):
		body, enc = s.gz, "gzip"
	}
	h := w.Header()
	h.Set("Content-Type", "application/wasm")
	h.Add("Vary", "Accept-Encoding")
	// go-app's loader reads this header for its progress bar (the
	// Content-Length of a compressed body is not the size it counts).
	h.Set(wasmLengthHeader, strconv.Itoa(len(s.wasm)))
	etag := `"` + s.version + `"`
	if enc != "" {
		h.Set("Content-Encoding", enc)
		etag = `"` + s.version + "-" + enc + `"`
	}
	h.Set("ETag", etag)
	if enc == "" {
		http.ServeContent(w, r, "app.wasm", s.modTime, bytes.NewReader(body))
		return
	}
	// Compressed variants are sent whole: a byte range of a compressed body
	// is of no use to the loader.
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// wasmLengthHeader carries the uncompressed size of app.wasm.
const wasmLengthHeader = "X-Uncompressed-Content-Length"

// acceptsEncoding reports whether an Accept-Encoding header value accepts
// the content coding enc (present, and not with q=0).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(k, "q") {
				if q, err := strconv.ParseFloat(v, 64); err == nil && q == 0 {
					return false
				}
			}
		}
		return true
	}
	return false
}

// cspHalaman keeps every request of the page on its own origin: no
// remote script, style, image, font, frame or connection, and no inline
// script (WebAssembly needs only 'wasm-unsafe-eval'). The report iframe's
// srcdoc inherits it. It is also written in the page's <meta>, for static
// hosts that send no header.
const cspHalaman = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
	"connect-src 'self'; frame-src 'self' blob: data:; worker-src 'self'; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'self'; form-action 'none'"

// contentSecurityPolicy is the policy the server sends as a header:
// cspHalaman and frame-ancestors 'none', so that no other site can show
// the app in a frame (clickjacking). frame-ancestors works only as a
// header (browsers ignore it in a <meta>, with a console error), so the
// page's <meta> carries cspHalaman alone. The report is a srcdoc iframe
// of the page itself, a local document to which frame-ancestors does not
// apply, so 'none' does not block it.
const contentSecurityPolicy = cspHalaman + "; frame-ancestors 'none'"

// env is the environment the app reads with app.Getenv.
func (s *site) env() map[string]string {
	if !s.contoh {
		return nil
	}
	return map[string]string{ui.EnvContoh: "1"}
}

// rawHeaders are the page's extra <head> elements: the content security
// policy and, unless s.bawaan, a preload of app.wasm, so that its download
// starts as the page arrives rather than once app.js has run (on a slow
// link the scripts and style sheets take most of a second). The loader's
// fetch of the same URL takes the preloaded response (see pemuatJS).
func (s *site) rawHeaders() []string {
	h := []string{`<meta http-equiv="Content-Security-Policy" content="` + cspHalaman + `">`}
	if !s.bawaan {
		// Before the first paint (not deferred): hides the pre-rendered
		// sample in a browser that holds documents (wasm/ui/pratayang.go).
		h = append(h, `<script src="`+s.Resolve("/web/awal.js")+`"></script>`)
		h = append(h, `<link rel="preload" href="`+s.Resolve("/web/app.wasm")+`" as="fetch" type="application/wasm" crossorigin="anonymous">`)
	}
	return h
}

// handler returns the go-app handler of the PWA for this site.
func (s *site) handler() *app.Handler {
	return &app.Handler{
		Name:            "SAKIP: Laporan Kinerja Instansi Pemerintah",
		ShortName:       "SAKIP",
		Title:           "SAKIP",
		Description:     "Isi, periksa, dan cetak LKIP perangkat daerah, dengan atau tanpa internet.",
		Lang:            "id",
		BackgroundColor: "#f4f6f6",
		ThemeColor:      "#0f6e6e",
		LoadingLabel:    "Memuat SAKIP… {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles:                  []string{"/web/sakip.css"},
		CacheableResources:      []string{"/web/icon.svg", "/web/awal.js"},
		RawHeaders:              s.rawHeaders(),
		Env:                     s.env(),
		Resources:               s,
		Version:                 s.version,
		WasmContentLength:       strconv.Itoa(len(s.wasm)),
		WasmContentLengthHeader: wasmLengthHeader,
		ServiceWorkerTemplate:   workerTemplate(s.Resolve("/")),
	}
}
