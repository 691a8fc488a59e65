package kinerja

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/md"
	"github.com/shopspring/decimal"
)

// RenderMarkdown writes the capaian report of h in Markdown: Tabel 3.1
// with capaian and predikat added ([RenderTabelCapaian]), the capaian per
// sasaran and for the dinas, and the comparison with previous years
// ([RenderPerbandingan]). Figures are written the Indonesian way: targets
// and realisasi as printed ("6,77%"), capaian with the decimals of Opsi
// ("787,30%"), "tidak dapat dihitung" when there is none.
//
// A nil writer, document or result is an error and nothing is written;
// so it is for every renderer of the package.
func RenderMarkdown(w io.Writer, d *Dokumen, h *Hasil) error {
	if w == nil || d == nil || h == nil {
		return errTanpaTujuan
	}
	bw := bufio.NewWriter(w)
	renderTabel(bw, d, h)
	fmt.Fprintln(bw)
	renderAgregat(bw, h)
	fmt.Fprintln(bw)
	renderPerbandingan(bw, d, h)
	return bw.Flush()
}

// RenderTabelCapaian writes Tabel 3.1 of the reporting year (the IKU with
// target, realisasi as reported, the realisasi the formula parts imply
// where they are known, capaian, predikat and formula, then the means per
// sasaran and of all IKU) in Markdown: the layout of [Hasil.Tabel31], the
// cells the LKIP report prints, with a note of the formulas below.
func RenderTabelCapaian(w io.Writer, d *Dokumen, h *Hasil) error {
	if w == nil || d == nil || h == nil {
		return errTanpaTujuan
	}
	bw := bufio.NewWriter(w)
	renderTabel(bw, d, h)
	return bw.Flush()
}

// RenderPerbandingan writes the IKU against previous years in Markdown:
// target, realisasi and capaian per year and the change from the previous
// year.
func RenderPerbandingan(w io.Writer, d *Dokumen, h *Hasil) error {
	if w == nil || d == nil || h == nil {
		return errTanpaTujuan
	}
	bw := bufio.NewWriter(w)
	renderPerbandingan(bw, d, h)
	return bw.Flush()
}

// errTanpaTujuan is what the renderers return for a nil writer, document
// or result.
var errTanpaTujuan = errors.New("kinerja: tidak ada tujuan tulis, dokumen atau hasil (nil)")

func fmtNilai(a *Angka, satuan string) string {
	if a == nil {
		return anggaran.Strip
	}
	return fmtAngka(a.Nilai, a.Desimal(), satuan)
}

// angkaStr writes a printed figure as a plain decimal string keeping its
// printed decimals ("6,70" → "6.70").
func angkaStr(a *Angka) *string {
	if a == nil {
		return nil
	}
	s := a.Nilai.StringFixed(a.Desimal())
	return &s
}

// Teks writes the capaian as the report and the PWA print it, the one
// capaian-to-text of sakip: the value with desimal decimals (the
// [Hasil.Desimal] it was computed with) and a percent sign, "787,30%";
// with "(dibatasi; semula 181,40%)" after a capped value; "tidak dapat
// dihitung" when there is none (why is in Alasan, and in the reviu's
// findings).
func (c Capaian) Teks(desimal int32) string {
	if c.Nilai == nil {
		return TidakDapatDihitung
	}
	s := fmtAngka(*c.Nilai, desimal, "%")
	if c.Dibatasi() {
		s += " (dibatasi; semula " + fmtAngka(*c.SebelumBatas, desimal, "%") + ")"
	}
	return s
}

// TidakDapatDihitung is what a table prints for a capaian that cannot be
// computed ([Capaian.Teks]).
const TidakDapatDihitung = "tidak dapat dihitung"

func fmtPredikat(p string) string {
	if p == "" {
		return anggaran.Strip
	}
	return p
}

// IKUPerSasaran groups the IKU of h (indexes into h.Indikator) by
// sasaran, in the order of d.Sasaran; sasaran without IKU are left out, and
// IKU without a known sasaran come last under a sasaran named
// "(tanpa sasaran)". A nil document or result has no groups.
func IKUPerSasaran(d *Dokumen, h *Hasil) ([]*Sasaran, [][]int) {
	if d == nil || h == nil {
		return nil, nil
	}
	var ss []*Sasaran
	var gs [][]int
	dipakai := make([]bool, len(h.Indikator))
	for si := range d.Sasaran {
		var g []int
		for i, hi := range h.Indikator {
			if hi.IKU && hi.Sasaran == d.Sasaran[si].ID {
				g = append(g, i)
				dipakai[i] = true
			}
		}
		if len(g) > 0 {
			ss = append(ss, &d.Sasaran[si])
			gs = append(gs, g)
		}
	}
	var sisa []int
	for i, hi := range h.Indikator {
		if hi.IKU && !dipakai[i] {
			sisa = append(sisa, i)
		}
	}
	if len(sisa) > 0 {
		ss = append(ss, &Sasaran{Uraian: "(tanpa sasaran)"})
		gs = append(gs, sisa)
	}
	return ss, gs
}

func kepalaSasaran(d *Dokumen, id string) (string, string) {
	s := d.FindSasaran(id)
	if s == nil {
		return "", "(tanpa sasaran)"
	}
	no := s.Nomor
	if no != "" {
		no += "."
	}
	return no, s.Uraian
}

func renderTabel(w io.Writer, d *Dokumen, h *Hasil) {
	des := h.Desimal
	fmt.Fprintf(w, "### Tabel 3.1 Capaian IKU Tahun %d\n\n", h.Tahun)
	// the one layout of Tabel 3.1, written by anggaran's one table writer
	anggaran.RenderTabelMarkdown(w, h.Tabel31(d, true))
	rumus := []string{"realisasi / target × 100 (polaritas positif)"}
	dipakai := map[RumusNegatif]bool{}
	for _, hi := range h.Indikator {
		if hi.IKU && hi.Polaritas == Negatif && !dipakai[hi.Rumus] {
			dipakai[hi.Rumus] = true
			switch hi.Rumus {
			case TBagiR:
				rumus = append(rumus, "target / realisasi × 100 (polaritas negatif, rumus T/R)")
			case NilaiAkhir:
				rumus = append(rumus, "(2 × target − realisasi periode terakhir) / target × 100 (polaritas negatif, nilai akhir)")
			default:
				rumus = append(rumus, "(2 × target − realisasi) / target × 100 (polaritas negatif)")
			}
		}
	}
	fmt.Fprintf(w, "\nCapaian = %s, dibulatkan ke %d desimal; predikat menurut skala %s.\n", strings.Join(rumus, "; "), des, md.Teks(h.Skala))
}

func renderAgregat(w io.Writer, h *Hasil) {
	des := h.Desimal
	adaEfisiensi := false
	for _, a := range h.Sasaran {
		adaEfisiensi = adaEfisiensi || a.Efisiensi != nil
	}
	fmt.Fprintf(w, "### Capaian per Sasaran Tahun %d\n\n", h.Tahun)
	t := &anggaran.Tabel{Kolom: []anggaran.KolomTabel{{Judul: "Sasaran"}, {Judul: "Jumlah IKU", Angka: true},
		{Judul: "Rata-rata capaian", Angka: true}, {Judul: "Predikat"}}}
	if adaEfisiensi {
		t.Kolom = append(t.Kolom, anggaran.KolomTabel{Judul: "Pagu", Angka: true}, anggaran.KolomTabel{Judul: "Realisasi anggaran", Angka: true},
			anggaran.KolomTabel{Judul: "Penyerapan", Angka: true}, anggaran.KolomTabel{Judul: "Selisih", Angka: true}, anggaran.KolomTabel{Judul: "Efisiensi"})
	}
	baris := func(nama string, a Agregat) []string {
		sel := []string{nama, strconv.Itoa(a.Jumlah), a.Capaian.Teks(des), fmtPredikat(a.Predikat)}
		if !adaEfisiensi {
			return sel
		}
		e := a.Efisiensi
		if e == nil {
			return append(sel, anggaran.Strip, anggaran.Strip, anggaran.Strip, anggaran.Strip, anggaran.Strip)
		}
		pen, selisih, kelas := anggaran.Strip, anggaran.Strip, anggaran.Strip
		if e.Penyerapan != nil {
			pen = fmtAngka(*e.Penyerapan, des, "%")
		}
		if e.Selisih != nil {
			selisih = anggaran.FormatAngka(*e.Selisih, des) + " poin"
			kelas = e.Kelas
		}
		return append(sel, anggaran.FormatRupiah(e.Pagu), anggaran.FormatRupiah(e.Realisasi), pen, selisih, kelas)
	}
	for i, a := range h.Sasaran {
		if a.Jumlah == 0 && a.Efisiensi == nil {
			continue
		}
		t.Badan = append(t.Badan, anggaran.BarisTabel{Sel: baris(a.Uraian, a), Rentang: 1, Indeks: i})
	}
	t.Kaki = []anggaran.BarisTabel{{Sel: baris("Dinas (rata-rata seluruh IKU)", h.Dinas), Rentang: 1, Tebal: true, Indeks: -1}}
	anggaran.RenderTabelMarkdown(w, t)
}

// tahunIKU returns the years of IKU data up to the reporting year.
func (h *Hasil) tahunIKU() []int {
	set := map[int]bool{}
	var out []int
	for _, hi := range h.Indikator {
		if !hi.IKU {
			continue
		}
		for _, s := range hi.Tahun {
			if !set[s.Tahun] {
				set[s.Tahun] = true
				out = append(out, s.Tahun)
			}
		}
	}
	for i := range out {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func renderPerbandingan(w io.Writer, d *Dokumen, h *Hasil) {
	des := h.Desimal
	th := h.tahunIKU()
	judul := make([]string, len(th))
	for i, t := range th {
		judul[i] = fmt.Sprint(t)
	}
	fmt.Fprintf(w, "### Capaian IKU Tahun %s\n\n", strings.Join(judul, " dan "))
	t := &anggaran.Tabel{Kolom: []anggaran.KolomTabel{{Judul: "No."}, {Judul: "Sasaran Strategis"}, {Judul: "Indikator Kinerja"}}}
	kolom := func(judul string, angka bool) {
		t.Kolom = append(t.Kolom, anggaran.KolomTabel{Judul: judul, Angka: angka})
	}
	for _, y := range th {
		kolom(fmt.Sprintf("Target %d", y), true)
		kolom(fmt.Sprintf("Realisasi %d", y), true)
		kolom(fmt.Sprintf("Capaian %d", y), true)
	}
	kolom("Perubahan realisasi", false)
	kolom("Perubahan capaian", false)
	adaAkhir := false
	for _, hi := range h.Indikator {
		adaAkhir = adaAkhir || (hi.IKU && hi.TargetAkhir != nil)
	}
	if adaAkhir {
		kolom("Target akhir Renstra", true)
		kolom("Kemajuan", true)
	}
	_, gs := IKUPerSasaran(d, h)
	for _, g := range gs {
		for k, i := range g {
			hi := &h.Indikator[i]
			no, sas := "", ""
			if k == 0 {
				no, sas = kepalaSasaran(d, hi.Sasaran)
			}
			sel := make([]string, 0, len(t.Kolom))
			sel = append(sel, no, sas, hi.Nama)
			var akhir *Skor
			for _, y := range th {
				s := hi.Pada(y)
				if s == nil {
					sel = append(sel, anggaran.Strip, anggaran.Strip, anggaran.Strip)
					continue
				}
				akhir = s
				sel = append(sel, fmtNilai(s.Target, hi.Satuan), fmtNilai(s.Realisasi, hi.Satuan), s.Capaian.Teks(des))
			}
			pr, pc := anggaran.Strip, anggaran.Strip
			if akhir != nil && akhir.Perubahan != nil && akhir.Tahun == th[len(th)-1] {
				p := akhir.Perubahan
				if p.Realisasi != nil {
					satuan := " " + hi.Satuan
					if hi.Satuan == "%" {
						satuan = " poin"
					}
					pr = fmtTanda(*p.Realisasi, -1) + satuan
					if p.Arah != "" {
						pr += " (" + p.Arah + ")"
					}
				}
				if p.Capaian != nil {
					pc = fmtTanda(*p.Capaian, des) + " poin"
				}
			}
			sel = append(sel, pr, pc)
			if adaAkhir {
				sel = append(sel, fmtNilai(hi.TargetAkhir, hi.Satuan), hi.Kemajuan.Teks(des))
			}
			t.Badan = append(t.Badan, anggaran.BarisTabel{Sel: sel, Rentang: 1, Indeks: i})
		}
	}
	anggaran.RenderTabelMarkdown(w, t)
	if len(th) > 1 {
		fmt.Fprintf(w, "\nPerubahan: tahun %d dibanding tahun %d; realisasi dalam poin persentase untuk indikator persentase.\n", th[len(th)-1], th[len(th)-2])
	}
	if adaAkhir {
		fmt.Fprintf(w, "Kemajuan: realisasi terakhir terhadap target akhir Renstra, dengan rumus capaian yang sama.\n")
	}
}

// fmtTanda writes a change with its sign: "+4,42", "−9,74", "0".
func fmtTanda(v decimal.Decimal, desimal int32) string {
	s := anggaran.FormatAngka(v.Abs(), desimal)
	switch v.Sign() {
	case 1:
		return "+" + s
	case -1:
		return "−" + s
	}
	return s
}

// BarisCapaian is one row of the JSON output: an indicator in one year.
// Numbers are plain decimal strings ("53.3", "787.30"); Capaian and
// Predikat are null when the capaian cannot be computed.
type BarisCapaian struct {
	IndikatorID    string  `json:"indikator_id"`
	Nomor          string  `json:"nomor,omitempty"`
	Indikator      string  `json:"indikator"`
	Sasaran        string  `json:"sasaran,omitempty"`
	IKU            bool    `json:"iku"`
	Satuan         string  `json:"satuan,omitempty"`
	Tahun          int     `json:"tahun"`
	Target         *string `json:"target"`
	Realisasi      *string `json:"realisasi"`
	RealisasiRumus *string `json:"realisasi_rumus"`
	Capaian        *string `json:"capaian"`
	Predikat       *string `json:"predikat"`
	Alasan         string  `json:"alasan,omitempty"`
}

func strP(d *decimal.Decimal, desimal int32) *string {
	if d == nil {
		return nil
	}
	var s string
	if desimal < 0 {
		s = anggaran.FormatAngkaBerkas(*d)
	} else {
		s = d.StringFixed(desimal)
	}
	return &s
}

// DaftarCapaian returns the JSON rows of h: every indicator with data, every year
// up to the reporting year, in document order; none for a nil document or
// result.
func DaftarCapaian(d *Dokumen, h *Hasil) []BarisCapaian {
	if d == nil || h == nil {
		return nil
	}
	des := h.Desimal
	var out []BarisCapaian
	for _, hi := range h.Indikator {
		sas := ""
		if s := d.FindSasaran(hi.Sasaran); s != nil {
			sas = s.Uraian
		}
		for _, s := range hi.Tahun {
			b := BarisCapaian{
				IndikatorID: hi.ID, Nomor: hi.Nomor, Indikator: hi.Nama, Sasaran: sas, IKU: hi.IKU,
				Satuan: hi.Satuan, Tahun: s.Tahun,
				Target: angkaStr(s.Target), Realisasi: angkaStr(s.Realisasi),
				RealisasiRumus: strP(s.RealisasiRumus, des), Capaian: strP(s.Capaian.Nilai, des),
				Alasan: s.Capaian.Alasan,
			}
			if s.Predikat != "" {
				p := s.Predikat
				b.Predikat = &p
			}
			out = append(out, b)
		}
	}
	return out
}

// RenderJSON writes [DaftarCapaian] of h as an indented JSON array. A nil writer,
// document or result is an error.
func RenderJSON(w io.Writer, d *Dokumen, h *Hasil) error {
	if w == nil || d == nil || h == nil {
		return errTanpaTujuan
	}
	rows := DaftarCapaian(d, h)
	if rows == nil {
		rows = []BarisCapaian{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rows)
}
