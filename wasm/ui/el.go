package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// el returns an element of the given tag. The app builds every element with
// go-app's generic app.Elem rather than the typed constructors (app.Table,
// app.Td, …): each typed element links its whole method set, 60 to 90
// methods, into app.wasm, which made the UI alone weigh megabytes.
func el(tag string) app.HTMLElem { return app.Elem(tag) }
