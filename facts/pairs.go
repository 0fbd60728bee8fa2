package facts

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
}

// shareElidedSubject gives a bare count the subject of the count before it
// in the sentence when the noun is left out: in "the president said 70 to
// 80 had been killed, and other authorities have said at least 40" the 40
// counts the killed too. Only a count with no subject at all, after a count
// of people with an event, takes it; it stays a little less sure.
func (s *sent) shareElidedSubject(cands []cand) {
	last := -1
	for x := range cands {
		c := &cands[x]
		if c.kind != KindCount {
			continue
		}
		if c.subject == "" && c.event == "" && last >= 0 && c.j == c.n.j && !c.n.vague && !c.n.share {
			p := &cands[last]
			c.subject, c.event = p.subject, p.event
			c.conf = 0.8
			continue
		}
		if c.subject != "" && c.event != "" && peopleEvents[c.event] {
			last = x
		}
	}
}
