package lexicon

// Relation says how two lower-case words or phrases are related, strongest last.
type Relation uint8

const (
	// Unrelated: nothing below holds, or the two are opposed (see Opposed).
	Unrelated Relation = iota
	// Broader2: a sense of one is exactly two hypernym steps above a sense of the other
	// ("soldier" → "serviceman" → "military personnel"). Words that merely share a
	// hypernym, co-hyponyms such as "imports"/"exports" or "civilians"/"soldiers", are
	// deliberately not related: they are the pairs a comparer must keep apart.
	Broader2
	// Broader1: a sense of one is a direct hypernym, or instance hypernym, of a sense of the
	// other ("post" → "job").
	Broader1
	// Derived: one's derivationally related forms or pertainyms reach a sense of the other,
	// or both reach the same synset ("unemployed"/"unemployment", "Ukrainian"/"Ukraine").
	Derived
	// Concept: a line of news.txt names both ("death toll"/"killed").
	Concept
	// Synonym: they share a synset among their kept senses; a satellite adjective counts as
	// sharing its cluster head's ("jobless"/"unemployed").
	Synonym
	// Same: they have the same lemma ("posts"/"post"), or one's lemma is the other word.
	Same
)

var relationNames = [...]string{"unrelated", "broader2", "broader1", "derived", "concept", "synonym", "same"}

func (r Relation) String() string {
	if int(r) < len(relationNames) {
		return relationNames[r]
	}
	return "Relation(" + string(rune('0'+r)) + ")"
}

// Relate says how two lower-case words or phrases are related, the strongest relation
// that holds between any of their kept senses. It does not allocate.
func Relate(a, b string) Relation {
	return get().relate(a, b)
}

func (t *table) relate(a, b string) Relation {
	ra, rb := t.read(a), t.read(b)
	ia, na := ra.lemmas()
	ib, nb := rb.lemmas()
	if na == 0 || nb == 0 {
		if na == 0 && nb == 0 && ra.prefix == rb.prefix && ra.head == rb.head {
			return Same
		}
		return Unrelated
	}
	for _, x := range ia[:na] {
		for _, y := range ib[:nb] {
			if x.id == y.id {
				return Same
			}
		}
	}
	if t.opposedIDs(ia[:na], ib[:nb]) {
		return Unrelated
	}
	best := Unrelated
	for _, x := range ia[:na] {
		for _, y := range ib[:nb] {
			best = max(best, t.relateLemmas(x, y, best))
		}
	}
	return best
}

// relateLemmas returns the strongest relation between two different lemmas, or
// Unrelated when it is not stronger than floor (which saves the costlier checks).
func (t *table) relateLemmas(x, y lemmaRef, floor Relation) Relation {
	sx, sy := t.senses(x.id, x.mask), t.senses(y.id, y.mask)
	if intersects(sx, sy) {
		return Synonym
	}
	if floor >= Concept {
		return Unrelated
	}
	if t.sharesConcept(x.id, y.id) {
		return Concept
	}
	if floor >= Derived {
		return Unrelated
	}
	dx, dy := t.derived(x.id), t.derived(y.id)
	if intersects(dx, sy) || intersects(sx, dy) || intersects(dx, dy) {
		return Derived
	}
	if floor >= Broader1 {
		return Unrelated
	}
	rel := Unrelated
	for _, pair := range [2][2][]uint32{{sx, sy}, {sy, sx}} {
		for _, s := range pair[0] {
			one, two := t.hypernyms(s)
			if intersects(one, pair[1]) {
				return Broader1
			}
			if intersects(two, pair[1]) {
				rel = Broader2
			}
		}
	}
	if rel > floor {
		return rel
	}
	return Unrelated
}

func (t *table) sharesConcept(x, y uint32) bool {
	if !t.isInNews(x) || !t.isInNews(y) {
		return false
	}
	return intersects(t.concepts[x], t.concepts[y])
}

// intersects reports whether two short id lists share an id. The lists are a few ids
// long, where nested loops beat anything cleverer.
func intersects(a, b []uint32) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// Opposed reports whether two lower-case words or phrases are WordNet antonyms (a
// satellite adjective inherits its cluster head's) or named as opposed in news.txt
// (exports/imports, yes/no, buy/sell, civilian/soldier...).
func Opposed(a, b string) bool {
	t := get()
	ra, rb := t.read(a), t.read(b)
	ia, na := ra.lemmas()
	ib, nb := rb.lemmas()
	return t.opposedIDs(ia[:na], ib[:nb])
}

func (t *table) opposedIDs(xs, ys []lemmaRef) bool {
	for _, x := range xs {
		for _, y := range ys {
			if x.id == y.id {
				return false
			}
			if t.isInNews(x.id) && t.isInNews(y.id) && t.opposed[pairKey(x.id, y.id)] ||
				intersects(t.antonyms(x.id), t.senses(y.id, y.mask)) ||
				intersects(t.antonyms(y.id), t.senses(x.id, x.mask)) {
				return true
			}
		}
	}
	return false
}

// Keys returns small integer ids for what the word can mean (its synsets, its
// derivations' synsets, its news concepts), for indexing candidates: two words with a
// common key are at least Derived or Concept related, unless they are Opposed. A word the
// table lacks has no keys.
func Keys(word string) []uint32 {
	return AppendKeys(nil, word)
}

// AppendKeys appends Keys(word) to dst, for callers that reuse a buffer.
func AppendKeys(dst []uint32, word string) []uint32 {
	t := get()
	r := t.read(word)
	refs, n := r.lemmas()
	start := len(dst)
	add := func(keys []uint32) {
	next:
		for _, k := range keys {
			for _, have := range dst[start:] {
				if have == k {
					continue next
				}
			}
			dst = append(dst, k)
		}
	}
	for _, ref := range refs[:n] {
		add(t.senses(ref.id, ref.mask))
		add(t.derived(ref.id))
		if t.isInNews(ref.id) {
			add(t.concepts[ref.id])
		}
	}
	return dst
}
