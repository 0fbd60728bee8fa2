package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/figcheck/figcheck/facts"
)

// sentInfo is one sentence of one document with the figures found in it.
type sentInfo struct {
	text string
	// off is the byte offset of the sentence in its document, -1 when the
	// figures' offsets and texts do not tell it.
	off   int
	items []*item // in document order
	// terms are its words with the figures' own texts left out: what a
	// figure without subject is matched by ("burned about 2,200 acres" and
	// "burned nearly 900 hectares" share "burned", not "acres").
	terms []wterm
}

// bindSentences groups the items of each document by sentence, finds where
// each sentence starts and gives figures without subject the words of their
// sentence.
func bindSentences(items []*item, cache termCache) {
	type key struct {
		doc      int
		sentence string
	}
	byKey := map[key]*sentInfo{}
	var order []*sentInfo
	for _, it := range items {
		if it.f.Sentence == "" {
			continue
		}
		k := key{it.doc, it.f.Sentence}
		s := byKey[k]
		if s == nil {
			s = &sentInfo{text: it.f.Sentence}
			byKey[k] = s
			order = append(order, s)
		}
		s.items = append(s.items, it)
		it.sent = s
	}
	for _, s := range order {
		slices.SortStableFunc(s.items, func(a, b *item) int { return a.f.Start - b.f.Start })
		s.off = sentenceOffset(s)
		for _, it := range s.items {
			if !it.empty {
				continue
			}
			if s.terms == nil {
				s.terms = cache.sentence(s.masked())
			}
			it.terms = s.terms
		}
	}
}

// sentenceOffset finds the document offset of a sentence from its figures:
// the one placing every figure's text at its offset, or -1.
func sentenceOffset(s *sentInfo) int {
	first := s.items[0]
	if first.f.Text == "" {
		return -1
	}
	for from := 0; ; {
		i := strings.Index(s.text[from:], first.f.Text)
		if i < 0 {
			return -1
		}
		off := first.f.Start - (from + i)
		ok := true
		for _, it := range s.items {
			p := it.f.Start - off
			if p < 0 || p > len(s.text) || !strings.HasPrefix(s.text[p:], it.f.Text) {
				ok = false
				break
			}
		}
		if ok {
			return off
		}
		from += i + 1
	}
}

// masked is the sentence with the texts of its figures blanked.
func (s *sentInfo) masked() string {
	b := []byte(s.text)
	for _, it := range s.items {
		if it.f.Text == "" {
			continue
		}
		if s.off >= 0 {
			p := it.f.Start - s.off
			for i := p; i < p+len(it.f.Text); i++ {
				b[i] = ' '
			}
			continue
		}
		for from := 0; ; {
			i := strings.Index(string(b[from:]), it.f.Text)
			if i < 0 {
				break
			}
			for j := from + i; j < from+i+len(it.f.Text); j++ {
				b[j] = ' '
			}
			from += i + len(it.f.Text)
		}
	}
	return string(b)
}

// gap is the text of the sentence between two of its figures, a before b;
// ok is false when the offsets do not tell it.
func (s *sentInfo) gap(a, b *item) (string, bool) {
	if s == nil || s.off < 0 || a.f.End > b.f.Start {
		return "", false
	}
	return s.text[a.f.End-s.off : b.f.Start-s.off], true
}

// weakSubject reports whether a subject only names where or who acts, not
// what is counted: every word of it is a place of the demonyms table or a
// capitalised name ("Ukraine", "Seville", "West Ham"). Acronyms ("GDP") are
// not names.
func weakSubject(subject string, terms []wterm) bool {
	if len(terms) == 0 {
		return false
	}
	for _, t := range terms {
		if strings.HasPrefix(t.t, "ev:") {
			return false
		}
	}
	words := strings.FieldsFunc(subject, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	n := 0
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if w == "" || facts.SubjectTerms(w) == nil {
			continue // a stop word
		}
		n++
		if stemCat[canonStem(stem(w))] == "place" {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		rest := w[size:]
		if !unicode.IsUpper(r) || rest == "" || strings.ToLower(rest) != rest {
			return false
		}
	}
	return n > 0
}

// candidate is a subject another figure was given, offered to figures that
// have none.
type candidate struct {
	terms   []wterm
	event   string
	subject string
	weight  float64         // of its terms
	sources map[int][]*item // the figures that have it, by document
}

// contradicts reports whether a figure of its own document has the subject
// with a figure it cannot agree with: a report rarely contradicts itself,
// so the same words there mean another thing ("a minimum term of 19 years"
// beside "a 12-year sentence"; "a billion monthly users" beside "100
// million users").
func (c *candidate) contradicts(it *item) bool {
	for _, y := range c.sources[it.doc] {
		if _, bad := disagree(it, y); bad && it.cmpUnit == y.cmpUnit {
			return true
		}
	}
	return false
}

// borrowSubjects gives a figure without a subject, or with a weak one (a
// name only), the subject of another figure of the same kind, unit
// dimension and change role, from any report, when its sentence states that
// subject in full, as a phrase near the figure ("the latest US military aid
// package for Ukraine, worth $5.3bn" beside "a $4.9bn military aid
// package"). Reports of one story name one thing with the same words; a
// sentence that holds all of them near a figure is about it. It is not done
// when:
//
//   - the subject's words are all in another figure's subject of the same
//     sentence ("Labour won 412 seats … a majority of 174": "seats" is the
//     412's, not the 174's);
//   - the sentence has another figure of the same kind, dimension and role
//     without a subject (which of them would it be?);
//   - the subject has no word of full weight besides its event;
//   - the figure is a count, its sentence names an event and the subject
//     has none ("the death toll from the missile strike rose to 31" is not
//     a count of "missiles");
//   - a figure of the same document has the subject and disagrees with it
//     (see candidate.contradicts);
//   - the extractor's subject says it counts people (see countsPeople).
//
// When several subjects fit, the heaviest is taken, then the one whose words
// stand nearest the figure; two as heavy and as near leave the figure as it
// is. An event taken with the subject must be named in the sentence too.
// Subjects are offered as the extractor (or the level-after-change rule)
// gave them, never as borrowed. A weak subject keeps its own words beside
// the borrowed ones.
func borrowSubjects(items []*item, cache termCache) {
	slot := func(it *item) string { return string(it.f.Kind) + "|" + it.dim + "|" + it.role }
	index := map[string][]*candidate{} // slot + stem → candidates
	seen := map[string]*candidate{}
	for _, it := range items {
		if it.empty || it.weak || !it.hasIv || it.f.Kind == facts.KindDate {
			continue
		}
		full := false
		var w float64
		for _, t := range it.terms {
			w += t.w
			full = full || t.w >= 1 && !strings.HasPrefix(t.t, "ev:")
		}
		if !full {
			continue
		}
		sig := slot(it) + "\x00" + termsKey(it.terms)
		if c := seen[sig]; c != nil {
			c.sources[it.doc] = append(c.sources[it.doc], it)
			continue
		}
		c := &candidate{terms: it.terms, event: it.event, subject: it.subject, weight: w,
			sources: map[int][]*item{it.doc: {it}}}
		seen[sig] = c
		for _, t := range it.terms {
			index[slot(it)+"\x00"+t.t] = append(index[slot(it)+"\x00"+t.t], c)
		}
	}
	if len(index) == 0 {
		return
	}
	for _, it := range items {
		if !(it.empty || it.weak) || !it.hasIv || it.sent == nil || it.f.Kind == facts.KindDate || countsPeople(it) {
			continue
		}
		ambiguous := false
		for _, y := range it.sent.items {
			if y != it && (y.empty || y.weak) && slot(y) == slot(it) {
				ambiguous = true
			}
		}
		if ambiguous {
			continue
		}
		at := -1
		if it.sent.off >= 0 {
			at = it.f.Start - it.sent.off
		}
		words := contextTerms(it.sent.text, at, cache)
		namesEvent := false
		for w := range words.pos {
			namesEvent = namesEvent || strings.HasPrefix(w, "ev:")
		}
		var best *candidate
		bestDist, tie := 0, false
		tried := map[*candidate]bool{}
		for w := range words.pos {
			for _, c := range index[slot(it)+"\x00"+w] {
				if tried[c] {
					continue
				}
				tried[c] = true
				d, ok := c.within(words)
				if !ok || claimedBySibling(it, c) || c.event == "" && namesEvent && it.f.Kind == facts.KindCount ||
					c.contradicts(it) {
					continue
				}
				switch {
				case best == nil || c.weight > best.weight+1e-9:
					best, bestDist, tie = c, d, false
				case c.weight < best.weight-1e-9:
				case d < bestDist:
					best, bestDist, tie = c, d, false
				case d == bestDist:
					tie = tie || !subset(best.terms, c.terms) && !subset(c.terms, best.terms)
				}
			}
		}
		if best == nil || tie {
			continue
		}
		terms := best.terms
		if it.weak {
			terms = dedupe(append(slices.Clone(it.terms), best.terms...))
		} else {
			it.subject = best.subject
		}
		it.setSubject(terms, best.event)
		it.weak = false
	}
}

// countsPeople reports whether the extractor's subject, generic as it is,
// says the figure counts people ("More than 20,000 people crossed … in small
// boats" counts people, not boats): such a figure borrows no subject.
func countsPeople(it *item) bool {
	for _, s := range facts.SubjectTerms(it.f.Subject) {
		if peopleStems[s] {
			return true
		}
	}
	return false
}

// within reports whether all the weighted terms of c are in the sentence,
// close together (a phrase, not words strewn over it: "Core prices, which
// leave out food and energy costs" does not state "energy prices"), and how
// far from the figure that phrase stands, in words.
func (c *candidate) within(ctx sentenceWords) (int, bool) {
	type hit struct{ pos, term int }
	var hits []hit
	n := 0
	for _, t := range c.terms {
		if t.w == 0 {
			continue
		}
		ps, ok := ctx.pos[t.t]
		if !ok {
			return 0, false
		}
		for _, p := range ps {
			hits = append(hits, hit{p, n})
		}
		n++
	}
	if n == 0 {
		return 0, false
	}
	slices.SortFunc(hits, func(a, b hit) int { return a.pos - b.pos })
	// the narrowest window holding every term, nearest the figure of those
	count := make([]int, n)
	have, lo := 0, 0
	bestSpan, bestDist := -1, 0
	for _, h := range hits {
		if count[h.term] == 0 {
			have++
		}
		count[h.term]++
		for have == n {
			first, last := hits[lo].pos, h.pos
			span, dist := last-first+1, 0
			switch {
			case ctx.at < 0:
			case ctx.at < first:
				dist = first - ctx.at
			case ctx.at > last:
				dist = ctx.at - last
			}
			if bestSpan < 0 || span < bestSpan || span == bestSpan && dist < bestDist {
				bestSpan, bestDist = span, dist
			}
			count[hits[lo].term]--
			if count[hits[lo].term] == 0 {
				have--
			}
			lo++
		}
	}
	if bestSpan < 0 || bestSpan > 2*n+1 || bestDist > maxReach {
		return 0, false
	}
	return bestDist, true
}

// maxReach is how many words from its figure a borrowed subject may stand.
const maxReach = 10

// claimedBySibling reports whether c's words all belong to the subject of
// another figure of its sentence.
func claimedBySibling(it *item, c *candidate) bool {
	for _, y := range it.sent.items {
		if y != it && !y.empty && subset(c.terms, y.terms) {
			return true
		}
	}
	return false
}

// subset reports whether every weighted term of a is in b.
func subset(a, b []wterm) bool {
	for _, t := range a {
		if t.w == 0 {
			continue
		}
		if !slices.ContainsFunc(b, func(u wterm) bool { return u.t == t.t }) {
			return false
		}
	}
	return true
}

// sentenceWords are the canonical stems of a sentence and the events it
// names (as "ev:<event>" terms), each with its positions in words (stop
// words left out), and the position of a figure in it (-1 if unknown).
type sentenceWords struct {
	pos map[string][]int
	at  int
}

// contextTerms reads a sentence into sentenceWords, the figure standing at
// byte offset at (-1 if unknown).
func contextTerms(text string, at int, cache termCache) sentenceWords {
	out := sentenceWords{pos: map[string][]int{}, at: -1}
	var words []string
	eachWord(text, func(start int, w string) {
		if at >= 0 && out.at < 0 && start >= at {
			out.at = len(words)
		}
		words = append(words, cache.wordStems(w)...)
	})
	if at >= 0 && out.at < 0 {
		out.at = len(words)
	}
	add := func(t string, p int) { out.pos[t] = append(out.pos[t], p) }
	for i, w := range words {
		add(canonStem(w), i)
		if w == "down" && !(i > 0 && words[i-1] == "shot") {
			continue
		}
		if e, ok := stemEvent[w]; ok {
			add("ev:"+e, i)
		}
		for ev, stems := range eventStems {
			if eventFieldOnly[ev] && slices.Contains(stems, w) {
				add("ev:"+ev, i)
			}
		}
	}
	return out
}

func termsKey(ts []wterm) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(t.t)
		b.WriteByte(0)
	}
	return b.String()
}
