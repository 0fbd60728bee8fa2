package facts

import "math"

// A vote's tally is two counts of one vote: the side for and the side
// against ("ruled 7-2", "a 6-3 decision", "passed by 312 votes to 290",
// "carried 54 to 46"). Each side is a count of votes with its side as the
// scope, so that two reports' "7-2" and "6-3" disagree side by side and
// "312 to 290" agrees with "312-290". Written as "7-2" a tally looks like a
// match score ("won 3-1") or a range ("10-12 people"); a word of voting
// nearby (tallyWords) and nothing counted after it tell it apart.

// tallyReach is how many tokens before a tally's first number, and after
// its second, a word of voting may stand: "carried the measure 54 to 46",
// "by a 6-3 vote".
const (
	tallyReachBefore = 4
	tallyReachAfter  = 2
)

// defaultTallyNoun is what a tally counts when it names nothing: votes.
const defaultTallyNoun = "votes"

// markTallies marks the pairs of numbers of the sentence that are a
// vote's tally, before ranges are joined: the first is the side for, the
// second the side against, whichever is larger ("rejected the bill
// 210-220" is 210 for).
func (s *sent) markTallies(cands []cand) {
	for x := 0; x+1 < len(cands); x++ {
		c, d := &cands[x], &cands[x+1]
		if c.side != "" {
			continue
		}
		noun, ok := s.tallyBetween(c.n, d.n)
		if !ok {
			continue
		}
		c.side, d.side = ScopeFor, ScopeAgainst
		c.tallyNoun, d.tallyNoun = noun, noun
		x++
	}
}

// tallyBetween reports whether a and b are the two sides of a tally, and
// what they count.
func (s *sent) tallyBetween(a, b numSpan) (string, bool) {
	if !tallySide(a) || !tallySide(b) {
		return "", false
	}
	gap := s.toks[a.j:b.i]
	noun := defaultTallyNoun
	switch {
	case len(gap) == 1 && gap[0].text == "to":
	case len(gap) == 1 && (gap[0].text == "-" || gap[0].text == "–" || gap[0].text == "—"):
		// "7-2"; written numbers joined by a hyphen are one number
		if !a.digits || !b.digits {
			return "", false
		}
	case len(gap) == 2 && gap[1].text == "to" && tallyNounIDs.has(gap[0].id):
		noun = gap[0].text // "312 votes to 290": the noun says it is a vote
	default:
		return "", false
	}
	// "from 7 to 2", "between 10-12": a change or a range; "aged 18-24".
	switch s.word(a.i - 1) {
	case "from", "between", "aged", "ages", "age":
		return "", false
	}
	// Nothing counted after the second side: "10-12 people", "10 to 12
	// months" are ranges. A word of voting, a function word or punctuation
	// may follow ("ruled 7-2 that", "a 6-3 decision", "voted 312-290 in
	// favour").
	if voteNounIDs.has(s.id(a.i-2)) && (s.word(a.i-1) == "of" || s.word(a.i-1) == ":") {
		return noun, true // "a vote of 10-3", "Vote: 9-4"
	}
	if k := b.j; k < len(s.toks) && s.toks[k].kind == tokWord {
		id := s.toks[k].id
		if !tallyWordIDs.has(id) && !frameStopIDs.has(id) && !tallyAgainstIDs.has(id) {
			return "", false
		}
	}
	if len(gap) == 2 {
		return noun, true // "312 votes to 290" says itself that it is a vote
	}
	for k := a.i - tallyReachBefore; k < b.j+tallyReachAfter; k++ {
		if k >= a.i && k < b.j {
			continue
		}
		if tallyWordIDs.has(s.id(k)) {
			return noun, true
		}
	}
	return "", false
}

// tallySide reports whether a number can be one side of a tally: a whole
// count, neither a year, a share, an ordinal, a vague amount nor scaled.
func tallySide(n numSpan) bool {
	if n.ordinal || n.share || n.vague || n.fold || n.negative || n.scaled || n.approx || n.bareOne {
		return false
	}
	if n.value < 0 || n.value != math.Trunc(n.value) {
		return false
	}
	return !(n.plainInt && n.value >= 1000 && n.value <= 2100) // a year
}

// tallyFacts gives the sides of a tally what they count and their side,
// once the rules have read them; reads the sides a sentence names ("141
// votes in favour, 5 against"); and makes the count after "a majority
// of" a count of the majority.
func (s *sent) tallyFacts(cands []cand) {
	for x := range cands {
		c := &cands[x]
		if c.kind != KindCount {
			continue
		}
		switch {
		case c.side != "":
			c.subject, c.event, c.conf, c.scope = c.tallyNoun, "", 1, c.side
			if c.j > c.n.j && !tallyNounIDs.has(s.id(c.n.j)) {
				c.j = c.n.j // "a 6-3 decision": the side is 3, not "3 decision"
			}
		case c.n.j == c.numEnd && (s.word(c.i-1) == "of" || s.word(c.i-1) == ":") && majorityWordIDs.has(s.id(c.i-2)) && (c.j == c.n.j || tallyNounIDs.has(s.id(c.n.j))):
			// "a majority of 22", "a margin of 14 votes", "winning margin:
			// more than 800,000 votes"
			c.subject, c.measure, c.event, c.conf = s.word(c.i-2), MeasureMajority, "", 1 // "margin" is the majority too
		default:
			side := s.namedSide(c.j)
			if side == "" && tallyAgainstIDs.has(s.id(c.i-1)) && c.i == c.n.i {
				// "1,429,981 people voted to remove it, against 723,632
				// who wanted to keep it"
				side = ScopeAgainst
			}
			if side == "" || !(c.subject == "" || tallyNounIDs.has(s.id(c.n.j))) || !s.tallyWordBefore(c.i) {
				continue
			}
			if c.subject == "" {
				c.subject, c.event, c.conf = defaultTallyNoun, "", 1
			}
			c.scope = side
		}
	}
}

// namedSide reads the side a count names right after it: "in favour",
// "in favor" (for), "against" (against).
func (s *sent) namedSide(k int) string {
	switch {
	case s.word(k) == "in" && (s.word(k+1) == "favour" || s.word(k+1) == "favor"):
		return ScopeFor
	case tallyAgainstIDs.has(s.id(k)):
		return ScopeAgainst
	}
	return ""
}

// tallyWordBefore reports a word of voting in the clause before token k,
// within 3 × frameWindow tokens ("the resolution was adopted with 141 votes
// in favour, 5 against"; "1,429,981 people voted to remove the Eighth
// Amendment from the constitution, against 723,632").
func (s *sent) tallyWordBefore(k int) bool {
	for x := k - 1; x >= 0 && x >= k-3*frameWindow; x-- {
		if clauseBreakIDs.has(s.id(x)) {
			return false
		}
		if tallyWordIDs.has(s.id(x)) {
			return true
		}
	}
	return false
}
