package compare

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDigitsFilterKeepsSlips: the per-figure digit counts valueLevel reads
// before transposed and digitSlip let every pair through that either
// would call a slip (random figure texts, many of them alike).
func TestDigitsFilterKeepsSlips(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	text := func() string {
		b := []byte{}
		for range 1 + rng.IntN(9) {
			switch r := rng.IntN(12); {
			case r < 8:
				b = append(b, byte('0'+rng.IntN(3)))
			case r < 10:
				b = append(b, ',')
			default:
				b = append(b, '.')
			}
		}
		return string(b)
	}
	slips := 0
	for range 200000 {
		a, b := text(), text()
		if rng.IntN(2) == 0 && len(a) > 1 { // a swap of two neighbours
			i := rng.IntN(len(a) - 1)
			s := []byte(a)
			s[i], s[i+1] = s[i+1], s[i]
			b = string(s)
		}
		da, db := digitsOf(a), digitsOf(b)
		pass := da.n == db.n && (da.count == db.count || da.n >= 7)
		if transposed(a, b) || digitSlip(a, b) {
			slips++
			if !pass {
				t.Fatalf("%q, %q: a slip the digit counts leave out", a, b)
			}
		}
	}
	if slips == 0 {
		t.Fatal("no slip generated")
	}
	// a count past 63 saturates rather than spilling into the next digit
	if d := digitsOf("1" + strings.Repeat("0", 70)); d.n != 71 || d.count>>6&63 != 1 || d.count&63 != 63 {
		t.Fatalf("digitsOf(10^70) = %+v", d)
	}
}
