package facts

// isNameNumber reports whether the number of c is part of a name rather
// than a figure: a product model ("iPhone 15 Plus", "the 911 Turbo"), a
// football club ("Schalke 04", "Hannover 96"), a stock index ("Nikkei 225",
// "CAC 40") or a street address ("30 Rockefeller Plaza", "16-18 Market
// Street"). It is one rule over the word lists of lexicon.go (nameBrands,
// clubNames, indexNames, modelSuffixes, streetWords), so that a new name
// is a new word in a list, never a new test in code.
func (s *sent) isNameNumber(c *cand) bool {
	n := c.n
	if !n.digits || n.scaled || n.negative || !n.plainInt {
		return false
	}
	t := s.toks
	end := n.j
	if c.hi != nil {
		end = c.hi.j
	}
	// "a Boeing 737-500": the variant of a model. A name word names only
	// with its capital, as in notFigureRule: "passed the bill 220-210" is
	// a vote.
	if p := n.i - 1; p >= 2 && t[p].text == "-" && !t[p].space && !t[n.i].space && t[p-1].kind == tokNum && t[p-2].kind == tokWord &&
		(nameWordIDs.has(t[p-2].id) && t[p-2].upper || nameBrandIDs.has(t[p-2].id)) {
		return true
	}
	if p := n.i - 1; p >= 0 && t[p].kind == tokWord {
		switch {
		case nameBrandIDs.has(t[p].id):
			// Brands are written in any case: "iPhone 15", "Galaxy 24".
			return true
		case indexNameIDs.has(t[p].id):
			return true
		case t[p].upper && clubNameIDs.has(t[p].id):
			return true
		case t[p].upper && len(t[n.i].raw) == 2 && t[n.i].raw[0] == '0':
			// "Schalke 04", "Mainz 05": a two-digit number with a leading
			// zero after a name is a club's founding year.
			return true
		}
	}
	if end >= len(t) || !t[end].upper || t[end].kind != tokWord {
		return false
	}
	// "iPhone 15 Plus", "the 911 Turbo", "F-150 Lightning": a model's
	// suffix after the number.
	if modelSuffixIDs.has(t[end].id) {
		return true
	}
	// "10 Downing Street", "30 Rockefeller Plaza", "16-18 Market Street":
	// a number (or a span of numbers) before capitalised words that end in
	// a street word, or a one-word street name (Maximilianstrasse).
	for k := end; k < end+4 && k < len(t); k++ {
		if k > end && streetWordIDs.has(t[k].id) && t[k].upper || isStreetName(t[k].text) {
			return true
		}
		if !t[k].upper {
			break
		}
	}
	return false
}
