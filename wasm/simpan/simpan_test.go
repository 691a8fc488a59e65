package simpan

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestMemori(t *testing.T) {
	m := NewMemori()
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, r := range []Ringkasan{
		{ID: "a", Nama: "Dinas A 2022", Diubah: t0, Ukuran: 3},
		{ID: "b", Nama: "Dinas B 2022", Diubah: t0.Add(time.Hour), Ukuran: 3},
		{ID: "c", Nama: "Dinas C 2022", Diubah: t0, Ukuran: 3},
	} {
		m.Tulis(r, []byte(r.ID+"!!"), func(err error) {
			if err != nil {
				t.Fatal(err)
			}
		})
	}
	var got []string
	m.Daftar(func(l []Ringkasan, err error) {
		for _, r := range l {
			got = append(got, r.ID)
		}
	})
	if diff := cmp.Diff([]string{"b", "a", "c"}, got); diff != "" {
		t.Errorf("Daftar order (-want +got):\n%s", diff)
	}
	m.Baca("a", func(b []byte, err error) {
		if err != nil || string(b) != "a!!" {
			t.Errorf("Baca(a) = %q, %v", b, err)
		}
		b[0] = 'x' // the caller's copy
	})
	m.Baca("a", func(b []byte, err error) {
		if string(b) != "a!!" {
			t.Errorf("Baca returned the store's own slice")
		}
	})
	m.Hapus("a", func(err error) {})
	m.Baca("a", func(b []byte, err error) {
		if !errors.Is(err, ErrTidakAda) {
			t.Errorf("Baca after Hapus: %v", err)
		}
	})
}
