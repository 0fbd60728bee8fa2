package facts

import (
	"math"
	"strings"
)

// A figure's frame is what a reader needs, beyond the subject, to tell
// whether two figures speak of the same thing: the head of what is measured,
// the scope (place, organisation, side) and time it is about, its role and
// who gives it. Reports name these differently and the comparer weighs them;
// here they are only read off the sentence, by position and word lists, as
// the subject is.

// frameWindow bounds how far from a figure a scope or time phrase may stand,
// in tokens; with the rule that no other figure stands between, it keeps
// the work per figure constant whatever the sentence's length.
const frameWindow = 10

// sourceVerbs are the verbs of attribution: "police said", "said the mayor".
var sourceVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "estimated": true, "estimates": true,
	"estimate": true, "reported": true, "reports": true, "announced": true, "confirmed": true,
	"stated": true, "claimed": true, "claims": true, "counted": true, "recorded": true,
	"put": true, "puts": true, "added": true, "according": true, "reporting": true, "saying": true,
	"tweeted": true, "posted": true, "wrote": true, "announces": true, "confirms": true,
}

// agentParticiples before "by" make the agent of a passive a figure's
// source: "measured by the USGS", "reported by state media".
var agentParticiples = map[string]bool{
	"measured": true, "reported": true, "estimated": true, "recorded": true, "confirmed": true,
	"announced": true, "registered": true, "released": true, "published": true, "compiled": true,
	"calculated": true, "counted": true, "given": true, "cited": true, "quoted": true,
}

// nearestSource is the nearest attribution of the figure's sentence, but
// not one after a clause that sets another against the figure's: "Only
// 43.35 percent of eligible voters took part, but Orbán has said he will
// use the result" is no figure of Orbán's.
func (s *sent) nearestSource(c *cand, spans []frameSpan) string {
	best, bestDist := "", len(s.toks)+1
	for _, sp := range spans {
		lo, hi, ok := spanGap(c, sp)
		if !ok || sp.i >= c.j && s.contrastBetween(lo, hi) {
			continue
		}
		if dist := hi - lo; dist < bestDist {
			best, bestDist = sp.text, dist
		}
	}
	return best
}

// contrastBetween reports a word or mark between tokens lo and hi that
// opens a clause of its own: "but", "while", "whereas", "although", a
// semicolon.
func (s *sent) contrastBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch s.word(k) {
		case "but", "while", "whereas", "although", "though", ";":
			return true
		}
	}
	return false
}

// agentAfterFigure reports a "by" at token k that follows a figure its
// participle puts "at" or "as": "measured at 6.2 by the agency", "was
// estimated at $3bn by analysts".
func (s *sent) agentAfterFigure(k int, cands []cand) bool {
	for ci := range cands {
		c := &cands[ci]
		if c.kind != "" && c.j == k && c.i >= 2 && (s.word(c.i-1) == "at" || s.word(c.i-1) == "as") && agentParticipleIDs.has(s.id(c.i-2)) {
			return true
		}
	}
	return false
}

// verbGroupStart returns the first token of the verb group whose verb is
// at token k: the auxiliaries and adverbs before it ("had initially
// measured", "have also said", "is now reporting"); k when there are none.
func (s *sent) verbGroupStart(k int) int {
	for k > 0 && s.toks[k-1].kind == tokWord {
		if id := s.toks[k-1].id; !groupAuxiliaryIDs.has(id) && !groupAdverbIDs.has(id) && !isAdverb(s.toks[k-1].text) {
			break
		}
		k--
	}
	return k
}

// activeGroup reports whether the verb group from token st to its verb at
// k is active, so that the phrase before it is the verb's agent: "CNN is
// reporting", "officials have said"; not a passive ("the bill was put at
// $3.1 billion" names no source).
func (s *sent) activeGroup(st, k int) bool {
	ing := strings.HasSuffix(s.word(k), "ing")
	for n := st; n < k; n++ {
		switch s.word(n) {
		case "is", "are", "was", "were", "be", "been", "being":
			if !ing {
				return false
			}
		}
	}
	return true
}

// groupAuxiliaries and groupAdverbs stand inside a verb group.
var (
	groupAuxiliaries = map[string]bool{
		"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
		"has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "may": true,
		"might": true, "did": true, "does": true,
	}
	groupAdverbs = map[string]bool{
		"also": true, "first": true, "initially": true, "later": true, "earlier": true, "now": true,
		"still": true, "previously": true, "originally": true, "already": true, "then": true,
		"separately": true, "officially": true, "subsequently": true, "since": true, "had": true,
	}
)

// measuringVerb reports a verb of measuring at token k that takes the
// thing measured as its object before "at": "the centre measured the
// earthquake at 6.5", "clocked it at 150 km/h". Without an object ("the
// quake measured 6.1", "measured at 6.1") its subject is what is
// measured, not who measures.
func (s *sent) measuringVerb(k int) bool {
	switch s.word(k) {
	case "measured", "measures", "clocked", "rated", "rates":
	default:
		return false
	}
	if !determinerIDs.has(s.id(k+1)) && s.word(k+1) != "it" {
		return false
	}
	for n := k + 2; n < len(s.toks) && n <= k+6; n++ {
		if s.word(n) == "at" {
			return true
		}
		if s.toks[n].kind != tokWord && s.word(n) != "'" {
			return false
		}
	}
	return false
}

// scopePrepositions introduce a scope: "in Kherson province", "at the
// second site", "for No", "across the north".
var scopePrepositions = map[string]bool{
	"in": true, "at": true, "across": true, "for": true, "among": true, "inside": true,
	"within": true, "near": true, "throughout": true,
}

// scopeWords are lower-case words that can head a scope without a capital.
var scopeWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "capital": true, "city": true, "province": true,
	"region": true, "state": true, "county": true, "district": true, "site": true, "area": true,
	"yes": true, "no": true, "village": true, "town": true, "country": true, "camp": true,
}

// placeModifiers stand before a place's name in a scope without being part
// of it: "31 in neighbouring Qinghai province" is of Qinghai province,
// which another report names without the word.
var placeModifiers = map[string]bool{
	"neighbouring": true, "neighboring": true, "nearby": true, "adjacent": true, "neighbour": true,
	"neighbor": true,
}

// placeModifier returns how many tokens from k are a modifier before a
// place's name, 0 if none: a word of placeModifiers, or a lower-case
// compound ("the worst-hit Ludian County", "quake-hit Wenchuan").
func (s *sent) placeModifier(k int) int {
	t := s.toks
	if k < 0 || k+1 >= len(t) || t[k].kind != tokWord || t[k].upper {
		return 0
	}
	if placeModifierIDs.has(t[k].id) && t[k+1].upper {
		return 1
	}
	if k+3 < len(t) && t[k+1].text == "-" && !t[k+1].space && !t[k+2].space && t[k+2].kind == tokWord && !t[k+2].upper &&
		t[k+3].kind == tokWord && t[k+3].upper && t[k+3].class&clsDate == 0 {
		return 3
	}
	return 0
}

// totalScopes say a figure is the whole: it is compatible with a figure
// that names no scope, not with a part.
var totalScopes = map[string]bool{
	"nationwide": true, "nationally": true, "overall": true, "altogether": true,
	"countrywide": true, "worldwide": true, "globally": true,
}

// relativeTimes map phrases of relative time to one normal form, longest
// first within each first word.
var relativeTimes = []struct{ words, norm string }{
	{"a year earlier", "previous year"}, {"a year ago", "previous year"}, {"a year before", "previous year"},
	{"the previous year", "previous year"}, {"the year before", "previous year"}, {"last year", "previous year"},
	{"the same period last year", "previous year"}, {"the same quarter last year", "previous year"},
	{"a month earlier", "previous month"}, {"a month ago", "previous month"}, {"last month", "previous month"},
	{"the previous month", "previous month"}, {"the month before", "previous month"}, {"a quarter earlier", "previous quarter"},
	{"the previous quarter", "previous quarter"}, {"last quarter", "previous quarter"},
	{"a week earlier", "previous week"}, {"last week", "previous week"}, {"a week ago", "previous week"},
	{"the week before", "previous week"},
	{"a day earlier", "previous day"}, {"the day before", "previous day"}, {"yesterday", "previous day"},
	{"so far", "so far"}, {"to date", "so far"}, {"this year", "this year"}, {"next year", "next year"},
	{"this month", "this month"}, {"next month", "next month"}, {"today", "today"},
}

// periodWords name the parts of a year a figure can be about.
var periodWords = map[string]string{"quarter": "Q", "half": "H"}

var ordinalPeriods = map[string]string{
	"first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4",
}

// frameSpan is a scope, time or source phrase of a sentence: tokens [i, j).
type frameSpan struct {
	i, j int
	text string
}

// frames reads the frame phrases of a sentence once; frameOf then gives each
// figure the nearest of them.
type frames struct {
	sources, scopes, times []frameSpan
	leadTime               string // a time phrase that opens the sentence before any figure
	leadScope              string // a scope phrase that opens the sentence, set off by a comma
}

// readFrames scans the sentence for frame phrases into fr, whose slices it
// reuses. cands are its figures, whose tokens are never part of a phrase
// (dates excepted: a date figure is a time).
func (s *sent) readFrames(cands []cand, fr *frames) {
	*fr = frames{sources: fr.sources[:0], scopes: fr.scopes[:0], times: fr.times[:0]}
	inFigure := func(k int) bool {
		for ci := range cands {
			c := &cands[ci]
			if c.kind != "" && c.kind != KindDate && k >= c.i && k < c.j {
				return true
			}
		}
		return false
	}
	firstFigure := len(s.toks)
	for ci := range cands {
		c := &cands[ci]
		if c.kind == "" {
			continue
		}
		if c.kind == KindDate {
			// "the lowest since 2000", "up 40% since March": the date a
			// comparison reaches back to, not the figure's own time
			if s.word(c.i-1) != "since" {
				fr.times = append(fr.times, frameSpan{c.i, c.j, c.date})
			}
			continue
		}
		firstFigure = min(firstFigure, c.i)
	}
	for k := 0; k < len(s.toks); k++ {
		w := s.word(k)
		if s.toks[k].kind != tokWord {
			continue
		}
		if s.toks[k].class&clsFrame == 0 && !isPeriodCode(w) {
			continue // no branch below acts on it
		}
		if t, n := s.timeAt(k); n > 0 {
			if !s.measuredAgainst(k) {
				fr.times = append(fr.times, frameSpan{k, k + n, t})
			}
			k += n - 1
			continue
		}
		if t, n := s.snapshotAt(k); n > 0 {
			fr.times = append(fr.times, frameSpan{k, k + n, t})
			k += n - 1
			continue
		}
		switch {
		case w == "according" && s.word(k+1) == "to":
			if np, end := s.properPhrase(k+2, true); np != "" {
				fr.sources = append(fr.sources, frameSpan{k, end, np})
			}
		case w == "by" && k > 0 && (agentParticipleIDs.has(s.toks[k-1].id) || s.agentAfterFigure(k, cands)):
			// "was measured by the US Geological Survey at 6.1", "as
			// reported by state media": the passive's agent is the source
			if np, end := s.properPhrase(k+1, true); np != "" {
				from := k - 1
				if !agentParticipleIDs.has(s.toks[k-1].id) {
					from = k // the figure before "by" is no part of its source
				}
				fr.sources = append(fr.sources, frameSpan{from, end, np})
				k = end - 1
			}
		case sourceVerbIDs.has(s.toks[k].id) && w != "according" && !s.claimsLives(k, cands) || s.measuringVerb(k):
			// "CNN is reporting over 160 dead", "officials have also
			// said", "the centre had initially measured the quake at 6.5";
			// a passive names no agent before its verb
			np := ""
			if st := s.verbGroupStart(k); st == k {
				np = s.phraseBefore(k)
			} else if s.activeGroup(st, k) {
				np = s.phraseBefore(st)
			}
			if np != "" {
				fr.sources = append(fr.sources, frameSpan{k - 1, k + 1, np})
			} else if np, end := s.properPhrase(k+1, true); np != "" && (w == "said" || w == "says" || w == "told") {
				fr.sources = append(fr.sources, frameSpan{k, end, np})
			}
		case totalScopeIDs.has(s.toks[k].id):
			fr.scopes = append(fr.scopes, frameSpan{k, k + 1, "all"})
		case w == "in" && s.word(k+1) == "total":
			fr.scopes = append(fr.scopes, frameSpan{k, k + 2, "all"})
			k++
		case w == "for" && k > 1 && k+1 < len(s.toks) && s.toks[k-1].kind == tokWord && s.toks[k-1].upper && s.toks[k+1].upper:
			// "the International Organization for Migration", "the Office
			// for National Statistics": a preposition inside a name
			k = s.skipName(k + 1)
		case scopePrepositionIDs.has(s.toks[k].id) && !inFigure(k+1):
			// "the most destructive fire in California history": the
			// place a record is held in, not a scope of the figure
			// a side word that sideAt does not read as a side is a
			// determiner: "rose 5% for no clear reason"
			if np, end := s.properPhrase(k+1, false); np != "" && !recordNouns[s.word(end)] && !s.notASide(np, k+1) {
				np, end = s.placeList(np, end)
				fr.scopes = append(fr.scopes, frameSpan{k, end, np})
				k = end - 1
			} else if np, end := s.groupPhrase(k); np != "" {
				fr.scopes = append(fr.scopes, frameSpan{k, end, np})
				k = end - 1
			}
		}
	}
	fr.times = outermost(fr.times)
	for _, t := range fr.times {
		if t.j <= firstFigure && t.i <= 2 {
			fr.leadTime = t.text
		}
	}
	// "In September 2022, a magnitude 6.6 earthquake …": a month of a
	// year that opens the sentence is its figures' time (a date of words
	// is a fact of its own, not one of the candidates)
	if fr.leadTime == "" {
		for _, d := range s.w.monthDates {
			if d.i <= 2 && d.j <= firstFigure && len(d.text) == 7 && d.text[0] != 'X' && s.word(d.j) == "," {
				fr.leadTime = d.text
			}
		}
	}
	// "In Qinghai, the quake has left 182 people injured and 20 missing":
	// a place that opens the sentence is every figure's
	for _, sp := range fr.scopes {
		if sp.i <= 1 && sp.j <= firstFigure && s.word(sp.j) == "," && sp.text != "all" {
			fr.leadScope = sp.text
		}
	}
}

// whereScope reads the place a figure's "where" clause is about: "the
// Kathmandu Valley, where 1,441 have died", "the central region where
// 2,757 have been killed". The clause opens at most three tokens before
// the figure; the place is the phrase right before "where" that
// properPhrase reads as a scope, ending there.
func (s *sent) whereScope(c *cand) string {
	w := -1
	for k := c.i - 1; k >= 0 && k >= c.i-3; k-- {
		if s.word(k) == "where" {
			w = k
			break
		}
		if s.toks[k].kind == tokPunct {
			return ""
		}
	}
	if w < 1 {
		return ""
	}
	end := w
	if s.word(end-1) == "," {
		end--
	}
	start := end
	for start > 0 && end-start < 4 && s.toks[start-1].kind == tokWord && (s.toks[start-1].upper || scopeWords[s.word(start-1)]) {
		start--
	}
	if start == end {
		return ""
	}
	if np, e := s.properPhrase(start, false); np != "" && e == end {
		return np
	}
	return ""
}

// groupPhrase reads a group of people that "for" or "among" at k sets a
// figure's part by: "Unemployment for adult women fell to 3.1 percent",
// "among black workers": up to two lower-case words and a noun of people
// (personNouns), with nothing after it that goes on the phrase.
func (s *sent) groupPhrase(k int) (string, int) {
	if w := s.word(k); w != "for" && w != "among" {
		return "", k
	}
	for n := k + 1; n < len(s.toks) && n <= k+3; n++ {
		t := &s.toks[n]
		if t.kind != tokWord || t.upper || t.class&(clsSubjectStop|clsDate) != 0 {
			return "", k
		}
		if personNouns[t.text] && t.text != "those" && t.text != "anyone" && t.text != "people" {
			if n+1 < len(s.toks) && s.toks[n+1].kind == tokWord && !s.toks[n+1].upper && isPluralNoun(s.word(n+1)) {
				return "", k // "for women workers": the noun goes on
			}
			return s.wordsText(k+1, n+1), n + 1
		}
	}
	return "", k
}

// defeatVerbs say the name before them beat the name after them.
var defeatVerbs = map[string]bool{
	"defeated": true, "defeats": true, "defeating": true, "beat": true, "beats": true, "beating": true,
	"edged": true, "edges": true, "edging": true, "trounced": true, "routed": true,
}

// defeatShare reads whose share a percentage is in "A defeated B X% to
// Y%" ("Macron defeating nationalist Le Pen 65.5% to 34.5%", "Biden beat
// Trump by 51% to 47%"): X is A's, Y is B's. It returns the name, or "".
func (s *sent) defeatShare(c *cand, cands []cand) string {
	first, winner := -1, true
	for ci := range cands {
		d := &cands[ci]
		if d.kind != KindPercent || d == c {
			continue
		}
		if d.i == c.j+1 && s.word(c.j) == "to" {
			first = c.i // c is the first of the two
		}
		if c.i == d.j+1 && s.word(d.j) == "to" {
			first, winner = d.i, false // c is the second
		}
	}
	if first < 0 {
		return ""
	}
	end := first
	if s.word(end-1) == "by" {
		end--
	}
	nameRun := func(end int) int { // the start of the capitalised run ending at end
		k := end
		for k > 0 && end-k < 4 && s.toks[k-1].kind == tokWord && s.toks[k-1].upper && s.toks[k-1].class&clsDate == 0 {
			k--
		}
		return k
	}
	lo := nameRun(end)
	if lo == end {
		return ""
	}
	v := lo - 1
	for v > 0 && s.toks[v].kind == tokWord && !s.toks[v].upper && !defeatVerbs[s.word(v)] && lo-v <= 2 {
		v-- // "defeating nationalist Le Pen": a modifier before the loser
	}
	if v < 1 || !defeatVerbs[s.word(v)] {
		return ""
	}
	if !winner {
		return s.wordsText(lo, end)
	}
	hi := v
	wlo := nameRun(hi)
	if wlo == hi {
		return ""
	}
	return s.wordsText(wlo, hi)
}

// wordsText is the lower-case words of tokens lo to hi, joined by spaces.
func (s *sent) wordsText(lo, hi int) string {
	words := make([]string, 0, hi-lo)
	for k := lo; k < hi; k++ {
		words = append(words, s.toks[k].text)
	}
	return strings.Join(words, " ")
}

// placeList extends a place phrase that opens a list of places to the
// whole list: "in Nepal, India and Tibet" is the three, not Nepal. Only a
// list closed by "and" is one ("in Paris, France" names Paris).
func (s *sent) placeList(np string, end int) (string, int) {
	parts := []string{np}
	at := end
	for n := 0; n < 4 && s.word(at) == "," && at+1 < len(s.toks) && s.toks[at+1].upper; n++ {
		next, e := s.properPhrase(at+1, false)
		if next == "" {
			break
		}
		parts = append(parts, next)
		if strings.Contains(next, " and ") {
			return strings.Join(parts, ", "), e
		}
		at = e
	}
	return np, end
}

// framedFact is a figure of the sentence and the index of its fact.
type framedFact struct {
	c *cand
	i int
}

// shareClauseTimes gives a figure with no time of its own the year-dated
// time of another figure of its clause: "in 1970, a 7.7-magnitude
// earthquake killed at least 15,000 people" is a toll of 1970 too, though
// the magnitude stands between it and the year (nearestFrame stops at a
// figure). Only a time that names a year is shared: that is what tells
// history told as background from the story's own figures (the comparer's
// pastYear).
func (s *sent) shareClauseTimes(framed []framedFact) {
	if len(framed) < 2 {
		return
	}
	fs := s.w.facts
	for _, x := range framed {
		f := &fs[x.i]
		if f.Time != "" || f.Kind == KindDate {
			continue
		}
		best, dist := "", len(s.toks)
		for _, y := range framed {
			t := fs[y.i].Time
			// the giver stands before, in the same stretch of clause, and
			// is no level a change started from ("37 seats, up from 11.6%
			// in 2018" is no seat count of 2018)
			if y.c.j > x.c.i || fs[y.i].Kind == KindDate || fs[y.i].Role == "from" || len(t) < 4 || t[0] < '1' || t[0] > '2' {
				continue
			}
			if d := x.c.i - y.c.j; d < dist && s.oneClause(y.c.j, x.c.i) {
				best, dist = t, d
			}
		}
		f.Time = best
	}
}

// oneClause reports whether tokens lo to hi hold no punctuation that may
// end a clause or open another: a comma, a semicolon, a colon, a bracket,
// a dash ("… killed 15,000 people in Yunnan, and a magnitude-7.1 quake
// …"; "The 21-year-old, who joined for €5 million in 2020, signs a
// six-year contract").
func (s *sent) oneClause(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch s.word(k) {
		case ",", ";", ":", "(", ")", "—", "–":
			return false
		}
	}
	return true
}

// outermost drops the phrases that lie inside another ("2024" inside "the
// first half of 2024").
func outermost(spans []frameSpan) []frameSpan {
	out := spans[:0]
	for a, sp := range spans {
		inside := false
		for b, o := range spans {
			if a != b && o.i <= sp.i && sp.j <= o.j && o.j-o.i > sp.j-sp.i {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, sp)
		}
	}
	return out
}

// relativeTimesByFirst holds relativeTimes split into words, by first word
// (in their order), so that each word of a sentence costs one lookup; ids
// are the words' IDs (every word numbered), which timeAt compares instead
// of the words' texts.
var relativeTimesByFirst = func() map[string][]relativeTime {
	m := map[string][]relativeTime{}
	for _, rt := range relativeTimes {
		words := strings.Fields(rt.words)
		ids := make([]wordID, len(words))
		for n, w := range words {
			ids[n] = vocab.add(w)
		}
		m[words[0]] = append(m[words[0]], relativeTime{words, ids, rt.norm})
	}
	return m
}()

// relativeTimeSeconds holds the second words of relativeTimes, and
// relativeTimeSingles the phrases of one word (timeAt).
var relativeTimeSeconds, relativeTimeSingles = func() (seconds, singles wordSet) {
	for _, list := range relativeTimesByFirst {
		for _, rt := range list {
			if len(rt.ids) > 1 {
				seconds.put(rt.ids[1])
			} else {
				singles.put(rt.ids[0])
			}
		}
	}
	return seconds, singles
}()

// relativeTime is a phrase of relativeTimes, in words and word IDs.
type relativeTime struct {
	words []string
	ids   []wordID
	norm  string
}

// timeAt reads a time phrase at token k: a relative time ("a year
// earlier"), a part of a year ("the second quarter", "Q2", "the first
// half"), with a year when one follows. It returns the normal form and the
// number of tokens, or 0.
func (s *sent) timeAt(k int) (string, int) {
	w := s.word(k)
	// Most phrases of a first word ("the", "a") part at the second: it
	// is read once.
	// And most words after "the" or "a" are the second word of none:
	// then only a phrase of one word can be read here.
	first, second := s.id(k), s.id(k+1)
	if relativeTimeSeconds.has(second) || relativeTimeSingles.has(first) {
		for _, rt := range relativeTimeIDs.at(first) {
			if len(rt.ids) > 1 && rt.ids[1] != second {
				continue
			}
			ok := true
			// A token's ID is that of its text, and no ID of rt is 0.
			for n, id := range rt.ids {
				if s.id(k+n) != id {
					ok = false
					break
				}
			}
			if ok {
				return rt.norm, len(rt.words)
			}
		}
	}
	// "Q2", "H1"
	if isPeriodCode(w) {
		return s.withYear(strings.ToUpper(w), k+1, 1)
	}
	if n, ok := ordinalPeriodIDs.get(s.id(k)); ok {
		if p, ok := periodWordIDs.get(s.id(k + 1)); ok {
			return s.withYear(p+n, k+2, 2)
		}
	}
	if w == "full" && (s.word(k+1) == "year" || s.word(k+1) == "-" && s.word(k+2) == "year") {
		return "FY", 2 + b2n(s.word(k+1) == "-")
	}
	return "", 0
}

// claimsLives reports a verb of claiming whose object is a figure of
// lives ("the storm has claimed at least five lives"): it is the verb of
// the deaths, not of a source saying so.
func (s *sent) claimsLives(k int, cands []cand) bool {
	switch s.word(k) {
	case "claimed", "claims", "claim", "claiming":
	default:
		return false
	}
	for ci := range cands {
		c := &cands[ci]
		if c.kind != "" && c.i > k && c.i <= k+3 {
			return s.word(c.j-1) == "lives"
		}
	}
	return false
}

// snapshotAt reads at token k a time of day that dates a figure as a
// snapshot: "by 0900 GMT", "by 1 p.m. EDT", "as of 10 am", "as at 6pm",
// "by noon". Prices in the markets and running tallies are given so, and
// two reports' figures of two such times are two moments, not a
// disagreement. "at 11:59 p.m." is left out: it mostly tells when the
// event happened, not when the figure was read. It returns the normal
// form ("09:00 GMT", "13:00 EDT", "10:00") and the tokens read, or 0.
func (s *sent) snapshotAt(k int) (string, int) {
	from := k + 1
	switch s.word(k) {
	case "by":
	case "as":
		if w := s.word(k + 1); w != "of" && w != "at" {
			return "", 0
		}
		from = k + 2
	default:
		return "", 0
	}
	t, n := s.clockAt(from)
	if n == 0 {
		return "", 0
	}
	return t, from - k + n
}

// clockAt reads a time of day at token k: "0900 GMT" (four digits and a
// zone), "1 p.m.", "10:30 a.m.", "7.25pm", each with a zone word after it
// when there is one, or "noon" and "midnight". It returns "HH:MM" and the
// zone in upper case, and the number of tokens, or 0.
func (s *sent) clockAt(k int) (string, int) {
	switch s.word(k) {
	case "noon", "midday":
		return "12:00", 1
	case "midnight":
		return "00:00", 1
	}
	if k >= len(s.toks) || s.toks[k].kind != tokNum || s.toks[k].grouped {
		return "", 0
	}
	t := s.toks[k]
	hour, minute, n := -1, 0, 1
	switch {
	case t.intDigits == 4 && t.decimals < 0:
		// "0900 GMT": only with a zone, or it is a year or a count
		if _, ok := clockZones[s.word(k+1)]; !ok {
			return "", 0
		}
		hour, minute = int(t.num)/100, int(t.num)%100
	case t.intDigits <= 2 && (t.decimals < 0 || t.decimals == 2):
		hour = int(t.num)
		if t.decimals == 2 { // "7.25pm"
			minute = int(math.Round((t.num - float64(hour)) * 100))
		} else if s.word(k+1) == ":" && k+2 < len(s.toks) && s.toks[k+2].kind == tokNum && s.toks[k+2].intDigits == 2 && s.toks[k+2].decimals < 0 {
			minute, n = int(s.toks[k+2].num), 3
		}
		switch s.word(k + n) {
		case "am", "a.m.", "a.m":
			if hour == 12 {
				hour = 0
			}
			n++
		case "pm", "p.m.", "p.m":
			if hour < 12 {
				hour += 12
			}
			n++
		default:
			if n == 1 {
				return "", 0 // "by 10" is no time of day
			}
		}
	default:
		return "", 0
	}
	if hour < 0 || hour > 23 || minute > 59 {
		return "", 0
	}
	out := string([]byte{byte('0' + hour/10), byte('0' + hour%10), ':', byte('0' + minute/10), byte('0' + minute%10)})
	if z, ok := clockZones[s.word(k+n)]; ok {
		out += " " + z
		n++
	}
	return out, n
}

// isPeriodCode tells a quarter or half written as a code: "q2", "h1".
func isPeriodCode(w string) bool {
	return len(w) == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4'
}

// withYear appends a year written right after a period ("the second quarter
// of 2024", "Q2 2024") to its normal form.
func (s *sent) withYear(period string, k, n int) (string, int) {
	at := k
	if s.word(at) == "of" {
		at++
	}
	if at < len(s.toks) && s.toks[at].kind == tokNum && len(s.toks[at].text) == 4 && s.toks[at].num >= 1900 && s.toks[at].num <= 2100 {
		return s.toks[at].text + "-" + period, n + at - k + 1
	}
	return period, n
}

func b2n(b bool) int {
	if b {
		return 1
	}
	return 0
}

// properPhrase reads a scope or source phrase starting at token k: an
// optional determiner, then capitalised words or scope words, with "of" or
// "and" inside a name ("Ministry of Health"). any admits lower-case nouns
// too (a source: "police", "the health ministry"). It returns the phrase in
// lower case and the token after it.
func (s *sent) properPhrase(k int, any bool) (string, int) {
	start := k
	if determinerIDs.has(s.id(k)) {
		start++
	}
	start += s.placeModifier(start)
	// The phrase is built in the worker's buffer: one string at the end, and
	// none for a single word, the phrase's own token text.
	b := s.w.phrase[:0]
	pieces := 0
	end := start
	for n := start; n < len(s.toks) && n < start+5; n++ {
		t := &s.toks[n]
		w := t.text
		if t.kind == tokNum && n > start && end == n {
			// "the A321 family", "Terminal 5": a number inside a name
			b = append(append(b, ' '), w...)
			pieces++
			end = n + 1
			continue
		}
		if s.nameHyphen(n) && end == n {
			// "KwaZulu-Natal", "Baden-Württemberg": one name
			b = append(append(b, '-'), s.toks[n+1].text...)
			pieces++ // the phrase is b, not the first token's text
			end = n + 2
			n++
			continue
		}
		if t.kind != tokWord || t.class&clsDate != 0 {
			break
		}
		if nameParticleIDs.has(t.id) && n > start {
			// "Place de la Nation"
			if m := s.afterParticles(n); m > n {
				for ; n < m; n++ {
					b = append(append(b, ' '), s.toks[n].text...)
				}
				n--
				continue
			}
		}
		if (w == "of" || w == "and") && n > start && n+1 < len(s.toks) && (s.toks[n+1].upper || w == "and" && s.placeModifier(n+1) > 0) {
			b = append(append(b, ' '), w...)
			pieces++
			continue
		}
		if m := s.placeModifier(n); m > 0 && n > start && s.word(n-1) == "and" {
			n += m - 1
			continue // "in Gansu and neighbouring Qinghai"
		}
		// a scope word in a lower-case compound is an adjective: "in
		// state-run hospitals", "city-owned"
		compound := !t.upper && n+1 < len(s.toks) && s.toks[n+1].text == "-" && !s.toks[n+1].space
		content := t.upper || scopeWordIDs.has(t.id) && !compound || any && !frameStopIDs.has(t.id) && !sourceVerbIDs.has(t.id) && !isVerbish(w)
		if !content {
			break
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
		pieces++
		end = n + 1
	}
	s.w.phrase = b
	if end == start || s.recordAfter(end) {
		return "", k
	}
	phrase := s.toks[start].text
	if pieces > 1 {
		phrase = s.phraseText(b, start)
	}
	return strings.TrimSuffix(strings.TrimSuffix(phrase, " of"), " and"), end
}

// phraseBefore reads the subject of an attribution verb at token k: "police
// said", "the health ministry said", "Reuters reported". Up to three words
// before k, stopping at punctuation, a figure or a function word.
func (s *sent) phraseBefore(k int) string {
	from := k
	for n := k - 1; n >= 0 && (n >= k-3 || n >= k-5 && s.toks[n].upper); n-- {
		t := &s.toks[n]
		// "the International Organization for Migration said": a name
		// with a function word inside it is one source
		if (t.text == "for" || t.text == "of") && n > 0 && from < k && s.toks[from].upper && s.toks[n-1].kind == tokWord && s.toks[n-1].upper {
			from = n
			continue
		}
		if t.kind != tokWord || frameStopIDs.has(t.id) || determinerIDs.has(t.id) || isVerbish(t.text) || t.class&clsNumber != 0 {
			break
		}
		from = n
	}
	for from < k && (s.toks[from].text == "for" || s.toks[from].text == "of") {
		from++
	}
	if from == k {
		return ""
	}
	// "Chinese state media across the board reporting it": a common noun
	// after a preposition and its article is the preposition's object, not
	// the verb's agent, which stands before the preposition
	if from >= 2 && !s.toks[from].upper && determinerIDs.has(s.id(from-1)) && (scopePrepositionIDs.has(s.id(from-2)) || s.word(from-2) == "on") {
		return s.phraseBefore(from - 2)
	}
	// "with almost 95 percent of votes counted", "98.56 percent of the
	// ballots counted": the noun of an of-phrase before a participle is
	// what was counted, not who counted
	if from >= 1 && !s.toks[from].upper && (s.word(from-1) == "of" || from >= 2 && determinerIDs.has(s.id(from-1)) && s.word(from-2) == "of") {
		return ""
	}
	b := s.w.npBuf[:0]
	for n := from; n < k; n++ {
		if n > from {
			b = append(b, ' ')
		}
		b = append(b, s.toks[n].text...)
	}
	s.w.npBuf = b
	return s.phraseText(b, from)
}

// frameStops are function words that end a frame phrase.
var frameStops = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "from": true, "as": true,
	"it": true, "they": true, "he": true, "she": true, "we": true, "this": true, "that": true, "which": true,
	"who": true, "was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"be": true, "been": true, "not": true, "also": true, "than": true, "up": true, "down": true, "its": true,
	"their": true, "his": true, "her": true, "there": true, "after": true, "before": true, "since": true,
	"when": true, "while": true, "about": true, "more": true, "most": true, "some": true, "all": true,
}

// frameOf fills a figure's frame fields from the sentence's phrases: the
// nearest phrase within frameWindow tokens with no other figure between.
func (s *sent) frameOf(c *cand, f *Fact, fr *frames, cands []cand) {
	if c.kind == KindDate {
		return
	}
	f.Measure = c.measure
	if f.Measure == "" {
		f.Measure = measureOf(s.w.strs.lower(f.Subject), f.Event)
	}
	if f.Measure == "" && f.Subject == "" {
		f.Measure = s.contextMeasure(c, cands)
	}
	if s.countedShare(c) {
		f.Measure = countedMeasure
	}
	// "the fire was 30 percent contained", "90% complete": a share
	// followed by the state it measures is of that state, whatever its
	// clause's subject (another report: "was 20% contained")
	if c.kind == KindPercent && shareStates[s.word(c.j)] {
		f.Measure = s.word(c.j)
	}
	if s.thresholdFigure(c) {
		f.Measure = thresholdMeasure
	}
	// "the fire had burned 100,000 acres", "torched more than 151,000
	// acres of parched scrub", "5,000 hectares were scorched": an area a
	// fire burns is the burned area, whatever grew on it
	if c.kind == KindQuantity && s.burnedArea(c) {
		f.Measure = burnedMeasure
	}
	f.Role = roleOf(c, s)
	f.Source = s.nearestSource(c, fr.sources) // an attribution covers its clause
	f.Scope = c.scope
	if f.Scope == "" && c.kind == KindPercent {
		// "Macron defeated Le Pen 65.5% to 34.5%": the winner's share,
		// then the loser's
		if side := s.defeatShare(c, cands); side != "" {
			f.Scope, f.Measure = side, "vote"
		}
	}
	if f.Scope == "" {
		// "55% for Yes", "The No side won 55%": the side of the vote is
		// the figure's part; a line's label before it is where the side's
		// share was counted ("NT: 'yes' 39.48": nt yes)
		if side := s.voteSide(c); side != "" {
			f.Scope = side
			if place := s.labelScope(c); place != "" {
				f.Scope = place + " " + side
			}
		}
	}
	if f.Scope == "" {
		f.Scope = s.possessiveScope(c)
	}
	if f.Scope == "" && c.contrasted {
		f.Scope = s.contrastScope(c)
	}
	if f.Scope == "" {
		f.Scope = nearestFrame(c, fr.scopes, cands, 3)
	}
	if f.Scope == "" {
		f.Scope = s.whereScope(c)
	}
	if f.Scope == "" && !s.causedBy(c) && !s.bracketLabel(c.i) {
		// (a label before the figure says what it measures, not whose
		// it is: "(Case fatality rate: 31%)")
		f.Scope = s.actor(c, cands)
	}
	if f.Scope == "" {
		f.Scope = s.labelScope(c)
	}
	if f.Scope == "" {
		f.Scope = nearestFrame(c, ownScopes(c, fr), cands, frameWindow)
	}
	if f.Scope == "" {
		f.Scope = fr.leadScope
	}
	// "about 18 miles southwest of Zhaotong", "23 km southwest of the
	// county seat of Ludian": a distance is from the place it names, which
	// tells two distances apart better than where the sentence is
	if f.Measure == "distance" {
		if ref := s.distanceFrom(c); ref != "" {
			f.Scope = ref
		}
	}
	f.Time = s.nearestTime(c, fr.times, cands)
	if f.Time == "" {
		f.Time = fr.leadTime
	}
	if f.Time == "" && s.earlierFigure(c) {
		f.Time = TimeEarlier
	}
	if s.forecastBefore(c, cands) || pollSource(f.Source) || s.projectedClause(c) {
		f.Modality = "forecast"
	}
	if f.Change != nil && f.ChangeRole != "from" || c.role == "by" {
		f.ChangeBase = s.changeBaseOf(c)
	} else if c.kind == KindPercent {
		// "… and 4.0% from a year earlier": the base right after a
		// figure makes it a change over that period
		f.ChangeBase = s.changeBaseAt(c.j)
	}
	s.carriedShare(c, f, cands)
}

// labelScope reads the name that labels a line, before a colon at its
// start, as the scope of every figure after it: "AfD: 14.6%, 32 seats",
// "Free Voters: 15.8%, 37 seats". A single capitalised word is a name
// only if it has a capital inside it or the text writes it with its
// capital inside a sentence too (lineLabel reads any other label as what
// is measured: "Turnout: 64%").
func (s *sent) labelScope(c *cand) string {
	colon := -1
	from := s.lineStart()
	for k := from + 1; k < len(s.toks) && k <= from+4; k++ {
		if s.toks[k].text == ":" {
			colon = k
			break
		}
	}
	if colon < 0 || c.i <= colon || s.datelineColon(colon, c.i) {
		return ""
	}
	if determinerIDs.has(s.id(from)) {
		from++
	}
	for k := from; k < colon; k++ {
		if t := &s.toks[k]; t.kind != tokWord || !t.upper || t.class&clsDate != 0 {
			return ""
		}
	}
	first := &s.toks[from]
	if from == colon || colon-from == 1 && !first.allUpper && !s.w.nameInside(first.raw) {
		return ""
	}
	words := make([]string, 0, colon-from)
	for k := from; k < colon; k++ {
		words = append(words, s.toks[k].text)
	}
	return strings.Join(words, " ")
}

// datelineColon reports a label whose colon opens a sentence of words
// before the figure at i, no figure right after it: a dateline, the place
// the report was written ("Pedernales: The death toll from the powerful
// earthquake … has risen to 262"), not whose figure it is ("Free Voters:
// 15.8%, 37 seats").
func (s *sent) datelineColon(colon, i int) bool {
	if i-colon <= 4 {
		return false
	}
	for k := colon + 1; k < i; k++ {
		if s.toks[k].kind == tokNum {
			return false
		}
	}
	return true
}

// possessiveScope reads a name in the possessive right before a figure,
// whose figure it is: "The Liberals' 4.6%", "to Mr Howard's 42.7
// percent", "Britain's 3.4%". Only a name (capitalised words) is a scope;
// "the country's 5%" says nothing more of it.
func (s *sent) possessiveScope(c *cand) string {
	k := c.i - 1
	if k < 1 {
		return ""
	}
	var last string
	switch t := &s.toks[k]; {
	case t.kind == tokWord && t.upper && strings.HasSuffix(t.text, "'s"):
		last = strings.TrimSuffix(t.text, "'s")
	case t.text == "'" && !t.space && s.toks[k-1].kind == tokWord && s.toks[k-1].upper && strings.HasSuffix(s.toks[k-1].text, "s"):
		k--
		last = s.toks[k].text
	default:
		return ""
	}
	words := []string{last}
	for n := k - 1; n >= 0 && len(words) < 4 && s.toks[n].kind == tokWord && s.toks[n].upper && s.toks[n].class&clsDate == 0; n-- {
		words = append([]string{s.toks[n].text}, words...)
	}
	if len(words) > 1 && determinerIDs.has(s.id(k-len(words)+1)) {
		words = words[1:] // "The Liberals'"
	}
	return strings.Join(words, " ")
}

// contrastScope reads whose a contrasted figure is from the phrase right
// after it, lower case allowed: "against 27.1% for boys", "compared with
// 22.1% at comprehensive schools".
func (s *sent) contrastScope(c *cand) string {
	switch s.word(c.j) {
	case "for", "at", "among", "in":
		np, _ := s.properPhrase(c.j+1, true)
		return np
	}
	return ""
}

// forecastWords say that what follows is expected, not what is: "expects
// to carry 46 million", "a forecast of 1.5%", "projected to reach", "now
// sees full-year EBITDA of" (a company's guidance, as the wires word it).
var forecastWords = map[string]bool{
	"expect": true, "expects": true, "expected": true, "expecting": true,
	"forecast": true, "forecasts": true, "forecasted": true, "forecasting": true,
	"project": true, "projects": true, "projected": true, "projecting": true, "projection": true, "projections": true,
	"predict": true, "predicts": true, "predicted": true, "prediction": true,
	"outlook": true, "guidance": true, "target": true, "targets": true, "targeted": true, "targeting": true,
	"anticipate": true, "anticipates": true, "anticipated": true, "sees": true,
	"expectations": true, "consensus": true, "estimates": true,
}

// pollSource reports a source that is a poll ("according to the exit
// poll", "a YouGov poll"): what it gives is a projection of a result, as
// a forecast is, not the result.
func pollSource(src string) bool {
	for w := range strings.FieldsSeq(src) {
		if w == "poll" || w == "polls" {
			return true
		}
	}
	return false
}

// projectionNouns say the figures of what they show are a projection:
// "exit polls show", "projections show that Macron has won 65.5%".
var projectionNouns = map[string]bool{"poll": true, "polls": true, "projection": true, "projections": true, "estimates": true}

// showVerbs report what a poll or a projection found.
var showVerbs = map[string]bool{"show": true, "shows": true, "showed": true, "suggest": true, "suggests": true, "suggested": true, "indicate": true, "indicates": true, "indicated": true}

// projectedClause reports a figure in what a forecast verb or a poll
// governs in its sentence: after "are projecting that", "polls show
// that", "exit polls suggest" however far before, or before ", projections
// show" (a clause break of ";" ends it). The words are read by ID, and a
// sentence without such words anywhere (mayProject) is not walked for each
// of its figures.
func (s *sent) projectedClause(c *cand) bool {
	if !s.mayProject() {
		return false
	}
	for k := c.i - 1; k >= 1; k-- {
		w := s.word(k)
		if w == ";" || w == ":" {
			break
		}
		if s.projectionOpener(k) {
			return true
		}
	}
	for k := c.j; k+1 < len(s.toks); k++ {
		w := s.word(k)
		if w == ";" || w == ":" || w == "." {
			break
		}
		if projectionNounIDs.has(s.toks[k].id) && showVerbIDs.has(s.toks[k+1].id) && s.word(k-1) == "," {
			return true
		}
	}
	return false
}

// projectionOpener reports token k (k >= 1) as the word that opens a
// projected clause: "that" after a forecast verb, or a verb of showing
// after a poll or projection ("polls show").
func (s *sent) projectionOpener(k int) bool {
	t := &s.toks[k]
	return (t.text == "that" && (forecastWordIDs.has(s.toks[k-1].id) || s.toks[k-1].text == "projecting")) ||
		showVerbIDs.has(t.id) && projectionNounIDs.has(s.toks[k-1].id)
}

// mayProject reports whether the sentence holds a projected clause's
// words anywhere: an opener (projectionOpener), or a poll or projection
// before a verb of showing (which that also finds). It is read once, and
// only in a sentence whose contexts hold such a verb.
func (s *sent) mayProject() bool {
	if !s.projRead {
		s.projRead = true
		// An opener holds a forecast verb or a verb of showing, which
		// the sentence's contexts note (ctxProjection).
		for k := 1; k < len(s.toks) && !s.proj && s.context()&ctxProjection != 0; k++ {
			s.proj = s.projectionOpener(k)
		}
	}
	return s.proj
}

// forecastWindow is how many tokens before a figure a forecast word may
// stand in its clause.
const forecastWindow = 8

// forecastBefore reports a forecast word in the figure's clause before it,
// with no other figure between: "now expects to carry 46 million", but not
// "rose 2%, more than expected" (after the figure) or "than expected 3%"
// ("than" or "as" before the word makes it a comparison with a forecast).
func (s *sent) forecastBefore(c *cand, cands []cand) bool {
	for k := c.i - 1; k >= 0 && k >= c.i-forecastWindow; k-- {
		t := &s.toks[k]
		if t.kind == tokPunct && t.text != "-" && t.text != "'" || t.text == "but" || t.text == "while" || t.text == "after" {
			return false
		}
		if forecastPhrase(s, k) {
			return !figureBetween(cands, c, k, c.i)
		}
		if forecastWordIDs.has(t.id) {
			prev := s.word(k - 1)
			return prev != "than" && prev != "as" && !figureBetween(cands, c, k, c.i)
		}
	}
	return false
}

// superlatives after a possessive name make it the holder of a record,
// not a scope: "the death toll in California's deadliest-ever wildfire to
// 63", "in the country's worst disaster".
var superlatives = map[string]bool{
	"deadliest": true, "worst": true, "largest": true, "biggest": true, "strongest": true,
	"costliest": true, "bloodiest": true, "greatest": true, "most": true, "highest": true,
	"lowest": true, "heaviest": true, "longest": true, "fiercest": true, "severest": true,
	"best": true, "fastest": true,
}

// afterConversion is the token after figure c and the bracketed conversion
// that may follow it ("1,200 ft (365 m) above the ground").
func (s *sent) afterConversion(c *cand) int {
	k := c.j
	if s.word(k) == "(" {
		for k < len(s.toks) && k-c.j < 6 && s.word(k) != ")" {
			k++
		}
		k++
	}
	return k
}

// distanceFrom reads the place a distance is measured from: after the
// figure (and a bracketed conversion), a direction and "of", or "from";
// past an article and a lower-case head with its "of" ("the county seat
// of Ludian"). It returns "" for none.
func (s *sent) distanceFrom(c *cand) string {
	k := s.afterConversion(c)
	if compassWords[s.word(k)] {
		k++
		if s.word(k) == "-" && compassWords[s.word(k+1)] {
			k += 2
		}
		if s.word(k) != "of" {
			return ""
		}
	} else if s.word(k) != "from" {
		return ""
	}
	k++
	if determinerIDs.has(s.id(k)) {
		k++
	}
	// "the county seat of Ludian", "the centre of the city"
	for n := k; n < len(s.toks) && n < k+3; n++ {
		if s.toks[n].kind != tokWord || s.toks[n].upper {
			break
		}
		if s.word(n+1) == "of" {
			k = n + 2
			if determinerIDs.has(s.id(k)) {
				k++
			}
			break
		}
	}
	np, _ := s.properPhrase(k, true)
	return np
}

// compassWords are the directions a distance is placed by.
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true, "northwards": true,
}

// burnedMeasure is the measure of an area a fire burned.
const burnedMeasure = "burned area"

// burnedArea reports an area with a verb of burning within a few tokens
// before it in its clause, or right after it (past its conversion).
func (s *sent) burnedArea(c *cand) bool {
	if unitDimension(c.unit) != "area" {
		return false
	}
	for k := c.i - 1; k >= 0 && k >= c.i-4; k-- {
		if burnVerbs[s.word(k)] {
			return true
		}
		if s.toks[k].kind != tokWord {
			break
		}
	}
	k := s.afterConversion(c)
	for n := k; n < len(s.toks) && n < k+3; n++ {
		if burnVerbs[s.word(n)] {
			return true
		}
	}
	return false
}

var burnVerbs = map[string]bool{
	"burned": true, "burnt": true, "burning": true, "burns": true, "torched": true, "scorched": true,
	"charred": true, "blackened": true, "consumed": true, "razed": true, "engulfed": true,
}

// thresholdMeasure is the measure of a figure a rule sets as the bar to
// reach ("a minimum turnout of 50 percent", "the 50 percent threshold"),
// which is no figure of what happened: a turnout of 43% does not
// contradict it.
const thresholdMeasure = "threshold"

// thresholdFigure reports a figure set as a bar: a threshold noun after
// it in its compound ("the 50 percent plus-one-vote threshold"), or
// "minimum" or a verb of requiring just before it ("A minimum turnout of
// 50 percent", "would have required 50 percent of eligible voters").
func (s *sent) thresholdFigure(c *cand) bool {
	// (a switch, not a map: every figure asks)
	for k := c.j; k < len(s.toks) && k < c.j+5; k++ {
		switch s.word(k) {
		case "threshold", "quorum", "minimum":
			return true
		}
		if s.toks[k].kind != tokWord && s.word(k) != "-" {
			break
		}
	}
	for k := c.i - 1; k >= 0 && k >= c.i-3; k-- {
		switch s.word(k) {
		case "minimum", "required", "requires", "require":
			return true
		case "needed":
			return k == c.i-1
		}
		if s.toks[k].kind != tokWord {
			break
		}
	}
	return false
}

// shareStates are the states a percentage before them measures.
var shareStates = map[string]bool{
	"contained": true, "complete": true, "completed": true, "vaccinated": true, "immunised": true,
	"immunized": true, "full": true, "occupied": true, "built": true, "finished": true, "done": true,
	"restored": true, "sold": true, "booked": true, "funded": true,
}

// recordNouns after a place make it where a record is held: "in
// California history", "in US records".
var recordNouns = map[string]bool{"history": true, "records": true, "record": true}

// recordAfter reports a possessive name ending at token end (exclusive)
// followed by a superlative ("California's deadliest-ever").
func (s *sent) recordAfter(end int) bool {
	if end <= 0 || end >= len(s.toks) || !strings.HasSuffix(s.toks[end-1].text, "'s") {
		return false
	}
	return superlativeIDs.has(s.id(end))
}

// bracketLabel reports a label in a bracket right before the figure at i
// ("(Case fatality rate: 31%)"): what it measures, read by lineLabel.
func (s *sent) bracketLabel(i int) bool {
	if s.word(i-1) != ":" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if s.word(k) == "(" {
			return s.lineLabel(i) != ""
		}
	}
	return false
}

// causeVerbs, right before an event's count (hedges aside), make the name
// that opens the clause its cause, not its scope: "Camp Fire leaves 29
// dead", "The Camp Fire has also destroyed 6,700 buildings" (other reports
// say "the blaze"), where "KwaZulu-Natal accounted for 41 of the deaths"
// names a part.
var causeVerbs = map[string]bool{
	"left": true, "leaves": true, "leaving": true, "killed": true, "kills": true, "killing": true,
	"claimed": true, "claims": true, "destroyed": true, "destroys": true, "destroying": true,
	"injured": true, "injures": true, "wounded": true, "displaced": true, "damaged": true,
	"razed": true, "flattened": true, "burned": true, "burnt": true, "forced": true,
}

// causedBy reports an event's count right after a verb of causing.
func (s *sent) causedBy(c *cand) bool {
	if c.kind != KindCount || c.event == "" {
		return false
	}
	k := c.i - 1
	for k > 0 && (determinerIDs.has(s.id(k)) || boundWordIDs.has(s.id(k))) {
		k--
	}
	return k >= 0 && causeVerbIDs.has(s.id(k))
}

// actor reads the name that opens a figure's clause, the party, company or
// place the figure belongs to: "The Free Voters came second with 15.8%",
// "… and the FDP 3.0%", "Free Voters: 15.8%", "Karnali province accounts
// for 131 of the dead". The clause runs back from the figure to a comma,
// semicolon, "and" or the sentence's start, with no other figure in it. A
// name is a run of capitalised words (a determiner before it aside); at the
// very start of a sentence a single capitalised word is taken only if it is
// all capitals (SPD) or followed by a scope word (Karnali province), since
// any first word has a capital.
func (s *sent) actor(c *cand, cands []cand) string {
	start := c.i
	for start > 0 {
		w := s.word(start - 1)
		t := &s.toks[start-1]
		if w == "," || w == ";" || w == "and" || w == "(" || t.kind == tokPunct && w != ":" && w != "'" && w != "-" {
			break
		}
		start--
	}
	if start >= c.i || figureBetween(cands, c, start, c.i) {
		return ""
	}
	// "followed by the AfD on 14.6%": a name right before "on" or "with"
	if p := s.word(c.i - 1); p == "on" || p == "with" {
		n := c.i - 2
		var words []string
		for ; n >= start && len(words) < 4 && s.toks[n].kind == tokWord && s.toks[n].upper && s.toks[n].class&clsDate == 0; n-- {
			words = append([]string{s.toks[n].text}, words...)
		}
		// "followed by the centrist Civic Coalition with 31.6 percent",
		// "the far-right Confederation with 6.2 percent": a lower-case
		// modifier between the determiner and the name
		m := n
		for m >= start && m > n-4 && (s.toks[m].kind == tokWord && !s.toks[m].upper && !frameStopIDs.has(s.toks[m].id) || s.word(m) == "-" && !s.toks[m].space) {
			m--
		}
		if len(words) > 0 && m < n && m >= 0 && determiners[s.word(m)] {
			n = m
		}
		if len(words) > 0 && n >= 0 && (determiners[s.word(n)] || n >= start && s.toks[n].kind != tokWord) {
			return strings.Join(words, " ")
		}
	}
	name, n := s.nameAt(start, c.i)
	if name == "" {
		name, n = s.winnerName(start, c)
	}
	if name == "" && start > 0 && s.word(start-1) == "," {
		// "The Free Voters, the CSU's junior partner in the state
		// government, came second with 15.5%": the name stands before
		// the apposition, which is the whole of what lies between the
		// two commas.
		open := s.appositionStart(start-1, cands, c)
		if open > 0 {
			// "the main opposition's candidate, Muharrem Ince, won
			// 30.64%": the apposition is itself the name
			if nm, end := s.nameAt(open+1, start-1); nm != "" && end == start-1 {
				return nm
			}
		}
		if open > 0 {
			from := open
			for from > 0 && s.toks[from-1].kind == tokWord || from > 0 && s.word(from-1) == "'" {
				from--
			}
			if nm, end := s.nameAt(from, open); end == open {
				name, n = nm, start
			}
		}
	}
	if name == "" || s.titleCaseName(start, n) {
		return ""
	}
	// "Police said 30 were hurt", "The China Earthquake Networks Center
	// had initially measured the earthquake at 6.5": a source, not a scope
	v := n
	for v < len(s.toks) && s.toks[v].kind == tokWord && (groupAuxiliaryIDs.has(s.toks[v].id) || groupAdverbIDs.has(s.toks[v].id) || isAdverb(s.toks[v].text)) {
		v++
	}
	if sourceVerbIDs.has(s.id(v)) || s.measuringVerb(v) {
		return ""
	}
	return name
}

// titleCaseName reports a name read from tokens start to end of a line in
// Title Case ("Apple Posts Monster $143.8 Billion Quarter": "Apple Posts
// Monster" is no name) that holds a word the text never writes with its
// capital inside a sentence: the line's capitals say nothing of names.
func (s *sent) titleCaseName(start, end int) bool {
	if !s.titleLine() || s.end > len(s.w.src) {
		return false
	}
	// the text after the line, not the line itself, says how a word is
	// written; a bounded stretch of it, so that the work per line stays
	// bounded
	after := s.w.src[s.end:min(len(s.w.src), s.end+titleCaseReach)]
	for k := start; k < end && k < len(s.toks); k++ {
		if t := &s.toks[k]; t.kind == tokWord && t.upper && !t.allUpper && !writtenAsName(after, t.raw) {
			return true
		}
	}
	return false
}

// titleCaseReach is how far past a Title Case line its words are looked
// for.
const titleCaseReach = 8 << 10

// writtenAsName reports whether text writes word with its capital inside a
// sentence (after a lower-case word, a comma or a digit), or word has a
// capital after its first letter ("iPhone", "AfD").
func writtenAsName(text, word string) bool {
	if len(word) < 2 || strings.ToLower(word[1:]) != word[1:] {
		return true
	}
	for at := 0; ; {
		k := strings.Index(text[at:], word)
		if k < 0 {
			return false
		}
		k += at
		at = k + len(word)
		if at < len(text) && (text[at] >= 'a' && text[at] <= 'z' || text[at] >= 'A' && text[at] <= 'Z') {
			continue // part of a longer word
		}
		if k >= 2 && text[k-1] == ' ' {
			if c := text[k-2]; c >= 'a' && c <= 'z' || c == ',' || c >= '0' && c <= '9' {
				return true
			}
		}
	}
}

// titleLine reports a short sentence most of whose longer words after the
// first have capitals: a headline in Title Case.
func (s *sent) titleLine() bool {
	t := s.toks
	if len(t) > 30 {
		return false
	}
	long, capital := 0, 0
	for k := 1; k < len(t); k++ {
		if t[k].kind != tokWord || len(t[k].text) < 4 || t[k].allUpper {
			continue
		}
		long++
		if t[k].upper {
			capital++
		}
	}
	return long >= 3 && capital*4 >= long*3
}

// nameAt reads a name opening a clause at token start, before token end: a
// run of capitalised words (scope words after the first), a determiner
// before it aside. It returns the name in its written case and the token
// after it, or "". At the very start of a sentence a single capitalised
// word is taken only if it is all capitals (SPD), since any first word has
// a capital, and so after the quotation marks or bracket that open it.
func (s *sent) nameAt(start, end int) (string, int) {
	k := start
	if determinerIDs.has(s.id(k)) {
		k++
	}
	var words []string
	n := k
	joined := false
	for ; n < end && len(words) < 4; n++ {
		t := &s.toks[n]
		if len(words) > 0 && n+1 < end && s.nameHyphen(n) {
			words[len(words)-1] += "-" + s.toks[n+1].text
			joined = true
			n++
			continue
		}
		if t.kind == tokWord && (t.upper || len(words) > 0 && scopeWordIDs.has(t.id)) && t.class&clsDate == 0 {
			words = append(words, t.text)
			continue
		}
		break
	}
	if len(words) == 0 {
		return "", n
	}
	// "BUTTE COUNTY — With 42 people dead": a function word that opens a
	// clause has its capital from its place, and names nothing
	if len(words) == 1 && frameStopIDs.has(s.toks[k].id) {
		return "", n
	}
	// the sentence's first word may follow an opening quote or bracket
	// ("\"I can confirm 40 people…\"", "\"So far we can confirm 21…"),
	// and a quotation opens a sentence of its own wherever it stands
	// ("told reporters: \"I can confirm…")
	first := 0
	for first < len(s.toks) && s.toks[first].kind != tokWord {
		first++
	}
	quoteOpens := k > 0 && openingQuoteIDs.has(s.toks[k-1].id)
	if k <= first || quoteOpens || k == first+1 && determinerIDs.has(s.id(first)) {
		// "Puebla, a town southeast of Mexico City, saw 11 deaths": an
		// apposition that opens with an article names what the first
		// word is, a name
		apposed := n == k+1 && s.word(n) == "," && (s.word(n+1) == "a" || s.word(n+1) == "an" || s.word(n+1) == "the") && !adverbOpeners[s.toks[k].text]
		if len(words) == 1 && !s.toks[k].allUpper && !joined && !apposed {
			return "", n
		}
	}
	return s.joinWords(words, k), n
}

// adverbOpeners open a sentence with a comma after them and are no name:
// "However, the toll rose".
var adverbOpeners = map[string]bool{
	"however": true, "meanwhile": true, "still": true, "overall": true, "separately": true, "earlier": true,
	"later": true, "instead": true, "now": true, "then": true, "yesterday": true, "today": true, "also": true,
	"nationwide": true, "elsewhere": true, "officially": true, "initially": true, "altogether": true, "together": true,
}

// openingQuotes are the marks a quotation opens with.
var openingQuotes = map[string]bool{"\"": true, "“": true, "‘": true, "«": true}

// afterParticles returns the index after the name particles starting at
// token n when a capitalised word follows them ("de la Nation"), or n.
func (s *sent) afterParticles(n int) int {
	m := n
	for m < len(s.toks) && m-n < 3 && nameParticleIDs.has(s.toks[m].id) && s.toks[m].kind == tokWord && !s.toks[m].upper {
		m++
	}
	if m > n && m < len(s.toks) && s.toks[m].kind == tokWord && s.toks[m].upper {
		return m
	}
	return n
}

// skipName returns the index of the last capitalised word of the run
// starting at token k, so that a scan goes on after it.
func (s *sent) skipName(k int) int {
	for k+1 < len(s.toks) && s.toks[k+1].kind == tokWord && s.toks[k+1].upper {
		k++
	}
	return k
}

// nameHyphen reports whether token n is a hyphen written between two
// capitalised words with no space: a name in two parts ("KwaZulu-Natal").
func (s *sent) nameHyphen(n int) bool {
	if n < 1 || n+1 >= len(s.toks) {
		return false
	}
	t, prev, next := &s.toks[n], &s.toks[n-1], &s.toks[n+1]
	return t.text == "-" && !t.space && !next.space && prev.kind == tokWord && prev.upper && next.kind == tokWord && next.upper
}

// nameParticles join the capitalised words of a name: "Place de la
// Nation", "Ludwig van Beethoven".
var nameParticles = map[string]bool{"de": true, "la": true, "du": true, "des": true, "del": true, "van": true, "von": true, "der": true}

// appositionStart finds the comma that opens an apposition closed by the
// comma at token k ("Boeing, the largest planemaker, delivered…"): the
// previous comma within a dozen tokens, with only words between, the first
// of them a determiner or a possessive name, and no figure of the sentence.
// It returns its index, or -1.
func (s *sent) appositionStart(k int, cands []cand, self *cand) int {
	for p := k - 1; p > 0 && k-p <= 12; p-- {
		w := s.word(p)
		if w == "," {
			if p+1 < k && (determiners[s.word(p+1)] || s.toks[p+1].upper) && !figureBetween(cands, self, p, k) {
				return p
			}
			return -1
		}
		if s.toks[p].kind == tokPunct && w != "'" && w != "-" || s.toks[p].kind == tokNum {
			return -1
		}
	}
	return -1
}

// nearestFrame picks the phrase nearest the figure, within window tokens,
// with no other figure (dates aside) standing between the two.
func nearestFrame(c *cand, spans []frameSpan, cands []cand, window int) string {
	best, bestDist := "", window+1
	for _, sp := range spans {
		lo, hi, ok := spanGap(c, sp)
		if !ok {
			continue // inside the figure's own text
		}
		if dist := hi - lo; dist >= bestDist || figureBetween(cands, c, lo, hi) {
			continue
		}
		best, bestDist = sp.text, hi-lo
	}
	return best
}

// spanGap returns the tokens between figure c and phrase sp, lo to hi
// (their distance hi − lo), or false when the phrase lies inside the
// figure's own text.
func spanGap(c *cand, sp frameSpan) (lo, hi int, ok bool) {
	switch {
	case sp.i >= c.j:
		return c.j, sp.i, true
	case sp.j <= c.i:
		return sp.j, c.i, true
	}
	return 0, 0, false
}

// nearestTime is nearestFrame for the time phrases, leaving out a time
// inside an aside the figure stands outside: "The 21-year-old, who joined
// Leverkusen for €5 million in 2020, signs a six-year contract" signs no
// contract of 2020; "The bridge, built in 1974, carried about 22,000
// vehicles a day" is no count of 1974. A time that is the whole aside is
// the clause's ("According to state media, in 1970, a 7.7-magnitude
// earthquake …").
func (s *sent) nearestTime(c *cand, spans []frameSpan, cands []cand) string {
	best, bestDist := "", frameWindow+1
	for _, sp := range spans {
		lo, hi, ok := spanGap(c, sp)
		if !ok {
			continue
		}
		dist := hi - lo
		if sp.j <= c.i && dist > frameWindow && dist <= 3*frameWindow && s.eventYear(sp) {
			dist = frameWindow // "a 1989 crush …, which led to the deaths of 97"
		}
		if dist >= bestDist || figureBetween(cands, c, lo, hi) || sp.j <= c.i && s.inAside(sp, c.i) {
			continue
		}
		best, bestDist = sp.text, dist
	}
	return best
}

// eventYear reports a year that qualifies the noun after it, an article
// before it: "a 1989 crush in the stands at Hillsborough", "the 2008
// quake". The event so dated is what the rest of its sentence tells of, so
// its year reaches further than a time phrase does.
func (s *sent) eventYear(sp frameSpan) bool {
	if sp.j != sp.i+1 || len(sp.text) != 4 || !determinerIDs.has(s.id(sp.i-1)) {
		return false
	}
	next := sp.j
	return next < len(s.toks) && s.toks[next].kind == tokWord && !s.toks[next].upper
}

// inAside reports whether the time phrase sp lies in an aside set off by
// commas that closes before token to and holds more than the phrase.
func (s *sent) inAside(sp frameSpan, to int) bool {
	closed := false
	for k := sp.j; k < to; k++ {
		if s.word(k) == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := sp.i - 1; k > 0 && k >= sp.i-3*frameWindow; k-- {
		if s.word(k) == "," {
			for n := k + 1; n < sp.i; n++ {
				if !timePrepositions[s.word(n)] {
					return true
				}
			}
			return false // ", in 1970," is the whole aside
		}
	}
	return false
}

// timePrepositions may stand between an aside's comma and its time.
var timePrepositions = map[string]bool{"in": true, "on": true, "during": true, "by": true, "at": true, "the": true, "since": true}

// ownScopes are the scope phrases that may be a figure's from afar: not
// those of an attribution after it ("won 30.64 per cent of the vote, Guven
// told a press conference in Ankara": where the source spoke, not what
// the figure is of). The kept phrases share the slice's array only when
// none is dropped.
func ownScopes(c *cand, fr *frames) []frameSpan {
	attributed := func(sp frameSpan) bool {
		for _, src := range fr.sources {
			if src.i >= c.j && src.i < sp.i {
				return true
			}
		}
		return false
	}
	for k, sp := range fr.scopes {
		if sp.i >= c.j && attributed(sp) {
			kept := append([]frameSpan(nil), fr.scopes[:k]...)
			for _, o := range fr.scopes[k+1:] {
				if o.i < c.j || !attributed(o) {
					kept = append(kept, o)
				}
			}
			return kept
		}
	}
	return fr.scopes
}

func figureBetween(cands []cand, self *cand, lo, hi int) bool {
	for ci := range cands {
		o := &cands[ci]
		if o == self || o.kind == "" || o.kind == KindDate || o.kind == KindOrdinal {
			continue
		}
		if o.i >= lo && o.j <= hi {
			return true
		}
	}
	return false
}

// roleOf says whether a figure is a level, the amount of a change, the
// level a change started from, or a share of a whole.
func roleOf(c *cand, s *sent) string {
	switch c.role {
	case "by":
		return "change"
	case "from":
		return "from"
	case "to":
		return "level"
	}
	if c.change != "" {
		return "change"
	}
	// "40% of voters", "36 of the 48 drones"; a counted noun's "of" says
	// what it is of ("36 cases of MVD"), no whole
	ofWhole := s.word(c.j) == "of" && !(c.kind == KindCount && c.j > c.numEnd && !c.n.vague)
	if (c.kind == KindPercent || c.kind == KindCount) && (ofWhole || c.i > 0 && partWordIDs.has(s.id(c.i-1))) {
		return "share"
	}
	if c.kind == KindCount && s.amongAfter(c.j) {
		return "share"
	}
	if c.kind == KindCount && (addedWordIDs.has(s.id(c.numEnd)) || addedWordIDs.has(s.id(c.j))) {
		return "change"
	}
	return "level"
}

// amongAfter reports a clause that goes on from token k to say its
// subject was among a whole: "five sub-inspectors and the prayer leader
// were among the dead" counts a part of the toll, not the toll.
func (s *sent) amongAfter(k int) bool {
	for n := 0; n < 12 && k+1 < len(s.toks); n, k = n+1, k+1 {
		switch s.word(k) {
		case ".", ";", ":", "(", ")":
			return false
		case "were", "are", "was", "is":
			return s.word(k+1) == "among"
		}
	}
	return false
}

// addedWords, right after a count, make it an amount added to an earlier
// one: "15 more miners were rescued", "11 additional cases".
var addedWords = map[string]bool{"more": true, "additional": true, "extra": true}

// partWords, right before a count, make it a part of a whole the sentence
// gives: "the toll rose to six, including two people who died of carbon
// monoxide poisoning".
var partWords = map[string]bool{"including": true, "includes": true, "included": true, "among": true}

// measureOf is the head of a subject, singular: the last word that is not
// the event ("people killed" → "people", "aircraft deliveries" →
// "delivery"), or the event when the subject has no other word.
func measureOf(subject, event string) string {
	rest := strings.TrimSpace(strings.TrimSuffix(subject, event))
	// "heat-related deaths", "storm-hit homes": a compound adjective
	// qualifies the head after it, and is none itself
	for rest != "" && isCompoundAdjective(rest[strings.LastIndexByte(rest, ' ')+1:]) && event != "" {
		rest = strings.TrimSpace(rest[:max(strings.LastIndexByte(rest, ' '), 0)])
	}
	if rest == "" {
		return event
	}
	// "cases of MVD", "barrels of crude": the noun before "of" is the
	// head, what follows says of what
	if i := strings.Index(rest, " of "); i > 0 {
		rest = rest[:i]
	}
	// "inmates escaped", "homes flooded": a participle after the noun
	// says what befell it; the noun is the head
	for sp := strings.LastIndexByte(rest, ' '); sp > 0 && trailingParticiple(rest[sp+1:]); sp = strings.LastIndexByte(rest, ' ') {
		rest = rest[:sp]
	}
	sp := strings.LastIndexByte(rest, ' ')
	head := rest[sp+1:]
	// "crew members", "staff members": members of a body are counted
	// as the body's people, and the body names them ("four crew", "a
	// crew of 17"); "members" alone stays the head
	if sp > 0 && memberHeadIDs.has(idOf(head)) {
		prev := rest[strings.LastIndexByte(rest[:sp], ' ')+1 : sp]
		if memberBodies[prev] {
			return prev
		}
	}
	// "the state's 1,560 schools": a possessive head names its owner.
	// Each of these marks ends in 's', '\'' or the last byte of '’'
	// (0x99): a head that ends otherwise has none to trim (most do).
	if n := len(head); n > 0 && (head[n-1] == 's' || head[n-1] == '\'' || head[n-1] == 0x99) {
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			head = strings.TrimSuffix(head, suf)
		}
	}
	return singular(head)
}

// trailingParticiple reports a past participle ending a subject
// ("escaped", "flooded"), not a noun in -ed ("red", "bed", "hundred").
func trailingParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !nounsInEdIng[w]
}

// isCompoundAdjective reports a hyphenated word whose last part is a past
// participle ("heat-related", "drought-affected", "storm-hit").
func isCompoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	last := w[i+1:]
	return len(last) > 3 && strings.HasSuffix(last, "ed") || last == "hit"
}

// singular undoes the regular English plurals; irregular ones (people,
// children) stay as they are, which is what comparing heads needs.
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// measuredAgainst reports a time phrase at token k that a change is
// measured against, not the figure's own time (changeBaseAt reads the
// period such a phrase names): "rose 7.3% from a year earlier",
// "up 4% on the previous year", "compared with a year ago". The level a
// change started from keeps such a time ("up from 430 a year earlier":
// the 430 is of the year before).
func (s *sent) measuredAgainst(k int) bool {
	switch s.word(k - 1) {
	case "from", "on", "over", "than", "versus", "vs":
		return true
	case "with":
		w := s.word(k - 2)
		return w == "compared" || w == "comparison"
	}
	return false
}

// forecastPhrase reports a phrase at token k that puts what follows ahead
// of the fact: "are set to win 13 seats", "poised to take", "on course for
// a majority of 80", "on track to reach".
func forecastPhrase(s *sent, k int) bool {
	switch s.word(k) {
	case "set", "poised":
		return s.word(k+1) == "to" && s.word(k-1) != "has" && s.word(k-1) != "have" && s.word(k-1) != "had"
	case "course", "track":
		return s.word(k-1) == "on" && (s.word(k+1) == "to" || s.word(k+1) == "for")
	}
	return false
}

// changeBaseOf reads the period a change is measured over from the words
// after the figure (up to eight tokens, its clause only) or before it
// (twelve tokens): "from a year earlier", "on the year", "year on year",
// "y/y"; "on the month", "month-on-month", "from the previous month";
// "on the quarter", "quarter-on-quarter", "from the previous quarter";
// "in the 12 months to", "over the past year". "" if none.
func (s *sent) changeBaseOf(c *cand) string {
	t := s.toks
	for k := c.j; k < len(t) && k < c.j+8; k++ {
		if t[k].kind == tokPunct && t[k].text != "-" && t[k].text != "/" {
			break
		}
		if b := s.changeBaseAt(k); b != "" {
			return b
		}
	}
	for k := c.i - 1; k >= 0 && k >= c.i-12; k-- {
		if t[k].kind == tokPunct && t[k].text != "-" && t[k].text != "/" && t[k].text != "," {
			break
		}
		if b := s.changeBaseAt(k); b != "" {
			return b
		}
	}
	return ""
}

// changeBaseAt reads a phrase of changeBaseOf that starts at token k.
func (s *sent) changeBaseAt(k int) string {
	w, w1, w2, w3 := s.word(k), s.word(k+1), s.word(k+2), s.word(k+3)
	switch {
	case (w == "from" || w == "on" || w == "than" || w == "with") && (w1 == "a" || w1 == "the") && (w3 == "earlier" || w3 == "ago" || w3 == "before") && period(w2) != "":
		return period(w2) // "from a year earlier", "on a month ago"
	case (w == "from" || w == "on" || w == "over" || w == "than" || w == "with") && w1 == "the" && w2 == "same" && (period(w3) != "" || w3 == "period"):
		return "year" // "on the same month last year", "the same quarter a year earlier"
	case (w == "from" || w == "on" || w == "over") && w1 == "the" && (w2 == "previous" || w2 == "prior" || w2 == "preceding") && period(w3) != "":
		return period(w3) // "from the previous month"
	case w == "on" && w1 == "the" && period(w2) != "" && w2 != "annual":
		return period(w2) // "on the month", "on the year"
	case period(w) != "" && w1 == "-" && w2 == "on" && w3 == "-" && period(s.word(k+4)) == period(w):
		return period(w) // "year-on-year"
	case period(w) != "" && w1 == "on" && period(w2) == period(w):
		return period(w) // "year on year"
	case w == "y" && w1 == "/" && w2 == "y", w == "yoy":
		return "year"
	case w == "m" && w1 == "/" && w2 == "m", w == "mom":
		return "month"
	case w == "q" && w1 == "/" && w2 == "q", w == "qoq":
		return "quarter"
	case (w == "in" || w == "over" || w == "for") && (w1 == "the" || w1 == "a") && w2 == "12" && (w3 == "months" || w3 == "month"):
		return "year" // "in the 12 months to March"
	case w == "over" && w1 == "the" && (w2 == "past" || w2 == "last") && w3 == "year":
		return "year"
	}
	return ""
}

// period is the period a word names for changeBaseAt: "year" for year,
// annual, yearly; "quarter"; "month"; "" for any other word.
func period(w string) string {
	switch w {
	case "year", "annual", "yearly":
		return "year"
	case "quarter", "quarterly":
		return "quarter"
	case "month", "monthly":
		return "month"
	}
	return ""
}
