package naskah

import "testing"

func TestUkuran(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0 byte", 1023: "1023 byte", 1024: "1 KB", 700 << 10: "700 KB",
		MaksUkuran: "32 MiB", MaksUkuran + 1: "32 MiB", 3 << 19: "1,5 MiB", MaksArsip: "256 MiB",
		40<<20 + 1<<20/10*3: "40,3 MiB",
	} {
		if got := Ukuran(n); got != want {
			t.Errorf("Ukuran(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestTerlaluBesar(t *testing.T) {
	got := TerlaluBesar("dinas.json", 40<<20, MaksUkuran, "berkas data (JSON)").Error()
	want := "berkas dinas.json berukuran 40 MiB, lebih besar dari batas 32 MiB untuk berkas data (JSON)"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	got = TerlaluBesar("a.csv", MaksUkuran+1, MaksUkuran, "CSV").Error()
	want = "berkas a.csv berukuran 32 MiB lebih 1 byte, lebih besar dari batas 32 MiB untuk CSV"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
