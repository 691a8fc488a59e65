package kinerja

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
)

// NormalizeKode returns the official form of a program, kegiatan or sub
// kegiatan code (Permendagri 90/2019) as [anggaran.Kode.String] writes it:
// "1.06.01", "1.06.01.2.01", "1.06.01.2.01.06". It accepts
//
//  1. the official form, with the sub kegiatan in two or four digits
//     ("1.06.01.2.01.0006" becomes "1.06.01.2.01.06"; a sub kegiatan
//     above 99 keeps four digits);
//  2. the short form of tables such as the seed's Tabel 3.2, numbers
//     separated by spaces: "1" (program), "1 2 1" (kegiatan 2.01), "1 2 1 6"
//     (sub kegiatan 06), completed with bidang ("1.06"); a lone number
//     without dots ("7") is a program in the short form.
//
// Reading is [anggaran.ParseKodeRincian]'s; codes above the program level
// (urusan "1", bidang "1.06") are refused. Errors are in Bahasa Indonesia
// and name the code.
func NormalizeKode(s, bidang string) (string, error) {
	k, err := parseKode(s, bidang)
	if err != nil {
		return "", err
	}
	return k.String(), nil
}

// parseKode is [NormalizeKode] returning the [anggaran.Kode].
func parseKode(s, bidang string) (anggaran.Kode, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return anggaran.Kode{}, errors.New("kode kosong")
	}
	var awalan anggaran.Kode
	if !strings.Contains(t, ".") {
		if bidang == "" {
			return anggaran.Kode{}, fmt.Errorf("kode pendek %q memerlukan kode urusan/bidang (misalnya \"bidang\": \"1.06\")", s)
		}
		var err error
		if awalan, err = parseBidang(bidang); err != nil {
			return anggaran.Kode{}, fmt.Errorf("kode pendek %q: %w", s, err)
		}
	}
	k, err := anggaran.ParseKodeRincian(t, awalan)
	if err != nil {
		return anggaran.Kode{}, err
	}
	if j := k.Jenjang(); j < anggaran.JenjangProgram {
		return anggaran.Kode{}, fmt.Errorf("kode %q adalah kode %s, bukan kode program (U.BB.PP), kegiatan (U.BB.PP.K.KK) atau sub kegiatan (U.BB.PP.K.KK.SS)", s, j)
	}
	return k, nil
}

// parseBidang reads the urusan and bidang code of a document ("1.06"). It
// must be written exactly in official form: no spaces, two-digit bidang.
func parseBidang(s string) (anggaran.Kode, error) {
	k, err := anggaran.ParseKode(s)
	if err != nil || k.Jenjang() != anggaran.JenjangBidang || k.String() != s {
		return anggaran.Kode{}, fmt.Errorf("kode bidang %q tidak sah (contoh: 1.06)", s)
	}
	return k, nil
}

// kodePada returns the official form of the ancestor at level j of the
// official code s ("1.06.01" for the program of "1.06.01.2.01.06"), or ""
// when s is not a valid code or lies above level j.
func kodePada(s string, j anggaran.Jenjang) string {
	k, err := anggaran.ParseKode(s)
	if err != nil || k.Jenjang() < j {
		return ""
	}
	return k.Pada(j).String()
}
