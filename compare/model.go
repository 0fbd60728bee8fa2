package compare

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Model holds the match weights: for each comparison, a weight per level
// (its log-odds contribution to "these two figures are about the same
// thing"), a bias, and the score at which two figures are linked. The
// weights are fitted by `go run ./compare/fit` on the development story
// sets (logistic regression over the levels) and stored in weights.json;
// a Model is data you can print (String) and test.
type Model struct {
	Bias float64 `json:"bias"`
	// Link is the least score for two figures of two reports to be linked.
	Link float64 `json:"link"`
	// Same is the least score for two differing figures of one report to be
	// taken as one thing (then a report contradicting itself), never below
	// Link.
	Same float64 `json:"same"`
	// Conflict is the least score, the figures' own comparisons (value and
	// unit) left out, for two linked figures that cannot both hold to be
	// reported as a disagreement; below it they are a difference to review:
	// the tool is not sure enough that they are one thing to call it a
	// conflict.
	Conflict float64                       `json:"conflict"`
	Weights  map[string]map[string]float64 `json:"weights"`
	// Trained says on what the weights were fitted.
	Trained string `json:"trained,omitempty"`

	table [][]float64 // comparison → level → weight, as comparisons lists them
	best  []float64   // comparison → its heaviest level's weight
	worst []float64   // comparison → its lightest level's weight
	// aboutLo and aboutHi are what all of aboutOrder's comparisons could
	// add at worst and at best, summed in that order: made once (compile),
	// not re-added on every aboutVerdict
	aboutLo, aboutHi float64
	// clashSteps and linkSteps are the comparisons linkLevels reads, in
	// its order (clashLevels', then linkOrder's), each with its weights,
	// and linkRest the best the linkSteps could add, summed in that
	// order: made once (compile), not looked up again for every pair
	clashSteps, linkSteps []levelStep
	linkRest              float64
	// unrolled says linkLevelsUnrolled reads the model's steps in their
	// order, with weights (comparison → level → weight, as table) in
	// a fixed array
	unrolled bool
	weights  [nComparisons][maxLevels]float64
	// rests[i] is what the link steps from the i-th on could add at
	// best: linkRest less the best of each step before, subtracted in
	// that order (linkLevelsLoop's rest after i steps, to the bit), so
	// that linkLevelsUnrolled reads it rather than subtracting again
	// for every pair
	rests [nComparisons]float64
}

// levelStep is one comparison as linkLevels reads it.
type levelStep struct {
	level func(a, b *item) int
	ci    int       // its place in comparisons
	table []float64 // level → weight
	best  float64   // the heaviest level's weight
}

//go:embed weights.json
var weightsJSON []byte

// DefaultModel is the fitted model of weights.json.
var DefaultModel = mustModel(weightsJSON)

func mustModel(b []byte) *Model {
	m, err := ParseModel(b)
	if err != nil {
		panic(fmt.Sprintf("compare: weights.json: %v", err))
	}
	return m
}

// ParseModel reads a model as weights.json stores it. Every comparison and
// level must have a weight, and no unknown name may appear.
func ParseModel(b []byte) (*Model, error) {
	m := &Model{}
	if err := json.Unmarshal(b, m); err != nil {
		return nil, err
	}
	if err := m.compile(); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *Model) compile() error {
	m.table = make([][]float64, len(comparisons))
	m.best = make([]float64, 0, len(comparisons))
	m.worst = make([]float64, 0, len(comparisons))
	for ci, c := range comparisons {
		ws, ok := m.Weights[c.name]
		if !ok {
			return fmt.Errorf("no weights for comparison %q", c.name)
		}
		m.table[ci] = make([]float64, len(c.levels))
		for li, l := range c.levels {
			w, ok := ws[l]
			if !ok {
				return fmt.Errorf("no weight for %s = %q", c.name, l)
			}
			m.table[ci][li] = w
		}
		m.best = append(m.best, slices.Max(m.table[ci]))
		m.worst = append(m.worst, slices.Min(m.table[ci]))
		if len(ws) != len(c.levels) {
			return fmt.Errorf("comparison %q has weights for unknown levels", c.name)
		}
	}
	if len(m.Weights) != len(comparisons) {
		return fmt.Errorf("weights for unknown comparisons")
	}
	m.aboutLo, m.aboutHi = 0, 0
	for _, ci := range aboutOrder {
		m.aboutLo += m.worst[ci]
		m.aboutHi += m.best[ci]
	}
	m.clashSteps, m.linkSteps, m.linkRest = nil, nil, 0
	if clashLevels != nil && linkOrder != nil {
		step := func(ci int) levelStep {
			return levelStep{level: comparisons[ci].level, ci: ci, table: m.table[ci], best: m.best[ci]}
		}
		for _, c := range clashLevels {
			m.clashSteps = append(m.clashSteps, step(c[0]))
		}
		for _, ci := range linkOrder {
			m.linkSteps = append(m.linkSteps, step(ci))
			m.linkRest += m.best[ci]
		}
	}
	m.unrolled = false
	if unrolledOrder != nil && len(m.clashSteps)+len(m.linkSteps) == len(unrolledOrder) {
		m.unrolled = true
		for i, st := range slices.Concat(m.clashSteps, m.linkSteps) {
			m.unrolled = m.unrolled && st.ci == unrolledOrder[i]
		}
		for ci := range unrolledOrder {
			copy(m.weights[ci][:], m.table[ci])
		}
		rest := m.linkRest
		for i, st := range m.linkSteps {
			m.rests[i] = rest
			rest -= st.best
		}
	}
	if math.IsNaN(m.Bias) || math.IsNaN(m.Link) || math.IsNaN(m.Same) || math.IsNaN(m.Conflict) {
		return fmt.Errorf("bias, link or same is not a number")
	}
	return nil
}

// aboutScore is the score of a pair's levels without the comparisons of
// the figures themselves (value, unit): how sure the model is, from what
// they are about alone, that two figures are one thing.
func (m *Model) aboutScore(lv []int) float64 {
	s := m.score(lv)
	for ci := range comparisons {
		if figureComparisons[ci] {
			s -= m.table[ci][lv[ci]]
		}
	}
	return s
}

// figureComparisons marks the comparisons of the figures themselves
// (value, unit, value with measure, near value and same figure), which
// Model.aboutScore leaves out.
var figureComparisons = func() []bool {
	out := make([]bool, len(comparisons))
	for ci, c := range comparisons {
		out[ci] = c.name == "value" || c.name == "unit" || c.name == "value and measure" || c.name == "near value" || c.name == "same figure"
	}
	return out
}()

// score is the match score of a pair from its levels.
func (m *Model) score(lv []int) float64 {
	s := m.Bias
	for ci, l := range lv {
		s += m.table[ci][l]
	}
	return s
}

// linkScore is score for a pair's levels as linkLevels gives them: when
// the model is unrolled, read off its fixed array of weights, without a
// slice per comparison and its bounds checks, summed in score's order
// (so to the bit); every pair of candidates that is not cut short asks.
func (m *Model) linkScore(lv []int) float64 {
	if !m.unrolled || len(lv) != nComparisons {
		return m.score(lv)
	}
	// written out, in score's order (a level is below maxLevels:
	// unrolledOrder), for the fifteen comparisons (a compile error
	// otherwise); TestLinkScoreUnrolled holds it to score
	const _, _ uint = nComparisons - 15, 15 - nComparisons
	w, l := &m.weights, (*[nComparisons]int)(lv)
	const k = maxLevels - 1
	s := m.Bias
	s += w[0][l[0]&k]
	s += w[1][l[1]&k]
	s += w[2][l[2]&k]
	s += w[3][l[3]&k]
	s += w[4][l[4]&k]
	s += w[5][l[5]&k]
	s += w[6][l[6]&k]
	s += w[7][l[7]&k]
	s += w[8][l[8]&k]
	s += w[9][l[9]&k]
	s += w[10][l[10]&k]
	s += w[11][l[11]&k]
	s += w[12][l[12]&k]
	s += w[13][l[13]&k]
	s += w[14][l[14]&k]
	return s
}

// String prints the model as a table: one line per comparison level.
func (m *Model) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "bias %+.2f, link at %+.2f, one report's own figures one thing at %+.2f, conflict at %+.2f\n", m.Bias, m.Link, m.Same, m.Conflict)
	for ci, c := range comparisons {
		for li, l := range c.levels {
			fmt.Fprintf(&b, "%-8s %-16s %+6.2f\n", c.name, l, m.table[ci][li])
		}
	}
	return b.String()
}

// Comparisons lists the comparisons and their levels, in order, for a
// trainer.
func Comparisons() map[string][]string {
	out := map[string][]string{}
	for _, c := range comparisons {
		out[c.name] = append([]string(nil), c.levels...)
	}
	return out
}

// ComparisonNames are the comparisons in order.
func ComparisonNames() []string {
	names := make([]string, len(comparisons))
	for i, c := range comparisons {
		names[i] = c.name
	}
	return names
}

// NewModel builds a model from a weight per comparison level, as
// ComparisonNames and Comparisons order them.
func NewModel(bias, link, same, conflict float64, w [][]float64, trained string) (*Model, error) {
	m := &Model{Bias: bias, Link: link, Same: same, Conflict: conflict, Weights: map[string]map[string]float64{}, Trained: trained}
	if len(w) != len(comparisons) {
		return nil, fmt.Errorf("%d comparisons, want %d", len(w), len(comparisons))
	}
	for ci, c := range comparisons {
		if len(w[ci]) != len(c.levels) {
			return nil, fmt.Errorf("%s: %d levels, want %d", c.name, len(w[ci]), len(c.levels))
		}
		m.Weights[c.name] = map[string]float64{}
		for li, l := range c.levels {
			m.Weights[c.name][l] = math.Round(w[ci][li]*1000) / 1000
		}
	}
	return m, m.compile()
}

// JSON is the model as weights.json stores it, keys sorted.
func (m *Model) JSON() []byte {
	b, _ := json.MarshalIndent(m, "", "  ")
	return append(b, '\n')
}

// Score is the match score of a pair's comparison levels (as
// CandidatePairs gives them).
func (m *Model) Score(levels []int) float64 { return m.score(levels) }
