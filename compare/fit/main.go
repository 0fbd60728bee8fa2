// Command fit fits the comparer's match weights on the development story
// sets and writes them to compare/weights.json:
//
//	go run ./compare/fit [-out compare/weights.json] [DIR...]
//
// Each candidate pair of facts (two reports, one kind and dimension) is an
// example, labelled from the gold files: a pair the gold names as agreeing,
// disagreeing, to review or not comparable is a match (mentions of the same
// claims included); a pair the gold names as separate is not, and neither is
// a pair that pairs a fact with another claim of a report whose matching
// claim the gold names (each figure matches at most one claim of another
// report). Other pairs are left out. The weights are those of an
// L2-regularised logistic regression over the comparison levels (one
// weight per level); the link score is the one that maximises the F1 of
// matches on the examples. The held-out sets are never read here.
package main

import (
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/compare/goldset"
	"github.com/figcheck/figcheck/facts"
)

// defaultDirs are the development sets; the held-out ones are not among
// them, and must never be.
var defaultDirs = []string{"testdata/compare_real", "testdata/compare_real2", "testdata/compare_real3", "testdata/compare_real4", "testdata/compare_real5", "testdata/compare_real6", "testdata/compare_wikinews", "testdata/compare"}

// readModel reads a weights file.
func readModel(path string) (*compare.Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return compare.ParseModel(b)
}

// weightRows lays a model's weights out as the fit holds them: one row per
// comparison, one weight per level, in the comparisons' order.
func weightRows(m *compare.Model) [][]float64 {
	levels := compare.Comparisons()
	var w [][]float64
	for _, n := range compare.ComparisonNames() {
		row := make([]float64, len(levels[n]))
		for l, name := range levels[n] {
			row[l] = m.Weights[n][name]
		}
		w = append(w, row)
	}
	return w
}

// loadSets reads the story sets of a directory; a corpus whose reports
// live in ../shared, absent here, is left out with a note.
func loadSets(d string) []*goldset.Set {
	sets, err := goldset.LoadAll(d)
	if errors.Is(err, goldset.ErrReportsAbsent) {
		fmt.Fprintf(os.Stderr, "fit: %s left out: %v\n", d, err)
		return nil
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(2)
	}
	return sets
}

func main() {
	out := flag.String("out", "compare/weights.json", "where to write the model")
	lambda := flag.Float64("l2", 1.0, "L2 penalty on the weights")
	method := flag.String("method", "lr", "fs (Fellegi-Sunter match weights: log m/u per level) or lr (logistic regression)")
	skip := flag.String("without", "", "comma-separated comparisons left out of the fit (their weights 0)")
	explainLabel := flag.String("explain", "", "fit nothing: print each gold pair of this label (disagree, agree, review, separate, not_comparable) with its levels and score under weights.json")
	cv := flag.Bool("cv", false, "write nothing: fit on half the sets and score on the other half, both ways, and print the summed score of the unseen halves")
	scoreOnly := flag.String("score", "", "fit nothing: print the story score and objective of this weights file on the sets")
	detail := flag.Bool("detail", false, "with -score: print each set's misses, false-alarm rows and other notes")
	thresholds := flag.String("thresholds", "", "fit only the link, conflict and same scores on the story sets, keeping this weights file's weights; write the model to -out")
	flag.Parse()
	dirs := flag.Args()
	if len(dirs) == 0 {
		dirs = defaultDirs
	}
	for _, d := range dirs {
		if strings.Contains(d, "heldout") {
			fmt.Fprintf(os.Stderr, "fit: %s is held out: it is measured, never fitted on\n", d)
			os.Exit(2)
		}
	}
	if *scoreOnly != "" {
		b, err := os.ReadFile(*scoreOnly)
		if err == nil {
			var m *compare.Model
			if m, err = compare.ParseModel(b); err == nil {
				scoreModel(dirs, m, *detail)
				return
			}
		}
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(2)
	}
	if *thresholds != "" {
		m, err := readModel(*thresholds)
		if err != nil {
			fmt.Fprintln(os.Stderr, "fit:", err)
			os.Exit(2)
		}
		var all []*goldset.Set
		for _, d := range dirs {
			all = append(all, loadSets(d)...)
		}
		w := weightRows(m)
		link, conflict, same := bestStoryLink(all, m.Bias, w)
		m2, err := compare.NewModel(m.Bias, link, same, conflict, w, m.Trained+"; link, conflict and same refitted on "+strings.Join(dirs, ", "))
		if err == nil {
			err = os.WriteFile(*out, m2.JSON(), 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "fit:", err)
			os.Exit(1)
		}
		return
	}
	if *explainLabel != "" {
		for _, d := range dirs {
			for _, s := range loadSets(d) {
				explain(os.Stdout, s, compare.DefaultModel, goldset.Label(*explainLabel))
			}
		}
		return
	}
	var xs []example
	var all []*goldset.Set
	nSets := 0
	for _, d := range dirs {
		for _, s := range loadSets(d) {
			xs = append(xs, examples(s)...)
			all = append(all, s)
			nSets++
		}
	}
	pos := 0
	for _, x := range xs {
		if x.match {
			pos++
		}
	}
	fmt.Printf("%d sets, %d examples (%d matches, %d non-matches)\n", nSets, len(xs), pos, len(xs)-pos)
	without := map[string]bool{}
	for _, n := range strings.Split(*skip, ",") {
		without[n] = n != ""
	}
	if *cv {
		crossCheck(all, *method, *lambda, without)
		return
	}
	var bias float64
	var w [][]float64
	switch *method {
	case "lr":
		bias, w = fitLogistic(xs, *lambda, without)
	case "fs":
		bias, w = fitMatchWeights(xs, all, without)
	default:
		fmt.Fprintln(os.Stderr, "fit: -method is fs or lr")
		os.Exit(2)
	}
	link, f1 := bestLink(xs, bias, w)
	fmt.Printf("link at %.2f: match F1 %.3f on the examples\n", link, f1)
	link, conflict, same := bestStoryLink(all, bias, w)
	m, err := compare.NewModel(bias, link, same, conflict, w,
		fmt.Sprintf("logistic regression, L2 %.2g, on %d examples of %d development sets (%s)", *lambda, len(xs), nSets, strings.Join(dirs, ", ")))
	if err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
	fmt.Print(m)
	if err := os.WriteFile(*out, m.JSON(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
}

// crossCheck fits on the even-numbered sets and scores on the odd ones,
// then the other way round, and prints the summed score of the unseen
// halves: a steadier measure of a change to the comparisons than one fit
// scored on the sets it was fitted on.
func crossCheck(sets []*goldset.Set, method string, lambda float64, without map[string]bool) {
	var halves [2][]*goldset.Set
	for i, s := range sets {
		halves[i%2] = append(halves[i%2], s)
	}
	var unseen goldset.Score
	for k := range halves {
		train, test := halves[k], halves[1-k]
		var xs []example
		for _, s := range train {
			xs = append(xs, examples(s)...)
		}
		bias, w := fitLogistic(xs, lambda, without)
		if method == "fs" {
			bias, w = fitMatchWeights(xs, train, without)
		}
		link, conflict, same := bestStoryLink(train, bias, w)
		m, err := compare.NewModel(bias, link, same, conflict, w, "")
		if err != nil {
			fmt.Fprintln(os.Stderr, "fit:", err)
			os.Exit(1)
		}
		sc := storyScoreOf(test, m)
		fmt.Printf("fold %d, unseen half: %s (objective %.3f)\n", k, sc, storyObjective(sc))
		unseen.Add(sc)
	}
	fmt.Printf("unseen halves: %s\ncross-checked objective %.3f\n", unseen, storyObjective(unseen))
}

// storyScoreOf is a model's summed score on story sets.
func storyScoreOf(sets []*goldset.Set, m *compare.Model) goldset.Score {
	var total goldset.Score
	for _, s := range sets {
		total.Add(setScoreOf(s, m))
	}
	return total
}

// setScoreOf compares one set's reports under m and scores the result, its
// notes included.
func setScoreOf(s *goldset.Set, m *compare.Model) goldset.Score {
	docs := make([]compare.Doc, len(s.Docs))
	for i, d := range s.Docs {
		docs[i] = compare.Doc{Name: d.Name, Facts: facts.Extract(d.Name, d.Text), Date: compare.PublishedDate(d.Text)}
	}
	return s.Score(compare.Compare(docs, compare.Options{Model: m}))
}

type example struct {
	levels []int
	match  bool
}

// allPairs is every candidate pair of one set, a pair the gold does not
// name as one thing counting as a non-match.
func allPairs(s *goldset.Set) []example {
	return labelPairs(s, true)
}

// examples labels the candidate pairs of one set.
func examples(s *goldset.Set) []example { return labelPairs(s, false) }

func labelPairs(s *goldset.Set, all bool) []example {
	docs := make([]compare.Doc, len(s.Docs))
	for i, d := range s.Docs {
		docs[i] = compare.Doc{Name: d.Name, Facts: facts.Extract(d.Name, d.Text), Date: compare.PublishedDate(d.Text)}
	}
	pairs := compare.CandidatePairs(docs, compare.Options{})
	// claimsAt: the claims whose facts overlap a gold span, in the order
	// of their first fact in the text.
	claimsAt := func(sp goldset.Span) [][2]int {
		first := map[[2]int]int{}
		for _, p := range pairs {
			for _, r := range []compare.FactRef{p.A, p.B} {
				f := docs[r.Doc].Facts[r.Fact]
				if sp.Overlaps(docs[r.Doc].Name, f.Start, f.End) {
					c := [2]int{r.Doc, r.Claim}
					if at, ok := first[c]; !ok || f.Start < at {
						first[c] = f.Start
					}
				}
			}
		}
		out := make([][2]int, 0, len(first))
		for c := range first {
			out = append(out, c)
		}
		sort.Slice(out, func(i, j int) bool {
			return first[out[i]] < first[out[j]] || first[out[i]] == first[out[j]] && out[i][1] < out[j][1]
		})
		return out
	}
	type key struct{ a, b [2]int }
	label := map[key]bool{}
	partner := map[[2]int]map[int]map[[2]int]bool{} // claim → other doc → its matching claims
	set := func(a, b [2]int, match bool) {
		if a[0] == b[0] {
			return
		}
		label[key{a, b}], label[key{b, a}] = match, match
		if match {
			for _, x := range [][2][2]int{{a, b}, {b, a}} {
				if partner[x[0]] == nil {
					partner[x[0]] = map[int]map[[2]int]bool{}
				}
				if partner[x[0]][x[1][0]] == nil {
					partner[x[0]][x[1][0]] = map[[2]int]bool{}
				}
				partner[x[0]][x[1][0]][x[1]] = true
			}
		}
	}
	for _, p := range s.Pairs {
		match := p.Label != goldset.Separate
		as, bs := claimsAt(p.A), claimsAt(p.B)
		if len(as) > 1 && len(as) == len(bs) {
			// "ruled 7-2" beside "seven votes to two": two figures a
			// side, the first with the first, never 7 with 2
			for i := range as {
				set(as[i], bs[i], match)
			}
			continue
		}
		for _, a := range as {
			for _, b := range bs {
				set(a, b, match)
			}
		}
	}
	var out []example
	for _, p := range pairs {
		a, b := [2]int{p.A.Doc, p.A.Claim}, [2]int{p.B.Doc, p.B.Claim}
		m, ok := label[key{a, b}]
		if !ok {
			// one-to-one: a claim whose match in b's report is known
			// matches no other claim there
			if ps := partner[a][b[0]]; len(ps) > 0 && !ps[b] {
				m, ok = false, true
			}
			if ps := partner[b][a[0]]; len(ps) > 0 && !ps[a] {
				m, ok = false, true
			}
		}
		if ok || all {
			out = append(out, example{p.Levels, ok && m})
		}
	}
	return out
}

// fitMatchWeights computes Fellegi-Sunter match weights: for each level of
// each comparison, the log of m/u, m the share of matching pairs (the gold's
// pairs of one thing) at that level and u the share of all other candidate
// pairs of the sets at it (random pairs of one block are nearly all
// non-matches), with add-one smoothing; the bias is the log of the prior
// odds of a match among candidate pairs.
func fitMatchWeights(xs []example, sets []*goldset.Set, without map[string]bool) (float64, [][]float64) {
	names := compare.ComparisonNames()
	levels := compare.Comparisons()
	mCount := make([][]float64, len(names))
	uCount := make([][]float64, len(names))
	for i, n := range names {
		mCount[i] = make([]float64, len(levels[n]))
		uCount[i] = make([]float64, len(levels[n]))
	}
	nm, nu := 0.0, 0.0
	for _, x := range xs {
		if !x.match {
			continue
		}
		nm++
		for i, l := range x.levels {
			mCount[i][l]++
		}
	}
	for _, s := range sets {
		for _, x := range allPairs(s) {
			if x.match {
				continue
			}
			nu++
			for i, l := range x.levels {
				uCount[i][l]++
			}
		}
	}
	w := make([][]float64, len(names))
	for i := range names {
		w[i] = make([]float64, len(mCount[i]))
		if without[names[i]] {
			continue
		}
		k := float64(len(mCount[i]))
		for l := range w[i] {
			m := (mCount[i][l] + 1) / (nm + k)
			u := (uCount[i][l] + 1) / (nu + k)
			w[i][l] = math.Log(m / u)
		}
	}
	return math.Log(nm / nu), w
}

// fitLogistic fits bias and one weight per comparison level by gradient
// descent on the L2-penalised log loss (the bias unpenalised).
func fitLogistic(xs []example, lambda float64, without map[string]bool) (float64, [][]float64) {
	names := compare.ComparisonNames()
	levels := compare.Comparisons()
	w := make([][]float64, len(names))
	g := make([][]float64, len(names))
	acc := make([][]float64, len(names))
	for i, n := range names {
		w[i] = make([]float64, len(levels[n]))
		g[i] = make([]float64, len(levels[n]))
		acc[i] = make([]float64, len(levels[n]))
	}
	bias, accB := 0.0, 0.0
	n := float64(len(xs))
	const rate = 0.5
	for iter := 0; iter < 3000; iter++ {
		gb := 0.0
		for i := range g {
			for j := range g[i] {
				g[i][j] = lambda * w[i][j] / n
			}
		}
		for _, x := range xs {
			z := bias
			for i, l := range x.levels {
				z += w[i][l]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if x.match {
				y = 1
			}
			d := (p - y) / n
			gb += d
			for i, l := range x.levels {
				g[i][l] += d
			}
		}
		// AdaGrad steps
		accB += gb * gb
		bias -= rate * gb / (math.Sqrt(accB) + 1e-9)
		for i := range w {
			if without[names[i]] {
				continue
			}
			for j := range w[i] {
				acc[i][j] += g[i][j] * g[i][j]
				w[i][j] -= rate * g[i][j] / (math.Sqrt(acc[i][j]) + 1e-9)
			}
		}
	}
	return bias, w
}

// storyObjective is what the link score is chosen for, on whole story
// sets: conflicts flagged plus consistent pairs aligned, less twice the
// share of conflict rows that are false alarms (a false alarm costs a
// fact-checker more than a missed link).
func storyObjective(sc goldset.Score) float64 {
	return sc.FlaggedShare() + sc.AlignedShare() - 2*sc.FalseRowShare()
}

// bestStoryLink tries link scores on a grid and keeps the one that scores
// best on the story sets as Compare runs them.
func bestStoryLink(sets []*goldset.Set, bias float64, w [][]float64) (link, conflict, same float64) {
	type prepared struct {
		s    *goldset.Set
		docs []compare.Doc
	}
	var ps []prepared
	for _, s := range sets {
		docs := make([]compare.Doc, len(s.Docs))
		for i, d := range s.Docs {
			docs[i] = compare.Doc{Name: d.Name, Facts: facts.Extract(d.Name, d.Text), Date: compare.PublishedDate(d.Text)}
		}
		ps = append(ps, prepared{s, docs})
	}
	best, bestC, bestS, bestObj := 0.0, 0.0, 3.0, math.Inf(-1)
	try := func(link, conflict, same float64) {
		m, err := compare.NewModel(bias, link, link+same, conflict, w, "")
		if err != nil {
			panic(err)
		}
		var total goldset.Score
		for _, p := range ps {
			total.Add(p.s.Score(compare.Compare(p.docs, compare.Options{Model: m})))
		}
		if obj := storyObjective(total); obj > bestObj {
			best, bestC, bestS, bestObj = link, conflict, same, obj
			fmt.Printf("  link %+.2f, conflict %+.2f, same %+.2f: %s\n", link, conflict, link+same, total)
		}
	}
	// a coarse grid, then a finer one around its best point
	for link := -6.0; link <= 2; link++ {
		for _, conflict := range []float64{-8, -6, -4, -3, -2, -1, 0, 1, 2, 3} {
			try(link, conflict, 3)
		}
	}
	l0, c0 := best, bestC
	for link := l0 - 0.75; link <= l0+0.75; link += 0.25 {
		for conflict := c0 - 0.5; conflict <= c0+0.5; conflict += 0.5 {
			try(link, conflict, bestS)
		}
	}
	for _, same := range []float64{0.5, 1, 1.5, 2, 2.5, 3, 4} {
		try(best, bestC, same)
	}
	fmt.Printf("link at %.2f, conflict at %.2f, same at %.2f: the best story objective, %.3f\n", best, bestC, best+bestS, bestObj)
	return best, bestC, best + bestS
}

// scoreModel prints a model's story score on each corpus and their
// objective.
func scoreModel(dirs []string, m *compare.Model, detail bool) {
	var all goldset.Score
	for _, d := range dirs {
		sets := loadSets(d)
		if sets == nil {
			continue
		}
		if detail {
			for _, s := range sets {
				sc := setScoreOf(s, m)
				fmt.Printf("%s/%s: %s\n", d, s.Name, sc)
				for _, n := range sc.Notes {
					fmt.Printf("  %s\n", n)
				}
			}
		}
		total := storyScoreOf(sets, m)
		fmt.Printf("%s: %s\n", d, total)
		all.Add(total)
	}
	fmt.Printf("all: %s\nobjective %.3f\n", all, storyObjective(all))
}

// bestLink is the score threshold with the best F1 of matches.
func bestLink(xs []example, bias float64, w [][]float64) (float64, float64) {
	type scored struct {
		s     float64
		match bool
	}
	ss := make([]scored, len(xs))
	total := 0
	for k, x := range xs {
		z := bias
		for i, l := range x.levels {
			z += w[i][l]
		}
		ss[k] = scored{z, x.match}
		if x.match {
			total++
		}
	}
	sort.Slice(ss, func(i, j int) bool { return ss[i].s > ss[j].s })
	best, bestF1, tp := 0.0, -1.0, 0
	for k, s := range ss {
		if s.match {
			tp++
		}
		if k+1 < len(ss) && ss[k+1].s == s.s {
			continue
		}
		f1 := 2 * float64(tp) / float64(k+1+total)
		if f1 > bestF1 {
			bestF1 = f1
			if k+1 < len(ss) {
				best = (s.s + ss[k+1].s) / 2
			} else {
				best = s.s - 0.01
			}
		}
	}
	return math.Round(best*100) / 100, bestF1
}
