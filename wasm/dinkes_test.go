//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/lkip"
)

// isiUI drives the Isi page as a user does: every step is a click, a choice
// or typing, and waits until the page has made the edit (its edit counter
// moves) or shows why not.
type isiUI struct {
	b *browser
}

// ubahan returns the Isi page's count of edits.
func (u isiUI) ubahan() int {
	return eval[int](u.b, `(e => e ? +e.dataset.n : -1)(document.getElementById("isi-ubahan"))`)
}

// tunggu waits until the edit counter has passed n, failing with the
// errors the page shows.
func (u isiUI) tunggu(what string, n int) {
	u.b.t.Helper()
	u.b.waitJS(what, fmt.Sprintf(`(e => e && +e.dataset.n > %d)(document.getElementById("isi-ubahan")) || !!document.querySelector("#isi .galat")`, n), 30*time.Second)
	if g := eval[string](u.b, `[...document.querySelectorAll("#isi .galat")].map(e => e.id + ": " + e.innerText).join(" | ")`); g != "" {
		u.b.t.Fatalf("%s: the page refused it: %s", what, g)
	}
}

// klik clicks the element with the given id (ids hold "[", ":" and ".").
func (u isiUI) klik(id string) {
	u.b.t.Helper()
	u.b.waitJS("#"+id, fmt.Sprintf(`!!document.getElementById(%q)`, id), 30*time.Second)
	u.b.do("click "+id, 10*time.Second, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.getElementById(%q).click()`, id)))
}

// bagian opens a section of the page.
func (u isiUI) bagian(id, judul string) {
	u.b.t.Helper()
	u.klik("bagian:" + id)
	u.b.waitJS("section "+judul, fmt.Sprintf(`(e => e && e.innerText === %q)(document.getElementById("judul-bagian"))`, judul), 30*time.Second)
}

// isi types text into the field at path and leaves it.
func (u isiUI) isi(path, text string) {
	u.b.t.Helper()
	n := u.ubahan()
	id := "f:" + path
	u.b.waitJS("field "+path, fmt.Sprintf(`!!document.getElementById(%q)`, id), 30*time.Second)
	ketik(u.b, id, text)
	u.tunggu("the edit of "+path, n)
}

// pilih chooses value in the select at id.
func (u isiUI) pilih(id, value string) {
	u.b.t.Helper()
	u.b.waitJS("select "+id, fmt.Sprintf(`!!document.getElementById(%q)`, id), 30*time.Second)
	u.b.do("choose "+value+" in "+id, 10*time.Second, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`(e => { e.focus(); e.value = %q; e.dispatchEvent(new Event("change", {bubbles: true})); })(document.getElementById(%q))`, value, id)))
}

// pilihMedan chooses a value for the field at path.
func (u isiUI) pilihMedan(path, value string) {
	u.b.t.Helper()
	n := u.ubahan()
	u.pilih("f:"+path, value)
	u.tunggu("the choice of "+path, n)
}

// tambah adds an item to the list at path; it returns the new item's path.
func (u isiUI) tambah(list string) string {
	u.b.t.Helper()
	n := eval[int](u.b, fmt.Sprintf(`document.querySelectorAll(%q).length`, `[id="d:`+list+`"] > ul > li.butir`))
	m := u.ubahan()
	u.klik("tambah:" + list)
	u.tunggu("a new item of "+list, m)
	return list + "[" + strconv.Itoa(n) + "]"
}

// sisip inserts a generated table or chart at the end of a narrative text.
func (u isiUI) sisip(list, nama string) {
	u.b.t.Helper()
	u.pilih("penanda:"+list, nama)
	m := u.ubahan()
	u.klik("sisip:" + list)
	u.tunggu("{{"+nama+"}} in "+list, m)
}

// cari types into a picker and picks the match with the given code; it
// returns the new row's path.
func (u isiUI) cari(list, teks, kode string) string {
	u.b.t.Helper()
	n := eval[int](u.b, fmt.Sprintf(`document.querySelectorAll(%q).length`, `[id="d:`+list+`"] > ul > li.butir`))
	ketikSaja(u.b, "cari:"+list, teks)
	m := u.ubahan()
	u.klik("pilih:" + list + ":" + kode)
	u.tunggu("the row "+kode, m)
	return list + "[" + strconv.Itoa(n) + "]"
}

// layar checks the page at 390 px and saves its screenshot.
func (u isiUI) layar(dir, nama string) {
	u.b.t.Helper()
	uk := eval[ukuranPonsel](u.b, ukurPonsel)
	if uk.Lebar > uk.Layar+1 {
		u.b.t.Errorf("Isi %s: the page is %d px wide on a %d px screen", nama, uk.Lebar, uk.Layar)
	}
	for _, w := range []struct {
		name string
		list []string
	}{{"tap targets under 44 px", uk.Kecil}, {"text under 16 px", uk.Huruf}, {"figure fields without the numeric keyboard", uk.Keyboard}} {
		if len(w.list) > 0 {
			u.b.t.Errorf("Isi %s: %d %s: %s", nama, len(w.list), w.name, strings.Join(first(w.list, 8), "; "))
		}
	}
	// The section's own fields, under the section chooser.
	u.b.do("scroll to the section", 5*time.Second, chromedp.Evaluate[chromedp.Void](
		`(e => e ? e.scrollIntoView({block: "start"}) : window.scrollTo(0, 0))(document.getElementById("judul-bagian"))`))
	simpanLayar(u.b, filepath.Join(dir, "isi-"+nama+".png"))
}

// TestDinasKesehatan creates, from an empty browser and only through the
// Isi page (clicks, choices and typing; no file imported), the complete
// LKIP 2024 of a Dinas Kesehatan: identitas, Bab I (organisation, staff,
// Tabel 1.1, assets, problems), a Renstra with two sasaran, three IKU with
// formulas, targets and realisasi, the Perjanjian Kinerja, budget rows
// picked from the nomenclature of bidang kesehatan with pagu and realisasi,
// belanja accounts, and the narrative chapter by chapter with the
// generated tables inserted from the menu; then checks the printed report
// (Laporan page): no "tidak dapat disusun" placeholder, and its key figures
// are those lkip computes from the document stored in the browser. The
// whole test runs on a 390×844 phone screen; each section is measured
// (no sideways scroll, 44 px targets, 16 px text) and photographed.
func TestDinasKesehatan(t *testing.T) {
	s := testSite(t, "")
	srv := startServer(t, s.server())
	b := startBrowser(t, t.TempDir())
	b.do("phone screen", 10*time.Second, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(1)))
	b.do("open the app", 90*time.Second, chromedp.Navigate(srv.URL+"/"))
	b.waitJS("app.wasm to start", appReady, 90*time.Second)
	dir := t.TempDir()
	if *layar {
		root, err := moduleDir()
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, "testdata", "wasm", "ponsel")
	}
	u := isiUI{b}

	// Dokumen baru.
	klikMenu(b, "", "/isi", "Isi")
	b.waitJS("the new document form", `!!document.getElementById("form-baru")`, 30*time.Second)
	if n := eval[int](b, `document.querySelectorAll("#daftar-dokumen li").length`); n != 0 {
		t.Fatalf("the browser is not empty: %d documents", n)
	}
	u.layar(dir, "baru")
	ketik(b, "baru-pemda", "Kabupaten Sikka")
	ketik(b, "baru-dinas", "Dinas Kesehatan")
	u.pilih("baru-bidang", "1.02")
	ketik(b, "baru-tahun", "2024")
	u.klik("buat-baru")
	b.waitJS("the new document to be saved and opened", statusTersimpan+` && !!document.getElementById("judul-bagian")`, 30*time.Second)

	// Identitas.
	u.bagian("identitas", "Identitas")
	u.isi("identitas.alamat", "Jl. Kesehatan No. 1, Maumere")
	u.isi("identitas.telepon", "(0382) 21000")
	u.isi("identitas.kota", "Maumere")
	u.isi("identitas.tanggal", "Januari 2025")
	u.isi("identitas.kepala.nama", "dr. Maria Florida, M.Kes")
	u.isi("identitas.kepala.nip", "19750101 200312 2 001")
	u.isi("identitas.kepala.pangkat", "Pembina Tk. I")
	ttd := u.tambah("identitas.tanda_tangan")
	u.isi(ttd+".tempat_tanggal", "Maumere, Januari 2025")
	u.isi(ttd+".nama", "dr. Maria Florida, M.Kes")
	u.isi(ttd+".nip", "19750101 200312 2 001")
	u.isi(ttd+".pangkat", "Pembina Tk. I")
	u.layar(dir, "identitas")

	// Bab I.
	u.bagian("profil", "Bab I Profil")
	for _, nama := range []string{"Kepala Dinas", "Sekretariat", "Bidang Pelayanan Kesehatan"} {
		u.isi(u.tambah("profil.susunan_organisasi")+".nama", nama)
	}
	// Staff as a Dinas Kesehatan counts them: PNS by sex, PPPK by profession.
	for _, g := range []struct {
		id, nama, rincian string
		butir             [][2]string
	}{
		{"pns", "Pegawai Negeri Sipil (PNS)", "Jenis kelamin", [][2]string{{"laki-laki", "20"}, {"perempuan", "35"}}},
		{"", "PPPK", "Profesi", [][2]string{{"bidan", "6"}, {"perawat", "9"}}},
	} {
		k := u.tambah("profil.pegawai")
		if g.id != "" {
			u.isi(k+".id", g.id)
		}
		u.isi(k+".nama", g.nama)
		rk := u.tambah(k + ".rincian")
		u.isi(rk+".nama", g.rincian)
		for _, bt := range g.butir {
			p := u.tambah(rk + ".butir")
			u.isi(p+".nama", bt[0])
			u.isi(p+".jumlah", bt[1])
		}
	}
	e := "profil.pns_pendidikan_eselon"
	u.isi(e+".judul", "Jumlah PNS Berdasarkan Pendidikan dan Eselon")
	u.isi(e+".kepala_baris", "Eselon")
	u.isi(e+".kepala_kolom", "Pendidikan")
	u.isi(u.tambah(e+".kolom"), "S1")
	u.isi(u.tambah(e+".kolom"), "S2")
	for _, r := range []struct {
		nama string
		n    []string
	}{{"Eselon II", []string{"0", "1"}}, {"Non Eselon", []string{"30", "24"}}} {
		baris := u.tambah(e + ".baris")
		u.isi(baris+".nama", r.nama)
		for j, v := range r.n { // a new row has one 0 per column
			u.isi(fmt.Sprintf("%s.nilai[%d]", baris, j), v)
		}
	}
	u.isi("profil.aset.judul", "Kondisi Sarana Prasarana")
	aset := u.tambah("profil.aset.baris")
	u.isi(aset+".nama", "Ambulans")
	u.isi(aset+".merk_tipe", "Toyota Hiace")
	u.isi(aset+".tahun", "2020")
	u.isi(aset+".jumlah", "2")
	u.isi(u.tambah("profil.permasalahan"), "Prevalensi stunting masih di atas target nasional.")
	u.isi(u.tambah("profil.solusi"), "Pendampingan gizi balita melalui posyandu.")
	u.layar(dir, "profil")

	// Renstra: visi > misi > tujuan > sasaran, strategi, kebijakan.
	u.bagian("renstra", "Renstra")
	r := "kinerja.renstra"
	u.isi(r+".periode_awal", "2021")
	u.isi(r+".periode_akhir", "2026")
	u.isi(r+".visi_daerah", "Sikka yang sehat, cerdas dan sejahtera")
	u.isi(r+".visi", "Masyarakat Sikka yang sehat dan mandiri")
	u.isi(u.tambah(r+".misi")+".uraian", "Meningkatkan kualitas sumber daya manusia")
	u.isi(u.tambah(r+".tujuan")+".uraian", "Meningkatkan derajat kesehatan masyarakat")
	u.isi(u.tambah(r+".sasaran")+".uraian", "Meningkatnya kesehatan ibu dan anak")
	u.isi(u.tambah(r+".sasaran")+".uraian", "Meningkatnya mutu pelayanan kesehatan dasar")
	u.isi(u.tambah(r+".strategi")+".uraian", "Penguatan pelayanan kesehatan ibu dan anak di puskesmas")
	u.isi(u.tambah(r+".kebijakan")+".uraian", "Pendampingan ibu hamil dan balita berisiko")
	if got := nilaiIsian(b, "f:"+r+".sasaran[1].nomor"); got != "1.1.2" {
		t.Errorf("the second Renstra sasaran is numbered %q, want 1.1.2", got)
	}
	u.layar(dir, "renstra")

	// Sasaran and IKU with formulas, targets and realisasi.
	u.bagian("iku", "Sasaran & IKU")
	for i, s := range []struct{ uraian, renstra string }{
		{"Meningkatnya kesehatan ibu dan anak", "1.1.1"},
		{"Meningkatnya mutu pelayanan kesehatan dasar", "1.1.2"},
	} {
		p := u.tambah("kinerja.sasaran")
		if p != fmt.Sprintf("kinerja.sasaran[%d]", i) {
			t.Fatalf("new sasaran at %s", p)
		}
		u.isi(p+".uraian", s.uraian)
		u.pilihMedan(p+".renstra", s.renstra)
	}
	type iku struct {
		nama, sasaran, polaritas, pembilang, penyebut, akhir string
		target, realisasi, nPembilang, nPenyebut             string
	}
	ikus := []iku{
		{"Persentase ibu hamil mendapatkan pelayanan kesehatan sesuai standar", "SS1", "positif",
			"Jumlah ibu hamil yang mendapat pelayanan sesuai standar", "Jumlah seluruh ibu hamil", "100", "100", "92,5", "1850", "2000"},
		{"Prevalensi balita stunting", "SS1", "negatif",
			"Jumlah balita stunting", "Jumlah balita yang diukur", "10", "14", "12,5", "250", "2000"},
		{"Persentase puskesmas terakreditasi", "SS2", "positif",
			"Jumlah puskesmas terakreditasi", "Jumlah puskesmas", "100", "80", "85", "17", "20"},
	}
	for i, k := range ikus {
		p := u.tambah("kinerja.indikator")
		u.isi(p+".nama", k.nama)
		u.pilihMedan(p+".sasaran", k.sasaran)
		if k.polaritas == "negatif" {
			u.pilihMedan(p+".polaritas", "negatif")
		}
		u.isi(p+".rumus.teks", k.pembilang+" dibagi "+strings.ToLower(k.penyebut)+" × 100%")
		u.isi(p+".rumus.pembilang", k.pembilang)
		u.isi(p+".rumus.penyebut", k.penyebut)
		u.isi(p+".target_akhir", k.akhir)
		th := u.tambah(p + ".tahun")
		if got := nilaiIsian(b, "f:"+th+".tahun"); got != "2024" {
			t.Errorf("IKU %d: the new year is %q, want 2024", i+1, got)
		}
		u.isi(th+".target", k.target)
		u.isi(th+".realisasi", k.realisasi)
		u.isi(th+".pembilang", k.nPembilang)
		u.isi(th+".penyebut", k.nPenyebut)
	}
	// An indicator of the Renstra that is not an IKU (Tabel tujuan).
	p := u.tambah("kinerja.indikator")
	u.isi(p+".nama", "Angka kematian ibu")
	u.pilihMedan(p+".sasaran", "SS1")
	u.pilihMedan(p+".iku", "false")
	u.pilihMedan(p+".polaritas", "negatif")
	u.pilihMedan(p+".jenis", "rasio")
	u.isi(p+".satuan", "per 100.000 kelahiran hidup")
	// A figure typed wrong is refused beside its field and kept as typed.
	ketik(b, "f:kinerja.indikator[0].tahun[0].realisasi", "92,5,1")
	b.waitJS("the refusal beside the field", `(e => !!e && e.innerText.includes("Indikator 1"))(document.getElementById("g:kinerja.indikator[0].tahun[0].realisasi"))`, 30*time.Second)
	if got := nilaiIsian(b, "f:kinerja.indikator[0].tahun[0].realisasi"); got != "92,5,1" {
		t.Errorf("the refused figure shows %q, want it kept as typed", got)
	}
	// The correction: the refusal shown must go and the edit land (u.isi
	// would take the refusal still on screen for one of the correction).
	n := u.ubahan()
	ketik(b, "f:kinerja.indikator[0].tahun[0].realisasi", "92,5")
	b.waitJS("the corrected figure to be taken", fmt.Sprintf(`!document.getElementById("g:kinerja.indikator[0].tahun[0].realisasi") && (e => e && +e.dataset.n > %d)(document.getElementById("isi-ubahan"))`, n), 30*time.Second)
	u.layar(dir, "iku")

	// Budget rows from the nomenclature of bidang kesehatan.
	u.bagian("anggaran", "Anggaran")
	ar := "anggaran.rincian"
	prog := u.cari(ar, "1.02.02", "1.02.02")
	u.isi(prog+".uraian", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT")
	u.cari(ar, "fasilitas pelayanan kesehatan untuk ukm", "1.02.02.2.01")
	puskesmas := u.cari(ar, "pembangunan puskesmas", "1.02.02.2.01.02")
	u.cari(ar, "1.02.02.2.02", "1.02.02.2.02")
	gizi := u.cari(ar, "gizi masyarakat", "1.02.02.2.02.15")
	kia := u.cari(ar, "kesehatan ibu dan anak", "1.02.02.2.02.46")
	for _, x := range []struct{ p, pagu, real string }{
		{gizi, "400.000.000", "380.000.000"}, {kia, "350.000.000", "340.000.000"}, {puskesmas, "750.000.000", "700.000.000"},
	} {
		u.isi(x.p+".pagu_murni", x.pagu)
		u.isi(x.p+".pagu", x.pagu)
		u.isi(x.p+".realisasi", x.real)
		u.isi(x.p+".fisik", "100")
	}
	u.layar(dir, "anggaran")

	// Belanja accounts.
	u.bagian("belanja", "Belanja")
	for _, x := range []struct{ q, kode, murni, pagu, real string }{
		{"barang dan jasa", "5.1.02", "700.000.000", "750.000.000", "720.000.000"},
		{"5.2.03", "5.2.03", "800.000.000", "750.000.000", "700.000.000"},
	} {
		p := u.cari("anggaran.belanja", x.q, x.kode)
		u.isi(p+".pagu_murni", x.murni)
		u.isi(p+".pagu", x.pagu)
		u.isi(p+".realisasi", x.real)
	}
	u.layar(dir, "belanja")

	// Perjanjian Kinerja: one row per IKU with the sub kegiatan serving it.
	u.bagian("pk", "Perjanjian Kinerja")
	for i, sub := range []string{"1.02.02.2.02.46", "1.02.02.2.02.15", "1.02.02.2.01.02"} {
		p := u.tambah("kinerja.perjanjian_kinerja.baris")
		u.pilihMedan(p+".sasaran", ikus[i].sasaran)
		u.isi(p+".indikator", ikus[i].nama)
		u.pilihMedan(p+".indikator_id", "IKU"+strconv.Itoa(i+1))
		u.isi(p+".target", ikus[i].target)
		u.isi(p+".satuan", "%")
		u.isi(p+".sub_kegiatan", sub)
	}
	u.layar(dir, "pk")

	// The narrative, chapter by chapter, with the generated parts inserted
	// from the menu.
	u.bagian("narasi", "Narasi")
	u.isi(u.tambah("narasi.kata_pengantar"), "Puji syukur ke hadirat Tuhan Yang Maha Esa atas tersusunnya LKIP Dinas Kesehatan Tahun 2024.")
	u.sisip("narasi.ikhtisar", "ikhtisar_anggaran")
	u.sisip("narasi.ikhtisar", "ikhtisar_capaian")
	for _, bab := range []struct {
		k      string
		bagian []struct {
			judul   string
			penanda []string
		}
	}{
		{"narasi.bab1", []struct {
			judul   string
			penanda []string
		}{
			{"A. Gambaran Umum", []string{"susunan_organisasi"}},
			{"B. Sumber Daya", []string{"tabel_1_1", "tabel_1_3"}},
			{"C. Permasalahan Utama", []string{"permasalahan"}},
			{"D. Solusi", []string{"solusi"}},
		}},
		{"narasi.bab2", []struct {
			judul   string
			penanda []string
		}{
			{"A. Indikator Kinerja Utama", []string{"daftar_iku"}},
			{"B. Rencana Strategis", []string{"tabel_renstra", "tabel_tujuan"}},
			{"C. Sasaran Strategis", []string{"sasaran_indikator"}},
			{"D. Perjanjian Kinerja", []string{"perjanjian_kinerja"}},
		}},
		{"narasi.bab3", []struct {
			judul   string
			penanda []string
		}{
			{"A. Capaian Kinerja", []string{"tabel_3_1", "grafik_capaian", "evaluasi_iku", "renstra_akhir", "efisiensi"}},
			{"B. Realisasi Anggaran", []string{"anggaran_pengantar", "tabel_belanja", "realisasi_anggaran", "tabel_3_2", "grafik_realisasi"}},
		}},
	} {
		for _, bg := range bab.bagian {
			p := u.tambah(bab.k)
			u.isi(p+".judul", bg.judul)
			for _, nama := range bg.penanda {
				u.sisip(p+".teks", nama)
			}
		}
	}
	for i, k := range ikus { // the evaluation of each IKU in Bab III A.2
		p := u.tambah("narasi.iku")
		u.pilihMedan(p+".iku", "IKU"+strconv.Itoa(i+1))
		u.isi(u.tambah(p+".teks"), "Capaian "+strings.ToLower(k.nama)+" didukung pendampingan oleh puskesmas.")
	}
	u.isi(u.tambah("narasi.bab4"), "Demikian LKIP ini disusun sebagai pertanggungjawaban kinerja Dinas Kesehatan.")
	u.layar(dir, "narasi")
	b.waitJS("every edit to be saved", statusTersimpan, 30*time.Second)

	// The document stored in the browser, computed by the library.
	d, err := lkip.Parse([]byte(eval[string](b, dataIDB)), "idb.json")
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("SAKIP_DINKES") != "" { // to look at what the UI made
		f, _ := d.Encode()
		os.WriteFile(os.Getenv("SAKIP_DINKES"), f, 0o644)
	}
	if got := len(d.Kinerja.Sasaran); got != 2 {
		t.Errorf("%d sasaran, want 2", got)
	}
	if got := len(d.Kinerja.Indikator); got != 4 {
		t.Errorf("%d indicators, want 4 (3 IKU)", got)
	}
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Ringkasan.Pagu.Decimal.String(); got != "1500000000" {
		t.Errorf("pagu %s, want 1500000000", got)
	}
	if got := l.Ringkasan.Realisasi.Decimal.String(); got != "1420000000" {
		t.Errorf("realisasi %s, want 1420000000", got)
	}
	for _, tm := range l.Temuan { // a complete LKIP: nothing for the reviu to say
		t.Errorf("finding in the new document: %s", lkip.BarisTemuan(tm))
	}

	// The printed report.
	klikMenu(b, "", "/laporan", "Laporan")
	b.waitJS("the report in its frame", `(f => f && f.contentDocument && f.contentDocument.body && f.contentDocument.body.innerText.length > 100)(document.getElementById("laporan"))`, 30*time.Second)
	laporan := eval[string](b, `document.getElementById("laporan").contentDocument.body.innerText`)
	if strings.Contains(laporan, "tidak dapat disusun") {
		i := strings.Index(laporan, "tidak dapat disusun")
		t.Errorf("the report has a placeholder: …%s…", laporan[max(0, i-200):min(len(laporan), i+60)])
	}
	want := []string{"DINAS KESEHATAN", "KABUPATEN SIKKA", "dr. Maria Florida, M.Kes",
		anggaran.FormatRupiah(l.Ringkasan.Pagu.Decimal), anggaran.FormatRupiah(l.Ringkasan.Realisasi.Decimal),
		anggaran.FormatPersen(l.Ringkasan.PersenRealisasi.Decimal), "1.500.000.000", "1.420.000.000", "94,67",
		"Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Prevalensi balita stunting", "Meningkatnya mutu pelayanan kesehatan dasar",
		"Ambulans", "Belanja Barang dan Jasa", "Angka kematian ibu"}
	for i, ik := range l.Kinerja.Indikator {
		if !ik.IKU {
			continue
		}
		s := ik.Pada(2024)
		if s == nil || s.Capaian.Nilai == nil {
			t.Errorf("IKU %d has no capaian 2024", i+1)
			continue
		}
		want = append(want, anggaran.FormatAngka(*s.Capaian.Nilai, 2))
	}
	for _, capaian := range []string{"92,50", "110,71", "106,25"} { // 92,5/100; (2×14 − 12,5)/14; 85/80
		want = append(want, capaian)
	}
	for _, w := range want {
		if !strings.Contains(laporan, w) {
			t.Errorf("the report does not print %q", w)
		}
	}
	checkSameOrigin(t, srv.URL, b.requests())
}
