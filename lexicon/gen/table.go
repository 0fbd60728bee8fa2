package main

import (
	"cmp"
	"slices"
)

// keptSenses is how many of a lemma's senses, most frequent first, the table keeps per part
// of speech (noun, verb, adjective, adverb). Rare senses make unrelated words look related.
// The decoder packs each count in two bits.
var keptSenses = [4]int{3, 3, 2, 2}

// maxDescendants bounds how general a hypernym may be and still relate words: "person"
// (12,000 hyponyms below it), "organism", "event", "act", "group" and verbs such as
// "change" and "move" sit above so much that sharing them says nothing. "Country" (227),
// "building" (298) and "city" (914) stay.
const maxDescendants = 1000

// lemmaRecord is what the table stores for one lemma; synset lists hold table ids.
type lemmaRecord struct {
	name     string
	posMask  uint8
	count    int
	senses   [4][]uint32 // kept senses per part of speech
	derived  []uint32    // targets of the lemma's own derivation (+) and pertainym (\) pointers
	antonyms []uint32    // targets of the lemma's own antonym (!) pointers, and its heads'
}

type exception struct {
	inflected string
	base      uint32
}

type table struct {
	lemmas     []lemmaRecord
	nKept      int        // synsets 0..nKept-1 are some lemma's kept sense
	nIDs       int        // synsets nKept..nIDs-1 are only pointer targets
	hypernyms  [][]uint32 // per kept synset: its hypernyms, then hyp2Start
	hyp2Start  []int      // index in hypernyms[i] where the two-step hypernyms begin
	persons    []uint32   // lemmas one of whose kept noun senses denotes people ("miner", "fan")
	exceptions [4][]exception
}

func buildTable(wn *wordnet) *table {
	type senseSet struct {
		senses            [4][]synsetKey
		derived, antonyms []synsetKey
	}
	byLemma := map[string]*senseSet{}
	posMask := map[string]uint8{}
	kept := map[synsetKey]bool{}
	for _, e := range wn.index {
		s := byLemma[e.lemma]
		if s == nil {
			s = &senseSet{}
			byLemma[e.lemma] = s
		}
		posMask[e.lemma] |= 1 << e.pos
		for _, key := range e.synsets[:min(len(e.synsets), keptSenses[e.pos])] {
			ss := wn.synsets[key]
			s.senses[e.pos] = append(s.senses[e.pos], key)
			kept[key] = true
			for _, p := range ss.pointers {
				own := p.source == 0 || wordAt(ss, p.source) == e.lemma
				switch {
				case p.symbol == "&" && ss.satellite:
					// A satellite adjective is opposed to what its cluster's head is
					// opposed to ("jobless" / "employed").
					for _, hp := range wn.synsets[p.target].pointers {
						if hp.symbol == "!" {
							s.antonyms = append(s.antonyms, hp.target)
						}
					}
				case p.symbol == "+" && own && isPerson(ss) != isPerson(wn.synsets[p.target]):
					// A person is not what the person does: "attackers" and "attacks",
					// "voters" and "votes", "killers" and "killed" count different things.
				case (p.symbol == "+" || p.symbol == `\`) && own:
					s.derived = append(s.derived, p.target)
				case p.symbol == "!" && own:
					s.antonyms = append(s.antonyms, p.target)
				}
			}
		}
	}

	names := make([]string, 0, len(byLemma))
	for name := range byLemma {
		names = append(names, name)
	}
	slices.Sort(names)

	// Ids: kept synsets first, numbered as they first appear going through the lemmas in
	// order (so most of a lemma's senses are the next free ids, which encode in a byte),
	// then synsets that are only pointer targets, in file order.
	keyOrder := func(a, b synsetKey) int {
		return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.offset, b.offset))
	}
	ids := make(map[synsetKey]uint32, len(kept))
	for _, name := range names {
		for _, senses := range byLemma[name].senses {
			for _, k := range senses {
				if _, ok := ids[k]; !ok {
					ids[k] = uint32(len(ids))
				}
			}
		}
	}
	nKept := len(ids)
	var targets []synsetKey
	for _, s := range byLemma {
		for _, k := range append(slices.Clip(s.derived), s.antonyms...) {
			if _, ok := ids[k]; !ok {
				targets = append(targets, k)
			}
		}
	}
	slices.SortFunc(targets, keyOrder)
	targets = slices.Compact(targets)
	for i, k := range targets {
		ids[k] = uint32(nKept + i)
	}
	keptKeys := make([]synsetKey, nKept)
	for k, id := range ids {
		if int(id) < nKept {
			keptKeys[id] = k
		}
	}
	toIDs := func(keys []synsetKey) []uint32 {
		out := make([]uint32, 0, len(keys))
		for _, k := range keys {
			out = append(out, ids[k])
		}
		slices.Sort(out)
		return slices.Compact(out)
	}

	t := &table{nKept: nKept, nIDs: nKept + len(targets)}
	lemmaIDs := make(map[string]uint32, len(names))
	for i, name := range names {
		lemmaIDs[name] = uint32(i)
		s := byLemma[name]
		l := lemmaRecord{
			name:     name,
			posMask:  posMask[name],
			count:    wn.counts[name],
			derived:  toIDs(s.derived),
			antonyms: toIDs(s.antonyms),
		}
		for pos, senses := range s.senses {
			l.senses[pos] = toIDs(senses)
		}
		if slices.ContainsFunc(s.senses[0], func(k synsetKey) bool { return isPerson(wn.synsets[k]) }) {
			t.persons = append(t.persons, uint32(i))
		}
		t.lemmas = append(t.lemmas, l)
	}

	// Hypernyms one and two steps up (instance hypernyms count as hypernyms, and a
	// satellite adjective's cluster head counts as its hypernym: "jobless" → "unemployed"),
	// walked over the whole graph but kept only where they land on a kept synset (nothing
	// else can be a word's sense) that is not too general.
	up := func(k synsetKey) []synsetKey {
		var out []synsetKey
		ss := wn.synsets[k]
		for _, p := range ss.pointers {
			if p.symbol == "@" || p.symbol == "@i" || p.symbol == "&" && ss.satellite {
				out = append(out, p.target)
			}
		}
		return out
	}
	descendants := countDescendants(wn)
	keptIDs := func(keys []synsetKey) []uint32 {
		var out []uint32
		for _, k := range keys {
			if kept[k] && descendants[k] <= maxDescendants {
				out = append(out, ids[k])
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	for _, k := range keptKeys {
		one := up(k)
		var two []synsetKey
		for _, h := range one {
			two = append(two, up(h)...)
		}
		h1, h2 := keptIDs(one), keptIDs(two)
		t.hypernyms = append(t.hypernyms, append(h1, h2...))
		t.hyp2Start = append(t.hyp2Start, len(h1))
	}

	for pos, exc := range wn.exceptions {
		forms := make([]string, 0, len(exc))
		for form := range exc {
			forms = append(forms, form)
		}
		slices.Sort(forms)
		for _, form := range forms {
			for _, base := range exc[form] {
				if id, ok := lemmaIDs[base]; ok && base != form {
					t.exceptions[pos] = append(t.exceptions[pos], exception{form, id})
				}
			}
		}
	}
	return t
}

// nounPerson is WordNet's lexicographer file of nouns denoting people.
const nounPerson = 18

func isPerson(ss *synset) bool { return ss != nil && ss.lexFile == nounPerson }

// wordAt returns a synset's n-th word (1-based), or "" when there is none.
func wordAt(ss *synset, n int) string {
	if n < 1 || n > len(ss.words) {
		return ""
	}
	return ss.words[n-1]
}

// countDescendants returns how many synsets lie below each noun and verb synset through
// hyponym and instance links, counting a synset reached along two paths twice (the
// bound it is compared with is rough).
func countDescendants(wn *wordnet) map[synsetKey]int {
	below := map[synsetKey][]synsetKey{}
	for k, ss := range wn.synsets {
		for _, p := range ss.pointers {
			if p.symbol == "@" || p.symbol == "@i" {
				below[p.target] = append(below[p.target], k)
			}
		}
	}
	counts := make(map[synsetKey]int, len(below))
	var count func(k synsetKey) int
	count = func(k synsetKey) int {
		if n, ok := counts[k]; ok {
			return n
		}
		counts[k] = 0 // WordNet's hypernym graph has no cycles; this guards against one
		n := 0
		for _, h := range below[k] {
			n += 1 + count(h)
		}
		counts[k] = n
		return n
	}
	for k := range below {
		count(k)
	}
	return counts
}
