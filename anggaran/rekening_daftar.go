package anggaran

import (
	"slices"
	"strings"
)

// CariRekening returns the belanja accounts of the built-in list whose code
// begins with the query ("5.1.02") or whose standard name contains every
// word of it ("modal alat"), ignoring case, in code order: what an editor
// offers while a belanja row's account is typed. An empty query returns
// every account of the list.
func CariRekening(query string) []KodeRekening {
	q := strings.ToLower(strings.TrimSpace(query))
	kata := strings.Fields(q)
	var out []KodeRekening
	for s, names := range rekeningBaku {
		ok := strings.HasPrefix(s, strings.ReplaceAll(q, " ", ""))
		if !ok {
			nama := strings.ToLower(strings.Join(names, " "))
			ok = len(kata) > 0
			for _, k := range kata {
				ok = ok && strings.Contains(nama, k)
			}
		}
		if ok {
			if k, err := ParseKodeRekening(s); err == nil {
				out = append(out, k)
			}
		}
	}
	slices.SortFunc(out, KodeRekening.Compare)
	return out
}
