package lkip_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/lkip"
)

// TestSetengahIsi: the report and the reviu work on a new, empty document
// and on one with only some sections filled: every renderer succeeds, the
// report says what is missing ("belum diisi") instead of printing broken
// sentences, and the progress view's findings name what is missing.
func TestSetengahIsi(t *testing.T) {
	baru := func() *lkip.Dokumen {
		d, err := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	hanyaKinerja := func() *lkip.Dokumen {
		d := baru()
		c := lkip.Contoh()
		d.Kinerja = c.Kinerja
		return d
	}
	hanyaAnggaran := func() *lkip.Dokumen {
		d := baru()
		c := lkip.Contoh()
		d.Anggaran = c.Anggaran
		return d
	}
	kasus := []struct {
		nama     string
		d        *lkip.Dokumen
		tidakAda []string // broken phrases the report must not print
		belumIsi []string // what the progress view must name as missing
	}{
		{"kosong", baru(), []string{"Dari 0 indikator", "sebesar **–%**"}, []string{"IKU ditetapkan", "baris program, kegiatan dan sub kegiatan", "nama kepala dinas"}},
		{"tanpa anggaran", hanyaKinerja(), []string{"sebesar **–%**"}, []string{"baris program, kegiatan dan sub kegiatan"}},
		{"tanpa kinerja", hanyaAnggaran(), []string{"Dari 0 indikator"}, []string{"IKU ditetapkan"}},
		{"dokumen nol", &lkip.Dokumen{}, nil, []string{"nama pemda", "tahun laporan"}},
	}
	renderers := map[string]func(io.Writer, *lkip.Laporan) error{
		"md": lkip.RenderMarkdown, "html": lkip.RenderHTML, "json": lkip.RenderJSON, "docx": lkip.RenderDOCX, "xlsx": lkip.RenderXLSX,
	}
	for _, k := range kasus {
		t.Run(k.nama, func(t *testing.T) {
			l, err := lkip.Compute(k.d, lkip.DefaultOpsi())
			if err != nil {
				t.Fatal(err)
			}
			for nama, r := range renderers {
				var b bytes.Buffer
				if err := r(&b, l); err != nil || b.Len() == 0 {
					t.Errorf("%s: %v (%d byte)", nama, err, b.Len())
				}
			}
			var md strings.Builder
			if err := lkip.RenderMarkdown(&md, l); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(md.String(), "belum diisi") {
				t.Error("laporan tidak menyebut apa yang belum diisi")
			}
			for _, s := range k.tidakAda {
				if strings.Contains(md.String(), s) {
					t.Errorf("laporan mencetak %q", s)
				}
			}
			kl := l.Kelengkapan()
			if kl.Lengkap() || kl.Persen() >= 100 {
				t.Errorf("dokumen setengah isi dianggap lengkap (%d%%)", kl.Persen())
			}
			temuan := kl.Temuan()
			var semua []string
			for _, tm := range temuan {
				semua = append(semua, tm.Pesan)
			}
			gabung := strings.Join(semua, "\n")
			for _, s := range k.belumIsi {
				if !strings.Contains(gabung, s+" belum diisi") {
					t.Errorf("kelengkapan tidak menyebut %q belum diisi:\n%s", s, gabung)
				}
			}
		})
	}
}

// TestKelengkapanPath: each item says where it is entered (the first row
// lacking it), and each section holds the reviu's findings located in it.
func TestKelengkapanPath(t *testing.T) {
	n, _, err := lkip.Contoh().Lanjutkan()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lkip.Compute(n, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	k := l.Kelengkapan()
	path := map[string]string{}
	var temuan int
	for _, b := range k.Bagian {
		for _, x := range b.Butir {
			if x.Path == "" {
				t.Errorf("%s: %s tanpa path", b.Judul, x.Nama)
			}
			path[b.ID+"/"+x.Nama] = x.Path
		}
		temuan += len(b.Temuan)
		for _, tm := range b.Temuan {
			if got := lkip.BagianTemuan(tm.Lokasi.Path); got != b.ID {
				t.Errorf("temuan %s di bagian %s, bukan %s", tm.Lokasi.Path, b.ID, got)
			}
		}
	}
	if temuan != len(l.Temuan) {
		t.Errorf("%d temuan dibagi ke bagian, dari %d", temuan, len(l.Temuan))
	}
	want := map[string]string{
		"identitas/tempat dan tanggal penandatanganan": "identitas.tanggal",
		"anggaran/pagu tiap sub kegiatan":              "anggaran.rincian[2].pagu",
		"iku/target tahun 2023":                        "kinerja.indikator[0].tahun[2].target",
		"iku/realisasi tahun 2023":                     "kinerja.indikator[0].tahun[2].realisasi",
		"pk/target tiap baris":                         "kinerja.perjanjian_kinerja.baris[0].target",
		"narasi/Kata Pengantar":                        "narasi.kata_pengantar",
	}
	for k, v := range want {
		if path[k] != v {
			t.Errorf("%s: path %q, ingin %q", k, path[k], v)
		}
	}
	for _, c := range []struct{ path, bagian string }{
		{"identitas.kepala.nama", "identitas"},
		{"profil.aset.baris[2].jumlah", "profil"},
		{"kinerja.renstra.periode_akhir", "renstra"},
		{"kinerja.sasaran[1].renstra", "renstra"},
		{"kinerja.indikator[3].tahun[1].realisasi", "iku"},
		{"kinerja.perjanjian_kinerja.baris", "pk"},
		{"anggaran.perjanjian_kinerja.rincian[10].uraian", "pk"},
		{"anggaran.belanja[6].uraian", "belanja"},
		{"anggaran.rincian[2].pagu", "anggaran"},
		{"anggaran", "anggaran"},
		{"narasi.bab3[0].teks[1]", "narasi"},
		{"kutipan.ikhtisar.pagu", "narasi"},
		{"", "tanggapan"},
		{"identitasku", "tanggapan"},
	} {
		if got := lkip.BagianTemuan(c.path); got != c.bagian {
			t.Errorf("BagianTemuan(%q) = %q, ingin %q", c.path, got, c.bagian)
		}
	}
}

// TestKelengkapanBersih: the corrected sample is complete (its Perjanjian
// Kinerja rows of IKU need no sub kegiatan code), and the sample's missing
// items are what it lacks.
func TestKelengkapanBersih(t *testing.T) {
	d, err := lkip.Parse(sampel.FlotimDinsos2022Bersih, "bersih.json")
	if err != nil {
		t.Fatal(err)
	}
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		t.Fatal(err)
	}
	k := l.Kelengkapan()
	if ts := k.Temuan(); len(ts) != 0 {
		for _, tm := range ts {
			t.Errorf("bersih: %s", lkip.BarisTemuan(tm))
		}
	}
	if k.Persen() != 100 || !k.Lengkap() {
		t.Errorf("bersih: %d%%, lengkap %v", k.Persen(), k.Lengkap())
	}
}

// BenchmarkKelengkapan is the progress view the PWA's Beranda, Reviu and
// Kelengkapan pages and the rekap make of every document: of the sample,
// and of the sample with 8,000 sub kegiatan.
func BenchmarkKelengkapan(b *testing.B) {
	besar := lkip.Contoh()
	besar.Anggaran.Rincian, besar.Anggaran.Jumlah, besar.Anggaran.PerjanjianKinerja = sampel.AnggaranUji(40, 10, 20), nil, nil
	for _, c := range []struct {
		nama string
		d    *lkip.Dokumen
	}{{"contoh", lkip.Contoh()}, {"8000-sub-kegiatan", besar}} {
		b.Run(c.nama, func(b *testing.B) {
			l, err := lkip.Compute(c.d, lkip.DefaultOpsi())
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if k := l.Kelengkapan(); len(k.Bagian) == 0 {
					b.Fatal("no section")
				}
			}
		})
	}
}
