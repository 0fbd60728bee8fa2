package compare_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/facts"
)

// fuzzBytes hands out the fuzzer's bytes one decision at a time (zeros
// once they run out).
type fuzzBytes struct{ b []byte }

func (r *fuzzBytes) next(n int) int {
	if len(r.b) == 0 || n <= 0 {
		return 0
	}
	v := int(r.b[0]) % n
	r.b = r.b[1:]
	return v
}

func (r *fuzzBytes) pick(list []string) string { return list[r.next(len(list))] }

// Sentences of reports, with a figure to fill in.
var fuzzSentences = []string{
	"At least %d people were killed in the attack, officials said.",
	"The death toll rose to %d on Monday.",
	"About %d people were injured and %d are missing.",
	"Police said %d protesters were arrested.",
	"Organisers said %d,000 people marched, while police put the crowd at %d,000.",
	"The company said revenue rose %d%% to $%d.5bn in the second quarter.",
	"Unemployment fell to %d.%d%% from %d.%d%% a year earlier.",
	"The quake, of magnitude %d.%d, struck %d km north of the city.",
	"Between %d and %d homes were destroyed.",
	"Nearly %d flights were cancelled and %d were delayed.",
	"The government pledged £%dm for the programme.",
	"Temperatures reached %d C on Thursday.",
	"A %d-year-old man was charged.",
	"More than %d million barrels a day were pumped in %d.",
	"Six of its %d carriages overturned.",
}

// fuzzDoc writes a report of a few sentences from the bytes.
func fuzzDoc(r *fuzzBytes) string {
	var b strings.Builder
	for n := 1 + r.next(5); n > 0; n-- {
		s := r.pick(fuzzSentences)
		args := make([]any, strings.Count(s, "%d"))
		for i := range args {
			args[i] = 1 + r.next(250)
		}
		fmt.Fprintf(&b, s+" ", args...)
	}
	return b.String()
}

// fuzzFact makes a fact outright, with fields the extractor may or may not
// give together.
func fuzzFact(r *fuzzBytes, i int) facts.Fact {
	kinds := []facts.Kind{facts.KindCount, facts.KindPercent, facts.KindMoney, facts.KindQuantity,
		facts.KindDuration, facts.KindDate, facts.KindOrdinal, facts.KindAge}
	bounds := []facts.Bound{facts.BoundExact, facts.BoundApprox, facts.BoundAtLeast, facts.BoundMoreThan,
		facts.BoundAtMost, facts.BoundLessThan, facts.BoundRange}
	v := float64(r.next(200)) * []float64{1, 0.5, 1000, 1e9, -1, 0.01}[r.next(6)]
	f := facts.Fact{
		Type:       "fact",
		Kind:       kinds[r.next(len(kinds))],
		Bound:      bounds[r.next(len(bounds))],
		Unit:       r.pick([]string{"", "%", "USD", "GBP", "km", "mi", "m", "kg", "year", "day", "°C", "magnitude"}),
		Subject:    r.pick([]string{"", "people killed", "people", "homes destroyed", "revenue", "troops", "flights"}),
		Event:      r.pick([]string{"", "killed", "injured", "missing", "arrested"}),
		Measure:    r.pick([]string{"", "people", "home", "revenue", "rate"}),
		Scope:      r.pick([]string{"", "north", "all", "kherson province"}),
		Time:       r.pick([]string{"", "2024", "previous year", "2024-Q2"}),
		Role:       r.pick([]string{"", "level", "change", "from", "share"}),
		Source:     r.pick([]string{"", "police", "organisers"}),
		Text:       "x",
		Start:      10 * i,
		End:        10*i + 1 + r.next(20),
		Line:       1,
		Sentence:   r.pick([]string{"", "At least 25 people were killed.", "Police said so."}),
		Date:       r.pick([]string{"", "2024-03-01", "XXXX-WXX-1"}),
		Precision:  []float64{0, 1, 0.1, 100, 1e8}[r.next(5)],
		Confidence: float64(r.next(11)) / 10,
	}
	if f.Kind != facts.KindDate {
		lo, hi := v, v+float64(r.next(50))
		f.Value = &v
		switch r.next(4) {
		case 0:
			f.Low, f.High = &lo, &hi
		case 1:
			f.Low = &lo
		case 2:
			f.High = &hi
		}
		if r.next(3) == 0 {
			dir := r.pick([]string{"up", "down"})
			f.Change = &dir
			f.ChangeRole = r.pick([]string{"by", "to", "from"})
		}
	}
	return f
}

// fuzzDocs builds two to four reports: extracted from generated text, or
// made of facts outright.
func fuzzDocs(data []byte) []compare.Doc {
	r := &fuzzBytes{b: data}
	n := 2 + r.next(3)
	docs := make([]compare.Doc, n)
	for d := range docs {
		docs[d].Name = fmt.Sprintf("doc%d", d)
		docs[d].Date = r.pick([]string{"", "", "2024-03-01", "2024-03-02"})
		if r.next(2) == 0 {
			docs[d].Facts = facts.ExtractString(docs[d].Name, fuzzDoc(r))
			continue
		}
		for i := r.next(7); i > 0; i-- {
			docs[d].Facts = append(docs[d].Facts, fuzzFact(r, i))
		}
	}
	return docs
}

// checkResult lists what is wrong with a result: every index of a group
// must point at one of its facts, every fact at one of the documents.
func checkResult(docs []compare.Doc, res compare.Result) []string {
	var bad []string
	names := map[string]bool{}
	for _, d := range docs {
		names[d.Name] = true
	}
	for gi, g := range res.Groups {
		if len(g.Claims) != len(g.Facts) {
			bad = append(bad, fmt.Sprintf("group %d: %d claims for %d facts", gi, len(g.Claims), len(g.Facts)))
		}
		for _, f := range g.Facts {
			if !names[f.Doc] {
				bad = append(bad, fmt.Sprintf("group %d: fact of unknown document %q", gi, f.Doc))
			}
		}
		for _, list := range [][]compare.Disagreement{g.Disagreements, g.Differences} {
			for _, d := range list {
				if d.A < 0 || d.A >= len(g.Facts) || d.B < 0 || d.B >= len(g.Facts) {
					bad = append(bad, fmt.Sprintf("group %d: pair %d,%d of %d facts", gi, d.A, d.B, len(g.Facts)))
				}
			}
		}
	}
	return bad
}

// FuzzCompare: random reports never make Compare panic, every index in a
// group is valid, and whether the reports disagree does not depend on the
// order they come in.
func FuzzCompare(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x00\x00\x01\x00\x02\x03\x00\x01\x01\x05"))
	f.Add([]byte("\x01\x00\x00\x03\x10\x20\x00\x00\x03\x11\x30"))
	f.Add([]byte("\x02\x01\x01\x07\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"))
	f.Add([]byte("\x00\x02\x00\x02\x00\x18\x00\x05\x01\x00\x02\x00\x18\x00\x06"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs := fuzzDocs(data)
		res := compare.Compare(docs, compare.Options{})
		if bad := checkResult(docs, res); len(bad) > 0 {
			t.Fatalf("malformed result:\n%s", strings.Join(bad, "\n"))
		}
		reversed := slices.Clone(docs)
		slices.Reverse(reversed)
		back := compare.Compare(reversed, compare.Options{})
		if bad := checkResult(reversed, back); len(bad) > 0 {
			t.Fatalf("malformed result, reports reversed:\n%s", strings.Join(bad, "\n"))
		}
		if res.HasConflict() != back.HasConflict() {
			t.Fatalf("conflict %v in this order, %v with the reports reversed", res.HasConflict(), back.HasConflict())
		}
	})
}
