package lkip

import (
	"fmt"
	"io"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
)

// Kelengkapan is the progress view of a document: per section of the LKIP,
// what is filled in and what is still missing, in Bahasa Indonesia for the
// staff who fill it. It works on any document, an empty one included.
type Kelengkapan struct {
	Bagian []BagianKelengkapan `json:"bagian"`
}

// BagianKelengkapan is one section (identitas, Bab I, Renstra, IKU, …).
type BagianKelengkapan struct {
	ID    string             `json:"id"`    // stable: "identitas", "profil", "renstra", "iku", "pk", "anggaran", "belanja", "narasi", "tanggapan"
	Judul string             `json:"judul"` // e.g. "Bab I Profil"
	Path  string             `json:"path"`  // where in the data file the section is, e.g. "kinerja.renstra"
	Butir []ButirKelengkapan `json:"butir"`
	// Temuan are the reviu's findings located in this section (by the
	// data-file path of their location; see [BagianTemuan]).
	Temuan []anggaran.Temuan `json:"temuan,omitempty"`
}

// ButirKelengkapan is one thing the report needs. Terisi says whether it
// is filled in; Keterangan says what is there or what is missing.
type ButirKelengkapan struct {
	Nama       string `json:"nama"`
	Terisi     bool   `json:"terisi"`
	Keterangan string `json:"keterangan,omitempty"`
	// Path is where in the data file the item is entered, as precisely
	// as known: the field ("identitas.kepala.nama"), the first row that
	// lacks it ("anggaran.rincian[4].pagu"), or the list
	// ("kinerja.renstra.tujuan"). An editor shows the field at that path.
	Path string `json:"path,omitempty"`
}

// Terisi returns how many items of the section are filled in, of how many.
func (b BagianKelengkapan) Terisi() (terisi, semua int) {
	for _, x := range b.Butir {
		if x.Terisi {
			terisi++
		}
	}
	return terisi, len(b.Butir)
}

// Persen is the share of the section's items filled in, 0 to 100,
// rounded down (so that 100 means complete); 0 for a section without items.
func (b BagianKelengkapan) Persen() int {
	n, m := b.Terisi()
	if m == 0 {
		return 0
	}
	return n * 100 / m
}

// Lengkap reports whether every item of the section is filled in.
func (b BagianKelengkapan) Lengkap() bool {
	n, m := b.Terisi()
	return n == m
}

// Lengkap reports whether every item of every section is filled in.
func (k Kelengkapan) Lengkap() bool {
	for _, b := range k.Bagian {
		if !b.Lengkap() {
			return false
		}
	}
	return true
}

// Persen is the share of items filled in, 0 to 100, rounded down (so
// that 100 means complete).
func (k Kelengkapan) Persen() int {
	var n, m int
	for _, b := range k.Bagian {
		x, y := b.Terisi()
		n, m = n+x, m+y
	}
	if m == 0 {
		return 0
	}
	return n * 100 / m
}

// Kurang lists the missing items, one line each, "Judul: nama
// (keterangan)".
func (k Kelengkapan) Kurang() []string {
	var out []string
	for _, b := range k.Bagian {
		for _, x := range b.Butir {
			if !x.Terisi {
				s := b.Judul + ": " + x.Nama
				if x.Keterangan != "" {
					s += " (" + x.Keterangan + ")"
				}
				out = append(out, s)
			}
		}
	}
	return out
}

// Kelengkapan returns the progress view of the document the report was
// computed from: identitas, Bab I, Renstra, IKU (formulas, targets and
// realisasi of the reporting year), Perjanjian Kinerja, anggaran, belanja,
// the narrative chapter by chapter, and the reviu (kesalahan to correct,
// peringatan without a response).
func (l *Laporan) Kelengkapan() Kelengkapan {
	if l == nil || l.Dokumen == nil {
		l = &Laporan{Dokumen: &Dokumen{}}
	}
	d := l.Dokumen
	tahun := l.tahunLaporan()
	var k Kelengkapan
	k.Bagian = append(k.Bagian, kelengkapanIdentitas(&d.Identitas))
	k.Bagian = append(k.Bagian, kelengkapanProfil(&d.Profil))
	k.Bagian = append(k.Bagian, kelengkapanRenstra(d.Kinerja))
	k.Bagian = append(k.Bagian, kelengkapanIKU(d.Kinerja, tahun))
	k.Bagian = append(k.Bagian, kelengkapanPK(d.Kinerja))
	k.Bagian = append(k.Bagian, kelengkapanAnggaran(d.Anggaran, l.Pohon))
	k.Bagian = append(k.Bagian, kelengkapanBelanja(d.Anggaran))
	k.Bagian = append(k.Bagian, kelengkapanNarasi(d))
	k.Bagian = append(k.Bagian, l.kelengkapanTanggapan())
	for _, t := range l.Temuan {
		i := k.indeks(BagianTemuan(t.Lokasi.Path))
		k.Bagian[i].Temuan = append(k.Bagian[i].Temuan, t)
	}
	return k
}

func (k Kelengkapan) indeks(id string) int {
	for i, b := range k.Bagian {
		if b.ID == id {
			return i
		}
	}
	return len(k.Bagian) - 1
}

// bagianPath maps the start of a data-file path to its section, longest
// first where they overlap.
var bagianPath = []struct{ awal, id string }{
	{"identitas", "identitas"},
	{"profil", "profil"},
	{"kinerja.renstra", "renstra"},
	{"kinerja.sasaran", "renstra"},
	{"kinerja.indikator", "iku"},
	{"kinerja.perjanjian_kinerja", "pk"},
	{"anggaran.perjanjian_kinerja", "pk"},
	{"anggaran.belanja", "belanja"},
	{"anggaran", "anggaran"},
	{"narasi", "narasi"},
	{"kutipan", "narasi"},
}

// BagianTemuan returns the ID of the progress section ([BagianKelengkapan].ID)
// that a finding located at the data-file path belongs to: "identitas",
// "profil", "renstra" (the Renstra and the sasaran), "iku", "pk" (both
// halves of the Perjanjian Kinerja), "anggaran", "belanja", "narasi" (the
// text and what it quotes), else "tanggapan".
func BagianTemuan(path string) string {
	for _, b := range bagianPath {
		if path == b.awal || strings.HasPrefix(path, b.awal+".") || strings.HasPrefix(path, b.awal+"[") {
			return b.id
		}
	}
	return "tanggapan"
}

func bk(nama string, terisi bool, ket string) ButirKelengkapan {
	return ButirKelengkapan{Nama: nama, Terisi: terisi, Keterangan: ket}
}

// di returns x entered at path.
func (x ButirKelengkapan) di(path string) ButirKelengkapan { x.Path = path; return x }

func terisi(s string) bool { return strings.TrimSpace(s) != "" }

func kelengkapanIdentitas(id *Identitas) BagianKelengkapan {
	b := BagianKelengkapan{ID: "identitas", Judul: "Identitas", Path: "identitas"}
	b.Butir = append(b.Butir,
		bk("nama pemda", terisi(id.Pemda), id.Pemda).di("identitas.pemda"),
		bk("nama dinas", terisi(id.Dinas), id.Dinas).di("identitas.dinas"),
		bk("tahun laporan", id.Tahun != 0, tahunKet(id.Tahun)).di("identitas.tahun"),
		bk("alamat kantor", terisi(id.Alamat), "").di("identitas.alamat"),
		bk("tempat dan tanggal penandatanganan", terisi(id.Kota) && terisi(id.Tanggal), strings.TrimSpace(id.Kota+" "+id.Tanggal)).di(tempatTanggal(id)),
		bk("nama kepala dinas", terisi(id.Kepala.Nama), id.Kepala.Nama).di("identitas.kepala.nama"),
		bk("NIP kepala dinas", terisi(id.Kepala.NIP), "").di("identitas.kepala.nip"),
		bk("pangkat kepala dinas", terisi(id.Kepala.Pangkat), "").di("identitas.kepala.pangkat"),
	)
	return b
}

func tempatTanggal(id *Identitas) string {
	if terisi(id.Kota) {
		return "identitas.tanggal"
	}
	return "identitas.kota"
}

func tahunKet(t int) string {
	if t == 0 {
		return ""
	}
	return fmt.Sprint(t)
}

func jumlahKet(n int, satuan string) string {
	if n == 0 {
		return "belum ada " + satuan
	}
	return fmt.Sprintf("%d %s", n, satuan)
}

func kelengkapanProfil(p *Profil) BagianKelengkapan {
	b := BagianKelengkapan{ID: "profil", Judul: "Bab I Profil", Path: "profil"}
	b.Butir = append(b.Butir,
		bk("susunan organisasi", len(p.SusunanOrganisasi) > 0, jumlahKet(len(p.SusunanOrganisasi), "unit")).di("profil.susunan_organisasi"),
		bk("pegawai (kelompok dan rinciannya)", len(p.Pegawai) > 0, jumlahKet(len(p.Pegawai), "kelompok")).di("profil.pegawai"),
		bk("Tabel 1.1 (PNS menurut pendidikan dan eselon)", len(p.PendidikanEselon.Baris) > 0, jumlahKet(len(p.PendidikanEselon.Baris), "baris")).di("profil.pns_pendidikan_eselon"),
		bk("Tabel 1.2 (PNS menurut pendidikan dan golongan)", len(p.PendidikanGolong.Baris) > 0, jumlahKet(len(p.PendidikanGolong.Baris), "baris")).di("profil.pns_pendidikan_golongan"),
		bk("Tabel 1.3 (sarana dan prasarana)", len(p.Aset.Baris) > 0, jumlahKet(len(p.Aset.Baris), "baris")).di("profil.aset"),
		bk("permasalahan", len(p.Permasalahan) > 0, jumlahKet(len(p.Permasalahan), "butir")).di("profil.permasalahan"),
		bk("solusi", len(p.Solusi) > 0, jumlahKet(len(p.Solusi), "butir")).di("profil.solusi"),
	)
	return b
}

func kelengkapanRenstra(k *kinerja.Dokumen) BagianKelengkapan {
	b := BagianKelengkapan{ID: "renstra", Judul: "Bab II Rencana Strategis", Path: "kinerja.renstra"}
	if k == nil {
		k = &kinerja.Dokumen{}
	}
	r := &k.Renstra
	per := ""
	if r.PeriodeAwal != 0 || r.PeriodeAkhir != 0 {
		per = fmt.Sprintf("%d–%d", r.PeriodeAwal, r.PeriodeAkhir)
	}
	b.Butir = append(b.Butir,
		bk("periode Renstra", r.PeriodeAwal != 0 && r.PeriodeAkhir != 0, per).di(periodeRenstra(r)),
		bk("visi", terisi(r.Visi) || terisi(r.VisiDaerah), "").di("kinerja.renstra.visi"),
		bk("misi", len(r.Misi) > 0 || len(r.MisiDinas) > 0, jumlahKet(len(r.Misi)+len(r.MisiDinas), "misi")).di("kinerja.renstra.misi"),
		bk("tujuan", len(r.Tujuan) > 0, jumlahKet(len(r.Tujuan), "tujuan")).di("kinerja.renstra.tujuan"),
		bk("sasaran Renstra", len(r.Sasaran) > 0, jumlahKet(len(r.Sasaran), "sasaran")).di("kinerja.renstra.sasaran"),
		bk("strategi dan kebijakan", len(r.Strategi) > 0 && len(r.Kebijakan) > 0, fmt.Sprintf("%d strategi, %d kebijakan", len(r.Strategi), len(r.Kebijakan))).di(strategiKebijakan(r)),
		bk("sasaran strategis", len(k.Sasaran) > 0, jumlahKet(len(k.Sasaran), "sasaran")).di("kinerja.sasaran"),
	)
	return b
}

func periodeRenstra(r *kinerja.Renstra) string {
	if r.PeriodeAwal == 0 {
		return "kinerja.renstra.periode_awal"
	}
	return "kinerja.renstra.periode_akhir"
}

func strategiKebijakan(r *kinerja.Renstra) string {
	if len(r.Strategi) > 0 {
		return "kinerja.renstra.kebijakan"
	}
	return "kinerja.renstra.strategi"
}

// daftarKurang names at most five items and counts the rest.
func daftarKurang(xs []string) string {
	if len(xs) <= 5 {
		return strings.Join(xs, ", ")
	}
	return strings.Join(xs[:5], ", ") + fmt.Sprintf(" dan %d lainnya", len(xs)-5)
}

func kelengkapanIKU(k *kinerja.Dokumen, tahun int) BagianKelengkapan {
	b := BagianKelengkapan{ID: "iku", Judul: "Indikator Kinerja Utama", Path: "kinerja.indikator"}
	if k == nil {
		k = &kinerja.Dokumen{}
	}
	var iku []int // indexes of the IKU in k.Indikator
	for i := range k.Indikator {
		if k.Indikator[i].IKU {
			iku = append(iku, i)
		}
	}
	b.Butir = append(b.Butir, bk("IKU ditetapkan", len(iku) > 0, jumlahKet(len(iku), "IKU")).di("kinerja.indikator"))
	if len(iku) == 0 {
		return b
	}
	// cek adds one item: ok says whether an IKU has it, kolom where it is
	// entered (the item's path is that of the first IKU without it).
	cek := func(nama string, kolom func(i int, ind *kinerja.Indikator) string, ok func(*kinerja.Indikator) bool) {
		var kurang []string
		path := ""
		for _, i := range iku {
			ind := &k.Indikator[i]
			if !ok(ind) {
				if path == "" {
					path = kolom(i, ind)
				}
				kurang = append(kurang, namaPendek(ind))
			}
		}
		ket := fmt.Sprintf("semua %d IKU", len(iku))
		if len(kurang) > 0 {
			ket = fmt.Sprintf("%d dari %d IKU belum: %s", len(kurang), len(iku), daftarKurang(kurang))
		} else {
			path = kolom(iku[0], &k.Indikator[iku[0]])
		}
		b.Butir = append(b.Butir, bk(nama, len(kurang) == 0, ket).di(path))
	}
	medan := func(nama string) func(int, *kinerja.Indikator) string {
		return func(i int, _ *kinerja.Indikator) string { return fmt.Sprintf("kinerja.indikator[%d].%s", i, nama) }
	}
	tahunan := func(nama string) func(int, *kinerja.Indikator) string {
		return func(i int, ind *kinerja.Indikator) string {
			for j := range ind.Tahun {
				if ind.Tahun[j].Tahun == tahun {
					return fmt.Sprintf("kinerja.indikator[%d].tahun[%d].%s", i, j, nama)
				}
			}
			return fmt.Sprintf("kinerja.indikator[%d].tahun", i)
		}
	}
	cek("sasaran tiap IKU", medan("sasaran"), func(ind *kinerja.Indikator) bool { return ind.Sasaran != "" && k.FindSasaran(ind.Sasaran) != nil })
	cek("satuan tiap IKU", medan("satuan"), func(ind *kinerja.Indikator) bool { return terisi(ind.Satuan) })
	cek("rumus (pembilang dan penyebut) tiap IKU", medan("rumus"), func(ind *kinerja.Indikator) bool {
		return ind.Rumus != nil && (terisi(ind.Rumus.Teks) || terisi(ind.Rumus.Pembilang))
	})
	cek("target akhir Renstra tiap IKU", medan("target_akhir"), func(ind *kinerja.Indikator) bool { return ind.TargetAkhir != nil })
	ty := tahunKet(tahun)
	if ty == "" {
		ty = "laporan"
	}
	cek("target tahun "+ty, tahunan("target"), func(ind *kinerja.Indikator) bool {
		dt := ind.DataPada(tahun)
		return dt != nil && dt.Target != nil
	})
	cek("realisasi tahun "+ty, tahunan("realisasi"), func(ind *kinerja.Indikator) bool {
		dt := ind.DataPada(tahun)
		return dt != nil && dt.Realisasi != nil
	})
	return b
}

func namaPendek(ind *kinerja.Indikator) string {
	if ind.ID != "" {
		return ind.ID
	}
	return ind.Nama
}

func kelengkapanPK(k *kinerja.Dokumen) BagianKelengkapan {
	b := BagianKelengkapan{ID: "pk", Judul: "Perjanjian Kinerja", Path: "kinerja.perjanjian_kinerja"}
	if k == nil {
		k = &kinerja.Dokumen{}
	}
	pk := &k.PerjanjianKinerja
	b.Butir = append(b.Butir, bk("baris Perjanjian Kinerja", len(pk.Baris) > 0, jumlahKet(len(pk.Baris), "baris")).di("kinerja.perjanjian_kinerja.baris"))
	if len(pk.Baris) == 0 {
		return b
	}
	var tanpaTarget, tanpaKode int
	pathTarget, pathKode := "kinerja.perjanjian_kinerja.baris[0].target", "kinerja.perjanjian_kinerja.baris[0].sub_kegiatan"
	for i, r := range pk.Baris {
		if r.Target == nil {
			if tanpaTarget == 0 {
				pathTarget = fmt.Sprintf("kinerja.perjanjian_kinerja.baris[%d].target", i)
			}
			tanpaTarget++
		}
		if r.SubKegiatan == "" && !barisIKU(k, r) {
			if tanpaKode == 0 {
				pathKode = fmt.Sprintf("kinerja.perjanjian_kinerja.baris[%d].sub_kegiatan", i)
			}
			tanpaKode++
		}
	}
	b.Butir = append(b.Butir,
		bk("target tiap baris", tanpaTarget == 0, kurangDari(tanpaTarget, len(pk.Baris), "baris tanpa target")).di(pathTarget),
		bk("sub kegiatan tiap baris (selain baris IKU)", tanpaKode == 0, kurangDari(tanpaKode, len(pk.Baris), "baris tanpa kode sub kegiatan")).di(pathKode),
	)
	return b
}

// barisIKU reports whether a PK row is an IKU's: it states the dinas'
// target for a sasaran and is served by programs, not by one sub kegiatan.
func barisIKU(k *kinerja.Dokumen, r kinerja.BarisPK) bool {
	if r.IndikatorID == "" {
		return false
	}
	i := k.IndeksIndikator(r.IndikatorID)
	return i >= 0 && k.Indikator[i].IKU
}

func kurangDari(n, semua int, apa string) string {
	if n == 0 {
		return fmt.Sprintf("semua %d baris", semua)
	}
	return fmt.Sprintf("%d dari %d %s", n, semua, apa)
}

func kelengkapanAnggaran(a *anggaran.Anggaran, p *anggaran.Pohon) BagianKelengkapan {
	b := BagianKelengkapan{ID: "anggaran", Judul: "Bab III B Realisasi Anggaran", Path: "anggaran.rincian"}
	if a == nil || p == nil || len(a.Rincian) == 0 {
		b.Butir = append(b.Butir, bk("baris program, kegiatan dan sub kegiatan", false, "belum ada baris anggaran").di("anggaran.rincian"))
		return b
	}
	var daun, tanpaPagu, tanpaReal int
	pathPagu, pathReal := "", ""
	for i := 0; i < p.Len(); i++ {
		r := p.Baris(i)
		if !r.Daun {
			continue
		}
		daun++
		if r.Indeks >= 0 && pathPagu == "" {
			pathPagu, pathReal = fmt.Sprintf("anggaran.rincian[%d].pagu", r.Indeks), fmt.Sprintf("anggaran.rincian[%d].realisasi", r.Indeks)
		}
		if !r.Pagu.Valid || r.Pagu.Decimal.IsZero() {
			if tanpaPagu == 0 && r.Indeks >= 0 {
				pathPagu = fmt.Sprintf("anggaran.rincian[%d].pagu", r.Indeks)
			}
			tanpaPagu++
		}
		if !r.Realisasi.Valid {
			if tanpaReal == 0 && r.Indeks >= 0 {
				pathReal = fmt.Sprintf("anggaran.rincian[%d].realisasi", r.Indeks)
			}
			tanpaReal++
		}
	}
	b.Butir = append(b.Butir,
		bk("baris program, kegiatan dan sub kegiatan", true, jumlahKet(len(a.Rincian), "baris")).di("anggaran.rincian"),
		bk("pagu tiap sub kegiatan", tanpaPagu == 0, kurangDari(tanpaPagu, daun, "baris rincian tanpa pagu (atau pagu 0)")).di(pathPagu),
		bk("realisasi tiap sub kegiatan", tanpaReal == 0, kurangDari(tanpaReal, daun, "baris rincian tanpa realisasi")).di(pathReal),
	)
	return b
}

func kelengkapanBelanja(a *anggaran.Anggaran) BagianKelengkapan {
	b := BagianKelengkapan{ID: "belanja", Judul: "Tabel Belanja", Path: "anggaran.belanja"}
	if a == nil || len(a.Belanja) == 0 {
		b.Butir = append(b.Butir, bk("rekening belanja", false, "belum ada rekening belanja").di("anggaran.belanja"))
		return b
	}
	// The belanja table of an LKIP prints pagu before and after
	// perubahan; a realisasi per account is optional.
	var tanpa int
	path := "anggaran.belanja[0].pagu"
	for i, r := range a.Belanja {
		if !r.Pagu.Valid {
			if tanpa == 0 {
				path = fmt.Sprintf("anggaran.belanja[%d].pagu", i)
			}
			tanpa++
		}
	}
	b.Butir = append(b.Butir,
		bk("rekening belanja", true, jumlahKet(len(a.Belanja), "rekening")).di("anggaran.belanja"),
		bk("pagu tiap rekening", tanpa == 0, kurangDari(tanpa, len(a.Belanja), "rekening tanpa pagu")).di(path),
	)
	return b
}

// adaProsa reports whether a text has a block other than a penanda.
func adaProsa(t Teks) bool {
	for _, s := range t {
		s = strings.TrimSpace(s)
		if s != "" && !(strings.HasPrefix(s, "{{") && strings.HasSuffix(s, "}}") && strings.Count(s, "{{") == 1) {
			return true
		}
	}
	return false
}

func adaProsaBagian(bs []Bagian) bool {
	for _, b := range bs {
		if adaProsa(b.Teks) || adaProsaBagian(b.Sub) {
			return true
		}
	}
	return false
}

func kelengkapanNarasi(d *Dokumen) BagianKelengkapan {
	b := BagianKelengkapan{ID: "narasi", Judul: "Narasi", Path: "narasi"}
	n := &d.Narasi
	bab := func(nama, path string, ok bool, kerangka bool) {
		ket := ""
		if !ok {
			ket = "belum ditulis"
			if kerangka {
				ket += "; laporan memakai kerangka bawaan dengan tabel yang dihasilkan"
			}
		}
		b.Butir = append(b.Butir, bk(nama, ok, ket).di(path))
	}
	bab("Kata Pengantar", "narasi.kata_pengantar", adaProsa(n.KataPengantar), false)
	bab("Ikhtisar Eksekutif", "narasi.ikhtisar", adaProsa(n.Ikhtisar), len(n.Ikhtisar) == 0)
	bab("Bab I Pendahuluan", "narasi.bab1", adaProsaBagian(n.Bab1), len(n.Bab1) == 0)
	bab("Bab II Perencanaan Kinerja", "narasi.bab2", adaProsaBagian(n.Bab2), len(n.Bab2) == 0)
	bab("Bab III Akuntabilitas Kinerja", "narasi.bab3", adaProsaBagian(n.Bab3), len(n.Bab3) == 0)
	bab("Bab IV Penutup", "narasi.bab4", adaProsa(n.Bab4), false)
	if k := d.Kinerja; k != nil {
		ada := map[string]bool{}
		for _, x := range n.IKU {
			if adaProsa(x.Teks) {
				ada[x.IKU] = true
			}
		}
		var kurang []string
		var semua int
		for i := range k.Indikator {
			if ind := &k.Indikator[i]; ind.IKU {
				semua++
				if !ada[ind.ID] {
					kurang = append(kurang, namaPendek(ind))
				}
			}
		}
		if semua > 0 {
			ket := fmt.Sprintf("semua %d IKU", semua)
			if len(kurang) > 0 {
				ket = fmt.Sprintf("%d dari %d IKU belum: %s", len(kurang), semua, daftarKurang(kurang))
			}
			b.Butir = append(b.Butir, bk("evaluasi tiap IKU (Bab III A.2)", len(kurang) == 0, ket).di("narasi.iku"))
		}
	}
	return b
}

func (l *Laporan) kelengkapanTanggapan() BagianKelengkapan {
	b := BagianKelengkapan{ID: "tanggapan", Judul: "Reviu dan Tanggapan", Path: "tanggapan"}
	r := l.Ringkasan
	b.Butir = append(b.Butir, bk("kesalahan diperbaiki", r.Kesalahan == 0, kurangTemuan(r.Kesalahan, "kesalahan yang harus diperbaiki")).di("tanggapan"))
	b.Butir = append(b.Butir, bk("peringatan diperbaiki atau ditanggapi", r.Peringatan == 0, kurangTemuan(r.Peringatan, "peringatan tanpa tanggapan")).di("tanggapan"))
	return b
}

func kurangTemuan(n int, apa string) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d %s", n, apa)
}

// TemuanBelumDiisi is the code of the findings [Kelengkapan.Temuan] makes.
const TemuanBelumDiisi = "lkip/belum-diisi"

// Temuan returns the missing items as findings (catatan, code
// [TemuanBelumDiisi], located at their section of the data file), so that
// a reviu of a half-filled document says what is still missing besides
// what is wrong. The reviu section (kesalahan, peringatan) is left out: its
// items are findings already. [Compute] does not add them to
// Laporan.Temuan; a program shows them with the reviu when it wants to.
func (k Kelengkapan) Temuan() []anggaran.Temuan {
	var out []anggaran.Temuan
	for _, b := range k.Bagian {
		if b.ID == "tanggapan" {
			continue
		}
		for _, x := range b.Butir {
			if x.Terisi {
				continue
			}
			pesan := x.Nama + " belum diisi"
			if x.Keterangan != "" {
				pesan += " (" + x.Keterangan + ")"
			}
			out = append(out, anggaran.Temuan{Kode: TemuanBelumDiisi, Tingkat: anggaran.Catatan,
				Lokasi: anggaran.Lokasi{Bagian: b.Judul, Path: atauPath(x.Path, b.Path)}, Pesan: pesan})
		}
	}
	return out
}

// RenderKelengkapanMarkdown writes the progress view as Markdown: per
// section its count of items filled in, then each item with ✓ or ✗.
func RenderKelengkapanMarkdown(w io.Writer, k Kelengkapan) error {
	if w == nil {
		return fmt.Errorf("kelengkapan: tidak ada tujuan tulis (io.Writer nil)")
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "# Kelengkapan dokumen: %d%%\n", k.Persen())
	for _, b := range k.Bagian {
		n, m := b.Terisi()
		fmt.Fprintf(&sb, "\n## %s (%d dari %d terisi)\n\n", b.Judul, n, m)
		for _, x := range b.Butir {
			tanda := "✗ belum"
			if x.Terisi {
				tanda = "✓"
			}
			fmt.Fprintf(&sb, "- %s %s", tanda, x.Nama)
			if x.Keterangan != "" {
				fmt.Fprintf(&sb, ": %s", x.Keterangan)
			}
			sb.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func atauPath(p, bawaan string) string {
	if p != "" {
		return p
	}
	return bawaan
}
