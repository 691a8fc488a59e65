// Command wasm is sakip's offline PWA: staff enter, check and print their
// LKIP in the browser, with or without a connection. Every figure comes from
// the kinerja, anggaran and lkip packages compiled to WebAssembly with
// go-app v10; the data never leaves the browser.
//
// Usage:
//
//	go run ./wasm                      # build app.wasm if stale, serve at http://localhost:8000
//	go run ./wasm -addr :9000          # another address
//	go run ./wasm -static DIR          # write a static site for any static host
//	go run ./wasm -static DIR -prefix /sakip   # the same, hosted under a sub-path
//	go run ./wasm -contoh=false        # an empty browser starts empty, not on the sample
//
// The program has two halves: the server half (this package built for the
// host, files tagged !wasm) builds app.wasm, pre-compresses it and serves or
// exports the site; the client half (tagged wasm) is app.wasm itself. The
// split keeps net/http's server out of app.wasm.
package main

//go:generate go run ./internal/ikon -dir web

import "github.com/pemkab/sakip/wasm/ui"

// routes registers the pages of the app; both halves call it, the server to
// pre-render pages and the client to run them.
func routes() { ui.Routes() }
