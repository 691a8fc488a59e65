package naskah_test

import (
	"strings"
	"testing"

	"github.com/pemkab/sakip/internal/naskah"
	"github.com/pemkab/sakip/internal/sampel"
)

// BenchmarkBaca reads the sample data file into its tree, without the
// sections' readers.
func BenchmarkBaca(b *testing.B) {
	b.SetBytes(int64(len(sampel.FlotimDinsos2022)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := naskah.Baca(sampel.FlotimDinsos2022); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBacaDalam refuses 200 KB of nested brackets.
func BenchmarkBacaDalam(b *testing.B) {
	data := []byte(strings.Repeat("[", 200_000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := naskah.Baca(data); err == nil {
			b.Fatal("diterima")
		}
	}
}

// BenchmarkTulis writes the sample's tree back as indented text.
func BenchmarkTulis(b *testing.B) {
	v, err := naskah.Baca(sampel.FlotimDinsos2022)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		w := naskah.NewPenulis("  ")
		tulisPohon(w, v)
	}
}

func tulisPohon(w *naskah.Penulis, v *naskah.Nilai) {
	switch v.Jenis {
	case naskah.JenisObjek:
		w.MulaiObjek()
		for i := range v.Isi {
			w.Kunci(v.Isi[i].Nama)
			tulisPohon(w, &v.Isi[i])
		}
		w.AkhirObjek()
	case naskah.JenisDaftar:
		w.MulaiDaftar()
		for i := range v.Isi {
			tulisPohon(w, &v.Isi[i])
		}
		w.AkhirDaftar()
	case naskah.JenisTeks:
		w.Teks(v.Teks)
	case naskah.JenisBilangan:
		w.Bilangan(v.Teks)
	case naskah.JenisBoolean:
		w.Boolean(v.Teks == "true")
	default:
		w.Null()
	}
}
