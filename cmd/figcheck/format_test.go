package main

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func num(v float64) *float64 { return &v }

func TestHumanValue(t *testing.T) {
	up, down := "up", "down"
	for _, c := range []struct {
		f    facts.Fact
		want string
	}{
		{facts.Fact{Value: num(25), Bound: facts.BoundExact}, "25"},
		{facts.Fact{Value: num(1500), Bound: facts.BoundExact}, "1,500"},
		{facts.Fact{Value: num(1234567), Bound: facts.BoundExact}, "1,234,567"},
		{facts.Fact{Value: num(1.5e9), Bound: facts.BoundExact}, "1.5 bn"},
		{facts.Fact{Value: num(4.3e6), Bound: facts.BoundExact}, "4.3 m"},
		{facts.Fact{Value: num(2e12), Bound: facts.BoundExact}, "2 tn"},
		{facts.Fact{Value: num(33.3333333333), Bound: facts.BoundExact}, "33.333333"},
		{facts.Fact{Value: num(0.5), Bound: facts.BoundExact}, "0.5"},
		{facts.Fact{Value: num(-3.5), Bound: facts.BoundExact}, "-3.5"},
		{facts.Fact{Value: num(19), Bound: facts.BoundApprox}, "~19"},
		{facts.Fact{Value: num(25), Low: num(25), Bound: facts.BoundAtLeast}, "≥ 25"},
		{facts.Fact{Value: num(90), Low: num(90), Bound: facts.BoundMoreThan}, "> 90"},
		{facts.Fact{Value: num(100), High: num(100), Bound: facts.BoundAtMost}, "≤ 100"},
		{facts.Fact{Value: num(5), High: num(5), Bound: facts.BoundLessThan}, "< 5"},
		{facts.Fact{Value: num(20), Low: num(20), High: num(25), Bound: facts.BoundRange}, "20–25"},
		{facts.Fact{Value: num(2000), Low: num(2000), High: num(1e6), Bound: facts.BoundRange}, "2,000–1 m"},
		{facts.Fact{Value: num(3), Bound: facts.BoundExact, Change: &up}, "+3"},
		{facts.Fact{Value: num(20), Bound: facts.BoundExact, Change: &down, ChangeRole: "by"}, "−20"},
		{facts.Fact{Value: num(31), Bound: facts.BoundExact, Change: &up, ChangeRole: "to"}, "→ 31"},
		{facts.Fact{Kind: facts.KindDate, Date: "XXXX-07", Bound: facts.BoundExact}, "XXXX-07"},
		{facts.Fact{Bound: facts.BoundExact}, ""},
	} {
		assert.Equal(t, c.want, humanValue(c.f), "%+v", c.f)
	}
}

func TestSnippet(t *testing.T) {
	text := []byte("First paragraph.\n\nOfficials said on Monday that at least 25 people were killed in the attack on the market, which began at dawn.\n\nNext.")
	fig := "at least 25 people"
	i := bytes.Index(text, []byte(fig))
	f := facts.Fact{Start: i, End: i + len(fig), Text: fig,
		Sentence: "Officials said on Monday that at least 25 people were killed in the attack on the market, which began at dawn."}
	assert.Equal(t, "Officials said on Monday that at least 25 people were killed in the attack on the market, which began at dawn.", snippet(text, f, 200))
	assert.Equal(t, "…on Monday that at least 25 people were killed in the…", snippet(text, f, 20))
	// A sentence the extractor normalised is not found as written: the text
	// around, up to a blank line, is used.
	f.Sentence = "normalised   differently"
	assert.Equal(t, "Officials said on Monday that at least 25 people were killed in the attack on the market, which began at dawn.", snippet(text, f, 200))
	// Offsets out of range do not panic.
	f.Start, f.End = 1000, 1010
	assert.Equal(t, "normalised differently", snippet(text, f, 20))
}

func TestCellsEscapePipesInMarkdown(t *testing.T) {
	row := []string{"a|b", "c"}
	assert.Equal(t, []string{`a\|b`, "c"}, cells(row, true))
	assert.Equal(t, row, cells(row, false))
}

// TestJSONStreamsAsMarshalIndent checks that the streamed json format is
// what encoding/json gives for the whole document at once.
func TestJSONStreamsAsMarshalIndent(t *testing.T) {
	up := "up"
	fs := []facts.Fact{
		{Type: "fact", Doc: "a", Kind: facts.KindCount, Value: num(25), Low: num(25), Bound: facts.BoundAtLeast, Text: "at least 25 <people>", Start: 3, End: 20, Line: 1},
		{Type: "fact", Doc: "a", Kind: facts.KindPercent, Value: num(3), Low: num(3), High: num(3), Change: &up, Unit: "%", Text: "3%", Start: 30, End: 32, Line: 2},
	}
	for _, split := range [][]int{{0, 0}, {0, 1, 2}, {0, 2}, {0, 2, 2}} {
		var got bytes.Buffer
		s := &jsonFacts{w: &got}
		require.NoError(t, s.begin())
		for k := 1; k < len(split); k++ {
			require.NoError(t, s.doc(nil, fs[split[k-1]:split[k]]))
		}
		require.NoError(t, s.end())

		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		all := fs[:split[len(split)-1]]
		if len(all) == 0 {
			all = []facts.Fact{}
		}
		require.NoError(t, enc.Encode(struct {
			Facts []facts.Fact `json:"facts"`
		}{all}))
		assert.Equal(t, want.String(), got.String())
	}
}

func TestTableWithoutContext(t *testing.T) {
	d, err := source.New("x", []byte("Now 7 people."), "")
	require.NoError(t, err)
	var out bytes.Buffer
	s := newTableFacts(&out, &options{format: "table"})
	require.NoError(t, s.doc(d, fakeExtract("x", d.Text)))
	require.NoError(t, s.end())
	assert.NotContains(t, out.String(), "Context")
	assert.Contains(t, out.String(), "7 people")
	assert.Equal(t, 5, strings.Count(out.String(), "\n"), "header, rules and one row")
}

// TestOneLine: a string that is one line already comes back as it is,
// any other as strings.Fields joined by single spaces.
func TestOneLine(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\nb", "a\tb", "a\u00a0b", "a\u2003b", "a\u0085b",
		"“Quoted” café 4.5%", "x\xffy", "\xff ", "  lead and trail  ", "one\r\ntwo"} {
		assert.Equal(t, strings.Join(strings.Fields(s), " "), oneLine(s), "%q", s)
	}
}

// TestRunesAtCut: lastRunes and firstRunes walk a string in place and
// give what its runes cut and made a string again give, bad bytes
// included.
func TestRunesAtCut(t *testing.T) {
	words := []string{"a", "bb", "café", "“q”", " ", " ", "\u00a0", "\u2003", "\xff", "4.5%", "x\ty", "\n"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(30) {
			b.WriteString(words[rng.IntN(len(words))])
		}
		s := b.String()
		count := utf8.RuneCountInString(s)
		for n := 0; n < count; n++ {
			require.Equal(t, lastRunesOf([]rune(s), n), lastRunes(s, n), "last %d of %q", n, s)
			require.Equal(t, firstRunesOf([]rune(s), n), firstRunes(s, n), "first %d of %q", n, s)
		}
	}
}

// snippetByCopies is snippet as it was written first, on copies of the
// text: the reference TestSnippetViews holds snippet to.
func snippetByCopies(text []byte, f facts.Fact, n int) string {
	start, end := f.Start, f.End
	if start < 0 || end > len(text) || start > end {
		return strings.Join(strings.Fields(f.Sentence), " ")
	}
	one := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	lo, hi := sentenceBounds(text, f)
	left := one(string(text[lo:start]))
	right := one(string(text[end:hi]))
	fig := one(string(text[start:end]))
	if start > lo && isSpaceBefore(text, start) {
		left += " "
	}
	if hi > end && isSpaceAt(text, end) {
		right = " " + right
	}
	cutLeft, cutRight := false, false
	if utf8.RuneCountInString(left) > n {
		left, cutLeft = lastRunesOf([]rune(left), n), true
	}
	if utf8.RuneCountInString(right) > n {
		right, cutRight = firstRunesOf([]rune(right), n), true
	}
	s := strings.TrimLeftFunc(left, unicode.IsSpace) + fig + strings.TrimRightFunc(right, unicode.IsSpace)
	if cutLeft {
		s = "…" + s
	}
	if cutRight {
		s += "…"
	}
	return s
}

// TestSnippetViews: snippet, which reads the text through views of it,
// gives what it gave on copies, for random texts, figures and widths,
// and what it returns does not change with the text after.
func TestSnippetViews(t *testing.T) {
	words := []string{"a", "bb", "café", "“q”", " ", " ", "  ", "\u00a0", "\u2003", "4.5%", "x\ty", "\n", "\n\n", "ünï", "said", "12"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(60) {
			b.WriteString(words[rng.IntN(len(words))])
		}
		text := []byte(b.String())
		start := rng.IntN(len(text) + 1)
		end := start + rng.IntN(len(text)-start+1)
		for start > 0 && !utf8.RuneStart(text[start%len(text)]) && start < len(text) {
			start--
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		f := facts.Fact{Start: start, End: end}
		if rng.IntN(2) == 0 {
			lo, hi := max(0, start-rng.IntN(40)), min(len(text), end+rng.IntN(40))
			f.Sentence = string(text[lo:hi])
		}
		n := rng.IntN(30)
		want := snippetByCopies(text, f, n)
		got := snippet(text, f, n)
		require.Equal(t, want, got, "text %q, fact %d-%d %q, n %d", text, start, end, f.Sentence, n)
		for i := range text {
			text[i] = 'Z'
		}
		require.Equal(t, want, got, "snippet points into the text")
	}
}
