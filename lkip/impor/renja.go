package impor

import (
	"sort"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja/renja"
)

// usulRenja recognises the Renja form by its numbers row ("1 2 3 … 15",
// "13 = 9 + 10 + 11 + 12" counting as 13) among the first 60 rows, and
// proposes its columns 3, 8 Rp and 13 Rp as uraian, pagu and realisasi.
// The header ends with the row "K Rp. %" under the numbers when there is
// one (Usulan.Judul is that row).
func usulRenja(l *Lembar) (Usulan, bool) {
	if l.xlsx == nil {
		return Usulan{}, false
	}
	for i, b := range l.Baris {
		if i >= 60 {
			break
		}
		nomor := map[int]int{} // numbered column → first sheet column
		for c, s := range b.Sel {
			f := strings.FieldsFunc(s.Teks, func(r rune) bool { return r == ' ' || r == '=' })
			if len(f) == 0 {
				continue
			}
			n, err := strconv.Atoi(f[0])
			if err != nil || n < 1 || n > 15 {
				continue
			}
			if _, ada := nomor[n]; !ada {
				nomor[n] = c + 1
			}
		}
		if len(nomor) < 15 {
			continue
		}
		u := Usulan{Jenis: JenisRenja, Judul: b.No, Kolom: make([]Kolom, l.Kolom), JudulKolom: make([]string, l.Kolom)}
		// the numbered column of each sheet column: the nearest number at
		// or left of it
		awal := make([]int, 0, 15)
		for n := 1; n <= 15; n++ {
			awal = append(awal, nomor[n])
		}
		sort.Ints(awal)
		nomorDi := map[int]int{}
		for n, c := range nomor {
			nomorDi[c] = n
		}
		var sub BarisLembar
		if i+1 < len(l.Baris) {
			sub = l.Baris[i+1]
		}
		for c := 1; c <= l.Kolom; c++ {
			n := 0
			for _, a := range awal {
				if a <= c {
					n = nomorDi[a]
				}
			}
			if n == 0 {
				continue
			}
			sk := ""
			if c <= len(sub.Sel) {
				sk = strings.TrimSuffix(strings.ToUpper(sub.Sel[c-1].Teks), ".")
			}
			judul := strconv.Itoa(n)
			if sk == "K" || sk == "RP" || sk == "%" {
				judul += " " + map[string]string{"K": "K", "RP": "Rp", "%": "%"}[sk]
			}
			if t := judulAtas(l, b.No, nomor[n]); t != "" {
				judul += " · " + t
			}
			u.JudulKolom[c-1] = judul
			switch {
			case n == 3 && c == nomor[3]:
				u.Kolom[c-1] = KolomUraian
			case n == 8 && sk == "RP":
				u.Kolom[c-1] = KolomPagu
			case n == 13 && sk == "RP":
				u.Kolom[c-1] = KolomRealisasi
			}
		}
		// the header ends with the row "K Rp. %" under the numbers
		for _, x := range sub.Sel {
			if t := strings.ToUpper(x.Teks); t == "K" || t == "RP" || t == "RP." {
				u.Judul = sub.No
				break
			}
		}
		return u, true
	}
	return Usulan{}, false
}

// judulAtas is the nearest non-empty text above row no in column c: the
// column's title in a header of several rows.
func judulAtas(l *Lembar, no, c int) string {
	t := ""
	for _, b := range l.Baris {
		if b.No >= no {
			break
		}
		if c <= len(b.Sel) && b.Sel[c-1].Teks != "" {
			t = b.Sel[c-1].Teks
		}
	}
	if r := []rune(t); len(r) > 50 {
		t = string(r[:50]) + "…"
	}
	return t
}

// calonRenja reads the rows of the Renja form f of sheet l: the tree comes from the
// renja reader (its SUM formulas and layout); a row's level from its name
// when the nomenclature knows the name at one level only, else from that
// tree. Urusan and bidang rows are not budget rows; the form's total row
// is the printed total. The title rows give the Pemda, the perangkat
// daerah and the year.
func calonRenja(l *Lembar, f *renja.Formulir, u Usulan) ([]calon, *calon, anggaran.Kode, Identitas, error) {
	id := Identitas{Pemda: f.Pemda, Dinas: f.PerangkatDaerah, Tahun: f.Tahun}
	bidang := bidangNama(f)
	var out []calon
	for _, b := range f.Baris {
		if b.Lanjutan || b.Lembar <= u.Judul {
			continue
		}
		c := calon{no: b.Lembar, nilai: nilaiBaris(l, u, b.Lembar)}
		c.nama = c.nilai[KolomUraian].Teks
		if c.nama == "" {
			c.nama = b.Nama
		}
		j, dariNama := tingkatNama(c.nama, bidang)
		if !dariNama {
			switch b.Tingkat {
			case renja.Urusan:
				j = anggaran.JenjangUrusan
			case renja.Bidang:
				j = anggaran.JenjangBidang
			case renja.Program:
				j = anggaran.JenjangProgram
			case renja.Kegiatan:
				j = anggaran.JenjangKegiatan
			case renja.SubKegiatan:
				j = anggaran.JenjangSubKegiatan
			}
		}
		switch j {
		case anggaran.JenjangUrusan, anggaran.JenjangBidang:
			c.lewat = "baris " + j.String() + ", bukan baris anggaran"
		case 0:
			c.tolak = "tingkatnya (program, kegiatan atau sub kegiatan) tidak dapat ditentukan: namanya tidak ada di nomenklatur dan rumus atau tata letak formulir tidak menunjukkannya"
		}
		c.tingkat = j
		out = append(out, c)
	}
	hanyaRenstra(out)
	var jumlah *calon
	if f.Jumlah != nil && f.Jumlah.Lembar > 0 {
		jumlah = &calon{no: f.Jumlah.Lembar, nama: "Jumlah", nilai: nilaiBaris(l, u, f.Jumlah.Lembar)}
	}
	return out, jumlah, bidang, id, nil
}

// hanyaRenstra skips the rows of the form that have none of this year's
// mapped figures, nor any row below them (the form lists the Renstra's
// rows without a budget this year): they are not this year's budget rows.
func hanyaRenstra(cs []calon) {
baris:
	for i := len(cs) - 1; i >= 0; i-- {
		c := &cs[i]
		if c.lewat != "" || c.tingkat < anggaran.JenjangProgram {
			continue
		}
		for _, k := range []Kolom{KolomPaguMurni, KolomPagu, KolomRealisasi, KolomSisa, KolomPersen, KolomFisik} {
			if _, ok := c.nilai[k]; ok {
				continue baris
			}
		}
		bawah := false
		for j := i + 1; j < len(cs) && cs[j].tingkat > c.tingkat; j++ {
			bawah = bawah || cs[j].lewat == ""
		}
		if !bawah {
			c.lewat, c.tolak = "baris Renstra saja: tidak ada pagu atau realisasi tahun ini", ""
		}
	}
}

// nilaiBaris returns the mapped cells of sheet row no that are not empty.
func nilaiBaris(l *Lembar, u Usulan, no int) map[Kolom]Sel {
	m := map[Kolom]Sel{}
	for c, k := range u.Kolom {
		if k == "" {
			continue
		}
		if s := l.Sel(no, c+1); s.Teks != "" {
			m[k] = s
		}
	}
	return m
}

// penunjang is a bidang under which the nomenclature lists the Program
// Penunjang's entries shared by every bidang.
var penunjang = anggaran.MustKode("1.01")

// tingkatNama returns the level at which the nomenclature knows a name,
// when it knows it at one level only (with the form's bidang, the
// Program Penunjang's kegiatan and sub kegiatan too).
func tingkatNama(nama string, bidang anggaran.Kode) (anggaran.Jenjang, bool) {
	hits := anggaran.LookupNama(nama, anggaran.JenjangJumlah, bidang)
	if len(hits) == 0 && !bidang.IsZero() {
		hits = anggaran.LookupNama(nama, anggaran.JenjangJumlah, anggaran.Kode{})
	}
	if len(hits) == 0 {
		// the Program Penunjang's kegiatan and sub kegiatan, the same in
		// every bidang, are found under any bidang: here only their level
		// matters
		hits = anggaran.LookupNama(nama, anggaran.JenjangJumlah, penunjang)
	}
	var j anggaran.Jenjang
	for _, h := range hits {
		switch {
		case h.Jenjang < anggaran.JenjangProgram:
			continue
		case j == 0:
			j = h.Jenjang
		case j != h.Jenjang:
			return 0, false
		}
	}
	return j, j != 0
}

// bidangNama is the bidang urusan of the form's rows as the nomenclature
// names them: the bidang most names of programs, kegiatan and sub
// kegiatan belong to (those of the Program Penunjang, shared by every
// bidang, tell none).
func bidangNama(f *renja.Formulir) anggaran.Kode {
	hitung := map[anggaran.Kode]int{}
	for _, b := range f.Baris {
		if b.Lanjutan {
			continue
		}
		for _, h := range anggaran.LookupNama(b.Nama, anggaran.JenjangJumlah, anggaran.Kode{}) {
			if h.Jenjang < anggaran.JenjangProgram {
				continue
			}
			hitung[h.Kode.Pada(anggaran.JenjangBidang)]++
		}
	}
	var best anggaran.Kode
	n := 0
	for k, c := range hitung {
		if c > n || c == n && k.Compare(best) < 0 {
			best, n = k, c
		}
	}
	return best
}

// temuanRenja are the findings of the form's own review (renja.Periksa):
// its printed totals in every Rp column, urusan and bidang rows included,
// and its columns 13–15.
func temuanRenja(f *renja.Formulir) []anggaran.Temuan {
	return renja.Periksa(f, renja.Hitung(f, renja.Opsi{}))
}
