package facts

// A report often gives, beside the current figure, the one given before it
// and since superseded: "21 dead, not 19 as first reported", "police
// initially said 15", "an earlier toll of 12", "revised from 2.1% in the
// first estimate", "Earlier, police had spoken of eight missing". Such a
// figure is about an earlier time: its Time is TimeEarlier, so that the
// comparer does not set it against other reports' current figure. The
// words are lexicon.go's (earlierAdverbs…).

// earlierReach is how many tokens before a figure an adverb with its verb
// ("police initially said 15") or an earlier figure's noun ("an earlier
// toll of 12") may stand.
const earlierReach = 6

// earlierOpenerReach is how far into its sentence a figure may stand for
// an opening "Earlier," to speak for it, so that the work per figure stays
// bounded whatever the sentence's length.
const earlierOpenerReach = 4 * frameWindow

// earlierFigure reports whether the sentence gives figure c as one given
// before and superseded since.
func (s *sent) earlierFigure(c *cand) bool {
	return s.earlierAfter(c) || s.earlierBefore(c) || s.earlierOpener(c)
}

// earlierAfter reads what follows the figure: "not 19 as first reported",
// "the 19 first reported", "19 reported earlier", "2.1% in the first
// estimate".
func (s *sent) earlierAfter(c *cand) bool {
	k := c.j
	saying := func(k int) bool { return sourceVerbIDs.has(s.id(k)) || earlierVerbIDs.has(s.id(k)) }
	// "first reported" after a figure says when it was given only where the
	// figure is set against the current one ("not 19 as first reported",
	// "rather than the 19 first reported", "up from 40 initially
	// reported"): "21, as first reported" is the current figure, and "12
	// people previously thought missing were found" are found.
	before := c.i - 1
	if determinerIDs.has(s.id(before)) {
		before--
	}
	contrasted := earlierContrastIDs.has(s.id(before))
	if s.word(k) == "as" {
		k++
		return contrasted && (earlierAdverbIDs.has(s.id(k)) && saying(k+1) || saying(k) && earlierAdverbIDs.has(s.id(k+1)))
	}
	if contrasted && (earlierAdverbIDs.has(s.id(k)) && saying(k+1) || saying(k) && earlierAdverbIDs.has(s.id(k+1)) && s.word(k+1) != "first") {
		return true
	}
	if contrasted && k > c.n.j && earlierAdverbIDs.has(s.id(k-1)) && saying(k) {
		return true // "the 19 first reported", the adverb read as the counted noun
	}
	// "in the first estimate", "in its earlier count" (not "from a first
	// estimate of 0.2%": that phrase is the next figure's)
	switch s.word(k) {
	case "in", "on", "by", "at":
		k++
		if determinerIDs.has(s.id(k)) {
			k++
		}
		// one word may qualify the noun: "the first official estimate"
		return earlierAdjectiveIDs.has(s.id(k)) && (earlierNounIDs.has(s.id(k+1)) || earlierNounIDs.has(s.id(k+2)))
	}
	return false
}

// earlierBefore reads what precedes the figure in its clause: an earlier
// figure's noun ("an earlier toll of 12", "up from an earlier figure of
// 25"), or an adverb beside a verb of saying ("police initially said 15",
// "the ministry previously reported 40", "had earlier put the toll at 12").
func (s *sent) earlierBefore(c *cand) bool {
	gap := true // only earlierGapWords so far between the noun and the figure
	for x := c.i - 1; x >= 0 && x >= c.i-earlierReach; x-- {
		t := &s.toks[x]
		if t.kind != tokWord || s.used[x] { // a number, punctuation, another figure's word
			return false
		}
		if clauseBreakIDs.has(t.id) && !sourceVerbIDs.has(t.id) {
			return false
		}
		if gap && earlierNounIDs.has(t.id) && (earlierAdjectiveIDs.has(s.id(x-1)) || earlierAdjectiveIDs.has(s.id(x-2))) {
			return true
		}
		gap = gap && earlierGapWordIDs.has(t.id)
		if earlierAdverbIDs.has(t.id) && !durationUnitIDs.keys.has(s.id(x-1)) { // not "a day earlier"
			for k := x - 1; k <= x+2; k++ {
				if k != x && (sourceVerbIDs.has(s.id(k)) || earlierVerbIDs.has(s.id(k))) {
					return true
				}
			}
		}
	}
	return false
}

// earlyStages and earlyStageNouns open a sentence of the story's first
// hours: "In the first hours", "In the early days".
var (
	earlyStages     = map[string]bool{"first": true, "early": true, "initial": true, "opening": true}
	earlyStageNouns = map[string]bool{"hours": true, "hour": true, "days": true, "moments": true, "minutes": true, "stages": true}
)

// earlierOpener reports a sentence that opens by saying it tells what was
// said before — "Earlier, police had spoken of eight missing", "Earlier in
// the day police had spoken of eight missing", "Initially,
// …", "At first, …", "Earlier reports from the USGS had said the quake was
// a 6.7" — for a figure in its first clause.
func (s *sent) earlierOpener(c *cand) bool {
	open, from := false, 2
	switch {
	case s.word(0) == "at" && s.word(1) == "first" && s.word(2) == ",":
		open = true
	case s.word(0) == "in" && s.word(1) == "the" && earlyStages[s.word(2)] && earlyStageNouns[s.word(3)]:
		// "In the first hours after the quake, Xinhua reported the death
		// toll to be around 150, but by the evening …": a figure of the
		// story's first hours, superseded since
		for x := 4; x < c.i && x < earlierOpenerReach; x++ {
			if s.word(x) == "," {
				open, from = true, x+1
				break
			}
		}
	case earlierAdverbIDs.has(s.id(0)) && s.word(0) != "first" && s.word(1) == ",":
		// "First," enumerates; it says no time
		open = true
	case earlierAdjectiveIDs.has(s.id(0)) && earlierNounIDs.has(s.id(1)):
		open = true
	case s.word(0) == "earlier" && earlierOpenerTimeWords[s.word(1)]:
		// "Earlier in the day police had spoken of eight missing",
		// "Earlier on Monday, officials had put the toll at 12": the
		// pluperfect says the figure was given before what the report
		// tells now ("Earlier on Tuesday the storm killed 12" may be now)
		for x := 2; x < c.i && !open; x++ {
			open = s.word(x) == "had"
		}
	}
	if !open || c.i > earlierOpenerReach {
		return false
	}
	for x := from; x < c.i; x++ {
		if clauseBreakIDs.has(s.id(x)) && !sourceVerbIDs.has(s.id(x)) {
			return false
		}
	}
	return true
}
