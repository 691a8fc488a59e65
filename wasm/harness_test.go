//go:build !wasm

package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The browser tests build app.wasm and the minimal go-app app once per test
// binary, into a temporary directory (the source tree's wasm/web/app.wasm is
// left alone).
var (
	tmpRoot     string // removed after the tests
	builtWasm   string // path of the app.wasm under test
	minimalWasm string // path of the minimal go-app app, built the same way
	pustakaWasm string // the minimal app plus the library calls of the PWA
	buildErr    error
	buildOnce   sync.Once
	buildTime   time.Duration
	serverBin   string // the server half, built as a program
	rootSite    string // static site exported at the root by the program
)

var (
	update     = flag.Bool("update", false, "rewrite golden files")
	perfUpdate = flag.Bool("perf", false, "write the measurements of the browser tests to testdata/wasm/perf.txt")
)

func TestMain(m *testing.M) {
	flag.Parse()
	var err error
	tmpRoot, err = os.MkdirTemp("", "sakip-wasm-test-")
	if err != nil {
		log.Fatal(err)
	}
	code := m.Run()
	if *perfUpdate {
		if err := perf.write(); err != nil {
			log.Print(err)
			code = 1
		}
	}
	os.RemoveAll(tmpRoot)
	os.Exit(code)
}

// wasmBuilt builds, once per test binary, the server half as a program and
// runs it as `go run ./wasm` would: it builds app.wasm into a temporary
// directory, pre-compresses it and exports the site (the CLI path of -static
// is thereby tested as a real process, outside the race detector, which
// would make brotli very slow). It builds the minimal go-app app the same
// way for the size comparison.
func wasmBuilt(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		start := time.Now()
		buildErr = buildAll()
		buildTime = time.Since(start)
	})
	if buildErr != nil {
		t.Fatalf("building app.wasm: %v", buildErr)
	}
	return builtWasm
}

func buildAll() error {
	dir, err := moduleDir()
	if err != nil {
		return err
	}
	serverBin = filepath.Join(tmpRoot, "sakip-server")
	cmd := exec.Command("go", "build", "-o", serverBin, "./wasm")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./wasm: %v\n%s", err, out)
	}
	builtWasm = filepath.Join(tmpRoot, "app", "app.wasm")
	rootSite = filepath.Join(tmpRoot, "situs-akar")
	if err := runServer(dir, "-wasm", builtWasm, "-static", rootSite); err != nil {
		return err
	}
	for _, ref := range []struct{ pkg, out string }{
		{"./wasm/internal/minimal", filepath.Join(tmpRoot, "minimal", "app.wasm")},
		{"./wasm/internal/pustaka", filepath.Join(tmpRoot, "pustaka", "app.wasm")},
	} {
		if err := buildWasm(context.Background(), dir, ref.pkg, ref.out); err != nil {
			return err
		}
		if err := runServer(dir, "-compress", ref.out); err != nil {
			return err
		}
	}
	minimalWasm = filepath.Join(tmpRoot, "minimal", "app.wasm")
	pustakaWasm = filepath.Join(tmpRoot, "pustaka", "app.wasm")
	return nil
}

// runServer runs the server half's program with args in the module dir.
func runServer(dir string, args ...string) error {
	cmd := exec.Command(serverBin, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %v\n%s", filepath.Base(serverBin), strings.Join(args, " "), err, out)
	}
	return nil
}

// testSite loads the site of the app.wasm under test, hosted under prefix.
func testSite(t *testing.T, prefix string) *site {
	t.Helper()
	routesOnce.Do(routes)
	s, err := loadSite(wasmBuilt(t), prefix)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var routesOnce sync.Once

// server is an HTTP server on a fixed local address that can be stopped,
// so that a later browser session on the same origin finds it gone.
type server struct {
	URL  string // base URL, e.g. http://127.0.0.1:41234
	srv  *http.Server
	mu   sync.Mutex
	hits []string // paths requested
}

func startServer(t *testing.T, h http.Handler) *server {
	t.Helper()
	return startServerAt(t, "127.0.0.1:0", h)
}

// startServerAt starts a server at addr (to serve a new version on the
// address, hence the origin, of a stopped one).
func startServerAt(t *testing.T, addr string, h http.Handler) *server {
	t.Helper()
	var ln net.Listener
	var err error
	for i := 0; i < 50; i++ { // the stopped server's port may take a moment to free
		if ln, err = net.Listen("tcp", addr); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	s := &server{URL: "http://" + ln.Addr().String()}
	s.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, r.URL.Path)
		s.mu.Unlock()
		h.ServeHTTP(w, r)
	})}
	go s.srv.Serve(ln)
	t.Cleanup(s.Stop)
	return s
}

// Stop closes the server and its connections.
func (s *server) Stop() { s.srv.Close() }

// staticHost serves the directory root under prefix like a plain static
// host (GitHub Pages, nginx with gzip_static/brotli_static): a directory
// serves its index.html, "/x" serves x.html when it exists, unknown paths
// get 404.html with status 404, and a file with a .br or .gz sibling is
// sent pre-compressed when the client accepts it.
func staticHost(root, prefix string) http.Handler {
	types := map[string]string{
		".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
		".wasm": "application/wasm", ".webmanifest": "application/manifest+json",
		".png": "image/png", ".svg": "image/svg+xml", ".json": "application/json",
	}
	serve := func(w http.ResponseWriter, r *http.Request, name string, status int) {
		ae := r.Header.Get("Accept-Encoding")
		file := name
		w.Header().Set("Content-Type", types[path.Ext(name)])
		w.Header().Add("Vary", "Accept-Encoding")
		for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if _, err := os.Stat(name + enc.ext); err == nil && acceptsEncoding(ae, enc.name) {
				file = name + enc.ext
				w.Header().Set("Content-Encoding", enc.name)
				break
			}
		}
		data, err := os.ReadFile(file)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Length", fmt.Sprint(len(data)))
		w.Header().Set("Cache-Control", "max-age=600") // like GitHub Pages
		w.WriteHeader(status)
		w.Write(data)
	}
	mux := http.NewServeMux()
	mux.Handle(prefix+"/", http.StripPrefix(prefix, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean("/" + r.URL.Path)
		name := filepath.Join(root, filepath.FromSlash(p))
		info, err := os.Stat(name)
		switch {
		case err == nil && info.IsDir():
			if !strings.HasSuffix(r.URL.Path, "/") {
				http.Redirect(w, r, prefix+r.URL.Path+"/", http.StatusMovedPermanently)
				return
			}
			name = filepath.Join(name, "index.html")
		case err != nil:
			if _, err := os.Stat(name + ".html"); err == nil {
				name += ".html"
			} else {
				serve(w, r, filepath.Join(root, "404.html"), http.StatusNotFound)
				return
			}
		}
		serve(w, r, name, http.StatusOK)
	})))
	mux.Handle(prefix, http.RedirectHandler(prefix+"/", http.StatusMovedPermanently))
	return mux
}

// chromiumPath finds Chromium; the browser tests fail (never skip) without
// it, so that CI cannot pass silently.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatalf("FATAL: Chromium is required for the browser tests of ./wasm and was not found on PATH " +
		"(install it: apt-get install -y chromium); these tests never skip")
	return ""
}

// browser is one Chromium process on a user-data directory, with every
// request the page made recorded.
type browser struct {
	t      *testing.T
	ctx    context.Context
	cancel context.CancelFunc
	mu     sync.Mutex
	reqs   []string
	logs   []string
}

// startBrowser starts headless Chromium on profile dir (reuse dir to test a
// restart: service worker, cache and IndexedDB persist in it).
func startBrowser(t *testing.T, profile string) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.UserDataDir(profile),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter"),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.WindowSize(1200, 900),
	}
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	b := &browser{t: t, ctx: ctx}
	b.cancel = func() { cancel(); acancel() }
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			b.mu.Lock()
			b.reqs = append(b.reqs, e.Request.URL)
			b.mu.Unlock()
		case *cdpruntime.EventConsoleAPICalled:
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
			}
			b.mu.Lock()
			b.logs = append(b.logs, string(e.Type)+": "+strings.Join(parts, " "))
			b.mu.Unlock()
		case *cdpruntime.EventExceptionThrown:
			b.mu.Lock()
			b.logs = append(b.logs, "exception: "+e.ExceptionDetails.Text+" "+exceptionText(e.ExceptionDetails))
			b.mu.Unlock()
		}
	}); err != nil {
		b.cancel()
		t.Fatalf("FATAL: cannot start Chromium (%s): %v", chromiumPath(t), err)
	}
	if _, err := chromedp.Call(ctx, cdpruntime.Enable, cdp.Empty{}); err != nil {
		b.cancel()
		t.Fatalf("FATAL: cannot drive Chromium (%s): %v", chromiumPath(t), err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		b.cancel()
		t.Fatalf("FATAL: cannot drive Chromium (%s): %v", chromiumPath(t), err)
	}
	t.Cleanup(b.Close)
	return b
}

// Close ends the browser gracefully, letting it flush its profile.
func (b *browser) Close() {
	if b.cancel != nil {
		ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
		chromedp.Cancel(ctx)
		cancel()
		b.cancel()
		b.cancel = nil
	}
}

// do runs actions with a timeout, failing the test with what went wrong and
// the page's text.
func (b *browser) do(what string, timeout time.Duration, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v\npage text:\n%s\nconsole:\n%s", what, err, b.pageText(), b.console())
	}
}

// console returns the last console messages and exceptions of the page.
func (b *browser) console() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	logs := b.logs
	if len(logs) > 40 {
		logs = logs[len(logs)-40:]
	}
	return strings.Join(logs, "\n")
}

func exceptionText(d *cdpruntime.ExceptionDetails) string {
	if d == nil || d.Exception == nil {
		return ""
	}
	return d.Exception.Description
}

func (b *browser) pageText() string {
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	s, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText.slice(0, 3000) : ""`))
	return s
}

// eval evaluates a JavaScript expression (promises awaited) into T.
func eval[T any](b *browser, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("evaluating %s: %v\npage text:\n%s", expr, err, b.pageText())
	}
	return v
}

// waitJS waits until the JavaScript expression is truthy. A page that
// navigates meanwhile (a reload) does not end the wait.
func (b *browser) waitJS(what, expr string, timeout time.Duration) {
	b.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		left := time.Until(deadline)
		if left <= 0 {
			left = time.Millisecond
		}
		ctx, cancel := context.WithTimeout(b.ctx, left+time.Second)
		_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(left)))
		cancel()
		if err == nil {
			return
		}
		if time.Now().After(deadline) || !strings.Contains(err.Error(), "navigated") && !strings.Contains(err.Error(), "context") && !strings.Contains(err.Error(), "Execution context") {
			b.t.Fatalf("waiting for %s: %v\npage text:\n%s\nconsole:\n%s", what, err, b.pageText(), b.console())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// text returns the visible text of the page's main content.
func (b *browser) text() string {
	b.t.Helper()
	return eval[string](b, `(document.getElementById("isi") || document.body).innerText`)
}

// requests returns the URLs requested so far.
func (b *browser) requests() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.reqs...)
}

// checkSameOrigin fails the test for any request that left origin.
func checkSameOrigin(t *testing.T, origin string, reqs []string) {
	t.Helper()
	o, err := url.Parse(origin)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reqs {
		u, err := url.Parse(r)
		if err != nil {
			t.Errorf("unparsable request URL %q", r)
			continue
		}
		switch u.Scheme {
		case "data", "blob", "about":
			continue
		}
		if u.Scheme != o.Scheme || u.Host != o.Host {
			t.Errorf("request left the origin %s: %s", origin, r)
		}
	}
	if len(reqs) == 0 {
		t.Errorf("no request recorded: the recorder does not work")
	}
}

// appReady waits until go-app has loaded app.wasm and removed its loader.
const appReady = `document.readyState === "complete" && !document.getElementById("app-wasm-loader") && !!document.getElementById("isi")`

// swInstalled is true when the app's service worker is active and its
// cache holds the start page (then the app starts offline next time).
const swInstalled = `navigator.serviceWorker.getRegistration().then(r => !!(r && r.active)).then(ok => ok && caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.keys())))).then(ls => ls.flat().some(r => new URL(r.url).pathname.endsWith("/"))))`

func readAll(r io.Reader) string {
	var b bytes.Buffer
	b.ReadFrom(r)
	return b.String()
}
