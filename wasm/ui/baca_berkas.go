package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/lkip/impor"
)

// This file reads the files a user chooses in a file input: each one's
// size is checked against the library's limit for its kind before a byte
// of it is copied into the app's memory, and a file the browser fails to
// read is named, never waited for.

// pilihan is where files are chosen, which says what kinds they may be.
type pilihan int

const (
	// pilihData: the Data and Rekap pages, a data file (JSON), a budget
	// CSV or a ZIP archive of data files.
	pilihData pilihan = iota
	// pilihLembar: the Impor page, a spreadsheet (XLSX or CSV).
	pilihLembar
)

// batasBerkas returns the largest size the PWA reads of the file nama
// chosen at p, and the kind of file the limit is for (named in the
// refusal): the library's limits, naskah.MaksUkuran for a data file,
// anggaran.MaksCSV for a budget CSV, naskah.MaksArsip for a ZIP archive,
// impor.MaksBerkas for a spreadsheet. A file is told by its name, the only
// thing known of it before it is read.
func batasBerkas(nama string, p pilihan) (int64, string) {
	n := strings.ToLower(nama)
	switch {
	case p == pilihLembar:
		return impor.MaksBerkas, "lembar kerja (XLSX atau CSV)"
	case strings.HasSuffix(n, ".zip"):
		return naskah.MaksArsip, "arsip ZIP berkas data"
	case strings.HasSuffix(n, ".csv"):
		return anggaran.MaksCSV, "CSV anggaran"
	}
	return naskah.MaksUkuran, "berkas data (JSON)"
}

// periksaPilihan returns, for files chosen together (their names and sizes
// in bytes), which may be read, and the notice for each that may not: a
// file larger than the limit of its kind ([batasBerkas]), or one that would
// bring the files read together over naskah.MaksArsip. The notices are in
// the order chosen and say that nothing was changed.
func periksaPilihan(nama []string, ukuran []int64, p pilihan) (baca []bool, tolak []string) {
	baca = make([]bool, len(nama))
	var jumlah int64
	for i := range nama {
		batas, jenis := batasBerkas(nama[i], p)
		switch {
		case ukuran[i] > batas:
			tolak = append(tolak, kalimat(naskah.TerlaluBesar(nama[i], ukuran[i], batas, jenis).Error())+"; berkas tidak dibaca dan data yang ada tidak diubah.")
		case jumlah+ukuran[i] > naskah.MaksArsip:
			tolak = append(tolak, "Berkas "+nama[i]+" tidak dibaca: berkas yang dipilih bersama berukuran lebih dari "+naskah.Ukuran(naskah.MaksArsip)+"; pilih lebih sedikit berkas sekaligus. Data yang ada tidak diubah.")
		default:
			baca[i] = true
			jumlah += ukuran[i]
		}
	}
	return baca, tolak
}

// gagalBaca is the notice for a file the browser could not read (sebab:
// the browser's words, may be empty).
func gagalBaca(nama, sebab string) string {
	s := "Berkas " + nama + " tidak dapat dibaca oleh browser"
	if sebab != "" {
		s += " (" + sebab + ")"
	}
	return s + "; data yang ada tidak diubah. Pilih berkasnya lagi, atau salin dulu ke folder lain bila berkas itu ada di penyimpanan jaringan atau telah dipindahkan."
}

// kalimat starts s with a capital letter.
func kalimat(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// bacaBerkas reads the files chosen in the file input, those
// [periksaPilihan] allows, as bytes, then calls selesai through the page's
// context ctx (the input's own may be gone by then) with the files read in
// the order chosen and the notices of those refused or that the browser
// failed to read; it clears the input.
func bacaBerkas(input app.Value, ctx app.Context, p pilihan, selesai func(nama []string, isi [][]byte, galat []string)) {
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	n := files.Length()
	nama := make([]string, n)
	ukuran := make([]int64, n)
	for i := range n {
		f := files.Index(i)
		nama[i], ukuran[i] = f.Get("name").String(), int64(f.Get("size").Float())
	}
	baca, galat := periksaPilihan(nama, ukuran, p)
	isi := make([][]byte, n)
	gagal := make([]string, n)
	sisa := 0
	for _, b := range baca {
		if b {
			sisa++
		}
	}
	akhir := func() {
		input.Set("value", "")
		var nm []string
		var is [][]byte
		for i := range n {
			switch {
			case gagal[i] != "":
				galat = append(galat, gagal[i])
			case baca[i]:
				nm, is = append(nm, nama[i]), append(is, isi[i])
			}
		}
		ctx.Dispatch(func(app.Context) { selesai(nm, is, galat) })
	}
	if sisa == 0 {
		akhir()
		return
	}
	for i := range n {
		if !baca[i] {
			continue
		}
		var ok, tolak app.Func
		selesaiSatu := func() {
			ok.Release()
			tolak.Release()
			if sisa--; sisa == 0 {
				akhir()
			}
		}
		ok = app.FuncOf(func(_ app.Value, args []app.Value) any {
			arr := app.Window().Get("Uint8Array").New(args[0])
			isi[i] = make([]byte, arr.Length())
			app.CopyBytesToGo(isi[i], arr)
			selesaiSatu()
			return nil
		})
		tolak = app.FuncOf(func(_ app.Value, args []app.Value) any {
			sebab := ""
			if len(args) > 0 && args[0].Truthy() {
				if m := args[0].Get("message"); m.Truthy() {
					sebab = m.String()
				}
			}
			gagal[i] = gagalBaca(nama[i], sebab)
			selesaiSatu()
			return nil
		})
		files.Index(i).Call("arrayBuffer").Call("then", ok, tolak)
	}
}
