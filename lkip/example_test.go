package lkip_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/pemkab/sakip/internal/sampel"
	"github.com/pemkab/sakip/lkip"
)

func ExampleParse() {
	d, err := lkip.Parse(sampel.FlotimDinsos2022, "flotim-dinsos-2022.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Identitas.Dinas, d.Identitas.Pemda, d.Identitas.Tahun)
	fmt.Println("PNS:", d.Profil.Pegawai[0].Rincian[0].Butir[0].Jumlah+d.Profil.Pegawai[0].Rincian[0].Butir[1].Jumlah)
	fmt.Println("pagu dikutip di Ikhtisar:", d.Kutipan.Angka[3].Nilai.Teks)

	// Errors say where (line and JSON path) and what, in Bahasa Indonesia.
	_, err = lkip.Parse([]byte("{\"versi\": 1,\n \"identitas\": {\"tahun\": 2022, \"golongan\": \"IV/b\"}}"), "baru.json")
	fmt.Println(err)
	// Output:
	// Dinas Sosial Kabupaten Flores Timur 2022
	// PNS: 26
	// pagu dikutip di Ikhtisar: Rp. 9.399.497.972
	// baru.json: baris 2: identitas.golongan: kolom "golongan" tidak dikenal; yang dikenal di sini: pemda, dinas, tahun, alamat, telepon, kota, tanggal, kepala, tanda_tangan
}

func ExampleDokumen_Encode() {
	d := lkip.Contoh()
	b, err := d.Encode()
	if err != nil {
		fmt.Println(err)
		return
	}
	d2, err := lkip.Parse(b, "")
	fmt.Println(err == nil, d2.Identitas.Kepala.Nama)
	// Output: true Anselmus Yohanes Maryanto, S.Sos
}

func ExampleCompute() {
	l, err := lkip.Compute(lkip.Contoh(), lkip.DefaultOpsi())
	if err != nil {
		fmt.Println(err)
		return
	}
	r := l.Ringkasan
	fmt.Printf("%d program, %d kegiatan, %d sub kegiatan\n", r.Program, r.Kegiatan, r.SubKegiatan)
	fmt.Println("pagu", r.Pagu.Decimal, "realisasi", r.Realisasi.Decimal, "persen", r.PersenRealisasi.Decimal)
	fmt.Println("IKU", r.JumlahIKU, "rata-rata capaian", r.Capaian, r.Predikat)
	// Output:
	// 6 program, 14 kegiatan, 31 sub kegiatan
	// pagu 9399497972 realisasi 9250672850 persen 98.42
	// IKU 9 rata-rata capaian 164.64 Sangat Tinggi
}

func ExampleRenderMarkdown() {
	l, _ := lkip.Compute(lkip.Contoh(), lkip.DefaultOpsi())
	var b bytes.Buffer
	if err := lkip.RenderMarkdown(&b, l); err != nil {
		fmt.Println(err)
		return
	}
	// The first sentence of the Ikhtisar is generated from the computed figures.
	sc := bufio.NewScanner(&b)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if s := sc.Text(); strings.HasPrefix(s, "Pada Tahun 2022") {
			fmt.Println(s[:strings.Index(s, ", meliputi")])
			break
		}
	}
	// Output:
	// Pada Tahun 2022 Dinas Sosial Kabupaten Flores Timur melaksanakan 6 Program, 14 Kegiatan dan 31 Sub Kegiatan dengan alokasi anggaran sebesar Rp 9.399.497.972
}

func ExampleRenderHTML() {
	l, _ := lkip.Compute(lkip.Contoh(), lkip.DefaultOpsi())
	var b bytes.Buffer
	if err := lkip.RenderHTML(&b, l); err != nil {
		fmt.Println(err)
		return
	}
	s := b.String()
	fmt.Println(strings.HasPrefix(s, "<!DOCTYPE html>"), strings.Count(s, "<svg "), strings.Contains(s, "@page"))
	// Output: true 2 true
}

func ExampleRenderJSON() {
	l, _ := lkip.Compute(lkip.Contoh(), lkip.DefaultOpsi())
	var b bytes.Buffer
	if err := lkip.RenderJSON(&b, l); err != nil {
		fmt.Println(err)
		return
	}
	var v struct {
		Ringkasan struct {
			Pagu            string  `json:"pagu"`
			PersenRealisasi string  `json:"persen_realisasi"`
			PersenFisik     *string `json:"persen_fisik"`
		} `json:"ringkasan"`
	}
	json.Unmarshal(b.Bytes(), &v)
	fmt.Println(v.Ringkasan.Pagu, v.Ringkasan.PersenRealisasi, v.Ringkasan.PersenFisik)
	// Output: 9399497972 98.42 <nil>
}

// The reviu: every finding of anggaran, kinerja and the cross-document
// checks, most severe first.
func ExampleBarisTemuan() {
	l, _ := lkip.Compute(lkip.Contoh(), lkip.DefaultOpsi())
	fmt.Println(lkip.BarisTemuan(l.Temuan[0]))
	fmt.Println(l.Ringkasan.Kesalahan, "kesalahan")
	// Output:
	// kesalahan [lkip/tanda-tangan] identitas.tanda_tangan[1].pangkat: Ikhtisar Eksekutif, tanda tangan, kolom pangkat: pangkat penanda tangan di Ikhtisar Eksekutif berbeda dengan pangkat kepala dinas yang tercetak di Kata Pengantar dan Bab IV Penutup; satu orang hanya mempunyai satu pangkat, seragamkan semua blok tanda tangan (tercetak Pembina Utama Muda; terhitung Pembina Tk. I)
	// 5 kesalahan
}

func ExampleContoh() {
	d := lkip.Contoh()
	for _, t := range d.Identitas.TandaTangan {
		fmt.Println(t.Bagian, t.Pangkat)
	}
	// Output:
	// kata_pengantar Pembina Tk. I
	// ikhtisar Pembina Utama Muda
	// penutup Pembina Tk. I
}

func ExampleParseFile() {
	_, err := lkip.ParseFile("lkip-2022.json")
	fmt.Println(err)
	// Output: berkas lkip-2022.json tidak ditemukan: periksa nama berkas dan foldernya
}

func ExampleLaporan_GrafikRealisasi() {
	l, err := lkip.Compute(lkip.Contoh(), lkip.DefaultOpsi())
	if err != nil {
		fmt.Println(err)
		return
	}
	g := l.GrafikRealisasi()
	fmt.Println(g.Judul)
	for i, b := range g.Batang[:2] {
		// Bars 40 characters long at the 100 % reference line.
		fmt.Printf("program %s %-7s %s\n", strings.Fields(b.Label)[0], b.Teks, strings.Repeat("#", g.Panjang(i, 40)))
	}
	fmt.Println("garis acuan pada", g.Panjang(-1, 40))
	// Output:
	// Realisasi keuangan per program (%)
	// program 1 96,65%  #######################################
	// program 2 99,42%  ########################################
	// garis acuan pada 40
}
