package kinerja

import (
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
)

// MarshalJSON writes the document as the kinerja section of a data file,
// in the schema [Parse] reads, so that Parse(MarshalJSON(d)) gives d back.
// Figures are written as printed (their Teks) when that text reads back to
// the same value, else as JSON numbers.
func (d *Dokumen) MarshalJSON() ([]byte, error) {
	if d == nil {
		return []byte("null"), nil
	}
	w := naskah.NewPenulis("")
	d.TulisNaskah(w)
	return w.Bytes(), nil
}

// TulisNaskah writes the section into w, the writer of the whole data file
// (internal/naskah), as [Dokumen.MarshalJSON] describes: members in the
// order of the schema, optional ones left out when empty. It is for the
// packages of this module. A nil d is written as null; a nil w writes
// nothing.
func (d *Dokumen) TulisNaskah(w *naskah.Penulis) {
	if w == nil {
		return
	}
	if d == nil {
		w.Null()
		return
	}
	w.MulaiObjek()
	w.Kunci("tahun")
	w.Bulat(d.Tahun)
	w.Medan("bidang", d.Bidang)
	if r := &d.Renstra; !renstraKosong(r) {
		w.Kunci("renstra")
		w.MulaiObjek()
		bulatOpsional(w, "periode_awal", r.PeriodeAwal)
		bulatOpsional(w, "periode_akhir", r.PeriodeAkhir)
		w.Medan("visi_daerah", r.VisiDaerah)
		w.Medan("visi", r.Visi)
		for _, b := range []struct {
			k string
			l []Butir
		}{{"misi_dinas", r.MisiDinas}, {"misi", r.Misi}, {"tujuan", r.Tujuan}, {"sasaran", r.Sasaran}, {"strategi", r.Strategi}, {"kebijakan", r.Kebijakan}} {
			if len(b.l) == 0 {
				continue
			}
			w.Kunci(b.k)
			w.MulaiDaftar()
			for _, x := range b.l {
				w.MulaiObjek()
				w.Medan("nomor", x.Nomor)
				w.Kunci("uraian")
				w.Teks(x.Uraian)
				w.AkhirObjek()
			}
			w.AkhirDaftar()
		}
		w.AkhirObjek()
	}
	if len(d.Sasaran) > 0 {
		w.Kunci("sasaran")
		w.MulaiDaftar()
		for _, s := range d.Sasaran {
			w.MulaiObjek()
			teks(w, "id", s.ID)
			w.Medan("nomor", s.Nomor)
			teks(w, "uraian", s.Uraian)
			w.Medan("renstra", s.Renstra)
			tulisKutipan(w, s.Tercetak)
			if len(s.Capaian) > 0 {
				w.Kunci("capaian")
				w.MulaiDaftar()
				for _, c := range s.Capaian {
					w.MulaiObjek()
					w.Kunci("tahun")
					w.Bulat(c.Tahun)
					w.Medan("sumber", c.Sumber)
					tulisAngka(w, "capaian", c.Capaian, anggaran.JenisPersen)
					w.AkhirObjek()
				}
				w.AkhirDaftar()
			}
			if len(s.Anggaran) > 0 {
				w.Kunci("anggaran")
				w.MulaiDaftar()
				for _, k := range s.Anggaran {
					w.Teks(k)
				}
				w.AkhirDaftar()
			}
			w.AkhirObjek()
		}
		w.AkhirDaftar()
	}
	if len(d.Indikator) > 0 {
		w.Kunci("indikator")
		w.MulaiDaftar()
		for i := range d.Indikator {
			tulisIndikator(w, &d.Indikator[i])
		}
		w.AkhirDaftar()
	}
	if pk := &d.PerjanjianKinerja; pk.Tahun != 0 || len(pk.Baris) > 0 {
		w.Kunci("perjanjian_kinerja")
		w.MulaiObjek()
		bulatOpsional(w, "tahun", pk.Tahun)
		if len(pk.Baris) > 0 {
			w.Kunci("baris")
			w.MulaiDaftar()
			for _, b := range pk.Baris {
				w.MulaiObjek()
				w.Medan("sasaran", b.Sasaran)
				teks(w, "indikator", b.Indikator)
				w.Medan("indikator_id", b.IndikatorID)
				tulisAngka(w, "target", b.Target, anggaran.JenisBilangan)
				w.Medan("satuan", b.Satuan)
				w.Medan("sub_kegiatan", b.SubKegiatan)
				w.AkhirObjek()
			}
			w.AkhirDaftar()
		}
		w.AkhirObjek()
	}
	w.AkhirObjek()
}

func tulisIndikator(w *naskah.Penulis, ind *Indikator) {
	j := anggaran.JenisBilangan
	if ind.Jenis == Persentase {
		j = anggaran.JenisPersen
	}
	w.MulaiObjek()
	teks(w, "id", ind.ID)
	w.Medan("nomor", ind.Nomor)
	teks(w, "nama", ind.Nama)
	w.Medan("sasaran", ind.Sasaran)
	if ind.IKU {
		w.Kunci("iku")
		w.Boolean(true)
	}
	w.Medan("satuan", ind.Satuan)
	teks(w, "jenis", ind.Jenis.String())
	teks(w, "polaritas", ind.Polaritas.String())
	w.Medan("rumus_negatif", ind.RumusNegatif.String())
	if ind.BolehLebih100 {
		w.Kunci("boleh_lebih_100")
		w.Boolean(true)
	}
	if r := ind.Rumus; r != nil {
		w.Kunci("rumus")
		w.MulaiObjek()
		w.Medan("teks", r.Teks)
		w.Medan("pembilang", r.Pembilang)
		w.Medan("penyebut", r.Penyebut)
		w.Kunci("pengali")
		w.Bilangan(anggaran.FormatAngkaBerkas(r.Pengali))
		w.AkhirObjek()
	}
	tulisAngka(w, "target_akhir", ind.TargetAkhir, j)
	tulisKutipan(w, ind.Tercetak)
	w.Medan("anggaran", ind.Anggaran)
	if len(ind.Tahun) > 0 {
		w.Kunci("tahun")
		w.MulaiDaftar()
		for i := range ind.Tahun {
			tulisTahun(w, &ind.Tahun[i], j)
		}
		w.AkhirDaftar()
	}
	w.AkhirObjek()
}

func tulisTahun(w *naskah.Penulis, dt *DataTahun, j anggaran.Jenis) {
	w.MulaiObjek()
	w.Kunci("tahun")
	w.Bulat(dt.Tahun)
	w.Medan("sumber", dt.Sumber)
	tulisAngka(w, "target", dt.Target, j)
	tulisAngka(w, "realisasi", dt.Realisasi, j)
	tulisAngka(w, "capaian", dt.Capaian, anggaran.JenisPersen)
	tulisAngka(w, "pembilang", dt.Pembilang, anggaran.JenisBilangan)
	tulisAngka(w, "penyebut", dt.Penyebut, anggaran.JenisBilangan)
	if len(dt.RealisasiPeriode) > 0 {
		w.Kunci("realisasi_periode")
		w.MulaiDaftar()
		for _, p := range dt.RealisasiPeriode {
			if p == nil {
				w.Null()
			} else {
				angka(w, p, j)
			}
		}
		w.AkhirDaftar()
	}
	tulisTriwulan(w, dt, j) // triwulan.go
	if len(dt.Kutipan) > 0 {
		w.Kunci("kutipan")
		w.MulaiDaftar()
		for _, q := range dt.Kutipan {
			w.MulaiObjek()
			teks(w, "sumber", q.Sumber)
			tulisAngka(w, "target", q.Target, j)
			tulisAngka(w, "realisasi", q.Realisasi, j)
			tulisAngka(w, "capaian", q.Capaian, anggaran.JenisPersen)
			w.AkhirObjek()
		}
		w.AkhirDaftar()
	}
	if len(dt.Rincian) > 0 {
		w.Kunci("rincian")
		w.MulaiDaftar()
		for _, rc := range dt.Rincian {
			w.MulaiObjek()
			teks(w, "bagian", rc.Bagian)
			w.Medan("uraian", rc.Uraian)
			tulisAngka(w, "total", rc.Total, anggaran.JenisBilangan)
			w.Medan("satuan", rc.Satuan)
			w.Medan("sumber", rc.Sumber)
			if len(rc.Butir) > 0 {
				w.Kunci("butir")
				w.MulaiDaftar()
				for _, b := range rc.Butir {
					w.MulaiObjek()
					teks(w, "uraian", b.Uraian)
					tulisAngka(w, "nilai", b.Nilai, anggaran.JenisBilangan)
					w.Medan("satuan", b.Satuan)
					w.Medan("keterangan", b.Keterangan)
					w.AkhirObjek()
				}
				w.AkhirDaftar()
			}
			w.AkhirObjek()
		}
		w.AkhirDaftar()
	}
	w.AkhirObjek()
}

// teks writes the member k with the text s, even when empty.
func teks(w *naskah.Penulis, k, s string) {
	w.Kunci(k)
	w.Teks(s)
}

// bulatOpsional writes the member k when n is not 0.
func bulatOpsional(w *naskah.Penulis, k string, n int) {
	if n != 0 {
		w.Kunci(k)
		w.Bulat(n)
	}
}

func tulisKutipan(w *naskah.Penulis, l []Kutipan) {
	if len(l) == 0 {
		return
	}
	w.Kunci("tercetak")
	w.MulaiDaftar()
	for _, k := range l {
		w.MulaiObjek()
		w.Medan("sumber", k.Sumber)
		teks(w, "teks", k.Teks)
		w.AkhirObjek()
	}
	w.AkhirDaftar()
}

// tulisAngka writes the figure k when a is not nil (see [angka]).
func tulisAngka(w *naskah.Penulis, k string, a *Angka, j anggaran.Jenis) {
	if a != nil {
		w.Kunci(k)
		angka(w, a, j)
	}
}

// angka writes a figure: its printed text when that reads back to the same
// value under the column's rules, else its plain decimal text if that
// does, else a JSON number (a quantity like 1.500 with three decimals,
// which as text would read as fifteen hundred).
func angka(w *naskah.Penulis, a *Angka, j anggaran.Jenis) {
	polos := a.Nilai.StringFixed(a.Desimal())
	for _, t := range []string{a.Teks, polos} {
		if t == "" {
			continue
		}
		if v, err := anggaran.ParseAngka(t, j); err == nil && v.Equal(a.Nilai) && (Angka{Nilai: v}).Desimal() == a.Desimal() {
			w.Teks(t)
			return
		}
	}
	w.Bilangan(polos)
}

func renstraKosong(r *Renstra) bool {
	return r.PeriodeAwal == 0 && r.PeriodeAkhir == 0 && r.VisiDaerah == "" && r.Visi == "" &&
		len(r.MisiDinas) == 0 && len(r.Misi) == 0 && len(r.Tujuan) == 0 && len(r.Sasaran) == 0 && len(r.Strategi) == 0 && len(r.Kebijakan) == 0
}
