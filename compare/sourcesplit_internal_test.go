package compare

import (
	"testing"

	"github.com/figcheck/figcheck/facts"
)

// followEachSplit is splitSides.follow as it was first written: every
// split of the comparison asked in turn.
func followEachSplit(a, b *item, splits []sourceSplit) string {
	for _, sp := range splits {
		if sp.x.cmpUnit == a.cmpUnit && (sides(a, sp.x) && sides(b, sp.y) || sides(a, sp.y) && sides(b, sp.x)) {
			return "the reports follow two sources (" + sp.x.source + ": " + sp.x.f.Text + "; " + sp.y.source + ": " + sp.y.f.Text + ")"
		}
	}
	return ""
}

// TestSplitSidesFollowAsEachSplit: the sides read once per figure give
// every pair of figures the answer of asking each split in turn, on the
// distinct reports and the copies of the story sets (the split sides
// themselves, and every thirteenth figure of a split's kinds against all).
func TestSplitSidesFollowAsEachSplit(t *testing.T) {
	for _, set := range []struct {
		name string
		make func(testing.TB, int) ([]string, [][]byte)
	}{{"distinct", distinctReports}, {"copies", storyReports}} {
		names, texts := set.make(t, 1000)
		docs := make([]Doc, len(texts))
		for i, tx := range texts {
			docs[i] = Doc{Name: names[i], Facts: facts.Extract(names[i], tx)}
		}
		items, _ := prepareAll(docs, Options{}.withDefaults())
		splits := sourceSplitsOf(items)
		if len(splits) < 2 {
			t.Fatalf("%s: %d source splits, want some", set.name, len(splits))
		}
		ss := newSplitSides(splits, len(items))
		var probe, all []*item
		for _, sp := range splits {
			probe = append(probe, sp.x, sp.y)
		}
		for i, it := range items {
			if it.f.Kind == facts.KindQuantity || it.f.Kind == facts.KindPercent {
				all = append(all, it)
				if i%13 == 0 {
					probe = append(probe, it)
				}
			}
		}
		found := 0
		for _, a := range probe {
			for _, b := range all {
				want := followEachSplit(a, b, splits)
				if got := ss.follow(a, b); got != want {
					t.Fatalf("%s: %q and %q: %q, want %q", set.name, a.f.Text, b.f.Text, got, want)
				}
				if want != "" {
					found++
				}
			}
		}
		if found == 0 {
			t.Errorf("%s: no pair follows a split", set.name)
		}
		t.Logf("%s: %d splits, %d × %d pairs, %d follow one", set.name, len(splits), len(probe), len(all), found)
	}
}
