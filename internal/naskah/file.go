package naskah

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ReadFile reads the file at path like os.ReadFile, with the error worded
// in Bahasa Indonesia for staff (see [PesanBerkas]); a folder given instead
// of a file is refused before it is read, and so is a file larger than
// [MaksUkuran], before more than that is read.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, PesanBerkas(path, err, false)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("%s adalah folder, bukan berkas: sebutkan berkas di dalamnya", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaksUkuran+1))
	if err != nil {
		return nil, PesanBerkas(path, err, false)
	}
	if len(data) > MaksUkuran {
		return nil, &Galat{Berkas: path, Err: errTerlaluBesar}
	}
	return data, nil
}

// PesanBerkas words a file-system error about path in Bahasa Indonesia:
// not found, permission denied, or the system's own words for anything
// else. tulis says whether the file was being written rather than read.
func PesanBerkas(path string, err error, tulis bool) error {
	apa := "dibaca"
	if tulis {
		apa = "ditulis"
	}
	switch {
	case errors.Is(err, fs.ErrNotExist) && tulis:
		return fmt.Errorf("berkas %s tidak dapat dibuat: foldernya tidak ada", path)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("berkas %s tidak ditemukan: periksa nama berkas dan foldernya", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("berkas %s tidak boleh %s (izin ditolak): periksa hak akses berkas dan foldernya", path, apa)
	}
	return fmt.Errorf("berkas %s tidak dapat %s (keterangan sistem: %v)", path, apa, err)
}
