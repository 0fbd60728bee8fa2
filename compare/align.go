package compare

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/figcheck/figcheck/facts"
)

// DefaultThreshold is the least subject similarity for alignment when
// Options.Threshold is zero.
const DefaultThreshold = 0.6

// wterm is a canonical subject stem with its weight; heavy marks a word of
// a heavy category (see heavyCategories).
type wterm struct {
	t     string
	w     float64
	heavy bool
}

// item is a fact prepared for alignment and comparison.
type item struct {
	f     facts.Fact
	doc   int // index in the docs given to Compare
	idx   int // index over all facts of all docs
	class string
	event string
	role  string // "by", "from" or "level"
	terms []wterm
	cats  map[string][]string // category → canonical stems of the subject in it
	// empty is set for a figure with no subject and no event: it aligns only
	// across documents, by the words of its sentence (in terms).
	empty bool
	// weak is set for a subject that only names a place or a name
	// ("Ukraine", "Seville"): see weakSubject and borrowSubjects.
	weak bool
	sent *sentInfo // its sentence, nil if the fact gives none

	hasIv   bool
	iv      interval // in the stated unit
	base    interval // in cmpUnit
	step    float64
	k, off  float64 // stated unit → cmpUnit
	integer bool
	cmpUnit string // the unit intervals compare in: a base unit or a currency
	change  string
	subject string
	dim     string
	// attach is the fact of the same document this one is taken to be a
	// mention of (see attachMentions), or nil.
	attach *item
	// texts caches the wording of reasons, in the stated unit and the base.
	texts [2]struct{ point, desc string }
}

// termCache keeps the subject terms of one Compare call: reports of one
// story repeat their subjects, and stemming is most of the cost of a fact.
type termCache map[[2]string]cachedTerms

type cachedTerms struct {
	terms []wterm
	event string
	stems []string
}

func (c termCache) subject(subject, event string) ([]wterm, string) {
	k := [2]string{subject, event}
	if e, ok := c[k]; ok {
		return e.terms, e.event
	}
	ts, ev := subjectTerms(subject, event)
	c[k] = cachedTerms{terms: ts, event: ev}
	return ts, ev
}

func (c termCache) sentence(s string) []wterm {
	k := [2]string{s, "\x00sentence"}
	if e, ok := c[k]; ok {
		return e.terms
	}
	ts := sentenceTerms(c.textStems(s))
	c[k] = cachedTerms{terms: ts}
	return ts
}

// wordStems is facts.SubjectTerms of one word (none for a stop word),
// remembered: the words of a story's sentences repeat.
func (c termCache) wordStems(w string) []string {
	k := [2]string{w, "\x00word"}
	if e, ok := c[k]; ok {
		return e.stems
	}
	ts := facts.SubjectTerms(w)
	c[k] = cachedTerms{stems: ts}
	return ts
}

// textStems is facts.SubjectTerms of a text, word by word through the cache.
func (c termCache) textStems(text string) []string {
	var out []string
	eachWord(text, func(_ int, w string) { out = append(out, c.wordStems(w)...) })
	return out
}

// eachWord calls fn with the byte offset and text of each word of text, as
// facts.SubjectTerms splits them (letters, digits, anything not ASCII).
func eachWord(text string, fn func(start int, w string)) {
	start := -1
	for i := 0; i <= len(text); i++ {
		in := false
		if i < len(text) {
			b := text[i]
			in = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
		}
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			fn(start, text[start:i])
			start = -1
		}
	}
}

// prepare turns a fact into an item.
func prepare(f facts.Fact, doc, idx int, tol float64, cache termCache) *item {
	it := &item{f: f, doc: doc, idx: idx, k: 1}
	it.subject = strings.ToLower(strings.Join(strings.Fields(f.Subject), " "))
	if f.Change != nil && changes(f.Kind) {
		it.change = *f.Change
	}
	switch {
	case !changes(f.Kind):
		it.role = "level"
	case f.ChangeRole == "by", f.ChangeRole == "" && it.change != "":
		it.role = "by"
	case f.ChangeRole == "from":
		it.role = "from"
	default:
		it.role = "level"
	}

	if f.Kind == facts.KindDate {
		it.class = "date|" + f.Date
		return it
	}

	dim := ""
	// The extractor's own unit table converts (facts.UnitBase), so the two
	// packages can never disagree on a factor.
	udim, ubase, ufactor, uoffset, ok := facts.UnitBase(f.Unit)
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
	it.integer = f.Unit == "" && (f.Kind == facts.KindCount || f.Kind == facts.KindOrdinal)
	it.iv, it.step, it.hasIv = factInterval(f, tol, it.integer)
	it.base = it.iv.scale(it.k, it.off)

	it.dim = dim
	terms, ev := cache.subject(f.Subject, f.Event)
	it.setSubject(terms, ev)
	it.weak = it.hasIv && weakSubject(f.Subject, it.terms)
	return it
}

// changes reports whether figures of a kind can rise or fall: a rank ("the
// 14th increase"), an age or a date is a position, never a change, whatever
// the words around it say.
func changes(k facts.Kind) bool {
	return k != facts.KindOrdinal && k != facts.KindAge && k != facts.KindDate
}

// setSubject sets what an item is about and the class that follows. An
// item without subject terms is matched by the words of its sentence.
func (it *item) setSubject(terms []wterm, ev string) {
	it.terms, it.event, it.empty, it.cats = terms, ev, false, nil
	if len(terms) == 0 {
		it.empty = true
		it.terms = nil
		if it.sent != nil {
			it.terms = it.sent.terms
		}
	} else {
		it.cats = categories(terms)
	}
	it.class = string(it.f.Kind) + "|" + it.dim + "|" + it.event + "|" + it.role
}

// levelsAfterChanges gives a level the extractor left without subject the
// subject of the change it follows in its sentence: "cut its deposit rate
// by 25 basis points to 3.75%" (a change of the same kind, closely before
// it) or "Brent crude rose 1.7% to $93 a barrel" (a change of any kind
// followed by just "to"). It is a level of the same thing.
func levelsAfterChanges(items []*item) {
	for _, it := range items {
		if !it.empty || !it.hasIv || it.sent == nil || it.role != "level" {
			continue
		}
		var change *item
		for _, y := range it.sent.items {
			if y == it || y.empty || y.role != "by" || y.f.End > it.f.Start {
				continue
			}
			if y.f.Kind == it.f.Kind && it.f.Start-y.f.End <= 24 {
				change = y
				continue
			}
			if g, ok := it.sent.gap(y, it); ok && strings.TrimSpace(g) == "to" {
				change = y
			}
		}
		if change != nil {
			it.setSubject(change.terms, change.event)
			it.subject = change.subject // for the group key; the fact is left as extracted
		}
	}
}

// sentenceEvents gives a count still without subject the one event its
// sentence names when it is the only count there ("the death toll rose to
// nearly 70"): it counts that event. Other kinds do not count events ("its
// epicentre lay 45 miles away, where most of the dead were").
func sentenceEvents(items []*item) {
	for _, it := range items {
		if !it.empty || !it.hasIv || it.sent == nil || it.role != "level" || it.f.Kind != facts.KindCount {
			continue
		}
		alone := true
		for _, y := range it.sent.items {
			if y != it && y.hasIv && y.f.Kind == it.f.Kind {
				alone = false
			}
		}
		if !alone {
			continue
		}
		if ev := sentenceEvent(it.f.Sentence); ev != "" {
			it.setSubject([]wterm{{t: "ev:" + ev, w: 1}}, ev)
		}
	}
}

// sentenceEvent is the one event a sentence names, or "" if it names none
// or several.
func sentenceEvent(sentence string) string {
	ev := ""
	raw := facts.SubjectTerms(sentence)
	for i, s := range raw {
		e, ok := stemEvent[s]
		if s == "down" && !(i > 0 && raw[i-1] == "shot") {
			continue // "down" alone is a direction, not "shot down"
		}
		if !ok || e == ev {
			continue
		}
		if ev != "" {
			return ""
		}
		ev = e
	}
	return ev
}

// strength orders how fully a fact says what it counts: no subject, a
// subject without event, a subject with an event.
func (it *item) strength() int {
	switch {
	case it.empty:
		return 0
	case it.event == "":
		return 1
	}
	return 2
}

// attachMentions finds, within each document, figures stated again with
// less said about them: a headline's "48 Russian drones" beside "48 attack
// drones launched", or a bare "31" beside "the death toll rose to 31". A
// fact without subject, or without event, is a mention of a fact of the same
// document that says more, has the very same figure (kind, unit, interval,
// change) and a subject that does not contradict it (some term shared, or
// the fuller fact names only its event, as "54 launched" beside a headline's
// "54 drones"; no category clash); the nearest such fact is taken. It then
// goes wherever that fact goes.
func attachMentions(items []*item) {
	byDoc := map[int][]*item{}
	for _, it := range items {
		if it.hasIv {
			byDoc[it.doc] = append(byDoc[it.doc], it)
		}
	}
	for _, it := range items {
		if !it.hasIv || it.strength() == 2 {
			continue
		}
		var best *item
		for _, y := range byDoc[it.doc] {
			if y.strength() <= it.strength() || !sameFigure(it, y) {
				continue
			}
			if !it.empty && (clash(it, y) || subjectSim(it.terms, y.terms) == 0 && !onlyEvent(y)) {
				continue
			}
			if best == nil || distance(it, y) < distance(it, best) {
				best = y
			}
		}
		it.attach = best
	}
}

// onlyEvent reports whether an item's subject names its event and nothing
// else ("54 launched"; not "25 people killed", which counts people).
func onlyEvent(it *item) bool {
	if it.event == "" {
		return false
	}
	for _, s := range facts.SubjectTerms(it.subject) {
		if !slices.Contains(eventStems[it.event], s) {
			return false
		}
	}
	return true
}

func sameFigure(a, b *item) bool {
	return a.f.Kind == b.f.Kind && a.dim == b.dim && a.cmpUnit == b.cmpUnit && a.role == b.role &&
		a.change == b.change && a.f.Bound == b.f.Bound && a.base == b.base
}

func distance(a, b *item) int {
	d := a.f.Start - b.f.Start
	if d < 0 {
		return -d
	}
	return d
}

// baseFactor is the extractor's conversion factor from the stated unit to
// BaseUnit, read off the Base fields.
func baseFactor(f facts.Fact) float64 {
	for _, p := range [][2]*float64{{f.Value, f.BaseValue}, {f.Low, f.BaseLow}, {f.High, f.BaseHigh}} {
		if p[0] != nil && p[1] != nil && *p[0] != 0 && *p[1]/(*p[0]) > 0 {
			return *p[1] / *p[0]
		}
	}
	return 1
}

// subjectTerms returns the weighted canonical stems of a subject and its
// canonical event. The event comes from the extractor's Event, or failing
// that from an event word of the subject; the words standing for the event
// leave the terms and the event joins them as one term "ev:<event>".
func subjectTerms(subject, event string) ([]wterm, string) {
	raw := facts.SubjectTerms(subject)
	for i, s := range raw {
		raw[i] = canonStem(s)
	}
	ev := canonEvent(event)
	if ev == "" {
		if slices.Contains(raw, "shot") && slices.Contains(raw, "down") {
			ev = "shot down"
		} else {
			for _, s := range raw {
				if e, ok := stemEvent[s]; ok {
					ev = e
					break
				}
			}
		}
	}
	var out []wterm
	for _, s := range raw {
		if ev != "" && slices.Contains(eventStems[ev], s) {
			continue
		}
		if w := termWeight(s); w > 0 {
			out = append(out, wterm{s, w, stemHeavy[s]})
		}
	}
	if ev != "" {
		out = append(out, wterm{"ev:" + ev, 1, false})
	}
	return dedupe(out), ev
}

// sentenceTerms are the weighted canonical stems of a sentence (given as
// its stems), numbers left out: what a figure without a subject is matched
// by.
func sentenceTerms(stems []string) []wterm {
	var out []wterm
	for _, s := range stems {
		s = canonStem(s)
		if hasDigit(s) || len(s) < 3 || stemStop[s] {
			continue
		}
		if w := termWeight(s); w > 0 {
			out = append(out, wterm{t: s, w: w})
		}
	}
	return dedupe(out)
}

func dedupe(ts []wterm) []wterm {
	slices.SortFunc(ts, func(a, b wterm) int { return strings.Compare(a.t, b.t) })
	return slices.CompactFunc(ts, func(a, b wterm) bool { return a.t == b.t })
}

func categories(ts []wterm) map[string][]string {
	var m map[string][]string
	for _, t := range ts {
		if c, ok := stemCat[t.t]; ok {
			if m == nil {
				m = map[string][]string{}
			}
			m[c] = append(m[c], t.t)
		}
	}
	return m
}

// dice is the weighted Dice coefficient of two sorted term lists:
// 2·w(A∩B) / (w(A)+w(B)).
func dice(a, b []wterm) float64 {
	var inter, sum float64
	for _, t := range a {
		sum += t.w
	}
	for _, t := range b {
		sum += t.w
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i].t, b[j].t); {
		case c == 0:
			inter += math.Min(a[i].w, b[j].w)
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	if sum == 0 {
		return 0
	}
	return 2 * inter / sum
}

// subjectSim is the similarity of two subjects' weighted terms: the weight
// they share, I, against I plus what they do not share. Plain terms found on
// one side only count on the side that has fewer of them, so a subject that
// only adds modifiers to another still matches it ("drones launched",
// "attack drones launched": 1), while two subjects that each have a term of
// their own do not ("ukrainian voters", "ukrainian territory": 0.5). Heavy
// terms (who is counted, which measure) count whenever unmatched, so
// "killed" does not match "children killed" (1/3).
//
//	sim = I / (I + min(U_a, U_b) + H_a + H_b)
func subjectSim(a, b []wterm) float64 {
	var inter, ua, ub, ha, hb float64
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		c := 0
		switch {
		case i == len(a):
			c = 1
		case j == len(b):
			c = -1
		default:
			c = strings.Compare(a[i].t, b[j].t)
		}
		switch {
		case c == 0:
			inter += math.Min(a[i].w, b[j].w)
			i++
			j++
		case c < 0:
			if a[i].heavy {
				ha += a[i].w
			} else {
				ua += a[i].w
			}
			i++
		default:
			if b[j].heavy {
				hb += b[j].w
			} else {
				ub += b[j].w
			}
			j++
		}
	}
	if inter == 0 {
		return 0
	}
	return inter / (inter + math.Min(ua, ub) + ha + hb)
}

// clash reports whether two subjects name different members of one category
// and none in common ("civilians" and "soldiers").
func clash(a, b *item) bool {
	for c, as := range a.cats {
		bs, ok := b.cats[c]
		if !ok {
			continue
		}
		common := false
		for _, s := range as {
			if slices.Contains(bs, s) {
				common = true
				break
			}
		}
		if !common {
			return true
		}
	}
	return false
}

// similarity is how much a and b are about the same thing, 0..1; zero when
// they may not align at all (another kind, dimension, event or change role).
func similarity(a, b *item) float64 {
	if a.class != b.class {
		return 0
	}
	if a.f.Kind == facts.KindDate {
		return 1
	}
	if a.empty != b.empty {
		return 0
	}
	if a.empty && a.doc == b.doc {
		return 0
	}
	if a.empty {
		return dice(a.terms, b.terms)
	}
	if clash(a, b) {
		return 0
	}
	return subjectSim(a.terms, b.terms)
}

// softSimilarity is the similarity two facts reach when they are taken to
// agree: who is counted (person words) counts only as a plain term, so "112
// people rescued" and "112 passengers rescued" are about the same thing (a
// measure word still keeps "core inflation" from inflation); an event named
// on one side only does not keep them apart ("12 police", "a dozen officers
// hurt"); and a figure without subject needs only half the threshold in
// sentence similarity, or none when both state the very same precise figure
// (see sameDistinctFigure). It is used only for pairs whose figures agree
// (see figuresAgree), so it can join agreeing reports but never raise a
// disagreement.
func softSimilarity(a, b *item, threshold float64) float64 {
	if a.empty != b.empty || a.f.Kind == facts.KindDate {
		return 0
	}
	if a.class != b.class {
		// "12 police" and "12 officers injured": the event on one side
		// only, when the extractor missed it on the other
		if a.empty || a.event != "" && b.event != "" || !sameSlot(a, b) {
			return 0
		}
	}
	if a.empty {
		if a.doc == b.doc {
			return 0
		}
		if sameDistinctFigure(a, b) {
			return 1
		}
		return math.Min(1, dice(a.terms, b.terms)*2)
	}
	if clash(a, b) {
		return 0
	}
	return subjectSim(plain(a.terms), plain(b.terms))
}

// sameDistinctFigure reports whether two facts state the very same figure
// exactly, to three significant digits or more ("166 people" and "the 166
// people on board"): two reports of one story do not give one such figure
// to two different things by chance, so it is taken as one figure even
// when nothing else tells what it counts.
func sameDistinctFigure(a, b *item) bool {
	return distinctFigure(a) && distinctFigure(b) && a.cmpUnit == b.cmpUnit && a.base == b.base
}

// distinctFigure reports whether a fact states an exact figure of three
// significant digits or more.
func distinctFigure(it *item) bool {
	if !it.hasIv || it.f.Bound != facts.BoundExact && it.f.Bound != "" || it.step <= 0 {
		return false
	}
	v, _ := figure(it.f)
	m := math.Round(math.Abs(v) / it.step)
	for m >= 10 && math.Mod(m, 10) == 0 {
		m /= 10
	}
	return m >= 100
}

// sameSlot reports whether two items have the same kind, unit dimension
// and change role: their class but for the event.
func sameSlot(a, b *item) bool {
	return a.f.Kind == b.f.Kind && a.dim == b.dim && a.role == b.role
}

// plain drops the heavy mark of person terms.
func plain(ts []wterm) []wterm {
	out := make([]wterm, len(ts))
	for i, t := range ts {
		out[i] = t
		if stemCat[t.t] == "person" {
			out[i].heavy = false
		}
	}
	return out
}

// figuresAgree reports whether every fact of one node agrees with every
// fact of the other: same unit and no disagreement.
func figuresAgree(a, b []int, items []*item) bool {
	for _, x := range a {
		for _, y := range b {
			if items[x].cmpUnit != items[y].cmpUnit {
				return false
			}
			if _, bad := disagree(items[x], items[y]); bad {
				return false
			}
		}
	}
	return true
}

// bucketKeys are the inverted-index keys of an item: two items can align
// only if they share one.
func bucketKeys(it *item) []string {
	if it.f.Kind == facts.KindDate {
		return []string{it.class}
	}
	prefix := it.class + "\x00"
	if it.empty {
		prefix += "s:"
	}
	keys := make([]string, len(it.terms), 2*len(it.terms)+1)
	for i, t := range it.terms {
		keys[i] = prefix + t.t
	}
	if it.empty && distinctFigure(it) {
		keys = append(keys, prefix+fmt.Sprintf("=%s|%g", it.cmpUnit, it.base.lo))
	}
	if !it.empty {
		// the same words with or without an event: see softSimilarity
		loose := "~" + string(it.f.Kind) + "|" + it.dim + "|" + it.role + "\x00"
		for _, t := range it.terms {
			if !strings.HasPrefix(t.t, "ev:") {
				keys = append(keys, loose+t.t)
			}
		}
	}
	return keys
}

type edge struct {
	a, b int
	sim  float64
	gap  float64 // how far apart the two figures are (valueGap)
}

// valueGap is how far apart two facts' figures are, as the log of the
// ratio of their values: among pairs as similar in subject, the closer
// figures are aligned first ("411 seats" with "412 seats" before "121
// seats"). Figures that cannot be so compared are 0 apart, those of other
// units far.
func valueGap(a, b *item) float64 {
	if !a.hasIv || !b.hasIv {
		return 0
	}
	if a.cmpUnit != b.cmpUnit {
		return math.Inf(1)
	}
	x, y := math.Abs(a.base.mid()), math.Abs(b.base.mid())
	if x == 0 || y == 0 || !ratioScale(a) {
		return 0
	}
	return math.Abs(math.Log(x / y))
}

// ratioScale reports whether the ratio of two figures of an item's unit
// means something: not for temperatures, whose zero is a convention.
func ratioScale(it *item) bool {
	return it.dim != "temperature" && it.off == 0
}

// docItems are the items of a node or group, by document.
type docItems map[int][]*item

func (d docItems) add(it *item) {
	if it.hasIv {
		d[it.doc] = append(d[it.doc], it)
	}
}

// keepsApart reports whether two items of one document in d are apart.
func (d docItems) keepsApart() bool {
	for _, xs := range d {
		for i, x := range xs {
			for _, y := range xs[i+1:] {
				if apart(x, y) {
					return true
				}
			}
		}
	}
	return false
}

// apartFrom reports whether an item of d and one of e, of one document,
// are apart.
func (d docItems) apartFrom(e docItems) bool {
	if len(e) < len(d) {
		d, e = e, d
	}
	for doc, xs := range d {
		for _, x := range xs {
			for _, y := range e[doc] {
				if apart(x, y) {
					return true
				}
			}
		}
	}
	return false
}

func (d docItems) merge(e docItems) {
	for doc, xs := range e {
		d[doc] = append(d[doc], xs...)
	}
}

// apartRatio is how many times one figure of a report must be another for
// the two to be taken as figures of two things, whatever their subjects
// say (see apart).
const apartRatio = 2

// apart reports whether two facts of one document are figures of two
// different things: they disagree and one is at least apartRatio times the
// other ("Labour won 411 seats … the Conservatives 121 seats", the extractor
// having kept only "seats"). A report that slips gives a near figure ("14
// killed" and later "16 killed"), and that is an internal disagreement; one
// that names one thing twice with figures that far apart is speaking of two
// things. Temperatures, whose ratios mean nothing, are never apart; nor is
// a count that rose to a new level from a figure the report gives too (the
// earlier tally: "31 killed … earlier officials had said 10").
func apart(a, b *item) bool {
	if a.doc != b.doc || a.cmpUnit != b.cmpUnit || !ratioScale(a) {
		return false
	}
	if _, bad := disagree(a, b); !bad || risen(a) || risen(b) {
		return false
	}
	x, y := math.Abs(a.base.mid()), math.Abs(b.base.mid())
	if x < y {
		x, y = y, x
	}
	return y == 0 && x > 0 || y > 0 && x >= apartRatio*y
}

// align groups items: candidate pairs come from the inverted index, pairs at
// or above the threshold are edges, and groups grow by complete linkage,
// strongest edges first: two groups merge only when every pair across them is
// an edge, so that "territory" cannot chain "Ukrainian territory" to
// "Russian territory". Items with the same class and subject terms are
// alike to everything, so they are merged first and aligned as one node:
// a story-wide subject repeated by every report costs one node, not a
// quadratic number of pairs. The result is deterministic: groups in order of
// their first item, items in index order.
func align(items []*item, threshold float64) [][]int {
	// Nodes: items with one signature; where a document keeps two items of
	// one signature apart (see apart), items with one signature and one
	// figure, for the clustering to pair them by their figures. Mentions
	// join their fact's node.
	sigs := make([]string, len(items))
	bySig := map[string]docItems{}
	for _, it := range items {
		if it.attach == nil {
			sigs[it.idx] = signature(it)
			if sigs[it.idx] != "" {
				if bySig[sigs[it.idx]] == nil {
					bySig[sigs[it.idx]] = docItems{}
				}
				bySig[sigs[it.idx]].add(it)
			}
		}
	}
	split := map[string]bool{}
	for sig, d := range bySig {
		split[sig] = d.keepsApart()
	}
	var nodes [][]int
	var reps []*item
	var byDoc []docItems // of each node
	nodeByKey := map[string]int{}
	nodeOf := make([]int, len(items))
	for _, it := range items {
		if it.attach != nil {
			continue
		}
		key := sigs[it.idx]
		if split[key] {
			key += "\x00" + figureKey(it)
		}
		n, ok := nodeByKey[key]
		if !ok || key == "" {
			n = len(nodes)
			nodes = append(nodes, nil)
			reps = append(reps, it)
			byDoc = append(byDoc, docItems{})
			if key != "" {
				nodeByKey[key] = n
			}
		}
		nodes[n] = append(nodes[n], it.idx)
		byDoc[n].add(it)
		nodeOf[it.idx] = n
	}
	for _, it := range items {
		if it.attach != nil {
			n := nodeOf[it.attach.idx]
			nodes[n] = append(nodes[n], it.idx)
		}
	}

	index := map[string][]int{}
	for n, it := range reps {
		for _, k := range bucketKeys(it) {
			index[k] = append(index[k], n)
		}
	}
	seen := make([]int, len(reps))
	edgeSet := map[uint64]bool{}
	var edges []edge
	for i, it := range reps {
		for _, k := range bucketKeys(it) {
			bucket := index[k]
			from, _ := slices.BinarySearch(bucket, i+1)
			for _, j := range bucket[from:] {
				if seen[j] == i+1 {
					continue
				}
				seen[j] = i + 1
				s := similarity(it, reps[j])
				if s < threshold-1e-9 && (softSimilarity(it, reps[j], threshold) < threshold-1e-9 ||
					!figuresAgree(nodes[i], nodes[j], items)) {
					continue
				}
				edges = append(edges, edge{a: i, b: j, sim: s})
				edgeSet[pairKey(i, j)] = true
			}
		}
	}
	for i := range edges {
		edges[i].gap = valueGap(reps[edges[i].a], reps[edges[i].b])
	}
	slices.SortFunc(edges, func(x, y edge) int {
		switch {
		case x.sim > y.sim:
			return -1
		case x.sim < y.sim:
			return 1
		case x.gap != y.gap:
			return cmp.Compare(x.gap, y.gap)
		case x.a != y.a:
			return x.a - y.a
		}
		return x.b - y.b
	})

	cluster := make([]int, len(reps))
	members := make([][]int, len(reps))
	for i := range reps {
		cluster[i] = i
		members[i] = []int{i}
	}
	// failed remembers pairs of groups that cannot merge: a group only
	// grows, and what keeps two groups apart keeps their supersets apart.
	failed := map[uint64]bool{}
	for _, e := range edges {
		ca, cb := cluster[e.a], cluster[e.b]
		if ca == cb || failed[pairKey(ca, cb)] {
			continue
		}
		if byDoc[ca].apartFrom(byDoc[cb]) || !allLinked(members[ca], members[cb], edgeSet) {
			failed[pairKey(ca, cb)] = true
			continue
		}
		if ca > cb {
			ca, cb = cb, ca
		}
		for _, m := range members[cb] {
			cluster[m] = ca
		}
		members[ca] = append(members[ca], members[cb]...)
		members[cb] = nil
		byDoc[ca].merge(byDoc[cb])
		byDoc[cb] = nil
	}
	var groups [][]int
	for i, m := range members {
		if cluster[i] != i || len(m) == 0 {
			continue
		}
		var g []int
		for _, n := range m {
			g = append(g, nodes[n]...)
		}
		slices.Sort(g)
		groups = append(groups, g)
	}
	return groups
}

// signature is what makes two items alike to every other item: class and
// subject terms. A figure without a subject aligns by its document and
// sentence, so it has none ("") and is a node of its own.
func signature(it *item) string {
	if it.empty {
		return ""
	}
	var b strings.Builder
	b.WriteString(it.class)
	for _, t := range it.terms {
		b.WriteByte(0)
		b.WriteString(t.t)
	}
	return b.String()
}

func pairKey(i, j int) uint64 {
	if i > j {
		i, j = j, i
	}
	return uint64(i)<<32 | uint64(uint32(j))
}

func allLinked(as, bs []int, edgeSet map[uint64]bool) bool {
	for _, a := range as {
		for _, b := range bs {
			if !edgeSet[pairKey(a, b)] {
				return false
			}
		}
	}
	return true
}
