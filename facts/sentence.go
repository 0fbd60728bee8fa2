package facts

import "strings"

// splitSentences returns the token ranges of the sentences of toks. A
// sentence ends at . ! or ? (with any closing quotes or brackets) before a
// token that can start a sentence, unless the dot ends an abbreviation
// (Mr., No., U.S. within a sentence) or an initial; it also ends at a blank
// line, and at a line break after a short line (a headline, a list item)
// or after end punctuation, but not inside hard-wrapped prose.
func splitSentences(src string, toks []token, out [][2]int) [][2]int {
	out = out[:0]
	start := 0
	lineStart := 0
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if !t.newline && t.kind != tokPunct {
			continue // most tokens: neither a line's start nor an end
		}
		if k > start && t.newline {
			gap := src[toks[k-1].end:t.start]
			blank := hasTwo(gap, '\n')
			prevLine := int(toks[k-1].end) - lineStart
			prev := &toks[k-1]
			endPunct := prev.kind == tokPunct && (prev.text == "." || prev.text == "!" || prev.text == "?" || prev.text == "\"" || prev.text == ":")
			if blank || endPunct || prevLine < 70 || !continuesSentence(t) {
				out = append(out, [2]int{start, k})
				start = k
			}
		}
		if t.newline {
			lineStart = lastLineStart(src, int(t.start))
		}
		// End punctuation stands against the word it ends; a lone "?" is
		// more likely a stand-in for a character that could not be read.
		if t.kind != tokPunct || (t.text != "." && t.text != "!" && t.text != "?") || t.space {
			continue
		}
		// Closing quotes and brackets stay with the sentence they end.
		e := k + 1
		for e < len(toks) && toks[e].kind == tokPunct && !toks[e].space &&
			(toks[e].text == "\"" || toks[e].text == "'" || toks[e].text == ")" || toks[e].text == "]" || toks[e].text == "." || toks[e].text == "!" || toks[e].text == "?") {
			e++
		}
		if e >= len(toks) {
			break
		}
		next := &toks[e]
		if !next.space {
			continue
		}
		if t.text == "." && k > 0 && isAbbreviation(&toks[k-1], next) {
			continue
		}
		if next.kind == tokWord && !next.upper {
			continue
		}
		// "with 51. 59% of votes": a number, a dot and a number is a
		// decimal broken by a space more often than two sentences (news
		// spells out a number that opens a sentence); the figures are
		// marked uncertain (brokenDecimal)
		if e == k+1 && brokenDecimalAt(toks, k) {
			continue
		}
		out = append(out, [2]int{start, e})
		start = e
		k = e - 1
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// continuesSentence reports whether a token at the start of a line carries
// on the sentence of the line before (hard-wrapped prose).
func continuesSentence(t *token) bool {
	if t.kind == tokWord {
		return !t.upper
	}
	return t.kind == tokNum
}

// isAbbreviation reports whether the word before a dot makes the dot part of
// an abbreviation rather than a sentence end.
func isAbbreviation(prev, next *token) bool {
	if prev.kind != tokWord || prev.space && false {
		return false
	}
	if abbreviationIDs.has(prev.id) {
		// "No." before a number, "Mr." before a name; but a sentence can
		// end in "Inc." or "Co." — those are followed by a new sentence
		// only rarely enough to accept the miss.
		return true
	}
	// An initial: "J. Smith".
	return len(prev.raw) == 1 && prev.upper
}

// hasTwo reports whether s holds b at least twice, as counting them would,
// but by strings.IndexByte, which reads many bytes at once and stops at
// the second (the gap before a line's first token can be long).
func hasTwo(s string, b byte) bool {
	i := strings.IndexByte(s, b)
	return i >= 0 && strings.IndexByte(s[i+1:], b) >= 0
}

func lastLineStart(src string, pos int) int {
	for i := pos - 1; i >= 0; i-- {
		if src[i] == '\n' {
			return i + 1
		}
	}
	return 0
}
