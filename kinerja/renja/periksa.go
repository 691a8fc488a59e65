package renja

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/normal"
	"github.com/pemkab/sakip/kinerja"
	"github.com/shopspring/decimal"
)

// The finding codes of the review, one severity per kind of mistake.
const (
	KodeJumlahInduk     = "renja/jumlah-induk"         // kesalahan: a parent's printed Rp ≠ the sum of its children's
	KodeKolom13         = "renja/kolom-13"             // kesalahan: printed 13 ≠ 9 + 10 + 11 + 12
	KodeKolom14         = "renja/kolom-14"             // kesalahan: printed 14 ≠ 7 + 13
	KodeKolom15         = "renja/kolom-15"             // kesalahan: printed 15 ≠ 14 / 6 × 100
	KodeTakTerjumlah    = "renja/satuan-tak-terjumlah" // peringatan: 14 K adds years of a unit that cannot be added
	KodeTargetNol       = "renja/target-nol"           // peringatan: a target of 0 with realisasi, or #DIV/0!
	KodeMelebihiTarget  = "renja/melebihi-target"      // peringatan: cumulative realisasi above this year's target
	KodeMelebihiPagu    = "renja/melebihi-pagu"        // kesalahan: cumulative Rp above the pagu
	KodeUangTanpaOutput = "renja/dana-tanpa-keluaran"  // peringatan: money spent, output 0
	KodePaguGanda       = "renja/pagu-ganda"           // peringatan: the same amount in unrelated rows
	KodePersenTriwulan  = "renja/persen-triwulan"      // catatan: the printed % of a quarter ≠ its K
	KodeSerapan         = "renja/serapan-triwulan"     // catatan: serapan below the quarter's target
	KodeSatuan          = "renja/satuan"               // catatan: a unit one letter from a known one
	KodeNomor           = "renja/nomor"                // catatan: a row numbered 0 or out of sequence
	KodeHanyaRenstra    = "renja/hanya-renstra"        // catatan: a row without this year's figures
	KodeGalat           = "renja/galat-sel"            // kesalahan: an error value in an input column
	KodeIndikatorGanda  = "renja/indikator-ganda"      // catatan: two indicators in one cell
	KodeTingkat         = "renja/tingkat"              // kesalahan: a row whose level is unknown
	KodeDiLuarJumlah    = "renja/di-luar-jumlah"       // catatan: a top row the total row does not add
)

// Tabel is the table name the findings give in their location.
const Tabel = "Evaluasi Hasil Renja"

var (
	sepersepuluh = decimal.RequireFromString("0.01")
	setengah     = decimal.RequireFromString("0.5")
)

// Periksa reviews the form against its computed figures and returns the
// findings in row order (the total row last). A nil f is an empty form; a
// nil h is computed with the default options, one Hitung did not make of
// f again with its options.
func Periksa(f *Formulir, h *Hasil) []anggaran.Temuan {
	f, h = siap(f, h)
	p := &periksa{f: f, h: h}
	for i := range f.Baris {
		p.baris(i)
	}
	p.paguGanda()
	p.jumlah()
	idx := make([]int, len(p.out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return p.urut[idx[a]] < p.urut[idx[b]] })
	out := make([]anggaran.Temuan, len(p.out))
	for i, j := range idx {
		out[i] = p.out[j]
	}
	return out
}

type periksa struct {
	f        *Formulir
	h        *Hasil
	out      []anggaran.Temuan
	urut     []int
	petunjuk int // how many sums got a hint from siapaSelisih
}

func (p *periksa) add(i int, kode string, t anggaran.Tingkat, kolom, tercetak, terhitung, pesan string, args ...any) {
	lok := anggaran.Lokasi{Tabel: Tabel, Kolom: kolom}
	urut := 1 << 30
	if i >= 0 {
		lok.Baris = p.f.Baris[i].Label()
		urut = i
	} else {
		lok.Baris = "jumlah"
	}
	p.out = append(p.out, anggaran.Temuan{Kode: kode, Tingkat: t, Lokasi: lok, Tercetak: tercetak, Terhitung: terhitung, Pesan: fmt.Sprintf(pesan, args...)})
	p.urut = append(p.urut, urut)
}

// beda reports whether two figures differ at two decimals.
func beda(a, b decimal.Decimal) bool { return a.Sub(b).Abs().GreaterThanOrEqual(sepersepuluh) }

func fmtK(n Nilai, satuan string) string {
	if n.Galat != "" {
		return n.Galat
	}
	if !n.Ada {
		return "kosong"
	}
	return anggaran.FormatSatuan(n.Angka.Round(4), -1, satuan)
}

func fmtRp(n Nilai) string {
	if n.Galat != "" {
		return n.Galat
	}
	if !n.Ada {
		return "kosong"
	}
	return anggaran.FormatRupiah(n.Angka)
}

func fmtPct(n Nilai) string {
	if n.Galat != "" {
		return n.Galat
	}
	if !n.Ada {
		return "kosong"
	}
	return anggaran.FormatPersen(n.Angka)
}

var namaTriwulan = [4]string{"I", "II", "III", "IV"}

var satuanDikenal = []string{"Dok", "Dokumen", "Lap", "Laporan", "Unit", "Paket", "Orang", "Berita Acara", "Usulan",
	"Kerja Sama", "Jenis", "Nilai", "Kali", "Kegiatan", "Bulan", "Lembaga", "Jiwa", "KK", "Kelompok", "Desa",
	"Kecamatan", "Sekolah", "Buah", "Set", "Eksemplar", "Rekomendasi", "Kajian", "Inovasi", "Persen", "Indeks", "Aplikasi", "Sistem"}

var enumerasi = regexp.MustCompile(`(^|\s)1[.)]\s.*\s2[.)]\s`)

func (p *periksa) baris(i int) {
	b, r := &p.f.Baris[i], &p.h.Baris[i]
	if b.Tingkat == TingkatTidakDiketahui {
		p.add(i, KodeTingkat, anggaran.Kesalahan, "3", "", "", "tingkat baris (urusan, bidang, program, kegiatan, sub kegiatan) tidak dapat ditentukan dari rumus maupun tata letak formulir")
	}
	if b.No == "0" {
		p.add(i, KodeNomor, anggaran.Catatan, "1", "0", "", "baris bernomor 0: periksa penomoran (sel nomor mungkin berisi rumus yang rusak)")
	}
	if enumerasi.MatchString(b.Indikator) {
		p.add(i, KodeIndikatorGanda, anggaran.Catatan, "4", "", "", "satu sel memuat lebih dari satu indikator (%s) dengan satu target dan satu satuan: pisahkan per indikator", b.Indikator)
	}
	if s := strings.TrimSpace(b.Satuan); s != "" {
		for _, k := range satuanDikenal {
			if s != k && !strings.EqualFold(s, k) && jarak1(strings.ToLower(s), strings.ToLower(k)) {
				p.add(i, KodeSatuan, anggaran.Catatan, "5", s, k, "satuan %q tidak dikenal; mungkin salah ketik untuk %q", s, k)
				break
			}
		}
	}
	// Error values in the input columns.
	cek := func(kolom string, n Nilai) {
		if n.Galat != "" {
			p.add(i, KodeGalat, anggaran.Kesalahan, kolom, n.Galat, "", "sel masukan berisi galat %s", n.Galat)
		}
	}
	cek("6 (K)", b.Renstra.K)
	cek("6 (Rp)", b.Renstra.Rp)
	cek("7 (K)", b.SampaiLalu.K)
	cek("7 (Rp)", b.SampaiLalu.Rp)
	cek("8 (K)", b.Target.K)
	cek("8 (Rp)", b.Target.Rp)
	for q := 0; q < 4; q++ {
		n := strconv.Itoa(9 + q)
		cek(n+" (K)", b.Triwulan[q].K)
		cek(n+" (%)", b.Triwulan[q].Persen)
		cek(n+" (Rp)", b.Triwulan[q].Rp)
	}
	if r.HanyaRenstra {
		if b.Renstra.K.Ada || b.Renstra.Rp.Ada {
			p.add(i, KodeHanyaRenstra, anggaran.Catatan, "8", "", "", "baris hanya memuat target Renstra, tanpa target, pagu dan realisasi tahun %s", tahun(p.f))
		}
		return
	}
	p.jumlahInduk(i)
	p.kolom13(i)
	p.kolom14(i)
	p.kolom15(i)
	p.targetNol(i)
	if len(b.Anak) == 0 && !b.Lanjutan {
		p.melebihi(i)
		p.danaTanpaKeluaran(i)
		p.persenTriwulan(i)
	}
	if !b.Lanjutan && (p.h.Opsi.SerapanSemuaBaris || b.Tingkat == Program || b.Induk < 0) {
		p.serapan(i, r)
	}
}

func tahun(f *Formulir) string {
	if f.Tahun == 0 {
		return "berjalan"
	}
	return strconv.Itoa(f.Tahun)
}

// jarak1 reports whether a and b are one edit (substitution, insertion,
// deletion, or two neighbouring letters swapped) apart.
func jarak1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 || len(rb) < 3 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		if i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]) {
			return true // two letters swapped
		}
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// jumlahInduk compares a parent's printed money with the sum of its
// children's printed money, column by column.
func (p *periksa) jumlahInduk(i int) {
	b := &p.f.Baris[i]
	if len(b.Anak) == 0 {
		return
	}
	type kol struct {
		nama string
		get  func(*BarisFormulir) Nilai
	}
	cols := []kol{
		{"6 (Rp)", func(x *BarisFormulir) Nilai { return x.Renstra.Rp }},
		{"7 (Rp)", func(x *BarisFormulir) Nilai { return x.SampaiLalu.Rp }},
		{"8 (Rp)", func(x *BarisFormulir) Nilai { return x.Target.Rp }},
	}
	for q := 0; q < 4; q++ {
		q := q
		cols = append(cols, kol{strconv.Itoa(9+q) + " (Rp)", func(x *BarisFormulir) Nilai { return x.Triwulan[q].Rp }})
	}
	cols = append(cols, kol{"13 (Rp)", func(x *BarisFormulir) Nilai { return x.Tercetak[0].Rp }})
	for _, c := range cols {
		v := c.get(b)
		if !v.Ada {
			continue
		}
		var sum Nilai
		for _, a := range b.Anak {
			sum = add(sum, c.get(&p.f.Baris[a]))
		}
		if sum.Ada && !sum.Angka.Equal(v.Angka) {
			selisih := v.Angka.Sub(sum.Angka)
			p.add(i, KodeJumlahInduk, anggaran.Kesalahan, c.nama, fmtRp(v), fmtRp(sum),
				"jumlah %s tidak sama dengan jumlah %d baris di bawahnya (selisih %s)%s", b.Tingkat, len(b.Anak), fmtRp(N(selisih)), p.siapaSelisih(b, selisih, c.get))
		}
	}
}

// siapaSelisih names the rows elsewhere in the form whose amount is the
// difference: the usual cause is a row counted twice.
func (p *periksa) siapaSelisih(b *BarisFormulir, selisih decimal.Decimal, get func(*BarisFormulir) Nilai) string {
	if selisih.IsZero() || p.petunjuk >= 100 {
		return "" // the hint scans the form: given for the first 100 sums only
	}
	p.petunjuk++
	var names []string
	for j := range p.f.Baris {
		x := &p.f.Baris[j]
		if x.Lanjutan || x == b {
			continue
		}
		if v := get(x); v.Ada && v.Angka.Equal(selisih) && len(names) < 3 {
			names = append(names, "baris "+x.Label())
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "; selisihnya sama dengan " + strings.Join(names, ", ") + " — terhitung dua kali?"
}

func (p *periksa) kolom13(i int) {
	b := &p.f.Baris[i]
	var k, rp Nilai
	for q := 0; q < 4; q++ {
		k = add(k, b.Triwulan[q].K)
		rp = add(rp, b.Triwulan[q].Rp)
	}
	if t := b.Tercetak[0].K; t.Ada && k.Ada && beda(t.Angka, k.Angka) {
		extra := ""
		if t.Angka.IsZero() && rp.Ada && rp.Angka.IsPositive() {
			extra = fmt.Sprintf(", padahal dana %s terealisasi", fmtRp(rp))
		}
		p.add(i, KodeKolom13, anggaran.Kesalahan, "13 (K)", fmtK(t, b.Satuan), fmtK(k, b.Satuan),
			"realisasi kinerja tahun ini tidak sama dengan jumlah triwulan I–IV (13 = 9 + 10 + 11 + 12)%s", extra)
	}
	if t := b.Tercetak[0].Rp; t.Ada && rp.Ada && !t.Angka.Equal(rp.Angka) {
		p.add(i, KodeKolom13, anggaran.Kesalahan, "13 (Rp)", fmtRp(t), fmtRp(rp),
			"realisasi anggaran tahun ini tidak sama dengan jumlah triwulan I–IV (13 = 9 + 10 + 11 + 12)")
	}
}

func (p *periksa) kolom14(i int) {
	b := &p.f.Baris[i]
	t13 := b.Tercetak[0]
	if t := b.Tercetak[1].Rp; t.Ada {
		want := add(b.SampaiLalu.Rp, t13.Rp)
		if want.Ada && !want.Angka.Equal(t.Angka) {
			p.add(i, KodeKolom14, anggaran.Kesalahan, "14 (Rp)", fmtRp(t), fmtRp(want),
				"realisasi anggaran s.d. tahun ini tidak sama dengan kolom 7 + kolom 13")
		}
	}
	t := b.Tercetak[1].K
	if !t.Ada {
		return
	}
	sum := add(b.SampaiLalu.K, t13.K)
	if kinerja.SatuanTerjumlah(b.Satuan) {
		if sum.Ada && beda(sum.Angka, t.Angka) {
			p.add(i, KodeKolom14, anggaran.Kesalahan, "14 (K)", fmtK(t, b.Satuan), fmtK(sum, b.Satuan),
				"realisasi kinerja s.d. tahun ini tidak sama dengan kolom 7 + kolom 13")
		}
		return
	}
	l := b.SampaiLalu.K
	switch {
	case l.Ada && !l.Angka.IsZero() && t13.K.Ada && !t13.K.Angka.IsZero() && !beda(sum.Angka, t.Angka):
		satuan := fmt.Sprintf("satuan %q", b.Satuan)
		if b.Satuan == "" {
			satuan = "angka tanpa satuan"
		}
		p.add(i, KodeTakTerjumlah, anggaran.Peringatan, "14 (K)", fmtK(t, b.Satuan), fmtK(p.h.Baris[i].Kolom[1].K, b.Satuan),
			"kolom 14 menjumlahkan realisasi tahun-tahun sebelumnya (%s) dengan tahun ini, padahal %s tidak dapat dijumlahkan antartahun (yang berlaku nilai akhir tahun ini); capaian kolom 15 ikut salah", fmtK(l, b.Satuan), satuan)
	case t13.K.Ada && beda(t13.K.Angka, t.Angka) && sum.Ada && beda(sum.Angka, t.Angka):
		p.add(i, KodeKolom14, anggaran.Kesalahan, "14 (K)", fmtK(t, b.Satuan), fmtK(t13.K, b.Satuan),
			"realisasi kinerja s.d. tahun ini bukan kolom 13 maupun kolom 7 + kolom 13")
	}
}

func (p *periksa) kolom15(i int) {
	b := &p.f.Baris[i]
	for _, c := range []struct {
		nama       string
		t, t14, t6 Nilai
		format     func(Nilai) string
		nilai      func(Nilai) string
	}{
		{"15 (K)", b.Tercetak[2].K, b.Tercetak[1].K, b.Renstra.K, fmtPct, func(n Nilai) string { return fmtK(n, b.Satuan) }},
		{"15 (Rp)", b.Tercetak[2].Rp, b.Tercetak[1].Rp, b.Renstra.Rp, fmtPct, fmtRp},
	} {
		if !c.t14.Ada || !c.t6.Ada {
			continue
		}
		if c.t6.Angka.IsZero() {
			if c.t.Galat != "" || c.t.Ada {
				p.add(i, KodeTargetNol, anggaran.Peringatan, c.nama, c.format(c.t), "tidak dapat dihitung",
					"target Renstra (kolom 6) 0 sementara realisasi s.d. tahun ini %s: capaian Renstra tidak dapat dihitung; isi target Renstra atau beri keterangan", c.nilai(c.t14))
			}
			continue
		}
		want := persen(c.t14, c.t6)
		if c.t.Galat != "" || (c.t.Ada && beda(c.t.Angka.Round(2), want.Angka)) {
			p.add(i, KodeKolom15, anggaran.Kesalahan, c.nama, c.format(c.t), fmtPct(want),
				"tingkat capaian Renstra tidak sama dengan kolom 14 / kolom 6 × 100")
		}
	}
}

func (p *periksa) targetNol(i int) {
	b, r := &p.f.Baris[i], &p.h.Baris[i]
	t := b.Target.K
	k := r.Kolom[0].K
	if t.Ada && t.Angka.IsZero() && k.Ada && k.Angka.IsPositive() {
		p.add(i, KodeTargetNol, anggaran.Peringatan, "8 (K)", "0", fmtK(k, b.Satuan),
			"target tahun %s 0 tetapi ada realisasi %s: capaian tahun ini tidak dapat dihitung", tahun(p.f), fmtK(k, b.Satuan))
	}
}

func (p *periksa) melebihi(i int) {
	b, r := &p.f.Baris[i], &p.h.Baris[i]
	if t := b.Target.K; t.Ada && t.Angka.IsPositive() {
		for q := 0; q < 4; q++ {
			c := r.Kumulatif[q].K
			if c.Ada && c.Angka.Sub(t.Angka).GreaterThanOrEqual(sepersepuluh) {
				p.add(i, KodeMelebihiTarget, anggaran.Peringatan, strconv.Itoa(9+q)+" (K)", "", "",
					"realisasi kinerja kumulatif sampai triwulan %s (%s) melebihi target tahun ini (%s)", namaTriwulan[q], fmtK(c, b.Satuan), fmtK(t, b.Satuan))
				break
			}
		}
	}
	if t := r.Target.Rp; t.Ada {
		for q := 0; q < 4; q++ {
			c := r.Kumulatif[q].Rp
			if c.Ada && c.Angka.GreaterThan(t.Angka) {
				p.add(i, KodeMelebihiPagu, anggaran.Kesalahan, strconv.Itoa(9+q)+" (Rp)", "", "",
					"realisasi anggaran kumulatif sampai triwulan %s (%s) melebihi pagu tahun ini (%s)", namaTriwulan[q], fmtRp(c), fmtRp(t))
				break
			}
		}
	}
}

func (p *periksa) danaTanpaKeluaran(i int) {
	b, r := &p.f.Baris[i], &p.h.Baris[i]
	k, rp := r.Kolom[0].K, r.Kolom[0].Rp
	if rp.Ada && rp.Angka.IsPositive() && (!k.Ada || k.Angka.IsZero()) {
		extra := ""
		if q := b.Triwulan[3].Persen; q.Ada && q.Angka.IsPositive() {
			extra = fmt.Sprintf("; kolom %% triwulan IV mencetak %s", fmtPct(q))
		}
		p.add(i, KodeUangTanpaOutput, anggaran.Peringatan, "13", fmtK(k, b.Satuan), "",
			"dana %s terealisasi tetapi realisasi kinerja 0%s: isi realisasi keluaran per triwulan atau jelaskan", fmtRp(rp), extra)
	}
}

func (p *periksa) persenTriwulan(i int) {
	b, r := &p.f.Baris[i], &p.h.Baris[i]
	var diff []string
	for q := 0; q < 4; q++ {
		t, c := b.Triwulan[q].Persen, r.Progres[q]
		if t.Ada && c.Ada && t.Angka.Sub(c.Angka).Abs().GreaterThan(setengah) {
			diff = append(diff, fmt.Sprintf("TW %s %s (dari K: %s)", namaTriwulan[q], fmtPct(N(t.Angka.Round(2))), fmtPct(c)))
		}
	}
	if len(diff) > 0 {
		p.add(i, KodePersenTriwulan, anggaran.Catatan, "9–12 (%)", "", "",
			"persentase capaian kumulatif per triwulan tidak sesuai dengan realisasi K-nya: %s", strings.Join(diff, ", "))
	}
}

func (p *periksa) serapan(i int, r *HasilBaris) {
	var diff []string
	for q := 0; q < 4; q++ {
		s := r.Serapan[q]
		t := p.h.TargetSerapan[q]
		if s.Ada && s.Angka.Add(p.h.Opsi.Triwulan.Toleransi).LessThan(t) {
			diff = append(diff, fmt.Sprintf("TW %s %s (target %s)", namaTriwulan[q], fmtPct(s), anggaran.FormatAngka(t, -1)+"%"))
		}
	}
	if len(diff) > 0 {
		p.add(i, KodeSerapan, anggaran.Catatan, "9–12 (Rp)", "", "",
			"serapan anggaran kumulatif di bawah target triwulan: %s", strings.Join(diff, ", "))
	}
}

// paguGanda finds the same amount in column 6 or 8 Rp of rows that are
// neither parent nor child of each other: a pagu copied to a second row.
func (p *periksa) paguGanda() {
	// underGroup reports whether an ancestor of i is in the group.
	underGroup := func(i int, in map[int]bool) bool {
		for x, n := p.f.Baris[i].Induk, 0; x >= 0 && n < len(p.f.Baris); x, n = p.f.Baris[x].Induk, n+1 {
			if in[x] {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		nama string
		get  func(*BarisFormulir) Nilai
	}{
		{"6 (Rp)", func(x *BarisFormulir) Nilai { return x.Renstra.Rp }},
		{"8 (Rp)", func(x *BarisFormulir) Nilai { return x.Target.Rp }},
	} {
		ganda := normal.Ganda(len(p.f.Baris), func(i int) (string, bool) {
			b := &p.f.Baris[i]
			v := c.get(b)
			if b.Lanjutan || !v.Ada || !v.Angka.IsPositive() {
				return "", false
			}
			return anggaran.FormatAngkaBerkas(v.Angka), true
		})
		for _, g := range ganda {
			in := make(map[int]bool, len(g))
			for _, i := range g {
				in[i] = true
			}
			var top []int
			for _, i := range g {
				if !underGroup(i, in) {
					top = append(top, i)
				}
			}
			if len(top) < 2 {
				continue
			}
			first := top[0]
			for _, i := range top[1:] {
				p.add(i, KodePaguGanda, anggaran.Peringatan, c.nama, fmtRp(c.get(&p.f.Baris[i])), "",
					"nilai yang sama persis dengan baris %s: pagu tersalin ke baris lain? (bila keduanya dijumlahkan, anggaran terhitung dua kali)", p.f.Baris[first].Label())
			}
		}
	}
}

// jumlah compares the form's total row with the rows its formulas add.
func (p *periksa) jumlah() {
	j := p.f.Jumlah
	if j == nil || len(p.f.JumlahDari) == 0 {
		return
	}
	for _, c := range []struct {
		nama string
		get  func(*BarisFormulir) Nilai
	}{
		{"6 (Rp)", func(x *BarisFormulir) Nilai { return x.Renstra.Rp }},
		{"8 (Rp)", func(x *BarisFormulir) Nilai { return x.Target.Rp }},
		{"13 (Rp)", func(x *BarisFormulir) Nilai { return x.Tercetak[0].Rp }},
		{"14 (Rp)", func(x *BarisFormulir) Nilai { return x.Tercetak[1].Rp }},
	} {
		v := c.get(j)
		if !v.Ada {
			continue
		}
		var sum Nilai
		for _, i := range p.f.JumlahDari {
			sum = add(sum, c.get(&p.f.Baris[i]))
		}
		if sum.Ada && !sum.Angka.Equal(v.Angka) {
			p.add(-1, KodeJumlahInduk, anggaran.Kesalahan, c.nama, fmtRp(v), fmtRp(sum), "baris jumlah tidak sama dengan jumlah baris yang dirujuknya")
		}
	}
	// A top row outside the total: its money is in no total of the form.
	covered := make([]bool, len(p.f.Baris))
	for _, i := range p.f.JumlahDari {
		for x, n := i, 0; x >= 0 && n <= len(p.f.Baris); x, n = p.f.Baris[x].Induk, n+1 {
			covered[x] = true
		}
	}
	for i := range p.f.Baris {
		b := &p.f.Baris[i]
		if b.Lanjutan || b.Induk >= 0 || covered[i] {
			continue
		}
		if v := b.Renstra.Rp; v.Ada && v.Angka.IsPositive() {
			p.add(i, KodeDiLuarJumlah, anggaran.Catatan, "6 (Rp)", fmtRp(v), "",
				"baris teratas ini (dengan pagu Renstra) tidak termasuk dalam baris jumlah formulir")
		}
	}
	// The total against the computed tree: a root left out of the total.
	if t := p.h.Jumlah.Target.Rp; t.Ada && j.Target.Rp.Ada && !t.Angka.Equal(j.Target.Rp.Angka) {
		p.add(-1, KodeJumlahInduk, anggaran.Kesalahan, "8 (Rp)", fmtRp(j.Target.Rp), fmtRp(t), "baris jumlah tidak sama dengan jumlah pagu seluruh baris teratas formulir")
	}
}
