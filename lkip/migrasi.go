package lkip

import (
	"errors"

	"github.com/pemkab/sakip/internal/naskah"
)

// migrasiV0 rewrites, in the tree of the file, a versi 0 document (the
// unversioned draft shape) as versi 1. Versi 0 differs in one place:
// identitas held the head of the dinas as flat fields, "kepala_dinas" (the
// name), "nip", "pangkat" and "jabatan", where versi 1 has the object
// "kepala". Everything else is carried over unchanged, and every value
// keeps its line, so that errors point into the file as given.
func migrasiV0(akar *naskah.Nilai) error {
	id := akar.Anggota("identitas")
	if id == nil || id.Jenis != naskah.JenisObjek {
		return nil
	}
	if k := id.Anggota("kepala"); k != nil {
		return &ParseError{Baris: int(k.Baris), Path: "identitas.kepala", Err: errors.New(
			"berkas tanpa \"versi\" dibaca sebagai versi 0, yang belum mengenal \"kepala\"; tambahkan \"versi\": 1")}
	}
	kepala := naskah.Nilai{Nama: "kepala", Jenis: naskah.JenisObjek, Baris: id.Baris, Lajur: id.Lajur}
	isi := id.Isi[:0:0]
	for _, m := range id.Isi {
		baru, pindah := map[string]string{"kepala_dinas": "nama", "nip": "nip", "pangkat": "pangkat", "jabatan": "jabatan"}[m.Nama]
		if !pindah {
			isi = append(isi, m)
			continue
		}
		if len(kepala.Isi) == 0 {
			kepala.Baris, kepala.Lajur = m.Baris, m.Lajur
		}
		m.Nama = baru
		kepala.Isi = append(kepala.Isi, m)
	}
	id.Isi = append(isi, kepala)
	return nil
}
