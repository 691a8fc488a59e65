// Command minimal is the smallest useful go-app v10 program: one route, one
// component. The browser test of the PWA builds it exactly like app.wasm to
// compare sizes (app.wasm must stay within 1.2× of it).
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("Halo") }

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
}
