package lkip

import (
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
)

// tabelPegawai lays out the staff of Bab I ({{tabel_pegawai}}): one row per
// group with its computed total, then one row per part of each breakdown.
// Every renderer (Markdown, HTML, DOCX, XLSX) prints it like any table.
// Groups may overlap (PNS, and dokter of whom some are PNS), so no grand
// total is printed.
func (s *penyusun) tabelPegawai() []elemen {
	ks := s.l.Dokumen.Profil.Pegawai
	if len(ks) == 0 {
		return tanpaData("Tabel pegawai")
	}
	tb := &tabel{Judul: "Jumlah pegawai menurut kelompok dan rinciannya"}
	tb.Kepala = []sel{{Teks: "No."}, {Teks: "Kelompok Pegawai"}, {Teks: "Rincian"}, {Teks: "Jumlah (orang)", Angka: true}}
	for i := range ks {
		k := &ks[i]
		jumlah := anggaran.Strip
		if i < len(s.l.Profil.Pegawai) && s.l.Profil.Pegawai[i].Jumlah != "" {
			jumlah = s.l.Profil.Pegawai[i].Jumlah
		}
		tb.Badan = append(tb.Badan, []sel{{Teks: strconv.Itoa(i + 1)}, {Teks: namaKelompok(k), Tebal: true}, {}, {Teks: jumlah, Angka: true, Tebal: true}})
		for _, r := range k.Rincian {
			dim := strings.TrimSpace(r.Nama)
			if r.Sebagian && dim != "" {
				dim += " (sebagian)"
			}
			for _, b := range r.Butir {
				label := b.Nama
				if dim != "" {
					label = dim + ": " + b.Nama
				}
				tb.Badan = append(tb.Badan, []sel{{}, {}, {Teks: label}, {Teks: hitungan(b.Jumlah), Angka: true}})
			}
		}
	}
	return []elemen{{Jenis: elTabel, Tabel: tb}}
}
