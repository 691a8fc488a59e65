package ui

import (
	"testing"
)

// FuzzImpor feeds arbitrary files to the import: it never panics, and
// either the file is refused with a message and nothing changes, or it
// becomes a new document (JSON) or the budget of the open one (CSV).
func FuzzImpor(f *testing.F) {
	f.Add("a.json", []byte(`{"versi": 1}`))
	f.Add("a.json", []byte(`{"versi": 1, "identitas": {"tahun": "x"}}`))
	f.Add("a.csv", []byte("kode;uraian;pagu;realisasi\n1.06.01.2.01.06;X;1.000;900\n"))
	f.Add("a.csv", []byte("kode;uraian;pagu\n1.06;;12,34,5\n"))
	f.Add("a", []byte("\xff\xfe{"))
	f.Fuzz(func(t *testing.T, nama string, data []byte) {
		toko, _, _ := tokoUji(t)
		toko.MuatContoh()
		aktif, dok, n := toko.AktifID, toko.Dok, len(toko.Daftar)
		toko.MulaiImpor()
		toko.Impor(nama, data)
		switch {
		case arsipZip(nama, data):
			// A ZIP: its readable data files become documents (FuzzImporZip),
			// the others are named; the open document is not changed.
			if toko.Dok != dok && len(toko.Daftar) == n {
				t.Fatalf("an archive changed the open document")
			}
		case toko.Galat != "":
			if toko.AktifID != aktif || toko.Dok != dok || len(toko.Daftar) != n {
				t.Fatalf("a refused file changed the data: %s", toko.Galat)
			}
		case jenisBerkas(nama, data) == "json":
			if len(toko.Daftar) != n+1 {
				t.Fatalf("an accepted data file did not become a new document")
			}
		default:
			if toko.AktifID != aktif || len(toko.Daftar) != n {
				t.Fatalf("an accepted CSV changed the list of documents")
			}
		}
	})
}
