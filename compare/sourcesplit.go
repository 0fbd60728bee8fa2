package compare

import "github.com/figcheck/figcheck/facts"

// A source split is one report giving a measure by two named sources that
// disagree ("the US Geological Survey measured it at 6.1; the China
// Earthquake Networks Center put it at 6.5"). Other reports often give one
// of the two figures without naming whose it is: their figures that follow
// the two sides are the sources' difference, to review, not a conflict
// between the reports.
type sourceSplit struct{ x, y *item }

// sourceSplitsOf lists the source splits of a comparison (items in
// report order): two figures of one report with two named sources, one
// unit, measures that do not differ, and values that do not agree. The
// two sides often fall in two groups (each source's figures line up with
// the other reports'), so the splits are read over the whole comparison.
// Only measured quantities and shares are read so (a magnitude, a depth;
// an exit poll's share and the count's): a toll or a sum two sources give
// in one report is as often a tally revised (the newer source's), which
// the other reports' figures are to be checked against (measured on the
// development sets: with counts the planted conflicts of rising tolls
// were lost, with money a box-office estimate and its final figure).
func sourceSplitsOf(items []*item) []sourceSplit {
	var out []sourceSplit
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && items[j].doc == items[i].doc {
			j++
		}
		for p := i; p < j; p++ {
			a := items[p]
			if !splittable(a) {
				continue
			}
			for q := p + 1; q < j; q++ {
				b := items[q]
				if splittable(b) && b.source != a.source && b.cmpUnit == a.cmpUnit &&
					(a.measure == "" || b.measure == "" || a.measure == b.measure) && disagree(a, b) != agreeing {
					out = append(out, sourceSplit{a, b})
				}
			}
		}
		i = j
	}
	return out
}

func splittable(it *item) bool {
	return it.source != "" && it.hasIv && (it.f.Kind == facts.KindQuantity || it.f.Kind == facts.KindPercent)
}

// followSplit says why two disagreeing figures of two reports are the two
// sides of a source split, or "": each agrees with one side (or is it).
func followSplit(a, b *item, splits []sourceSplit) string {
	for _, sp := range splits {
		if sp.x.cmpUnit == a.cmpUnit && (sides(a, sp.x) && sides(b, sp.y) || sides(a, sp.y) && sides(b, sp.x)) {
			return "the reports follow two sources (" + sp.x.source + ": " + sp.x.f.Text + "; " + sp.y.source + ": " + sp.y.f.Text + ")"
		}
	}
	return ""
}

// sides reports whether figure it states the figure of side s.
func sides(it, s *item) bool {
	return it == s || it.cmpUnit == s.cmpUnit && disagree(it, s) == agreeing
}
