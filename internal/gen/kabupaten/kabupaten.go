// Package kabupaten generates the data files of a whole kabupaten — one
// LKIP data file per dinas, of different urusan and bidang, with realistic
// names, budgets, IKU and narrative — and plants in them the mistakes the
// rekap of package lkip/rekap must find (see [Tanaman]). The tests of
// lkip/rekap write its output into their testdata and check that the
// committed files are what it generates; the benchmarks generate larger
// kabupaten in memory.
//
// Everything is deterministic: the same Opsi give the same bytes.
package kabupaten

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
	"github.com/pemkab/sakip/lkip"
	"github.com/shopspring/decimal"
)

// Opsi say what to generate. The zero value gives the kabupaten of the
// golden test: 2024, 12 sub kegiatan per dinas, the planted mistakes.
type Opsi struct {
	Pemda       string // zero: "Kabupaten Nusa Bunga"
	Kota        string // place of signature; zero: "Mekar Sari"
	Tahun       int    // zero: 2024
	SubKegiatan int    // sub kegiatan per dinas; zero: 12
	// Bersih leaves out the planted mistakes.
	Bersih bool
	// Ulang repeats the list of dinas (a province of several kabupaten
	// with Ulang kabupaten): file names and pemda get a number.
	Ulang int
}

// Berkas is one generated data file.
type Berkas struct {
	Nama string // file name, e.g. "01-dinas-pendidikan.json"
	Data []byte
}

// Tanaman is one planted mistake: what it is, the file it is in, and the
// code of the finding (or attention reason) the rekap must give.
type Tanaman struct {
	Kesalahan string
	Berkas    string
	Kode      string
}

type dinas struct {
	nama    string
	bidang  string
	program []int  // program numbers besides 01 (penunjang)
	kegAwal int    // first kegiatan number (to keep codes of dinas sharing a bidang apart)
	tanam   string // planted mistake, see below
}

// The planted mistakes.
const (
	tanamSubGanda    = "sub-ganda"    // a sub kegiatan code of Dinas Kesehatan in the RSUD's table
	tanamUrusan      = "urusan"       // a program of urusan PU in Dinas Sosial
	tanamTahun       = "tahun"        // a file of the year before
	tanamSerapan     = "serapan"      // serapan about 35 %
	tanamKesalahan   = "kesalahan"    // a printed total that differs from the sum (kesalahan in the reviu)
	tanamSeparuh     = "separuh"      // half-filled: identitas and budget only
	tanamGanda       = "ganda"        // the same dinas twice
	tanamCapaian     = "capaian"      // capaian about 40 %
	tanamCapaianAtas = "capaian-atas" // capaian about 180 %
)

var daftarDinas = []dinas{
	{"Dinas Pendidikan", "1.01", []int{2, 3}, 1, ""},
	{"Dinas Kesehatan", "1.02", []int{2, 3}, 1, ""},
	{"Rumah Sakit Umum Daerah", "1.02", []int{2}, 50, tanamSubGanda},
	{"Dinas Pekerjaan Umum dan Penataan Ruang", "1.03", []int{2, 3, 5}, 1, ""},
	{"Dinas Perumahan Rakyat dan Kawasan Permukiman", "1.04", []int{2, 3}, 1, ""},
	{"Satuan Polisi Pamong Praja", "1.05", []int{2}, 1, ""},
	{"Badan Penanggulangan Bencana Daerah", "1.05", []int{3}, 1, ""},
	{"Dinas Pemadam Kebakaran", "1.05", []int{4}, 1, ""},
	{"Dinas Sosial", "1.06", []int{2, 4}, 1, tanamUrusan},
	{"Dinas Tenaga Kerja", "2.07", []int{2, 3}, 1, ""},
	{"Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "2.08", []int{2, 3}, 1, ""},
	{"Dinas Ketahanan Pangan", "2.09", []int{2, 3}, 1, ""},
	{"Dinas Pertanahan", "2.10", []int{2}, 1, ""},
	{"Dinas Lingkungan Hidup", "2.11", []int{2, 3}, 1, tanamKesalahan},
	{"Dinas Kependudukan dan Pencatatan Sipil", "2.12", []int{2, 3}, 1, ""},
	{"Dinas Pemberdayaan Masyarakat dan Desa", "2.13", []int{2, 3}, 1, ""},
	{"Dinas Pengendalian Penduduk dan Keluarga Berencana", "2.14", []int{2, 3}, 1, ""},
	{"Dinas Perhubungan", "2.15", []int{2, 3}, 1, tanamGanda},
	{"Dinas Komunikasi dan Informatika", "2.16", []int{2, 3}, 1, ""},
	{"Dinas Koperasi dan Usaha Kecil Menengah", "2.17", []int{2, 3}, 1, tanamCapaian},
	{"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "2.18", []int{2, 3}, 1, ""},
	{"Dinas Kepemudaan dan Olahraga", "2.19", []int{2, 3}, 1, ""},
	{"Dinas Kebudayaan", "2.22", []int{2}, 1, ""},
	{"Dinas Perpustakaan", "2.23", []int{2}, 1, tanamSeparuh},
	{"Dinas Kearsipan", "2.24", []int{2}, 1, ""},
	{"Dinas Perikanan", "3.25", []int{2, 3}, 1, tanamSerapan},
	{"Dinas Pariwisata", "3.26", []int{2, 3}, 1, tanamTahun},
	{"Dinas Pertanian", "3.27", []int{2, 3}, 1, tanamCapaianAtas},
	{"Dinas Perdagangan", "3.30", []int{2, 3}, 1, ""},
	{"Dinas Perindustrian", "3.31", []int{2}, 1, ""},
	{"Sekretariat Daerah", "4.01", []int{2}, 1, ""},
	{"Sekretariat DPRD", "4.02", []int{2}, 1, ""},
	{"Badan Perencanaan Pembangunan Daerah", "5.01", []int{2}, 1, ""},
	{"Badan Pengelolaan Keuangan dan Aset Daerah", "5.02", []int{2}, 1, ""},
	{"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "5.03", []int{2}, 1, ""},
	{"Badan Penelitian dan Pengembangan Daerah", "5.05", []int{2}, 1, ""},
	{"Inspektorat Daerah", "6.01", []int{2}, 1, ""},
	{"Kecamatan Mekar Sari", "7.01", []int{2}, 1, ""},
	{"Badan Kesatuan Bangsa dan Politik", "8.01", []int{2}, 1, ""},
}

// namaProgram are the programs of the Permendagri 90/2019 nomenclature
// the generator uses, by code; others are named after their bidang.
var namaProgram = map[string]string{
	"1.01.02": "Program Pengelolaan Pendidikan",
	"1.01.03": "Program Pengembangan Kurikulum",
	"1.02.02": "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
	"1.02.03": "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
	"1.03.02": "Program Pengelolaan Sumber Daya Air (SDA)",
	"1.03.03": "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
	"1.03.05": "Program Pengelolaan dan Pengembangan Sistem Air Limbah",
	"1.03.09": "Program Penyelenggaraan Jalan",
	"1.04.02": "Program Pengembangan Perumahan",
	"1.04.03": "Program Kawasan Permukiman",
	"1.05.02": "Program Peningkatan Ketenteraman dan Ketertiban Umum",
	"1.05.03": "Program Penanggulangan Bencana",
	"1.05.04": "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
	"1.06.02": "Program Pemberdayaan Sosial",
	"1.06.04": "Program Rehabilitasi Sosial",
	"2.11.02": "Program Perencanaan Lingkungan Hidup",
	"2.11.03": "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
	"2.15.02": "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
	"3.25.02": "Program Pengelolaan Perikanan Tangkap",
	"3.25.03": "Program Pengelolaan Perikanan Budidaya",
	"3.27.02": "Program Penyediaan dan Pengembangan Sarana Pertanian",
	"3.27.03": "Program Penyediaan dan Pengembangan Prasarana Pertanian",
}

var namaKegiatanPenunjang = []string{
	"Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
	"Administrasi Keuangan Perangkat Daerah",
	"Administrasi Umum Perangkat Daerah",
	"Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
}

var namaSubPenunjang = [][]string{
	{"Penyusunan Dokumen Perencanaan Perangkat Daerah", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Evaluasi Kinerja Perangkat Daerah"},
	{"Penyediaan Gaji dan Tunjangan ASN", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD"},
	{"Penyediaan Peralatan dan Perlengkapan Kantor", "Penyediaan Bahan Logistik Kantor", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"},
	{"Penyediaan Jasa Surat Menyurat", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"},
}

// Buat generates the kabupaten: one file per dinas (the same dinas twice
// when the mistakes are planted), and the list of planted mistakes.
func Buat(o Opsi) ([]Berkas, []Tanaman) {
	if o.Pemda == "" {
		o.Pemda = "Kabupaten Nusa Bunga"
	}
	if o.Kota == "" {
		o.Kota = "Mekar Sari"
	}
	if o.Tahun == 0 {
		o.Tahun = 2024
	}
	if o.SubKegiatan == 0 {
		o.SubKegiatan = 12
	}
	ulang := max(o.Ulang, 1)
	var out []Berkas
	var tanam []Tanaman
	for u := 1; u <= ulang; u++ {
		g := &gen{o: o, rnd: rand.New(rand.NewPCG(uint64(u), 2024)), pemda: o.Pemda}
		awalan := ""
		if o.Ulang > 0 {
			g.pemda = fmt.Sprintf("%s %d", o.Pemda, u)
			awalan = fmt.Sprintf("k%03d-", u)
		}
		for i, dn := range daftarDinas {
			if o.Bersih {
				dn.tanam = ""
			}
			nama := fmt.Sprintf("%s%02d-%s.json", awalan, i+1, berkasNama(dn.nama))
			d := g.dokumen(dn, i)
			data, err := d.Encode()
			if err != nil {
				panic("kabupaten: " + err.Error())
			}
			out = append(out, Berkas{nama, data})
			if t := tanamanDari(dn, nama); t.Kode != "" {
				tanam = append(tanam, t)
			}
			if dn.tanam == tanamGanda {
				nama2 := fmt.Sprintf("%s%02d-%s.salinan.json", awalan, i+1, berkasNama(dn.nama))
				out = append(out, Berkas{nama2, data})
				tanam = append(tanam, Tanaman{"dua berkas untuk dinas yang sama", nama2, "rekap/dinas-ganda"})
			}
		}
	}
	return out, tanam
}

func tanamanDari(dn dinas, berkas string) Tanaman {
	switch dn.tanam {
	case tanamSubGanda:
		return Tanaman{"sub kegiatan Dinas Kesehatan juga di tabel RSUD", berkas, "rekap/sub-kegiatan-ganda"}
	case tanamUrusan:
		return Tanaman{"program urusan PU (1.03.09) di Dinas Sosial", berkas, "rekap/urusan-program"}
	case tanamTahun:
		return Tanaman{"berkas tahun sebelumnya", berkas, "rekap/tahun-berbeda"}
	case tanamSerapan:
		return Tanaman{"serapan sangat rendah", berkas, "serapan-rendah"}
	case tanamKesalahan:
		return Tanaman{"jumlah Tabel 3.2 tercetak berbeda dari jumlah rinciannya", berkas, "kesalahan-reviu"}
	case tanamSeparuh:
		return Tanaman{"dokumen baru separuh diisi", berkas, "belum-lengkap"}
	case tanamCapaian:
		return Tanaman{"capaian IKU jauh di bawah 100%", berkas, "capaian-rendah"}
	case tanamCapaianAtas:
		return Tanaman{"capaian IKU jauh di atas 100%", berkas, "capaian-tinggi"}
	}
	return Tanaman{}
}

func berkasNama(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}

type gen struct {
	o     Opsi
	rnd   *rand.Rand
	pemda string
}

// juta returns a random amount of whole thousands between lo and hi million.
func (g *gen) juta(lo, hi int) decimal.Decimal {
	v := lo*1000 + g.rnd.IntN((hi-lo)*1000+1)
	return decimal.NewFromInt(int64(v) * 1000)
}

func ada(d decimal.Decimal) decimal.NullDecimal { return anggaran.Ada(d) }

// rp is d as a present Rupiah amount.
func rp(d decimal.Decimal) anggaran.NullRupiah { return anggaran.AdaRupiah(anggaran.RupiahDesimal(d)) }

func angka(d decimal.Decimal) *kinerja.Angka {
	return &kinerja.Angka{Nilai: d, Teks: anggaran.FormatAngka(d, -1)}
}

func (g *gen) dokumen(dn dinas, no int) *lkip.Dokumen {
	tahun := g.o.Tahun
	if dn.tanam == tanamTahun {
		tahun--
	}
	d, err := lkip.Baru(g.pemda, dn.nama, dn.bidang, tahun)
	if err != nil {
		panic("kabupaten: " + err.Error())
	}
	bidang := anggaran.MustKode(dn.bidang)
	rows, pk := g.rincian(dn, bidang)
	a := d.Anggaran
	a.Rincian = rows
	a.Tabel = "Tabel 3.2"
	// Totals of the leaves, for the belanja table.
	p := a.Compute(anggaran.Opsi{})
	j := p.Jumlah()
	gaji, gajiReal := decimal.Zero, decimal.Zero
	for _, r := range rows {
		if strings.HasSuffix(r.Kode.String(), ".01.2.02.01") {
			gaji, gajiReal = r.Pagu.Rupiah.Decimal(), r.Realisasi.Rupiah.Decimal()
		}
	}
	if dn.tanam == tanamKesalahan {
		// The printed total of Tabel 3.2 differs from the sum of its rows.
		a.Jumlah = &anggaran.Rincian{Uraian: "JUMLAH", Pagu: rp(j.Pagu.Decimal.Add(decimal.NewFromInt(125_000_000))), Realisasi: anggaran.RupiahDariDesimal(j.Realisasi)}
	}
	id := &d.Identitas
	kepala := namaOrang(g.rnd)
	id.Alamat = fmt.Sprintf("Jl. %s No. %d, %s", jalan[g.rnd.IntN(len(jalan))], 1+g.rnd.IntN(120), g.o.Kota)
	id.Telepon = fmt.Sprintf("(0383) %06d", 100000+g.rnd.IntN(899999))
	id.Kota = g.o.Kota
	if dn.tanam == tanamSeparuh {
		return d // identitas without the head, budget rows, nothing else
	}
	a.Belanja = []anggaran.Rekening{
		{Kode: anggaran.MustKodeRekening("5.1.01"), Uraian: "Belanja Pegawai", Pagu: ada(gaji), Realisasi: ada(gajiReal)},
		{Kode: anggaran.MustKodeRekening("5.1.02"), Uraian: "Belanja Barang dan Jasa", Pagu: ada(j.Pagu.Decimal.Sub(gaji)), Realisasi: ada(j.Realisasi.Decimal.Sub(gajiReal))},
	}
	id.Tanggal = fmt.Sprintf("Januari %d", tahun+1)
	id.Kepala = lkip.Pejabat{Nama: kepala, NIP: nip(g.rnd), Pangkat: "Pembina Utama Muda", Jabatan: "Kepala " + dn.nama + " " + g.pemda}
	g.profil(d)
	g.kinerja(d, dn, pk, tahun)
	g.narasi(d)
	return d
}

var jalan = []string{"Soekarno-Hatta", "Ahmad Yani", "Diponegoro", "Gajah Mada", "Pattimura", "El Tari", "Sudirman", "Kartini"}

var namaDepan = []string{"Yohanes", "Maria", "Fransiskus", "Agustina", "Petrus", "Theresia", "Antonius", "Katarina", "Siti", "Ahmad", "Nur", "Bernadus"}
var namaBelakang = []string{"Kedang", "Lewar", "Tukan", "Hurint", "Making", "Manuk", "Kelen", "Ola", "Ruron", "Boli"}
var gelar = []string{"S.Sos", "S.Pd., M.Pd", "S.T., M.T", "SKM., M.Kes", "S.E., M.Si", "S.H", "S.P., M.Si", "dr., M.Kes"}

func namaOrang(r *rand.Rand) string {
	return fmt.Sprintf("%s %s, %s", namaDepan[r.IntN(len(namaDepan))], namaBelakang[r.IntN(len(namaBelakang))], gelar[r.IntN(len(gelar))])
}

func nip(r *rand.Rand) string {
	return fmt.Sprintf("19%02d%02d%02d 199%d0%d %d 0%02d", 65+r.IntN(15), 1+r.IntN(12), 1+r.IntN(28), r.IntN(10), 1+r.IntN(9), 1+r.IntN(2), 1+r.IntN(30))
}

// rincian generates the realisation table: program 01 (penunjang) with
// its usual kegiatan, then the dinas' own programs, n sub kegiatan in all;
// and the codes of the dinas' own sub kegiatan (for the PK).
func (g *gen) rincian(dn dinas, bidang anggaran.Kode) ([]anggaran.Rincian, []string) {
	n := g.o.SubKegiatan
	var rows []anggaran.Rincian
	serapan := func() (num, den int) { return 92 + g.rnd.IntN(8), 100 }
	if dn.tanam == tanamSerapan {
		serapan = func() (int, int) { return 30 + g.rnd.IntN(10), 100 }
	}
	tambahSub := func(kode, uraian string, lo, hi int) {
		pagu := g.juta(lo, hi)
		a, b := serapan()
		real, _ := pagu.Mul(decimal.NewFromInt(int64(a))).QuoRem(decimal.NewFromInt(int64(b)), 0)
		rows = append(rows, anggaran.Rincian{Kode: anggaran.MustKode(kode), Uraian: uraian, Pagu: rp(pagu), Realisasi: rp(real), Fisik: ada(decimal.NewFromInt(int64(min(100, a+5))))})
	}
	// Penunjang: at least 4 sub kegiatan, a third of n at most.
	np := max(4, n/3)
	prog := bidang.String() + ".01"
	rows = append(rows, anggaran.Rincian{Kode: anggaran.MustKode(prog), Uraian: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"})
	dibuat := 0
	for k := 0; k < len(namaKegiatanPenunjang) && dibuat < np; k++ {
		keg := fmt.Sprintf("%s.2.%02d", prog, k+1)
		rows = append(rows, anggaran.Rincian{Kode: anggaran.MustKode(keg), Uraian: namaKegiatanPenunjang[k]})
		for s := 0; s < len(namaSubPenunjang[k]) && dibuat < np; s++ {
			lo, hi := 20, 150
			if k == 1 && s == 0 {
				lo, hi = 1500, 6000 // gaji
			}
			tambahSub(fmt.Sprintf("%s.%02d", keg, s+1), namaSubPenunjang[k][s], lo, hi)
			dibuat++
		}
	}
	// The dinas' own programs share the rest.
	sisa := n - dibuat
	var pk []string
	programs := dn.program
	if dn.tanam == tanamUrusan {
		programs = append(programs[:len(programs):len(programs)], -9) // 1.03.09, another urusan
	}
	sisa = max(sisa, len(programs)) // every program has a sub kegiatan
	per := max(1, sisa/len(programs))
	for pi, pn := range programs {
		kodeProg := fmt.Sprintf("%s.%02d", bidang, pn)
		if pn < 0 {
			kodeProg = "1.03.09"
		}
		nama, ok := namaProgram[kodeProg]
		if !ok {
			nb, _ := bidang.NamaBaku()
			nama = fmt.Sprintf("Program Urusan %s %d", nb, pn)
		}
		rows = append(rows, anggaran.Rincian{Kode: anggaran.MustKode(kodeProg), Uraian: nama})
		m := per
		if pi == len(programs)-1 {
			m = sisa - per*(len(programs)-1)
		}
		for s := 0; s < m; s++ {
			kk, ss := dn.kegAwal+s/5, s%5+1
			keg := fmt.Sprintf("%s.2.%02d", kodeProg, kk)
			if ss == 1 {
				rows = append(rows, anggaran.Rincian{Kode: anggaran.MustKode(keg), Uraian: fmt.Sprintf("Kegiatan %s %d", strings.TrimPrefix(nama, "Program "), kk)})
			}
			kode := fmt.Sprintf("%s.%02d", keg, ss)
			tambahSub(kode, fmt.Sprintf("Sub Kegiatan %s %d.%d", strings.TrimPrefix(nama, "Program "), kk, ss), 50, 900)
			if pn > 0 && len(pk) < 4 {
				pk = append(pk, kode)
			}
		}
	}
	if dn.tanam == tanamSubGanda {
		// The RSUD's table also lists a sub kegiatan of Dinas Kesehatan.
		kode := fmt.Sprintf("%s.02.2.01", bidang)
		rows = append(rows, anggaran.Rincian{Kode: anggaran.MustKode(kode), Uraian: "Kegiatan Pemenuhan Upaya Kesehatan 1"})
		tambahSub(kode+".01", "Sub Kegiatan Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat 1.1", 50, 900)
	}
	// A code the national nomenclature knows gets its name there.
	for i := range rows {
		if n, ok := rows[i].Kode.NamaBaku(); ok {
			rows[i].Uraian = n
		}
	}
	return rows, pk
}

func (g *gen) profil(d *lkip.Dokumen) {
	p := &d.Profil
	p.SusunanOrganisasi = []lkip.Unit{{Nama: "Kepala"}, {Nama: "Sekretariat", Sub: []lkip.Unit{{Nama: "Sub Bagian Umum dan Kepegawaian"}, {Nama: "Sub Bagian Keuangan dan Perencanaan"}}},
		{Nama: "Bidang Pelayanan"}, {Nama: "Bidang Pengembangan"}, {Nama: "Kelompok Jabatan Fungsional"}}
	l, w := 8+g.rnd.IntN(20), 8+g.rnd.IntN(20)
	total := l + w
	// One PNS in jabatan struktural (the Eselon II row of Tabel 1.1).
	p.Pegawai = []lkip.KelompokPegawai{{ID: "pns", Nama: "Pegawai Negeri Sipil (PNS)", Rincian: []lkip.RincianPegawai{
		{ID: "jenis_kelamin", Nama: "Jenis kelamin", Butir: []lkip.ButirPegawai{{ID: "laki_laki", Nama: "laki-laki", Jumlah: l}, {Nama: "perempuan", Jumlah: w}}},
		{ID: "penyetaraan", Nama: "Penyetaraan jabatan", Butir: []lkip.ButirPegawai{{ID: "fungsional", Nama: "jabatan fungsional", Jumlah: total - 1}, {ID: "struktural", Nama: "jabatan struktural", Jumlah: 1}}},
	}}}
	s1 := total / 2
	sma := total - s1 - 1
	p.PendidikanEselon = lkip.Silang{Judul: "Jumlah PNS Berdasarkan Pendidikan dan Eselonering", KepalaBaris: "Eselonering", KepalaKolom: "Jenjang Pendidikan",
		Kolom: []string{"SMA", "S1", "S2"},
		Baris: []lkip.BarisSilang{{Nama: "Eselon II", Nilai: []int{0, 0, 1}}, {Nama: "Non Eselon", Nilai: []int{sma, s1, 0}}}}
	p.PendidikanGolong = lkip.Silang{Judul: "Jumlah PNS Berdasarkan Pendidikan dan Golongan", KepalaBaris: "Pendidikan", KepalaKolom: "Golongan",
		Kolom: []string{"II", "III", "IV"},
		Baris: []lkip.BarisSilang{{Nama: "S2", Nilai: []int{0, 0, 1}}, {Nama: "S1", Nilai: []int{0, s1, 0}}, {Nama: "SMA", Nilai: []int{sma, 0, 0}}}}
	p.Aset = lkip.TabelAset{Judul: "Kondisi Sarana Prasarana Kantor", Baris: []lkip.Aset{
		{KodeBarang: "1.3.2.02.001.001.001", Nama: "Kendaraan Dinas Roda Empat", MerkTipe: "Toyota", Tahun: 2019, Keadaan: "Baik", Jumlah: 1 + g.rnd.IntN(3)},
		{KodeBarang: "1.3.2.10.001.002.001", Nama: "Komputer", MerkTipe: "Lenovo", Tahun: 2021, Keadaan: "Baik", Jumlah: 5 + g.rnd.IntN(20)},
	}}
	p.Permasalahan = []string{"Keterbatasan anggaran untuk kegiatan pelayanan langsung kepada masyarakat.", "Data sasaran belum terintegrasi antarperangkat daerah."}
	p.Solusi = []string{"Memprioritaskan kegiatan yang berdampak langsung pada sasaran strategis.", "Memperkuat pemutakhiran data melalui sistem informasi daerah."}
}

func (g *gen) kinerja(d *lkip.Dokumen, dn dinas, pk []string, tahun int) {
	k := d.Kinerja
	k.Renstra = kinerja.Renstra{PeriodeAwal: 2021, PeriodeAkhir: 2026,
		VisiDaerah: "Terwujudnya masyarakat " + strings.TrimPrefix(g.pemda, "Kabupaten ") + " yang sejahtera, maju dan berdaya saing",
		Visi:       "Terwujudnya pelayanan " + strings.ToLower(strings.TrimPrefix(dn.nama, "Dinas ")) + " yang prima",
		Misi:       []kinerja.Butir{{Nomor: "1", Uraian: "Meningkatkan kualitas pelayanan publik"}},
		Tujuan:     []kinerja.Butir{{Nomor: "1.1", Uraian: "Meningkatnya kinerja urusan " + strings.ToLower(strings.TrimPrefix(dn.nama, "Dinas "))}},
		Sasaran:    []kinerja.Butir{{Nomor: "1.1.1", Uraian: "Meningkatnya kualitas layanan " + strings.ToLower(strings.TrimPrefix(dn.nama, "Dinas "))}},
		Strategi:   []kinerja.Butir{{Nomor: "1.1.1.1", Uraian: "Peningkatan cakupan dan mutu layanan"}},
		Kebijakan:  []kinerja.Butir{{Nomor: "1.1.1.1.1", Uraian: "Pemenuhan standar pelayanan minimal"}},
	}
	k.Sasaran = []kinerja.Sasaran{{ID: "SS1", Nomor: "1", Uraian: k.Renstra.Sasaran[0].Uraian, Renstra: "1.1.1"}}
	nIKU := 2 + g.rnd.IntN(3)
	if nIKU > len(pk) {
		nIKU = max(1, len(pk))
	}
	for i := 0; i < nIKU; i++ {
		id := fmt.Sprintf("IKU%d", i+1)
		target := decimal.NewFromInt(int64(70 + g.rnd.IntN(25)))
		capai := 95 + g.rnd.IntN(10) // percent of target
		switch dn.tanam {
		case tanamCapaian:
			capai = 35 + g.rnd.IntN(10)
		case tanamCapaianAtas:
			capai = 175 + g.rnd.IntN(10)
		}
		real := target.Mul(decimal.NewFromInt(int64(capai))).DivRound(decimal.NewFromInt(100), 2)
		lalu := target.Sub(decimal.NewFromInt(3))
		// Names common to every perangkat daerah, so that no word of a
		// dinas' name (e.g. "kebakaran") suggests a negative polarity.
		nama := namaIKU[i%len(namaIKU)]
		k.Indikator = append(k.Indikator, kinerja.Indikator{ID: id, Nomor: fmt.Sprint(i + 1), Nama: nama, Sasaran: "SS1", IKU: true,
			Satuan: "%", Jenis: kinerja.Persentase, BolehLebih100: dn.tanam == tanamCapaianAtas,
			Rumus:       &kinerja.Rumus{Teks: "Jumlah sasaran yang terlayani dibagi jumlah seluruh sasaran dikali 100%", Pembilang: "Jumlah sasaran yang terlayani", Penyebut: "Jumlah seluruh sasaran", Pengali: decimal.NewFromInt(100)},
			TargetAkhir: angka(target.Add(decimal.NewFromInt(5))),
			Tahun: []kinerja.DataTahun{
				{Tahun: tahun - 1, Sumber: "LKIP tahun lalu", Target: angka(lalu), Realisasi: angka(lalu)},
				{Tahun: tahun, Sumber: "Tabel 3.1", Target: angka(target), Realisasi: angka(real)},
			}})
		k.PerjanjianKinerja.Baris = append(k.PerjanjianKinerja.Baris, kinerja.BarisPK{Sasaran: "SS1", Indikator: nama, IndikatorID: id,
			Target: angka(target), Satuan: "%", SubKegiatan: pk[i%len(pk)]})
		d.Narasi.IKU = append(d.Narasi.IKU, lkip.NarasiIKU{IKU: id, Teks: lkip.Teks{"Capaian indikator ini dipengaruhi oleh pelaksanaan program dan kegiatan yang mendukung sasaran strategis."}})
	}
	d.Narasi.Sasaran = []lkip.NarasiSasaran{{Sasaran: "SS1", Teks: lkip.Teks{"Sasaran strategis ini diukur dengan {{jumlah_iku}} indikator kinerja utama."}}}
}

var namaIKU = []string{
	"Persentase sasaran program yang tercapai",
	"Persentase layanan yang memenuhi standar pelayanan minimal",
	"Persentase dokumen perencanaan dan pelaporan kinerja yang tepat waktu",
	"Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
}

// narasi writes a paragraph in every section of the default outline.
func (g *gen) narasi(d *lkip.Dokumen) {
	n := &d.Narasi
	p := "Laporan ini disusun sebagai wujud pertanggungjawaban kinerja {{dinas}} tahun {{tahun}}."
	n.KataPengantar = lkip.Teks{"Puji syukur kami panjatkan kepada Tuhan Yang Maha Esa.", p}
	n.Ikhtisar = lkip.Teks{"{{ikhtisar_anggaran}}", "{{ikhtisar_capaian}}", "Secara umum sasaran strategis tahun ini tercapai."}
	b := func(judul string, teks ...string) lkip.Bagian { return lkip.Bagian{Judul: judul, Teks: teks} }
	n.Bab1 = []lkip.Bagian{
		b("A. Gambaran Umum OPD", "{{dinas}} dibentuk dengan Peraturan Daerah tentang Pembentukan dan Susunan Perangkat Daerah.", "{{susunan_organisasi}}"),
		b("B. Sumber Daya", "Jumlah PNS {{pns.jumlah}} orang ({{pns.laki_laki}} laki-laki, {{pns.perempuan}} perempuan).", "{{tabel_1_1}}", "{{tabel_1_2}}", "{{tabel_1_3}}"),
		b("C. Permasalahan Utama yang Dihadapi OPD", "{{permasalahan}}"),
		b("D. Solusi", "{{solusi}}"),
	}
	n.Bab2 = []lkip.Bagian{
		b("A. Penetapan Indikator Kinerja Utama (IKU)", "IKU ditetapkan dengan Keputusan Kepala Daerah.", "{{daftar_iku}}"),
		b("B. Rencana Strategis Organisasi", "{{tabel_renstra}}", "{{tabel_tujuan}}"),
		b("C. Sasaran Strategis dan Indikator Sasaran", "{{sasaran_indikator}}"),
		b("D. Perjanjian Kinerja", "{{perjanjian_kinerja}}"),
	}
	n.Bab3 = []lkip.Bagian{
		{Judul: "A. Capaian Kinerja Organisasi", Teks: lkip.Teks{"Pengukuran kinerja membandingkan realisasi dengan target."}, Sub: []lkip.Bagian{
			b("1. Pencapaian Indikator Kinerja Utama (IKU)", "{{tabel_3_1}}", "{{grafik_capaian}}"),
			b("2. Evaluasi Capaian Sasaran Strategis", "{{evaluasi_iku}}"),
			b("3. Analisa Capaian Kinerja Tahun Sebelumnya", "{{perbandingan}}", "{{renstra_akhir}}"),
			b("4. Analisa Atas Efisiensi Penggunaan Sumber Daya", "{{efisiensi}}"),
		}},
		b("B. Realisasi Anggaran", "{{anggaran_pengantar}}", "{{tabel_belanja}}", "{{realisasi_anggaran}}", "{{tabel_3_2}}", "{{grafik_realisasi}}"),
	}
	n.Bab4 = lkip.Teks{"Demikian laporan kinerja ini disusun sebagai bahan evaluasi dan perbaikan kinerja tahun berikutnya."}
}
