package kinerja

import (
	"fmt"
	"strconv"
	"strings"
)

// NormalisasiKode returns the official form of a program, kegiatan or sub
// kegiatan code (Permendagri 90/2019): "1.06.01", "1.06.01.2.01",
// "1.06.01.2.01.06". It accepts
//
//  1. the official form, with the sub kegiatan in two or four digits
//     ("1.06.01.2.01.0006" stays as written);
//  2. the short form of tables such as the seed's Tabel 3.2, numbers
//     separated by spaces: "1" (program), "1 2 1" (kegiatan 2.01), "1 2 1 6"
//     (sub kegiatan 06), completed with bidang ("1.06"); a lone number
//     without dots ("7") is a program in the short form.
//
// Anything else is an error in Bahasa Indonesia.
func NormalisasiKode(s, bidang string) (string, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return "", fmt.Errorf("kode kosong")
	}
	if strings.ContainsAny(t, " \t") || (!strings.Contains(t, ".") && angkaSaja(t)) {
		return kodePendek(t, bidang)
	}
	parts := strings.Split(t, ".")
	// widths of the six parts of U.BB.PP.K.KK.SS
	width := []int{1, 2, 2, 1, 2, 2}
	switch len(parts) {
	case 3, 5, 6:
	default:
		return "", fmt.Errorf("kode %q tidak berbentuk U.BB.PP (program), U.BB.PP.K.KK (kegiatan) atau U.BB.PP.K.KK.SS (sub kegiatan)", s)
	}
	for i, p := range parts {
		if !angkaSaja(p) {
			return "", fmt.Errorf("kode %q: bagian ke-%d %q bukan angka", s, i+1, p)
		}
		w := width[i]
		if len(p) != w && !(i == 5 && len(p) == 4) {
			return "", fmt.Errorf("kode %q: bagian ke-%d %q harus %d digit", s, i+1, p, w)
		}
	}
	return t, nil
}

func kodePendek(s, bidang string) (string, error) {
	if bidang == "" {
		return "", fmt.Errorf("kode pendek %q memerlukan kode urusan/bidang (misalnya \"bidang\": \"1.06\")", s)
	}
	if !bidangSah(bidang) {
		return "", fmt.Errorf("kode bidang %q tidak sah (contoh: 1.06)", bidang)
	}
	f := strings.Fields(s)
	if len(f) != 1 && len(f) != 3 && len(f) != 4 {
		return "", fmt.Errorf("kode pendek %q harus berisi 1, 3 atau 4 angka (program, kegiatan, sub kegiatan)", s)
	}
	n := make([]int, len(f))
	for i, p := range f {
		v, err := strconv.Atoi(p)
		if err != nil || !angkaSaja(p) || v < 0 || v > 9999 {
			return "", fmt.Errorf("kode pendek %q: %q bukan angka", s, p)
		}
		n[i] = v
	}
	if n[0] > 99 || (len(n) > 1 && (n[1] > 9 || n[2] > 99)) {
		return "", fmt.Errorf("kode pendek %q di luar jangkauan", s)
	}
	out := fmt.Sprintf("%s.%02d", bidang, n[0])
	if len(n) > 1 {
		out += fmt.Sprintf(".%d.%02d", n[1], n[2])
	}
	if len(n) > 3 {
		if n[3] > 99 {
			out += fmt.Sprintf(".%04d", n[3])
		} else {
			out += fmt.Sprintf(".%02d", n[3])
		}
	}
	return out, nil
}

// bidangSah reports whether s is an urusan and bidang code "U.BB" (1.06).
func bidangSah(s string) bool {
	p := strings.Split(s, ".")
	return len(p) == 2 && len(p[0]) == 1 && len(p[1]) == 2 && angkaSaja(p[0]) && angkaSaja(p[1])
}

func angkaSaja(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// potongKode returns the first n dot-separated parts of an official code,
// or "" when it has fewer.
func potongKode(kode string, n int) string {
	parts := strings.Split(kode, ".")
	if len(parts) < n {
		return ""
	}
	return strings.Join(parts[:n], ".")
}

// kodeSama reports whether two official codes name the same item, reading
// a four-digit sub kegiatan ("0006") as its two-digit form ("06").
func kodeSama(a, b string) bool { return kanonKode(a) == kanonKode(b) }

func kanonKode(k string) string {
	parts := strings.Split(k, ".")
	if len(parts) == 6 && len(parts[5]) == 4 && strings.HasPrefix(parts[5], "00") {
		parts[5] = parts[5][2:]
	}
	return strings.Join(parts, ".")
}

// dalamKode reports whether code k lies under (or is) code induk.
func dalamKode(k, induk string) bool {
	k, induk = kanonKode(k), kanonKode(induk)
	return k == induk || strings.HasPrefix(k, induk+".")
}
