// Package txtar reads and writes txtar archives: a comment followed by
// files, each introduced by a line "-- name --". It is the format of the
// test scenarios of this module: one archive holds a scenario's input and
// every expected output together, as the Go tool's own tests do.
//
// The format is that of golang.org/x/tools/txtar: a line "-- NAME --"
// starts a file, which runs to the next such line or the end; every file's
// data ends with a newline (Format adds one when missing).
package txtar

import (
	"bytes"
	"strings"
)

// Archive is a comment and a list of files.
type Archive struct {
	Comment []byte
	Files   []File
}

// File is one named file of an archive.
type File struct {
	Name string
	Data []byte
}

// Parse reads an archive. It never fails: text before the first marker is
// the comment.
func Parse(data []byte) *Archive {
	a := new(Archive)
	var cur *File
	var buf []byte
	flush := func() {
		if cur == nil {
			a.Comment = buf
		} else {
			cur.Data = buf
			a.Files = append(a.Files, *cur)
		}
	}
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i+1], data[i+1:]
		} else {
			data = nil
		}
		if name, ok := marker(line); ok {
			flush()
			cur, buf = &File{Name: name}, nil
			continue
		}
		buf = append(buf, line...)
	}
	flush()
	return a
}

// marker reports whether line is "-- name --" and returns the name.
func marker(line []byte) (string, bool) {
	s := strings.TrimRight(string(line), "\r\n")
	if !strings.HasPrefix(s, "-- ") || !strings.HasSuffix(s, " --") || len(s) < 7 {
		return "", false
	}
	name := strings.TrimSpace(s[3 : len(s)-3])
	return name, name != ""
}

// Format writes the archive; Parse(Format(a)) equals a when every file's
// data ends with a newline.
func Format(a *Archive) []byte {
	var b bytes.Buffer
	b.Write(fixNL(a.Comment))
	for _, f := range a.Files {
		b.WriteString("-- " + f.Name + " --\n")
		b.Write(fixNL(f.Data))
	}
	return b.Bytes()
}

func fixNL(data []byte) []byte {
	if len(data) == 0 || data[len(data)-1] == '\n' {
		return data
	}
	return append(append([]byte(nil), data...), '\n')
}

// File returns the data of the named file.
func (a *Archive) File(name string) ([]byte, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

// Set replaces the named file's data, or appends the file.
func (a *Archive) Set(name string, data []byte) {
	for i := range a.Files {
		if a.Files[i].Name == name {
			a.Files[i].Data = data
			return
		}
	}
	a.Files = append(a.Files, File{Name: name, Data: data})
}
