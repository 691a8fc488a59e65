// Package renja embeds the real Renja evaluation used by the tests, the
// examples and the PWA's import test: the form of Permendagri 86/2017
// ("Evaluasi Terhadap Hasil RKPD") of the Bappedalitbang of Kabupaten Deli
// Serdang for 2025, sheet "Realisasi TW IV", public material kept as it
// was found (a copy of ../../../../shared/data in the project's workspace).
// It is a package of its own so that only what imports it carries the
// 61 KB.
package renja

import _ "embed"

// DeliSerdang2025 is the bytes of
// deliserdang-bappedalitbang-evaluasi-renja-2025.xlsx.
//
//go:embed deliserdang-bappedalitbang-evaluasi-renja-2025.xlsx
var DeliSerdang2025 []byte

// NamaDeliSerdang2025 is the file's name.
const NamaDeliSerdang2025 = "deliserdang-bappedalitbang-evaluasi-renja-2025.xlsx"
