package facts

// An election count's progress is given as a percentage of what has been
// counted ("with 97.7% of ballots counted", "78% of precincts reporting",
// "after counting 90 percent of the ballots"). It is no side's share of the
// vote, and read as one ("97.7% of ballots": measure ballot, role share) the
// comparer set it beside the candidates' shares and other reports'
// different counts. countedShare gives it the measure countedMeasure of its
// own, so two reports' counts line up with each other and with nothing else.

// countedMeasure is the measure of a percentage of an election count done.
const countedMeasure = "counted"

// countedNouns are what an election count goes through: "of ballots", "of
// the votes", "of precincts", "of polling stations".
var countedNouns = map[string]bool{
	"ballot": true, "ballots": true, "vote": true, "votes": true, "precinct": true,
	"precincts": true, "station": true, "stations": true, "district": true, "districts": true,
	"constituency": true, "constituencies": true, "return": true, "returns": true,
	"booth": true, "booths": true, "box": true, "boxes": true, "ward": true, "wards": true,
	"count": true, "tally": true,
}

// countedVerbs after the counted noun say the count has gone through them:
// "of ballots counted", "of precincts reporting", "of the vote tallied".
var countedVerbs = map[string]bool{
	"counted": true, "tallied": true, "processed": true, "reporting": true, "reported": true,
	"declared": true, "verified": true, "tabulated": true, "scrutinised": true, "scrutinized": true,
	"complete": true, "completed": true,
}

// countingVerbs before the percentage do the count: "after counting 90
// percent of the ballots", "with officials tallying 60% of the vote".
var countingVerbs = map[string]bool{
	"counting": true, "tallying": true, "processing": true, "tabulating": true, "scrutinising": true,
	"scrutinizing": true, "counted": true, "tallied": true, "processed": true,
}

// countedAux are the words between the counted noun and its verb: "of
// ballots cast counted", "of the votes have been counted", "of precincts now
// reporting".
var countedAux = map[string]bool{
	"cast": true, "have": true, "has": true, "had": true, "been": true, "are": true, "is": true,
	"were": true, "was": true, "being": true, "now": true, "already": true, "so": true, "far": true,
	"fully": true,
}

// countedAdjectives may stand between "of" and the counted noun: "of the
// votes", "of all polling stations", "of the first-round ballots".
var countedAdjectives = map[string]bool{
	"the": true, "all": true, "polling": true, "postal": true, "early": true, "valid": true,
	"electoral": true, "voting": true, "total": true, "estimated": true, "expected": true,
	"national": true, "cast": true,
}

// countedShare reports a percentage that is the progress of an election
// count: the counted noun after it with a counted verb ("97.7% of ballots
// counted"; "with 90% of the vote in", the "in" ending its clause), a counted
// verb straight after it ("with 97.7% counted"), or a counting verb before
// it ("after counting 90 percent of the ballots").
func (s *sent) countedShare(c *cand) bool {
	if c.kind != KindPercent {
		return false
	}
	if countingVerbs[s.word(c.i-1)] && (s.word(c.j) != "of" || s.countedNounAt(c.j+1) > 0) {
		return true
	}
	k := c.j
	if s.word(k) == "of" {
		n := s.countedNounAt(k + 1)
		if n < 0 {
			return false
		}
		k = n + 1
	}
	for countedAux[s.word(k)] && k < c.j+8 {
		k++
	}
	if countedVerbs[s.word(k)] {
		return true
	}
	// "with 90% of the vote in,": "in" with nothing after it in its clause
	return k > c.j+1 && s.word(k) == "in" && (k+1 >= len(s.toks) || s.toks[k+1].kind == tokPunct)
}

// countedNounAt is the index of the counted noun that the words from k
// lead to through countedAdjectives, or -1.
func (s *sent) countedNounAt(k int) int {
	for end := k + 4; k < end && k < len(s.toks); k++ {
		w := s.word(k)
		if countedNouns[w] {
			// "polling stations", "ballot boxes": the last noun of a pair
			if countedNouns[s.word(k+1)] {
				k++
			}
			return k
		}
		if !countedAdjectives[w] {
			return -1
		}
	}
	return -1
}
