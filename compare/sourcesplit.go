package compare

import (
	"math/bits"

	"github.com/figcheck/figcheck/facts"
)

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

// splitSides answers follow for a comparison's splits: which sides
// of which splits each figure states, made for a figure when it is first
// asked (by idx). Every disagreement of every group asks it of its two
// figures, and asking each of the comparison's splits each time grew
// with the cube of the reports (more reports, more splits and more
// disagreements: 557,000 splits read for 1,000 copies of the story sets).
type splitSides struct {
	splits []sourceSplit
	words  int     // uint64s in each of a figure's two sets
	of     []int32 // by item idx: 1 + where its sets start in bits, 0 before asked
	// bits holds each figure asked's two sets, one after the other: the
	// splits whose x side (bit i of the first for split i) and whose y
	// side it states (sides), among those of its unit
	bits []uint64
}

// newSplitSides is the splits of a comparison of n items.
func newSplitSides(splits []sourceSplit, n int) splitSides {
	ss := splitSides{splits: splits, words: (len(splits) + 63) / 64}
	if len(splits) > 0 {
		ss.of = make([]int32, n)
	}
	return ss
}

// sidesOf is the two sets of a figure, x's and y's.
func (ss *splitSides) sidesOf(it *item) (x, y []uint64) {
	w := ss.words
	if at := int(ss.of[it.idx]) - 1; at >= 0 {
		return ss.bits[at : at+w], ss.bits[at+w : at+2*w]
	}
	at := len(ss.bits)
	ss.bits = append(ss.bits, make([]uint64, 2*w)...)
	x, y = ss.bits[at:at+w], ss.bits[at+w:at+2*w]
	for i, sp := range ss.splits {
		if sp.x.cmpUnit != it.cmpUnit {
			continue
		}
		if sides(it, sp.x) {
			x[i/64] |= 1 << (i % 64)
		}
		if sides(it, sp.y) {
			y[i/64] |= 1 << (i % 64)
		}
	}
	ss.of[it.idx] = int32(at) + 1
	return x, y
}

// follow says why two disagreeing figures of two reports are the two
// sides of a source split, or "": each agrees with one side (or is it).
// The first such split of the comparison names them.
func (ss *splitSides) follow(a, b *item) string {
	if len(ss.splits) == 0 {
		return ""
	}
	ax, ay := ss.sidesOf(a)
	bx, by := ss.sidesOf(b)
	for w := range ax {
		// a split of another unit than a's is in neither of a's sets,
		// and one of b's unit in neither of b's (a pair of two units
		// follows none: a side states its own unit)
		if m := ax[w]&by[w] | ay[w]&bx[w]; m != 0 {
			sp := ss.splits[w*64+bits.TrailingZeros64(m)]
			return "the reports follow two sources (" + sp.x.source + ": " + sp.x.f.Text + "; " + sp.y.source + ": " + sp.y.f.Text + ")"
		}
	}
	return ""
}

// sides reports whether figure it states the figure of side s.
func sides(it, s *item) bool {
	return it == s || it.cmpUnit == s.cmpUnit && disagree(it, s) == agreeing
}
