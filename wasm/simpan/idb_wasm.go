//go:build wasm

package simpan

import (
	"errors"
	"strconv"
	"strings"
	"syscall/js"
	"time"
)

// New returns the store of this platform: in the browser, IndexedDB
// (database "sakip", object stores "ringkasan", "dokumen" and "riwayat",
// the earlier versions), which holds
// far more than localStorage's few megabytes (a whole kabupaten: 40
// dinas-years). When IndexedDB is unavailable (some private modes), it falls
// back to memory and every call reports the reason.
func New() Gudang { return &idb{} }

const (
	namaDB      = "sakip"
	versiDB     = 2
	tokoRingkas = "ringkasan"
	tokoData    = "dokumen"
	tokoRiwayat = "riwayat"
	namaSiaran  = "sakip-dokumen"
)

type idb struct {
	db     js.Value
	err    error
	antre  []func(error)
	sedang bool
	siaran js.Value // the BroadcastChannel to the app's other tabs
	dengar js.Func
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
		for _, n := range []string{tokoRingkas, tokoData, tokoRiwayat} {
			if !names.Call("contains", n).Bool() {
				db.Call("createObjectStore", n, map[string]any{"keyPath": "id"})
			}
		}
		return nil
	})
	req.Set("onupgradeneeded", upgrade)
	// A tab of an older version of the app keeps the database open at
	// its version: the upgrade waits for it, and the user is told why.
	var blocked js.Func
	blocked = js.FuncOf(func(js.Value, []js.Value) any {
		g.selesaiBuka(errors.New("tab SAKIP lain masih memakai versi lama aplikasi; tutup atau muat ulang tab itu, lalu muat ulang tab ini"))
		return nil
	})
	req.Set("onblocked", blocked)
	tunggu(req, func(v js.Value) {
		upgrade.Release()
		blocked.Release()
		g.db, g.err = v, nil
		// A newer version of the app, opened in another tab, needs this
		// connection closed to upgrade the database.
		var vc js.Func
		vc = js.FuncOf(func(js.Value, []js.Value) any {
			v.Call("close")
			g.db = js.Undefined()
			g.err = errors.New("versi baru aplikasi dibuka di tab lain; muat ulang tab ini")
			vc.Release()
			return nil
		})
		v.Set("onversionchange", vc)
		g.selesaiBuka(nil)
	}, func(err error) {
		upgrade.Release()
		blocked.Release()
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
				list = append(list, ringkasanDari(o))
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

func ringkasanDari(o js.Value) Ringkasan {
	r := Ringkasan{ID: o.Get("id").String(), Nama: o.Get("nama").String(), Ukuran: o.Get("ukuran").Int()}
	r.Diubah = time.UnixMilli(int64(o.Get("diubah").Float()))
	if v := o.Get("versi"); v.Truthy() {
		r.Versi = v.Int()
	}
	if v := o.Get("dihapus"); v.Truthy() {
		r.Dihapus = time.UnixMilli(int64(v.Float()))
	}
	return r
}

func ringkasanJS(r Ringkasan) map[string]any {
	o := map[string]any{"id": r.ID, "nama": r.Nama, "diubah": float64(r.Diubah.UnixMilli()), "ukuran": r.Ukuran, "versi": r.Versi}
	if !r.Dihapus.IsZero() {
		o["dihapus"] = float64(r.Dihapus.UnixMilli())
	}
	return o
}

// transaksi opens a read-write transaction on stores and calls kerja in
// it; selesai gets the transaction's outcome, or the error kerja
// returned (then the transaction is aborted and nothing changes).
func (g *idb) transaksi(stores []any, selesai func(error), kerja func(tx js.Value, batal func(error))) {
	g.buka(func(err error) {
		if err != nil {
			selesai(err)
			return
		}
		tx := g.db.Call("transaction", stores, "readwrite")
		var alasan error
		selesaiTransaksi(tx, func(err error) {
			if alasan != nil {
				err = alasan
			}
			selesai(err)
		})
		batal := func(err error) {
			alasan = err
			defer func() { recover() }() // already finished: nothing to abort
			tx.Call("abort")
		}
		aman(batal, func() { kerja(tx, batal) })
	})
}

// aman runs f, which calls IndexedDB; an exception it throws (a full
// store, a value it cannot keep) aborts the transaction through batal
// instead of crashing the app.
func aman(batal func(error), f func()) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(js.Error); ok {
				batal(jsError(e.Value))
				return
			}
			batal(errors.New("penyimpanan browser gagal"))
		}
	}()
	f()
}

// commit asks the browser to commit tx now rather than when its last
// request is done: a write started as the page goes away is then not
// left pending.
func commit(tx js.Value) {
	if tx.Get("commit").Truthy() {
		tx.Call("commit")
	}
}

// Tulis implements [Gudang]: the summary is read, the version checked,
// then summary and data written, in one transaction, so both change or
// neither, and no other tab writes in between.
func (g *idb) Tulis(r Ringkasan, data []byte, selesai func(error)) {
	g.transaksi([]any{tokoRingkas, tokoData}, selesai, func(tx js.Value, batal func(error)) {
		ring := tx.Call("objectStore", tokoRingkas)
		tunggu(ring.Call("get", r.ID), func(v js.Value) {
			if v.Truthy() && ringkasanDari(v).Versi != r.Versi-1 {
				batal(ErrBasi)
				return
			}
			aman(batal, func() {
				ring.Call("put", ringkasanJS(r))
				tx.Call("objectStore", tokoData).Call("put", map[string]any{"id": r.ID, "data": string(data)})
				commit(tx)
			})
		}, batal)
	})
}

// ubahRingkasan changes the summary of id and raises its version.
func (g *idb) ubahRingkasan(id string, f func(r *Ringkasan), selesai func(error)) {
	g.transaksi([]any{tokoRingkas}, selesai, func(tx js.Value, batal func(error)) {
		ring := tx.Call("objectStore", tokoRingkas)
		tunggu(ring.Call("get", id), func(v js.Value) {
			if !v.Truthy() {
				batal(ErrTidakAda)
				return
			}
			r := ringkasanDari(v)
			f(&r)
			r.Versi++
			aman(batal, func() {
				ring.Call("put", ringkasanJS(r))
				commit(tx)
			})
		}, batal)
	})
}

// Hapus implements [Gudang].
func (g *idb) Hapus(id string, waktu time.Time, selesai func(error)) {
	g.ubahRingkasan(id, func(r *Ringkasan) { r.Dihapus = waktu }, selesai)
}

// Pulihkan implements [Gudang].
func (g *idb) Pulihkan(id string, selesai func(error)) {
	g.ubahRingkasan(id, func(r *Ringkasan) { r.Dihapus = time.Time{} }, selesai)
}

// HapusPermanen implements [Gudang].
func (g *idb) HapusPermanen(id string, selesai func(error)) {
	g.transaksi([]any{tokoRingkas, tokoData, tokoRiwayat}, selesai, func(tx js.Value, _ func(error)) {
		for _, n := range []string{tokoRingkas, tokoData, tokoRiwayat} {
			tx.Call("objectStore", n).Call("delete", id)
		}
	})
}

func versiDari(o js.Value) Versi {
	return Versi{Alasan: o.Get("alasan").String(), Nama: o.Get("nama").String(),
		Waktu: time.UnixMilli(int64(o.Get("waktu").Float())), Data: []byte(o.Get("data").String())}
}

// Arsipkan implements [Gudang].
func (g *idb) Arsipkan(id string, v Versi, selesai func(error)) {
	g.transaksi([]any{tokoRiwayat}, selesai, func(tx js.Value, batal func(error)) {
		store := tx.Call("objectStore", tokoRiwayat)
		tunggu(store.Call("get", id), func(o js.Value) {
			var list []any
			list = append(list, map[string]any{"alasan": v.Alasan, "nama": v.Nama,
				"waktu": float64(v.Waktu.UnixMilli()), "data": string(v.Data)})
			if o.Truthy() {
				d := o.Get("daftar")
				for i := 0; i < d.Length() && len(list) < BatasRiwayat; i++ {
					list = append(list, d.Index(i))
				}
			}
			aman(batal, func() {
				store.Call("put", map[string]any{"id": id, "daftar": list})
				commit(tx)
			})
		}, batal)
	})
}

// Riwayat implements [Gudang].
func (g *idb) Riwayat(id string, selesai func([]Versi, error)) {
	g.buka(func(err error) {
		if err != nil {
			selesai(nil, err)
			return
		}
		store := g.db.Call("transaction", tokoRiwayat, "readonly").Call("objectStore", tokoRiwayat)
		tunggu(store.Call("get", id), func(o js.Value) {
			var list []Versi
			if o.Truthy() {
				d := o.Get("daftar")
				for i := 0; i < d.Length(); i++ {
					list = append(list, versiDari(d.Index(i)))
				}
			}
			selesai(list, nil)
		}, func(err error) { selesai(nil, err) })
	})
}

// BuangRiwayat implements [Gudang].
func (g *idb) BuangRiwayat(id string, selesai func(error)) {
	g.transaksi([]any{tokoRiwayat}, selesai, func(tx js.Value, _ func(error)) {
		tx.Call("objectStore", tokoRiwayat).Call("delete", id)
	})
}

// saluran returns the BroadcastChannel to the other tabs (undefined when
// the browser has none).
func (g *idb) saluran() js.Value {
	if !g.siaran.Truthy() {
		if bc := js.Global().Get("BroadcastChannel"); bc.Truthy() {
			g.siaran = bc.New(namaSiaran)
		}
	}
	return g.siaran
}

// Kabarkan implements [Gudang] with a BroadcastChannel.
func (g *idb) Kabarkan(id string, versi int) {
	if c := g.saluran(); c.Truthy() {
		c.Call("postMessage", map[string]any{"id": id, "versi": versi})
	}
}

// Dengar implements [Gudang].
func (g *idb) Dengar(f func(id string, versi int)) {
	c := g.saluran()
	if !c.Truthy() {
		return
	}
	if g.dengar.Truthy() {
		g.dengar.Release()
	}
	g.dengar = js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 0 {
			m := args[0].Get("data")
			if m.Truthy() && m.Get("id").Type() == js.TypeString {
				f(m.Get("id").String(), m.Get("versi").Int())
			}
		}
		return nil
	})
	c.Set("onmessage", g.dengar)
}

// NewCadangan returns the synchronous store of this platform: the
// browser's localStorage (none when it is unavailable).
func NewCadangan() Cadangan {
	ls := js.Global().Get("localStorage")
	if !ls.Truthy() {
		return tanpaCadangan{}
	}
	return lokal{ls}
}

// tanpaCadangan is the backup of a browser without localStorage: none
// (Memori is not linked into app.wasm for it).
type tanpaCadangan struct{}

func (tanpaCadangan) TulisCadangan(string, int, []byte) error { return ErrPenuh }
func (tanpaCadangan) BacaCadangan(string) (int, []byte, bool) { return 0, nil, false }
func (tanpaCadangan) HapusCadangan(string)                    {}
func (tanpaCadangan) TandaiAdaDokumen(bool)                   {}
func (tanpaCadangan) TulisSekilas([]byte)                     {}
func (tanpaCadangan) BacaSekilas() []byte                     { return nil }

type lokal struct{ ls js.Value }

const awalanCadangan = "sakip-cadangan:"

// TulisCadangan implements [Cadangan]: "basis\ndata" under the key
// "sakip-cadangan:ID". A full localStorage is reported, never thrown.
func (l lokal) TulisCadangan(id string, basis int, data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = ErrPenuh
		}
	}()
	l.ls.Call("setItem", awalanCadangan+id, strconv.Itoa(basis)+"\n"+string(data))
	return nil
}

// BacaCadangan implements [Cadangan].
func (l lokal) BacaCadangan(id string) (int, []byte, bool) {
	v := l.ls.Call("getItem", awalanCadangan+id)
	if v.Type() != js.TypeString {
		return 0, nil, false
	}
	s := v.String()
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return 0, nil, false
	}
	basis, err := strconv.Atoi(s[:i])
	if err != nil {
		return 0, nil, false
	}
	return basis, []byte(s[i+1:]), true
}

// HapusCadangan implements [Cadangan].
func (l lokal) HapusCadangan(id string) { l.ls.Call("removeItem", awalanCadangan+id) }

// The localStorage keys of TandaiAdaDokumen (also read by web/awal.js) and
// TulisSekilas.
const (
	kunciAdaDokumen = "sakip:ada-dokumen"
	kunciSekilas    = "sakip:sekilas"
)

// TandaiAdaDokumen implements [Cadangan]: "1" under "sakip:ada-dokumen",
// or no key. A refusal of localStorage is ignored (web/awal.js then hides
// the preview, the safe side).
func (l lokal) TandaiAdaDokumen(ada bool) {
	defer func() { recover() }()
	if ada {
		l.ls.Call("setItem", kunciAdaDokumen, "1")
	} else {
		l.ls.Call("removeItem", kunciAdaDokumen)
	}
}

// TulisSekilas implements [Cadangan]. A full localStorage drops it: the
// next start then waits for the document, as without it.
func (l lokal) TulisSekilas(data []byte) {
	defer func() { recover() }()
	if data == nil {
		l.ls.Call("removeItem", kunciSekilas)
		return
	}
	l.ls.Call("setItem", kunciSekilas, string(data))
}

// BacaSekilas implements [Cadangan].
func (l lokal) BacaSekilas() (data []byte) {
	defer func() {
		if recover() != nil {
			data = nil
		}
	}()
	v := l.ls.Call("getItem", kunciSekilas)
	if v.Type() != js.TypeString {
		return nil
	}
	return []byte(v.String())
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
