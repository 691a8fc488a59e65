package normal

import "testing"

func TestNama(t *testing.T) {
	for _, c := range []struct{ in, pemisah, want string }{
		{"Pengujian/ Verifikasi,", " ", "pengujian verifikasi"},
		{"  Tenaga Honorer ", "_", "tenaga_honorer"},
		{"Pegawai Negeri Sipil (PNS)", "_", "pegawai_negeri_sipil_pns"},
		{"Pembina Tk. I", "", "pembinatki"},
		{"", " ", ""},
		{"--//", "_", ""},
		{"ÉSELON Ⅱ", " ", "éselon"}, // Ⅱ is a number sign, neither letter nor digit
		{"a1-b2", "_", "a1_b2"},
	} {
		if got := Nama(c.in, c.pemisah); got != c.want {
			t.Errorf("Nama(%q, %q) = %q, want %q", c.in, c.pemisah, got, c.want)
		}
	}
}
