package compare

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestOverlapsAsIntersect: overlaps, with its early answer for intervals
// far apart, says what the common part's emptiness says, for ends near
// one another, whole or not, open or closed, infinite or NaN.
func TestOverlapsAsIntersect(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	end := func() float64 {
		switch rng.IntN(10) {
		case 0:
			return math.Inf(1 - 2*rng.IntN(2))
		case 1:
			return math.NaN()
		case 2:
			return float64(rng.IntN(5)) + (rng.Float64()-0.5)*1e-8 // a whole number, give or take noise
		case 3:
			return float64(rng.IntN(5)) * (1 + (rng.Float64()-0.5)*1e-5)
		}
		return (rng.Float64() - 0.5) * math.Pow(10, float64(rng.IntN(12)))
	}
	iv := func() interval {
		a, b := end(), end()
		if rng.IntN(8) > 0 && a > b {
			a, b = b, a
		}
		return interval{lo: a, hi: b, loOpen: rng.IntN(3) == 0, hiOpen: rng.IntN(3) == 0}
	}
	for range 500000 {
		a, b := iv(), iv()
		for _, integer := range []bool{false, true} {
			if got, want := a.overlaps(b, integer), !a.intersect(b).empty(integer); got != want {
				t.Fatalf("%+v, %+v (integer %v): overlaps %v, intersect %v", a, b, integer, got, want)
			}
		}
	}
}
