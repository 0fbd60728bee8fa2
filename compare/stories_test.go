package compare_test

import (
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/compare/goldset"
)

// TestStoriesApart puts every story set's reports in one comparison, as a
// newsroom's day of copy would come, and counts the pairs of reports the
// story blocking gets wrong: two reports of one set put in two stories
// (their figures could no longer meet) and two reports of two sets put in
// one. -v prints the counts.
func TestStoriesApart(t *testing.T) {
	docs, set, n := pooledReports(t)
	story := compare.StoriesOf(docs)
	split, joined, same, other := 0, 0, 0, 0
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			if set[i] == set[j] {
				same++
				if story[i] != story[j] {
					split++
				}
			} else {
				other++
				if story[i] == story[j] {
					joined++
				}
			}
		}
	}
	t.Logf("%d reports of %d sets: %d of %d pairs of one set split, %d of %d pairs of two sets joined", len(docs), n, split, same, joined, other)
	assert.LessOrEqual(t, float64(split), 0.02*float64(same), "reports of one story kept apart")
	assert.LessOrEqual(t, float64(joined), 0.02*float64(other), "reports of two stories put together")
}

// TestFewReportsAreOneStory: a handful of reports, as a user picks them,
// are one story whatever their words; past minStoryReports, three stories
// of four reports each come out as three.
func TestFewReportsAreOneStory(t *testing.T) {
	var docs []compare.Doc
	var want []int
	for i, dir := range []string{"01_earthquake", "19_oil_record", "14_rate_decision"} {
		s, err := goldset.Load("../testdata/compare_real/" + dir)
		require.NoError(t, err)
		for _, d := range setDocs(dir+"/", s) {
			docs = append(docs, d)
			want = append(want, i)
		}
	}
	story := compare.StoriesOf(docs)
	for i := range docs {
		for j := range docs {
			assert.Equal(t, want[i] == want[j], story[i] == story[j], "%s, %s", docs[i].Name, docs[j].Name)
		}
	}
	few := compare.StoriesOf(append(docs[:4:4], docs[4:8]...))
	for _, s := range few {
		assert.Equal(t, few[0], s, "eight reports are one story")
	}
}

// TestStoriesOrderFree: the stories are the same whichever order the
// reports come in.
func TestStoriesOrderFree(t *testing.T) {
	docs, _, _ := pooledReports(t)
	partition := func(docs []compare.Doc) map[string]string {
		story := compare.StoriesOf(docs)
		first := map[int32]string{} // a story → its least report name
		for i, d := range docs {
			if f, ok := first[story[i]]; !ok || d.Name < f {
				first[story[i]] = d.Name
			}
		}
		out := map[string]string{}
		for i, d := range docs {
			out[d.Name] = first[story[i]]
		}
		return out
	}
	want := partition(docs)
	rev := slices.Clone(docs)
	slices.Reverse(rev)
	assert.Equal(t, want, partition(rev))
	rot := append(slices.Clone(docs[len(docs)/3:]), docs[:len(docs)/3]...)
	assert.Equal(t, want, partition(rot))
}

// pooledReports extracts the reports of every story set of every corpus
// present, each named by its corpus and set, with the number of its set
// and the count of sets; it skips the test when there are none.
func pooledReports(t *testing.T) (docs []compare.Doc, set []int, n int) {
	t.Helper()
	for _, c := range corpora {
		if _, err := os.Stat(c.dir); err != nil {
			continue
		}
		sets, err := goldset.LoadAll(c.dir)
		if errors.Is(err, goldset.ErrReportsAbsent) {
			continue
		}
		require.NoError(t, err)
		for _, s := range sets {
			for _, d := range setDocs(c.dir+"/"+s.Name+"/", s) {
				docs = append(docs, d)
				set = append(set, n)
			}
			n++
		}
	}
	if len(docs) == 0 {
		t.Skip("no story sets")
	}
	return docs, set, n
}
