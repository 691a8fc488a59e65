package normal

// Ganda groups the indices 0 … n-1 by the key kunci gives them (an index
// whose ok is false is left out) and returns the groups of two or more,
// in the order their keys first appear, each in index order: the values
// printed twice, for the checks of a copied figure.
func Ganda[K comparable](n int, kunci func(i int) (K, bool)) [][]int {
	grup := map[K][]int{}
	var urut []K
	for i := range n {
		k, ok := kunci(i)
		if !ok {
			continue
		}
		if grup[k] == nil {
			urut = append(urut, k)
		}
		grup[k] = append(grup[k], i)
	}
	var out [][]int
	for _, k := range urut {
		if g := grup[k]; len(g) >= 2 {
			out = append(out, g)
		}
	}
	return out
}
