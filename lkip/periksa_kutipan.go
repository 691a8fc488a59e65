package lkip

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Codes of the quoted figures that are not counts, amounts or percentages
// (an indicator's target or realisasi quoted in the text).
const (
	TemuanKutipanNilai         = "lkip/kutipan-nilai"    // a quoted figure ≠ its source at the printed precision
	TemuanKutipanNilaiDipotong = "lkip/kutipan-dipotong" // a quoted figure truncated, not rounded
)

// periksaAngkaKutipan compares every complete quote of kutipan.angka with
// its source; awal selects the quotes of the front matter (Kata Pengantar,
// Ikhtisar), checked with the front matter, the others with Bab III.
func (l *Laporan) periksaAngkaKutipan(awal bool) []anggaran.Temuan {
	var ts []anggaran.Temuan
	for i := range l.Dokumen.Kutipan.Angka {
		q := &l.Dokumen.Kutipan.Angka[i]
		bab, _, _ := strings.Cut(q.Tempat, ".")
		if (bab == "ikhtisar" || bab == "kata_pengantar") != awal || !q.lengkap() {
			continue
		}
		ts = append(ts, l.periksaSatuKutipan(q, fmt.Sprintf("kutipan.angka[%d].nilai", i))...)
	}
	return ts
}

// uraianKutipan names what a quote refers to, for messages: "alokasi
// anggaran", "Belanja Pegawai (5.1.01)", "realisasi IKU1 2022".
func (l *Laporan) uraianKutipan(q *AngkaKutipan) string {
	switch q.Sumber {
	case "anggaran":
		return map[string]string{"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan",
			"pagu": "alokasi anggaran", "pagu_murni": "pagu sebelum perubahan", "realisasi": "realisasi keuangan", "sisa": "sisa anggaran",
			"persen_realisasi": "persentase realisasi keuangan", "persen_fisik": "realisasi fisik"}[q.Kunci]
	case "kinerja":
		return map[string]string{"jumlah_iku": "indikator kinerja utama", "jumlah_indikator": "indikator kinerja", "jumlah_sasaran": "sasaran", "capaian": "rata-rata capaian IKU"}[q.Kunci]
	case "belanja":
		nama := "rekening " + q.Kunci
		if k, err := anggaran.ParseKodeRekening(q.Kunci); err == nil {
			if n, ok := k.NamaBaku(); ok {
				nama = n + " (" + q.Kunci + ")"
			}
		}
		if q.Kolom == "pagu_murni" {
			return nama + " sebelum perubahan"
		}
		return nama
	case "aset":
		return map[string]string{"jumlah": "barang (Tabel 1.3)", "baik": "barang berkeadaan baik", "kurang_baik": "barang berkeadaan kurang baik", "rusak_berat": "barang berkeadaan rusak berat"}[q.Kunci]
	case "pegawai":
		return uraianPegawai(l.Dokumen.Profil.Pegawai, q.Kunci, q.Kolom)
	}
	kolom := q.Kolom
	if kolom == "" {
		kolom = "pagu"
	}
	if q.Sumber == "indikator" {
		return fmt.Sprintf("%s %s %d", kolom, q.Kunci, l.tahunKutipan(q))
	}
	return kolom + " " + q.Kunci
}

func (l *Laporan) tahunKutipan(q *AngkaKutipan) int {
	if q.Tahun != 0 {
		return q.Tahun
	}
	if l.Kinerja != nil {
		return l.Kinerja.Tahun
	}
	return l.tahunLaporan()
}

// periksaSatuKutipan compares one quote with its source.
func (l *Laporan) periksaSatuKutipan(q *AngkaKutipan, path string) []anggaran.Temuan {
	tempat, _ := namaTempat(q.Tempat)
	kolom := q.Kunci
	if q.Sumber != "anggaran" && q.Sumber != "kinerja" && q.Sumber != "aset" {
		kolom = strings.TrimSpace(q.Sumber + " " + q.Kunci + " " + q.Kolom)
	}
	lok := anggaran.Lokasi{Bagian: tempat, Kolom: kolom, Path: path}
	a := q.Nilai
	apa := l.uraianKutipan(q)
	tak := func(apa string) []anggaran.Temuan { return []anggaran.Temuan{tidakTeruji(lok, a.String(), apa)} }
	r := &l.Ringkasan
	cacah := func(nilai int, ada bool, nama, dari string) []anggaran.Temuan {
		if !ada {
			return tak(nama)
		}
		if !a.Nilai.Equal(decimal.NewFromInt(int64(nilai))) {
			return []anggaran.Temuan{{Kode: TemuanKutipanJumlah, Lokasi: lok, Tercetak: anggaran.FormatAngkaBerkas(a.Nilai), Terhitung: strconv.Itoa(nilai),
				Pesan: fmt.Sprintf("teks menyebut %s %s, sedangkan %s memuat %d", anggaran.FormatAngkaBerkas(a.Nilai), nama, dari, nilai)}}
		}
		return nil
	}
	rupiah := func(nilai decimal.NullDecimal, nama, dari string) []anggaran.Temuan {
		if !nilai.Valid {
			return tak(nama)
		}
		if !a.Nilai.Equal(nilai.Decimal) {
			return []anggaran.Temuan{{Kode: TemuanKutipanRupiah, Lokasi: lok,
				Tercetak: anggaran.FormatRupiah(a.Nilai), Terhitung: anggaran.FormatRupiah(nilai.Decimal),
				Pesan: fmt.Sprintf("%s yang disebut dalam teks berbeda dengan %s (selisih %s)", nama, dari, anggaran.FormatRupiah(a.Nilai.Sub(nilai.Decimal)))}}
		}
		return nil
	}
	persen := func(bagian, total decimal.NullDecimal, nama string) []anggaran.Temuan {
		if !bagian.Valid || !total.Valid || total.Decimal.IsZero() {
			return tak(nama)
		}
		if t := bandingPersen(a, bagian.Decimal, total.Decimal, l.Opsi.Anggaran.Bulat.Berlaku().Aturan); t != nil {
			t.Lokasi = lok
			t.Pesan = nama + " dalam teks " + t.Pesan
			return []anggaran.Temuan{*t}
		}
		return nil
	}
	presisi := func(v *decimal.Decimal, nama string, pct bool) []anggaran.Temuan {
		if v == nil {
			return tak(nama)
		}
		if t := bandingPresisi(a, *v, pct); t != nil {
			t.Lokasi = lok
			t.Pesan = nama + " dalam teks " + t.Pesan
			return []anggaran.Temuan{*t}
		}
		return nil
	}
	switch q.Sumber {
	case "anggaran":
		ada := l.Pohon != nil
		switch q.Kunci {
		case "program":
			return cacah(r.Program, ada, apa, "Tabel 3.2")
		case "kegiatan":
			return cacah(r.Kegiatan, ada, apa, "Tabel 3.2")
		case "sub_kegiatan":
			return cacah(r.SubKegiatan, ada, apa, "Tabel 3.2")
		case "pagu":
			return rupiah(r.Pagu, apa, "jumlah Tabel 3.2")
		case "pagu_murni":
			return rupiah(r.PaguMurni, apa, "jumlah Tabel 3.2")
		case "realisasi":
			return rupiah(r.Realisasi, apa, "jumlah Tabel 3.2")
		case "sisa":
			return rupiah(r.Sisa, apa, "jumlah Tabel 3.2")
		case "persen_realisasi":
			return persen(r.Realisasi, r.Pagu, apa)
		case "persen_fisik":
			switch {
			case !r.PersenFisik.Valid:
				t := tidakTeruji(lok, a.String(), "realisasi fisik (data fisik per sub kegiatan tidak ada)")
				if n := l.barisFisik(); n > 0 {
					t.Pesan = fmt.Sprintf("realisasi fisik yang disebut dalam teks tidak dapat diperiksa: %d baris tabel realisasi mempunyai data fisik, tetapi rata-ratanya tidak dapat dihitung (ada sub kegiatan tanpa data fisik, atau kode ganda); lihat temuan tabel realisasi dan lengkapi datanya", n)
				}
				return []anggaran.Temuan{t}
			case !pembulatanSama(a, r.PersenFisik.Decimal):
				return []anggaran.Temuan{{Kode: TemuanKutipanPersen, Lokasi: lok,
					Tercetak: anggaran.FormatAngka(a.Nilai, -1) + "%", Terhitung: anggaran.FormatPersen(r.PersenFisik.Decimal),
					Pesan: "realisasi fisik dalam teks berbeda dengan rata-rata realisasi fisik sub kegiatan (berbobot pagu)"}}
			}
		}
	case "belanja":
		var nilai decimal.NullDecimal
		dari := "tabel belanja (" + q.Kunci + ")"
		if k, err := anggaran.ParseKodeRekening(q.Kunci); err == nil && l.Belanja != nil {
			if jr, ok := l.Belanja.Find(k); ok {
				nilai = jr.Pagu
				if q.Kolom == "pagu_murni" {
					nilai = jr.PaguMurni
				}
			}
		}
		return rupiah(nilai, apa, dari)
	case "rincian":
		b, ok := l.cariRincian(q.Kunci)
		if !ok {
			return tak(apa + " (baris Tabel 3.2 " + q.Kunci + " tidak ada)")
		}
		nama := strings.TrimSpace(b.Uraian)
		if nama == "" {
			nama = q.Kunci
		}
		switch q.Kolom {
		case "", "pagu":
			return rupiah(b.Pagu, "pagu "+nama, "Tabel 3.2")
		case "pagu_murni":
			return rupiah(b.PaguMurni, "pagu sebelum perubahan "+nama, "Tabel 3.2")
		case "realisasi":
			return rupiah(b.Realisasi, "realisasi "+nama, "Tabel 3.2")
		case "sisa":
			return rupiah(b.Sisa, "sisa anggaran "+nama, "Tabel 3.2")
		case "persen":
			return persen(b.Realisasi, b.Pagu, "persentase realisasi "+nama)
		case "fisik":
			if !b.Fisik.Valid {
				return tak("realisasi fisik " + nama)
			}
			return presisi(&b.Fisik.Decimal, "realisasi fisik "+nama, true)
		}
	case "kinerja":
		k := l.Dokumen.Kinerja
		switch q.Kunci {
		case "jumlah_iku":
			return cacah(r.JumlahIKU, l.Kinerja != nil, apa, "daftar IKU")
		case "jumlah_indikator":
			n := 0
			if k != nil {
				n = len(k.Indikator)
			}
			return cacah(n, k != nil, apa, "bagian kinerja")
		case "jumlah_sasaran":
			n := 0
			if k != nil {
				n = len(k.Sasaran)
			}
			return cacah(n, k != nil, apa, "bagian kinerja")
		case "capaian":
			if l.Kinerja == nil {
				return tak(apa)
			}
			c := l.Kinerja.Dinas.Capaian
			v := c.Tepat
			if v == nil {
				v = c.Nilai
			}
			return presisi(v, apa, true)
		}
	case "indikator":
		return l.periksaKutipanIndikator(q, lok, apa)
	case "pegawai":
		v, ok := l.nilaiPegawai(q.Kunci, q.Kolom)
		if !ok {
			return tak(apa + " (kelompok atau butir pegawai itu tidak ada)")
		}
		if !a.Nilai.Equal(decimal.RequireFromString(v)) {
			return []anggaran.Temuan{{Kode: TemuanKutipanJumlah, Lokasi: lok, Tercetak: anggaran.FormatAngkaBerkas(a.Nilai), Terhitung: v,
				Pesan: fmt.Sprintf("teks menyebut %s %s, sedangkan data pegawai Bab I memuat %s", anggaran.FormatAngkaBerkas(a.Nilai), apa, v)}}
		}
	case "aset":
		h := &l.Profil.Aset
		if len(l.Dokumen.Profil.Aset.Baris) == 0 {
			return tak(apa)
		}
		n := h.Total
		if q.Kunci != "jumlah" {
			n = 0
			want := map[string]string{"baik": "Baik", "kurang_baik": "Kurang Baik", "rusak_berat": "Rusak Berat"}[q.Kunci]
			for _, k := range h.PerKeadaan {
				if k.Keadaan == want {
					n = k.Jumlah
				}
			}
		}
		return cacah(n, true, apa, "Tabel 1.3")
	}
	return nil
}

// cariRincian finds a row of Tabel 3.2 by its code (official or short) or
// by its name (case and spacing ignored).
func (l *Laporan) cariRincian(kunci string) (anggaran.Baris, bool) {
	p := l.Pohon
	if p == nil {
		return anggaran.Baris{}, false
	}
	k := strings.Join(strings.Fields(kunci), " ")
	for i := 1; i < p.Len(); i++ {
		b := p.Baris(i)
		if s := b.Kode.String(); b.Jenjang >= anggaran.JenjangProgram && s != "" && (s == k || b.Kode.Singkat() == k) {
			return b, true
		}
	}
	for i := 1; i < p.Len(); i++ {
		b := p.Baris(i)
		if b.Jenjang >= anggaran.JenjangProgram && strings.EqualFold(strings.Join(strings.Fields(b.Uraian), " "), k) {
			return b, true
		}
	}
	return anggaran.Baris{}, false
}

// periksaKutipanIndikator compares a quoted target, realisasi or capaian
// of an indicator with its data (Tabel 3.1) at the printed precision.
func (l *Laporan) periksaKutipanIndikator(q *AngkaKutipan, lok anggaran.Lokasi, apa string) []anggaran.Temuan {
	a := q.Nilai
	k := l.Dokumen.Kinerja
	if k == nil || l.Kinerja == nil {
		return []anggaran.Temuan{tidakTeruji(lok, a.String(), apa)}
	}
	i := k.IndeksIndikator(q.Kunci)
	tahun := l.tahunKutipan(q)
	if i < 0 || i >= len(l.Kinerja.Indikator) {
		return []anggaran.Temuan{tidakTeruji(lok, a.String(), apa+" (indikator "+q.Kunci+" tidak ada)")}
	}
	s := l.Kinerja.Indikator[i].Pada(tahun)
	var v *decimal.Decimal
	if s != nil {
		switch q.Kolom {
		case "target":
			if s.Target != nil {
				v = &s.Target.Nilai
			}
		case "realisasi":
			if s.Realisasi != nil {
				v = &s.Realisasi.Nilai
			}
		case "capaian":
			v = s.Capaian.Tepat
			if v == nil {
				v = s.Capaian.Nilai
			}
		}
	}
	if v == nil {
		return []anggaran.Temuan{tidakTeruji(lok, a.String(), apa)}
	}
	pct := q.Kolom == "capaian" || strings.TrimSpace(k.Indikator[i].Satuan) == "%"
	if t := bandingPresisi(a, *v, pct); t != nil {
		t.Lokasi = lok
		t.Lokasi.Baris = k.Indikator[i].Nama
		t.Pesan = apa + " dalam teks " + t.Pesan
		return []anggaran.Temuan{*t}
	}
	return nil
}

// nilaiPegawai returns the count a quote of a group of staff refers to:
// its total (kolom "" or "jumlah"), or one of its parts by the part's key
// or "<rincian>.<butir>".
func (l *Laporan) nilaiPegawai(kunci, kolom string) (string, bool) {
	m := map[string]string{}
	isianPegawai(l.Dokumen.Profil.Pegawai, l.Profil.Pegawai, m)
	if kolom == "" {
		kolom = "jumlah"
	}
	v, ok := m[kunci+"."+kolom]
	if !ok || strings.HasPrefix(v, "(") {
		return "", false
	}
	return v, true
}

// uraianPegawai names a quoted staff figure by the names the document
// prints: the group, and the part of a breakdown ("Pegawai Negeri Sipil
// (PNS) laki-laki") for a kolom "<breakdown>.<part>" or "<part>"; the keys
// themselves, words apart, where the document names neither.
func uraianPegawai(kelompok []KelompokPegawai, kunci, kolom string) string {
	nama := kunci
	var k *KelompokPegawai
	for i := range kelompok {
		if kelompok[i].Kunci() == kunci {
			k = &kelompok[i]
			if k.Nama != "" {
				nama = k.Nama
			}
		}
	}
	if kolom == "" || kolom == "jumlah" {
		return nama
	}
	rk, bt, ada := strings.Cut(kolom, ".")
	if !ada {
		rk, bt = "", kolom
	}
	if k != nil {
		for _, r := range k.Rincian {
			if rk != "" && r.Kunci() != rk {
				continue
			}
			for _, b := range r.Butir {
				if b.Kunci() == bt && b.Nama != "" {
					return nama + " " + b.Nama
				}
			}
		}
	}
	return nama + " " + strings.NewReplacer("_", " ", ".", " ").Replace(kolom)
}
