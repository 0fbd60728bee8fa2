package compare

import (
	"slices"
	"strings"
)

// A headline states again, in fewer words, a figure its report's body
// gives: "Albis Bank to cut 2,000 posts" over "Albis Bank plans to
// eliminate 2,500 jobs". When the two differ, the report contradicts
// itself, whatever the weights say of two figures of one report.

// maxHeadlineWords bounds a headline's length.
const maxHeadlineWords = 16

// markHeadlines marks the facts of each report's headline: the line of
// its first figure that is no date, when that line is a sentence of its
// own with no closing full stop and few words.
func markHeadlines(items []*item) {
	nDocs := 0
	for _, it := range items {
		nDocs = max(nDocs, it.doc+1)
	}
	first := make([]*item, nDocs) // doc → its first non-date fact
	for _, it := range items {
		if it.dim == "date" {
			continue
		}
		if f := first[it.doc]; f == nil || it.f.Line < f.f.Line || it.f.Line == f.f.Line && it.f.Start < f.f.Start {
			first[it.doc] = it
		}
	}
	// whether a report's first fact stands in a headline, asked once per
	// report (0 not yet asked, 1 no, 2 yes), not for each of its facts
	headline := make([]int8, nDocs)
	for _, it := range items {
		f := first[it.doc]
		if f == nil || it.f.Line != f.f.Line {
			it.headline = false
			continue
		}
		if headline[it.doc] == 0 {
			headline[it.doc] = 1 + int8(b2i(isHeadline(f.f.Sentence)))
		}
		it.headline = headline[it.doc] == 2
	}
}

func isHeadline(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsRune(s, '\n') || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") {
		return false
	}
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n > maxHeadlineWords {
			return false
		}
	}
	return true
}

// pairHeadlines gives each report's headline claim the body claim it
// restates: the body's first claim of the same block, role and measure
// (event, or measure same or related), with nothing that clashes. Claims
// are in the order of their first mentions.
func pairHeadlines(claims []*claim) {
	nDocs := 0
	for _, c := range claims {
		nDocs = max(nDocs, c.doc+1)
	}
	// a report's claims, in order (the work stays per report), laid out
	// report by report in one slice: counted, then placed
	from := make([]int, nDocs+1)
	for _, c := range claims {
		from[c.doc+1]++
	}
	for d := range nDocs {
		from[d+1] += from[d]
	}
	laid := make([]*claim, len(claims))
	next := slices.Clone(from[:nDocs])
	for _, c := range claims {
		laid[next[c.doc]] = c
		next[c.doc]++
	}
	byDoc := func(d int) []*claim { return laid[from[d]:from[d+1]] }
	for _, h := range claims {
		if !inHeadline(h) || h.dim == "date" {
			continue
		}
		a := h.items[0]
		for _, c := range byDoc(h.doc) {
			if c == h || inHeadline(c) || c.dim != h.dim {
				continue
			}
			b := c.items[0]
			if a.role != b.role || a.event != b.event {
				continue
			}
			// clash(a, b) and measureLevel, their levels aboutLevels'
			// (kept by the pair of readings: the same levels)
			ev, ml, sl := aboutLevels(a, b)
			if ev == 3 || ml == 4 || sl == 6 || eventOnly(a, b) || eventOnly(b, a) || agesApart(a, b) || ml != 0 && ml != 1 {
				continue
			}
			h.restates = c
			break
		}
	}
}

// headlineRestates reports whether one of two claims of a report is its
// headline's figure and the other the body's figure it restates
// (pairHeadlines), within twice one another: two that differ are one
// thing stated twice, and the report contradicts itself.
func headlineRestates(x, y *claim) bool {
	if x.restates != y && y.restates != x {
		return false
	}
	return valueLevel(x.items[0], y.items[0]) <= 3
}

// inHeadline reports whether every mention of a claim is in its report's
// headline.
func inHeadline(c *claim) bool {
	for _, it := range c.items {
		if !it.headline {
			return false
		}
	}
	return true
}
