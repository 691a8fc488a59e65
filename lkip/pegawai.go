package lkip

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/internal/normal"
)

// This file holds the staff of Bab I (profil.pegawai): keys, reading and
// writing, the computed totals and the placeholders ({{pns.jumlah}}).

// kunciDari returns id, or else nama in lower case with every run of
// characters other than letters and digits as one "_", trimmed of "_".
func kunciDari(id, nama string) string {
	if id != "" {
		return id
	}
	return normal.Nama(nama, "_")
}

// kunciSah reports whether an explicit key is made of lower-case letters,
// digits and "_" only: a key is part of a placeholder's name.
func kunciSah(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// bacaPegawai reads profil.pegawai; an empty list is no list (nil), as
// the writer, which leaves an empty list out, reads it back.
func bacaPegawai(o *naskah.Objek) []KelompokPegawai {
	return tanpaKosong(daftarObjek(o, "pegawai", func(o *naskah.Objek) KelompokPegawai {
		k := KelompokPegawai{ID: o.Teks("id"), Nama: o.Teks("nama"), Tercetak: o.BulatOpsional("jumlah")}
		k.Rincian = tanpaKosong(daftarObjek(o, "rincian", func(o *naskah.Objek) RincianPegawai {
			r := RincianPegawai{ID: o.Teks("id"), Nama: o.Teks("nama"), Sebagian: o.Benar("sebagian")}
			r.Butir = daftarObjek(o, "butir", func(o *naskah.Objek) ButirPegawai {
				return ButirPegawai{ID: o.Teks("id"), Nama: o.Teks("nama"), Jumlah: o.Bulat("jumlah")}
			})
			return r
		}))
		return k
	}))
}

// tanpaKosong returns nil for an empty list.
func tanpaKosong[T any](l []T) []T {
	if len(l) == 0 {
		return nil
	}
	return l
}

func tulisPegawai(w *naskah.Penulis, ks []KelompokPegawai) {
	if len(ks) == 0 {
		return
	}
	w.Kunci("pegawai")
	tulisDaftar(w, ks, func(w *naskah.Penulis, k *KelompokPegawai) {
		w.Medan("id", k.ID)
		kunciTeks(w, "nama", k.Nama)
		kunciBulatOpsional(w, "jumlah", k.Tercetak)
		if len(k.Rincian) > 0 {
			w.Kunci("rincian")
			tulisDaftar(w, k.Rincian, func(w *naskah.Penulis, r *RincianPegawai) {
				w.Medan("id", r.ID)
				kunciTeks(w, "nama", r.Nama)
				if r.Sebagian {
					w.Kunci("sebagian")
					w.Boolean(true)
				}
				w.Kunci("butir")
				tulisDaftar(w, r.Butir, func(w *naskah.Penulis, b *ButirPegawai) {
					w.Medan("id", b.ID)
					kunciTeks(w, "nama", b.Nama)
					kunciBulat(w, "jumlah", b.Jumlah)
				})
			})
		}
	})
}

// periksaPegawai checks what makes the staff unreadable: a group, a
// breakdown or a part without a name or key, a key that is not a
// placeholder name, a key given twice, a negative count. Totals that
// disagree are findings of the reviu, not errors.
func periksaPegawai(ks []KelompokPegawai) error {
	kunci := func(id, nama, path, apa string) (string, error) {
		if id != "" && !kunciSah(id) {
			return "", &ParseError{Path: path + ".id", Err: fmt.Errorf("id %s %q hanya boleh berisi huruf kecil, angka dan garis bawah (_), misalnya \"pns\" atau \"laki_laki\"", apa, id)}
		}
		// A row without a name nor an id is being filled in (the PWA adds
		// empty rows): it has no key, so no placeholder.
		return kunciDari(id, nama), nil
	}
	grup := map[string]string{}
	for i := range ks {
		k := &ks[i]
		p := fmt.Sprintf("profil.pegawai[%d]", i)
		kk, err := kunci(k.ID, k.Nama, p, fmt.Sprintf("kelompok pegawai ke-%d", i+1))
		if err != nil {
			return err
		}
		if _, statis := namaIsian[kk]; statis {
			return &ParseError{Path: p + ".id", Err: fmt.Errorf("kelompok pegawai %q memakai kunci %q yang sudah dipakai isian lain; beri id lain", k.Nama, kk)}
		}
		if lain, ada := grup[kk]; ada && kk != "" {
			return &ParseError{Path: p + ".nama", Err: fmt.Errorf("kelompok pegawai %q dan %q mempunyai kunci yang sama (%q); beri salah satunya id lain", lain, k.Nama, kk)}
		}
		grup[kk] = k.Nama
		if k.Tercetak != nil && *k.Tercetak < 0 {
			return &ParseError{Path: p + ".jumlah", Err: fmt.Errorf("jumlah %s %d tidak boleh negatif", k.Nama, *k.Tercetak)}
		}
		rin := map[string]string{}
		for j := range k.Rincian {
			r := &k.Rincian[j]
			rp := fmt.Sprintf("%s.rincian[%d]", p, j)
			rk, err := kunci(r.ID, r.Nama, rp, fmt.Sprintf("rincian ke-%d kelompok %s", j+1, k.Nama))
			if err != nil {
				return err
			}
			if lain, ada := rin[rk]; ada && rk != "" {
				return &ParseError{Path: rp + ".nama", Err: fmt.Errorf("kelompok %s mempunyai dua rincian dengan kunci %q (%q dan %q); beri salah satunya id lain", k.Nama, rk, lain, r.Nama)}
			}
			rin[rk] = r.Nama
			butir := map[string]string{}
			for b := range r.Butir {
				x := &r.Butir[b]
				bp := fmt.Sprintf("%s.butir[%d]", rp, b)
				bk, err := kunci(x.ID, x.Nama, bp, fmt.Sprintf("butir ke-%d rincian %s kelompok %s", b+1, r.Nama, k.Nama))
				if err != nil {
					return err
				}
				if lain, ada := butir[bk]; ada && bk != "" {
					return &ParseError{Path: bp + ".nama", Err: fmt.Errorf("rincian %s kelompok %s mempunyai dua butir dengan kunci %q (%q dan %q); beri salah satunya id lain", r.Nama, k.Nama, bk, lain, x.Nama)}
				}
				butir[bk] = x.Nama
				if x.Jumlah < 0 {
					return &ParseError{Path: bp + ".jumlah", Err: fmt.Errorf("jumlah %s (%s, kelompok %s) %d tidak boleh negatif", x.Nama, r.Nama, k.Nama, x.Jumlah)}
				}
			}
		}
	}
	return nil
}

// KelompokHitung holds the computed totals of one group of staff.
type KelompokHitung struct {
	Kunci, Nama string
	// Jumlah is the group's total as exact decimal text (never wrapped):
	// the sum of its first complete breakdown, else its printed total; ""
	// when it has neither.
	Jumlah string
	// Total is Jumlah as an int (math.MaxInt64 when it does not fit; 0
	// when Jumlah is "").
	Total int
	// Utama is the index of the breakdown that gives the total, -1 when
	// the printed total gives it.
	Utama int
	// Rincian is the exact sum of each breakdown, as decimal text.
	Rincian []string
}

func hitungKelompok(k *KelompokPegawai) KelompokHitung {
	h := KelompokHitung{Kunci: k.Kunci(), Nama: k.Nama, Utama: -1}
	for j, r := range k.Rincian {
		xs := make([]int, len(r.Butir))
		for b, x := range r.Butir {
			xs[b] = x.Jumlah
		}
		h.Rincian = append(h.Rincian, jumlahCacah(xs...))
		if h.Utama < 0 && !r.Sebagian && len(r.Butir) > 0 {
			h.Utama = j
		}
	}
	switch {
	case h.Utama >= 0:
		h.Jumlah = h.Rincian[h.Utama]
	case k.Tercetak != nil:
		h.Jumlah = strconv.Itoa(*k.Tercetak)
	}
	if h.Jumlah != "" {
		n, err := strconv.Atoi(h.Jumlah)
		if err != nil {
			n = math.MaxInt64
		}
		h.Total = n
	}
	return h
}

// bandingCacah compares two exact decimal counts: -1, 0 or 1.
func bandingCacah(a, b string) int {
	var x, y big.Int
	x.SetString(a, 10)
	y.SetString(b, 10)
	return x.Cmp(&y)
}

// pnsHitung returns the PNS the text states, which Tabel 1.1 and 1.2
// count: the total of the group whose key is "pns", or else the sum of the
// parts keyed "pns" of every group's breakdown keyed "status" (a Dinas
// Kesehatan's dokter, perawat and bidan, each by status); 0 when the text
// states neither.
func pnsHitung(ks []KelompokPegawai, hs []KelompokHitung) int {
	for i := range ks {
		if hs[i].Kunci == "pns" {
			return hs[i].Total
		}
	}
	n := 0
	for _, k := range ks {
		for _, r := range k.Rincian {
			if r.Kunci() != "status" {
				continue
			}
			for _, b := range r.Butir {
				if b.Kunci() == "pns" {
					n += b.Jumlah
				}
			}
		}
	}
	return n
}

// isianPegawai adds the placeholders of the staff to m: for each group
// "<kelompok>.jumlah" (its computed total), "<kelompok>.<rincian>.<butir>"
// for every part and "<kelompok>.<butir>" for a part whose key is unique
// in the group (and is not "jumlah").
func isianPegawai(ks []KelompokPegawai, hs []KelompokHitung, m map[string]string) {
	for i := range ks {
		k := &ks[i]
		g := hs[i].Kunci
		if g == "" {
			continue // not named yet
		}
		m[g+".jumlah"] = atauBelum(hs[i].Jumlah, "jumlah "+k.Nama)
		kali := map[string]int{}
		for _, r := range k.Rincian {
			for _, b := range r.Butir {
				kali[b.Kunci()]++
			}
		}
		for _, r := range k.Rincian {
			for _, b := range r.Butir {
				if r.Kunci() == "" || b.Kunci() == "" {
					continue
				}
				v := strconv.Itoa(b.Jumlah)
				m[g+"."+r.Kunci()+"."+b.Kunci()] = v
				if bk := b.Kunci(); kali[bk] == 1 && bk != "jumlah" {
					m[g+"."+bk] = v
				}
			}
		}
	}
}

// namaIsianPegawai returns the placeholder names of the staff, for the
// reader's check of the narrative.
func namaIsianPegawai(ks []KelompokPegawai) map[string]bool {
	hs := make([]KelompokHitung, len(ks))
	for i := range ks {
		hs[i] = KelompokHitung{Kunci: ks[i].Kunci(), Jumlah: "0"}
	}
	m := map[string]string{}
	isianPegawai(ks, hs, m)
	out := make(map[string]bool, len(m))
	for n := range m {
		out[n] = true
	}
	return out
}

// errIsianPegawai explains an unknown placeholder "<kelompok>.<…>": which
// group or part is missing; nil when n does not look like one.
func errIsianPegawai(n string, ks []KelompokPegawai) error {
	g, _, ok := strings.Cut(n, ".")
	if !ok {
		return nil
	}
	for i := range ks {
		if ks[i].Kunci() == g {
			return fmt.Errorf("isian {{%s}} tidak dikenal: kelompok pegawai %q tidak mempunyai butir rincian itu (yang dikenal: {{%s.jumlah}} dan kunci butir rinciannya)", n, ks[i].Nama, g)
		}
	}
	return fmt.Errorf("isian {{%s}} tidak dikenal: belum ada kelompok pegawai dengan kunci %q di Bab I (lihat SCHEMA.md, profil.pegawai)", n, g)
}
