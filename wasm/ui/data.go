package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/wasm/simpan"
)

// Data is the page of the documents kept in this browser: open, delete,
// export, import a data file (JSON) or an anggaran CSV, load the sample.
type Data struct {
	dasar
	terpakai string      // storage estimate, in words
	ctx      app.Context // of the mounted page
}

// OnMount implements app.Mounter: it also reads the storage estimate.
func (p *Data) OnMount(ctx app.Context) {
	p.dasar.OnMount(ctx)
	p.ctx = ctx
	storage := app.Window().Get("navigator").Get("storage")
	if !storage.Truthy() || !storage.Get("estimate").Truthy() {
		return
	}
	storage.Call("estimate").Then(func(v app.Value) {
		usage, quota := v.Get("usage").Float(), v.Get("quota").Float()
		ctx.Dispatch(func(app.Context) {
			p.terpakai = "Terpakai " + mb(usage) + " dari " + mb(quota) + " yang diizinkan browser."
		})
	})
}

func mb(b float64) string {
	return strconv.FormatFloat(b/1e6, 'f', 1, 64) + " MB"
}

// Render implements app.Composer.
func (p *Data) Render() app.UI {
	t := p.Toko
	tetap := "Browser belum ditanya."
	if t.Tetap != nil {
		if *t.Tetap {
			tetap = "Browser mengizinkan penyimpanan tetap: data tidak akan dihapus otomatis."
		} else {
			tetap = "Browser belum mengizinkan penyimpanan tetap; ekspor dokumen penting secara berkala."
		}
	}
	return p.bingkai("/data", "Data",
		el("p").Text("Dokumen disimpan hanya di browser ini dan tidak pernah dikirim ke mana pun. "+
			"Setiap perubahan tersimpan otomatis."),
		el("div").Class("aksi").Body(
			el("button").ID("muat-contoh").Text("Muat contoh").OnClick(func(ctx app.Context, e app.Event) {
				t.MuatContoh()
			}),
			app.ElemSelfClosing("input").Attr("type", "file").ID("impor").Class("tersembunyi").Attr("multiple", true).
				Attr("accept", ".json,.csv,application/json,text/csv").
				OnChange(p.impor),
			el("label").Class("tombol kedua").Attr("for", "impor").Text("Impor berkas (JSON atau CSV)…"),
			app.If(t.Dok != nil, func() app.UI {
				return el("button").Class("kedua").ID("ekspor").Text("Ekspor dokumen aktif").OnClick(p.ekspor)
			}),
		),
		el("h2").Text("Dokumen di browser ini"),
		app.If(len(t.Daftar) == 0, func() app.UI {
			return el("p").Class("redup").Text("Belum ada dokumen.")
		}).Else(func() app.UI {
			return el("ul").Class("dokumen-daftar").ID("daftar-dokumen").Body(
				app.Range(t.Daftar).Slice(func(i int) app.UI { return p.dokumen(t.Daftar[i]) }),
			)
		}),
		el("p").Class("redup").ID("penyimpanan").Text(tetap+" "+p.terpakai),
	)
}

func (p *Data) dokumen(r simpan.Ringkasan) app.UI {
	t := p.Toko
	aktif := r.ID == t.AktifID
	li := el("li")
	if aktif {
		li = li.Class("aktif").Aria("current", "true")
	}
	id := r.ID
	return li.Body(
		el("span").Class("nama").Body(
			el("strong").Text(r.Nama),
			app.ElemSelfClosing("br"),
			el("small").Class("redup").Text("Diubah "+r.Diubah.Format("02-01-2006 15.04")+", "+strconv.Itoa(r.Ukuran/1024+1)+" KB"),
		),
		app.If(!aktif, func() app.UI {
			return el("button").Class("kedua").Text("Buka").Aria("label", "Buka "+r.Nama).
				OnClick(func(ctx app.Context, e app.Event) {
					t.SimpanSekarang(func() { t.Buka(id) })
				}, app.EventScope(id))
		}),
		el("button").Class("bahaya").Text("Hapus").Aria("label", "Hapus "+r.Nama).
			OnClick(func(ctx app.Context, e app.Event) {
				if app.Window().Call("confirm", "Hapus dokumen \""+r.Nama+"\" dari browser ini?").Bool() {
					t.Hapus(id)
				}
			}, app.EventScope(id)),
	)
}

// impor reads every chosen file as bytes, then hands them to the store in
// the order chosen. The results come back through the page's own context
// (the input element's may be gone by then).
func (p *Data) impor(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	n := files.Length()
	nama := make([]string, n)
	isi := make([][]byte, n)
	sisa := n
	for i := 0; i < n; i++ {
		file := files.Index(i)
		nama[i] = file.Get("name").String()
		file.Call("arrayBuffer").Then(func(buf app.Value) {
			arr := app.Window().Get("Uint8Array").New(buf)
			isi[i] = make([]byte, arr.Length())
			app.CopyBytesToGo(isi[i], arr)
			if sisa--; sisa > 0 {
				return
			}
			input.Set("value", "")
			p.ctx.Dispatch(func(app.Context) {
				p.Toko.MulaiImpor()
				for i := range isi {
					p.Toko.Impor(nama[i], isi[i])
				}
			})
		})
	}
}

// ekspor downloads the active document's data file.
func (p *Data) ekspor(ctx app.Context, e app.Event) {
	nama, data, err := p.Toko.Ekspor()
	if err != nil {
		p.Toko.Galat = err.Error()
		return
	}
	unduh(nama, "application/json", data)
}

// unduh makes the browser save data as a file named nama, through a blob
// URL (nothing leaves the browser).
func unduh(nama, jenis string, data []byte) {
	w := app.Window()
	arr := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	blob := w.Get("Blob").New([]any{arr}, map[string]any{"type": jenis})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", nama)
	w.Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	w.Get("URL").Call("revokeObjectURL", url)
}
