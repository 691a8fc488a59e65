package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip/impor"
)

// maksPratinjau is how many sheet rows the preview of the sheet shows, and
// maksPerubahan how many changed, added or refused rows are listed.
const (
	maksPratinjau = 8
	maksPerubahan = 300
)

// tidakDibaca is the value of the option "(tidak dibaca)" of a column's
// select (an empty value attribute would not be written).
const tidakDibaca = "-"

// Impor is the page that brings a spreadsheet into the active document: a
// budget sheet (DPA, realisation, with or without codes), the Renja
// evaluation form, or a printed Tabel 3.1. The user chooses the file, sees
// the sheet, the proposed mapping as one select per column (remembered
// per dinas), then what each row would do — added, changed (old → new) or
// refused and why — and only then accepts or cancels. Everything is
// computed by lkip/impor.
type Impor struct {
	dasar
	ctx app.Context
}

// OnMount implements app.Mounter.
func (p *Impor) OnMount(ctx app.Context) {
	p.dasar.OnMount(ctx)
	p.ctx = ctx
}

// Render implements app.Composer.
func (p *Impor) Render() app.UI {
	t := p.Toko
	s := t.Lembar
	tujuan := "Baris lembar kerja ditambahkan ke dokumen aktif (" + t.NamaAktif() + ") atau mengubah angkanya; tidak ada yang berubah sebelum Anda menekan Terima."
	if t.Dok == nil {
		tujuan = "Belum ada dokumen aktif: baris lembar kerja akan menjadi dokumen baru."
	}
	return p.bingkai("/impor", "Impor",
		el("p").Text("Anggaran (DPA atau laporan realisasi, dengan atau tanpa kode), formulir evaluasi Renja (Permendagri 86/2017), atau Tabel 3.1 capaian IKU, dari Excel (XLSX) atau CSV. "+tujuan),
		el("div").Class("aksi").Body(
			app.ElemSelfClosing("input").Attr("type", "file").ID("impor-lembar").Class("tersembunyi").
				Attr("accept", ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv").
				OnChange(p.pilihBerkas),
			el("label").Class("tombol").Attr("for", "impor-lembar").Text("Pilih berkas (XLSX atau CSV)…"),
		),
		app.If(s != nil, func() app.UI { return p.sesi(s) }),
	)
}

// sesi renders the import under way.
func (p *Impor) sesi(s *SesiImpor) app.UI {
	t := p.Toko
	l := s.Lembar[s.Pilih]
	return el("div").ID("impor-sesi").Body(
		el("h2").Text("1. Lembar"),
		el("p").Body(el("strong").Text(s.Berkas), app.Text(" · "+s.Usulan.Jenis.String())),
		app.If(len(s.Lembar) > 1, func() app.UI {
			return el("label").Class("isian").Attr("for", "impor-pilih-lembar").Text("Lembar")
		}),
		app.If(len(s.Lembar) > 1, func() app.UI {
			return el("select").ID("impor-pilih-lembar").OnChange(func(ctx app.Context, e app.Event) {
				i, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
				if err == nil {
					t.PilihLembar(i)
				}
			}).Body(app.Range(s.Lembar).Slice(func(i int) app.UI {
				o := el("option").Attr("value", strconv.Itoa(i)).Text(s.Lembar[i].Nama)
				if i == s.Pilih {
					o = o.Attr("selected", true)
				}
				return o
			}))
		}),
		p.cuplikan(l, s.Usulan),
		el("h2").Text("2. Kolom"),
		el("p").Class("redup").ID("impor-asal-pemetaan").Text(asalPemetaan(s)),
		p.pemetaan(s),
		el("h2").Text("3. Perubahan"),
		p.perubahan(s),
		el("div").Class("aksi").Body(
			el("button").ID("impor-terima").Text("Terima").Attr("disabled", s.Hasil == nil).OnClick(func(app.Context, app.Event) { t.TerimaImpor() }),
			el("button").Class("kedua").ID("impor-batal").Text("Batal").OnClick(func(app.Context, app.Event) { t.BatalImpor() }),
		),
	)
}

func asalPemetaan(s *SesiImpor) string {
	if s.Dikenang {
		return "Pemetaan yang dipakai terakhir kali untuk dinas ini. Ubah bila perlu."
	}
	return "Diusulkan dari judul kolom (baris " + strconv.Itoa(s.Usulan.Judul) + "). Ubah bila perlu; pemetaan diingat untuk dinas ini setelah diterima."
}

// cuplikan shows the first rows below the header in the columns read (the
// first columns when none is), each headed by its letter, what it is read
// as and its header: what a phone's screen can hold of a wide sheet.
func (p *Impor) cuplikan(l *impor.Lembar, u impor.Usulan) app.UI {
	var kol []int
	for c, k := range u.Kolom {
		if k != "" {
			kol = append(kol, c)
		}
	}
	if len(kol) == 0 {
		for c := 0; c < l.Kolom && c < 6; c++ {
			kol = append(kol, c)
		}
	}
	var rows []impor.BarisLembar
	for _, b := range l.Baris {
		if b.No <= u.Judul || len(rows) >= maksPratinjau {
			continue
		}
		for _, c := range kol {
			if c < len(b.Sel) && b.Sel[c].Teks != "" {
				rows = append(rows, b)
				break
			}
		}
	}
	pendek := func(v string, n int) string {
		if r := []rune(v); len(r) > n {
			return string(r[:n]) + "…"
		}
		return v
	}
	return el("div").Class("tabel-bungkus").ID("impor-cuplikan").Body(
		el("table").Body(
			el("thead").Body(el("tr").Body(
				el("th").Text("Baris"),
				app.Range(kol).Slice(func(i int) app.UI {
					c := kol[i]
					teks := impor.HurufKolom(c)
					if u.Kolom[c] != "" {
						teks += " · " + u.Kolom[c].Judul()
					}
					if c < len(u.JudulKolom) && u.JudulKolom[c] != "" {
						teks += " (" + pendek(u.JudulKolom[c], 24) + ")"
					}
					return el("th").Text(teks)
				}),
			)),
			el("tbody").Body(app.Range(rows).Slice(func(i int) app.UI {
				b := rows[i]
				return el("tr").Body(
					el("td").Text(strconv.Itoa(b.No)),
					app.Range(kol).Slice(func(j int) app.UI {
						var x impor.Sel
						if c := kol[j]; c < len(b.Sel) {
							x = b.Sel[c]
						}
						if x.Angka != nil && !strings.HasSuffix(x.Teks, "%") {
							// a number cell as the report prints figures
							return el("td").Class("angka").Text(anggaran.FormatAngka(*x.Angka, max(-x.Angka.Exponent(), 0)))
						}
						return el("td").Text(pendek(x.Teks, 60))
					}),
				)
			})),
		),
	)
}

// pemetaan renders one select per column that has a header or a cell:
// first the columns read, then the others, folded when there are more than
// four (a Renja form has 36).
func (p *Impor) pemetaan(s *SesiImpor) app.UI {
	u := s.Usulan
	var dibaca, lain []int
	for c := range u.Kolom {
		switch {
		case u.Kolom[c] != "":
			dibaca = append(dibaca, c)
		case c < len(u.JudulKolom) && u.JudulKolom[c] != "":
			lain = append(lain, c)
		}
	}
	return el("div").ID("impor-pemetaan").Body(
		el("div").Class("kartu-kartu").Body(app.Range(dibaca).Slice(func(i int) app.UI { return p.pilihKolom(s, dibaca[i]) })),
		app.If(len(lain) > 0, func() app.UI {
			return el("details").Class("pohon").ID("impor-kolom-lain").Attr("open", len(lain) <= 4).Body(
				el("summary").Text("Kolom lain, tidak dibaca ("+strconv.Itoa(len(lain))+")"),
				el("div").Class("kartu-kartu").Body(app.Range(lain).Slice(func(i int) app.UI { return p.pilihKolom(s, lain[i]) })),
			)
		}),
	)
}

// pilihKolom is the select of what column c is read as.
func (p *Impor) pilihKolom(s *SesiImpor, c int) app.UI {
	t := p.Toko
	u := s.Usulan
	pilihan := append([]impor.Kolom{""}, impor.DaftarKolom(u.Jenis)...)
	id := "impor-kolom:" + impor.HurufKolom(c)
	judul := ""
	if c < len(u.JudulKolom) {
		judul = u.JudulKolom[c]
	}
	return el("div").Class("kartu").Body(
		el("label").Class("isian").Attr("for", id).Text("Kolom "+impor.HurufKolom(c)+" «"+judul+"»"),
		el("select").ID(id).OnChange(func(ctx app.Context, e app.Event) {
			k := impor.Kolom(ctx.JSSrc().Get("value").String())
			if k == tidakDibaca {
				k = ""
			}
			t.SetKolomImpor(c, k)
		}, app.EventScope(strconv.Itoa(s.Pilih)+":"+id)).Body(app.Range(pilihan).Slice(func(j int) app.UI {
			v := string(pilihan[j])
			if v == "" {
				v = tidakDibaca
			}
			o := el("option").Attr("value", v).Text(pilihan[j].Judul())
			if pilihan[j] == u.Kolom[c] {
				o = o.Attr("selected", true)
			}
			return o
		})),
	)
}

// perubahan renders the counts, the printed totals that differ and the
// rows added, changed, refused and skipped.
func (p *Impor) perubahan(s *SesiImpor) app.UI {
	if s.Galat != "" {
		return el("div").Class("pita salah").ID("impor-galat").Attr("role", "alert").Text(s.Galat)
	}
	pr := s.Pratinjau
	var baris []impor.Perubahan
	for _, b := range pr.Baris {
		if b.Jenis != impor.Sama && len(baris) < maksPerubahan {
			baris = append(baris, b)
		}
	}
	lain := pr.Ditambah + pr.Diubah + pr.Ditolak + pr.Lewat - len(baris)
	ringkas := strconv.Itoa(pr.Ditambah) + " ditambah, " + strconv.Itoa(pr.Diubah) + " diubah, " + strconv.Itoa(pr.Sama) +
		" sama, " + strconv.Itoa(pr.Ditolak) + " ditolak, " + strconv.Itoa(pr.Lewat) + " dilewati."
	if pr.Tetap > 0 {
		ringkas += " " + strconv.Itoa(pr.Tetap) + " baris dokumen tidak ada di lembar ini dan tetap seperti semula."
	}
	return el("div").ID("impor-perubahan").Body(
		el("p").ID("impor-ringkas").Body(el("strong").Text(ringkas)),
		app.If(len(pr.Selisih) > 0, func() app.UI {
			return el("div").ID("impor-selisih").Body(
				el("h3").Text(strconv.Itoa(len(pr.Selisih))+judulSelisih[s.Usulan.Jenis == impor.JenisTabel31]),
				el("ul").Class("temuan").Body(app.Range(pr.Selisih).Slice(func(i int) app.UI {
					return el("li").Class("kesalahan").Text(pr.Selisih[i])
				})),
			)
		}),
		el("ul").Class("temuan").ID("impor-baris").Body(app.Range(baris).Slice(func(i int) app.UI {
			b := baris[i]
			kelas := map[impor.JenisPerubahan]string{impor.Ditolak: "kesalahan", impor.Diubah: "peringatan"}[b.Jenis]
			var rinci []app.UI
			for _, d := range b.Beda {
				lama := d.Lama
				if lama == "" {
					lama = "(kosong)"
				}
				rinci = append(rinci, el("li").Text(d.Kolom+": "+lama+" → "+d.Baru))
			}
			return el("li").Class(kelas).Attr("data-jenis", b.Jenis.String()).Body(
				el("div").Class("lokasi").Text("Baris "+strconv.Itoa(b.No)+" · "+b.Jenis.String()),
				el("div").Text(b.Nama),
				app.If(b.Alasan != "", func() app.UI { return el("div").Class("galat").Text(b.Alasan) }),
				app.If(len(rinci) > 0, func() app.UI { return el("ul").Body(rinci...) }),
			)
		})),
		app.If(lain > 0, func() app.UI {
			return el("p").Class("redup").Text("… dan " + strconv.Itoa(lain) + " baris lainnya.")
		}),
	)
}

// judulSelisih heads the printed figures the sheet's rows contradict: the
// totals of a budget sheet, the capaian of a Tabel 3.1.
var judulSelisih = map[bool]string{
	false: " jumlah tercetak berbeda dari jumlah baris-barisnya",
	true:  " capaian tercetak berbeda dari target dan realisasinya",
}

// pilihBerkas reads the chosen file as bytes (when it is within
// impor.MaksBerkas, see [periksaPilihan]) and hands it to the store; a file
// refused or that the browser could not read changes nothing and is named.
func (p *Impor) pilihBerkas(ctx app.Context, e app.Event) {
	bacaBerkas(ctx.JSSrc(), p.ctx, pilihLembar, func(nama []string, isi [][]byte, galat []string) {
		if len(galat) > 0 || len(isi) == 0 {
			p.Toko.MulaiImpor()
			for _, g := range galat {
				p.Toko.galat(g)
			}
			return
		}
		p.Toko.ImporLembar(nama[0], isi[0])
	})
}
