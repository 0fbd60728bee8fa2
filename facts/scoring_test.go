package facts_test

// Shared helpers of the measuring harness: paths, number comparison, subject
// terms, the gold corpus loader and validator, span matching and fact
// formatting. The scorers themselves are in corpus_test.go, rtspecs_test.go
// and seed_test.go.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// relTol is the relative tolerance of every value comparison: a gold
// `a third` written 33.333333 equals an extracted 33.33333333….
const relTol = 1e-6

// Environment variables of the scorers.
const (
	// envDetail=1 (with -v) logs every miss, wrong reading and false
	// positive, article by article, and every failing rt-specs case.
	envDetail = "FIGCHECK_SCORE_DETAIL"
	// envOut=path writes the corpus summary and detail to path (with or
	// without -v).
	envOut = "FIGCHECK_SCORE_OUT"
	// envRTSpecs overrides the rt-specs directory (the one holding Specs/).
	envRTSpecs = "FIGCHECK_RTSPECS"
)

// corpusDir is the gold corpus, relative to the package directory that go
// test runs in.
var corpusDir = filepath.Join("..", "testdata", "extract")

// seedPath is the seed article, relative to the package directory.
var seedPath = filepath.Join("..", "..", "shared", "seeds", "000_9a9d76f491ca1155.txt")

func detailWanted() bool { return os.Getenv(envDetail) == "1" }

// relEqual reports whether a and b agree within relTol of the larger.
func relEqual(a, b float64) bool {
	if a == b {
		return true
	}
	if math.IsNaN(a) || math.IsNaN(b) || math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	return math.Abs(a-b) <= relTol*math.Max(math.Abs(a), math.Abs(b))
}

// termSet is the set of facts.SubjectTerms of a subject, sorted and joined
// by spaces: subjects are compared as sets of stems, so that word order and
// repetition do not matter ("people killed" = "killed people").
func termSet(subject string) string {
	seen := map[string]bool{}
	var out []string
	for _, w := range facts.SubjectTerms(subject) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// lineIndex answers "which line is this byte offset on" in O(log n).
type lineIndex []int // offsets of the '\n' bytes

func newLineIndex(text []byte) lineIndex {
	var idx lineIndex
	for i, c := range text {
		if c == '\n' {
			idx = append(idx, i)
		}
	}
	return idx
}

// line is the 1-based line of byte offset off: one plus the number of '\n'
// before it.
func (idx lineIndex) line(off int) int {
	return 1 + sort.SearchInts(idx, off)
}

// fmtNum prints a number the short way (2.5e+09, 19, 33.333333).
func fmtNum(v *float64) string {
	if v == nil {
		return "null"
	}
	return strconv.FormatFloat(*v, 'g', 10, 64)
}

// fmtFact is one predicted fact on one line, for failure reports.
func fmtFact(f facts.Fact) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s", f.Kind)
	if f.Kind == facts.KindDate || f.Date != "" {
		fmt.Fprintf(&b, " date=%s", f.Date)
	}
	if f.Value != nil || f.Kind != facts.KindDate {
		fmt.Fprintf(&b, " %s", fmtNum(f.Value))
	}
	if f.Low != nil || f.High != nil {
		fmt.Fprintf(&b, " [%s,%s]", fmtNum(f.Low), fmtNum(f.High))
	}
	if f.Bound != "" && f.Bound != facts.BoundExact {
		fmt.Fprintf(&b, " %s", f.Bound)
	}
	if f.Unit != "" {
		fmt.Fprintf(&b, " %s", f.Unit)
	}
	if f.Change != nil {
		fmt.Fprintf(&b, " change=%s", *f.Change)
	}
	fmt.Fprintf(&b, " subj=%q text=%q @%d-%d", f.Subject, f.Text, f.Start, f.End)
	return b.String()
}

// ---------------------------------------------------------------------------
// Gold corpus.

// goldKinds are the kinds GOLD.md allows (it has `age`, which facts has no
// constant for: an extracted age compares as the string "age").
var goldKinds = map[string]bool{
	"count": true, "percent": true, "money": true, "quantity": true,
	"duration": true, "age": true, "date": true, "ordinal": true,
}

var goldBounds = map[string]bool{
	"exact": true, "approx": true, "at_least": true, "more_than": true,
	"at_most": true, "less_than": true, "range": true,
}

// goldFields are the fields a gold line may have; any other is a typo.
var goldFields = map[string]bool{
	"text": true, "kind": true, "value": true, "low": true, "high": true,
	"bound": true, "unit": true, "subject": true, "change": true, "date": true,
}

// goldFact is one line of a .gold.jsonl file, with where it stands.
type goldFact struct {
	Text    string   `json:"text"`
	Kind    string   `json:"kind"`
	Value   *float64 `json:"value"`
	Low     *float64 `json:"low"`
	High    *float64 `json:"high"`
	Bound   string   `json:"bound"`
	Unit    string   `json:"unit"`
	Subject string   `json:"subject"`
	Change  *string  `json:"change"`
	Date    string   `json:"date"`

	GoldLine int // 1-based line in the .gold.jsonl file
	Start    int // byte span of Text in the article
	End      int
	Line     int // 1-based line of Start in the article
}

// String prints a gold line the way fmtFact prints a predicted fact, so
// that the two read side by side in failure reports.
func (g goldFact) String() string {
	f := facts.Fact{
		Kind: facts.Kind(g.Kind), Value: g.Value, Low: g.Low, High: g.High,
		Bound: facts.Bound(g.Bound), Unit: g.Unit, Subject: g.Subject, Change: g.Change,
		Date: g.Date, Text: g.Text, Start: g.Start, End: g.End,
	}
	return fmtFact(f)
}

// article is one gold article: its text and its gold facts in document
// order.
type article struct {
	Name     string // file name of the text, e.g. 001_gaza_strikes.txt
	TextPath string
	GoldPath string
	Text     []byte
	Gold     []goldFact
	// Problems are what is malformed in the gold file (see corpus.Problems).
	Problems []string
	lines    lineIndex
}

// corpus is what loadCorpus found.
type corpus struct {
	Articles []*article
	// NoGold are texts without a .gold.jsonl beside them yet: they are left
	// out of the score and listed in its summary.
	NoGold []string
	// Problems are malformed gold: unparsable lines, missing or invalid
	// fields, texts not found in the article, lines out of document order,
	// gold files without a text. Each is "file:line: message".
	Problems []string
}

// loadCorpus reads every *.txt of dir with its .gold.jsonl and validates the
// gold against GOLD.md.
func loadCorpus(dir string) (*corpus, error) {
	c := &corpus{}
	texts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(texts)
	for _, tp := range texts {
		gp := strings.TrimSuffix(tp, ".txt") + ".gold.jsonl"
		if _, err := os.Stat(gp); err != nil {
			c.NoGold = append(c.NoGold, filepath.Base(tp))
			continue
		}
		text, err := os.ReadFile(tp)
		if err != nil {
			return nil, err
		}
		a := &article{Name: filepath.Base(tp), TextPath: tp, GoldPath: gp, Text: text, lines: newLineIndex(text)}
		a.Problems = a.loadGold()
		c.Problems = append(c.Problems, a.Problems...)
		c.Articles = append(c.Articles, a)
	}
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.jsonl"))
	if err != nil {
		return nil, err
	}
	for _, gp := range golds {
		tp := strings.TrimSuffix(gp, ".gold.jsonl") + ".txt"
		if _, err := os.Stat(tp); err != nil {
			c.Problems = append(c.Problems, fmt.Sprintf("%s: no article %s beside it", filepath.Base(gp), filepath.Base(tp)))
		}
	}
	return c, nil
}

// loadGold parses and validates a.GoldPath, locating each text in a.Text
// (the k-th gold line with a given text is its k-th non-overlapping
// occurrence). It returns the problems found; lines with problems are left
// out of a.Gold.
func (a *article) loadGold() []string {
	data, err := os.ReadFile(a.GoldPath)
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", filepath.Base(a.GoldPath), err)}
	}
	var problems []string
	gname := filepath.Base(a.GoldPath)
	seen := map[string]int{} // text → occurrences used so far
	lastStart := -1
	for i, raw := range bytes.Split(data, []byte("\n")) {
		lineNo := i + 1
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		bad := func(format string, args ...any) {
			problems = append(problems, fmt.Sprintf("%s:%d: %s", gname, lineNo, fmt.Sprintf(format, args...)))
		}
		g, errs := parseGoldLine(raw)
		for _, e := range errs {
			bad("%s", e)
		}
		if g == nil {
			continue
		}
		g.GoldLine = lineNo
		if g.Text != "" {
			k := seen[g.Text]
			seen[g.Text] = k + 1
			start := nthIndex(a.Text, []byte(g.Text), k)
			switch {
			case start < 0 && k == 0:
				bad("text %q not found in %s", g.Text, a.Name)
				errs = append(errs, "not found")
			case start < 0:
				bad("text %q: occurrence %d not found in %s (only %d)", g.Text, k+1, a.Name, k)
				errs = append(errs, "not found")
			default:
				g.Start, g.End = start, start+len(g.Text)
				g.Line = a.lines.line(start)
				if start < lastStart {
					bad("text %q at byte %d is out of document order (previous gold line starts at %d)", g.Text, start, lastStart)
				}
				lastStart = start
			}
		}
		if len(errs) == 0 {
			a.Gold = append(a.Gold, *g)
		}
	}
	return problems
}

// nthIndex is the offset of the k-th (0-based) non-overlapping occurrence of
// sep in s, or -1.
func nthIndex(s, sep []byte, k int) int {
	off := 0
	for {
		i := bytes.Index(s[off:], sep)
		if i < 0 {
			return -1
		}
		if k == 0 {
			return off + i
		}
		k--
		off += i + len(sep)
	}
}

// parseGoldLine decodes one gold line and checks it against GOLD.md. It
// returns nil when the line is not a JSON object at all.
func parseGoldLine(raw []byte) (*goldFact, []string) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return nil, []string{"not a JSON object: " + err.Error()}
	}
	var errs []string
	for k := range fields {
		if !goldFields[k] {
			errs = append(errs, fmt.Sprintf("unknown field %q", k))
		}
	}
	for _, k := range []string{"text", "kind", "value", "bound", "unit", "subject"} {
		if _, ok := fields[k]; !ok {
			errs = append(errs, fmt.Sprintf("missing required field %q", k))
		}
	}
	g := &goldFact{}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(g); err != nil {
		return nil, append(errs, "bad field: "+err.Error())
	}
	if _, err := dec.Token(); err != io.EOF {
		errs = append(errs, "trailing data after the JSON object")
	}
	if _, ok := fields["text"]; ok && g.Text == "" {
		errs = append(errs, "empty text")
	}
	if _, ok := fields["kind"]; ok && !goldKinds[g.Kind] {
		errs = append(errs, fmt.Sprintf("invalid kind %q", g.Kind))
	}
	if _, ok := fields["bound"]; ok && !goldBounds[g.Bound] {
		errs = append(errs, fmt.Sprintf("invalid bound %q", g.Bound))
	}
	if g.Change != nil && *g.Change != "up" && *g.Change != "down" {
		errs = append(errs, fmt.Sprintf("invalid change %q (up or down)", *g.Change))
	}
	isDate := g.Kind == "date"
	_, hasValue := fields["value"]
	switch {
	case isDate && g.Value != nil:
		errs = append(errs, "a date's value must be null")
	case !isDate && hasValue && g.Value == nil:
		errs = append(errs, "value is null, which only a date may be")
	case isDate && g.Date == "":
		errs = append(errs, "a date needs its `date` (TIMEX value)")
	case !isDate && g.Date != "":
		errs = append(errs, "`date` is for dates only")
	}
	if !isDate && g.Value != nil {
		errs = append(errs, checkGoldInterval(g)...)
	}
	return g, errs
}

// checkGoldInterval checks low/high against the bound, as GOLD.md's
// "Bounds" and "Vague amounts" say.
func checkGoldInterval(g *goldFact) []string {
	v := *g.Value
	eqv := func(p *float64) bool { return p == nil || relEqual(*p, v) }
	switch g.Bound {
	case "range":
		if g.Low == nil || g.High == nil {
			return []string{"a range needs low and high"}
		}
		if !relEqual(*g.Low, v) {
			return []string{fmt.Sprintf("a range's value is its low: value %v, low %v", v, *g.Low)}
		}
		if *g.High < *g.Low {
			return []string{fmt.Sprintf("high %v below low %v", *g.High, *g.Low)}
		}
	case "at_least", "more_than":
		if g.High != nil || !eqv(g.Low) {
			return []string{fmt.Sprintf("%s: low = value, high null", g.Bound)}
		}
	case "at_most", "less_than":
		if g.Low != nil || !eqv(g.High) {
			return []string{fmt.Sprintf("%s: low null, high = value", g.Bound)}
		}
	case "exact", "approx":
		if !eqv(g.Low) || !eqv(g.High) {
			return []string{fmt.Sprintf("%s: low and high equal value (or are omitted)", g.Bound)}
		}
	}
	return nil
}

// ---------------------------------------------------------------------------
// Span matching.

type byteSpan struct{ Start, End int }

func spanOverlap(a, b byteSpan) int {
	return min(a.End, b.End) - max(a.Start, b.Start)
}

// matchSpans pairs gold spans with predicted spans one-to-one by overlap,
// greedily: the pair with the largest overlap (in bytes) first, ties to the
// earlier gold then the earlier prediction. Pairs must overlap by at least
// one byte. It returns for each gold the index of its prediction (-1 for
// none) and for each prediction the index of its gold (-1 for none).
func matchSpans(gold, pred []byteSpan) (g2p, p2g []int) {
	type pair struct{ g, p, ov int }
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range pred {
			if ov := spanOverlap(g, p); ov > 0 {
				pairs = append(pairs, pair{gi, pi, ov})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].ov != pairs[j].ov {
			return pairs[i].ov > pairs[j].ov
		}
		if pairs[i].g != pairs[j].g {
			return pairs[i].g < pairs[j].g
		}
		return pairs[i].p < pairs[j].p
	})
	g2p = make([]int, len(gold))
	p2g = make([]int, len(pred))
	for i := range g2p {
		g2p[i] = -1
	}
	for i := range p2g {
		p2g[i] = -1
	}
	for _, pr := range pairs {
		if g2p[pr.g] < 0 && p2g[pr.p] < 0 {
			g2p[pr.g], p2g[pr.p] = pr.p, pr.g
		}
	}
	return g2p, p2g
}

// ---------------------------------------------------------------------------
// Precision, recall, F1.

type prf struct{ TP, Pred, Gold int }

func (m prf) precision() float64 { return fracOf(m.TP, m.Pred) }
func (m prf) recall() float64    { return fracOf(m.TP, m.Gold) }
func (m prf) f1() float64 {
	p, r := m.precision(), m.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func fracOf(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestScorerHelpers pins the harness's own matching rules, so that a score
// moves only when Extract does.
func TestScorerHelpers(t *testing.T) {
	// Greedy by largest overlap: gold 0 [0,10) overlaps pred 0 [0,4) by 4 and
	// pred 1 [2,10) by 8; gold 1 [8,20) overlaps pred 1 by 2 and pred 2 by 4.
	g2p, p2g := matchSpans(
		[]byteSpan{{0, 10}, {8, 20}, {30, 31}},
		[]byteSpan{{0, 4}, {2, 10}, {12, 16}, {31, 40}})
	assert.Equal(t, []int{1, 2, -1}, g2p)
	assert.Equal(t, []int{-1, 0, 1, -1}, p2g)

	assert.Equal(t, 4, nthIndex([]byte("25, 25 and 25"), []byte("25"), 1))
	assert.Equal(t, 11, nthIndex([]byte("25, 25 and 25"), []byte("25"), 2))
	assert.Equal(t, -1, nthIndex([]byte("25, 25 and 25"), []byte("25"), 3))
	assert.Equal(t, 2, nthIndex([]byte("aaaa"), []byte("aa"), 1), "occurrences do not overlap")

	assert.True(t, relEqual(33.333333, 100.0/3))
	assert.True(t, relEqual(2.5e9, 2500000000.001))
	assert.False(t, relEqual(19, 19.1))
	assert.False(t, relEqual(0, 1e-9))

	assert.Equal(t, termSet("people killed"), termSet("the Killed People, killed"))
	assert.NotEqual(t, termSet("people killed"), termSet("people injured"))

	idx := newLineIndex([]byte("a\nbc\n\nd"))
	assert.Equal(t, []int{1, 1, 2, 2, 2, 3, 4}, []int{idx.line(0), idx.line(1), idx.line(2), idx.line(3), idx.line(4), idx.line(5), idx.line(6)})

	s, ok := charSpanToBytes("½ – 20 km", 4, 9)
	assert.True(t, ok)
	assert.Equal(t, "20 km", "½ – 20 km"[s.Start:s.End])

	num := func(x float64) *float64 { return &x }
	for _, c := range []struct {
		interval string
		fact     facts.Fact
		want     bool
	}{
		{"[20,30)", facts.Fact{Value: num(20), Low: num(20), High: num(30), Bound: facts.BoundRange}, true},
		{"[20,30)", facts.Fact{Value: num(20), Low: num(20), High: num(31), Bound: facts.BoundRange}, false},
		{"(30,)", facts.Fact{Value: num(30), Low: num(30), Bound: facts.BoundMoreThan}, true},
		{"(30,)", facts.Fact{Value: num(30), Low: num(30), Bound: facts.BoundAtLeast}, false},
		{"[30,)", facts.Fact{Value: num(30), Low: num(30), Bound: facts.BoundAtLeast}, true},
		{"(,100]", facts.Fact{Value: num(100), High: num(100), Bound: facts.BoundAtMost}, true},
		{"(,170)", facts.Fact{Value: num(170), High: num(170), Bound: facts.BoundLessThan}, true},
		{"(,170)", facts.Fact{Value: num(170), Low: num(0), High: num(170), Bound: facts.BoundLessThan}, false},
		{"[20,20]", facts.Fact{Value: num(20), Bound: facts.BoundExact}, true},
		{"(0.5,)", facts.Fact{Kind: facts.KindPercent, Value: num(50), Low: num(50), Bound: facts.BoundMoreThan}, true},
	} {
		var e rtExpect
		require.NoError(t, e.parseInterval(c.interval))
		e.Interval = true
		assert.Equal(t, c.want, e.matches(c.fact), "%s vs %s", c.interval, fmtFact(c.fact))
	}
}
