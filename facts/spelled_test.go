package facts

// readSpelled against the English NumberModel spec of Recognizers-Text
// (/work/shared/rt-specs/Specs/Number/English/NumberModel.json) and against
// the constructions of news text it must leave alone.
//
// Run: go test ./facts -run TestSpelled -v

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spelledCase reads src from token at (0 unless set) and expects the number
// written as text (src from that token when text is empty) worth value.
type spelledCase struct {
	src   string
	at    int
	text  string
	value float64
}

// spelledRead tokenizes src and reads at token at; text is the source the
// number covers.
func spelledRead(t *testing.T, src string, at int) (value float64, text string, ok bool) {
	t.Helper()
	toks := tokenize(src, lowerASCIIAll(src), 0, len(src), nil)
	require.Less(t, at, len(toks), "token %d of %q", at, src)
	value, end, ok := readSpelled(toks, at)
	if !ok {
		return value, "", false
	}
	require.Greater(t, end, at, "end of %q", src)
	require.LessOrEqual(t, end, len(toks), "end of %q", src)
	return value, src[toks[at].start:toks[end-1].end], true
}

func runSpelled(t *testing.T, cases []spelledCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			v, text, ok := spelledRead(t, c.src, c.at)
			require.True(t, ok, "%q: no number", c.src)
			want := c.text
			if want == "" {
				toks := tokenize(c.src, lowerASCIIAll(c.src), 0, len(c.src), nil)
				want = c.src[toks[c.at].start:]
			}
			assert.Equal(t, want, text, "span of %q", c.src)
			if c.value == 0 {
				assert.InDelta(t, 0, v, 1e-12, "value of %q", c.src)
			} else {
				assert.InDelta(t, c.value, v, math.Abs(c.value)*1e-9, "value of %q", c.src)
			}
		})
	}
}

func TestSpelledCardinals(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "one", value: 1},
		{src: "sixteen", value: 16},
		{src: "seventy", value: 70},
		{src: "zero", value: 0},
		{src: "nought", value: 0},
		{src: "naught", value: 0},
		{src: "one hundred and twelve", value: 112},
		{src: "one hundred and six", value: 106},
		{src: "one hundred and sixty-one", value: 161},
		{src: "three thousand nine hundred and sixty five", value: 3965},
		{src: "twenty-five", value: 25},
		{src: "fifty-two", value: 52},
		{src: "fifty - two", value: 52},
		{src: "fifty   two", value: 52},
		{src: "Three hundred  and  thirty one", value: 331},
		{src: "a hundred", value: 100},
		{src: "a million", value: 1e6},
		{src: "an hundred", value: 100},
		{src: "a hundred and twelve", value: 112},
		{src: "one million two thousand two hundred three", value: 1002203},
		{src: "one trillion", value: 1e12},
		{src: "twenty-one trillion", value: 21e12},
		{src: "twenty-one trillion three hundred", value: 21000000000300},
		{src: "twenty-one trillion and three hundred", value: 21000000000300},
		{src: "two hundred and two thousand", value: 202000},
		{src: "two  thousand  and  two hundred", value: 2200},
		{src: "one thousand and one", value: 1001},
		{src: "nineteen hundred", value: 1900},
		{src: "ninety - five hundred", value: 9500},
		{src: "a hundred thousand", value: 1e5},
		{src: "three-hundred", value: 300},
		{src: "Twenty-six people die in accident at Techiman", text: "Twenty-six", value: 26},
		{src: "two million people", text: "two million", value: 2e6},
	})
}

func TestSpelledWithDigits(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "2 million", value: 2e6},
		{src: "1 trillion", value: 1e12},
		{src: "2.5 million", value: 2.5e6},
		{src: "1,674.5 million", value: 1674.5e6},
		{src: "322 hundred", value: 32200},
		{src: "3 hundred and 21", value: 321},
		{src: "I can give you 3 hundred and 21 yuan.", at: 4, text: "3 hundred and 21", value: 321},
		{src: "4 thousand 3 hundred and 21", value: 4321},
		{src: "4 thousand 3 hundred and 0 are two valid numbers.", text: "4 thousand 3 hundred", value: 4300},
		{src: "4000 3 hundred and 21 are two valid numbers.", text: "4000", value: 4000},
		{src: "4000 3 hundred and 21 are two valid numbers.", at: 1, text: "3 hundred and 21", value: 321},
		{src: "3 hundred and 2 hundred are two valid numbers.", text: "3 hundred", value: 300},
		{src: "3 hundred and 2 hundred are two valid numbers.", at: 3, text: "2 hundred", value: 200},
		{src: "3 hundred and 2.12 hundred are two valid numbers.", text: "3 hundred", value: 300},
		{src: "3 hundred and 2.12 hundred are two valid numbers.", at: 3, text: "2.12 hundred", value: 212},
		{src: "3 hundred and negative one are two valid numbers.", text: "3 hundred", value: 300},
		{src: "3 hundred and negative one are two valid numbers.", at: 3, text: "negative one", value: -1},
		{src: "3 hundred and one is a valid numbers.", text: "3 hundred and one", value: 301},
		{src: "a 1.8-billion-mile trip", at: 1, text: "1.8-billion", value: 1.8e9},
		{src: "100 millionths", text: "100", value: 100},
		// a numeral's scale ends it: "forty-foot" is the box, not 40 more
		{src: "It moved 3.21 million forty-foot containers", at: 2, text: "3.21 million", value: 3.21e6},
		{src: "Two million forty thousand people voted", text: "Two million forty thousand", value: 2.04e6},
	})
}

func TestSpelledIndianScales(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "6 crore", value: 6e7},
		{src: "two lakh", value: 2e5},
		{src: "I can give you 13 lakh", at: 4, value: 13e5},
		{src: "There are 1 crore boxes in this container", at: 2, text: "1 crore", value: 1e7},
		{src: "I count 6 crore and two hundred", at: 2, value: 60000200},
		{src: "The total is three lakh crore", at: 3, value: 3e12},
		{src: "Rs 1.5 lakh crore", at: 1, value: 1.5e12},
		{src: "five thousand crore rupees", text: "five thousand crore", value: 5e10},
	})
}

func TestSpelledPoint(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "two hundred point zero three", value: 200.03},
		{src: "two hundred point seventy-one", value: 200.71},
		{src: "nine point nought four", value: 9.04},
		{src: "naught point five", value: 0.5},
		{src: "five point five", value: 5.5},
		{src: "nought point nought three plus zero point zero eight", text: "nought point nought three", value: 0.03},
		{src: "nought point nought three plus zero point zero eight", at: 5, text: "zero point zero eight", value: 0.08},
		{src: "nought point eleven", value: 0.11},
		{src: "two point five million", value: 2.5e6},
		{src: "one thousand two hundred and thirty four point five", value: 1234.5},
		{src: "one million point five", text: "one million", value: 1e6},
		{src: "a ten point plan", at: 1, text: "ten", value: 10},
		{src: "At one point two of them left", at: 1, text: "one", value: 1},
	})
}

func TestSpelledFractions(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "a third", value: 1.0 / 3},
		{src: "a half", value: 0.5},
		{src: "a fifth", value: 0.2},
		{src: "a quarter", value: 0.25},
		{src: "a third of the vote", text: "a third", value: 1.0 / 3},
		{src: "cut by a third.", at: 2, text: "a third", value: 1.0 / 3},
		{src: "a quarter century", text: "a quarter", value: 0.25},
		{src: "an eighth", value: 0.125},
		{src: "three quarters of respondents", text: "three quarters", value: 0.75},
		{src: "ninety-nine hundredths", value: 0.99},
		{src: "two thirds", value: 2.0 / 3},
		{src: "two-thirds majority", text: "two-thirds", value: 2.0 / 3},
		{src: "three fifths", value: 0.6},
		{src: "one fifth", value: 0.2},
		{src: "one eighth", value: 0.125},
		{src: "one-eighth", value: 0.125},
		{src: "five eighths", value: 0.625},
		{src: "five eighths of", text: "five eighths", value: 0.625},
		{src: "three quarters", value: 0.75},
		{src: "twenty fifths", value: 4},
		{src: "twenty-three fifths", value: 4.6},
		{src: "twenty one fifths", value: 4.2},
		{src: "one hundred thirty two fifths", value: 26.4},
		{src: "one hundred thirty-two fifths", value: 26.4},
		{src: "one hundred and thirty-two fifths", value: 26.4},
		{src: "one hundred and thirty fifths", value: 26},
		{src: "one hundred thirty fifths", value: 100.0 / 35},
		{src: "one hundred thirty-fifths", value: 100.0 / 35},
		{src: "one million two thousand two hundred three fifths", value: 200440.6},
		{src: "a hundredth", value: 0.01},
		{src: "a trillionth", value: 1e-12},
		{src: "a hundred trillionths", value: 1e-10},
		{src: "a hundred thousand trillionths", value: 1e-7},
		{src: "one twenty-fifth", value: 0.04},
		{src: "a twenty-first", value: 1.0 / 21},
		{src: "three twenty-firsts", value: 3.0 / 21},
		{src: "three twenty firsts", value: 3.0 / 21},
		{src: "twenty twenty fifths", value: 0.8},
		{src: "one one hundred fifth", value: 1.0 / 105},
		{src: "one one hundred and fifth", value: 1.0 / 105},
		{src: "one hundred one thousand fifths", value: 100.0 / 1005},
		{src: "one - fourth", value: 0.25},
		{src: "five - eighths", value: 0.625},
		{src: "how much is ninety - five hundred fifths?", at: 3, text: "ninety - five hundred fifths", value: 1900},
		{src: "ninety - five hundred-fifths", value: 1900},
		{src: "a one-third stake", at: 1, text: "one-third", value: 1.0 / 3},
	})
}

func TestSpelledOver(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "one over three", value: 1.0 / 3},
		{src: "1 over 20", value: 0.05},
		{src: "1 over 3", value: 1.0 / 3},
		{src: "one over 3", value: 1.0 / 3},
		{src: "1 over three", value: 1.0 / 3},
		{src: "one over twenty", value: 0.05},
		{src: "one over 20", value: 0.05},
		{src: "1 over twenty-one", value: 1.0 / 21},
		{src: "one over one hundred", value: 0.01},
		{src: "one over one hundred and twenty five", value: 0.008},
		{src: "1 over one hundred and twenty one", value: 1.0 / 121},
		{src: "2000 over 3", value: 2000.0 / 3},
		{src: "one over three of the seats", text: "one over three", value: 1.0 / 3},
		// "over" as a preposition.
		{src: "I want to earn $2000 over 3 years", at: 5, text: "2000", value: 2000},
		{src: "up 5 over 2019.", at: 1, text: "5", value: 5},
	})
}

func TestSpelledMixed(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "three and a fifth", value: 3.2},
		{src: "five and a quarter", value: 5.25},
		{src: "one and a fourth", value: 1.25},
		{src: "one and a half", value: 1.5},
		{src: "six and a half", value: 6.5},
		{src: "six and a half years", text: "six and a half", value: 6.5},
		{src: "3 and a half", value: 3.5},
		{src: "two-and-a-half-year", text: "two-and-a-half", value: 2.5},
		{src: "The result is three and one fourth", at: 3, value: 3.25},
		{src: "one hundred and three and two thirds", value: 103 + 2.0/3},
		{src: "one hundred and three quarters", value: 100.75},
		{src: "one hundred and thirty and two fifths", value: 130.4},
		{src: "twenty and three fifths", value: 20.6},
		{src: "forty two and a third", value: 42 + 1.0/3},
		{src: "The measurement has a value of forty two and a third", at: 6, value: 42 + 1.0/3},
		{src: "two hundred thirty two and a thirtieth", value: 232 + 1.0/30},
		{src: "two and fifty-four hundredths", value: 2.54},
		{src: "two hundred and fifty-four hundredths", value: 200.54},
		{src: "version two and a previous version", at: 1, text: "two", value: 2},
		{src: "one hundred and one half", value: 100.5},
		{src: "six and seven eighths", value: 6.875},
		{src: "1.5 and a half", text: "1.5", value: 1.5},
	})
}

func TestSpelledScaleFractions(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "half million", value: 5e5},
		{src: "Half million eggs have been broken today", text: "Half million", value: 5e5},
		{src: "half a million", value: 5e5},
		{src: "half-million", value: 5e5},
		{src: "quarter million", value: 2.5e5},
		{src: "a quarter million", value: 2.5e5},
		{src: "a quarter of a million", value: 2.5e5},
		{src: "three quarters billion", value: 7.5e8},
		{src: "two thirds of a million", value: 2e6 / 3},
		{src: "half a dozen", value: 6},
		{src: " half a  dozen", value: 6},
		{src: "a half dozen eggs", text: "a half dozen", value: 6},
		{src: "one million and a half", value: 1.5e6},
		{src: "There are one million and a half possibilities", at: 2, text: "one million and a half", value: 1.5e6},
		{src: "3 million and a half", value: 3.5e6},
		{src: "3 million and a quarter", value: 3.25e6},
		{src: "two million and one half", value: 2.5e6},
		{src: "five and a half million", value: 5.5e6},
		{src: "one and a half million", value: 1.5e6},
		{src: "one billion and a half million", value: 1.0005e9},
		{src: "one billion and a quarter million", value: 1.00025e9},
		{src: "one billion and three quarters million", value: 1.00075e9},
		{src: "five billion and three quarters", value: 5.75e9},
		{src: "six million and two thirds", value: 6e6 + 2e6/3},
		{src: "two million and three fifths", value: 2.6e6},
		{src: "nine million and five ninths", value: 9e6 + 5e6/9},
	})
}

func TestSpelledDozens(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "a dozen", value: 12},
		{src: "two dozen", value: 24},
		{src: "two dozen eggs", text: "two dozen", value: 24},
		{src: "3 dozens", value: 36},
		{src: "three dozens", value: 36},
		{src: "three hundred and two dozens", value: 324},
		{src: "3 dzs", value: 36},
		{src: "five dozs", value: 60},
	})
}

func TestSpelledSign(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "minus five", value: -5},
		{src: "negative ten", value: -10},
		{src: "minus one", value: -1},
		{src: "minus 5", value: -5},
		{src: "minus five point five", value: -5.5},
		{src: "negative one over 20", value: -0.05},
		// The spec reads "thirty fifths" as a compound ordinal here:
		// 100/35, not 130/5 (which "one hundred and thirty fifths" is).
		{src: "minus one hundred thirty fifths", value: -100.0 / 35},
		{src: "negative ninety - five hundred fifths", value: -1900},
		{src: "minus ninety - five hundred fifths", value: -1900},
		{src: "minus two thirds", value: -2.0 / 3},
	})
}

// Constructions that are not one number: readSpelled reads the first one
// only, or nothing.
func TestSpelledStops(t *testing.T) {
	runSpelled(t, []spelledCase{
		{src: "20 and 30", text: "20", value: 20},
		{src: "twenty and thirty", text: "twenty", value: 20},
		{src: "one of the officials", text: "one", value: 1},
		{src: "Let's try one last time", at: 2, text: "one", value: 1},
		{src: "one two", text: "one", value: 1},
		{src: "five six", text: "five", value: 5},
		{src: "twenty twenty", text: "twenty", value: 20},
		{src: "three-nought-four", text: "three", value: 3},
		{src: "three million and two million", text: "three million", value: 3e6},
		{src: "one second", text: "one", value: 1},
		{src: "twenty seconds", text: "twenty", value: 20},
		{src: "two quarters of growth", text: "two", value: 2},
		{src: "the first three quarters of the year", at: 2, text: "three", value: 3},
		{src: "one third-party vendor", text: "one", value: 1},
		{src: "five sixth-graders", text: "five", value: 5},
		{src: "five hundred first-time buyers", text: "five hundred", value: 500},
		{src: "twenty-five-year-old", text: "twenty-five", value: 25},
		{src: "two-nil", text: "two", value: 2},
		{src: "4000 three", text: "4000", value: 4000},
		{src: "twenty and three and three fifths", text: "twenty", value: 20},
	})
}

// Inputs that are no number at all for readSpelled.
func TestSpelledNone(t *testing.T) {
	for _, c := range []struct {
		src string
		at  int
	}{
		{"a", 0},
		{"an", 0},
		{"a next of kin", 0},
		{"half", 0},
		{"half the population", 0},
		{"quarter", 0},
		{"quarter-final", 0},
		{"minus", 0},
		{"negative growth", 0},
		{"second", 0},
		{"second-largest", 0},
		{"the third-largest", 1},
		{"a second referendum", 0},
		{"a second", 0},
		{"third", 0},
		{"first", 0},
		{"twenty-first", 0},
		{"twenty-first century", 0},
		{"the twenty fifth anniversary", 1},
		{"one hundred and fifth", 0},
		{"one hundred twenty-fifth", 0},
		{"one hundred thirty fifth", 0},
		{"twenty-one trillion and three hundred twenty second", 0},
		{"two millionth", 0},
		{"a hundred trillionth", 0},
		{"a third term", 0},
		{"for a fifth straight year", 1},
		{"a third-quarter loss", 0},
		{"a twenty-first century economy", 0},
		{"hundreds of", 0},
		{"dozens of", 0},
		{"thousands", 0},
		{"hundred", 0},
		{"million", 0},
		{"point five", 0},
		{"the", 0},
		{"-", 0},
	} {
		t.Run(c.src, func(t *testing.T) {
			v, text, ok := spelledRead(t, c.src, c.at)
			assert.False(t, ok, "%q read as %q = %v", c.src, text, v)
		})
	}
}

// Bad starts never panic: an index past the end, an empty token list.
func TestSpelledBounds(t *testing.T) {
	_, _, ok := readSpelled(nil, 0)
	assert.False(t, ok)
	toks := tokenize("five", "five", 0, 4, nil)
	_, _, ok = readSpelled(toks, 1)
	assert.False(t, ok)
	_, _, ok = readSpelled(toks, -1)
	assert.False(t, ok)
	for _, src := range []string{"one hundred and", "two and", "two -", "one over", "five point", "a", "minus minus five", "two-and-", "half a", "one - "} {
		toks := tokenize(src, lowerASCIIAll(src), 0, len(src), nil)
		for k := range toks {
			assert.NotPanics(t, func() { readSpelled(toks, k) }, "%q at %d", src, k)
		}
	}
}

// Random sequences of number words, hyphens and numerals: readSpelled never
// panics, reads at least one token when it reads, and returns a finite value.
func TestSpelledRandom(t *testing.T) {
	words := []string{
		"a", "an", "and", "one", "two", "three", "five", "nine", "ten", "twelve", "twenty", "thirty",
		"ninety", "zero", "nought", "hundred", "thousand", "million", "billion", "lakh", "crore",
		"half", "quarter", "quarters", "third", "thirds", "fifth", "fifths", "first", "firsts",
		"second", "hundredth", "hundredths", "trillionths", "point", "over", "of", "dozen", "dozens",
		"minus", "negative", "-", " - ", "3", "21", "4000", "2.5", "1,000", ",", ".", "years", "time",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 20000 {
		b.Reset()
		for n := 1 + rng.IntN(8); n > 0; n-- {
			w := words[rng.IntN(len(words))]
			if b.Len() > 0 && w != "-" && rng.IntN(4) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		src := b.String()
		toks := tokenize(src, lowerASCIIAll(src), 0, len(src), nil)
		for k := range toks {
			v, end, ok := readSpelled(toks, k)
			if !ok {
				continue
			}
			require.Greater(t, end, k, "%q at %d", src, k)
			require.LessOrEqual(t, end, len(toks), "%q at %d", src, k)
			require.False(t, math.IsNaN(v) || math.IsInf(v, 0), "%q at %d: %v", src, k, v)
		}
	}
}

// TestQuartersArePeriods: "seven quarters" counts quarters of a year, not
// seven fourths; "three quarters of" is still a share.
func TestQuartersArePeriods(t *testing.T) {
	for _, tt := range []struct {
		in, text string
		value    float64
	}{
		{"Our highest growth rate in seven quarters.", "seven quarters", 7},
		{"The best result in five quarters.", "five quarters", 5},
		{"Three halves of the pie were eaten.", "Three halves", 1.5},
		{"Three quarters of voters agreed.", "Three quarters", 75},
	} {
		var got []float64
		for _, f := range ExtractString("t", tt.in) {
			if f.Text == tt.text && f.Value != nil {
				got = append(got, *f.Value)
			}
		}
		assert.Equal(t, []float64{tt.value}, got, tt.in)
	}
}

// TestWeekNumbersAreLabels: the number of a week of the year is no count;
// a count after "week" with its noun still is.
func TestWeekNumbersAreLabels(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"We saw 23 cases in week 40 (30 September to 6 October).", []string{"23 cases"}},
		{"A sharp decline followed in weeks 41 and 42.", nil},
		{"Last week 40 people died.", []string{"40 people"}},
	} {
		var got []string
		for _, f := range ExtractString("t", tt.in) {
			if f.Kind != KindDate {
				got = append(got, f.Text)
			}
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}

// TestVoteSplitIsNoRange: two shares that divide a whole, after "by" or
// before a word of a result, are a vote's two figures, not a range.
func TestVoteSplitIsNoRange(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"The Yes side trailed the No by 46% to 54%.", []string{"46%", "54%"}},
		{"The nation delivered a 55 per cent to 45 per cent victory.", []string{"55 per cent", "45 per cent"}},
		{"Support is seen at 46% to 54% in polls.", []string{"46% to 54%"}},
		{"Turnout ranged from 40% to 60%.", []string{"from 40% to 60%"}},
	} {
		var got []string
		for _, f := range ExtractString("t", tt.in) {
			got = append(got, f.Text)
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}

// TestDayRangeIsDates: the first day of a range of days in one month is a
// date, not a count ("(23 to 29 September 2024)"), and a full month name's
// dot ends its sentence ("on 6 July.").
func TestDayRangeIsDates(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"One case in week 42 (14 to 20 October).", []string{"XXXX-10-14", "XXXX-10-20"}},
		{"Week 39 (23 to 29 September 2024) saw 26 cases.", []string{"2024-09-23", "2024-09-29"}},
		{"The festival ends on 6 July.", []string{"XXXX-07-06"}},
	} {
		var got []string
		var texts []string
		for _, f := range ExtractString("t", tt.in) {
			if f.Kind == KindDate {
				got = append(got, f.Date)
				texts = append(texts, f.Text)
			}
		}
		assert.Equal(t, tt.want, got, tt.in)
		for _, x := range texts {
			assert.NotContains(t, x, ".", tt.in)
		}
	}
}

// TestMagnitudeAfterMeasuring: a bare one-decimal figure after "measuring"
// in a sentence about an earthquake is its magnitude, whatever verb
// follows.
func TestMagnitudeAfterMeasuring(t *testing.T) {
	var got []string
	for _, f := range ExtractString("t", "A strong earthquake measuring 6.2 shook the region on Monday.") {
		if f.Kind == KindQuantity {
			got = append(got, f.Text+"|"+f.Unit+"|"+f.Subject)
		}
	}
	assert.Equal(t, []string{"6.2|magnitude|earthquake"}, got)
}

// TestQuarterPoint: "a quarter-point cut" is a quarter of a percentage
// point, not 25%.
func TestQuarterPoint(t *testing.T) {
	for _, tt := range []struct {
		in, text, unit string
		value          float64
	}{
		{"The bank announced a quarter-point reduction in its key rate.", "a quarter-point", "pp", 0.25},
		{"A half-point rise was expected.", "A half-point", "pp", 0.5},
		{"A quarter of voters agreed.", "A quarter", "%", 25},
	} {
		var got []string
		for _, f := range ExtractString("t", tt.in) {
			if f.Value != nil {
				got = append(got, fmt.Sprintf("%s|%s|%g", f.Text, f.Unit, *f.Value))
			}
		}
		assert.Equal(t, []string{fmt.Sprintf("%s|%s|%g", tt.text, tt.unit, tt.value)}, got, tt.in)
	}
}

// TestPcIsPercent: "pc" against a figure is per cent, as British papers
// write it; spaced, it is most often a computer.
func TestPcIsPercent(t *testing.T) {
	for _, tt := range []struct {
		in, text string
		kind     Kind
	}{
		{"Inflation rose to 2.9pc in May.", "2.9pc", KindPercent},
		{"He bought 3 pc games.", "3 pc games", KindCount},
		{"Some 33.6 pc voted No.", "Some 33.6 pc", KindPercent},
	} {
		var got []string
		for _, f := range ExtractString("t", tt.in) {
			if f.Kind != KindDate {
				got = append(got, f.Text+"|"+string(f.Kind))
			}
		}
		assert.Equal(t, []string{tt.text + "|" + string(tt.kind)}, got, tt.in)
	}
}

// TestBoundsOfPassing: "40-plus", "climbed past 1,000" and a price that
// "passes $94" are lower bounds; "the past 10 years" and "passed 3 exams"
// are not.
func TestBoundsOfPassing(t *testing.T) {
	for _, tt := range []struct {
		in, text string
		bound    Bound
	}{
		{"The firm works in 40-plus countries.", "40-plus countries", BoundAtLeast},
		{"The death toll climbed past 1,000.", "1,000", BoundMoreThan},
		{"Crude oil passes US$94 a barrel.", "US$94", BoundMoreThan},
		{"In the past 10 years little changed.", "10 years", BoundExact},
		{"He passed 3 exams.", "3 exams", BoundExact},
	} {
		var got []string
		for _, f := range ExtractString("t", tt.in) {
			got = append(got, f.Text+"|"+string(f.Bound))
		}
		assert.Equal(t, []string{tt.text + "|" + string(tt.bound)}, got, tt.in)
	}
}

// TestDashAfterPercentIsNoMinus: "52%-48%" is two shares, not 52% and
// −48%; "-5C" keeps its sign.
func TestDashAfterPercentIsNoMinus(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"The vote was 52%-48%.", []string{"52%|52", "48%|48"}},
		{"Temperatures fell to -5C.", []string{"-5C|-5"}},
	} {
		var got []string
		for _, f := range ExtractString("t", tt.in) {
			got = append(got, fmt.Sprintf("%s|%g", f.Text, *f.Value))
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}

// TestMillionsOfPeopleAdjectives: "1.2m unemployed" counts millions of
// people (it was 1.2 metres); "2m high" stays metres.
func TestMillionsOfPeopleAdjectives(t *testing.T) {
	for _, tt := range []struct {
		in    string
		kind  Kind
		value float64
	}{
		{"There were 1.2m unemployed in May.", KindCount, 1.2e6},
		{"The wall is 2m high.", KindQuantity, 2},
	} {
		var got []string
		for _, f := range ExtractString("t", tt.in) {
			if f.Kind != KindDate {
				got = append(got, fmt.Sprintf("%s|%g", f.Kind, *f.Value))
			}
		}
		assert.Equal(t, []string{fmt.Sprintf("%s|%g", tt.kind, tt.value)}, got, tt.in)
	}
}

// TestScaledValuesAreExact: a scaled figure is the decimal written, not
// the binary product ("$16.4 billion" is 16,400,000,000, "41 cents" 0.41).
func TestScaledValuesAreExact(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
	}{
		{"Revenue was $16.4 billion.", 16.4e9},
		{"A loss of 41 cents a share.", 0.41},
		{"Some 1.1 million people came.", 1.1e6},
	} {
		fs := ExtractString("t", tt.in)
		require.Len(t, fs, 1, tt.in)
		assert.Equal(t, tt.want, *fs[0].Value, tt.in)
	}
}

// TestPersonWasN: "He was 54." is an age; "It was 54." is not.
func TestPersonWasN(t *testing.T) {
	for _, tt := range []struct {
		in   string
		kind Kind
	}{
		{"He was 54.", KindAge},
		{"She is 31, her family said.", KindAge},
		{"It was 54.", KindCount},
	} {
		fs := ExtractString("t", tt.in)
		require.Len(t, fs, 1, tt.in)
		assert.Equal(t, tt.kind, fs[0].Kind, tt.in)
	}
}

// TestConversionCarriesHedge: a conversion in brackets carries the hedge
// of what it converts ("up to 250 km/h (155 mph)": at most 155 mph).
func TestConversionCarriesHedge(t *testing.T) {
	var got []string
	for _, f := range ExtractString("t", "The typhoon brought winds of up to 250 km/h (155 mph).") {
		got = append(got, f.Text+"|"+string(f.Bound))
	}
	assert.Equal(t, []string{"up to 250 km/h|at_most", "155 mph|at_most"}, got)
}

// TestAgeOf: "at the age of 17" and "aged just 17" are ages, past "of" and
// one focus adverb; "of the 17" is not.
func TestAgeOf(t *testing.T) {
	for _, tt := range []struct {
		in   string
		kind Kind
	}{
		{"He joined the club at the age of just 17.", KindAge},
		{"She died at the age of 92.", KindAge},
		{"Aged only 19, he won the title.", KindAge},
		{"Of the 17, none survived.", KindCount},
	} {
		fs := ExtractString("t", tt.in)
		require.Len(t, fs, 1, tt.in)
		assert.Equal(t, tt.kind, fs[0].Kind, tt.in)
	}
}

// TestThousandsDotIsUncertain: a count of whole things written with three
// decimals ("1.234 people") is kept as written and marked uncertain; a
// fraction of a share, a scaled figure and a measured quantity are not.
func TestThousandsDotIsUncertain(t *testing.T) {
	for _, tt := range []struct {
		in        string
		uncertain bool
	}{
		{"Some 1.234 people attended the rally.", true},
		{"Holders will receive 0.425 of a share.", false},
		{"The firm sold 2.345 million cars.", false},
		{"The parcel weighed 1.234 kg.", false},
	} {
		fs := ExtractString("t", tt.in)
		require.Len(t, fs, 1, tt.in)
		assert.Equal(t, tt.uncertain, fs[0].Uncertain, tt.in)
	}
}
