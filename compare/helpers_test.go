package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// Hand-built facts for the tests: fc("25 people", "people killed", 25,
// event("killed")) is an exact count; options change the rest.

type opt func(*facts.Fact)

func num(x float64) *float64 { return &x }

func fc(text, subject string, v float64, opts ...opt) facts.Fact {
	f := facts.Fact{Type: "fact", Kind: facts.KindCount, Value: num(v), Low: num(v), High: num(v),
		Bound: facts.BoundExact, Subject: subject, Text: text, End: len(text), Confidence: 1}
	for _, o := range opts {
		o(&f)
	}
	return f
}

func kind(k facts.Kind) opt { return func(f *facts.Fact) { f.Kind = k } }
func unit(u string) opt     { return func(f *facts.Fact) { f.Unit = u } }
func event(e string) opt    { return func(f *facts.Fact) { f.Event = e } }
func prec(p float64) opt    { return func(f *facts.Fact) { f.Precision = p } }
func sentence(s string) opt { return func(f *facts.Fact) { f.Sentence = s } }

func percent(u string) opt {
	return func(f *facts.Fact) { f.Kind, f.Unit = facts.KindPercent, u }
}

func money(code string) opt {
	return func(f *facts.Fact) { f.Kind, f.Unit = facts.KindMoney, code }
}

func quantity(u string) opt {
	return func(f *facts.Fact) { f.Kind, f.Unit = facts.KindQuantity, u }
}

// at places the fact at byte offset start.
func at(start int) opt {
	return func(f *facts.Fact) { f.End = start + (f.End - f.Start); f.Start = start }
}

func approx() opt { return func(f *facts.Fact) { f.Bound = facts.BoundApprox } }

func atLeast() opt {
	return func(f *facts.Fact) { f.Bound, f.High = facts.BoundAtLeast, nil }
}

func moreThan() opt {
	return func(f *facts.Fact) { f.Bound, f.High = facts.BoundMoreThan, nil }
}

func atMost() opt {
	return func(f *facts.Fact) { f.Bound, f.Low = facts.BoundAtMost, nil }
}

func lessThan() opt {
	return func(f *facts.Fact) { f.Bound, f.Low = facts.BoundLessThan, nil }
}

func rangeTo(high float64) opt {
	return func(f *facts.Fact) { f.Bound, f.High = facts.BoundRange, num(high) }
}

// change marks a change: dir "up" or "down", role "by", "to" or "from".
func change(dir, role string) opt {
	return func(f *facts.Fact) { f.Change, f.ChangeRole = &dir, role }
}

func date(timex string) opt {
	return func(f *facts.Fact) {
		f.Kind, f.Date, f.Value, f.Low, f.High = facts.KindDate, timex, nil, nil, nil
	}
}

// doc builds a document, placing facts without an offset one after another.
func doc(name string, fs ...facts.Fact) Doc {
	pos := 0
	for i := range fs {
		if fs[i].Start == 0 {
			n := fs[i].End
			fs[i].Start, fs[i].End = pos, pos+n
		}
		pos = fs[i].End + 100
	}
	return Doc{Name: name, Facts: fs}
}

// groupOf returns the group holding the fact of doc with the given text
// (its first mention), or nil.
func groupOf(r Result, docName, text string) *Group {
	for i := range r.Groups {
		for _, f := range r.Groups[i].Facts {
			if f.Doc == docName && f.Text == text {
				return &r.Groups[i]
			}
		}
	}
	return nil
}

// pairStatus compares two reports of one fact each and returns the status
// of the group that must hold both.
func pairStatus(t *testing.T, a, b Doc) Status {
	t.Helper()
	r := Compare([]Doc{a, b}, Options{})
	g := groupOf(r, a.Name, a.Facts[0].Text)
	require.NotNil(t, g)
	require.Len(t, g.Facts, 2, "one group")
	return g.Status
}

// factTexts are the texts of a group's facts, in its order.
func factTexts(g *Group) []string {
	var out []string
	for _, f := range g.Facts {
		out = append(out, f.Text)
	}
	return out
}

// compareTexts compares two reports, a.txt and b.txt, given as their texts.
func compareTexts(a, b string) Result {
	return Compare([]Doc{
		{Name: "a.txt", Facts: facts.ExtractString("a.txt", a+"\n")},
		{Name: "b.txt", Facts: facts.ExtractString("b.txt", b+"\n")},
	}, Options{})
}

// noConflict asserts that no group of r is a conflict.
func noConflict(t *testing.T, r Result) {
	t.Helper()
	for _, g := range r.Groups {
		assert.NotEqual(t, StatusConflict, g.Status, "%s: %v", g.Key, factTexts(&g))
	}
}
