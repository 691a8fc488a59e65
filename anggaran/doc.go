// Package anggaran computes the budget realisation of an Indonesian regional
// government unit (dinas) exactly, from sub kegiatan up to the whole dinas,
// and finds every inconsistency between the figures a document prints and
// the figures they must be computed from.
//
// The data flows parse > model > compute > render:
//
//   - Numbers: [ParseRupiah], [ParsePersen], [ParseAngka] read the forms real
//     documents use ("9.399.497.972", "2,982,697,372", "Rp 1.987.663,-",
//     "98,42%"); [FormatRupiah], [FormatPersen], [FormatAngka] write them the
//     Indonesian way. Every amount is a decimal.Decimal, never a float; in
//     the tree an amount is a [Rupiah] (int64 sen, overflow-checked, the
//     decimal only as the fallback for what does not fit), read with
//     [ParseRupiahSen] and turned into a decimal at the edge.
//   - Codes: [Kode] is a program/kegiatan/sub kegiatan code
//     (1.06.01.2.01.06, also 1.06.01.2.01.0006 and the short column form
//     "1 2 1 6" of LKIP tables, see [ParseKode], [ParseKodeSingkat]), with
//     the Kepmendagri 050-5889/2021 nomenclature of every bidang embedded
//     ([LookupNomenklatur], [CariNomenklatur], [Kode.NamaBaku]);
//     [KodeRekening] is a belanja account code (5.1.01) with the standard
//     names built in ([KodeRekening.NamaBaku]).
//   - Model: [Anggaran] holds a document's budget tables as printed: the
//     realisation table ([Rincian] rows at any level), the belanja table
//     ([Rekening] rows) and the Perjanjian Kinerja amounts.
//   - Compute: [Compute] / [Anggaran.Compute] build a [Pohon] (tree) whose
//     parents are the exact sums of its leaves, with sisa and percentages
//     ([Baris] as decimals, [Nilai] as fixed point without allocating);
//     [ComputeBelanja] does the same for accounts.
//   - Check: [Anggaran.Check] returns [Temuan] (findings) in Bahasa
//     Indonesia with their location, printed and computed value.
//   - Input/output: [ParseJSON], [ParseCSV]; [Tabel], the one table type
//     of sakip's layouts (headers and every row's cells as printed text,
//     bold and spans), which [RenderTabelMarkdown] writes and package
//     lkip's report prints: [Pohon.Tabel], the one layout of an LKIP's
//     Tabel 3.2 ([RenderMarkdown]), [PohonRekening.Tabel], that of the
//     belanja accounts ([RenderBelanjaMarkdown]), and kinerja's Tabel 3.1;
//     [RenderJSON].
//
// # Rounding
//
// Percentages are realisasi × 100 / pagu computed exactly and rounded once,
// by default half up to 2 decimals (the seed document's rule); [Opsi]
// changes the rule and the number of decimals. Sums are never rounded.
// A missing amount is not zero: it is a [NullRupiah] (a row's Rupiah
// amounts, held in int64 sen) or a decimal.NullDecimal (percentages, the
// belanja accounts, the computed [Baris]) with Valid false, and a sum over
// a missing amount is missing too.
//
// # The anggaran section of a data file
//
// A data file (one JSON document per dinas per year) holds this package's
// data under its "anggaran" key. Amounts are JSON strings written as the
// document prints them, read with [ParseRupiah] (amounts) or [ParsePersen]
// (persen, fisik); a JSON number is also accepted (at most 30 digits
// before the decimal point and 30 after it, exponent within ±30), and ""
// or null means missing. Unknown fields are refused, and so is a field
// given twice in one object (the file is edited by hand: keeping the last
// would silently lose the first). All fields are optional unless marked.
//
//	{
//	  "tahun": 2022,
//	  "urusan_bidang": "1.06",       // prefix of short codes (U.BB)
//	  "tabel": "Tabel 3.2",          // name of the realisation table, for findings
//	  "rincian": [                   // the realisation table, rows at any level, any order
//	    {"kode": "1 2 1 6",          // short form, or official "1.06.01.2.01.06"; or instead:
//	     "tingkat": "sub kegiatan",  // the level of a row printed without a code (see below)
//	     "uraian": "Koordinasi dan Penyusunan Laporan ...",
//	     "pagu_murni": "50.000.000", // pagu sebelum perubahan
//	     "pagu": "59.349.800",       // pagu setelah perubahan (a leaf without it: anggaran/pagu-kosong)
//	     "realisasi": "58.180.100",  // realisasi keuangan (Rp)
//	     "sisa": "1.169.700",        // as printed, compared with pagu − realisasi
//	     "persen": "98,03",          // as printed, compared with realisasi × 100 / pagu
//	     "fisik": "100",             // realisasi fisik (%)
//	     "catatan": "...",           // a transcriber's note
//	     "pagu_renstra": "85.102.670", // the row's pagu over the Renstra period (optional)
//	     "triwulan": ["8.416.000", "12.490.000", null, null]} // realisasi within TW I–IV (optional; null: not reported)
//	  ],
//	  "jumlah": {"uraian": "JUMLAH BELANJA LANGSUNG", "pagu": "9.399.497.972",
//	             "realisasi": "9.250.672.850", "persen": "98,42"},  // printed grand total
//	  "belanja": [                   // the belanja account table
//	    {"kode": "5 . 1 . 01", "uraian": "Belanja Pegawai",   // kode required
//	     "pagu_murni": "2.028.190.502", "pagu": "2.287.832.054", "realisasi": "...", "catatan": "..."}
//	  ],
//	  "perjanjian_kinerja": {        // the budget column of the Perjanjian Kinerja
//	    "tabel": "Perjanjian Kinerja",
//	    "rincian": [{"kode": "2 2 1", "uraian": "Pemberdayaan Sosial ...", "pagu": "39,175,000", "catatan": "..."}],
//	    "jumlah": {"uraian": "TOTAL", "pagu": "9,399,497,972"}
//	  }
//	}
//
// A row of "rincian" without descendants among the rows is a leaf (normally
// a sub kegiatan): its amounts are data, and a leaf without a pagu is the
// finding anggaran/pagu-kosong (its sums are then printed "tidak
// lengkap"). A row with descendants is a printed subtotal: it is compared
// with the sum of its leaves, never used in the sums.
//
// A table printed without codes (LKIP tables and Renja evaluations often
// list Program / Kegiatan / Sub Kegiatan by name and level only) gives
// each row a "tingkat" instead of a "kode": "program", "kegiatan" or "sub
// kegiatan" (also "prog", "keg", "sub", "subkeg", "1", "2", "3";
// [ParseTingkat]). Every row then has a tingkat and none a kode (a mix is
// refused), in table order: a kegiatan belongs to the program above it and
// a sub kegiatan to the kegiatan above it, and a row out of that order is
// refused, the error naming it. Such rows are placed in the tree by a
// positional code that is never printed ([Kode.TanpaKode]); sums,
// percentages and checks are those of a coded table, findings name the row
// by its number and name ("baris ke-4 Akuntansi"), and the renderers print
// no code column. The CSV import ([ParseCSV]) also reads the level from a
// name's first words ("Program …", "Kegiatan …", "Sub Kegiatan …").
//
// Errors are [*ParseError] values whose
// Path is relative to the section, e.g. `rincian[3].pagu: "12,34,5" bukan
// angka rupiah yang sah: …`.
//
// # Findings
//
// [Anggaran.Check] reports printed subtotals, totals, percentages and
// sisa that differ from the computed ones, realisasi above pagu, negative
// amounts, duplicate codes, a program or kegiatan missing from a table
// that prints the subtotals of the other programs or kegiatan, account names that do not match their code, belanja
// sums that do not add up, the belanja total against the realisation
// total, and Perjanjian Kinerja amounts against the realisation table and
// against their own subtotals. Each check has a stable Kode (the Temuan…
// constants); every rule, with its severity, is one value of
// [DaftarAturan].
package anggaran
