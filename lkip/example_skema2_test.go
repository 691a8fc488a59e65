package lkip_test

import (
	"fmt"

	"github.com/pemkab/sakip/lkip"
)

// A versi 1 file is migrated on reading: the fixed staff fields become
// groups with breakdowns, the quoted figures a list tied to their source.
func ExampleParse_versi1() {
	d, err := lkip.Parse([]byte(`{"versi": 1,
  "profil": {"pegawai": {"pns": {"jumlah": 5, "laki_laki": 2, "perempuan": 3}, "penyetaraan": {"fungsional": 2, "struktural": 3}}},
  "kutipan": {"ikhtisar": {"pagu": "Rp 100.000.000", "belanja_modal": "Rp 5.000.000"}}}`), "lama.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, k := range d.Profil.Pegawai {
		fmt.Println(k.Kunci(), k.Nama, *k.Tercetak)
		for _, r := range k.Rincian {
			fmt.Print("  ", r.Nama, ":")
			for _, b := range r.Butir {
				fmt.Printf(" %s %d", b.Nama, b.Jumlah)
			}
			fmt.Println()
		}
	}
	for _, q := range d.Kutipan.Angka {
		fmt.Println(q.Tempat, q.Sumber, q.Kunci, q.Nilai)
	}
	// Output:
	// pns Pegawai Negeri Sipil (PNS) 5
	//   Jenis kelamin: laki-laki 2 perempuan 3
	//   Penyetaraan jabatan: jabatan fungsional 2 jabatan struktural 3
	// ikhtisar anggaran pagu Rp 100.000.000
	// ikhtisar belanja 5.2 Rp 5.000.000
}

// The staff of any dinas: groups under its own labels, each with
// breakdowns; the reviu compares the printed totals with their parts and
// names the group.
func ExampleKelompokPegawai() {
	d, err := lkip.Baru("Kabupaten Contoh", "Dinas Kesehatan", "1.02", 2024)
	if err != nil {
		fmt.Println(err)
		return
	}
	n := 15
	d.Profil.Pegawai = []lkip.KelompokPegawai{
		{Nama: "PPPK", Tercetak: &n, Rincian: []lkip.RincianPegawai{
			{Nama: "Profesi", Butir: []lkip.ButirPegawai{{Nama: "perawat", Jumlah: 9}, {Nama: "bidan", Jumlah: 7}}}}},
	}
	l, err := lkip.Compute(d, lkip.DefaultOpsi())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Profil.Pegawai[0].Kunci(), l.Profil.Pegawai[0].Jumlah)
	for _, t := range l.Temuan {
		if t.Kode == lkip.TemuanPegawaiJumlah {
			fmt.Println(t.Pesan)
		}
	}
	// Output:
	// pppk 16
	// jumlah PPPK tercetak 15, tidak sama dengan rinciannya menurut profesi: 9 perawat + 7 bidan = 16
}
