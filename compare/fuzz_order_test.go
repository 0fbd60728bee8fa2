package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/facts"
)

// orderFuzzDocs builds up to five reports of up to twelve facts from bytes: each
// fact takes its kind, value, bound, subject, event, unit and sentence from
// small tables, so that the comparer meets equal and clashing subjects,
// agreeing and disagreeing figures, units that convert and currencies that
// do not.
func orderFuzzDocs(data []byte) []Doc {
	next := func() int {
		if len(data) == 0 {
			return 0
		}
		b := int(data[0])
		data = data[1:]
		return b
	}
	subjects := []string{"people killed", "people injured", "", "homes", "drones shot down", "inflation", "core inflation", "territory", "voters", "jobs", "posts"}
	events := []string{"", "killed", "injured", "shot down"}
	sentences := []string{"", "The toll rose to %s on Friday.", "Officials said %s were hurt in the north.", "Prices rose %s a year earlier.", "%s, police said, while organisers said more."}
	units := []struct {
		kind facts.Kind
		unit string
	}{{facts.KindCount, ""}, {facts.KindPercent, "%"}, {facts.KindMoney, "USD"}, {facts.KindMoney, "EUR"}, {facts.KindQuantity, "km"}, {facts.KindQuantity, "mi"}, {facts.KindDate, ""}}
	bounds := []facts.Bound{facts.BoundExact, facts.BoundApprox, facts.BoundAtLeast, facts.BoundMoreThan, facts.BoundAtMost, facts.BoundLessThan, facts.BoundRange}
	nd := 1 + next()%5
	docs := make([]Doc, nd)
	for d := range docs {
		nf := next() % 13
		var fs []facts.Fact
		pos := 0
		for range nf {
			u := units[next()%len(units)]
			v := float64(next()%50) * float64(1+next()%3)
			text := fmt.Sprint(v)
			f := facts.Fact{Type: "fact", Kind: u.kind, Unit: u.unit, Bound: bounds[next()%len(bounds)],
				Subject: subjects[next()%len(subjects)], Event: events[next()%len(events)], Text: text}
			if s := sentences[next()%len(sentences)]; s != "" {
				f.Sentence = fmt.Sprintf(s, text)
			}
			if u.kind == facts.KindDate {
				f.Date = fmt.Sprintf("20%02d", next()%30)
			} else {
				lo, hi := v, v+float64(next()%5)
				f.Value, f.Low, f.High = &v, &lo, &hi
				switch f.Bound {
				case facts.BoundAtLeast, facts.BoundMoreThan:
					f.High = nil
				case facts.BoundAtMost, facts.BoundLessThan:
					f.Low = nil
				}
				if next()%4 == 0 {
					up := "up"
					f.Change, f.ChangeRole = &up, []string{"by", "to", "from"}[next()%3]
				}
				f.Scope = []string{"", "", "kherson", "all"}[next()%4]
			}
			f.Start = pos
			f.End = pos + len(text)
			pos = f.End + 1 + next()
			fs = append(fs, f)
		}
		docs[d] = Doc{Name: fmt.Sprintf("r%d.txt", d), Facts: fs, Date: fmt.Sprintf("2024-03-%02d", 1+next()%3)}
	}
	return docs
}

// verdict is what a comparison says, whatever the order of the reports:
// each group as its sorted facts (report and offset) with its status and
// the pairs it disagrees on.
func verdict(r Result) []string {
	var out []string
	for _, g := range r.Groups {
		var fs []string
		for _, f := range g.Facts {
			fs = append(fs, fmt.Sprintf("%s@%d", f.Doc, f.Start))
		}
		slices.Sort(fs)
		var ds []string
		for _, d := range append(slices.Clone(g.Disagreements), g.Differences...) {
			a := fmt.Sprintf("%s@%d", g.Facts[d.A].Doc, g.Facts[d.A].Start)
			b := fmt.Sprintf("%s@%d", g.Facts[d.B].Doc, g.Facts[d.B].Start)
			if b < a {
				a, b = b, a
			}
			ds = append(ds, a+"-"+b)
		}
		slices.Sort(ds)
		out = append(out, fmt.Sprintf("%s %s [%s] {%s}", g.Status, g.Key, strings.Join(fs, " "), strings.Join(ds, " ")))
	}
	slices.Sort(out)
	return out
}

// FuzzCompareOrder checks, on random reports: no panic; every index of a group
// (disagreements, differences, claims) is valid and a disagreement joins two
// claims; and the verdict is the same whichever order the reports come in.
func FuzzCompareOrder(f *testing.F) {
	f.Add([]byte("\x03\x04\x00\x19\x00\x00\x01\x01\x00\x00\x00\x01\x1f\x00\x00\x01\x01\x00\x00"))
	f.Add([]byte("\x02\x02\x01\x0a\x01\x01\x03\x02\x01\x00\x00\x02\x01\x0a\x01\x01\x03\x02\x01\x00\x00"))
	f.Add([]byte(strings.Repeat("\x05\x07\x03\x11\x02", 40)))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs := orderFuzzDocs(data)
		r := Compare(docs, Options{})
		for _, g := range r.Groups {
			if len(g.Claims) != len(g.Facts) {
				t.Fatalf("group %q: %d claims for %d facts", g.Key, len(g.Claims), len(g.Facts))
			}
			for _, d := range append(slices.Clone(g.Disagreements), g.Differences...) {
				if d.A < 0 || d.B < 0 || d.A >= len(g.Facts) || d.B >= len(g.Facts) || g.Claims[d.A] == g.Claims[d.B] {
					t.Fatalf("group %q: a pair %d-%d out of range or within one claim", g.Key, d.A, d.B)
				}
			}
		}
		rev := slices.Clone(docs)
		slices.Reverse(rev)
		if a, b := verdict(r), verdict(Compare(rev, Options{})); !slices.Equal(a, b) {
			t.Fatalf("the verdict depends on the order of the reports:\n%s\nvs\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
		}
	})
}
