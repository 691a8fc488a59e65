package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/wasm/simpan"
)

// pasangPenjaga guards the edits against the page going away: an edit
// not yet saved is written at once when the page is hidden or unloaded
// (pagehide, visibilitychange; see [Toko.Lindungi]), and closing or
// reloading the page asks first while an edit is not saved (beforeunload),
// and only then.
func (t *Toko) pasangPenjaga() {
	w := app.Window()
	doc := w.Get("document")
	doc.Call("addEventListener", "visibilitychange", app.FuncOf(func(app.Value, []app.Value) any {
		if doc.Get("visibilityState").String() == "hidden" {
			t.Lindungi()
		}
		return nil
	}))
	w.Call("addEventListener", "pagehide", app.FuncOf(func(app.Value, []app.Value) any {
		t.Lindungi()
		return nil
	}))
	w.Call("addEventListener", "beforeunload", app.FuncOf(func(_ app.Value, args []app.Value) any {
		if !t.Tanya() {
			return nil
		}
		t.Lindungi()
		if len(args) > 0 {
			args[0].Call("preventDefault")
			args[0].Set("returnValue", "")
		}
		return ""
	}))
}

// pitaSimpan renders, on every page, the notices about the safety of the
// data: a document that could not be saved (with the export at hand), a
// replacing action waiting for confirmation, the offer to undo.
func (t *Toko) pitaSimpan() app.UI {
	var isi []app.UI
	if t.GagalSimpan != "" {
		isi = append(isi, el("div").Class("pita salah").ID("gagal-simpan").Attr("role", "alert").Body(
			el("p").Text(t.GagalSimpan),
			el("div").Class("aksi").Body(
				el("button").ID("ekspor-darurat").Text("Ekspor dokumen sekarang").OnClick(t.klikEkspor),
				el("button").Class("kedua").ID("simpan-lagi").Text("Coba simpan lagi").OnClick(t.klikSimpan),
			),
		))
	}
	if u := t.Usulan; u != nil {
		rincian := make([]app.UI, len(u.Rincian))
		for i, r := range u.Rincian {
			rincian[i] = el("li").Text(r)
		}
		tombol := []app.UI{el("button").Class("bahaya").ID("usulan-terima").Text(u.Terima).OnClick(t.klikTerima)}
		if u.baru != nil {
			tombol = append(tombol, el("button").Class("kedua").ID("usulan-baru").Text("Jadikan dokumen baru").OnClick(t.klikBaru))
		}
		tombol = append(tombol, el("button").Class("kedua").ID("usulan-batal").Text("Batal").OnClick(t.klikBatal))
		isi = append(isi, el("div").Class("pita usulan").ID("usulan").Attr("role", "alertdialog").Aria("labelledby", "usulan-judul").Body(
			el("p").ID("usulan-judul").Body(el("strong").Text(u.Judul)),
			el("ul").Body(rincian...),
			app.If(!u.Menambah, func() app.UI { return el("p").Text("Versi sekarang disimpan di riwayat dokumen dan dapat dipulihkan.") }),
			el("div").Class("aksi").Body(tombol...),
		))
	}
	if t.Urung != nil {
		isi = append(isi, el("div").Class("pita").ID("urung").Attr("role", "status").Body(
			el("button").Class("kedua").ID("urungkan").Text(t.Urung.Teks).OnClick(t.klikUrung),
		))
	}
	return el("div").Body(isi...)
}

// The handlers of the notices' buttons.
func (t *Toko) klikEkspor(app.Context, app.Event) { ekspor(t) }
func (t *Toko) klikSimpan(app.Context, app.Event) { t.SimpanSekarang(nil) }
func (t *Toko) klikTerima(app.Context, app.Event) { t.TerimaUsulan() }
func (t *Toko) klikBaru(app.Context, app.Event)   { t.UsulanBaru() }
func (t *Toko) klikBatal(app.Context, app.Event)  { t.BatalUsulan() }
func (t *Toko) klikUrung(app.Context, app.Event)  { t.Urungkan() }

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
	dok, hapus := t.Dokumen(), t.Terhapus()
	return p.bingkai("/data", "Data",
		t.pitaLanjut(),
		el("p").Text("Dokumen disimpan hanya di browser ini dan tidak pernah dikirim ke mana pun. "+
			"Setiap perubahan tersimpan otomatis."),
		el("div").Class("aksi").Body(
			el("a").Class("tombol").ID("ke-dokumen-baru").Attr("href", tautan("/isi?baru")).Text("Dokumen baru…"),
			el("button").ID("muat-contoh").Text("Muat contoh").OnClick(func(ctx app.Context, e app.Event) {
				t.MuatContoh()
			}),
			app.ElemSelfClosing("input").Attr("type", "file").ID("impor").Class("tersembunyi").Attr("multiple", true).
				Attr("accept", ".json,.csv,.zip,application/json,text/csv,application/zip").
				OnChange(p.impor),
			el("label").Class("tombol kedua").Attr("for", "impor").Text("Impor berkas (JSON, CSV atau ZIP)…"),
			el("a").Class("tombol kedua").ID("ke-impor").Attr("href", tautan("/impor")).Text("Impor lembar kerja (XLSX/CSV) dengan pratinjau…"),
			app.If(t.Dok != nil, func() app.UI {
				return el("button").Class("kedua").ID("ekspor").Text("Ekspor dokumen aktif").OnClick(p.ekspor)
			}),
		),
		el("h2").Text("Dokumen di browser ini"),
		app.If(len(dok) == 0, func() app.UI {
			return el("p").Class("redup").Text("Belum ada dokumen.")
		}).Else(func() app.UI {
			return el("ul").Class("dokumen-daftar").ID("daftar-dokumen").Body(
				app.Range(dok).Slice(func(i int) app.UI { return p.dokumen(dok[i]) }),
			)
		}),
		app.If(t.Dok != nil, func() app.UI { return p.riwayat() }),
		app.If(len(hapus) > 0, func() app.UI {
			return el("div").ID("terhapus").Body(
				el("h2").Text("Dokumen terhapus"),
				el("p").Class("redup").Text("Dokumen ini masih disimpan dan dapat dipulihkan sampai dihapus permanen."),
				el("ul").Class("dokumen-daftar").Body(
					app.Range(hapus).Slice(func(i int) app.UI { return p.terhapus(hapus[i]) }),
				),
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
			app.If(t.Rusak[id] != "", func() app.UI {
				return el("div").Class("galat").ID("rusak:"+id).Attr("role", "alert").Text(
					"Versi aplikasi ini tidak dapat membaca dokumen ini; dokumen tetap disimpan apa adanya. " + t.Rusak[id])
			}),
		),
		app.If(t.Rusak[id] != "", func() app.UI {
			return el("button").Class("kedua").ID("ekspor-mentah:"+id).Text("Ekspor apa adanya").Aria("label", "Ekspor apa adanya "+r.Nama).
				OnClick(func(ctx app.Context, e app.Event) {
					t.EksporMentah(id, func(nama string, data []byte, err error) {
						if err != nil {
							t.galat(err.Error())
							return
						}
						unduh(nama, "application/json", data)
					})
				}, app.EventScope(id))
		}),
		app.If(aktif, func() app.UI { return t.tombolLanjut() }),
		app.If(!aktif, func() app.UI {
			return el("button").Class("kedua").Text("Buka").Aria("label", "Buka "+r.Nama).
				OnClick(func(ctx app.Context, e app.Event) {
					t.SimpanSekarang(func() { t.Buka(id) })
				}, app.EventScope(id))
		}),
		el("button").Class("bahaya").Text("Hapus").Aria("label", "Hapus "+r.Nama).
			OnClick(func(ctx app.Context, e app.Event) {
				if app.Window().Call("confirm", "Hapus dokumen \""+r.Nama+"\" dari browser ini? Dokumen dapat dipulihkan dari daftar dokumen terhapus.").Bool() {
					t.Hapus(id)
				}
			}, app.EventScope(id)),
	)
}

// riwayat lists the earlier versions kept of the active document, each
// with a button to restore it, and a button to discard them.
func (p *Data) riwayat() app.UI {
	t := p.Toko
	return el("div").ID("riwayat").Body(
		el("h2").Text("Riwayat dokumen aktif"),
		app.If(len(t.Riwayat) == 0, func() app.UI {
			return el("p").Class("redup").Text("Belum ada versi sebelumnya. Setiap impor yang mengganti data dan setiap pemulihan menyimpan versi sebelumnya di sini (paling banyak " + strconv.Itoa(simpan.BatasRiwayat) + ").")
		}).Else(func() app.UI {
			return el("div").Body(
				el("ul").Class("dokumen-daftar").Body(app.Range(t.Riwayat).Slice(func(i int) app.UI {
					v := t.Riwayat[i]
					return el("li").Body(
						el("span").Class("nama").Body(
							el("strong").Text(v.Alasan),
							app.ElemSelfClosing("br"),
							el("small").Class("redup").Text(v.Waktu.Format("02-01-2006 15.04.05")+", "+strconv.Itoa(len(v.Data)/1024+1)+" KB"),
						),
						el("button").Class("kedua").ID("pulihkan-versi:"+strconv.Itoa(i)).Text("Pulihkan versi ini").
							OnClick(func(ctx app.Context, e app.Event) {
								if app.Window().Call("confirm", "Pulihkan versi \""+v.Alasan+"\"? Versi sekarang disimpan di riwayat.").Bool() {
									t.PulihkanVersi(i)
								}
							}, app.EventScope(strconv.Itoa(i)+v.Waktu.String())),
					)
				})),
				el("button").Class("bahaya").ID("buang-riwayat").Text("Buang riwayat").OnClick(func(ctx app.Context, e app.Event) {
					if app.Window().Call("confirm", "Buang semua versi sebelumnya dokumen ini? Ini tidak dapat diurungkan.").Bool() {
						t.BuangRiwayat()
					}
				}),
			)
		}),
	)
}

// terhapus renders a deleted document with its restore and purge buttons.
func (p *Data) terhapus(r simpan.Ringkasan) app.UI {
	t := p.Toko
	id := r.ID
	return el("li").Body(
		el("span").Class("nama").Body(
			el("strong").Text(r.Nama),
			app.ElemSelfClosing("br"),
			el("small").Class("redup").Text("Dihapus "+r.Dihapus.Format("02-01-2006 15.04")),
		),
		el("button").Class("kedua").ID("pulihkan:"+id).Text("Pulihkan").Aria("label", "Pulihkan "+r.Nama).
			OnClick(func(ctx app.Context, e app.Event) { t.Pulihkan(id) }, app.EventScope(id)),
		el("button").Class("bahaya").Text("Hapus permanen").Aria("label", "Hapus permanen "+r.Nama).
			OnClick(func(ctx app.Context, e app.Event) {
				if app.Window().Call("confirm", "Hapus permanen \""+r.Nama+"\" beserta riwayatnya? Ini tidak dapat diurungkan.").Bool() {
					t.HapusPermanen(id)
				}
			}, app.EventScope(id)),
	)
}

// impor reads every chosen file as bytes (those within the limits of
// their kind, see [periksaPilihan]) and imports them together, as the
// Rekap page does ([Toko.ImporBanyak]: a file of a dinas already held
// updates its document when the user agrees), then adds the notices of
// the files refused or that the browser could not read. The results come
// back through the page's own context (the input element's may be gone by
// then).
func (p *Data) impor(ctx app.Context, e app.Event) {
	bacaBerkas(ctx.JSSrc(), p.ctx, pilihData, func(nama []string, isi [][]byte, galat []string) {
		p.Toko.ImporBanyak(nama, isi)
		for _, g := range galat {
			p.Toko.galat(g)
		}
	})
}

// ekspor downloads the active document's data file.
func (p *Data) ekspor(ctx app.Context, e app.Event) { ekspor(p.Toko) }

func ekspor(t *Toko) {
	nama, data, err := t.Ekspor()
	if err != nil {
		t.Galat = err.Error()
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
