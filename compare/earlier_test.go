package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

func withTime(tm string) opt { return func(f *facts.Fact) { f.Time = tm } }

// TestEarlierFigure: a figure given before and superseded since ("not 19
// as first reported") is no claim about now: beside another report's
// current figure it is a difference to review, where a figure of another
// named period beside one that names none is still a conflict (a time named
// on one side only is taken as the story's own); two earlier figures
// conflict as any two figures do.
func TestEarlierFigure(t *testing.T) {
	k := event("killed")
	tests := []struct {
		name string
		a, b facts.Fact
		want Status
	}{
		{"an earlier figure and the current one", fc("19", "people killed", 19, k, withTime(facts.TimeEarlier)), fc("21", "people killed", 21, k), StatusReview},
		{"two earlier figures", fc("19", "people killed", 19, k, withTime(facts.TimeEarlier)), fc("17", "people killed", 17, k, withTime(facts.TimeEarlier)), StatusConflict},
		{"another named period beside none", fc("19", "people killed", 19, k, withTime("previous year")), fc("21", "people killed", 21, k), StatusConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pairStatus(t, doc("a.txt", tt.a), doc("b.txt", tt.b)))
		})
	}
}

// TestCorrectionInOneRow: a report's current figure and the one it
// corrects ("21 killed, not 19 as first reported") stand in one row with an
// earlier report's 19: the earlier figure agrees with it, the current one
// disagrees, and the report's two figures are a difference, not a
// contradiction of itself.
func TestCorrectionInOneRow(t *testing.T) {
	k := event("killed")
	s := sentence("The toll rose to 21 killed, not 19 as first reported.")
	a := doc("a.txt", fc("21", "people killed", 21, k, s), fc("19", "people killed", 19, k, s, withTime(facts.TimeEarlier)))
	b := doc("b.txt", fc("19", "people killed", 19, k, sentence("The storm killed 19 people.")))
	r := Compare([]Doc{a, b}, Options{})
	g := groupOf(r, "a.txt", "21")
	require.NotNil(t, g)
	require.Len(t, g.Facts, 3, "one row: %+v", r.Groups)
	require.Len(t, g.Disagreements, 1)
	d := g.Disagreements[0]
	assert.ElementsMatch(t, []string{"a.txt 21", "b.txt 19"}, []string{g.Facts[d.A].Doc + " " + g.Facts[d.A].Text, g.Facts[d.B].Doc + " " + g.Facts[d.B].Text})
	assert.False(t, d.Internal)
	require.Len(t, g.Differences, 1, "the report's own two figures")
}
