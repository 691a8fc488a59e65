// Package sampel holds sakip's sample datasets, embedded so that the
// examples and the PWA run on them when given no file. The files beside
// this one are the single source of truth for the seed document (the LKIP
// 2022 of Dinas Sosial Kabupaten Flores Timur); tests read them from here
// too. Outside the module the sample is lkip.Contoh. (The package lives
// under internal/ and not in testdata/, which the go tool skips and which
// holds data only.)
package sampel

import _ "embed"

// FlotimDinsos2022 is the LKIP data file (lkip schema, versi 2) of Dinas
// Sosial Kabupaten Flores Timur for 2022, transcribed from the seed document
// with every figure as printed, including the printed errors.
//
//go:embed flotim-dinsos-2022.json
var FlotimDinsos2022 []byte

// FlotimDinsos2022Bersih is the same data file with the seed's printed
// errors corrected (the list of corrections and the generator are in
// lkip's tests: go test ./lkip -run TestBersih -update). The reviu finds
// nothing in it.
//
//go:embed flotim-dinsos-2022-bersih.json
var FlotimDinsos2022Bersih []byte
