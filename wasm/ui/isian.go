package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// Isian is an editable number of the active document, at a path of the
// data file ("anggaran.rincian[5].realisasi"). The path is also the input's
// element ID, so that a finding can lead to it.
type Isian struct {
	Bagian Bagian         // the section the field is in
	Path   string         // JSON path in the data file
	Label  string         // accessible name of the input
	Nilai  string         // the current value as the page shows it
	Jenis  anggaran.Jenis // how typed text is read (anggaran.ParseIsian, in gayaIsian)
	Wajib  bool           // an empty value is refused (a leaf's pagu)
	// Set stores v (nil: missing) and the text as typed into the document.
	Set func(d *lkip.Dokumen, v *decimal.Decimal, teks string)
}

// idIsian is the element ID of the field or row at a data-file path.
func idIsian(path string) string { return "f:" + path }

// Isi applies text typed into field f: a valid number (or an empty optional
// field) changes the document and everything is recomputed; anything else
// is kept as a draft with the reason, and the document is not changed.
func (t *Toko) Isi(f Isian, teks string) {
	if strings.TrimSpace(teks) == "" {
		if f.Wajib {
			t.draf[f.Path] = draf{Teks: teks, Galat: "Wajib diisi."}
			return
		}
		t.draf[f.Path] = draf{Teks: teks}
		t.Ubah(f.Bagian, func(d *lkip.Dokumen) { f.Set(d, nil, "") })
		return
	}
	v, err := anggaran.ParseIsian(teks, f.Jenis, gayaIsian)
	if err != nil {
		t.draf[f.Path] = draf{Teks: teks, Galat: kapital(err.Error()) + "."}
		return
	}
	// Keep the text as typed while the field has focus, so that the page
	// does not reformat it under the cursor.
	t.draf[f.Path] = draf{Teks: teks}
	t.Ubah(f.Bagian, func(d *lkip.Dokumen) { f.Set(d, &v, strings.TrimSpace(teks)) })
}

// nilaiMustahil are the codes of anggaran's findings about a value alone,
// outside what its field can mean (not about its agreement with others).
var nilaiMustahil = map[string]bool{anggaran.TemuanNilaiNegatif: true, anggaran.TemuanFisikDiLuarRentang: true}

// tandaIsian returns what the library's own checks find wrong with the
// value alone now in field f (a negative pagu or
// realisasi, say), or "". The UI holds no rule of its own: it shows, beside
// the field, the findings of anggaran's checks whose location is the field.
func (t *Toko) tandaIsian(f Isian) string {
	if f.Bagian != BagianAnggaran || t.Dok == nil || t.Dok.Anggaran == nil || !strings.HasPrefix(f.Path, "anggaran.") {
		return ""
	}
	var pesan []string
	for _, tm := range t.Dok.Anggaran.Check(t.Opsi.Anggaran) {
		if nilaiMustahil[tm.Kode] && "anggaran."+tm.Lokasi.Path == f.Path {
			pesan = append(pesan, kapital(tm.Pesan)+".")
		}
	}
	if len(pesan) == 0 {
		return ""
	}
	return "Tersimpan, tetapi tidak masuk akal: " + strings.Join(pesan, " ")
}

// Selesai is called when field f loses focus: a valid draft is dropped so
// that the value is shown formatted; an invalid one stays visible, and so
// does a value the library's checks find impossible (see tandaIsian).
func (t *Toko) Selesai(f Isian) {
	d, ok := t.draf[f.Path]
	if !ok || d.Galat != "" {
		return
	}
	// The library's checks of the value alone run once the field is left,
	// not on every keystroke (they walk the whole budget).
	if d.Tanda = t.tandaIsian(f); d.Tanda != "" {
		t.draf[f.Path] = d
		return
	}
	delete(t.draf, f.Path)
}

// DrafSalah reports whether some field holds text that is not accepted.
func (t *Toko) DrafSalah() bool {
	for _, d := range t.draf {
		if d.Galat != "" {
			return true
		}
	}
	return false
}

func kapital(s string) string {
	if s == "" {
		return s
	}
	if s[0] == '"' {
		return "Isian " + s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// isian renders the input of field f with its error, if any.
func (t *Toko) isian(f Isian) app.UI {
	teks, galat := f.Nilai, ""
	if d, ok := t.draf[f.Path]; ok {
		teks, galat = d.Teks, d.Galat
		if galat == "" {
			galat = d.Tanda
		}
	}
	if teks == strip {
		teks = ""
	}
	in := app.ElemSelfClosing("input").Attr("type", "text").ID(idIsian(f.Path)).Class("angka").
		Attr("inputmode", "decimal").Attr("autocomplete", "off").Aria("label", f.Label).
		Attr("value", teks).
		OnInput(func(ctx app.Context, e app.Event) {
			t.Isi(f, ctx.JSSrc().Get("value").String())
			// Only what the edit changed is rendered again, when the
			// page can tell (hidup.go); otherwise the whole page.
			if t.hidup.segarkan(f.Path) {
				ctx.PreventUpdate()
			}
		}, app.EventScope(f.Path)).
		OnChange(func(ctx app.Context, e app.Event) {
			t.Selesai(f)
		}, app.EventScope(f.Path))
	// The input stays the first child of the same element whether or not
	// there is an error, so that go-app updates it in place and the focus
	// and caret stay where the user types.
	var pesan app.UI
	if galat != "" {
		in = in.Aria("invalid", "true").Aria("describedby", "g:"+f.Path)
		pesan = el("div").Class("galat").ID("g:"+f.Path).Attr("role", "alert").Text(galat)
	}
	return el("div").Class("isian").Body(in, pesan)
}

// nullDari converts an edited value into a NullDecimal (nil: missing).
func nullDari(v *decimal.Decimal) decimal.NullDecimal {
	if v == nil {
		return decimal.NullDecimal{}
	}
	return decimal.NullDecimal{Decimal: *v, Valid: true}
}

// Event handlers made in a loop capture their row (an index, a path, a
// code). go-app keeps an element's old handler when the new one comes from
// the same function literal, so when rows shift (a budget row opened, a
// document added) a handler would act on another row's data. Every such
// handler is therefore given app.EventScope with its row's key, which makes
// go-app replace it.
