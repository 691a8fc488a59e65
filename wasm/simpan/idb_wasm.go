//go:build wasm

package simpan

import (
	"errors"
	"syscall/js"
	"time"
)

// New returns the store of this platform: in the browser, IndexedDB
// (database "sakip", object stores "ringkasan" and "dokumen"), which holds
// far more than localStorage's few megabytes (a whole kabupaten: 40
// dinas-years). When IndexedDB is unavailable (some private modes), it falls
// back to memory and every call reports the reason.
func New() Gudang { return &idb{} }

const (
	namaDB      = "sakip"
	versiDB     = 1
	tokoRingkas = "ringkasan"
	tokoData    = "dokumen"
)

type idb struct {
	db     js.Value
	err    error
	antre  []func(error)
	sedang bool
}

// buka opens the database once; callbacks wait for it.
func (g *idb) buka(lanjut func(error)) {
	if g.db.Truthy() || g.err != nil {
		lanjut(g.err)
		return
	}
	g.antre = append(g.antre, lanjut)
	if g.sedang {
		return
	}
	g.sedang = true
	factory := js.Global().Get("indexedDB")
	if !factory.Truthy() {
		g.selesaiBuka(errors.New("browser ini tidak menyediakan IndexedDB; data tidak dapat disimpan"))
		return
	}
	req := factory.Call("open", namaDB, versiDB)
	var upgrade js.Func
	upgrade = js.FuncOf(func(this js.Value, args []js.Value) any {
		db := req.Get("result")
		names := db.Get("objectStoreNames")
		for _, n := range []string{tokoRingkas, tokoData} {
			if !names.Call("contains", n).Bool() {
				db.Call("createObjectStore", n, map[string]any{"keyPath": "id"})
			}
		}
		return nil
	})
	req.Set("onupgradeneeded", upgrade)
	tunggu(req, func(v js.Value) {
		upgrade.Release()
		g.db = v
		g.selesaiBuka(nil)
	}, func(err error) {
		upgrade.Release()
		g.selesaiBuka(err)
	})
}

func (g *idb) selesaiBuka(err error) {
	g.err = err
	g.sedang = false
	antre := g.antre
	g.antre = nil
	for _, f := range antre {
		f(err)
	}
}

// tunggu calls ok with the request's result on success, else fail.
func tunggu(req js.Value, ok func(js.Value), fail func(error)) {
	var s, e js.Func
	s = js.FuncOf(func(js.Value, []js.Value) any {
		s.Release()
		e.Release()
		ok(req.Get("result"))
		return nil
	})
	e = js.FuncOf(func(js.Value, []js.Value) any {
		s.Release()
		e.Release()
		fail(jsError(req.Get("error")))
		return nil
	})
	req.Set("onsuccess", s)
	req.Set("onerror", e)
}

// selesaiTransaksi calls done when tx commits (nil) or fails (the error).
func selesaiTransaksi(tx js.Value, done func(error)) {
	var c, e, a js.Func
	release := func() { c.Release(); e.Release(); a.Release() }
	c = js.FuncOf(func(js.Value, []js.Value) any { release(); done(nil); return nil })
	e = js.FuncOf(func(js.Value, []js.Value) any { release(); done(jsError(tx.Get("error"))); return nil })
	a = js.FuncOf(func(js.Value, []js.Value) any { release(); done(jsError(tx.Get("error"))); return nil })
	tx.Set("oncomplete", c)
	tx.Set("onerror", e)
	tx.Set("onabort", a)
}

func jsError(v js.Value) error {
	if !v.Truthy() {
		return errors.New("penyimpanan browser gagal")
	}
	name := v.Get("name").String()
	if name == "QuotaExceededError" {
		return ErrPenuh
	}
	return errors.New("penyimpanan browser gagal: " + name + ": " + v.Get("message").String())
}

// Daftar implements [Gudang].
func (g *idb) Daftar(selesai func([]Ringkasan, error)) {
	g.buka(func(err error) {
		if err != nil {
			selesai(nil, err)
			return
		}
		store := g.db.Call("transaction", tokoRingkas, "readonly").Call("objectStore", tokoRingkas)
		tunggu(store.Call("getAll"), func(v js.Value) {
			list := make([]Ringkasan, 0, v.Length())
			for i := 0; i < v.Length(); i++ {
				o := v.Index(i)
				r := Ringkasan{ID: o.Get("id").String(), Nama: o.Get("nama").String(), Ukuran: o.Get("ukuran").Int()}
				r.Diubah = time.UnixMilli(int64(o.Get("diubah").Float()))
				list = append(list, r)
			}
			Urutkan(list)
			selesai(list, nil)
		}, func(err error) { selesai(nil, err) })
	})
}

// Baca implements [Gudang].
func (g *idb) Baca(id string, selesai func([]byte, error)) {
	g.buka(func(err error) {
		if err != nil {
			selesai(nil, err)
			return
		}
		store := g.db.Call("transaction", tokoData, "readonly").Call("objectStore", tokoData)
		tunggu(store.Call("get", id), func(v js.Value) {
			if !v.Truthy() {
				selesai(nil, ErrTidakAda)
				return
			}
			selesai([]byte(v.Get("data").String()), nil)
		}, func(err error) { selesai(nil, err) })
	})
}

// Tulis implements [Gudang]: summary and data in one transaction, so both
// change or neither.
func (g *idb) Tulis(r Ringkasan, data []byte, selesai func(error)) {
	g.buka(func(err error) {
		if err != nil {
			selesai(err)
			return
		}
		tx := g.db.Call("transaction", []any{tokoRingkas, tokoData}, "readwrite")
		selesaiTransaksi(tx, selesai)
		tx.Call("objectStore", tokoRingkas).Call("put", map[string]any{
			"id": r.ID, "nama": r.Nama, "diubah": float64(r.Diubah.UnixMilli()), "ukuran": r.Ukuran,
		})
		tx.Call("objectStore", tokoData).Call("put", map[string]any{"id": r.ID, "data": string(data)})
	})
}

// Hapus implements [Gudang].
func (g *idb) Hapus(id string, selesai func(error)) {
	g.buka(func(err error) {
		if err != nil {
			selesai(err)
			return
		}
		tx := g.db.Call("transaction", []any{tokoRingkas, tokoData}, "readwrite")
		selesaiTransaksi(tx, selesai)
		tx.Call("objectStore", tokoRingkas).Call("delete", id)
		tx.Call("objectStore", tokoData).Call("delete", id)
	})
}

// MintaTetap asks the browser to keep the app's storage persistent
// (navigator.storage.persist) and reports its answer.
func MintaTetap(selesai func(bool)) {
	storage := js.Global().Get("navigator").Get("storage")
	if !storage.Truthy() || !storage.Get("persist").Truthy() {
		selesai(false)
		return
	}
	var then, fail js.Func
	then = js.FuncOf(func(_ js.Value, args []js.Value) any {
		then.Release()
		fail.Release()
		selesai(len(args) > 0 && args[0].Truthy())
		return nil
	})
	fail = js.FuncOf(func(js.Value, []js.Value) any {
		then.Release()
		fail.Release()
		selesai(false)
		return nil
	})
	storage.Call("persist").Call("then", then, fail)
}
