package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// setelahGambar runs f once the browser has painted the current frame: a
// requestAnimationFrame callback runs just before the paint, a timeout set
// from it just after. Outside a browser f runs at once.
func setelahGambar(f func()) {
	w := app.Window()
	if !app.IsClient || !w.Get("requestAnimationFrame").Truthy() {
		f()
		return
	}
	var raf, sesudah app.Func
	sesudah = app.FuncOf(func(app.Value, []app.Value) any {
		sesudah.Release()
		f()
		return nil
	})
	raf = app.FuncOf(func(app.Value, []app.Value) any {
		raf.Release()
		w.Call("setTimeout", sesudah, 0)
		return nil
	})
	w.Call("requestAnimationFrame", raf)
}
