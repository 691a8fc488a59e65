package lkip

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// susun lays out the whole report as chapters.
func (l *Laporan) susun() []bab {
	d := l.Dokumen
	id := &d.Identitas
	s := &penyusun{l: l, isian: l.isian()}
	n := l.narasiCetak()
	var babs []bab
	babs = append(babs, bab{ID: "sampul", Isi: []elemen{{Jenis: elSampul, Sampul: &sampul{
		Pemda: "PEMERINTAH " + strings.ToUpper(atauBelum(id.Pemda, "nama pemda")), Judul: "LAPORAN KINERJA INSTANSI PEMERINTAH (LKIP)",
		Tahun: tahunSampul(l.tahunLaporan()), Dinas: strings.ToUpper(atauBelum(namaDinasSaja(id), "nama dinas")),
		Alamat: gabungAlamat(id), Kota: strings.ToUpper(id.Kota)}}}})
	babs = append(babs, bab{ID: "kata-pengantar", Judul: "KATA PENGANTAR", Isi: append(s.teks(n.KataPengantar), s.ttd())})
	babs = append(babs, bab{ID: "daftar-isi", Judul: "DAFTAR ISI"})
	babs = append(babs, bab{ID: "ikhtisar", Judul: "IKHTISAR EKSEKUTIF", Isi: append(s.teks(n.Ikhtisar), s.ttd())})
	babs = append(babs, bab{ID: "bab-1", Judul: "BAB I PENDAHULUAN", Isi: s.bagian(n.Bab1, "bab-1", 2)})
	babs = append(babs, bab{ID: "bab-2", Judul: "BAB II PERENCANAAN KINERJA", Isi: s.bagian(n.Bab2, "bab-2", 2)})
	babs = append(babs, bab{ID: "bab-3", Judul: "BAB III AKUNTABILITAS KINERJA", Isi: s.bagian(n.Bab3, "bab-3", 2)})
	babs = append(babs, bab{ID: "bab-4", Judul: "BAB IV PENUTUP", Isi: append(s.teks(n.Bab4), s.ttd())})
	var isi []entriIsi
	for _, b := range babs[3:] {
		isi = append(isi, entriIsi{ID: b.ID, Judul: b.Judul, Level: 1})
		for _, e := range b.Isi {
			if e.Jenis == elJudul && e.Level == 2 {
				isi = append(isi, entriIsi{ID: e.ID, Judul: teksPolos(e.Teks), Level: 2})
			}
		}
	}
	isi = append([]entriIsi{{ID: "kata-pengantar", Judul: "KATA PENGANTAR", Level: 1}}, isi...)
	babs[2].Isi = []elemen{{Jenis: elIsi, Isi: isi}}
	return babs
}

func namaDinas(id *Identitas) string {
	return strings.TrimSpace(id.Dinas + " " + id.Pemda)
}

// namaDinasSaja is namaDinas, empty while the dinas is not named (a pemda
// alone does not name the dinas on the cover).
func namaDinasSaja(id *Identitas) string {
	if strings.TrimSpace(id.Dinas) == "" {
		return ""
	}
	return namaDinas(id)
}

// atauBelum returns s, or a placeholder saying that apa is not filled in
// yet, so that a half-filled document never prints "TAHUN 0" or a bare
// "PEMERINTAH".
func atauBelum(s, apa string) string {
	if strings.TrimSpace(s) == "" {
		return "(" + apa + " belum diisi)"
	}
	return s
}

// tahunSampul is the year line of the cover.
func tahunSampul(t int) string {
	if t == 0 {
		return "(TAHUN BELUM DIISI)"
	}
	return "TAHUN " + strconv.Itoa(t)
}

// judulDokumen is the title of the report (the HTML <title>), with
// placeholders for what is not filled in.
func (l *Laporan) judulDokumen() string {
	return "LKIP " + atauBelum(namaDinasSaja(&l.Dokumen.Identitas), "nama dinas") + " Tahun " + l.tahunCetak()
}

// tahunCetak is the reporting year as printed, or a placeholder.
func (l *Laporan) tahunCetak() string { return atauBelum(tahunTeks(l.tahunLaporan()), "tahun") }

func tahunTeks(t int) string {
	if t == 0 {
		return ""
	}
	return strconv.Itoa(t)
}

func gabungAlamat(id *Identitas) string {
	a := id.Alamat
	if id.Telepon != "" {
		if a != "" {
			a += " "
		}
		a += "Telp/Fax " + id.Telepon
	}
	return a
}

func teksPolos(ps []potongan) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Teks)
	}
	return b.String()
}

// isian returns the values of the inline placeholders.
func (l *Laporan) isian() map[string]string {
	d := l.Dokumen
	m := map[string]string{
		"jumlah_iku": strconv.Itoa(l.Ringkasan.JumlahIKU), "tahun": l.tahunCetak(),
		"dinas": atauBelum(d.Identitas.Dinas, "nama dinas"), "pemda": atauBelum(d.Identitas.Pemda, "nama pemda"),
	}
	isianPegawai(d.Profil.Pegawai, l.Profil.Pegawai, m)
	return m
}

type penyusun struct {
	l     *Laporan
	isian map[string]string
	nomor int // running number of anchors
}

func (s *penyusun) ttd() elemen {
	id := &s.l.Dokumen.Identitas
	tt := id.Kota
	if id.Tanggal != "" {
		if tt != "" {
			tt += ", "
		}
		tt += id.Tanggal
	}
	jab := id.Kepala.Jabatan
	if jab == "" {
		jab = "Kepala " + atauBelum(namaDinasSaja(id), "nama dinas")
	}
	nip := id.Kepala.NIP
	if nip != "" {
		nip = "NIP. " + nip
	}
	return elemen{Jenis: elTTD, TTD: &ttd{TempatTanggal: tt, Jabatan: []string{jab + ","}, Nama: atauBelum(id.Kepala.Nama, "nama kepala dinas"), Pangkat: id.Kepala.Pangkat, NIP: nip}}
}

func (s *penyusun) bagian(bs []Bagian, prefix string, level int) []elemen {
	var out []elemen
	for i, b := range bs {
		id := fmt.Sprintf("%s-%d", prefix, i+1)
		if b.Judul != "" {
			lv := level
			if lv > 4 {
				lv = 4
			}
			out = append(out, elemen{Jenis: elJudul, Level: lv, ID: id, Teks: inlineIsi(b.Judul, s.isian)})
		}
		out = append(out, s.teks(b.Teks)...)
		out = append(out, s.bagian(b.Sub, id, level+1)...)
	}
	return out
}

func (s *penyusun) teks(t Teks) []elemen {
	var out []elemen
	for _, raw := range t {
		b := bacaBlok(raw)
		switch b.jenis {
		case penanda:
			out = append(out, s.penanda(b.teks)...)
		case daftar:
			out = append(out, elemen{Jenis: elDaftar, Butir: s.butir(b.butir)})
		default:
			out = append(out, elemen{Jenis: elParagraf, Teks: inlineIsi(b.teks, s.isian)})
		}
	}
	return out
}

func (s *penyusun) butir(bs []butir) []butirE {
	out := make([]butirE, len(bs))
	for i, b := range bs {
		out[i] = butirE{Label: b.label, Teks: inlineIsi(b.teks, s.isian), Anak: s.butir(b.anak)}
	}
	return out
}

// tanpaData is the paragraph printed where a generated part has no data.
func tanpaData(apa string) []elemen {
	return []elemen{{Jenis: elParagraf, Teks: []potongan{{Teks: "(" + apa + " tidak dapat disusun: datanya belum diisi.)", Em: true}}}}
}

func unitButir(us []Unit, nomor bool) []butirE {
	out := make([]butirE, len(us))
	for i, u := range us {
		lab := ""
		if nomor {
			lab = strconv.Itoa(i+1) + "."
		} else {
			lab = string(rune('a'+i%26)) + "."
		}
		out[i] = butirE{Label: lab, Teks: polos(u.Nama), Anak: unitButir(u.Sub, false)}
	}
	return out
}

func (s *penyusun) daftarTeks(xs []string, nomor bool) []butirE {
	out := make([]butirE, len(xs))
	for i, x := range xs {
		lab := ""
		if nomor {
			lab = strconv.Itoa(i+1) + "."
		}
		out[i] = butirE{Label: lab, Teks: inlineIsi(x, s.isian)}
	}
	return out
}

// Formatting helpers.

func rp(d decimal.NullDecimal) string { return anggaran.FormatRupiahNull(d) }

// angkaRp writes an amount of the report's tables as Tabel 3.2 does: as
// the data gives it, sen included.
func angkaRp(d decimal.NullDecimal) string { return anggaran.FormatAngkaNull(d, -1) }

func hitungan(n int) string {
	if n == 0 {
		return "-"
	}
	return strconv.Itoa(n)
}

func angkaKin(a *kinerja.Angka, satuan string) string {
	if a == nil {
		return anggaran.Strip
	}
	return anggaran.FormatSatuan(a.Nilai, a.Desimal(), satuan)
}

func strip(s string) string {
	if s == "" {
		return anggaran.Strip
	}
	return s
}

// ikhtisarAnggaran writes the first paragraph of the Ikhtisar from the
// computed budget: counts, pagu, belanja per account, realisasi.
func (s *penyusun) ikhtisarAnggaran() []elemen {
	l := s.l
	r := &l.Ringkasan
	d := l.Dokumen
	if l.Pohon == nil || !r.Pagu.Valid {
		return tanpaData("Ringkasan anggaran")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Pada Tahun %s %s melaksanakan %d Program, %d Kegiatan dan %d Sub Kegiatan dengan alokasi anggaran sebesar %s",
		s.l.tahunCetak(), atauBelum(namaDinasSaja(&d.Identitas), "nama dinas"), r.Program, r.Kegiatan, r.SubKegiatan, anggaran.FormatRupiah(r.Pagu.Decimal))
	if l.Belanja != nil {
		var bagian []string
		for _, jr := range l.Belanja.Rekening {
			if jr.Kode.Tingkat() != 2 || !jr.Pagu.Valid {
				continue
			}
			nama := jr.NamaCetak()
			t := fmt.Sprintf("%s sebesar %s", nama, anggaran.FormatRupiah(jr.Pagu.Decimal))
			var anak []string
			for _, c := range l.Belanja.Rekening {
				if c.Kode.Tingkat() == 3 && c.Kode.Induk() == jr.Kode && c.Pagu.Valid {
					anak = append(anak, fmt.Sprintf("%s sebesar %s", c.NamaCetak(), anggaran.FormatRupiah(c.Pagu.Decimal)))
				}
			}
			if len(anak) > 1 {
				t += " dengan perincian sebagai berikut : " + gabungDan(anak)
			}
			bagian = append(bagian, t)
		}
		if len(bagian) > 0 {
			b.WriteString(", meliputi ")
			b.WriteString(gabungDan(bagian))
		}
	}
	b.WriteString(".")
	if r.Realisasi.Valid {
		fmt.Fprintf(&b, " Realisasi Keuangan untuk belanja secara keseluruhan sampai dengan akhir tahun anggaran %s sebesar %s", s.l.tahunCetak(), anggaran.FormatRupiah(r.Realisasi.Decimal))
		if r.PersenRealisasi.Valid {
			fmt.Fprintf(&b, " atau %s", anggaran.FormatPersen(r.PersenRealisasi.Decimal))
		}
		b.WriteString(".")
	}
	return []elemen{paragrafPolos(b.String())}
}

func gabungDan(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " dan " + xs[len(xs)-1]
}

// ikhtisarCapaian sums up the IKU by predikat.
func (s *penyusun) ikhtisarCapaian() []elemen {
	h := s.l.Kinerja
	if h == nil {
		return tanpaData("Ringkasan capaian")
	}
	hitung := map[string]int{}
	var urutan []string
	n := 0
	for _, hi := range h.Indikator {
		if !hi.IKU {
			continue
		}
		n++
		p := "tidak dapat dihitung"
		if sk := hi.Pada(h.Tahun); sk != nil && sk.Predikat != "" {
			p = "berpredikat " + sk.Predikat
		}
		if hitung[p] == 0 {
			urutan = append(urutan, p)
		}
		hitung[p]++
	}
	var bag []string
	for _, p := range urutan {
		bag = append(bag, fmt.Sprintf("%d IKU %s", hitung[p], p))
	}
	if n == 0 {
		return tanpaData("Ringkasan capaian IKU")
	}
	t := fmt.Sprintf("Dari %d indikator kinerja utama, %s.", n, gabungDan(bag))
	if c := h.Dinas.Capaian.Nilai; c != nil {
		t += fmt.Sprintf(" Rata-rata capaian IKU adalah %s%% dengan predikat %s.", anggaran.FormatAngka(*c, h.Desimal), strip(h.Dinas.Predikat))
	}
	return []elemen{paragrafPolos(t)}
}

func (s *penyusun) tabelSilang(t *Silang, h *SilangHitung, nomor string) []elemen {
	if len(t.Baris) == 0 {
		return tanpaData(nomor)
	}
	tb := &tabel{Nomor: nomor, Judul: t.Judul, Sumber: t.Sumber}
	kb := t.KepalaBaris
	if kb == "" {
		kb = "Uraian"
	}
	tb.Kepala = append(tb.Kepala, sel{Teks: "No."}, sel{Teks: kb})
	for _, k := range t.Kolom {
		nama := k
		if t.KepalaKolom != "" {
			nama = t.KepalaKolom + ": " + k
		}
		tb.Kepala = append(tb.Kepala, sel{Teks: nama, Angka: true})
	}
	tb.Kepala = append(tb.Kepala, sel{Teks: "Jumlah Pegawai", Angka: true})
	// The totals are summed exactly here (h holds int sums, which wrap).
	jb, jk, jt := silangTepat(t)
	for i, b := range t.Baris {
		row := []sel{{Teks: strconv.Itoa(i + 1)}, {Teks: b.Nama}}
		for _, v := range b.Nilai {
			row = append(row, sel{Teks: hitungan(v), Angka: true})
		}
		row = append(row, sel{Teks: jb[i], Angka: true})
		tb.Badan = append(tb.Badan, row)
	}
	kaki := []sel{{Teks: "Jumlah", Tebal: true, Span: 2}}
	for _, v := range jk {
		if v == "0" {
			v = "-"
		}
		kaki = append(kaki, sel{Teks: v, Angka: true, Tebal: true})
	}
	kaki = append(kaki, sel{Teks: jt, Angka: true, Tebal: true})
	tb.Kaki = [][]sel{kaki}
	return []elemen{{Jenis: elTabel, Tabel: tb}}
}

func (s *penyusun) tabelAset() []elemen {
	a := &s.l.Dokumen.Profil.Aset
	if len(a.Baris) == 0 {
		return tanpaData("Tabel 1.3")
	}
	tb := &tabel{Nomor: "Tabel 1.3", Judul: a.Judul, Sumber: a.Sumber, Lebar: "lebar"}
	for _, k := range []string{"No.", "Kode Barang", "Nama Barang/Jenis Barang", "Merk/Type", "Tahun Pembelian", "Keadaan Barang", "Jumlah Barang"} {
		tb.Kepala = append(tb.Kepala, sel{Teks: k, Angka: k == "Jumlah Barang"})
	}
	for i, b := range a.Baris {
		tb.Badan = append(tb.Badan, []sel{{Teks: strconv.Itoa(i + 1)}, {Teks: b.KodeBarang}, {Teks: b.Nama}, {Teks: b.MerkTipe},
			{Teks: strconv.Itoa(b.Tahun)}, {Teks: keadaanAset[lower(b.Keadaan)]}, {Teks: strconv.Itoa(b.Jumlah), Angka: true}})
	}
	jumlah := make([]int, len(a.Baris))
	for i, b := range a.Baris {
		jumlah[i] = b.Jumlah
	}
	tb.Kaki = [][]sel{{{Teks: "JUMLAH", Tebal: true, Span: 6}, {Teks: jumlahCacah(jumlah...), Angka: true, Tebal: true}}}
	var per []string
	for _, k := range s.l.Profil.Aset.PerKeadaan {
		per = append(per, fmt.Sprintf("%s %d", k.Keadaan, k.Jumlah))
	}
	out := []elemen{{Jenis: elTabel, Tabel: tb}}
	if len(per) > 0 {
		out = append(out, paragrafPolos("Menurut keadaannya: "+strings.Join(per, ", ")+" barang."))
	}
	return out
}

func (s *penyusun) tabelBelanja() []elemen {
	b := s.l.Belanja
	if b == nil {
		return tanpaData("Tabel belanja")
	}
	tb := &tabel{Judul: "Anggaran belanja menurut rekening"}
	// The one layout of the belanja table is anggaran's
	// (anggaran.PohonRekening.Tabel); this report only prints it.
	tabelDari(tb, b.Tabel())
	return []elemen{{Jenis: elTabel, Tabel: tb}}
}

// tanpaRincian reports whether the document has no budget row yet.
func (s *penyusun) tanpaRincian() bool {
	a := s.l.Dokumen.Anggaran
	return a == nil || len(a.Rincian) == 0
}

func (s *penyusun) tabel32() []elemen {
	p := s.l.Pohon
	if p == nil || s.tanpaRincian() {
		return tanpaData("Tabel 3.2")
	}
	d := s.l.Dokumen
	tb := &tabel{Nomor: "Tabel 3.2", Judul: fmt.Sprintf("Realisasi Belanja APBD TA. %s %s", s.l.tahunCetak(), namaDinas(&d.Identitas)), Lebar: "lebar"}
	// The one layout of Tabel 3.2 is anggaran's (anggaran.Pohon.Tabel);
	// this report only prints it.
	tabelDari(tb, p.Tabel())
	return []elemen{{Jenis: elTabel, Tabel: tb}}
}

func (s *penyusun) grafikRealisasi() []elemen {
	g := s.l.GrafikRealisasi()
	if g == nil {
		return tanpaData("Grafik realisasi")
	}
	return []elemen{{Jenis: elGrafik, Grafik: g}}
}

func (s *penyusun) realisasiAnggaran() []elemen {
	l := s.l
	r := &l.Ringkasan
	d := l.Dokumen
	if l.Pohon == nil || s.tanpaRincian() {
		return tanpaData("Uraian realisasi anggaran")
	}
	dinas := atauBelum(d.Identitas.Dinas, "nama dinas")
	ps := []potongan{{Teks: fmt.Sprintf("Belanja tersebut digunakan untuk membiayai program kegiatan yang dilaksanakan oleh %s. Program dan Kegiatan yang dilaksanakan %s terdiri dari %d Program, %d Kegiatan dan %d Sub Kegiatan. Perkembangan pelaksanaan program dan kegiatan sampai akhir tahun %s adalah ",
		atauBelum(namaDinasSaja(&d.Identitas), "nama dinas"), dinas, r.Program, r.Kegiatan, r.SubKegiatan, s.l.tahunCetak())}}
	switch {
	case r.PersenFisik.Valid:
		ps = append(ps, potongan{Teks: "realisasi fisik sebesar " + anggaran.FormatPersen(r.PersenFisik.Decimal) + " dan "})
	case d.Kutipan.fisik() != nil:
		ps = append(ps, potongan{Teks: "realisasi fisik sebesar " + formatAngka(d.Kutipan.fisik(), anggaran.JenisPersen) + " (sebagaimana dilaporkan; data fisik per sub kegiatan belum diisi) dan "})
	}
	ps = append(ps, potongan{Teks: "realisasi keuangan sebesar "}, potongan{Teks: anggaran.FormatAngkaNull(r.PersenRealisasi, 2) + "%", Strong: true},
		potongan{Teks: ", sedangkan penyerapan dana sebesar "}, potongan{Teks: rp(r.Realisasi), Strong: true}, potongan{Teks: "."})
	return []elemen{{Jenis: elParagraf, Teks: gabungPotongan(ps)}}
}
