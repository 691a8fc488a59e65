package kinerja

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// Check returns the findings of the reviu of d for reporting year tahun
// (0: d.Tahun), in a stable order (Renstra, sasaran, indicators by
// position and year, indicators compared with each other, Perjanjian
// Kinerja, budget codes). Each [Temuan] has the stable Kode and the
// severity of one rule of [DaftarAturan].
//
// A negative figure is a typing error (the counts and percentages of an
// indicator cannot be below zero): it is reported once, as
// kinerja/angka-negatif, and nothing is derived from it: no capaian (see
// [ComputeCapaian]), no realisasi from the formula parts, no implied
// penyebut, no breakdown sums, no change from the previous year.
//
// Check is Compute(d, tahun, o, nil).Temuan.
func Check(d *Dokumen, tahun int, o Opsi) []Temuan {
	return Compute(d, tahun, o, nil).Temuan
}

// DaftarAturan lists every rule of [Check], one value per rule: the
// severity of a finding comes from here. Add a rule here (and its check
// and test); the README table of finding codes is generated from this
// list (go test ./lkip -run TestTabelAturanREADME -update).
var DaftarAturan = []anggaran.Aturan{
	{Kode: "kinerja/renstra-induk", Tingkat: Kesalahan, Judul: "Butir Renstra tanpa induk",
		Arti: "A tujuan, sasaran, strategi or kebijakan of the Renstra whose parent number does not exist."},
	{Kode: "kinerja/renstra-periode", Tingkat: Peringatan, Judul: "Tahun di luar periode Renstra",
		Arti: "The reporting year lies outside the Renstra period."},
	{Kode: "kinerja/sasaran-renstra", Tingkat: Catatan, Judul: "Sasaran strategis tidak ada di Renstra",
		Arti: "A sasaran with IKU that is not listed as a Renstra sasaran: its IKU cannot be traced to a tujuan and misi."},
	{Kode: "kinerja/sasaran-pk-renstra", Tingkat: Peringatan, Judul: "Sasaran PK tidak ada di Renstra",
		Arti: "A sasaran used by the Perjanjian Kinerja (without IKU) that is not a Renstra sasaran."},
	{Kode: "kinerja/sasaran-renstra-tidak-ada", Tingkat: Kesalahan, Judul: "Rujukan sasaran Renstra tidak ada",
		Arti: "A sasaran refers to a Renstra sasaran number that does not exist."},
	{Kode: "kinerja/sasaran-nama", Tingkat: Catatan, Judul: "Rumusan sasaran berbeda",
		Arti: "A sasaran printed with another wording than the Renstra's or than elsewhere in the document."},
	{Kode: "kinerja/sasaran-strategi", Tingkat: Peringatan, Judul: "Strategi ditulis sebagai sasaran",
		Arti: "A table prints a Renstra strategi where the sasaran strategis belongs."},
	{Kode: "kinerja/sasaran-tanpa-iku", Tingkat: Peringatan, Judul: "Sasaran tanpa IKU",
		Arti: "A sasaran strategis (one of the Renstra, or with indicators) that has no IKU: its achievement cannot be measured."},
	{Kode: "kinerja/indikator-sasaran", Tingkat: Peringatan, Judul: "Indikator tanpa sasaran",
		Arti: "An indicator linked to no sasaran."},
	{Kode: "kinerja/indikator-sasaran-tidak-ada", Tingkat: Kesalahan, Judul: "Sasaran indikator tidak ada",
		Arti: "An indicator linked to a sasaran that is not in the list of sasaran."},
	{Kode: "kinerja/indikator-nama", Tingkat: Catatan, Judul: "Rumusan indikator berbeda",
		Arti: "An indicator printed with another wording elsewhere in the document."},
	{Kode: "kinerja/rumus-kosong", Tingkat: Peringatan, Judul: "IKU tanpa rumus",
		Arti: "An IKU without a formula: its realisasi cannot be checked."},
	{Kode: "kinerja/rumus-sama", Tingkat: Kesalahan, Judul: "Pembilang sama dengan penyebut",
		Arti: "Pembilang and penyebut defined by the same text, so the indicator is always 100 %."},
	{Kode: "kinerja/polaritas-janggal", Tingkat: Peringatan, Judul: "Polaritas tidak masuk akal",
		Arti: "An indicator marked positive (higher is better) whose name measures a quantity that is better lower (poverty, stunting, malnutrition, cases, mortality, unemployment, …; see polaritasNegatif for the word list)."},
	{Kode: "kinerja/target-akhir", Tingkat: Catatan, Judul: "Target akhir Renstra tidak ada",
		Arti: "An IKU without a Renstra end target."},
	{Kode: "kinerja/target-kosong", Tingkat: Peringatan, Judul: "Target tidak ada",
		Arti: "An IKU without target (or without any data) for a year."},
	{Kode: "kinerja/target-nol", Tingkat: Peringatan, Judul: "Target 0",
		Arti: "A target of 0: the capaian cannot be computed, except a negative-polarity indicator with realisasi 0 under Opsi.TargetNol (then it is achieved and no finding is given)."},
	{Kode: "kinerja/angka-negatif", Tingkat: Kesalahan, Judul: "Angka negatif",
		Arti: "A negative target, realisasi, formula part, breakdown figure, end or PK target: a typing error; nothing is derived from it."},
	{Kode: "kinerja/realisasi-kosong", Tingkat: Peringatan, Judul: "Realisasi tidak ada",
		Arti: "An IKU without realisasi in the reporting year."},
	{Kode: "kinerja/realisasi-rumus", Tingkat: Kesalahan, Judul: "Realisasi berbeda dengan rumus",
		Arti: "The printed realisasi differs from the one the formula parts imply, beyond rounding or truncation."},
	{Kode: "kinerja/realisasi-dipotong", Tingkat: Peringatan, Judul: "Realisasi dipotong, bukan dibulatkan",
		Arti: "The printed realisasi is the formula's value truncated, not rounded, at its printed decimals: the same severity as any truncated figure of the document."},
	{Kode: "kinerja/realisasi-dibulatkan", Tingkat: Catatan, Judul: "Realisasi dibulatkan ke desimal lebih sedikit",
		Arti: "The printed realisasi is the formula's value correctly rounded to fewer decimals than Opsi.Bulat."},
	{Kode: "kinerja/persentase-lebih-100", Tingkat: Peringatan, Judul: "Persentase di atas 100%",
		Arti: "A persentase (a share of a population) above 100 %, printed or by formula, on an indicator not marked boleh_lebih_100."},
	{Kode: "kinerja/penyebut-tersirat", Tingkat: Catatan, Judul: "Penyebut tersirat",
		Arti: "Pembilang known, penyebut not printed: the penyebut the realisasi implies, compared with other indicators counting the same population."},
	{Kode: "kinerja/penyebut-berbeda", Tingkat: Peringatan, Judul: "Penyebut yang sama dicetak berbeda",
		Arti: "Two indicators define their penyebut with the same text but print a different figure for it in the same year: one quantity, two values."},
	{Kode: "kinerja/kutipan-beda", Tingkat: Kesalahan, Judul: "Kutipan target/realisasi berbeda",
		Arti: "A target or realisasi quoted elsewhere differs from the table: one figure, two values."},
	{Kode: "kinerja/rincian-jumlah", Tingkat: Peringatan, Judul: "Rincian tidak sama dengan totalnya",
		Arti: "A breakdown that does not add up to its stated total."},
	{Kode: "kinerja/rincian-satuan", Tingkat: Peringatan, Judul: "Rincian mencampur satuan",
		Arti: "A breakdown mixing units, which cannot be summed."},
	{Kode: "kinerja/rincian-bagian", Tingkat: Kesalahan, Judul: "Total rincian berbeda dengan bagian rumus",
		Arti: "A breakdown total different from the formula part (pembilang or penyebut) it details."},
	{Kode: "kinerja/triwulan-jumlah", Tingkat: Kesalahan, Judul: "Realisasi tidak sama dengan triwulannya",
		Arti: "The year's realisasi differs from what its realisasi_triwulan give: their sum for a unit that can be summed, the last quarter reported for a percentage, index, ratio or rate (equal within 0,01)."},
	{Kode: "kinerja/triwulan-satuan", Tingkat: Peringatan, Judul: "Satuan yang tak terjumlah dijumlahkan antartriwulan",
		Arti: "The year's realisasi of a percentage, index, ratio or rate (\"Orang / Bulan\") is the sum of its quarters, as if it were a count: the value at the end of the last quarter is the year's."},
	{Kode: "kinerja/triwulan-melebihi-target", Tingkat: Peringatan, Judul: "Satu triwulan melebihi target setahun",
		Arti: "The realisasi of a single quarter of a count with positive polarity is above the whole year's target: a cumulative figure entered as a quarter's, or a typing error."},
	{Kode: "kinerja/capaian-tercetak", Tingkat: Kesalahan, Judul: "Capaian tercetak berbeda dengan hitungan",
		Arti: "A capaian printed for an indicator (in its table or quoted elsewhere) or for a sasaran (the mean of its IKU) that differs from the one computed from the printed target and realisasi, compared at the printed precision (98,8 at 1 decimal: equal when the computed value rounded half up to 1 decimal is 98,8). The report prints the computed value."},
	{Kode: "kinerja/capaian-dipotong", Tingkat: Peringatan, Judul: "Capaian dipotong, bukan dibulatkan",
		Arti: "The printed capaian is the computed one truncated, not rounded, at its printed decimals: the same kind of mistake, and the same severity, as kinerja/realisasi-dipotong."},
	{Kode: "kinerja/polaritas-rumus", Tingkat: Kesalahan, Judul: "Capaian dihitung dengan rumus polaritas lain",
		Arti: "The printed capaian of a negative-polarity indicator equals realisasi / target × 100 (the positive formula), or that of a positive one equals a negative formula ((2T − R) / T or T / R), and not the formula of its own polarity: the capaian is scored the wrong way round, or the polarity is wrong."},
	{Kode: "kinerja/capaian-ekstrem", Tingkat: Peringatan, Judul: "Capaian jauh dari 100%",
		Arti: "A capaian in the reporting year above Opsi.Wajar.Atas (200 %) or below Opsi.Wajar.Bawah (25 %): the target should be reviewed."},
	{Kode: "kinerja/realisasi-kembar", Tingkat: Catatan, Judul: "Realisasi kembar",
		Arti: "Two IKU of a sasaran report the same realisasi with decimals in one year (copied?)."},
	{Kode: "kinerja/pembilang-sama", Tingkat: Catatan, Judul: "Pembilang sama, realisasi berbeda",
		Arti: "Two indicators of a sasaran with the same pembilang (≥ 100) but different realisasi: their penyebut differ for the same data."},
	{Kode: "kinerja/pk-kosong", Tingkat: Catatan, Judul: "Perjanjian Kinerja tidak ada",
		Arti: "IKU but no Perjanjian Kinerja rows."},
	{Kode: "kinerja/pk-tahun", Tingkat: Peringatan, Judul: "PK tahun lain",
		Arti: "A Perjanjian Kinerja of another year than the reporting year."},
	{Kode: "kinerja/pk-sasaran", Tingkat: Peringatan, Judul: "Baris PK tanpa sasaran",
		Arti: "A Perjanjian Kinerja row linked to no sasaran."},
	{Kode: "kinerja/pk-sasaran-tidak-ada", Tingkat: Kesalahan, Judul: "Sasaran baris PK tidak ada",
		Arti: "A Perjanjian Kinerja row linked to a sasaran that is not in the list."},
	{Kode: "kinerja/pk-indikator", Tingkat: Kesalahan, Judul: "Indikator PK tidak ada",
		Arti: "A Perjanjian Kinerja row linked to an unknown indicator."},
	{Kode: "kinerja/pk-rumusan", Tingkat: Catatan, Judul: "Rumusan indikator PK berbeda",
		Arti: "A PK indicator worded differently from the indicator it is linked to."},
	{Kode: "kinerja/pk-target-kosong", Tingkat: Peringatan, Judul: "Indikator PK tanpa target",
		Arti: "A Perjanjian Kinerja row without target."},
	{Kode: "kinerja/pk-target-beda", Tingkat: Kesalahan, Judul: "Target PK berbeda",
		Arti: "A PK target different from the linked indicator's target for that year."},
	{Kode: "kinerja/pk-tanpa-iku", Tingkat: Peringatan, Judul: "PK tanpa IKU",
		Arti: "None of the IKU appears in the Perjanjian Kinerja."},
	{Kode: "kinerja/pk-iku", Tingkat: Peringatan, Judul: "IKU tidak ada di PK",
		Arti: "An IKU that does not appear in the Perjanjian Kinerja."},
	{Kode: "kinerja/pk-bukan-iku", Tingkat: Catatan, Judul: "Indikator PK bukan IKU",
		Arti: "The Perjanjian Kinerja rows that are not IKU (output indicators of sub kegiatan), counted."},
	{Kode: "kinerja/sasaran-tanpa-anggaran", Tingkat: Peringatan, Judul: "Sasaran tanpa anggaran",
		Arti: "A sasaran with IKU that no program, kegiatan or sub kegiatan of the PK serves."},
	{Kode: "kinerja/anggaran-kode", Tingkat: Peringatan, Judul: "Kode anggaran tidak dikenal",
		Arti: "A budget code serving a sasaran that the budget data (SumberAnggaran) does not know; efficiency is computed without it."},
}

// fmtAngka writes a figure as printed, with its unit: "6,77%", "181.395 jiwa".
func fmtAngka(v decimal.Decimal, desimal int32, satuan string) string {
	return anggaran.FormatSatuan(v, desimal, satuan)
}

func fmtTercetak(a *Angka, satuan string) string {
	if a == nil {
		return "tidak ada"
	}
	return fmtAngka(a.Nilai, a.Desimal(), satuan)
}

type pemeriksa struct {
	d           *Dokumen
	h           *Hasil
	o           Opsi
	bulat       anggaran.Bulat // o.bulat()
	wajar       Ambang         // o.wajar()
	ts          [][]Temuan     // the findings in blocks (tambah), joined by semua
	tahunWajib  []int          // years every IKU should have (tahunIKU)
	idSasaran   map[string]int // sasaran ID → position
	idIndikator map[string]int // indicator ID → position
	pertamaID   []int          // indicator → the position of the first with its ID

	aturan          anggaran.Aturan // the rule of the last finding (tambah)
	sasaranTerakhir string          // the last sasaran ID adaSasaran found, when sasaranAda
	sasaranAda      bool
	normalOf        map[string]string // normalSekali
	bufA, bufB      []byte            // samaNormal's scratch
	kal             kalimat           // the message being written
}

// negatif reports figure a when it is below zero (kinerja/angka-negatif): apa
// names it ("Target tahun 2022"), akibat says what is not computed.
func (p *pemeriksa) negatif(a *Angka, satuan string, l Lokasi, apa, akibat string) {
	if a == nil || !a.Nilai.IsNegative() {
		return
	}
	t := fmtTercetak(a, satuan)
	p.tambah("kinerja/angka-negatif", l, t, "",
		strings.TrimSpace(fmt.Sprintf("%s bernilai negatif (%s); angka kinerja tidak mungkin di bawah nol, kemungkinan tanda minus salah ketik. %s", apa, t, akibat)))
}

func negatif(a *Angka) bool { return a != nil && a.Nilai.IsNegative() }

// tambah adds a finding of the rule kode, with the rule's severity (see
// [DaftarAturan]; TestDaftarAturan keeps every code used here in it).
func (p *pemeriksa) tambah(kode string, l Lokasi, tercetak, terhitung, pesan string) {
	if p.aturan.Kode != kode {
		p.aturan, _ = anggaran.CariAturan(DaftarAturan, kode)
		p.aturan.Kode = kode
	}
	// A full block is kept and a new one begun, twice as large up to
	// 1024 findings: one slice grown by append would be copied again and
	// again on a document with thousands of findings.
	n := len(p.ts)
	if n == 0 || len(p.ts[n-1]) == cap(p.ts[n-1]) {
		ukuran := 8
		if n > 0 {
			ukuran = min(2*cap(p.ts[n-1]), 1024)
		}
		p.ts = append(p.ts, make([]Temuan, 0, ukuran))
		n++
	}
	p.ts[n-1] = append(p.ts[n-1], Temuan{Kode: kode, Tingkat: p.aturan.Tingkat, Lokasi: l, Tercetak: tercetak, Terhitung: terhitung, Pesan: pesan})
}

// semua returns the findings in the order they were made, in one slice
// of their exact number; nil when there are none.
func (p *pemeriksa) semua() []Temuan {
	switch len(p.ts) {
	case 0:
		return nil
	case 1:
		return p.ts[0]
	}
	n := 0
	for _, b := range p.ts {
		n += len(b)
	}
	ts := make([]Temuan, 0, n)
	for _, b := range p.ts {
		ts = append(ts, b...)
	}
	return ts
}

func periksa(d *Dokumen, h *Hasil, o Opsi) []Temuan {
	p := &pemeriksa{d: d, h: h, o: o, bulat: o.bulat(), wajar: o.wajar(),
		idSasaran: make(map[string]int, len(d.Sasaran)), idIndikator: make(map[string]int, len(d.Indikator))}
	for i, s := range d.Sasaran {
		if _, ada := p.idSasaran[s.ID]; !ada {
			p.idSasaran[s.ID] = i
		}
	}
	p.pertamaID = make([]int, len(d.Indikator))
	for i := range d.Indikator {
		id := d.Indikator[i].ID
		x, ada := p.idIndikator[id]
		if !ada {
			x = i
			p.idIndikator[id] = i
		}
		p.pertamaID[i] = x
	}
	p.tahunWajib = p.tahunIKU()
	p.renstra()
	p.sasaran()
	p.capaianSasaran()
	for i := range d.Indikator {
		p.indikator(i)
	}
	p.triwulan() // triwulan.go
	p.kembar()
	p.penyebutBerbeda()
	p.pk()
	p.tanpaAnggaran()
	p.anggaran()
	return p.semua()
}

func (p *pemeriksa) renstra() {
	r := p.d.Renstra
	if r.PeriodeAwal != 0 && r.PeriodeAkhir != 0 && (p.h.Tahun < r.PeriodeAwal || p.h.Tahun > r.PeriodeAkhir) {
		p.tambah("kinerja/renstra-periode", Lokasi{Bagian: "Bab II B", Tabel: "Renstra", Path: "renstra.periode_akhir"},
			fmt.Sprintf("%d–%d", r.PeriodeAwal, r.PeriodeAkhir), fmt.Sprint(p.h.Tahun),
			fmt.Sprintf("Tahun laporan %d di luar periode Renstra %d–%d; gunakan Renstra yang berlaku.", p.h.Tahun, r.PeriodeAwal, r.PeriodeAkhir))
	}
	ada := map[string]bool{}
	for _, l := range [][]Butir{r.Misi, r.Tujuan, r.Sasaran, r.Strategi, r.Kebijakan} {
		for _, b := range l {
			ada[b.Nomor] = true
		}
	}
	tingkat := []struct {
		kunci, nama, induk string
		l                  []Butir
	}{
		{"tujuan", "Tujuan", "misi", r.Tujuan},
		{"sasaran", "Sasaran", "tujuan", r.Sasaran},
		{"strategi", "Strategi", "sasaran", r.Strategi},
		{"kebijakan", "Kebijakan", "strategi", r.Kebijakan},
	}
	for _, t := range tingkat {
		for i, b := range t.l {
			if ind := b.Induk(); !ada[ind] {
				p.tambah("kinerja/renstra-induk", Lokasi{Bagian: "Bab II B", Tabel: "Renstra", Baris: b.Nomor, Path: fmt.Sprintf("renstra.%s[%d].nomor", t.kunci, i)},
					b.Nomor, "", fmt.Sprintf("%s %s tidak mempunyai induk: %s %s tidak ada dalam Renstra.", t.nama, b.Nomor, t.induk, ind))
			}
		}
	}
}

func (p *pemeriksa) sasaran() {
	r := p.d.Renstra
	adaIKU := map[string]bool{}
	for i := range p.d.Indikator {
		if ind := &p.d.Indikator[i]; ind.IKU {
			adaIKU[ind.Sasaran] = true
		}
	}
	diPK := map[string]bool{}
	for k := range p.d.PerjanjianKinerja.Baris {
		diPK[p.d.PerjanjianKinerja.Baris[k].Sasaran] = true
	}
	for i, s := range p.d.Sasaran {
		jalur := fmt.Sprintf("sasaran[%d]", i)
		lok := Lokasi{Bagian: "Bab II C", Baris: s.Uraian, Path: jalur + ".renstra"}
		if s.Renstra != "" && !adaIKU[s.ID] {
			p.tambah("kinerja/sasaran-tanpa-iku", Lokasi{Bagian: "Bab II C", Baris: s.Uraian, Path: jalur}, "", "0 IKU",
				fmt.Sprintf("Sasaran strategis %q tidak mempunyai IKU; ketercapaiannya tidak dapat diukur. Tetapkan paling sedikit satu IKU untuk setiap sasaran strategis.", s.Uraian))
		}
		if s.Renstra == "" {
			switch {
			case adaIKU[s.ID]:
				p.tambah("kinerja/sasaran-renstra", lok, "", "",
					fmt.Sprintf("Sasaran strategis %q tidak tercantum sebagai sasaran dalam Renstra; IKU-nya tidak dapat ditelusuri ke tujuan dan misi.", s.Uraian))
			case diPK[s.ID]:
				lok.Bagian = "Bab II D"
				lok.Tabel = "Perjanjian Kinerja"
				p.tambah("kinerja/sasaran-pk-renstra", lok, "", "",
					fmt.Sprintf("Sasaran %q dipakai dalam Perjanjian Kinerja tetapi tidak tercantum sebagai sasaran dalam Renstra; PK seharusnya memuat sasaran strategis Renstra, dan indikator serta anggarannya tidak dapat ditelusuri ke tujuan dan misi.", s.Uraian))
			}
		} else {
			var rb *Butir
			for k := range r.Sasaran {
				if r.Sasaran[k].Nomor == s.Renstra {
					rb = &r.Sasaran[k]
				}
			}
			if rb == nil {
				p.tambah("kinerja/sasaran-renstra-tidak-ada", lok, s.Renstra, "",
					fmt.Sprintf("Sasaran %q merujuk sasaran Renstra %s yang tidak ada.", s.Uraian, s.Renstra))
			} else if !p.samaNormal(rb.Uraian, s.Uraian) {
				p.tambah("kinerja/sasaran-nama", lok, s.Uraian, rb.Uraian,
					fmt.Sprintf("Rumusan sasaran berbeda dari sasaran Renstra %s.", s.Renstra))
			}
		}
		for k, t := range s.Tercetak {
			if p.samaNormal(t.Teks, s.Uraian) {
				continue
			}
			lok := Lokasi{Bagian: t.Sumber, Baris: s.Uraian, Path: fmt.Sprintf("%s.tercetak[%d].teks", jalur, k)}
			strategi := ""
			for _, st := range r.Strategi {
				if p.samaNormal(st.Uraian, t.Teks) {
					strategi = st.Nomor
				}
			}
			if strategi != "" {
				p.tambah("kinerja/sasaran-strategi", lok, t.Teks, s.Uraian,
					fmt.Sprintf("%s menuliskan strategi %s sebagai sasaran strategis; rumusan sasaran seharusnya %q.", t.Sumber, strategi, s.Uraian))
				continue
			}
			p.tambah("kinerja/sasaran-nama", lok, t.Teks, s.Uraian,
				fmt.Sprintf("Sasaran ditulis berbeda di %s.", t.Sumber))
		}
	}
}

func (p *pemeriksa) indikator(i int) {
	ind := &p.d.Indikator[i]
	hi := &p.h.Indikator[i]
	jalur := func(sisa string) string { return jalurIndikator(i, sisa) }
	var nama string // the row as the tables print it, made for the first finding
	lok := func(tabel, kolom, path string) Lokasi {
		if nama == "" {
			nama = namaBaris(ind)
		}
		return Lokasi{Bagian: "Bab III A", Tabel: tabel, Baris: nama, Kolom: kolom, Path: path}
	}
	switch {
	case ind.Sasaran == "":
		p.tambah("kinerja/indikator-sasaran", lok("", "sasaran", jalur(".sasaran")), "", "",
			"Indikator tidak dikaitkan dengan sasaran mana pun.")
	case !p.adaSasaran(ind.Sasaran):
		p.tambah("kinerja/indikator-sasaran-tidak-ada", lok("", "sasaran", jalur(".sasaran")), ind.Sasaran, "",
			fmt.Sprintf("Sasaran %q tidak ada dalam daftar sasaran.", ind.Sasaran))
	}
	for k, t := range ind.Tercetak {
		if !p.samaNormal(t.Teks, ind.Nama) {
			l := lok("", "nama", jalur(fmt.Sprintf(".tercetak[%d].teks", k)))
			l.Bagian = t.Sumber
			p.tambah("kinerja/indikator-nama", l, t.Teks, ind.Nama, fmt.Sprintf("Indikator ditulis berbeda di %s.", t.Sumber))
		}
	}
	if ind.Rumus == nil && ind.IKU {
		p.tambah("kinerja/rumus-kosong", lok("", "rumus", jalur(".rumus")), "", "",
			"IKU tidak mempunyai rumus; realisasi tidak dapat diperiksa.")
	}
	if r := ind.Rumus; r != nil && r.Pembilang != "" && p.samaNormal(r.Pembilang, r.Penyebut) {
		p.tambah("kinerja/rumus-sama", lok("Tabel 3.1", "rumus", jalur(".rumus.penyebut")), r.Penyebut, "",
			"Pembilang dan penyebut rumus didefinisikan dengan teks yang sama, sehingga hasilnya selalu 100% dan indikator tidak mengukur apa pun; pembilang seharusnya menghitung yang sudah tercapai atau terlayani, penyebut seluruh populasi sasaran indikator yang menjadi ukurannya.")
	}
	if ind.Polaritas == Positif {
		if kata := lebihBaikRendah(ind.Nama); kata != "" {
			p.tambah("kinerja/polaritas-janggal", lok("", "polaritas", jalur(".polaritas")), "positif", "negatif",
				fmt.Sprintf("Indikator mengukur %q, besaran yang lebih baik bila lebih rendah, tetapi polaritasnya positif; capaiannya dihitung terbalik (realisasi yang naik dinilai membaik). Periksa polaritasnya, atau ubah rumusan indikator bila yang diukur memang penanganannya.", kata))
		}
	}
	if ind.IKU && ind.TargetAkhir == nil {
		p.tambah("kinerja/target-akhir", lok("", "target akhir", jalur(".target_akhir")), "", "",
			"Target akhir Renstra tidak dicantumkan; kemajuan terhadap target akhir tidak dapat dihitung.")
	}
	if negatif(ind.TargetAkhir) {
		p.negatif(ind.TargetAkhir, ind.Satuan, lok("", "target akhir", jalur(".target_akhir")), "Target akhir Renstra",
			"Kemajuan terhadap target akhir tidak dihitung.")
	}
	// years every IKU should have: those of any IKU, up to the reporting year
	if ind.IKU {
		for _, t := range p.tahunWajib {
			if ind.DataPada(t) == nil {
				p.tambah("kinerja/target-kosong", lok("", kolomTahun("target", t), jalur(".tahun")), "", "",
					fmt.Sprintf("Tidak ada target dan realisasi tahun %d.", t))
			}
		}
	}
	for k := range hi.Tahun {
		p.tahun(i, ind, hi, &hi.Tahun[k], lok)
	}
}

func (p *pemeriksa) adaIKU() bool {
	for i := range p.d.Indikator {
		if p.d.Indikator[i].IKU {
			return true
		}
	}
	return false
}

// adaSasaran reports whether a sasaran has ID id. The last ID found is
// remembered: the indicators and PK rows of one sasaran usually follow
// each other.
func (p *pemeriksa) adaSasaran(id string) bool {
	if p.sasaranAda && id == p.sasaranTerakhir {
		return true
	}
	_, ada := p.idSasaran[id]
	if ada {
		p.sasaranTerakhir, p.sasaranAda = id, true
	}
	return ada
}

// tahunSama reports whether a and b hold the same years, in order.
func tahunSama(a, b []DataTahun) bool {
	if len(a) != len(b) {
		return false
	}
	for j := range a {
		if a[j].Tahun != b[j].Tahun {
			return false
		}
	}
	return true
}

func (p *pemeriksa) tahunIKU() []int {
	set := map[int]bool{p.h.Tahun: true}
	var lalu []DataTahun // the years of the IKU before: the same add none
	for i := range p.d.Indikator {
		ind := &p.d.Indikator[i]
		if !ind.IKU || tahunSama(ind.Tahun, lalu) {
			continue
		}
		for j := range ind.Tahun {
			if t := ind.Tahun[j].Tahun; t <= p.h.Tahun {
				set[t] = true
			}
		}
		lalu = ind.Tahun
	}
	var out []int
	for t := range set {
		out = append(out, t)
	}
	sort.Ints(out)
	return out
}

func (p *pemeriksa) tahun(i int, ind *Indikator, hi *HasilIndikator, s *Skor, lok func(tabel, kolom, path string) Lokasi) {
	dt := &ind.Tahun[s.Indeks]
	tabel := dt.Sumber
	b := p.bulat
	// di is the location of column kolom of the year ("target 2022") at
	// path sisa below it ("indikator[i].tahun[j]" + sisa): the texts of a
	// finding, made only for one.
	di := func(kolom, sisa string) Lokasi {
		return lok(tabel, kolomTahun(kolom, dt.Tahun), jalurTahun(i, s.Indeks, sisa))
	}
	if negatif(dt.Target) || negatif(dt.Realisasi) || negatif(dt.Pembilang) || negatif(dt.Penyebut) {
		for _, c := range [...]struct {
			a      *Angka
			satuan string
			kolom  string
			apa    string
		}{
			{dt.Target, ind.Satuan, "target", "Target"},
			{dt.Realisasi, ind.Satuan, "realisasi", "Realisasi"},
			{dt.Pembilang, "", "pembilang", "Pembilang"},
			{dt.Penyebut, "", "penyebut", "Penyebut"},
		} {
			if !negatif(c.a) {
				continue
			}
			akibat := fmt.Sprintf("Capaian tahun %d tidak dihitung.", dt.Tahun)
			switch c.kolom {
			case "realisasi":
				akibat += " Perbandingan dengan rumus dan dengan tahun sebelumnya juga tidak dihitung."
			case "pembilang", "penyebut":
				akibat = "Realisasi menurut rumus dan pemeriksaan turunannya tidak dihitung."
			}
			p.negatif(c.a, c.satuan, di(c.kolom, "."+c.kolom), fmt.Sprintf("%s tahun %d", c.apa, dt.Tahun), akibat)
		}
	}
	for k, a := range dt.RealisasiPeriode {
		if negatif(a) {
			p.negatif(a, ind.Satuan, di(fmt.Sprintf("realisasi periode %d", k+1), fmt.Sprintf(".realisasi_periode[%d]", k)),
				fmt.Sprintf("Realisasi periode %d tahun %d", k+1, dt.Tahun), "Periode ini tidak dipakai sebagai nilai akhir.")
		}
	}
	switch {
	case dt.Target == nil:
		p.tambah("kinerja/target-kosong", di("target", ".target"), "", "",
			fmt.Sprintf("Target tahun %d tidak ada; capaian tidak dapat dihitung.", dt.Tahun))
	case dt.Target.Nilai.IsZero() && s.Capaian.Nilai != nil:
		// achieved under Opsi.TargetNol: nothing to report
	case dt.Target.Nilai.IsZero():
		pesan := fmt.Sprintf("Target tahun %d adalah 0; capaian tidak dapat dihitung (bukan 0%% dan bukan 100%%).", dt.Tahun)
		if dt.Capaian != nil {
			pesan += fmt.Sprintf(" Dokumen mencetak capaian %s, yang tidak berdasar pada rumus.", fmtTercetak(dt.Capaian, "%"))
		}
		if ind.Polaritas == Negatif && dt.Realisasi != nil && dt.Realisasi.Nilai.IsZero() {
			pesan += " Untuk indikator berpolaritas negatif dengan realisasi 0, target tercapai bila Pemda menetapkan aturan itu (Opsi.TargetNol: TargetNolNegatifTercapai, capaian 100%)."
		}
		p.tambah("kinerja/target-nol", di("target", ".target"), fmtTercetak(dt.Target, ind.Satuan), "", pesan)
	}
	if dt.Capaian != nil {
		p.capaianTercetak(ind, hi, s, dt.Capaian, func() Lokasi { return di("capaian", ".capaian") }, sumberAtau(tabel))
	}
	if dt.Realisasi == nil && ind.IKU && dt.Tahun == p.h.Tahun {
		p.tambah("kinerja/realisasi-kosong", di("realisasi", ".realisasi"), "", "",
			fmt.Sprintf("Realisasi tahun %d tidak ada; capaian tidak dapat dihitung.", dt.Tahun))
	}
	// realisasi implied by the formula parts
	if s.RealisasiRumus != nil && dt.Realisasi != nil && !negatif(dt.Realisasi) && banding(dt.Realisasi.Nilai, *s.RealisasiRumus) != 0 {
		p.realisasiRumus(ind, dt, s, di("realisasi", ".realisasi"))
	}
	if ind.Rumus != nil && dt.Pembilang != nil && dt.Penyebut == nil && dt.Realisasi != nil && !negatif(dt.Pembilang) &&
		dt.Realisasi.Nilai.IsPositive() && !dt.Realisasi.Nilai.Equal(ind.Rumus.Pengali) {
		v := dt.Pembilang.Nilai.Mul(ind.Rumus.Pengali).DivRound(dt.Realisasi.Nilai, 0)
		pesan := fmt.Sprintf("Penyebut (%s) tidak dicantumkan. Dari pembilang %s dan realisasi %s, penyebutnya sekitar %s",
			ind.Rumus.Penyebut, anggaran.FormatAngka(dt.Pembilang.Nilai, -1), fmtTercetak(dt.Realisasi, ind.Satuan), anggaran.FormatAngka(v, 0))
		if nama, lain := p.populasiSama(ind, dt.Tahun, v); len(lain) > 0 {
			pesan += fmt.Sprintf(". Indikator lain menyebut populasi yang sama (%s) tahun %d dengan jumlah berbeda: %s; satu populasi hanya mempunyai satu jumlah, jadi penyebut-penyebut ini bertentangan dan definisi atau data penyebutnya perlu diseragamkan.",
				nama, dt.Tahun, strings.Join(lain, ", "))
		} else {
			pesan += "; bandingkan dengan indikator lain yang memakai data yang sama."
		}
		p.tambah("kinerja/penyebut-tersirat", di("penyebut", ".penyebut"),
			"", anggaran.FormatAngka(v, 0), pesan)
	}
	p.lebih100(ind, dt, s, di)
	for k, q := range dt.Kutipan {
		jk := jalurTahun(i, s.Indeks, fmt.Sprintf(".kutipan[%d]", k))
		dikutip := func(kolom string) Lokasi {
			return Lokasi{Bagian: q.Sumber, Baris: hi.Nama, Kolom: kolomTahun(kolom, dt.Tahun), Path: jk + "." + kolom}
		}
		cek := func(kolom string, kutip, resmi *Angka) {
			if negatif(kutip) {
				p.negatif(kutip, ind.Satuan, dikutip(kolom),
					fmt.Sprintf("%s %d yang dikutip di %s", strings.ToUpper(kolom[:1])+kolom[1:], dt.Tahun, sumberAtau(q.Sumber)), "")
			}
			if kutip == nil || resmi == nil || kutip.Nilai.Equal(resmi.Nilai) {
				return
			}
			p.tambah("kinerja/kutipan-beda", dikutip(kolom), fmtTercetak(kutip, ind.Satuan), fmtTercetak(resmi, ind.Satuan),
				fmt.Sprintf("%s menyebut %s %d sebesar %s, sedangkan %s mencantumkan %s; keduanya angka yang sama dan harus sama.", q.Sumber, kolom, dt.Tahun,
					fmtTercetak(kutip, ind.Satuan), sumberAtau(tabel), fmtTercetak(resmi, ind.Satuan)))
		}
		cek("target", q.Target, dt.Target)
		cek("realisasi", q.Realisasi, dt.Realisasi)
		switch {
		case q.Capaian == nil:
		case dt.Capaian != nil && !q.Capaian.Nilai.Equal(dt.Capaian.Nilai):
			// a table and the sentence under it: one capaian, two values
			p.tambah("kinerja/kutipan-beda", dikutip("capaian"), fmtTercetak(q.Capaian, "%"), fmtTercetak(dt.Capaian, "%"),
				fmt.Sprintf("%s menyebut capaian %s tahun %d sebesar %s, sedangkan %s mencantumkan %s; keduanya angka yang sama dan harus sama.",
					q.Sumber, namaIndikator(ind), dt.Tahun, fmtTercetak(q.Capaian, "%"), sumberAtau(tabel), fmtTercetak(dt.Capaian, "%")))
		case dt.Capaian == nil:
			p.capaianTercetak(ind, hi, s, q.Capaian, func() Lokasi { return dikutip("capaian") }, q.Sumber)
		}
	}
	for k, r := range dt.Rincian {
		p.rincian(ind, dt, r, jalurTahun(i, s.Indeks, fmt.Sprintf(".rincian[%d]", k)), hi.Nama)
	}
	if c := s.Capaian; c.SebelumBatas != nil && dt.Tahun == p.h.Tahun {
		v := *c.SebelumBatas
		switch {
		case banding(v, p.wajar.Atas) > 0:
			capaian, realisasi, target := fmtAngka(v, b.Desimal, "%"), fmtTercetak(dt.Realisasi, ind.Satuan), fmtTercetak(dt.Target, ind.Satuan)
			p.tambah("kinerja/capaian-ekstrem", di("capaian", ".target"), target, capaian,
				"Capaian "+capaian+" jauh di atas 100% (realisasi "+realisasi+" terhadap target "+target+"); target kemungkinan terlalu rendah atau salah satuan dan perlu ditinjau.")
		case banding(v, p.wajar.Bawah) < 0:
			capaian, realisasi, target := fmtAngka(v, b.Desimal, "%"), fmtTercetak(dt.Realisasi, ind.Satuan), fmtTercetak(dt.Target, ind.Satuan)
			p.tambah("kinerja/capaian-ekstrem", di("capaian", ".target"), target, capaian,
				"Capaian "+capaian+" jauh di bawah target (realisasi "+realisasi+" terhadap target "+target+"); target atau data realisasi perlu ditinjau.")
		}
	}
}

// namaIndikator names an indicator for a staff member, never by its
// internal ID: "IKU 3 \"Persentase …\"" for a numbered IKU, else
// "indikator Renstra \"Jumlah …\"" (or "indikator \"…\"" when not numbered).
func namaIndikator(ind *Indikator) string {
	var buf [96]byte
	return string(appendNamaIndikator(buf[:0], ind))
}

// appendNamaIndikator appends [namaIndikator] of ind to b.
func appendNamaIndikator(b []byte, ind *Indikator) []byte {
	switch {
	case ind.IKU && ind.Nomor != "":
		b = append(append(append(b, "IKU "...), ind.Nomor...), ' ')
	case ind.Nomor != "":
		b = append(b, "indikator Renstra "...)
	default:
		b = append(b, "indikator "...)
	}
	return strconv.AppendQuote(b, ind.Nama)
}

// lebih100 reports a Persentase above 100 (kinerja/persentase-lebih-100):
// a share of a population cannot exceed the whole, so the pembilang
// counts people outside the penyebut's population or a figure is wrong.
// The reported realisasi is checked first, then the one the formula parts
// imply (path on the pembilang). An indicator marked BolehLebih100 is
// skipped.
func (p *pemeriksa) lebih100(ind *Indikator, dt *DataTahun, s *Skor, di func(kolom, sisa string) Lokasi) {
	if ind.Jenis != Persentase || ind.BolehLebih100 {
		return
	}
	r := dt.Realisasi
	lebihTercetak := r != nil && banding(r.Nilai, seratus) > 0
	lebihRumus := s.RealisasiRumus != nil && banding(*s.RealisasiRumus, seratus) > 0 && (r == nil || !negatif(r))
	if !lebihTercetak && !lebihRumus {
		return
	}
	awal, t, l := "Realisasi ", "", Lokasi{}
	if lebihTercetak {
		t, l = fmtTercetak(r, ind.Satuan), di("realisasi", ".realisasi")
	} else {
		awal, t, l = "Menurut rumus, realisasi ", fmtAngka(*s.RealisasiRumus, p.bulat.Desimal, "%"), di("pembilang", ".pembilang")
	}
	k := p.kalimat(awal).n(dt.Tahun).s(" ", t, " melebihi 100%; untuk persentase bagian dari suatu populasi, pembilang")
	if ind.Rumus != nil && ind.Rumus.Pembilang != "" && ind.Rumus.Penyebut != "" {
		k.s(" (", ind.Rumus.Pembilang, " / ", ind.Rumus.Penyebut, ")")
	}
	k.s(" tidak mungkin melebihi penyebutnya, jadi salah satunya diambil dari populasi lain atau datanya salah. Bila indikator ini memang dapat melebihi 100% (misalnya pertumbuhan), tandai boleh_lebih_100.")
	if dt.Pembilang != nil && dt.Penyebut != nil {
		k.s(" Pembilang ", anggaran.FormatAngka(dt.Pembilang.Nilai, -1), " lebih besar dari penyebut ", anggaran.FormatAngka(dt.Penyebut.Nilai, -1), ".")
	}
	p.tambah("kinerja/persentase-lebih-100", l, t, "paling tinggi 100%", k.teks())
}

func sumberAtau(s string) string {
	if s == "" {
		return "tabel"
	}
	return s
}

// populasi returns the population a penyebut definition counts, as a
// normalised key and as printed: the words after "Jumlah" up to the first
// qualifier ("yang", "dalam", …), so "Jumlah PMKS dalam 1 tahun yang
// seharusnya …" and "Jumlah PMKS yang ada" both count "PMKS". It returns
// "" when the text does not start with "Jumlah".
func populasi(teks string) (kunci, cetak string) {
	kata := strings.Fields(teks)
	if len(kata) < 2 || normal(kata[0]) != "jumlah" {
		return "", ""
	}
	var k, c []string
	for _, w := range kata[1:] {
		n := normal(w)
		switch n {
		case "yang", "dalam", "di", "pada", "selama", "untuk", "dari", "per":
			return strings.Join(k, " "), strings.TrimRight(strings.Join(c, " "), ",;:")
		}
		if n != "" {
			k = append(k, n)
			c = append(c, w)
		}
	}
	return strings.Join(k, " "), strings.TrimRight(strings.Join(c, " "), ",;:")
}

// penyebutTahun returns the penyebut of ind in year tahun: the one printed,
// else the one implied by the realisasi and the pembilang (or, lacking a
// pembilang, the sum of its breakdown, a lower bound). tersirat says it
// was implied. ok is false when neither can be had or a figure is
// negative.
func penyebutTahun(ind *Indikator, tahun int) (v decimal.Decimal, tersirat, ok bool) {
	dt := ind.DataPada(tahun)
	if dt == nil || ind.Rumus == nil {
		return v, false, false
	}
	if dt.Penyebut != nil {
		return dt.Penyebut.Nilai, false, !negatif(dt.Penyebut)
	}
	r := dt.Realisasi
	if r == nil || !r.Nilai.IsPositive() {
		return v, false, false
	}
	var pembilang *decimal.Decimal
	if dt.Pembilang != nil {
		if negatif(dt.Pembilang) {
			return v, false, false
		}
		pembilang = &dt.Pembilang.Nilai
	} else {
		for _, rc := range dt.Rincian {
			if rc.Bagian != "pembilang" {
				continue
			}
			jumlah, ada := decimal.Zero, false
			for _, b := range rc.Butir {
				if b.Nilai != nil && !negatif(b.Nilai) {
					jumlah, ada = jumlah.Add(b.Nilai.Nilai), true
				}
			}
			if ada {
				pembilang = &jumlah
				break
			}
		}
	}
	if pembilang == nil || !pembilang.IsPositive() {
		return v, false, false
	}
	return pembilang.Mul(ind.Rumus.Pengali).DivRound(r.Nilai, 0), true, true
}

// populasiSama lists the other indicators whose penyebut counts the same
// population as ind's (see [populasi]) in year tahun but with another
// figure than v ("IKU 3 168.010", "IKU 2 sekitar 4.564"), with the
// population's printed name.
func (p *pemeriksa) populasiSama(ind *Indikator, tahun int, v decimal.Decimal) (string, []string) {
	kunci, nama := populasi(ind.Rumus.Penyebut)
	if kunci == "" {
		return "", nil
	}
	var lain []string
	for j := range p.d.Indikator {
		x := &p.d.Indikator[j]
		if x == ind || x.Rumus == nil {
			continue
		}
		if k, _ := populasi(x.Rumus.Penyebut); k != kunci {
			continue
		}
		w, tersirat, ok := penyebutTahun(x, tahun)
		if !ok || w.Equal(v) {
			continue
		}
		label := namaIndikator(x)
		if x.IKU && x.Nomor != "" {
			label = "IKU " + x.Nomor
		}
		if tersirat {
			lain = append(lain, fmt.Sprintf("%s sekitar %s", label, anggaran.FormatAngka(w, 0)))
		} else {
			lain = append(lain, fmt.Sprintf("%s %s", label, anggaran.FormatAngka(w, -1)))
		}
	}
	return nama, lain
}

// realisasiRumus explains how the reported realisasi differs from the one
// the formula parts imply: rounded to fewer decimals, truncated, or simply
// different.
func (p *pemeriksa) realisasiRumus(ind *Indikator, dt *DataTahun, s *Skor, l Lokasi) {
	b := p.bulat
	n := dt.Pembilang.Nilai.Mul(ind.Rumus.Pengali)
	m := dt.Penyebut.Nilai
	cetak := dt.Realisasi.Nilai
	k := dt.Realisasi.Desimal()
	bulat := n.DivRound(m, k)
	potong, _ := n.QuoRem(m, k)
	hitung := *s.RealisasiRumus
	selisih := cetak.Sub(hitung)
	rumus := fmt.Sprintf("%s / %s × %s = %s", anggaran.FormatAngka(dt.Pembilang.Nilai, -1), anggaran.FormatAngka(m, -1),
		anggaran.FormatAngka(ind.Rumus.Pengali, -1), fmtAngka(hitung, b.Desimal, ind.Satuan))
	tercetak, terhitung := fmtTercetak(dt.Realisasi, ind.Satuan), fmtAngka(hitung, b.Desimal, ind.Satuan)
	beda := fmt.Sprintf("selisih %s poin", anggaran.FormatAngka(selisih, b.Desimal))
	switch {
	case cetak.Equal(bulat) && k >= b.Desimal:
		return // printed with more decimals than Opsi rounds to, and right
	case cetak.Equal(bulat) && k < b.Desimal:
		p.tambah("kinerja/realisasi-dibulatkan", l, tercetak, terhitung,
			fmt.Sprintf("Realisasi dicetak %s, dibulatkan ke %d desimal; dari rumus %s (%s).", tercetak, k, rumus, beda))
	case cetak.Equal(potong) && !cetak.Equal(bulat):
		p.tambah("kinerja/realisasi-dipotong", l, tercetak, terhitung,
			fmt.Sprintf("Realisasi dicetak %s, hasil pemotongan (bukan pembulatan) ke %d desimal; dari rumus %s, dibulatkan ke %d desimal seharusnya %s (%s).",
				tercetak, k, rumus, k, fmtAngka(bulat, k, ind.Satuan), beda))
	default:
		p.tambah("kinerja/realisasi-rumus", l, tercetak, terhitung,
			fmt.Sprintf("Realisasi dicetak %s, berbeda dari rumus %s (%s).", tercetak, rumus, beda))
	}
}

func (p *pemeriksa) rincian(ind *Indikator, dt *DataTahun, r Rincian, jr, nama string) {
	l := Lokasi{Bagian: r.Sumber, Baris: nama, Kolom: "rincian " + r.Bagian, Path: jr + ".total"}
	jumlah := decimal.Zero
	kosong := 0
	satuan := map[string]bool{}
	var urutSatuan []string
	adaNegatif := negatif(r.Total)
	p.negatif(r.Total, r.Satuan, l, "Total rincian "+r.Bagian, "Rincian ini tidak dijumlahkan dan tidak dibandingkan.")
	for k, b := range r.Butir {
		if negatif(b.Nilai) {
			adaNegatif = true
			lb := l
			lb.Path = fmt.Sprintf("%s.butir[%d].nilai", jr, k)
			p.negatif(b.Nilai, b.Satuan, lb, fmt.Sprintf("Butir rincian %s %q", r.Bagian, b.Uraian), "Rincian ini tidak dijumlahkan.")
		}
		if b.Nilai == nil {
			kosong++
		} else {
			jumlah = jumlah.Add(b.Nilai.Nilai)
		}
		s := strings.ToLower(strings.TrimSpace(b.Satuan))
		if s == "" {
			s = "tanpa satuan"
		}
		if !satuan[s] {
			satuan[s] = true
			urutSatuan = append(urutSatuan, s)
		}
	}
	if r.Total != nil && !adaNegatif && !jumlah.Equal(r.Total.Nilai) {
		catat := ""
		if kosong > 0 {
			catat = fmt.Sprintf(" (%d butir tanpa angka)", kosong)
		}
		p.tambah("kinerja/rincian-jumlah", l, fmtTercetak(r.Total, r.Satuan), fmtAngka(jumlah, -1, r.Satuan),
			fmt.Sprintf("Rincian %s (%d butir%s) berjumlah %s, tidak sama dengan total yang dinyatakan %s (selisih %s).",
				r.Bagian, len(r.Butir), catat, anggaran.FormatAngka(jumlah, -1), fmtTercetak(r.Total, r.Satuan),
				anggaran.FormatAngka(r.Total.Nilai.Sub(jumlah), -1)))
	}
	if len(urutSatuan) > 1 {
		l.Path = jr + ".butir"
		p.tambah("kinerja/rincian-satuan", l, strings.Join(urutSatuan, ", "), "",
			fmt.Sprintf("Rincian %s mencampur satuan (%s) untuk total dalam satuan %q; butir-butirnya tidak dapat dijumlahkan.",
				r.Bagian, strings.Join(urutSatuan, ", "), r.Satuan))
	}
	bagian := dt.Pembilang
	if r.Bagian == "penyebut" {
		bagian = dt.Penyebut
	}
	if r.Total != nil && bagian != nil && !negatif(r.Total) && !negatif(bagian) && !bagian.Nilai.Equal(r.Total.Nilai) {
		l.Path = jr + ".total"
		p.tambah("kinerja/rincian-bagian", l, fmtTercetak(r.Total, r.Satuan), fmtTercetak(bagian, ""),
			fmt.Sprintf("Total rincian %s berbeda dari %s tahun %d.", fmtTercetak(r.Total, r.Satuan), r.Bagian, dt.Tahun))
	}
}

func (p *pemeriksa) pk() {
	pk := p.d.PerjanjianKinerja
	bag := Lokasi{Bagian: "Bab II D", Tabel: "Perjanjian Kinerja"}
	if len(pk.Baris) == 0 {
		if len(p.tahunWajib) > 0 && p.adaIKU() {
			l := bag
			l.Path = "perjanjian_kinerja"
			p.tambah("kinerja/pk-kosong", l, "", "",
				"Perjanjian Kinerja tidak ada dalam data; keterkaitan IKU dengan target PK dan anggaran tidak dapat diperiksa.")
		}
		return
	}
	if pk.Tahun != 0 && pk.Tahun != p.h.Tahun {
		l := bag
		l.Path = "perjanjian_kinerja.tahun"
		p.tambah("kinerja/pk-tahun", l, fmt.Sprint(pk.Tahun), fmt.Sprint(p.h.Tahun),
			fmt.Sprintf("Perjanjian Kinerja tahun %d, bukan tahun laporan %d.", pk.Tahun, p.h.Tahun))
	}
	diPK := make([]bool, len(p.d.Indikator)) // by the position of the first indicator of an ID: a PK row links that ID
	bukanIKU := 0
	for k := range pk.Baris {
		b := &pk.Baris[k]
		j := func(sisa string) string { return jalurBarisPK(k, sisa) }
		l := bag
		l.Baris = b.Indikator
		switch {
		case b.Sasaran == "":
			l.Path = j(".sasaran")
			p.tambah("kinerja/pk-sasaran", l, "", "", "Baris PK tidak dikaitkan dengan sasaran.")
		case !p.adaSasaran(b.Sasaran):
			l.Path = j(".sasaran")
			p.tambah("kinerja/pk-sasaran-tidak-ada", l, b.Sasaran, "", fmt.Sprintf("Sasaran %q tidak ada dalam daftar sasaran.", b.Sasaran))
		}
		iku := false
		if b.IndikatorID != "" {
			x, ada := p.idIndikator[b.IndikatorID]
			if !ada {
				l.Path = j(".indikator_id")
				p.tambah("kinerja/pk-indikator", l, b.IndikatorID, "", fmt.Sprintf("Indikator %q tidak ada dalam daftar indikator.", b.IndikatorID))
			} else {
				ind := &p.d.Indikator[x]
				diPK[x] = true
				iku = ind.IKU
				if !p.samaNormal(ind.Nama, b.Indikator) {
					l.Path = j(".indikator")
					p.tambah("kinerja/pk-rumusan", l, b.Indikator, ind.Nama,
						fmt.Sprintf("Rumusan indikator di PK berbeda dari rumusan %s.", namaIndikator(ind)))
				}
				p.pkTarget(b, ind, pk.Tahun, k, l)
			}
		}
		if !iku {
			bukanIKU++
		}
		if b.Target == nil {
			l.Path = j(".target")
			p.tambah("kinerja/pk-target-kosong", l, "", "", "Indikator PK tanpa target.")
		}
		if negatif(b.Target) {
			l.Path = j(".target")
			p.negatif(b.Target, b.Satuan, l, "Target PK", "")
		}
	}
	var namaPK map[string]bool // the PK's wordings, normalised: made when an IKU is not linked by its ID
	var hilang []string
	var jalurHilang []int
	jumlahIKU := 0
	for i := range p.d.Indikator {
		ind := &p.d.Indikator[i]
		if !ind.IKU {
			continue
		}
		jumlahIKU++
		if diPK[p.pertamaID[i]] {
			continue
		}
		if namaPK == nil {
			namaPK = make(map[string]bool, len(pk.Baris))
			for _, b := range pk.Baris {
				namaPK[normal(b.Indikator)] = true
			}
		}
		if !namaPK[normal(ind.Nama)] {
			label := ind.ID
			if ind.Nomor != "" {
				label = "IKU " + ind.Nomor
			}
			hilang = append(hilang, label)
			jalurHilang = append(jalurHilang, i)
		}
	}
	if jumlahIKU > 0 && len(hilang) == jumlahIKU {
		l := bag
		l.Path = "perjanjian_kinerja.baris"
		p.tambah("kinerja/pk-tanpa-iku", l, "", fmt.Sprintf("0 dari %d IKU", jumlahIKU),
			fmt.Sprintf("Tidak satu pun dari %d IKU tercantum dalam Perjanjian Kinerja; PK seharusnya memuat sasaran strategis dan IKU beserta targetnya, bukan hanya indikator keluaran sub kegiatan.", jumlahIKU))
	} else {
		for k, label := range hilang {
			i := jalurHilang[k]
			l := bag
			l.Baris = p.d.Indikator[i].Nama
			l.Path = fmt.Sprintf("indikator[%d]", i)
			p.tambah("kinerja/pk-iku", l, "", "", fmt.Sprintf("%s tidak tercantum dalam Perjanjian Kinerja.", label))
		}
	}
	if bukanIKU > 0 {
		l := bag
		l.Path = "perjanjian_kinerja.baris"
		p.tambah("kinerja/pk-bukan-iku", l, "", fmt.Sprintf("%d dari %d baris", bukanIKU, len(pk.Baris)),
			fmt.Sprintf("%d dari %d indikator PK bukan IKU (indikator keluaran sub kegiatan).", bukanIKU, len(pk.Baris)))
	}
}

// pkTarget compares the target of PK row b with the target of the
// indicator it is linked to, for the PK's year (the reporting year when
// the PK has none): the PK and Tabel 3.1 print the same agreed target, so
// any difference is an error (kinerja/pk-target-beda). Negative figures
// are reported elsewhere and not compared.
func (p *pemeriksa) pkTarget(b *BarisPK, ind *Indikator, tahun, k int, l Lokasi) {
	if tahun == 0 {
		tahun = p.h.Tahun
	}
	dt := ind.DataPada(tahun)
	if b.Target == nil || dt == nil || dt.Target == nil || negatif(b.Target) || negatif(dt.Target) || banding(b.Target.Nilai, dt.Target.Nilai) == 0 {
		return
	}
	l.Path = jalurBarisPK(k, ".target")
	satuan := b.Satuan
	if satuan == "" {
		satuan = ind.Satuan
	}
	pk, tabel := fmtTercetak(b.Target, satuan), fmtTercetak(dt.Target, ind.Satuan)
	p.tambah("kinerja/pk-target-beda", l, pk, tabel,
		p.kalimat("Target ").n(tahun).s(" di Perjanjian Kinerja ", pk, ", sedangkan ", sumberAtau(dt.Sumber), " mencantumkan ", tabel, " untuk ").
			indikator(ind).s("; target yang diperjanjikan dan yang dilaporkan harus sama.").teks())
}

// tanpaAnggaran reports a sasaran with IKU that no program, kegiatan or
// sub kegiatan serves (kinerja/sasaran-tanpa-anggaran): neither a PK row
// under it names a budget code nor its own Anggaran list has one, so its
// capaian cannot be tied to any spending. Only when the PK has rows (an
// empty PK is kinerja/pk-kosong).
func (p *pemeriksa) tanpaAnggaran() {
	if len(p.d.PerjanjianKinerja.Baris) == 0 {
		return
	}
	berkode := map[string]bool{}
	for k := range p.d.PerjanjianKinerja.Baris {
		if b := &p.d.PerjanjianKinerja.Baris[k]; strings.TrimSpace(b.SubKegiatan) != "" {
			berkode[b.Sasaran] = true
		}
	}
	iku := map[string]int{}
	for i := range p.d.Indikator {
		if ind := &p.d.Indikator[i]; ind.IKU {
			iku[ind.Sasaran]++
		}
	}
	jumlah := 0
	for _, n := range iku {
		jumlah += n
	}
	for i, s := range p.d.Sasaran {
		if iku[s.ID] == 0 || berkode[s.ID] || len(s.Anggaran) > 0 {
			continue
		}
		p.tambah("kinerja/sasaran-tanpa-anggaran", Lokasi{Bagian: "Bab II D", Tabel: "Perjanjian Kinerja", Baris: s.Uraian, Path: fmt.Sprintf("sasaran[%d].anggaran", i)},
			"", fmt.Sprintf("%d dari %d IKU", iku[s.ID], jumlah),
			fmt.Sprintf("Sasaran %q memuat %d dari %d IKU, tetapi tidak satu pun program, kegiatan atau sub kegiatan dalam Perjanjian Kinerja melayaninya; capaiannya tidak dapat dikaitkan dengan anggaran dan efisiensinya tidak dapat dihitung.",
				s.Uraian, iku[s.ID], jumlah))
	}
}

func (p *pemeriksa) anggaran() {
	for i, a := range p.h.Sasaran {
		if a.Efisiensi == nil {
			continue
		}
		for _, k := range a.Efisiensi.Hilang {
			p.tambah("kinerja/anggaran-kode", Lokasi{Bagian: "Bab III B", Baris: a.Uraian, Path: fmt.Sprintf("sasaran[%d]", i)}, k, "",
				fmt.Sprintf("Kode %s yang melayani sasaran ini tidak ada dalam data anggaran, atau pagu dan realisasinya belum lengkap; efisiensi dihitung tanpa kode ini.", k))
		}
	}
}

// kembar compares the indicators of a sasaran with each other, year by
// year: the same realisasi with decimals reported for two IKU (a copy is
// likelier than a coincidence), and the same pembilang of at least 100
// giving different realisasi (so the penyebut differ although the data
// are the same).
func (p *pemeriksa) kembar() {
	// The values met, by year and check, in a table per sasaran
	// (petaKembar): the table of the sasaran at hand stays in the cache,
	// where one of every indicator would not. The sasaran are numbered in
	// the order met, and each table is sized by its indicators' years (a
	// realisasi and a pembilang per year at most).
	nomor := make(map[string]int32, len(p.d.Sasaran))
	sasaran := make([]int32, len(p.h.Indikator)) // indicator → its sasaran's number
	var tahun []int                              // years of data per sasaran
	for i := range p.h.Indikator {
		n, ada := nomor[p.d.Indikator[i].Sasaran]
		if !ada {
			n = int32(len(nomor))
			nomor[p.d.Indikator[i].Sasaran] = n
			tahun = append(tahun, 0)
		}
		sasaran[i] = n
		tahun[n] += len(p.h.Indikator[i].Tahun)
	}
	per := make([]*petaKembar, len(tahun))
	var kamus kamusNilai
	label := func(i int) string {
		ind := p.d.Indikator[i]
		if ind.IKU && ind.Nomor != "" {
			return "IKU " + ind.Nomor
		}
		return ind.ID
	}
	for i := range p.h.Indikator {
		ind := &p.d.Indikator[i]
		sas := sasaran[i]
		if per[sas] == nil {
			per[sas] = buatPetaKembar(2 * tahun[sas])
		}
		peta := per[sas]
		for _, s := range p.h.Indikator[i].Tahun {
			dt := &ind.Tahun[s.Indeks]
			if r := dt.Realisasi; r != nil && ind.IKU && adaPecahan(r.Nilai) {
				if j, ada := peta.ambil(kunciKembarDari(dt.Tahun, kamus.kunci(r.Nilai), 0), i); ada {
					t := fmtTercetak(r, ind.Satuan)
					p.tambah("kinerja/realisasi-kembar", Lokasi{Bagian: "Bab III A", Tabel: dt.Sumber, Baris: ind.Nama, Kolom: kolomTahun("realisasi", dt.Tahun), Path: jalurTahun(i, s.Indeks, ".realisasi")},
						t, "", p.kalimat("Realisasi ").n(dt.Tahun).s(" ", t, " sama persis dengan realisasi ", label(j), "; periksa apakah angkanya tersalin dari indikator lain.").teks())
				}
			}
			if b := dt.Pembilang; b != nil && dt.Realisasi != nil && !negatif(dt.Realisasi) && banding(b.Nilai, seratus) >= 0 {
				j, ada := peta.ambil(kunciKembarDari(dt.Tahun, kamus.kunci(b.Nilai), 1), i)
				if !ada {
					continue
				}
				lain := p.d.Indikator[j].DataPada(dt.Tahun)
				if negatif(lain.Realisasi) || lain.Realisasi.Nilai.Equal(dt.Realisasi.Nilai) {
					continue
				}
				p.tambah("kinerja/pembilang-sama", Lokasi{Bagian: "Bab III A", Tabel: dt.Sumber, Baris: ind.Nama, Kolom: kolomTahun("pembilang", dt.Tahun), Path: jalurTahun(i, s.Indeks, ".pembilang")},
					anggaran.FormatAngka(b.Nilai, -1), "",
					fmt.Sprintf("Pembilang %s sama dengan pembilang %s, tetapi realisasinya berbeda (%s dan %s): kedua indikator memakai penyebut yang berbeda untuk data yang sama; periksa definisi dan sumber datanya.",
						anggaran.FormatAngka(b.Nilai, -1), label(j), fmtTercetak(dt.Realisasi, ind.Satuan), fmtTercetak(lain.Realisasi, p.d.Indikator[j].Satuan)))
			}
		}
	}
}

// kataLebihBaikRendah are quantities that are better lower, whatever the
// dinas: poverty, malnutrition, disease and death, unemployment, crime,
// disasters, school drop-out, illiteracy. The list is general (from the
// indicators of the RPJMD/Renstra of every urusan), never one document's
// wording. An indicator naming one of them is negative, unless its name
// measures the handling or the decrease of it (see [lebihBaikRendah]).
var kataLebihBaikRendah = []string{
	"penduduk miskin", "kemiskinan", "keluarga miskin", "rumah tangga miskin",
	"stunting", "gizi buruk", "gizi kurang", "wasting", "underweight", "balita pendek",
	"kematian", "mortalitas", "kesakitan", "morbiditas", "prevalensi", "insidens", "insiden",
	"kasus", "penderita",
	"pengangguran", "putus sekolah", "buta aksara", "buta huruf", "angka mengulang",
	"kriminalitas", "kejahatan", "pelanggaran", "kecelakaan", "kebakaran", "banjir",
	"kumuh", "rawan pangan", "gini", "ketimpangan", "inflasi",
	"jalan rusak", "kerusakan",
}

// kataPenanganan are words that make an indicator about a bad quantity a
// positive one: its handling ("kasus yang ditangani"), its decrease
// ("penurunan angka stunting"), or the share of it that got something.
var kataPenanganan = []string{
	"yang", "penurunan", "menurunnya", "turunnya", "berkurangnya", "pengurangan", "penanganan", "tertangani",
	"ditangani", "penanggulangan", "pengentasan", "terentaskan", "cakupan", "bebas",
	"mendapat", "mendapatkan", "menerima", "memperoleh", "dirawat", "dilayani", "terlayani", "tertanggulangi",
}

// lebihBaikRendah returns the word of kataLebihBaikRendah that name holds
// (whole words, case and punctuation ignored), "" when none does or a word
// of kataPenanganan says the indicator measures its handling.
func lebihBaikRendah(name string) string {
	var buf [128]byte
	n := appendNormal(buf[:0], name)
	if frasaPenanganan.cari(n) >= 0 {
		return ""
	}
	if i := frasaLebihBaikRendah.cari(n); i >= 0 {
		return kataLebihBaikRendah[i]
	}
	return ""
}

// The two lists by their first word, for lebihBaikRendah (their entries
// are normalised text: TestDaftarKataNormal).
var (
	frasaPenanganan      = daftarFrasa(kataPenanganan)
	frasaLebihBaikRendah = daftarFrasa(kataLebihBaikRendah)
)

// penyebutBerbeda reports indicators whose penyebut have the same
// definition (the same text, case and punctuation ignored) but print
// different figures for the same year (kinerja/penyebut-berbeda): one
// quantity has one value. One finding per definition and year, on the
// first indicator that differs from the first, naming the others (at most
// three, then how many more). Negative figures are reported elsewhere.
func (p *pemeriksa) penyebutBerbeda() {
	type kunci struct {
		def   string
		tahun int
	}
	type asal struct {
		ind, j int
		nilai  *Angka
	}
	// the groups in the order met: the first figure, and those that
	// differ from it
	type kelompok struct {
		pertama asal
		beda    []asal // the first four (the message names three)
		n       int    // how many differ
	}
	var urut []kelompok
	nomor := map[kunci]int{}
	for i := range p.d.Indikator {
		ind := &p.d.Indikator[i]
		if ind.Rumus == nil {
			continue
		}
		def := p.normalSekali(ind.Rumus.Penyebut)
		if def == "" {
			continue
		}
		for j := range ind.Tahun {
			dt := &ind.Tahun[j]
			if dt.Penyebut == nil || negatif(dt.Penyebut) {
				continue
			}
			x := asal{i, j, dt.Penyebut}
			n, ada := nomor[kunci{def, dt.Tahun}]
			if !ada {
				nomor[kunci{def, dt.Tahun}] = len(urut)
				urut = append(urut, kelompok{pertama: x})
				continue
			}
			if g := &urut[n]; banding(x.nilai.Nilai, g.pertama.nilai.Nilai) != 0 {
				if g.n++; len(g.beda) < 4 {
					g.beda = append(g.beda, x)
				}
			}
		}
	}
	for _, g := range urut {
		pertama, beda := g.pertama, g.beda
		if g.n == 0 {
			continue
		}
		x := beda[0]
		ind := &p.d.Indikator[x.ind]
		dt := &ind.Tahun[x.j]
		lain := []string{fmt.Sprintf("%s mencetak %s", namaIndikator(&p.d.Indikator[pertama.ind]), anggaran.FormatAngka(pertama.nilai.Nilai, -1))}
		for n, y := range beda[1:] {
			if n == 2 {
				lain = append(lain, fmt.Sprintf("dan %d indikator lain dengan nilai berbeda", g.n-1-n))
				break
			}
			lain = append(lain, fmt.Sprintf("%s %s", namaIndikator(&p.d.Indikator[y.ind]), anggaran.FormatAngka(y.nilai.Nilai, -1)))
		}
		p.tambah("kinerja/penyebut-berbeda",
			Lokasi{Bagian: "Bab III A", Tabel: dt.Sumber, Baris: namaBaris(ind), Kolom: fmt.Sprintf("penyebut %d", dt.Tahun), Path: fmt.Sprintf("indikator[%d].tahun[%d].penyebut", x.ind, x.j)},
			anggaran.FormatAngka(dt.Penyebut.Nilai, -1), anggaran.FormatAngka(pertama.nilai.Nilai, -1),
			fmt.Sprintf("Penyebut %q tahun %d dicetak %s, sedangkan %s untuk penyebut yang sama; satu besaran hanya mempunyai satu nilai, seragamkan datanya.",
				ind.Rumus.Penyebut, dt.Tahun, anggaran.FormatAngka(dt.Penyebut.Nilai, -1), strings.Join(lain, ", ")))
	}
}

// namaBaris names an indicator's row as the tables print it: "IKU 3:
// Persentase …" for a numbered IKU, else its name.
func namaBaris(ind *Indikator) string {
	if ind.IKU && ind.Nomor != "" {
		return "IKU " + ind.Nomor + ": " + ind.Nama
	}
	return ind.Nama
}

// rumusCapaian describes the capaian formula of polarity pol and negative
// formula rn, for messages.
func rumusCapaian(pol Polaritas, rn RumusNegatif) string {
	if pol == Positif {
		return "realisasi / target × 100"
	}
	switch rn {
	case TBagiR:
		return "target / realisasi × 100"
	case NilaiAkhir:
		return "(2 × target − realisasi periode terakhir) / target × 100"
	}
	return "(2 × target − realisasi) / target × 100"
}

// capaianPada returns the capaian of target t and realisasi r by polarity
// pol and formula rn at k decimals, rounded half up (bulat) and truncated
// (potong), before any floor or cap (a document prints the capaian it
// computed); ok is false when there is none (see [ComputeCapaian]).
func capaianPada(t, r *decimal.Decimal, pol Polaritas, rn RumusNegatif, o Opsi, k int32) (bulat, potong decimal.Decimal, ok bool) {
	dasar := Opsi{RumusNegatif: o.RumusNegatif, TargetNol: o.TargetNol}
	dasar.Bulat = &anggaran.Bulat{Desimal: k, Aturan: anggaran.BulatSetengahNaik}
	c := ComputeCapaian(t, r, pol, rn, dasar)
	if c.SebelumBatas == nil {
		return bulat, potong, false
	}
	dasar.Bulat = &anggaran.Bulat{Desimal: k, Aturan: anggaran.BulatPotong}
	return *c.SebelumBatas, *ComputeCapaian(t, r, pol, rn, dasar).SebelumBatas, true
}

// capaianTercetak compares a printed capaian a of an indicator's year
// (in its table, or quoted at tempat) with the computed one at a's printed
// precision: equal after rounding the computed one half up to as many
// decimals as a has is right; equal after truncating it is
// kinerja/capaian-dipotong; equal to the formula of the other polarity is
// kinerja/polaritas-rumus; anything else is kinerja/capaian-tercetak. A
// printed capaian equal to the computed one after the floor or cap of
// Opsi.Batas is right too. Nothing is compared when no capaian can be
// computed (a missing or zero target, a missing realisasi: reported by
// their own rules).
func (p *pemeriksa) capaianTercetak(ind *Indikator, hi *HasilIndikator, s *Skor, a *Angka, lok func() Lokasi, tempat string) {
	t := nilaiP(s.Target)
	r := s.RealisasiDipakai
	k := a.Desimal()
	bulat, potong, ok := capaianPada(t, r, ind.Polaritas, hi.Rumus, p.o, k)
	if !ok || a.Nilai.Equal(bulat) {
		return
	}
	if p.o.Batas != nil && a.Nilai.Equal(p.o.Batas.terapkan(bulat)) {
		return
	}
	tercetak := fmtTercetak(a, "%")
	terhitung := fmtAngka(bulat, k, "%")
	dasar := fmt.Sprintf("target %s dan realisasi %s", fmtTercetak(s.Target, ind.Satuan), fmtAngka(*r, -1, ind.Satuan))
	rumus := rumusCapaian(ind.Polaritas, hi.Rumus)
	siapa := fmt.Sprintf("Capaian %s tahun %d", namaIndikator(ind), s.Tahun)
	if tempat != "" {
		siapa += " di " + tempat
	}
	if a.Nilai.Equal(potong) {
		p.tambah("kinerja/capaian-dipotong", lok(), tercetak, terhitung,
			fmt.Sprintf("%s dicetak %s, hasil pemotongan (bukan pembulatan) ke %d desimal; dari %s, %s dibulatkan ke %d desimal seharusnya %s.",
				siapa, tercetak, k, dasar, rumus, k, terhitung))
		return
	}
	// the formula of the other polarity
	lain := []struct {
		pol Polaritas
		rn  RumusNegatif
	}{{Positif, RumusBawaan}}
	if ind.Polaritas == Positif {
		lain = []struct {
			pol Polaritas
			rn  RumusNegatif
		}{{Negatif, DuaTMinusR}, {Negatif, TBagiR}}
	}
	for _, x := range lain {
		b, pt, ok := capaianPada(t, r, x.pol, x.rn, p.o, k)
		if !ok || (!a.Nilai.Equal(b) && !a.Nilai.Equal(pt)) {
			continue
		}
		saran := "hitung ulang capaiannya dengan rumus polaritas negatif"
		if ind.Polaritas == Positif {
			saran = "bila realisasi yang lebih rendah memang lebih baik, ubah polaritasnya menjadi negatif; bila tidak, hitung ulang capaiannya dengan rumus polaritas positif"
		}
		p.tambah("kinerja/polaritas-rumus", lok(), tercetak, terhitung,
			fmt.Sprintf("%s dicetak %s, yaitu hasil rumus %s (rumus polaritas %s), padahal indikator berpolaritas %s: dari %s, %s = %s. Capaian dinilai terbalik; %s.",
				siapa, tercetak, rumusCapaian(x.pol, x.rn), x.pol, ind.Polaritas, dasar, rumus, terhitung, saran))
		return
	}
	selisih := a.Nilai.Sub(bulat)
	pesan := fmt.Sprintf("%s dicetak %s, sedangkan dari %s, %s = %s (selisih %s poin); laporan memuat capaian hasil hitungan.",
		siapa, tercetak, dasar, rumus, terhitung, anggaran.FormatAngka(selisih, k))
	if ind.Polaritas == Negatif {
		for _, rn := range []RumusNegatif{DuaTMinusR, TBagiR} {
			if rn == hi.Rumus {
				continue
			}
			if b, _, ok := capaianPada(t, r, Negatif, rn, p.o, k); ok && a.Nilai.Equal(b) {
				pesan += fmt.Sprintf(" Angka tercetak sesuai rumus %s; bila Pemda memakai rumus itu, tetapkan rumus_negatif %q.", rumusCapaian(Negatif, rn), rn)
			}
		}
	}
	p.tambah("kinerja/capaian-tercetak", lok(), tercetak, terhitung, pesan)
}

// capaianSasaran compares the capaian printed for a sasaran in the
// reporting year with the mean of its indicators' capaian (as [Compute]
// takes it: IKU only unless Opsi.SemuaIndikator, of the unrounded capaian
// after floor and cap) at the printed precision, as [capaianTercetak]
// does. Other years are not compared ([Compute] averages the reporting
// year only).
func (p *pemeriksa) capaianSasaran() {
	for i := range p.d.Sasaran {
		sas := &p.d.Sasaran[i]
		for j, c := range sas.Capaian {
			if c.Capaian == nil || c.Tahun != p.h.Tahun {
				continue
			}
			jumlah, jumlahBulat, n := decimal.Zero, decimal.Zero, 0
			for x := range p.h.Indikator {
				hi := &p.h.Indikator[x]
				if hi.Sasaran != sas.ID || (!hi.IKU && !p.o.SemuaIndikator) {
					continue
				}
				if sk := hi.Pada(c.Tahun); sk != nil && sk.Capaian.Tepat != nil {
					jumlah, jumlahBulat, n = jumlah.Add(*sk.Capaian.Tepat), jumlahBulat.Add(*sk.Capaian.Nilai), n+1
				}
			}
			if n == 0 {
				continue
			}
			k := c.Capaian.Desimal()
			nn := decimal.NewFromInt(int64(n))
			bulat := bagi(jumlah, nn, k, anggaran.BulatSetengahNaik)
			if c.Capaian.Nilai.Equal(bulat) {
				continue
			}
			l := Lokasi{Bagian: "Bab III A", Tabel: c.Sumber, Baris: sas.Uraian, Kolom: fmt.Sprintf("capaian %d", c.Tahun), Path: fmt.Sprintf("sasaran[%d].capaian[%d]", i, j)}
			tercetak, terhitung := fmtTercetak(c.Capaian, "%"), fmtAngka(bulat, k, "%")
			siapa := fmt.Sprintf("Capaian sasaran %q tahun %d", sas.Uraian, c.Tahun)
			if c.Sumber != "" {
				siapa += " di " + c.Sumber
			}
			if c.Capaian.Nilai.Equal(bagi(jumlah, nn, k, anggaran.BulatPotong)) {
				p.tambah("kinerja/capaian-dipotong", l, tercetak, terhitung,
					fmt.Sprintf("%s dicetak %s, hasil pemotongan (bukan pembulatan) ke %d desimal dari rata-rata capaian %d indikatornya; dibulatkan seharusnya %s.",
						siapa, tercetak, k, n, terhitung))
				continue
			}
			pesan := fmt.Sprintf("%s dicetak %s, sedangkan rata-rata capaian %d indikatornya %s (selisih %s poin); laporan memuat rata-rata hasil hitungan.",
				siapa, tercetak, n, terhitung, anggaran.FormatAngka(c.Capaian.Nilai.Sub(bulat), k))
			if c.Capaian.Nilai.Equal(bagi(jumlahBulat, nn, k, anggaran.BulatSetengahNaik)) {
				pesan += " Angka tercetak adalah rata-rata dari capaian yang sudah dibulatkan; rata-rata seharusnya diambil dari capaian sebelum pembulatan."
			}
			p.tambah("kinerja/capaian-tercetak", l, tercetak, terhitung, pesan)
		}
	}
}
