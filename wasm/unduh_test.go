//go:build !wasm

package main

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestUnduhSekali: a first visit downloads app.wasm once. The service
// worker's install takes the page's own copy instead of downloading it a
// second time (which, on a weak signal, halves the speed of the download
// the page is waiting for), and the app then starts offline from it.
func TestUnduhSekali(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	profile := t.TempDir()
	b := startBrowser(t, profile)
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	b.waitJS("the service worker", swInstalled, 90*time.Second)
	b.waitJS("app.wasm in the worker's cache", `caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.match("/web/app.wasm"))))).then(ms => ms.some(m => !!m))`, 30*time.Second)
	if n := unduhan(srv, "/web/app.wasm"); n != 1 {
		t.Errorf("the first visit downloaded app.wasm %d times, want 1 (requests: %v)", n, srv.paths())
	}
	b.Close()

	srv.Stop()
	b = startBrowser(t, profile)
	b.do("open the app offline", 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start offline", appReady, 60*time.Second)
}

// unduhan counts the requests the server got for path.
func unduhan(s *server, path string) int {
	n := 0
	for _, p := range s.paths() {
		if p == path {
			n++
		}
	}
	return n
}

// paths returns the paths requested so far.
func (s *server) paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.hits...)
}
