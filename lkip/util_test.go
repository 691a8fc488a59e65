package lkip

import (
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
)

func mustDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// abaikanMentah ignores the raw sections kept for re-encoding.
var abaikanMentah = cmpopts.IgnoreUnexported(Dokumen{})
