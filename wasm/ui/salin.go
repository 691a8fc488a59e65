package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// salinWasm puts the page's own copy of app.wasm into the service worker's
// cache ("sakip-" + version, the name the worker uses), so that on the
// first visit the worker does not download app.wasm a second time (see the
// worker's install in package main). The copy comes from the browser's
// HTTP cache (fetch with cache "force-cache"); without one it is fetched
// once more, after the app has started, where it no longer slows the start.
// Nothing is done when the cache already holds it (every later start).
func salinWasm() {
	caches := app.Window().Get("caches")
	if !caches.Truthy() {
		return
	}
	url := tautan("/web/app.wasm")
	lalu(caches.Call("open", "sakip-"+app.Getenv("GOAPP_VERSION")), func(cache app.Value) {
		lalu(cache.Call("match", url), func(ada app.Value) {
			if ada.Truthy() {
				return
			}
			lalu(app.Window().Call("fetch", url, map[string]any{"cache": "force-cache"}), func(r app.Value) {
				if r.Get("ok").Bool() {
					cache.Call("put", url, r)
				}
			})
		})
	})
}

// lalu calls f with the value of the JavaScript promise p once it resolves
// (a rejected promise calls nothing: the worker then downloads itself).
func lalu(p app.Value, f func(app.Value)) {
	if !p.Truthy() {
		return
	}
	var fn app.Func
	fn = app.FuncOf(func(_ app.Value, args []app.Value) any {
		fn.Release()
		if len(args) > 0 {
			f(args[0])
		}
		return nil
	})
	p.Call("then", fn)
}
