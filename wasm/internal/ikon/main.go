// Command ikon draws the PWA's PNG icons (192 and 512 pixels) into wasm/web.
// The icons must be local files: a remote icon leaves the service worker's
// cache incomplete and the app dead offline. Run it with
// `go generate ./wasm` after changing the drawing.
package main

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"log"
	"os"
	"path/filepath"
)

func main() {
	dir := flag.String("dir", "web", "directory to write icon-192.png and icon-512.png into")
	flag.Parse()
	for _, size := range []int{192, 512} {
		name := filepath.Join(*dir, "icon-"+itoa(size)+".png")
		if err := write(name, Draw(size)); err != nil {
			log.Fatal(err)
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func write(name string, img image.Image) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Draw returns the icon at size×size pixels: a full-bleed teal square (safe
// for maskable icons) with three white rising bars, the same picture as
// web/icon.svg.
func Draw(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	bg := color.NRGBA{0x0f, 0x6e, 0x6e, 0xff}
	fg := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			img.Set(x, y, bg)
		}
	}
	// Bars in units of size/16, inside the central 80% (maskable safe zone).
	u := float64(size) / 16
	bars := []struct{ x0, x1, top float64 }{
		{4, 6, 9}, {7, 9, 6.5}, {10, 12, 4},
	}
	for _, b := range bars {
		for y := int(b.top * u); y < int(12*u); y++ {
			for x := int(b.x0 * u); x < int(b.x1*u); x++ {
				img.Set(x, y, fg)
			}
		}
	}
	// Base line.
	for y := int(12 * u); y < int(12.5*u); y++ {
		for x := int(3.5 * u); x < int(12.5*u); x++ {
			img.Set(x, y, fg)
		}
	}
	return img
}
