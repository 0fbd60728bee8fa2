package compare

import "github.com/figcheck/figcheck/lexicon"

// related reports whether two canonical stems name the same thing in other
// words: WordNet synonyms, derivations, a direct hypernym, or a news
// concept (package lexicon), for any of the words each stem was read from.
// The answers are kept for the call.
func (e *env) related(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	return e.relatedIDs(e.id(a), e.id(b))
}

// relatedIDs is related for two term ids.
func (e *env) relatedIDs(x, y uint32) bool {
	if x == y {
		return true
	}
	a, b := e.names[x], e.names[y]
	if a == "" || b == "" {
		return false
	}
	k := pairKey(x, y)
	if r, ok := e.rel.get(k); ok {
		return r != 0
	}
	r := false
	for _, x := range e.words[a] {
		for _, y := range e.words[b] {
			if lexicon.Relate(x, y) >= lexicon.Broader1 {
				r = true
				break // one related pair of words answers
			}
		}
		if r {
			break
		}
	}
	e.rel.put(k, uint32(b2i(r)))
	return r
}

// opposedIDs reports whether two stems, as term ids, name different
// members of one category (civilians and soldiers, drones and missiles) or
// opposite things (yes and no, imports and exports, deliveries and
// orders): a clash, strong evidence of two things.
func (e *env) opposedIDs(x, y uint32) bool {
	a, b := e.names[x], e.names[y]
	if x == y || a == "" || b == "" {
		return false
	}
	k := pairKey(x, y)
	if r, ok := e.opp.get(k); ok {
		return r != 0
	}
	r := e.opposedOf(a, b)
	e.opp.put(k, uint32(b2i(r)))
	return r
}

// pairKey is the key of an unordered pair of term ids.
func pairKey(x, y uint32) uint64 {
	return uint64(min(x, y))<<32 | uint64(max(x, y))
}

func (e *env) opposedOf(a, b string) bool {
	ca, okA := stemCat[a]
	cb, okB := stemCat[b]
	if okA && okB && ca == cb && !e.related(a, b) {
		return true
	}
	if stemOpposed[a+"\x00"+b] {
		return true
	}
	for _, x := range e.words[a] {
		for _, y := range e.words[b] {
			if lexicon.Opposed(x, y) {
				return true
			}
		}
	}
	return false
}
