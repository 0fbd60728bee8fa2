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
	claims := make([]*claim, 100) // over 1,024 edges: sortEdges' radix sort
	rank := rng.Perm(len(claims))
	for i := range claims {
		claims[i] = &claim{id: i}
	}
	scores := []float64{-1, -0.5, 0, math.Copysign(0, -1), 0.5, 2, 10}
	var edges []edge
	for a := range claims {
		for b := a + 1; b < len(claims); b++ {
			if rng.IntN(3) == 0 {
				edges = append(edges, edgeOf(claims[a], claims[b], scores[rng.IntN(len(scores))]))
			}
		}
	}
	require.Greater(t, len(edges), 1024)
	want := slices.Clone(edges)
	slices.SortFunc(want, func(x, y edge) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(rank[x.a], rank[y.a]), cmp.Compare(rank[x.b], rank[y.b]))
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
			assert.Equal(t, want[i].a, edges[i].a)
			assert.Equal(t, want[i].b, edges[i].b)
			assert.True(t, want[i].score == edges[i].score, "edge %d: score %g, want %g", i, edges[i].score, want[i].score)
		}
	}
}

// clashIn, read off a pair's levels, says what clash says, on every pair
// of facts of one block of the development story sets.
func TestClashInIsClash(t *testing.T) {
	docs := readStoryDocs(t, "../testdata/compare_real/*/*.txt")
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

// radixSort sorts as slices.Sort does, for every width and size.
func TestRadixSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, width := range []int{1, 11, 12, 28, 40, 63, 64} {
		for _, n := range []int{0, 1, 1000, 1024, 5000} {
			keys := make([]uint64, n)
			for i := range keys {
				keys[i] = rng.Uint64()
				if width < 64 {
					keys[i] &= 1<<width - 1
				}
			}
			want := slices.Clone(keys)
			slices.Sort(want)
			radixSort(keys, width)
			require.Equal(t, want, keys, "width %d, %d keys", width, n)
		}
	}
}

// bitsNumbers gives back every key's number, and no number to a key it
// was not given.
func TestBitsNumbers(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var nums bitsNumbers
	want := map[uint64]uint32{}
	for i := range 3000 {
		k := rng.Uint64() >> rng.IntN(64)
		if _, ok := want[k]; ok {
			continue
		}
		_, ok := nums.get(k)
		require.False(t, ok, "key %d before it was put", k)
		want[k] = uint32(i)
		nums.put(k, uint32(i))
	}
	for k, n := range want {
		got, ok := nums.get(k)
		require.True(t, ok)
		require.Equal(t, n, got)
	}
}

// sharesDoc and unionDocs read two groups' reports in increasing order,
// one much larger than the other (binary search) or not (a walk).
func TestGroupDocs(t *testing.T) {
	many := make([]int32, 0, 40)
	for d := int32(0); d < 80; d += 2 {
		many = append(many, d)
	}
	for _, tc := range []struct {
		a, b   []int32
		shares bool
		union  []int32
	}{
		{[]int32{1}, []int32{2}, false, []int32{1, 2}},
		{[]int32{1, 3}, []int32{0, 3, 4}, true, []int32{0, 1, 3, 4}},
		{[]int32{5}, many, false, append(slices.Clone(many[:3]), append([]int32{5}, many[3:]...)...)},
		{[]int32{78}, many, true, many},
		{many, []int32{79}, false, append(slices.Clone(many), 79)},
	} {
		assert.Equal(t, tc.shares, sharesDoc(tc.a, tc.b), "%v %v", tc.a, tc.b)
		assert.Equal(t, tc.shares, sharesDoc(tc.b, tc.a), "%v %v", tc.b, tc.a)
		assert.Equal(t, tc.union, unionDocs(tc.a, tc.b, &slab[int32]{}))
		assert.Equal(t, tc.union, unionDocs(tc.b, tc.a, &slab[int32]{}))
	}
}

// TestMagnitudeBlocksOverlap: two figures either side of a step of the
// magnitude grid (three days and four) still meet as candidates, so that
// a four-day visit and a three-day trip are seen to disagree.
func TestMagnitudeBlocksOverlap(t *testing.T) {
	a := reportOf("a.txt", "The prime minister began a four-day state visit to Kenya on Monday.")
	b := reportOf("b.txt", "During his three-day trip, the premier will open a hospital in Nairobi.")
	r := Compare([]Doc{a, b}, Options{})
	g := groupOf(r, "a.txt", "four-day")
	require.NotNil(t, g)
	assert.Equal(t, StatusConflict, g.Status, "%+v", g.Facts)

	in := interned{}
	keys := func(v float64) []blockKey {
		it := &item{hasIv: true, base: interval{lo: v, hi: v}}
		return blockKeys(&claim{items: []*item{it}}, in, nil)
	}
	shares := func(x, y float64) bool {
		for _, k := range keys(x) {
			if slices.Contains(keys(y), k) {
				return true
			}
		}
		return false
	}
	assert.True(t, shares(3, 4), "3 and 4 lie either side of a step")
	assert.True(t, shares(30, 36))
	assert.False(t, shares(3, 10), "a decade apart")
}

// TestShortcutsKeepAnswers checks the shortcuts that skip comparisons
// against the full levels, on every pair of mentions of two claims of one
// block in the first story sets: linkLevels tells the same clash, gives
// the same levels when it does not stop short, and stops short only when
// the full score is below the link score; aboutVerdict, when it knows,
// says what the about score (Model.aboutScore) of the full levels says.
func TestShortcutsKeepAnswers(t *testing.T) {
	docs := readStoryDocs(t, "../testdata/compare_real/0[1-8]_*/*.txt")
	m := DefaultModel
	_, claims := prepareAll(docs, Options{}.withDefaults())
	var full, quick []int
	shorts, pairs, decided := 0, 0, 0
	eachMentionPair(claims, func(x, y *item) {
		pairs++
		full = levels(x, y, full)
		var clash, short bool
		var bound float64
		quick, clash, short, bound = linkLevels(m, x, y, quick)
		require.Equal(t, clashIn(full, x, y), clash, "clash of %q, %q", x.f.Text, y.f.Text)
		about := m.aboutScore(full)
		if sure, known := aboutVerdict(m, x, y); known {
			require.Equal(t, about >= m.Conflict, sure, "about score %v against %v", about, m.Conflict)
			decided++
		}
		switch {
		case clash:
		case short:
			shorts++
			require.Less(t, m.score(full), m.Link, "stopped short of a link")
			require.GreaterOrEqual(t, bound+1e-9, m.score(full))
		default:
			require.Equal(t, full, quick)
		}
	})
	require.Positive(t, shorts, "no pair stopped short: the test no longer tests it")
	require.Positive(t, decided, "aboutVerdict decided no pair: the test no longer tests it")
	t.Logf("%d pairs, %d stopped short, %d about verdicts known", pairs, shorts, decided)
}

// TestUnrolledLinkLevels checks linkLevelsUnrolled against the loop it
// writes out, on every pair of mentions of two claims of one block in the
// first story sets: the same levels, clash, stop and bound, to the bit.
func TestUnrolledLinkLevels(t *testing.T) {
	m := DefaultModel
	require.True(t, m.unrolled, "the default model is not read unrolled")
	docs := readStoryDocs(t, "../testdata/compare_real/0[1-8]_*/*.txt")
	_, claims := prepareAll(docs, Options{}.withDefaults())
	var loop, unrolled []int
	shorts := 0
	eachMentionPair(claims, func(x, y *item) {
		var c1, c2, s1, s2 bool
		var b1, b2 float64
		loop, c1, s1, b1 = linkLevelsLoop(m, x, y, loop)
		unrolled, c2, s2, b2 = linkLevelsUnrolled(m, x, y, unrolled)
		require.Equal(t, c1, c2, "clash of %q, %q", x.f.Text, y.f.Text)
		require.Equal(t, s1, s2, "stop of %q, %q", x.f.Text, y.f.Text)
		require.Equal(t, math.Float64bits(b1), math.Float64bits(b2), "bound of %q, %q", x.f.Text, y.f.Text)
		if !c1 && !s1 {
			require.Equal(t, loop, unrolled, "levels of %q, %q", x.f.Text, y.f.Text)
		}
		shorts += b2i(s1)
	})
	require.Positive(t, shorts, "no pair stopped short: the test no longer tests it")
}

// TestBlockKeysFirstMentionDistinct checks that blockKeys, which appends a
// claim's first mention's keys without looking for them among those
// before, gives what looking every key up gives, on every claim of the
// story sets: a repeated key would lengthen a posting past maxPosting.
func TestBlockKeysFirstMentionDistinct(t *testing.T) {
	docs := readStoryDocs(t, "../testdata/compare_real*/*/*.txt")
	_, claims := prepareAll(docs, Options{}.withDefaults())
	in, slow := interned{}, interned{}
	var keys []blockKey
	for _, c := range claims {
		keys = blockKeys(c, in, keys)
		// every key looked up: the claim's keys of all its mentions,
		// the first met of each kept, in order
		var want []blockKey
		for _, it := range c.items {
			one := &claim{items: []*item{it}}
			mine := blockKeys(one, slow, nil)
			sorted := slices.Clone(mine)
			slices.Sort(sorted)
			require.Len(t, slices.Compact(sorted), len(mine), "a key repeated in the keys of %q", it.f.Text)
			for _, k := range mine {
				if !slices.Contains(want, k) {
					want = append(want, k)
				}
			}
		}
		require.Equal(t, want, keys, "keys of %q", c.items[0].f.Text)
	}
}

// eachMentionPair calls fn with every two mentions of two claims of one
// block in different reports: the pairs the link scoring reads.
func eachMentionPair(claims []*claim, fn func(x, y *item)) {
	for i, a := range claims {
		for _, b := range claims[i+1:] {
			if a.dim != b.dim || a.doc == b.doc {
				continue
			}
			for _, x := range a.items {
				for _, y := range b.items {
					fn(x, y)
				}
			}
		}
	}
}

// TestSupersededInAnotherSentence: a report's current figure and the one
// it superseded, in another sentence ("seven people remain missing …
// Earlier in the day police had spoken of eight missing"), may share a
// group: the group shows them as a difference, and the other reports'
// figures meet the current one.
func TestSupersededInAnotherSentence(t *testing.T) {
	e := newEnv()
	claimOf := func(text string, v float64, time string) *claim {
		f := fc(text, "people missing", v, event("missing"))
		f.Time, f.Sentence = time, text
		return &claim{items: []*item{prepare(&item{}, &f, 0, 0, DefaultApproxTolerance, e)}}
	}
	m := DefaultModel
	current, before := claimOf("seven people", 7, ""), claimOf("eight", 8, facts.TimeEarlier)
	assert.True(t, supersedes(m, current, before, nil))
	assert.True(t, mergeable(m, []*claim{current}, []*claim{before}, nil))
	assert.False(t, supersedes(m, current, claimOf("eight", 8, ""), nil), "two current figures are no correction")
	assert.False(t, supersedes(m, claimOf("eight", 8, facts.TimeEarlier), before, nil))
}

// readStoryDocs reads the reports a glob names as Compare takes them,
// skipping the test when there are none.
func readStoryDocs(t *testing.T, glob string) []Doc {
	t.Helper()
	paths, _ := filepath.Glob(glob)
	if len(paths) == 0 {
		t.Skip("no story sets")
	}
	var docs []Doc
	for _, p := range paths {
		text, err := os.ReadFile(p)
		require.NoError(t, err)
		docs = append(docs, Doc{Name: p, Facts: facts.Extract(p, text), Date: PublishedDate(text)})
	}
	return docs
}

// TestAgesApart: two ages more than a few years apart are two people's,
// never one person's age misstated; a year out, or two digits swapped, may
// be one person's.
func TestAgesApart(t *testing.T) {
	e := newEnv()
	age := func(text string, v float64) *item {
		f := fc(text, "man", v, kind(facts.KindAge), unit("year"))
		return prepare(&item{}, &f, 0, 0, DefaultApproxTolerance, e)
	}
	tests := []struct {
		a, b string
		x, y float64
		want bool
	}{
		{"67-year-old", "38-year-old", 67, 38, true},
		{"22-year-old", "21-year-old", 22, 21, false},
		{"aged 24", "27-year-old", 24, 27, false},
		{"67-year-old", "76-year-old", 67, 76, false}, // swapped digits
		{"aged 40", "48-year-old", 40, 48, true},
	}
	for _, tt := range tests {
		a, b := age(tt.a, tt.x), age(tt.b, tt.y)
		assert.Equal(t, tt.want, agesApart(a, b), "%s, %s", tt.a, tt.b)
		assert.Equal(t, tt.want, clash(a, b), "%s, %s: a clash", tt.a, tt.b)
	}
	n := fc("67", "man", 67)
	m := fc("38", "man", 38)
	assert.False(t, agesApart(prepare(&item{}, &n, 0, 0, DefaultApproxTolerance, e), prepare(&item{}, &m, 1, 1, DefaultApproxTolerance, e)), "counts are no ages")
}

// TestTwoTalliesInOneReport: a report that gives one event's tally twice
// with nothing to tell the two apart (the lead's "60 others injured", a
// quoted "40 people have been injured") keeps both in one group, so that
// the other reports' figures meet both; two events' tallies stay apart.
func TestTwoTalliesInOneReport(t *testing.T) {
	a := reportOf("a.txt", "A suicide blast at a funeral in the city killed 30 people and left 60 others injured on Thursday.\n\n"+
		"The police chief told a news conference: \"I can confirm 40 people have been injured.\"\n")
	b := reportOf("b.txt", "At least 30 people were killed and 40 injured when a bomber attacked a funeral in the city on Thursday.\n")
	r := Compare([]Doc{a, b}, Options{})
	g := groupOf(r, "a.txt", "60 others")
	require.NotNil(t, g, keys(r))
	assert.Same(t, g, groupOf(r, "a.txt", "40 people"), "the report's two tallies of the injured: %v", keys(r))
	assert.Same(t, g, groupOf(r, "b.txt", "40"), "the other report's tally meets them: %v", keys(r))
	assert.Equal(t, StatusConflict, g.Status)
	assert.NotSame(t, g, groupOf(r, "a.txt", "30 people"), "the killed are another tally")
}

// TestTalliesAtTwoMoments: a report that gives the injured now and, set
// at an earlier time, yesterday's tally does not contradict itself: the
// two are not one tally told twice (twoMoments).
func TestTalliesAtTwoMoments(t *testing.T) {
	a := reportOf("a.txt", "The landslide killed 28 people and left 32 others injured, officials said on Saturday.\n\n"+
		"Yesterday noon, the provincial tally was 15 dead and 31 injured.\n")
	b := reportOf("b.txt", "At least 32 residents were injured in the landslide, officials said.\n")
	r := Compare([]Doc{a, b}, Options{})
	g := groupOf(r, "a.txt", "32 others")
	require.NotNil(t, g, keys(r))
	for _, d := range g.Disagreements {
		assert.False(t, d.Internal, "yesterday's 31 is no slip of today's 32: %v", g.Disagreements)
	}
}

// TestVictimsAreTheDead: in a toll story "victims" counts the dead, so
// a report's "the number of victims was 143" meets another's toll of 137.
func TestVictimsAreTheDead(t *testing.T) {
	a := reportOf("a.txt", "The death toll from the attack has increased to 137, officials said.\n")
	b := reportOf("b.txt", "Russian media said the number of victims of the attack was 143.\n")
	r := Compare([]Doc{a, b}, Options{})
	g := groupOf(r, "a.txt", "137")
	require.NotNil(t, g, keys(r))
	assert.Same(t, g, groupOf(r, "b.txt", "143"), keys(r))
	assert.Equal(t, StatusConflict, g.Status)
}

// TestRestatedPastABareMention: a report that gives "381" bare, "381
// people killed" and "at least 381 people had been killed" makes one
// claim of the three: the bare mention names nothing, which keeps no
// restatement apart.
func TestRestatedPastABareMention(t *testing.T) {
	d := reportOf("d.txt", "Toll reaches 381\n\nThe quake killed 381 people, state media said. The figure of 381 was confirmed on Monday. By Monday at least 381 people had been killed.\n")
	c := reportOf("c.txt", "Quake\n\nThe earthquake killed at least 381 people.\n")
	r := Compare([]Doc{c, d}, Options{})
	g := groupOf(r, "d.txt", "at least 381 people")
	require.NotNil(t, g)
	claims := map[int]bool{}
	for i, f := range g.Facts {
		if f.Doc == "d.txt" {
			claims[g.Claims[i]] = true
		}
	}
	assert.Len(t, claims, 1, "one claim of d.txt: %v", g.Facts)
}
