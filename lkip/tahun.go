package lkip

// TahunLaporan returns the year the document reports on: the identitas
// year, else the budget's (anggaran.tahun), else the indicators'
// (kinerja.tahun); 0 when none is filled in (or d is nil). Every part of
// the module that needs "the document's year" asks here.
func (d *Dokumen) TahunLaporan() int {
	if d == nil {
		return 0
	}
	if d.Identitas.Tahun != 0 {
		return d.Identitas.Tahun
	}
	if d.Anggaran != nil && d.Anggaran.Tahun != 0 {
		return d.Anggaran.Tahun
	}
	if d.Kinerja != nil {
		return d.Kinerja.Tahun
	}
	return 0
}
