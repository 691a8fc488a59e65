// Package rekap summarises the LKIP data files of many dinas of one
// kabupaten (or province) and one year, for the Bappeda, the BPKAD and the
// Inspektorat who receive them all in the same week: one row per dinas
// with pagu, realisasi, % serapan, the number of IKU, the mean capaian and
// its predikat, the IKU per predikat, the efficiency, the reviu findings
// by severity and whether the document is complete ([lkip.Laporan.Kelengkapan]);
// the kabupaten's totals; the dinas that need attention first; and the
// checks no single document can make (the cross-dinas checks, the Temuan…
// codes).
//
// Data flows one way, one document at a time:
//
//	p := rekap.New(rekap.Opsi{})
//	for _, f := range files {
//		p.TambahBerkas(f) // read, parse, compute, summarise, drop
//	}
//	r := p.Rekap()
//	r.Urutkan(rekap.KolomSerapan, false)
//	rekap.RenderMarkdown(w, r) // or RenderHTML, RenderJSON
//
// A [Penyusun] keeps only each dinas' row and the codes of its sub
// kegiatan (for the check of a code used by two dinas), never a document:
// memory is one document plus the rekap, whatever the number of files.
// [Penyusun.TambahSemua] reads with several goroutines at once (one
// document per worker) and adds the rows in the files' order.
//
// # Rules
//
//   - Serapan is realisasi × 100 / pagu, rounded as lkip.Opsi.Anggaran says
//     (half up, 2 decimals by default), per dinas and for the kabupaten.
//   - The kabupaten's totals sum the dinas counted: a file of another year
//     than the rekap's ([Opsi].Tahun, by default the year most files have,
//     the earliest on a tie), the second file of a dinas already read, and
//     an unreadable file are listed but not counted, each with a finding.
//     A dinas without budget figures is counted in everything but the
//     amounts, and a finding says the total lacks it.
//   - The kabupaten's mean capaian is the plain mean of the dinas' means
//     (each dinas weighs the same), rounded like a capaian; the IKU per
//     predikat are summed.
//   - Efficiency of a dinas is its mean capaian minus its serapan, in
//     points: above the upper threshold efisien, below the lower tidak
//     efisien, else cukup efisien (lkip.Opsi.Kinerja.Efisiensi; ±5 by
//     default, as for a sasaran).
//   - Attention ([Opsi] thresholds; a zero value means the default): serapan
//     below SerapanRendah (80 %), mean capaian below CapaianBawah (75 %) or
//     above CapaianAtas (125 %), any kesalahan in the dinas' reviu, an
//     incomplete document, a serapan at the end of the last triwulan the
//     document reports below that quarter's target
//     (lkip.Opsi.Anggaran.Triwulan: 15/40/60/90 % by default), and the
//     file problems above. The dinas with the
//     most reasons come first, then the most kesalahan, then the lowest
//     serapan.
//
// # Cross-dinas checks
//
// [TemuanSubKegiatanGanda]: one sub kegiatan code in the tables of two
// dinas of one pemda (its money would be counted twice); the sub kegiatan
// of program 01 (Program Penunjang Urusan Pemerintahan Daerah, which every
// perangkat daerah of a bidang has under the same code) are not compared,
// nor are the same codes of two pemda. [TemuanUrusan]: a program whose
// urusan and bidang are not the dinas' own (a merged dinas may have
// several; the finding is a peringatan). [TemuanJumlah]: the kabupaten's
// total as printed elsewhere ([Opsi].Tercetak, e.g. from the APBD) differs
// from the sum of the dinas. [TemuanDinasGanda]: two files for the same
// dinas and year. [TemuanTahun]: files of different years. [TemuanPemda]:
// files of different pemda, unless [Opsi].BanyakPemda says the rekap is a
// province's. [TemuanBerkas]: a file that cannot be read.
// [TemuanJumlahTidakLengkap]: a dinas without budget figures.
//
// # Output
//
// [RenderMarkdown], [RenderHTML] (self-contained, print-ready A4 landscape,
// the charts as inline SVG), [RenderJSON] (numbers as plain decimal
// strings) and [RenderXLSX] (one sheet per table, figures as numbers). The charts are also data ([Rekap.GrafikSerapan],
// [Rekap.GrafikPredikat]).
package rekap
