package lkip

import (
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/shopspring/decimal"
)

// This file reads lkip's own sections from the tree of the data file
// (internal/naskah), with the rules every section shares; the anggaran and
// kinerja sections are read by their packages from the same tree.

// bacaDokumen reads the sections of the document except anggaran and
// kinerja, whose values it returns.
func bacaDokumen(p *naskah.Pembaca, akar *naskah.Nilai) (d *Dokumen, ang, kin *naskah.Nilai) {
	o := p.Objek(akar, "")
	d = &Dokumen{Versi: VersiSkema}
	o.Ambil("versi") // read by parse
	sub(o, "identitas", func(o *naskah.Objek) { d.Identitas = bacaIdentitas(o) })
	sub(o, "profil", func(o *naskah.Objek) { d.Profil = bacaProfil(o) })
	sub(o, "narasi", func(o *naskah.Objek) { d.Narasi = bacaNarasi(o) })
	sub(o, "kutipan", func(o *naskah.Objek) { d.Kutipan = bacaKutipan(o) })
	d.Tanggapan = tanpaKosong(daftarObjek(o, "tanggapan", func(o *naskah.Objek) Tanggapan {
		return Tanggapan{Kode: o.Teks("kode"), Path: o.Teks("path"), Tanggapan: o.Teks("tanggapan")}
	}))
	ang, kin = o.Ambil("anggaran"), o.Ambil("kinerja")
	o.Selesai()
	return d, ang, kin
}

// sub reads the object field k with fn and refuses its unknown fields.
func sub(o *naskah.Objek, k string, fn func(o *naskah.Objek)) {
	s := o.Objek(k)
	fn(s)
	s.Selesai()
}

// daftarObjek reads the list of objects k, each with fn: nil when absent, a
// non-nil slice (maybe empty) when present. A list the writer leaves out
// when empty is read through tanpaKosong, so that [] reads back as nil.
func daftarObjek[T any](o *naskah.Objek, k string, fn func(o *naskah.Objek) T) []T {
	p := o.Pembaca()
	v := o.Ambil(k)
	if v == nil || v.Jenis != naskah.JenisDaftar {
		p.Daftar(v, o.Sub(k), nil)
		return nil
	}
	out := make([]T, 0, len(v.Isi))
	p.Daftar(v, o.Sub(k), func(v *naskah.Nilai, path string) {
		e := p.Objek(v, path)
		out = append(out, fn(e))
		e.Selesai()
	})
	return out
}

func bacaIdentitas(o *naskah.Objek) Identitas {
	id := Identitas{
		Pemda:   o.Teks("pemda"),
		Dinas:   o.Teks("dinas"),
		Tahun:   o.Bulat("tahun"),
		Alamat:  o.Teks("alamat"),
		Telepon: o.Teks("telepon"),
		Kota:    o.Teks("kota"),
		Tanggal: o.Teks("tanggal"),
	}
	sub(o, "kepala", func(o *naskah.Objek) {
		id.Kepala = Pejabat{Nama: o.Teks("nama"), NIP: o.Teks("nip"), Pangkat: o.Teks("pangkat"), Jabatan: o.Teks("jabatan")}
	})
	id.TandaTangan = tanpaKosong(daftarObjek(o, "tanda_tangan", func(o *naskah.Objek) TandaTangan {
		return TandaTangan{Bagian: o.Teks("bagian"), TempatTanggal: o.Teks("tempat_tanggal"),
			Nama: o.Teks("nama"), NIP: o.Teks("nip"), Pangkat: o.Teks("pangkat")}
	}))
	return id
}

func bacaUnit(o *naskah.Objek) Unit {
	return Unit{Nama: o.Teks("nama"), Sub: tanpaKosong(daftarObjek(o, "sub", bacaUnit))}
}

func bacaSilang(o *naskah.Objek) Silang {
	s := Silang{Judul: o.Teks("judul"), KepalaBaris: o.Teks("kepala_baris"), KepalaKolom: o.Teks("kepala_kolom"),
		Kolom: o.DaftarTeks("kolom")}
	s.Baris = daftarObjek(o, "baris", func(o *naskah.Objek) BarisSilang {
		return BarisSilang{Nama: o.Teks("nama"), Nilai: o.DaftarBulat("nilai"), Tercetak: o.BulatOpsional("jumlah")}
	})
	if o.Ada("jumlah") {
		sub(o, "jumlah", func(o *naskah.Objek) {
			s.Jumlah = &JumlahSilang{Nilai: o.DaftarBulat("nilai"), Tercetak: o.BulatOpsional("jumlah")}
		})
	} else {
		o.Ambil("jumlah")
	}
	s.Sumber = o.Teks("sumber")
	return s
}

func bacaProfil(o *naskah.Objek) Profil {
	var pr Profil
	pr.SusunanOrganisasi = daftarObjek(o, "susunan_organisasi", bacaUnit)
	pr.Pegawai = bacaPegawai(o)
	sub(o, "pns_pendidikan_eselon", func(o *naskah.Objek) { pr.PendidikanEselon = bacaSilang(o) })
	sub(o, "pns_pendidikan_golongan", func(o *naskah.Objek) { pr.PendidikanGolong = bacaSilang(o) })
	sub(o, "aset", func(o *naskah.Objek) {
		a := &pr.Aset
		a.Judul = o.Teks("judul")
		a.Baris = daftarObjek(o, "baris", func(o *naskah.Objek) Aset {
			return Aset{KodeBarang: o.Teks("kode_barang"), Nama: o.Teks("nama"), MerkTipe: o.Teks("merk_tipe"),
				Tahun: o.Bulat("tahun"), Keadaan: o.Teks("keadaan"), Jumlah: o.Bulat("jumlah")}
		})
		a.Tercetak = o.BulatOpsional("jumlah")
		a.Sumber = o.Teks("sumber")
	})
	pr.DasarHukum = tanpaKosong(daftarObjek(o, "dasar_hukum", func(o *naskah.Objek) DasarHukum {
		return DasarHukum{Bagian: o.Teks("bagian"), Jenis: o.Teks("jenis"), Nomor: o.Teks("nomor"),
			Tahun: o.Bulat("tahun"), Tentang: o.Teks("tentang")}
	}))
	pr.Permasalahan = o.DaftarTeks("permasalahan")
	pr.Solusi = o.DaftarTeks("solusi")
	return pr
}

func bacaTeks(o *naskah.Objek, k string) Teks {
	if t := o.DaftarTeks(k); t != nil {
		return Teks(t)
	}
	return nil
}

func bacaBagian(o *naskah.Objek) Bagian {
	// An empty text or sub list is none (nil): the writer leaves them out.
	return Bagian{Judul: o.Teks("judul"), Teks: tanpaKosong(bacaTeks(o, "teks")), Sub: tanpaKosong(daftarObjek(o, "sub", bacaBagian))}
}

func bacaNarasi(o *naskah.Objek) Narasi {
	n := Narasi{KataPengantar: bacaTeks(o, "kata_pengantar"), Ikhtisar: bacaTeks(o, "ikhtisar")}
	n.Bab1 = daftarObjek(o, "bab1", bacaBagian)
	n.Bab2 = daftarObjek(o, "bab2", bacaBagian)
	n.Bab3 = daftarObjek(o, "bab3", bacaBagian)
	n.Bab4 = bacaTeks(o, "bab4")
	n.Sasaran = tanpaKosong(daftarObjek(o, "sasaran", func(o *naskah.Objek) NarasiSasaran {
		return NarasiSasaran{Sasaran: o.Teks("sasaran"), Teks: bacaTeks(o, "teks")}
	}))
	n.IKU = tanpaKosong(daftarObjek(o, "iku", func(o *naskah.Objek) NarasiIKU {
		return NarasiIKU{IKU: o.Teks("iku"), Teks: bacaTeks(o, "teks")}
	}))
	return n
}

// bacaKutipanAngka reads a quoted figure: a JSON string keeps its text (read
// into its value by periksaBentuk, which knows the column kind), a JSON
// number its exact value; nil when absent or null.
func bacaKutipanAngka(o *naskah.Objek, k string) *Angka {
	v := o.Ambil(k)
	switch {
	case v == nil:
		return nil
	case v.Jenis == naskah.JenisTeks:
		return &Angka{Teks: v.Teks}
	case v.Jenis == naskah.JenisBilangan:
		d, err := decimal.NewFromString(v.Teks)
		if err != nil {
			o.Pembaca().Gagalf(v, o.Sub(k), "bilangan JSON %s tidak dapat dibaca", v.Teks)
		}
		return &Angka{Nilai: d}
	}
	o.Pembaca().Bukan(v, o.Sub(k), "angka atau teks angka")
	return nil
}
