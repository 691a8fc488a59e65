package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

// Isi is the page where a whole LKIP is entered, section by section, from
// a new document: identitas, Bab I, the Renstra, sasaran and IKU, the
// Perjanjian Kinerja, the budget, the belanja accounts, the narrative and
// the responses to the reviu. What it shows is the document's tree as lkip
// describes it (Dokumen.Susunan, lkip.DaftarMedan): a field the schema
// gains is shown without a change here. Every edit is lkip's
// (Dokumen.IsiNilai, TambahButir, HapusButir, PindahButir, SisipPenanda).
type Isi struct {
	dasar
	bagian string            // the section shown ("" → the first)
	draf   map[string]draf   // text typed that was not accepted, by path
	galat  map[string]string // error of an add, remove or move, by list path
	buka   map[string]bool   // list items shown open, by path
	cari   map[string]string // nomenclature or account search, by list path
	saring map[string]string // filter of a long list, by list path
	lanjut bool              // show the fields that copy a printed LKIP
	baru   formBaru          // the "Dokumen baru" form
	// The trees of the document last rendered, by section path.
	susunanDok *lkip.Dokumen
	susunan    map[string]lkip.Simpul
}

// OnNav implements app.Navigator: "/isi?baru" opens the "Dokumen baru"
// form (the Data page links there).
func (p *Isi) OnNav(ctx app.Context) {
	if ctx.Page().URL().Query().Has("baru") {
		p.baru.buka = true
	}
}

// formBaru is what is typed into the "Dokumen baru" form.
type formBaru struct {
	buka                        bool
	pemda, dinas, bidang, tahun string
	galat                       string
}

// BagianIsi is one section of the Isi page: its id, label and the paths
// of the document it edits.
type BagianIsi struct {
	ID, Label string
	Paths     []string
}

// DaftarBagianIsi are the sections of the Isi page, in the order of the
// report.
var DaftarBagianIsi = []BagianIsi{
	{"identitas", "Identitas", []string{"identitas"}},
	{"profil", "Bab I Profil", []string{"profil"}},
	{"renstra", "Renstra", []string{"kinerja.renstra"}},
	{"iku", "Sasaran & IKU", []string{"kinerja.sasaran", "kinerja.indikator"}},
	{"pk", "Perjanjian Kinerja", []string{"kinerja.perjanjian_kinerja", "anggaran.perjanjian_kinerja"}},
	{"anggaran", "Anggaran", []string{"anggaran.rincian", "anggaran.tabel", "anggaran.jumlah"}},
	{"belanja", "Belanja", []string{"anggaran.belanja"}},
	{"narasi", "Narasi", []string{"narasi"}},
	{"tanggapan", "Tanggapan reviu", []string{"tanggapan", "kutipan"}},
}

// batasButir is how many items of one list are drawn at a time; a longer
// list is filtered as one types.
const batasButir = 40

func (p *Isi) siapkan() {
	if p.draf == nil {
		p.draf, p.galat, p.buka = map[string]draf{}, map[string]string{}, map[string]bool{}
		p.cari, p.saring = map[string]string{}, map[string]string{}
	}
}

// Render implements app.Composer.
func (p *Isi) Render() app.UI {
	p.siapkan()
	t := p.Toko
	p.tuju()
	var isi []app.UI
	if t.Dok == nil || p.baru.buka {
		isi = append(isi, p.formBaru())
	} else {
		isi = append(isi, el("div").Class("aksi").Body(
			el("button").Class("kedua").ID("dokumen-baru").Text("Dokumen baru…").OnClick(func(app.Context, app.Event) {
				p.baru.buka = true
			}),
		))
	}
	if t.Dok != nil {
		b := p.bagianAktif()
		isi = append(isi,
			el("nav").Class("pilih-bagian").Aria("label", "Bagian dokumen").Body(
				app.Range(DaftarBagianIsi).Slice(func(i int) app.UI {
					x := DaftarBagianIsi[i]
					tb := el("button").Class("kedua").ID("bagian:"+x.ID).Text(x.Label).
						OnClick(func(app.Context, app.Event) { p.bagian = x.ID }, app.EventScope(x.ID))
					if x.ID == b.ID {
						tb = tb.Aria("pressed", "true").Class("pilih")
					} else {
						tb = tb.Aria("pressed", "false")
					}
					return tb
				}),
			),
			el("button").Class("kedua").ID("tampil-lanjut").Aria("pressed", strconv.FormatBool(p.lanjut)).
				Text(map[bool]string{false: "Tampilkan isian salinan LKIP tercetak", true: "Sembunyikan isian salinan LKIP tercetak"}[p.lanjut]).
				OnClick(func(app.Context, app.Event) { p.lanjut = !p.lanjut }),
			el("h2").ID("judul-bagian").Text(b.Label),
		)
		if b.ID == "tanggapan" {
			isi = append(isi, p.bisaDitanggapi())
		}
		for _, path := range b.Paths {
			if s, ok := p.ambilSusunan(path); ok {
				isi = append(isi, p.simpul(s))
			}
		}
	}
	// The number of edits made, for tests that wait for an edit to land.
	isi = append(isi, el("div").ID("isi-ubahan").Attr("data-n", t.ubahan))
	return p.bingkai("/isi", "Isi", isi...)
}

// tuju shows the field a link points at (Toko.Tuju, a data-file path, as
// set by a finding or the progress page): its section, every list item
// above it open, the fields copying a printed LKIP shown when it is one.
// The frame then scrolls to it.
func (p *Isi) tuju() {
	path := p.Toko.Tuju
	if path == "" || p.Toko.Dok == nil {
		return
	}
	for _, b := range DaftarBagianIsi {
		for _, awal := range b.Paths {
			if rest, ok := strings.CutPrefix(path, awal); ok && (rest == "" || rest[0] == '.' || rest[0] == '[') {
				p.bagian = b.ID
			}
		}
	}
	for i := 0; i < len(path); i++ {
		if path[i] == ']' {
			p.buka[path[:i+1]] = true
		}
	}
	if m, _ := lkip.CariMedan(path); m.Lanjut {
		p.lanjut = true
	}
}

// bagianAktif returns the section shown.
func (p *Isi) bagianAktif() BagianIsi {
	for _, b := range DaftarBagianIsi {
		if b.ID == p.bagian {
			return b
		}
	}
	return DaftarBagianIsi[0]
}

// ambilSusunan returns lkip's tree of the active document at path, made
// once per version of the document.
func (p *Isi) ambilSusunan(path string) (lkip.Simpul, bool) {
	t := p.Toko
	if p.susunanDok != t.Dok {
		p.susunanDok, p.susunan = t.Dok, map[string]lkip.Simpul{}
	}
	if s, ok := p.susunan[path]; ok {
		return s, true
	}
	s, err := t.Dok.Susunan(path)
	if err != nil {
		return s, false
	}
	p.susunan[path] = s
	return s, true
}

// tampak reports whether the field s is drawn: the fields copying a
// printed LKIP only when they hold something or are asked for.
func (p *Isi) tampak(s lkip.Simpul) bool {
	return !s.Medan.Lanjut || p.lanjut || s.Ada && s.Nilai != "" || len(s.Anak) > 0
}

// simpul draws a field, a group or a list.
func (p *Isi) simpul(s lkip.Simpul) app.UI {
	switch {
	case s.Medan.Jenis == lkip.MedanDaftar:
		return p.daftar(s)
	case s.Medan.Jenis == lkip.MedanKelompok || len(s.Anak) > 0:
		var anak []app.UI
		for _, a := range s.Anak {
			if p.tampak(a) {
				anak = append(anak, p.simpul(a))
			}
		}
		return el("fieldset").Class("kelompok").ID("k:"+s.Path).Body(
			el("legend").Text(s.Judul),
			el("div").Body(anak...),
		)
	}
	return p.medan(s, s.Judul)
}

// medan draws the input of one field with its label, help and error. The
// value is stored when the field is left (change).
func (p *Isi) medan(s lkip.Simpul, label string) app.UI {
	id := idIsian(s.Path)
	teks, galat := s.Nilai, ""
	if d, ok := p.draf[s.Path]; ok {
		teks, galat = d.Teks, d.Galat
	}
	path := s.Path
	simpan := func(ctx app.Context, e app.Event) {
		p.isi(path, ctx.JSSrc().Get("value").String())
	}
	salah := galat != ""
	elem := func(e app.HTMLElem) app.UI {
		e = e.ID(id).Attr("autocomplete", "off").OnChange(simpan, app.EventScope(path))
		if salah {
			e = e.Aria("invalid", "true").Aria("describedby", "g:"+path)
		}
		return e
	}
	input := func(e app.HTMLElemSelfClosing) app.UI {
		e = e.Attr("type", "text").Attr("value", teks).ID(id).Attr("autocomplete", "off").OnChange(simpan, app.EventScope(path))
		if salah {
			e = e.Aria("invalid", "true").Aria("describedby", "g:"+path)
		}
		return e
	}
	var in app.UI
	switch s.Medan.Jenis {
	case lkip.MedanParagraf:
		in = elem(el("textarea").Attr("rows", 3).Attr("value", teks))
	case lkip.MedanPilihan:
		pilihan := s.Pilihan
		ada := false
		for _, x := range pilihan {
			ada = ada || x.Nilai == teks
		}
		if !ada { // a value not among the choices is shown, not lost
			pilihan = append([]lkip.Pilihan{{Nilai: teks, Label: teks}}, pilihan...)
		}
		opsi := make([]app.UI, len(pilihan))
		for i, x := range pilihan {
			o := el("option").Attr("value", x.Nilai).Text(x.Label)
			if x.Nilai == teks {
				o = o.Attr("selected", true)
			}
			opsi[i] = o
		}
		in = elem(el("select").Body(opsi...))
	case lkip.MedanAngka:
		in = input(app.ElemSelfClosing("input").Class("angka").Attr("inputmode", "decimal"))
	case lkip.MedanBulat, lkip.MedanTahun:
		in = input(app.ElemSelfClosing("input").Attr("inputmode", "numeric"))
	default:
		in = input(app.ElemSelfClosing("input"))
	}
	var pesan, bantuan app.UI
	if salah {
		pesan = el("div").Class("galat").ID("g:"+path).Attr("role", "alert").Text(galat)
	}
	if s.Medan.Bantuan != "" && galat == "" {
		bantuan = el("div").Class("bantuan").Text(s.Medan.Bantuan)
	}
	return el("div").Class("medan").Body(
		el("label").Attr("for", id).Text(label),
		in, pesan, bantuan,
	)
}

// isi stores the text typed into the field at path; what is refused stays
// in the field with the reason beside it.
func (p *Isi) isi(path, nilai string) {
	if err := p.Toko.IsiNilai(path, nilai); err != nil {
		p.draf[path] = draf{Teks: nilai, Galat: pesanSunting(err)}
		return
	}
	delete(p.draf, path)
}

// ubahDaftar applies a structural edit of the list at list; the drafts
// and open items below it are dropped (their indices shift).
func (p *Isi) ubahDaftar(list string, ubah func(d *lkip.Dokumen) (*lkip.Dokumen, error)) bool {
	if !p.tambahAkhir(list, ubah) {
		return false
	}
	p.lupakan(list)
	return true
}

// tambahAkhir applies an edit that appends to the list at list: nothing
// below it shifts.
func (p *Isi) tambahAkhir(list string, ubah func(d *lkip.Dokumen) (*lkip.Dokumen, error)) bool {
	if err := p.Toko.Sunting(ubah); err != nil {
		p.galat[list] = pesanSunting(err)
		return false
	}
	delete(p.galat, list)
	return true
}

// lupakan drops the drafts and open state of the items of list.
func (p *Isi) lupakan(list string) {
	for k := range p.draf {
		if strings.HasPrefix(k, list+"[") {
			delete(p.draf, k)
		}
	}
	for k := range p.buka {
		if strings.HasPrefix(k, list+"[") {
			delete(p.buka, k)
		}
	}
}

// tambah adds an item at the end of list, with the members isi, and opens
// it.
func (p *Isi) tambah(list string, n int, isi map[string]string) {
	if p.tambahAkhir(list, func(d *lkip.Dokumen) (*lkip.Dokumen, error) { return d.TambahButirIsi(list, -1, isi) }) {
		p.buka[list+"["+strconv.Itoa(n)+"]"] = true
	}
}

// daftar draws a list: its items (each can be opened, moved and removed),
// a filter when it is long, and how an item is added.
func (p *Isi) daftar(s lkip.Simpul) app.UI {
	list := s.Path
	n := len(s.Anak)
	butir := s.Medan.Butir
	if butir == "" {
		butir = "butir"
	}
	var items []app.UI
	saring := strings.ToLower(strings.TrimSpace(p.saring[list]))
	tampil := 0
	for i, a := range s.Anak {
		if saring != "" && !strings.Contains(strings.ToLower(a.Judul), saring) {
			continue
		}
		if tampil++; tampil > batasButir {
			items = append(items, el("li").Class("redup").Text("… dan "+strconv.Itoa(n-i)+" lagi: saring untuk menemukannya."))
			break
		}
		items = append(items, p.butir(a, i, n))
	}
	var atas app.UI
	if n > batasButir/2 {
		atas = el("div").Class("medan").Body(
			el("label").Attr("for", "saring:"+list).Text("Saring "+strings.ToLower(s.Judul)),
			app.ElemSelfClosing("input").Attr("type", "search").ID("saring:"+list).Attr("value", p.saring[list]).
				OnInput(func(ctx app.Context, e app.Event) { p.saring[list] = ctx.JSSrc().Get("value").String() }, app.EventScope(list)),
		)
	}
	var galat app.UI
	if g := p.galat[list]; g != "" {
		galat = el("div").Class("galat").ID("g:"+list).Attr("role", "alert").Text(g)
	}
	return el("section").Class("daftar").ID("d:"+list).Body(
		el("h3").Text(s.Judul+" ("+strconv.Itoa(n)+")"),
		atas,
		el("ul").Class("butir-butir").Body(items...),
		galat,
		p.caraTambah(s, butir),
	)
}

// caraTambah draws how an item is added to the list s: picked from the
// nomenclature (budget rows), from the belanja accounts, a paragraph or a
// generated table of the report (narrative), or an empty item.
func (p *Isi) caraTambah(s lkip.Simpul, butir string) app.UI {
	list := s.Path
	n := len(s.Anak)
	switch pola := lkip.Pola(list); {
	case pola == "anggaran.rincian" || pola == "anggaran.perjanjian_kinerja.rincian":
		return p.pilihNomenklatur(list, n)
	case pola == "anggaran.belanja":
		return p.pilihRekening(list, n)
	case strings.HasPrefix(pola, "narasi.") && medanButir(list).Jenis == lkip.MedanParagraf:
		return p.tambahTeks(list, n)
	}
	return el("div").Class("aksi").Body(
		el("button").Class("kedua").ID("tambah:"+list).Text("+ Tambah "+strings.ToLower(butir)).
			OnClick(func(app.Context, app.Event) { p.tambah(list, n, nil) }, app.EventScope(list+strconv.Itoa(n))),
	)
}

// medanButir describes the items of the list at list.
func medanButir(list string) lkip.Medan {
	m, _ := lkip.CariMedan(list + "[]")
	return m
}

// butir draws one item of a list: a text inline with its buttons, a group
// as a card that opens.
func (p *Isi) butir(s lkip.Simpul, i, n int) app.UI {
	path := s.Path
	list := path[:strings.LastIndexByte(path, '[')]
	tombol := el("div").Class("tombol-butir").Body(
		app.If(i > 0, func() app.UI {
			return el("button").Class("kedua kecil").ID("naik:"+path).Aria("label", "Naikkan "+s.Judul).Text("↑").
				OnClick(func(app.Context, app.Event) {
					p.ubahDaftar(list, func(d *lkip.Dokumen) (*lkip.Dokumen, error) { return d.PindahButir(path, i-1) })
				}, app.EventScope(path))
		}),
		app.If(i < n-1, func() app.UI {
			return el("button").Class("kedua kecil").ID("turun:"+path).Aria("label", "Turunkan "+s.Judul).Text("↓").
				OnClick(func(app.Context, app.Event) {
					p.ubahDaftar(list, func(d *lkip.Dokumen) (*lkip.Dokumen, error) { return d.PindahButir(path, i+1) })
				}, app.EventScope(path))
		}),
		el("button").Class("bahaya kecil").ID("hapus:"+path).Aria("label", "Hapus "+s.Judul).Text("Hapus").
			OnClick(func(app.Context, app.Event) { p.hapus(list, path, s.Judul) }, app.EventScope(path)),
	)
	if len(s.Anak) == 0 && s.Medan.Jenis != lkip.MedanKelompok && s.Medan.Jenis != lkip.MedanDaftar {
		judul := s.Judul
		if j := strings.Index(judul, " \u201c"); j > 0 {
			judul = judul[:j]
		}
		if v := penandaBlok(s.Nilai); v != "" {
			return el("li").Class("butir teks").ID("b:"+path).Body(
				el("div").Class("penanda").Text("Sisipan: "+v), tombol)
		}
		return el("li").Class("butir teks").ID("b:"+path).Body(p.medan(s, judul), tombol)
	}
	buka := p.buka[path]
	kepala := el("div").Class("kepala-butir").Body(
		el("button").Class("buka").ID("buka:"+path).Aria("expanded", strconv.FormatBool(buka)).Text(s.Judul).
			OnClick(func(app.Context, app.Event) { p.buka[path] = !p.buka[path] }, app.EventScope(path)),
		tombol,
	)
	var isi []app.UI
	if buka {
		for _, a := range s.Anak {
			if p.tampak(a) {
				isi = append(isi, p.simpul(a))
			}
		}
	}
	return el("li").Class("butir").ID("b:"+path).Body(kepala, el("div").Class("isi-butir").Body(isi...))
}

// hapus removes an item, offering to undo it.
func (p *Isi) hapus(list, path, judul string) {
	t := p.Toko
	lama := t.Dok
	if p.ubahDaftar(list, func(d *lkip.Dokumen) (*lkip.Dokumen, error) { return d.HapusButir(path) }) {
		t.Urung = &Urung{Teks: "Urungkan: kembalikan " + judul, f: func() {
			t.Sunting(func(*lkip.Dokumen) (*lkip.Dokumen, error) { return lama, nil })
			t.Urung = nil
		}}
	}
}

// bisaDitanggapi lists the reviu's advisory findings (catatan,
// peringatan), each with a button that adds a response to it (its code and
// path filled in); a kesalahan cannot be answered, only corrected.
func (p *Isi) bisaDitanggapi() app.UI {
	t := p.Toko
	t.Segarkan()
	if t.Lap == nil {
		return nil
	}
	n := len(t.Dok.Tanggapan)
	var li []app.UI
	for i, tm := range t.Lap.Temuan {
		if tm.Tingkat == anggaran.Kesalahan || tm.Lokasi.Path == "" {
			continue
		}
		kode, path := tm.Kode, tm.Lokasi.Path
		kunci := "tanggapi:" + kode + ":" + path
		id := "tanggapi:" + strconv.Itoa(i)
		li = append(li, el("li").Class(tm.Tingkat.String()).Body(
			el("div").Text(kapital(tm.Pesan)),
			el("div").Class("lokasi").Text(tm.Lokasi.String()),
			el("div").Class("medan").Body(
				el("label").Attr("for", "teks-"+id).Text("Tanggapan dinas"),
				el("textarea").ID("teks-"+id).Attr("rows", 2).Attr("value", p.cari[kunci]).
					OnChange(func(ctx app.Context, e app.Event) { p.cari[kunci] = ctx.JSSrc().Get("value").String() }, app.EventScope(kunci)),
			),
			el("button").Class("kedua").ID(id).Text("Simpan tanggapan").
				OnClick(func(app.Context, app.Event) {
					p.tambah("tanggapan", n, map[string]string{"kode": kode, "path": path, "tanggapan": p.cari[kunci]})
					delete(p.cari, kunci)
				}, app.EventScope(kunci)),
		))
	}
	if len(li) == 0 {
		return el("p").Class("redup").ID("tanpa-temuan").Text("Tidak ada catatan atau peringatan reviu yang dapat ditanggapi. Kesalahan tidak ditanggapi, tetapi diperbaiki.")
	}
	return el("section").ID("dapat-ditanggapi").Body(
		el("h3").Text("Temuan reviu yang dapat ditanggapi"),
		el("ul").Class("temuan").Body(li...),
	)
}

// penandaBlok returns the title of the generated part a block of the
// narrative places ("{{tabel_3_1}}"), "" for any other block.
func penandaBlok(s string) string {
	nama, ok := strings.CutPrefix(s, "{{")
	if !ok || !strings.HasSuffix(nama, "}}") {
		return ""
	}
	nama = strings.TrimSuffix(nama, "}}")
	for _, x := range lkip.DaftarPenanda() {
		if x.Nama == nama {
			return x.Judul
		}
	}
	return ""
}

// tambahTeks draws, under a narrative text, the buttons that add a
// paragraph and insert a generated table, chart or paragraph chosen from
// lkip.DaftarPenanda.
func (p *Isi) tambahTeks(list string, n int) app.UI {
	pilih := p.cari[list]
	penanda := lkip.DaftarPenanda()
	opsi := []app.UI{el("option").Attr("value", "").Text("Pilih tabel atau grafik…")}
	for _, x := range penanda {
		o := el("option").Attr("value", x.Nama).Text(x.Judul)
		if x.Nama == pilih {
			o = o.Attr("selected", true)
		}
		opsi = append(opsi, o)
	}
	return el("div").Class("aksi tambah-teks").Body(
		el("button").Class("kedua").ID("tambah:"+list).Text("+ Paragraf").
			OnClick(func(app.Context, app.Event) { p.tambah(list, n, map[string]string{"": ""}) }, app.EventScope(list+strconv.Itoa(n))),
		el("label").Class("tersembunyi").Attr("for", "penanda:"+list).Text("Tabel atau grafik untuk disisipkan"),
		el("select").ID("penanda:"+list).Body(opsi...).
			OnChange(func(ctx app.Context, e app.Event) { p.cari[list] = ctx.JSSrc().Get("value").String() }, app.EventScope(list)),
		el("button").Class("kedua").ID("sisip:"+list).Text("Sisipkan").
			OnClick(func(app.Context, app.Event) {
				nama := p.cari[list]
				if nama == "" {
					p.galat[list] = "Pilih dulu tabel atau grafik yang akan disisipkan."
					return
				}
				if p.tambahAkhir(list, func(d *lkip.Dokumen) (*lkip.Dokumen, error) { return d.SisipPenanda(list, -1, nama) }) {
					delete(p.cari, list)
				}
			}, app.EventScope(list+strconv.Itoa(n))),
	)
}

// formBaru draws the "Dokumen baru" form: pemda, dinas, its bidang from
// the nomenclature, year.
func (p *Isi) formBaru() app.UI {
	f := &p.baru
	if f.tahun == "" {
		f.tahun = strconv.Itoa(time.Now().Year() - 1)
	}
	bidang := lkip.DaftarBidang()
	opsi := []app.UI{el("option").Attr("value", "").Text("Pilih urusan/bidang…")}
	for _, b := range bidang {
		o := el("option").Attr("value", b.Kode.String()).Text(b.Kode.String() + " " + strings.TrimPrefix(b.Nama, "Urusan Pemerintahan "))
		if b.Kode.String() == f.bidang {
			o = o.Attr("selected", true)
		}
		opsi = append(opsi, o)
	}
	kolom := func(id, label, nilai, bantuan string, set func(string)) app.UI {
		return el("div").Class("medan").Body(
			el("label").Attr("for", id).Text(label),
			app.ElemSelfClosing("input").Attr("type", "text").ID(id).Attr("value", nilai).Attr("autocomplete", "off").
				OnChange(func(ctx app.Context, e app.Event) { set(ctx.JSSrc().Get("value").String()) }),
			el("div").Class("bantuan").Text(bantuan),
		)
	}
	var galat app.UI
	if f.galat != "" {
		galat = el("div").Class("galat").ID("g:baru").Attr("role", "alert").Text(f.galat)
	}
	return el("section").Class("kartu baru").ID("form-baru").Body(
		el("h2").Text("Dokumen baru"),
		el("p").Class("redup").Text("LKIP satu dinas untuk satu tahun. Isian lain diisi sesudahnya, bagian demi bagian."),
		kolom("baru-pemda", "Pemerintah daerah", f.pemda, "Misalnya \"Kabupaten Flores Timur\".", func(s string) { f.pemda = s }),
		kolom("baru-dinas", "Nama dinas", f.dinas, "Misalnya \"Dinas Kesehatan\".", func(s string) { f.dinas = s }),
		el("div").Class("medan").Body(
			el("label").Attr("for", "baru-bidang").Text("Urusan / bidang dinas"),
			el("select").ID("baru-bidang").Body(opsi...).
				OnChange(func(ctx app.Context, e app.Event) { f.bidang = ctx.JSSrc().Get("value").String() }),
		),
		el("div").Class("medan").Body(
			el("label").Attr("for", "baru-tahun").Text("Tahun laporan"),
			app.ElemSelfClosing("input").Attr("type", "text").Attr("inputmode", "numeric").ID("baru-tahun").Attr("value", f.tahun).
				OnChange(func(ctx app.Context, e app.Event) { f.tahun = ctx.JSSrc().Get("value").String() }),
		),
		galat,
		el("div").Class("aksi").Body(
			el("button").ID("buat-baru").Text("Buat dokumen").OnClick(func(app.Context, app.Event) {
				if err := p.Toko.BuatBaru(f.pemda, f.dinas, f.bidang, f.tahun); err != nil {
					f.galat = err.Error()
					return
				}
				*f = formBaru{}
				p.bagian = "identitas"
			}),
			app.If(p.Toko.Dok != nil, func() app.UI {
				return el("button").Class("kedua").ID("batal-baru").Text("Batal").OnClick(func(app.Context, app.Event) { f.buka = false })
			}),
		),
	)
}
