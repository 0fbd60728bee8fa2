package compare

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/lexicon"
)

// env is the state of one Compare call: interned terms, the stems and
// sentences already read (reports of one story repeat their words and many
// figures share a sentence), and the document frequency of each term over
// the distinct sentences, for weighing the words around a figure.
type env struct {
	ids       map[string]uint32 // stem → term id
	stems     map[string]string // word → canonical stem
	events    map[string]string // event words → canonEvent
	sentences map[string]*sentWords
	df        []int   // term id → number of distinct sentences holding it
	dfSeen    []int32 // term id → the sentence (nSent+1) that last counted it in df
	// wordTerms are the words of sentences read: their term id, or -1 for
	// a word that weighs nothing (sentence)
	wordTerms map[string]int32
	rawTerms  rawTable // wordTerms by the form a sentence writes a word in (rawTerm)
	names     []string // term id → its stem
	nSent     int
	// related and opposed stems (pairKey of their ids → 1 or 0), as
	// found: every pair of subjects of a block asks (a table, not a map)
	rel, opp bitsNumbers
	// abouts numbers the figures' readings of what they are about, and
	// aboutPairs keeps the levels of two readings (about.go)
	abouts     map[aboutKey]uint32
	aboutPairs bitsNumbers
	// sure holds the pairs of figures (pairOf) whose about score, from
	// the levels linkLevels read in full, reaches the conflict score
	// (Model.keepSure), so that sureEnough need not read them again
	sure     pairSet
	nFigures int // the figures of the comparison (newEnvFor), 0 if not known
	// linked keeps linkedParts of two readings, by linkedPairs
	linked      []linked
	linkedPairs bitsNumbers
	// conceptsOf is measureConcepts by a measure's term id, once
	// conceptsRead (concepts)
	conceptsOf   [][]uint32
	conceptsRead []bool
	words        map[string][]string // stem → the words it was read from (a few)
	stemWords    chunks[[3]string]   // words' room, three words a stem
	persons      map[string]bool     // word → lexicon.Person, as asked
	split        map[string]bool     // measures some report splits by scope (markPartitions)
	story        []int32             // document index → its story (markStories)
	dims         []dimName           // the blocks' names (dimOf)
	rates        map[string]string   // subject → rateOfChange

	sentScratch sentScratch
	subjects    map[string]subjectRead // subjectStems' answers, by subject
	readings    map[string][]readingOf // prepare's readings (reading), by subject
	nReadings   int                    // the readings numbered
	sourceKinds map[string]string      // sourceKind's answers, by source
	keys        textSlab               // the figures' keys (figureKeyOf)
	saids       chunks[said]           // the figures' caches of what their reasons read (item.said)
	// scopeStems holds the stems of the figures' scopes (scopeStemsOf),
	// gathered in scopeScratch
	scopeStems   slab[string]
	scopeScratch []string
	// cosines are the context and the sentence comparisons' vectors
	// spread out by term id (spread)
	cosines [2]spread
}

// sentWords is a sentence split into the stems of its words, with the byte
// offset of each word in the sentence.
type sentWords struct {
	ids []uint32
	at  []int
	// cuts[k] counts the clause breaks (comma, semicolon…) that stand
	// before words 0..k-1, each break counted at the word after it
	cuts  []int
	whole int32 // the sentence's own vector in setContexts, -1 before
	// storyDoc is 1 + the report whose terms markStories last counted
	// the sentence in
	storyDoc int32
	n        int32 // the sentence's number, in the order they were read
}

func newEnv() *env { return newEnvFor(0) }

// newEnvFor is an env for a comparison of n figures, its maps of words
// sized for them: 1,000 distinct reports (14,000 figures) read some 2,500
// stems and words and 1,900 terms, a sixth and a seventh of the figures,
// and maps grown from empty were rehashed a dozen times on the way.
func newEnvFor(n int) *env {
	k := n / 6
	return &env{nFigures: n, ids: make(map[string]uint32, k), stems: make(map[string]string, k), events: map[string]string{}, sentences: map[string]*sentWords{}, wordTerms: make(map[string]int32, k), words: make(map[string][]string, k), persons: map[string]bool{}}
}

// person reports whether a measure word names a kind of person (WordNet's
// noun.person senses: "miner", "fan", "inmate").
func (e *env) person(w string) bool {
	p, ok := e.persons[w]
	if !ok {
		p = lexicon.Person(strings.ToLower(w))
		e.persons[w] = p
	}
	return p
}

// stem is the canonical stem of a lower-case word.
func (e *env) stem(w string) string {
	if s, ok := e.stems[w]; ok {
		return s
	}
	s := canonStem(stem(w))
	e.stems[w] = s
	ws := e.words[s]
	if ws == nil {
		ws = e.stemWords.next()[:0] // room for the three, from a block
	}
	if len(ws) < 3 {
		e.words[s] = append(ws, w)
	}
	return s
}

func (e *env) id(s string) uint32 {
	if id, ok := e.ids[s]; ok {
		return id
	}
	id := uint32(len(e.ids))
	e.ids[s] = id
	e.df = append(e.df, 0)
	e.dfSeen = append(e.dfSeen, 0)
	e.names = append(e.names, s)
	return id
}

// termIDs gives each item's measure and subject stems their term ids.
// It runs after setContexts, so that the ids of the context words (whose
// order sums the cosines) stay numbered as the sentences gave them.
func (e *env) termIDs(items []*item) {
	n := 0
	for _, it := range items {
		n += len(it.subj)
	}
	slab := make([]uint32, 0, n) // one allocation for every item's ids
	// the figures of one reading share its subject's stems (one slice:
	// env.reading), and so their ids: read once per slice, by the
	// address of its first stem (a stem read again gets the id it got
	// first, so the ids are those each figure would read)
	type subjectIDs struct {
		n           int
		subj, heavy []uint32
	}
	bySubj := map[*string]subjectIDs{}
	for _, it := range items {
		it.measureID = e.id(it.measure)
		if len(it.subj) > 0 {
			if r, ok := bySubj[&it.subj[0]]; ok && r.n == len(it.subj) {
				it.subjIDs, it.heavyIDs = r.subj, r.heavy
				continue
			}
			start := len(slab)
			for _, s := range it.subj {
				slab = append(slab, e.id(s))
			}
			it.subjIDs = slab[start:len(slab):len(slab)]
			for i, s := range it.subj {
				if stemHeavy[s] {
					it.heavyIDs = append(it.heavyIDs, it.subjIDs[i])
				}
			}
			it.heavyIDs = it.heavyIDs[:len(it.heavyIDs):len(it.heavyIDs)]
			bySubj[&it.subj[0]] = subjectIDs{len(it.subj), it.subjIDs, it.heavyIDs}
		}
	}
}

// canonEvent is canonEvent(w), kept for the call: it stems the word, and
// the reports of one story name few events.
func (e *env) canonEvent(w string) string {
	c, ok := e.events[w]
	if !ok {
		c = canonEvent(w)
		e.events[w] = c
	}
	return c
}

// subjectStems are the content stems of a subject, and the categories they
// name ("person" → "child").
func (e *env) subjectStems(subject string) ([]string, map[string]string) {
	// the reports of a story give many figures one subject ("people
	// killed"): read once, the answer is shared (neither is written to)
	if r, ok := e.subjects[subject]; ok {
		return r.stems, r.cats
	}
	out, cats := e.readSubject(subject)
	if e.subjects == nil {
		e.subjects = map[string]subjectRead{}
	}
	e.subjects[subject] = subjectRead{out, cats}
	return out, cats
}

// subjectRead is subjectStems' answer for one subject.
type subjectRead struct {
	stems []string
	cats  map[string]string
}

// readSubject is subjectStems of a subject not read before.
func (e *env) readSubject(subject string) ([]string, map[string]string) {
	var out []string
	var cats map[string]string
	eachWord(subject, func(_ int, w string, _ bool) {
		s := e.stem(w)
		if termWeight(s) == 0 && !contentForms[strings.ToLower(w)] || stemStop[s] {
			return
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
		if c, ok := stemCat[s]; ok {
			if cats == nil {
				cats = map[string]string{}
			}
			cats[c] = s
		}
	})
	return out, cats
}

// measure is the head of what a figure measures, as a canonical stem: the
// extractor's Measure unless it is a generic word ("people", "total"), else
// the subject's last content stem.
func (e *env) measure(m string, subj []string, event string) string {
	m = strings.ToLower(m)
	if m == facts.MeasureCounted {
		// how much of an election count is done: its own measure, though
		// "count" is a generic word (genericWords) and the subject names
		// the votes
		return e.stem(m)
	}
	if m != "" && event != "" && e.canonEvent(m) == event {
		// the extractor found nothing counted but the event ("four
		// heat-related deaths")
		return "ev:" + event
	}
	if m != "" && m != event {
		if s := e.stem(m); termWeight(s) > 0 && stemEvent[s] == "" {
			return s
		}
	}
	if len(subj) > 0 {
		return subj[len(subj)-1]
	}
	if event != "" {
		// "25 people killed", "25 dead": what is counted is the event
		return "ev:" + event
	}
	return ""
}

// contextWindow is how many words each side of a figure its context takes.
const contextWindow = 12

// outsideWeight is what a word beyond the figure's own segment (past the
// figures before and after it in the sentence) weighs: in "the CSU took
// 37%, the Free Voters 15.8% and the AfD 14.6%" each share is about the
// words of its own segment. Chosen on the development story sets (0.3,
// 0.45, 0.6, 0.7, 1.0 tried).
const outsideWeight = 0.6

// setContexts gives each fact its context: the words around its figure,
// nearer words weighing more, words past a clause break or another figure
// less, and the words of its whole sentence, both weighed by inverse
// document frequency. The contexts of a sentence depend only on its words
// and the figures it holds, so a sentence that several reports print word
// for word (wire copy) is read once and its vectors are shared (they are
// not changed once weighed).
func (e *env) setContexts(items []*item) {
	type key struct {
		doc  int
		sent string
	}
	// the items of each (report, sentence), in the order the keys come:
	// numbered by a map (the next item most often stands in the sentence
	// of the one before it, which needs no look-up), then laid out key by
	// key in one slice
	// the maps sized for about two figures a sentence, as news reports
	// give: grown from empty, they were rehashed about ten times
	//
	// Items come report by report (prepareAll), so a key is found among
	// its report's keys, in a list while the report has few (a sentence
	// of one report is most often one string: compared, not hashed),
	// in the map past them; items out of report order all go to the map.
	byDoc := slices.IsSortedFunc(items, func(a, b *item) int { return a.doc - b.doc })
	var num map[key]int32
	if !byDoc {
		num = make(map[key]int32, len(items)/2)
	}
	var order []key
	docFrom := 0                       // the current report's first key in order
	keyOf := make([]int32, len(items)) // item → its key's number, -1 for none
	for i, it := range items {
		keyOf[i] = -1
		if it.f.Sentence == "" {
			continue
		}
		if i > 0 && keyOf[i-1] >= 0 && items[i-1].doc == it.doc && items[i-1].f.Sentence == it.f.Sentence {
			keyOf[i] = keyOf[i-1]
			continue
		}
		if byDoc && (docFrom == len(order) || order[docFrom].doc != it.doc) {
			docFrom = len(order) // a new report: its keys start here
		}
		k := key{it.doc, it.f.Sentence}
		g, ok := int32(0), false
		switch mine := order[docFrom:]; {
		case byDoc && len(mine) <= docKeysListed:
			for j := range mine {
				if mine[j].sent == k.sent {
					g, ok = int32(docFrom+j), true
					break
				}
			}
		default:
			if num == nil {
				num = make(map[key]int32, len(items)/2)
			}
			if byDoc && len(mine) == docKeysListed+1 {
				// the report's keys pass the list: into the map
				for j := range mine {
					num[mine[j]] = int32(docFrom + j)
				}
			}
			g, ok = num[k]
		}
		if !ok {
			g = int32(len(order))
			if num != nil {
				num[k] = g
			}
			order = append(order, k)
		}
		keyOf[i] = g
	}
	from := make([]int32, len(order)+1) // key → its first item in bySent
	for _, g := range keyOf {
		if g >= 0 {
			from[g+1]++
		}
	}
	for g := range order {
		from[g+1] += from[g]
	}
	bySent := make([]*item, from[len(order)])
	next := slices.Clone(from[:len(order)])
	for i, g := range keyOf {
		if g >= 0 {
			bySent[next[g]] = items[i]
			next[g]++
		}
	}
	n := 0 // 1 + the largest idx: items may be some of the comparison's
	for _, it := range items {
		n = max(n, it.idx+1)
	}
	// the distinct vectors: at most one per sentence and one per item
	vecs := make([]vector, 0, len(order)+len(bySent))
	ctxOf := make([]int32, n) // item idx → its context in vecs
	sentOf := make([]int32, n)
	if len(e.sentences) == 0 {
		e.sentences = make(map[string]*sentWords, len(order))
	}
	// a sentence (by its number: one text, one number, shorter to hash
	// and keep than the text) and the figures it holds → their first
	// context in vecs
	read := make(map[string]int32, len(order))
	var texts []string
	var spans [][2]int // figureSpans', reused from key to key
	var ck []byte
	var sc vecScratch
	var wholes []int32 // the sentences' vectors in vecs
	// the keys' sentences read first, in the keys' order: a sentence
	// that one key alone holds (most, when the reports are no copies)
	// shares no context with another key, so its key for read is neither
	// made nor looked up (what follows reads no more of e than the
	// number of terms, to size a table)
	sws := make([]*sentWords, len(order))
	for g, k := range order {
		sws[g] = e.sentence(k.sent)
	}
	holders := make([]int32, e.nSent) // sentence number → the keys holding it
	for _, sw := range sws {
		holders[sw.n]++
	}
	wholeIDs := sentenceTerms(sws, e.nSent, len(e.names), &sc.u32)
	for g, k := range order {
		its := bySent[from[g]:from[g+1]]
		sw := sws[g]
		shared := holders[sw.n] > 1
		texts = texts[:0]
		ck = binary.LittleEndian.AppendUint32(ck[:0], uint32(sw.n))
		for _, it := range its {
			text := foldSpace(it.f.Text)
			texts = append(texts, text)
			if shared {
				ck = append(ck, 0)
				ck = append(ck, text...)
			}
		}
		if sw.whole < 0 {
			sw.whole = int32(len(vecs))
			wholes = append(wholes, sw.whole)
			vecs = append(vecs, wholeVector(wholeIDs[sw.n], &sc))
		}
		first, ok := int32(0), false
		if shared {
			first, ok = read[string(ck)]
		}
		if !ok {
			first = int32(len(vecs))
			if shared {
				read[string(ck)] = first
			}
			spans = figureSpans(k.sent, texts, spans)
			terms := vecs[sw.whole].ids // the sentence's terms, in order
			for i := range its {
				vecs = append(vecs, sw.context(spans, i, len(e.names), terms, &sc))
			}
		}
		for i, it := range its {
			it.words = sw
			ctxOf[it.idx] = first + int32(i)
			sentOf[it.idx] = sw.whole
		}
	}
	// every sentence is read: the idf of each term is known
	idf := make([]float64, len(e.df))
	for id := range idf {
		idf[id] = e.idf(uint32(id))
	}
	// only a context's heaviest terms are read (blockKeys), not a
	// sentence's, so a sentence's are not found
	isSent := make([]bool, len(vecs))
	for _, i := range wholes {
		isSent[i] = true
	}
	for i := range vecs {
		vecs[i].finish(idf)
		if !isSent[i] {
			vecs[i].heavy = vecs[i].top(blockingTerms, e.names, &sc.u32)
		}
	}
	for _, it := range bySent {
		it.ctx, it.sent = &vecs[ctxOf[it.idx]], &vecs[sentOf[it.idx]]
	}
}

// docKeysListed is how many keys of one report setContexts finds in a
// list before it keeps them in a map.
const docKeysListed = 16

// figureSpans finds each figure's text in its sentence, in order: where
// one text stands twice, the figure after the one before it. The spans
// are written over buf's room (a sentence's are read before the next's).
func figureSpans(sent string, texts []string, buf [][2]int) [][2]int {
	spans := slices.Grow(buf[:0], len(texts))[:len(texts)]
	from := 0
	for i, text := range texts {
		at := strings.Index(sent[min(from, len(sent)):], text)
		if at < 0 {
			at = strings.Index(sent, text)
		} else {
			at += min(from, len(sent))
		}
		if at < 0 {
			spans[i] = [2]int{-1, -1}
			continue
		}
		spans[i] = [2]int{at, at + len(text)}
		from = at + 1
	}
	return spans
}

// context is the bag of words around figure i of a sentence whose figures
// stand at spans, not yet weighed by inverse document frequency. terms are
// the sentence's distinct term ids in increasing order (its wholeVector's),
// which give the context's ids in order without sorting them.
func (sw *sentWords) context(spans [][2]int, i, nTerms int, terms []uint32, sc *vecScratch) vector {
	at, end := spans[i][0], spans[i][1]
	if at < 0 {
		at, end = 0, 0
	}
	segLo, segHi := 0, 1<<30
	for j, sp := range spans {
		if j == i || sp[0] < 0 {
			continue
		}
		if sp[1] <= at && sp[1] > segLo {
			segLo = sp[1]
		}
		if sp[0] >= end && sp[0] < segHi {
			segHi = sp[0]
		}
	}
	pos := 0
	for pos < len(sw.at) && sw.at[pos] < at {
		pos++
	}
	// cuts(a, b) counts the clause breaks before words a..b
	cuts := func(a, b int) int {
		if a > b {
			return 0
		}
		return sw.cuts[b+1] - sw.cuts[a]
	}
	// each term's heaviest word, in a table by term id: its weight, which
	// is never 0 (0: not met in this sentence)
	if len(sc.best) < nTerms {
		sc.best = make([]float64, max(nTerms, 2*len(sc.best))) // all 0, as the old
	}
	n := 0 // the terms met
	// a word's distance is at least how many words it stands from pos, so
	// the words more than contextWindow before it, or after the figure
	// and more than contextWindow after pos, are out of the window: the
	// loop starts and stops there (a sentence holds some 30 words)
words:
	for k := max(pos-contextWindow, 0); k < len(sw.ids); k++ {
		id := sw.ids[k]
		d := 0
		switch {
		case sw.at[k] >= end:
			if k-pos > contextWindow {
				break words // and so are the words after it
			}
			// the breaks at words pos+1..k (and never before word 1)
			d = k - pos + 3*cuts(max(pos+1, 1), k)
		case k < pos:
			// the breaks at words k+1..pos
			d = pos - k + 3*cuts(k+1, min(pos, len(sw.ids)-1))
		}
		if d > contextWindow {
			continue
		}
		w := 1 / (1 + float64(d)/4)
		if sw.at[k] < segLo || sw.at[k] >= segHi {
			w *= outsideWeight
		}
		switch b := sc.best[id]; {
		case b == 0:
			n++
			sc.best[id] = w
		case w > b:
			sc.best[id] = w
		}
	}
	v := vector{ids: sc.u32.take(n), w: sc.f32.take(n)}
	k := 0
	for _, id := range terms {
		if b := sc.best[id]; b != 0 {
			v.ids[k] = id
			v.w[k] = float32(b)
			sc.best[id] = 0
			k++
		}
	}
	return v
}

// wholeVector is the bag of a sentence's words, each weighing 1; ids are
// its distinct term ids in increasing order (sentenceTerms).
func wholeVector(ids []uint32, sc *vecScratch) vector {
	v := vector{ids: ids, w: sc.f32.take(len(ids))}
	for k := range v.w {
		v.w[k] = 1
	}
	return v
}

// sentenceTerms is, by sentence number (of nSent), the distinct term ids
// (of nTerms) of each sentence of sws in increasing order, cut from into:
// all the sentences' ids put in order at once by a counting sort on the
// id, rather than each sentence's sorted on its own.
func sentenceTerms(sws []*sentWords, nSent, nTerms int, into *slab[uint32]) [][]uint32 {
	out := make([][]uint32, nSent)
	done := make([]bool, nSent)
	var list []*sentWords // each sentence once
	total := 0
	for _, sw := range sws {
		if !done[sw.n] {
			done[sw.n] = true
			list = append(list, sw)
			total += len(sw.ids)
		}
	}
	// the sentences' words by id (then by sentence, as listed)
	from := make([]int32, nTerms+1)
	for _, sw := range list {
		for _, id := range sw.ids {
			from[id+1]++
		}
	}
	for id := range nTerms {
		from[id+1] += from[id]
	}
	byID := make([]int32, total) // the place in list of each word's sentence
	next := slices.Clone(from[:nTerms])
	for li, sw := range list {
		for _, id := range sw.ids {
			byID[next[id]] = int32(li)
			next[id]++
		}
	}
	// each sentence's ids appended in increasing order, a repeated word
	// once (its entries are next to each other)
	ids := into.take(total)
	start := make([]int32, len(list)+1)
	for li, sw := range list {
		start[li+1] = start[li] + int32(len(sw.ids))
	}
	fill := slices.Clone(start[:len(list)])
	for id := range nTerms {
		for _, li := range byID[from[id]:from[id+1]] {
			if f := fill[li]; f == start[li] || ids[f-1] != uint32(id) {
				ids[f] = uint32(id)
				fill[li]++
			}
		}
	}
	for li, sw := range list {
		out[sw.n] = ids[start[li]:fill[li]:fill[li]]
	}
	return out
}

// vecScratch is what setContexts reuses from vector to vector: a table
// by term id and the ids met (context), and the slabs the vectors'
// terms are cut from (a vector is small, and a comparison makes one or
// two for each of its figures).
type vecScratch struct {
	best []float64
	ids  []uint32
	u32  slab[uint32]
	f32  slab[float32]
}

// chunks hands out pointers to zero values of T cut from blocks, so that
// the thousands of small values of one kind a comparison makes (a
// sentence's words, what a figure's reasons read) cost few allocations;
// a block is never grown, so the pointers stay valid.
type chunks[T any] struct{ cur []T }

const chunkBlock = 256

func (c *chunks[T]) next() *T {
	if len(c.cur) == cap(c.cur) {
		c.cur = make([]T, 0, chunkBlock)
	}
	c.cur = c.cur[:len(c.cur)+1]
	return &c.cur[len(c.cur)-1]
}

// slab hands out slices of large blocks, so that many small slices cost
// few allocations; each slice is full (its capacity its length), so an
// append never writes into the next.
type slab[T any] struct{ buf []T }

const slabBlock = 1 << 14

func (s *slab[T]) take(n int) []T {
	if n > cap(s.buf)-len(s.buf) {
		s.buf = make([]T, 0, max(n, slabBlock))
	}
	l := len(s.buf)
	s.buf = s.buf[:l+n]
	return s.buf[l : l+n : l+n]
}

// sentence splits a sentence into its content stems once, counting each
// distinct stem once in the document frequencies.
func (e *env) sentence(s string) *sentWords {
	if sw, ok := e.sentences[s]; ok {
		return sw
	}
	// the words gathered in scratch, then cut to size from the slabs
	sc := &e.sentScratch
	ids, at, cuts := sc.ids[:0], sc.at[:0], append(sc.cuts[:0], 0)
	this := int32(e.nSent + 1)
	eachHashedWord(s, func(pos int, raw string, h uint64, cut bool) {
		id, ok := e.rawTerm(h, raw)
		if !ok {
			return
		}
		ids = append(ids, id)
		at = append(at, pos)
		cuts = append(cuts, cuts[len(cuts)-1]+b2i(cut))
		if e.dfSeen[id] != this {
			e.dfSeen[id] = this
			e.df[id]++
		}
	})
	sw := sc.words.next()
	*sw = sentWords{whole: -1, n: int32(e.nSent), ids: sc.u32.take(len(ids)), at: sc.ints.take(len(at)), cuts: sc.ints.take(len(cuts))}
	copy(sw.ids, ids)
	copy(sw.at, at)
	copy(sw.cuts, cuts)
	sc.ids, sc.at, sc.cuts = ids, at, cuts
	e.sentences[s] = sw
	e.nSent++
	return sw
}

// sentScratch is what sentence reuses from sentence to sentence.
type sentScratch struct {
	words    chunks[sentWords] // the sentences read, a block at a time
	ids      []uint32
	at, cuts []int
	u32      slab[uint32]
	ints     slab[int]
}

// wordTerm is the term id of a word of a sentence, read once per word:
// false for a word that weighs nothing (a stop word, a stem of one letter).
func (e *env) wordTerm(w string) (uint32, bool) {
	if id, ok := e.wordTerms[w]; ok {
		return uint32(id), id >= 0
	}
	st := e.stem(w)
	if stemStop[st] || termWeight(st) == 0 || len(st) < 2 {
		e.wordTerms[w] = -1
		return 0, false
	}
	id := e.id(st)
	e.wordTerms[w] = int32(id)
	return id, true
}

// rawTerm is wordTerm of a word as a sentence writes it (eachRawWord),
// kept by that form: the sentences of a thousand reports hold a few
// thousand forms, and each met again costs one look-up, not a lowered
// copy and a look-up. h is rawHash(raw).
func (e *env) rawTerm(h uint64, raw string) (uint32, bool) {
	if id, ok := e.rawTerms.get(h, raw); ok {
		return uint32(id), id >= 0
	}
	id, ok := e.wordTerm(wordForm(raw))
	if !ok {
		e.rawTerms.put(h, raw, -1)
		return 0, false
	}
	e.rawTerms.put(h, raw, int32(id))
	return id, true
}

// rawTable maps the written forms of words to their term ids (or -1) by
// open addressing, for rawTerm: every word of every sentence asks, some
// 100,000 look-ups for a thousand reports, of which a map's cost about
// 150 instructions each (its hash, groups and probing) and this table's
// about a third of that.
type rawTable struct {
	slots []rawSlot // a power of two long, at most half full
	n     int
}

type rawSlot struct {
	key  string
	hash uint64
	id   int32
	full bool
}

// rawHash is FNV-1a of a word, which is a few bytes long (sentence
// hashes its words' bytes so as it reads them).
func rawHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// FNV-1a's 64-bit offset basis and prime.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// slot is where the probe for hash h starts: its high bits, mixed
// (Fibonacci hashing), as many as the table's size takes.
func (t *rawTable) slot(h uint64) int {
	return int((h * 0x9E3779B97F4A7C15) >> (64 - bits.TrailingZeros(uint(len(t.slots)))))
}

func (t *rawTable) get(h uint64, key string) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for i := t.slot(h); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if !sl.full {
			return 0, false
		}
		if sl.hash == h && sl.key == key {
			return sl.id, true
		}
	}
}

// put adds a key that get did not find.
func (t *rawTable) put(h uint64, key string, id int32) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]rawSlot, max(1024, 2*len(old)))
		for _, sl := range old {
			if sl.full {
				t.insert(sl)
			}
		}
	}
	t.insert(rawSlot{key: key, hash: h, id: id, full: true})
	t.n++
}

func (t *rawTable) insert(sl rawSlot) {
	mask := len(t.slots) - 1
	i := t.slot(sl.hash)
	for t.slots[i].full {
		i = (i + 1) & mask
	}
	t.slots[i] = sl
}

// idf is the inverse document frequency of a term over the sentences of
// the comparison: a word every report's every sentence uses says nothing of
// which figure a sentence gives.
func (e *env) idf(id uint32) float64 {
	return math.Log(1 + float64(e.nSent)/float64(max(e.df[id], 1)))
}

// eachWord calls fn with each word of text, lower case, with its byte
// offset and whether a clause break (, ; : or a dash) stands before it since
// the previous word.
func eachWord(text string, fn func(at int, w string, cut bool)) {
	eachRawWord(text, func(at int, raw string, cut bool) { fn(at, wordForm(raw), cut) })
}

// wordForm is a word as eachWord gives it: lower case, without a
// possessive's "'s" or "'".
func wordForm(raw string) string {
	return strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "'"))
}

// eachRawWord is eachWord with each word as the text writes it (wordForm
// makes it eachWord's): a caller that looks words up by their written
// form, as sentence does, neither lowers nor copies them.
func eachRawWord(text string, fn func(at int, raw string, cut bool)) {
	eachHashedWord(text, func(at int, raw string, _ uint64, cut bool) { fn(at, raw, cut) })
}

// eachHashedWord is eachRawWord with each word's rawHash, made as its
// bytes are read (sentence looks every word of every sentence up by it:
// hashing it again cost a second pass over its bytes).
func eachHashedWord(text string, fn func(at int, raw string, h uint64, cut bool)) {
	cut := false
	for i := 0; i < len(text); {
		c := byteClass[text[i]]
		if c&classWord == 0 {
			if c&classCut != 0 {
				cut = true
			}
			i++
			continue
		}
		j, letters, h := i, byte(0), uint64(fnvOffset)
		for j < len(text) {
			b := text[j]
			c := byteClass[b]
			if c&classWord == 0 && !(b == '\'' && j+1 < len(text) && isWordByte(text[j+1])) {
				break
			}
			letters |= c // an apostrophe is classNotDigit too
			h = (h ^ uint64(b)) * fnvPrime
			j++
		}
		if letters&classNotDigit != 0 {
			fn(i, text[i:j], h, cut)
			cut = false
		}
		i = j
	}
}

// byteClass classes bytes for eachRawWord, which reads every byte of
// every sentence: a table look-up in place of a chain of comparisons.
var byteClass = func() (t [256]byte) {
	for c := range 256 {
		b := byte(c)
		if b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80 {
			t[c] |= classWord
		}
		if !(b >= '0' && b <= '9') {
			t[c] |= classNotDigit
		}
		if b == ',' || b == ';' || b == ':' || b == '(' || b == ')' {
			t[c] |= classCut
		}
	}
	return t
}()

// The classes of byteClass.
const (
	classWord     = 1 << iota // a byte of a word
	classNotDigit             // not 0-9
	classCut                  // a clause break
)

func isWordByte(c byte) bool { return byteClass[c]&classWord != 0 }

// eventOfStems is the canonical event a subject's stems name, if any.
func eventOfStems(stems []string) string {
	for _, s := range stems {
		if ev := stemEvent[s]; ev != "" {
			return ev
		}
	}
	return ""
}

// withoutEvent drops the stems that name the event from a subject's stems:
// the event is compared on its own.
func withoutEvent(stems []string, event string) []string {
	if event == "" {
		return stems
	}
	out := stems[:0:0]
	for _, s := range stems {
		if stemEvent[s] != event && !slices.Contains(eventStems[event], s) {
			out = append(out, s)
		}
	}
	return out
}
