package compare

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDefaultModel prints the fitted weights (with -v) and checks that
// they say what the evidence says: agreeing fields weigh for a match and
// clashing ones against, whatever the fit's exact numbers.
func TestDefaultModel(t *testing.T) {
	m := DefaultModel
	t.Log("\n" + m.String())
	w := func(cmp, level string) float64 {
		v, ok := m.Weights[cmp][level]
		require.True(t, ok, "%s %s", cmp, level)
		return v
	}
	assert.Greater(t, w("event", "same"), w("event", "different"), "the same event is evidence of one thing")
	assert.Greater(t, w("measure", "same"), w("measure", "different"))
	assert.Greater(t, w("context", "high"), w("context", "none"))
	assert.Greater(t, w("value", "overlap"), w("value", "further"))
	assert.Greater(t, w("scope", "same"), w("scope", "different"))
	assert.GreaterOrEqual(t, m.Same, m.Link, "a report's own two figures need more evidence than two reports'")
	assert.NotEmpty(t, m.Trained, "the model says what it was fitted on")
	for _, c := range comparisons {
		assert.Contains(t, m.String(), c.name)
	}
}

func TestParseModel(t *testing.T) {
	good := string(DefaultModel.JSON())
	_, err := ParseModel([]byte(good))
	require.NoError(t, err)
	for name, bad := range map[string]string{
		"not json":        "{",
		"a level missing": strings.Replace(good, `"high":`, `"hi":`, 1),
		"no comparisons":  `{"bias": 0, "link": 0, "same": 0, "conflict": 0, "weights": {}}`,
	} {
		_, err := ParseModel([]byte(bad))
		assert.Error(t, err, name)
	}
}

// TestLinkScoreUnrolled checks linkScore, its sum written out, against
// score on random levels of every comparison, to the bit.
func TestLinkScoreUnrolled(t *testing.T) {
	m := DefaultModel
	require.True(t, m.unrolled, "the default model is not read unrolled")
	rng := rand.New(rand.NewPCG(13, 14))
	lv := make([]int, len(comparisons))
	for range 10000 {
		for ci, c := range comparisons {
			lv[ci] = rng.IntN(len(c.levels))
		}
		require.Equal(t, math.Float64bits(m.score(lv)), math.Float64bits(m.linkScore(lv)), "levels %v", lv)
	}
}
