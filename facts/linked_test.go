package facts_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// linkedCase is one sentence, the text of a figure in it and the subject,
// measure and time that figure must carry (an empty time is not checked).
type linkedCase struct {
	name, in, text, subject, measure, time string
}

// checkLinked runs each case through Extract and checks the last fact
// whose text is the case's text (the figure that takes another's subject
// comes after it).
func checkLinked(t *testing.T, cases []linkedCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got *facts.Fact
			fs := facts.ExtractString("t", c.in)
			for i := range fs {
				if strings.EqualFold(fs[i].Text, c.text) {
					got = &fs[i]
				}
			}
			require.NotNilf(t, got, "no fact with text %q in %q; got %v", c.text, c.in, fs)
			assert.Equal(t, c.subject, got.Subject, "subject of %q in %q", got.Text, c.in)
			assert.Equal(t, c.measure, got.Measure, "measure of %q in %q", got.Text, c.in)
			if c.time != "" {
				assert.Equal(t, c.time, got.Time, "time of %q in %q", got.Text, c.in)
			}
		})
	}
}

// TestOldLevelOfALevel: the old level set after a level of no change
// ("up from", "down from a peak of") is that level's old value, of the same
// thing, a date or rank between notwithstanding.
func TestOldLevelOfALevel(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"up from after a period", "Airbus delivered 142 commercial aircraft in the first quarter, up from 127 a year earlier.",
			"127", "commercial aircraft", "aircraft", "previous year"},
		{"down from a peak", "About 640,000 customers remained without power on Thursday, down from a peak of more than 1 million.",
			"more than 1 million", "customers", "customer", ""},
		{"money", "Net profit was $1.47 billion, down from $2.1 billion a year earlier.",
			"$2.1 billion", "net profit", "profit", "previous year"},
		{"the month before", "Food inflation was 5%, down from 7% the month before.",
			"7%", "food inflation", "inflation", "previous month"},
	})
}

// TestSectorQualifiesMeasure: "in the services sector" after a measure
// says which of it, not where.
func TestSectorQualifiesMeasure(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"sector", "Inflation in the services sector eased to 6.1% from 6.5%.", "6.1%", "services sector inflation", "inflation", ""},
		{"a place is where", "Inflation in the United States eased to 3.4%.", "3.4%", "inflation", "inflation", ""},
	})
}

// TestPersonNounNamesEvent: a noun of people that names what befell them
// counts people with that event.
func TestPersonNounNamesEvent(t *testing.T) {
	fs := facts.ExtractString("t", "The agency now counts 15,800 evacuees in 40 shelters.")
	require.NotEmpty(t, fs)
	assert.Equal(t, "15,800 evacuees", fs[0].Text)
	assert.Equal(t, "evacuees", fs[0].Subject)
	assert.Equal(t, "evacuated", fs[0].Event)
	assert.Equal(t, "evacuee", fs[0].Measure)
}
