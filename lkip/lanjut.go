package lkip

import (
	"fmt"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
)

// Lanjutkan returns next year's document made from this year's d
// ("Lanjutkan ke tahun berikutnya"); d is not changed (the new document
// shares nothing with it). What is kept and what is emptied:
//
//   - identitas: the same dinas, pemda, address and head, the year + 1;
//     the date of signature and the signature blocks as printed are
//     emptied (they are next year's to write);
//   - profil (Bab I): kept as it is, to be checked (staff and assets change);
//   - kinerja: the same Renstra, sasaran, indicators, formulas, polarity
//     and units; every year's data is kept, so this year's realisasi is
//     last year's in next year's comparison (Bab III A.3). Next year's
//     target is the one the data already has for that year (the Renstra's
//     targets per year), else the Renstra end target when next year is
//     the last of the Renstra period, else it is left empty and said so.
//     The Perjanjian Kinerja keeps its rows (sasaran, indicator, sub
//     kegiatan) with next year's targets of their indicators. What the
//     old document printed elsewhere is dropped, since next year's report
//     prints its own: the other wordings of a sasaran or indicator
//     (tercetak), the printed capaian (of an indicator's year and of a
//     sasaran) and the figures quoted in the old narrative (kutipan);
//     otherwise next year's reviu would repeat this year's findings about
//     places that no longer exist;
//   - anggaran: every row of the realisation table, the belanja table and
//     the Perjanjian Kinerja amounts is kept with its code and name; pagu,
//     realisasi, sisa, persen, fisik and notes are emptied, and so are the
//     printed totals;
//   - narasi: the outline is kept (chapter and section titles, and the
//     blocks that are a penanda such as {{tabel_3_1}}); the paragraphs and
//     lists, which describe this year, are emptied, as are the evaluation
//     texts per sasaran and per IKU; kutipan (the figures the old text
//     quoted) and tanggapan (answers to this year's reviu) are emptied.
//
// The notes returned, in Bahasa Indonesia, say what was carried over and
// what was emptied, and what staff must fill in or check (a target the
// Renstra does not give, a Renstra period that ends).
func (d *Dokumen) Lanjutkan() (*Dokumen, []string, error) {
	if d == nil {
		return nil, nil, fmt.Errorf("lanjutkan: tidak ada dokumen")
	}
	tahun := d.TahunLaporan()
	if tahun == 0 {
		return nil, nil, fmt.Errorf("lanjutkan: tahun dokumen belum diisi, jadi tahun berikutnya tidak diketahui")
	}
	b, err := d.Encode()
	if err != nil {
		return nil, nil, fmt.Errorf("lanjutkan: %w", err)
	}
	n, err := Parse(b, "")
	if err != nil {
		return nil, nil, fmt.Errorf("lanjutkan: dokumen tahun %d tidak dapat disalin: %w", tahun, err)
	}
	baru := tahun + 1
	var catatan []string
	n.Identitas.Tahun = baru
	n.Identitas.Tanggal = ""
	n.Identitas.TandaTangan = nil
	n.Kutipan = Kutipan{}
	n.Tanggapan = nil
	n.Narasi = kerangkaNarasi(n.Narasi)
	catatan = append(catatan, fmt.Sprintf("Identitas disalin dengan tahun %d; tanggal dan tanda tangan dikosongkan.", baru))
	catatan = append(catatan, "Data Bab I (susunan organisasi, pegawai, aset, permasalahan, solusi) disalin dari tahun "+fmt.Sprint(tahun)+"; periksa dan perbarui.")
	if a := n.Anggaran; a != nil {
		a.Tahun = baru
		kosongkanTabel(a.Rincian)
		if a.Jumlah != nil {
			kosongkanRincian(a.Jumlah)
		}
		for i := range a.Belanja {
			r := &a.Belanja[i]
			*r = anggaran.Rekening{Kode: r.Kode, Uraian: r.Uraian}
		}
		if pk := a.PerjanjianKinerja; pk != nil {
			kosongkanTabel(pk.Rincian)
			if pk.Jumlah != nil {
				kosongkanRincian(pk.Jumlah)
			}
		}
		if len(a.Rincian) > 0 {
			catatan = append(catatan, fmt.Sprintf("%d baris anggaran disalin dengan kode dan nama; pagu dan realisasi tahun %d belum diisi: isi pagunya.", len(a.Rincian), baru))
		}
	}
	if k := n.Kinerja; k != nil {
		k.Tahun = baru
		if k.Renstra.PeriodeAkhir != 0 && baru > k.Renstra.PeriodeAkhir {
			catatan = append(catatan, fmt.Sprintf("Periode Renstra %d–%d sudah berakhir; tahun %d memerlukan Renstra baru.", k.Renstra.PeriodeAwal, k.Renstra.PeriodeAkhir, baru))
		}
		lupakanCetakan(k)
		var tanpaTarget []string
		target := map[string]*kinerja.Angka{}
		for i := range k.Indikator {
			ind := &k.Indikator[i]
			var t *kinerja.Angka
			if dt := ind.DataPada(baru); dt != nil && dt.Target != nil {
				t = dt.Target
			} else {
				if baru == k.Renstra.PeriodeAkhir && ind.TargetAkhir != nil {
					v := *ind.TargetAkhir
					t = &v
				}
				if dt == nil {
					ind.Tahun = append(ind.Tahun, kinerja.DataTahun{Tahun: baru, Target: t})
					urutkanTahun(ind.Tahun)
				} else {
					dt.Target = t
				}
			}
			if t == nil && ind.IKU {
				tanpaTarget = append(tanpaTarget, namaIndikator(ind))
			}
			target[ind.ID] = t
		}
		if len(tanpaTarget) > 0 {
			catatan = append(catatan, fmt.Sprintf("Target tahun %d belum ada di Renstra untuk %d IKU: %s; isi targetnya.", baru, len(tanpaTarget), daftarKurang(tanpaTarget)))
		}
		var iku int
		for i := range k.Indikator {
			if k.Indikator[i].IKU {
				iku++
			}
		}
		catatan = append(catatan, fmt.Sprintf("Renstra, %d sasaran dan %d indikator (%d IKU) disalin dengan rumus, polaritas dan satuannya; realisasi tahun %d tetap ada sebagai pembanding tahun sebelumnya, realisasi tahun %d belum diisi.", len(k.Sasaran), len(k.Indikator), iku, tahun, baru))
		pk := &k.PerjanjianKinerja
		if pk.Tahun != 0 || len(pk.Baris) > 0 {
			pk.Tahun = baru
		}
		for i := range pk.Baris {
			r := &pk.Baris[i]
			r.Target = nil
			if t, ok := target[r.IndikatorID]; ok && t != nil {
				v := *t
				r.Target = &v
			}
		}
	}
	catatan = append(catatan, fmt.Sprintf("Narasi: judul bab dan bagian serta tabel dan grafik yang dihasilkan disalin; paragraf tahun %d, tanggapan atas reviu tahun %d, kutipan angka dan angka yang dicetak dokumen lama dikosongkan: tulis narasi tahun %d.", tahun, tahun, baru))
	return n, catatan, nil
}

// lupakanCetakan drops what the old document printed besides the
// official figures: other wordings, printed capaian, quotations.
func lupakanCetakan(k *kinerja.Dokumen) {
	for i := range k.Sasaran {
		k.Sasaran[i].Tercetak, k.Sasaran[i].Capaian = nil, nil
	}
	for i := range k.Indikator {
		ind := &k.Indikator[i]
		ind.Tercetak = nil
		for j := range ind.Tahun {
			ind.Tahun[j].Capaian, ind.Tahun[j].Kutipan = nil, nil
		}
	}
}

// kosongkanTabel empties the amounts of rows: pagu and realisasi of next
// year are not known yet. A sub kegiatan without pagu is read by the data
// file and reported by the reviu (anggaran/pagu-kosong), and the totals
// above it say they are incomplete, so nothing stands in for the missing
// figure.
func kosongkanTabel(rows []anggaran.Rincian) {
	for i := range rows {
		kosongkanRincian(&rows[i])
	}
}

// kosongkanRincian keeps what places the row (code, level, name) and
// empties everything else, the fields added later included: they are this
// year's figures.
func kosongkanRincian(r *anggaran.Rincian) {
	*r = anggaran.Rincian{Kode: r.Kode, Tingkat: r.Tingkat, Uraian: r.Uraian, PaguRenstra: r.PaguRenstra} // the Renstra pagu is the period's, not this year's
}

func urutkanTahun(ts []kinerja.DataTahun) {
	for i := len(ts) - 1; i > 0 && ts[i].Tahun < ts[i-1].Tahun; i-- {
		ts[i], ts[i-1] = ts[i-1], ts[i]
	}
}

// namaIndikator names an IKU shortly in the notes: "IKU 3", or its name
// when it has no number.
func namaIndikator(ind *kinerja.Indikator) string {
	if ind.Nomor != "" {
		return "IKU " + ind.Nomor
	}
	return ind.Nama
}

// kerangkaNarasi keeps the outline of the narrative: titles and penanda
// blocks.
func kerangkaNarasi(n Narasi) Narasi {
	return Narasi{
		KataPengantar: hanyaPenanda(n.KataPengantar),
		Ikhtisar:      hanyaPenanda(n.Ikhtisar),
		Bab1:          kerangkaBagian(n.Bab1),
		Bab2:          kerangkaBagian(n.Bab2),
		Bab3:          kerangkaBagian(n.Bab3),
		Bab4:          hanyaPenanda(n.Bab4),
	}
}

func kerangkaBagian(bs []Bagian) []Bagian {
	if bs == nil {
		return nil
	}
	out := make([]Bagian, len(bs))
	for i, b := range bs {
		out[i] = Bagian{Judul: b.Judul, Teks: hanyaPenanda(b.Teks), Sub: kerangkaBagian(b.Sub)}
	}
	return out
}

func hanyaPenanda(t Teks) Teks {
	var out Teks
	for _, b := range t {
		s := strings.TrimSpace(b)
		if strings.HasPrefix(s, "{{") && strings.HasSuffix(s, "}}") && !strings.Contains(s[2:len(s)-2], "{{") {
			out = append(out, s)
		}
	}
	return out
}
