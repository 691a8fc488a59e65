// Package xlsx reads and writes XLSX workbooks on archive/zip + encoding/xml.
//
// The reader ([Read]) takes what a spreadsheet saved: every sheet in the
// workbook's order, each cell with its reference ("O15"), its cached value
// as text, its formula when it has one ("SUM(O15:O21)"; shared formulas are
// expanded for every cell of their range), its kind (number, string, bool,
// error such as "#DIV/0!") and its number format, and each sheet's merged
// ranges. It never evaluates a formula: the value is the one the
// spreadsheet application computed and cached.
//
// Input is untrusted: the reader caps the uncompressed size of every part
// and of the whole workbook, the number of cells, and the row and column
// numbers, and it reports a malformed workbook as an error, never a panic.
package xlsx
