// Package impor brings spreadsheets into an LKIP data file: a budget sheet
// (a DPA or realisation export, with or without codes), the Renja
// evaluation form of Permendagri 86/2017, or a printed Tabel 3.1.
//
// Data flows in five steps, each one function, so that a program or the
// PWA can show the user every step before anything changes:
//
//	ls, err := impor.Baca("realisasi.xlsx", data)   // the sheets as cells (XLSX or CSV ; ,)
//	u := impor.Usulkan(ls[0])                      // kind, header row and PROPOSED column mapping
//	u.Kolom[4] = impor.KolomPagu                   // the user may change any column
//	h, err := impor.Susun(ls[0], u, impor.Opsi{})  // the rows, each refused row with its reason
//	p, err := impor.Pratinjau(doc, h)              // row by row: ditambah, diubah (lama → baru), ditolak
//	baru, err := impor.Terapkan(doc, h)            // a new *lkip.Dokumen; doc is never changed
//
// # Reading
//
// [Baca] reads an XLSX workbook (internal/xlsx: every sheet, cached values,
// never evaluating a formula) or a CSV file as a spreadsheet saves it (";"
// or "," decided from the first line, BOM, quoting). A number cell of a
// workbook keeps its exact value; its text is written in the Indonesian
// notation with the decimals its number format prints ("0.00%" makes
// 0,1234 into 12,34).
//
// # The mapping
//
// [Usulkan] finds the header row (the row among the first 40 whose cells
// name the most known columns, wordings such as "Pagu Anggaran",
// "Realisasi (Rp)", "Indikator Kinerja" or "Capaian (%)" included), decides
// the kind from it, and proposes one [Kolom] per sheet column. A sheet with
// the numbers row "1 2 3 … 15" of the Renja form is the form: its column 3
// is the uraian, 8 Rp the pagu and 13 Rp the realisasi.
//
// # Levels
//
// A budget row is placed by its code; without one, by its tingkat column;
// without one, by the words its name begins with ("Program …"); and in the
// Renja form, whose names carry none of these, by the name itself when the
// national nomenclature (anggaran.LookupNama) knows it at a single level,
// else by the form's layout (its SUM formulas, a program's rows below it).
// A row whose level cannot be told, or a kegiatan with no program above
// it, is refused with its row number, its name and the reason; the rows
// below a refused row are refused with it, never moved under another.
//
// # Preview and apply
//
// [Pratinjau] compares the built rows with the current document: a budget
// row is the same row when its code is, or, without codes, when its level
// and name are and so are its parent's; a Tabel 3.1 indicator when its name
// is (case and spacing ignored). Every mapped figure that differs is listed
// old → new; a figure the sheet leaves empty never clears one the document
// has. [Terapkan] returns a copy of the document with the rows changed and
// added, the rows of the document the sheet does not list kept. The printed
// totals that differ from the sum of their rows are in [Hasil.Selisih].
package impor
