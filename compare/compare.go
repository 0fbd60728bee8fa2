// Package compare lines up the facts of several reports of one story and
// flags the figures that cannot all be true.
//
// # Alignment
//
// Two facts are about the same thing when they have the same kind, units of
// one dimension (km and mi; never % and pp, while bp convert to pp; any two
// currencies, which then do not compare and make a group not_comparable),
// the same event (killed, injured, shot down… from Fact.Event or guessed
// from the subject's words; an event on one side only forbids alignment),
// the same change role ("by" with "by", "from" with "from", "to" levels with
// plain levels) and similar subjects.
//
// Subjects are compared over their canonical content stems
// (facts.SubjectTerms, folded through the synonyms and demonyms of
// lexicon.go, so "Ukrainian land" = "Ukraine's territory"), with the event
// as one more term. Terms are weighted: generic words ("people", "total",
// unit words) 0, vague ones ("annual", "official") 0.5, words naming who is
// counted ("civilians", "children") or which measure ("core", "net") 2, all
// others 1. With I the weight two subjects share, U the weight of plain
// terms and H that of heavy ones found on one side only,
//
//	similarity = I / (I + min(U_a, U_b) + H_a + H_b)
//
// a weighted Dice/containment hybrid: a subject that only adds modifiers to
// another matches it fully ("drones launched", "attack drones launched"),
// one modifier of its own on each side halves it ("ukrainian voters",
// "ukrainian territory"), and an unmatched person word sinks it ("killed",
// "children killed": 1/3). Two subjects naming different members of one
// category (civilians/soldiers, drones/missiles, Russian/Ukrainian,
// annual/monthly) never align. Facts align at or above Options.Threshold
// (DefaultThreshold, 0.6). Facts whose figures agree also align when only
// person words keep them apart ("112 people rescued", "112 passengers
// rescued"), or an event named on one side only while a word is shared ("12
// police", "a dozen officers hurt"): that can join agreeing reports, never
// raise an alarm.
//
// A figure without subject or event is handled with care. Within its
// document it is taken as a mention of a fact stating the very same figure
// with more said (a headline's bare "31" beside "the toll rose to 31"; the
// same goes for a figure without event beside one with, and for "54 drones"
// beside "54 launched"); a level right after a change in its sentence ("by
// 25 basis points to 3.75%", "rose 1.7% to $93") takes the change's subject;
// the only count of a sentence naming one event counts that event; a
// sentence that states, as a phrase near the figure, the subject another
// figure of the same kind has in any report lends it that subject ("the
// latest US military aid package for Ukraine, worth $5.3bn" beside "a $4.9bn
// military aid package"), unless those words are another figure's of the
// sentence. Failing these it aligns only with subject-less figures of other
// documents whose sentences are similar, the figures' own words left out (at
// the threshold; at half of it when the figures agree, or at any similarity
// when both state the very same figure to three significant digits: "166
// people"). A subject that only names a place or a name ("Ukraine",
// "Seville") is completed the same way. Dates align only with the same date.
//
// Groups grow by complete linkage, strongest pairs first and, among pairs as
// similar, those with the nearest figures first, so similarity is never
// chained ("territory" cannot join "Ukrainian territory" to "Russian
// territory"). A group never holds two figures of one report that disagree
// and are twice one another or more ("Labour won 411 seats … the
// Conservatives 121 seats", the extractor having kept only "seats"): a
// report that slips gives a near figure ("14 killed", later "16 killed",
// an internal disagreement), one that gives a thing two figures that far
// apart speaks of two things (temperatures and counts that rose to a new
// level excepted). Candidate pairs come from an inverted index keyed by
// kind, dimension, event, change role and each subject stem, and facts with
// the same subject terms are one node (one per figure where a report keeps
// such facts apart): the work grows with the pairs that share a stem, not
// with the square of all facts.
//
// # Intervals
//
// Each fact stands for an interval of values its wording allows, in the base
// unit of its dimension (m, kg, °C, pp…; a currency is its own base):
//
//   - exact: what rounds to the figure, [v−s/2, v+s/2), where s is the step of
//     its last stated digit: Fact.Precision when set, else read off the text
//     ("$4.9bn" → s = 0.1bn, so it covers $4.87bn; "25" → 1; a plain whole
//     number is exact to the unit unless it ends in three zeros or more, and
//     is then taken to two significant digits at least: "20,000" → 1,000);
//   - approx (about, nearly…): v ± tol·|v|, tol being
//     Options.ApproxTolerance (DefaultApproxTolerance, 10%), and at least ±1
//     for a count, unless what rounds to the figure is wider, [v−s/2, v+s/2):
//     "about 19%" is 17.1%..20.9%, "about 5" people 4..6, "about 2,000"
//     stated to the thousand 1,500..2,500 (2,500 excluded), "about 2%" 1.5%
//     up to 2.5%, so that it does not meet "about 1%";
//   - bounds are taken at their word, not widened: at_least [low, ∞);
//     more_than (low, ∞), open; at_most (−∞, high]; less_than (−∞, high),
//     open; range [low, high], or [low, high) for a vague amount in words
//     ("dozens of" [24, 100)).
//
// Counts are whole numbers: two count intervals overlap only if they share a
// whole number, so "more than 90" (91 or more) disagrees with "90".
//
// # Consistency
//
// Mentions of one figure in one document are one claim (Group.Claims); the
// direction a level was reached by is no part of it ("raises rates to
// 5.25%" and "5.25%"), the direction of an amount of change is. Two
// claims disagree when their intervals do not overlap, or when both state a
// change in the same role and one says up, the other down. A document whose
// own claims disagree gets a Disagreement with Internal set. A disagreement
// between documents of different dates, or where a count is a new level
// ("the toll rose to 31"), is flagged as an Update, with Later naming the
// later document when the dates or the rise tell.
package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/figcheck/figcheck/facts"
)

// Doc is one report: its name and the facts extracted from it.
type Doc struct {
	Name  string
	Facts []facts.Fact
	// Date is the report's publication date (ISO-8601) when known, "" if not;
	// it tells which of two disagreeing reports is later.
	Date string
}

// Options tune alignment and consistency.
type Options struct {
	// Threshold is the least subject similarity (0..1) for two facts to be
	// about the same thing. Zero means the default.
	Threshold float64
	// ApproxTolerance is the relative width given to an approximate figure
	// (about 19% covers 19×(1±tol)). Zero means the default.
	ApproxTolerance float64
}

func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.ApproxTolerance <= 0 {
		o.ApproxTolerance = DefaultApproxTolerance
	}
	return o
}

// Status of an aligned group.
type Status string

// The statuses of SPEC.md, plus not_comparable (same thing, units that do not
// convert, such as USD and EUR).
const (
	StatusConflict      Status = "conflict"
	StatusAgree         Status = "agree"
	StatusSingle        Status = "single"
	StatusNotComparable Status = "not_comparable"
	// StatusReview marks the same measure with a different scope or time
	// (one site's toll beside the total, yesterday's toll beside today's):
	// worth a look, never a conflict. Its pairs are Group.Differences.
	StatusReview Status = "review"
)

// rank orders statuses in a Result.
func (s Status) rank() int {
	switch s {
	case StatusConflict:
		return 0
	case StatusNotComparable:
		return 1
	case StatusAgree:
		return 2
	}
	return 3
}

// Disagreement is a pair of facts of a group that cannot both be true.
type Disagreement struct {
	A      int    `json:"a"`
	B      int    `json:"b"`
	Reason string `json:"reason"`
	// Internal is set when both facts come from one document.
	Internal bool `json:"internal,omitempty"`
	// Update is set when the difference looks like a later report updating
	// an earlier one (a toll that "rose to", a later date); Later names the
	// later document when that is known.
	Update bool   `json:"update,omitempty"`
	Later  string `json:"later,omitempty"`
}

// Group is a set of facts, from one or more documents, about the same thing.
type Group struct {
	Type          string         `json:"type"` // always "group"
	Key           string         `json:"key"`
	Kind          facts.Kind     `json:"kind"`
	Unit          string         `json:"unit"`
	Status        Status         `json:"status"`
	Facts         []facts.Fact   `json:"facts"`
	Disagreements []Disagreement `json:"disagreements"`
	// Claims numbers the claim each fact belongs to, parallel to Facts:
	// mentions of one figure in one document share a number. A disagreement
	// names the first mention of each of its two claims.
	Claims []int `json:"claims"`
	// Differences are pairs of a review group whose figures differ because
	// their scope or time differs; they are never counted as disagreements.
	Differences []Disagreement `json:"differences,omitempty"`
}

// Result is the outcome of a comparison: groups sorted conflicts first, then
// not comparable, agreements, singles; within a status by key.
type Result struct {
	Docs   []string `json:"docs"`
	Groups []Group  `json:"groups"`
}

// Compare aligns the facts of docs and checks each group for consistency.
// Each fact's Doc is set to the name of the document it comes with.
func Compare(docs []Doc, opt Options) Result {
	opt = opt.withDefaults()
	res := Result{Docs: make([]string, len(docs)), Groups: []Group{}}
	var items []*item
	cache := termCache{}
	for d, doc := range docs {
		res.Docs[d] = doc.Name
		for _, f := range doc.Facts {
			f.Doc = doc.Name
			items = append(items, prepare(f, d, len(items), opt.ApproxTolerance, cache))
		}
	}
	type sortable struct {
		g     Group
		first *item // the group's first fact in document order
	}
	var groups []*sortable
	bindSentences(items, cache)
	levelsAfterChanges(items)
	sentenceEvents(items)
	borrowSubjects(items, cache)
	attachMentions(items)
	for _, g := range align(items, opt.Threshold) {
		members := make([]*item, len(g))
		for i, m := range g {
			members[i] = items[m]
		}
		grp := buildGroup(members, docs)
		groups = append(groups, &sortable{grp, members[0]})
	}
	slices.SortFunc(groups, func(a, b *sortable) int {
		return cmp.Or(
			cmp.Compare(a.g.Status.rank(), b.g.Status.rank()),
			strings.Compare(a.g.Key, b.g.Key),
			cmp.Compare(a.first.doc, b.first.doc),
			cmp.Compare(a.first.f.Start, b.first.f.Start),
			cmp.Compare(a.first.idx, b.first.idx),
		)
	})
	for _, s := range groups {
		res.Groups = append(res.Groups, s.g)
	}
	return res
}

// buildGroup orders a group's facts (document, then offset), numbers its
// claims and checks every pair of claims.
func buildGroup(ms []*item, docs []Doc) Group {
	slices.SortFunc(ms, func(a, b *item) int {
		return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.f.Start, b.f.Start),
			cmp.Compare(a.f.End, b.f.End), cmp.Compare(a.idx, b.idx))
	})
	g := Group{Type: "group", Kind: ms[0].f.Kind, Facts: make([]facts.Fact, len(ms)),
		Disagreements: []Disagreement{}, Claims: make([]int, len(ms))}
	var reps []int // first mention of each claim
	claimOf := map[string]int{}
	docSet := map[int]bool{}
	for i, it := range ms {
		g.Facts[i] = it.f
		docSet[it.doc] = true
		k := claimKey(it)
		c, ok := claimOf[k]
		if !ok {
			c = len(reps)
			claimOf[k] = c
			reps = append(reps, i)
		}
		g.Claims[i] = c
	}
	notComparable := false
	for p := 0; p < len(reps); p++ {
		for q := p + 1; q < len(reps); q++ {
			a, b := ms[reps[p]], ms[reps[q]]
			if a.cmpUnit != b.cmpUnit {
				if a.doc != b.doc {
					notComparable = true
				}
				continue
			}
			reason, ok := disagree(a, b)
			if !ok {
				continue
			}
			d := Disagreement{A: reps[p], B: reps[q], Internal: a.doc == b.doc}
			d.Update, d.Later = update(a, b, docs)
			switch {
			case d.Internal:
				reason += fmt.Sprintf(" (both in %s)", docs[a.doc].Name)
			case d.Update && d.Later != "":
				reason += fmt.Sprintf("; likely an update, %s being later", d.Later)
			case d.Update:
				reason += "; likely an update"
			}
			d.Reason = reason
			g.Disagreements = append(g.Disagreements, d)
		}
	}
	switch {
	case len(g.Disagreements) > 0:
		g.Status = StatusConflict
	case notComparable:
		g.Status = StatusNotComparable
	case len(docSet) > 1:
		g.Status = StatusAgree
	default:
		g.Status = StatusSingle
	}
	g.Key = string(g.Kind) + " · " + groupSubject(ms)
	g.Unit = groupUnit(ms)
	return g
}

// claimKey identifies a claim: a document and what its figure allows.
func claimKey(it *item) string {
	return fmt.Sprintf("%d|%s", it.doc, figureKey(it))
}

// figureKey identifies what a figure allows, whatever its document. The
// direction of a change is part of an amount of change ("rose 3%" is not
// "fell 3%"), not of a level: "raises rates to 5.25%" in a headline and
// "5.25%" in the body are one claim.
func figureKey(it *item) string {
	if !it.hasIv {
		return it.f.Date
	}
	iv := it.base
	change := ""
	if it.role == "by" {
		change = it.change
	}
	return fmt.Sprintf("%s|%g|%g|%t|%t|%s|%s|%s", it.cmpUnit, iv.lo, iv.hi,
		iv.loOpen, iv.hiOpen, it.role, change, it.f.Bound)
}

// disagree says whether two facts of one group cannot both be true, and why.
func disagree(a, b *item) (string, bool) {
	if !a.hasIv || !b.hasIv {
		return "", false
	}
	integer := a.integer && b.integer
	if !a.base.overlaps(b.base, integer) {
		return outsideReason(a, b), true
	}
	if a.change != "" && b.change != "" && a.change != b.change && a.role == b.role {
		return fmt.Sprintf("%s says %s, %s says %s", quoted(a), direction(a.change),
			quoted(b), direction(b.change)), true
	}
	return "", false
}

func direction(change string) string {
	switch change {
	case "up":
		return "it rose"
	case "down":
		return "it fell"
	}
	return change
}

func quoted(it *item) string {
	if it.f.Text != "" {
		return fmt.Sprintf("%q", it.f.Text)
	}
	v, _ := figure(it.f)
	return withUnit(fmtNum(v), it.f.Unit)
}

// outsideReason explains two intervals that do not overlap, in plain words:
// `31 is outside "25" (exact)`.
func outsideReason(a, b *item) string {
	useBase := a.f.Unit != b.f.Unit
	pointA := a.f.Bound == facts.BoundExact || a.f.Bound == ""
	pointB := b.f.Bound == facts.BoundExact || b.f.Bound == ""
	switch {
	case pointB:
		return fmt.Sprintf("%s is outside %s (%s)", pointValue(b, useBase), quoted(a), describe(a, useBase))
	case pointA:
		return fmt.Sprintf("%s is outside %s (%s)", pointValue(a, useBase), quoted(b), describe(b, useBase))
	}
	return fmt.Sprintf("%s (%s) and %s (%s) cannot both hold", quoted(a), describe(a, useBase),
		quoted(b), describe(b, useBase))
}

// display converts a stated number to what a reason shows, and its unit.
func (it *item) display(x float64, useBase bool) (float64, string) {
	if useBase {
		return x*it.k + it.off, it.cmpUnit
	}
	return x, it.f.Unit
}

// pointValue is a fact's figure for a reason (cached: a fact of a large
// group takes part in many disagreements).
func pointValue(it *item, useBase bool) string {
	c := &it.texts[b2i(useBase)]
	if c.point == "" {
		c.point = pointValueOf(it, useBase)
	}
	return c.point
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func pointValueOf(it *item, useBase bool) string {
	v, _ := figure(it.f)
	x, u := it.display(v, useBase)
	s := withUnit(fmtNum(x), u)
	if useBase {
		return fmt.Sprintf("%s (%s)", quoted(it), s)
	}
	return s
}

// describe says in words what interval a fact stands for (cached).
func describe(it *item, useBase bool) string {
	c := &it.texts[b2i(useBase)]
	if c.desc == "" {
		c.desc = describeOf(it, useBase)
	}
	return c.desc
}

func describeOf(it *item, useBase bool) string {
	iv, unit := it.iv, it.f.Unit
	if useBase {
		iv, unit = it.base, it.cmpUnit
	}
	num := func(x float64) string { return withUnit(fmtNum(x), unit) }
	stated := func(p *float64) string {
		v, _ := figure(it.f)
		if p != nil {
			v = *p
		}
		x, u := it.display(v, useBase)
		return withUnit(fmtNum(x), u)
	}
	switch it.f.Bound {
	case facts.BoundApprox:
		return fmt.Sprintf("approximate: %s to %s", num(iv.lo), num(iv.hi))
	case facts.BoundAtLeast:
		return "at least " + stated(it.f.Low)
	case facts.BoundMoreThan:
		return "more than " + stated(it.f.Low)
	case facts.BoundAtMost:
		return "at most " + stated(it.f.High)
	case facts.BoundLessThan:
		return "less than " + stated(it.f.High)
	case facts.BoundRange:
		if it.f.High == nil {
			return stated(it.f.Low) + " or more"
		}
		return fmt.Sprintf("range: %s to %s", stated(it.f.Low), stated(it.f.High))
	}
	if it.step == 0 || it.integer && it.step <= 1 {
		return "exact"
	}
	return fmt.Sprintf("rounded: %s up to %s", num(iv.lo), num(iv.hi))
}

// update tells whether a disagreement looks like an update, and which
// document is later when that is known: by the documents' dates first; else
// when a count is stated as a new, higher level ("the toll rose to 31"), the
// later document being the one that says so if the other figure is below
// it. Only counts are read this way: a tally only grows as reports come in,
// while a rate that "rose to" or "eased to" a level describes the statistic,
// not the report.
func update(a, b *item, docs []Doc) (bool, string) {
	if a.doc != b.doc {
		if c, ok := compareDates(docs[a.doc].Date, docs[b.doc].Date); ok && c != 0 {
			if c > 0 {
				return true, docs[a.doc].Name
			}
			return true, docs[b.doc].Name
		}
	}
	upA, upB := risen(a), risen(b)
	switch {
	case !upA && !upB:
		return false, ""
	case a.doc == b.doc:
		return true, ""
	}
	va, vb := a.base.mid(), b.base.mid()
	switch {
	case upA && upB && va > vb, upA && !upB && va > vb:
		return true, docs[a.doc].Name
	case upA && upB && vb > va, upB && !upA && vb > va:
		return true, docs[b.doc].Name
	}
	return true, ""
}

// risen reports whether a fact is a count stated as a new, higher level
// ("the toll rose to 31").
func risen(it *item) bool {
	return it.f.ChangeRole == "to" && it.change == "up" && it.f.Kind == facts.KindCount
}

// mid is a representative value of an interval: its middle, or its finite
// end when it is unbounded.
func (iv interval) mid() float64 {
	switch {
	case iv.lo < -1e300 && iv.hi > 1e300:
		return 0
	case iv.lo < -1e300:
		return iv.hi
	case iv.hi > 1e300:
		return iv.lo
	}
	return (iv.lo + iv.hi) / 2
}

var dateLayouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", "2006-01", "2006"}

// compareDates compares two ISO-8601 dates; ok is false if either is empty.
func compareDates(a, b string) (int, bool) {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" {
		return 0, false
	}
	ta, errA := parseDate(a)
	tb, errB := parseDate(b)
	if errA == nil && errB == nil {
		return ta.Compare(tb), true
	}
	return strings.Compare(a, b), true
}

func parseDate(s string) (time.Time, error) {
	var err error
	for _, l := range dateLayouts {
		var t time.Time
		if t, err = time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}

// groupSubject names what a group is about: its most frequent subject (the
// first of equals), else its event, else its date.
func groupSubject(ms []*item) string {
	count := map[string]int{}
	best := ""
	for _, it := range ms {
		if it.subject == "" {
			continue
		}
		count[it.subject]++
		if best == "" || count[it.subject] > count[best] {
			best = it.subject
		}
	}
	switch {
	case best != "":
		return best
	case ms[0].event != "":
		return ms[0].event
	case ms[0].f.Kind == facts.KindDate:
		return ms[0].f.Date
	}
	return "(no subject)"
}

// groupUnit is the unit the group's facts share: their stated unit if one,
// else the base unit they were converted to, else their units joined by "/"
// (currencies that do not convert).
func groupUnit(ms []*item) string {
	stated, base := ms[0].f.Unit, ms[0].cmpUnit
	var all []string
	for _, it := range ms {
		if it.f.Unit != stated {
			stated = "\x00"
		}
		if !slices.Contains(all, it.cmpUnit) {
			all = append(all, it.cmpUnit)
		}
	}
	switch {
	case stated != "\x00":
		return stated
	case len(all) == 1:
		return base
	}
	return strings.Join(all, "/")
}

// Check narrows r to what matters for doc: the groups where one of doc's
// facts disagrees with another document's, and the groups where a fact of
// doc stands alone (no reference supports it). In the first, only the
// disagreements involving doc are kept (its own internal ones included); the
// second are kept whole, internal disagreements and all.
func (r Result) Check(doc string) Result {
	out := Result{Docs: r.Docs, Groups: []Group{}}
	for _, g := range r.Groups {
		alone, has := true, false
		for _, f := range g.Facts {
			if f.Doc == doc {
				has = true
			} else {
				alone = false
			}
		}
		if !has {
			continue
		}
		if alone {
			out.Groups = append(out.Groups, g)
			continue
		}
		var keep []Disagreement
		cross := false
		for _, d := range g.Disagreements {
			inA, inB := g.Facts[d.A].Doc == doc, g.Facts[d.B].Doc == doc
			if inA || inB {
				keep = append(keep, d)
				cross = cross || inA != inB
			}
		}
		if cross {
			g.Disagreements = keep
			out.Groups = append(out.Groups, g)
		}
	}
	return out
}

// HasConflict reports whether any group has a disagreement.
func (r Result) HasConflict() bool {
	for _, g := range r.Groups {
		if len(g.Disagreements) > 0 {
			return true
		}
	}
	return false
}
