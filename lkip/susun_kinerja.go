package lkip

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// ikuPerSasaran groups the IKU by sasaran (see kinerja.IKUPerSasaran).
func (l *Laporan) ikuPerSasaran() ([]*kinerja.Sasaran, [][]int) {
	return kinerja.IKUPerSasaran(l.Dokumen.Kinerja, l.Kinerja)
}

func (s *penyusun) daftarIKU() []elemen {
	var bs []butirE
	for _, hi := range s.l.Kinerja.Indikator {
		if hi.IKU {
			bs = append(bs, butirE{Label: strconv.Itoa(len(bs)+1) + ".", Teks: polos(hi.Nama + ";")})
		}
	}
	if len(bs) == 0 {
		return tanpaData("Daftar IKU")
	}
	return []elemen{{Jenis: elDaftar, Butir: bs}}
}

func anakButir(bs []kinerja.Butir, induk string) []kinerja.Butir {
	var out []kinerja.Butir
	for _, b := range bs {
		if b.Induk() == induk {
			out = append(out, b)
		}
	}
	return out
}

func cariButir(bs []kinerja.Butir, nomor string) string {
	for _, b := range bs {
		if b.Nomor == nomor {
			return b.Nomor + " " + b.Uraian
		}
	}
	return ""
}

func gabungButir(bs []kinerja.Butir) string {
	var xs []string
	for _, b := range bs {
		xs = append(xs, b.Nomor+" "+b.Uraian)
	}
	return strings.Join(xs, "; ")
}

func (s *penyusun) tabelRenstra() []elemen {
	r := &s.l.Dokumen.Kinerja.Renstra
	var out []elemen
	if r.VisiDaerah != "" {
		out = append(out, elemen{Jenis: elParagraf, Teks: []potongan{{Teks: "VISI : ", Strong: true}, {Teks: r.VisiDaerah}}})
	}
	if len(r.Sasaran) == 0 {
		return append(out, tanpaData("Tabel Renstra")...)
	}
	tb := &tabel{Judul: fmt.Sprintf("Tujuan, sasaran, strategi dan kebijakan Renstra %d–%d", r.PeriodeAwal, r.PeriodeAkhir), Lebar: "lebar"}
	tb.Kepala = []sel{{Teks: "No"}, {Teks: "Misi"}, {Teks: "Tujuan"}, {Teks: "Sasaran"}, {Teks: "Strategi"}, {Teks: "Kebijakan"}}
	for i, sa := range r.Sasaran {
		tujuan := sa.Induk()
		misi := (kinerja.Butir{Nomor: tujuan}).Induk()
		strategi := anakButir(r.Strategi, sa.Nomor)
		var kebijakan []kinerja.Butir
		for _, st := range strategi {
			kebijakan = append(kebijakan, anakButir(r.Kebijakan, st.Nomor)...)
		}
		tb.Badan = append(tb.Badan, []sel{{Teks: strconv.Itoa(i + 1)}, {Teks: strip(cariButir(r.Misi, misi))}, {Teks: strip(cariButir(r.Tujuan, tujuan))},
			{Teks: sa.Nomor + " " + sa.Uraian}, {Teks: strip(gabungButir(strategi))}, {Teks: strip(gabungButir(kebijakan))}})
	}
	out = append(out, elemen{Jenis: elTabel, Tabel: tb})
	if r.Visi != "" {
		out = append(out, elemen{Jenis: elParagraf, Teks: []potongan{{Teks: "Visi " + namaDinas(&s.l.Dokumen.Identitas) + ": "}, {Teks: r.Visi, Em: true}}})
	}
	if len(r.MisiDinas) > 0 {
		var bs []butirE
		for _, m := range r.MisiDinas {
			bs = append(bs, butirE{Label: m.Nomor + ".", Teks: polos(m.Uraian)})
		}
		out = append(out, paragrafPolos("Misi "+namaDinas(&s.l.Dokumen.Identitas)+":"), elemen{Jenis: elDaftar, Butir: bs})
	}
	return out
}

func (s *penyusun) tabelTujuan() []elemen {
	k := s.l.Dokumen.Kinerja
	r := &k.Renstra
	tb := &tabel{Judul: "Tujuan, sasaran dan indikator kinerja Renstra"}
	tb.Kepala = []sel{{Teks: "Tujuan"}, {Teks: "Sasaran"}, {Teks: "Indikator Kinerja"}}
	for _, sa := range k.Sasaran {
		if sa.Renstra == "" {
			continue
		}
		tujuan := ""
		for _, t := range r.Tujuan {
			if t.Nomor == (kinerja.Butir{Nomor: sa.Renstra}).Induk() {
				tujuan = t.Uraian
			}
		}
		first := true
		for _, ind := range k.Indikator {
			if ind.Sasaran != sa.ID || ind.IKU {
				continue
			}
			row := []sel{{}, {}, {Teks: ind.Nama}}
			if first {
				row[0].Teks, row[1].Teks = tujuan, sa.Uraian
				first = false
			}
			tb.Badan = append(tb.Badan, row)
		}
	}
	if len(tb.Badan) == 0 {
		return tanpaData("Tabel tujuan, sasaran dan indikator")
	}
	return []elemen{{Jenis: elTabel, Tabel: tb}}
}

func (s *penyusun) sasaranIndikator() []elemen {
	l := s.l
	ss, gs := l.ikuPerSasaran()
	var bs []butirE
	for i, sa := range ss {
		b := butirE{Label: strconv.Itoa(i+1) + ".", Teks: polos(sa.Uraian)}
		for j, x := range gs[i] {
			b.Anak = append(b.Anak, butirE{Label: string(rune('a'+j%26)) + ".", Teks: polos(l.Kinerja.Indikator[x].Nama + ";")})
		}
		bs = append(bs, b)
	}
	if len(bs) == 0 {
		return tanpaData("Daftar sasaran strategis")
	}
	return []elemen{{Jenis: elDaftar, Butir: bs}}
}

// perjanjianKinerja lays out the PK: every program, kegiatan and sub
// kegiatan of the realisation table with its computed pagu, and under each
// sub kegiatan the PK indicators with their targets.
func (s *penyusun) perjanjianKinerja() []elemen {
	l := s.l
	k := l.Dokumen.Kinerja
	pk := k.PerjanjianKinerja
	tb := &tabel{Nomor: "", Judul: fmt.Sprintf("Perjanjian Kinerja Tahun %s", l.tahunCetak()), Lebar: "lebar"}
	tb.Kepala = []sel{{Teks: "Sasaran Strategis"}, {Teks: "Indikator Kinerja"}, {Teks: "Target", Angka: true}, {Teks: "Program / Kegiatan / Sub Kegiatan"}, {Teks: "Anggaran (Rp)", Angka: true}}
	namaSasaran := func(id string) string {
		if sa := k.FindSasaran(id); sa != nil {
			return sa.Uraian
		}
		return id
	}
	perSub := map[string][]kinerja.BarisPK{}
	var tanpaKode []kinerja.BarisPK
	for _, b := range pk.Baris {
		kode, err := anggaran.ParseKodeRincian(b.SubKegiatan, l.pohonAwalan())
		if b.SubKegiatan == "" || err != nil {
			tanpaKode = append(tanpaKode, b)
			continue
		}
		perSub[kode.String()] = append(perSub[kode.String()], b)
	}
	sasaranTerakhir := ""
	baris := func(b *kinerja.BarisPK, uraian string, pagu decimal.NullDecimal, tebal bool) []sel {
		row := []sel{{}, {}, {Angka: true}, {Teks: uraian, Tebal: tebal}, {Teks: angkaRp(pagu), Angka: true, Tebal: tebal}}
		if uraian == "" {
			row[4].Teks = ""
		}
		if b != nil {
			if b.Sasaran != sasaranTerakhir {
				row[0].Teks = namaSasaran(b.Sasaran)
				sasaranTerakhir = b.Sasaran
			}
			row[1].Teks = b.Indikator
			if b.Target != nil {
				row[2].Teks = angkaKin(b.Target, b.Satuan)
			} else {
				row[2].Teks = anggaran.Strip
			}
		}
		return row
	}
	// Rows that name no sub kegiatan (the sasaran strategis and IKU of a
	// PK drawn up as PermenPANRB 53/2014 asks) come first.
	for i := range tanpaKode {
		tb.Badan = append(tb.Badan, baris(&tanpaKode[i], "", decimal.NullDecimal{}, false))
	}
	if p := l.Pohon; p != nil {
		for i := 1; i < p.Len(); i++ {
			b := p.Baris(i)
			if b.Jenjang < anggaran.JenjangProgram {
				continue
			}
			label := b.Uraian
			if b.Jenjang == anggaran.JenjangProgram {
				label = strings.ToUpper(b.Uraian)
			}
			rows := perSub[b.Kode.String()]
			if len(rows) == 0 {
				tb.Badan = append(tb.Badan, baris(nil, label, b.Pagu, b.Jenjang != anggaran.JenjangSubKegiatan))
				continue
			}
			for j := range rows {
				u := ""
				var pagu decimal.NullDecimal
				if j == 0 {
					u, pagu = label, b.Pagu
				}
				tb.Badan = append(tb.Badan, baris(&rows[j], u, pagu, false))
			}
			delete(perSub, b.Kode.String())
		}
		tb.Kaki = [][]sel{{{Teks: "TOTAL", Tebal: true, Span: 4}, {Teks: angkaRp(p.Jumlah().Pagu), Angka: true, Tebal: true}}}
	}
	// PK rows whose sub kegiatan is not in the realisation table.
	for _, b := range pk.Baris {
		kode, err := anggaran.ParseKodeRincian(b.SubKegiatan, l.pohonAwalan())
		if err == nil && b.SubKegiatan != "" {
			if _, sisa := perSub[kode.String()]; sisa {
				b := b
				tb.Badan = append(tb.Badan, baris(&b, b.SubKegiatan+" (tidak ada di Tabel 3.2)", decimal.NullDecimal{}, false))
			}
		}
	}
	if len(tb.Badan) == 0 {
		return tanpaData("Perjanjian Kinerja")
	}
	return []elemen{{Jenis: elTabel, Tabel: tb}}
}

func (l *Laporan) pohonAwalan() anggaran.Kode {
	if l.Pohon != nil {
		return l.Pohon.UrusanBidang()
	}
	if l.Dokumen.Anggaran != nil {
		return l.Dokumen.Anggaran.UrusanBidang
	}
	return anggaran.Kode{}
}

func (s *penyusun) tabel31() []elemen {
	l := s.l
	h := l.Kinerja
	_, gs := l.ikuPerSasaran()
	tb := &tabel{Nomor: "Tabel 3.1", Judul: fmt.Sprintf("Capaian IKU %s Tahun %d", namaDinas(&l.Dokumen.Identitas), h.Tahun), Lebar: "lebar"}
	// The one layout of Tabel 3.1 is kinerja's (kinerja.Hasil.Tabel31), without
	// the column of the realisasi the formula parts imply.
	t := h.Tabel31(l.Dokumen.Kinerja, false)
	if t == nil {
		return tanpaData("Tabel 3.1")
	}
	tabelDari(tb, t)
	if len(tb.Badan) == 0 {
		return tanpaData("Tabel 3.1")
	}
	var semua []int
	for _, g := range gs {
		semua = append(semua, g...)
	}
	tb.Catatan = l.catatanTabel31(semua)
	return []elemen{{Jenis: elTabel, Tabel: tb}}
}

func (s *penyusun) grafikCapaian() []elemen {
	g := s.l.GrafikCapaian()
	if g == nil {
		return tanpaData("Grafik capaian")
	}
	return []elemen{{Jenis: elGrafik, Grafik: g}}
}

func potongTeks(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func (s *penyusun) evaluasiIKU() []elemen {
	l := s.l
	h := l.Kinerja
	narIKU := map[string]Teks{}
	for _, n := range l.Dokumen.Narasi.IKU {
		narIKU[n.IKU] = n.Teks
	}
	narSas := map[string]Teks{}
	for _, n := range l.Dokumen.Narasi.Sasaran {
		narSas[n.Sasaran] = n.Teks
	}
	ss, gs := l.ikuPerSasaran()
	var out []elemen
	for si, sa := range ss {
		out = append(out, elemen{Jenis: elParagraf, Teks: []potongan{{Teks: fmt.Sprintf("Sasaran %d: %s", si+1, sa.Uraian), Strong: true}}})
		out = append(out, s.teks(narSas[sa.ID])...)
		for j, i := range gs[si] {
			hi := &h.Indikator[i]
			t := narIKU[hi.ID]
			label := strconv.Itoa(j+1) + "."
			if len(t) == 0 {
				out = append(out, elemen{Jenis: elDaftar, Butir: []butirE{{Label: label, Teks: []potongan{{Teks: hi.Nama + ": "}, {Teks: "uraian evaluasi belum diisi.", Em: true}}}}})
				continue
			}
			first := bacaBlok(t[0])
			if first.jenis == paragraf {
				out = append(out, elemen{Jenis: elDaftar, Butir: []butirE{{Label: label, Teks: inlineIsi(first.teks, s.isian)}}})
				out = append(out, s.teks(t[1:])...)
			} else {
				out = append(out, elemen{Jenis: elDaftar, Butir: []butirE{{Label: label, Teks: polos(hi.Nama)}}})
				out = append(out, s.teks(t)...)
			}
		}
	}
	return out
}

func (s *penyusun) perbandingan() []elemen {
	l := s.l
	h := l.Kinerja
	tahun := l.tahunTabelPerbandingan()
	if len(tahun) == 0 {
		return tanpaData("Tabel perbandingan")
	}
	ss, gs := l.ikuPerSasaran()
	tb := &tabel{Judul: "Capaian IKU tahun " + gabungTahun(tahun), Lebar: "lebar"}
	tb.Kepala = []sel{{Teks: "No."}, {Teks: "Sasaran Strategis"}, {Teks: "Indikator Kinerja"}}
	for _, t := range tahun {
		tb.Kepala = append(tb.Kepala, sel{Teks: fmt.Sprintf("Target %d", t), Angka: true}, sel{Teks: fmt.Sprintf("Realisasi %d", t), Angka: true}, sel{Teks: fmt.Sprintf("Capaian %d", t), Angka: true})
	}
	tb.Kepala = append(tb.Kepala, sel{Teks: "Perubahan"})
	for si, sa := range ss {
		for j, i := range gs[si] {
			hi := &h.Indikator[i]
			row := []sel{{}, {}, {Teks: hi.Nama}}
			if j == 0 {
				row[0].Teks, row[1].Teks = strconv.Itoa(si+1)+".", sa.Uraian
			}
			for _, t := range tahun {
				if sk := hi.Pada(t); sk != nil {
					row = append(row, sel{Teks: angkaKin(sk.Target, hi.Satuan), Angka: true}, sel{Teks: angkaKin(sk.Realisasi, hi.Satuan), Angka: true}, sel{Teks: sk.Capaian.Teks(h.Desimal), Angka: true})
				} else {
					row = append(row, sel{Teks: anggaran.Strip, Angka: true}, sel{Teks: anggaran.Strip, Angka: true}, sel{Teks: anggaran.Strip, Angka: true})
				}
			}
			ubah := anggaran.Strip
			if sk := hi.Pada(h.Tahun); sk != nil && sk.Perubahan != nil && sk.Perubahan.Arah != "" {
				ubah = sk.Perubahan.Arah
				if sk.Perubahan.Realisasi != nil {
					ubah += " (" + tandaAngka(*sk.Perubahan.Realisasi, -1) + satuanPoin(hi.Satuan) + ")"
				}
			}
			row = append(row, sel{Teks: ubah})
			tb.Badan = append(tb.Badan, row)
		}
	}
	return []elemen{{Jenis: elTabel, Tabel: tb}}
}

func satuanPoin(satuan string) string {
	if satuan == "%" {
		return " poin"
	}
	if satuan == "" {
		return ""
	}
	return " " + satuan
}

func tandaAngka(d decimal.Decimal, des int32) string {
	s := anggaran.FormatAngka(d, des)
	if d.IsPositive() {
		return "+" + s
	}
	return s
}

func (s *penyusun) renstraAkhir() []elemen {
	l := s.l
	h := l.Kinerja
	r := &l.Dokumen.Kinerja.Renstra
	tb := &tabel{Judul: fmt.Sprintf("Realisasi %d terhadap target akhir Renstra %d–%d", h.Tahun, r.PeriodeAwal, r.PeriodeAkhir)}
	tb.Kepala = []sel{{Teks: "No."}, {Teks: "Indikator Kinerja"}, {Teks: fmt.Sprintf("Target Akhir (%d)", r.PeriodeAkhir), Angka: true}, {Teks: fmt.Sprintf("Realisasi %d", h.Tahun), Angka: true}, {Teks: "Tingkat Kemajuan", Angka: true}}
	tanpa := 0
	for _, hi := range h.Indikator {
		if !hi.IKU {
			continue
		}
		real := anggaran.Strip
		if sk := hi.Pada(h.Tahun); sk != nil {
			real = angkaKin(sk.Realisasi, hi.Satuan)
		}
		kem := hi.Kemajuan.Teks(h.Desimal)
		if hi.Kemajuan.Nilai == nil {
			kem = anggaran.Strip
		}
		if hi.TargetAkhir == nil {
			tanpa++
		}
		tb.Badan = append(tb.Badan, []sel{{Teks: strconv.Itoa(len(tb.Badan)+1) + "."}, {Teks: hi.Nama}, {Teks: angkaKin(hi.TargetAkhir, hi.Satuan), Angka: true}, {Teks: real, Angka: true}, {Teks: kem, Angka: true}})
	}
	if len(tb.Badan) == 0 {
		return nil
	}
	if tanpa > 0 {
		tb.Catatan = fmt.Sprintf("%d IKU belum mencantumkan target akhir Renstra; tingkat kemajuannya tidak dapat dihitung.", tanpa)
	}
	return []elemen{{Jenis: elTabel, Tabel: tb}}
}

func (s *penyusun) efisiensi() []elemen {
	h := s.l.Kinerja
	tb := &tabel{Judul: "Efisiensi: capaian kinerja dibanding penyerapan anggaran", Lebar: "lebar"}
	tb.Kepala = []sel{{Teks: "Sasaran"}, {Teks: "Capaian Kinerja", Angka: true}, {Teks: "Pagu (Rp)", Angka: true}, {Teks: "Realisasi (Rp)", Angka: true},
		{Teks: "Penyerapan", Angka: true}, {Teks: "Selisih (poin)", Angka: true}, {Teks: "Kategori"}}
	baris := func(a kinerja.Agregat, nama string, tebal bool) []sel {
		row := []sel{{Teks: nama, Tebal: tebal}, {Teks: a.Capaian.Teks(h.Desimal), Angka: true, Tebal: tebal}}
		e := a.Efisiensi
		if e == nil {
			return append(row, sel{Teks: anggaran.Strip, Angka: true}, sel{Teks: anggaran.Strip, Angka: true}, sel{Teks: anggaran.Strip, Angka: true}, sel{Teks: anggaran.Strip, Angka: true}, sel{Teks: "tidak ada data anggaran"})
		}
		pen, sel2 := anggaran.Strip, anggaran.Strip
		if e.Penyerapan != nil {
			pen = anggaran.FormatAngka(*e.Penyerapan, h.Desimal) + "%"
		}
		if e.Selisih != nil {
			sel2 = tandaAngka(*e.Selisih, h.Desimal)
		}
		return append(row, sel{Teks: anggaran.FormatAngka(e.Pagu, 0), Angka: true, Tebal: tebal}, sel{Teks: anggaran.FormatAngka(e.Realisasi, 0), Angka: true, Tebal: tebal},
			sel{Teks: pen, Angka: true, Tebal: tebal}, sel{Teks: sel2, Angka: true, Tebal: tebal}, sel{Teks: strip(e.Kelas), Tebal: tebal})
	}
	for _, a := range h.Sasaran {
		if a.Jumlah == 0 {
			continue
		}
		tb.Badan = append(tb.Badan, baris(a, a.Uraian, false))
	}
	if len(tb.Badan) == 0 {
		return nil
	}
	tb.Kaki = [][]sel{baris(h.Dinas, "Seluruh IKU dan anggaran", true)}
	am := kinerja.Ambang{Atas: decimal.NewFromInt(5), Bawah: decimal.NewFromInt(-5)}
	if e := s.l.Opsi.Kinerja.Efisiensi; e != nil {
		am = *e
	}
	tb.Catatan = fmt.Sprintf("Selisih = capaian kinerja − penyerapan anggaran; lebih dari %s poin efisien, %s sampai %s poin cukup efisien, kurang dari %s poin tidak efisien.",
		tandaAngka(am.Atas, -1), tandaAngka(am.Bawah, -1), tandaAngka(am.Atas, -1), tandaAngka(am.Bawah, -1))
	return []elemen{{Jenis: elTabel, Tabel: tb}}
}
