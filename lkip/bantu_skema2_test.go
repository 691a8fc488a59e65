package lkip

import (
	"fmt"
	"strings"
)

// kutipanDi returns the index and the quote of d whose place begins with
// tempat and whose source is sumber/kunci; it panics when there is none
// (a test of the seed).
func kutipanDi(d *Dokumen, tempat, sumber, kunci string) (int, *AngkaKutipan) {
	for i := range d.Kutipan.Angka {
		q := &d.Kutipan.Angka[i]
		if strings.HasPrefix(q.Tempat, tempat) && q.Sumber == sumber && q.Kunci == kunci {
			return i, q
		}
	}
	panic(fmt.Sprintf("no kutipan %s %s/%s", tempat, sumber, kunci))
}

// pathKutipan is the path of the value of the quote kutipanDi finds.
func pathKutipan(d *Dokumen, tempat, sumber, kunci string) string {
	i, _ := kutipanDi(d, tempat, sumber, kunci)
	return fmt.Sprintf("kutipan.angka[%d].nilai", i)
}

// kelompokDi returns the group of staff with the key id; it panics when
// there is none.
func kelompokDi(d *Dokumen, id string) *KelompokPegawai {
	for i := range d.Profil.Pegawai {
		if d.Profil.Pegawai[i].Kunci() == id {
			return &d.Profil.Pegawai[i]
		}
	}
	panic("no group " + id)
}

// butirDi returns the part butir of the breakdown rincian of k.
func butirDi(k *KelompokPegawai, rincian, butir string) *ButirPegawai {
	for j := range k.Rincian {
		if k.Rincian[j].Kunci() != rincian {
			continue
		}
		for b := range k.Rincian[j].Butir {
			if k.Rincian[j].Butir[b].Kunci() == butir {
				return &k.Rincian[j].Butir[b]
			}
		}
	}
	panic("no part " + rincian + "." + butir + " in " + k.Nama)
}

// setelPenyetaraan sets the penyetaraan breakdown of the seed's PNS.
func setelPenyetaraan(p *Profil, fungsional, struktural int) {
	d := &Dokumen{Profil: *p}
	k := kelompokDi(d, "pns")
	butirDi(k, "penyetaraan", "fungsional").Jumlah = fungsional
	butirDi(k, "penyetaraan", "struktural").Jumlah = struktural
}
