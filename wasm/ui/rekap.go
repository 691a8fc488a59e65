package ui

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/lkip/rekap"
	"github.com/pemkab/sakip/wasm/simpan"
)

// hasilRekap is the kabupaten rekap of every document kept in the browser
// (the dinas of one year, imported together on the Data page), computed by
// lkip/rekap one document at a time as the store gives them.
type hasilRekap struct {
	Hasil  *rekap.Rekap
	Sedang bool     // the documents are being read
	Galat  string   // why a document could not be read
	ids    []string // the document of each row, by Baris.No
	kunci  string   // the stored documents the rekap was made of (kunciDaftar)
}

// kunciDaftar identifies the documents in use and their versions, so that
// the page knows when its rekap is out of date (after an import).
func kunciDaftar(list []simpan.Ringkasan) string {
	var b strings.Builder
	for _, r := range list {
		b.WriteString(r.ID)
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(r.Versi))
		b.WriteByte(' ')
	}
	return b.String()
}

// hitung reads every document in use from t's store and makes the rekap
// into r; the page is re-rendered when it is ready.
func (r *hasilRekap) hitung(t *Toko) {
	if r.Sedang {
		return
	}
	list := t.Dokumen()
	r.Sedang, r.Galat, r.kunci = true, "", kunciDaftar(list)
	p := rekap.New(rekap.Opsi{})
	ids := make([]string, 0, len(list))
	var baca func(i int)
	baca = func(i int) {
		if i == len(list) {
			t.lakukan(func() {
				r.Hasil, r.ids, r.Sedang = p.Rekap(), ids, false
			})
			return
		}
		d := list[i]
		t.gudang.Baca(d.ID, func(data []byte, err error) {
			t.lakukan(func() {
				ids = append(ids, d.ID)
				if err != nil {
					r.Galat = "Dokumen \"" + d.Nama + "\" tidak dapat dibaca dari browser: " + err.Error()
				} else if err := p.TambahData(d.Nama+".json", data); err != nil && r.Galat == "" {
					r.Galat = err.Error()
				}
				baca(i + 1)
			})
		})
	}
	baca(0)
}

// Rekap is the page of the kabupaten rekap: a row per dinas kept in the
// browser, sortable by any column and filtered as you type, the
// kabupaten's totals, the dinas that need attention first and the
// cross-dinas findings. A dinas' row opens its document.
type Rekap struct {
	dasar
	ctx       app.Context // of the mounted page
	terpasang bool        // ctx is set
	data      hasilRekap
	urut      rekap.Kolom
	turun     bool
	saring    string
	awas      bool
}

// OnMount makes the rekap of the documents the browser holds.
func (p *Rekap) OnMount(ctx app.Context) {
	p.dasar.OnMount(ctx)
	p.ctx, p.terpasang = ctx, true
	p.data.hitung(p.Toko)
}

// impor reads the chosen files (data files, or ZIP archives of them) and
// imports them together ([Toko.ImporBanyak]: a file of a dinas already
// held updates its document when the user agrees); the rekap is made
// again once they are stored.
func (p *Rekap) impor(ctx app.Context, e app.Event) {
	bacaBerkas(ctx.JSSrc(), p.ctx, pilihData, func(nama []string, isi [][]byte, galat []string) {
		p.Toko.ImporBanyak(nama, isi)
		for _, g := range galat {
			p.Toko.galat(g)
		}
	})
}

// unggah renders the import of the dinas' files on this page.
func (p *Rekap) unggah() app.UI {
	return el("div").Class("aksi").Body(
		app.ElemSelfClosing("input").Attr("type", "file").ID("impor-rekap").Class("tersembunyi").Attr("multiple", true).
			Attr("accept", ".json,.zip,application/json,application/zip").OnChange(p.impor),
		el("label").Class("tombol kedua").Attr("for", "impor-rekap").Text("Impor berkas data dinas (beberapa JSON atau satu ZIP)…"),
	)
}

// kolomRekap are the sortable columns the page shows, with their headers.
var kolomRekap = []struct {
	kolom rekap.Kolom
	judul string
	angka bool
}{
	{rekap.KolomDinas, "Perangkat daerah", false},
	{rekap.KolomPagu, "Pagu (Rp)", true},
	{rekap.KolomRealisasi, "Realisasi (Rp)", true},
	{rekap.KolomSerapan, "Serapan", true},
	{rekap.KolomIKU, "IKU", true},
	{rekap.KolomCapaian, "Capaian rata-rata", true},
	{rekap.KolomEfisiensi, "Efisiensi", true},
	{rekap.KolomKesalahan, "Kesalahan", true},
	{rekap.KolomLengkap, "Lengkap", true},
}

// Render implements app.Composer.
func (p *Rekap) Render() app.UI {
	t := p.Toko
	r := &p.data
	if !r.Sedang && t.Siap() && r.kunci != kunciDaftar(t.Dokumen()) && p.terpasang {
		// Documents were added or changed (an import): make it again.
		p.ctx.Defer(func(app.Context) { r.hitung(t) })
	}
	if r.Hasil == nil {
		pesan := "Menyusun rekap dari dokumen di browser ini…"
		if !r.Sedang && len(t.Dokumen()) == 0 {
			pesan = "Belum ada dokumen. Impor berkas data semua perangkat daerah sekaligus: beberapa berkas JSON atau satu arsip ZIP."
		}
		return p.bingkai("/rekap", "Rekap", el("p").Class("redup").Text(pesan), p.unggah())
	}
	h := r.Hasil
	tampil := p.tampil()
	j := h.Jumlah
	return p.bingkai("/rekap", "Rekap",
		el("p").Class("redup").Text("Rekap "+strconv.Itoa(len(h.Baris))+" dokumen tahun "+strconv.Itoa(h.Tahun)+" yang tersimpan di browser ini"+atau(h.Pemda, " (", ")")+". Ketuk nama perangkat daerah untuk membuka dokumennya."),
		app.If(r.Galat != "", func() app.UI { return el("div").Class("pita salah").ID("rekap-galat").Text(r.Galat) }),
		el("div").Class("kartu-kartu").Body(
			el("div").Class("kartu").Body(el("div").Class("label").Text("Pagu kabupaten"), el("div").Class("nilai").ID("r-pagu").Text(rupiah(j.Pagu))),
			el("div").Class("kartu").Body(el("div").Class("label").Text("Realisasi"), el("div").Class("nilai").ID("r-realisasi").Text(rupiah(j.Realisasi))),
			el("div").Class("kartu").Body(el("div").Class("label").Text("Serapan"), el("div").Class("nilai").ID("r-serapan").Text(persen(j.Serapan))),
			el("div").Class("kartu").Body(el("div").Class("label").Text("Perlu perhatian"), el("div").Class("nilai").ID("r-perhatian").Text(strconv.Itoa(len(h.Perhatian()))+" perangkat daerah")),
		),
		p.unggah(),
		el("label").Class("isian").Attr("for", "saring-rekap").Text("Cari perangkat daerah"),
		app.ElemSelfClosing("input").Attr("type", "search").ID("saring-rekap").Attr("autocomplete", "off").Attr("value", p.saring).
			OnInput(func(ctx app.Context, e app.Event) { p.saring = ctx.JSSrc().Get("value").String() }),
		el("div").Class("aksi").Body(
			el("button").Class("kedua").ID("unduh-rekap-xlsx").Text("Unduh rekap Excel (.xlsx)").
				OnClick(func(ctx app.Context, e app.Event) { unduhRekap(t, p.tampil()) }),
			el("button").Class("kedua").ID("rekap-perhatian").Aria("pressed", strconv.FormatBool(p.awas)).
				Text("Hanya yang perlu perhatian").OnClick(func(ctx app.Context, e app.Event) { p.awas = !p.awas }),
		),
		el("div").Class("tabel-bungkus").Body(el("table").ID("tabel-rekap").Body(
			el("thead").Body(el("tr").Body(app.Range(kolomRekap).Slice(func(i int) app.UI {
				k := kolomRekap[i]
				tanda := ""
				if p.urut == k.kolom {
					tanda = " ▲"
					if p.turun {
						tanda = " ▼"
					}
				}
				th := el("th")
				if k.angka {
					th = th.Class("angka")
				}
				return th.Body(el("button").Class("buka").Text(k.judul+tanda).OnClick(func(ctx app.Context, e app.Event) {
					p.turun = p.urut == k.kolom && !p.turun
					p.urut = k.kolom
				}, app.EventScope(string(k.kolom))))
			}))),
			el("tbody").Body(app.Range(tampil.Baris).Slice(func(i int) app.UI {
				b := tampil.Baris[i]
				return p.baris(b)
			})),
			el("tfoot").Body(el("tr").Class("jumlah").Body(
				el("td").Text("Jumlah kabupaten"),
				el("td").Class("angka").Text(angka(j.Pagu)),
				el("td").Class("angka").Text(angka(j.Realisasi)),
				el("td").Class("angka").Text(persen(j.Serapan)),
				el("td").Class("angka").Text(strconv.Itoa(j.JumlahIKU)),
				el("td").Class("angka").Text(persenP(j.Capaian)),
				el("td").Class("angka").Text(""),
				el("td").Class("angka").Text(strconv.Itoa(j.Kesalahan)),
				el("td").Class("angka").Text(""),
			)),
		)),
		app.If(len(h.Temuan) > 0, func() app.UI {
			return el("section").Body(
				el("h2").Text("Pemeriksaan antar perangkat daerah"),
				el("ul").Class("temuan").ID("rekap-temuan").Body(app.Range(h.Temuan).Slice(func(i int) app.UI {
					f := h.Temuan[i]
					return el("li").Class(f.Tingkat.String()).Body(
						el("div").Text(f.Pesan),
						el("div").Class("lokasi").Text(f.Kode),
					)
				})),
			)
		}),
	)
}

// tampil returns the rekap as the page shows it now: sorted, filtered.
// (A click handler asks for it when clicked: go-app keeps the handler of
// an element's first render.)
func (p *Rekap) tampil() *rekap.Rekap {
	h := p.data.Hasil
	if h == nil {
		return nil
	}
	if p.urut != "" {
		h.Urutkan(p.urut, p.turun)
	}
	if p.saring != "" || p.awas {
		return h.Saring(rekap.Saringan{Dinas: p.saring, Perhatian: p.awas})
	}
	return h
}

// unduhRekap downloads the rekap as shown (sorted, filtered) as an Excel
// workbook, one sheet per table (rekap.RenderXLSX).
func unduhRekap(t *Toko, r *rekap.Rekap) {
	if r == nil {
		return
	}
	var b bytes.Buffer
	if err := rekap.RenderXLSX(&b, r); err != nil {
		t.galat("Rekap tidak dapat diunduh: " + err.Error())
		return
	}
	nama := "rekap-lkip"
	if s := namaBerkas(r.Pemda); s != "" {
		nama += "-" + s
	}
	if r.Tahun != 0 {
		nama += "-" + strconv.Itoa(r.Tahun)
	}
	unduh(nama+".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b.Bytes())
}

// baris renders a dinas' row; its name opens the document.
func (p *Rekap) baris(b rekap.BarisDinas) app.UI {
	t := p.Toko
	nama := b.Dinas
	if nama == "" {
		nama = b.Berkas
	}
	var dinas app.UI = app.Text(nama)
	if i := b.No - 1; i >= 0 && i < len(p.data.ids) {
		id := p.data.ids[i]
		dinas = el("button").Class("buka").Text(nama).OnClick(func(ctx app.Context, e app.Event) {
			t.Buka(id)
			ctx.Navigate(tautan("/"))
		}, app.EventScope(id))
	}
	lengkap := "belum"
	if b.Lengkap {
		lengkap = "ya"
	} else if b.PersenLengkap > 0 {
		lengkap = strconv.Itoa(b.PersenLengkap) + "%"
	}
	kelas := ""
	if len(b.Perhatian) > 0 {
		kelas = "perhatian"
	}
	return el("tr").Class(kelas).Body(
		el("td").Body(dinas),
		el("td").Class("angka").Text(angka(b.Pagu)),
		el("td").Class("angka").Text(angka(b.Realisasi)),
		el("td").Class("angka").Text(persen(b.Serapan)),
		el("td").Class("angka").Text(strconv.Itoa(b.JumlahIKU)),
		el("td").Class("angka").Text(persenP(b.Capaian)),
		el("td").Class("angka").Text(b.KelasEfisiensi),
		el("td").Class("angka").Text(strconv.Itoa(b.Kesalahan)),
		el("td").Class("angka").Text(lengkap),
	)
}

// atau returns s between before and after, or "" when s is empty.
func atau(s, before, after string) string {
	if s == "" {
		return ""
	}
	return before + s + after
}
