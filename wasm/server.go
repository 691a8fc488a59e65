//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/wasm/ui"
)

// options are the command-line settings of the server half.
type options struct {
	Addr   string // address to serve at
	Static string // when set, write a static site into this directory and exit
	Prefix string // root prefix of the app ("/sakip"), for sub-path hosting
	Wasm   string // path of app.wasm; default wasm/web/app.wasm in the module
	Build  bool   // rebuild app.wasm when stale
	Contoh bool   // a browser without documents starts on the embedded sample
	// Compress, when set, names a file to write .br and .gz variants of,
	// and nothing else is done (used by the tests).
	Compress string
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("sakip: ")
	var o options
	flag.StringVar(&o.Addr, "addr", "localhost:8000", "alamat server (host:port)")
	flag.StringVar(&o.Static, "static", "", "tulis situs statis ke direktori ini lalu keluar")
	flag.StringVar(&o.Prefix, "prefix", "", "awalan jalur bila aplikasi dipasang di sub-jalur, mis. /sakip")
	flag.StringVar(&o.Wasm, "wasm", "", "berkas app.wasm (bawaan: wasm/web/app.wasm di modul)")
	flag.BoolVar(&o.Build, "build", true, "bangun ulang app.wasm bila lebih tua dari sumbernya")
	flag.BoolVar(&o.Contoh, "contoh", true, "browser yang belum punya dokumen mulai dengan contoh LKIP (Dinas Sosial Flores Timur 2022)")
	flag.StringVar(&o.Compress, "compress", "", "hanya tulis BERKAS.br dan BERKAS.gz lalu keluar")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, o, os.Stderr); err != nil {
		log.Fatal(err)
	}
}

// run builds app.wasm when needed, then exports the static site or serves
// the app until ctx is done.
func run(ctx context.Context, o options, logw io.Writer) error {
	logf := func(format string, args ...any) { fmt.Fprintf(logw, "sakip: "+format+"\n", args...) }
	if o.Compress != "" {
		return ensureCompressed(o.Compress, logf)
	}
	s, err := prepare(ctx, o, logf)
	if err != nil {
		return err
	}
	if o.Static != "" {
		if err := exportStatic(o.Static, s); err != nil {
			return err
		}
		logf("situs statis ditulis ke %s (awalan %q)", o.Static, s.Resolve("/"))
		return nil
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: s.server(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	logf("melayani http://%s%s", ln.Addr(), s.Resolve("/"))
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// prepare makes app.wasm up to date (when o.Build) and loads the site.
func prepare(ctx context.Context, o options, logf func(string, ...any)) (*site, error) {
	wasmPath := o.Wasm
	if wasmPath == "" || o.Build {
		dir, err := moduleDir()
		if err != nil {
			return nil, err
		}
		if wasmPath == "" {
			wasmPath = filepath.Join(dir, "wasm", "web", "app.wasm")
		}
		if o.Build {
			if err := ensureWasm(ctx, dir, wasmPath, logf); err != nil {
				return nil, err
			}
		}
	}
	if err := ensureCompressed(wasmPath, logf); err != nil {
		return nil, err
	}
	routes()
	s, err := loadSite(wasmPath, o.Prefix)
	if err != nil {
		return nil, err
	}
	s.contoh = o.Contoh
	return s, nil
}

// server returns the HTTP handler of the app: go-app's handler, mounted
// under the root prefix when there is one.
func (s *site) server() http.Handler {
	var h http.Handler = s.handler()
	if !s.bawaan {
		h = withPemuat(h, s.version)
	}
	h = withCompression(h)
	if s.prefix != "" {
		mux := http.NewServeMux()
		mux.Handle(s.prefix+"/", http.StripPrefix(s.prefix, h))
		mux.Handle(s.prefix, http.RedirectHandler(s.prefix+"/", http.StatusMovedPermanently))
		h = mux
	}
	return withSecurityHeaders(h)
}

// withSecurityHeaders adds the content security policy (also in the page's
// <meta>, for static hosts) and a few protective headers to every response.
func withSecurityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

// exportStatic writes the static site into dir: go-app's pages and scripts,
// then web/ with app.wasm, app.wasm.br, app.wasm.gz and the assets, and a
// 404.html that starts the app on any path (for hosts that serve it).
func exportStatic(dir string, s *site) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dir, s.handler(), ui.Paths...); err != nil {
		return err
	}
	if !s.bawaan {
		name := filepath.Join(dir, "app.js")
		js, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		patched, _ := pasangPemuat(string(js))
		if err := os.WriteFile(name, []byte(patched), 0o644); err != nil {
			return err
		}
	}
	web := filepath.Join(dir, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		return err
	}
	for name, data := range map[string][]byte{"app.wasm": s.wasm, "app.wasm.br": s.br, "app.wasm.gz": s.gz} {
		if err := os.WriteFile(filepath.Join(web, name), data, 0o644); err != nil {
			return err
		}
	}
	err := fs.WalkDir(s.files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(s.files, p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(web, filepath.FromSlash(p)), data, 0o644)
	})
	if err != nil {
		return err
	}
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "404.html"), index, 0o644)
}
