package compare

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFactInterval(t *testing.T) {
	tests := []struct {
		name    string
		fact    facts.Fact
		tol     float64
		in, out []float64
	}{
		{"exact count", fc("25 people", "people", 25), 0.1,
			[]float64{25}, []float64{24, 26}},
		{"rounded money covers what rounds to it", fc("$4.9bn", "aid", 4.9e9, money("USD")), 0.1,
			[]float64{4.87e9, 4.85e9, 4.949e9}, []float64{4.95e9, 4.84e9}},
		{"approx widened by the tolerance", fc("about 19%", "territory", 19, percent("%"), approx()), 0.1,
			[]float64{17.1, 19, 20.9}, []float64{17, 21}},
		{"approx with a wider tolerance", fc("about 19%", "territory", 19, percent("%"), approx()), 0.2,
			[]float64{15.2, 22.8}, []float64{15.1, 22.9}},
		{"approx small count gets at least one either side", fc("about 5", "people", 5, approx()), 0.1,
			[]float64{4, 5, 6}, []float64{3, 7}},
		{"approx of a coarsely rounded figure covers what rounds to it", fc("about 2,000", "people", 2000, approx(), prec(1000)), 0.1,
			[]float64{1500, 2499}, []float64{1499, 2500}},
		{"approx small percent: its rounding, half open", fc("about 2%", "demand", 2, percent("%"), approx()), 0.1,
			[]float64{1.5, 2.49}, []float64{1.49, 2.5}},
		{"about 2% does not meet about 1%", fc("about 1%", "demand", 1, percent("%"), approx()), 0.1,
			[]float64{0.5, 1.49}, []float64{0.49, 1.5}},
		{"a Precision coarser than the figure is not a rounding",
			fc("a quarter of a percentage point", "rate", 0.25, percent("pp"), prec(1)), 0.1,
			[]float64{0.25}, []float64{0.24, 0.26, 0.5}},
		{"nearly a fifth lies below a fifth", fc("nearly a fifth", "territory", 20, percent("%"), approx()), 0.1,
			[]float64{18, 19.9}, []float64{17.9, 20, 22}},
		{"about a fifth lies either side", fc("about a fifth", "territory", 20, percent("%"), approx()), 0.1,
			[]float64{18, 22}, []float64{17.9, 22.1}},
		{"an unhedged round figure covers at most 5%", fc("$4bn", "aid", 4e9, money("USD")), 0.1,
			[]float64{3.8e9, 4.19e9}, []float64{3.5e9, 3.79e9, 4.21e9}},
		{"at least is closed below, unbounded above", fc("at least 25", "people", 25, atLeast()), 0.1,
			[]float64{25, 26, 1e12}, []float64{24}},
		{"a bound is not widened by rounding", fc("at least 1,200", "cases", 1200, atLeast(), prec(100)), 0.1,
			[]float64{1200}, []float64{1199, 1150}},
		{"more than is open below", fc("more than 90", "people", 90, moreThan()), 0.1,
			[]float64{91, 1e9}, []float64{90, 89}},
		{"more than on a continuous figure", fc("more than 5%", "inflation", 5, percent("%"), moreThan()), 0.1,
			[]float64{5.01, 7}, []float64{5, 4.9}},
		{"at most is closed above", fc("up to 10", "people", 10, atMost()), 0.1,
			[]float64{10, 0, -1e9}, []float64{11}},
		{"less than is open above", fc("fewer than 10", "people", 10, lessThan()), 0.1,
			[]float64{9}, []float64{10}},
		{"range", fc("between 20 and 25", "people", 20, rangeTo(25)), 0.1,
			[]float64{20, 22, 25}, []float64{19, 26}},
		{"vague range high exclusive", fc("dozens of", "people", 24, rangeTo(100)), 0.1,
			[]float64{24, 99}, []float64{23, 100}},
		{"range ends are taken at their word", fc("$5bn-$5.2bn", "deal", 5e9, money("USD"), rangeTo(5.2e9)), 0.1,
			[]float64{5e9, 5.2e9}, []float64{4.99e9, 5.21e9}},
		{"round thousands are rounded to two digits", fc("20,000 people", "people", 20000), 0.1,
			[]float64{19500, 20499}, []float64{19499, 20500}},
		{"plain whole number with two zeros is exact", fc("1,200 homes", "homes", 1200), 0.1,
			[]float64{1200}, []float64{1199, 1201}},
		{"Precision overrides the text, up to 5%", fc("250", "people", 250, prec(10)), 0.1,
			[]float64{245, 254}, []float64{244, 256}},
		{"scaled mantissa", fc("1.5 million", "people", 1.5e6), 0.1,
			[]float64{1.45e6, 1.54e6}, []float64{1.44e6, 1.55e6}},
		{"pence", fc("30p", "fare", 0.3, money("GBP")), 0.1,
			[]float64{0.295, 0.304}, []float64{0.294, 0.305}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			integer := tt.fact.Kind == facts.KindCount
			iv, _, ok := factInterval(&tt.fact, tt.tol, integer)
			require.True(t, ok)
			for _, x := range tt.in {
				assert.True(t, iv.overlaps(closed(x, x), integer), "%v should be inside %+v", x, iv)
			}
			for _, x := range tt.out {
				assert.False(t, iv.overlaps(closed(x, x), integer), "%v should be outside %+v", x, iv)
			}
		})
	}
}

func TestFactIntervalDate(t *testing.T) {
	_, _, ok := factInterval(new(fc("2022", "", 0, date("2022"))), 0.1, false)
	assert.False(t, ok)
}

func TestPrecisionOf(t *testing.T) {
	tests := []struct {
		text string
		v    float64
		want float64
	}{
		{"25", 25, 1},
		{"$4.9bn", 4.9e9, 1e8},
		{"$4.87 billion", 4.87e9, 1e7},
		{"$2bn", 2e9, 1e9},
		{"10k", 1e4, 1e3},
		{"19%", 19, 1},
		{"4.25%", 4.25, 0.01},
		{"30p", 0.3, 0.01},
		{"1,200", 1200, 1},
		{"5,000", 5000, 100},
		{"150,000", 150000, 10000},
		{"1,200,000", 1.2e6, 1e5},
		{"forty", 40, 1},
		{"two million", 2e6, 1e6},
		{"a third", 33.333333, 0},
		{"0.5%", 0.5, 0.1},
		{"0", 0, 1},
		{"a quarter", 0.25, 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := precisionOf(&facts.Fact{Text: tt.text}, tt.v)
			assert.InDelta(t, tt.want, got, tt.want*1e-9, "step of %q", tt.text)
		})
	}
}

func TestNumerals(t *testing.T) {
	assert.Equal(t, []numeral{{1200, 0}, {4.9, 1}}, numerals("1,200 and $4.9bn"))
	assert.Equal(t, []numeral{{4, 0}, {9, 0}}, numerals("4,9"))
	assert.Equal(t, []numeral{{1234567, 0}}, numerals("1,234,567."))
	assert.Empty(t, numerals("no digits"))
}

func TestFmtNum(t *testing.T) {
	assert.Equal(t, "31", fmtNum(31))
	assert.Equal(t, "4,870,000,000", fmtNum(4.87e9))
	assert.Equal(t, "1,207,008", fmtNum(1207008))
	assert.Equal(t, "0.25", fmtNum(0.25))
	assert.Equal(t, "16.6", fmtNum(16.599999999999998))
	assert.Equal(t, "-3.5", fmtNum(-3.5))
	assert.Equal(t, "∞", fmtNum(math.Inf(1)))
}

// TestFmtNumWholeNumbers checks fmtNum's way for whole numbers of seven
// digits or fewer against its rounding and strconv's shortest form.
func TestFmtNumWholeNumbers(t *testing.T) {
	slow := func(x float64) string {
		p := math.Pow10(6 - int(math.Floor(math.Log10(math.Abs(x)))))
		x = math.Round(x*p) / p
		s := strconv.FormatFloat(x, 'f', -1, 64)
		neg := strings.HasPrefix(s, "-")
		s = strings.TrimPrefix(s, "-")
		var b strings.Builder
		if neg {
			b.WriteByte('-')
		}
		for i := range len(s) {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteByte(s[i])
		}
		return b.String()
	}
	rng := rand.New(rand.NewPCG(9, 10))
	xs := []float64{1, 9, 10, 99, 100, 999, 1000, 9999999, 1e6, 1234567}
	for range 20000 {
		xs = append(xs, float64(1+rng.IntN(9999999)))
	}
	for _, x := range xs {
		for _, v := range []float64{x, -x} {
			require.Equal(t, slow(v), fmtNum(v), "fmtNum(%v)", v)
		}
	}
}

// TestPlainQuote checks that a text plainQuote passes is what
// strconv.Quote writes between two quotes.
func TestPlainQuote(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		if s := string(b); plainQuote(s) {
			require.Equal(t, strconv.Quote(s), `"`+s+`"`)
		}
	}
	for c := range 256 {
		s := string([]byte{'a', byte(c)})
		if plainQuote(s) != (strconv.Quote(s) == `"`+s+`"`) {
			t.Errorf("plainQuote(%q) = %v", s, plainQuote(s))
		}
	}
}

func TestIntervalOverlapEdges(t *testing.T) {
	inf := math.Inf(1)
	atLeast25 := interval{lo: 25, hi: inf}
	atMost25 := interval{lo: -inf, hi: 25}
	below25 := interval{lo: -inf, hi: 25, hiOpen: true}
	assert.True(t, atLeast25.overlaps(atMost25, false), "they meet at 25")
	assert.False(t, atLeast25.overlaps(below25, false), "25 is excluded from one")
	assert.True(t, closed(0.245, 0.255).overlaps(closed(0.25*1.0000000001, 0.3), false))
	// whole numbers: (24.5, 25.5) holds 25; (25, 26) holds none.
	assert.True(t, interval{lo: 24.5, hi: 25.5, loOpen: true, hiOpen: true}.overlaps(closed(-inf, inf), true))
	assert.False(t, interval{lo: 25, hi: 26, loOpen: true, hiOpen: true}.overlaps(closed(-inf, inf), true))
}

// TestEstimatesApart: two estimates are consistent when each value lies
// within the other's interval, not when their tolerances, added, meet.
func TestEstimatesApart(t *testing.T) {
	tests := []struct {
		name string
		a, b facts.Fact
		want Status
	}{
		{"about 3,400 and about 4,100", fc("About 3,400 homes", "homes flooded", 3400, approx()), fc("About 4,100 homes", "homes flooded", 4100, approx()), StatusConflict},
		{"about 17,000 and about 18,000", fc("about 17,000 cases", "cases", 17000, approx()), fc("about 18,000 cases", "cases", 18000, approx()), StatusAgree},
		{"nearly 2 million and nearly 2.2 million", fc("nearly 2 million people", "people displaced", 2e6, approx()), fc("nearly 2.2 million people", "people displaced", 2.2e6, approx()), StatusConflict},
		{"nearly 60,000 and about 59,000: two kinds of estimate", fc("nearly 60,000 people", "people killed", 60000, approx()), fc("about 59,000 people", "people killed", 59000, approx()), StatusAgree},
		{"about 3,400 and 3,700: the exact one lies within", fc("About 3,400 homes", "homes flooded", 3400, approx()), fc("3,700 homes", "homes flooded", 3700), StatusAgree},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pairStatus(t, doc("a.txt", tt.a), doc("b.txt", tt.b)))
		})
	}
}

// TestTruncatedDecimals: a result cut short at two decimals states the
// same figure ("47.36" beside "47.366"); one decimal is left to rounding,
// except in a large amount ("48.04 million" beside "48.046 million").
func TestTruncatedDecimals(t *testing.T) {
	for _, tt := range []struct {
		a, b  string
		agree bool
	}{
		{"Mahama got 47.366 per cent of the vote.", "Mahama got 47.36 per cent of the vote.", true},
		{"Akufo-Addo won 51.595 per cent of the vote.", "Akufo-Addo won 51.59 per cent of the vote.", true},
		{"Mahama got 47.366 per cent of the vote.", "Mahama got 47.32 per cent of the vote.", false},
		{"The jobless rate was 3.97 per cent.", "The jobless rate was 3.9 per cent.", false},
		// a large amount with decimals is cut as often as rounded; two of
		// one precision are two figures
		{"Apple sold 48.046 million iPhones in the quarter.", "Apple sold 48.04 million iPhones in the quarter.", true},
		{"Revenue was $7.266 billion in the quarter.", "Revenue was $7.2 billion in the quarter.", true},
		{"Revenue was 12.8 billion euros in the quarter.", "Revenue was 12.9 billion euros in the quarter.", false},
	} {
		a := reportOf("a.txt", "Vote\n\n"+tt.a+"\n")
		b := reportOf("b.txt", "Vote\n\n"+tt.b+"\n")
		r := Compare([]Doc{a, b}, Options{})
		conflict := false
		for _, g := range r.Groups {
			conflict = conflict || g.Status == StatusConflict
		}
		assert.Equal(t, !tt.agree, conflict, "%s / %s", tt.a, tt.b)
	}
}

// TestFractionalCountsAgree: a count that states a fraction (an exchange
// ratio, "1.0192 Capital One shares for each Discover share") has no
// whole number between its bounds; two reports stating it alike agree.
func TestFractionalCountsAgree(t *testing.T) {
	f := fc("1.0192 Capital One shares", "capital one shares", 1.0192)
	r := pair(f, f, Options{})
	require.Len(t, r.Groups, 1, keys(r))
	assert.Equal(t, StatusAgree, r.Groups[0].Status)
	assert.Empty(t, r.Groups[0].Disagreements)
}
