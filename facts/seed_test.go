package facts_test

// The seed article: every figure must come out with the right kind, value
// and subject, and nothing else. The article was pasted with most of its
// paragraphs twice, so each expected fact appears twice.

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// seedKey is what the seed test compares of a fact: kind, value (or date)
// and the set of subject terms.
func seedKey(kind facts.Kind, value *float64, date, subject string) string {
	v := "null"
	if value != nil {
		v = strconv.FormatFloat(*value, 'g', 10, 64)
	}
	return fmt.Sprintf("%s value=%s date=%q subject={%s}", kind, v, date, termSet(subject))
}

func TestSeedArticle(t *testing.T) {
	text, err := os.ReadFile(seedPath)
	if os.IsNotExist(err) {
		t.Skipf("seed article %s not found", seedPath)
	}
	require.NoError(t, err)
	got := facts.Extract("seed", text)

	num := func(x float64) *float64 { return &x }
	once := []string{
		seedKey(facts.KindPercent, num(19), "", "ukrainian territory"), // around 19% of Ukrainian territory
		seedKey(facts.KindCount, num(25), "", "people killed"),         // killed 25 people
		seedKey(facts.KindCount, num(4), "", "regions"),                // four regions
		seedKey(facts.KindDate, nil, "2022", ""),                       // in 2022
		seedKey(facts.KindDate, nil, "XXXX-07", ""),                    // in July
		seedKey(facts.KindDate, nil, "XXXX-WXX-4", ""),                 // on Thursday
	}
	want := append(append([]string{}, once...), once...)
	var have []string
	for _, f := range got {
		have = append(have, seedKey(f.Kind, f.Value, f.Date, f.Subject))
	}
	sort.Strings(want)
	sort.Strings(have)
	assert.Equal(t, want, have, "seed facts (kind, value/date, subject terms), as a sorted multiset; got:\n%s", fmtFacts(got))

	// "around 19%" is approximate.
	for _, f := range got {
		if f.Kind == facts.KindPercent {
			assert.Equal(t, facts.BoundApprox, f.Bound, "bound of %s", fmtFact(f))
		}
	}

	// Not figures: one of, both sides, X (the social network), the one in
	// Ukraine, Next Story.
	notFigures := regexp.MustCompile(`\bone of\b|\bboth sides\b|\bX\b|\bthe one in\b|Next Story`)
	for _, loc := range notFigures.FindAllIndex(text, -1) {
		for _, f := range got {
			assert.Falsef(t, spanOverlap(byteSpan{loc[0], loc[1]}, byteSpan{f.Start, f.End}) > 0,
				"%q at byte %d is not a figure, got %s", text[loc[0]:loc[1]], loc[0], fmtFact(f))
		}
	}
}

func fmtFacts(fs []facts.Fact) string {
	s := ""
	for _, f := range fs {
		s += "  " + fmtFact(f) + "\n"
	}
	return s
}
