package lkip

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
)

// Baru returns a new, empty document for one dinas and one year: the
// identity (pemda, dinas, year, the signatory's title) and empty anggaran
// and kinerja sections that already carry the year and the dinas' urusan
// and bidang code (bidang, e.g. "1.02" for Kesehatan), so that short codes
// typed later ("1 2 1 6") are completed. Everything else is filled in
// afterwards; [Laporan.Kelengkapan] says what is still missing.
//
// The document is valid: Parse(Encode(d)) gives it back. The errors, in
// Bahasa Indonesia, are for a year outside 1900–2200, an empty pemda or
// dinas, or a bidang that is not an urusan.bidang code.
func Baru(pemda, dinas, bidang string, tahun int) (*Dokumen, error) {
	pemda, dinas = strings.TrimSpace(pemda), strings.TrimSpace(dinas)
	if pemda == "" {
		return nil, fmt.Errorf("dokumen baru: nama pemda belum diisi (misalnya \"Kabupaten Flores Timur\")")
	}
	if dinas == "" {
		return nil, fmt.Errorf("dokumen baru: nama dinas belum diisi (misalnya \"Dinas Kesehatan\")")
	}
	if tahun < 1900 || tahun > 2200 {
		return nil, fmt.Errorf("dokumen baru: tahun %d tidak sah (harus antara 1900 dan 2200)", tahun)
	}
	k, err := anggaran.ParseKode(strings.TrimSpace(bidang))
	if err != nil || k.Jenjang() != anggaran.JenjangBidang {
		return nil, fmt.Errorf("dokumen baru: kode urusan/bidang %q tidak sah: tulis urusan dan bidang, misalnya \"1.02\" untuk Kesehatan", bidang)
	}
	return &Dokumen{
		Versi: VersiSkema,
		Identitas: Identitas{
			Pemda: pemda, Dinas: dinas, Tahun: tahun,
			Kepala: Pejabat{Jabatan: "Kepala " + dinas + " " + pemda},
		},
		Anggaran: &anggaran.Anggaran{Tahun: tahun, UrusanBidang: k},
		Kinerja: &kinerja.Dokumen{Tahun: tahun, Bidang: k.String(),
			PerjanjianKinerja: kinerja.PerjanjianKinerja{Tahun: tahun}},
	}, nil
}
