// Package kinerja models a dinas' performance plan and report — the
// Renstra tree, the sasaran strategis with their IKU and formulas, targets
// and realisasi per year, and the Perjanjian Kinerja — and scores it as a
// SAKIP evaluator would: capaian, predikat, trend, progress toward the
// Renstra end target, the mean per sasaran and for the dinas, efficiency
// against the budget, and the findings of a reviu.
//
// Data flows parse > model > compute > render:
//
//	d, err := kinerja.Parse(section)              // or ParseBerkas(wholeFile)
//	h := kinerja.Compute(d, 2022, kinerja.Opsi{}, sumber) // sumber may be nil
//	kinerja.RenderMarkdown(w, d, h)               // or RenderJSON, Baris
//	for _, t := range h.Temuan { … }              // findings, also Check(d, 2022, o)
//
// Tabel 3.1 (the capaian of the IKU) is laid out once, by [Hasil.Tabel31]
// (an [anggaran.Tabel]: headers and every row's cells as printed text);
// [RenderTabelCapaian] writes it, and package lkip's report prints it.
//
// # Rules
//
//  1. Capaian of a positive indicator is R / T × 100; of a negative one
//     (2T − R) / T × 100 by default, or T / R × 100, or "nilai akhir" (the
//     last period's realisasi), chosen per indicator or in [Opsi]. A target
//     of 0 or a missing realisasi gives "tidak dapat dihitung" (a nil
//     value with a reason), never a number. See [ComputeCapaian].
//  2. Rounding is explicit: capaian and the realisasi implied by the
//     formula parts are rounded once, to Opsi.Bulat (default two decimals,
//     half up), after an exact multiplication and division. A floor and
//     cap (Opsi.Batas) apply after rounding, and before averaging.
//  3. Predikat scales are half-open bands (see [Skala]): the default
//     Permendagri 86/2017 scale gives 50,99 Sangat Rendah, 51 Rendah,
//     65,99 Rendah, 66 Sedang, 75,99 Sedang, 76 Tinggi, 90,99 Tinggi,
//     91 Sangat Tinggi. The predikat is taken of the rounded capaian.
//  4. The official capaian uses the realisasi as reported; the realisasi
//     implied by the formula parts is computed alongside and compared.
//  5. The mean per sasaran and for the dinas is the plain mean of the
//     capaian of its IKU (all indicators with Opsi.SemuaIndikator), each
//     already floored and capped, rounded once like a capaian.
//  6. Efficiency of a sasaran (DOMAIN §4): its capaian minus the share of
//     its budget spent (penyerapan = realisasi / pagu × 100 over the codes
//     of its PK rows and its own "anggaran" list, an ancestor code counted
//     once); more than +5 points efisien, within ±5 cukup efisien, below
//     −5 tidak efisien (Opsi.Efisiensi). The budget comes from a
//     [SumberAnggaran], which anggaran's computed tree (*anggaran.Pohon)
//     implements.
//  7. The PermenPANRB 88/2021 institution grades ([SkalaPANRB88]) read
//     "> 80 – 90" literally: exactly 90 is A, 90,01 is AA.
//  8. A negative figure (target, realisasi, pembilang, penyebut, a
//     breakdown item or total, the end target, a PK target) is a typing
//     error: Check reports it as kinerja/angka-negatif (kesalahan) and nothing
//     is derived from it. A negative target or realisasi gives
//     "tidak dapat dihitung" with the reason ("realisasi negatif: …"),
//     not a capaian such as −787,30 %.
//  9. A capaian the document prints (beside target and realisasi, in a
//     quote, or for a sasaran) is kept as printed and never scored: the
//     report prints the computed one, and Check compares the two at the
//     printed precision (98,8 is right when the computed value rounded
//     half up to one decimal is 98,8): kinerja/capaian-tercetak when it
//     differs, kinerja/capaian-dipotong when it was truncated,
//     kinerja/polaritas-rumus when it is the formula of the other
//     polarity.
//
// A printed Tabel 3.1 saved as CSV by a spreadsheet is read by
// [ParseTabel31] into a [Dokumen], so that the same Compute and Check run
// on it.
//
// A Pemda's own predikat scale is a [Skala] built with [NewSkala] or read
// from a settings file with [ParseSkala] (by the data file's reader, so
// errors are in Bahasa Indonesia with the line; Skala.UnmarshalJSON is
// the same); both refuse gaps and overlaps.
//
// # The kinerja section of the data file
//
// One JSON object, the value of the "kinerja" key of a data file. Field
// names are lower-case Indonesian; figures are JSON strings as printed
// ("6,77", "181.395", "3356"; read by anggaran.ParseAngka: percentages for
// an indicator of jenis persentase, quantities otherwise) or JSON numbers;
// an absent field, null, "" or "-" is a missing value, not zero. Unknown
// fields are refused.
//
//	{
//	  "tahun": 2022,                       // reporting year (required)
//	  "bidang": "1.06",                    // urusan.bidang; completes short codes "1 2 1 6"
//	  "renstra": {
//	    "periode_awal": 2017, "periode_akhir": 2022,
//	    "visi_daerah": "…", "visi": "…",   // visi of the Kepala Daerah, of the dinas
//	    "misi_dinas": [{"nomor": "1", "uraian": "…"}],
//	    "misi":      [{"nomor": "1", "uraian": "…"}],        // numbered tree:
//	    "tujuan":    [{"nomor": "1.2", "uraian": "…"}],      // parent = number
//	    "sasaran":   [{"nomor": "1.2.4", "uraian": "…"}],    // without its last part
//	    "strategi":  [{"nomor": "1.2.4.1", "uraian": "…"}],
//	    "kebijakan": [{"nomor": "1.2.4.1.1", "uraian": "…"}]
//	  },
//	  "sasaran": [{
//	    "id": "SS1", "nomor": "1", "uraian": "…",   // id required, unique
//	    "renstra": "1.2.4",                         // the Renstra sasaran it is
//	    "tercetak": [{"sumber": "Tabel 3.1", "teks": "…"}], // other printed wordings
//	    "anggaran": ["1.06.02"],                    // codes serving it, besides PK rows
//	    "capaian": [{"tahun": 2022, "sumber": "Tabel 3.2", "capaian": "98,8"}] // as printed
//	  }],
//	  "indikator": [{
//	    "id": "IKU3", "nomor": "3", "nama": "…",    // id, nama required; id unique
//	    "sasaran": "SS1", "iku": true,
//	    "satuan": "%", "jenis": "persentase",       // persentase|jumlah|rasio|indeks
//	    "polaritas": "positif",                     // positif|negatif
//	    "rumus_negatif": "2t-r",                    // 2t-r|t/r|nilai_akhir (negatif only)
//	    "boleh_lebih_100": false,                   // true: a persentase that may exceed 100 (growth)
//	    "rumus": {"teks": "…", "pembilang": "…", "penyebut": "…", "pengali": "100"},
//	    "target_akhir": "70",                       // Renstra end target
//	    "tercetak": [{"sumber": "…", "teks": "…"}],
//	    "anggaran": "Penyediaan Jasa Surat Menyurat", // the budget row it measures: code, or uraian without codes
//	    "tahun": [{                                 // ascending, unique
//	      "tahun": 2022, "sumber": "Tabel 3.1",
//	      "target": "65,65", "realisasi": "107,9",  // as reported
//	      "capaian": "164,36",                      // capaian as printed (compared, never scored)
//	      "pembilang": "181.395", "penyebut": "168.010",
//	      "realisasi_periode": ["…", "…"],          // per triwulan, for nilai_akhir
//	      "realisasi_triwulan": ["2", "1", null, null], // TW I–IV: within the quarter for a count, at its end otherwise
//	      "kutipan": [{"sumber": "…", "target": "…", "realisasi": "…", "capaian": "…"}], // quoted elsewhere
//	      "rincian": [{"bagian": "pembilang", "uraian": "…", "total": "181.395",
//	        "satuan": "jiwa", "sumber": "…",
//	        "butir": [{"uraian": "…", "nilai": "111.122", "satuan": "KPM", "keterangan": "…"}]}]
//	    }]
//	  }],
//	  "perjanjian_kinerja": {
//	    "tahun": 2022,
//	    "baris": [{"sasaran": "SS1", "indikator": "…", "indikator_id": "R1",
//	      "target": "44", "satuan": "KK", "sub_kegiatan": "1.06.02.2.01.01"}]
//	  }
//	}
//
// Errors of [Parse] are *anggaran.ParseError with the path of the field
// relative to the section ("indikator[2].tahun[1].realisasi") and its
// line; [ParseBerkas] prefixes "kinerja.". Findings carry the same paths.
// A leading UTF-8 byte order mark is ignored.
//
// # Tests
//
// Besides the table, golden and property tests, the parsers have fuzz
// tests (FuzzParse, FuzzNormalizeKode). Give them a short minimisation
// time: FuzzParse's corpus holds the whole sample file, and minimising an
// input that large with the default -fuzzminimizetime stalls at 0 execs/s:
//
//	go test ./kinerja -run '^$' -fuzz '^FuzzParse$' -fuzztime 1m -fuzzminimizetime 2s
//	go test ./kinerja -run '^$' -fuzz '^FuzzNormalizeKode$' -fuzztime 30s -fuzzminimizetime 2s
package kinerja
