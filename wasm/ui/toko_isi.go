package ui

import (
	"errors"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/lkip"
)

// The store's side of the Isi page: every edit is made by lkip (a
// structural edit or a value, see lkip/sunting.go) on the active
// document, which is then replaced by the result, recomputed and saved
// through the same path as any other edit.

// Sunting applies an edit of the library to the active document: on
// success the new document becomes the active one, everything is
// recomputed and it is saved once typing pauses; on error nothing changes
// and the error (in Bahasa Indonesia, naming the row) is returned.
func (t *Toko) Sunting(ubah func(d *lkip.Dokumen) (*lkip.Dokumen, error)) error {
	if t.Dok == nil {
		return errors.New("Belum ada dokumen: buat dokumen baru atau buka satu di halaman Data.")
	}
	baru, err := ubah(t.Dok)
	if err != nil {
		return err
	}
	t.Dok = baru
	t.hitung()
	// On another tab's version the same edit is made again; one that no
	// longer applies there is left out (the reader said why).
	t.ulang = append(t.ulang, ulangan{no: t.ubahan + 1, f: func(d *lkip.Dokumen) {
		if r, err := ubah(d); err == nil {
			*d = *r
		}
	}})
	t.catatUbah()
	return nil
}

// IsiNilai stores the text typed into the field at path (lkip's
// Dokumen.IsiNilai).
func (t *Toko) IsiNilai(path, nilai string) error {
	return t.Sunting(func(d *lkip.Dokumen) (*lkip.Dokumen, error) { return d.IsiNilai(path, nilai) })
}

// BuatBaru makes a new document for a dinas and a year (lkip.Baru) and
// stores and opens it as a new document; the year is typed text. The
// error, in Bahasa Indonesia, says what to fill in.
func (t *Toko) BuatBaru(pemda, dinas, bidang, tahun string) error {
	th, err := strconv.Atoi(strings.TrimSpace(tahun))
	if err != nil {
		return errors.New("Tahun harus berupa angka tahun, misalnya 2024.")
	}
	d, err := lkip.Baru(pemda, dinas, bidang, th)
	if err != nil {
		return errors.New(strings.TrimSuffix(kapital(strings.TrimPrefix(err.Error(), "dokumen baru: ")), ".") + ".")
	}
	t.MulaiImpor()
	t.tambah(d, "Dokumen baru dibuat: "+namaDokumen(d)+".")
	return nil
}

// pesanSunting words an error of an edit for the place it is shown.
func pesanSunting(err error) string {
	var pe *lkip.ParseError
	pesan := err.Error()
	if errors.As(err, &pe) && pe.Err != nil && pe.Path == "" {
		pesan = pe.Err.Error()
	}
	return strings.TrimSuffix(kapital(pesan), ".") + "."
}
