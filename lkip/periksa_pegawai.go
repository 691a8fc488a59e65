package lkip

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/pemkab/sakip/anggaran"
)

// Codes of the cross checks of Bab I.
const (
	TemuanPendidikanSilang  = "lkip/pendidikan-silang"  // Tabel 1.1 and Tabel 1.2 count a different number of PNS of one education level
	TemuanPenyetaraanEselon = "lkip/penyetaraan-eselon" // PNS left in jabatan struktural (text) ≠ PNS in the eselon rows of Tabel 1.1
)

// jenjangPendidikan maps the words of an education label to a level.
var jenjangPendidikan = map[string]string{
	"sd": "SD", "sekolahdasar": "SD",
	"smp": "SLTP", "sltp": "SLTP", "mts": "SLTP",
	"sma": "SLTA", "slta": "SLTA", "smk": "SLTA", "smu": "SLTA", "ma": "SLTA", "stm": "SLTA", "smea": "SLTA",
	"d1": "D1", "d2": "D2", "d3": "D3", "d4": "D4", "di": "D1", "dii": "D2", "diii": "D3", "div": "D4",
	"s1": "S1", "s2": "S2", "s3": "S3",
}

// jenjangLabel returns the levels a label names ("SD/SLTA/SMA" → SD,
// SLTA), nil when a word of it is not an education level.
func jenjangLabel(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		j, ok := jenjangPendidikan[w]
		if !ok {
			return nil
		}
		out = append(out, j)
	}
	return out
}

// pendidikanSilang returns the labels and computed counts of the education
// axis of a cross table: its columns when their header names pendidikan,
// else its rows when theirs does; ok is false when neither does.
func pendidikanSilang(s *Silang, h *SilangHitung) (label []string, jumlah []int, ok bool) {
	switch {
	case strings.Contains(strings.ToLower(s.KepalaKolom), "pendidikan") && len(h.Kolom) == len(s.Kolom):
		return s.Kolom, h.Kolom, true
	case strings.Contains(strings.ToLower(s.KepalaBaris), "pendidikan") && len(h.Baris) == len(s.Baris):
		for _, b := range s.Baris {
			label = append(label, b.Nama)
		}
		return label, h.Baris, true
	}
	return nil, nil, false
}

// periksaPendidikanSilang compares the PNS per education level of Tabel
// 1.1 and Tabel 1.2: labels naming a common level are grouped ("SD/SLTA/
// SMA" with "SMA"), and each group must count the same PNS in both tables.
// A label that is not an education level stops the check (no guess).
func (l *Laporan) periksaPendidikanSilang() []anggaran.Temuan {
	p, h := &l.Dokumen.Profil, &l.Profil
	la, ja, okA := pendidikanSilang(&p.PendidikanEselon, &h.PendidikanEselon)
	lb, jb, okB := pendidikanSilang(&p.PendidikanGolong, &h.PendidikanGolong)
	if !okA || !okB || len(la) == 0 || len(lb) == 0 {
		return nil
	}
	// union of labels by shared levels
	type sisi struct {
		label  string
		jumlah int
		tabel  int // 0: Tabel 1.1, 1: Tabel 1.2
	}
	var semua []sisi
	for i := range la {
		semua = append(semua, sisi{la[i], ja[i], 0})
	}
	for i := range lb {
		semua = append(semua, sisi{lb[i], jb[i], 1})
	}
	induk := make([]int, len(semua))
	for i := range induk {
		induk[i] = i
	}
	var akar func(int) int
	akar = func(i int) int {
		for induk[i] != i {
			i = induk[i]
		}
		return i
	}
	pemilik := map[string]int{}
	for i, x := range semua {
		js := jenjangLabel(x.label)
		if js == nil {
			return nil
		}
		for _, j := range js {
			if k, ada := pemilik[j]; ada {
				induk[akar(i)] = akar(k)
			} else {
				pemilik[j] = i
			}
		}
	}
	type kelompok struct {
		label  [2][]string
		jumlah [2]int
		urut   int
	}
	grup := map[int]*kelompok{}
	for i, x := range semua {
		r := akar(i)
		g := grup[r]
		if g == nil {
			g = &kelompok{urut: i}
			grup[r] = g
		}
		g.label[x.tabel] = append(g.label[x.tabel], x.label)
		g.jumlah[x.tabel] += x.jumlah
	}
	var gs []*kelompok
	for _, g := range grup {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i].urut < gs[j].urut })
	var ts []anggaran.Temuan
	for _, g := range gs {
		if g.jumlah[0] == g.jumlah[1] {
			continue
		}
		nama := func(k int) string {
			if len(g.label[k]) == 0 {
				return "(tidak ada)"
			}
			return strings.Join(g.label[k], ", ")
		}
		ts = append(ts, anggaran.Temuan{Kode: TemuanPendidikanSilang, Lokasi: anggaran.Lokasi{Bagian: "Bab I B.1", Tabel: "Tabel 1.2", Baris: nama(1), Kolom: "jumlah pegawai", Path: "profil.pns_pendidikan_golongan"},
			Tercetak: fmt.Sprint(g.jumlah[1]), Terhitung: fmt.Sprint(g.jumlah[0]),
			Pesan: fmt.Sprintf("Tabel 1.2 memuat %d PNS berpendidikan %s, sedangkan Tabel 1.1 memuat %d PNS berpendidikan %s; kedua tabel menghitung PNS yang sama, jadi jumlah per jenjang pendidikan harus sama",
				g.jumlah[1], nama(1), g.jumlah[0], nama(0))})
	}
	return ts
}

// periksaPenyetaraanEselon compares the PNS the text says are left in
// jabatan struktural after the penyetaraan jabatan with the PNS in the
// eselon rows of Tabel 1.1 (rows named "Eselon …", not "Non Eselon").
// Every pejabat eselon holds a jabatan struktural, but not every PNS in
// jabatan struktural is a pejabat eselon (the pelaksana are not), so the
// eselon rows may count fewer PNS than the struktural ones, never more:
// more means the table still shows the eselon positions before the
// penyetaraan (lkip/penyetaraan-eselon).
func (l *Laporan) periksaPenyetaraanEselon() []anggaran.Temuan {
	p, h := &l.Dokumen.Profil, &l.Profil
	ps := p.Pegawai.Penyetaraan
	if ps.Fungsional+ps.Struktural == 0 || !strings.Contains(strings.ToLower(p.PendidikanEselon.KepalaBaris), "eselon") {
		return nil
	}
	eselon, ada := 0, false
	for i, b := range p.PendidikanEselon.Baris {
		n := strings.ToLower(strings.TrimSpace(b.Nama))
		if strings.HasPrefix(n, "eselon") && i < len(h.PendidikanEselon.Baris) {
			eselon += h.PendidikanEselon.Baris[i]
			ada = true
		}
	}
	if !ada || eselon <= ps.Struktural {
		return nil
	}
	return []anggaran.Temuan{{Kode: TemuanPenyetaraanEselon,
		Lokasi:   anggaran.Lokasi{Bagian: "Bab I B.1", Tabel: "Tabel 1.1", Baris: "penyetaraan jabatan", Kolom: "struktural", Path: "profil.pegawai.penyetaraan.struktural"},
		Tercetak: fmt.Sprint(ps.Struktural), Terhitung: fmt.Sprint(eselon),
		Pesan: fmt.Sprintf("teks menyebut %d PNS disetarakan ke jabatan fungsional dan hanya %d PNS masih dalam jabatan struktural, tetapi Tabel 1.1 memuat %d PNS pada baris eselon; setiap pejabat eselon menduduki jabatan struktural, jadi Tabel 1.1 tampaknya masih menurut eselon sebelum penyetaraan: perbarui tabelnya atau jelaskan perbedaannya",
			ps.Fungsional, ps.Struktural, eselon)}}
}
