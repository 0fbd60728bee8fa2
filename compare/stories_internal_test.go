package compare

import (
	"slices"
	"testing"

	"github.com/figcheck/figcheck/facts"
)

// allPairsNearest is nearestReports as it was first written: the cosine
// of every two reports that share a term, accumulated over the terms'
// postings in one dense row. TestNearestReportsKeepsPairs checks the
// pruned search against it.
func allPairsNearest(vecs []vector, df []int) [][]neighbour {
	nDocs := len(vecs)
	type posting struct {
		d int32
		w float32
	}
	postings := make([][]posting, len(df))
	for d, v := range vecs {
		for k, id := range v.ids {
			if df[id] > 1 {
				postings[id] = append(postings[id], posting{int32(d), v.w[k]})
			}
		}
	}
	nearest := make([][]neighbour, nDocs)
	row := make([]float64, nDocs)
	at := make([]int32, len(postings))
	for a := range vecs {
		va := vecs[a]
		if va.norm == 0 {
			continue
		}
		for k, id := range va.ids {
			ds := postings[id]
			i := int(at[id])
			for i < len(ds) && int(ds[i].d) <= a {
				i++
			}
			at[id] = int32(i)
			w := float64(va.w[k])
			for _, p := range ds[i:] {
				row[p.d] += w * float64(p.w)
			}
		}
		for b := a + 1; b < len(row); b++ {
			if row[b] == 0 {
				continue
			}
			if c := row[b] / (float64(va.norm) * float64(vecs[b].norm)); c >= storyLinkCosine {
				nearest[a] = keepNearest(nearest[a], neighbour{int32(b), c})
				nearest[b] = keepNearest(nearest[b], neighbour{int32(a), c})
			}
			row[b] = 0
		}
	}
	return nearest
}

// TestNearestReportsKeepsPairs: the pruned search finds every report's
// nearest reports with the very cosines the search over every pair
// gives, on the distinct reports and on the copies of the story sets.
func TestNearestReportsKeepsPairs(t *testing.T) {
	for _, set := range []struct {
		name string
		make func(testing.TB, int) ([]string, [][]byte)
		n    int
	}{{"distinct", distinctReports, 1000}, {"copies", storyReports, 300}, {"distinct", distinctReports, 60}} {
		names, texts := set.make(t, set.n)
		docs := make([]Doc, len(texts))
		for i, tx := range texts {
			docs[i] = Doc{Name: names[i], Facts: facts.Extract(names[i], tx)}
		}
		items, _ := prepareAll(docs, Options{}.withDefaults())
		e := items[0].env
		for _, sw := range e.sentences {
			sw.storyDoc = 0 // read again
		}
		vecs, df, _ := e.storyVectors(items, len(docs), findCopies(docs))
		got, want := nearestReports(vecs, df), allPairsNearest(vecs, df)
		if len(want) != set.n {
			t.Fatalf("%s: %d reports' vectors, want %d", set.name, len(want), set.n)
		}
		links := 0
		for d := range want {
			links += len(want[d])
			if !slices.Equal(got[d], want[d]) {
				t.Errorf("%s=%d: report %d: nearest %v, want %v", set.name, set.n, d, got[d], want[d])
			}
		}
		if links == 0 {
			t.Errorf("%s=%d: no report has a neighbour", set.name, set.n)
		}
	}
}
