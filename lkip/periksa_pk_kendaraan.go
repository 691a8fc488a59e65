package lkip

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// TemuanPKKendaraan is the code of a Perjanjian Kinerja that targets the
// maintenance of more vehicles than the dinas lists among its assets.
const TemuanPKKendaraan = "lkip/pk-kendaraan"

// Sub kegiatan of every dinas' support program that maintain vehicles
// (Kepmendagri 050-5889/2021, kegiatan x.xx.01.2.09 Pemeliharaan Barang
// Milik Daerah): .01 kendaraan perorangan dinas atau dinas jabatan, .02
// kendaraan dinas operasional atau lapangan. They maintain different
// vehicles.
var subPemeliharaanKendaraan = []string{"01.2.09.01", "01.2.09.02"}

// kodeBarangKendaraan is the asset code of Alat Angkutan in the
// codification of regional property (Permendagri 108/2016): motorbikes,
// cars, trucks.
const kodeBarangKendaraan = "1.3.2.02"

// periksaPKKendaraan compares the number of vehicles the Perjanjian
// Kinerja targets to maintain (rows of the vehicle-maintenance sub
// kegiatan whose satuan counts vehicles, see [satuanKendaraan]
// sub kegiatan; per sub kegiatan the largest target, since several rows
// may describe the same vehicles) with the vehicles of the asset table
// (Tabel 1.3). A target above the listed vehicles is a catatan: the
// vehicles maintained should be among the dinas' assets, or the target is
// wrong. No check without asset rows or without such PK rows.
func (l *Laporan) periksaPKKendaraan() []anggaran.Temuan {
	d := l.Dokumen
	if d.Kinerja == nil || len(d.Profil.Aset.Baris) == 0 {
		return nil
	}
	kendaraan := 0
	for _, a := range d.Profil.Aset.Baris {
		if k := strings.TrimSpace(a.KodeBarang); k == kodeBarangKendaraan || strings.HasPrefix(k, kodeBarangKendaraan+".") {
			kendaraan += a.Jumlah
		}
	}
	type puncak struct {
		baris  int
		target decimal.Decimal
	}
	per := map[string]puncak{} // sub kegiatan → its row with the largest target
	var urutan []string
	for i, b := range d.Kinerja.PerjanjianKinerja.Baris {
		if b.Target == nil || !satuanKendaraan(b.Satuan) || !pemeliharaanKendaraan(b.SubKegiatan) {
			continue
		}
		p, ada := per[b.SubKegiatan]
		if !ada {
			urutan = append(urutan, b.SubKegiatan)
		}
		if !ada || b.Target.Nilai.GreaterThan(p.target) {
			per[b.SubKegiatan] = puncak{i, b.Target.Nilai}
		}
	}
	if len(urutan) == 0 {
		return nil
	}
	total := decimal.Zero
	var sub []string
	for _, k := range urutan {
		total = total.Add(per[k].target)
		sub = append(sub, k)
	}
	if !total.GreaterThan(decimal.NewFromInt(int64(kendaraan))) {
		return nil
	}
	p := per[urutan[0]]
	b := d.Kinerja.PerjanjianKinerja.Baris[p.baris]
	target := anggaran.FormatAngka(total, -1)
	return []anggaran.Temuan{{Kode: TemuanPKKendaraan, Lokasi: anggaran.Lokasi{Bagian: "Bab II D, Perjanjian Kinerja", Baris: b.Indikator, Kolom: "target", Path: fmt.Sprintf("kinerja.perjanjian_kinerja.baris[%d].target", p.baris)},
		Tercetak: strings.TrimSpace(target + " " + strings.ToLower(strings.TrimSpace(b.Satuan))), Terhitung: fmt.Sprintf("%d kendaraan", kendaraan),
		Pesan: fmt.Sprintf("Perjanjian Kinerja menargetkan pemeliharaan %s kendaraan (sub kegiatan %s), tetapi Tabel 1.3 hanya mencantumkan %d kendaraan (kode barang %s, Alat Angkutan); kendaraan yang dipelihara seharusnya tercatat sebagai sarana prasarana dinas, atau targetnya perlu diperiksa",
			target, strings.Join(sub, " dan "), kendaraan, kodeBarangKendaraan)}}
}

// satuanBukanKendaraan are satuan of a target that count something other
// than vehicles: a share, a frequency, a duration, a package, a document,
// an activity. A target in any other satuan ("unit", "kendaraan", "buah",
// "roda dua", or none) counts the vehicles maintained.
var satuanBukanKendaraan = []string{
	"%", "persen", "kali", "frekuensi", "bulan", "tahun", "hari", "minggu", "triwulan", "semester",
	"paket", "dokumen", "laporan", "kegiatan", "liter", "rupiah", "rp", "orang", "jam",
}

// satuanKendaraan reports whether a target in satuan counts vehicles.
func satuanKendaraan(satuan string) bool {
	n := strings.ToLower(strings.TrimSpace(satuan))
	for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '/' || r == '(' || r == ')' }) {
		for _, x := range satuanBukanKendaraan {
			if w == x {
				return false
			}
		}
	}
	return !strings.Contains(n, "%")
}

// pemeliharaanKendaraan reports whether the official code k is one of the
// vehicle-maintenance sub kegiatan of any urusan ("1.06.01.2.09.02").
func pemeliharaanKendaraan(k string) bool {
	k = strings.TrimSpace(k)
	for _, s := range subPemeliharaanKendaraan {
		if strings.HasSuffix(k, "."+s) && strings.Count(k, ".") == 5 {
			return true
		}
	}
	return false
}
