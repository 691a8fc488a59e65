package lkip

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/pemkab/sakip/internal/naskah"
)

// migrasiV0 rewrites, in the tree of the file, a versi 0 document (the
// unversioned draft shape) as versi 1. Versi 0 differs in one place:
// identitas held the head of the dinas as flat fields, "kepala_dinas" (the
// name), "nip", "pangkat" and "jabatan", where versi 1 has the object
// "kepala". Everything else is carried over unchanged, and every value
// keeps its line, so that errors point into the file as given.
func migrasiV0(akar *naskah.Nilai) error {
	id := akar.Anggota("identitas")
	if id == nil || id.Jenis != naskah.JenisObjek {
		return nil
	}
	if k := id.Anggota("kepala"); k != nil {
		return &ParseError{Baris: int(k.Baris), Path: "identitas.kepala", Err: errors.New(
			"berkas tanpa \"versi\" dibaca sebagai versi 0, yang belum mengenal \"kepala\"; tambahkan \"versi\": 1")}
	}
	kepala := naskah.Nilai{Nama: "kepala", Jenis: naskah.JenisObjek, Baris: id.Baris, Lajur: id.Lajur}
	isi := id.Isi[:0:0]
	for _, m := range id.Isi {
		baru, pindah := map[string]string{"kepala_dinas": "nama", "nip": "nip", "pangkat": "pangkat", "jabatan": "jabatan"}[m.Nama]
		if !pindah {
			isi = append(isi, m)
			continue
		}
		if len(kepala.Isi) == 0 {
			kepala.Baris, kepala.Lajur = m.Baris, m.Lajur
		}
		m.Nama = baru
		kepala.Isi = append(kepala.Isi, m)
	}
	id.Isi = append(isi, kepala)
	return nil
}

// Versi 1 held the staff of Bab I and the quoted figures in fixed shapes
// taken from one Dinas Sosial; versi 2 holds lists of any shape. migrasiV1
// rewrites a versi 1 tree as versi 2, every value keeping its line:
//
//   - profil.pegawai, the object {pns, honorer, tksk: {jumlah, laki_laki,
//     perempuan}, peksos: {jumlah, apbn, apbd}, penyetaraan: {fungsional,
//     struktural}}, becomes a list of groups: "pns", "honorer", "tksk" each
//     with the breakdown "jenis_kelamin", "peksos" with "sumber_dana", and
//     the penyetaraan a second breakdown "penyetaraan" of the group "pns".
//     A group v1 wrote only because its fields were fixed (no printed
//     total, every part 0, no placeholder of it in the narrative) is left
//     out; the placeholders {{penyetaraan.fungsional}} and
//     {{penyetaraan.struktural}} become {{pns.fungsional}} and
//     {{pns.struktural}}.
//   - kutipan.ikhtisar and kutipan.bab3, objects with one member per
//     figure, become entries of the list kutipan.angka: tempat "ikhtisar",
//     or for bab3 the section of Bab III holding {{tabel_3_2}} ("bab3.B");
//     sumber and kunci from the member's name (belanja_pegawai is the
//     account 5.1.01 of the belanja table).
//   - the paths of the tanggapan that pointed at those fields are moved
//     with them.
func migrasiV1(akar *naskah.Nilai) error {
	pindah := map[string]string{} // old path → new path, for tanggapan
	narasi := akar.Anggota("narasi")
	// dirujuk reports whether the narrative has a placeholder of the group
	// id ({{pns.jumlah}}, {{ pns.laki_laki }}).
	dirujuk := func(id string) bool {
		return adaTeks(narasi, regexp.MustCompile(`\{\{\s*`+regexp.QuoteMeta(id)+`\.`))
	}
	if p := akar.Anggota("profil"); p != nil && p.Jenis == naskah.JenisObjek {
		if pg := p.Anggota("pegawai"); pg != nil {
			baru, err := migrasiPegawai(pg, dirujuk, pindah)
			if err != nil {
				return err
			}
			*pg = baru
		}
	}
	gantiTeks(narasi, polaPenyetaraan, "{{pns.$1}}")
	if k := akar.Anggota("kutipan"); k != nil && k.Jenis == naskah.JenisObjek {
		if err := migrasiKutipan(k, tempatTabel32(narasi), pindah); err != nil {
			return err
		}
	}
	if t := akar.Anggota("tanggapan"); t != nil && t.Jenis == naskah.JenisDaftar {
		for i := range t.Isi {
			if p := t.Isi[i].Anggota("path"); p != nil && p.Jenis == naskah.JenisTeks {
				if baru, ok := pindah[p.Teks]; ok {
					p.Teks = baru
				}
			}
		}
	}
	return nil
}

var polaPenyetaraan = regexp.MustCompile(`\{\{\s*penyetaraan\.(fungsional|struktural)\s*\}\}`)

// adaTeks reports whether a string under v holding a placeholder matches pola.
func adaTeks(v *naskah.Nilai, pola *regexp.Regexp) bool {
	if v == nil {
		return false
	}
	if v.Jenis == naskah.JenisTeks && strings.Contains(v.Teks, "{{") && pola.MatchString(v.Teks) {
		return true
	}
	for i := range v.Isi {
		if adaTeks(&v.Isi[i], pola) {
			return true
		}
	}
	return false
}

// gantiTeks replaces pola by ganti in every string under v.
func gantiTeks(v *naskah.Nilai, pola *regexp.Regexp, ganti string) {
	if v == nil {
		return
	}
	if v.Jenis == naskah.JenisTeks && strings.Contains(v.Teks, "{{") {
		v.Teks = pola.ReplaceAllString(v.Teks, ganti)
	}
	for i := range v.Isi {
		gantiTeks(&v.Isi[i], pola, ganti)
	}
}

func nTeks(nama, s string, di *naskah.Nilai) naskah.Nilai {
	return naskah.Nilai{Nama: nama, Jenis: naskah.JenisTeks, Teks: s, Baris: di.Baris, Lajur: di.Lajur}
}

func nWadah(nama string, j naskah.Jenis, di *naskah.Nilai, isi ...naskah.Nilai) naskah.Nilai {
	return naskah.Nilai{Nama: nama, Jenis: j, Isi: isi, Baris: di.Baris, Lajur: di.Lajur}
}

// anggotaV1 returns the members of a versi 1 object by name, refusing a
// value that is not an object and a member that versi 1 did not know, as
// the versi 1 reader did.
func anggotaV1(v *naskah.Nilai, path string, kenal ...string) (map[string]*naskah.Nilai, error) {
	out := map[string]*naskah.Nilai{}
	if v == nil || v.Jenis == naskah.JenisNull {
		return out, nil
	}
	if v.Jenis != naskah.JenisObjek {
		return nil, &ParseError{Baris: int(v.Baris), Lajur: int(v.Lajur), Path: path, Err: fmt.Errorf("harus berupa objek {…}, bukan %s", v.Jenis)}
	}
	for i := range v.Isi {
		m := &v.Isi[i]
		if !slices.Contains(kenal, m.Nama) {
			return nil, &ParseError{Baris: int(m.Baris), Lajur: int(m.Lajur), Path: naskah.JoinPath(path, m.Nama), Err: fmt.Errorf(
				"kolom %q tidak dikenal (berkas versi 1); yang dikenal di sini: %s", m.Nama, strings.Join(kenal, ", "))}
		}
		if m.Jenis != naskah.JenisNull {
			out[m.Nama] = m
		}
	}
	return out, nil
}

// nol reports whether a versi 1 count is absent or 0.
func nol(v *naskah.Nilai) bool { return v == nil || v.Jenis == naskah.JenisBilangan && v.Teks == "0" }

func migrasiPegawai(pg *naskah.Nilai, dirujuk func(string) bool, pindah map[string]string) (naskah.Nilai, error) {
	const path = "profil.pegawai"
	m, err := anggotaV1(pg, path, "pns", "honorer", "tksk", "peksos", "penyetaraan")
	if err != nil {
		return naskah.Nilai{}, err
	}
	type bagian struct{ id, nama string }
	type kelompok struct {
		id, nama string
		rincian  bagian
		butir    []bagian
	}
	jk := bagian{"jenis_kelamin", "Jenis kelamin"}
	lp := []bagian{{"laki_laki", "laki-laki"}, {"perempuan", "perempuan"}}
	daftar := []kelompok{
		{"pns", "Pegawai Negeri Sipil (PNS)", jk, lp},
		{"honorer", "Tenaga honorer daerah", jk, lp},
		{"tksk", "Tenaga Kesejahteraan Sosial Kecamatan (TKSK)", jk, lp},
		{"peksos", "Pekerja Sosial (Peksos)", bagian{"sumber_dana", "Sumber dana"}, []bagian{{"apbn", "APBN"}, {"apbd", "APBD"}}},
	}
	ps, err := anggotaV1(m["penyetaraan"], path+".penyetaraan", "fungsional", "struktural")
	if err != nil {
		return naskah.Nilai{}, err
	}
	adaPenyetaraan := !nol(ps["fungsional"]) || !nol(ps["struktural"]) || dirujuk("penyetaraan")
	out := nWadah("pegawai", naskah.JenisDaftar, pg)
	for _, k := range daftar {
		kenal := []string{"jumlah"}
		for _, b := range k.butir {
			kenal = append(kenal, b.id)
		}
		lama := path + "." + k.id
		f, err := anggotaV1(m[k.id], lama, kenal...)
		if err != nil {
			return naskah.Nilai{}, err
		}
		semuaNol := f["jumlah"] == nil
		for _, b := range k.butir {
			semuaNol = semuaNol && nol(f[b.id])
		}
		penyetaraan := k.id == "pns" && adaPenyetaraan
		if semuaNol && !penyetaraan && !dirujuk(k.id) {
			continue
		}
		di := m[k.id]
		if di == nil {
			di = pg
		}
		i := len(out.Isi)
		baru := fmt.Sprintf("%s[%d]", path, i)
		g := nWadah("", naskah.JenisObjek, di, nTeks("id", k.id, di), nTeks("nama", k.nama, di))
		if j := f["jumlah"]; j != nil {
			g.Isi = append(g.Isi, *j)
			pindah[lama+".jumlah"] = baru + ".jumlah"
		}
		rincian := nWadah("rincian", naskah.JenisDaftar, di)
		tambah := func(r bagian, bs []bagian, f map[string]*naskah.Nilai, lama string, di *naskah.Nilai) {
			rp := fmt.Sprintf("%s.rincian[%d]", baru, len(rincian.Isi))
			pindah[lama] = rp
			butir := nWadah("butir", naskah.JenisDaftar, di)
			for n, b := range bs {
				x := nWadah("", naskah.JenisObjek, di, nTeks("id", b.id, di), nTeks("nama", b.nama, di))
				if v := f[b.id]; v != nil {
					j := *v
					j.Nama = "jumlah"
					x.Isi = append(x.Isi, j)
					x.Baris, x.Lajur = v.Baris, v.Lajur
				}
				pindah[lama+"."+b.id] = fmt.Sprintf("%s.butir[%d].jumlah", rp, n)
				butir.Isi = append(butir.Isi, x)
			}
			rincian.Isi = append(rincian.Isi, nWadah("", naskah.JenisObjek, di, nTeks("id", r.id, di), nTeks("nama", r.nama, di), butir))
		}
		tambah(k.rincian, k.butir, f, lama, di)
		if penyetaraan {
			dp := m["penyetaraan"]
			if dp == nil {
				dp = di
			}
			tambah(bagian{"penyetaraan", "Penyetaraan jabatan"}, []bagian{{"fungsional", "jabatan fungsional"}, {"struktural", "jabatan struktural"}},
				ps, path+".penyetaraan", dp)
		}
		g.Isi = append(g.Isi, rincian)
		pindah[lama] = baru
		out.Isi = append(out.Isi, g)
	}
	return out, nil
}

// sumberV1 maps a member of a versi 1 KutipanAnggaran to its source.
var sumberV1 = map[string][2]string{
	"program": {"anggaran", "program"}, "kegiatan": {"anggaran", "kegiatan"}, "sub_kegiatan": {"anggaran", "sub_kegiatan"},
	"pagu": {"anggaran", "pagu"}, "realisasi": {"anggaran", "realisasi"},
	"persen_realisasi": {"anggaran", "persen_realisasi"}, "persen_fisik": {"anggaran", "persen_fisik"},
	"belanja_operasi": {"belanja", "5.1"}, "belanja_pegawai": {"belanja", "5.1.01"}, "belanja_barang_jasa": {"belanja", "5.1.02"},
	"belanja_bantuan_sosial": {"belanja", "5.1.06"}, "belanja_modal": {"belanja", "5.2"},
	"jumlah_iku": {"kinerja", "jumlah_iku"},
}

var urutanSumberV1 = []string{"program", "kegiatan", "sub_kegiatan", "pagu", "belanja_operasi", "belanja_pegawai", "belanja_barang_jasa",
	"belanja_bantuan_sosial", "belanja_modal", "realisasi", "persen_realisasi", "persen_fisik", "jumlah_iku"}

func migrasiKutipan(k *naskah.Nilai, bab3 string, pindah map[string]string) error {
	if k.Anggota("angka") != nil {
		return &ParseError{Baris: int(k.Baris), Lajur: int(k.Lajur), Path: "kutipan.angka", Err: errors.New(
			"berkas versi 1 belum mengenal \"angka\"; tulis \"versi\": 2")}
	}
	angka := nWadah("angka", naskah.JenisDaftar, k)
	isi := k.Isi[:0:0]
	for _, m := range k.Isi {
		tempat := map[string]string{"ikhtisar": "ikhtisar", "bab3": bab3}[m.Nama]
		if tempat == "" {
			isi = append(isi, m)
			continue
		}
		f, err := anggotaV1(&m, "kutipan."+m.Nama, urutanSumberV1...)
		if err != nil {
			return err
		}
		for _, c := range m.Isi {
			v := f[c.Nama]
			if v == nil {
				continue
			}
			s := sumberV1[c.Nama]
			x := nWadah("", naskah.JenisObjek, v, nTeks("tempat", tempat, v), nTeks("sumber", s[0], v), nTeks("kunci", s[1], v))
			n := *v
			n.Nama = "nilai"
			x.Isi = append(x.Isi, n)
			pindah["kutipan."+m.Nama+"."+c.Nama] = fmt.Sprintf("kutipan.angka[%d].nilai", len(angka.Isi))
			angka.Isi = append(angka.Isi, x)
		}
	}
	if len(angka.Isi) > 0 {
		isi = append([]naskah.Nilai{angka}, isi...)
	}
	k.Isi = isi
	return nil
}

// tempatTabel32 returns the place of the section of Bab III that holds
// {{tabel_3_2}} in the tree of a narrative ("bab3.B"), "bab3" when none
// does: where versi 1's kutipan.bab3 was printed.
func tempatTabel32(narasi *naskah.Nilai) string {
	var cari func(bs *naskah.Nilai, label string) (string, bool)
	cari = func(bs *naskah.Nilai, label string) (string, bool) {
		if bs == nil || bs.Jenis != naskah.JenisDaftar {
			return "", false
		}
		for i := range bs.Isi {
			b := &bs.Isi[i]
			j := b.Anggota("judul")
			if j == nil || j.Jenis != naskah.JenisTeks {
				continue
			}
			lab := labelJudul(j.Teks)
			if lab == "" {
				continue
			}
			lab = label + "." + lab
			if t := b.Anggota("teks"); t != nil && t.Jenis == naskah.JenisDaftar {
				for _, s := range t.Isi {
					if n, ok := penandaBlok(s.Teks); ok && s.Jenis == naskah.JenisTeks && n == "tabel_3_2" {
						return lab, true
					}
				}
			}
			if s, ok := cari(b.Anggota("sub"), lab); ok {
				return s, true
			}
		}
		return "", false
	}
	if s, ok := cari(narasi.Anggota("bab3"), "bab3"); ok {
		return s
	}
	return "bab3"
}
