package facts_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// TestChangeThroughObject: a verb of change whose object stands between it
// and "to" moves that object to a new level, and "from" before the old
// level's determiner names the old level; "up" after such a verb and its
// object is the verb's particle, not the bound "up to".
func TestChangeThroughObject(t *testing.T) {
	tests := []struct {
		in, fig                   string
		bound, change, changeRole string
	}{
		{"The company raised its full-year profit forecast to $2.1 billion from $1.9 billion.", "$2.1 billion", "exact", "up", "to"},
		{"The company raised its full-year profit forecast to $2.1 billion from $1.9 billion.", "$1.9 billion", "exact", "up", "from"},
		{"The bank cut its growth forecast for 2026 to 1.2%, from 1.5% in January.", "1.2%", "exact", "down", "to"},
		{"The bank cut its growth forecast for 2026 to 1.2%, from 1.5% in January.", "1.5%", "exact", "down", "from"},
		{"The carmaker raised its count of 2025 global sales to 10.35 million vehicles, from the 10.32 million it announced last week.", "10.32 million", "exact", "up", "from"},
		{"The agency lowered its forecast to 3.1% from its earlier 3.4%.", "3.4%", "exact", "down", "from"},
		{"The ministry revised the death toll up to 41.", "41", "exact", "up", "to"},
		{"Carmaker revises 2025 sales total up to 10.35 million", "10.35 million", "exact", "up", "to"},
		// no verb of change before the object: "up to" stays a bound, a
		// count's object without a tally's noun no new level
		{"The ministry said the storm could bring up to 41 cm of snow.", "up to 41 cm", "at_most", "", ""},
		{"The firm sent its three biggest ships to 12 ports.", "12 ports", "exact", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in+"/"+tt.fig, func(t *testing.T) {
			var got *facts.Fact
			fs := facts.ExtractString("t", tt.in)
			for i := range fs {
				if fs[i].Text == tt.fig {
					got = &fs[i]
				}
			}
			require.NotNil(t, got, "no fact %q in %v", tt.fig, fs)
			assert.Equal(t, tt.bound, string(got.Bound), "bound")
			change := ""
			if got.Change != nil {
				change = *got.Change
			}
			assert.Equal(t, tt.change, change, "change")
			assert.Equal(t, tt.changeRole, got.ChangeRole, "change role")
		})
	}
}
