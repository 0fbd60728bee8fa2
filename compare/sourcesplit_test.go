package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSourceSplitIsReview: when one report gives a magnitude by two named
// agencies, two other reports that each follow one agency differ as the
// agencies do, for review; without the report that names both, the two
// figures conflict. A toll two sources give is not read so.
func TestSourceSplitIsReview(t *testing.T) {
	a := reportOf("a.txt", "Quake\n\nA magnitude 6.1 earthquake struck Yunnan on Sunday.\n")
	b := reportOf("b.txt", "Quake\n\nThe quake was measured by the US Geological Survey at magnitude 6.1. The China Earthquake Networks Center put the magnitude at 6.5.\n")
	d := reportOf("d.txt", "Quake\n\nA 6.5 magnitude earthquake struck Yunnan on Sunday.\n")
	conflictBetween := func(r Result) bool {
		for _, g := range r.Groups {
			for _, dis := range g.Disagreements {
				x, y := g.Facts[dis.A], g.Facts[dis.B]
				if x.Doc == "a.txt" && y.Doc == "d.txt" || x.Doc == "d.txt" && y.Doc == "a.txt" {
					return true
				}
			}
		}
		return false
	}
	assert.False(t, conflictBetween(Compare([]Doc{a, b, d}, Options{})), "the reports follow two agencies")
	assert.True(t, conflictBetween(Compare([]Doc{a, d}, Options{})), "without the report that names both, a conflict")

	x := reportOf("a.txt", "Toll\n\nThe flood killed 20 people in the province.\n")
	y := reportOf("b.txt", "Toll\n\nPolice said 20 people were killed in the flood. The ministry said 26 people were killed.\n")
	z := reportOf("d.txt", "Toll\n\nThe flood killed 26 people in the province.\n")
	require.True(t, conflictBetween(Compare([]Doc{x, z}, Options{})))
	assert.True(t, conflictBetween(Compare([]Doc{x, y, z}, Options{})), "a toll two sources give is no split")
}
