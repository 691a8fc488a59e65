package impor

import (
	"testing"
)

// FuzzBaca feeds any bytes, as a CSV file and as a workbook, through the
// whole import (read, propose, build, preview, apply) into a new document:
// it must return an error or a result, never panic, and a result applied
// must be a valid data file.
func FuzzBaca(f *testing.F) {
	f.Add([]byte("uraian;pagu;realisasi\nProgram A;;\nKegiatan B;10;5\nSub Kegiatan C;10;5\n"))
	f.Add([]byte("kode,uraian,pagu,realisasi\n1.06.01,P,,\n1.06.01.2.01,K,,\n1.06.01.2.01.01,S,\"1.000\",\"900\"\nJumlah,,1000,900\n"))
	f.Add([]byte("Sasaran;Indikator;Target;Realisasi;Capaian\nS;I;80;76;95\n;J;10;#DIV/0!;-\n"))
	f.Add([]byte("tingkat;uraian;pagu;realisasi\nsub;X;1;1\n\"\n"))
	f.Add([]byte("PK\x03\x04garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, nama := range []string{"f.csv", "f.xlsx"} {
			ls, err := Baca(nama, data)
			if err != nil {
				continue
			}
			for _, l := range ls {
				u := Usulkan(l)
				h, err := Susun(l, u, Opsi{Tahun: 2024})
				if err != nil {
					continue
				}
				d, err := Terapkan(nil, h)
				if err != nil {
					continue
				}
				if _, err := d.Encode(); err != nil {
					t.Fatalf("applied document does not encode: %v", err)
				}
				if _, err := Pratinjau(d, h); err != nil {
					t.Fatalf("preview on the applied document: %v", err)
				}
			}
		}
	})
}
