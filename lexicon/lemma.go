package lexicon

import "strings"

// suffixRule is one of WordNet's morphy detachment rules: an inflected ending and what
// replaces it, for lemmas of one part of speech.
type suffixRule struct {
	pos            uint8
	suffix, ending string
	verbForm       bool // a participle or past form (-ed, -ing)
}

// suffixRules are morphy's, in its order (wn(7) morphy): nouns, then verbs, then adjectives.
var suffixRules = []suffixRule{
	{posNoun, "s", "", false}, {posNoun, "ses", "s", false}, {posNoun, "xes", "x", false},
	{posNoun, "zes", "z", false}, {posNoun, "ches", "ch", false}, {posNoun, "shes", "sh", false},
	{posNoun, "men", "man", false}, {posNoun, "ies", "y", false},
	{posVerb, "s", "", false}, {posVerb, "ies", "y", false}, {posVerb, "es", "e", false},
	{posVerb, "es", "", false}, {posVerb, "ed", "e", true}, {posVerb, "ed", "", true},
	{posVerb, "ing", "e", true}, {posVerb, "ing", "", true},
	{posAdj, "er", "", false}, {posAdj, "est", "", false}, {posAdj, "er", "e", false},
	{posAdj, "est", "e", false},
}

// maxWord bounds the words Lemma rewrites in a stack buffer; longer ones are left alone.
const maxWord = 64

// lemmaWord returns the lemma id of a single lower-case word's base form.
//
// Candidates are the word's exception-list entries and every suffix rule whose result is a
// lemma of the rule's part of speech; the one seen most often in WordNet's tagged corpora
// wins, the first on ties. A word that is itself a lemma keeps itself unless a candidate
// was seen more often ("gas" is not the plural of "ga"), or unless it is a participle
// ("wounded", "meeting") of a verb while not being a verb itself.
func (t *table) lemmaWord(w string) (uint32, bool) {
	self, isSelf := t.index[w]
	best, bestCount, bestVerbForm, found := uint32(0), -1, false, false
	consider := func(id uint32, verbForm bool) {
		if c := t.tagCount(id); c > bestCount {
			best, bestCount, found = id, c, true
		}
		bestVerbForm = bestVerbForm || verbForm
	}
	for _, e := range t.irregul[w] {
		consider(e.lemma, e.pos == posVerb)
	}
	if len(w) <= maxWord {
		var buf [maxWord]byte
		for _, r := range suffixRules {
			if len(w) <= len(r.suffix) || !strings.HasSuffix(w, r.suffix) {
				continue
			}
			n := copy(buf[:], w[:len(w)-len(r.suffix)])
			n += copy(buf[n:], r.ending)
			if id, ok := t.index[string(buf[:n])]; ok && t.posMask(id)&r.pos != 0 {
				consider(id, r.verbForm)
			}
		}
	}
	switch {
	case !found:
		return self, isSelf
	case !isSelf:
		return best, true
	case bestCount > t.tagCount(self), bestVerbForm && t.posMask(self)&posVerb == 0:
		return best, true
	}
	return self, true
}

// reading is what the table knows of a word or phrase: the lemma id of its base form and,
// when the word is itself a different lemma ("meeting" besides "meet"), that one too.
// For a word or phrase the table lacks, prefix and head keep its base form as text.
type reading struct {
	base, self   uint32
	known, other bool // base is valid; self is valid and differs from base
	prefix, head string
}

func (t *table) read(w string) reading {
	if strings.IndexByte(w, ' ') < 0 {
		base, ok := t.lemmaWord(w)
		r := reading{base: base, known: ok, head: w}
		if self, isSelf := t.index[w]; ok && isSelf && self != base {
			r.self, r.other = self, true
		}
		return r
	}
	if id, ok := t.index[w]; ok {
		return reading{base: id, known: true}
	}
	// A phrase inflects on its last word: "consumer prices" → "consumer price".
	i := strings.LastIndexByte(w, ' ')
	r := reading{prefix: w[:i+1], head: w[i+1:]}
	if id, ok := t.lemmaWord(r.head); ok {
		r.head = t.name(id)
	}
	if n := len(r.prefix) + len(r.head); n <= 4*maxWord {
		var buf [4 * maxWord]byte
		copy(buf[copy(buf[:], r.prefix):], r.head)
		r.base, r.known = t.index[string(buf[:n])]
	}
	return r
}

// ids returns the lemma ids of a reading, none, one or two, without allocating.
func (r *reading) ids() (ids [2]uint32, n int) {
	switch {
	case !r.known:
		return ids, 0
	case r.other:
		return [2]uint32{r.base, r.self}, 2
	}
	return [2]uint32{r.base}, 1
}

func (t *table) lemma(w string) string {
	r := t.read(w)
	switch {
	case r.known:
		return t.name(r.base)
	case r.prefix == "" || strings.HasSuffix(w, " "+r.head):
		return w
	}
	return r.prefix + r.head
}
