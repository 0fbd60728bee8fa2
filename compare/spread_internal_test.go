package compare

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSpreadCosineIsCosine: a cosine read off a spread-out vector is
// cosine's to the bit, whichever of the two is spread, as the vectors
// asked change.
func TestSpreadCosineIsCosine(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	vec := func() *vector {
		n := rng.IntN(30)
		ids := make([]uint32, 0, n)
		for range n {
			ids = append(ids, uint32(rng.IntN(200)))
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		v := &vector{ids: ids, w: make([]float32, len(ids))}
		var n2 float64
		for k := range v.w {
			v.w[k] = float32(0.1 + rng.Float64())
			n2 += float64(v.w[k]) * float64(v.w[k])
		}
		v.norm = float32(math.Sqrt(n2))
		return v
	}
	vs := make([]*vector, 40)
	for i := range vs {
		vs[i] = vec()
	}
	vs[0] = nil
	var s spread
	for range 100000 {
		a, b := vs[rng.IntN(len(vs))], vs[rng.IntN(len(vs))]
		if rng.IntN(3) > 0 && s.v != nil {
			a = s.v // as a claim scored against one claim after another
		}
		if got, want := s.cosine(a, b), cosine(a, b); got != want {
			t.Fatalf("spread cosine %v, cosine %v", got, want)
		}
	}
}
