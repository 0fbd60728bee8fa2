package compare

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestTopThree: a vector's three heaviest terms, kept in variables, are
// those a full sort by weight, then term, gives, ties (which are many:
// one distance, one document frequency) included; a vector of three
// terms or fewer is its own, in id order.
func TestTopThree(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	names := make([]string, 300)
	for i := range names {
		names[i] = fmt.Sprintf("t%03d", rng.IntN(1000)*1000+i) // unique, ordered apart from the ids
	}
	for range 20000 {
		n := 1 + rng.IntN(30)
		ids := make([]uint32, 0, n)
		for range n {
			ids = append(ids, uint32(rng.IntN(len(names))))
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		v := vector{ids: ids, w: make([]float32, len(ids))}
		for k := range v.w {
			v.w[k] = float32(rng.IntN(4)) / 4
		}
		var sc slab[uint32]
		got := v.top(3, names, &sc)
		order := make([]int, len(ids))
		for k := range order {
			order[k] = k
		}
		slices.SortFunc(order, func(i, j int) int {
			if v.w[i] != v.w[j] {
				if v.w[i] > v.w[j] {
					return -1
				}
				return 1
			}
			return strings.Compare(names[ids[i]], names[ids[j]])
		})
		want := ids // a vector of three terms or fewer is its own top
		if len(ids) > 3 {
			want = []uint32{ids[order[0]], ids[order[1]], ids[order[2]]}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("top %v, want %v (ids %v, weights %v)", got, want, ids, v.w)
		}
	}
}
