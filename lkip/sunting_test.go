package lkip

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/internal/txtar"
)

// TestKerangka holds the schema's shape to the readers and to the samples:
// it parses and encodes to its own bytes; every list and field of the
// sample files is in it; every described pattern is in it, and every
// field in it is described.
func TestKerangka(t *testing.T) {
	d, err := Parse([]byte(kerangkaJSON), "kerangka")
	if err != nil {
		t.Fatal(err)
	}
	f, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(strings.TrimSpace(kerangkaJSON), strings.TrimSpace(string(f))); diff != "" {
		t.Errorf("kerangkaJSON bukan bentuk baku Encode (-kerangka +Encode):\n%s", diff)
	}
	kr := map[string]naskah.Jenis{}
	polaSemua(kerangka(), "", kr)
	sampel := map[string]naskah.Jenis{}
	for _, nama := range []string{"flotim-dinsos-2022.json", "flotim-dinsos-2022-bersih.json"} {
		data, err := os.ReadFile(filepath.Join("..", "internal", "sampel", nama))
		if err != nil {
			t.Fatal(err)
		}
		v, err := naskah.Baca(data)
		if err != nil {
			t.Fatal(err)
		}
		polaSemua(v, "", sampel)
	}
	for p, j := range sampel {
		if j == naskah.JenisNull {
			continue
		}
		if _, ok := kr[p]; !ok && !strings.HasPrefix(p, "versi") {
			t.Errorf("%s (%s) ada di sampel, tidak ada di kerangkaJSON", p, j)
		}
	}
	for _, m := range daftarMedan {
		if _, ok := kr[m.Pola]; !ok && !strings.HasSuffix(m.Pola, "].tingkat") { // a row has a kode or a tingkat
			t.Errorf("DaftarMedan: %s tidak ada di kerangkaJSON", m.Pola)
		}
	}
	for p, j := range kr {
		if j == naskah.JenisObjek && strings.HasSuffix(p, "[]") {
			continue // an item: its list describes it
		}
		if _, ok := CariMedan(p); !ok && p != "versi" {
			t.Errorf("%s tidak punya entri DaftarMedan", p)
		}
	}
}

// polaSemua records the pattern of every value below v.
func polaSemua(v *naskah.Nilai, path string, out map[string]naskah.Jenis) {
	if path != "" {
		out[Pola(path)] = v.Jenis
	}
	for i := range v.Isi {
		if v.Jenis == naskah.JenisDaftar {
			polaSemua(&v.Isi[i], path+"["+strconv.Itoa(i)+"]", out)
		} else {
			polaSemua(&v.Isi[i], naskah.JoinPath(path, v.Isi[i].Nama), out)
		}
	}
}

// adaJalur reports whether a message contains a data-file path.
func adaJalur(s string) bool { return reJalur.MatchString(s) }

func TestSunting(t *testing.T) {
	baru, err := Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
	if err != nil {
		t.Fatal(err)
	}
	contoh := Contoh()
	type uji struct {
		name  string
		d     *Dokumen
		ubah  func(d *Dokumen) (*Dokumen, error)
		cek   map[string]string // path → value after the edit
		galat string            // part of the expected message
	}
	for _, tc := range []uji{
		{name: "sasaran pertama", d: baru, ubah: func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("kinerja.sasaran", 0) },
			cek: map[string]string{"kinerja.sasaran[0].id": "SS1", "kinerja.sasaran[0].uraian": "Sasaran baru"}},
		{name: "indikator baru IKU persentase", d: baru, ubah: func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("kinerja.indikator", -1) },
			cek: map[string]string{"kinerja.indikator[0].id": "IKU1", "kinerja.indikator[0].satuan": "%", "kinerja.indikator[0].jenis": "persentase"}},
		{name: "id sasaran berikutnya", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("kinerja.sasaran", 1) },
			cek: map[string]string{"kinerja.sasaran[1].uraian": "Sasaran baru"}},
		{name: "tahun sesudah yang terakhir", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("kinerja.indikator[0].tahun", -1) },
			cek: map[string]string{"kinerja.indikator[0].tahun[2].tahun": "2023"}},
		{name: "tahun sebelum yang pertama", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("kinerja.indikator[0].tahun", 0) },
			cek: map[string]string{"kinerja.indikator[0].tahun[0].tahun": "2020"}},
		{name: "nomor misi", d: baru, ubah: func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("kinerja.renstra.misi", -1) },
			cek: map[string]string{"kinerja.renstra.misi[0].nomor": "1", "kinerja.renstra.misi[0].uraian": "Misi baru"}},
		{name: "nomor tujuan berikutnya", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("kinerja.renstra.tujuan", -1) }},
		{name: "baris anggaran dari nomenklatur", d: baru, ubah: func(d *Dokumen) (*Dokumen, error) {
			return d.TambahButirIsi("anggaran.rincian", -1, map[string]string{"kode": "1.02.02", "uraian": "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"})
		}, cek: map[string]string{"anggaran.rincian[0].kode": "2"}},
		{name: "baris anggaran tanpa kode", d: baru, ubah: func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("anggaran.rincian", -1) },
			galat: "Baris anggaran 1, Kode: kode atau tingkat"},
		{name: "tanda tangan yang belum ada", d: baru, ubah: func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("identitas.tanda_tangan", -1) },
			cek: map[string]string{"identitas.tanda_tangan[0].bagian": "penutup"}},
		{name: "penanda", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.SisipPenanda("narasi.bab3[0].teks", 0, "grafik_capaian") },
			cek: map[string]string{"narasi.bab3[0].teks[0]": "{{grafik_capaian}}"}},
		{name: "penanda tidak dikenal", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.SisipPenanda("narasi.bab3[0].teks", 0, "tabel_9") },
			galat: "tidak dikenal"},
		{name: "hapus", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.HapusButir("identitas.tanda_tangan[0]") },
			cek: map[string]string{"identitas.tanda_tangan[0].bagian": contoh.Identitas.TandaTangan[1].Bagian}},
		{name: "hapus yang tidak ada", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.HapusButir("identitas.tanda_tangan[9]") },
			galat: "Tanda tangan tercetak: butir ini tidak ada"},
		{name: "hapus bukan butir", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.HapusButir("identitas.pemda") },
			galat: "bukan butir daftar"},
		{name: "pindah", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.PindahButir("kinerja.sasaran[0]", 1) },
			cek: map[string]string{"kinerja.sasaran[1].id": contoh.Kinerja.Sasaran[0].ID, "kinerja.sasaran[0].id": contoh.Kinerja.Sasaran[1].ID}},
		{name: "pindah keluar daftar", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.PindahButir("kinerja.sasaran[0]", 99) },
			galat: "tidak dapat dipindah ke urutan 100"},
		{name: "tahun tidak urut", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.PindahButir("kinerja.indikator[0].tahun[0]", 1) },
			galat: "Indikator 1"},
		{name: "isi rumus yang belum ada", d: baru.harus(t, func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("kinerja.indikator", -1) }),
			ubah: func(d *Dokumen) (*Dokumen, error) {
				return d.IsiNilai("kinerja.indikator[0].rumus.penyebut", "Jumlah balita")
			},
			cek: map[string]string{"kinerja.indikator[0].rumus.penyebut": "Jumlah balita", "kinerja.indikator[0].rumus.pengali": "100"}},
		{name: "isi polaritas", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.IsiNilai("kinerja.indikator[0].polaritas", "negatif") },
			cek: map[string]string{"kinerja.indikator[0].polaritas": "negatif"}},
		{name: "polaritas salah", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.IsiNilai("kinerja.indikator[0].polaritas", "naik") },
			galat: "polaritas \"naik\" tidak dikenal"},
		{name: "ya/tidak", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.IsiNilai("kinerja.indikator[0].iku", "false") },
			cek: map[string]string{}},
		{name: "angka yang belum ada", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.IsiNilai("kinerja.indikator[0].target_akhir", "80") },
			cek: map[string]string{"kinerja.indikator[0].target_akhir": "80"}},
		{name: "angka salah", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.IsiNilai("kinerja.indikator[0].tahun[1].target", "abc") },
			galat: "Indikator 1 \u201cPersentase"},
		{name: "kosong tidak mengubah", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.IsiNilai("kinerja.indikator[0].target_akhir", "") }},
		{name: "isian tak dikenal", d: contoh, ubah: func(d *Dokumen) (*Dokumen, error) { return d.IsiNilai("identitas.warna", "biru") },
			galat: "tidak dikenal"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			asli, _ := tc.d.Encode()
			r, err := tc.ubah(tc.d)
			if sesudah, _ := tc.d.Encode(); !bytes.Equal(asli, sesudah) {
				t.Fatal("dokumen asal berubah")
			}
			if tc.galat != "" {
				var pe *ParseError
				if err == nil || !errors.As(err, &pe) {
					t.Fatalf("galat = %v, ingin *ParseError berisi %q", err, tc.galat)
				}
				if !strings.Contains(err.Error(), tc.galat) {
					t.Errorf("galat = %q, ingin berisi %q", err, tc.galat)
				}
				if adaJalur(err.Error()) {
					t.Errorf("galat memuat jalur berkas: %q", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for p, want := range tc.cek {
				if got, _ := r.Nilai(p); got != want {
					t.Errorf("%s = %q, ingin %q", p, got, want)
				}
			}
			f, err := r.Encode()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Parse(f, ""); err != nil {
				t.Fatalf("hasil tidak dapat dibuka lagi: %v", err)
			}
		})
	}
}

// harus applies f to d, failing the test on error.
func (d *Dokumen) harus(t *testing.T, f func(d *Dokumen) (*Dokumen, error)) *Dokumen {
	t.Helper()
	r, err := f(d)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestNamaIsian(t *testing.T) {
	d := Contoh()
	for path, want := range map[string]string{
		"identitas.pemda":                      "Pemerintah daerah",
		"identitas.tanda_tangan[0].nama":       "Tanda tangan 1 \u201ckata_pengantar\u201d, Nama",
		"kinerja.indikator[0].tahun[1].target": "Indikator 1 \u201cPersentase PMKS yang memperoleh bantuan\u2026\u201d, Tahun 2 \u201c2022\u201d, Target",
		"kinerja.sasaran[0]":                   "Sasaran 1 \u201c" + pendek(d.Kinerja.Sasaran[0].Uraian, 40) + "\u201d",
		"profil.tidak_ada":                     "Tidak ada",
	} {
		if got := d.NamaIsian(path); got != want {
			t.Errorf("NamaIsian(%q) = %q, ingin %q", path, got, want)
		}
	}
}

func TestSusunan(t *testing.T) {
	d, err := Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
	if err != nil {
		t.Fatal(err)
	}
	s, err := d.Susunan("identitas")
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	var jalan func(s Simpul)
	jalan = func(s Simpul) {
		paths = append(paths, s.Path)
		for _, a := range s.Anak {
			jalan(a)
		}
	}
	jalan(s)
	want := []string{"identitas", "identitas.pemda", "identitas.dinas", "identitas.tahun", "identitas.alamat", "identitas.telepon",
		"identitas.kota", "identitas.tanggal", "identitas.kepala", "identitas.kepala.nama", "identitas.kepala.nip",
		"identitas.kepala.pangkat", "identitas.kepala.jabatan", "identitas.tanda_tangan"}
	if diff := cmp.Diff(want, paths); diff != "" {
		t.Errorf("Susunan(identitas) (-ingin +dapat):\n%s", diff)
	}
	// A choice among the document's sasaran.
	d = d.harus(t, func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("kinerja.sasaran", -1) })
	d = d.harus(t, func(d *Dokumen) (*Dokumen, error) { return d.TambahButir("kinerja.indikator", -1) })
	s, err = d.Susunan("kinerja.indikator[0].sasaran")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Pilihan{{"", "(belum dipilih)"}, {"SS1", "SS1 Sasaran baru"}}, s.Pilihan); diff != "" {
		t.Errorf("pilihan sasaran (-ingin +dapat):\n%s", diff)
	}
	// A field no entry describes is shown by its key.
	if m, ok := CariMedan("profil.pegawai.dokter.spesialis"); ok || m.Label != "Spesialis" {
		t.Errorf("CariMedan tanpa entri = %+v, %v", m, ok)
	}
	if _, err := d.Susunan("tidak.ada"); err == nil {
		t.Error("Susunan(tidak.ada) tanpa galat")
	}
}

// TestSuntingSkenario runs the edit scenarios of testdata/sunting: each
// archive holds the operations (langkah: one per line, "baru PEMDA|DINAS|BIDANG|TAHUN",
// "tambah LIST POS [k=v;…]", "isi PATH NILAI", "hapus PATH", "pindah PATH KE",
// "sisip LIST POS PENANDA") and the expected data file (hasil.json) and
// messages (galat.txt). -update rewrites them.
func TestSuntingSkenario(t *testing.T) {
	berkas, _ := filepath.Glob("testdata/sunting/*.txtar")
	if len(berkas) == 0 {
		t.Fatal("tidak ada skenario")
	}
	for _, p := range berkas {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a := txtar.Parse(raw)
			langkah, _ := a.File("langkah")
			var d *Dokumen
			var galat bytes.Buffer
			for no, baris := range strings.Split(strings.TrimSpace(string(langkah)), "\n") {
				kata := strings.SplitN(strings.TrimSpace(baris), " ", 4)
				arg := func(i int) string {
					if i < len(kata) {
						return kata[i]
					}
					return ""
				}
				pos, _ := strconv.Atoi(arg(2))
				var r *Dokumen
				switch kata[0] {
				case "baru":
					b := strings.Split(strings.TrimPrefix(baris, "baru "), "|")
					th, _ := strconv.Atoi(b[3])
					r, err = Baru(b[0], b[1], b[2], th)
				case "contoh":
					r, err = Contoh(), nil
				case "tambah":
					isi := map[string]string{}
					for _, kv := range strings.Split(arg(3), ";") {
						if k, v, ok := strings.Cut(kv, "="); ok {
							isi[k] = v
						}
					}
					r, err = d.TambahButirIsi(arg(1), pos, isi)
				case "isi":
					r, err = d.IsiNilai(arg(1), strings.TrimPrefix(strings.TrimPrefix(baris, "isi "+arg(1)), " "))
				case "hapus":
					r, err = d.HapusButir(arg(1))
				case "pindah":
					r, err = d.PindahButir(arg(1), pos)
				case "sisip":
					r, err = d.SisipPenanda(arg(1), pos, arg(3))
				default:
					t.Fatalf("langkah %d: %q tidak dikenal", no+1, kata[0])
				}
				if err != nil {
					galat.WriteString(strconv.Itoa(no+1) + ": " + err.Error() + "\n")
					if adaJalur(err.Error()) {
						t.Errorf("langkah %d: galat memuat jalur berkas: %q", no+1, err)
					}
					continue
				}
				d = r
			}
			hasil, err := d.Encode()
			if err != nil {
				t.Fatal(err)
			}
			keluaran := map[string][]byte{"hasil.json": hasil, "galat.txt": galat.Bytes()}
			if *update {
				for n, b := range keluaran {
					a.Set(n, b)
				}
				if err := os.WriteFile(p, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for n, b := range keluaran {
				want, _ := a.File(n)
				if diff := cmp.Diff(string(want), string(b)); diff != "" {
					t.Errorf("%s (-ingin +dapat):\n%s", n, diff)
				}
			}
		})
	}
}

// FuzzSunting edits the sample at random paths with random values: no
// edit panics or changes the document it edits, every error is a
// *ParseError without a path in its text, and every result saves and
// opens again.
func FuzzSunting(f *testing.F) {
	d := Contoh()
	asli, err := d.Encode()
	if err != nil {
		f.Fatal(err)
	}
	jalur := []string{"kinerja.sasaran", "kinerja.indikator[3].tahun", "identitas.tanda_tangan", "narasi.bab1[0].teks",
		"anggaran.rincian", "profil.aset.baris", "kinerja.renstra.strategi", "kinerja.indikator[2].rumus.pengali",
		"kinerja.perjanjian_kinerja.baris[4]", "tanggapan", "kutipan.tahun_perbandingan", "narasi.iku[1]"}
	for i, s := range []string{"", "x", "2021", "true", "-1", "88,500,000", "{{tabel_3_1}}", "\xff", "kinerja.sasaran[0]", "[3]", "a.b[2"} {
		f.Add(uint8(i), uint8(i*7), "", s, int8(i-2))
		f.Add(uint8(i+3), uint8(i), "[1]", s, int8(i))
	}
	f.Fuzz(func(t *testing.T, op, j uint8, akhiran, nilai string, pos int8) {
		p := jalur[int(j)%len(jalur)] + akhiran
		var r *Dokumen
		var err error
		switch op % 6 {
		case 0:
			r, err = d.TambahButir(p, int(pos))
		case 1:
			r, err = d.TambahButirIsi(p, int(pos), map[string]string{nilai: nilai})
		case 2:
			r, err = d.HapusButir(p)
		case 3:
			r, err = d.PindahButir(p, int(pos))
		case 4:
			r, err = d.IsiNilai(p, nilai)
		case 5:
			r, err = d.SisipPenanda(p, int(pos), nilai)
		}
		if sesudah, _ := d.Encode(); !bytes.Equal(asli, sesudah) {
			t.Fatal("dokumen asal berubah")
		}
		_ = d.NamaIsian(p)
		_, _ = d.Susunan(p)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("galat bukan *ParseError: %T %v", err, err)
			}
			if pesan := strings.ReplaceAll(err.Error(), nilai, ""); nilai == "" && adaJalur(pesan) {
				t.Fatalf("galat memuat jalur berkas: %q", err) // beyond what was typed
			}
			return
		}
		if r == nil {
			t.Fatal("hasil nil tanpa galat")
		}
		fr, err := r.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(fr, ""); err != nil {
			t.Fatalf("hasil tidak dapat dibuka lagi: %v", err)
		}
	})
}

func TestDaftarBidang(t *testing.T) {
	l := DaftarBidang()
	if len(l) < 30 {
		t.Fatalf("DaftarBidang: %d bidang", len(l))
	}
	ada := false
	for _, n := range l {
		if n.Kode.String() == "1.02" && strings.Contains(n.Nama, "Kesehatan") {
			ada = true
		}
	}
	if !ada {
		t.Error("DaftarBidang tanpa 1.02 Kesehatan")
	}
	if m, _ := CariMedan("kinerja.indikator[3].tahun[0].kutipan[1].target"); !m.Lanjut {
		t.Error("kutipan indikator bukan isian Lanjut")
	}
	if m, _ := CariMedan("kinerja.indikator[3].tahun[0].target"); m.Lanjut {
		t.Error("target indikator ditandai Lanjut")
	}
}
