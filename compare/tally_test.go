package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVoteTallies: two reports' tallies of one vote line up side by side
// (for with for, against with against), however they are written, and
// disagree where a side differs; two majorities of one vote disagree.
func TestVoteTallies(t *testing.T) {
	tests := []struct {
		name   string
		a, b   string
		aText  string // a figure of a's
		bText  string // the figure of b's that must share its group
		status Status
	}{
		{"6-3 and 5-4, the side for", "The court upheld the reform by a 6-3 vote on Tuesday.", "The court upheld the reform in a 5-4 ruling on Tuesday.", "6", "5", StatusConflict},
		{"6-3 and 5-4, the side against", "The court upheld the reform by a 6-3 vote on Tuesday.", "The court upheld the reform in a 5-4 ruling on Tuesday.", "3", "4", StatusConflict},
		{"digits and words", "The court upheld the reform by a 6-3 vote on Tuesday.", "The court voted six to three on Tuesday to uphold the reform.", "6", "six", StatusAgree},
		{"votes to, and a hyphen", "The bill passed its second reading by 312 votes to 290.", "MPs passed the bill's second reading 312-290.", "290", "290", StatusAgree},
		{"two majorities", "The bill cleared the Commons by 312 votes to 290, a majority of 22.", "The bill cleared the Commons on Tuesday, passing by 312 votes to 290 with a majority of 32.", "22", "32", StatusConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := reportOf("a.txt", tt.a), reportOf("b.txt", tt.b)
			r := Compare([]Doc{a, b}, Options{})
			g := groupOf(r, "a.txt", tt.aText)
			require.NotNil(t, g, "a's %q is a figure", tt.aText)
			var texts []string
			for _, f := range g.Facts {
				texts = append(texts, f.Doc+" "+f.Text)
			}
			assert.Contains(t, texts, "b.txt "+tt.bText)
			assert.Equal(t, tt.status, g.Status, "%v", texts)
		})
	}
}

// TestVoteIsNoUpdate: a vote's tally and its majority are settled once the
// vote is cast, so a later report's other tally is a plain conflict, where
// a later report's other toll is likely an update.
func TestVoteIsNoUpdate(t *testing.T) {
	tests := []struct {
		name, a, b, aText string
		update            bool
	}{
		{"a tally", "The court upheld the reform by a 6-3 vote on Tuesday.", "The court upheld the reform in a 5-4 ruling on Tuesday.", "6", false},
		{"a majority", "The bill cleared the Commons by 312 votes to 290, a majority of 22.", "The bill cleared the Commons on Tuesday, passing by 312 votes to 290 with a majority of 32.", "22", false},
		{"a toll", "The storm killed 12 people on Tuesday.", "The storm killed 15 people on Tuesday.", "12 people", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := reportOf("a.txt", "Published 11 March 2025\nThe story\n\n"+tt.a+"\n")
			b := reportOf("b.txt", "Published 12 March 2025\nThe story\n\n"+tt.b+"\n")
			g := groupOf(Compare([]Doc{a, b}, Options{}), "a.txt", tt.aText)
			require.NotNil(t, g)
			require.NotEmpty(t, g.Disagreements)
			assert.Equal(t, tt.update, g.Disagreements[0].Update)
		})
	}
}
