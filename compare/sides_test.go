package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVoteSidesApart: two reports' shares of opposed sides of a vote
// ("55% for Yes", "45% voted No") are two parts of it, never one row nor a
// conflict, though no report gives both; two reports' shares of one side
// still line up, and conflict where they differ.
func TestVoteSidesApart(t *testing.T) {
	a := reportOf("a.txt", "Referendum result\n\nVoters backed the plan, with 55% for Yes.\n")
	b := reportOf("b.txt", "Referendum result\n\n45% voted No.\n")
	c := reportOf("c.txt", "Referendum result\n\n52% voted Yes.\n")
	d := reportOf("d.txt", "Referendum result\n\nThe No side won 48% of the vote.\n")
	r := Compare([]Doc{a, b, c, d}, Options{})
	yes := groupOf(r, "a.txt", "55%")
	require.NotNil(t, yes)
	var texts []string
	for _, f := range yes.Facts {
		texts = append(texts, f.Doc+" "+f.Text)
	}
	assert.ElementsMatch(t, []string{"a.txt 55%", "c.txt 52%"}, texts, "the Yes row holds the Yes shares")
	assert.Equal(t, StatusConflict, yes.Status, "55% and 52% of Yes cannot both hold")
	no := groupOf(r, "b.txt", "45%")
	require.NotNil(t, no)
	assert.NotSame(t, yes, no)
	for _, f := range no.Facts {
		assert.NotEqual(t, "a.txt", f.Doc, "a No share is never in the Yes row")
		assert.NotEqual(t, "c.txt", f.Doc, "a No share is never in the Yes row")
	}
	for _, g := range r.Groups {
		for _, dis := range g.Disagreements {
			x, y := g.Facts[dis.A], g.Facts[dis.B]
			assert.Equal(t, x.Scope, y.Scope, "no conflict between two sides: %q, %q", x.Text, y.Text)
		}
	}
}

// TestSidesApart: scopes ending in opposed sides of a vote are apart (the
// "other part" level), one side and a place's share of it are not.
func TestSidesApart(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"yes", "no", true},
		{"nt yes", "nt no", true},
		{"for", "against", true},
		{"yes", "yes", false},
		{"nt yes", "yes", false},
		{"yes", "for", false},
		{"yes", "", false},
		{"kherson", "odesa", false},
	} {
		a, b := &item{scope: tt.a}, &item{scope: tt.b}
		assert.Equal(t, tt.want, sidesApart(a, b), "%q %q", tt.a, tt.b)
		if tt.want {
			assert.Equal(t, 4, scopeLevel(a, b), "%q %q: other part", tt.a, tt.b)
			assert.NotEmpty(t, differ(a, b), "%q %q", tt.a, tt.b)
		}
	}
}
