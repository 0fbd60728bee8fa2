package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/compare/goldset"
	"github.com/figcheck/figcheck/facts"
)

// explain prints, for each gold pair of a set with the given label, the two
// facts' frames, each comparison's level and weight, and the summed score:
// what a fitter reads to see why a pair is or is not linked.
func explain(w io.Writer, s *goldset.Set, m *compare.Model, label goldset.Label) {
	docs := make([]compare.Doc, len(s.Docs))
	for i, d := range s.Docs {
		docs[i] = compare.Doc{Name: d.Name, Facts: facts.Extract(d.Name, d.Text), Date: compare.PublishedDate(d.Text)}
	}
	pairs := compare.CandidatePairs(docs, compare.Options{Model: m})
	names := compare.ComparisonNames()
	levels := compare.Comparisons()
	frame := func(f facts.Fact) string {
		return fmt.Sprintf("%q subj=%q meas=%q ev=%q scope=%q time=%q src=%q role=%q", f.Text, f.Subject, f.Measure, f.Event, f.Scope, f.Time, f.Source, f.Role)
	}
	for _, p := range s.Pairs {
		if p.Label != label {
			continue
		}
		fmt.Fprintf(w, "%s %s %s %q vs %s %q (%s)\n", s.Name, p.Label, p.A.Doc, s.Text(p.A), p.B.Doc, s.Text(p.B), p.Pair.Why)
		shown := 0
		for _, c := range pairs {
			fa, fb := docs[c.A.Doc].Facts[c.A.Fact], docs[c.B.Doc].Facts[c.B.Fact]
			in := func(sp goldset.Span, doc int, f facts.Fact) bool { return sp.Overlaps(docs[doc].Name, f.Start, f.End) }
			if !(in(p.A, c.A.Doc, fa) && in(p.B, c.B.Doc, fb) || in(p.B, c.A.Doc, fa) && in(p.A, c.B.Doc, fb)) {
				continue
			}
			shown++
			var parts []string
			for i, l := range c.Levels {
				parts = append(parts, fmt.Sprintf("%s=%s(%+.2f)", names[i], levels[names[i]][l], m.Weights[names[i]][levels[names[i]][l]]))
			}
			fmt.Fprintf(w, "    A %s cmp=%q\n    B %s cmp=%q\n    score %+.2f (link %+.2f): %s\n", frame(fa), c.Measures[0], frame(fb), c.Measures[1], m.Score(c.Levels), m.Link, strings.Join(parts, " "))
		}
		if shown == 0 {
			fmt.Fprintf(w, "    not a candidate pair (another block, or a fact missing)\n")
		}
	}
}
