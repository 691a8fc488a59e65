package ui

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pemkab/sakip/internal/naskah"
)

// TestPeriksaPilihan: a chosen file larger than the library's limit for its
// kind is refused before it is read, with a notice naming it, its size and
// the limit; so is one that would bring the files chosen together over
// naskah.MaksArsip. Before, every chosen file was copied whole into the
// app's memory and only then refused by the reader.
func TestPeriksaPilihan(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		nama   string
		file   []string
		ukuran []int64
		p      pilihan
		baca   []bool
		tolak  []string
	}{
		{"data kecil", []string{"dinkes.json"}, []int64{70 << 10}, pilihData, []bool{true}, nil},
		{"data pas di batas", []string{"a.json"}, []int64{naskah.MaksUkuran}, pilihData, []bool{true}, nil},
		{"data terlalu besar", []string{"besar.json", "kecil.json"}, []int64{40 * mib, 1000}, pilihData, []bool{false, true},
			[]string{"Berkas besar.json berukuran 40 MiB, lebih besar dari batas 32 MiB untuk berkas data (JSON); berkas tidak dibaca dan data yang ada tidak diubah."}},
		{"CSV", []string{"DPA.CSV"}, []int64{naskah.MaksUkuran + 1}, pilihData, []bool{false},
			[]string{"Berkas DPA.CSV berukuran 32 MiB lebih 1 byte, lebih besar dari batas 32 MiB untuk CSV anggaran; berkas tidak dibaca dan data yang ada tidak diubah."}},
		{"ZIP boleh lebih besar dari satu berkas data", []string{"kab.zip"}, []int64{100 * mib}, pilihData, []bool{true}, nil},
		{"ZIP terlalu besar", []string{"kab.zip"}, []int64{300 * mib}, pilihData, []bool{false},
			[]string{"Berkas kab.zip berukuran 300 MiB, lebih besar dari batas 256 MiB untuk arsip ZIP berkas data; berkas tidak dibaca dan data yang ada tidak diubah."}},
		{"lembar kerja", []string{"renja.xlsx"}, []int64{33 * mib}, pilihLembar, []bool{false},
			[]string{"Berkas renja.xlsx berukuran 33 MiB, lebih besar dari batas 32 MiB untuk lembar kerja (XLSX atau CSV); berkas tidak dibaca dan data yang ada tidak diubah."}},
		{"bersama terlalu besar", []string{"a.zip", "b.zip", "c.json"}, []int64{200 * mib, 100 * mib, 1 * mib}, pilihData, []bool{true, false, true},
			[]string{"Berkas b.zip tidak dibaca: berkas yang dipilih bersama berukuran lebih dari 256 MiB; pilih lebih sedikit berkas sekaligus. Data yang ada tidak diubah."}},
	} {
		t.Run(c.nama, func(t *testing.T) {
			baca, tolak := periksaPilihan(c.file, c.ukuran, c.p)
			if d := cmp.Diff(c.baca, baca); d != "" {
				t.Errorf("read (-want +got):\n%s", d)
			}
			if d := cmp.Diff(c.tolak, tolak); d != "" {
				t.Errorf("notices (-want +got):\n%s", d)
			}
		})
	}
}

func TestGagalBaca(t *testing.T) {
	got := gagalBaca("dinkes.json", "NotReadableError")
	want := "Berkas dinkes.json tidak dapat dibaca oleh browser (NotReadableError); data yang ada tidak diubah. Pilih berkasnya lagi, atau salin dulu ke folder lain bila berkas itu ada di penyimpanan jaringan atau telah dipindahkan."
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
