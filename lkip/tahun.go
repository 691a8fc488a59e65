package lkip

// TahunLaporan returns the year the document reports on: the identitas
// year, else the indicators' (kinerja.tahun), else the budget's
// (anggaran.tahun); 0 when none is filled in (or d is nil). Every part of
// the module that needs "the document's year" asks here.
func (d *Dokumen) TahunLaporan() int {
	switch {
	case d == nil:
		return 0
	case d.Identitas.Tahun != 0:
		return d.Identitas.Tahun
	case d.Kinerja != nil && d.Kinerja.Tahun != 0:
		return d.Kinerja.Tahun
	case d.Anggaran != nil:
		return d.Anggaran.Tahun
	}
	return 0
}

// tahunLaporan is the report's year ([Dokumen.TahunLaporan]).
func (l *Laporan) tahunLaporan() int { return l.Dokumen.TahunLaporan() }
