package compare

import (
	"cmp"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/facts"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOrderedBits(t *testing.T) {
	xs := []float64{math.Inf(-1), -1e300, -5.5, -1, -1e-300, math.Copysign(0, -1), 0, 1e-300, 0.25, 1, 10, 1e300, math.Inf(1)}
	for i := 1; i < len(xs); i++ {
		a, b := orderedBits(xs[i-1]), orderedBits(xs[i])
		if xs[i-1] == xs[i] {
			assert.Equal(t, a, b, "%g and %g", xs[i-1], xs[i])
		} else {
			assert.Less(t, a, b, "%g before %g", xs[i-1], xs[i])
		}
	}
}

// sortEdges gives the order of the plain comparison: score descending,
// then the ranks of the two claims.
func TestSortEdges(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	claims := make([]*claim, 50)
	rank := rng.Perm(len(claims))
	for i := range claims {
		claims[i] = &claim{id: i}
	}
	scores := []float64{-1, -0.5, 0, math.Copysign(0, -1), 0.5, 2, 10}
	var edges []edge
	for a := range claims {
		for b := a + 1; b < len(claims); b++ {
			if rng.IntN(3) == 0 {
				edges = append(edges, edge{claims[a], claims[b], scores[rng.IntN(len(scores))]})
			}
		}
	}
	require.NotEmpty(t, edges)
	want := slices.Clone(edges)
	slices.SortFunc(want, func(x, y edge) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(rank[x.a.id], rank[y.a.id]), cmp.Compare(rank[x.b.id], rank[y.b.id]))
	})
	byRank := make([]*claim, len(claims))
	for i, r := range rank {
		byRank[r] = claims[i]
	}
	for _, sort := range []func([]edge){
		func(es []edge) { sortEdges(es, rank, byRank) },
		func(es []edge) { sortEdgesByKeys(es, rank) },
	} {
		rng.Shuffle(len(edges), func(i, j int) { edges[i], edges[j] = edges[j], edges[i] })
		sort(edges)
		require.Equal(t, len(want), len(edges))
		for i := range want {
			assert.Same(t, want[i].a, edges[i].a)
			assert.Same(t, want[i].b, edges[i].b)
			assert.True(t, want[i].score == edges[i].score, "edge %d: score %g, want %g", i, edges[i].score, want[i].score)
		}
	}
}

// clashIn, read off a pair's levels, says what clash says, on every pair
// of facts of one block of the development story sets.
func TestClashInIsClash(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/compare_real/*/*.txt")
	if len(paths) == 0 {
		t.Skip("no story sets")
	}
	var docs []Doc
	for _, p := range paths {
		text, err := os.ReadFile(p)
		require.NoError(t, err)
		docs = append(docs, Doc{Name: p, Facts: facts.Extract(p, text)})
	}
	require.NotNil(t, clashLevels, "the comparisons no longer name the clash levels")
	items, _ := prepareAll(docs, Options{}.withDefaults())
	clashes := 0
	var lv []int
	for i, x := range items {
		for _, y := range items[i+1:] {
			if x.dim != y.dim || x.dim == "date" {
				continue
			}
			lv = levels(x, y, lv)
			want := clash(x, y)
			require.Equal(t, want, clashIn(lv, x, y), "facts %d and %d", x.idx, y.idx)
			if want {
				clashes++
			}
		}
	}
	assert.Positive(t, clashes)
}

func TestFoldSpace(t *testing.T) {
	for _, s := range []string{"", "25 people", " 25 people", "25 people ", "25  people", "25\tpeople", "25\u00a0people",
		"€25 bn", "a", " ", "  ", "people killed in the north", "x\ny", "x\u2003y"} {
		assert.Equal(t, strings.Join(strings.Fields(s), " "), foldSpace(s), "%q", s)
	}
}
