package normal

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGanda(t *testing.T) {
	nilai := []string{"5", "7", "", "5", "7", "9", "5"}
	got := Ganda(len(nilai), func(i int) (string, bool) { return nilai[i], nilai[i] != "" })
	if diff := cmp.Diff([][]int{{0, 3, 6}, {1, 4}}, got); diff != "" {
		t.Errorf("Ganda (-want +got):\n%s", diff)
	}
	if got := Ganda(0, func(int) (int, bool) { return 0, true }); got != nil {
		t.Errorf("Ganda of nothing = %v", got)
	}
}
