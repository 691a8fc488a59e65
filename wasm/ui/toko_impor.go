package ui

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/pemkab/sakip/lkip"
	"github.com/pemkab/sakip/lkip/impor"
)

// SesiImpor is a spreadsheet import under way: the file read, the sheet
// chosen, the column mapping (proposed, remembered or changed by the
// user) and what it would do to the active document. Nothing changes
// until [Toko.TerimaImpor].
type SesiImpor struct {
	Berkas string
	Lembar []*impor.Lembar
	Pilih  int // index of the chosen sheet in Lembar
	Usulan impor.Usulan
	// Dikenang says the mapping is the one remembered for the dinas of the
	// active document, not the one proposed from the headers.
	Dikenang bool
	// Hasil and Pratinjau are what the mapping reads and would change; nil
	// when it cannot be read (Galat says why).
	Hasil     *impor.Hasil
	Pratinjau *impor.Pratinjauan
	Galat     string
}

// awalanPemetaan prefixes the key of a remembered mapping in the
// browser's synchronous store (simpan.Cadangan, localStorage).
const awalanPemetaan = "pemetaan:"

// kunciPemetaan is the key of the mapping remembered for the dinas of
// document d and a kind of table; "" without a document or a dinas.
func kunciPemetaan(d *lkip.Dokumen, j impor.Jenis) string {
	if d == nil || d.Identitas.Dinas == "" {
		return ""
	}
	return awalanPemetaan + d.Identitas.Pemda + "|" + d.Identitas.Dinas + "|" + strconv.Itoa(int(j))
}

// ingatPemetaan returns the mapping remembered for kind j.
func (t *Toko) ingatPemetaan(j impor.Jenis) map[string]string {
	k := kunciPemetaan(t.Dok, j)
	if k == "" {
		return nil
	}
	_, data, ok := t.cadangan.BacaCadangan(k)
	if !ok {
		return nil
	}
	var m map[string]string
	if json.Unmarshal(data, &m) != nil {
		return nil
	}
	return m
}

// simpanPemetaan remembers the mapping u for the dinas of document d.
func (t *Toko) simpanPemetaan(d *lkip.Dokumen, u impor.Usulan) {
	k := kunciPemetaan(d, u.Jenis)
	if k == "" {
		return
	}
	data, err := json.Marshal(u.Pemetaan())
	if err == nil {
		err = t.cadangan.TulisCadangan(k, 0, data)
	}
	if err != nil {
		t.galat("Pemetaan kolom tidak dapat diingat di browser ini: " + err.Error())
	}
}

// ImporLembar reads a spreadsheet the user chose (XLSX or CSV) and starts
// an import: the first sheet that holds a table, its proposed mapping (or
// the one remembered for this dinas) and the preview. A file that cannot
// be read changes nothing; its error is shown.
func (t *Toko) ImporLembar(nama string, data []byte) {
	t.MulaiImpor()
	ls, err := impor.Baca(nama, data)
	if err != nil {
		t.Lembar = nil
		t.galat("Berkas " + nama + " tidak dapat dibaca; data yang ada tidak diubah. " + err.Error())
		return
	}
	s := &SesiImpor{Berkas: nama, Lembar: ls}
	for i, l := range ls {
		if u := impor.Usulkan(l); lengkap(u) {
			s.Pilih = i
			break
		}
	}
	t.Lembar = s
	t.PilihLembar(s.Pilih)
}

// lengkap reports whether a proposal maps what a table needs.
func lengkap(u impor.Usulan) bool {
	ada := map[impor.Kolom]bool{}
	for _, k := range u.Kolom {
		ada[k] = true
	}
	if u.Jenis == impor.JenisTabel31 {
		return ada[impor.KolomIndikator] && ada[impor.KolomTarget] && ada[impor.KolomRealisasi]
	}
	return (ada[impor.KolomUraian] || ada[impor.KolomKode]) && (ada[impor.KolomPagu] || ada[impor.KolomRealisasi])
}

// PilihLembar chooses sheet i of the file: its mapping is proposed again
// (the remembered one when it fits) and the preview computed.
func (t *Toko) PilihLembar(i int) {
	s := t.Lembar
	if s == nil || i < 0 || i >= len(s.Lembar) {
		return
	}
	s.Pilih = i
	s.Usulan = impor.Usulkan(s.Lembar[i])
	s.Dikenang = s.Usulan.PakaiPemetaan(t.ingatPemetaan(s.Usulan.Jenis))
	t.susunImpor()
}

// SetKolomImpor reads column c (0 = A) of the chosen sheet as k ("": not
// read) and computes the preview again. A column already read as k is no
// longer read.
func (t *Toko) SetKolomImpor(c int, k impor.Kolom) {
	s := t.Lembar
	if s == nil || c < 0 || c >= len(s.Usulan.Kolom) {
		return
	}
	s.Usulan = s.Usulan.Salin()
	if k != "" {
		for i, x := range s.Usulan.Kolom {
			if x == k {
				s.Usulan.Kolom[i] = ""
			}
		}
	}
	s.Usulan.Kolom[c] = k
	s.Dikenang = false
	t.susunImpor()
}

// opsiImpor are the options of the import from the active document: its
// year and its urusan/bidang.
func (t *Toko) opsiImpor() impor.Opsi {
	var o impor.Opsi
	if d := t.Dok; d != nil {
		o.Tahun = d.TahunLaporan()
		if d.Anggaran != nil {
			o.UrusanBidang = d.Anggaran.UrusanBidang
		}
	}
	return o
}

// susunImpor reads the chosen sheet under the mapping and previews it
// against the active document.
func (t *Toko) susunImpor() {
	s := t.Lembar
	s.Hasil, s.Pratinjau, s.Galat = nil, nil, ""
	h, err := impor.Susun(s.Lembar[s.Pilih], s.Usulan, t.opsiImpor())
	if err != nil {
		s.Galat = err.Error()
		return
	}
	p, err := impor.Pratinjau(t.Dok, h)
	if err != nil {
		s.Galat = err.Error()
		return
	}
	s.Hasil, s.Pratinjau = h, p
}

// TerimaImpor applies the import previewed: the active document's budget
// (or indicators) get the rows added and changed, after its current
// version is kept in the history so that it can be undone ([Toko.ganti]);
// without an active document the rows become a new document. The mapping
// is remembered for the dinas.
func (t *Toko) TerimaImpor() {
	s := t.Lembar
	if s == nil || s.Hasil == nil {
		return
	}
	baru, err := impor.Terapkan(t.Dok, s.Hasil)
	if err != nil {
		s.Galat = err.Error()
		return
	}
	p := s.Pratinjau
	pesan := fmt.Sprintf("%s diimpor: %d baris ditambah, %d diubah, %d ditolak.", s.Berkas, p.Ditambah, p.Diubah, p.Ditolak)
	t.Lembar = nil
	t.simpanPemetaan(baru, s.Usulan)
	if t.Dok == nil {
		t.tambah(baru, pesan+" Dokumen baru dibuat.")
		return
	}
	t.ganti("Sebelum impor "+s.Berkas, func(d *lkip.Dokumen) {
		d.Anggaran, d.Kinerja = baru.Anggaran, baru.Kinerja
	}, pesan)
}

// BatalImpor drops the import under way; nothing changes.
func (t *Toko) BatalImpor() {
	if t.Lembar != nil {
		t.Lembar = nil
		t.Pesan = "Impor dibatalkan; dokumen tidak diubah."
	}
}
