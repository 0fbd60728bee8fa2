package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/figcheck/figcheck/facts"
)

// differClaims says why two claims of one group that do not agree are
// about different things, or "" when any two of their mentions are about
// the same thing.
// Only the first pair's reason is written out: the others are asked only
// whether they differ (differCase).
func differClaims(as, bs []*item) string {
	var wa, wb *item
	why := differNone
	for _, a := range as {
		for _, b := range bs {
			if terseHeadline(a, as) || terseHeadline(b, bs) {
				continue
			}
			c := differCase(a, b)
			if c == differNone {
				return ""
			}
			if why == differNone {
				why, wa, wb = c, a, b
			}
		}
	}
	return differText(why, wa, wb)
}

// terseHeadline reports a headline mention that names no scope of a
// claim the body restates: "Kyiv toll rises to five" over "five in Kyiv".
// The headline leaves out what the body says; the body's mention speaks
// for the claim.
func terseHeadline(it *item, mentions []*item) bool {
	if !it.headline || it.scope != "" {
		return false
	}
	for _, m := range mentions {
		if !m.headline {
			return true
		}
	}
	return false
}

// differ says why two figures of one group that do not agree are about
// different things after all, or "" when they are not: another role, or a
// scope or time that both name and that differ (two scopes across reports
// only when the story splits the measure by one of them: markPartitions). A scope or time named on
// one side only, or two sources of different sides, do not make a
// difference: measured on the development story sets, treating them so
// lost more planted conflicts than it spared false alarms; the sources are
// named in the conflict's reason instead (sourceNote).
func differ(a, b *item) string { return differText(differCase(a, b), a, b) }

// differKind is which of differ's reasons holds for two figures.
type differKind uint8

const (
	differNone          differKind = iota // the figures do not differ
	differRole                            // a level and a change, or a level and where it started
	differSides                           // two sides of a vote
	differScope                           // two scopes the story splits the measure by
	differTime                            // two times named
	differPlaces                          // distances measured from two places
	differCountStage                      // two stages of an election count
	differSuperseded                      // a figure given earlier and superseded
	differSources                         // one report's two sources
	differMarketMoments                   // a market's prices at two moments
	differModality                        // a forecast and a figure that is
	differSum                             // a sum and one of its parts
)

// differCase is differ's case: differNone when the figures do not differ,
// else which of its reasons holds (differText writes it out).
func differCase(a, b *item) differKind {
	ta, tb := a.specTime, b.specTime
	switch {
	case a.role != b.role && !(ta != "" && sameTime(ta, tb) && a.role != "change" && b.role != "change"):
		// a level and the level a change started from are one measure at
		// two times, unless both name the same time ("4.0% in January",
		// "from 4.2% in January")
		return differRole
	case sidesApart(a, b):
		return differSides
	case scopesDiffer(a, b) && (a.doc == b.doc || partitionedItem(a) || partitionedItem(b)):
		return differScope
	case ta != "" && tb != "" && !sameTime(ta, tb):
		return differTime
	case a.f != nil && b.f != nil && a.f.Measure == "distance" && b.f.Measure == "distance" && scopesDiffer(a, b):
		// "about 18 miles southwest of Zhaotong", "23 km southwest of
		// the county seat of Ludian": the distances are from two places
		return differPlaces
	case a.f != nil && b.f != nil && a.f.Measure == facts.MeasureCounted && b.f.Measure == facts.MeasureCounted:
		// "with almost 95 percent of votes counted", "with 98.56 percent
		// of the ballots counted": how far the count had gone when each
		// report was written, no claim about the result
		return differCountStage
	case (a.time == facts.TimeEarlier) != (b.time == facts.TimeEarlier):
		// "not 19 as first reported", "an earlier toll of 12": a figure
		// superseded since is no claim about now, though the other names
		// no time
		return differSuperseded
	case a.doc == b.doc && a.source != "" && b.source != "" && a.source != b.source:
		return differSources
	case twoMarketMoments(a, b):
		return differMarketMoments
	case a.modality != b.modality:
		// "expects to carry 46 million" beside "flew 24.8 million": what
		// is expected is not what is
		return differModality
	case a.subject != "" && b.subject != "" && a.subject != b.subject && a.sum != b.sum && !(a.f != nil && a.f.Kind == facts.KindQuantity):
		// "1,200 police and soldiers" and "1,500 soldiers": a sum and
		// one of its parts (not of a measured quantity: "151,000 acres
		// of parched scrub and trees" is one area)
		return differSum
	}
	return differNone
}

// differText writes out the reason of differ's case c for a and b.
func differText(c differKind, a, b *item) string {
	switch c {
	case differRole:
		return "one is " + roleWord(a.role) + ", the other " + roleWord(b.role)
	case differSides:
		return "the sides of the vote differ (" + a.scope + ", " + b.scope + ")"
	case differScope:
		return "the scopes differ (" + a.scope + ", " + b.scope + ")"
	case differTime:
		return "the times differ (" + a.time + ", " + b.time + ")"
	case differPlaces:
		return "measured from two places (" + a.scope + ", " + b.scope + ")"
	case differCountStage:
		return "two stages of the count"
	case differSuperseded:
		return "one is a figure given earlier and superseded"
	case differSources:
		return "the report gives two sources (" + a.source + ", " + b.source + ")"
	case differMarketMoments:
		return "prices of a market at two moments"
	case differModality:
		return "one is a forecast, the other not"
	case differSum:
		return "one counts " + a.subject + ", the other " + b.subject
	}
	return ""
}

// scopesDiffer reports two named scopes that tell two parts apart: not
// one inside the other's words, not a pointer back ("the province"), not
// the same name in other words.
func scopesDiffer(a, b *item) bool {
	if a.scope == "" || b.scope == "" || a.scope == b.scope {
		return false
	}
	if listedIn(a.scope, b.scope) || listedIn(b.scope, a.scope) {
		return true // "nepal, india and tibet" and "nepal": the sum and a part
	}
	return !(strings.Contains(a.scope, b.scope) || strings.Contains(b.scope, a.scope)) &&
		!anaphoricScopes[a.scope] && !anaphoricScopes[b.scope] && !sameNamedScope(a, b)
}

// listedIn reports a scope that lists several places, one of them place:
// "turkey and syria" and "turkey", "nepal, india and tibet" and "tibet".
func listedIn(list, place string) bool {
	if !strings.Contains(list, " and ") || strings.Contains(place, " and ") {
		return false
	}
	for part := range strings.SplitSeq(strings.ReplaceAll(list, " and ", ", "), ", ") {
		if part == place {
			return true
		}
	}
	return false
}

// sidesApart reports two figures whose scopes end in opposed sides of a
// vote (opposedSides: "55% for Yes", "45% voted No"; "NT: 'yes' 39.48",
// "NT: 'no' 60.52"): parts by nature, which no report need split.
// A scope's last word is read once (voteOf): only two scopes that each
// end in a side's word look the pair up.
func sidesApart(a, b *item) bool {
	va, vb := voteOf(a), voteOf(b)
	return va >= 2 && vb >= 2 && opposedSides[[2]string{voteWords[va-2], voteWords[vb-2]}]
}

// voteOf is item.vote, read once: whether the scope's last word is one of
// voteWords (a scope of none ends in no word of theirs).
func voteOf(it *item) int8 {
	if it.vote == 0 {
		it.vote = 1
		if it.scope != "" {
			if i := slices.Index(voteWords, lastWord(it.scope)); i >= 0 {
				it.vote = 2 + int8(i)
			}
		}
	}
	return it.vote
}

// voteWords are the words of opposedSides' pairs, sorted.
var voteWords = func() []string {
	var out []string
	for k := range opposedSides {
		for _, w := range k {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	return out
}()

// lastWord is the last word of a scope.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// partitionedItem is env.partitioned(it), kept on the item once asked
// (after markPartitions, as every verdict is).
func partitionedItem(it *item) bool {
	if it.split == 0 {
		it.split = 1 + int8(b2i(it.env.partitioned(it)))
	}
	return it.split == 2
}

// anaphoricScopes name a place only by pointing back at one the story has
// named ("inside the country", "in the capital"): beside a named place they
// tell no other part apart.
var anaphoricScopes = map[string]bool{
	"capital": true, "city": true, "country": true, "region": true, "province": true, "state": true,
	"area": true, "town": true, "village": true, "district": true, "county": true,
}

// sameNamedScope reports whether one scope's words, stemmed and with
// demonyms folded ("Britain's GDP", "the UK"), hold all the other's, or
// two of them.
func sameNamedScope(a, b *item) bool {
	sa, sb := scopeStems(a), scopeStems(b)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	shared := 0
	for _, x := range sa {
		if slices.Contains(sb, x) {
			shared++
		}
	}
	// two names in common are one name cut short another way ("recep
	// tayyip erdogan", "turkish president recep tayyip"); one alone may
	// be a kind both share ("north kivu", "south kivu")
	return shared == len(sa) || shared >= 2
}

// scopeStems are the content stems of a figure's scope, read once (every
// pair of a large group with two scopes asks).
func scopeStems(it *item) []string {
	c := it.said()
	if !c.scopeRead {
		c.stemsOfScope, c.scopeRead = scopeStemsOf(it), true
	}
	return c.stemsOfScope
}

func scopeStemsOf(it *item) []string {
	e := it.env
	if e == nil {
		return nil
	}
	// gathered in the env's scratch, then cut to size from its slab (a
	// scope holds a few stems: a slice grown from empty was two
	// allocations a figure)
	out := e.scopeScratch[:0]
	eachWord(it.scope, func(_ int, w string, _ bool) {
		if st := e.stem(w); termWeight(st) > 0 && !stemStop[st] {
			out = append(out, st)
		}
	})
	e.scopeScratch = out
	if len(out) == 0 {
		return nil
	}
	stems := e.scopeStems.take(len(out))
	copy(stems, out)
	return stems
}

// isSum reports whether a subject joins two things it counts together.
func isSum(subject string) bool { return strings.Contains(subject, " and ") }

// sameTime reports whether two frame times name one period, one of them
// perhaps without its year ("2024-Q1", "Q1").
func sameTime(a, b string) bool {
	return a == b || strings.HasSuffix(a, "-"+b) || strings.HasSuffix(b, "-"+a) || calendarsMeet(a, b)
}

// sourceNote names the sources of two disagreeing figures when they speak
// for different sides ("police" and "organisers"): a fact-checker reads the
// conflict differently.
func sourceNote(as, bs []*item) string {
	for _, a := range as {
		for _, b := range bs {
			if a.side != "" && b.side != "" && a.side != b.side {
				return fmt.Sprintf(" (according to %s and to %s)", a.source, b.source)
			}
		}
	}
	return ""
}

// vagueTimes say "now" in other words: they tell no period apart.
var vagueTimes = map[string]bool{"so far": true, "this year": true, "today": true, "this month": true}

// specificTime is a frame time that tells a period apart, or "".
func specificTime(t string) string {
	if vagueTimes[t] {
		return ""
	}
	return t
}

// sourceKind is the side a source speaks for (sourceKinds), or "".
func sourceKind(src string) string {
	if src == "" {
		return ""
	}
	for w := range strings.FieldsSeq(src) {
		if k, ok := sourceKinds[strings.TrimSuffix(w, "s")]; ok {
			return k
		}
	}
	return ""
}

func roleWord(r string) string {
	switch r {
	case "change":
		return "a change"
	case "from":
		return "an earlier level"
	case "share":
		return "a share"
	}
	return "a level"
}

// linkedBy names what two figures share that linked them: "killed ·
// mosul".
// linkedByContext is linkedBy's answer when two figures name nothing in
// common: only the words around them link them.
const linkedByContext = "the words around them"

func linkedBy(a, b *item) string {
	scope := a.scope != "" && a.scope == b.scope
	time := a.time != "" && a.time == b.time
	var buf [8]string // on the stack: every disagreement asks
	parts := buf[:0]
	if a.about != 0 && b.about != 0 {
		l := a.env.linkedAbout(a, b)
		if !scope && !time {
			return l.joined
		}
		parts = append(parts, l.parts...)
	} else {
		parts = linkedParts(a, b, parts)
	}
	if scope {
		parts = addPart(parts, a.scope)
	}
	if time {
		parts = addPart(parts, a.time)
	}
	return joinLinked(parts)
}

// joinLinked is linkedBy's answer for its parts.
func joinLinked(parts []string) string {
	if len(parts) == 0 {
		return linkedByContext
	}
	return strings.Join(parts, " · ")
}

// linkedParts are the parts of linkedBy that what the two figures are
// about gives (item.about): the event, the measure and the subject's
// stems both name.
//
// Whether anything links them does not depend on which comes first: the
// measure counts when neither is an event's ("ev:") and they are one or
// related, and a stem both subjects hold is left out only when it is the
// measure already named (a figure whose measure is its subject's stem,
// "The population grew 1.6%", beside "population growth slowed to 1.6%",
// is linked by population either way round).
func linkedParts(a, b *item, parts []string) []string {
	if a.event != "" && a.event == b.event {
		parts = addPart(parts, a.event)
	}
	named := ""
	if a.measure != "" && !strings.HasPrefix(a.measure, "ev:") && !strings.HasPrefix(b.measure, "ev:") && b.measure != "" &&
		(a.measure == b.measure || a.env.related(a.measure, b.measure)) {
		parts = addPart(parts, displayWord(a, a.measure))
		named = a.measure
	}
	for _, s := range a.subj {
		for _, t := range b.subj {
			if s == t && (named == "" || s != named && s != b.measure) {
				parts = addPart(parts, displayWord(a, s))
			}
		}
	}
	return parts
}

// addPart adds s to the parts of linkedBy, once.
func addPart(parts []string, s string) []string {
	if s != "" && !contains(parts, s) {
		parts = append(parts, s)
	}
	return parts
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// displayWord shows a stem as the word of the fact's subject it comes
// from, when one does.
func displayWord(it *item, st string) string {
	c := it.said()
	for _, s := range c.shown {
		if s.stem == st {
			return s.word
		}
	}
	w := displayWordOf(it, st)
	c.shown = append(c.shown, shownStem{st, w})
	return w
}

// shownStem is a stem of a figure's subject and the word displayWord shows
// for it, kept on the figure: every disagreement of a large group names
// what linked its two figures.
type shownStem struct{ stem, word string }

func displayWordOf(it *item, st string) string {
	for w := range strings.FieldsSeq(it.subject) {
		if it.env.stem(strings.Trim(w, "'’")) == st {
			return w
		}
	}
	if ws := it.env.words[st]; len(ws) > 0 {
		return ws[0] // a measure the figure's subject does not word (rateOfChange)
	}
	return st
}

// contextLabel names a figure with no subject by the words nearest it in
// its sentence, so a row without a subject still says what it is about.
func contextLabel(it *item) string {
	s := it.f.Sentence
	at := strings.Index(s, it.f.Text)
	if s == "" || at < 0 {
		return "(no subject)"
	}
	// the last three words before the figure and the first three after,
	// as strings.Fields would split them, without splitting the whole
	// sentence
	var room [7]string // on the stack
	words := room[:0]
	var last [3]string // the words before, in a ring
	n := 0
	for w := range strings.FieldsSeq(s[:at]) {
		last[n%3] = w
		n++
	}
	for i := max(n-3, 0); i < n; i++ {
		words = append(words, last[i%3])
	}
	words = append(words, "…")
	k := 0
	for w := range strings.FieldsSeq(s[at+len(it.f.Text):]) {
		if k == 3 {
			break
		}
		words = append(words, w)
		k++
	}
	return "(" + strings.Trim(strings.Join(words, " "), " ,.;:") + ")"
}
