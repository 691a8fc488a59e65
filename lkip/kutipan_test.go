package lkip

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestKutipanSumber quotes, on the seed, a figure of every kind of source
// at Bab III B (whose generated paragraphs print no copy, so only the
// value is checked) and checks the finding each gets: none when the quote
// matches at its printed precision, kutipan-*-dipotong when it is the
// source truncated, the kesalahan of its kind when it differs, and
// kutipan-tak-teruji when the data has no such figure.
func TestKutipanSumber(t *testing.T) {
	for _, c := range []struct {
		sumber, kunci, kolom string
		tahun                int
		nilai                string
		want                 string // code, "" for none
	}{
		{"anggaran", "sisa", "", 0, "Rp 148.825.122", ""},
		{"anggaran", "pagu_murni", "", 0, "Rp 1", TemuanKutipanRupiah},
		{"belanja", "5.1.06", "", 0, "Rp 5.431.150.000", ""},
		{"belanja", "5.1.06", "", 0, "Rp 5.431.150.001", TemuanKutipanRupiah},
		{"belanja", "5.1.01", "pagu_murni", 0, "2.028.190.502", ""},
		{"belanja", "5.1.05", "", 0, "Rp 1.000", TemuanKutipanTakTeruji}, // Belanja Hibah: no such account in the seed
		{"rincian", "1.06.01", "", 0, "2.982.697.372", ""},
		{"rincian", "1", "realisasi", 0, "2.882.856.050", ""}, // the short code of the program
		{"rincian", "1.06.01", "persen", 0, "96,65", ""},
		{"rincian", "1.06.01", "persen", 0, "96,7", ""},
		{"rincian", "1.06.01", "persen", 0, "96,6", TemuanKutipanDipotong},
		{"rincian", "1.06.01", "persen", 0, "95", TemuanKutipanPersen},
		{"rincian", "Administrasi Keuangan Perangkat Daerah", "realisasi", 0, "2.192.707.850", ""},
		{"rincian", "9.99", "", 0, "1", TemuanKutipanTakTeruji},
		{"indikator", "IKU1", "capaian", 0, "787,3", ""},
		{"indikator", "IKU1", "capaian", 0, "787,29", TemuanKutipanDipotong},
		{"indikator", "IKU1", "capaian", 0, "780", TemuanKutipanPersen},
		{"indikator", "IKU3", "realisasi", 2022, "107,9", ""},
		{"indikator", "IKU3", "target", 0, "65,7", ""},
		{"indikator", "IKU3", "target", 0, "65,6", TemuanKutipanDipotong},
		{"indikator", "IKU99", "target", 0, "1", TemuanKutipanTakTeruji},
		{"kinerja", "jumlah_iku", "", 0, "9", ""},
		{"kinerja", "jumlah_sasaran", "", 0, "5", TemuanKutipanJumlah},
		{"kinerja", "capaian", "", 0, "164,6", ""},
		{"kinerja", "capaian", "", 0, "164,7", TemuanKutipanPersen},
		{"aset", "jumlah", "", 0, "199", ""},
		{"aset", "rusak_berat", "", 0, "9", ""},
		{"aset", "baik", "", 0, "180", TemuanKutipanJumlah},
		{"pegawai", "pns", "", 0, "26", ""},
		{"pegawai", "pns", "laki_laki", 0, "11", ""},
		{"pegawai", "peksos", "sumber_dana.apbn", 0, "54", ""},
		{"pegawai", "pns", "", 0, "25", TemuanKutipanJumlah},
		{"pegawai", "dokter", "", 0, "3", TemuanKutipanTakTeruji},
	} {
		nama := fmt.Sprintf("%s %s %s %s", c.sumber, c.kunci, c.kolom, c.nilai)
		t.Run(nama, func(t *testing.T) {
			d := Contoh()
			n := len(d.Kutipan.Angka)
			d.Kutipan.Angka = append(d.Kutipan.Angka, kutip(t, AngkaKutipan{Tempat: "bab3.B", Sumber: c.sumber, Kunci: c.kunci, Kolom: c.kolom, Tahun: c.tahun}, c.nilai))
			d = ulang(t, d)
			l, err := Compute(d, DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			path := fmt.Sprintf("kutipan.angka[%d].nilai", n)
			for _, x := range l.Temuan {
				if x.Lokasi.Path == path {
					got = append(got, x.Kode)
					if strings.Contains(x.Pesan, "kutipan.") {
						t.Errorf("message shows a JSON path: %s", x.Pesan)
					}
				}
			}
			var want []string
			if c.want != "" {
				want = []string{c.want}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// kutip returns q quoting the printed figure teks, read as the reader
// reads it.
func kutip(t *testing.T, q AngkaKutipan, teks string) AngkaKutipan {
	t.Helper()
	j, _, err := q.jenis()
	if err != nil {
		t.Fatal(err)
	}
	q.Nilai = &Angka{Teks: teks}
	if err := bacaTeksAngka(q.Nilai, j); err != nil {
		t.Fatal(err)
	}
	return q
}

// ulang writes d and reads it again, so that the quoted figures are read
// from their text as the reader does.
func ulang(t *testing.T, d *Dokumen) *Dokumen {
	t.Helper()
	b, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	d2, err := Parse(b, "")
	if err != nil {
		t.Fatal(err)
	}
	return d2
}

// TestKutipanTempat ties a quote to the paragraphs of its place: a quote
// of a section without generated budget paragraphs must be printed there
// (lkip/kutipan-narasi), its findings point at the paragraph that prints
// it, and SetNilai carries an edit of the paragraph into the copy.
func TestKutipanTempat(t *testing.T) {
	const tempat = "bab3.A.4"
	siapkan := func(kalimat, nilai string) (*Dokumen, string) {
		d := Contoh()
		b := &d.Narasi.Bab3[0].Sub[3]
		if labelJudul(b.Judul) != "4" {
			t.Fatalf("section %q is not A.4", b.Judul)
		}
		b.Teks = append(b.Teks, kalimat)
		d.Kutipan.Angka = append(d.Kutipan.Angka, kutip(t, AngkaKutipan{Tempat: tempat, Sumber: "anggaran", Kunci: "program"}, nilai))
		return ulang(t, d), fmt.Sprintf("narasi.bab3[0].sub[3].teks[%d]", len(b.Teks)-1)
	}
	temuan := func(d *Dokumen) []string {
		l, err := Compute(d, DefaultOpsi())
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, x := range l.Temuan {
			if x.Lokasi.Bagian == "Bab III A.4" {
				out = append(out, x.Kode+" "+x.Lokasi.Path)
			}
		}
		return out
	}
	n := len(Contoh().Kutipan.Angka)
	d, p := siapkan("Dinas melaksanakan 6 program.", "6")
	if got := temuan(d); len(got) != 0 {
		t.Errorf("a right quote printed in its paragraph: %v", got)
	}
	d, _ = siapkan("Dinas melaksanakan enam program.", "6")
	// the finding points at the first paragraph of the place
	if diff := cmp.Diff([]string{TemuanKutipanNarasi + " narasi.bab3[0].sub[3].teks[0]"}, temuan(d)); diff != "" {
		t.Errorf("a quote its paragraph does not print (-want +got):\n%s", diff)
	}
	d, p = siapkan("Dinas melaksanakan 7 program.", "7")
	if diff := cmp.Diff([]string{TemuanKutipanJumlah + " " + p}, temuan(d)); diff != "" {
		t.Errorf("a wrong quote (-want +got):\n%s", diff)
	}
	d2, err := d.SetNilai(p, "Dinas melaksanakan 6 program.")
	if err != nil {
		t.Fatal(err)
	}
	if got := d2.Kutipan.Angka[n].Nilai.Nilai.String(); got != "6" {
		t.Errorf("the copy after the edit of its paragraph = %s, want 6", got)
	}
	if got := temuan(d2); len(got) != 0 {
		t.Errorf("after the edit: %v", got)
	}
}

// TestNamaTempat names the places a quote may be printed in, and refuses
// the ones that do not exist.
func TestNamaTempat(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ikhtisar", "Ikhtisar Eksekutif"}, {"kata_pengantar", "Kata Pengantar"}, {"bab1", "Bab I"},
		{"bab3.B", "Bab III B"}, {"bab3.A.3", "Bab III A.3"}, {"bab4", "Bab IV"},
		{"lampiran", ""}, {"ikhtisar.A", ""}, {"bab3..1", ""}, {"", ""},
	} {
		got, err := namaTempat(c.in)
		if got != c.want || (err == nil) != (c.want != "") {
			t.Errorf("namaTempat(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

// TestSetNilaiKutipan types quoted figures as a user does, the Indonesian
// way or the English: each is read under the kind of its source, kept as
// typed when the file reads it back the same, and refused with the reason.
func TestSetNilaiKutipan(t *testing.T) {
	d := Contoh()
	pagu := pathKutipan(d, "ikhtisar", "anggaran", "pagu")
	persen := pathKutipan(d, "bab3", "anggaran", "persen_realisasi")
	program := pathKutipan(d, "ikhtisar", "anggaran", "program")
	for _, c := range []struct {
		path, nilai string
		want        string // the value read back; "" when refused
		galat       string
	}{
		{pagu, "Rp 9.399.497.972", "9399497972", ""},
		{pagu, "9399497972,50", "9399497972.5", ""},
		{pagu, "9.399.497.972,125", "", "sen"},
		{persen, "98,42%", "98.42", ""},
		{persen, "98.42", "98.42", ""},
		{program, "7", "7", ""},
		{program, "6,5", "", "bulat"},
	} {
		r, err := d.SetNilai(c.path, c.nilai)
		if c.galat != "" {
			if err == nil || !strings.Contains(err.Error(), c.galat) {
				t.Errorf("%s = %q: error %v, want one saying %q", c.path, c.nilai, err, c.galat)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s = %q: %v", c.path, c.nilai, err)
			continue
		}
		var i int
		fmt.Sscanf(c.path, "kutipan.angka[%d]", &i)
		if got := r.Kutipan.Angka[i].Nilai.Nilai.String(); got != c.want {
			t.Errorf("%s = %q: read back %s, want %s", c.path, c.nilai, got, c.want)
		}
	}
}

// TestKutipanBelumLengkap: a quote being filled in (no source yet, as the
// PWA adds an empty row) is read, written back unchanged and not checked.
func TestKutipanBelumLengkap(t *testing.T) {
	in := []byte(`{"versi": 2, "kutipan": {"angka": [{"tempat": "", "sumber": "", "kunci": "", "nilai": "98,42%"}, {"tempat": "ikhtisar", "sumber": "anggaran", "kunci": "", "nilai": null}]}}`)
	d, err := Parse(in, "")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := d.Encode()
	d2, err := Parse(b, "")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d.Kutipan, d2.Kutipan, cmp.Comparer(func(a, b Angka) bool { return a.Teks == b.Teks && a.Nilai.Equal(b.Nilai) })); diff != "" {
		t.Errorf("round trip (-d +d2):\n%s", diff)
	}
	if got := d2.Kutipan.Angka[0].Nilai.Teks; got != "98,42%" {
		t.Errorf("printed text %q, want 98,42%%", got)
	}
	l, _ := Compute(d2, DefaultOpsi())
	for _, x := range l.Temuan {
		if strings.HasPrefix(x.Lokasi.Path, "kutipan.") {
			t.Errorf("an incomplete quote is checked: %s", BarisTemuan(x))
		}
	}
}
