package facts

import (
	"math"
	"strconv"
	"strings"
)

// cand is a number on its way to becoming a fact: rules fill in its kind,
// unit and span; bounds, change and subject follow.
type cand struct {
	n    numSpan
	hi   *numSpan // the upper end of a range
	i, j int      // the tokens of the figure's text
	// numEnd is the token after the number and its unit, where the counted
	// noun phrase starts.
	numEnd  int
	kind    Kind
	unit    string
	value   float64
	low     *float64
	high    *float64
	bound   Bound
	subject string
	event   string
	scope   string // set by a reader that knows it (a table row's label), else read off the sentence
	measure string // set by a reader that knows it (a vote's majority), else the subject's head
	// contrasted: set against the figure before it, whose subject it shares
	// ("… against 27.1% for boys"): the phrase after it says whose it is
	contrasted bool
	change     string
	role       string
	from       float64
	hasFrom    bool
	date       string
	conf       float64
	rule       string
	// The figure as written where the money is normalised: 50 cent.
	writtenValue float64
	writtenUnit  string
	// side is "for" or "against" for one side of a vote's tally ("ruled
	// 7-2": 7 for, 2 against), tallyNoun what both sides count (markTallies).
	side, tallyNoun string
}

// maxFigure is the largest magnitude a figure in news can have (a
// quadrillion is 1e15); past it, digits are a code or noise, and scaling
// them could overflow to infinity.
const maxFigure = 1e21

// plausible reports whether the candidate's numbers are finite and within
// maxFigure.
func (c *cand) plausible() bool {
	limit := maxFigure
	if c.n.power {
		// A power of ten written out ("6.02×10²³") is meant, however large.
		limit = math.MaxFloat64
	}
	ok := func(v float64) bool { return !math.IsNaN(v) && math.Abs(v) < limit }
	if !ok(c.value) || c.low != nil && !ok(*c.low) || c.high != nil && !ok(*c.high) {
		return false
	}
	return c.kind == KindDate || !c.hasFrom || ok(c.from)
}

// Rule reads one kind of figure. Apply looks at a candidate in its sentence
// and, when the rule recognises it, fills in the candidate's kind, unit and
// span and reports true; rules are tried in order and the first that
// applies wins. A rule that recognises a number as a name rather than a
// figure (Article 5) applies with an empty kind, so the number is dropped.
type Rule interface {
	Name() string
	Apply(s *sent, c *cand) bool
}

// rules are tried in this order.
var rules = []Rule{
	notFigureRule{},
	yearRule{},
	moneyRule{},
	percentRule{},
	quantityRule{},
	durationRule{},
	ordinalRule{},
	countRule{},
}

// finish sets what every kind shares: the bound and interval from the
// hedges around the figure, the change, the subject, and confidence.
func (s *sent) finish(c *cand, kind Kind) {
	c.kind = kind
	if c.numEnd == 0 {
		c.numEnd = c.j
	}
	if c.conf == 0 {
		c.conf = 1
	}
	if s.bracketedChange(c) {
		// "the Conservatives 121 (-251)", "28.4% (-2.8, 100)": a signed
		// figure in brackets after another is its change since the last
		// count, down by its size, not a level below zero
		c.n.value, c.n.negative = -c.n.value, false
		c.change, c.role = "down", "by"
	}
	c.value = c.n.value
	if s.brokenDecimal(c) {
		c.conf = min(c.conf, 0.5)
	}
	s.bounds(c)
	s.change(c)
	s.subject(c)
	// "60 people or more": the hedge follows the counted noun.
	if c.bound == BoundExact && c.j > c.numEnd {
		if b, k := matchAfter(s, c.j, boundsAfterByFirst); k >= 0 && (b == BoundAtLeast || b == BoundAtMost) {
			c.bound, c.j = b, k
			if b == BoundAtLeast {
				c.high = nil
			} else {
				c.low = nil
			}
		}
	}
}

// bracketedChange reports a negative figure that opens a bracket right
// after another figure: "121 (-251)", "19.8% (-3.5, 70)".
func (s *sent) bracketedChange(c *cand) bool {
	t := s.toks
	i := c.n.i
	if !c.n.negative || i < 2 || t[i].text != "-" || t[i].space || t[i-1].text != "(" {
		return false
	}
	p := &t[i-2]
	return p.kind == tokNum || p.text == "%"
}

// brokenDecimal reports a figure on either side of a dot that stands
// between two numbers, against the first and a space before the second:
// "51. 59%" is 51.59% with a slip of the keyboard, or two sentences; the
// tool cannot tell which, and says so.
func (s *sent) brokenDecimal(c *cand) bool {
	return brokenDecimalAt(s.toks, c.i-1) || brokenDecimalAt(s.toks, c.numEnd)
}

// brokenDecimalAt reports a dot at token dot against the number before it
// and spaced from the number after it: "51. 59%". splitSentences keeps
// such a dot inside its sentence.
func brokenDecimalAt(t []token, dot int) bool {
	return dot >= 1 && dot+1 < len(t) && t[dot].text == "." && !t[dot].space &&
		t[dot-1].kind == tokNum && t[dot+1].kind == tokNum && t[dot+1].space
}

// bounds reads the hedge before and after the figure and sets the interval.
func (s *sent) bounds(c *cand) {
	v := c.value
	switch {
	case c.hi != nil && c.hi.value >= v:
		c.bound = BoundRange
		c.low, c.high = s.ptr(v), s.ptr(c.hi.value)
		return
	case c.hi != nil:
		// A range whose ends came out reversed was misread: keep the
		// lower end's figure, marked uncertain, rather than a wrong interval.
		c.hi = nil
		c.conf = 0.5
	case c.n.vague:
		c.bound = BoundRange
		c.low, c.high = s.ptr(c.n.low), s.ptr(c.n.high)
		return
	}
	c.bound = BoundExact
	if c.n.approx {
		c.bound = BoundApprox
	}
	if b, k := matchBefore(s, c.i, boundsBeforeByLast); k >= 0 && !(b == BoundApprox && s.word(k) == "some" && c.n.bareOne) {
		first, prev := s.word(k), s.word(k-1)
		switch {
		case first == "over" && (c.kind == KindDuration || particleVerbs[prev]):
			// "over three days" is a span; "handed over 1,000" a particle.
		case first == "up" && s.upParticle(k):
			// "edged up to 3.9%" is a change to a level, not a bound.
		default:
			c.bound, c.i = b, k
		}
	}
	if b, k := matchAfter(s, c.j, boundsAfterByFirst); k >= 0 {
		c.bound = b
		if c.numEnd == c.j {
			c.numEnd = k
		}
		c.j = k
	} else if k := c.numEnd; c.bound == BoundExact && k+1 < len(s.toks) && s.toks[k].text == "-" && !s.toks[k].space && !s.toks[k+1].space && s.word(k+1) == "plus" {
		// "40-plus countries", "$1.5 million-plus"
		c.bound = BoundAtLeast
		if c.j == c.numEnd {
			c.j = k + 2
		}
		c.numEnd = k + 2
	}
	// "the toll climbed past 1,000": past a figure, after a verb of
	// change, is more than it ("the past 10 years" is no bound)
	if c.bound == BoundExact && c.i >= 2 && s.word(c.i-1) == "past" {
		if _, ok := changeWordIDs.get(s.toks[c.i-2].id); ok {
			c.bound = BoundMoreThan // the text keeps to the figure: "soared" is no change by it
		}
	}
	// "Crude oil passes $94 a barrel", "inflation topped 10%": a price or
	// rate that passes a mark is above it (a count passed is most often
	// passed over: "passed 3 exams")
	if c.bound == BoundExact && c.i >= 1 && passVerbIDs.has(s.id(c.i-1)) && (c.kind == KindMoney || c.kind == KindPercent || c.kind == KindQuantity) {
		c.bound = BoundMoreThan
	}
	// "more than 5000 or equal to": the strict bound takes its end in.
	if (c.bound == BoundMoreThan || c.bound == BoundLessThan) && s.word(c.j) == "or" && s.word(c.j+1) == "equal" &&
		!(c.j+3 < len(s.toks) && s.toks[c.j+3].kind == tokNum) {
		if c.bound == BoundMoreThan {
			c.bound = BoundAtLeast
		} else {
			c.bound = BoundAtMost
		}
		c.j += 2
		if s.word(c.j) == "to" {
			c.j++
		}
	}
	switch c.bound {
	case BoundAtLeast, BoundMoreThan:
		c.low = s.ptr(v)
	case BoundAtMost, BoundLessThan:
		c.high = s.ptr(v)
	default:
		c.low, c.high = s.ptr(v), s.ptr(v)
	}
}

// passVerbs before a price, rate or measure make it a mark passed.
var passVerbs = map[string]bool{
	"passes": true, "passed": true, "passing": true, "topped": true, "tops": true, "topping": true,
	"surpassed": true, "surpasses": true, "exceeded": true, "exceeds": true, "breached": true,
}

// matchBefore finds the longest phrase of list that ends just before token
// i, and returns its bound and first token, or -1.
func matchBefore(s *sent, i int, list hedgeIndex) (Bound, int) {
	best, bestK := Bound(""), -1
	if i == 0 {
		return best, bestK
	}
	// Only the phrases that end in the word before the figure can match.
	for _, p := range list.at(s.toks[i-1].id) {
		k := i - len(p.words)
		if k < 0 || k <= bestK && bestK >= 0 && len(p.words) <= i-bestK {
			continue
		}
		ok := true
		for x, w := range p.words {
			if s.toks[k+x].text != w {
				ok = false
				break
			}
		}
		if ok && (bestK < 0 || k < bestK) {
			best, bestK = p.bound, k
		}
	}
	return best, bestK
}

// matchAfter finds the longest phrase of list that starts at token j, and
// returns its bound and the token after it, or -1.
func matchAfter(s *sent, j int, list hedgeIndex) (Bound, int) {
	best, bestK := Bound(""), -1
	if j >= len(s.toks) {
		return best, bestK
	}
	// Only the phrases that start with the word after the figure can match.
	for _, p := range list.at(s.toks[j].id) {
		if j+len(p.words) > len(s.toks) {
			continue
		}
		ok := true
		for x, w := range p.words {
			if s.toks[j+x].text != w {
				ok = false
				break
			}
		}
		// "+" must touch the number: "50+"; "5000 or less than 6000" is
		// two figures, not a hedge.
		if ok && p.words[0] == "+" && s.toks[j].space {
			ok = false
		}
		// A hedge is never followed by another figure: "above 1000 and
		// below 1500", "more than 5000 or equal to 6000".
		if ok {
			after := j + len(p.words)
			if after < len(s.toks) && s.toks[after].text == "than" {
				after++
			}
			if after < len(s.toks) && (s.toks[after].kind == tokNum || s.toks[after].class&clsNumber != 0 && s.toks[after].text != "a" && s.toks[after].text != "an") {
				ok = false
			}
			if ok && after+1 < len(s.toks) && (s.toks[after].text == "a" || s.toks[after].text == "an") && s.toks[after+1].class&clsNumber != 0 {
				ok = false // "below a half"
			}
		}
		if ok && j+len(p.words) > bestK {
			best, bestK = p.bound, j+len(p.words)
		}
	}
	return best, bestK
}

// joinRanges merges "20-25", "20 to 25", "between 20 and 25", "from 20 to
// 25" and "$5bn-$5.2bn" into one candidate; a score ("3-1 win") is marked
// to be dropped.
func (s *sent) joinRanges(cands *[]cand) {
	cs := *cands
	out := cs[:0]
	// keep moves the candidate at x, changed in place, to the end of out
	// (where it already is until a range has been joined): 400-byte
	// cands are copied only when they must move.
	keep := func(x int) {
		if n := len(out); n == x {
			out = out[:n+1]
		} else {
			out = append(out, cs[x])
		}
	}
	for x := 0; x < len(cs); x++ {
		c := &cs[x]
		if x+1 < len(cs) {
			d := &cs[x+1]
			if lo, ok := s.rangeBetween(c, d); ok {
				hi := d.n
				// "5-6bn": the scale of the upper end is the lower's too —
				// but not in "$450,000 to $1.2 million" (the lower end has
				// its thousands) nor in "$300 to $2 million" (the range
				// would run downwards).
				if scaleSpreads(c.n, hi) && !math.IsNaN(c.n.value) {
					c.n.value *= hi.mult
					c.n.precision *= hi.mult
					c.n.mult = hi.mult
				}
				yearSpan := isYear(&s.toks[c.n.i]) && s.toks[hi.i].intDigits == 2 // "2023-24"
				if c.n.value > hi.value && lo >= 0 && rangeVerbs[s.word(lo-1)] {
					// "temperatures ranged from -18C to -34C": the words
					// say range, whichever end is written first.
					c.n.value, hi.value = hi.value, c.n.value
				}
				if !(c.n.value <= hi.value) && !math.IsNaN(c.n.value) && !yearSpan {
					keep(x)
					continue
				}
				c.hi = s.span(hi)
				c.j = d.j
				if lo >= 0 {
					c.i = lo
				}
				keep(x)
				x++
				continue
			}
		}
		keep(x)
	}
	*cands = out
}

// rangeBetween reports whether c and d form a range, and the token where a
// "between" or "from" opening it stands (-1 if none). The unit may be
// written on both ends ("15% to 20%", "35 cents to 56 cents", "$5bn-$5.2bn");
// a change ("rose from 20 to 25") or a jump of an order of magnitude ("from
// 20 to 1,140") is not a range, nor are two years joined by a word.
func (s *sent) rangeBetween(c, d *cand) (int, bool) {
	a, b := c.n, d.n
	if c.side != "" || a.ordinal || b.ordinal || a.share || b.share || a.vague || b.vague {
		return -1, false
	}
	gap := s.toks[a.j:b.i]
	// A currency symbol before the upper end must stand before the lower
	// end too: "$5bn-$5.2bn", but not "2024 to $212.1bn".
	if n := len(gap); n >= 2 && gap[n-1].kind == tokSym && currencySymbolIDs.at(gap[n-1].id) != "" {
		if a.i == 0 || s.toks[a.i-1].text != gap[n-1].text {
			return -1, false
		}
		gap = gap[:n-1]
	}
	if len(gap) == 0 {
		return -1, false
	}
	// The unit of the lower end, repeated after the upper end.
	if unit := gap[:len(gap)-1]; len(unit) > 0 {
		if b.j+len(unit) > len(s.toks) || len(unit) > 3 {
			return -1, false
		}
		for x := range unit {
			if s.toks[b.j+x].text != unit[x].text {
				return -1, false
			}
		}
	}
	sep := gap[len(gap)-1].text
	year := func(n numSpan) bool {
		return n.plainInt && s.toks[n.i].intDigits == 4 && n.value >= 1000 && n.value <= 2100
	}
	switch sep {
	case "-", "–", "—":
		// "2020-21": a span of years.
		if a.plainInt && b.plainInt && isYear(&s.toks[a.i]) && s.toks[b.i].intDigits == 2 && b.value > math.Mod(a.value, 100) {
			return -1, true
		}
		if a.plainInt && b.plainInt && isScore(s, c, d) {
			c.n.value = math.NaN() // marks a score for notFigureRule
			return -1, true
		}
		// Written numbers joined by a hyphen are a compound, not a range.
		if !a.digits || !b.digits || !ascending(a, b) {
			return -1, false
		}
		return -1, true
	case "to", "through", "thru", "~":
		if sep == "~" && (gap[0].space || s.toks[b.i].space) {
			return -1, false
		}
		if sep == "to" && s.voteSplit(c, d) {
			return -1, false
		}
		if year(a) && year(b) {
			return -1, false
		}
		if k := a.i - 1; k >= 0 && (s.toks[k].text == "from" || currencySymbolIDs.at(s.toks[k].id) != "" && k > 0 && s.toks[k-1].text == "from") {
			if s.toks[k].text != "from" {
				k--
			}
			if s.changeBefore(k) {
				return -1, false
			}
			// "from 200 to 3000000": the words say range, whatever the
			// spread; "ranged from -18C to -34C" whatever the order.
			return k, a.value < b.value || scaleSpreads(a, b) || rangeVerbs[s.word(k-1)]
		}
		if !ascending(a, b) {
			return -1, false
		}
		return -1, true
	case "and":
		if year(a) && year(b) {
			return -1, false
		}
		k := a.i - 1
		if k > 0 && currencySymbolIDs.at(s.toks[k].id) != "" {
			k--
		}
		if k >= 0 && s.toks[k].text == "between" && a.value < b.value {
			return k, true
		}
	}
	return -1, false
}

// tallyVerbs move a count a clause names to a new level: "taking the
// number of dead from 125 to 149", "bringing the toll from 9 to 12".
var tallyVerbs = map[string]bool{
	"taking": true, "took": true, "bringing": true, "brought": true, "pushing": true, "pushed": true,
	"raising": true, "raised": true, "lifting": true, "lifted": true, "putting": true,
}

// changeBefore reports a change word right before the "from" at token k
// ("rose from 20 to 25"), or a verb that moves a tally with its object
// between ("taking the number of dead from 125 to 149"), within the clause.
func (s *sent) changeBefore(k int) bool {
	if _, isChange := changeWords[s.word(k-1)]; isChange {
		return true
	}
	for x := k - 1; x >= 0 && x >= k-6; x-- {
		t := &s.toks[x]
		if t.kind != tokWord {
			return false
		}
		if tallyVerbs[t.text] {
			return true
		}
		// "lowered its forecast from 3.1% to 2.8%": the verb's object
		// between the change and "from" ("up" and "down" only next to it)
		if dir, ok := changeWords[t.text]; ok && dir != "" && x < k-1 && verbChange(t.text) {
			return true
		}
	}
	return false
}

// verbChange reports a change word that is a verb, which may stand before
// its object ("cut its forecast from"), not an adverb or adjective that
// changes only what follows it ("up", "higher").
func verbChange(w string) bool {
	switch w {
	case "up", "down", "higher", "lower", "upwards", "upward", "downwards", "downward", "losses":
		return false
	}
	return true
}

// voteSplit reports two shares joined by "to" that divide a whole between
// two sides, a vote's result rather than a range: "the Yes trailed the No
// by 46% to 54%", "a 55 per cent to 45 per cent victory". The two make
// about 100, and "by" stands before them or a word of a result after.
func (s *sent) voteSplit(c, d *cand) bool {
	a, b := c.n.value, d.n.value
	if sum := a + b; sum < 98 || sum > 102 || !s.percentNear(c.n.j) || !s.percentNear(d.n.j) {
		return false
	}
	if s.word(c.i-1) == "by" {
		return true
	}
	for k := d.n.j; k < d.n.j+4 && k < len(s.toks); k++ {
		if resultNounIDs.has(s.id(k)) {
			return true
		}
	}
	return false
}

// percentNear reports a percent sign or word ending at or starting at
// token k, the end of a number.
func (s *sent) percentNear(k int) bool {
	return s.word(k-1) == "%" || s.word(k) == "%" || s.word(k) == "percent" || s.word(k) == "per" && s.word(k+1) == "cent"
}

// resultNouns after two shares of a whole make them a vote's result.
var resultNouns = map[string]bool{
	"victory": true, "win": true, "margin": true, "defeat": true, "vote": true, "result": true,
	"split": true, "majority": true, "verdict": true, "decision": true,
}

// ascending reports whether b can close a range opened by a: larger, but
// not by an order of magnitude (unless b alone carries the scale: "5-6bn").
func ascending(a, b numSpan) bool {
	if scaleSpreads(a, b) {
		return true
	}
	return a.value < b.value && (a.value <= 0 || b.value/a.value < 10)
}

// scaleSpreads reports whether the scale of a range's upper end b ("6bn",
// "three thousand") is the lower end's too: a has no scale of its own, no
// thousands written out (450,000), and the range stays ordered once the
// scale spreads (not "$300 to $2 million").
func scaleSpreads(a, b numSpan) bool {
	if b.mult <= 1 || a.mult > 1 || a.scaled {
		return false
	}
	if math.Abs(a.value) >= 1000 {
		return false
	}
	return a.value*b.mult < b.value
}

// mergeBounds joins a lower and an upper bound said together into one
// range: "more than 10 and less than 40", "at most 100 and at least 20".
func (s *sent) mergeBounds(cands []cand) {
	prev := -1
	for x := range cands {
		c := &cands[x]
		if c.kind == "" {
			continue
		}
		if prev >= 0 {
			p := &cands[prev]
			if p.kind == c.kind && p.unit == c.unit && p.j <= c.i && joinsBounds(s.toks[p.j:c.i]) {
				lo, hi := p, c
				if isUpper(p.bound) && isLower(c.bound) {
					lo, hi = c, p
				}
				if isLower(lo.bound) && isUpper(hi.bound) && *lo.low < *hi.high {
					p.low, p.high = lo.low, hi.high
					p.value = *lo.low
					p.bound = BoundRange
					p.j = c.j
					c.kind = ""
					prev = -1
					continue
				}
			}
		}
		prev = x
	}
}

func isLower(b Bound) bool { return b == BoundAtLeast || b == BoundMoreThan }
func isUpper(b Bound) bool { return b == BoundAtMost || b == BoundLessThan }

// joinsBounds reports whether the tokens between two bounds join them:
// "and", "but", a comma.
func joinsBounds(gap []token) bool {
	switch len(gap) {
	case 1:
		return gap[0].text == "and" || gap[0].text == "but" || gap[0].text == ","
	case 2:
		return gap[0].text == "," && (gap[1].text == "and" || gap[1].text == "but")
	}
	return false
}

// isScore reports whether "3-1" is a match score: small whole numbers with
// the first not below the second, or a word of sport nearby.
func isScore(s *sent, c, d *cand) bool {
	a, b := c.n.value, d.n.value
	if a > 200 || b > 200 {
		return false
	}
	for k := c.i - 3; k < d.j+3; k++ {
		if scoreWordIDs.has(s.id(k)) {
			return true
		}
	}
	return a <= 20 && b <= 20 && a >= b
}

// weekNumber reports the number of a week of the year, a label: "23
// cases in week 40 (30 September to 6 October)", "in epidemiological weeks
// 41 and 42". A count follows "week" only with its noun ("last week 40
// people died"), and a week's number is at most 53.
func weekNumber(t []token, n numSpan) bool {
	if !n.plainInt || n.value < 1 || n.value > 53 {
		return false
	}
	isWeek := func(k int) bool { return k >= 0 && (t[k].text == "week" || t[k].text == "weeks") }
	p := n.i - 1
	// "weeks 41 and 42": the second number of a pair of week numbers
	if p >= 2 && (t[p].text == "and" || t[p].text == "to" || t[p].text == "-") && t[p-1].kind == tokNum && isWeek(p-2) {
		p = p - 2
	}
	if !isWeek(p) {
		return false
	}
	return n.j >= len(t) || t[n.j].kind != tokWord || t[n.j].text == "and" || t[n.j].text == "of" || t[n.j].text == "to"
}

// notFigureRule drops numbers that are names, times, scores, phone numbers
// or house numbers, and the indefinite "one" of "one of the officials".
type notFigureRule struct{}

func (notFigureRule) Name() string { return "not-figure" }

func (notFigureRule) Apply(s *sent, c *cand) bool {
	n := c.n
	if math.IsNaN(n.value) || math.IsInf(n.value, 0) {
		return true
	}
	t := s.toks
	if isISODate(t, n.i) {
		return false // a date, for the year rule
	}
	if n.digits {
		first := &t[n.i]
		if first.kind == tokPunct && n.i+1 < n.j {
			first = &t[n.i+1]
		}
		prev := n.i - 1
		// Attached to letters: G7, MH17, A320; or through a hyphen: F-16,
		// COVID-19, Su-25 (but mid-2022 is a year).
		if prev >= 0 && !first.space && !n.negative {
			pt := &t[prev]
			if pt.kind == tokWord && !currencyCodeRaw.at(pt) && currencySymbolIDs.at(pt.id) == "" && !(pt.raw == "R" && s.randAmount(n)) && !isCurrencyPrefix(t, prev) {
				return true
			}
			// "scp2-173m": a code of letters and digits joined by hyphens.
			if pt.text == "-" && prev > 1 && !pt.space && t[prev-1].kind == tokNum && !t[prev-1].space && t[prev-2].kind == tokWord {
				return true
			}
			if (pt.text == "-" || pt.text == "–") && prev > 0 && !pt.space && t[prev-1].kind == tokWord {
				w := t[prev-1].text
				if w != "mid" && w != "early" && w != "late" && w != "pre" && w != "post" && w != "sub" && cardinals[w] == 0 && !singleBoundIDs.has(t[prev-1].id) && !unitBeforeFigure[w] {
					return true
				}
			}
			if pt.text == "#" || pt.text == "+" && n.plainInt {
				return true
			}
		}
		if weekNumber(t, n) {
			return true
		}
		// Article 5, No. 10, Resolution 2231, Boeing 737, Route 66.
		if p := prev; p >= 0 {
			if t[p].text == "." && p > 0 {
				p--
			}
			if t[p].kind == tokWord && nameWordIDs.has(t[p].id) && (t[p].upper || t[p].text == "no" || t[p].text == "no.") && !t[p].allUpper {
				return true
			}
			// "tier 1 ratio", "type 2 poliovirus" (not "at this stage 40
			// people": a plural after it is counted)
			if t[p].kind == tokWord && classWordIDs.has(t[p].id) && p == n.i-1 && n.plainInt && n.value < 100 && c.hi == nil &&
				!(n.j < len(t) && t[n.j].kind == tokWord && isPluralNoun(t[n.j].text)) {
				return true
			}
			if t[p].kind == tokWord && t[p].allUpper && len(t[p].raw) <= 4 && n.plainInt && !isCurrencyCode(t[p].raw) && t[p].text != "us" && !isCurrencyPrefix(t, p) {
				return true
			}
		}
		// Clock times: 10:30, 3pm, 10.30 a.m.
		if n.j < len(t) {
			nt := &t[n.j]
			if nt.text == ":" && !nt.space && n.j+1 < len(t) && t[n.j+1].kind == tokNum && !t[n.j+1].space {
				return true
			}
			if timeWordIDs.has(nt.id) && !n.scaled && (t[n.i].decimals < 0 || t[n.i].decimals == 2) {
				return true
			}
		}
		if prev >= 0 && t[prev].text == ":" && !t[prev].space && prev > 0 && t[prev-1].kind == tokNum {
			return true
		}
		// "China, 38, and Japan, 27": a number set off by commas after
		// a name that apposedAge does not read as a person's age (an
		// acronym, a date word) is no figure.
		if n.plainInt && n.value < 120 && prev > 0 && t[prev].text == "," && t[prev-1].kind == tokWord && t[prev-1].upper &&
			n.j < len(t) && t[n.j].text == "," && !s.apposedAge(c) {
			return true
		}
		// "S&P 500", "737 MAX": a letter before, a model code after.
		if prev >= 0 && t[prev].kind == tokWord && len(t[prev].raw) == 1 && t[prev].upper && n.plainInt && t[prev].text != "a" && t[prev].text != "i" && !(t[prev].raw == "R" && s.randAmount(n)) && !isCurrencyPrefix(t, prev) {
			return true
		}
		// Dotted initials are a place, never a model: "$157 U.S. a share".
		if n.j < len(t) && t[n.j].kind == tokWord && t[n.j].allUpper && len(t[n.j].raw) >= 3 && !isCurrencyCode(t[n.j].raw) && n.plainInt && strings.IndexByte(t[n.j].raw, '.') < 0 {
			if _, isUnit := unitWordRaw.get(&t[n.j]); !isUnit {
				return true
			}
		}
		// Phone numbers and codes: a leading zero, or a run of digit groups.
		if prev >= 0 && t[prev].kind == tokNum && len(t[prev].raw) >= 3 && t[prev].raw[0] == '0' && t[prev].decimals < 0 {
			return true
		}
		if first.kind == tokNum && len(first.raw) >= 3 && first.raw[0] == '0' && first.decimals < 0 {
			return true
		}
		if n.plainInt && isDigitRun(t, n.i, n.j) {
			return true
		}
		// "24/7", "9/11", "1/0": numbers joined by a slash that make no
		// fraction or date are a name or a code.
		if n.j+1 < len(t) && t[n.j].text == "/" && !t[n.j].space && t[n.j+1].kind == tokNum && !t[n.j+1].space && n.plainInt {
			return true
		}
		if prev > 0 && t[prev].text == "/" && !t[prev].space && !first.space && t[prev-1].kind == tokNum && n.plainInt {
			return true
		}
		// "192.168.1.2", "v2.3.1": a dotted run of numbers is an address
		// or a version.
		if n.j+1 < len(t) && t[n.j].text == "." && !t[n.j].space && t[n.j+1].kind == tokNum && !t[n.j+1].space {
			return true
		}
		if prev > 0 && t[prev].text == "." && !first.space && t[prev-1].kind == tokNum && !t[prev].space {
			return true
		}
		// "5G", "4G": a generation of networks, not grams.
		if n.j < len(t) && t[n.j].raw == "G" && !t[n.j].space && n.plainInt {
			return true
		}
		// "24703L202": digits, letters, digits make a code.
		if n.j+1 < len(t) && t[n.j].kind == tokWord && !t[n.j].space && t[n.j+1].kind == tokNum && !t[n.j+1].space {
			if _, power := unitWords[t[n.j].text+t[n.j+1].text]; !power { // but "24703m2" is square metres
				return true
			}
		}
		// Models, clubs, indexes and house numbers.
		if s.isNameNumber(c) {
			return true
		}
	}
	// "Three Mile Island", "Seven Sisters": a capitalised number word in a
	// run of capitalised words, mid-sentence.
	if n.written && n.i > 0 && t[n.i].upper && n.j < len(t) && t[n.j].upper && t[n.j].kind == tokWord && !t[n.j].allUpper {
		return true
	}
	// "one of the officials", "one option", "no one", "one another".
	if n.bareOne {
		next := s.word(n.j)
		if next == "of" || next == "another" || s.word(n.i-1) == "no" || next == "or" || next == "way" {
			return true
		}
	}
	return false
}

// hedgeIndex holds a list of hedge phrases by the word they end in
// (boundsBefore) or start with (boundsAfter), each word's phrases in the
// list's order: matchBefore and matchAfter try only those.
type hedgeIndex = wordTable[[]boundPhrase]

func newHedgeIndex(list []boundPhrase, edge func(p boundPhrase) string) hedgeIndex {
	ix := map[string][]boundPhrase{}
	for _, p := range list {
		ix[edge(p)] = append(ix[edge(p)], p)
	}
	return tableOf(ix)
}

var (
	boundsBeforeByLast = newHedgeIndex(boundsBefore, func(p boundPhrase) string { return p.words[len(p.words)-1] })
	boundsAfterByFirst = newHedgeIndex(boundsAfter, func(p boundPhrase) string { return p.words[0] })
)

// particleVerbs take "over" as a particle: "handed over 1,000 prisoners".
var particleVerbs = map[string]bool{
	"handed": true, "hand": true, "hands": true, "handing": true, "turned": true, "turn": true,
	"turning": true, "passed": true,
	"signed": true, "gave": true, "given": true, "fought": true, "argued": true, "clashed": true,
	"paid": true, "carried": true, "brought": true,
}

// isChangeVerb reports a verb of drift (edged, moved, ticked) before "up
// to": "edged up to 3.9%" is a change to a level, where "rose up to" and
// "dropped up to 70mm" are bounds.
func isChangeVerb(w string) bool {
	switch w {
	case "edged", "moved", "went", "gone", "goes", "go", "going", "edges", "moves", "ticks", "inches", "shoots", "creeps", "crept", "ticked", "inched", "shot", "pushed", "revised", "revises", "revise", "revising", "marked", "bumped":
		return true
	}
	return false
}

// isCurrencyPrefix reports whether word k is a currency written before an
// amount: "RM" of "RM120", "US" of "$US50m".
func isCurrencyPrefix(t []token, k int) bool {
	return letterCurrencyRaw.at(&t[k]) != "" || dollarPrefixRaw.at(&t[k]) != "" && k > 0 && t[k-1].text == "$" && !t[k].space
}

// isCurrencyCode reports an ISO code, or one with an M for millions (MUSD).
func isCurrencyCode(raw string) bool {
	return currencyCodes[raw] || len(raw) == 4 && raw[0] == 'M' && currencyCodes[raw[1:]]
}

// isStreetName reports a one-word street name: "Maximilianstrasse".
func isStreetName(w string) bool {
	for _, suf := range []string{"strasse", "straße", "street", "gasse", "weg", "platz", "laan", "straat"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isDigitRun reports a run of three or more digit groups joined by spaces,
// hyphens or brackets with seven or more digits in all: a phone number.
func isDigitRun(t []token, i, j int) bool {
	plain := func(k int) bool { return t[k].kind == tokNum && t[k].decimals < 0 && !t[k].grouped }
	sep := func(k int) bool { return t[k].text == "-" || t[k].text == ")" || t[k].text == "(" || t[k].text == "/" }
	lo, hi := i, j
	for steps := 0; steps < 8; steps++ {
		if lo-1 >= 0 && plain(lo-1) {
			lo--
		} else if lo-2 >= 0 && sep(lo-1) && plain(lo-2) {
			lo -= 2
		} else {
			break
		}
	}
	for steps := 0; steps < 8; steps++ {
		if hi < len(t) && plain(hi) {
			hi++
		} else if hi+1 < len(t) && sep(hi) && plain(hi+1) {
			hi += 2
		} else {
			break
		}
	}
	groups, digits := 0, 0
	for k := lo; k < hi && k < len(t); k++ {
		if t[k].kind == tokNum {
			groups++
			digits += len(t[k].text)
		}
	}
	if lo > 0 && (t[lo-1].text == "+" || t[lo-1].text == "(") {
		groups++
	}
	return groups >= 3 && digits >= 7
}

// yearRule reads a bare four-digit number in date position as a year, and
// "the 1990s" as a decade.
type yearRule struct{}

func (yearRule) Name() string { return "year" }

func (yearRule) Apply(s *sent, c *cand) bool {
	n := c.n
	if !n.plainInt || c.hi != nil && !c.hi.plainInt {
		return false
	}
	v := n.value
	if v < 1000 || v > 2100 || s.toks[n.i].intDigits != 4 {
		return false
	}
	t := s.toks
	// ISO dates: 2024-03-15.
	if isISODate(t, n.i) {
		c.j = n.j + 4
		b := append(s.w.npBuf[:0], t[n.i].raw...)
		b = append(append(b, '-'), t[n.j+1].raw...)
		b = append(append(b, '-'), t[n.j+3].raw...)
		s.w.npBuf = b
		c.date = s.phraseText(b, n.i) // the text itself, as written
		c.kind = KindDate
		c.conf = 1
		return true
	}
	// Decades: 1990s.
	if n.j < len(t) && t[n.j].text == "s" && !t[n.j].space && math.Mod(v, 10) == 0 {
		c.j = n.j + 1
		c.date = strconv.Itoa(int(v) / 10)
		c.date += "X"
		c.kind = KindDate
		c.conf = 1
		return true
	}
	// "the 1500b packet", "of 1500 b": a unit makes it a measure.
	if n.j < len(t) && t[n.j].kind == tokWord && t[n.j].text != "s" && (!t[n.j].space || t[n.j].raw == "b" && spacedLetterUnit(s, n.j)) {
		if _, ok := unitWordRaw.get(&t[n.j]); ok {
			return false
		}
		if _, ok := unitWordIDs.get(t[n.j].id); ok {
			return false
		}
	}
	prev, prevID := s.word(n.i-1), s.id(n.i-1)
	if n.i > 0 && t[n.i-1].text == "-" && n.i > 1 {
		prev, prevID = s.word(n.i-2), s.id(n.i-2)
	}
	next := s.word(n.j)
	// "297,438 cases and 1706 deaths": after "and" (a date preposition
	// of "between 1990 and 2000") an event's noun still counts
	if (prev == "and" || prev == ",") && (eventNouns[next] || isKnownCountNoun(next)) && !(n.i >= 2 && isYear(&t[n.i-2])) {
		return false // (not "between 1990 and 2000 deaths fell": a span of years)
	}
	// A quantity word after it makes it a count: "2000 people", "1500
	// troops" — unless a date preposition says otherwise.
	if !datePrepositionIDs.has(prevID) {
		if _, ok := unitWordIDs.get(s.id(n.j)); ok {
			return false
		}
		if _, ok := currencyWords[next]; ok {
			return false
		}
		if next == "%" || next == "percent" || next == "per" {
			return false
		}
		if singleBoundIDs.has(prevID) || prev == "least" || prev == "than" || prev == "to" || prev == "$" || currencySymbols[prev] != "" {
			return false
		}
		if v < 1900 && !(s.word(n.i-1) == "" || t[n.i-1].upper) {
			return false
		}
		if n.j < len(t) && t[n.j].kind == tokWord && isPlural(next) && !t[n.j].upper && s.is(n.j+1, clsEvent) {
			return false
		}
		if isKnownCountNoun(next) {
			return false
		}
	}
	c.kind = KindDate
	c.date = s.w.strs.itoa(int(v))
	if c.hi != nil {
		hv := c.hi.value
		if hv < 100 {
			hv += math.Floor(v/100) * 100
		}
		c.date = s.w.strs.concat(c.date, "/", strconv.Itoa(int(hv)))
	}
	c.conf = 1
	return true
}

// isISODate reports a date written 2024-03-15 starting at token i.
func isISODate(t []token, i int) bool {
	j := i + 1
	return j+3 < len(t) && t[i].kind == tokNum && t[i].intDigits == 4 && t[j].text == "-" && t[j+2].text == "-" &&
		!t[j].space && !t[j+1].space && !t[j+2].space && !t[j+3].space &&
		t[j+1].kind == tokNum && t[j+1].intDigits == 2 && t[j+3].kind == tokNum && t[j+3].intDigits == 2 &&
		t[j+1].num >= 1 && t[j+1].num <= 12 && t[j+3].num >= 1 && t[j+3].num <= 31
}

func isPlural(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// isKnownCountNoun reports nouns that follow a count far more often than a
// year: "2000 people".
func isKnownCountNoun(w string) bool {
	switch w {
	case "people", "persons", "troops", "soldiers", "civilians", "residents", "homes", "houses",
		"children", "workers", "jobs", "families", "cases", "patients", "students", "votes",
		"migrants", "refugees", "prisoners", "drones", "missiles", "rockets", "tanks", "vehicles",
		"buildings", "staff", "employees", "members", "protesters", "fighters", "officers",
		"passengers", "deaths", "units", "flights", "households", "acres", "hectares", "kilometres",
		"miles", "tonnes", "barrels", "more", "others", "new", "additional", "extra":
		return true
	}
	return false
}

// unitBeforeFigure are the units written before their figure, which a
// hyphen may join to it ("a magnitude-7.8 quake", "a category-4 storm"):
// no name, unlike F-16 or COVID-19.
var unitBeforeFigure = map[string]bool{"magnitude": true, "category": true}

// ordinalRule reads ordinals: 21st, third, twenty-first, second-largest.
type ordinalRule struct{}

func (ordinalRule) Name() string { return "ordinal" }

func (ordinalRule) Apply(s *sent, c *cand) bool {
	if !c.n.ordinal {
		return false
	}
	// "at first", "first reported": adverbs, not ordinals.
	if c.n.written && c.n.value == 1 {
		prev := s.word(c.n.i - 1)
		det := func(w string) bool {
			return w == "the" || w == "its" || w == "their" || w == "his" || w == "her" || w == "a" || w == "our" || strings.HasSuffix(w, "'s")
		}
		// "her historic first Budget", "the very first": an adjective
		// between the determiner and the ordinal (not "the company first
		// reported": a noun there is the clause's subject).
		if k := c.n.i - 1; k >= 1 && det(s.word(k-1)) && s.toks[k].kind == tokWord && !s.toks[k].upper && s.w.notNoun(prev) && !isPastVerb(prev) {
			prev = s.word(k - 1)
		}
		if prev == "at" || prev == "" || (!det(prev) && s.word(c.n.j) != "-") {
			return true
		}
	}
	// "the second" as "the second of March" is a date handled earlier.
	s.finish(c, KindOrdinal)
	c.bound, c.low, c.high = BoundExact, s.ptr(c.value), s.ptr(c.value)
	return true
}
