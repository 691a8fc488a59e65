package lkip_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"

	"github.com/pemkab/sakip/lkip"
)

// The whole LKIP as a Word document, for the Bappeda's template or for
// printing; an *os.File works as well as the buffer.
func ExampleRenderDOCX() {
	l, err := lkip.Compute(lkip.Contoh(), lkip.DefaultOpsi())
	if err != nil {
		fmt.Println(err)
		return
	}
	var b bytes.Buffer
	if err := lkip.RenderDOCX(&b, l); err != nil {
		fmt.Println(err)
		return
	}
	z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			fmt.Println(f.Name)
		}
	}
	// Output: word/document.xml
}

// The report's tables as a workbook: one sheet per table and chart, the
// figures as numbers.
func ExampleRenderXLSX() {
	l, err := lkip.Compute(lkip.Contoh(), lkip.DefaultOpsi())
	if err != nil {
		fmt.Println(err)
		return
	}
	var b bytes.Buffer
	if err := lkip.RenderXLSX(&b, l); err != nil {
		fmt.Println(err)
		return
	}
	z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	sheets := 0
	for _, f := range z.File {
		if strings.HasPrefix(f.Name, "xl/worksheets/") {
			sheets++
		}
	}
	fmt.Println(sheets, "sheets")
	// Output: 14 sheets
}
