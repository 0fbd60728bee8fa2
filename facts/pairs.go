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
