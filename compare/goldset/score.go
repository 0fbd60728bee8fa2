package goldset

import (
	"fmt"

	"github.com/figcheck/figcheck/compare"
)

// Score is what the scorer measures on one set or, added up, on many.
type Score struct {
	Sets, Docs, Facts int
	// Planted conflicts and, of them, those flagged as a disagreement, and
	// of those, the ones whose update flag is right.
	Planted, Flagged, UpdateRight int
	// Consistent pairs and those aligned in one row with no disagreement
	// between them.
	Agree, Aligned int
	// Review pairs (same measure, another scope or time): never flagged as a
	// conflict (ReviewSafe), and in one review row (ReviewSeen).
	Review, ReviewSafe, ReviewSeen int
	// Separate pairs and those wrongly put in one row.
	Separate, SeparateWrong int
	// Not-comparable pairs and those aligned with their units kept apart.
	NotComp, NotCompOK int
	// Conflict rows and, of them, those none of whose disagreements is a
	// planted conflict: false alarms.
	ConflictRows, FalseRows int
	Notes                   []string
}

// Add adds o to s (notes are not kept).
func (s *Score) Add(o Score) {
	s.Sets += max(o.Sets, 1)
	s.Docs += o.Docs
	s.Facts += o.Facts
	s.Planted += o.Planted
	s.Flagged += o.Flagged
	s.UpdateRight += o.UpdateRight
	s.Agree += o.Agree
	s.Aligned += o.Aligned
	s.Review += o.Review
	s.ReviewSafe += o.ReviewSafe
	s.ReviewSeen += o.ReviewSeen
	s.Separate += o.Separate
	s.SeparateWrong += o.SeparateWrong
	s.NotComp += o.NotComp
	s.NotCompOK += o.NotCompOK
	s.ConflictRows += o.ConflictRows
	s.FalseRows += o.FalseRows
}

// FlaggedShare, AlignedShare and FalseRowShare are the three headline
// figures.
func (s Score) FlaggedShare() float64  { return frac(s.Flagged, s.Planted) }
func (s Score) AlignedShare() float64  { return frac(s.Aligned, s.Agree) }
func (s Score) FalseRowShare() float64 { return frac(s.FalseRows, s.ConflictRows) }

func frac(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// String is one line: the three figures and the rest.
func (s Score) String() string {
	return fmt.Sprintf("flagged %d/%d = %.0f%%; aligned %d/%d = %.0f%%; false-alarm rows %d/%d = %.0f%%; updates right %d/%d; review safe %d/%d, in a review row %d; separate wrongly joined %d/%d; not comparable seen %d/%d",
		s.Flagged, s.Planted, 100*s.FlaggedShare(), s.Aligned, s.Agree, 100*s.AlignedShare(),
		s.FalseRows, s.ConflictRows, 100*s.FalseRowShare(), s.UpdateRight, s.Flagged,
		s.ReviewSafe, s.Review, s.ReviewSeen, s.SeparateWrong, s.Separate, s.NotCompOK, s.NotComp)
}

// ref is one fact of a result: group and index in it.
type ref struct{ g, i int }

// Score scores a comparison of the set's reports against its gold pairs.
func (s *Set) Score(res compare.Result) Score {
	sc := Score{Sets: 1, Docs: len(s.Docs)}
	for _, g := range res.Groups {
		sc.Facts += len(g.Facts)
	}
	over := func(sp Span) []ref {
		var out []ref
		for gi, g := range res.Groups {
			for i, f := range g.Facts {
				if sp.Overlaps(f.Doc, f.Start, f.End) {
					out = append(out, ref{gi, i})
				}
			}
		}
		return out
	}
	// claimIn: whether some mention of r's claim overlaps sp.
	claimIn := func(r ref, sp Span) bool {
		g := res.Groups[r.g]
		for i, c := range g.Claims {
			if c == g.Claims[r.i] && sp.Overlaps(g.Facts[i].Doc, g.Facts[i].Start, g.Facts[i].End) {
				return true
			}
		}
		return false
	}
	matches := func(g int, d compare.Disagreement, p Labelled) bool {
		x, y := ref{g, d.A}, ref{g, d.B}
		return claimIn(x, p.A) && claimIn(y, p.B) || claimIn(x, p.B) && claimIn(y, p.A)
	}
	pairIn := func(g int, ds []compare.Disagreement, x, y ref) bool {
		grp := res.Groups[g]
		cx, cy := grp.Claims[x.i], grp.Claims[y.i]
		for _, d := range ds {
			ca, cb := grp.Claims[d.A], grp.Claims[d.B]
			if ca == cx && cb == cy || ca == cy && cb == cx {
				return true
			}
		}
		return false
	}
	anyPair := func(p Labelled, f func(x, y ref) bool) bool {
		for _, x := range over(p.A) {
			for _, y := range over(p.B) {
				if x != y && f(x, y) {
					return true
				}
			}
		}
		return false
	}
	note := func(what string, p Labelled) {
		sc.Notes = append(sc.Notes, fmt.Sprintf("%s: %s %q vs %s %q (%s)", what, p.A.Doc, s.Text(p.A), p.B.Doc, s.Text(p.B), p.Pair.Why))
	}
	var planted []Labelled
	for _, p := range s.Pairs {
		switch p.Label {
		case Disagree:
			planted = append(planted, p)
			sc.Planted++
			found, updateRight := false, false
			for gi, g := range res.Groups {
				for _, d := range g.Disagreements {
					if matches(gi, d, p) {
						found = true
						updateRight = updateRight || d.Update == p.Pair.Update
					}
				}
			}
			inReview := anyPair(p, func(x, y ref) bool {
				return x.g == y.g && pairIn(x.g, res.Groups[x.g].Differences, x, y)
			})
			together := anyPair(p, func(x, y ref) bool { return x.g == y.g })
			switch {
			case !found && inReview:
				note("missed (a difference to review)", p)
			case !found && together:
				note("missed (one row, agreeing)", p)
			case !found:
				note("missed (apart)", p)
			case !updateRight:
				note(fmt.Sprintf("update flag wrong (want %v)", p.Pair.Update), p)
			}
			if found {
				sc.Flagged++
			}
			if updateRight {
				sc.UpdateRight++
			}
		case Agree:
			sc.Agree++
			if anyPair(p, func(x, y ref) bool {
				return x.g == y.g && !pairIn(x.g, res.Groups[x.g].Disagreements, x, y)
			}) {
				sc.Aligned++
			} else {
				note("not aligned", p)
			}
		case Review:
			sc.Review++
			flagged := anyPair(p, func(x, y ref) bool {
				return x.g == y.g && pairIn(x.g, res.Groups[x.g].Disagreements, x, y)
			})
			if !flagged {
				sc.ReviewSafe++
			} else {
				note("review pair flagged as a conflict", p)
			}
			if anyPair(p, func(x, y ref) bool { return x.g == y.g && res.Groups[x.g].Status == compare.StatusReview }) {
				sc.ReviewSeen++
			}
		case Separate:
			sc.Separate++
			if anyPair(p, func(x, y ref) bool { return x.g == y.g }) {
				sc.SeparateWrong++
				note("wrongly joined", p)
			}
		case NotComparable:
			sc.NotComp++
			if anyPair(p, func(x, y ref) bool {
				g := res.Groups[x.g]
				return x.g == y.g && !pairIn(x.g, g.Disagreements, x, y) && g.Facts[x.i].Unit != g.Facts[y.i].Unit
			}) {
				sc.NotCompOK++
			} else {
				note("not seen as not comparable", p)
			}
		}
	}
	for gi, g := range res.Groups {
		if len(g.Disagreements) == 0 {
			continue
		}
		sc.ConflictRows++
		real := false
		for _, d := range g.Disagreements {
			for _, p := range planted {
				if matches(gi, d, p) {
					real = true
				}
			}
		}
		if !real {
			sc.FalseRows++
			d := g.Disagreements[0]
			sc.Notes = append(sc.Notes, fmt.Sprintf("false alarm row %q: %s %q vs %s %q: %s", g.Key,
				g.Facts[d.A].Doc, g.Facts[d.A].Text, g.Facts[d.B].Doc, g.Facts[d.B].Text, d.Reason))
		}
	}
	return sc
}
