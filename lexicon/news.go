package lexicon

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:embed news.txt
var newsText string

// addNews reads news.txt into the table: a line of phrases separated by " | " is one
// concept; a line starting with "! " names two opposed sides, each a comma-separated list
// ("! civilian, civilians | soldier, troops"), every phrase of one side opposed to every
// phrase of the other. Phrases are lemmatised as queries are, so a line may use any
// inflection.
func (t *table) addNews(text string) error {
	t.concepts = map[uint32][]uint32{}
	t.opposed = map[uint64]bool{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if side, ok := strings.CutPrefix(line, "! "); ok {
			left, right, ok := strings.Cut(side, " | ")
			if !ok || strings.Contains(right, " | ") {
				return fmt.Errorf("news.txt:%d: an opposed line has two sides separated by \" | \"", n+1)
			}
			for _, a := range strings.Split(left, ",") {
				for _, b := range strings.Split(right, ",") {
					x, y := t.newsLemma(a), t.newsLemma(b)
					if x == y {
						return fmt.Errorf("news.txt:%d: %q is opposed to itself", n+1, a)
					}
					t.opposed[pairKey(x, y)] = true
					t.opposed[pairKey(y, x)] = true
					t.markNews(x)
					t.markNews(y)
				}
			}
			continue
		}
		key := uint32(t.nIDs + len(t.conceptNames))
		var phrases []string
		for _, p := range strings.Split(line, " | ") {
			id := t.newsLemma(p)
			if !slices.Contains(t.concepts[id], key) { // "rescued | rescue": one lemma
				t.concepts[id] = append(t.concepts[id], key)
				t.markNews(id)
			}
			phrases = append(phrases, strings.TrimSpace(p))
		}
		if len(phrases) < 2 {
			return fmt.Errorf("news.txt:%d: a concept needs two phrases", n+1)
		}
		t.conceptNames = append(t.conceptNames, phrases)
	}
	// Readings cached while the lines were read may predate phrases added since.
	t.cache = newReadCache()
	return nil
}

// newsLemma returns the lemma id of a news.txt phrase, adding the phrase's base form to
// the table when WordNet lacks it ("policy rate").
func (t *table) newsLemma(phrase string) uint32 {
	phrase = strings.Join(strings.Fields(strings.ToLower(phrase)), " ")
	if r := t.read(phrase); r.known {
		return r.base
	}
	base := t.lemma(phrase)
	id := uint32(len(t.nameEnd) + len(t.extra))
	t.extra = append(t.extra, base)
	t.insert(id)
	return id
}

func pairKey(x, y uint32) uint64 { return uint64(x)<<32 | uint64(y) }

// markNews notes that news.txt names a lemma, so lookups skip the maps for the rest.
func (t *table) markNews(id uint32) {
	for int(id/64) >= len(t.inNews) {
		t.inNews = append(t.inNews, 0)
	}
	t.inNews[id/64] |= 1 << (id % 64)
}

func (t *table) isInNews(id uint32) bool {
	return int(id/64) < len(t.inNews) && t.inNews[id/64]&(1<<(id%64)) != 0
}
