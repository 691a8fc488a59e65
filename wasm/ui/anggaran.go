package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// Anggaran is the budget page: the Program > Kegiatan > Sub Kegiatan table
// with pagu and realisasi editable per sub kegiatan (totals and percentages
// recomputed by the anggaran package on each keystroke), and the belanja
// accounts.
type Anggaran struct {
	dasar
	// batas is how many budget rows the table shows (0: batasBaris); a
	// button shows the next batasBaris. A kabupaten's 8,000 rows opened at
	// once would otherwise freeze a phone for minutes.
	batas int
	// saring is the filter typed above the table: rows whose code or name
	// holds every word, shown as a flat list.
	saring string
	// tanda is what the page last rendered outside its live components
	// (tandaLuar): an edit that changes it renders the page whole.
	tanda tandaHalaman
	lebih int // rows left out at the last render
}

// tandaHalaman is what the Anggaran page shows outside its live
// components that an edit of a budget row could change: the frame's
// notices and the document's name. (The rows shown are compared row by
// row; the belanja table changes only with a belanja field, whose edit
// renders the page whole.)
type tandaHalaman struct {
	nama, galat, pesan, gagal string
	versiBaru, usulan, urung  bool
}

// OnMount implements app.Mounter: the page brings its live components up
// to date after an edit (hidup.go) instead of rendering again.
func (p *Anggaran) OnMount(ctx app.Context) {
	p.dasar.OnMount(ctx)
	p.Toko.hidup.pasangHalaman(p, ctx, p.segarkan)
}

// OnDismount implements app.Dismounter.
func (p *Anggaran) OnDismount() { p.Toko.hidup.lepasHalaman(p) }

// isiJumlah returns what the total cards and the total row show.
func (p *Anggaran) isiJumlah() ([3]string, [4]string) {
	j := p.Toko.Pohon.Jumlah()
	return [3]string{rupiah(j.Pagu), rupiah(j.Realisasi), persen(j.Persen)},
		[4]string{angka(j.Pagu), angka(j.Realisasi), persen(j.Persen), angka(j.Sisa)}
}

// tandaLuar returns what the page shows outside its live components (see
// tandaHalaman).
func (p *Anggaran) tandaLuar() tandaHalaman {
	t := p.Toko
	return tandaHalaman{nama: t.NamaAktif(), galat: t.Galat, pesan: t.Pesan, gagal: t.GagalSimpan,
		versiBaru: t.VersiBaru, usulan: t.Usulan != nil, urung: t.Urung != nil}
}

// segarkan is the page's refresh after an edit of the field at path
// (hidup.go): the rows the table shows, walked as Render walks them, go to
// the mounted row components, and the totals to the cards and the total
// row; only the components whose values changed are rendered. False, with
// nothing changed, when the page must be rendered whole: a field other
// than a budget row's (a belanja account's), no budget, other rows shown,
// or something outside the live components changed.
func (p *Anggaran) segarkan(path string) bool {
	t := p.Toko
	h := &t.hidup
	if !strings.HasPrefix(path, "anggaran.rincian[") || t.Dok == nil || t.Pohon == nil || h.kartu == nil || h.jumlah == nil {
		return false
	}
	j := p.jalan()
	if j.lebih != p.lebih || len(j.isi) != len(h.baris) || p.tandaLuar() != p.tanda {
		return false
	}
	type ubahan struct {
		c   *BarisAnggaran
		isi isiBaris
	}
	ubah := make([]ubahan, 0, 4)
	for _, isi := range j.isi {
		c := h.baris[kunciBaris{isi.Indeks, isi.Kode}]
		if c == nil {
			return false
		}
		if c.Isi != isi {
			ubah = append(ubah, ubahan{c, isi})
		}
	}
	for _, u := range ubah {
		u.c.Isi = u.isi
		h.gambar(u.c.ctx)
	}
	kartu, jumlah := p.isiJumlah()
	if h.kartu.Isi != kartu {
		h.kartu.Isi = kartu
		h.gambar(h.kartu.ctx)
	}
	if h.jumlah.Isi != jumlah {
		h.jumlah.Isi = jumlah
		h.gambar(h.jumlah.ctx)
	}
	h.segarkanStatus(t)
	return true
}

// batasBaris is how many budget rows the table shows at first, and how many
// more each press of "Tampilkan … berikutnya" adds.
const batasBaris = 200

// Render implements app.Composer.
func (p *Anggaran) Render() app.UI {
	t := p.Toko
	if t.Dok == nil || t.Pohon == nil {
		if t.Dok != nil {
			return p.bingkai("/anggaran", "Anggaran", el("p").Text("Dokumen ini belum memuat bagian anggaran. Impor CSV anggaran di halaman Data."))
		}
		return p.bingkai("/anggaran", "Anggaran", t.kosong())
	}
	kartu, jumlah := p.isiJumlah()
	rows := p.baris()
	p.tanda = p.tandaLuar()
	return p.bingkai("/anggaran", "Anggaran",
		el("p").Class("redup").Text("Ketik pagu atau realisasi sub kegiatan; jumlah dan persentase dihitung ulang seketika dan disimpan otomatis di browser ini."),
		&KartuAnggaran{Toko: t, Isi: kartu},
		el("div").Class("aksi").Body(
			el("button").Class("kedua").ID("buka-semua").Text("Buka semua").OnClick(func(ctx app.Context, e app.Event) { t.BukaSemua(true); p.batas = 0 }),
			el("button").Class("kedua").ID("tutup-semua").Text("Tutup semua").OnClick(func(ctx app.Context, e app.Event) { t.BukaSemua(false); p.batas = 0 }),
		),
		el("label").Class("isian").Attr("for", "saring-anggaran").Text("Cari kode atau nama (program, kegiatan, sub kegiatan)"),
		app.ElemSelfClosing("input").Attr("type", "search").ID("saring-anggaran").Attr("autocomplete", "off").
			Attr("value", p.saring).
			OnInput(func(ctx app.Context, e app.Event) {
				p.saring = ctx.JSSrc().Get("value").String()
				p.batas = 0
			}),
		el("h2").Text(tabelNama(t.Dok.Anggaran.Tabel, "Realisasi anggaran")),
		el("div").Class("tabel-bungkus").Body(el("table").ID("tabel-anggaran").Body(
			el("thead").Body(el("tr").Body(
				el("th").Text("Kode / Uraian"),
				el("th").Class("angka").Text("Pagu (Rp)"),
				el("th").Class("angka").Text("Realisasi (Rp)"),
				el("th").Class("angka").Text("%"),
				el("th").Class("angka").Text("Sisa (Rp)"),
			)),
			el("tbody").Body(rows...),
			el("tfoot").Body(&JumlahAnggaran{Toko: t, Isi: jumlah}),
		)),
		p.belanja(),
	)
}

func tabelNama(nama, bawaan string) string {
	if nama == "" {
		return bawaan
	}
	return bawaan + " (" + nama + ")"
}

// baris renders the rows jalan walks, with the button for more rows or the
// note that the filter matches none.
func (p *Anggaran) baris() []app.UI {
	j := p.jalan()
	p.lebih = j.lebih
	t := p.Toko
	rows := make([]app.UI, 0, len(j.isi)+1)
	for _, isi := range j.isi {
		rows = append(rows, &BarisAnggaran{Toko: t, Isi: isi})
	}
	if j.lebih > 0 {
		batas := j.batas
		tambah := min(j.lebih, batasBaris)
		rows = append(rows, el("tr").Class("lagi").Body(el("td").Attr("colspan", 5).Body(
			el("button").Class("kedua").ID("baris-lagi").
				Text(fmt.Sprintf("Tampilkan %d baris berikutnya (%d lagi)", tambah, j.lebih)).
				OnClick(func(ctx app.Context, e app.Event) { p.batas = batas + batasBaris }),
		)))
	}
	if len(rows) == 0 && len(j.kata) > 0 {
		rows = append(rows, el("tr").Body(el("td").Attr("colspan", 5).Class("redup").Text("Tidak ada baris dengan kode atau nama itu.")))
	}
	return rows
}

// jalan walks the table: the rows from program level down, hiding the
// children of closed program and kegiatan rows, at most p.batas of them
// (more on request), or, with a filter, the rows that match it, with their
// values. It walks the tree through [anggaran.Pohon.Anak] and computes only
// the rows it shows: a kabupaten-sized budget has thousands of hidden rows,
// and computing each one (Baris derives its sisa, persen and fisik) on
// every keystroke would cost more than the rollup itself.
func (p *Anggaran) jalan() jalanBaris {
	batas := p.batas
	if batas <= 0 {
		batas = batasBaris
	}
	// A finding that leads to a row past the limit shows it.
	if i, _, ok := indeksKolom(p.Toko.Tuju, "anggaran.rincian["); ok {
		batas = max(batas, p.urutanBaris(i)+1)
		p.batas = batas
	}
	j := jalanBaris{batas: batas, kata: strings.Fields(strings.ToLower(p.saring))}
	p.tambahBaris(&j, 0)
	return j
}

// jalanBaris is the state of one walk of the budget table.
type jalanBaris struct {
	isi   []isiBaris
	batas int      // rows to show at most
	lebih int      // rows past batas, not shown
	kata  []string // filter words (lowercase); none: the open rows
}

// tambahBaris appends the shown rows of node i's children to j.
func (p *Anggaran) tambahBaris(j *jalanBaris, i int) {
	t := p.Toko
	for _, k := range t.Pohon.Anak(i) {
		b := t.Pohon.Baris(k)
		if b.Jenjang < anggaran.JenjangProgram { // urusan and bidang: not shown
			p.tambahBaris(j, k)
			continue
		}
		if len(j.kata) == 0 || cocok(b, j.kata) {
			if len(j.isi) < j.batas {
				j.isi = append(j.isi, p.isiBaris(b))
			} else {
				j.lebih++
			}
		}
		if !b.Daun && (len(j.kata) > 0 || t.Terbuka(b.Kode)) {
			p.tambahBaris(j, k)
		}
	}
}

// cocok reports whether every filter word is in the row's code or name.
func cocok(b anggaran.Baris, kata []string) bool {
	teks := strings.ToLower(b.Kode.String() + " " + b.Uraian)
	for _, w := range kata {
		if !strings.Contains(teks, w) {
			return false
		}
	}
	return true
}

// urutanBaris returns the position, among the rows the table would show
// without a limit, of the node of data-file row i (0 when not found).
func (p *Anggaran) urutanBaris(i int) int {
	t := p.Toko
	n, found := 0, -1
	var walk func(node int)
	walk = func(node int) {
		for _, k := range t.Pohon.Anak(node) {
			if found >= 0 {
				return
			}
			b := t.Pohon.Baris(k)
			if b.Jenjang >= anggaran.JenjangProgram {
				if b.Indeks == i {
					found = n
					return
				}
				n++
			}
			if b.Jenjang < anggaran.JenjangProgram || !b.Daun && t.Terbuka(b.Kode) {
				walk(k)
			}
		}
	}
	walk(0)
	return max(found, 0)
}

// isiBaris returns what budget row b shows, formatted.
func (p *Anggaran) isiBaris(b anggaran.Baris) isiBaris {
	t := p.Toko
	r := isiBaris{
		Kelas:  kelasBaris(b.Jenjang),
		Kode:   b.Kode,
		Uraian: b.Uraian,
		Daun:   b.Daun,
		Indeks: b.Indeks,
		Pagu:   angka(b.Pagu), Realisasi: angka(b.Realisasi), Persen: persen(b.Persen), Sisa: angka(b.Sisa),
	}
	if !b.Daun {
		r.Buka = t.Terbuka(b.Kode)
	}
	if b.Daun && b.Indeks >= 0 && len(t.draf) > 0 {
		jalur := fmt.Sprintf("anggaran.rincian[%d]", b.Indeks)
		r.DrafPagu, r.DrafRealisasi = t.draf[jalur+".pagu"], t.draf[jalur+".realisasi"]
	}
	return r
}

// kelasBaris is the CSS class of a budget row of level j.
func kelasBaris(j anggaran.Jenjang) string {
	switch j {
	case anggaran.JenjangProgram:
		return "program"
	case anggaran.JenjangKegiatan:
		return "kegiatan"
	case anggaran.JenjangSubKegiatan:
		return "sub"
	}
	return ""
}

// BarisAnggaran is one row of the budget table. It is a component whose
// exported field Isi holds the values it shows, so that after a keystroke
// go-app renders again only the rows whose values changed (the edited row
// and its ancestors' totals) and skips the others: it compares the fields
// by reflection, one comparison per field, so the values are one field.
type BarisAnggaran struct {
	app.Compo
	Toko *Toko
	Isi  isiBaris
	ctx  app.Context
	// terdaftar is the key the row is registered under (nil: none yet).
	terdaftar *kunciBaris
}

// kunci is the row's key among the live components.
func (b *BarisAnggaran) kunci() kunciBaris { return kunciBaris{b.Isi.Indeks, b.Isi.Kode} }

// OnMount implements app.Mounter: the row is a live component (hidup.go).
func (b *BarisAnggaran) OnMount(ctx app.Context) {
	b.ctx = ctx
	b.daftar()
}

// OnUpdate implements app.Updater: go-app gave the mounted row another
// row's values (rows shifted as one was opened), so its key changes.
func (b *BarisAnggaran) OnUpdate(ctx app.Context) { b.daftar() }

// daftar registers the row under its key, and no longer under the key it
// had.
func (b *BarisAnggaran) daftar() {
	h := &b.Toko.hidup
	if h.baris == nil {
		h.baris = make(map[kunciBaris]*BarisAnggaran)
	}
	if b.terdaftar != nil && *b.terdaftar != b.kunci() && h.baris[*b.terdaftar] == b {
		delete(h.baris, *b.terdaftar)
	}
	k := b.kunci()
	b.terdaftar = &k
	h.baris[k] = b
}

// OnDismount implements app.Dismounter.
func (b *BarisAnggaran) OnDismount() {
	if h := &b.Toko.hidup; b.terdaftar != nil && h.baris[*b.terdaftar] == b {
		delete(h.baris, *b.terdaftar)
	}
}

// isiBaris is what a row of the budget table shows.
type isiBaris struct {
	Kode                          anggaran.Kode
	Kelas, Uraian                 string
	Daun, Buka                    bool
	Indeks                        int // row of the data file, -1 for an implied parent
	Pagu, Realisasi, Persen, Sisa string
	DrafPagu, DrafRealisasi       draf // what is being typed in its fields
}

// Render implements app.Composer.
func (b *BarisAnggaran) Render() app.UI {
	t, r := b.Toko, &b.Isi
	t.digambar++
	var uraian app.UI = app.Text(r.Uraian)
	if !r.Daun {
		tanda := "▸ "
		if r.Buka {
			tanda = "▾ "
		}
		kode := r.Kode
		uraian = el("button").Class("buka").Aria("expanded", strconv.FormatBool(r.Buka)).
			Text(tanda+r.Uraian).
			OnClick(func(ctx app.Context, e app.Event) { t.Alih(kode) }, app.EventScope(kode.String()))
	}
	tr := el("tr").Class(r.Kelas)
	if r.Indeks >= 0 {
		tr = tr.ID(idIsian(fmt.Sprintf("anggaran.rincian[%d]", r.Indeks)))
	}
	if r.Daun && r.Indeks >= 0 {
		i := r.Indeks
		jalur := fmt.Sprintf("anggaran.rincian[%d]", i)
		return tr.Body(
			selUraian(r.Kode, uraian),
			el("td").Class("angka").Body(t.isian(Isian{
				Bagian: BagianAnggaran, Path: jalur + ".pagu", Label: "Pagu " + r.Uraian, Nilai: r.Pagu,
				Jenis: anggaran.JenisRupiah, Wajib: true,
				Set: func(d *lkip.Dokumen, v *decimal.Decimal, _ string) {
					d.Anggaran.Rincian[i].Pagu = anggaran.RupiahDariDesimal(nullDari(v))
				},
			})),
			el("td").Class("angka").Body(t.isian(Isian{
				Bagian: BagianAnggaran, Path: jalur + ".realisasi", Label: "Realisasi " + r.Uraian, Nilai: r.Realisasi,
				Jenis: anggaran.JenisRupiah,
				Set: func(d *lkip.Dokumen, v *decimal.Decimal, _ string) {
					d.Anggaran.Rincian[i].Realisasi = anggaran.RupiahDariDesimal(nullDari(v))
				},
			})),
			el("td").Class("angka").Text(r.Persen),
			el("td").Class("angka").Text(r.Sisa),
		)
	}
	return tr.Body(
		selUraian(r.Kode, uraian),
		el("td").Class("angka").Text(r.Pagu),
		el("td").Class("angka").Text(r.Realisasi),
		el("td").Class("angka").Text(r.Persen),
		el("td").Class("angka").Text(r.Sisa),
	)
}

// selUraian is the first cell of a budget row: the code (when the row has
// one) in small type above the name, so that on a phone the name column
// stays narrow and the figures are on the first screen.
func selUraian(kode fmt.Stringer, uraian app.UI) app.UI {
	k := kode.String()
	if k == "" {
		return el("td").Body(uraian)
	}
	return el("td").Body(el("span").Class("kode").Text(k), uraian)
}

// belanja renders the belanja account table, leaf accounts editable.
func (p *Anggaran) belanja() app.UI {
	t := p.Toko
	bel := t.Belanja
	if bel == nil {
		return nil
	}
	jr := bel.Jumlah()
	return el("section").Body(
		el("h2").Text("Belanja menurut rekening"),
		el("div").Class("tabel-bungkus").Body(el("table").ID("tabel-belanja").Body(
			el("thead").Body(el("tr").Body(
				el("th").Text("Kode / Uraian"),
				el("th").Class("angka").Text("Sebelum perubahan (Rp)"),
				el("th").Class("angka").Text("Setelah perubahan (Rp)"),
				el("th").Class("angka").Text("Realisasi (Rp)"),
			)),
			el("tbody").Body(app.Range(bel.Rekening).Slice(func(k int) app.UI {
				r := bel.Rekening[k]
				b := &BarisBelanja{Toko: t, Kode: r.Kode.String(), Uraian: r.Uraian, Indeks: -1,
					PaguMurni: angka(r.PaguMurni), Pagu: angka(r.Pagu), Realisasi: angka(r.Realisasi)}
				if r.Daun && r.Indeks >= 0 {
					b.Indeks = r.Indeks
					jalur := fmt.Sprintf("anggaran.belanja[%d].", r.Indeks)
					b.Draf = [3]draf{t.draf[jalur+"pagu_murni"], t.draf[jalur+"pagu"], t.draf[jalur+"realisasi"]}
				}
				return b
			})),
			el("tfoot").Body(el("tr").Class("jumlah").Body(
				el("td").Text("Jumlah"),
				el("td").Class("angka").Text(angka(jr.PaguMurni)),
				el("td").Class("angka").Text(angka(jr.Pagu)),
				el("td").Class("angka").Text(angka(jr.Realisasi)),
			)),
		)),
	)
}

// BarisBelanja is one row of the belanja table, a component for the same
// reason as [BarisAnggaran]: a keystroke renders again only the rows whose
// values changed.
type BarisBelanja struct {
	app.Compo
	Toko                       *Toko
	Kode, Uraian               string
	Indeks                     int // row of the data file; -1: a total, not editable
	PaguMurni, Pagu, Realisasi string
	Draf                       [3]draf // what is being typed in its fields
}

// Render implements app.Composer.
func (b *BarisBelanja) Render() app.UI {
	t := b.Toko
	t.digambar++
	if b.Indeks < 0 {
		return el("tr").Class("program").Body(
			selUraian(kodeTeks(b.Kode), app.Text(b.Uraian)),
			el("td").Class("angka").Text(b.PaguMurni),
			el("td").Class("angka").Text(b.Pagu),
			el("td").Class("angka").Text(b.Realisasi),
		)
	}
	i := b.Indeks
	jalur := fmt.Sprintf("anggaran.belanja[%d]", i)
	isi := func(kolom, label, nilai string, set func(*anggaran.Rekening, decimal.NullDecimal)) app.UI {
		return t.isian(Isian{
			Bagian: BagianAnggaran, Path: jalur + "." + kolom, Label: label + " " + b.Uraian, Nilai: nilai,
			Jenis: anggaran.JenisRupiah,
			Set: func(d *lkip.Dokumen, v *decimal.Decimal, _ string) {
				set(&d.Anggaran.Belanja[i], nullDari(v))
			},
		})
	}
	return el("tr").ID(idIsian(jalur)).Body(
		selUraian(kodeTeks(b.Kode), app.Text(b.Uraian)),
		el("td").Class("angka").Body(isi("pagu_murni", "Pagu sebelum perubahan", b.PaguMurni, func(x *anggaran.Rekening, v decimal.NullDecimal) { x.PaguMurni = v })),
		el("td").Class("angka").Body(isi("pagu", "Pagu setelah perubahan", b.Pagu, func(x *anggaran.Rekening, v decimal.NullDecimal) { x.Pagu = v })),
		el("td").Class("angka").Body(isi("realisasi", "Realisasi", b.Realisasi, func(x *anggaran.Rekening, v decimal.NullDecimal) { x.Realisasi = v })),
	)
}

// kodeTeks is a code already written out (selUraian takes a fmt.Stringer).
type kodeTeks string

func (k kodeTeks) String() string { return string(k) }
