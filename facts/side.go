package facts

// The side of a vote a share or count belongs to. Reports of one vote
// give every side's share side by side ("55% for Yes", "Some 45% voted
// No", "the No side won 55%", "'no' 60.59"); the side is the figure's
// scope, so that two sides' shares are two parts of the vote, never one
// figure told two ways. Sides are read in their written forms (voteSides:
// capitalised, quoted, or before a noun that names a side), the candidate
// or party a share is won by in actor.

// sideAt reads a side of a vote written at token k: an optional
// determiner, the side word, quoted or not ("Yes", "the No", "'no'",
// "“yes”"), and an optional noun naming the side ("the No side", "the Yes
// campaign", "the 'no' vote"). The side word must be capitalised, quoted
// or before such a noun, or end the clause: a lower-case "no" is most
// often a determiner ("for no reason"). It returns the canonical side and
// the token after the phrase, or "" and k.
func (s *sent) sideAt(k int) (string, int) {
	n := k
	det := determinerIDs.has(s.id(n))
	if det {
		n++
	}
	quoted := sideQuote(s.word(n))
	if quoted {
		n++
	}
	if n >= len(s.toks) || s.toks[n].kind != tokWord {
		return "", k
	}
	side, ok := voteSideIDs.get(s.toks[n].id)
	if !ok {
		return "", k
	}
	upper := s.toks[n].upper && !s.toks[n].allUpper
	n++
	if quoted {
		if w := s.word(n); (w == "." || w == ",") && sideQuote(s.word(n+1)) {
			n++ // "voting \"yes.\"": the stop inside the quotes
		}
		if !sideQuote(s.word(n)) || s.toks[n].space {
			return "", k
		}
		n++
	}
	noun := sideNounIDs.has(s.id(n))
	if noun {
		n++
	}
	end := n >= len(s.toks) || s.toks[n].kind == tokPunct && s.word(n) != "-" && s.word(n) != "'"
	if !upper && !quoted && !noun && !end || !upper && !quoted && noun && !det {
		return "", k
	}
	return side, n
}

// sideQuote reports a quotation mark as the lexer writes it (curly quotes
// read as straight ones).
func sideQuote(w string) bool { return w == "'" || w == "\"" }

// voteSide reads the side of a vote the figure c is of, or "": after it
// ("55% for Yes", "45% voted No", "60 per cent for the No vote", "68 per
// cent of votes cast for the No", "a 65 per cent \"yes\" vote") or before
// it ("The No side won 55%", "the Yes vote at 45 per cent", "the \"no\"
// was at 55.43 per cent", "'no' 60.59", "Yes: 52%").
func (s *sent) voteSide(c *cand) string {
	if c.kind != KindPercent && c.kind != KindCount {
		return ""
	}
	if side := s.sideAfter(c); side != "" {
		return side
	}
	return s.sideBefore(c)
}

// sideAfter reads a side after the figure: past an of-phrase of votes
// ("of votes cast", "of the vote"), a verb or preposition that leads to a
// side (sideLeads: "for", "voted", "voted for"), then the side; or a side
// with its noun right after the figure ("a 65 per cent \"yes\" vote").
func (s *sent) sideAfter(c *cand) string {
	k := c.j
	if side, n := s.sideAt(k); side != "" && n > k && sideNounIDs.has(s.id(n-1)) && !determinerIDs.has(s.id(k)) {
		return side
	}
	if s.word(k) == "of" {
		if !s.ofVotes(k) {
			return ""
		}
		k += 2 + b2n(determinerIDs.has(s.id(k+1)))
		if s.word(k) == "cast" {
			k++
		}
	}
	if !sideLeadIDs.has(s.id(k)) {
		return ""
	}
	if s.word(k) != "for" && s.word(k+1) == "for" {
		k++ // "voted for Yes", "opted for No"
	}
	side, _ := s.sideAt(k + 1)
	return side
}

// sideBefore reads a side before the figure: the side, then perhaps a
// verb of winning or a copula (sideVerbs: "won", "took", "was") with its
// auxiliary, then perhaps "at", "on" or "with", or a colon, right before
// the figure.
func (s *sent) sideBefore(c *cand) string {
	k := c.i - 1
	if w := s.word(k); w == "at" || w == "on" || w == "with" || w == ":" {
		k--
	}
	if sideVerbIDs.has(s.id(k)) || sideCopulaIDs.has(s.id(k)) {
		k--
		if groupAuxiliaryIDs.has(s.id(k)) {
			k--
		}
	}
	// the side's phrase ends at k: find where it starts (at most a
	// determiner, two quotes, the word and its noun: five tokens)
	for from := k; from >= 0 && from >= k-4; from-- {
		if side, n := s.sideAt(from); side != "" && n == k+1 {
			if from > 0 && (determinerIDs.has(s.id(from-1)) || s.toks[from-1].kind == tokWord && !s.toks[from-1].upper && !determinerIDs.has(s.id(from)) && !sideQuote(s.word(from))) {
				continue // "there was no vote": the side must open its phrase
			}
			return side
		}
	}
	return ""
}

// notASide reports a scope phrase at token k that is a side word alone
// which sideAt does not read as a side ("for no clear reason").
func (s *sent) notASide(phrase string, k int) bool {
	if _, ok := voteSides[phrase]; !ok {
		return false
	}
	side, _ := s.sideAt(k)
	return side == ""
}

// winnerName reads the candidate or party a share of the vote is won by
// when its name is a single capitalised word opening the sentence, which
// nameAt leaves (any first word has a capital): "Sheinbaum won 59.8% of
// the vote", "Lai took 40.2 percent of votes cast", and, in a line of
// results once the text has given a share of the vote, "Labour 34%". The
// share must be of votes (an of-phrase after it, or the text's last share
// of a vote within reach), or the text must write the word with its
// capital inside a sentence: "Officials took 40 percent of the stock" is
// no name. It returns the name and the token after it, or "".
func (s *sent) winnerName(start int, c *cand) (string, int) {
	k := start
	if determinerIDs.has(s.id(k)) {
		k++
	}
	if c.kind != KindPercent || k >= c.i {
		return "", start
	}
	t := &s.toks[k]
	if t.kind != tokWord || !t.upper || t.class&clsDate != 0 || frameStopIDs.has(t.id) || voteSideIDs.keys.has(t.id) || isAdverb(t.text) {
		return "", start
	}
	v := k + 1
	for v < c.i && groupAuxiliaryIDs.has(s.id(v)) {
		v++ // "Labour has won"
	}
	won := v+1 == c.i && sideVerbIDs.has(s.id(v))
	if !won && k+1 != c.i {
		return "", start
	}
	if !(won && s.ofVotes(c.j)) && s.w.share(s.w.base+int(s.toks[0].start)) == "" && !s.w.nameInside(t.raw) {
		return "", start
	}
	return s.joinWords([]string{t.text}, k), k + 1
}

// ofVotes reports an of-phrase of votes at token k: "of the vote", "of
// votes cast", "of the ballots".
func (s *sent) ofVotes(k int) bool {
	if s.word(k) != "of" {
		return false
	}
	k++
	if determinerIDs.has(s.id(k)) {
		k++
	}
	return voteNounIDs.has(s.id(k)) || tallyNounIDs.has(s.id(k))
}
