package lexicon

import (
	"hash/maphash"
	"strings"
)

// suffixRule is one of WordNet's morphy detachment rules: an inflected ending, what
// replaces it, and the parts of speech whose lemmas it yields.
type suffixRule struct {
	suffix, ending string
	pos            uint8
	verbForm       bool // a participle or past form (-ed, -ing)
}

// suffixRules are morphy's (wn(7) morphy), nouns' and verbs' identical rules merged,
// grouped by the inflection's last letter (see rulesFor) and in morphy's order within.
var suffixRules = []suffixRule{
	{"s", "", posNoun | posVerb, false}, {"ses", "s", posNoun, false}, {"xes", "x", posNoun, false},
	{"zes", "z", posNoun, false}, {"ches", "ch", posNoun, false}, {"shes", "sh", posNoun, false},
	{"ies", "y", posNoun | posVerb, false}, {"es", "e", posVerb, false}, {"es", "", posVerb, false},
	{"men", "man", posNoun, false},
	{"ed", "e", posVerb, true}, {"ed", "", posVerb, true},
	{"ing", "e", posVerb, true}, {"ing", "", posVerb, true},
	{"er", "", posAdj, false}, {"er", "e", posAdj, false},
	{"est", "", posAdj, false}, {"est", "e", posAdj, false},
}

// rulesFor returns the rules that can apply to a word ending in last.
func rulesFor(last byte) []suffixRule {
	switch last {
	case 's':
		return suffixRules[:9]
	case 'n':
		return suffixRules[9:10]
	case 'd':
		return suffixRules[10:12]
	case 'g':
		return suffixRules[12:14]
	case 'r':
		return suffixRules[14:16]
	case 't':
		return suffixRules[16:18]
	}
	return nil
}

// maxWord bounds the words Lemma rewrites in a stack buffer; longer ones are left alone.
const maxWord = 64

// lemmaWord returns the lemma id of a single lower-case word's base form, and the word's
// own lemma id when it is a lemma.
//
// Candidates are the word's exception-list entries and every suffix rule whose result is a
// lemma of the rule's part of speech; the one seen most often in WordNet's tagged corpora
// wins, the first on ties. A word that is itself a lemma keeps itself unless a candidate
// was seen more often ("gas" is not the plural of "ga"), or unless it is a participle
// ("wounded", "meeting") of a verb while not being a verb itself.
//
// mask gives the parts of speech of base the word can be an inflection of ("died": the verb
// "die", not the noun), or all of them when base is the word itself.
func (t *table) lemmaWord(w string) (base uint32, mask uint8, ok bool, self uint32, isSelf bool) {
	self, isSelf, h := t.lookup(w)
	best, bestMask, bestCount, bestVerbForm, found := uint32(0), uint8(0), -1, false, false
	consider := func(id uint32, pos uint8, verbForm bool) {
		if c := t.tagCount(id); c > bestCount {
			best, bestMask, bestCount, found = id, pos&t.posMask(id), c, true
		}
		bestVerbForm = bestVerbForm || verbForm
	}
	if t.mayBeIrregular(h) {
		for _, e := range t.irregul[w] {
			consider(e.lemma, e.pos, e.pos == posVerb)
		}
	}
	if len(w) > 1 && len(w) <= maxWord {
		var buf [maxWord + 3]byte
		n0 := copy(buf[:], w)
		type candidate struct {
			stem   int
			ending string
		}
		var tried [9]candidate
		nTried := 0
	rules:
		for _, r := range rulesFor(w[len(w)-1]) {
			stem := n0 - len(r.suffix)
			if stem < 1 || w[stem:] != r.suffix {
				continue
			}
			// "taxes": "xes"→"x" and "es"→"" both give "tax"; look it up once.
			for _, c := range tried[:nTried] {
				if sameCandidate(w, c.stem, c.ending, stem, r.ending) {
					continue rules
				}
			}
			tried[nTried] = candidate{stem, r.ending}
			nTried++
			n := stem + copy(buf[stem:], r.ending)
			if id, ok := t.lookupBytes(buf[:n]); ok && t.posMask(id)&r.pos != 0 {
				consider(id, r.pos, r.verbForm)
			}
			copy(buf[stem:], w[stem:]) // undo the ending for the next rule
		}
	}
	switch {
	case !found:
		return self, allPOS, isSelf, self, isSelf
	case !isSelf,
		bestCount > t.tagCount(self),
		bestVerbForm && t.posMask(self)&posVerb == 0:
		return best, bestMask, true, self, isSelf
	}
	return self, allPOS, true, self, true
}

const allPOS = posNoun | posVerb | posAdj | posAdv

// sameCandidate reports whether w[:s1]+e1 and w[:s2]+e2 are the same string.
func sameCandidate(w string, s1 int, e1 string, s2 int, e2 string) bool {
	if s1 > s2 {
		s1, e1, s2, e2 = s2, e2, s1, e1
	}
	gap := s2 - s1
	return s1+len(e1) == s2+len(e2) && len(e1) >= gap && e1[:gap] == w[s1:s2] && e1[gap:] == e2
}

// reading is what the table knows of a word or phrase: the lemma id of its base form, in
// the parts of speech it inflects, and, when the word is itself a different lemma
// ("meeting" besides "meet"), that one too. For a word or phrase the table lacks, prefix
// and head keep its base form as text.
type reading struct {
	base, self   uint32
	baseMask     uint8
	known, other bool // base is valid; self is valid and differs from base
	prefix, head string
}

// lemmaRef is a lemma id with the parts of speech a reading allows it.
type lemmaRef struct {
	id   uint32
	mask uint8
}

// read returns a word's or phrase's reading, from the cache when it is there.
func (t *table) read(w string) reading {
	packed, cacheable := packWord(w)
	if !cacheable || t.cache.slots == nil {
		return t.readUncached(w)
	}
	h := maphash.String(t.seed, w)
	if r, ok := t.cache.get(h, w, &packed); ok {
		return r
	}
	r := t.readUncached(w)
	// a phrase read on its last word ("consumer prices" → prefix
	// "consumer ", head "price") keeps a head of its own, which the cache
	// does not hold: only single words and whole phrases are cached
	if r.prefix == "" {
		t.cache.put(h, w, &packed, r)
	}
	return r
}

func (t *table) readUncached(w string) reading {
	if strings.IndexByte(w, ' ') < 0 {
		base, mask, ok, self, isSelf := t.lemmaWord(w)
		return reading{base: base, baseMask: mask, known: ok, self: self, other: isSelf && self != base, head: w}
	}
	if id, ok, _ := t.lookup(w); ok {
		return reading{base: id, baseMask: allPOS, known: true}
	}
	// A phrase inflects on its last word: "consumer prices" → "consumer price".
	i := strings.LastIndexByte(w, ' ')
	r := reading{prefix: w[:i+1], head: w[i+1:]}
	if id, _, ok, _, _ := t.lemmaWord(r.head); ok {
		r.head = t.name(id)
	}
	if n := len(r.prefix) + len(r.head); n <= 4*maxWord {
		var buf [4 * maxWord]byte
		copy(buf[copy(buf[:], r.prefix):], r.head)
		r.base, r.known = t.lookupBytes(buf[:n])
		r.baseMask = allPOS
	}
	return r
}

// lemmas returns the lemmas of a reading, none, one or two, without allocating.
func (r *reading) lemmas() (refs [2]lemmaRef, n int) {
	switch {
	case !r.known:
		return refs, 0
	case r.other:
		return [2]lemmaRef{{r.base, r.baseMask}, {r.self, allPOS}}, 2
	}
	return [2]lemmaRef{{r.base, r.baseMask}}, 1
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
