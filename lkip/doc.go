// Package lkip turns one data file per dinas per year into the complete
// LKIP (Laporan Kinerja Instansi Pemerintah), chapter by chapter, with every
// table computed rather than typed, and runs the reviu: every place where
// the document's figures contradict each other, before the Inspektorat finds
// it.
//
// The data flows parse > model > compute > render:
//
//   - [Parse] reads a data file (schema in SCHEMA.md beside this file):
//     identitas, the facts of Bab I (profil: the staff as groups with any
//     labels and breakdowns, [KelompokPegawai]), the narrative (narasi),
//     the figures the narrative quotes, each tied to its source
//     ([AngkaKutipan]), the responses to the reviu
//     (tanggapan), and the "anggaran" and "kinerja" sections, which their
//     own packages read. Errors are [*ParseError] values with the file, the
//     line and the JSON path ("anggaran.rincian[3].pagu"), in Bahasa
//     Indonesia. Unknown fields and a newer schema version are refused; an
//     older version is migrated ([VersiSkema]; SCHEMA.md, "Migrasi dari
//     versi 1"). [Dokumen.Encode] writes the file back, so
//     that Parse(Encode(d)) equals d. [Contoh] is the embedded seed.
//   - [Compute] computes the [Laporan]: the key figures ([Ringkasan]), the
//     totals of Bab I, the budget tree of Tabel 3.2 and the belanja table
//     (package anggaran), the capaian, predikat, comparisons and efficiency
//     (package kinerja), and the reviu: the findings of anggaran, of kinerja
//     and of this package's cross-document checks (the Temuan… codes), most
//     severe first. Rules (predikat scale, rounding, caps, thresholds) travel
//     in [Opsi].
//   - [RenderMarkdown], [RenderHTML] (print-ready A4, inline SVG charts, no
//     external assets) and [RenderJSON] (everything computed, numbers as
//     plain decimal strings) write the report. A table laid out by its
//     domain package is printed as that package lays it out, each an
//     [anggaran.Tabel] converted the same way: Tabel 3.2 is anggaran's
//     [anggaran.Pohon.Tabel], the belanja accounts anggaran's
//     [anggaran.PohonRekening.Tabel], Tabel 3.1 kinerja's
//     [kinerja.Hasil.Tabel31]. Markdown escapes data text and cells with
//     the module's one escaper (internal/md). Numbers are in Indonesian
//     format in Markdown and HTML ("Rp 9.399.497.972", "98,42%"). The two
//     charts are also data ([Laporan.GrafikCapaian],
//     [Laporan.GrafikRealisasi]) for programs that draw them their own way.
//
// # Narrative and generated content
//
// The text of each chapter is data: a list of blocks (paragraphs, lists)
// in which a block "{{tabel_3_2}}" marks where a generated table, chart or
// paragraph goes, and "{{pns.jumlah}}" inside a paragraph is a figure from
// the data. The paragraphs that state budget figures (the Ikhtisar's first
// paragraph, the text of Bab III B) are generated from the computed
// figures; what a sentence of the document printed instead is kept in
// Dokumen.Kutipan.Angka, tied to what it quotes (a budget total, an
// account, a budget row, an indicator's value, a count of staff or
// assets), and compared by the reviu at the printed precision.
//
// # The reviu
//
// Besides anggaran's and kinerja's checks, lkip compares: every figure the
// text quotes (counts, amounts, percentages, indicator values) with its
// source at the printed precision, and with the paragraph that prints it;
// the years the comparison of Bab III A.3 names with those it shows; the
// signature blocks with the kepala dinas (the seed prints two pangkat for
// one person); every group of staff with its breakdowns; the totals of Tabel 1.1, 1.2 and 1.3; the PNS in the tables with
// the text; the regulations cited in Bab I; the IKU narratives with the IKU
// list. A dinas may answer an advisory finding (catatan, peringatan) in
// Dokumen.Tanggapan; a kesalahan can only be corrected. Every rule, with
// its code and severity, is one value of [DaftarAturan] (this package's)
// or of anggaran's and kinerja's lists; [SemuaAturan] returns them all.
package lkip
