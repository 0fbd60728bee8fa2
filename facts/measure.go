package facts

import (
	"strings"

	"github.com/figcheck/figcheck/lexicon"
)

// A figure whose subject reader found no noun still often says what it
// measures through the words around it: a distance placed by "from" or
// "north of", a length "into the air", an amount named by the noun before
// "of" ("a cut of $1.2 million"), a span said of the verb it lasts ("closed
// for five days"). contextMeasure reads those into the measure alone: the
// subject stays as the subject reader left it, since these words say what
// kind of amount the figure is, not what it counts.

// lengthMeasures name the size a length gives by the word after it: "90 km
// from the village" is a distance, "9 km into the air" a height, "400
// metres below the surface" a depth.
var lengthMeasures = map[string]string{
	"north": "distance", "south": "distance", "east": "distance", "west": "distance",
	"northeast": "distance", "northwest": "distance", "southeast": "distance", "southwest": "distance",
	"north-east": "distance", "north-west": "distance", "south-east": "distance", "south-west": "distance",
	"from": "distance", "away": "distance", "off": "distance", "offshore": "distance", "inland": "distance",
	"upstream": "distance", "downstream": "distance", "outside": "distance", "short": "distance",
	"beyond": "distance",
	"below":  "depth", "beneath": "depth", "under": "depth", "underground": "depth", "deep": "depth",
	"underwater": "depth", "down": "depth",
	"above": "height", "high": "height", "tall": "height", "into": "height", "up": "height",
	"long": "length", "wide": "width", "across": "width", "thick": "thickness",
}

// intoHeights are what a length "into" rises to: "9 km into the air".
var intoHeights = map[string]bool{"air": true, "sky": true, "atmosphere": true, "stratosphere": true}

// lengthMeasure reads the size a length with no subject gives from the
// word after it.
func (s *sent) lengthMeasure(c *cand) string {
	if c.kind != KindQuantity || !isLengthUnit(c.unit) {
		return ""
	}
	j := s.afterConversion(c) // "1,200 ft (365 m) above the ground"
	m := lengthMeasures[s.word(j)]
	if m == "height" && s.word(j) == "into" {
		k := j + 1
		if determinerIDs.has(s.id(k)) {
			k++
		}
		if !intoHeights[s.word(k)] {
			return ""
		}
	}
	return m
}

// amountNouns before "of" name an amount of what follows them: "the
// number of people killed … climbed to 52", "bringing to 18,000 the number
// of people ordered to leave". Not for a share ("the proportion of
// entries … rose to 27.8%"): measured on the development story sets, a
// report's other mentions of the share name it by another head ("top
// grades"), and the measure then parts them.
var amountNouns = map[string]bool{"number": true, "total": true, "count": true, "tally": true}

// ofHeadStops are words before "of" that head no amount: "because of",
// "ahead of", "in excess of", "out of", "one of".
var ofHeadStops = map[string]bool{
	"because": true, "ahead": true, "instead": true, "excess": true, "out": true, "one": true,
	"each": true, "part": true, "rest": true, "top": true, "front": true, "none": true,
	"half": true, "any": true, "both": true, "all": true, "most": true, "some": true, "many": true,
	"worth": true, "short": true, "inside": true, "outside": true, "east": true, "west": true,
	"north": true, "south": true, "kind": true, "sort": true, "lot": true, "lots": true,
	"plenty": true, "couple": true, "range": true, "series": true, "list": true,
	"number": true, "total": true, "figure": true, "count": true, "sum": true, "tally": true,
	"majority": true, "upwards": true, "tune": true, "order": true, "region": true,
	"high": true, "low": true,
}

// ofHead reads the noun right before "of" and an amount of money or a
// percentage, which names what the figure is: "a gain of $3.43", "at a
// cost of about $16 million", "an increase of 2.4 per cent". Not for a
// count: there the noun names an aggregate ("group sales of about 10.5
// million", "last year's attendance of 195,000") where other reports name
// what is counted ("vehicles", "people"), and on the development story sets
// the measures then parted the same figure and joined different ones.
func (s *sent) ofHead(c *cand, cands []cand) string {
	if c.kind != KindMoney && c.kind != KindPercent {
		return ""
	}
	k := c.i - 1
	if s.word(k) != "of" || k < 1 {
		return ""
	}
	t := &s.toks[k-1]
	// "a cut of", "the rise of": a verb's form after a determiner is a noun
	noun := k >= 2 && determinerIDs.has(s.id(k-2))
	if t.kind != tokWord || t.upper || t.class&(clsSubjectStop|clsDeterminer|clsDate) != 0 ||
		ofHeadStops[t.text] || isStrayWord(t.text) || isNumberID(t.id) ||
		!noun && (isVerbish(t.text) || isPastVerb(t.text) || isIngForm(t.text)) ||
		strings.HasSuffix(t.text, "ly") || inFigure(cands, c, k-1) {
		return ""
	}
	if s.w.notNoun(t.text) {
		return ""
	}
	return singular(strings.TrimSuffix(t.text, "'s"))
}

// inFigure reports whether token k is part of a figure of the sentence
// other than self.
func inFigure(cands []cand, self *cand, k int) bool {
	for ci := range cands {
		o := &cands[ci]
		if o != self && o.kind != "" && k >= o.i && k < o.j {
			return true
		}
	}
	return false
}

// amountOf reads what "the number of" before or after a count counts, in
// its clause with no other figure between: "the number of people killed in
// Monday's bombing has climbed to at least 52", "bringing to 18,000 the
// number of people ordered to leave".
func (s *sent) amountOf(c *cand, cands []cand) string {
	if c.kind != KindCount {
		return ""
	}
	head := func(k int) string {
		// k is the amount noun; "of" follows it. The head is the noun
		// after a determiner and a hyphenated modifier ("the number of
		// A-level entries" counts entries).
		n := k + 2
		if s.word(n+1) == "-" && n+2 < len(s.toks) && s.toks[n+2].kind == tokWord {
			n += 3
		} else if determinerIDs.has(s.id(n)) {
			n++
		}
		if n >= len(s.toks) || s.toks[n].kind != tokWord || s.toks[n].class&clsSubjectStop != 0 || isPastVerb(s.word(n)) {
			return ""
		}
		return singular(s.word(n))
	}
	// after: "to 18,000 the number of people"
	k := c.j
	if determinerIDs.has(s.id(k)) && amountNounIDs.has(s.id(k+1)) && s.word(k+2) == "of" {
		return head(k + 1)
	}
	// before, in the clause: back to a clause break or another figure
	for k = c.i - 1; k >= 1 && c.i-k <= 24; k-- {
		w := s.word(k)
		if w == ";" || w == ":" || w == "." || inFigure(cands, c, k) {
			return ""
		}
		if amountNounIDs.has(s.id(k)) && s.word(k+1) == "of" && determinerIDs.has(s.id(k-1)) {
			return head(k)
		}
	}
	return ""
}

// spanPrepositions introduce a span said of the verb before it: "closed
// for five days". Not "over" or "within", measured on the development
// story sets: "cost $1.1 billion over four years" is the period of another
// figure, and the verb before "within" ("ordered an inquiry to report
// within 30 days") is as often not the one the span is said of.
var spanPrepositions = map[string]bool{"for": true}

// spanDeterminers may stand between the preposition and the span: "for the
// next two days".
var spanDeterminers = map[string]bool{"the": true, "a": true, "next": true, "past": true, "last": true, "another": true}

// spanVerb reads the verb a span with no subject is the length of: the
// nearest verb form before the preposition that introduces it, in its
// clause, with no other figure's noun between ("the line will stay closed
// for at least five days" → close; "suspended all league matches for two
// weeks" → suspend). A verb of saying or being names nothing.
func (s *sent) spanVerb(c *cand, cands []cand) string {
	if c.kind != KindDuration {
		return ""
	}
	p := c.i - 1
	for p >= 0 && spanDeterminers[s.word(p)] {
		p--
	}
	if p < 1 || !spanPrepositions[s.word(p)] {
		return ""
	}
	for k := p - 1; k >= 0 && p-k <= 8; k-- {
		t := &s.toks[k]
		if t.kind == tokPunct && t.text != "-" && t.text != "'" || clauseBreakIDs.has(t.id) || t.text == "and" || t.text == "which" || t.text == "who" {
			return ""
		}
		if inFigure(cands, c, k) {
			return "" // "compared to $4.18bn for the last three months": the span is the figure's period
		}
		if t.kind != tokWord || t.upper {
			continue
		}
		w := t.text
		if sourceVerbIDs.has(t.id) || copulas[w] || w == "been" || w == "being" || w == "had" || w == "has" || w == "have" {
			continue
		}
		verb := isPastVerb(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && !nounsInEdIng[w] || isIngForm(w)
		if !verb {
			continue
		}
		return lexicon.Lemma(w)
	}
	return ""
}

// perWords set an amount of money against one of what follows: "$113 a
// share", "$118 per share", "$4.11 a gallon" (and "for each share").
var perWords = map[string]bool{"a": true, "an": true, "per": true}

// ratePeriods are spans a price may be set against that the duration units
// leave out: "$90 a night", "£2,000 a term".
var ratePeriods = map[string]bool{"night": true, "term": true, "season": true, "semester": true, "weekend": true, "head": true, "person": true}

// perUnitMeasure reads what an amount of money is the price of, one at a
// time: "$113 a share", "$115 per Ridgeway share" (a name between says
// whose), "$113 for each share", "$4.11 a gallon". A span of time is a rate, not a thing priced
// ("£12.71 an hour", "£29 a month"), and names no measure.
func (s *sent) perUnitMeasure(c *cand) string {
	if c.kind != KindMoney {
		return ""
	}
	k := c.j + 1
	switch {
	case perWords[s.word(c.j)]:
	case s.word(c.j) == "for" && s.word(c.j+1) == "each": // "$113 for each share"
		k++
	default:
		return ""
	}
	for k < len(s.toks) && k-c.j <= 3 && s.toks[k].kind == tokWord && s.toks[k].upper {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != tokWord || s.toks[k].upper || s.toks[k].class&(clsSubjectStop|clsDeterminer|clsDate) != 0 {
		return ""
	}
	w := s.word(k)
	if _, span := durationUnitIDs.get(s.toks[k].id); span || ratePeriods[w] || isStrayWord(w) || isNumberWord(w) || isVerbish(w) || isPastVerb(w) || s.w.notNoun(w) {
		return ""
	}
	return singular(w)
}

// periodRate reads an amount of money set against a span of time, which
// is a rate, no sum: "cost GM $400 million a day", "£29 a month", "$1.2
// billion per year" are measure "per day", "per month", "per year" (a
// two-day strike's "$300 million" is another figure).
func (s *sent) periodRate(c *cand) string {
	if c.kind != KindMoney {
		return ""
	}
	k := c.j
	if w := s.word(k); w != "a" && w != "an" && w != "per" && w != "each" {
		return ""
	}
	if unit, ok := durationUnitIDs.get(s.id(k + 1)); ok && (k+2 >= len(s.toks) || s.toks[k+2].kind != tokWord || s.toks[k+2].class&clsSubjectStop != 0) {
		return "per " + unit
	}
	return ""
}

// wholeOf reads what a count set against a whole counts: "seven of nine
// missiles", "Three of its five carriages derailed", "Seven of the nine
// members": the part counts what the whole after "of" counts.
func (s *sent) wholeOf(c *cand, cands []cand) string {
	if c.kind != KindCount || c.j != c.n.j || s.word(c.j) != "of" {
		return ""
	}
	at := c.j + 1
	if determinerIDs.has(s.id(at)) || s.word(at) == "its" || s.word(at) == "their" {
		at++
	}
	for ci := range cands {
		if d := &cands[ci]; d.i == at && d.kind == KindCount && d.subject != "" && countedNoun(d) != "" {
			return measureOf(strings.ToLower(countedNoun(d)), "")
		}
	}
	return ""
}

// groupVerbs after a bare percentage make it the subject of its clause:
// "66% had sold livestock", "72% backed the offer", "42% were under 25".
var groupVerbs = map[string]bool{
	"had": true, "have": true, "has": true, "were": true, "was": true, "are": true, "is": true,
	"said": true, "say": true, "says": true, "would": true, "will": true, "could": true,
}

// groupOf reads the group a figure is a part of from the sentence: a
// count before it with a noun ("a survey of 1,200 farmers … found that
// 66% had sold livestock", "712 vessels, of which 310 are owned") or an
// opening "Of the members who voted, 72% backed the offer". A percentage
// must open its clause (a verb right after it); a count must follow "of
// which" or "of whom".
func (s *sent) groupOf(c *cand, cands []cand) string {
	switch {
	case c.kind == KindPercent && c.j == c.numEnd:
		w := s.word(c.j)
		if !groupVerbs[w] && !isPastVerb(w) && !(len(w) > 4 && strings.HasSuffix(w, "ed") && !nounsInEdIng[w]) {
			return ""
		}
		// "Of the members who voted, 72% …"
		if s.word(0) == "Of" || s.word(0) == "of" {
			k := 1
			if determinerIDs.has(s.id(k)) {
				k++
			}
			if k < c.i && s.toks[k].kind == tokWord && s.toks[k].class&clsSubjectStop == 0 && !isVerbish(s.word(k)) {
				return singular(s.word(k))
			}
		}
	case c.kind == KindCount && c.j == c.n.j:
		if w := s.word(c.i - 1); (w != "which" && w != "whom") || s.word(c.i-2) != "of" {
			return ""
		}
	default:
		return ""
	}
	var group *cand
	for ci := range cands {
		o := &cands[ci]
		if o.kind == KindCount && o.j <= c.i && o.subject != "" && countedNoun(o) != "" && (group == nil || o.j > group.j) {
			group = o
		}
	}
	if group == nil {
		return ""
	}
	for k := group.j; k < c.i; k++ {
		if w := s.word(k); w == ";" || w == ":" || w == "but" {
			return "" // another clause's group
		}
	}
	return measureOf(strings.ToLower(countedNoun(group)), "")
}

// saleVerbs sell or buy a thing for an amount: "sold for $70.6 million",
// "agreed to buy Ridgeway for $10.6 billion". The amount is its price.
var saleVerbs = map[string]bool{
	"sold": true, "sells": true, "sell": true, "selling": true, "buy": true, "buys": true, "bought": true,
	"buying": true, "acquire": true, "acquires": true, "acquired": true, "purchased": true, "went": true,
}

// salePrice reports an amount of money after "for" whose clause sells or
// buys a thing: the nearest verb before "for", within a few words.
func (s *sent) salePrice(c *cand, cands []cand) string {
	if c.kind != KindMoney || s.word(c.i-1) != "for" {
		return ""
	}
	for k := c.i - 2; k >= 0 && c.i-k <= 10; k-- {
		t := &s.toks[k]
		if t.kind == tokPunct && t.text != "-" && t.text != "'" && t.text != "\"" || inAmount(cands, c, k) {
			return "" // a date may stand between: "bought it in 1958 for $14,000"
		}
		if saleVerbs[t.text] {
			return "price"
		}
	}
	return ""
}

// givenPronouns open the clause that says who gave a figure told again:
// "the 45 it announced on Tuesday", "the $1.1 billion that analysts had
// expected", "the 24,000 who watched".
var givenPronouns = map[string]bool{"it": true, "they": true, "that": true, "who": true, "which": true}

// toldAgain reads the measure of a figure named with "the" and the clause
// of who gave it, set beside a figure of its kind before it: "48 stores
// would close, three more than the 45 it announced", "to 9.4 million, from
// the 8.6 million it announced". It is the earlier figure of the same thing.
func (s *sent) toldAgain(c *cand, cands []cand) string {
	if s.word(c.i-1) != "the" || c.j != c.numEnd || !givenPronouns[s.word(c.j)] {
		return ""
	}
	// the nearest figure of its kind before it, by its own measure
	var p *cand
	for ci := range cands {
		o := &cands[ci]
		if o.kind == c.kind && o.j <= c.i && (p == nil || o.j > p.j) {
			p = o
		}
	}
	switch {
	case p == nil:
		return ""
	case p.measure != "":
		return p.measure
	case p.subject != "":
		return measureOf(strings.ToLower(p.subject), p.event)
	}
	return ""
}

// contextMeasure is the measure of a figure whose subject reader found
// none, read off the words around it, or "": the first of
// contextMeasureReaders that gives one.
func (s *sent) contextMeasure(c *cand, cands []cand) string {
	for _, read := range contextMeasureReaders {
		if m := read(s, c, cands); m != "" {
			return m
		}
	}
	return ""
}

// contextMeasureReaders are contextMeasure's readers, in the order they
// are asked.
var contextMeasureReaders = []func(s *sent, c *cand, cands []cand) string{
	func(s *sent, c *cand, _ []cand) string { return s.perUnitMeasure(c) },
	func(s *sent, c *cand, _ []cand) string { return s.periodRate(c) },
	func(s *sent, c *cand, _ []cand) string { return s.lengthMeasure(c) },
	(*sent).spanVerb,
	(*sent).amountOf,
	(*sent).ofHead,
	(*sent).groupOf,
	(*sent).wholeOf,
	(*sent).salePrice,
	(*sent).toldAgain,
}

// carriedShares are the measures of a share that a text goes on giving
// side by side, one named side at a time, once it has said what they are
// shares of: after "The CSU won 37.0% of the vote", "The Free Voters
// finished second with 15.8%", "AfD: 14.6%, 32 seats" and "The strongest
// Yes vote came in Dublin Bay South, at 78.5%" are shares of the vote too.
var carriedShares = map[string]bool{"vote": true}

// carriedShare gives a percentage with no subject or measure, said of a
// named side (its scope), the measure of the text's last share of
// carriedShares, and remembers such a share. A measure that only repeats
// the scope's name (nameMeasure) is dropped first. Not in a sentence that
// gives an amount of change ("Shares in Alder rose 3% and Birch 1.5%"):
// its percentages are moves, not shares.
func (s *sent) carriedShare(c *cand, f *Fact, cands []cand) {
	named := nameMeasure(f)
	if named {
		f.Measure = ""
	}
	if c.kind != KindPercent {
		return
	}
	if carriedShares[f.Measure] {
		s.w.setShare(f.Measure, s.w.base+int(s.toks[0].start))
		return
	}
	if f.Measure == "" && (f.Subject == "" || named) && f.Scope != "" && f.Scope != "all" && f.Role != "change" && !placeScope(f.Scope) && !changeAmount(cands) && s.w.share(s.w.base+int(s.toks[0].start)) != "" {
		f.Measure = s.w.lastShare
	}
}

// nameMeasure reports a measure read off a subject that is a name, the
// name of the figure's own scope too: in "The SPD took 8.4%" and "Phillips
// took $96 million" the name says whose the figure is (its scope), not
// what it measures.
func nameMeasure(f *Fact) bool {
	if f.Measure == "" || f.Scope == "" || f.Subject == "" {
		return false
	}
	// FieldsSeq, not Fields: the words are read once, and a slice of them
	// would be allocated for every percentage's fact.
	for w := range strings.FieldsSeq(f.Subject) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	for w := range strings.FieldsSeq(f.Scope) {
		if w == f.Measure || singular(strings.TrimSuffix(w, "'s")) == f.Measure {
			return true
		}
	}
	return false
}

// placeScope reports a scope headed by a lower-case place word ("the
// state", "a western German state"): a place, not the named side a share
// of the vote is carried on to. On the development story sets such a
// scope was as often misread ("The AfD, with about 15%, did better in a
// western German state") and the measure then joined it to another side.
func placeScope(sc string) bool {
	for w := range strings.FieldsSeq(sc) {
		if scopeWords[w] {
			return true
		}
	}
	return false
}

// changeAmount reports a figure of the sentence that is the amount of a
// change ("rose 3%").
func changeAmount(cands []cand) bool {
	for ci := range cands {
		if cands[ci].kind != "" && cands[ci].role == "by" {
			return true
		}
	}
	return false
}

// inAmount is inFigure for the figures that are not dates.
func inAmount(cands []cand, self *cand, k int) bool {
	for ci := range cands {
		o := &cands[ci]
		if o != self && o.kind != "" && o.kind != KindDate && k >= o.i && k < o.j {
			return true
		}
	}
	return false
}
