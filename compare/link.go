package compare

import (
	"cmp"
	"github.com/figcheck/figcheck/facts"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/figcheck/figcheck/lexicon"
)

// Linking is record linkage in Splink's manner: blocking chooses candidate
// pairs (figures of one kind and dimension), each pair is scored by the
// model's comparisons, and pairs above the link score are joined strongest
// first, so that a report's figure joins at most one claim of each other
// report: a greedy one-to-one assignment between every two reports, then
// groups.

// claim is one figure of one report, with all its mentions (a headline's
// "31" and the body's "the toll rose to 31").
type claim struct {
	id    int
	doc   int
	dim   string
	items []*item
	// sig numbers what the comparisons read of the claim, whatever its
	// report: wire copy that several outlets print word for word gives
	// claims of one sig, whose pairs are scored once (see scoreCache).
	sig int
	// restates is, for a headline's claim, the claim of the body it
	// states again (pairHeadlines)
	restates *claim
	// copyOf is, in a report that repeats an earlier one (earlierCopies),
	// the earlier report's claim this one repeats (formClaims): the same
	// signature and blocking keys
	copyOf *claim
}

// claimSigs gives each claim the number of its signature.
func claimSigs(claims []*claim) {
	// sized for a signature per claim that is no copy's, as distinct
	// reports give: grown from empty, the map was rehashed over and over
	n := 0
	for _, c := range claims {
		n += b2i(c.copyOf == nil)
	}
	ids := make(map[string]int, n)
	alone := sentenceAlone(claims)
	next := 0 // the next signature's number
	var b []byte
	for _, c := range claims {
		if c.copyOf != nil {
			// the earlier claim came first and has its number
			c.sig = c.copyOf.sig
			for _, it := range c.items {
				it.sig = c.sig
			}
			continue
		}
		if alone(c) {
			// no other claim can have its signature: a new number, as
			// the map would give it
			c.sig = next
			next++
			for _, it := range c.items {
				it.sig = c.sig
			}
			continue
		}
		b = b[:0]
		for _, it := range c.items {
			for _, s := range []string{it.dim, figureKey(it)} {
				b = append(b, s...)
				b = append(b, 0)
			}
			b = appendSentence(b, it)
			b = append(b, 0)
			b = strconv.AppendInt(b, int64(it.f.Start-sentenceOffset(it)), 10)
			b = append(b, 0)
			b = strconv.AppendInt(b, int64(it.rank), 10)
			for _, s := range []string{it.subject, it.event, it.scope, it.time, it.source} {
				b = append(b, 0)
				b = append(b, s...)
			}
			b = append(b, 1)
		}
		id, ok := ids[string(b)]
		if !ok {
			id = next
			next++
			ids[string(b)] = id
		}
		c.sig = id
		for _, it := range c.items {
			it.sig = id
		}
	}
}

// sentenceAlone tells the claims (of no earlier report's copy) whose
// signature no other claim can have, so that claimSigs need not write it
// out: a signature begins with its first mention's block, figure and
// sentence, and goes on with its place among its report's claims of its
// block (rank, one per claim of a report and block), so two claims of one
// signature are of two reports whose first mentions stand in one
// sentence. A claim whose first mention's sentence (as setContexts
// numbered it) holds no first mention of another report's claim is alone;
// a mention of no numbered sentence never is (it is signed by its text).
// Distinct reports vary their figures, so most sentences are one
// report's.
func sentenceAlone(claims []*claim) func(c *claim) bool {
	nSent := 0
	for _, c := range claims {
		if w := c.items[0].words; w != nil {
			nSent = max(nSent, int(w.n)+1)
		}
	}
	firstDoc := make([]int32, nSent) // sentence → 1 + the first report met
	shared := make([]bool, nSent)
	for _, c := range claims {
		w := c.items[0].words
		if c.copyOf != nil || w == nil {
			continue
		}
		switch d := firstDoc[w.n]; {
		case d == 0:
			firstDoc[w.n] = int32(c.doc) + 1
		case d != int32(c.doc)+1:
			shared[w.n] = true
		}
	}
	return func(c *claim) bool {
		w := c.items[0].words
		return w != nil && !shared[w.n]
	}
}

// appendSentence appends what stands for an item's sentence in its
// signature: the number of the sentence as setContexts read it (one text,
// one number: shorter to hash than the text), else its text after a byte
// no number starts with.
func appendSentence(b []byte, it *item) []byte {
	if it.words != nil {
		return strconv.AppendInt(b, int64(it.words.n), 10)
	}
	return append(append(b, '|'), it.f.Sentence...)
}

// sentenceOffset is where a fact's text stands in its sentence, so that two
// mentions in one sentence keep apart in a signature.
func sentenceOffset(it *item) int {
	return strings.Index(it.f.Sentence, it.f.Text)
}

// scoreCache keeps the scores of pairs of signatures of one block: wire
// copy that many reports print gives hundreds of thousands of candidate
// pairs but a few thousand pairs of signatures. Only a signature that more
// than one claim of the block has (shared) can meet another signature
// twice: a pair of two signatures that are not shared is one pair of
// claims, scored once (candidates pairs two claims once), so it is not
// kept. The shared signatures are numbered, and the scores of two of them
// kept in a table when there are at most maxScoreTable of them; the
// scores of a shared and an unshared one, or of more shared ones, in a
// map. (In 1,000 distinct reports most signatures are not shared: a
// table over all of a block's signatures was mostly cleared for nothing,
// and a map of every pair grew to hundreds of thousands of scores it never
// met again.)
type scoreCache struct {
	local []int32 // claim id → its signature's number among the block's shared ones, -1 if not shared
	// firstOf and numOf are block's scratch, by signature: 1 + the id of
	// the block's first claim with it, and 1 + its number (0: none yet)
	firstOf, numOf []int32
	n              int      // shared signatures of the block
	filled         bool     // table made ready for the block
	table          []uint32 // local a·n + local b (a ≤ b) → 1 + place in values, 0 unknown
	values         []float64
	scores         map[uint64]float64
}

const maxScoreTable = 1024

// block makes the cache ready for the claims of one block (of nClaims in
// all).
func (sc *scoreCache) block(cs []*claim, nClaims int) {
	if sc.local == nil {
		sc.local = make([]int32, nClaims)
	}
	if sc.firstOf == nil {
		// a signature is less than the number of claims
		sc.firstOf, sc.numOf = make([]int32, nClaims), make([]int32, nClaims)
	}
	n := int32(0)
	for _, c := range cs {
		sc.local[c.id] = -1
		first := sc.firstOf[c.sig]
		if first == 0 {
			sc.firstOf[c.sig] = int32(c.id) + 1
			continue
		}
		if sc.numOf[c.sig] == 0 {
			n++
			sc.numOf[c.sig] = n
		}
		sc.local[first-1] = sc.numOf[c.sig] - 1
		sc.local[c.id] = sc.numOf[c.sig] - 1
	}
	for _, c := range cs {
		sc.firstOf[c.sig], sc.numOf[c.sig] = 0, 0
	}
	sc.n, sc.filled = int(n), false
	clear(sc.scores)
}

func (sc *scoreCache) score(m *Model, a, b *claim, lv []int) float64 {
	x, y := sc.local[a.id], sc.local[b.id]
	switch {
	case x < 0 && y < 0:
		return claimScore(m, a, b, lv)
	case x >= 0 && y >= 0 && sc.n <= maxScoreTable:
		if !sc.filled {
			// on the first pair scored: a block of dates scores none
			sc.table = slices.Grow(sc.table[:0], sc.n*sc.n)[:sc.n*sc.n]
			clear(sc.table)
			sc.filled = true
		}
		p := &sc.table[int(min(x, y))*sc.n+int(max(x, y))]
		if *p == 0 {
			sc.values = append(sc.values, claimScore(m, a, b, lv))
			*p = uint32(len(sc.values))
		}
		return sc.values[*p-1]
	}
	k := uint64(min(a.sig, b.sig))<<32 | uint64(max(a.sig, b.sig))
	if s, ok := sc.scores[k]; ok {
		return s
	}
	s := claimScore(m, a, b, lv)
	if sc.scores == nil {
		sc.scores = map[uint64]float64{}
	}
	sc.scores[k] = s
	return s
}

// formClaims joins the mentions of one figure in one report: the same
// figure, in the same block, with no clash in what it is about. Items
// come report by report, items[i].idx being i. A report that repeats an
// earlier one (copyOf[doc], -1 if none; nil for no copies) has the
// earlier one's claims, mention for mention, each linked to the claim it
// repeats (claim.copyOf).
func formClaims(items []*item, copyOf []int) []*claim {
	// a claim per item at most, so the claims' slab is never grown (their
	// pointers stay valid)
	slab := make([]claim, 0, len(items))
	newClaim := func(c claim) *claim {
		slab = append(slab, c)
		return &slab[len(slab)-1]
	}
	claims := make([]*claim, 0, len(items))
	mentions := make([]*item, len(items))
	nDocs := 0
	for _, it := range items {
		nDocs = max(nDocs, it.doc+1)
	}
	// a report's claims, in room cut from one slice for as many as it
	// has items (grown from empty, the lists were reallocated some five
	// times a report)
	byDoc := make([][]*claim, nDocs)
	perDoc := make([]int, nDocs+1)
	for _, it := range items {
		perDoc[it.doc+1]++
	}
	room := make([]*claim, len(items))
	for d := range nDocs {
		perDoc[d+1] += perDoc[d]
		byDoc[d] = room[perDoc[d]:perDoc[d]:perDoc[d+1]]
	}
	firstOf := make([]int, nDocs) // a report → 1 + the place of its first item
	for i := 0; i < len(items); i++ {
		it := items[i]
		if firstOf[it.doc] == 0 {
			firstOf[it.doc] = i + 1
		}
		if copyOf != nil && copyOf[it.doc] >= 0 {
			d, s := it.doc, copyOf[it.doc]
			shift := i - (firstOf[s] - 1)
			for _, c := range byDoc[s] {
				cp := newClaim(claim{id: len(claims), doc: d, dim: c.dim, items: make([]*item, len(c.items)), copyOf: c})
				for j, m := range c.items {
					cp.items[j] = items[m.idx+shift]
					cp.items[j].claim = cp.id
				}
				claims = append(claims, cp)
				byDoc[d] = append(byDoc[d], cp)
			}
			for i+1 < len(items) && items[i+1].doc == d {
				i++
			}
			continue
		}
		var into *claim
		for _, c := range byDoc[it.doc] {
			if c.dim == it.dim && ((sameFigure(c.items[0], it) || conversion(c, it) || restated(c, it)) && compatible(c, it) || countAdded(c, it)) {
				into = c
				break
			}
		}
		if into == nil {
			// room for one mention (most claims have one) in a
			// shared slab; a second is appended into a slice of its own
			k := len(claims)
			into = newClaim(claim{id: k, doc: it.doc, dim: it.dim, items: mentions[k : k : k+1]})
			claims = append(claims, into)
			byDoc[it.doc] = append(byDoc[it.doc], into)
		}
		into.items = append(into.items, it)
		it.claim = into.id
	}
	// each claim's place among its report's claims of its block; a
	// report's claims stand together, and a repeated report's ranks are
	// the earlier's
	// a report's blocks are few, so their counts are a list, not a map
	var rank []blockCount // block → the current report's claims so far
	doc := -1
	for _, c := range claims {
		if c.doc != doc {
			rank = rank[:0]
			doc = c.doc
		}
		if c.copyOf != nil {
			for j, it := range c.items {
				it.rank = c.copyOf.items[j].rank
			}
			continue
		}
		k := slices.IndexFunc(rank, func(b blockCount) bool { return b.dim == c.dim })
		if k < 0 {
			rank = append(rank, blockCount{c.dim, 0})
			k = len(rank) - 1
		}
		for _, it := range c.items {
			it.rank = rank[k].n
		}
		rank[k].n++
	}
	return claims
}

// blockCount is a block and how many claims of a report it has so far.
type blockCount struct {
	dim string
	n   int
}

// conversion reports whether a fact restates a claim's figure in another
// unit in the same sentence: "10 km (6 miles)", "41.3C (106F)".
func conversion(c *claim, it *item) bool {
	for _, m := range c.items {
		if m.f.Sentence == it.f.Sentence && m.f.Unit != it.f.Unit && m.hasIv && it.hasIv &&
			m.cmpUnit == it.cmpUnit && m.base.overlaps(it.base, false) {
			return true
		}
	}
	return false
}

// restated reports whether a fact states again, with another hedge, a
// claim's figure about the same named thing: "kills 25" in a headline and
// "at least 25 people died" in the body.
func restated(c *claim, it *item) bool {
	named := false
	for _, m := range c.items {
		if !m.hasIv || !it.hasIv || m.cmpUnit != it.cmpUnit || !m.base.overlaps(it.base, m.integer && it.integer) {
			return false
		}
		// two bounds open the same way always meet: "more than 145
		// aircraft" and "above 8,600 jets" are two figures, unless their
		// ends are one figure rounded ("more than 140", "over 145")
		if m.base.unbounded() && it.base.unbounded() && (m.base.hi > 1e300) == (it.base.hi > 1e300) &&
			!withinRounding(m.base.mid(), it.base.mid()) {
			return false
		}
		named = named || m.event != "" || m.measure != ""
		if m.role != it.role || m.change != it.change {
			return false
		}
	}
	// what both say is measured must be named: by the figure, and by
	// one mention of the claim at least (a bare "381" beside "381
	// people" does not keep "at least 381 people" apart)
	return named && (it.event != "" || it.measure != "")
}

// withinRounding reports two figures within maxRounding of the larger.
func withinRounding(x, y float64) bool {
	return math.Abs(x-y) <= maxRounding*max(math.Abs(x), math.Abs(y))
}

// countAdded reports a count a report states once as a number of things
// ("the economy added 256,000 jobs") and once as the rise it is
// ("payrolls rose by 256,000"): the same figure in two grammatical roles,
// one claim. Every mention of the claim must be the other role, the same
// count and the same measure.
func countAdded(c *claim, it *item) bool {
	for _, m := range c.items {
		if m.f.Kind != facts.KindCount || it.f.Kind != facts.KindCount || !m.hasIv || !it.hasIv ||
			m.cmpUnit != it.cmpUnit || !m.base.overlaps(it.base, true) {
			return false
		}
		level, rise := m, it
		if level.role == "change" {
			level, rise = it, m
		}
		if level.role != "level" || rise.role != "change" || rise.change != "up" {
			return false
		}
		if ev, me, su := aboutLevels(m, it); me > 1 || ev == 3 || su == 6 {
			return false
		}
	}
	return true
}

// sameFigure reports whether two facts state the very same figure.
func sameFigure(a, b *item) bool { return figureKey(a) == figureKey(b) }

// compatible reports whether a fact can be a mention of a claim: nothing it
// says of what it measures clashes with any mention.
//
// The event, measure and subject levels are aboutLevels', kept by the pair
// of the figures' readings (the figures of a report are asked against
// each other, and the readings of a story repeat from report to report).
func compatible(c *claim, it *item) bool {
	for _, m := range c.items {
		ev, me, su := aboutLevels(m, it)
		if me >= 3 && !measureNamed(m, it) && !measureNamed(it, m) || ev == 3 || su == 6 ||
			scopeLevel(m, it) >= 3 || timeLevel(m, it) == 3 || roleLevel(m, it) != 0 {
			return false
		}
	}
	return true
}

// measureNamed reports whether a's measure is a word of b's subject: the
// same figure of one report measured by two words of one phrase
// ("Unemployment falls to 3.9 percent" in a headline, "the U.S.
// unemployment rate fell to 3.9 percent" in the body).
func measureNamed(a, b *item) bool {
	return a.measure != "" && slices.Contains(b.subj, a.measure)
}

// edge is a scored candidate pair of claims, by their ids: a thousand
// reports give hundreds of thousands of edges, which hold no pointer for
// the collector to scan and are copied without write barriers.
type edge struct {
	a, b  int32
	score float64
}

// edgeOf is the edge between claims a and b.
func edgeOf(a, b *claim, score float64) edge { return edge{int32(a.id), int32(b.id), score} }

// claimScore is the best score of any two mentions of two claims; a clash
// between any two (another event, opposed measures, subjects naming
// different members of one category) keeps them apart whatever the rest
// says: a blocking rule, not a weight. The score is exact when it reaches
// the link score; below it, it is some score below the link score (a pair
// that cannot reach it is not compared word by word: see linkLevels).
func claimScore(m *Model, a, b *claim, lv []int) float64 {
	best := -1e300
	for _, x := range a.items {
		for _, y := range b.items {
			var clash, short bool
			var bound float64
			lv, clash, short, bound = linkLevels(m, x, y, lv)
			switch {
			case clash:
				return -1e300
			case short:
				best = max(best, bound)
			default:
				s := m.linkScore(lv)
				best = max(best, s)
				if m.unrolled && lv[ciValue] >= valueWithin30 {
					// figures whose intervals do not meet: those a
					// group's verdicts find disagreeing
					m.keepSure(x, y, lv, s)
				}
			}
		}
	}
	return best
}

// linkLevels computes a pair's levels for linking, in an order that spares
// the comparisons that cannot change the answer: first those that tell a
// clash, then the others, the figures' values first and the costly cosines
// (the words around the figures, their sentences) last. When the levels so
// far with the best levels of the rest would leave the pair's score below
// the link score (by more than rounding), it stops, short, with that bound.
func linkLevels(m *Model, x, y *item, lv []int) (out []int, clash, short bool, bound float64) {
	if m.unrolled {
		return linkLevelsUnrolled(m, x, y, lv)
	}
	return linkLevelsLoop(m, x, y, lv)
}

// linkLevelsLoop is linkLevels as a loop over the model's steps, for
// comparisons that are not those linkLevelsUnrolled is written for.
func linkLevelsLoop(m *Model, x, y *item, lv []int) (out []int, clash, short bool, bound float64) {
	if m.linkSteps == nil { // clashLevels or linkOrder nil, or m not compiled
		lv = levels(x, y, lv)
		return lv, clashIn(lv, x, y), false, 0
	}
	if cap(lv) < len(comparisons) {
		lv = make([]int, len(comparisons))
	}
	lv = lv[:len(comparisons)]
	known := m.Bias // the weights of the levels computed
	for i := range m.clashSteps {
		st := &m.clashSteps[i]
		l := st.level(x, y)
		lv[st.ci] = l
		known += st.table[l]
	}
	if clashIn(lv, x, y) {
		return lv, true, false, 0
	}
	rest, limit := m.linkRest, m.Link-linkMargin // the best the others could add
	for i := range m.linkSteps {
		st := &m.linkSteps[i]
		if known+rest < limit {
			return lv, false, true, known + rest
		}
		l := st.level(x, y)
		lv[st.ci] = l
		known += st.table[l]
		rest -= st.best
	}
	return lv, false, false, 0
}

// linkMargin keeps a bound summed in another order than Model.score off
// the link score's rounding.
const linkMargin = 1e-9

// The places of the comparisons in comparisons, for linkLevelsUnrolled
// (unrolledOrder checks them against the names).
const (
	ciMeasure = iota
	ciEvent
	ciSubject
	ciContext
	ciSentence
	ciOrder
	ciScope
	ciTime
	ciSource
	ciRole
	ciValue
	ciUnit
	ciValueMeasure
	ciNearValue
	ciSameFigure
	nComparisons
)

// maxLevels bounds the levels of a comparison in Model.weights.
const maxLevels = 8

// unrolledOrder is the order of the comparisons linkLevelsUnrolled reads,
// clashSteps' then linkSteps', or nil if comparisons are no longer those
// it names: then linkLevels loops over the model's steps.
var unrolledOrder = func() []int {
	names := []string{ciMeasure: "measure", ciEvent: "event", ciSubject: "subject", ciContext: "context",
		ciSentence: "sentence", ciOrder: "order", ciScope: "scope", ciTime: "time", ciSource: "source",
		ciRole: "role", ciValue: "value", ciUnit: "unit", ciValueMeasure: "value and measure", ciNearValue: "near value", ciSameFigure: "same figure"}
	if len(comparisons) != nComparisons {
		return nil
	}
	for ci, c := range comparisons {
		if c.name != names[ci] || len(c.levels) > maxLevels {
			return nil
		}
	}
	return []int{ciEvent, ciMeasure, ciSubject,
		ciValue, ciOrder, ciScope, ciTime, ciSource, ciRole, ciUnit, ciValueMeasure, ciNearValue, ciSameFigure, ciContext, ciSentence}
}()

// linkLevelsUnrolled is linkLevelsLoop written out for the comparisons of
// unrolledOrder: every pair of a block's candidates is read this way, and
// the loop cost some 40 instructions a step (a call through the step's
// function, its weights' slice and the levels' found again), about a
// quarter of the pair. The sums are made in the loop's order, so the
// levels, the clash and the bound are the same to the bit
// (TestUnrolledLinkLevels); the value level, known first, serves the
// value-and-measure and near-value comparisons, which asked it again.
func linkLevelsUnrolled(m *Model, x, y *item, out []int) ([]int, bool, bool, float64) {
	if cap(out) < nComparisons {
		out = make([]int, nComparisons)
	}
	out = out[:nComparisons]
	lv := (*[nComparisons]int)(out)
	w := &m.weights
	known := m.Bias
	ev, me, su := aboutLevels(x, y)
	lv[ciEvent], known = ev, known+w[ciEvent][ev&(maxLevels-1)]
	lv[ciMeasure], known = me, known+w[ciMeasure][me&(maxLevels-1)]
	lv[ciSubject], known = su, known+w[ciSubject][su&(maxLevels-1)]
	if clashIn(out, x, y) {
		return out, true, false, 0
	}
	// rests[i]: what the steps from the i-th on could add (Model.rests)
	rests, limit := &m.rests, m.Link-linkMargin
	// step computes comparison ci's level l and adds its weight
	step := func(ci, l int) {
		lv[ci], known = l, known+w[ci][l&(maxLevels-1)]
	}
	if rest := rests[0]; known+rest < limit {
		return out, false, true, known + rest
	}
	value := valueLevel(x, y)
	step(ciValue, value)
	if rest := rests[1]; known+rest < limit {
		return out, false, true, known + rest
	}
	step(ciOrder, orderLevel(x, y))
	if rest := rests[2]; known+rest < limit {
		return out, false, true, known + rest
	}
	step(ciScope, scopeLevel(x, y))
	if rest := rests[3]; known+rest < limit {
		return out, false, true, known + rest
	}
	step(ciTime, timeLevel(x, y))
	if rest := rests[4]; known+rest < limit {
		return out, false, true, known + rest
	}
	step(ciSource, frameLevel(x.source, y.source))
	if rest := rests[5]; known+rest < limit {
		return out, false, true, known + rest
	}
	step(ciRole, roleLevel(x, y))
	if rest := rests[6]; known+rest < limit {
		return out, false, true, known + rest
	}
	step(ciUnit, unitLevel(x, y))
	if rest := rests[7]; known+rest < limit {
		return out, false, true, known + rest
	}
	// valueMeasureLevel, the value and the measure known
	step(ciValueMeasure, b2i(otherMeasures(x, y) && value == 0 && lv[ciMeasure] == 3))
	if rest := rests[8]; known+rest < limit {
		return out, false, true, known + rest
	}
	step(ciNearValue, nearValueWith(x, y, value))
	if rest := rests[9]; known+rest < limit {
		return out, false, true, known + rest
	}
	step(ciSameFigure, sameFigureWith(x, y, lv[ciMeasure]))
	if rest := rests[10]; known+rest < limit {
		return out, false, true, known + rest
	}
	step(ciContext, contextLevel(x, y))
	if rest := rests[11]; known+rest < limit {
		return out, false, true, known + rest
	}
	step(ciSentence, sentenceLevel(x, y))
	return out, false, false, 0
}

// costlyComparisons marks the costly comparisons: the cosines. Nil if the
// comparisons no longer name them.
var costlyComparisons = func() []bool {
	out := make([]bool, len(comparisons))
	for _, name := range []string{"context", "sentence"} {
		ci := slices.IndexFunc(comparisons, func(c comparison) bool { return c.name == name })
		if ci < 0 {
			return nil
		}
		out[ci] = true
	}
	return out
}()

// linkOrder is the order in which linkLevels computes the comparisons
// after those of clashLevels: the value first (its levels' weights spread
// the most), the costly ones last. Nil if the comparisons no longer name
// them.
var linkOrder = func() []int {
	value := slices.IndexFunc(comparisons, func(c comparison) bool { return c.name == "value" })
	if value < 0 || costlyComparisons == nil {
		return nil
	}
	out := []int{value}
	for _, costly := range []bool{false, true} {
		for ci := range comparisons {
			if ci != value && !clashComparisons[ci] && costlyComparisons[ci] == costly {
				out = append(out, ci)
			}
		}
	}
	return out
}()

// clashComparisons marks the comparisons of clashLevels.
var clashComparisons = func() []bool {
	out := make([]bool, len(comparisons))
	for _, c := range clashLevels {
		out[c[0]] = true
	}
	return out
}()

// clashLevels are the comparison levels that say two facts are about
// different things (see clash): another event, opposed measures, a
// subject clash. A pair's levels already hold them, so clashIn need not
// compare the subjects and measures a second time. Nil if the comparisons
// no longer name them: then clashIn asks clash.
var clashLevels = func() [][2]int {
	var out [][2]int
	for _, want := range [][2]string{{"event", "different"}, {"measure", "opposed"}, {"subject", "clash"}} {
		ci := slices.IndexFunc(comparisons, func(c comparison) bool { return c.name == want[0] })
		if ci < 0 {
			return nil
		}
		li := slices.Index(comparisons[ci].levels, want[1])
		if li < 0 {
			return nil
		}
		out = append(out, [2]int{ci, li})
	}
	return out
}()

// clashIn is clash for a pair whose levels are lv.
func clashIn(lv []int, x, y *item) bool {
	if clashLevels == nil {
		return clash(x, y)
	}
	for _, c := range clashLevels {
		if lv[c[0]] == c[1] {
			return true
		}
	}
	return eventOnly(x, y) || eventOnly(y, x) || agesApart(x, y) || basesApart(x, y)
}

// basesApart reports two changes measured over different periods ("0.3%
// on the month", "4.0% from a year earlier"): two measures, never one.
func basesApart(x, y *item) bool {
	return x.changeBase != "" && y.changeBase != "" && x.changeBase != y.changeBase
}

// clash reports whether two facts say they are about different things:
// another event, opposed measures, subjects naming different members of
// one category, subjects that share no word and name different heads
// ("territory", "voters"), or a count of an event beside a count of a
// thing that names no event ("25 killed", "25 missiles").
func clash(x, y *item) bool {
	sl := subjectLevel(x, y)
	ml := measureLevel(x, y)
	if eventLevel(x, y) == 3 || ml == 4 || sl == 6 {
		return true
	}
	return eventOnly(x, y) || eventOnly(y, x) || agesApart(x, y) || basesApart(x, y)
}

// agesApart reports two ages too far apart to be one person's age told
// twice: a report that misstates an age is a year or two out ("22",
// "21-year-old") or swaps its digits, while a story names many people
// ("a 67-year-old man", "a 38-year-old nurse"), whose ages the words
// around them cannot tell apart.
func agesApart(x, y *item) bool {
	if x.f.Kind != facts.KindAge || y.f.Kind != facts.KindAge || !x.hasIv || !y.hasIv || x.cmpUnit != y.cmpUnit {
		return false
	}
	a, b := x.base.mid(), y.base.mid() // in days, an age's base unit
	return math.Abs(a-b) > maxAgeSlip*daysPerYear && !transposed(x.text, y.text)
}

// maxAgeSlip is how many years two ages of one person may differ by in two
// reports; daysPerYear converts it to an age's base unit.
const (
	maxAgeSlip  = 3
	daysPerYear = 365.25
)

// eventOnly reports whether x counts people by an event (killed, injured)
// and y counts a named thing with no event.
func eventOnly(x, y *item) bool {
	return x.event != "" && y.event == "" && strings.HasPrefix(x.measure, "ev:") &&
		y.measure != "" && !strings.HasPrefix(y.measure, "ev:")
}

// maxPosting is how many claims one blocking key may gather before it is
// too common to choose candidates by (a stop word of the comparison, such
// as the event every report of a thousand-report day counts); the claims
// still meet through their other keys.
const maxPosting = 100

// blockKey is one key a claim is found under in its block: what kind of
// key it is (blockDate…) in the high 32 bits, its value in the low ones
// (an interned string, a term id, an order of magnitude).
type blockKey uint64

const (
	blockDate blockKey = iota + 1
	blockMeasure
	blockEvent
	blockSubject
	blockContext
	blockMagnitude
	blockMagnitudeShifted
	blockDateMonth
	blockConcept
)

// conceptKeys holds lexicon.Keys of each measure word asked, read once per
// process: a block's claims name few measures.
var conceptKeys sync.Map // string → []uint32

// measureConcepts returns what a measure word can mean (lexicon.Keys):
// "deal" and "agreement", "job" and "post", "trip" and "visit" share one,
// and a pair that shares a key is a candidate though the words differ.
func measureConcepts(w string) []uint32 {
	if v, ok := conceptKeys.Load(w); ok {
		return v.([]uint32)
	}
	k := lexicon.Keys(w)
	conceptKeys.Store(w, k)
	return k
}

// concepts is measureConcepts of an item's measure, kept by its term id
// for the call: the process-wide cache is a sync.Map, and every claim of
// a block asks.
func (e *env) concepts(it *item) []uint32 {
	id := int(it.measureID)
	if id >= len(e.conceptsOf) {
		e.conceptsOf = append(e.conceptsOf, make([][]uint32, id+1-len(e.conceptsOf))...)
		e.conceptsRead = append(e.conceptsRead, make([]bool, id+1-len(e.conceptsRead))...)
	}
	if !e.conceptsRead[id] {
		e.conceptsOf[id], e.conceptsRead[id] = measureConcepts(it.measure), true
	}
	return e.conceptsOf[id]
}

func newBlockKey(kind blockKey, v uint32) blockKey { return kind<<32 | blockKey(v) }

// interned numbers strings (measures, events, stems, dates) for blockKeys.
type interned map[string]uint32

func (in interned) id(s string) uint32 {
	id, ok := in[s]
	if !ok {
		id = uint32(len(in))
		in[s] = id
	}
	return id
}

// blockKeys are the keys a claim is found under in its block: its measure,
// event and subject stems, the heaviest words around its figures, and the
// order of magnitude of its figure. Two claims are compared only when they
// share a key (Splink's blocking rules), so the work grows with the pairs
// that could match, not with the square of the facts.
//
// The first mention's keys are distinct by construction (each kind of key
// once, or a list of distinct values: a subject's stems, a vector's
// heaviest terms, lexicon.Keys' concepts), so they are appended as they
// come; a later mention's are added only if not there yet (a measure's
// concepts are some dozens of keys, and looking each up among those
// before it was most of the work).
func blockKeys(c *claim, in interned, out []blockKey) []blockKey {
	out = out[:0]
	first := true
	add := func(k blockKey) {
		if first || !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	for i, it := range c.items {
		first = i == 0
		if it.dim == "date" {
			add(newBlockKey(blockDate, in.id(it.date)))
			if c, ok := it.calOf(); ok && eventDate(it) {
				// one month's days meet
				add(newBlockKey(blockDateMonth, uint32(c.m)))
			}
			continue
		}
		// a measure and a subject's stems by their term ids (termIDs):
		// one id per stem, as interning them again would give, without a
		// look-up by the string
		if it.measure != "" {
			add(newBlockKey(blockMeasure, it.measureID))
			if !strings.HasPrefix(it.measure, "ev:") {
				for _, k := range it.env.concepts(it) {
					add(newBlockKey(blockConcept, k))
				}
			}
		}
		if it.event != "" {
			add(newBlockKey(blockEvent, in.id(it.event)))
		}
		for _, id := range it.subjIDs {
			add(newBlockKey(blockSubject, id))
		}
		if it.ctx != nil {
			for _, id := range it.ctx.heavy {
				add(newBlockKey(blockContext, id))
			}
		}
		if it.hasIv {
			if v := math.Abs(it.base.mid()); v > 0 && !math.IsInf(v, 0) {
				// steps of a quarter of a decade, on two grids half a step
				// apart: two figures less than half a step apart (a
				// third) share a key on one of them, however near a step's
				// edge they fall ("three-day", "four-day"). A key for the
				// next step too joins figures of up to two steps apart;
				// measured, it made more false alarms than it found
				// conflicts.
				lg := math.Log10(v) * 4
				add(newBlockKey(blockMagnitude, uint32(int32(math.Floor(lg)))))
				add(newBlockKey(blockMagnitudeShifted, uint32(int32(math.Floor(lg+0.5)))))
			}
		}
	}
	return out
}

// candidates scores the pairs of claims of one block that share a blocking
// key and keeps those at or above the model's link score.
func candidates(m *Model, claims []*claim) []edge {
	// the blocks in the order first met, a claim's found among them by
	// its name (a comparison has a few dozen: a map look-up and store
	// for every claim cost more); the edges are sorted whatever order
	// the blocks are read in, as they were when a map's order read them
	type block struct {
		dim string
		cs  []*claim
	}
	var blocks []block
	last := -1
	for _, c := range claims {
		if last < 0 || blocks[last].dim != c.dim {
			last = slices.IndexFunc(blocks, func(b block) bool { return b.dim == c.dim })
			if last < 0 {
				blocks = append(blocks, block{dim: c.dim})
				last = len(blocks) - 1
			}
		}
		blocks[last].cs = append(blocks[last].cs, c)
	}
	var edges edgeList
	lv := make([]int, 0, len(comparisons))
	in := interned{}
	seen := make([]int, len(claims)) // claim id → 1 + the claim it was last paired with
	claimSigs(claims)
	var cache scoreCache
	var bp blockPostings
	var seenIn []int32 // key number → how many of its claims were read as a
	for _, bl := range blocks {
		dim, cs := bl.dim, bl.cs
		bp.read(cs, in, len(claims))
		cache.block(cs, len(claims))
		// the claims read by story and id, the postings' order, so that
		// the claims of a posting before a are those read before it: a's
		// place in each is counted, not searched for (the edges are
		// sorted whatever order they come in, and each pair is still
		// scored once, its first claim the one before in that order)
		seenIn = slices.Grow(seenIn[:0], len(bp.from))[:len(bp.from)]
		clear(seenIn)
		for _, sa := range bp.order {
			a, story := claims[uint32(sa)], sa>>32
			for _, k := range bp.keysOf[a.id] {
				ps := bp.posting(k)
				at := seenIn[k] + 1 // the claims after a
				seenIn[k]++
				if len(ps) > maxPosting {
					continue
				}
				for _, sid := range ps[at:] {
					if sid>>32 != story {
						break // the next story's
					}
					id := int(uint32(sid))
					if seen[id] == a.id+1 {
						continue
					}
					seen[id] = a.id + 1
					if e, ok := scorePair(m, dim, a, claims[id], lv, &cache); ok {
						edges.add(e)
					}
				}
			}
		}
	}
	return edges.all()
}

// blockPostings are the claims of one block under each of its blocking
// keys, the keys numbered in the order the claims give them, so that a
// posting is found by its number (a slice index) rather than by a map
// look-up for every key of every claim, and the postings are laid out in
// one slice.
type blockPostings struct {
	num    bitsNumbers // a key of the block → its number (a table: every key of every claim asks)
	keysOf [][]int32   // claim id → the numbers of its keys, in blockKeys' order
	// from[k] is where key k's claims start in sids, by story and id (a
	// story's in the high 32 bits, the id in the low ones): a claim meets
	// only the claims of its own story (reports of two stories are never
	// compared), so each reads its story's part of a posting; a key too
	// common for blocking (maxPosting) is so over all stories
	from  []int32
	sids  []uint64
	keys  []blockKey // blockKeys' scratch
	order []uint64   // the block's claims by story and id (read's scratch)
	nums  []int32    // the slab keysOf's slices are cut from
}

// read makes the postings of the claims of one block (of nClaims in all).
func (bp *blockPostings) read(cs []*claim, in interned, nClaims int) {
	if bp.keysOf == nil {
		bp.keysOf = make([][]int32, nClaims)
	}
	bp.num.reset()
	count := bp.from[:0]
	var env *env
	if len(cs) > 0 {
		env = cs[0].items[0].env
	}
	for _, c := range cs {
		if c.copyOf != nil {
			bp.keysOf[c.id] = bp.keysOf[c.copyOf.id] // of this block, and earlier
		} else {
			bp.keys = blockKeys(c, in, bp.keys)
			start := len(bp.nums)
			for _, k := range bp.keys {
				u, ok := bp.num.get(uint64(k))
				n := int32(u)
				if !ok {
					n = int32(len(count))
					bp.num.put(uint64(k), uint32(n))
					count = append(count, 0)
				}
				bp.nums = append(bp.nums, n)
			}
			bp.keysOf[c.id] = bp.nums[start:len(bp.nums):len(bp.nums)]
		}
		for _, n := range bp.keysOf[c.id] {
			count[n]++
		}
	}
	// counts to starts, one more for the end
	bp.from = append(count, 0)
	total := int32(0)
	for k, n := range bp.from {
		bp.from[k] = total
		total += n
	}
	bp.sids = slices.Grow(bp.sids[:0], int(total))[:total]
	next := slices.Clone(bp.from[:len(bp.from)-1])
	// the claims laid out by story and id, so that each posting is
	// written in that order: one sort of the block's claims rather than
	// one of each posting, which hold some fifteen times as many (a
	// posting too common to block by is never read, in whatever order)
	bp.order = bp.order[:0]
	for _, c := range cs {
		bp.order = append(bp.order, uint64(uint32(env.storyOf(c.doc)))<<32|uint64(uint32(c.id)))
	}
	slices.Sort(bp.order)
	for _, sid := range bp.order {
		for _, n := range bp.keysOf[uint32(sid)] {
			bp.sids[next[n]] = sid
			next[n]++
		}
	}
}

// posting is the claims under key number k.
func (bp *blockPostings) posting(k int32) []uint64 {
	return bp.sids[bp.from[k]:bp.from[k+1]]
}

// edgeList gathers edges in blocks of a fixed size, joined once at the
// end: a thousand reports give some 200,000 edges, which a slice grown by
// append would copy and allocate several times over.
type edgeList struct {
	full [][]edge
	cur  []edge
	n    int
}

const edgeBlock = 4096

func (l *edgeList) add(e edge) {
	if len(l.cur) == cap(l.cur) {
		if l.cur != nil {
			l.full = append(l.full, l.cur)
		}
		l.cur = make([]edge, 0, edgeBlock)
	}
	l.cur = append(l.cur, e)
	l.n++
}

func (l *edgeList) all() []edge {
	if len(l.full) == 0 {
		return l.cur
	}
	out := make([]edge, 0, l.n)
	for _, b := range l.full {
		out = append(out, b...)
	}
	return append(out, l.cur...)
}

// scorePair scores two claims of one block: a report's own two claims only
// when their wording says they are one thing, dates when the same or, two
// event dates, when the words around them link them (dateLinkScore).
func scorePair(m *Model, dim string, a, b *claim, lv []int, cache *scoreCache) (edge, bool) {
	switch {
	case a.doc == b.doc:
		// a report that states one thing twice, differently
		if oneThing(m, a, b, lv) || headlineRestates(a, b) {
			return edgeOf(a, b, withinScore(m, a, b, lv)), true
		}
	case dim == "date":
		if a.items[0].date == b.items[0].date {
			return edgeOf(a, b, 10), true
		}
		if x, y := a.items[0], b.items[0]; eventDate(x) && eventDate(y) {
			if s := bestAbout(m, a.items, b.items); s >= dateLinkScore && (!clashNeedsAlikeSentences || !datesClash(x, y) || alikeSentences(a.items, b.items)) {
				return edgeOf(a, b, s), true
			}
		}
	default:
		if s := cache.score(m, a, b, lv); s >= m.Link {
			return edgeOf(a, b, s), true
		}
	}
	return edge{}, false
}

// cluster joins claims along edges, strongest first: two groups merge only
// if no report has a claim in both, unless the report's two claims are, by
// their wording, one thing (Model.Same): then the report contradicts
// itself, which the group will show. Ties break on the facts' documents and
// offsets, never on input order.
func cluster(m *Model, claims []*claim, edges []edge, docs []Doc) [][]*claim {
	// rank: each claim's place in document-name and offset order, so that
	// ties between edges break on content, never on input order
	byName := slices.Clone(claims)
	slices.SortFunc(byName, func(a, b *claim) int { return compareClaims(a, b, docs) })
	rank := make([]int, len(claims))
	for r, c := range byName {
		rank[c.id] = r
	}
	sortEdges(edges, rank, byName)
	parent := make([]int, len(claims))
	// a group's members are a list through next, from head to tail
	// (size of them): two groups merge by joining their lists, in the
	// order appending the second's members to the first's gave, and
	// the members are laid out in slices once, at the end (appended
	// merge by merge, they were copied and reallocated over and over)
	next, head, tail, size := make([]int32, len(claims)), make([]int32, len(claims)), make([]int32, len(claims)), make([]int32, len(claims))
	docsOf := make([][]int32, len(claims)) // a group's reports, in order
	one := make([]int32, len(claims))
	for i, c := range claims {
		parent[i] = i
		next[i], head[i], tail[i], size[i] = -1, int32(i), int32(i), 1
		one[i] = int32(c.doc)
		docsOf[i] = one[i : i+1 : i+1]
	}
	// membersOf appends group r's members to out, in order
	membersOf := func(r int, out []*claim) []*claim {
		for k := head[r]; k >= 0; k = next[k] {
			out = append(out, claims[k])
		}
		return out
	}
	var xs, ys []*claim // mergeable's groups
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Two groups that may not merge never may once either has grown (a
	// larger group only adds pairs of claims of one report), so the pairs
	// of groups found so are kept: wire copy printed by many reports gives
	// many edges between the same two groups.
	refused := map[uint64]bool{}
	lv := make([]int, 0, len(comparisons))
	var docSlab slab[int32] // the merged groups' reports (unionDocs)
	for _, e := range edges {
		ra, rb := find(int(e.a)), find(int(e.b))
		if ra == rb {
			continue
		}
		pair := uint64(ra)<<32 | uint64(rb)
		if refused[pair] {
			continue
		}
		if sharesDoc(docsOf[ra], docsOf[rb]) {
			xs, ys = membersOf(ra, xs[:0]), membersOf(rb, ys[:0])
			if !mergeable(m, xs, ys, lv) {
				refused[pair] = true
				continue
			}
		}
		if size[ra] < size[rb] {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		next[tail[ra]], tail[ra], size[ra] = head[rb], tail[rb], size[ra]+size[rb]
		docsOf[ra] = unionDocs(docsOf[ra], docsOf[rb], &docSlab)
		docsOf[rb] = nil
	}
	var out [][]*claim
	laid := make([]*claim, 0, len(claims)) // every claim is in one group
	for i := range claims {
		if find(i) == i {
			start := len(laid)
			laid = membersOf(i, laid)
			out = append(out, laid[start:len(laid):len(laid)])
		}
	}
	return out
}

// sortEdges orders edges strongest first, ties by the ranks of their
// claims (a's, then b's; byRank is the claims in rank order). Wire copy
// printed by a thousand reports gives hundreds of thousands of edges but
// few distinct scores, so each edge is sorted as one integer: its score's
// place among the distinct scores, then its two ranks; sortEdgesByKeys
// when they do not fit in 64 bits.
func sortEdges(edges []edge, rank []int, byRank []*claim) {
	// the distinct scores, numbered as first met, then placed in order
	var seen bitsNumbers // a score's descending order bits → its number
	var distinct []uint64
	var first []float64 // a number → its score
	num := make([]uint32, len(edges))
	for i, e := range edges {
		b := ^orderedBits(e.score)
		n, ok := seen.get(b)
		if !ok {
			n = uint32(len(distinct))
			seen.put(b, n)
			distinct = append(distinct, b)
			first = append(first, e.score)
		}
		num[i] = n
	}
	order := make([]uint32, len(distinct)) // place → number
	for n := range order {
		order[n] = uint32(n)
	}
	slices.SortFunc(order, func(x, y uint32) int { return cmp.Compare(distinct[x], distinct[y]) })
	place := make([]uint64, len(distinct))  // number → place
	value := make([]float64, len(distinct)) // place → score
	for p, n := range order {
		place[n] = uint64(p)
		value[p] = first[n]
	}
	w := bits.Len(uint(len(rank)))
	if 2*w+bits.Len(uint(len(distinct))) > 64 {
		sortEdgesByKeys(edges, rank)
		return
	}
	keys := make([]uint64, len(edges))
	for i, e := range edges {
		keys[i] = place[num[i]]<<(2*w) | uint64(rank[e.a])<<w | uint64(rank[e.b])
	}
	radixSort(keys, 2*w+bits.Len(uint(len(distinct))))
	mask := uint64(1)<<w - 1
	for i, k := range keys {
		edges[i] = edgeOf(byRank[k>>w&mask], byRank[k&mask], value[k>>(2*w)])
	}
}

// bitsNumbers numbers 64-bit keys, open addressing: sortEdges asks it for
// the number of every edge's score, a few hundred thousand times for a
// few thousand keys, where a map costs several times as much.
type bitsNumbers struct {
	keys []uint64
	nums []uint32 // 1 + the key's number, 0 for an empty slot
	n    int
}

func (t *bitsNumbers) slot(k uint64) int {
	mask := len(t.keys) - 1
	i := int((k*0x9e3779b97f4a7c15)>>32) & mask
	for t.nums[i] != 0 && t.keys[i] != k {
		i = (i + 1) & mask
	}
	return i
}

func (t *bitsNumbers) get(k uint64) (uint32, bool) {
	if t.n == 0 {
		return 0, false
	}
	i := t.slot(k)
	return t.nums[i] - 1, t.nums[i] != 0
}

// reset empties the table, keeping its room.
func (t *bitsNumbers) reset() {
	if t.n > 0 {
		clear(t.nums)
		t.n = 0
	}
}

// put adds a key not yet numbered.
func (t *bitsNumbers) put(k uint64, num uint32) {
	if 2*(t.n+1) > len(t.keys) { // at most half full
		old, oldNums := t.keys, t.nums
		size := max(64, 2*len(t.keys))
		t.keys, t.nums = make([]uint64, size), make([]uint32, size)
		for i, n := range oldNums {
			if n != 0 {
				j := t.slot(old[i])
				t.keys[j], t.nums[j] = old[i], n
			}
		}
	}
	i := t.slot(k)
	t.keys[i], t.nums[i] = k, num+1
	t.n++
}

// radixSort sorts keys that fit in their low width bits, a digit of at
// most maxRadixDigit bits at a time (least significant first, as few
// passes as that allows): for the few hundred thousand keys of sortEdges
// several times quicker than a comparison sort.
func radixSort(keys []uint64, width int) {
	if len(keys) < 1024 {
		slices.Sort(keys)
		return
	}
	const maxRadixDigit = 14
	passes := max(1, (width+maxRadixDigit-1)/maxRadixDigit)
	digit := (width + passes - 1) / passes
	mask := uint64(1)<<digit - 1
	src, dst := keys, make([]uint64, len(keys))
	count := make([]int32, 1<<digit)
	for shift := 0; shift < width; shift += digit {
		clear(count)
		for _, k := range src {
			count[k>>shift&mask]++
		}
		var sum int32
		for d, c := range count {
			count[d] = sum
			sum += c
		}
		for _, k := range src {
			d := k >> shift & mask
			dst[count[d]] = k
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}

// sortEdgesByKeys is sortEdges for any number of claims and scores: each
// edge sorted as two integers read without following its claims.
func sortEdgesByKeys(edges []edge, rank []int) {
	type sortKey struct {
		score uint64 // descending score, as an ascending integer
		ranks uint64 // a's rank, then b's
		at    int32  // the edge's place in edges
	}
	keys := make([]sortKey, len(edges))
	for i, e := range edges {
		keys[i] = sortKey{^orderedBits(e.score), uint64(rank[e.a])<<32 | uint64(rank[e.b]), int32(i)}
	}
	slices.SortFunc(keys, func(x, y sortKey) int {
		if x.score != y.score {
			return cmp.Compare(x.score, y.score)
		}
		return cmp.Compare(x.ranks, y.ranks)
	})
	sorted := make([]edge, len(edges))
	for i, k := range keys {
		sorted[i] = edges[k.at]
	}
	copy(edges, sorted)
}

// orderedBits maps a float to an integer of the same order (-0 as 0; a
// score is never NaN).
func orderedBits(x float64) uint64 {
	if x == 0 {
		x = 0
	}
	b := math.Float64bits(x)
	if b>>63 != 0 {
		return ^b
	}
	return b | 1<<63
}

// sharesDoc reports whether two groups hold claims of one report (their
// reports in increasing order).
func sharesDoc(a, b []int32) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a)*8 < len(b) {
		for _, d := range a {
			if _, ok := slices.BinarySearch(b, d); ok {
				return true
			}
		}
		return false
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// unionDocs is the union of two groups' reports, in increasing order, cut
// from into (some 8,000 merges for 1,000 distinct reports).
func unionDocs(a, b []int32, into *slab[int32]) []int32 {
	out := into.take(len(a) + len(b))[:0]
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		default:
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// mergeable reports whether two groups of claims may become one: every two
// claims of one report across them must be one thing in other words.
func mergeable(m *Model, xs, ys []*claim, lv []int) bool {
	for _, x := range xs {
		for _, y := range ys {
			if x.doc != y.doc {
				continue
			}
			if !oneThing(m, x, y, lv) && !changePair(x, y) && !headlineRestates(x, y) && !twoSources(m, x, y, lv) && !supersedes(m, x, y, lv) && !twoTallies(m, x, y, lv) {
				return false
			}
		}
	}
	return true
}

// twoSources reports two claims of one report that give one measure by
// two named sources ("155 killed, according to Indian media", "CNN put
// the toll at over 160"): the report sets both out, and the group shows
// them as a difference to review beside the other reports' figures.
func twoSources(m *Model, x, y *claim, lv []int) bool {
	a, b := x.items[0], y.items[0]
	if a.source == "" || b.source == "" || a.source == b.source || a.role != b.role || a.dim == "date" {
		return false
	}
	return withinScore(m, x, y, lv) >= m.Link
}

// twoTallies reports two claims of one report that count what one event
// befell with nothing said to tell them apart ("60 others injured" in the
// lead, a police chief's "I can confirm 40 people have been injured" in
// a quote): the same event, the same measure, role, scope and time, and
// figures within twice one another. The report gives the tally twice, and
// the group shows its two figures beside the other reports'. A whole and
// its part are not: the smaller in words of a part ("including",
// "others"), or naming a place where the other's sentence speaks of a
// whole ("toll", "total"); "the death toll has risen to 262" and "said 246
// had died" are one tally told twice (round 8 had kept any figure beside
// "toll" apart: own objective 1.127 → 1.135, dev_real3 flagged 37 → 40).
func twoTallies(m *Model, x, y *claim, lv []int) bool {
	a, b := x.items[0], y.items[0]
	if a.event == "" || a.event != b.event || a.f.Kind != facts.KindCount || b.f.Kind != facts.KindCount ||
		a.role != b.role || valueLevel(a, b) > 3 || measureLevel(a, b) > 1 || scopeLevel(a, b) >= 3 || twoMoments(a, b) || listedPart(a, b) {
		return false
	}
	small := a
	if b.base.mid() < a.base.mid() {
		small = b
	}
	if sentenceSays(small, partWords) || small.scope != "" && (sentenceSays(a, wholeWords) || sentenceSays(b, wholeWords)) {
		return false // a whole and its part
	}
	return withinScore(m, x, y, lv) >= m.Link
}

// sentenceSays reports whether a figure's sentence holds one of words
// (lower case).
func sentenceSays(it *item, words []string) bool {
	found := false
	eachWord(it.f.Sentence, func(_ int, w string, _ bool) {
		if !found && slices.Contains(words, strings.ToLower(w)) {
			found = true
		}
	})
	return found
}

// supersedes reports two claims of one report of which one is a figure
// given before and superseded ("Earlier in the day police had spoken of
// eight missing") and the other the current figure of that measure, in
// another sentence ("seven people remain missing"): the report sets both
// out, the group shows them as a difference and the other reports'
// figures meet the current one.
func supersedes(m *Model, x, y *claim, lv []int) bool {
	a, b := x.items[0], y.items[0]
	if (a.time == facts.TimeEarlier) == (b.time == facts.TimeEarlier) || a.role != b.role || a.dim == "date" {
		return false
	}
	return withinScore(m, x, y, lv) >= m.Link
}

// oneThing reports whether two claims of one report are one thing stated
// twice with different figures (a slip, or a correction): wording alike at
// Model.Same or above, the same role, and figures within twice one
// another. Figures further apart are two things a report keeps apart.
func oneThing(m *Model, x, y *claim, lv []int) bool {
	a, b := x.items[0], y.items[0]
	if a.role != b.role || valueLevel(a, b) > 2 || a.dim == "date" || twoMoments(a, b) || listedPart(a, b) {
		return false
	}
	if oneNamedAge(a, b) {
		return true
	}
	return withinScore(m, x, y, lv) >= max(m.Same, m.Link)
}

// oneNamedAge reports two ages a report gives one named person
// ("16-year-old Georgina Callander", "Georgina Callander, 18"): a person
// has one age, so the report contradicts itself.
func oneNamedAge(a, b *item) bool {
	if a.f == nil || b.f == nil || a.f.Kind != facts.KindAge || b.f.Kind != facts.KindAge {
		return false
	}
	sa, sb := a.f.Subject, b.f.Subject
	return sa != "" && sa == sb && strings.Contains(sa, " ") && sa[0] >= 'A' && sa[0] <= 'Z'
}

// twoMoments reports whether a report states its two figures at two
// times: both times given and different ("In June, 34 people died" and
// "46 deaths in July"), or one a time before the story's own ("yesterday
// the tally was 31 injured" beside "32 others were injured"). A report
// telling a figure at two moments does not contradict itself.
func twoMoments(a, b *item) bool {
	if timeLevel(a, b) == 3 {
		return true
	}
	return pastRelative(a.time) != pastRelative(b.time) && (a.time == "" || b.time == "")
}

// pastRelative tells a relative time before the story's own ("previous
// day", "previous year").
func pastRelative(t string) bool {
	return strings.HasPrefix(t, "previous ")
}

// withinScore is claimScore for two claims of one report: where they stand
// among the report's figures says nothing there, so the order comparison
// counts as "same place".
func withinScore(m *Model, x, y *claim, lv []int) float64 {
	best := -1e300
	for _, a := range x.items {
		for _, b := range y.items {
			lv = levelsKept(a, b, lv)
			if clashIn(lv, a, b) {
				return -1e300
			}
			lv[orderIndex] = 1
			best = max(best, m.score(lv))
		}
	}
	return best
}

// changePair reports whether two claims of one report are the two ends of
// a change its sentence states ("rose to 164, up from 118"), or a figure
// and the one it superseded ("18, not 19 as first reported"): one measure
// at two times, which the group shows as a difference.
func changePair(x, y *claim) bool {
	for _, a := range x.items {
		for _, b := range y.items {
			if a.f.Sentence == b.f.Sentence && a.f.Sentence != "" && a.dim == b.dim &&
				((a.role == "from") != (b.role == "from") || (a.time == facts.TimeEarlier) != (b.time == facts.TimeEarlier)) {
				return true
			}
		}
	}
	return false
}

// compareClaims orders claims by their first mention's document name and
// offset.
func compareClaims(a, b *claim, docs []Doc) int {
	x, y := a.items[0], b.items[0]
	return cmp.Or(cmp.Compare(docs[x.doc].Name, docs[y.doc].Name), cmp.Compare(x.f.Start, y.f.Start),
		cmp.Compare(x.f.End, y.f.End), cmp.Compare(x.f.Text, y.f.Text))
}
