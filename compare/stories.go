package compare

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"unsafe"
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
	vecs, df, alias := e.storyVectors(items, nDocs, copyOf)
	nearest := nearestReports(vecs, df)
	top := make([][]int32, nDocs)
	tops := make([]int32, 0, storyNeighbours*nDocs) // every report's, one after the other
	for a, ns := range nearest {
		start := len(tops)
		for _, n := range ns {
			tops = append(tops, n.d)
		}
		top[a] = tops[start:len(tops):len(tops)]
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

// storyVectors are the reports' vectors for telling stories apart (the
// TF-IDF of the terms of the distinct sentences of each report's figures,
// by document index), the number of reports holding each term (by term
// id), and for each report the earlier one it is of the story of, -1 if
// none: a copy (copyOf), or a report with the very terms of an earlier
// one, whose vector is left empty.
func (e *env) storyVectors(items []*item, nDocs int, copyOf []int) ([]vector, []int, []int) {
	// each report's terms, from the distinct sentences of its figures: the
	// ids of those sentences' words gathered in one slice, sorted and
	// counted (terms[d] is the report's distinct ids, counts their
	// counts); has tells a report with figures, whose terms may be none
	type docTerms struct {
		ids, counts []uint32
		has         bool
	}
	terms := make([]docTerms, nDocs)
	var buf []uint32
	// a report's terms are counted in a table by term id: its sentences
	// repeat their common words. Its distinct ids are gathered in the
	// order met (flat, counts: report d's at first[d]…first[d+1]) and
	// put in order for all reports at once afterwards, by a counting sort
	// on the id, rather than sorted report by report
	count := make([]uint32, len(e.names))
	var flat, counts []uint32
	first := make([]int32, nDocs+1)
	flush := func(d int) {
		if d < 0 {
			return
		}
		start := len(flat)
		for _, id := range buf {
			if int(id) >= len(count) { // a term of a sentence read here (e.sentence)
				count = append(count, make([]uint32, int(id)+1-len(count))...)
			}
			if count[id] == 0 {
				flat = append(flat, id)
			}
			count[id]++
		}
		for _, id := range flat[start:] {
			counts = append(counts, count[id])
			count[id] = 0
		}
		buf = buf[:0]
		first[d+1] = int32(len(flat) - start)
	}
	cur := -1
	for _, it := range items {
		d := it.doc
		if copyOf[d] >= 0 {
			continue
		}
		if d != cur {
			flush(cur)
			cur = d
		}
		terms[d].has = true
		s := it.f.Sentence
		if s == "" {
			continue
		}
		sw := it.words
		if sw == nil {
			sw = e.sentence(s)
		}
		// a sentence counts once in its report (items come report by
		// report)
		if sw.storyDoc == int32(d)+1 {
			continue
		}
		sw.storyDoc = int32(d) + 1
		buf = append(buf, sw.ids...)
	}
	flush(cur)
	// reports' distinct ids by id (then report: flat is report by
	// report), then into each report's slices in that order
	for d := range nDocs {
		first[d+1] += first[d]
	}
	byID := make([]int32, len(count)+1) // id → its first entry in sorted
	for _, id := range flat {
		byID[id+1]++
	}
	for id := range len(count) {
		byID[id+1] += byID[id]
	}
	sorted := make([]int32, len(flat)) // entries of flat by id
	for k, id := range flat {
		sorted[byID[id]] = int32(k)
		byID[id]++
	}
	idSlab, countSlab := make([]uint32, len(flat)), make([]uint32, len(flat))
	fill := slices.Clone(first[:nDocs])
	docOf := make([]int32, len(flat)) // entry → its report
	for d := range nDocs {
		for k := first[d]; k < first[d+1]; k++ {
			docOf[k] = int32(d)
		}
	}
	for _, k := range sorted {
		d := docOf[k]
		idSlab[fill[d]], countSlab[fill[d]] = flat[k], counts[k]
		fill[d]++
	}
	for d := range nDocs {
		if from, to := first[d], first[d+1]; to > from {
			terms[d].ids = idSlab[from:to:to]
			terms[d].counts = countSlab[from:to:to]
		}
	}
	// a report whose terms are those of an earlier one (a copy, found or
	// not) is of its story and counts for nothing more: the stories do not
	// hang on whether copies were found
	alias := make([]int, nDocs)
	byTerms := make(map[string]int, nDocs) // a key per report at most
	var key []byte
	for d := range terms {
		t := &terms[d]
		alias[d] = copyOf[d]
		if !t.has {
			continue
		}
		key = key[:0]
		for i, id := range t.ids {
			key = binary.LittleEndian.AppendUint32(key, id)
			key = binary.LittleEndian.AppendUint32(key, t.counts[i])
		}
		if first, ok := byTerms[string(key)]; ok {
			alias[d], *t = first, docTerms{}
			continue
		}
		byTerms[string(key)] = d
	}
	df := make([]int, len(e.names)) // by term id: the reports holding it
	for _, t := range terms {
		for _, id := range t.ids {
			df[id]++
		}
	}
	idf := make([]float64, len(df))
	for id, n := range df {
		if n > 0 {
			idf[id] = math.Log(1 + float64(nDocs)/float64(n))
		}
	}
	vecs := make([]vector, nDocs)
	for d, t := range terms {
		if !t.has {
			continue
		}
		v := vector{ids: t.ids, w: make([]float32, 0, len(t.ids))}
		var n float64
		for i, id := range v.ids {
			w := tf(t.counts[i]) * idf[id]
			v.w = append(v.w, float32(w))
			n += w * w
		}
		v.norm = float32(math.Sqrt(n))
		vecs[d] = v
	}
	return vecs, df, alias
}

// tf is a term's weight for its count c in a report, 1 + ln c: most
// terms of a report are counted once or a few times, whose weights are
// kept (tfSmall) rather than asked of math.Log for every term.
func tf(c uint32) float64 {
	if int(c) < len(tfSmall) {
		return tfSmall[c]
	}
	return 1 + math.Log(float64(c))
}

var tfSmall = func() (t [64]float64) {
	for c := range t {
		t[c] = 1 + math.Log(float64(c))
	}
	return t
}()

// nearestReports is, for each report, its storyNeighbours nearest reports
// (keepNearest) among those whose cosine with it is storyLinkCosine or
// more; df[id] is the number of reports holding term id.
//
// Every two of a thousand reports share some common word ("said",
// "people"): the cosines of all such pairs, accumulated over the terms'
// postings, are some 500,000 sums of 6.6 million products (quadratic in
// the reports), of which a few percent reach storyLinkCosine. So the
// cosine of a pair is bounded first: the products of its rarer terms (of
// at most commonTerms reports), summed over those terms' short postings,
// plus what its common terms can add, at most the product of the two
// reports' norms over their common terms (Cauchy–Schwarz). Only a pair
// whose bound reaches the threshold (some 21,000 of a thousand distinct
// reports) has its cosine computed, as before: each shared term's product
// added in the order of the term ids, so the same pairs are kept with the
// very same cosines.
func nearestReports(vecs []vector, df []int) [][]neighbour {
	nDocs, nTerms := len(vecs), len(df)
	nearest := make([][]neighbour, nDocs) // best first (keepNearest)
	// each report's room for its nearest and one more (keepNearest),
	// cut from one slice
	room := make([]neighbour, nDocs*(storyNeighbours+1))
	for d := range nearest {
		nearest[d] = room[d*(storyNeighbours+1) : d*(storyNeighbours+1) : (d+1)*(storyNeighbours+1)]
	}
	common := max(nDocs/5, 2) // a term of more reports is common
	// the rarer terms' postings, report by report, with the term's weight
	// in the report's unit vector; cn[d], the norm of report d's common
	// terms in its unit vector
	cn := make([]float64, nDocs)
	from := make([]int32, nTerms+1) // a term's postings start at from[id]
	for d, v := range vecs {
		if v.norm == 0 {
			continue
		}
		inv := 1 / float64(v.norm)
		var s float64
		for k, id := range v.ids {
			switch n := df[id]; {
			case n > common:
				x := float64(v.w[k]) * inv
				s += x * x
			case n > 1:
				from[id+1]++
			}
		}
		cn[d] = math.Sqrt(s)
	}
	for id := range nTerms {
		from[id+1] += from[id]
	}
	postD := make([]int32, from[nTerms])
	postX := make([]float64, from[nTerms])
	at := slices.Clone(from[:nTerms])
	for d, v := range vecs {
		if v.norm == 0 {
			continue
		}
		inv := 1 / float64(v.norm)
		for k, id := range v.ids {
			if n := df[id]; n > 1 && n <= common {
				postD[at[id]], postX[at[id]] = int32(d), float64(v.w[k])*inv
				at[id]++
			}
		}
	}
	copy(at, from[:nTerms]) // a term → its first posting after the report read
	// the bound's threshold, below storyLinkCosine by more than the
	// rounding of the unit weights and of the sums
	lim := storyLinkCosine * (1 - 1e-9)
	part := make([]float64, nDocs) // report → the rarer terms' products with a's
	wa := make([]float64, nTerms)  // report a's weights, by term id
	var cands []int32
	for a, va := range vecs {
		if va.norm == 0 {
			continue
		}
		inv := 1 / float64(va.norm)
		for k, id := range va.ids {
			if n := df[id]; n < 2 || n > common {
				continue
			}
			// the reports before a that hold the term have passed their
			// own postings, so at[id] is a's
			i, end := at[id]+1, from[id+1]
			at[id] = i
			addScaled(part, postD[i:end], postX[i:end], float64(va.w[k])*inv)
		}
		// the later reports whose bound reaches the threshold, in one
		// pass over the row (cheaper than noting the reports met above)
		cands = boundReaches(cands[:0], part[a+1:], cn[a+1:], cn[a], lim, int32(a+1))
		if len(cands) == 0 {
			clear(part[a+1:])
			continue
		}
		for k, id := range va.ids {
			wa[id] = float64(va.w[k])
		}
		for _, b := range cands {
			// a pair that can enter neither report's nearest (both
			// full, its bound below the last of each: keepNearest would
			// keep neither) is not computed
			if ka, kb := lastNearest(nearest[a]), lastNearest(nearest[b]); ka > 0 && kb > 0 &&
				part[b]+cn[a]*cn[b] < min(ka, kb)*(1-1e-9) {
				continue
			}
			vb := &vecs[b]
			// the shared terms' products in the order of the ids (a's
			// weight is 0 for a term a lacks, and adding 0 changes no sum)
			dot := sparseDot(wa, vb.ids, vb.w)
			if c := dot / (float64(va.norm) * float64(vb.norm)); dot != 0 && c >= storyLinkCosine {
				nearest[a] = keepNearest(nearest[a], neighbour{b, c})
				nearest[b] = keepNearest(nearest[b], neighbour{int32(a), c})
			}
		}
		for _, id := range va.ids {
			wa[id] = 0
		}
		clear(part[a+1:])
	}
	return nearest
}

// lastNearest is the cosine of the last of a report's nearest reports
// when it has storyNeighbours of them (a report nearer than that one
// alone enters), else 0.
func lastNearest(ns []neighbour) float64 {
	if len(ns) < storyNeighbours {
		return 0
	}
	return ns[storyNeighbours-1].cos
}

// addScaled adds x times xs[j] to row[ds[j]] for each j (a loop of its
// own: in nearestReports' body the compiler kept its values on the stack).
// ds is in increasing order (a term's postings, report by report), its
// first and last in row, checked once: then so is every one, and the loop
// writes row without a bounds check of its own (they were a fifth of
// its work).
func addScaled(row []float64, ds []int32, xs []float64, x float64) {
	if len(ds) == 0 {
		return
	}
	xs = xs[:len(ds)]
	_, _ = row[ds[0]], row[ds[len(ds)-1]] // the least and the largest report, in range
	at := func(d int32) *float64 {
		return (*float64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(row)), uintptr(d)*8))
	}
	j := 0
	// four at a time (the loop's own steps were a third of its work),
	// each added in the same order as one at a time
	for ; j+4 <= len(ds); j += 4 {
		d, e := ds[j:j+4:j+4], xs[j:j+4:j+4]
		*at(d[0]) += x * e[0]
		*at(d[1]) += x * e[1]
		*at(d[2]) += x * e[2]
		*at(d[3]) += x * e[3]
	}
	for ; j < len(ds); j++ {
		*at(ds[j]) += x * xs[j]
	}
}

// boundReaches appends to cands base+b for each b whose bound, part[b]
// plus ca times cn[b], reaches lim. Each b is written at the end of
// cands and kept by moving the end past it, without a branch: few do.
func boundReaches(cands []int32, part, cn []float64, ca, lim float64, base int32) []int32 {
	cn = cn[:len(part)]
	k := len(cands)
	cands = slices.Grow(cands, len(part)+1)[:k+len(part)+1]
	for b, p := range part {
		cands[k] = base + int32(b)
		if p+ca*cn[b] >= lim {
			k++
		}
	}
	return cands[:k]
}

// neighbour is a report and its cosine with another.
type neighbour struct {
	d   int32
	cos float64
}

// nearer orders reports by cosine, the larger first, then by report.
func nearer(x, y neighbour) int { return cmp.Or(cmp.Compare(y.cos, x.cos), cmp.Compare(x.d, y.d)) }

// keepNearest adds n to ns, a report's nearest reports in nearer's
// order, and keeps the storyNeighbours first: a report may share words
// with hundreds of others, and only its nearest few are read.
func keepNearest(ns []neighbour, n neighbour) []neighbour {
	at := len(ns)
	for at > 0 && nearer(n, ns[at-1]) < 0 {
		at--
	}
	if at >= storyNeighbours {
		return ns
	}
	if ns == nil {
		ns = make([]neighbour, 0, storyNeighbours+1)
	}
	ns = slices.Insert(ns, at, n)
	return ns[:min(len(ns), storyNeighbours)]
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
