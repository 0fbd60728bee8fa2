package compare

import (
	"math"
	"strings"
	"unsafe"

	"github.com/figcheck/figcheck/facts"
)

// item is a fact prepared for comparison: what its wording allows (an
// interval in the base unit of its dimension) and what it is about (its
// frame), in the small forms the comparisons read.
type item struct {
	f     *facts.Fact
	env   *env
	doc   int    // index in the docs given to Compare
	idx   int    // index over all facts of all docs
	claim int    // the claim it is a mention of (see formClaims)
	sig   int    // its claim's signature (see claimSigs), -1 before
	key   string // figureKey, once read
	// cal is calendarOf(date), read once (calOf): every pair of dates of
	// a group or a block asks; calRead is 0 before, 1 for no calendar
	// date, 2 for one
	cal     calendar
	calRead int8

	// what the wording allows
	hasIv   bool
	iv      interval // in the stated unit
	base    interval // in cmpUnit
	step    float64
	k, off  float64 // stated unit → cmpUnit
	integer bool
	cmpUnit string // the unit intervals compare in: a base unit or a currency
	unit    string // the stated unit, f.Unit, on the item: every pair compares it
	text    string // f.Text, on the item for the same reason (transposed)
	digits  textDigits
	below   bool // below(text), read once: every pair of estimates asks
	// changeBase is f.ChangeBase: the period a change is measured over
	changeBase string
	// specTime is specificTime(time), sum isSum(subject), split whether
	// some report splits its measure by its scope (partitioned: 0 not
	// yet asked, 1 no, 2 yes): read once, every pair of a group asks
	specTime string
	sum      bool
	split    int8
	// vote is, once asked (voteOf), 1 when the scope's last word names
	// no side of a vote, else 2 + its place in voteWords; 0 not yet asked:
	// every pair of a block compares the sides
	vote int8
	// market says, once asked, whether the figure is a market's price or
	// its move and whether its sentence gives the close (twoMarketMoments:
	// 0 not yet asked, else 1 + marketPrice + 2·atClose)
	market int8
	dim    string // the block: kind and dimension
	change string // up or down, for kinds that change
	role   string // level, change, from or share

	// what it is about
	event   string   // canonical event word
	measure string   // the head of what is measured, a lemma
	person  bool     // the measure is a kind of person ("miners", "fans")
	subject string   // the subject, lower case, white space folded
	subj    []string // content stems of the subject (event words left out)
	// measureID and subjIDs are measure and subj as term ids (termIDs),
	// so that the pair comparisons look relations up by integers
	measureID uint32
	subjIDs   []uint32
	heavyIDs  []uint32 // the subjIDs of heavy stems (stemHeavy), for heavyExtra
	about     uint32   // the number of what it is about (markAbout), 0 if none
	// reading is the number of its env.reading when its subject, event,
	// measure and person are that reading's (prepare), else 0
	reading int32
	cats    map[string]string
	// ctx is the words around the figure, weighted, and sent the words
	// of its sentence (setContexts; nil for none): shared by the figures
	// that read them, so held by pointer
	ctx, sent *vector
	words     *sentWords // its sentence's words (setContexts), nil if none
	rank      int        // the place of its claim among its report's claims of its block
	listed    bool       // its sentence lists it beside another figure of its block (markEnumerations)
	scope     string
	time      string
	source    string
	side      string // sourceKind of source, read once: every disagreement of a large group asks
	modality  string // "forecast" or ""
	date      string
	// headline: the fact stands in its report's headline (markHeadlines)
	headline bool
	// pubDate: a date fact that is its report's publication date
	pubDate bool

	// saidOf is what the verdicts and reasons read of the figure, made
	// when first asked (said): most figures take part in no disagreement
	saidOf *said
}

// said caches what the verdicts and reasons of a figure's pairs read of
// it: a figure of a large group takes part in many disagreements.
type said struct {
	// texts caches the wording of reasons, in the stated unit and the
	// base, and quote the figure as quoted
	texts [2]struct{ point, desc string }
	quote string
	// stemsOfScope are the stems of scope (scopeStems), once scopeRead
	stemsOfScope []string
	scopeRead    bool
	shown        []shownStem // displayWord's answers, as asked
}

// said is the item's cache of what its reasons read, made on first use.
func (it *item) said() *said {
	if it.saidOf == nil {
		if it.env != nil {
			it.saidOf = it.env.saids.next()
		} else {
			it.saidOf = &said{}
		}
	}
	return it.saidOf
}

// prepare reads what the comparisons need off a fact, into it, which is
// the zero item (prepareAll's come from a fresh slab: writing a whole
// item over each again cost more than the rest of its fields).
func prepare(it *item, f *facts.Fact, doc, idx int, tol float64, env *env) *item {
	it.f, it.env, it.doc, it.idx, it.k, it.sig = f, env, doc, idx, 1, -1
	it.subject = strings.ToLower(foldSpace(f.Subject))
	it.sum = isSum(it.subject)
	if f.Change != nil && changes(f.Kind) {
		it.change = *f.Change
	}
	// the measure as a change noun, looked up once (and not for a fact
	// with no measure: no change noun is empty)
	changeDir, changeNoun := "", false
	if f.Measure != "" {
		changeDir, changeNoun = changeNouns[strings.ToLower(f.Measure)]
	}
	if dir, ok := changeDir, changeNoun; ok && it.change == "" && changes(f.Kind) && f.ChangeRole == "" && f.Role != "share" {
		// "growth of 2.7%", "an increase of 2.4 per cent", "annual growth
		// reached 2.1%": a level of a change is the change ("up 2.4%")
		it.change = dir
	}
	it.role = roleOf(f, it.change)
	it.changeBase = f.ChangeBase
	if dir, ok := changeDir, changeNoun; ok && f.ChangeRole == "to" && f.Kind == facts.KindPercent {
		// "revised second-quarter growth up to 0.3%", "growth slowed to
		// 1.2%": the new level of a rate of change is that change, as
		// "growth of 0.3%" is, and goes the noun's way (growth that
		// slowed to 1.2% is still a rise of 1.2%)
		it.role, it.change = "change", dir
	}
	it.unit = f.Unit
	it.text = f.Text
	it.digits = digitsOf(f.Text)
	it.below = below(f.Text)
	it.scope = normScope(f.Scope)
	it.time = f.Time
	it.specTime = specificTime(it.time)
	it.source = normSource(f.Source)
	it.side = env.sourceKind(it.source)
	it.modality = f.Modality
	if f.Kind == facts.KindDate {
		it.date = f.Date
		it.dim = "date"
		return it
	}

	dim := ""
	// The extractor's own unit table converts (facts.UnitBase), so the two
	// packages can never disagree on a factor.
	stated := f.Unit
	if pointsMove(f, it.role) {
		stated = "pp"
	}
	udim, ubase, ufactor, uoffset, ok := facts.UnitBase(stated)
	switch {
	case f.Unit == "":
	case f.Kind == facts.KindMoney:
		dim, it.cmpUnit = "currency", f.Unit
	case ok:
		dim, it.cmpUnit, it.k, it.off = udim, ubase, ufactor, uoffset
	case f.BaseUnit != "":
		dim, it.cmpUnit = f.Dimension, f.BaseUnit
		if dim == "" {
			dim = "base " + f.BaseUnit
		}
		it.k = baseFactor(f)
	default:
		dim, it.cmpUnit = "unit "+f.Unit, f.Unit
	}
	it.dim = env.dimOf(f.Kind, dim)
	// a count is of whole things, and a whole number lies between its
	// bounds, unless it states a fraction ("1.0192 Capital One shares for
	// each Discover share": an exchange ratio, no whole number inside)
	it.integer = f.Unit == "" && (f.Kind == facts.KindCount || f.Kind == facts.KindOrdinal) && wholeFigure(f)
	it.iv, it.step, it.hasIv = factInterval(f, tol, it.integer)
	it.base = it.iv.scale(it.k, it.off)

	r := env.reading(it.subject, f.Event, f.Measure)
	it.event, it.subj, it.cats, it.measure, it.person = r.event, r.subj, r.cats, r.measure, r.person
	it.reading = r.id
	env.readAsRate(it, f)
	if it.measure != r.measure { // read as a rate's level: its own measure
		it.person = stemCat[it.measure] == "person" || f.Measure != "" && env.person(f.Measure)
		it.reading = 0
	}
	return it
}

// pointsMove reports a rate's move written in per cent that can only be
// points: "raises rates by 0.25%" beside "by a quarter of a percentage
// point". A move of a rate by a quarter of one per cent of itself is no
// news; a small move of a rate in "%" is the points it moved (the stated
// unit stays on the fact, item.unit).
func pointsMove(f *facts.Fact, role string) bool {
	return f.Kind == facts.KindPercent && f.Unit == "%" && role == "change" && f.ChangeRole == "by" &&
		f.Measure == "rate" && f.Value != nil && math.Abs(*f.Value) <= maxPointsMove
}

// maxPointsMove is the largest move of a rate in "%" read as points: a
// central bank's or a jobless rate's moves are fractions of a point.
const maxPointsMove = 1.0

// sourceKind is sourceKind(src), kept by the source for the call: the
// reports of a story name the same few sources.
func (e *env) sourceKind(src string) string {
	if src == "" {
		return ""
	}
	k, ok := e.sourceKinds[src]
	if !ok {
		k = sourceKind(src)
		if e.sourceKinds == nil {
			e.sourceKinds = map[string]string{}
		}
		e.sourceKinds[src] = k
	}
	return k
}

// reading is what a figure is about as prepare reads it off its subject
// (lower case, white space folded), event and measure words: its event,
// the subject's content stems (the event's left out) and categories, and
// its measure, and whether that names a kind of person.
type reading struct {
	event, measure string
	subj           []string
	cats           map[string]string
	person         bool  // the measure is a kind of person (item.person)
	id             int32 // the reading's number, from 1 (item.reading)
}

// readingOf is a reading and the event and measure words it was read
// off with its subject.
type readingOf struct {
	event, measure string
	r              reading
}

// reading is the reading of a figure's subject, event and measure words,
// kept for the call: a thousand reports give some fourteen thousand
// figures but a few hundred such triples ("people killed", "killed",
// "people"), and reading one asks a dozen maps. What it asks of the env
// (stems, events, subjects) is kept there from the first answer, so a
// triple read again reads the same; its stems and categories are shared,
// as subjectStems' are (neither is written to).
func (e *env) reading(subject, event, measure string) reading {
	// by the subject (a string key, the quickest map), then among the
	// few event and measure words met with it
	known := e.readings[subject]
	for i := range known {
		if known[i].event == event && known[i].measure == measure {
			return known[i].r
		}
	}
	var r reading
	r.event = e.canonEvent(event)
	r.subj, r.cats = e.subjectStems(subject)
	if r.event == "" {
		r.event = eventOfStems(r.subj)
	}
	r.subj = withoutEvent(r.subj, r.event)
	r.measure = e.measure(measure, r.subj, r.event)
	r.person = stemCat[r.measure] == "person" || measure != "" && e.person(measure)
	if e.readings == nil {
		e.readings = map[string][]readingOf{}
	}
	e.nReadings++
	r.id = int32(e.nReadings)
	e.readings[subject] = append(known, readingOf{event, measure, r})
	return r
}

// dimOf is string(kind) + "|" + dim, made once per block: a comparison
// has a few dozen blocks and every figure names one.
func (e *env) dimOf(kind facts.Kind, dim string) string {
	for _, d := range e.dims {
		if d.kind == kind && d.dim == dim {
			return d.s
		}
	}
	s := string(kind) + "|" + dim
	e.dims = append(e.dims, dimName{kind, dim, s})
	return s
}

// dimName is a block's name, kept by dimOf.
type dimName struct {
	kind   facts.Kind
	dim, s string
}

// foldSpace is strings.Join(strings.Fields(s), " "), without building it
// anew when s has nothing to fold (most figures' texts and subjects).
func foldSpace(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') || c != ' ' && (c < 0x21 || c >= 0x7f) {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// roleOf is a fact's role: the extractor's when it gives one, else read off
// its change.
// changeNouns name a change, and which way: a figure that measures one is
// the amount of a change.
var changeNouns = map[string]string{
	"growth": "up", "increase": "up", "rise": "up", "gain": "up", "jump": "up", "surge": "up",
	"fall": "down", "drop": "down", "decline": "down", "decrease": "down", "contraction": "down",
	"reduction": "down", "slump": "down",
}

func roleOf(f *facts.Fact, change string) string {
	if f.Kind == facts.KindAge && f.ChangeRole == "from" {
		return "from" // "raise the retirement age from 62 to 64": 62 was the age
	}
	if !changes(f.Kind) {
		return "level"
	}
	switch {
	case f.ChangeRole == "by", f.ChangeRole == "" && change != "":
		return "change"
	case f.ChangeRole == "from":
		return "from"
	case f.ChangeRole == "to":
		return "level"
	case f.Role == "share" && f.Scope != "":
		// "KwaZulu-Natal accounted for 41 of the deaths": a part that
		// is named is the level of that part
		return "level"
	case f.Role == "share" && wholeStated(f):
		// "giving it 37 of the 120 seats", "Forty of the 48 drones": a
		// part whose whole is a figure of its own is that part's level,
		// as "36 seats" is; the whole lines up with the other reports'
		// wholes. A part of a whole left unsaid ("41 of the deaths")
		// stays apart from the whole's figure.
		return "level"
	case f.Role == "share" && f.Kind == facts.KindPercent:
		// "51.9% of voters" and "52.1%": a percentage is a share of its
		// whole whatever the wording; only a count of a part ("41 of the
		// deaths") is another thing than its whole
		return "level"
	case f.Role != "":
		return f.Role
	}
	return "level"
}

// changes reports whether figures of a kind can rise or fall: a rank ("the
// 14th increase"), an age or a date is a position, never a change, whatever
// the words around it say.
func changes(k facts.Kind) bool {
	return k != facts.KindOrdinal && k != facts.KindAge && k != facts.KindDate
}

// baseFactor is the factor from a fact's stated unit to its base unit, read
// off the extractor's base figures.
func baseFactor(f *facts.Fact) float64 {
	if f.BaseValue != nil && f.Value != nil && *f.Value != 0 {
		return *f.BaseValue / *f.Value
	}
	return 1
}

// normScope folds the scope words that say "the whole" into one, and drops
// leading determiners.
func normScope(s string) string {
	if s == "" {
		return "" // most figures name no scope, and many no source
	}
	s = strings.TrimSpace(strings.ToLower(s))
	for _, d := range []string{"the ", "a "} {
		s = strings.TrimPrefix(s, d)
	}
	return s
}

func normSource(s string) string { return normScope(s) }

// vector is a sparse bag of words: term ids in increasing order with their
// weights, and the vector's norm.
type vector struct {
	ids  []uint32
	w    []float32
	norm float32
	// heavy are the ids of its blockingTerms heaviest terms (top), once
	// weighed: a vector is shared by every report that prints its sentence.
	heavy []uint32
}

// blockingTerms is how many of the heaviest context words a claim is found
// under in its block (blockKeys).
const blockingTerms = 3

// cosine is the cosine similarity of two vectors (nil for none).
func cosine(a, b *vector) float64 {
	if a == nil || b == nil || a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float64
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] == b.ids[j]:
			dot += float64(a.w[i]) * float64(b.w[j])
			i++
			j++
		case a.ids[i] < b.ids[j]:
			i++
		default:
			j++
		}
	}
	return dot / (float64(a.norm) * float64(b.norm))
}

// spread is one vector's weights laid out by term id, so that its cosine
// with another vector reads the other's terms alone, one table look-up
// each, rather than merging two lists: a claim is scored against every
// claim that shares a blocking key with it, one after another, so the
// vector spread out is most often the one asked next. Its cosine is
// cosine's, to the bit: the shared terms' products are summed in the same
// (increasing id) order, the others add +0.
type spread struct {
	v *vector   // the vector spread out, nil for none
	w []float64 // term id → v's weight (exactly), 0 for a term v lacks
}

// cosine is cosine(a, b).
func (s *spread) cosine(a, b *vector) float64 {
	if a == nil || b == nil || a.norm == 0 || b.norm == 0 {
		return 0
	}
	if s.v != a {
		if s.v == b {
			a, b = b, a // the products and the norms' product commute
		} else {
			s.set(a)
		}
	}
	if n := len(b.ids); n > 0 && int(b.ids[n-1]) >= len(s.w) {
		s.w = append(s.w, make([]float64, int(b.ids[n-1])+1-len(s.w))...)
	}
	return sparseDot(s.w, b.ids, b.w) / (float64(a.norm) * float64(b.norm))
}

// sparseDot is the sum of dense[ids[k]] times w[k], in the order of ids,
// which are in increasing order, the last below len(dense) (checked
// once: then so is every one). The loop reads dense without a bounds
// check of its own: every pair of a block's candidates reads its context
// and its sentence so, and the checks were a fifth of the loop.
func sparseDot(dense []float64, ids []uint32, w []float32) float64 {
	n := len(ids)
	if n == 0 {
		return 0
	}
	w = w[:n]
	_ = dense[ids[n-1]] // the largest id, in range
	base := unsafe.Pointer(unsafe.SliceData(dense))
	at := func(id uint32) float64 { return *(*float64)(unsafe.Add(base, uintptr(id)*8)) }
	var dot float64
	k := 0
	// four at a time (the loop's own steps were a fifth of its work),
	// each added in the same order as one at a time
	for ; k+4 <= n; k += 4 {
		d, x := ids[k:k+4:k+4], w[k:k+4:k+4]
		dot += at(d[0]) * float64(x[0])
		dot += at(d[1]) * float64(x[1])
		dot += at(d[2]) * float64(x[2])
		dot += at(d[3]) * float64(x[3])
	}
	for ; k < n; k++ {
		dot += at(ids[k]) * float64(w[k])
	}
	return dot
}

// set spreads out v in place of the vector spread before.
func (s *spread) set(v *vector) {
	if s.v != nil {
		for _, id := range s.v.ids {
			s.w[id] = 0
		}
	}
	if n := len(v.ids); n > 0 && int(v.ids[n-1]) >= len(s.w) {
		s.w = append(s.w, make([]float64, max(int(v.ids[n-1])+1, 2*len(s.w))-len(s.w))...)
	}
	w, vw := s.w, v.w[:len(v.ids)]
	for k, id := range v.ids {
		w[id] = float64(vw[k])
	}
	s.v = v
}

// top returns the ids of the n heaviest terms of a vector, heaviest first,
// ties by the term, not its id: ids are numbered in the order the reports
// came in. A vector holds a few dozen terms and n is small, so the n best
// are kept in order as the terms go by (no sort). The ids are cut from
// into.
func (v vector) top(n int, names []string, into *slab[uint32]) []uint32 {
	if len(v.ids) <= n {
		return v.ids
	}
	heavier := func(i, j int) bool {
		if v.w[i] != v.w[j] {
			return v.w[i] > v.w[j]
		}
		return names[v.ids[i]] < names[v.ids[j]]
	}
	if n == 3 { // blockKeys' blockingTerms: the three kept in variables
		b0, b1, b2 := -1, -1, -1 // places in v, heaviest first; -1 for none yet
		for i := range v.ids {
			switch {
			case b2 >= 0 && !heavier(i, b2):
			case b1 >= 0 && !heavier(i, b1):
				b2 = i
			case b0 >= 0 && !heavier(i, b0):
				b2, b1 = b1, i
			default:
				b2, b1, b0 = b1, b0, i
			}
		}
		out := into.take(3)
		out[0], out[1], out[2] = v.ids[b0], v.ids[b1], v.ids[b2]
		return out
	}
	var room [blockingTerms + 1]int // on the stack for blockKeys' n
	best := room[:0]                // places in v, heaviest first
	if n+1 > len(room) {
		best = make([]int, 0, n+1)
	}
	for i := range v.ids {
		at := len(best)
		for at > 0 && heavier(i, best[at-1]) {
			at--
		}
		if at >= n {
			continue
		}
		// insert i at at, the lightest falling off past n
		if len(best) < n {
			best = append(best, 0)
		}
		copy(best[at+1:], best[at:len(best)-1])
		best[at] = i
	}
	out := into.take(n)
	for i, k := range best {
		out[i] = v.ids[k]
	}
	return out
}

// finish weighs a vector's raw counts by inverse document frequency (by
// term id) and sets its norm.
func (v *vector) finish(idf []float64) {
	var n float64
	for k, id := range v.ids {
		w := float64(v.w[k]) * idf[id]
		v.w[k] = float32(w)
		n += w * w
	}
	v.norm = float32(math.Sqrt(n))
}

// wholeFigure reports a fact whose value and bounds are whole numbers.
func wholeFigure(f *facts.Fact) bool {
	for _, v := range []*float64{f.Value, f.Low, f.High} {
		if v != nil && !isWhole(math.Abs(*v)) {
			return false
		}
	}
	return true
}

// wholeStated reports a count of a part whose whole is a figure written
// right after it: "37 of the 120 seats", "45 of its 312 stores", "16 of
// the 17 crew".
func wholeStated(f *facts.Fact) bool {
	if f.Kind != facts.KindCount {
		return false
	}
	i := strings.Index(f.Sentence, f.Text)
	if i < 0 {
		return false
	}
	rest := f.Sentence[i+len(f.Text):]
	for _, of := range []string{" of the ", " of its ", " of their ", " of ", " out of "} {
		if strings.HasPrefix(rest, of) {
			rest = rest[len(of):]
			return rest != "" && rest[0] >= '0' && rest[0] <= '9'
		}
	}
	return false
}
