package compare

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
)

// Compare is given the reports of one story, but a newsroom's day of copy,
// or an archive, mixes many: without a boundary every story's "people
// killed" would meet every other's and disagree with it. So the reports
// are first put into stories, the way Splink blocks records before it
// compares them: two reports whose words around their figures share
// enough of what is rare among the reports (a TF-IDF cosine of the
// sentences that hold their figures) are of one story, and stories are
// what these links join (single linkage). Figures of reports of two
// stories are never compared.

// minStoryReports is how many reports Compare takes, as the command line
// and serve are meant to be used, to be of one story whatever their words:
// a handful of reports is what a user picked, and splitting them would
// lose the conflicts they were picked for. Past it they may be a day's
// copy or an archive.
const minStoryReports = 8

// storyLinkCosine is the least cosine at which two reports are of one
// story. Measured on the development story sets put together in one
// comparison (see TestStoriesApart).
var storyLinkCosine = 0.2

// markStories numbers each report's story (e.story, by document index)
// from the sentences of its figures.
// A report that repeats an earlier one (copyOf[d] >= 0) is of its story.
// No word is left out for being common: the words of a story most of the
// reports tell are what keeps that story whole.
func (e *env) markStories(items []*item, nDocs int, copyOf []int) {
	e.story = nil // one story (oneStory, storyOf)
	if nDocs <= minStoryReports {
		return
	}
	e.story = make([]int32, nDocs)
	for d := range e.story {
		e.story[d] = int32(d)
	}
	// each report's terms, from the distinct sentences of its figures
	terms := make([]map[uint32]float64, nDocs)
	seen := make([]map[string]bool, nDocs)
	for _, it := range items {
		d := it.doc
		if copyOf[d] >= 0 {
			continue
		}
		if terms[d] == nil {
			terms[d], seen[d] = map[uint32]float64{}, map[string]bool{}
		}
		s := it.f.Sentence
		if s == "" || seen[d][s] {
			continue
		}
		seen[d][s] = true
		sw := e.sentence(s)
		for _, id := range sw.ids {
			terms[d][id]++
		}
	}
	// a report whose terms are those of an earlier one (a copy, found or
	// not) is of its story and counts for nothing more: the stories do not
	// hang on whether copies were found
	alias := make([]int, nDocs)
	byTerms := map[string]int{}
	var key []byte
	for d, t := range terms {
		alias[d] = copyOf[d]
		if t == nil {
			continue
		}
		ids := make([]uint32, 0, len(t))
		for id := range t {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		key = key[:0]
		for _, id := range ids {
			key = binary.LittleEndian.AppendUint32(key, id)
			key = binary.LittleEndian.AppendUint32(key, uint32(t[id]))
		}
		if first, ok := byTerms[string(key)]; ok {
			alias[d], terms[d] = first, nil
			continue
		}
		byTerms[string(key)] = d
	}
	df := map[uint32]int{}
	for _, t := range terms {
		for id := range t {
			df[id]++
		}
	}
	vecs := make([]vector, nDocs)
	// a term's reports and its weight in each
	type posting struct {
		d int32
		w float32
	}
	postings := make([][]posting, len(e.names)) // by term id
	for d, t := range terms {
		if t == nil {
			continue
		}
		v := vector{ids: make([]uint32, 0, len(t))}
		for id := range t {
			v.ids = append(v.ids, id)
		}
		slices.Sort(v.ids)
		var n float64
		for _, id := range v.ids {
			w := (1 + math.Log(t[id])) * math.Log(1+float64(nDocs)/float64(df[id]))
			v.w = append(v.w, float32(w))
			n += w * w
			if df[id] > 1 {
				postings[id] = append(postings[id], posting{int32(d), float32(w)})
			}
		}
		v.norm = float32(math.Sqrt(n))
		vecs[d] = v
	}
	// the cosine of every two reports that share a term, each pair once,
	// accumulated over the terms' postings (a report's later ones only) in
	// one dense row; each report keeps those at storyLinkCosine or more,
	// and then its storyNeighbours nearest
	type near struct {
		d   int32
		cos float64
	}
	nearest := make([][]near, nDocs)
	row := make([]float64, nDocs)
	at := make([]int32, len(postings)) // a term → its first posting after the report read
	var touched []int32
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
				if row[p.d] == 0 {
					touched = append(touched, p.d)
				}
				row[p.d] += w * float64(p.w)
			}
		}
		for _, b := range touched {
			if c := row[b] / (float64(va.norm) * float64(vecs[b].norm)); c >= storyLinkCosine {
				nearest[a] = append(nearest[a], near{b, c})
				nearest[b] = append(nearest[b], near{int32(a), c})
			}
			row[b] = 0
		}
		touched = touched[:0]
	}
	top := make([][]int32, nDocs)
	for a, ns := range nearest {
		slices.SortFunc(ns, func(x, y near) int { return cmp.Or(cmp.Compare(y.cos, x.cos), cmp.Compare(x.d, y.d)) })
		for _, n := range ns[:min(len(ns), storyNeighbours)] {
			top[a] = append(top[a], n.d)
		}
	}
	parent := e.story
	find := func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// two reports each among the other's nearest are of one story
	for a, ts := range top {
		for _, b := range ts {
			if slices.Contains(top[b], int32(a)) {
				ra, rb := find(int32(a)), find(b)
				if ra != rb {
					parent[max(ra, rb)] = min(ra, rb)
				}
			}
		}
	}
	for d := range parent {
		if alias[d] >= 0 {
			parent[d] = find(int32(alias[d]))
		} else {
			parent[d] = find(int32(d))
		}
	}
}

// storyNeighbours is how many of a report's nearest reports it may be
// linked to: two reports are of one story when each is among the other's
// nearest, so that a report between two stories does not chain them.
const storyNeighbours = 5

// oneStory reports whether two reports are of one story.
func (e *env) oneStory(a, b int) bool { return e.story == nil || e.story[a] == e.story[b] }

// storyOf is the number of a report's story.
func (e *env) storyOf(d int) int32 {
	if e.story == nil {
		return 0
	}
	return e.story[d]
}
