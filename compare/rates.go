package compare

import (
	"strings"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/lexicon"
)

// A rate that is itself a change: "consumer prices rose 2.7% from a year
// earlier" states the inflation rate, which another report gives as a
// level ("annual inflation was 2.9%"). The extractor reads the first as a
// change of prices; the comparer reads it as the level of the rate, so
// that the two are one measure with one role. changeRates maps the rate's
// word to the measure whose percentage change it is, as the news concept
// table (lexicon/news.txt) names it: a subject related to the rate by a
// concept or a synonym ("consumer prices", "the cpi", "the price index",
// "cost of living") is that measure; bare "prices" (oil prices, house
// prices) is not.
var changeRates = []string{"inflation"}

// rateOfChange is the rate whose level a percentage change of subj is,
// or "" when subj is no measure of one. Answers are kept in e.rates.
func (e *env) rateOfChange(subj string) string {
	if r, ok := e.rates[subj]; ok {
		return r
	}
	r := ""
	tail := lastWords(subj, 2)
	for _, rate := range changeRates {
		if strings.Contains(subj, rate) {
			break // a change of the rate itself is a change
		}
		if tail != "" && lexicon.Relate(tail, rate) >= lexicon.Concept {
			r = rate
			break
		}
	}
	if e.rates == nil {
		e.rates = map[string]string{}
	}
	e.rates[subj] = r
	return r
}

// lastWords is the last n words of s, or "" when s has fewer than two
// words (a single word, "prices", names no particular measure).
func lastWords(s string, n int) string {
	fields := strings.Fields(s)
	if len(fields) < 2 {
		return ""
	}
	return strings.Join(fields[max(0, len(fields)-n):], " ")
}

// readAsRate makes a percentage change of a rate's measure the level of
// the rate (rateOfChange).
func (e *env) readAsRate(it *item, f *facts.Fact) {
	if f.Kind != facts.KindPercent || it.role != "change" || f.ChangeRole == "from" {
		return
	}
	if r := e.rateOfChange(it.subject); r != "" {
		it.role, it.change = "level", ""
		it.measure = e.stem(r)
		return
	}
	// "Inflation in October rose by 6.2 percent": a rate of change said
	// to rise by so many per cent (not points, not "to") is the rate, as
	// "consumer prices rose 6.2%" is: a move of the rate itself is
	// written in points or as a new level
	if f.Unit == "%" && f.ChangeRole != "to" && isChangeRate(it.subject) {
		// the way it went stays: "inflation rose 3%" and "inflation
		// fell 3%" still say opposite things
		it.role = "level"
	}
}

// isChangeRate reports a subject that names a rate of change
// (changeRates) and nothing else: "inflation", "annual inflation", not
// "inflation expectations".
func isChangeRate(subj string) bool {
	for _, rate := range changeRates {
		if subj == rate || strings.HasSuffix(subj, " "+rate) {
			return true
		}
	}
	return false
}
