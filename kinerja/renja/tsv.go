package renja

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pemkab/sakip/anggaran"
	"github.com/shopspring/decimal"
)

// The transcription of a form as text: tab-separated values, one line per
// row, so that a form read from a spreadsheet can be kept, reviewed and
// diffed as text, and a small form written by hand for a test. Lines
// starting with "# " before the header give the form's title ("# judul"),
// Pemda ("# pemda"), year ("# tahun"), perangkat daerah ("# perangkat_daerah")
// and sheet ("# lembar"). The header names the columns, in any order and any
// subset of [KolomTSV]; a missing column is blank. Figures are plain
// decimals ("1234.5"), blank, or a printed error ("#DIV/0!"). "induk" is
// the "lembar" number of the parent row; the total row has tingkat
// "jumlah" and, in "induk", the rows it adds, comma-separated.

// KolomTSV are the columns of the transcription, in the order TulisTSV
// writes them.
var KolomTSV = []string{"lembar", "no", "tingkat", "induk", "lanjutan", "sasaran", "nama", "indikator", "satuan",
	"6K", "6Rp", "7K", "7Rp", "8K", "8Rp",
	"9K", "9%", "9Rp", "10K", "10%", "10Rp", "11K", "11%", "11Rp", "12K", "12%", "12Rp",
	"13K", "13Rp", "14K", "14Rp", "15K", "15Rp"}

// nilaiTSV returns a pointer to the figure of column name in b.
func nilaiTSV(b *BarisFormulir, name string) *Nilai {
	switch name {
	case "6K":
		return &b.Renstra.K
	case "6Rp":
		return &b.Renstra.Rp
	case "7K":
		return &b.SampaiLalu.K
	case "7Rp":
		return &b.SampaiLalu.Rp
	case "8K":
		return &b.Target.K
	case "8Rp":
		return &b.Target.Rp
	case "13K":
		return &b.Tercetak[0].K
	case "13Rp":
		return &b.Tercetak[0].Rp
	case "14K":
		return &b.Tercetak[1].K
	case "14Rp":
		return &b.Tercetak[1].Rp
	case "15K":
		return &b.Tercetak[2].K
	case "15Rp":
		return &b.Tercetak[2].Rp
	}
	for q := 0; q < 4; q++ {
		n := strconv.Itoa(9 + q)
		switch name {
		case n + "K":
			return &b.Triwulan[q].K
		case n + "%":
			return &b.Triwulan[q].Persen
		case n + "Rp":
			return &b.Triwulan[q].Rp
		}
	}
	return nil
}

func tulisNilai(n Nilai) string {
	if n.Galat != "" {
		return n.Galat
	}
	if !n.Ada {
		return ""
	}
	return anggaran.FormatAngkaBerkas(n.Angka)
}

func bersih(s string) string { return strings.Join(strings.Fields(s), " ") }

// TulisTSV writes the form's transcription.
func TulisTSV(w io.Writer, f *Formulir) error {
	if w == nil {
		return errTanpaTujuan
	}
	if f == nil {
		f = &Formulir{}
	}
	var b bytes.Buffer
	for _, kv := range [][2]string{{"judul", f.Judul}, {"pemda", f.Pemda}, {"tahun", tahunAtau(f)}, {"perangkat_daerah", f.PerangkatDaerah}, {"lembar", f.Lembar}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "# %s\t%s\n", kv[0], bersih(kv[1]))
		}
	}
	b.WriteString(strings.Join(KolomTSV, "\t") + "\n")
	row := func(x *BarisFormulir, tingkat, induk string) {
		for i, k := range KolomTSV {
			if i > 0 {
				b.WriteByte('\t')
			}
			switch k {
			case "lembar":
				if x.Lembar > 0 {
					b.WriteString(strconv.Itoa(x.Lembar))
				}
			case "no":
				b.WriteString(bersih(x.No))
			case "tingkat":
				b.WriteString(tingkat)
			case "induk":
				b.WriteString(induk)
			case "lanjutan":
				if x.Lanjutan {
					b.WriteString("ya")
				}
			case "sasaran":
				b.WriteString(bersih(x.Sasaran))
			case "nama":
				b.WriteString(bersih(x.Nama))
			case "indikator":
				b.WriteString(bersih(x.Indikator))
			case "satuan":
				b.WriteString(bersih(x.Satuan))
			default:
				b.WriteString(tulisNilai(*nilaiTSV(x, k)))
			}
		}
		b.WriteByte('\n')
	}
	for i := range f.Baris {
		x := &f.Baris[i]
		induk := ""
		if x.Induk >= 0 {
			induk = strconv.Itoa(f.Baris[x.Induk].Lembar)
		}
		row(x, x.Tingkat.String(), induk)
	}
	if f.Jumlah != nil {
		var dari []string
		for _, i := range f.JumlahDari {
			dari = append(dari, strconv.Itoa(f.Baris[i].Lembar))
		}
		row(f.Jumlah, "jumlah", strings.Join(dari, ","))
	}
	_, err := w.Write(b.Bytes())
	return err
}

// TSVError is an error in a transcription: its line, column and message.
type TSVError struct {
	Baris int
	Kolom string
	Err   error
}

func (e *TSVError) Error() string {
	if e == nil {
		return "renja: galat TSV (nil)"
	}
	if e.Kolom != "" {
		return fmt.Sprintf("baris %d: kolom %s: %v", e.Baris, e.Kolom, e.Err)
	}
	return fmt.Sprintf("baris %d: %v", e.Baris, e.Err)
}

func (e *TSVError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

func bacaTingkat(s string) (Tingkat, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "urusan":
		return Urusan, true
	case "bidang", "bidang urusan":
		return Bidang, true
	case "program":
		return Program, true
	case "kegiatan":
		return Kegiatan, true
	case "sub kegiatan", "subkegiatan", "sub":
		return SubKegiatan, true
	}
	return 0, false
}

// BacaTSV reads a transcription written by [TulisTSV] or by hand.
func BacaTSV(data []byte) (*Formulir, error) {
	f := &Formulir{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var header []string
	line := 0
	lembar := map[int]int{}
	type tunda struct {
		i     int
		induk string
		line  int
	}
	var indukTunda []tunda
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" {
			continue
		}
		if header == nil && strings.HasPrefix(t, "# ") {
			k, v, _ := strings.Cut(t[2:], "\t")
			v = strings.TrimSpace(v)
			switch strings.TrimSpace(k) {
			case "judul":
				f.Judul = v
			case "pemda":
				f.Pemda = v
			case "tahun":
				n, err := strconv.Atoi(v)
				if err != nil || n < 1900 || n > 2200 {
					return nil, &TSVError{Baris: line, Kolom: "tahun", Err: fmt.Errorf("%q bukan tahun", v)}
				}
				f.Tahun = n
			case "perangkat_daerah":
				f.PerangkatDaerah = v
			case "lembar":
				f.Lembar = v
			default:
				return nil, &TSVError{Baris: line, Err: fmt.Errorf("keterangan %q tidak dikenal", k)}
			}
			continue
		}
		cells := strings.Split(t, "\t")
		if header == nil {
			seen := map[string]bool{}
			for _, c := range cells {
				c = strings.TrimSpace(c)
				known := c == "lembar" || c == "no" || c == "tingkat" || c == "induk" || c == "lanjutan" || c == "sasaran" || c == "nama" || c == "indikator" || c == "satuan" || nilaiTSV(&BarisFormulir{}, c) != nil
				if !known {
					return nil, &TSVError{Baris: line, Kolom: c, Err: fmt.Errorf("kolom tidak dikenal (%s)", strings.Join(KolomTSV, ", "))}
				}
				if seen[c] {
					return nil, &TSVError{Baris: line, Kolom: c, Err: fmt.Errorf("kolom ganda")}
				}
				seen[c] = true
				header = append(header, c)
			}
			if !seen["nama"] || !seen["tingkat"] {
				return nil, &TSVError{Baris: line, Err: fmt.Errorf("kepala harus memuat kolom nama dan tingkat")}
			}
			continue
		}
		if len(cells) > len(header) {
			return nil, &TSVError{Baris: line, Err: fmt.Errorf("%d sel, kepala hanya %d kolom", len(cells), len(header))}
		}
		b := BarisFormulir{Induk: -1}
		var induk, tingkat string
		for j, c := range cells {
			k := header[j]
			c = strings.TrimSpace(c)
			switch k {
			case "lembar":
				if c != "" {
					n, err := strconv.Atoi(c)
					if err != nil || n < 1 || n > 1<<20 {
						return nil, &TSVError{Baris: line, Kolom: k, Err: fmt.Errorf("%q bukan nomor baris lembar", c)}
					}
					b.Lembar = n
				}
			case "no":
				b.No = c
			case "tingkat":
				tingkat = c
			case "induk":
				induk = c
			case "lanjutan":
				switch c {
				case "ya":
					b.Lanjutan = true
				case "", "tidak":
				default:
					return nil, &TSVError{Baris: line, Kolom: k, Err: fmt.Errorf("%q: tulis ya atau kosongkan", c)}
				}
			case "sasaran":
				b.Sasaran = c
			case "nama":
				b.Nama = c
			case "indikator":
				b.Indikator = c
			case "satuan":
				b.Satuan = c
			default:
				n, err := bacaNilaiTSV(c)
				if err != nil {
					return nil, &TSVError{Baris: line, Kolom: k, Err: err}
				}
				*nilaiTSV(&b, k) = n
			}
		}
		if b.Lembar == 0 {
			b.Lembar = line
		}
		if tingkat == "jumlah" {
			if f.Jumlah != nil {
				return nil, &TSVError{Baris: line, Kolom: "tingkat", Err: fmt.Errorf("baris jumlah kedua")}
			}
			jb := b
			f.Jumlah = &jb
			for _, s := range strings.Split(induk, ",") {
				if s = strings.TrimSpace(s); s == "" {
					continue
				}
				n, err := strconv.Atoi(s)
				i, ok := lembar[n]
				if err != nil || !ok {
					return nil, &TSVError{Baris: line, Kolom: "induk", Err: fmt.Errorf("baris %q tidak ada sebelumnya", s)}
				}
				f.JumlahDari = append(f.JumlahDari, i)
			}
			continue
		}
		tk, ok := bacaTingkat(tingkat)
		if !ok && tingkat != "" && tingkat != TingkatTidakDiketahui.String() {
			return nil, &TSVError{Baris: line, Kolom: "tingkat", Err: fmt.Errorf("%q bukan tingkat (urusan, bidang urusan, program, kegiatan, sub kegiatan, jumlah)", tingkat)}
		}
		b.Tingkat = tk
		if _, dup := lembar[b.Lembar]; dup {
			return nil, &TSVError{Baris: line, Kolom: "lembar", Err: fmt.Errorf("nomor baris %d ganda", b.Lembar)}
		}
		lembar[b.Lembar] = len(f.Baris)
		if induk != "" {
			indukTunda = append(indukTunda, tunda{len(f.Baris), induk, line})
		}
		f.Baris = append(f.Baris, b)
	}
	if err := sc.Err(); err != nil {
		return nil, &TSVError{Baris: line + 1, Err: err}
	}
	if header == nil {
		return nil, &TSVError{Baris: line, Err: fmt.Errorf("tidak ada baris kepala")}
	}
	for _, t := range indukTunda {
		n, err := strconv.Atoi(t.induk)
		p, ok := lembar[n]
		if err != nil || !ok || p >= t.i {
			return nil, &TSVError{Baris: t.line, Kolom: "induk", Err: fmt.Errorf("induk %q bukan baris di atasnya", t.induk)}
		}
		f.Baris[t.i].Induk = p
		if !f.Baris[t.i].Lanjutan {
			f.Baris[p].Anak = append(f.Baris[p].Anak, t.i)
		}
	}
	return f, nil
}

func bacaNilaiTSV(s string) (Nilai, error) {
	switch {
	case s == "":
		return Nilai{}, nil
	case strings.HasPrefix(s, "#"):
		return Nilai{Galat: s}, nil
	}
	if strings.ContainsAny(s, "eE") {
		return Nilai{}, fmt.Errorf("%q: tulis angka desimal biasa", s)
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return Nilai{}, fmt.Errorf("%q bukan angka (tulis 1234.5, titik sebagai pemisah desimal)", s)
	}
	return N(d), nil
}
