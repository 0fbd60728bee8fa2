package compare

import (
	"math"
	"strings"

	"github.com/figcheck/figcheck/facts"
)

// A comparison reads one field of a pair of figures and says how alike
// they are in a few named levels (Splink's comparison levels: exact, close,
// different…). Each level has a weight, fitted on the development story
// sets (see weights.json and compare/fit); the weights of a pair's levels
// add up to its match score. A clash on a field is negative evidence, as
// any level can be.
type comparison struct {
	name   string
	levels []string
	level  func(a, b *item) int
}

// comparisons are the fields compared, in the order of weights.json.
var comparisons = []comparison{
	{"measure", []string{"same", "related", "missing", "different", "opposed"}, measureLevel},
	{"event", []string{"same", "one side", "neither", "different"}, eventLevel},
	{"subject", []string{"contained", "qualified", "most", "some", "none", "empty", "clash"}, subjectLevel},
	{"context", []string{"high", "mid", "low", "none"}, contextLevel},
	{"sentence", []string{"high", "mid", "low", "none"}, sentenceLevel},
	{"order", []string{"both first", "same place", "other place"}, orderLevel},
	{"scope", []string{"same", "one side", "neither", "different", "other part"}, scopeLevel},
	{"time", []string{"same", "one side", "neither", "different"}, timeLevel},
	{"source", []string{"same", "one side", "neither", "different"}, sourceLevel},
	{"role", []string{"same", "level and from", "different", "same, other way"}, roleLevel},
	{"value", []string{"overlap", "open overlap", "within 30%", "within 2x", "within 10x", "further", "transposed"}, valueLevel},
	{"unit", []string{"same", "converted", "other currency"}, unitLevel},
	{"value and measure", []string{"other", "same value, other measure"}, valueMeasureLevel},
	{"near value", []string{"other", "within 5%", "within 5%, no measure"}, nearValueLevel},
	{"same figure", []string{"other", "same", "same, distinctive"}, sameFigureLevel},
}

// sameFigureLevel marks two figures stated alike: the same interval,
// hedge and all, not merely intervals that meet ("4.75%-5.0%" and
// "4.75-5.00%", "$253 a share" and "$253 per share"); distinctive when the
// figure has three digits or more or is a range, which two reports seldom
// give for two different things. Figures whose measures differ are not
// alike in this sense, however they are written.
func sameFigureLevel(a, b *item) int { return sameFigureWith(a, b, measureLevel(a, b)) }

// sameFigureWith is sameFigureLevel for a pair whose measureLevel is
// measure (linkLevels knows it).
func sameFigureWith(a, b *item, measure int) int {
	if measure >= 3 || !a.hasIv || !b.hasIv || a.cmpUnit != b.cmpUnit || a.f.Bound != b.f.Bound || !sameInterval(a.base, b.base) {
		return 0 // "12,000 nurses" and "12,000 outpatient appointments" are two things
	}
	if a.f.Bound == facts.BoundRange || a.digits.n >= 3 && b.digits.n >= 3 {
		return 2
	}
	return 1
}

// sameInterval reports two intervals with the same ends, to rounding.
func sameInterval(x, y interval) bool {
	near := func(p, q float64) bool { return p == q || math.Abs(p-q) <= 1e-9*math.Max(math.Abs(p), math.Abs(q)) }
	return x.loOpen == y.loOpen && x.hiOpen == y.hiOpen && near(x.lo, y.lo) && near(x.hi, y.hi)
}

// nearValueLevel marks two figures that do not overlap but lie within
// nearValue of each other: one figure rounded or revised a little ("15.8%"
// and "15.5%", "$145.29" and "$145.85"), more often than two different
// things whose values happen to be close. It says more when a figure has
// no measure, for the pair is then linked by the words around it alone,
// and a near value is what tells the same figure from another one there
// ("$1.1 billion" beside "$1 billion", "48,000" beside "40,000" are as
// often different things). The weights are fitted (see weights.json's
// "trained").
func nearValueLevel(a, b *item) int { return nearValueWith(a, b, -1) }

// nearValueWith is nearValueLevel for a pair whose valueLevel is value,
// or not yet known if -1 (linkLevels knows it: the value comes first).
func nearValueWith(a, b *item, value int) int {
	if value >= 0 && value != valueWithin30 {
		return 0 // known, and no near value (what the tests below end in)
	}
	if !a.hasIv || !b.hasIv || a.cmpUnit != b.cmpUnit {
		return 0
	}
	x, y := math.Abs(a.base.mid()), math.Abs(b.base.mid())
	lo, hi := min(x, y), max(x, y)
	if lo == 0 || hi > lo*(1+nearValue) {
		return 0
	}
	if value < 0 {
		value = valueLevel(a, b)
	}
	if value != valueWithin30 {
		return 0
	}
	if a.measure == "" || b.measure == "" {
		return 2
	}
	return 1
}

// nearValue is the relative distance within which nearValueLevel calls
// two figures near.
const nearValue = 0.05

// valueWithin30 is valueLevel's level "within 30%".
const valueWithin30 = 2

// valueMeasureLevel marks a pair whose figures meet but whose measures
// differ: two reports often read one figure's head noun differently ("cut
// 2,300 jobs", "2,300 of its staff"; a subject the extractor took from
// elsewhere in the sentence), so a figure that agrees exactly says more
// against a different measure than the two comparisons added up say. The
// weight is fitted (see weights.json's "trained").
func valueMeasureLevel(a, b *item) int {
	// two measures, not the same one, are what measureLevel needs to say
	// "different": asked first, that spares most pairs the other two
	// tests (the cheaper of which comes next)
	if otherMeasures(a, b) && valueLevel(a, b) == 0 && measureLevel(a, b) == 3 {
		return 1
	}
	return 0
}

// otherMeasures reports whether both figures name a measure and not the
// same one: measureLevel's "different" or one of its levels between.
func otherMeasures(a, b *item) bool {
	return a.measure != "" && b.measure != "" && a.measureID != b.measureID
}

// orderIndex is the place of the order comparison in comparisons.
var orderIndex = func() int {
	for i, c := range comparisons {
		if c.name == "order" {
			return i
		}
	}
	panic("no order comparison")
}()

// levels computes every comparison's level for a pair, into out.
func levels(a, b *item, out []int) []int {
	out = out[:0]
	for _, c := range comparisons {
		out = append(out, c.level(a, b))
	}
	return out
}

// levelsKept is levels with the event, measure and subject levels read
// through aboutLevels (kept by the pair of the figures' readings: the same
// levels), for the comparisons unrolledOrder names; levels otherwise.
func levelsKept(a, b *item, out []int) []int {
	if unrolledOrder == nil {
		return levels(a, b, out)
	}
	out = out[:0]
	ev, me, su := aboutLevels(a, b)
	for ci, c := range comparisons {
		switch ci {
		case ciEvent:
			out = append(out, ev)
		case ciMeasure:
			out = append(out, me)
		case ciSubject:
			out = append(out, su)
		default:
			out = append(out, c.level(a, b))
		}
	}
	return out
}

func measureLevel(a, b *item) int {
	switch {
	case a.measure == "" || b.measure == "":
		return 2
	case a.measureID == b.measureID:
		return 0
	case a.env.opposedIDs(a.measureID, b.measureID):
		return 4
	case a.env.relatedIDs(a.measureID, b.measureID):
		return 1
	case peopleOfEvent(a, b) || peopleOfEvent(b, a):
		return 1
	case initialism(a.measure, b.subject) || initialism(b.measure, a.subject):
		return 1
	}
	return 3
}

// initialism reports a measure that is the initials of a subject's words:
// "CFR" and "case fatality rate", "GDP" and "gross domestic product"
// (function words aside).
func initialism(short, subject string) bool {
	if len(short) < 2 || len(short) > 5 || strings.IndexByte(subject, ' ') < 0 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(subject) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "on":
			continue
		}
		if n >= len(short) || !strings.EqualFold(w[:1], short[n:n+1]) {
			return false
		}
		n++
	}
	return n == len(short)
}

// peopleOfEvent: a counts people with no narrower noun, by what befell
// them ("27 people rescued", "nine killed": its measure is people or the
// event) and b counts a kind of person with that event ("12 miners were
// rescued", "four skiers killed"; a kind of person is WordNet's: see
// lexicon.Person): the same people, named more narrowly, as a rewrite or a
// later report words them. Without the event the person word says nothing
// of what befell them ("200,000 protesters" beside "500 people detained",
// "40,000 fans" beside "a stadium that holds 40,000 people").
func peopleOfEvent(a, b *item) bool {
	if !b.person || b.event == "" || b.event != a.event {
		return false
	}
	return strings.HasPrefix(a.measure, "ev:") || peopleStems[a.measure]
}

func eventLevel(a, b *item) int {
	switch {
	case a.event == "" && b.event == "":
		return 2
	case a.event == "" || b.event == "":
		return 1
	case a.event == b.event:
		return 0
	case relatedEvents[a.event+"|"+b.event] || relatedEvents[b.event+"|"+a.event]:
		return 1 // neither the same nor a clash, as when one side names none
	}
	return 3
}

// relatedEvents are two events reports give one group of people under:
// "15,000 evacuated" and "some 15,000 residents displaced", the injured
// and those taken to hospital, drones "shot down" and "destroyed" (an
// air force's word and a ministry's). Not "destroyed" and "damaged", nor
// "arrested" and "charged": reports give those as two counts (measured
// on the development sets, neither pair changed the objective).
var relatedEvents = map[string]bool{
	"evacuated|displaced": true, "injured|hospitalised": true, "shot down|destroyed": true,
}

// subjectLevel compares the content stems of two subjects: one within the
// other ("drones launched", "attack drones launched"); within, but the
// larger adds a word that says who or which measure ("children killed",
// "people killed"; "core inflation", "inflation"): qualified; most shared,
// some, none; empty when a side has none; clash when they name different
// members of one category (civilians and soldiers, drones and missiles).
func subjectLevel(a, b *item) int {
	if len(b.cats) > 0 { // most subjects name no category: no map to range
		for c, s := range a.cats {
			if t, ok := b.cats[c]; ok && t != s && !a.env.related(s, t) {
				return 6
			}
		}
	}
	if len(a.subj) == 0 && len(b.subj) == 0 {
		return 5
	}
	if len(a.subj) == 0 || len(b.subj) == 0 {
		if heavyExtra(a, b) || heavyExtra(b, a) {
			return 1
		}
		return 5
	}
	// counted from both sides, the lesser count: a level must not depend
	// on which figure comes first ("crude oil" beside "oil")
	shared := min(matched(a, b), matched(b, a))
	small := min(len(a.subj), len(b.subj))
	switch {
	case shared == small && (heavyExtra(a, b) || heavyExtra(b, a)):
		return 1
	case shared == small:
		return 0
	case 2*shared >= small:
		return 2
	case shared > 0:
		return 3
	}
	return 4
}

// matched counts the stems of a's subject that b's subject has or relates.
func matched(a, b *item) int {
	n := 0
	for _, s := range a.subjIDs {
		for _, t := range b.subjIDs {
			if s == t || a.env.relatedIDs(s, t) {
				n++
				break
			}
		}
	}
	return n
}

// heavyExtra reports whether a's subject has a word of a heavy category
// (who is counted, which measure) that b's lacks.
func heavyExtra(a, b *item) bool {
	for _, s := range a.heavyIDs {
		found := false
		for _, t := range b.subjIDs {
			if s == t || a.env.relatedIDs(s, t) {
				found = true
				break
			}
		}
		if !found {
			return true
		}
	}
	return false
}

func contextLevel(a, b *item) int {
	c := a.env.cosines[0].cosine(a.ctx, b.ctx)
	switch {
	case c >= 0.45:
		return 0
	case c >= 0.25:
		return 1
	case c >= 0.1:
		return 2
	}
	return 3
}

// sentenceLevel compares the whole sentences of two figures, word weights
// by inverse document frequency: what a rewrite keeps of the wire copy.
func sentenceLevel(a, b *item) int {
	c := a.env.cosines[1].cosine(a.sent, b.sent)
	switch {
	case c >= 0.5:
		return 0
	case c >= 0.3:
		return 1
	case c >= 0.12:
		return 2
	}
	return 3
}

// orderLevel compares where two figures stand among their report's claims
// of the same block: rewrites keep the wire's order, and the first figure
// of a kind is most often the story's main one.
func orderLevel(a, b *item) int {
	switch {
	case a.rank == 0 && b.rank == 0:
		return 0
	case a.rank == b.rank:
		return 1
	}
	return 2
}

// frameLevel compares one frame field (scope, time or source) of two
// figures.
func frameLevel(x, y string) int {
	switch {
	case x == "" && y == "":
		return 2
	case x == "" || y == "":
		return 1
	case x == y || strings.Contains(x, y) || strings.Contains(y, x):
		return 0
	}
	return 3
}

func sourceLevel(a, b *item) int { return frameLevel(a.source, b.source) }

// scopeLevel compares two figures' scopes as frameLevel does, and two
// names in other words as the same scope (sameNamedScope: "Britain", "the
// UK"; "recep tayyip erdogan", "turkish president recep tayyip"). Two
// scopes that are both parts the story splits the measure into ("four in
// Kyiv, three in Odesa" beside "five died in Kyiv and four in Odesa":
// markPartitions) are "other part", a clash the story itself draws: the
// equal values of two parts must not pull them together.
func scopeLevel(a, b *item) int {
	if a.scope == "" || b.scope == "" {
		// most pairs: no side of a vote (a scope of none ends in no
		// word), and frameLevel's "neither" or "one side"
		return frameLevel(a.scope, b.scope)
	}
	if sidesApart(a, b) {
		return 4 // two sides of a vote: parts by nature
	}
	l := frameLevel(a.scope, b.scope)
	if l == 3 && sameNamedScope(a, b) {
		return 0
	}
	if l == 3 && partitionedItem(a) && partitionedItem(b) {
		return 4
	}
	return l
}

// timeLevel compares two figures' times as frameLevel does, and a calendar
// date with a part of it as the same time ("2018-04-05", "XXXX-04": a
// report's date on the line of its headline, "in April" in its body).
func timeLevel(a, b *item) int {
	l := frameLevel(a.time, b.time)
	if l == 3 && calendarsMeet(a.time, b.time) {
		return 0
	}
	return l
}

// calendarsMeet reports two calendar dates that can name one day
// ("2018-04-05" and "XXXX-04"; not "2018-04" and "2017").
func calendarsMeet(x, y string) bool {
	cx, okx := calendarOf(x)
	cy, oky := calendarOf(y)
	return okx && oky && !cx.clashes(cy)
}

func roleLevel(a, b *item) int {
	switch {
	case a.role == b.role && a.role == "change" && a.change != "" && b.change != "" && a.change != b.change && a.subject != b.subject:
		// "revenue climbed 11%" and "cargo revenue fell 11%": two changes
		// the opposite way, said of things named differently, are more
		// often two things than one misreported ("food prices rose 2%"
		// and "food prices fell 2%" are one, told two ways)
		return 3
	case a.role == b.role:
		return 0
	case a.role == "level" && b.role == "from" || a.role == "from" && b.role == "level":
		return 1
	}
	return 2
}

// valueLevel compares the figures: their intervals overlap, or the ratio of
// their middles.
func valueLevel(a, b *item) int {
	if !a.hasIv || !b.hasIv {
		if a.date == b.date {
			return 0
		}
		return 5
	}
	if a.cmpUnit == b.cmpUnit && a.base.overlaps(b.base, a.integer && b.integer) {
		if a.base.unbounded() || b.base.unbounded() {
			return 1 // "more than 90" meets any larger figure: weak evidence
		}
		return 0
	}
	if a.cmpUnit == b.cmpUnit && a.digits.n == b.digits.n &&
		(a.digits.count == b.digits.count && transposed(a.text, b.text) || a.digits.n >= 7 && digitSlip(a.text, b.text)) {
		return 6
	}
	x, y := math.Abs(a.base.mid()), math.Abs(b.base.mid())
	if a.cmpUnit != b.cmpUnit {
		x, y = math.Abs(a.iv.mid()), math.Abs(b.iv.mid())
	}
	lo, hi := min(x, y), max(x, y)
	if lo == 0 {
		return 4
	}
	switch r := hi / lo; {
	case r <= 1.3:
		return 2
	case r <= 2:
		return 3
	case r <= 10:
		return 4
	}
	return 5
}

func unitLevel(a, b *item) int {
	switch {
	case a.unit == b.unit:
		return 0
	case a.cmpUnit == b.cmpUnit:
		return 1
	}
	return 2
}

// transposed reports two figures written alike but for two neighbouring
// digits swapped ("1.2%" and "2.1%", "$2,180" and "$2,810", "46 flights"
// and "64 flights"): the slip of a hand copying a figure, which says the
// two are one figure more than their distance does.
// digitSlip reports two long figures whose digits differ only in the
// first two, the rest (five digits or more) the same: "30,434,574" beside
// "13,434,574" is one figure mistyped, not two counts. It reads both texts
// from the end, without a copy (every pair of a block asks).
func digitSlip(a, b string) bool {
	na, nb := digitCount(a), digitCount(b)
	if na != nb || na < 7 || a == b {
		return false
	}
	i, j, same := len(a)-1, len(b)-1, 0
	for same < na-2 {
		for i >= 0 && (a[i] < '0' || a[i] > '9') {
			i--
		}
		for j >= 0 && (b[j] < '0' || b[j] > '9') {
			j--
		}
		if i < 0 || j < 0 || a[i] != b[j] {
			return false
		}
		same++
		i--
		j--
	}
	return true
}

// textDigits is what transposed and digitSlip need of a figure's text to
// be possible at all, read once per figure (valueLevel asks for every pair
// of a block): how many digits it has, and how many of each (transposed
// figures have the same digits; a count past 63 stops there, which can
// only let more pairs through to the full test).
type textDigits struct {
	n     int
	count uint64 // 6 bits for each digit 0-9
}

func digitsOf(s string) textDigits {
	var d textDigits
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			d.n++
			if shift := 6 * uint(c-'0'); d.count>>shift&63 < 63 {
				d.count += 1 << shift
			}
		}
	}
	return d
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

func transposed(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	var da, db []byte // the digits, in order
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		xd, yd := x >= '0' && x <= '9', y >= '0' && y <= '9'
		if xd != yd || !xd && x != y {
			return false // written otherwise, not only reordered
		}
		if xd {
			da, db = append(da, x), append(db, y)
		}
	}
	first := -1
	for k := range da {
		if da[k] != db[k] {
			first = k
			break
		}
	}
	k := first
	return k >= 0 && k+1 < len(da) && da[k] == db[k+1] && da[k+1] == db[k] && string(da[k+2:]) == string(db[k+2:])
}
