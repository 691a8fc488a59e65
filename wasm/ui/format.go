package ui

import (
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// strip is shown for a figure that is missing or cannot be computed.
const strip = anggaran.Strip

// gayaIsian is the notation typed figures are read in: the Indonesian one
// the page shows them in ("1.500" is fifteen hundred, "1,5" one and a
// half), so that a figure shown and typed again is the same figure. A
// figure the field cannot hold (a third decimal of sen, a negative
// realisasi, "1.5") is refused beside the field, never rounded.
const gayaIsian = anggaran.GayaIndonesia

// rupiah formats an amount the Indonesian way ("Rp 9.399.497.972"), or a
// dash when it is missing.
func rupiah(n decimal.NullDecimal) string { return anggaran.FormatRupiahNull(n) }

// angka formats an amount without "Rp" ("9.399.497.972"), or a dash.
func angka(n decimal.NullDecimal) string { return anggaran.FormatAngkaNull(n, -1) }

// persen formats a percentage as computed ("98,42%"), or a dash.
func persen(n decimal.NullDecimal) string { return anggaran.FormatPersenNull(n) }

// capaianTeks writes a capaian as the report prints it
// ([kinerja.Capaian.Teks]) with the decimals of the result h it belongs to.
func capaianTeks(c kinerja.Capaian, h *kinerja.Hasil) string {
	des := anggaran.BulatBawaan().Desimal
	if h != nil {
		des = h.Desimal
	}
	return c.Teks(des)
}

// persenP formats a percentage held by pointer, or a dash for nil.
func persenP(d *decimal.Decimal) string {
	if d == nil {
		return strip
	}
	return anggaran.FormatPersen(*d)
}

// bilangan formats a number with as many decimals as it has ("13.875",
// "53,3"), or a dash for nil.
func bilangan(d *decimal.Decimal) string {
	if d == nil {
		return strip
	}
	return anggaran.FormatAngka(*d, -1)
}
