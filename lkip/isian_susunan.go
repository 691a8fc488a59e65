package lkip

import (
	"errors"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/internal/naskah"
)

// Simpul is one field, group or list of the document as an editor draws
// it ([Dokumen.Susunan]).
type Simpul struct {
	Path  string // the field's path in the data file
	Medan Medan  // its description (made from its key when it has none)
	// Judul is what the editor prints over it: the field's label, or, for
	// a list item, what it is, its number and its name ("Sasaran 2
	// “Meningkatnya derajat kesehatan”").
	Judul string
	Nilai string // a field's value as text ("" when empty or left out)
	Ada   bool   // the value is in the file (false: left out while empty)
	// Pilihan are the choices of a MedanPilihan field, those of
	// Medan.Rujukan read from the document.
	Pilihan []Pilihan
	// Butir marks an item of a list (it can be removed and moved).
	Butir bool
	Anak  []Simpul // a group's fields, a list's items
}

// Susunan returns the editable tree of the document below path (a
// section, "identitas", or any group, list or item in it): every field the
// file holds, and every field of the schema the file leaves out while
// empty, with the descriptions of [DaftarMedan]; fields that have none are
// shown by their key. It is what the PWA's editors draw; their edits go to
// [Dokumen.IsiNilai], [Dokumen.TambahButir], [Dokumen.HapusButir] and
// [Dokumen.PindahButir].
func (d *Dokumen) Susunan(path string) (Simpul, error) {
	if d == nil {
		return Simpul{}, galatSunting("tidak ada dokumen")
	}
	akar, err := d.pohon()
	if err != nil {
		return Simpul{}, galatSunting("dokumen tidak dapat ditulis: " + err.Error())
	}
	kr := kerangka()
	var n *naskah.Nilai
	if path == "" {
		n = akar
	} else if x, ok := akar.Cari(path); ok {
		n = x
	}
	k, ok := kr.Cari(strings.ReplaceAll(Pola(path), "[]", "[0]"))
	if !ok {
		k = nil
	}
	if n == nil && k == nil {
		return Simpul{}, errors.New("tidak ada isian di sini")
	}
	s := susun(akar, path, n, k)
	return s, nil
}

// susun builds the Simpul of the value n (nil: left out) with the schema's
// shape k (nil: unknown to the schema).
func susun(akar *naskah.Nilai, path string, n, k *naskah.Nilai) Simpul {
	m, _ := CariMedan(path)
	s := Simpul{Path: path, Medan: m, Judul: m.Label, Ada: n != nil && n.Jenis != naskah.JenisNull}
	if strings.HasSuffix(path, "]") {
		s.Butir = true
		s.Judul = judulButir(path, n)
	}
	jenis := naskah.JenisNull
	if s.Ada {
		jenis = n.Jenis
	} else if k != nil {
		jenis = k.Jenis
	}
	switch jenis {
	case naskah.JenisObjek:
		if s.Medan.Jenis == MedanTeks && !s.Butir {
			s.Medan.Jenis = MedanKelompok
		}
		dilihat := map[string]bool{}
		var urut []string
		if k != nil && k.Jenis == naskah.JenisObjek {
			for _, a := range k.Isi {
				urut = append(urut, a.Nama)
			}
		}
		if s.Ada {
			for _, a := range n.Isi {
				urut = append(urut, a.Nama)
			}
		}
		for _, nama := range urut {
			if dilihat[nama] {
				continue
			}
			dilihat[nama] = true
			var na, ka *naskah.Nilai
			if s.Ada {
				na = n.Anggota(nama)
			}
			if k != nil {
				ka = k.Anggota(nama)
			}
			s.Anak = append(s.Anak, susun(akar, naskah.JoinPath(path, nama), na, ka))
		}
	case naskah.JenisDaftar:
		s.Medan.Jenis = MedanDaftar
		var ke *naskah.Nilai
		if k != nil && k.Jenis == naskah.JenisDaftar && len(k.Isi) > 0 {
			ke = &k.Isi[0]
		}
		if s.Ada {
			for i := range n.Isi {
				c := ke
				if c == nil {
					c = &n.Isi[0]
				}
				s.Anak = append(s.Anak, susun(akar, path+"["+strconv.Itoa(i)+"]", &n.Isi[i], c))
			}
		}
	default:
		if s.Ada {
			s.Nilai = n.Teks
		}
		if jenis == naskah.JenisBoolean && s.Medan.Jenis != MedanPilihan {
			s.Medan.Jenis, s.Medan.Pilihan = MedanPilihan, pilihanYaTidak
		}
		if jenis == naskah.JenisBilangan && s.Medan.Jenis == MedanTeks {
			s.Medan.Jenis = MedanBulat
		}
		s.Pilihan = s.Medan.Pilihan
		if s.Medan.Rujukan != "" {
			s.Pilihan = pilihanRujukan(akar, s.Medan.Rujukan)
		}
	}
	return s
}

// pilihanRujukan returns the values at the pattern pola in the document
// ("kinerja.sasaran[].id"), each labelled with the name of its item.
func pilihanRujukan(akar *naskah.Nilai, pola string) []Pilihan {
	out := []Pilihan{{"", "(belum dipilih)"}}
	i := strings.LastIndex(pola, "[].")
	if i < 0 {
		return out
	}
	daftar, ok := akar.Cari(pola[:i])
	if !ok || daftar.Jenis != naskah.JenisDaftar {
		return out
	}
	kunci := pola[i+3:]
	m, _ := CariMedan(pola[:i])
	for j := range daftar.Isi {
		v := daftar.Isi[j].Anggota(kunci)
		if v == nil || v.Teks == "" {
			continue
		}
		label := v.Teks
		if nama := daftar.Isi[j].Anggota(m.NamaButir); nama != nil && m.NamaButir != kunci && nama.Teks != "" {
			label += " " + pendek(nama.Teks, 50)
		}
		out = append(out, Pilihan{Nilai: v.Teks, Label: label})
	}
	return out
}
