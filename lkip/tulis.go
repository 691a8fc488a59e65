package lkip

import (
	"errors"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
)

// This file writes the document in its data file form with the one writer
// (internal/naskah): the members in the order of SCHEMA.md, optional ones
// left out when empty, the anggaran and kinerja sections written by their
// packages into the same writer.

// Encode writes the document as indented JSON of the current schema
// version. Figures keep their printed text; Parse(Encode(d)) equals d, and
// Encode(Parse(Encode(d))) is byte-identical to Encode(d).
func (d *Dokumen) Encode() ([]byte, error) {
	if d == nil {
		return nil, errors.New("lkip: Encode tanpa dokumen")
	}
	w := naskah.NewPenulis("  ")
	if err := d.tulis(w); err != nil {
		return nil, err
	}
	return append(w.Bytes(), '\n'), nil
}

func (d *Dokumen) tulis(w *naskah.Penulis) error {
	w.MulaiObjek()
	w.Kunci("versi")
	w.Bulat(VersiSkema)
	w.Kunci("identitas")
	tulisIdentitas(w, &d.Identitas)
	w.Kunci("profil")
	tulisProfil(w, &d.Profil)
	w.Kunci("narasi")
	tulisNarasi(w, &d.Narasi)
	w.Kunci("kutipan")
	tulisKutipan(w, &d.Kutipan)
	if len(d.Tanggapan) > 0 {
		w.Kunci("tanggapan")
		w.MulaiDaftar()
		for _, t := range d.Tanggapan {
			w.MulaiObjek()
			kunciTeks(w, "kode", t.Kode)
			kunciTeks(w, "path", t.Path)
			kunciTeks(w, "tanggapan", t.Tanggapan)
			w.AkhirObjek()
		}
		w.AkhirDaftar()
	}
	w.Kunci("anggaran")
	if d.Anggaran == nil {
		w.Null()
	} else if err := d.Anggaran.TulisNaskah(w); err != nil {
		return err
	}
	w.Kunci("kinerja")
	if d.Kinerja == nil {
		w.Null()
	} else {
		d.Kinerja.TulisNaskah(w)
	}
	w.AkhirObjek()
	return nil
}

// kunciTeks writes the member k with the text s, even when empty.
func kunciTeks(w *naskah.Penulis, k, s string) {
	w.Kunci(k)
	w.Teks(s)
}

func kunciBulat(w *naskah.Penulis, k string, n int) {
	w.Kunci(k)
	w.Bulat(n)
}

// kunciBulatOpsional writes the member k when n is not nil.
func kunciBulatOpsional(w *naskah.Penulis, k string, n *int) {
	if n != nil {
		kunciBulat(w, k, *n)
	}
}

// daftarTeks writes a list of texts: null when nil.
func daftarTeks(w *naskah.Penulis, l []string) {
	if l == nil {
		w.Null()
		return
	}
	w.MulaiDaftar()
	for _, s := range l {
		w.Teks(s)
	}
	w.AkhirDaftar()
}

func daftarBulat(w *naskah.Penulis, l []int) {
	if l == nil {
		w.Null()
		return
	}
	w.MulaiDaftar()
	for _, n := range l {
		w.Bulat(n)
	}
	w.AkhirDaftar()
}

// tulisDaftar writes a list of objects with fn: null when nil.
func tulisDaftar[T any](w *naskah.Penulis, l []T, fn func(w *naskah.Penulis, x *T)) {
	if l == nil {
		w.Null()
		return
	}
	w.MulaiDaftar()
	for i := range l {
		w.MulaiObjek()
		fn(w, &l[i])
		w.AkhirObjek()
	}
	w.AkhirDaftar()
}

func tulisIdentitas(w *naskah.Penulis, id *Identitas) {
	w.MulaiObjek()
	kunciTeks(w, "pemda", id.Pemda)
	kunciTeks(w, "dinas", id.Dinas)
	kunciBulat(w, "tahun", id.Tahun)
	kunciTeks(w, "alamat", id.Alamat)
	kunciTeks(w, "telepon", id.Telepon)
	kunciTeks(w, "kota", id.Kota)
	kunciTeks(w, "tanggal", id.Tanggal)
	w.Kunci("kepala")
	w.MulaiObjek()
	kunciTeks(w, "nama", id.Kepala.Nama)
	kunciTeks(w, "nip", id.Kepala.NIP)
	kunciTeks(w, "pangkat", id.Kepala.Pangkat)
	kunciTeks(w, "jabatan", id.Kepala.Jabatan)
	w.AkhirObjek()
	if len(id.TandaTangan) > 0 {
		w.Kunci("tanda_tangan")
		tulisDaftar(w, id.TandaTangan, func(w *naskah.Penulis, t *TandaTangan) {
			kunciTeks(w, "bagian", t.Bagian)
			w.Medan("tempat_tanggal", t.TempatTanggal)
			kunciTeks(w, "nama", t.Nama)
			kunciTeks(w, "nip", t.NIP)
			kunciTeks(w, "pangkat", t.Pangkat)
		})
	}
	w.AkhirObjek()
}

func tulisUnit(w *naskah.Penulis, u *Unit) {
	kunciTeks(w, "nama", u.Nama)
	if len(u.Sub) > 0 {
		w.Kunci("sub")
		tulisDaftar(w, u.Sub, tulisUnit)
	}
}

func tulisSilang(w *naskah.Penulis, k string, s *Silang) {
	w.Kunci(k)
	w.MulaiObjek()
	kunciTeks(w, "judul", s.Judul)
	kunciTeks(w, "kepala_baris", s.KepalaBaris)
	kunciTeks(w, "kepala_kolom", s.KepalaKolom)
	w.Kunci("kolom")
	daftarTeks(w, s.Kolom)
	w.Kunci("baris")
	tulisDaftar(w, s.Baris, func(w *naskah.Penulis, b *BarisSilang) {
		kunciTeks(w, "nama", b.Nama)
		w.Kunci("nilai")
		daftarBulat(w, b.Nilai)
		kunciBulatOpsional(w, "jumlah", b.Tercetak)
	})
	if s.Jumlah != nil {
		w.Kunci("jumlah")
		w.MulaiObjek()
		w.Kunci("nilai")
		daftarBulat(w, s.Jumlah.Nilai)
		kunciBulatOpsional(w, "jumlah", s.Jumlah.Tercetak)
		w.AkhirObjek()
	}
	w.Medan("sumber", s.Sumber)
	w.AkhirObjek()
}

func tulisProfil(w *naskah.Penulis, p *Profil) {
	w.MulaiObjek()
	w.Kunci("susunan_organisasi")
	tulisDaftar(w, p.SusunanOrganisasi, tulisUnit)
	tulisPegawai(w, p.Pegawai)
	tulisSilang(w, "pns_pendidikan_eselon", &p.PendidikanEselon)
	tulisSilang(w, "pns_pendidikan_golongan", &p.PendidikanGolong)
	w.Kunci("aset")
	w.MulaiObjek()
	kunciTeks(w, "judul", p.Aset.Judul)
	w.Kunci("baris")
	tulisDaftar(w, p.Aset.Baris, func(w *naskah.Penulis, a *Aset) {
		kunciTeks(w, "kode_barang", a.KodeBarang)
		kunciTeks(w, "nama", a.Nama)
		kunciTeks(w, "merk_tipe", a.MerkTipe)
		kunciBulat(w, "tahun", a.Tahun)
		kunciTeks(w, "keadaan", a.Keadaan)
		kunciBulat(w, "jumlah", a.Jumlah)
	})
	kunciBulatOpsional(w, "jumlah", p.Aset.Tercetak)
	w.Medan("sumber", p.Aset.Sumber)
	w.AkhirObjek()
	if len(p.DasarHukum) > 0 {
		w.Kunci("dasar_hukum")
		tulisDaftar(w, p.DasarHukum, func(w *naskah.Penulis, h *DasarHukum) {
			kunciTeks(w, "bagian", h.Bagian)
			kunciTeks(w, "jenis", h.Jenis)
			kunciTeks(w, "nomor", h.Nomor)
			kunciBulat(w, "tahun", h.Tahun)
			w.Medan("tentang", h.Tentang)
		})
	}
	w.Kunci("permasalahan")
	daftarTeks(w, p.Permasalahan)
	w.Kunci("solusi")
	daftarTeks(w, p.Solusi)
	w.AkhirObjek()
}

func tulisBagian(w *naskah.Penulis, b *Bagian) {
	kunciTeks(w, "judul", b.Judul)
	if len(b.Teks) > 0 {
		w.Kunci("teks")
		daftarTeks(w, b.Teks)
	}
	if len(b.Sub) > 0 {
		w.Kunci("sub")
		tulisDaftar(w, b.Sub, tulisBagian)
	}
}

func tulisNarasi(w *naskah.Penulis, n *Narasi) {
	w.MulaiObjek()
	w.Kunci("kata_pengantar")
	daftarTeks(w, n.KataPengantar)
	w.Kunci("ikhtisar")
	daftarTeks(w, n.Ikhtisar)
	for _, b := range []struct {
		k string
		l []Bagian
	}{{"bab1", n.Bab1}, {"bab2", n.Bab2}, {"bab3", n.Bab3}} {
		w.Kunci(b.k)
		tulisDaftar(w, b.l, tulisBagian)
	}
	w.Kunci("bab4")
	daftarTeks(w, n.Bab4)
	if len(n.Sasaran) > 0 {
		w.Kunci("sasaran")
		tulisDaftar(w, n.Sasaran, func(w *naskah.Penulis, s *NarasiSasaran) {
			kunciTeks(w, "sasaran", s.Sasaran)
			w.Kunci("teks")
			daftarTeks(w, s.Teks)
		})
	}
	if len(n.IKU) > 0 {
		w.Kunci("iku")
		tulisDaftar(w, n.IKU, func(w *naskah.Penulis, s *NarasiIKU) {
			kunciTeks(w, "iku", s.IKU)
			w.Kunci("teks")
			daftarTeks(w, s.Teks)
		})
	}
	w.AkhirObjek()
}

// kunciAngka writes the quoted figure k of kind j when a is not nil: its
// printed text when the reader reads that text back to the same value,
// otherwise (no text, or a text typed in another notation, such as 1.500
// for a percentage typed the Indonesian way, which the file's rule reads
// differently) its value as a JSON number, so that no reload changes it.
func kunciAngka(w *naskah.Penulis, k string, a *Angka, j anggaran.Jenis) {
	if a == nil {
		return
	}
	w.Kunci(k)
	if a.Teks != "" {
		if d, err := anggaran.ParseAngka(a.Teks, j); err == nil && d.Equal(a.Nilai) {
			w.Teks(a.Teks)
			return
		}
	}
	w.Bilangan(anggaran.FormatAngkaBerkas(a.Nilai))
}
