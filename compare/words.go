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
	k := [2]uint32{e.id(a), e.id(b)}
	if k[0] > k[1] {
		k[0], k[1] = k[1], k[0]
	}
	if r, ok := e.rel[k]; ok {
		return r
	}
	r := false
	for _, x := range e.words[a] {
		for _, y := range e.words[b] {
			if lexicon.Relate(x, y) >= lexicon.Broader1 {
				r = true
			}
		}
	}
	e.rel[k] = r
	return r
}

// opposed reports whether two stems name different members of one category
// (civilians and soldiers, drones and missiles) or opposite things (yes and
// no, imports and exports, deliveries and orders): a clash, strong evidence
// of two things.
func (e *env) opposed(a, b string) bool {
	if a == b || a == "" || b == "" {
		return false
	}
	k := [2]uint32{e.id(a), e.id(b)}
	if k[0] > k[1] {
		k[0], k[1] = k[1], k[0]
	}
	if r, ok := e.opp[k]; ok {
		return r
	}
	r := e.opposedOf(a, b)
	e.opp[k] = r
	return r
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
