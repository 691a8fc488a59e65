package lkip

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/kinerja"
)

// This file makes the structural edits of a document (a list item added,
// removed or moved; a field the file leaves out filled in) the way
// [Dokumen.SetNilai] edits a value: the section holding the path is
// written into a tree in memory (internal/naskah), changed there, and read
// back by the section's own reader with the rules of [Parse]. The document
// edited is never changed. Every error is a *[ParseError] whose message,
// in Bahasa Indonesia, names the row (“Indikator 3 “Persentase balita
// stunting”, Target”), never a path of the file.

// TambahButir returns a new document with an empty item inserted at
// position posisi (0 first; a negative posisi or one past the end appends)
// of the list at listPath ("kinerja.sasaran", "narasi.bab3[0].teks",
// "identitas.tanda_tangan"), which is made when the file leaves it out.
// The item has the shape of the list's elements (the schema's, see
// [DaftarMedan]); the members the file requires get their Medan.Baru value
// (a free identifier such as "SS3", the next Renstra number, the year after
// the previous item's, a visible placeholder such as "Sasaran baru"). A list
// whose items need a value no default can give (a budget row's kode) is
// refused: use [Dokumen.TambahButirIsi].
func (d *Dokumen) TambahButir(listPath string, posisi int) (*Dokumen, error) {
	return d.TambahButirIsi(listPath, posisi, nil)
}

// TambahButirIsi is [Dokumen.TambahButir] with the new item's members set
// from isi (member key → text, as typed into [Dokumen.IsiNilai]; the key ""
// sets an item that is itself a text, such as a paragraph): a budget row
// picked from the nomenclature is added with {"kode": …, "uraian": …}.
func (d *Dokumen) TambahButirIsi(listPath string, posisi int, isi map[string]string) (*Dokumen, error) {
	if d == nil {
		return nil, galatSunting("tidak ada dokumen")
	}
	pola := Pola(listPath)
	return d.ubahPohon(listPath, func(akar *naskah.Nilai, rel string) error {
		daftar, err := buatJalur(akar, rel, pola)
		if err != nil {
			return err
		}
		if daftar.Jenis == naskah.JenisNull {
			*daftar = naskah.Nilai{Nama: daftar.Nama, Jenis: naskah.JenisDaftar}
		}
		if daftar.Jenis != naskah.JenisDaftar {
			return errors.New("isian ini bukan daftar, tidak dapat ditambah butirnya")
		}
		if posisi < 0 || posisi > len(daftar.Isi) {
			posisi = len(daftar.Isi)
		}
		induk, _ := akar.Cari(naskah.IndukPath(rel))
		b, err := d.butirBaru(akar, induk, daftar, pola, posisi)
		if err != nil {
			return err
		}
		for k, v := range isi {
			if k == "" {
				if b.Jenis == naskah.JenisObjek || b.Jenis == naskah.JenisDaftar {
					return errors.New("butir daftar ini berupa kelompok isian; sebutkan isiannya")
				}
				isiDaun(&b, b, v)
				continue
			}
			if b.Jenis != naskah.JenisObjek {
				return fmt.Errorf("butir daftar ini tidak mempunyai isian %q", k)
			}
			n, err := buatJalur(&b, k, pola+"[]."+k)
			if err != nil {
				return err
			}
			isiDaun(n, *n, v)
		}
		daftar.Isi = append(daftar.Isi, naskah.Nilai{})
		copy(daftar.Isi[posisi+1:], daftar.Isi[posisi:])
		daftar.Isi[posisi] = b
		return nil
	})
}

// SisipPenanda returns a new document with the generated part nama (a
// table, a chart or a paragraph of [DaftarPenanda], "tabel_3_1") inserted
// as a block of its own at position posisi of the narrative text at
// listPath ("narasi.bab3[0].teks"), so that no one types its {{marker}}.
func (d *Dokumen) SisipPenanda(listPath string, posisi int, nama string) (*Dokumen, error) {
	if _, ok := cariPenanda(nama); !ok {
		return nil, galatSunting(fmt.Sprintf("tabel atau grafik %q tidak dikenal", nama))
	}
	if !strings.HasPrefix(listPath, "narasi.") {
		return nil, galatSunting("tabel dan grafik hanya dapat disisipkan ke dalam teks narasi")
	}
	return d.TambahButirIsi(listPath, posisi, map[string]string{"": "{{" + nama + "}}"})
}

// HapusButir returns a new document without the list item at itemPath
// ("kinerja.indikator[2]"). What refers to it (a sasaran's indicators, a
// paragraph's quote) is not changed: the reader or the reviu says what no
// longer agrees.
func (d *Dokumen) HapusButir(itemPath string) (*Dokumen, error) {
	induk, i, err := pisahButir(itemPath)
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, galatSunting("tidak ada dokumen")
	}
	return d.ubahPohon(induk, func(akar *naskah.Nilai, rel string) error {
		daftar, ok := akar.Cari(rel)
		if !ok || daftar.Jenis != naskah.JenisDaftar || i >= len(daftar.Isi) {
			return errors.New("butir ini tidak ada")
		}
		daftar.Isi = append(daftar.Isi[:i], daftar.Isi[i+1:]...)
		return nil
	})
}

// PindahButir returns a new document with the list item at itemPath moved
// to position ke (0 first) of the same list.
func (d *Dokumen) PindahButir(itemPath string, ke int) (*Dokumen, error) {
	induk, i, err := pisahButir(itemPath)
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, galatSunting("tidak ada dokumen")
	}
	return d.ubahPohon(induk, func(akar *naskah.Nilai, rel string) error {
		daftar, ok := akar.Cari(rel)
		if !ok || daftar.Jenis != naskah.JenisDaftar || i >= len(daftar.Isi) {
			return errors.New("butir ini tidak ada")
		}
		if ke < 0 || ke >= len(daftar.Isi) {
			return fmt.Errorf("tidak dapat dipindah ke urutan %d: daftar ini berisi %d butir", ke+1, len(daftar.Isi))
		}
		b := daftar.Isi[i]
		daftar.Isi = append(daftar.Isi[:i], daftar.Isi[i+1:]...)
		daftar.Isi = append(daftar.Isi, naskah.Nilai{})
		copy(daftar.Isi[ke+1:], daftar.Isi[ke:])
		daftar.Isi[ke] = b
		return nil
	})
}

// IsiNilai returns a new document with the text nilai at path, as
// [Dokumen.SetNilai] does (the same rules, the same reading of figures),
// and also for the fields SetNilai cannot reach: a field the file leaves
// out while empty (a tanda tangan's place, an indicator's formula part, a
// polarity), with the groups above it, and a yes/no field ("true" or
// "false"). An empty nilai for a field the file leaves out changes
// nothing.
func (d *Dokumen) IsiNilai(path, nilai string) (*Dokumen, error) {
	if d == nil || path == "" {
		return nil, galatSunting("tidak ada dokumen atau isian")
	}
	akar, err := d.pohon()
	if err != nil {
		return nil, galatSunting("dokumen tidak dapat ditulis: " + err.Error())
	}
	n, ada := akar.Cari(path)
	if ada && (n.Jenis == naskah.JenisTeks || n.Jenis == naskah.JenisBilangan) {
		hasil, err := d.SetNilai(path, nilai)
		if err != nil {
			return nil, d.galatDi(akar, path, err)
		}
		return hasil, nil
	}
	if ada && n.Jenis != naskah.JenisBoolean && n.Jenis != naskah.JenisNull {
		return nil, galatSunting(d.namaDi(akar, path) + ": ini kelompok isian, bukan satu isian")
	}
	if !ada && strings.TrimSpace(nilai) == "" {
		return d, nil
	}
	if j, ok := d.jenisIsian(path); ok {
		if nilai, err = angkaIsian(nilai, j); err != nil {
			return nil, galatSunting(d.namaDi(akar, path) + ": " + err.Error())
		}
	}
	hasil, err := d.ubahPohon(path, func(akar *naskah.Nilai, rel string) error {
		n, err := buatJalur(akar, rel, Pola(path))
		if err != nil {
			return err
		}
		isiDaun(n, *n, nilai)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := pulang(hasil, path); err != nil {
		return nil, galatSunting(d.namaDi(akar, path) + ": " + err.Error())
	}
	return hasil, nil
}

// isiDaun makes n the leaf holding nilai, of the kind the shape's leaf
// contoh has: a whole number stays a JSON number, "true"/"false" a boolean,
// anything else a string (the reader then says what is wrong with it).
func isiDaun(n *naskah.Nilai, contoh naskah.Nilai, nilai string) {
	nama := n.Nama
	switch {
	case contoh.Jenis == naskah.JenisBilangan && bilanganBulat(nilai):
		*n = naskah.Nilai{Jenis: naskah.JenisBilangan, Teks: nilai}
	case contoh.Jenis == naskah.JenisBoolean && (nilai == "true" || nilai == "false"):
		*n = naskah.Nilai{Jenis: naskah.JenisBoolean, Teks: nilai}
	default:
		*n = naskah.Nilai{Jenis: naskah.JenisTeks, Teks: nilai}
	}
	n.Nama = nama
}

// ubahPohon writes the section of d holding path into a tree, lets ubah
// change it (rel is path within the tree), reads the section back and
// checks that the new document saves and opens again.
func (d *Dokumen) ubahPohon(path string, ubah func(akar *naskah.Nilai, rel string) error) (*Dokumen, error) {
	bagian, rel := "", path
	for _, b := range []string{"anggaran", "kinerja"} {
		if r, ok := strings.CutPrefix(path, b); ok && (r == "" || r[0] == '.' || r[0] == '[') {
			bagian, rel = b, strings.TrimPrefix(r, ".")
		}
	}
	var akar *naskah.Nilai
	tahun := d.Identitas.Tahun
	switch {
	case bagian == "anggaran" && d.Anggaran != nil:
		w := naskah.NewPohon()
		if err := d.Anggaran.TulisNaskah(w); err != nil {
			return nil, galatSunting("dokumen tidak dapat ditulis: " + err.Error())
		}
		akar = w.Pohon()
	case bagian == "kinerja" && d.Kinerja != nil:
		w := naskah.NewPohon()
		d.Kinerja.TulisNaskah(w)
		akar = w.Pohon()
	case bagian != "": // a section the document lacks starts with its year
		akar = &naskah.Nilai{Jenis: naskah.JenisObjek, Isi: []naskah.Nilai{{Nama: "tahun", Jenis: naskah.JenisBilangan, Teks: strconv.Itoa(tahun)}}}
	default:
		var err error
		if akar, err = d.pohon(); err != nil {
			return nil, galatSunting("dokumen tidak dapat ditulis: " + err.Error())
		}
	}
	// Messages name rows from the whole document's paths.
	utuh := func() *naskah.Nilai {
		if bagian == "" {
			return akar
		}
		return &naskah.Nilai{Jenis: naskah.JenisObjek, Isi: []naskah.Nilai{{Nama: bagian, Jenis: akar.Jenis, Isi: akar.Isi, Teks: akar.Teks}}}
	}
	if err := ubah(akar, rel); err != nil {
		return nil, galatSunting(d.namaDi(utuh(), path) + ": " + err.Error())
	}
	hasil := *d
	var err error
	switch bagian {
	case "anggaran":
		hasil.Anggaran, err = anggaran.BacaNaskah(akar, "anggaran")
	case "kinerja":
		hasil.Kinerja, err = kinerja.BacaNaskah(akar, "kinerja")
	default:
		var h *Dokumen
		if h, err = dariNaskah(akar); err == nil {
			hasil = *h
		}
	}
	if err != nil {
		return nil, d.galatDi(utuh(), path, err)
	}
	f, err := hasil.Encode()
	if err == nil {
		_, err = Parse(f, "")
	}
	if err != nil {
		return nil, d.galatDi(utuh(), path, fmt.Errorf("perubahan ini tidak dapat disimpan: %w", err))
	}
	return &hasil, nil
}

// pisahButir splits "a.b[3]" into "a.b" and 3.
func pisahButir(itemPath string) (string, int, error) {
	if !strings.HasSuffix(itemPath, "]") {
		return "", 0, galatSunting("yang dipilih bukan butir daftar")
	}
	j := strings.LastIndexByte(itemPath, '[')
	i, err := strconv.Atoi(itemPath[j+1 : len(itemPath)-1])
	if j <= 0 || err != nil || i < 0 {
		return "", 0, galatSunting("yang dipilih bukan butir daftar")
	}
	return itemPath[:j], i, nil
}

// galatSunting is an edit's error, with no path in its text.
func galatSunting(pesan string) error {
	if pesan != "" {
		pesan = strings.ToUpper(pesan[:1]) + pesan[1:]
	}
	return &ParseError{Err: errors.New(pesan)}
}

// kerangka returns the tree of the schema's shape (kerangkaJSON).
func kerangka() *naskah.Nilai {
	v, err := naskah.Baca([]byte(kerangkaJSON))
	if err != nil {
		panic("lkip: kerangkaJSON: " + err.Error()) // held by TestKerangka
	}
	return v
}

// bentuk returns the shape of the value at the pattern pola in the
// schema's tree, nil when the schema does not know it.
func bentuk(pola string) *naskah.Nilai {
	n, ok := kerangka().Cari(strings.ReplaceAll(pola, "[]", "[0]"))
	if !ok {
		return nil
	}
	return n
}

// buatJalur returns the value at rel below akar (whose pattern ends where
// pola's last len(rel) part begins), making the members of objects the
// file left out (with the shape of the schema's) on the way.
func buatJalur(akar *naskah.Nilai, rel, pola string) (*naskah.Nilai, error) {
	n, ok := akar.Cari(rel)
	if ok {
		return n, nil
	}
	// Make the missing members one at a time, from the nearest ancestor.
	awal := Pola(rel)
	dasar := strings.TrimSuffix(pola, awal)
	segs := pecahJalur(rel)
	cur := akar
	jalur := ""
	for _, s := range segs {
		if s[0] == '[' {
			jalur += s
			nx, ok := cur.Cari(s)
			if !ok {
				return nil, errors.New("butir ini tidak ada")
			}
			cur = nx
			continue
		}
		if jalur != "" {
			jalur += "."
		}
		jalur += s
		if cur.Jenis == naskah.JenisNull {
			cur.Jenis = naskah.JenisObjek
		}
		if cur.Jenis != naskah.JenisObjek {
			return nil, errors.New("isian ini tidak ada")
		}
		if a := cur.Anggota(s); a != nil {
			cur = a
			continue
		}
		b := bentuk(dasar + Pola(jalur))
		if b == nil {
			return nil, errors.New("isian ini tidak dikenal dalam skema")
		}
		baru := naskah.Nilai{Nama: s, Jenis: b.Jenis}
		switch b.Jenis {
		case naskah.JenisTeks, naskah.JenisBilangan, naskah.JenisBoolean:
			baru.Jenis = b.Jenis
			if b.Jenis == naskah.JenisBilangan {
				baru.Teks = "0"
			} else if b.Jenis == naskah.JenisBoolean {
				baru.Teks = "false"
			}
		}
		cur.Isi = append(cur.Isi, baru)
		cur = &cur.Isi[len(cur.Isi)-1]
	}
	return cur, nil
}

// pecahJalur splits "a.b[2].c" into "a", "b", "[2]", "c".
func pecahJalur(p string) []string {
	var out []string
	for p != "" {
		switch p[0] {
		case '.':
			p = p[1:]
		case '[':
			j := strings.IndexByte(p, ']')
			if j < 0 {
				return append(out, p)
			}
			out = append(out, p[:j+1])
			p = p[j+1:]
		default:
			j := strings.IndexAny(p, ".[")
			if j < 0 {
				j = len(p)
			}
			out = append(out, p[:j])
			p = p[j:]
		}
	}
	return out
}

// butirBaru returns the new item for position posisi of the list daftar
// (pattern pola) in the tree akar: the schema's element shape (or, for a
// list the schema does not know, the shape of the list's first item)
// emptied, with the defaults of its required members.
func (d *Dokumen) butirBaru(akar, induk, daftar *naskah.Nilai, pola string, posisi int) (naskah.Nilai, error) {
	b := bentuk(pola + "[]")
	if b == nil && len(daftar.Isi) > 0 {
		b = &daftar.Isi[0]
	}
	if b == nil {
		return naskah.Nilai{}, errors.New("bentuk butir baru daftar ini tidak diketahui")
	}
	baru := kosongkan(*b)
	baru.Nama = ""
	if m, ok := CariMedan(pola + "[]"); ok && m.Baru != "" {
		isiDaun(&baru, baru, d.nilaiBaru(m, akar, daftar, "", posisi))
	}
	if baru.Jenis != naskah.JenisObjek {
		return baru, nil
	}
	for _, m := range daftarMedan {
		k, ok := strings.CutPrefix(m.Pola, pola+"[].")
		if !ok || m.Baru == "" || strings.ContainsAny(k, ".[") {
			continue
		}
		c := bentuk(m.Pola)
		if c == nil {
			continue
		}
		if m.Baru == "{nol-per-kolom}" { // a row of a cross table: one 0 per column
			v := naskah.Nilai{Nama: k, Jenis: naskah.JenisDaftar}
			if kolom := induk.Anggota("kolom"); kolom != nil {
				for range kolom.Isi {
					v.Isi = append(v.Isi, naskah.Nilai{Jenis: naskah.JenisBilangan, Teks: "0"})
				}
			}
			baru.Isi = append(baru.Isi, v)
			continue
		}
		v := naskah.Nilai{Nama: k}
		isiDaun(&v, *c, d.nilaiBaru(m, akar, daftar, k, posisi))
		baru.Isi = append(baru.Isi, v)
	}
	return baru, nil
}

// kosongkan returns the shape v with every value left out: an object
// keeps only what is left of its objects (nothing, for a shape of
// values), a text becomes "", a number 0, a list empty.
func kosongkan(v naskah.Nilai) naskah.Nilai {
	out := naskah.Nilai{Nama: v.Nama, Jenis: v.Jenis}
	switch v.Jenis {
	case naskah.JenisObjek:
		for _, a := range v.Isi {
			if a.Jenis == naskah.JenisObjek {
				if k := kosongkan(a); len(k.Isi) > 0 {
					out.Isi = append(out.Isi, k)
				}
			}
		}
	case naskah.JenisBilangan:
		out.Teks = "0"
	case naskah.JenisBoolean:
		out.Teks = "false"
	}
	return out
}

// nilaiBaru resolves the default m.Baru of member k ("" for the item
// itself) of a new item at position posisi of daftar.
func (d *Dokumen) nilaiBaru(m Medan, akar, daftar *naskah.Nilai, k string, posisi int) string {
	nilaiButir := func(i int) string {
		if i < 0 || i >= len(daftar.Isi) {
			return ""
		}
		n := &daftar.Isi[i]
		if k != "" {
			n = n.Anggota(k)
		}
		if n == nil {
			return ""
		}
		return n.Teks
	}
	switch {
	case strings.HasPrefix(m.Baru, "{id:"):
		awalan := strings.TrimSuffix(strings.TrimPrefix(m.Baru, "{id:"), "}")
		dipakai := map[string]bool{}
		for i := range daftar.Isi {
			dipakai[nilaiButir(i)] = true
		}
		for n := len(daftar.Isi) + 1; ; n++ {
			if id := awalan + strconv.Itoa(n); !dipakai[id] {
				return id
			}
		}
	case m.Baru == "{tahun}":
		if t, err := strconv.Atoi(nilaiButir(posisi - 1)); err == nil {
			return strconv.Itoa(t + 1)
		}
		if t, err := strconv.Atoi(nilaiButir(posisi)); err == nil {
			return strconv.Itoa(t - 1)
		}
		if t := d.TahunLaporan(); t != 0 {
			return strconv.Itoa(t)
		}
		return "2000"
	case m.Baru == "{rujukan}": // the first choice no other item has taken
		dipakai := map[string]bool{}
		for i := range daftar.Isi {
			dipakai[nilaiButir(i)] = true
		}
		pilihan := pilihanRujukan(akar, m.Rujukan)[1:]
		for _, x := range pilihan {
			if !dipakai[x.Nilai] {
				return x.Nilai
			}
		}
		if len(pilihan) > 0 {
			return pilihan[0].Nilai
		}
		return ""
	case m.Baru == "{nomor}":
		return nomorBaru(akar, Pola(m.Pola), nilaiButir(posisi-1))
	}
	return m.Baru
}

// tingkatRenstra is the number of parts of a number of each Renstra level.
var tingkatRenstra = map[string]int{"misi_dinas": 1, "misi": 1, "tujuan": 2, "sasaran": 3, "strategi": 4, "kebijakan": 5}

// nomorBaru returns a number for a new item of a Renstra level (pattern
// "kinerja.renstra.tujuan[].nomor"): the one after sebelum (the previous
// item's), else the first of the level, made unique among the Renstra's
// numbers.
func nomorBaru(akar *naskah.Nilai, pola, sebelum string) string {
	level := strings.TrimSuffix(strings.TrimPrefix(pola, "kinerja.renstra."), "[].nomor")
	n := tingkatRenstra[level]
	if n == 0 {
		n = 1
	}
	dipakai := map[string]bool{}
	if r := akar.Anggota("renstra"); r != nil {
		for _, l := range r.Isi {
			if l.Jenis == naskah.JenisDaftar && (l.Nama == level || level != "misi_dinas" && l.Nama != "misi_dinas") {
				for _, b := range l.Isi {
					if v := b.Anggota("nomor"); v != nil {
						dipakai[v.Teks] = true
					}
				}
			}
		}
	}
	bagian := strings.Split(sebelum, ".")
	if sebelum == "" || len(bagian) != n {
		bagian = make([]string, n)
		for i := range bagian {
			bagian[i] = "1"
		}
		if !dipakai[strings.Join(bagian, ".")] {
			return strings.Join(bagian, ".")
		}
	}
	akhir, _ := strconv.Atoi(bagian[n-1])
	for {
		akhir++
		bagian[n-1] = strconv.Itoa(akhir)
		if s := strings.Join(bagian, "."); !dipakai[s] {
			return s
		}
	}
}

// NamaIsian words the place of path in the document for a message or a
// heading: each list item by what it is, its number and its name, and the
// field by its label ("Indikator 3 “Persentase balita gizi buruk”, Target";
// "Tanda tangan 1 “penutup”, Nama").
func (d *Dokumen) NamaIsian(path string) string {
	if d == nil {
		return labelKunci(Pola(path))
	}
	akar, err := d.pohon()
	if err != nil {
		return labelKunci(Pola(path))
	}
	return d.namaDi(akar, path)
}

func (d *Dokumen) namaDi(akar *naskah.Nilai, path string) string {
	var bagian []string
	segs := pecahJalur(path)
	cur := akar
	jalur := ""
	for i, s := range segs {
		if s[0] == '[' {
			jalur += s
		} else if jalur == "" {
			jalur = s
		} else {
			jalur += "." + s
		}
		if cur != nil {
			n, ok := cur.Cari(s)
			if ok {
				cur = n
			} else {
				cur = nil
			}
		}
		terakhir := i == len(segs)-1
		if s[0] == '[' {
			bagian = append(bagian, judulButir(jalur, cur))
		} else if terakhir {
			m, _ := CariMedan(jalur)
			bagian = append(bagian, m.Label)
		}
	}
	if len(bagian) == 0 {
		return "Dokumen"
	}
	return strings.Join(bagian, ", ")
}

// judulButir words a list item: its kind, its number and its name.
func judulButir(path string, n *naskah.Nilai) string {
	induk, i, _ := pisahButir(path)
	m, _ := CariMedan(induk)
	butir := m.Butir
	if butir == "" {
		butir = "Butir " + strings.ToLower(m.Label)
	}
	s := butir + " " + strconv.Itoa(i+1)
	var nama string
	if n != nil && m.NamaButir != "" {
		if v := n.Anggota(m.NamaButir); v != nil {
			nama = v.Teks
		}
	} else if n != nil && n.Jenis == naskah.JenisTeks {
		nama = n.Teks
	}
	if nama = strings.TrimSpace(nama); nama != "" {
		s += " \u201c" + pendek(nama, 40) + "\u201d"
	}
	return s
}

// pendek cuts s to n characters with "…".
func pendek(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n])) + "…"
}

// reJalur finds data-file paths in a reader's message.
var reJalur = regexp.MustCompile(`\b(identitas|profil|narasi|kutipan|tanggapan|anggaran|kinerja)((\.[a-z_0-9]+)|(\[[0-9]+\]))+`)

// galatDi rewords an error of a reader or of SetNilai about the document
// whose tree is akar: the path it is located at and the paths in its text
// become the names of their rows.
func (d *Dokumen) galatDi(akar *naskah.Nilai, path string, err error) error {
	var pe *ParseError
	pesan := err.Error()
	letak := path
	if errors.As(err, &pe) && pe.Err != nil {
		pesan = pe.Err.Error()
		if pe.Path != "" {
			letak = pe.Path
		}
	}
	pesan = reJalur.ReplaceAllStringFunc(pesan, func(p string) string { return d.namaDi(akar, p) })
	return galatSunting(d.namaDi(akar, letak) + ": " + pesan)
}
