package lkip

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
)

// TemuanKutipanNarasi is the code of a figure recorded as quoted by a
// narrative paragraph that the paragraph does not print: the copy in the
// data file is not what the reader sees, so the checks of the quote prove
// nothing about the printed text.
const TemuanKutipanNarasi = "lkip/kutipan-narasi"

// paragrafN is one printed paragraph of the narrative with its JSON path.
type paragrafN struct {
	teks string
	path string
}

// ikatanKutipan is a figure the data file records as quoted by the
// narrative, with the paragraphs that should print it.
type ikatanKutipan struct {
	asal string      // path of the copy ("kutipan.ikhtisar.pagu")
	teks string      // the figure as printed, without "Rp" and "%" ("9.399.497.972")
	ps   []paragrafN // the paragraphs that should print it
	// For the finding when no paragraph prints it: where, and the words
	// "<apa> <teks> dicatat sebagai kutipan <dari>".
	lok       anggaran.Lokasi
	apa, dari string
}

// ikatanNarasi lists the figures the narrative quotes, with the paragraphs
// that print them: the kutipan of the kinerja targets and realisasi whose
// source is the narrative (not a table), kutipan.tahun_perbandingan, and
// the figures of kutipan.angka unless a generating marker prints the
// computed figures at their place. The paragraphs' inline
// placeholders are filled from isian (nil: left as written).
func ikatanNarasi(d *Dokumen, isian map[string]string) []ikatanKutipan {
	var out []ikatanKutipan
	// kinerja: a quote whose source is the narrative is printed in the
	// IKU's evaluation paragraph.
	if k := d.Kinerja; k != nil {
		for i, ind := range k.Indikator {
			j := -1
			for n, nar := range d.Narasi.IKU {
				if nar.IKU == ind.ID {
					j = n
					break
				}
			}
			if j < 0 {
				continue
			}
			ps := paragrafTeks(d.Narasi.IKU[j].Teks, fmt.Sprintf("narasi.iku[%d].teks", j), isian)
			if len(ps) == 0 {
				continue
			}
			for t, dt := range ind.Tahun {
				for q, kt := range dt.Kutipan {
					if strings.Contains(strings.ToLower(kt.Sumber), "tabel") {
						continue
					}
					for _, c := range []struct {
						kolom string
						teks  string
						ada   bool
					}{{"target", teksKin(kt.Target), kt.Target != nil}, {"realisasi", teksKin(kt.Realisasi), kt.Realisasi != nil}} {
						if !c.ada || c.teks == "" {
							continue
						}
						asal := fmt.Sprintf("kinerja.indikator[%d].tahun[%d].kutipan[%d].%s", i, t, q, c.kolom)
						out = append(out, ikatanKutipan{asal: asal, teks: c.teks, ps: ps,
							lok: anggaran.Lokasi{Bagian: kt.Sumber, Baris: ind.Nama, Kolom: fmt.Sprintf("%s %d", c.kolom, dt.Tahun), Path: ps[0].path},
							apa: fmt.Sprintf("%s %d %s", strings.ToUpper(c.kolom[:1])+c.kolom[1:], dt.Tahun, ind.ID), dari: "uraian " + ind.ID})
					}
				}
			}
		}
	}
	// the year of the comparison: the paragraphs of the section that holds
	// the {{perbandingan}} table
	if th := d.Kutipan.TahunPerbandingan; len(th) > 0 {
		if ps, ok := paragrafBagian(d.Narasi.Bab3, "narasi.bab3", "perbandingan", isian); ok && len(ps) > 0 {
			for i, t := range th {
				asal := fmt.Sprintf("kutipan.tahun_perbandingan[%d]", i)
				out = append(out, ikatanKutipan{asal: asal, teks: fmt.Sprint(t), ps: ps,
					lok: anggaran.Lokasi{Bagian: "Bab III A.3", Kolom: "kalimat pengantar", Path: ps[0].path}, apa: "Tahun", dari: asal})
			}
		}
	}
	// the figures of kutipan.angka, in the paragraphs of their place; a
	// place that holds a generated budget paragraph ({{ikhtisar_anggaran}},
	// …) prints the computed figures there, so there is no printed quote
	// to find
	for i := range d.Kutipan.Angka {
		q := &d.Kutipan.Angka[i]
		if !q.lengkap() {
			continue
		}
		ps, ok := paragrafTempat(&d.Narasi, q.Tempat, isian)
		if !ok || len(ps) == 0 {
			continue
		}
		tempat, _ := namaTempat(q.Tempat)
		kolom := q.Kunci
		if q.Sumber != "anggaran" && q.Sumber != "kinerja" && q.Sumber != "aset" {
			kolom = strings.TrimSpace(q.Sumber + " " + q.Kunci + " " + q.Kolom)
		}
		asal := fmt.Sprintf("kutipan.angka[%d].nilai", i)
		out = append(out, ikatanKutipan{asal: asal, teks: angkaTercetak(q.Nilai), ps: ps,
			lok: anggaran.Lokasi{Bagian: tempat, Kolom: kolom, Path: ps[0].path}, apa: "Angka", dari: tempat + " (" + kolom + ")"})
	}
	return out
}

// tautanNarasi ties the figures the narrative quotes ([ikatanNarasi]) to
// the paragraphs that print them. It returns the findings for a quoted
// figure missing from its paragraphs and, for each quoted figure found,
// the path of the paragraph that prints it (keyed by the path of the
// copy), so that the findings about the quote point at the printed text.
func (l *Laporan) tautanNarasi() ([]anggaran.Temuan, map[string]string) {
	var ts []anggaran.Temuan
	ke := map[string]string{}
	for _, ik := range ikatanNarasi(l.Dokumen, l.isian()) {
		if p, ok := cariAngka(ik.ps, ik.teks); ok {
			ke[ik.asal] = p
			continue
		}
		ts = append(ts, anggaran.Temuan{Kode: TemuanKutipanNarasi, Lokasi: ik.lok, Tercetak: ik.teks,
			Pesan: fmt.Sprintf("%s %s dicatat sebagai kutipan %s, tetapi angka itu tidak tercetak di paragrafnya; samakan data kutipan dengan teks yang dicetak", ik.apa, ik.teks, ik.dari)})
	}
	return ts, ke
}

// angkaTercetak returns the digits of a quoted figure as printed, without
// "Rp" and "%": "Rp. 9.399.497.972" → "9.399.497.972".
func angkaTercetak(a *Angka) string {
	t := strings.TrimSpace(a.Teks)
	if t == "" {
		return anggaran.FormatAngka(a.Nilai, a.Desimal())
	}
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	for _, p := range []string{"Rp.", "Rp", "rp.", "rp"} {
		if strings.HasPrefix(t, p) {
			t = strings.TrimSpace(t[len(p):])
			break
		}
	}
	return t
}

// teksKin returns a kinerja figure as printed ("0,4"), or its value in the
// Indonesian format when no text was kept; "" for nil.
func teksKin(a *kinerja.Angka) string {
	if a == nil {
		return ""
	}
	if t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(a.Teks), "%")); t != "" {
		return t
	}
	return anggaran.FormatAngka(a.Nilai, a.Desimal())
}

// paragrafTeks returns the printed paragraphs and list blocks of t (block
// markers left out) with their paths, inline placeholders filled from
// isian (nil: left as written).
func paragrafTeks(t Teks, path string, isian map[string]string) []paragrafN {
	var out []paragrafN
	for i, s := range t {
		if _, ok := penandaBlok(s); ok {
			continue
		}
		out = append(out, paragrafN{teks: isi(s, isian), path: fmt.Sprintf("%s[%d]", path, i)})
	}
	return out
}

// paragrafBagian finds the section of bs whose text holds the block marker
// name and returns its printed paragraphs.
func paragrafBagian(bs []Bagian, path, name string, isian map[string]string) ([]paragrafN, bool) {
	for i, b := range bs {
		p := fmt.Sprintf("%s[%d]", path, i)
		if adaPenandaDi(b.Teks, name) {
			return paragrafTeks(b.Teks, p+".teks", isian), true
		}
		if ps, ok := paragrafBagian(b.Sub, p+".sub", name, isian); ok {
			return ps, true
		}
	}
	return nil, false
}

// adaPenandaBagian reports whether the section holding the marker name also
// holds the marker lain.
func adaPenandaBagian(bs []Bagian, name, lain string) bool {
	for _, b := range bs {
		if adaPenandaDi(b.Teks, name) {
			return adaPenandaDi(b.Teks, lain)
		}
		if adaPenandaBagian(b.Sub, name, lain) {
			return true
		}
	}
	return false
}

func adaPenandaDi(t Teks, name string) bool {
	for _, s := range t {
		if nama, ok := penandaBlok(s); ok && nama == name {
			return true
		}
	}
	return false
}

// cariAngka returns the path of the first paragraph that prints the figure
// s as a whole number: "0,4" is found in "sebesar 0,4%." but not in
// "10,45" or "0,45".
func cariAngka(ps []paragrafN, s string) (string, bool) {
	for _, p := range ps {
		if adaAngka(p.teks, s) {
			return p.path, true
		}
	}
	return "", false
}

func adaAngka(teks, s string) bool { return len(posisiAngka(teks, s)) > 0 }

// posisiAngka returns the offsets in teks where the figure s stands as a
// whole number: not preceded or followed by a digit, nor by a "," or "."
// that joins it to one.
func posisiAngka(teks, s string) []int {
	if s == "" {
		return nil
	}
	angka := func(c byte) bool { return c >= '0' && c <= '9' }
	var out []int
	for i := 0; ; {
		j := strings.Index(teks[i:], s)
		if j < 0 {
			return out
		}
		a, b := i+j, i+j+len(s)
		kiri := a == 0 || !(angka(teks[a-1]) || ((teks[a-1] == ',' || teks[a-1] == '.') && a >= 2 && angka(teks[a-2])))
		kanan := b == len(teks) || !(angka(teks[b]) || ((teks[b] == ',' || teks[b] == '.') && b+1 < len(teks) && angka(teks[b+1])))
		if kiri && kanan {
			out = append(out, a)
		}
		i = a + 1
	}
}

// arahkanKeNarasi points the findings about a quoted figure at the
// paragraph that prints it (ke maps the path of the copy to it).
func arahkanKeNarasi(ts []anggaran.Temuan, ke map[string]string) {
	for i := range ts {
		if p, ok := ke[ts[i].Lokasi.Path]; ok {
			ts[i].Lokasi.Path = p
		}
	}
}
