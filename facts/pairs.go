package facts

import "strings"

// shareUnits gives a bare number the unit of the number it is paired
// with: in "45 and 50 mg", "5 or 6 per cent", "3 and 4 hours" the unit is
// written once, after the second. The first must be a count with nothing
// after its number, joined to the second by "and" or "or", and the second
// must carry its unit after it (not "45 and $50").
func (s *sent) shareUnits(cands []cand) {
	for x := 0; x+1 < len(cands); x++ {
		c, d := &cands[x], &cands[x+1]
		if c.kind != KindCount || c.hi != nil || c.n.vague || c.n.share || c.n.bareOne || c.j != c.n.j {
			continue
		}
		switch d.kind {
		case KindQuantity, KindPercent, KindDuration, KindMoney:
		default:
			continue
		}
		if c.j+1 != d.i || d.i != d.n.i || d.writtenUnit != "" || d.hi != nil {
			continue
		}
		if w := s.word(c.j); w != "and" && w != "or" {
			continue
		}
		c.kind, c.unit, c.conf = d.kind, d.unit, d.conf
		if c.subject == "" {
			c.subject, c.event = d.subject, d.event
		}
	}
	s.shareQuantityUnit(cands)
}

// shareQuantityUnit gives a bare number the unit of a quantity before it
// in its sentence that it is set beside, the unit written once: "cut
// output by 800,000 barrels a day while its allies will trim 400,000",
// "an 800,000 bpd reduction by OPEC and 400,000 by the others". The number
// must have nothing after it but the clause's end or a preposition, be
// at least minElidedQuantity and within ten times the quantity (the same
// order of things: not "a magnitude-6.1 quake killed 1,200"), with no
// other quantity, sum or percentage between. Less sure than a written
// unit.
func (s *sent) shareQuantityUnit(cands []cand) {
	for x := 1; x < len(cands); x++ {
		c := &cands[x]
		if c.kind != KindCount || c.hi != nil || c.n.vague || c.n.share || c.n.bareOne || c.j != c.n.j ||
			c.event != "" || c.value < minElidedQuantity || !s.endsBare(c.j) {
			continue
		}
		p := -1
		for b := x - 1; b >= 0; b-- {
			if k := cands[b].kind; k == KindQuantity || k == KindMoney || k == KindPercent {
				p = b
				break
			}
		}
		if p < 0 || cands[p].kind != KindQuantity || cands[p].hi != nil || c.i-cands[p].j > 14 {
			continue
		}
		q := &cands[p]
		if r := c.value / q.value; r < 0.1 || r > 10 || s.clauseBreakBetween(q.j, c.i) {
			continue
		}
		c.kind, c.unit, c.conf = q.kind, q.unit, min(q.conf, 0.8)
	}
}

// minElidedQuantity is the least bare number read as a quantity whose
// unit was written once before it: small bare numbers are most often
// counts ("the 14 members").
const minElidedQuantity = 1000

// endsBare reports whether the token at k, after a bare number, closes it:
// the sentence's end, punctuation or a preposition ("400,000 by the
// partners"), not a noun that would be what it counts.
func (s *sent) endsBare(k int) bool {
	if k >= len(s.toks) {
		return true
	}
	t := &s.toks[k]
	switch {
	case t.kind == tokPunct:
		return t.text != "-" && t.text != "/"
	case t.kind != tokWord:
		return false
	}
	switch t.text {
	case "by", "from", "in", "for", "and", "while", "with", "on", "at":
		return true
	}
	return false
}

// clauseBreakBetween reports a sentence break (";", a new sentence's
// start) or "but" between tokens i and j: a unit written before it is
// another statement's.
func (s *sent) clauseBreakBetween(i, j int) bool {
	for k := i; k < j && k < len(s.toks); k++ {
		switch s.toks[k].text {
		case ";", "but", ".":
			return true
		}
	}
	return false
}

// shareElidedSubject gives a figure with no subject of its own the subject
// of the figure before it in the sentence where the noun is left out:
//
//   - a bare count after a count of people with an event: in "the
//     president said 70 to 80 had been killed, and other authorities have
//     said at least 40" the 40 counts the killed too (a little less sure);
//   - a figure of the same kind and unit set parallel to the one before:
//     "Net profit … is $6.66bn, compared to $4.18bn", "47.3 percent of the
//     primary vote to Mr Howard's 42.7 percent".
func (s *sent) shareElidedSubject(cands []cand) {
	lastPeople, last := -1, -1
	for x := range cands {
		c := &cands[x]
		if c.kind == "" || c.kind == KindDate || c.kind == KindOrdinal {
			continue
		}
		if c.subject == "" && c.event == "" && c.j == c.numEnd && !c.n.vague && !c.n.share {
			switch {
			case c.kind == KindCount && lastPeople >= 0 && c.j == c.n.j:
				p := &cands[lastPeople]
				c.subject, c.event = p.subject, p.event
				c.conf = 0.8
				continue
			case sameBefore(cands, x) >= 0 && s.parallel(cands[sameBefore(cands, x)].j, c.i):
				p := &cands[sameBefore(cands, x)]
				c.subject, c.event = p.subject, p.event
				c.contrasted = true
				continue
			case c.kind == KindCount && last >= 0 && cands[last].kind == KindCount && c.j == c.n.j &&
				s.opensCoordinateClause(c) && !figureBetween(cands, c, cands[last].j, c.i) &&
				countedNoun(&cands[last]) != "":
				// "five of the escapees had been recaptured and nine
				// remain at large": the same things, another state
				c.subject = countedNoun(&cands[last])
				continue
			case (c.kind == KindMoney || c.kind == KindPercent) && x > 0 && cands[x-1].kind == c.kind && s.gappedNoun(&cands[x-1], c) != "":
				// "Revenue was $13.2 billion and net income $1.47
				// billion": the verb left out, the noun is the figure's own
				c.subject = s.gappedNoun(&cands[x-1], c)
				continue
			case c.kind == KindCount && s.word(c.j) == "of" && anaphors[s.word(c.j+1)] && sameBefore(cands, x) < 0 && s.w.counted() != "":
				// "Rescuers reached 10 skiers. Seven of them were pulled
				// out alive": the antecedent is the sentence before's
				c.subject = s.w.counted()
				continue
			case sameBefore(cands, x) >= 0 && s.carriesOn(c):
				p := &cands[sameBefore(cands, x)]
				c.subject, c.event = p.subject, p.event
				continue
			}
		}
		if c.subject != "" {
			last = x
			if c.kind == KindCount && c.event != "" && peopleEvents[c.event] {
				lastPeople = x
			}
		}
	}
	for x := range cands {
		if c := &cands[x]; c.kind == KindCount && c.subject != "" && countedNoun(c) != "" {
			s.w.setCounted(countedNoun(c))
			break
		}
	}
	shareOthersNoun(cands)
}

// shareOthersNoun gives a count of "others" the noun of the count before
// it in its sentence: in "1,200 homes were destroyed, and 21,000 others
// were heavily damaged" the others are homes. (Others of an event that
// befalls people are people already: "killed 30 and left 60 others
// injured".)
func shareOthersNoun(cands []cand) {
	for x := range cands {
		c := &cands[x]
		if c.kind != KindCount || countedNoun(c) != "others" {
			continue
		}
		for b := x - 1; b >= 0; b-- {
			p := &cands[b]
			if p.kind != KindCount {
				continue
			}
			if n := countedNoun(p); n != "" && n != "others" {
				c.subject = strings.TrimSpace(n + " " + c.event)
			}
			break
		}
	}
}

// sameBefore returns the index of the nearest figure before cands[x] of
// its kind and unit (any currency for money: "€71.4bn, or roughly $83
// billion") when that figure has a subject, or -1: "78.9% of flights
// leaving within 15 minutes of schedule against 82.0%" sets the 82.0%
// against the 78.9%, whatever other figure stands between.
func sameBefore(cands []cand, x int) int {
	c := &cands[x]
	for b := x - 1; b >= 0; b-- {
		if p := &cands[b]; p.kind == c.kind && (p.unit == c.unit || c.kind == KindMoney) {
			if p.subject == "" {
				return -1
			}
			return b
		}
	}
	return -1
}

// gappedNoun reads the noun phrase of a clause whose verb is left out,
// between the figure p before and c: "and net income $1.47 billion", ",
// and heating oil 2.2%" (only a comma may stand between p and "and").
// Lower-case words only: a name there is whose figure it is ("and the FDP
// 3.0%", which actor reads as the scope).
func (s *sent) gappedNoun(p, c *cand) string {
	k := c.i - 1
	for k >= 0 && c.i-k <= 3 && s.toks[k].kind == tokWord && !s.toks[k].upper &&
		s.toks[k].class&(clsSubjectStop|clsDeterminer|clsEvent) == 0 && !isVerbish(s.toks[k].text) &&
		!isPastVerb(s.toks[k].text) && !isNumberID(s.toks[k].id) {
		if _, change := changeWordIDs.get(s.toks[k].id); change {
			return ""
		}
		k--
	}
	if k == c.i-1 || s.word(k) != "and" || !(k == p.j || k == p.j+1 && s.word(p.j) == ",") {
		return ""
	}
	words := make([]string, 0, c.i-k-1)
	for n := k + 1; n < c.i; n++ {
		words = append(words, s.toks[n].text)
	}
	return dropStray(strings.Join(words, " "))
}

// opensCoordinateClause reports whether a bare count is the subject of a
// clause coordinated with the one before ("and nine remain at large", ",
// but nine were still on the run", "; two are in serious condition"), or
// stands in one whose verb is left out ("are in the United States and 1.4
// million in Britain").
func (s *sent) opensCoordinateClause(c *cand) bool {
	switch s.word(c.i - 1) {
	case "and", "but", ";":
	default:
		return false
	}
	next := s.word(c.j)
	return countClauseVerbs[next] || isPastVerb(next) || placePrepositionIDs.has(s.id(c.j)) && s.word(c.j+1) != "" && s.toks[c.j+1].upper
}

// countedNoun is what a count counts without what befell it: "escapees"
// of "escapees recaptured"; "" for a count of an event alone ("killed").
func countedNoun(c *cand) string {
	return strings.TrimSpace(strings.TrimSuffix(c.subject, c.event))
}

// carriesOn reports whether the words right around a figure with no noun
// of its own make it carry on the figure before it in the sentence: "a
// further 700" (continuationWords), "the union put it at 15,000", "nine of
// them" (anaphors), "after gaining 0.4%", "and closed at $36.20"
// (verbPhraseLinks).
func (s *sent) carriesOn(c *cand) bool {
	if s.word(c.i-2) == "a" && continuationWords[s.word(c.i-1)] {
		return true
	}
	if s.word(c.i-1) == "at" && anaphors[s.word(c.i-2)] && estimateVerbIDs.has(s.id(c.i-3)) {
		return true
	}
	k := c.i - 1
	if w := s.word(k); w == "at" || w == "to" || w == "by" {
		k--
	}
	if _, change := changeWordIDs.get(s.id(k)); (change || priceVerbs[s.word(k)]) && k < c.i && verbPhraseLinks[s.word(k-1)] {
		return true
	}
	if s.word(c.j) == "of" && anaphors[s.word(c.j+1)] {
		return true
	}
	// "…, bringing our total to 16", "taking the total to 145"
	if s.word(c.i-1) == "to" && totalNouns[s.word(c.i-2)] && (totalVerbs[s.word(c.i-3)] || totalVerbs[s.word(c.i-4)]) {
		return true
	}
	// "three more than the 45 it announced": the figure compared with
	k = c.i - 1
	if determinerIDs.has(s.id(k)) {
		k--
	}
	if s.word(k) == "than" {
		return true
	}
	// ", or 170 after cancellations": the same figure told another way;
	// ", roughly €58 million": an amount converted
	if s.word(c.i-1) == "or" && s.word(c.i-2) == "," || c.kind == KindMoney && c.bound == BoundApprox && s.word(c.i-1) == "," {
		return true
	}
	return s.contrastedSource(c)
}

// contrastedSource reports a figure given by another source than the one
// before it, in a clause of its own with no noun after the verb: "police
// said 30,000 people marched, while the unions organising the
// demonstration claimed 245,000".
func (s *sent) contrastedSource(c *cand) bool {
	if !sourceVerbIDs.has(s.id(c.i-1)) || s.word(c.i-1) == "according" {
		return false
	}
	for k := c.i - 2; k >= 0 && k >= c.i-9; k-- {
		t := &s.toks[k]
		if sourceContrasts[t.text] {
			return true
		}
		if t.kind != tokWord {
			return false
		}
	}
	return false
}

// shareChangeSubject gives a percentage change set after a figure, with no
// noun of its own, that figure's subject: "carried 4,213,000 passengers
// in July, a monthly record and 6.3% more than a year earlier", "the
// average fare was around 1,150 kroner, 4% higher than last summer",
// "sales of $2.1bn, up 8% on the year". The subject the percentage found
// by reading back ("executive Ingrid Solheim said … 4% higher") names
// whoever spoke, not what grew.
func (s *sent) shareChangeSubject(cands []cand) {
	last := -1
	for x := range cands {
		c := &cands[x]
		if c.kind == "" || c.kind == KindDate || c.kind == KindOrdinal {
			continue
		}
		if c.kind == KindPercent && last >= 0 && c.role == "by" && c.change != "" && !c.n.share &&
			s.apposedAfter(cands[last].j, c.i, cands) && s.noNounAfter(c) {
			p := &cands[last]
			c.subject, c.event = p.subject, p.event
		}
		if c.subject != "" {
			last = x
		}
	}
}

// apposedAfter reports whether the tokens [i, j) between two figures set
// the second in apposition to the first: perhaps a time, then a comma,
// then at most a few
// words with no verb, figure or clause break ("a monthly record and",
// "up", "or").
func (s *sent) apposedAfter(i, j int, cands []cand) bool {
	// "4,213,000 passengers in July, …": a time phrase may come first, or
	// a word of the whole ("10.3 million vehicles worldwide in 2025, up
	// 2.2%")
	for i < j {
		if _, n := s.timeAt(i); n > 0 {
			i += n // "10.32 million vehicles last year, up 2.4%"
			continue
		}
		if d := dateAt(cands, i); d > i {
			i = d
			continue
		}
		if totalScopeIDs.has(s.id(i)) {
			i++
			continue
		}
		if s.toks[i].class&clsDate == 0 && s.word(i) != "in" && s.word(i) != "on" && s.word(i) != "last" {
			break
		}
		i++
	}
	if j <= i || j-i > 6 || s.word(i) != "," {
		return false
	}
	for k := i + 1; k < j; k++ {
		t := &s.toks[k]
		if t.kind != tokWord || isVerbish(t.text) || isPastVerb(t.text) {
			return false
		}
	}
	return true
}

// noNounAfter reports whether a change figure is followed by its
// comparison rather than a noun: "4% higher than", "6.3% more than a year
// earlier", "8% on the year".
func (s *sent) noNounAfter(c *cand) bool {
	switch s.word(c.j) {
	case "higher", "lower", "more", "less", "above", "below":
		// "6.3% more than", but "6.3% more flights than"
		return comparisonEnds[s.word(c.j+1)]
	}
	return comparisonEnds[s.word(c.j)]
}

// comparisonEnds are the words that may follow a change figure, or its
// comparative, when no noun does.
var comparisonEnds = map[string]bool{"than": true, "on": true, "from": true, "over": true, "in": true, ",": true, ".": true, ";": true, "": true}

// parallel reports whether the tokens [i, j) between two figures set them
// side by side: "compared to", "against", "versus", "to Mr Howard's".
func (s *sent) parallel(i, j int) bool {
	if j-i > 14 || j <= i {
		return false
	}
	for k := i; k < j; k++ {
		switch s.toks[k].text {
		case "compared", "against", "versus", "vs", "vs.":
			// "28.4% of their entries graded A* or A against 27.1% for
			// boys": the first figure's noun may stand between
			return true
		case "to":
			return j-i <= 6
		case ".", ";", "but", "while", "whereas":
			return false
		}
	}
	return false
}

// between returns the tokens from i up to j, or none when the figures
// overlap (two readings may share a currency token: "0 INR0").
func (s *sent) between(i, j int) []token {
	if i < 0 || j > len(s.toks) || j < i {
		return nil
	}
	return s.toks[i:j]
}

// dateAt returns the token after the date figure starting at token i, or i.
func dateAt(cands []cand, i int) int {
	for ci := range cands {
		if c := &cands[ci]; c.kind == KindDate && c.i == i {
			return c.j
		}
	}
	return i
}
