package lkip

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
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
		ts = append(ts, anggaran.Temuan{Kode: TemuanPendidikanSilang, Lokasi: anggaran.Lokasi{Bagian: l.letakPenanda("tabel_1_2"), Tabel: "Tabel 1.2", Baris: nama(1), Kolom: "jumlah pegawai", Path: "profil.pns_pendidikan_golongan"},
			Tercetak: fmt.Sprint(g.jumlah[1]), Terhitung: fmt.Sprint(g.jumlah[0]),
			Pesan: fmt.Sprintf("Tabel 1.2 memuat %d PNS berpendidikan %s, sedangkan Tabel 1.1 memuat %d PNS berpendidikan %s; kedua tabel menghitung PNS yang sama, jadi jumlah per jenjang pendidikan harus sama",
				g.jumlah[1], nama(1), g.jumlah[0], nama(0))})
	}
	return ts
}

// letakBab1 returns where the printed Bab I (the default outline when the
// chapter is empty) holds the first section whose text cocok accepts, as
// the reader names it ("Bab I B.1"); "Bab I" when none does.
func (l *Laporan) letakBab1(cocok func(Teks) bool) string {
	var cari func(bs []Bagian, label string) (string, bool)
	cari = func(bs []Bagian, label string) (string, bool) {
		for _, b := range bs {
			lab := labelJudul(b.Judul)
			if label != "" {
				lab = label + "." + lab
			}
			if cocok(b.Teks) {
				return lab, true
			}
			if s, ok := cari(b.Sub, lab); ok {
				return s, true
			}
		}
		return "", false
	}
	if s, ok := cari(l.bab1Cetak(), ""); ok && s != "" {
		return "Bab I " + s
	}
	return "Bab I"
}

// letakPenanda returns where Bab I prints the marker nama ("Bab I B.1" for
// the seed's Tabel 1.1).
func (l *Laporan) letakPenanda(nama string) string {
	return l.letakBab1(func(t Teks) bool { return adaPenandaDi(t, nama) })
}

// letakPegawai returns where Bab I prints the group of staff kunci: the
// section whose text holds one of its placeholders ({{kunci.…}}), else the
// one holding {{tabel_pegawai}}, else "Bab I" ("Bab I B.1" in the seed).
func (l *Laporan) letakPegawai(kunci string) string {
	if s := l.letakBab1(func(t Teks) bool {
		return kunci != "" && slices.ContainsFunc(t, func(s string) bool { return strings.Contains(s, "{{"+kunci+".") })
	}); s != "Bab I" {
		return s
	}
	return l.letakPenanda("tabel_pegawai")
}

// namaKelompok is a group's name for messages: as printed, else its key,
// else a placeholder.
func namaKelompok(k *KelompokPegawai) string {
	switch {
	case strings.TrimSpace(k.Nama) != "":
		return k.Nama
	case k.Kunci() != "":
		return k.Kunci()
	}
	return "(nama kelompok belum diisi)"
}

// uraianRincian writes the parts of a breakdown as a sum: "11 laki-laki +
// 15 perempuan".
func uraianRincian(r *RincianPegawai) string {
	var xs []string
	for _, b := range r.Butir {
		xs = append(xs, fmt.Sprintf("%d %s", b.Jumlah, b.Nama))
	}
	if len(xs) == 0 {
		return "tanpa butir"
	}
	return strings.Join(xs, " + ")
}

// periksaPegawai compares, for every group of staff, the printed total
// with the sum of its first complete breakdown (lkip/pegawai-jumlah), and
// every other breakdown with the total: a complete one must add up to it,
// a partial one (sebagian) to at most it (lkip/pegawai-rincian).
func (l *Laporan) periksaPegawai() []anggaran.Temuan {
	var ts []anggaran.Temuan
	ks := l.Dokumen.Profil.Pegawai
	for i := range ks {
		if i >= len(l.Profil.Pegawai) {
			break
		}
		k, h := &ks[i], &l.Profil.Pegawai[i]
		nama := namaKelompok(k)
		path := fmt.Sprintf("profil.pegawai[%d]", i)
		bab := l.letakPegawai(h.Kunci)
		if k.Tercetak != nil && h.Utama >= 0 && bandingCacah(strconv.Itoa(*k.Tercetak), h.Jumlah) != 0 {
			r := &k.Rincian[h.Utama]
			ts = append(ts, anggaran.Temuan{Kode: TemuanPegawaiJumlah, Lokasi: anggaran.Lokasi{Bagian: bab, Baris: nama, Kolom: "jumlah", Path: path + ".jumlah"},
				Tercetak: strconv.Itoa(*k.Tercetak), Terhitung: h.Jumlah,
				Pesan: fmt.Sprintf("jumlah %s tercetak %d, tidak sama dengan rinciannya menurut %s: %s = %s", nama, *k.Tercetak, strings.ToLower(r.Nama), uraianRincian(r), h.Jumlah)})
		}
		if h.Jumlah == "" {
			continue
		}
		for j := range k.Rincian {
			r := &k.Rincian[j]
			if j == h.Utama || len(r.Butir) == 0 {
				continue
			}
			c := bandingCacah(h.Rincian[j], h.Jumlah)
			if c == 0 || r.Sebagian && c < 0 {
				continue
			}
			t := anggaran.Temuan{Kode: TemuanPegawaiRincian, Lokasi: anggaran.Lokasi{Bagian: bab, Baris: nama, Kolom: r.Nama, Path: fmt.Sprintf("%s.rincian[%d]", path, j)},
				Tercetak: h.Rincian[j], Terhitung: h.Jumlah}
			if r.Sebagian {
				t.Pesan = fmt.Sprintf("rincian %s menurut %s (sebagian) berjumlah %s (%s), lebih dari jumlah %s (%s)", nama, strings.ToLower(r.Nama), h.Rincian[j], uraianRincian(r), nama, h.Jumlah)
			} else {
				t.Pesan = fmt.Sprintf("rincian %s menurut %s berjumlah %s (%s), tidak sama dengan jumlah %s (%s); setiap rincian lengkap harus berjumlah sama, atau tandai rincian yang hanya mencakup sebagian pegawai sebagai sebagian", nama, strings.ToLower(r.Nama), h.Rincian[j], uraianRincian(r), nama, h.Jumlah)
			}
			ts = append(ts, t)
		}
	}
	return ts
}

// penyetaraan finds the outcome of the penyetaraan jabatan in the staff:
// the breakdown keyed "penyetaraan" of the group "pns" (else of any
// group), with its parts "fungsional" and "struktural"; ok is false when
// the text states none.
func penyetaraan(ks []KelompokPegawai) (fungsional, struktural int, path string, ok bool) {
	for _, hanyaPNS := range []bool{true, false} {
		for i := range ks {
			if hanyaPNS && ks[i].Kunci() != "pns" {
				continue
			}
			for j := range ks[i].Rincian {
				r := &ks[i].Rincian[j]
				if r.Kunci() != "penyetaraan" {
					continue
				}
				ps := -1
				for b := range r.Butir {
					switch r.Butir[b].Kunci() {
					case "fungsional":
						fungsional += r.Butir[b].Jumlah
					case "struktural":
						struktural += r.Butir[b].Jumlah
						ps = b
					}
				}
				if ps < 0 {
					continue
				}
				return fungsional, struktural, fmt.Sprintf("profil.pegawai[%d].rincian[%d].butir[%d].jumlah", i, j, ps), fungsional+struktural > 0
			}
		}
	}
	return 0, 0, "", false
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
	fungsional, struktural, path, ok := penyetaraan(p.Pegawai)
	if !ok || !strings.Contains(strings.ToLower(p.PendidikanEselon.KepalaBaris), "eselon") {
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
	if !ada || eselon <= struktural {
		return nil
	}
	return []anggaran.Temuan{{Kode: TemuanPenyetaraanEselon,
		Lokasi:   anggaran.Lokasi{Bagian: l.letakPenanda("tabel_1_1"), Tabel: "Tabel 1.1", Baris: "penyetaraan jabatan", Kolom: "struktural", Path: path},
		Tercetak: fmt.Sprint(struktural), Terhitung: fmt.Sprint(eselon),
		Pesan: fmt.Sprintf("teks menyebut %d PNS disetarakan ke jabatan fungsional dan hanya %d PNS masih dalam jabatan struktural, tetapi Tabel 1.1 memuat %d PNS pada baris eselon; setiap pejabat eselon menduduki jabatan struktural, jadi Tabel 1.1 tampaknya masih menurut eselon sebelum penyetaraan: perbarui tabelnya atau jelaskan perbedaannya",
			fungsional, struktural, eselon)}}
}
