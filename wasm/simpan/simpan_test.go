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
	m.HapusPermanen("a", func(err error) {})
	m.Baca("a", func(b []byte, err error) {
		if !errors.Is(err, ErrTidakAda) {
			t.Errorf("Baca after Hapus: %v", err)
		}
	})
}

// TestMemoriVersi checks the version check of Tulis, the soft deletion and
// the history kept per document.
func TestMemoriVersi(t *testing.T) {
	m := NewMemori()
	lain := m.Tab()
	var kabar []int
	lain.Dengar(func(id string, versi int) { kabar = append(kabar, versi) })
	tulis := func(versi int) error {
		var got error
		m.Tulis(Ringkasan{ID: "a", Versi: versi}, []byte("v"), func(err error) { got = err })
		return got
	}
	for _, tc := range []struct {
		versi int
		want  error
	}{{1, nil}, {2, nil}, {2, ErrBasi}, {4, ErrBasi}, {3, nil}} {
		if got := tulis(tc.versi); !errors.Is(got, tc.want) {
			t.Errorf("Tulis versi %d: %v, want %v", tc.versi, got, tc.want)
		}
	}
	m.Kabarkan("a", 3)
	if diff := cmp.Diff([]int{3}, kabar); diff != "" {
		t.Errorf("the other tab heard (-want +got):\n%s", diff)
	}
	m.Hapus("a", time.Unix(5, 0), func(err error) {})
	var r Ringkasan
	lain.Daftar(func(l []Ringkasan, err error) { r = l[0] })
	if r.Dihapus.IsZero() || r.Versi != 4 {
		t.Errorf("after Hapus: %+v, want deleted at version 4", r)
	}
	m.Pulihkan("a", func(err error) {})
	m.Daftar(func(l []Ringkasan, err error) { r = l[0] })
	if !r.Dihapus.IsZero() || r.Versi != 5 {
		t.Errorf("after Pulihkan: %+v, want restored at version 5", r)
	}
	for i := 0; i < BatasRiwayat+3; i++ {
		m.Arsipkan("a", Versi{Alasan: string(rune('A' + i))}, func(err error) {})
	}
	var alasan string
	m.Riwayat("a", func(l []Versi, err error) {
		for _, v := range l {
			alasan += v.Alasan
		}
	})
	if alasan != "MLKJIHGFED" {
		t.Errorf("history = %q, want the newest %d, newest first", alasan, BatasRiwayat)
	}
	m.Gagalkan(ErrPenuh)
	if got := tulis(6); !errors.Is(got, ErrPenuh) {
		t.Errorf("Tulis on a full store: %v", got)
	}
}
