// Package lexicon tells whether two words or phrases from news reports name the same
// thing: "countries" and "nations", "net income" and "profit", "killed" and "death toll",
// "Ukrainian" and "Ukraine"; and whether they name opposite things ("imports", "exports").
//
// It is built from WordNet 3.0 (see WORDNET-LICENSE), cut down to each lemma's most
// frequent senses, with a hand-written table of news concepts WordNet lacks (news.txt).
// The table is decoded on first use.
package lexicon

//go:generate go run ./gen -wordnet /usr/share/wordnet -o wordnet.dat.zst

import "sync"

var (
	loadOnce sync.Once
	loaded   *table
)

// get decodes the embedded table once. The table is generated and tested with the
// package, so a failure to decode is a build defect, not an input error.
func get() *table {
	loadOnce.Do(func() {
		t, err := decode(wordnetData)
		if err == nil {
			err = t.addNews(newsText)
		}
		if err != nil {
			panic(err)
		}
		loaded = t
	})
	return loaded
}

// Lemma returns the base form of a lower-case word (nouns singular, verbs infinitive,
// via WordNet's exception lists and morphy's suffix rules), or the word itself. A phrase
// inflects on its last word: "consumer prices" → "consumer price".
func Lemma(word string) string {
	return get().lemma(word)
}

// NotNoun reports whether WordNet knows a lower-case word, and neither the word nor the
// lemma it inflects has a sense as a noun: "together", "slightly", "nationally". Such a
// word cannot be what a figure counts. A word WordNet lacks (a name, "cpi") or a phrase is
// not reported.
func NotNoun(word string) bool {
	return get().notNoun(word)
}

func (t *table) notNoun(w string) bool {
	found, noun := t.anyLemma(w, func(id uint32) bool { return t.posMask(id)&posNoun != 0 })
	return found && !noun
}

// anyLemma reads a single word and reports whether WordNet knows it, and
// whether any lemma it may inflect satisfies f.
func (t *table) anyLemma(w string, f func(id uint32) bool) (found, any bool) {
	r := t.read(w)
	refs, n := r.lemmas()
	if n == 0 || r.prefix != "" {
		return false, false
	}
	for _, l := range refs[:n] {
		if f(l.id) {
			return true, true
		}
	}
	return true, false
}

// Person reports whether a lower-case word, or the lemma it inflects, is a noun one of
// whose most frequent senses denotes people (WordNet's noun.person): "miners", "fans",
// "inmates", "volunteers". "People" itself names a group, and a phrase is not reported.
func Person(word string) bool {
	return get().isPerson(word)
}

func (t *table) isPerson(w string) bool {
	_, person := t.anyLemma(w, func(id uint32) bool {
		return int(id) < len(t.nameEnd) && t.person[id/64]&(1<<(id%64)) != 0
	})
	return person
}
