package lkip

import (
	"github.com/pemkab/sakip/anggaran"
	"github.com/pemkab/sakip/kinerja"
)

// ComputeAnggaran computes the budget sections of d as [Compute] does: the
// realisation tree (Tabel 3.2) and, when d has belanja rows, the belanja
// table; both nil without an anggaran section. It is the incremental entry
// an editor calls on each keystroke in a budget figure, instead of the whole
// Compute (the reviu walks every section). The scores depend on the tree
// (efficiency reads the budget): recompute them with [ComputeKinerja] and
// the new tree.
func ComputeAnggaran(d *Dokumen, o Opsi) (*anggaran.Pohon, *anggaran.PohonRekening) {
	if d == nil || d.Anggaran == nil {
		return nil, nil
	}
	pohon := d.Anggaran.Compute(o.Anggaran)
	var belanja *anggaran.PohonRekening
	if len(d.Anggaran.Belanja) > 0 {
		belanja = anggaran.ComputeBelanja(d.Anggaran.Belanja)
	}
	return pohon, belanja
}

// ComputeKinerja computes the kinerja section of d as [Compute] does: the
// capaian, predikat, comparisons and efficiency for the report's year (the
// kinerja section's own year when the identitas has none), with pohon (from
// [ComputeAnggaran]; nil: no budget figures) as the source of budget
// figures. It returns nil without a kinerja section.
func ComputeKinerja(d *Dokumen, o Opsi, pohon *anggaran.Pohon) *kinerja.Hasil {
	if d == nil || d.Kinerja == nil {
		return nil
	}
	var sumber kinerja.SumberAnggaran
	if pohon != nil {
		sumber = pohon
	}
	tahun := d.Identitas.Tahun
	if tahun == 0 {
		tahun = d.Kinerja.Tahun
	}
	return kinerja.Compute(d.Kinerja, tahun, o.Kinerja, sumber)
}
